"""A name read as a state in one mention is that state in the story's other mentions (``places._as_its_state``)."""

from __future__ import annotations

import re

import pytest

from eventwire.places import resolve_toponyms

pytestmark = pytest.mark.slow


def _readings(text: str, words: tuple[str, ...]) -> list[tuple[str, str | None, str | None, str | None]]:
    """(mention, name, feature, country) of every mention of ``words``, in the order written."""
    spans = sorted((m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text))
    entries = resolve_toponyms(text, spans)
    return [
        (text[s:e], x.name if x else None, x.feature if x else None, x.country if x else None)
        for (s, e), x in zip(spans, entries, strict=True)
    ]


STATE = ("Washington", "Washington", "admin1", "USA")
CAPITAL = ("Washington", "Washington", "city", "USA")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # "central Washington" is the state; the story's bare "Washington" is that state too, before or after it.
        (
            "Crews drove to central Washington on Monday. The team's focus is at home in Washington.",
            ("Washington",),
            [STATE, STATE],
        ),
        (
            "The team's focus is at home in Washington. Crews drove to central Washington on Monday.",
            ("Washington",),
            [STATE, STATE],
        ),
        # Likewise the state written after a town and a comma.
        (
            "The bill passed in Washington. Farmers in Spokane, Washington, cheered.",
            ("Washington", "Spokane"),
            [STATE, ("Spokane", "Spokane", "city", "USA"), STATE],
        ),
        # With no mention read as the state, the name keeps its reading: the capital.
        ("Lawmakers in Washington passed the bill on Monday.", ("Washington",), [CAPITAL]),
        # A city inside the state keeps its reading: New York City lies in New York State.
        (
            "Snow fell across upstate New York. Flights to New York were cancelled.",
            ("New York",),
            [("New York", "New York", "admin1", "USA"), ("New York", "New York City", "city", "USA")],
        ),
        # A namesake in another country keeps its reading: Georgia the country beside Georgia the state.
        (
            "Officials in Tbilisi said troops left Georgia. In Atlanta, Georgia, the mayor spoke.",
            ("Georgia", "Tbilisi", "Atlanta"),
            [
                ("Tbilisi", "Tbilisi", "city", "GEO"),
                ("Georgia", "Georgia", "country", "GEO"),
                ("Atlanta", "Atlanta", "city", "USA"),
                ("Georgia", "Georgia", "admin1", "USA"),
            ],
        ),
    ],
)
def test_a_state_in_one_mention_is_the_state_in_all(
    text: str, words: tuple[str, ...], expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _readings(text, words) == expected
