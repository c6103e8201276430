"""Calendar arithmetic and TimeML value strings for the time-expression rules."""

from __future__ import annotations

import datetime as dt
import re

Range = tuple[dt.date, dt.date]


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by delta months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """ISO week of a day as TimeML writes it: 2022-W01."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def week_range(day: dt.date) -> Range:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_range(year: int, month: int) -> Range:
    return dt.date(year, month, 1), month_end(year, month)


def quarter_range(year: int, quarter: int) -> Range:
    return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)


def half_range(year: int, half: int) -> Range:
    return dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half)


def year_range(year: int) -> Range:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def decade_range(decade: int) -> Range:
    """Range of the decade whose TimeML value is ``decade`` (199 -> 1990..1999)."""
    return dt.date(max(decade * 10, 1), 1, 1), dt.date(decade * 10 + 9, 12, 31)


# Meteorological seasons; a winter is named by the year of its January ("winter 2022": Dec 2021-Feb 2022).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_range(year: int, code: str) -> Range:
    start_year = year - 1 if code == "WI" else year
    first = _SEASON_START[code]
    last_year, last_month = add_months(start_year, first, 2)
    return dt.date(start_year, first, 1), month_end(last_year, last_month)


def resolve_season(pub: dt.date, code: str, relation: str) -> int:
    """Year of a season named without one: 'last' (latest ended), 'next' (earliest not begun), 'this'
    (the current one, else this year's), or a tense ('past', 'future', 'none')."""
    years = [pub.year - 1, pub.year, pub.year + 1]
    spans = {y: season_range(y, code) for y in years}
    current = next((y for y in years if spans[y][0] <= pub <= spans[y][1]), None)
    if relation == "last":
        return max(y for y in years if spans[y][1] < pub)
    if relation == "next" or (relation == "future" and current is None):
        return min(y for y in years if spans[y][0] > pub)
    if current is not None:
        return current
    if relation == "past":
        return max(y for y in years if spans[y][1] < pub)
    return pub.year


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def previous_weekday(pub: dt.date, weekday: int, inclusive: bool) -> dt.date:
    """The most recent ``weekday`` on or (if not inclusive) strictly before ``pub``."""
    back = (pub.weekday() - weekday) % 7
    if back == 0 and not inclusive:
        back = 7
    return pub - dt.timedelta(days=back)


def next_weekday(pub: dt.date, weekday: int, inclusive: bool) -> dt.date:
    """The next ``weekday`` on or (if not inclusive) strictly after ``pub``."""
    ahead = (weekday - pub.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return pub + dt.timedelta(days=ahead)


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year``, by the anonymous Gregorian computus."""
    golden = year % 19
    century, years = divmod(year, 100)
    leap_c, rest_c = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    leap_y, rest_y = divmod(years, 4)
    weekday = (32 + 2 * rest_c + 2 * leap_y - epact - rest_y) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday of ``year`` (Julian computus), as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    # The Julian calendar runs behind the Gregorian by 13 days in 1900-2099 (one more each skipped leap century).
    behind = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=behind)


def weekday_in_week(day: dt.date, weekday: int, weeks: int) -> dt.date:
    """``weekday`` of the ISO week ``weeks`` away from the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday + dt.timedelta(days=7 * weeks + weekday)


# A later date in a past-tense clause is still chosen when it is this many times nearer: a yearless
# "Dec. 15" in a past-tense November story ("payable Dec. 15") is next month, not last year.
# Past-tense cues are noisy ("reduced dividend"); a future cue ("will") is trusted outright.
_AGAINST_TENSE = 5
# Without any tense cue news mostly reports the past: a later yearless date must be this many times nearer.
_NO_TENSE_AHEAD = 3


def _tense_weighted(pub_index: int, options: list[int], tense: str) -> int:
    """The option nearest to ``pub_index``: future tense takes the next one, past tense leans back,
    no tense cue leans back a little, a deadline ("payable Dec. 15", "by August") leans forward."""
    if tense == "future":
        return min((o for o in options if o >= pub_index), default=options[-1])

    def cost(option: int) -> float:
        gap = option - pub_index
        against = (tense == "past" and gap > 0) or (tense == "deadline" and gap < 0)
        if tense == "none" and gap > 0:
            return abs(gap) * _NO_TENSE_AHEAD
        return abs(gap) * (_AGAINST_TENSE if against else 1.0)

    return min(options, key=cost)


def resolve_month(pub: dt.date, month: int, tense: str) -> int:
    """Year of a month named without one: the nearest such month, preferring the clause's tense."""
    here = pub.year * 12 + pub.month - 1
    options = [(pub.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if tense == "past" and month == pub.month:
        return pub.year
    return _tense_weighted(here, options, tense) // 12


def resolve_month_day(pub: dt.date, month: int, day: int, tense: str) -> dt.date:
    """Date of a month-day without a year, same policy as :func:`resolve_month`."""
    options = [dt.date(pub.year + k, month, day) for k in (-1, 0, 1) if _valid(pub.year + k, month, day)]
    if not options:
        raise ValueError("no such month-day")
    chosen = _tense_weighted(pub.toordinal(), [d.toordinal() for d in options], tense)
    return dt.date.fromordinal(chosen)


def resolve_day_of_month(pub: dt.date, day: int, tense: str) -> dt.date | None:
    """ "on the 14th": that day of the previous, publication or next month, same policy as :func:`resolve_month`."""
    options = []
    for step in (-1, 0, 1):
        year, month = add_months(pub.year, pub.month, step)
        if _valid(year, month, day):
            options.append(dt.date(year, month, day).toordinal())
    if not options:
        return None
    return dt.date.fromordinal(_tense_weighted(pub.toordinal(), options, tense))


def day_exists(month: int, day: int, year: int | None = None) -> bool:
    """Whether ``day`` exists in ``month`` (of ``year``; without one, February 29 counts as existing)."""
    return _valid(2000 if year is None else year, month, day)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def two_digit_year(yy: int, pub: dt.date | None) -> int:
    """Century for a two-digit year: the latest year not more than 10 years after publication."""
    ref = pub.year if pub else 2000
    year = (ref // 100) * 100 + yy
    return year - 100 if year > ref + 10 else year


_VALUE_RE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|Q([1-4])|H([12])))?|^(\d{3})$")


def value_range(value: str | None) -> Range | None:
    """The calendar days a TimeML value covers ("2022-W01" -> Jan 3..9); None for non-calendar values."""
    match = _VALUE_RE.match(value or "")
    if match is None:
        return None
    year, month, day, week, quarter, half, decade = match.groups()
    try:
        if decade is not None:
            return decade_range(int(decade))
        y = int(year)
        if day is not None:
            single = dt.date(y, int(month), int(day))
            return single, single
        if month is not None:
            return month_range(y, int(month))
        if week is not None:
            return week_range(dt.date.fromisocalendar(y, int(week), 1))
        if quarter is not None:
            return quarter_range(y, int(quarter))
        if half is not None:
            return half_range(y, int(half))
        return year_range(y)
    except ValueError:
        return None
