"""Amounts: numbers with what they count or measure."""

from __future__ import annotations

import pytest

from eventwire.amounts import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000", 1000.0),
        ("1,000 km", 1000.0),
        ("five", 5.0),
        ("twenty-five", 25.0),
        ("2.5 million", 2_500_000.0),
        ("$2 billion", 2_000_000_000.0),
        ("hundreds", 200.0),
        ("no number here", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value
