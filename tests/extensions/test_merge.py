"""User dictionaries merged over the built-ins: the user's entry wins where both name a thing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors.lexicon import load_lexicon
from eventwire.actors.people import load_people
from eventwire.errors import InputError
from eventwire.events.triggers import load_triggers
from eventwire.extensions.merge import ENV_VAR, Extensions, load_extensions, resolve_paths

ACTORS = "name\taliases\tcountry\tsector\tkind\tstart\tend\n"
VERBS = "trigger\tpos\tobjects\ttype\tmode\tcameo\tbefore\tafter\n"


def _extensions(tmp_path: Path, **files: str) -> Extensions:
    paths = []
    for name, text in files.items():
        path = tmp_path / f"{name}.tsv"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    found = load_extensions(paths)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("row", "surface", "expected"),
    [
        # a new, fictional country
        ("Gondor\tGondorian\tGON\t\t\t\t", "Gondorian", ("GON", None)),
        # a built-in country name given another code: the user's wins
        ("Jordan\t\tJOR\t\t\t\t", "Jordan", ("JOR", None)),
        # a built-in capital made an organisation with a sector
        ("Washington\t\tUSA\tGOV\torganisation\t\t", "Washington", ("USA", "GOV")),
        # a built-in IGO re-coded
        ("United Nations\tUN\t\tIGOUNO\t\t\t", "UN", (None, "IGOUNO")),
    ],
)
def test_user_actor_overrides_builtin(
    tmp_path: Path, row: str, surface: str, expected: tuple[str | None, str | None]
) -> None:
    lexicon = _extensions(tmp_path, actors=ACTORS + row + "\n").lexicon(load_lexicon())
    country = lexicon.country(surface)
    group = lexicon.group(surface)
    found = (country[0].iso3, None) if country else (group.country, group.sector) if group else None
    assert found == expected
    assert lexicon.surface_regex().fullmatch(surface)


def test_user_sector_term_overrides_builtin(tmp_path: Path) -> None:
    assert load_lexicon().sector("police").sector == "COP"  # type: ignore[union-attr]
    lexicon = _extensions(tmp_path, sectors="term\tsector\tkind\npolice\tMIL\tgroup\n").lexicon(load_lexicon())
    assert lexicon.sector("police").sector == "MIL"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2009, 6, 1), ("HOB", "MIL")),
        (dt.date(2012, 11, 9), ("HOB", "GOV")),  # the day both roles hold: the later-started wins
        (dt.date(2014, 1, 1), ("HOB", "GOV")),
        (dt.date(2001, 1, 1), ("HOB", None)),  # before every dated role: the undated default
    ],
)
def test_dated_roles_pick_the_role_held_that_day(
    tmp_path: Path, day: dt.date, expected: tuple[str, str | None]
) -> None:
    rows = (
        "Sam Gamgee\t\tHOB\t\t\t\t\n"
        "Sam Gamgee\t\tHOB\tMIL\t\t2008-01-20\t2012-11-09\n"
        "Sam Gamgee\t\tHOB\tGOV\t\t2012-11-09\t\n"
    )
    extensions = _extensions(tmp_path, actors=ACTORS + rows)
    person = extensions.people(load_people()).lookup("Sam Gamgee", day)
    assert person is not None and (person.country, person.sector) == expected
    # every row of a name with dated roles goes to the people index, none to the lexicon
    assert extensions.lexicon(load_lexicon()).group("Sam Gamgee") is None
    assert extensions.lexicon(load_lexicon()).country("Sam Gamgee") is None


def test_user_person_replaces_builtin_person(tmp_path: Path) -> None:
    assert load_people().lookup("Joe Biden", 2022) is not None
    people = _extensions(tmp_path, actors=ACTORS + "Joe Biden\t\tGON\tGOV\tperson\t\t\n").people(load_people())
    assert [(p.country, p.sector) for p in people.candidates("Joe Biden")] == [("GON", "GOV")]


def test_user_verb_patterns_come_before_builtin_triggers(tmp_path: Path) -> None:
    rows = "criticize\tV\t*\t\t\t112\t\t\ncriticize\tV\t*\t\t\t1122\t\trights\n"
    triggers = _extensions(tmp_path, verbs=VERBS + rows).triggers_over(load_triggers())
    codes = [t.cameo for t in triggers.lookup("criticize", "V")]
    builtin = [t.cameo for t in load_triggers().lookup("criticize", "V")]
    assert codes == ["1122", "112", *builtin]  # most specific user pattern first, built-ins last


def test_no_dictionaries_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert load_extensions(None) is None
    assert load_extensions([]) is None


def test_environment_variable_and_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.tsv").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "b.tsv").write_text(VERBS, encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert resolve_paths(None) == (str(tmp_path / "a.tsv"), str(tmp_path / "b.tsv"))
    assert resolve_paths([]) == ()  # an explicit empty list means none, whatever the environment says


def test_missing_or_unknown_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file"):
        load_extensions([tmp_path / "missing.tsv"])
    (tmp_path / "notes.txt").write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(InputError, match="neither an eventwire TSV header nor a PETRARCH"):
        load_extensions([tmp_path / "notes.txt"])


def test_another_content_is_another_fingerprint(tmp_path: Path) -> None:
    first = _extensions(tmp_path, actors=ACTORS + "Gondor\t\tGON\t\t\t\t\n").fingerprint
    second = _extensions(tmp_path, actors=ACTORS + "Gondor\t\tGND\t\t\t\t\n").fingerprint
    assert first != second
