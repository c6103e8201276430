"""The article's ``meta`` in the JSON form: plain values only, warnings in their own field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.model import Event, Provenance, Span
from eventwire.serialize import SCHEMA_VERSION, event_to_dict, meta_to_dict


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


def _event(**fields: Any) -> Event:
    return Event(
        type="ACCUSE",
        mode=None,
        cameo="112",
        quad_class=3,
        score=-2.0,
        trigger=Span(7, 14, "accused"),
        sentence=Span(0, 23, "Russia accused Ukraine."),
        source=None,
        target=None,
        negated=False,
        hypothetical=False,
        future=False,
        provenance=Provenance("events", "events.rules.v1", 0.8),
        **fields,
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"trigger_lemma": "accuse"}, "accuse", id="the coder's lemma"),
        pytest.param({}, None, id="none by default (a hand-built or older event)"),
    ],
)
def test_event_keeps_its_trigger_lemma_beside_the_trigger(fields: dict[str, Any], expected: str | None) -> None:
    out = event_to_dict(_event(**fields), [])
    assert out["trigger"] == {"text": "accused", "start": 7, "end": 14}  # the span itself is unchanged
    assert out["trigger_lemma"] == expected
    assert list(out).index("trigger_lemma") == list(out).index("trigger") + 1


def test_the_trigger_lemma_is_an_addition_within_schema_1() -> None:
    assert SCHEMA_VERSION == 1
