"""A name written as a street address is a street of the article's own town (``places._street_at``)."""

from __future__ import annotations

import re

import pytest

from eventwire.places import resolve_toponyms

pytestmark = pytest.mark.slow


def _readings(text: str, words: tuple[str, ...]) -> dict[str, tuple[str | None, str | None, str | None]]:
    """The last mention of each of ``words`` -> (name, feature, first-level division) it was read as."""
    spans = sorted((m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text))
    entries = resolve_toponyms(text, spans)
    return {
        text[s:e]: (x.name, x.feature, x.admin1) if x else (None, None, None)
        for (s, e), x in zip(spans, entries, strict=True)
    }


NELSON = "Nelson residents cheered. Instead of driving to Castlegar, people will visit the Nelson office."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a house number and before a street's kind, a town's name is a street in the story's own town.
        (f"{NELSON} The new office, at 401 - 333 Victoria St., opened.", ("Victoria St.", "local", "CA.02")),
        (f"{NELSON} The office at 333 Victoria Street opened.", ("Victoria Street", "local", "CA.02")),
        (f"{NELSON} The shop at 12B Victoria Avenue opened.", ("Victoria Avenue", "local", "CA.02")),
        # A year is no house number, and a name with no street's kind after it stays the place it names.
        (f"{NELSON} In 1990 Victoria St. was renamed.", ("Victoria", "city", "CA.02")),
        (f"{NELSON} In 333 days Victoria will vote.", ("Victoria", "city", "CA.02")),
    ],
)
def test_a_street_address_is_in_the_articles_town(text: str, expected: tuple[str, str, str]) -> None:
    assert _readings(text, ("Nelson", "Castlegar", "Victoria"))["Victoria"] == expected
