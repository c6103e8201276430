"""Character-range helpers: [start, end), end exclusive."""

from __future__ import annotations

import pytest

from eventwire.spans import inside_any, overlaps_any


@pytest.mark.parametrize(
    ("start", "end", "ranges", "overlaps", "inside"),
    [
        (0, 5, [(5, 10)], False, False),  # touching is not overlapping
        (4, 6, [(5, 10)], True, False),
        (5, 10, [(5, 10)], True, True),
        (6, 8, [(0, 3), (5, 10)], True, True),
        (0, 1, [], False, False),
    ],
)
def test_range_helpers(start: int, end: int, ranges: list[tuple[int, int]], overlaps: bool, inside: bool) -> None:
    assert overlaps_any(start, end, ranges) is overlaps
    assert inside_any(start, end, ranges) is inside
