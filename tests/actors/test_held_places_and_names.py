"""Places a group holds, organisation names broken at a parenthesis, surnames taken for places."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes

from eventwire.api import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a group joined to a participle of holding: the place phrase stands for the group
        ("The army resumed shelling Albanian rebel-held territory.", "Albanian rebel-held territory", "ALB", "REB"),
        ("Aid reached government-controlled areas of the city.", "government-controlled areas", None, "GOV"),
        ("Troops pushed into the opposition-run district.", "the opposition-run district", None, "OPP"),
    ],
)
def test_a_held_place_is_its_holder(text: str, surface: str, country: str | None, sector: str) -> None:
    assert mention_codes(text, date="2022-03-02").get(surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # not a holding participle, or the hyphen joins a word part: no group
        ("Opposition parties boycotted the multi-party elections.", "party"),
        ("Thousands joined the anti-government protests.", "government"),
    ],
)
def test_other_hyphenated_group_words_stay_word_parts(text: str, surface: str) -> None:
    assert not any(surface in found for found in mention_codes(text, date="2022-03-02"))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the parser stops the name inside the parenthesis; it runs to the bracket and a keyword after it
        ("The Umma (Nation) party said it will boycott the vote.", "party"),
        ("The Movement for Democratic Change (MDC) rejected it.", "The Movement for Democratic Change (MDC)"),
    ],
)
def test_names_with_a_parenthesis(text: str, surface: str) -> None:
    entities = extract(text, date="2022-03-02").entities
    assert surface in [m.text for m in entities]
    assert not any(m.text.count("(") > m.text.count(")") for m in entities)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a dictionary surname the parser took for a place no gazetteer knows
        ("Since 2013, Erdogan has accused Gulen of plotting a coup.", "Erdogan", "TUR", "GOV"),
    ],
)
def test_a_surname_taken_for_a_place(text: str, surface: str, country: str, sector: str) -> None:
    assert mention_codes(text, date="2022-03-02").get(surface) == (country, sector)
