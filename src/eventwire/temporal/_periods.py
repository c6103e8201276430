"""Candidate hits and the period builders shared by the rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from eventwire.model import Granularity, TimeType
from eventwire.temporal import _calendar as cal

_UNDERSPECIFIED: dict[str, str] = {
    "time": "XXXX-XX-XXTXX:XX",
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "year": "XXXX",
    "decade": "XXX",
}


# Results copy refers to the quarter it reports on (see the finder): "the quarter", "the latest period" are that
# quarter, "a year ago" / "year-earlier" / "last year's" beside it its counterpart four quarters back, "the 1988
# period" that quarter of 1988 (``(QUARTER_OF_YEAR, 1988)``).
SAME_QUARTER = "samequarter"
YEAR_BACK_QUARTER = (SAME_QUARTER, -4)
QUARTER_OF_YEAR = "quarterofyear"
# "A year earlier, net income was ...": results told apart from any talk of quarters are that reported quarter's a
# year back when the text has reported one; else the year stays.
YEAR_BACK_IF_REPORTED = ("yearbackifreported", -4)


@dataclass
class Hit:
    """One candidate time expression before overlap resolution."""

    start: int
    end: int
    type: TimeType
    value: str
    granularity: Granularity
    confidence: float
    range: cal.Range | None = None
    mod: str | None = None
    anchor: str | None = None
    clock: bool = False  # a clock time whose date part is the publication date until a day of the text replaces it
    # "the following year", "that day": (unit, offset) from the last date the text mentioned
    refer: tuple[str, int] | None = None
    # "in the morning": the part of day (TimeML "MO") to put on the referenced day
    part: str = ""
    # "a year ago", "two months later": an offset from another time, itself no referent for what follows
    offset: bool = False
    # A clock time or part of the day takes no day told before this one in a forecast ("will arrive at 3 pm") and
    # none after this one in a past narrative ("broke out around 9 pm"): the publication date, or None.
    not_before: dt.date | None = None
    not_after: dt.date | None = None
    # A clock time or part of the day with no day of its own ("around 7.15 pm", "in the morning") is on the day the
    # story's narrative is on: a day told as backstory in between ("had fired on thursday last") does not count.
    in_story: bool = False


@dataclass
class Period:
    """A resolved calendar period: its TimeML value, granularity and date range."""

    value: str
    granularity: Granularity
    range: cal.Range | None


def day(d: dt.date) -> Period:
    return Period(cal.day_value(d), "day", (d, d))


def week(d: dt.date) -> Period:
    return Period(cal.week_value(d), "week", cal.week_range(d))


def weekend(d: dt.date) -> Period:
    saturday = cal.weekday_in_week(d, 5, 0)
    return Period(cal.week_value(d) + "-WE", "week", (saturday, saturday + dt.timedelta(days=1)))


def _digits(number: int, width: int) -> str:
    """``number`` in ``width`` digits, or ``X`` x width where it does not fit: a year before 0000 or after 9999
    (counted from a date at the calendar's edge) has no TIMEX3 value, so it stays unresolved."""
    return f"{number:0{width}d}" if 0 <= number < 10**width else "X" * width


def month(year: int, mon: int) -> Period:
    return Period(f"{_digits(year, 4)}-{mon:02d}", "month", _safe(lambda: cal.month_range(year, mon)))


def quarter(year: int, q: int) -> Period:
    return Period(f"{_digits(year, 4)}-Q{q}", "quarter", _safe(lambda: cal.quarter_range(year, q)))


def half(year: int, h: int) -> Period:
    return Period(f"{_digits(year, 4)}-H{h}", "half", _safe(lambda: cal.half_range(year, h)))


def season(year: int, code: str) -> Period:
    return Period(f"{_digits(year, 4)}-{code}", "quarter", _safe(lambda: cal.season_range(year, code)))


def year(y: int) -> Period:
    return Period(_digits(y, 4), "year", _safe(lambda: cal.year_range(y)))


def decade(d: int) -> Period:
    return Period(_digits(d, 3), "decade", _safe(lambda: cal.decade_range(d)))


def unknown(granularity: Granularity) -> Period:
    """An underspecified value for a relative expression with no publication date."""
    return Period(_UNDERSPECIFIED.get(granularity, "XXXX-XX-XX"), granularity, None)


def _safe(make: Callable[[], cal.Range]) -> cal.Range | None:
    # Far years (0003, 9999) keep their value even where a date range cannot be built.
    try:
        return make()
    except (ValueError, OverflowError):
        return None


def shift(pub: dt.date, unit: str, n: int) -> Period:
    """The period ``n`` units away from publication (negative: in the past)."""
    if unit == "day":
        return day(pub + dt.timedelta(days=n))
    if unit == "week":
        return week(pub + dt.timedelta(weeks=n))
    if unit == "weekend":
        return weekend(pub + dt.timedelta(weeks=n))
    if unit == "month":
        return month(*cal.add_months(pub.year, pub.month, n))
    if unit == "quarter":
        index = pub.year * 4 + cal.quarter_of(pub) - 1 + n
        return quarter(index // 4, index % 4 + 1)
    if unit == "year":
        return year(pub.year + n)
    if unit == "decade":
        return decade(pub.year // 10 + n)
    if unit == "century":
        return Period(_digits(pub.year // 100 + n, 2), "none", None)
    return day(pub)
