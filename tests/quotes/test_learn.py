"""Rebuilding the cue model (eventwire.quotes.learn): the threshold report it prints."""

from __future__ import annotations

import pytest

from eventwire.quotes import cuemodel
from eventwire.quotes.learn import threshold_report


@pytest.mark.parametrize(
    ("chosen", "marked"),
    [
        (0.35, "  threshold 0.3500: P 1.0000 R 0.5000 F1 0.6667  <- chosen"),
        (0.4, "  threshold 0.4000: P 1.0000 R 0.5000 F1 0.6667  <- chosen"),  # one of the reported ones
    ],
)
def test_threshold_report_marks_the_chosen_threshold(chosen: float, marked: str) -> None:
    held_out = cuemodel.OutOfFold([0.9, 0.8, 0.3, 0.2], [1, 1, 0, 0], 2)
    lines = threshold_report(held_out, chosen)
    assert marked in lines
    assert sum("<- chosen" in line for line in lines) == 1
    thresholds = [float(line.split()[1].rstrip(":")) for line in lines[1:]]
    assert thresholds == sorted({*cuemodel.REPORTED_THRESHOLDS, chosen})
