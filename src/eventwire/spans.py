"""Small helpers over character ranges ``(start, end)``, end exclusive, shared by the stages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Range = tuple[int, int]


def overlaps_any(start: int, end: int, ranges: Iterable[Range]) -> bool:
    """Whether [start, end) shares at least one character with one of ``ranges``."""
    return any(lo < end and start < hi for lo, hi in ranges)


def inside_any(start: int, end: int, ranges: Iterable[Range]) -> bool:
    """Whether [start, end) lies wholly within one of ``ranges``."""
    return any(lo <= start and end <= hi for lo, hi in ranges)


def match_overlaps(gold: Sequence[Range], system: Sequence[Range]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping ranges, largest overlap first
    (ties: earlier gold, then earlier system), sorted by gold index. Every scorer pairs this way."""
    scored = sorted(
        (-(min(ge, se) - max(gs, ss)), gi, si)
        for gi, (gs, ge) in enumerate(gold)
        for si, (ss, se) in enumerate(system)
        if min(ge, se) > max(gs, ss)
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _overlap, gi, si in scored:
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gi, si))
    return sorted(pairs)
