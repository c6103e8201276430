"""Small helpers over character ranges ``(start, end)``, end exclusive, shared by the stages."""

from __future__ import annotations

from collections.abc import Iterable

Range = tuple[int, int]


def overlaps_any(start: int, end: int, ranges: Iterable[Range]) -> bool:
    """Whether [start, end) shares at least one character with one of ``ranges``."""
    return any(lo < end and start < hi for lo, hi in ranges)


def inside_any(start: int, end: int, ranges: Iterable[Range]) -> bool:
    """Whether [start, end) lies wholly within one of ``ranges``."""
    return any(lo <= start and end <= hi for lo, hi in ranges)
