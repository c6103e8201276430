"""The PETRARCH/TABARI importer: each dictionary syntax feature -> the entry it becomes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.actors.lexicon import SectorTerm
from eventwire.eval import eval_root
from eventwire.extensions.merge import read_dictionary
from eventwire.extensions.petrarch import parse, parse_restriction, split_code, surface_forms


def _actors(text: str) -> list[tuple[str, str | None, str | None, dt.date | None, dt.date | None]]:
    return [(a.name, a.country, a.sector, a.start, a.end) for a in parse(text, "actors", "t.actors").actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ARNOR_  [ARN]", [("Arnor", "ARN", None, None, None)]),  # trailing _: an exact word
        ("ITHILEN MILITARY  [ITHMIL]", [("Ithilen Military", "ITH", "MIL", None, None)]),
        ("GAZA_CITY [PSEGZA] # a comment", [("Gaza City", "PSE", "GZA", None, None)]),
        ("EUROPEAN_UNION [IGOEEU]", [("European Union", None, "IGOEEU", None, None)]),  # no country
        ("PALESTINIAN [pse]", [("Palestinian", "PSE", None, None, None)]),  # codes in any case
        ("ENT  \n\t[ENT]", [("Ent", "ENT", None, None, None)]),  # the code on the next line
        ("LORIEN  [ELR/GAL]", [("Lorien", "ELR", None, None, None)]),  # first of alternative codes
        ("BOROMIR  [---]", []),  # a null code: known, not coded
        (
            "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW]",
            [("Zimbabwe", "RHO", None, None, dt.date(1979, 6, 5)), ("Zimbabwe", "ZBW", None, None, None)],
        ),
        (
            "GOLLUM\n+SMEAGOL\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]",
            [
                ("Gollum", "HOB", "GOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15)),
                ("Gollum", "HOB", "REB", dt.date(1999, 8, 17), None),
            ],
        ),
        ("<!-- a comment\n spanning lines -->\nGONDOR [GON]", [("Gondor", "GON", None, None, None)]),
    ],
)
def test_actor_syntax(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("raw", "present", "absent"),
    [
        ("ARNOR_", ["Arnor", "ARNOR"], ["Arnorian"]),  # exact: no suffixed forms
        ("GONDOR", ["Gondor", "GONDOR", "Gondorian", "Gondors"], []),  # a prefix: the usual suffixes
        ("THE_DARK_TOWER", ["The Dark Tower", "the Dark Tower"], []),
        ("PRINCE OF DOL AMROTH", ["Prince of Dol Amroth"], []),
        ("AL-QAEDA", ["Al-Qaeda"], []),
        ("K.U.", ["K.U."], []),
    ],
)
def test_surface_forms(raw: str, present: list[str], absent: list[str]) -> None:
    forms = surface_forms(raw)
    assert all(f in forms for f in present) and not any(f in forms for f in absent)


def test_synonyms_join_their_actor() -> None:
    [actor] = parse("GONDOR [GON]\n+MINAS_TIRITH\n+ANORIEN\n", "actors", "t").actors
    assert {"Minas Tirith", "Anorien"} <= set(actor.aliases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<950601", (None, dt.date(1995, 5, 31))),
        (">20130119", (dt.date(2013, 1, 20), None)),
        ("20100109-20100112", (dt.date(2010, 1, 9), dt.date(2010, 1, 12))),
        ("", (None, None)),
    ],
)
def test_date_restrictions(text: str, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert parse_restriction(text) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ARN", ("ARN", None)), ("HOBGOV", ("HOB", "GOV")), ("IGOCOPITP", (None, "IGOCOPITP")), ("---GOV", (None, "GOV"))],
)
def test_actor_codes_split_into_country_and_sector(code: str, expected: tuple[str | None, str | None]) -> None:
    assert split_code(code) == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("+ORPHAN", "synonym without an actor above it"),
        ("\t[ABC]", "code line without an actor above it"),
        ("NAMELESS_CODE", "actor without a [code]"),
        ("GONDOR [G*N]", "unreadable actor code 'G*N'"),
        ("GONDOR [GON ~yesterday]", "unreadable date restriction '~yesterday'"),
    ],
)
def test_malformed_actor_lines_are_reported(line: str, reason: str) -> None:
    found = parse(line + "\nARNOR [ARN]\n", "actors", "t")
    assert [p.reason for p in found.problems] == [reason]
    assert [a.country for a in found.actors] == ["ARN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PRESIDENT [~GOV]", [SectorTerm("president", "GOV", "title"), SectorTerm("presidents", "GOV", "title")]),
        (
            "HUMAN_RIGHTS_BODY  [NGO~]",
            [SectorTerm("human rights body", "NGO", "group"), SectorTerm("human rights bodies", "NGO", "group")],
        ),
        (
            "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]",
            [SectorTerm(t, "GOV", "group") for t in ("attorney general", "attorney generals", "attorneys general")],
        ),
        ("POLICE {} [ ~COP]", [SectorTerm("police", "COP", "title"), SectorTerm("polices", "COP", "title")]),
        (
            "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]",
            [SectorTerm(t, "LEG", "group") for t in ("congressman", "congressmans", "congresswoman", "congresswomans")],
        ),
    ],
)
def test_agent_syntax(text: str, expected: list[SectorTerm]) -> None:
    found = parse(text, "agents", "t.agents")
    assert [(t.term, t.sector) for t in found.sectors] == [(t.term, t.sector) for t in expected]


def test_malformed_agent_lines_are_reported() -> None:
    found = parse("DIPLOMAT\nJUDGE [~jud!]\nSOLDIER [~MIL]\n", "agents", "t")
    assert [p.reason for p in found.problems] == ["agent line without a [code]", "unreadable agent code '~jud!'"]
    assert found.sectors[0].term == "soldier"


VERBS = """
&CURRENCY
+KRONER
+SWISS FRANCS
&MONEY
+&CURRENCY
+GOLD

--- RESTORE  [064]  ---
RESTORE    # a comment
- * DIPLOMATIC_TIES [0641]
- SAID * &MONEY [071]
- + * ^ RELATIONS $ [0642]
- * ORDER [---]
--- BREAK [---] ---
BREAK {BROKE BROKEN}
+BREAK_DOWN {+BROKE_DOWN}
- * TREATY  [161]
--- CALLED  [100] ---
CALLED
- * FOR  [1056:1056]
"""


def _verb_rows() -> set[tuple[str, str, str, str, str]]:
    from eventwire.events.triggers import format_slots

    found = parse(VERBS, "verbs", "t.verbs")
    return {(t.lemma, t.type, t.cameo, format_slots(t.before), format_slots(t.after)) for t in found.triggers}


@pytest.mark.slow  # verb forms are lemmatized with the spaCy model
@pytest.mark.parametrize(
    "row",
    [
        ("restore", "COOPERATE", "064", "", ""),  # the block's verb with its code
        ("restore", "COOPERATE", "0641", "", "diplomatic ties"),  # "_" joins, words after *
        ("restore", "AID", "071", "said", "kroner|swiss_francs|gold"),  # words before *, nested synsets
        ("restore", "COOPERATE", "0642", "", "relations"),  # position markers + $ ^ dropped
        ("break", "SANCTION", "161", "", "treaty"),  # a null-coded verb still carries its patterns
        ("break", "", "---", "", ""),  # ... and is a stop pattern itself: the verb alone is no event
        ("restore", "", "---", "", "order"),  # a null-coded pattern is a stop pattern
        ("break", "SANCTION", "161", "", "down treaty"),  # "+" marks the verb of a multi-word verb
        ("call", "REQUEST", "100", "", ""),  # inflected verbs are lemmatized ("CALLED" -> call)
        ("call", "REQUEST", "1056", "", "for"),  # "a:b" codes: the first
    ],
)
def test_verb_syntax(row: tuple[str, str, str, str, str]) -> None:
    assert row in _verb_rows()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("--- ABANDON [345] ---\nABANDON", "code '345' has no CAMEO root (01-20)"),
        ("--- SAY [023] ---\nSAY", "CAMEO 02 (appeals) has no PLOVER type"),
        ("--- SAY [111] ---\nSAY\n- * &NOWHERE [111]", "unknown synonym set &NOWHERE"),
        ("--- SAY [111] ---\nSAY\n- % * [030]", "pattern of position markers only (+ $ % ^) is not supported"),
        ("--- SAY [111] ---\nSAY\n- NO STAR [111]", "pattern without the verb position *"),
        ("--- SAY [111] ---\nSAY\n- * MISSING CODE", "pattern without a [code]"),
        ("- * ORPHAN [111]", "pattern outside a verb block"),
        ("--- SAY ---", "unreadable block header (expected --- VERB [CODE] ---)"),
    ],
)
def test_malformed_verb_lines_are_reported(text: str, reason: str) -> None:
    found = parse(text, "verbs", "t.verbs")
    assert reason in [p.reason for p in found.problems]
    assert found.lines == found.converted + found.structural + len(found.problems)


def test_unsupported_petrarch_files_are_counted_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "mine.discards"
    path.write_text("MONTHS LATER\n+TYPHOON\n", encoding="utf-8")
    found = read_dictionary(path)
    assert (found.lines, len(found.problems)) == (2, 2)


SUITE = eval_root() / "events" / "petrarch_validation" / "dicts"


@pytest.mark.slow
@pytest.mark.skipif(not SUITE.is_dir(), reason="PETRARCH validation suite not available")
def test_every_line_of_the_validation_dictionaries_is_accounted_for() -> None:
    for path in sorted(SUITE.iterdir()):
        found = read_dictionary(path)
        assert found.lines == found.converted + found.structural + len(found.problems), path.name
        assert found.converted > 0 or "discards" in path.name


_NASTY = st.text(alphabet=st.sampled_from(list("AB_+-*&$%^[]{}<>!#=~/ \t\n0123456789")), max_size=200)


@pytest.mark.parametrize("kind", ["actors", "agents"])
@settings(max_examples=60, deadline=None)
@given(text=_NASTY)
def test_any_text_is_read_without_crashing_and_every_line_is_accounted_for(kind: str, text: str) -> None:
    found = parse(text, kind, "fuzz")
    assert found.lines == found.converted + found.structural + len(found.problems)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(text=_NASTY)
def test_any_verbs_text_is_read_without_crashing(text: str) -> None:
    found = parse(text, "verbs", "fuzz")
    assert found.lines == found.converted + found.structural + len(found.problems)
