"""Mojibake repair keeps what it changed, so offsets into the input carry into the repaired text and back."""

from __future__ import annotations

import pytest

from eventwire.ingest.mojibake import (
    Repair,
    input_offset,
    repair_mojibake_spans,
    repaired_offset,
    repairs_from_json,
    repairs_to_json,
)

QUOTE_OPEN, QUOTE_CLOSE, APOSTROPHE = "\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d", "\u00e2\u20ac\u2122"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE_OPEN}no,{QUOTE_CLOSE} he said", "\u201cno,\u201d he said"),
        (f"the mayor{APOSTROPHE}s plan", "the mayor\u2019s plan"),
        # the closing quote's last byte, which Windows-1252 lacks, lost as U+FFFD on the way
        (f"{QUOTE_OPEN}no{QUOTE_CLOSE[:2]}\ufffd. he said", "\u201cno\u201d. he said"),
        # a no-break space whose byte became a plain space, in a text with mojibake
        (f"related stories\u00c2 it{APOSTROPHE}s", "related stories\u00a0it\u2019s"),
        ("S\u00c3\u00a3o Paulo", "S\u00e3o Paulo"),
        # clean text, accents and curly quotes included, is kept as it is
        ("S\u00e3o Paulo\u2019s \u201cno\u201d", "S\u00e3o Paulo\u2019s \u201cno\u201d"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_repair(text: str, expected: str) -> None:
    repaired, repairs = repair_mojibake_spans(text)
    assert repaired == expected
    assert bool(repairs) == (text != expected)
    # the repairs rebuild the input: each stretch of the repaired text said ``original`` there
    rebuilt, last = [], 0
    for r in repairs:
        rebuilt += [repaired[last : r.start], r.original]
        last = r.end
    assert "".join(rebuilt) + repaired[last:] == text


def test_offsets_of_words_carry_both_ways() -> None:
    text = f"{QUOTE_OPEN}we won{QUOTE_CLOSE}, modi{APOSTROPHE}s aide said in S\u00c3\u00a3o Paulo"
    repaired, repairs = repair_mojibake_spans(text)
    for word in ("we", "won", "modi", "aide", "Paulo"):
        start = text.index(word)
        moved = repaired_offset(repairs, start), repaired_offset(repairs, start + len(word))
        assert repaired[moved[0] : moved[1]] == word
        assert (input_offset(repairs, moved[0]), input_offset(repairs, moved[1])) == (start, start + len(word))


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(0, 0), (3, 3), (4, 3), (5, 3), (6, 4), (10, 8)],  # 4 and 5 lie inside "â€™" (3 characters, 1 repaired)
)
def test_offset_inside_a_repaired_stretch_goes_to_its_start(offset: int, expected: int) -> None:
    assert repaired_offset([Repair(3, 4, APOSTROPHE)], offset) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([[3, 4, APOSTROPHE]], [Repair(3, 4, APOSTROPHE)]),
        ([[3, 4]], []),
        ("3-4", []),
        (None, []),
    ],
)
def test_repairs_read_back_from_json(value: object, expected: list[Repair]) -> None:
    assert repairs_from_json(value) == expected
    assert repairs_from_json(repairs_to_json(expected)) == expected
