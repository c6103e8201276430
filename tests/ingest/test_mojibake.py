"""Mojibake repair keeps what it changed, so offsets into the input carry into the repaired text and back."""

from __future__ import annotations

import unicodedata

import pytest

from eventwire.ingest.mojibake import (
    Repair,
    chained,
    input_offset,
    repair_mojibake_spans,
    repair_text,
    repaired_offset,
    repairs_from_json,
    repairs_to_json,
)

QUOTE_OPEN, QUOTE_CLOSE, APOSTROPHE = "\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d", "\u00e2\u20ac\u2122"


def nfd(text: str) -> str:
    """The text decomposed, as macOS file names and some feeds carry it: "ã" as "a" + U+0303."""
    return unicodedata.normalize("NFD", text)


def rebuilt_input(text: str, repairs: list[Repair]) -> str:
    """The input, rebuilt from the repaired text and what each repaired stretch said there."""
    parts, last = [], 0
    for r in repairs:
        parts += [text[last : r.start], r.original]
        last = r.end
    return "".join(parts) + text[last:]


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
    assert rebuilt_input(repaired, repairs) == text


@pytest.mark.parametrize(
    ("text", "expected", "mojibake"),
    [
        # mojibake whose letters are decomposed ("A" + U+0303 for "Ã"): composed first, then recognised and repaired
        pytest.param(nfd("S\u00c3\u00a3o Paulo"), "S\u00e3o Paulo", True, id="decomposed mojibake letter"),
        pytest.param(
            nfd(f"{QUOTE_OPEN}no,{QUOTE_CLOSE} he said"), "\u201cno,\u201d he said", True, id="decomposed quotes"
        ),
        pytest.param(
            nfd("caf\u00c3\u00a9 na\u00efve"), "caf\u00e9 na\u00efve", True, id="mojibake beside a clean accent"
        ),
        pytest.param("S\u00c3\u00a3o Paulo", "S\u00e3o Paulo", True, id="composed mojibake, as before"),
        # clean decomposed text comes out composed, and is no mojibake
        pytest.param("Sa\u0303o Paulo", "S\u00e3o Paulo", False, id="decomposed accent"),
        pytest.param("Jose\u0301 and Zoe\u0308", "Jos\u00e9 and Zo\u00eb", False, id="decomposed at word ends"),
        pytest.param("a\u0302\u0323", "\u1ead", False, id="two accents reordered and composed"),
        pytest.param("\u0301 alone", "\u0301 alone", False, id="an accent with no letter stays"),
        pytest.param("S\u00e3o Paulo\u2019s", "S\u00e3o Paulo\u2019s", False, id="clean composed text"),
    ],
)
def test_repair_text_composes_before_repairing(text: str, expected: str, mojibake: bool) -> None:
    repaired = repair_text(text)
    assert (repaired.text, repaired.mojibake) == (expected, mojibake)
    assert bool(repaired.repairs) == (text != expected)
    # composed or repaired, each stretch keeps the input's characters: offsets into the input stay traceable
    assert rebuilt_input(repaired.text, repaired.repairs) == text


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_offsets_of_words_carry_both_ways_through_composing_and_repair(form: str) -> None:
    text = unicodedata.normalize(
        form, f"{QUOTE_OPEN}Jos\u00e9 won{QUOTE_CLOSE}, the na\u00efve aide said in S\u00c3\u00a3o Paulo"
    )
    repaired = repair_text(text)
    assert repaired.text == "\u201cJos\u00e9 won\u201d, the na\u00efve aide said in S\u00e3o Paulo"
    for word in ("won", "the", "aide", "Paulo"):
        start = text.index(word)
        moved = repaired_offset(repaired.repairs, start), repaired_offset(repaired.repairs, start + len(word))
        assert repaired.text[moved[0] : moved[1]] == word
        back = input_offset(repaired.repairs, moved[0]), input_offset(repaired.repairs, moved[1])
        assert back == (start, start + len(word))


@pytest.mark.parametrize(
    ("text", "first", "then", "expected"),
    [
        # "e"+U+0301 and "â€™" -> "é" and "â€™" -> "é" and "’": apart in the middle text, apart in the end
        pytest.param(
            f"xe\u0301y{APOSTROPHE}",
            [Repair(1, 2, "e\u0301")],
            [Repair(3, 4, APOSTROPHE)],
            [Repair(1, 2, "e\u0301"), Repair(3, 4, APOSTROPHE)],
            id="apart",
        ),
        # a letter composed inside a stretch the second rewrite repaired: one stretch with the input's characters
        pytest.param(
            "A\u0303\u00a3",
            [Repair(0, 1, "A\u0303")],
            [Repair(0, 1, "\u00c3\u00a3")],
            [Repair(0, 1, "A\u0303\u00a3")],
            id="overlapping",
        ),
        pytest.param(APOSTROPHE, [], [Repair(0, 1, APOSTROPHE)], [Repair(0, 1, APOSTROPHE)], id="second only"),
        pytest.param("e\u0301", [Repair(0, 1, "e\u0301")], [], [Repair(0, 1, "e\u0301")], id="first only"),
    ],
)
def test_chained_repairs_map_the_output_to_the_first_input(
    text: str, first: list[Repair], then: list[Repair], expected: list[Repair]
) -> None:
    assert chained(text, first, then) == expected


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
