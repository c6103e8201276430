"""User dictionaries through the whole pipeline: API, environment, spawn workers and the CLI.

A fictional world (the PETRARCH test suite's Arnor and Gondor) proves the codes come from the
user's files: nothing built in knows these names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.api import extract, extract_many, run
from eventwire.cli import main
from eventwire.extensions.merge import ENV_VAR
from eventwire.model import ArticleResult, Rejected

pytestmark = pytest.mark.slow

ACTORS = """# a fictional world
name\taliases\tcountry\tsector\tkind\tstart\tend
Arnor\tArnorian\tARN\t\t\t\t
Gondor\tMinas Tirith|Gondorian\tGON\t\t\t\t
Sam Gamgee\t\tHOB\tMIL\tperson\t2008-01-20\t2012-11-09
Sam Gamgee\t\tHOB\tGOV\tperson\t2012-11-10\t
France\t\tFRN\t\t\t\t
Romendacil\t\tBRE\t\t\t\t
Bree\t\tBRE\t\t\t\t
"""
SECTORS = "term\tsector\tkind\nrangers\tREB\tgroup\n"
VERBS = """trigger\tpos\tobjects\ttype\tmode\tcameo\tbefore\tafter\ttarget
restore\tV\t*\t\t\t064\t\tdiplomatic tie|relation
befriend\tV\t+\tSUPPORT\t\t051\t\t
contribute\tV\t*\t\t\t071\t\tkroner|swiss_francs
depart\tV\t*\tCONSULT\tvisit\t042\t\t\tfrom
attack\tV\t*\t\t\t---\t\tproblem
"""


@pytest.fixture
def dictionaries(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("actors", ACTORS), ("sectors", SECTORS), ("verbs", VERBS)):
        path = tmp_path / f"{name}.tsv"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _codings(result: ArticleResult) -> list[tuple[str, str, str, str]]:
    def code(part: Any) -> str:
        return part.actor.code if part is not None and part.actor is not None else ""

    return [(e.type, e.cameo, code(e.source), code(e.target)) for e in result.events]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a user verb pattern with words after the verb, between fictional actors
        (
            "Arnor is about to restore full diplomatic ties with Gondor.",
            "1995-01-01",
            ("COOPERATE", "064", "ARN", "GON"),
        ),
        ("Arnor contributed a million kroner to Gondor.", "1995-01-01", ("AID", "071", "ARN", "GON")),
        # eventwire's modality rules still apply: a stated future aid is an intention (AGREE)
        ("Arnor will contribute a million kroner to Gondor.", "1995-01-01", ("AGREE", "033", "ARN", "GON")),
        # an alias, and a user sector term combined with a user country
        ("Arnorian rangers befriended Minas Tirith on Monday.", "1995-01-01", ("SUPPORT", "051", "ARNREB", "GON")),
        # dated roles: the code of the role held on the article's date
        ("Sam Gamgee befriended Gondor on Monday.", "2010-03-01", ("SUPPORT", "051", "HOBMIL", "GON")),
        ("Sam Gamgee befriended Gondor on Monday.", "2013-03-01", ("SUPPORT", "051", "HOBGOV", "GON")),
        # a name coded with a country only, after a title: the title gives the sector
        ("Prime Minister Romendacil met Arnor on Monday.", "1995-01-01", ("CONSULT", "040", "BREGOV", "ARN")),
        # a target behind a preposition the row names
        ("Arnor departed from Gondor on Monday.", "1995-01-01", ("CONSULT", "042", "ARN", "GON")),
        # a user actor overrides a built-in country
        ("France condemned Gondor on Friday.", "2022-03-04", ("ACCUSE", "111", "FRN", "GON")),
    ],
)
def test_user_dictionaries_code_events(
    dictionaries: list[Path], text: str, date: str, expected: tuple[str, ...]
) -> None:
    assert expected in _codings(extract(text, date, dictionaries=dictionaries))


def test_a_pattern_needs_its_words(dictionaries: list[Path]) -> None:
    """ "restore order" is not "restore diplomatic ties": the user pattern stays silent."""
    codings = _codings(extract("Arnor restored order in Gondor.", "1995-01-01", dictionaries=dictionaries))
    assert not any(cameo == "064" for _, cameo, _, _ in codings)


def test_a_stop_pattern_keeps_builtin_rules_off(dictionaries: list[Path]) -> None:
    """The built-in "attack" codes ASSAULT; the user's stop pattern says "attacked the problem" is no event."""
    text = "Gondor attacked the problem of Arnor."
    assert any(t == "ASSAULT" for t, _, _, _ in _codings(extract(text, "1995-01-01", dictionaries=[])))
    assert not any(t == "ASSAULT" for t, _, _, _ in _codings(extract(text, "1995-01-01", dictionaries=dictionaries)))


def test_without_the_dictionaries_nothing_is_known(dictionaries: list[Path]) -> None:
    codings = _codings(
        extract("Arnor is about to restore full diplomatic ties with Gondor.", "1995-01-01", dictionaries=[])
    )
    assert not any("ARN" in source or "GON" in target for _, _, source, target in codings)


def test_the_explanation_names_the_pattern(dictionaries: list[Path]) -> None:
    result = extract(
        "Arnor is about to restore full diplomatic ties with Gondor.", "1995-01-01", dictionaries=dictionaries
    )
    [event] = [e for e in result.events if e.cameo == "064"]
    assert "after 'diplomatic tie|relation'" in event.explanation


def test_environment_variable_is_used(dictionaries: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, ":".join(str(p) for p in dictionaries))
    assert ("SUPPORT", "051", "ARN", "GON") in _codings(extract("Arnor befriended Gondor.", "1995-01-01"))


def test_spawn_workers_get_the_dictionaries(dictionaries: list[Path]) -> None:
    texts = ["Arnor befriended Gondor.", "Gondor befriended Arnor."]
    results = list(extract_many(texts, "1995-01-01", workers=2, batch_size=1, dictionaries=dictionaries))
    assert not any(isinstance(r, Rejected) for r in results)
    codings = [c for r in results if isinstance(r, ArticleResult) for c in _codings(r)]
    assert ("SUPPORT", "051", "ARN", "GON") in codings and ("SUPPORT", "051", "GON", "ARN") in codings


def test_a_run_with_other_dictionaries_codes_again(dictionaries: list[Path], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Arnor befriended Gondor.", encoding="utf-8")
    db = tmp_path / "e.db"
    assert run([article], db=db, date="1995-01-01", dictionaries=[]).stored == 1
    again = run([article], db=db, date="1995-01-01", dictionaries=dictionaries)
    assert again.stored == 1  # new dictionaries: a new version, not "unchanged"
    assert ("ARN", "GON") in {(e["source"]["code"], e["target"]["code"]) for e in again.results[0]["events"]}


def test_cli_run_with_dictionary(dictionaries: list[Path], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Arnor befriended Gondor.", encoding="utf-8")
    args = ["run", str(article), "--no-store", "--date", "1995-01-01", "--format", "jsonl"]
    for path in dictionaries:
        args += ["--dictionary", str(path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    [line] = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert ("ARN", "GON") in {(e["source"]["code"], e["target"]["code"]) for e in line["events"]}


def test_cli_warns_about_unconverted_lines(tmp_path: Path) -> None:
    bad = tmp_path / "verbs.tsv"
    bad.write_text("trigger\tpos\tobjects\ttype\tmode\tcameo\nsay\tV\t*\t\t\t010\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Arnor said nothing.", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(article), "--no-store", "--dictionary", str(bad)])
    assert "warning:" in result.stderr and "1 not converted" in result.stderr


PETRARCH_ACTORS = "ARNOR_ [ARN]\n+ARNORIAN\nGONDOR [GON]\n+MINAS_TIRITH\nNO_CODE_HERE\n"
PETRARCH_VERBS = "--- BEFRIEND [051] ---\nBEFRIEND\n- * WARMLY [057]\n- WARMLY [057]\n"


def test_cli_imports_petrarch_dictionaries_and_runs_them(tmp_path: Path) -> None:
    (tmp_path / "world.actors").write_text(PETRARCH_ACTORS, encoding="utf-8")
    (tmp_path / "world.verbs").write_text(PETRARCH_VERBS, encoding="utf-8")
    out = tmp_path / "converted"
    files = [str(tmp_path / "world.actors"), str(tmp_path / "world.verbs")]
    result = CliRunner().invoke(main, ["dictionaries", "import", *files, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["actors.tsv", "import-report.txt", "verbs.tsv"]
    report = (out / "import-report.txt").read_text(encoding="utf-8")
    assert "actor without a [code]" in report and "pattern without the verb position *" in report
    # the converted files and the PETRARCH files themselves code the same
    text = "Gondor befriended Arnor on Monday."
    for chosen in ([out / "actors.tsv", out / "verbs.tsv"], [Path(f) for f in files]):
        assert ("SUPPORT", "051", "GON", "ARN") in _codings(extract(text, "1995-01-01", dictionaries=chosen))


def test_cli_check_lists_problems(tmp_path: Path) -> None:
    (tmp_path / "world.actors").write_text(PETRARCH_ACTORS, encoding="utf-8")
    result = CliRunner().invoke(main, ["dictionaries", "check", str(tmp_path / "world.actors")])
    assert result.exit_code == 0
    assert "1 not converted" in result.stdout and "actor without a [code]" in result.stdout
