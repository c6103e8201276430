"""State bodies placed by their state or province, intelligence services, and the country an actor takes from its
context on real news (issue #3: the error classes of `eventwire eval actors --split dev`, round three)."""

from __future__ import annotations

import pytest

from eventwire.api import extract

pytestmark = pytest.mark.slow


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Mention text -> (country, sector) of every resolved mention in ``text``."""
    entities = extract(text, date="2019-03-02").entities
    return {m.text: (m.actor.country, m.actor.sector) for m in entities if m.actor is not None}


def _participants(text: str) -> list[tuple[str, str | None, str | None]]:
    """(span, country, sector) of every resolved source and target of the events in ``text``."""
    out = []
    for event in extract(text, date="2019-03-02").events:
        for part in (event.source, event.target):
            if part is not None and part.actor is not None:
                out.append((part.span.text, part.actor.country, part.actor.sector))
    return out


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a court or police force named by one country's state or province is that country's
        ("The Kerala High Court dismissed the petition.", "The Kerala High Court", "IND", "JUD"),
        ("The Ontario Provincial Police arrested the suspect.", "The Ontario Provincial Police", "CAN", "COP"),
        # a capital's name that is first a far larger division of another country: Australia's Victoria
        ("Victoria Police arrested two men.", "Victoria Police", "AUS", "COP"),
        # a capital's own police stay its country's
        ("Kabul police arrested two men.", "Kabul police", "AFG", "COP"),
        ("Santiago police arrested two men.", "Santiago police", "CHL", "COP"),
        # divisions of two countries of like size place nothing
        ("The Punjab Police arrested two men.", "The Punjab Police", None, "COP"),
    ],
)
def test_state_bodies_placed_by_their_division(text: str, surface: str, country: str | None, sector: str) -> None:
    assert _codes(text)[surface] == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # ordinary English words that name a division somewhere (Tanzania's Coast, South Sudan's Unity) place nothing
        ("The Coast Guard rescued five fishermen.", "The Coast Guard"),
        ("The Unity Police arrested two men.", "The Unity Police"),
    ],
)
def test_ordinary_words_name_no_division(text: str, surface: str) -> None:
    assert _codes(text)[surface][0] is None


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # intelligence services are SPY (PLOVER's sector table), as intelligence officials are
        ("The CIA warned Congress.", "CIA", "USA"),
        ("The Mossad denied the report.", "Mossad", "ISR"),
        ("The KGB arrested the writer.", "KGB", "RUS"),
        ("MI6 recruited the officer.", "MI6", "GBR"),
    ],
)
def test_intelligence_services_are_spy(text: str, surface: str, country: str) -> None:
    assert _codes(text)[surface] == (country, "SPY")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a verb is no sector noun, though its lemma is one ("spied" -> "spy")
        ("The court asked whether the ambassador was illegally spied on.", "spied"),
        ("Soldiers guarded the border.", "guarded"),
    ],
)
def test_a_verb_is_no_sector_word(text: str, absent: str) -> None:
    assert absent not in _codes(text)


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # a dateline's place is where the story was filed, not whose the forces are
        (
            "CAIRO -- Forces loyal to Libyan commander Khalifa Hifter on Sunday dismissed a cease-fire proposal.",
            "Forces loyal to Libyan commander Khalifa Hifter",
            "LBY",
            "MIL",
        ),
    ],
)
def test_context_country_of_a_participant(text: str, span: str, country: str | None, sector: str) -> None:
    assert (span, country, sector) in _participants(text)
