"""eventwire's own dictionary format: each kind of row -> entry, and bad rows reported, not fatal."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.lexicon import SectorTerm
from eventwire.extensions.entries import ActorEntry
from eventwire.extensions.tsv import actors_tsv, parse_tsv, sectors_tsv, triggers_tsv

ACTORS = "name\taliases\tcountry\tsector\tkind\tstart\tend\n"
SECTORS = "term\tsector\tkind\n"
VERBS = "trigger\tpos\tobjects\ttype\tmode\tcameo\tbefore\tafter\ttarget\n"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "Gondor\tGondorian|Minas Tirith\tGON\t\t\t\t",
            ActorEntry("Gondor", ("Gondorian", "Minas Tirith"), "GON", None, "country"),
        ),
        (
            "Rangers of the North\t\tARN\tMIL\t\t\t",
            ActorEntry("Rangers of the North", (), "ARN", "MIL", "organisation"),
        ),
        ("White Council\t\t\tIGO\t\t\t", ActorEntry("White Council", (), None, "IGO", "organisation")),
        (
            "Sam Gamgee\tSamwise\tHOB\tGOV\tperson\t2012-11-09\t2013",
            ActorEntry("Sam Gamgee", ("Samwise",), "HOB", "GOV", "person", dt.date(2012, 11, 9), dt.date(2013, 12, 31)),
        ),
        (
            "Denethor\t\tGON\tGOV\tperson\t2019\t",
            ActorEntry("Denethor", (), "GON", "GOV", "person", dt.date(2019, 1, 1)),
        ),
    ],
)
def test_actor_rows(row: str, expected: ActorEntry) -> None:
    found = parse_tsv(ACTORS + row + "\n", "actors.tsv")
    assert found.actors == [expected]
    assert (found.lines, found.converted, found.structural, found.problems) == (2, 1, 1, [])


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("\t\tGON\t\t\t\t", "missing name"),
        ("Gondor\t\tgondor\t\t\t\t", "bad country code 'gondor' (expected three capital letters)"),
        ("Gondor\t\tGON\tgov\t\t\t", "bad sector code 'gov' (expected capital letters or digits)"),
        ("Gondor\t\t\t\t\t\t", "neither country nor sector: the actor would have no code"),
        ("Gondor\t\tGON\t\tkingdom\t\t", "unknown kind 'kingdom' (allowed: country, organisation, person, group)"),
        ("Gondor\t\tGON\t\t\tlast year\t", "bad date 'last year' (expected YYYY or YYYY-MM-DD)"),
        ("Gondor\t\tGON\t\t\t2020\t2019", "start 2020-01-01 is after end 2019-12-31"),
    ],
)
def test_bad_actor_rows_are_reported_and_skipped(row: str, reason: str) -> None:
    found = parse_tsv(ACTORS + row + "\nArnor\t\tARN\t\t\t\t\n", "actors.tsv")
    assert [p.reason for p in found.problems] == [reason]
    assert [p.line for p in found.problems] == [2]
    assert [a.name for a in found.actors] == ["Arnor"]  # the rest of the file is still read


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("steward\tGOV\ttitle", SectorTerm("steward", "GOV", "title")),
        ("Tower Guard\tMIL\tgroup", SectorTerm("tower guard", "MIL", "group")),
        ("rangers\tREB\t", SectorTerm("rangers", "REB", "group")),
    ],
)
def test_sector_rows(row: str, expected: SectorTerm) -> None:
    assert parse_tsv(SECTORS + row + "\n", "sectors.tsv").sectors == [expected]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # lemma, objects, excluded, type, mode, cameo, before, after
        ("befriend\tV\t*\tSUPPORT\t\t051\t\t", ("befriend", set(), set(), "SUPPORT", None, "051", (), ())),
        ("parley\tV\twith\tCONSULT\t\t040\t\t", ("parley", {"with"}, set(), "CONSULT", None, "040", (), ())),
        ("smite\tV\t+\tASSAULT\t\t190\t\t", ("smite", {"+"}, set(), "ASSAULT", None, "190", (), ())),
        ("loose\tV\t!arrow\tRETREAT\t\t084\t\t", ("loose", set(), {"arrow"}, "RETREAT", None, "084", (), ())),
        # the type comes from the CAMEO code when left empty
        (
            "restore\tV\t*\t\t\t064\t\tdiplomatic tie",
            ("restore", set(), set(), "COOPERATE", None, "064", (), ((("diplomatic",),), (("tie",),))),
        ),
        (
            "contribute\tV\t*\t\t\t071\tsaid|told\tswiss_francs|kroner",
            (
                "contribute",
                set(),
                set(),
                "AID",
                None,
                "071",
                (((("said",), ("told",))),),
                ((("swiss", "francs"), ("kroner",)),),
            ),
        ),
    ],
)
def test_verb_pattern_rows(row: str, expected: tuple[object, ...]) -> None:
    row += "\t"  # no extra target prepositions
    [t] = parse_tsv(VERBS + row + "\n", "verbs.tsv").triggers
    assert (t.lemma, set(t.objects), set(t.excluded), t.type, t.mode, t.cameo, t.before, t.after) == expected


def test_a_null_code_makes_a_stop_pattern() -> None:
    [t] = parse_tsv(VERBS + "restore\tV\t*\t\t\t---\t\torder\t\n", "verbs.tsv").triggers
    assert (t.stops, t.type, t.cameo) == (True, "", "---")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("", ()), ("from", ("from",)), ("from|In", ("from", "in")), ("*", ("*",))],
)
def test_target_prepositions(cell: str, expected: tuple[str, ...]) -> None:
    [t] = parse_tsv(VERBS + f"depart\tV\t*\tCONSULT\tvisit\t042\t\t\t{cell}\n", "verbs.tsv").triggers
    assert t.target_preps == expected


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("befriend\tV\t*\t\t\t023\t\t", "no type and CAMEO 02 (appeals) has no PLOVER type"),
        ("befriend\tV\t*\tFRIENDSHIP\t\t051\t\t", "verbs.tsv:2: unknown PLOVER type 'FRIENDSHIP'"),
        ("befriend\tX\t*\tSUPPORT\t\t051\t\t", "verbs.tsv:2: pos must be V or N, not 'X'"),
        ("\tV\t*\tSUPPORT\t\t051\t\t", "missing trigger"),
    ],
)
def test_bad_verb_rows_are_reported(row: str, reason: str) -> None:
    found = parse_tsv(VERBS + row + "\n", "verbs.tsv")
    assert ([p.reason for p in found.problems], found.triggers) == ([reason], [])


def test_a_file_without_a_known_header_is_one_problem() -> None:
    found = parse_tsv("who\twhat\nGondor\tGON\n", "mystery.tsv")
    assert [p.reason.split(" (")[0] for p in found.problems] == ["unknown header row"]


def test_written_files_read_back_the_same() -> None:
    actors = parse_tsv(ACTORS + "Sam Gamgee\tSamwise\tHOB\tGOV\tperson\t2012-11-09\t2013-01-19\n", "a").actors
    sectors = parse_tsv(SECTORS + "steward\tGOV\ttitle\n", "s").sectors
    verbs = parse_tsv(VERBS + "contribute\tV\t!arrow\tAID\t\t071\tsaid|told\tswiss_francs\tfrom|in\n", "v").triggers
    assert parse_tsv(actors_tsv(actors, "round trip"), "a").actors == actors
    assert parse_tsv(sectors_tsv(sectors), "s").sectors == sectors
    assert parse_tsv(triggers_tsv(verbs), "v").triggers == verbs


def _doc_examples() -> list[str]:
    """The TSV examples of docs/extensions.md (code blocks whose first line is a # file name)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "extensions.md").read_text(encoding="utf-8")
    blocks = text.split("```")[1::2]
    return [b.lstrip("\n") for b in blocks if "\t" in b]


@pytest.mark.parametrize("example", _doc_examples())
def test_documented_examples_read_without_problems(example: str) -> None:
    found = parse_tsv(example, "docs/extensions.md")
    assert found.problems == []
    assert found.converted == found.lines - 1
