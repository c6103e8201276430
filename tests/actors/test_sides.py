"""Country words that say whom a group sides with (eventwire.actors.sides), and the groups they modify."""

from __future__ import annotations

import pytest

from eventwire.actors.sides import state_sided, takes_sides
from eventwire.api import extract


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Ugandan-backed rebels attacked a town.", "Ugandan", True),
        ("Iran-allied militias fired rockets.", "Iran", True),
        ("US-funded programmes ended.", "US", True),
        ("Pro-Russian separatists shelled the town.", "Russian", True),
        ("anti-American protesters marched.", "American", True),
        ("pro\u2011Russian separatists shelled the town.", "Russian", True),  # typeset non-breaking hyphen
        ("Ugandan\u2010backed rebels attacked a town.", "Ugandan", True),  # typeset hyphen
        # a country word of its own: whose the group is
        ("Ugandan rebels attacked a town.", "Ugandan", False),
        ("US-led forces advanced.", "US", False),  # a led force is its leader's, as CAMEO codes coalitions
        ("Chinese-made rifles were seized.", "Chinese", False),
        ("Russian troops crossed the border.", "Russian", False),
    ],
)
def test_takes_sides(text: str, word: str, expected: bool) -> None:
    assert takes_sides(text, *_at(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Pro-government militias attacked.", "militias", True),
        ("Government-backed militiamen attacked.", "militiamen", True),
        ("army-backed vigilantes attacked.", "vigilantes", True),
        ("Iranian-backed militias attacked.", "militias", False),
        ("Anti-government militias attacked.", "militias", False),
    ],
)
def test_state_sided(text: str, word: str, expected: bool) -> None:
    assert state_sided(text, text.index(word)) is expected


def _event_codes(text: str, role: str) -> tuple[str | None, str | None]:
    """(country, sector) of the source or target of the first event of ``text``."""
    events = extract(text, date="2022-03-02").events
    assert events, f"no event in {text!r}"
    part = events[0].source if role == "source" else events[0].target
    assert part is not None and part.actor is not None
    return part.actor.country, part.actor.sector


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "role", "country", "sector"),
    [
        # a backer or a stance gives no country: the sentence's own country does
        ("Rwandan-backed rebels seized the town of Goma in Congo.", "source", "COG", "REB"),
        ("Iranian-backed militias fired rockets at a US base in Iraq.", "source", "IRQ", "REB"),
        ("Pro-Russian separatists shelled Ukrainian army positions near Donetsk.", "source", "UKR", "REB"),
        ("Anti-American protesters marched in Karachi.", "source", "PAK", "CVL"),
        # a country word before a people's: that country's ("Bosnian Serb" is not Bosnia and Serbia)
        ("Bosnian Serb forces shelled Sarajevo.", "source", "BIH", "MIL"),
        # a state's militias are its military (CAMEO: known paramilitaries MIL)
        ("Pro-government militias attacked opposition strongholds in Syria.", "source", "SYR", "MIL"),
        # CAMEO's agents dictionary: SECURITY_FORCE ~MIL
        ("Afghan security forces killed 20 Taliban fighters.", "source", "AFG", "MIL"),
    ],
)
def test_whose_group(text: str, role: str, country: str, sector: str) -> None:
    assert _event_codes(text, role) == (country, sector)
