"""Quote-mark pairing: which marks open and close a quotation, paragraph by paragraph.

Public API: :func:`pair_marks`, :func:`paragraphs`. Unbalanced or stray marks lose only their own
quote; the rest of the text pairs as usual.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
DOUBLE = OPEN_DOUBLE + CLOSE_DOUBLE + '"'
SINGLE = "‘’'"
# A character before an opening mark (besides whitespace) that still allows it to open.
_OPENERS = "([{—–-/:" + OPEN_DOUBLE + '‘"'
# Invisible format characters (zero-width spaces and joiners, direction marks and embeddings, word joiner, BOM).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")


@dataclass(frozen=True)
class Pair:
    """Matched quote marks: positions of the opening and closing mark characters."""

    open_pos: int
    close_pos: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: scraped news puts one paragraph per line."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            out.append((start, end))
        start = end + 1
    return out


def _char(text: str, i: int, lo: int, hi: int) -> str:
    """The character at i, or a space outside [lo, hi) so edges read as whitespace; an invisible
    format character (a direction mark or zero-width space pasted from social media) reads as one too."""
    if not lo <= i < hi:
        return " "
    c = text[i]
    return " " if c in _INVISIBLE else c


def _opens_here(prev: str, nxt: str) -> bool:
    return (prev.isspace() or prev in _OPENERS) and not nxt.isspace()


def _closes_here(prev: str, nxt: str) -> bool:
    return not prev.isspace() and prev not in _OPENERS and nxt.isspace()


def _has_kind(stack: list[tuple[int, str]], kind: str) -> bool:
    """Whether a mark of this kind is open above the topmost double (singles nest inside doubles)."""
    for _, k in reversed(stack):
        if k == kind:
            return True
        if k == "d":
            return False
    return False


def _close(stack: list[tuple[int, str]], kind: str, pos: int, out: list[Pair]) -> None:
    """Pop to the innermost open mark of this kind and record the pair (nesting is sorted out later)."""
    while stack:
        open_pos, k = stack.pop()
        if k == kind:
            out.append(Pair(open_pos, pos))
            return


def _outermost(pairs: list[Pair]) -> list[Pair]:
    """Drop pairs nested in another closed pair; one inside a never-closed mark stays top-level."""
    out: list[Pair] = []
    reach = -1
    for p in sorted(pairs, key=lambda p: (p.open_pos, -p.close_pos)):
        if p.close_pos > reach:
            out.append(p)
            reach = p.close_pos
    return out


def _step_double(c: str, prev: str, nxt: str, stack: list[tuple[int, str]]) -> str | None:
    """Decide whether a double mark opens, closes or is noise."""
    open_d = any(k == "d" for _, k in stack)
    if c in OPEN_DOUBLE:
        # A sloppy left mark used as a closer: glued to the words before it, a space after ("here,“ said").
        return "close" if open_d and _closes_here(prev, nxt) else "open"
    if c in CLOSE_DOUBLE:
        if open_d:
            return "close"
        # A sloppy right mark used as an opener.
        return "open" if _opens_here(prev, nxt) else None
    if open_d and not prev.isspace() and prev not in _OPENERS:
        return "close"
    if _opens_here(prev, nxt):
        return "open"
    return "close" if open_d else None


def _step_single(c: str, prev: str, nxt: str, stack: list[tuple[int, str]]) -> str | None:
    """Single marks are quotes only when clearly so; otherwise apostrophes (We’ve, Korea’s)."""
    if c != "‘" and _has_kind(stack, "s") and not prev.isspace() and not nxt.isalnum():
        return "close"
    if c != "’" and _opens_here(prev, nxt) and (nxt.isalnum() or nxt in DOUBLE):
        return "open"
    return None


def _pair_paragraph(text: str, lo: int, hi: int, carry: int | None, out: list[Pair]) -> list[tuple[int, str]]:
    """Pair the marks of one paragraph; return what is left open at its end."""
    stack: list[tuple[int, str]] = []
    i = lo
    if carry is not None:
        first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        # News convention: a quote running on re-opens at the next paragraph.
        if first < hi and text[first] in OPEN_DOUBLE + '"':
            stack.append((carry, "d"))
            i = first + 1
    for j in range(i, hi):
        c = text[j]
        if c not in DOUBLE and c not in SINGLE:
            continue
        prev, nxt = _char(text, j - 1, lo, hi), _char(text, j + 1, lo, hi)
        kind = "d" if c in DOUBLE else "s"
        role = (_step_double if kind == "d" else _step_single)(c, prev, nxt, stack)
        if role == "open":
            stack.append((j, kind))
        elif role == "close":
            _close(stack, kind, j, out)
    return stack


def _two_apostrophes(text: str) -> str:
    """Some wires (older NYT feeds) write a double quote as two apostrophes: make each one double
    mark and a space, the mark on the side that touches the quoted words (offsets are unchanged)."""
    if "''" not in text:
        return text
    chars = list(text)
    i = 0
    while (i := text.find("''", i)) >= 0:
        closing = i > 0 and not text[i - 1].isspace()
        chars[i : i + 2] = ['"', " "] if closing else [" ", '"']
        i += 2
    return "".join(chars)


def pair_marks(text: str) -> list[Pair]:
    """All outermost quote pairs, in text order; unbalanced marks lose only their own quote."""
    text = _two_apostrophes(text)
    out: list[Pair] = []
    carry: int | None = None
    for lo, hi in paragraphs(text):
        left = _pair_paragraph(text, lo, hi, carry, out)
        carry = left[0][0] if left and left[0][1] == "d" else None
    return _outermost(out)
