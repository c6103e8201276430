"""A news medium that reports a sentence gives its other actors no country."""

from __future__ import annotations

import pytest

from eventwire.actors.media import is_reporting_medium
from eventwire.api import extract

pytestmark = pytest.mark.slow


def _source_code(text: str) -> tuple[str | None, str | None]:
    events = extract(text, date="2022-03-02").events
    assert events, f"no event in {text!r}"
    source = events[0].source
    assert source is not None and source.actor is not None
    return source.actor.country, source.actor.sector


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the agency's home (GBR, CHN) is not the minister's country
        ("Reuters reported that the foreign minister condemned the attack.", (None, "GOV")),
        ("The Reuters news agency reported that the minister condemned the attack.", (None, "GOV")),
        ("According to Xinhua, the foreign minister condemned the attack.", (None, "GOV")),
        ("Reuters reported that Foreign Minister Ali Kazemi condemned the attack.", (None, "GOV")),
        # a country the sentence names still counts
        ("Reuters reported that the minister met the Iranian ambassador in Tehran.", ("IRN", "GOV")),
        ("The minister told Reuters that police arrested 20 protesters in Dhaka.", ("BGD", "COP")),
        # a state medium speaks for its government and is context ("state media" is GOV, not MED)
        ("Iranian state media reported that the minister condemned the attack.", ("IRN", "GOV")),
    ],
)
def test_a_reporting_medium_is_no_context_country(text: str, code: tuple[str | None, str | None]) -> None:
    assert _source_code(text) == code


@pytest.mark.parametrize(
    ("text", "in_slot"),
    [
        ("Reuters reported that the foreign minister condemned the attack.", {"Reuters"}),
        ("According to Xinhua, the foreign minister condemned the attack.", {"Xinhua"}),
        ("The minister told Reuters that police arrested 20 protesters in Dhaka.", {"Reuters"}),
        ("Reuters interviewed the foreign minister.", set()),
    ],
)
def test_the_actor_stage_marks_the_reporting_slot_once(text: str, in_slot: set[str]) -> None:
    entities = extract(text, date="2022-03-02").entities
    assert {e.text for e in entities if e.reporting_slot} == in_slot
    # a medium there reports the sentence; anything else there does not
    assert {e.text for e in entities if is_reporting_medium(e)} == in_slot
