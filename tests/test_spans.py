"""Character-range helpers: [start, end), end exclusive."""

from __future__ import annotations

import pytest

from eventwire.spans import inside_any, match_overlaps, overlaps_any


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


@pytest.mark.parametrize(
    ("gold", "system", "pairs"),
    [
        ([(0, 5)], [(3, 8)], [(0, 0)]),
        ([(0, 5)], [(5, 8)], []),  # touching spans do not match
        # the larger overlap wins, and each side is used once
        ([(0, 10), (12, 20)], [(8, 14), (0, 9)], [(0, 1), (1, 0)]),
        ([(0, 10)], [(0, 4), (2, 9)], [(0, 1)]),
        ([], [(0, 1)], []),
    ],
)
def test_match_overlaps_pairs_one_to_one_by_largest_overlap(
    gold: list[tuple[int, int]], system: list[tuple[int, int]], pairs: list[tuple[int, int]]
) -> None:
    assert match_overlaps(gold, system) == pairs
