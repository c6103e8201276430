"""Calendar helpers of the time-expression stage."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.temporal._calendar import easter, orthodox_easter


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (1961, dt.date(1961, 4, 2)),
        (1998, dt.date(1998, 4, 12)),
        (2000, dt.date(2000, 4, 23)),
        (2008, dt.date(2008, 3, 23)),  # one of the earliest
        (2011, dt.date(2011, 4, 24)),
        (2038, dt.date(2038, 4, 25)),  # the latest possible date
    ],
)
def test_easter_is_the_western_easter_sunday(year: int, sunday: dt.date) -> None:
    assert easter(year) == sunday
    assert easter(year).weekday() == 6


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (1998, dt.date(1998, 4, 19)),
        (2000, dt.date(2000, 4, 30)),
        (2010, dt.date(2010, 4, 4)),  # the same day as Western Easter
        (2021, dt.date(2021, 5, 2)),
        (2024, dt.date(2024, 5, 5)),
    ],
)
def test_orthodox_easter_is_the_julian_easter_on_the_gregorian_calendar(year: int, sunday: dt.date) -> None:
    assert orthodox_easter(year) == sunday
    assert orthodox_easter(year).weekday() == 6
