"""The article's ``meta`` in the JSON form: plain values only, warnings in their own field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.serialize import meta_to_dict


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"author": "Jane Doe", "hostname": "example.com"}, {"author": "Jane Doe", "hostname": "example.com"}),
        ({"warnings": ["a future date"], "guid": "urn:1"}, {"guid": "urn:1"}),
        (
            {"rank": 3, "score": 0.5, "paywall": False, "note": None},
            {"rank": 3, "score": 0.5, "paywall": False, "note": None},
        ),
        ({"crawled": dt.date(2022, 1, 13)}, {"crawled": "2022-01-13"}),
        ({"raw": b"\x00\x01", "nested": {"a": 1}, "tags": ["x"]}, {}),
    ],
    ids=["html metadata", "warnings left out", "plain scalars", "dates as ISO", "non-plain values left out"],
)
def test_meta_keeps_plain_json_values(meta: dict[str, Any], expected: dict[str, Any]) -> None:
    assert meta_to_dict(meta) == expected
