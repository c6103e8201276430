"""Mojibake repair (UTF-8 once decoded as Windows-1252 or Latin-1: "â€™" for "’"), with what it changed.

The text is first composed to Unicode's NFC form (a letter and its combining accent as one character:
mojibake in decomposed text, "A" + U+0303 for "Ã", is not recognisable as such), then its mojibake undone
(``repair_text``). The repaired text is what the pipeline reads and every offset points into; each
stretch either step changed keeps the input's characters (``Repair``), so an offset into the input (a
label, a user's own annotation) can be carried into the repaired text and back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

#: A UTF-8 lead byte read as Windows-1252 / Latin-1, then a continuation byte read the same way: the mark of mojibake.
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + "".join(map(chr, range(0x80, 0xA0)))
_MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATION)}]")
# Runs of non-ASCII characters, each with the space after it: "Â " is a no-break space whose byte became a space.
_NON_ASCII_RUN = re.compile(r"(?:[^\x00-\x7f] ?)+")
# "â€" and a byte Windows-1252 lacks, lost as U+FFFD on the way: in prose that byte is 0x9d, the closing quote "”".
_LOST_CLOSING_QUOTE = "\u00e2\u20ac\ufffd"
# Runs of non-ASCII characters, each with the character before it: the only stretches NFC can change, since an
# ASCII character never composes with the one before it (it can be the base of an accent after it: "e" + U+0301).
_COMPOSABLE = re.compile(r"(?:^|.)[^\x00-\x7f]+", re.DOTALL)


@dataclass(frozen=True)
class Repair:
    """The repaired text's ``[start, end)`` was ``original`` in the input."""

    start: int
    end: int
    original: str


@dataclass(frozen=True)
class Repaired:
    """A text as the pipeline reads it, the stretches changed from the input, and whether any was mojibake."""

    text: str
    repairs: list[Repair]
    mojibake: bool


def repair_text(text: str) -> Repaired:
    """The text in NFC with mojibake undone; clean NFC text is returned as is, with no repairs."""
    composed, composing = composed_spans(text)
    repaired, mojibake = repair_mojibake_spans(composed)
    return Repaired(repaired, chained(text, composing, mojibake), bool(mojibake))


def composed_spans(text: str) -> tuple[str, list[Repair]]:
    """The text in NFC ("e" + U+0301 as "é"), and the stretches composed (none for text already in NFC)."""
    if unicodedata.is_normalized("NFC", text):  # nearly every text: one quick check
        return text, []
    whole = unicodedata.normalize("NFC", text)
    parts: list[str] = []
    repairs: list[Repair] = []
    last = length = 0
    for run in _COMPOSABLE.finditer(text):
        composed = unicodedata.normalize("NFC", run.group())
        if composed == run.group():
            continue
        parts.append(text[last : run.start()])
        length += run.start() - last
        same_start, same_end = _alike_ends(run.group(), composed)
        original = run.group()[same_start : len(run.group()) - same_end]
        repairs.append(Repair(length + same_start, length + len(composed) - same_end, original))
        parts.append(composed)
        length += len(composed)
        last = run.end()
    parts.append(text[last:])
    if "".join(parts) != whole:  # never expected: the runs are where NFC acts; alignment is slow but sure
        return whole, _aligned(text, whole)
    return whole, repairs


def _alike_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters two strings share at their start, and then at their end."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return start, end


def chained(text: str, first: Sequence[Repair], then: Sequence[Repair]) -> list[Repair]:
    """The repairs of two rewrites in a row as one: ``first`` took ``text`` to a middle text, ``then`` took that
    to the output. Stretches of the two that overlap or touch in the middle text become one stretch."""
    if not first or not then:
        return [*first, *then]
    spans = sorted([(r.start, r.end) for r in first] + _input_spans(then))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    # No merged stretch ends inside a stretch of either rewrite, so each end maps exactly both ways.
    return [
        Repair(
            repaired_offset(then, start),
            repaired_offset(then, end),
            text[input_offset(first, start) : input_offset(first, end)],
        )
        for start, end in merged
    ]


def _input_spans(repairs: Sequence[Repair]) -> list[tuple[int, int]]:
    """Where each repaired stretch lay in the rewrite's input."""
    spans = []
    shift = 0  # input length minus repaired length, over the stretches before
    for repair in repairs:
        spans.append((repair.start + shift, repair.start + shift + len(repair.original)))
        shift += len(repair.original) - (repair.end - repair.start)
    return spans


def repair_mojibake_spans(text: str) -> tuple[str, list[Repair]]:
    """The text with mojibake undone, and the stretches repaired (none for clean text). The text should be in NFC
    (``repair_text`` composes it first): ftfy does not recognise mojibake whose letters are decomposed."""
    if _MOJIBAKE_HINT.search(text) is None:  # most texts: skip ftfy's slower analysis
        return text, []
    from ftfy import fix_encoding  # imported here so that importing eventwire stays cheap

    # Same length, so offsets are unaffected: the closing quote ftfy would leave as U+FFFD.
    text_in = text.replace(_LOST_CLOSING_QUOTE, "\u00e2\u20ac\u009d")
    # Only the encoding step: ftfy's other fixes (curly quotes to straight, HTML entities) would alter good text.
    whole = str(fix_encoding(text_in))
    if whole == text_in:
        return text, []
    repaired, repairs = _repair_runs(text, text_in, fix_encoding)
    if repaired != whole:
        # ftfy read the whole text differently from its runs one by one: keep its reading, mapped by alignment.
        return whole, _aligned(text, whole)
    return repaired, repairs


def _repair_runs(text: str, text_in: str, fix: Callable[[str], str]) -> tuple[str, list[Repair]]:
    """Each run of non-ASCII characters repaired on its own (ASCII is never mojibake), and where."""
    parts: list[str] = []
    repairs: list[Repair] = []
    last = length = 0
    for run in _NON_ASCII_RUN.finditer(text_in):
        parts.append(text_in[last : run.start()])
        length += run.start() - last
        fixed = fix(run.group())
        if fixed != run.group():
            repairs.append(Repair(length, length + len(fixed), text[run.start() : run.end()]))
        parts.append(fixed)
        length += len(fixed)
        last = run.end()
    parts.append(text_in[last:])
    return "".join(parts), repairs


def _aligned(original: str, repaired: str) -> list[Repair]:
    """The repaired stretches found by aligning the two texts (slow: only when the runs disagree with ftfy)."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, original, repaired, autojunk=False)
    return [Repair(j1, j2, original[i1:i2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


def repaired_offset(repairs: Sequence[Repair], offset: int) -> int:
    """Where an offset into the input lies in the repaired text (inside a repaired stretch: the stretch's start)."""
    shift = 0  # input length minus repaired length, over the stretches before
    for repair in repairs:
        input_start = repair.start + shift
        if offset <= input_start:
            break
        shift += len(repair.original) - (repair.end - repair.start)
        if offset < input_start + len(repair.original):
            return repair.start
    return offset - shift


def input_offset(repairs: Sequence[Repair], offset: int) -> int:
    """Where an offset into the repaired text lies in the input (inside a repaired stretch: the stretch's start)."""
    shift = 0  # input length minus repaired length, over the stretches before
    for repair in repairs:
        if offset <= repair.start:
            break
        if offset < repair.end:
            return repair.start + shift
        shift += len(repair.original) - (repair.end - repair.start)
    return offset + shift


def repairs_to_json(repairs: Iterable[Repair]) -> list[list[int | str]]:
    """``[[start, end, original], ...]``: the form kept in an article's ``meta["repaired"]``."""
    return [[r.start, r.end, r.original] for r in repairs]


def repairs_from_json(value: object) -> list[Repair]:
    """The repairs of ``meta["repaired"]``; anything else is read as none."""
    if not isinstance(value, list):
        return []
    repairs = []
    for item in value:
        if isinstance(item, list | tuple) and len(item) == 3:
            start, end, original = item
            if isinstance(start, int) and isinstance(end, int) and isinstance(original, str):
                repairs.append(Repair(start, end, original))
    return repairs
