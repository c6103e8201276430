"""STATEMENT events (CAMEO 01, opt-in): the comments coded, their speaker and what they are about, and where
none may appear. Each row: a sentence and the (CAMEO code, source words, target words) it must give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.api import extract, to_dict
from eventwire.eval.events import penta_of, without_statements
from eventwire.events.ontology import STATEMENT, STATEMENT_QUAD_CLASS
from eventwire.events.statements import STATEMENT_SCORE
from eventwire.model import Participant
from eventwire.pipeline import NO_STATEMENTS_VERSION, pipeline_version
from eventwire.query import query_events
from eventwire.store import open_store

pytestmark = pytest.mark.slow


def _words(part: Participant | None) -> str | None:
    return part.span.text if part is not None else None


def statements(text: str) -> list[tuple[str, str | None, str | None]]:
    """The STATEMENT events of ``text`` as (CAMEO code, source words, target words)."""
    events = extract(text, date="2022-03-02", statements=True).events
    return [(e.cameo, _words(e.source), _words(e.target)) for e in events if e.type == STATEMENT]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance noun put into words: what it is about is the target (Multi-CoPED marks the whole phrase)
        (
            "The Norwegian foreign minister expressed concern about the fate of the detained sailors.",
            ("012", "The Norwegian foreign minister", "the fate of the detained sailors"),
        ),
        ("Local leaders voiced doubts over the ferry schedule.", ("012", "Local leaders", "the ferry schedule")),
        # whom it is said to comes first
        (
            "The envoy expressed deep concern to the Security Council that fighting had spread.",
            ("012", "The envoy", "the Security Council"),
        ),
        # a that-clause: its subject is what the comment is about
        (
            "The Chilean president expressed hope that the parliament would pass the budget.",
            ("013", "The Chilean president", "the parliament"),
        ),
        ("The union said it hoped the company would reopen the plant.", ("013", "The union", "the company")),
        # an expectation said aloud is a statement of no stance (010), about its clause's subject
        (
            "The education ministry said it expects that most schools will reopen in June.",
            ("010", "The education ministry", "most schools"),
        ),
        # a stance adjective after a copula
        (
            "The treasury minister said he was optimistic about the trade talks.",
            ("013", "The treasury minister", "the trade talks"),
        ),
        ("Farm groups said they were skeptical of the subsidy plan.", ("012", "Farm groups", "the subsidy plan")),
        # responsibility claimed for an act: the act is the speaker's own, no party (Multi-CoPED mostly marks none)
        (
            "A little-known militant group claimed responsibility for the bombing of the pipeline.",
            ("015", "A little-known militant group", None),
        ),
        # ... unless it names what the act was aimed at ("on", "at", "against", also hung on the claimed word)
        (
            "A separatist group claimed responsibility for the attack on a police station in Bilbao.",
            ("015", "A separatist group", "a police station in Bilbao"),
        ),
        (
            "The cell claimed responsibility for a 2004 act of sabotage at a power plant near Lyon.",
            ("015", "The cell", "a power plant near Lyon"),
        ),
        # a place the act happened in, or its time, is no target
        ("The rebels claimed responsibility for the attack in the capital.", ("015", "The rebels", None)),
        ("The rebels claimed responsibility for the attack at dawn.", ("015", "The rebels", None)),
        # a comment another named party reports is the reporter's statement about the one who made it
        (
            "The ministry's spokesman said the Danish embassy had expressed concern about the delays.",
            ("012", "The ministry's spokesman", "the Danish embassy"),
        ),
        # a news outlet or an unnamed statement reporting it is no speaker
        (
            "Reuters said the Danish embassy had expressed concern about the delays.",
            ("012", "the Danish embassy", "the delays"),
        ),
        # a comment the sayer reports of itself stays its own
        (
            "The Danish embassy said it had expressed concern about the delays.",
            ("012", "The Danish embassy", "the delays"),
        ),
        # what a comment is about is its whole phrase, an actor inside it included
        (
            "The senator expressed optimism about the prospect of a fishing deal with Canada.",
            ("013", "The senator", "the prospect of a fishing deal with Canada"),
        ),
        # a declined comment: Multi-CoPED marks no target, even where it says on what
        ("The airline declined to comment on the lawsuit.", ("011", "The airline", None)),
    ],
)
def test_a_comment_with_no_plover_event_is_a_statement(text: str, expected: tuple[str, str, str | None]) -> None:
    assert statements(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a plain report says what someone said, not a stance (CAMEO codes 010 only as a last resort)
        "The minister said the talks would resume next week.",
        # a comment that is a PLOVER event stays that event
        "The mayor expressed support for the striking teachers.",
        "The president offered condolences to the families of the victims.",
        # raised hopes are a change in the outlook, not a comment
        "The ceasefire raised hopes of a lasting settlement.",
        # a stance nobody voices
        "It is hoped that the bridge will reopen in May.",
        "The ministry said it is expected that the bridge will reopen in May.",
        # an expectation the reporter describes is no comment
        "Analysts expect that prices will rise.",
        # a state of mind the reporter describes, and a motive, are no comment
        "The pilgrims were apprehensive about the long journey home.",
        "The senators, fearing that voters would punish them, delayed the vote.",
        "For years, farmers in the valley, fearing the financial consequences, refused to back the reform.",
        "The party leadership fears that the factory closures could spark protests.",
        "The mayor hoped the new bridge would ease traffic.",
        # duties taken on are no claim of responsibility for an act
        '"We take our responsibilities to the voters seriously," the chairman said.',
        # an idiom
        '"As far as we are concerned, the matter is closed," the spokesman said.',
    ],
)
def test_no_statement_where_no_one_comments_or_an_event_says_it(text: str) -> None:
    assert statements(text) == []


def test_a_statement_is_cameo_01_in_quadclass_1_with_its_goldstein_weight() -> None:
    text = "The Taliban claimed responsibility for the attack."
    (event,) = [e for e in extract(text, statements=True).events if e.type == STATEMENT]
    assert (event.cameo[:2], event.quad_class, event.score) == ("01", STATEMENT_QUAD_CLASS, STATEMENT_SCORE["015"])
    assert "CAMEO 015" in event.explanation and event.trigger.text == "claimed responsibility"


@pytest.mark.parametrize(
    ("text", "cameo", "goldstein"),
    [
        # GDELT's CAMEO Goldstein table: a denial of responsibility is conflictual, a condolence cooperative
        ("The Taliban claimed responsibility for the attack.", "015", 0.0),
        ("The ministry disclaimed responsibility for the delays.", "016", -2.0),
        ("The envoy expressed concern about the escalation in the north.", "012", -0.4),
        ("The airline declined to comment on the lawsuit.", "011", -0.1),
    ],
)
def test_a_statement_scores_its_codes_goldstein_weight(text: str, cameo: str, goldstein: float) -> None:
    (event,) = [e for e in extract(text, statements=True).events if e.type == STATEMENT]
    assert (event.cameo, event.score) == (cameo, goldstein)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy expressed concern about the escalation in the north.",
        "The Taliban claimed responsibility for the attack on the checkpoint.",
    ],
)
def test_statements_are_on_by_default_and_add_events_only(text: str) -> None:
    plain = extract(text, statements=False).events
    assert all(e.type != STATEMENT for e in plain)
    assert any(e.type == STATEMENT for e in extract(text).events)
    assert without_statements([extract(text).events]) == [plain]


def test_a_statement_is_pentaclass_0_and_never_outranks_a_plover_event() -> None:
    events = extract("The Taliban claimed responsibility for the attack on the checkpoint.", statements=True).events
    statement_only = [e for e in events if e.type == STATEMENT]
    assert penta_of(statement_only) == 0
    assert penta_of(events) == 4  # the attack, an ASSAULT, is the sentence's class
    assert max(events, key=lambda e: e.confidence).type != STATEMENT


def test_a_quoted_statement_is_linked_to_its_quote() -> None:
    text = 'The ambassador said: "We are deeply worried about the situation in the camps."'
    result = extract(text, statements=True)
    (event,) = [e for e in result.events if e.type == STATEMENT]
    assert event.quote is not None and event.quote < len(result.quotes)
    assert result.events.index(event) in result.quotes[event.quote].events


def test_statement_events_survive_the_store_and_are_queried_by_type(tmp_path: Path) -> None:
    result = extract("The airline declined to comment on the lawsuit.", date="2022-03-02", statements=True)
    saved = to_dict(result)
    with open_store(tmp_path / "ew.db") as store:
        assert store.save(saved, origin=None, pipeline_version=pipeline_version(statements=True))
        assert list(store.results()) == [json.loads(json.dumps(saved))]
        rows = query_events(store, event_type="statement")
    assert [(r["type"], r["cameo"], r["quad_class"]) for r in rows] == [(STATEMENT, "011", STATEMENT_QUAD_CLASS)]


def test_results_without_statements_are_stored_under_their_own_pipeline_version() -> None:
    # on by default since 0.19.0: switching them off is the other version, so a re-run re-codes
    assert pipeline_version(statements=False) == pipeline_version() + NO_STATEMENTS_VERSION
