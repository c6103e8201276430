"""Pairs: how ``classify`` reads its input records, and how a pair is shown to the classifier."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events.pairs import MAX_PAIR_CHARS, Pair, PairError, between_text, make_pair, marked_text

TEXT = "Iran condemned the United States on Monday."


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {"text": TEXT, "source": {"start": 0, "end": 4}, "target": {"start": 19, "end": 32}},
            Pair(TEXT, (0, 4), (19, 32)),
        ),
        ({"text": TEXT, "source": None, "target": {"start": 19, "end": 32}}, Pair(TEXT, None, (19, 32))),
        ({"text": TEXT}, Pair(TEXT)),
    ],
)
def test_valid_records_become_pairs(record: dict[str, Any], expected: Pair) -> None:
    assert make_pair(record) == expected


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": ""}, "non-empty"),
        ({"text": 42}, "non-empty"),
        ({}, "non-empty"),
        ({"text": "x" * (MAX_PAIR_CHARS + 1)}, "limit"),
        ({"text": TEXT, "source": {"start": 0, "end": 400}}, "not inside"),
        ({"text": TEXT, "source": {"start": 5, "end": 5}}, "not inside"),
        ({"text": TEXT, "source": {"start": -1, "end": 3}}, "not inside"),
        ({"text": TEXT, "source": {"start": "0", "end": 4}}, "integers"),
        ({"text": TEXT, "source": {"start": True, "end": 4}}, "integers"),
        ({"text": TEXT, "target": [0, 4]}, "object with start and end"),
        ({"text": TEXT, "source": {"start": 0, "end": 10}, "target": {"start": 5, "end": 20}}, "overlap"),
    ],
)
def test_bad_records_are_refused_with_a_reason(record: dict[str, Any], message: str) -> None:
    with pytest.raises(PairError, match=message):
        make_pair(record)


@pytest.mark.parametrize(
    ("pair", "marked", "between"),
    [
        (
            Pair(TEXT, (0, 4), (19, 32)),
            " [SRC] Iran [/SRC]  condemned the  [TGT] United States [/TGT]  on Monday.",
            " condemned the ",
        ),
        (
            Pair(TEXT, (19, 32), (0, 4)),
            " [TGT] Iran [/TGT]  condemned the  [SRC] United States [/SRC]  on Monday.",
            " condemned the ",
        ),
        (Pair(TEXT, None, (19, 32)), "Iran condemned the  [TGT] United States [/TGT]  on Monday.", ""),
        (Pair(TEXT), TEXT, ""),
    ],
)
def test_the_classifier_reads_the_sentence_with_participants_marked(pair: Pair, marked: str, between: str) -> None:
    assert marked_text(pair) == marked
    assert between_text(pair) == between
