"""Rules for expressions that carry their own calendar position: dates, months, years, quarters."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.temporal import _calendar as cal
from eventwire.temporal import _periods as per
from eventwire.temporal._calendar import quarter_of, resolve_month, resolve_month_day, two_digit_year
from eventwire.temporal._context import Context
from eventwire.temporal._lexicon import (
    MODIFIER,
    MODIFIERS,
    MONTH_ANY,
    MONTH_FULL,
    MONTHS,
    ORDINALS,
    SEASON,
    SEASONS,
    WEEKDAY,
    YEAR4,
)
from eventwire.temporal._periods import Hit, Period

_F = re.IGNORECASE
_MOD = rf"(?:\b(?P<mod>{MODIFIER})[-\s]+)?"

ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
MONTH_DAY = re.compile(
    rf"\b(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH_ANY})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.,]?\d)"
    rf"(?:,?\s+(?P<y>\d{{4}})\b)?",
    _F,
)
DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_ANY})(?:,?\s+(?P<y>\d{{4}})\b)?", _F
)
MONTH_YEAR = re.compile(rf"{_MOD}\b(?P<mon>{MONTH_ANY})(?:\s+of)?,?\s+(?P<y>\d{{4}})\b(?![-/:]\d)", _F)
MONTH_ALONE = re.compile(
    rf"(?:\b(?P<mod>{MODIFIER})[-\s]+|\b(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
    rf"\b(?P<mon>{MONTH_FULL})(?!\s+\d)",
    _F,
)
YEAR = re.compile(
    rf"{_MOD}(?<![\d$€£.,/])(?<!\d-)\b(?P<y>{YEAR4})\b(?![-/]\d|,\d|\.\d|\s*(?:%|percent|per\s+cent))", _F
)
# A range of years ("1939-1945", "from 1990-95"): each end is a year, as "between 1990 and 1995" gives two; two years
# in a row ("in 1990-91", "the 1998-99 season", "in 2001-02") are one fiscal year or season, named by the first.
YEAR_RANGE_START = re.compile(rf"(?<![\d$€£.,/-])\b(?P<y>{YEAR4})(?=[-–](?P<to>\d\d|{YEAR4})\b(?![-/.,:]\d))", _F)
YEAR_RANGE_END = re.compile(rf"(?<=\b{YEAR4}[-–])(?P<to>\d\d|{YEAR4})\b(?![-/.,:]\d)", _F)
_LONGEST_YEAR_RANGE = 30
_FISCAL_LEAD = re.compile(r"\bfiscal(?:\s+year)?\s+$", _F)
# Years outside the news era ("in 2150", "the year 3000") only where the words make them years.
FAR_YEAR = re.compile(r"(?<![\d$€£.,/-])\b(?P<y>0\d\d\d|2[1-9]\d\d|[3-9]\d\d\d)\b(?![-/.,:]\d)")
_FAR_YEAR_LEAD = re.compile(r"(?P<the>\bthe\s+year\s+)$|\b(?:in|by|until|till|before|after|since|from)\s+$", _F)
_FAR_YEAR_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:and|or|when|but|AD|CE)\b", _F)
FISCAL = re.compile(rf"\bfiscal(?:\s+year)?\s+(?P<y>{YEAR4})\b", _F)
# TimeML keeps the article of a decade inside: "the 1990s", "the early 1980s".
DECADE = re.compile(rf"(?:\bthe\s+)?{_MOD}(?:\b(?P<c>1\d|20)(?P<dd>\d)0'?s\b|(?<!\w)'(?P<sd>\d)0s\b)", _F)
TWO_DIGIT_YEAR = re.compile(rf"(?:\b(?P<mon>{MONTH_ANY})\s+|\b(?:in|since|of)\s+)'(?P<yy>\d{{2}})\b(?!')", _F)
_FISCAL_WORD = r"(?:fiscal(?:[-\s]+year)?[-\s]+)"
ORDINAL_PART = re.compile(
    # "the 1988 third quarter", "fiscal 2021 first half", "next year's first quarter" ...
    rf"\b(?P<the>the\s+)?(?:(?P<fy0>{_FISCAL_WORD})?(?P<y0>{YEAR4})\s+|(?P<rel0>last|this|next)\s+year['’]s\s+)?"
    rf"(?P<fy>{_FISCAL_WORD})?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\s]+(?P<unit>quarter|half)"
    # ... "the first quarter of fiscal 2022", "the third quarter of last year", "the second half, 2021"
    rf"(?:\s+of\s+(?:{_FISCAL_WORD})?(?P<y>{YEAR4})|,?\s+(?P<y2>{YEAR4})|\s+of\s+(?P<rel>last|this|next)\s+year)?\b",
    _F,
)
Q_CODE = re.compile(rf"\b(?:Q(?P<q>[1-4])(?:\s+|/)?(?P<y>{YEAR4})?|(?P<y2>{YEAR4})\s*Q(?P<q2>[1-4]))\b")
# "Aug. 7 last year", "7 August this year"
DAY_REL_YEAR = re.compile(
    rf"\b(?:(?P<mon>{MONTH_ANY})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<mon2>{MONTH_ANY})),?\s+(?P<rel>last|this|next)\s+year\b",
    _F,
)
# "June last year", "by the end of June this year" (Xinhua's form): one month, the modifier inside.
MONTH_REL_YEAR = re.compile(rf"{_MOD}\b(?P<mon>{MONTH_FULL})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", _F)
YEAR_PERIOD = re.compile(rf"\bthe\s+(?P<y>{YEAR4})\s+(?:quarter|period)\b", _F)
H_CODE = re.compile(rf"\b(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s+|/)?(?P<y>{YEAR4})\b")
FY_CODE = re.compile(rf"\bFY\s?(?:(?P<y>{YEAR4})|(?P<yy>\d\d))\b")
# "the first week of March", "the last week of December 2021": the month, its start or end as the modifier (an ISO
# week would claim more than the text says).
WEEK_OF_MONTH = re.compile(
    rf"\bthe\s+(?P<ord>first|second|third|fourth|last|final|closing|opening)\s+(?:week|days)\s+of\s+"
    rf"(?P<mon>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR4})\b)?",
    _F,
)
SEASON_YEAR = re.compile(rf"(?:\bthe\s+)?{_MOD}\b(?P<s>{SEASON})(?:\s+of)?,?\s+(?P<y>{YEAR4})\b", _F)
CENTURY = re.compile(rf"(?:\bthe\s+)?{_MOD}\b(?P<n>\d{{1,2}})(?:st|nd|rd|th)[-\s]century\b", _F)
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip
DECADE_WORD = re.compile(rf"\bthe\s+{_MOD}(?P<c>nineteen[-\s]?)?(?P<w>{'|'.join(_DECADE_WORDS)})\b", _F)

_UNITS_WORD = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORD = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand".
SPELLED_YEAR = re.compile(
    rf"(?:\b(?P<mon>{MONTH_FULL})\s+|\b(?P<the>the\s+year)\s+)?\b(?:"
    rf"(?P<c>nineteen|twenty)[-\s](?:(?P<tens>{_TENS_WORD})(?:[-\s](?P<u>{_UNITS_WORD}))?\b|(?P<teen>{_TEENS_WORD})\b|"
    rf"(?:oh|o)[-\s](?P<ou>{_UNITS_WORD})\b)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?P<tu>{_UNITS_WORD}|{_TEENS_WORD})\b)?\b)",
    _F,
)
_WORD_VALUES = {w: i + 1 for i, w in enumerate(_UNITS_WORD.split("|"))}
_WORD_VALUES |= {w: i + 10 for i, w in enumerate(_TEENS_WORD.split("|"))}
_WORD_VALUES |= {w: 10 * (i + 2) for i, w in enumerate(_TENS_WORD.split("|"))}

_FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "independence day": (7, 4),
    "halloween": (10, 31), "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "bastille day": (7, 14),
    # Orthodox churches keep the Julian December 25: January 7 in 1900-2099.
    "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7), "orthodox christmas eve": (1, 6),
}  # fmt: skip
# (month, weekday, nth; -1 = last) of US holidays that move with the calendar.
_FLOATING_HOLIDAYS = {"thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1),
                      "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
                      "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}  # fmt: skip
# Days counted from (Western) Easter Sunday.
_EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                    "holy thursday": -3, "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46}  # fmt: skip
# Days counted from Orthodox Easter Sunday (Julian computus).
_ORTHODOX_HOLIDAYS = {"orthodox easter": 0, "orthodox easter sunday": 0, "orthodox good friday": -2}
HOLIDAY = re.compile(
    r"\b(?:(?P<rel>last|next|this|this\s+past)\s+)?(?P<h>"
    + "|".join(
        re.escape(h).replace("'", "['’]")
        for h in sorted(
            [*_FIXED_HOLIDAYS, *_FLOATING_HOLIDAYS, *_EASTER_HOLIDAYS, *_ORTHODOX_HOLIDAYS], key=len, reverse=True
        )
    )
    + rf")(?:,?\s+(?P<y>{YEAR4}))?\b",
    _F,
)
# "the Good Friday agreement", "Easter Island", "the Easter Rising": a holiday's name inside another name.
_HOLIDAY_IN_NAME = re.compile(
    r"\s+(?:peace\s+)?(?:agreement|accord|pact|deal|talks|Island|Rising|Uprising|Offensive)\b", _F
)

# Bare "May" and "March" are usually a verb or a noun: require a preposition before them.
_MONTH_PREP = re.compile(r"\b(?:in|since|by|until|till|through|during|from|of|last|this|next|early|late)\s+$", _F)


def _mod(m: re.Match[str]) -> str | None:
    word = m.groupdict().get("mod")
    if not word:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", word.lower())) or None


def _confidence(year: int) -> float:
    # Years far from the news era are more likely typos or numbers than dates.
    return 0.9 if 1900 <= year <= 2100 else 0.3


def _hit(m: re.Match[str], p: Period, conf: float, anchor: str | None = None, start: int = -1) -> Hit:
    return Hit(
        start=m.start() if start < 0 else start,
        end=m.end(),
        type="DATE",
        value=p.value,
        granularity=p.granularity,
        confidence=conf,
        range=p.range,
        mod=_mod(m),
        anchor=anchor,
    )


def iso_date(m: re.Match[str], ctx: Context) -> Hit | None:
    d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _hit(m, per.day(d), _confidence(d.year), "explicit")


def numeric_date(m: re.Match[str], ctx: Context) -> Hit | None:
    year = int(m["y"])
    conf = _confidence(year)
    if len(m["y"]) == 2:
        year, conf = two_digit_year(year, ctx.pub), 0.4
    mon, dd, order = int(m["m"]), int(m["d"]), "US month/day order"  # the norm in English-language wire copy
    if mon > 12 >= dd:
        # "13/05/2022" cannot be US order: read it day first.
        mon, dd, order, conf = dd, mon, "day/month order", conf * 0.8
    if not 1 <= mon <= 12 or not 1 <= dd <= 31:
        return None  # "99/99/9999" is no date
    if not cal.day_exists(mon, dd, year):
        # "02/31/1985": the month is still worth saying, flagged.
        return _hit(m, per.month(year, mon), 0.2, f"unresolved: month {mon} has no day {dd}; month kept")
    return _hit(m, per.day(dt.date(year, mon, dd)), conf, f"explicit, {order}")


# "the Sept. 11 attacks", "the September 11th commission": the 2001 attacks, named by their day in later news.
_SEPT_11 = dt.date(2001, 9, 11)
_SEPT_11_NAME = re.compile(
    r"\s+(?:terror(?:ist)?\s+|suicide\s+)?(?:attacks?|hijack\w*|commission|plot|terror\w*|victims?|families)\b",
    re.IGNORECASE,
)


def month_day(m: re.Match[str], ctx: Context) -> Hit | None:
    mon, dd = MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
    if not 1 <= dd <= 31:
        return None  # "March 45" is no date
    if not cal.day_exists(mon, dd, int(m["y"]) if m["y"] else None):
        return _unresolved_day(m, ctx, mon, dd)
    if m["y"]:
        d = dt.date(int(m["y"]), mon, dd)
        return _hit(m, per.day(d), _confidence(d.year), "explicit")
    if ctx.pub is None:
        dt.date(2000, mon, dd)  # still reject impossible days such as February 30
        return _hit(m, Period(f"XXXX-{mon:02d}-{dd:02d}", "day", None), 0.5, "no publication date")
    if (mon, dd) == (9, 11) and ctx.pub > _SEPT_11 and _SEPT_11_NAME.match(ctx.text, m.end()):
        return _hit(m, per.day(_SEPT_11), 0.8, "the September 11, 2001 attacks")
    tense = _date_tense(ctx, m)
    if not any(cal.day_exists(mon, dd, ctx.pub.year + k) for k in (-1, 0, 1)):
        # "Feb. 29" with no leap year near publication: keep the month, flagged.
        return _unresolved_day(m, ctx, mon, dd)
    d = resolve_month_day(ctx.pub, mon, dd, tense)
    return _hit(m, per.day(d), 0.8, f"publication year ({tense} tense)")


# Deadline words look ahead whatever the verb's tense: "payable Dec. 15", "extended to Nov. 20".
_DEADLINE_LEAD = re.compile(
    r"\b(?:by|until|till|through|to|payable|record|effective|expires?|due|starting|beginning|deadline\s+(?:is|of))\s+(?:on\s+)?$",
    _F,
)


# "The election is in November", "the vote is on March 3": the copula is the governing verb, in the present.
_COPULA_LEAD = re.compile(r"\b(?:is|are)\s+(?:in|on)?\s*$", _F)


def _date_tense(ctx: Context, m: re.Match[str]) -> str:
    """The clause's tense for a yearless date, 'deadline' after a deadline word."""
    if _DEADLINE_LEAD.search(ctx.text, max(0, m.start() - 16), m.start()):
        return "deadline"
    if _COPULA_LEAD.search(ctx.text, max(0, m.start() - 8), m.start()):
        return "future"
    return ctx.tense(m.start(), m.end(), intent=True)


def _unresolved_day(m: re.Match[str], ctx: Context, mon: int, dd: int) -> Hit:
    """ "February 30": no such day; keep the month at month granularity and say so."""
    reason = f"unresolved: {m['mon']} has no day {dd} in the year meant; month kept"
    if m["y"]:
        return _hit(m, per.month(int(m["y"]), mon), 0.2, reason)
    if ctx.pub is None:
        return _hit(m, Period(f"XXXX-{mon:02d}", "month", None), 0.2, reason)
    return _hit(m, per.month(resolve_month(ctx.pub, mon, _date_tense(ctx, m)), mon), 0.2, reason)


def month_year(m: re.Match[str], ctx: Context) -> Hit | None:
    year = int(m["y"])
    return _hit(m, per.month(year, MONTHS[m["mon"].lower().rstrip(".")]), _confidence(year), "explicit")


# A month inside a name: "Black September", "the October Revolution", "the June War".
_NAME_BEFORE_MONTH = re.compile(r"\bBlack\s+$")
_NAME_AFTER_MONTH = re.compile(r"\s+(?:Revolution|Movement|War|Uprising|Manifesto|Group)\b")


def month_alone(m: re.Match[str], ctx: Context) -> Hit | None:
    name = m["mon"].lower()
    if _NAME_BEFORE_MONTH.search(ctx.text, max(0, m.start() - 8), m.start()) or _NAME_AFTER_MONTH.match(
        ctx.text, m.end()
    ):
        return None
    lead = ctx.text[max(0, m.start() - 12) : m.start()]
    if name in ("may", "march") and not (m["mod"] or m["rel"]) and not _MONTH_PREP.search(lead):
        return None
    mon = MONTHS[name]
    if ctx.pub is None:
        return _hit(m, Period(f"XXXX-{mon:02d}", "month", None), 0.5, "no publication date")
    rel = (m["rel"] or "").lower().split()
    if rel and rel[0] == "last":
        # "last November" is the latest November strictly before the publication month.
        year = ctx.pub.year if mon < ctx.pub.month else ctx.pub.year - 1
        return _hit(m, per.month(year, mon), 0.8, "month rule: 'last' month")
    if rel == ["this"]:
        return _hit(m, per.month(ctx.pub.year, mon), 0.8, "month rule: publication year")
    tense = "future" if rel and rel[-1] in ("next", "coming") else _date_tense(ctx, m)
    year = resolve_month(ctx.pub, mon, tense)
    return _hit(m, per.month(year, mon), 0.8, f"month rule ({tense} tense)")


_THE_YEAR_BEFORE = re.compile(r"\bthe\s+year\s+$", _F)


# A four-digit count, where numbers go without a thousands comma: "our 1000 employees", "rs 1500 crore", "per 1000
# boys", "an estimated 2000-strong mob", "800 to 1000 words". A year may precede a noun ("the 1992 riots"), but not a
# count of people or things, nor a unit of money.
_COUNT_LEAD = re.compile(r"(?:\b(?:per|rs\.?|inr)\s+|\b\d{1,3}\s*(?:to|-)\s*)$", _F)
_COUNTED = re.compile(
    r"-(?:strong|odd|plus|member|page)\b|\s+(?:crores?|lakhs?|rupees|people|persons|men|women|boys|girls|children|"
    r"employees|workers|policemen|troops|soldiers|students|families|houses|homes|shops|vehicles|words|votes|voters|"
    r"villages|tonnes|acres|hectares|km|kilometres|kilometers|metres|meters|feet|miles|pages|members)\b",
    _F,
)


def _a_count(ctx: Context, m: re.Match[str]) -> bool:
    start, end = m.start("y"), m.end("y")
    return bool(_COUNT_LEAD.search(ctx.text, max(0, start - 8), start) or _COUNTED.match(ctx.text, end))


def year(m: re.Match[str], ctx: Context) -> Hit | None:
    if _a_count(ctx, m):
        return None
    y = int(m["y"])
    conf = _confidence(y) if m["mod"] or _near_time_word(ctx.text, m.start()) else _confidence(y) - 0.1
    # TimeML keeps "the year" of "by the year 2000" inside the span.
    lead = None if m["mod"] else _THE_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    return _hit(m, per.year(y), conf, "explicit", lead.start() if lead else -1)


_TIME_PREP = re.compile(r"\b(?:in|since|of|by|until|from|during|before|after|through|early|late)\s+$", _F)


def _near_time_word(text: str, start: int) -> bool:
    return bool(_TIME_PREP.search(text[max(0, start - 12) : start]))


def _range_end_year(first: int, to: str) -> int | None:
    """The year a range from ``first`` ends in ("1990-91" 1991, "1999-00" 2000), None when no range of years."""
    last = int(to) if len(to) == 4 else (first // 100) * 100 + int(to)
    if len(to) == 2 and last <= first:
        last += 100
    return last if 0 < last - first <= _LONGEST_YEAR_RANGE else None


def _range_is_count(ctx: Context, start: int, end: int) -> bool:
    """ "1000-1500 people", "rs 1200-1500": numbers of things, no years."""
    return bool(_COUNT_LEAD.search(ctx.text, max(0, start - 8), start) or _COUNTED.match(ctx.text, end))


def year_range_start(m: re.Match[str], ctx: Context) -> Hit | None:
    first = int(m["y"])
    last, end = _range_end_year(first, m["to"]), m.end() + 1 + len(m["to"])
    if last is None or _range_is_count(ctx, m.start(), end):
        return None
    if last == first + 1:
        # "2001-02", "the 1998-99 season": one fiscal year or season, named by its first year like "fiscal 2000"
        hit = _hit(m, per.year(first), 0.7, "explicit: a year running into the next (fiscal year or season)")
        hit.end = end
        return hit
    return _hit(m, per.year(first), 0.7, "explicit: the first year of a range")


def year_range_end(m: re.Match[str], ctx: Context) -> Hit | None:
    first_start = m.start() - 5
    first = int(ctx.text[first_start : first_start + 4])
    last = _range_end_year(first, m["to"])
    if last is None or last == first + 1 or _range_is_count(ctx, first_start, m.end()):
        return None
    if _FISCAL_LEAD.search(ctx.text, max(0, first_start - 16), first_start):
        return None  # "fiscal 2000-01" names one fiscal year
    return _hit(m, per.year(last), 0.7, "explicit: the last year of a range")


def far_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "in 2150", "the year 3000": kept as a year, flagged and with low confidence."""
    lead = _FAR_YEAR_LEAD.search(ctx.text, max(0, m.start() - 16), m.start())
    if lead is None:
        return None
    # "in 2500 homes" is a count and "in 0800" a clock time; "the year 0800" is a year.
    if not lead["the"] and (m["y"][0] == "0" or not _FAR_YEAR_END.match(ctx.text, m.end())):
        return None
    start = lead.start() if lead["the"] else m.start()
    return _hit(m, per.year(int(m["y"])), 0.3, "explicit year far from the news era (low confidence)", start)


def fiscal(m: re.Match[str], ctx: Context) -> Hit | None:
    y = int(m["y"])
    # TimeBank gives fiscal years the plain year value; the anchor keeps the distinction.
    return _hit(m, per.year(y), 0.8, "explicit: fiscal year (calendar range approximate)")


def decade(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["sd"] is not None:
        d = two_digit_year(int(m["sd"]) * 10, ctx.pub) // 10
        return _hit(m, per.decade(d), 0.7, "two-digit decade")
    d = int(m["c"]) * 10 + int(m["dd"])
    return _hit(m, per.decade(d), _confidence(d * 10), "explicit")


def century(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the 20th century" is TimeML 19 (the centuries' first two digits)."""
    number = int(m["n"])
    if not 1 <= number <= 30:
        return None
    return _hit(m, Period(f"{number - 1:02d}", "none", None), 0.7, "century")


def decade_word(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the nineties": the most recent such decade not after publication (1990s for 20th-century news)."""
    digit = _DECADE_WORDS[m["w"].lower()]
    ref = ctx.pub.year if ctx.pub else 2000
    d = (ref // 100) * 10 + digit
    if m["c"] or d * 10 > ref:
        d = 190 + digit if m["c"] else d - 10
    return _hit(m, per.decade(d), 0.6, "decade named in words")


def two_digit_year_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    y = two_digit_year(int(m["yy"]), ctx.pub)
    start = m.start("mon") if m["mon"] else m.start("yy") - 1
    p = per.month(y, MONTHS[m["mon"].lower().rstrip(".")]) if m["mon"] else per.year(y)
    return _hit(m, p, 0.5, "two-digit year", start=start)


_PART_OF_ANOTHER = re.compile(
    rf"\s+of\s+(?:{MONTH_ANY}|the\s+(?:month|decade|century|millennium|day|week)\b|the\s+'?\d0s\b)", re.IGNORECASE
)


def ordinal_part(m: re.Match[str], ctx: Context) -> Hit | None:
    number = ORDINALS[m["ord"].lower()]
    unit = m["unit"].lower()
    y_text = m["y"] or m["y2"] or m["y0"]
    if unit == "half" and m["ord"].lower() in ("last", "final"):
        number = 2  # "the last half of 1989" is its second half
    if unit == "half" and number > 2:
        return None
    fiscal = " (fiscal year label)" if m["fy"] or m["fy0"] or "fiscal" in m.group().lower() else ""
    if y_text:
        y = int(y_text)
        p = per.quarter(y, number) if unit == "quarter" else per.half(y, number)
        return _hit(m, p, _confidence(y), "explicit" + fiscal)
    relative = (m["rel"] or m["rel0"] or "").lower()
    if relative and ctx.pub is not None:
        y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[relative]
        p = per.quarter(y, number) if unit == "quarter" else per.half(y, number)
        return _hit(m, p, 0.8, f"{relative} year{fiscal}")
    if _PART_OF_ANOTHER.match(ctx.text, m.end()):
        return None  # "the second half of July", "the first quarter of the century": no quarter or half of a year
    adjectival = m["the"] and m.group()[m.end("ord") - m.start()] == "-"
    # "the fiscal second-quarter results": the article stays out, "fiscal" in
    start = (m.start("fy") if m["fy"] else m.start("ord")) if adjectival else m.start()
    if m["ord"].lower() in ("last", "final"):
        return None  # "the last quarter" is relative: left to the relative rules
    if ctx.pub is None:
        letter = "Q" if unit == "quarter" else "H"
        return _hit(m, Period(f"XXXX-{letter}{number}", unit, None), 0.5, "no publication date", start)  # type: ignore[arg-type]
    current = quarter_of(ctx.pub) if unit == "quarter" else (ctx.pub.month - 1) // 6 + 1
    # "said fourth-quarter profit would fall": a report is days old at most, so a later quarter is still ahead.
    future = ctx.tense(m.start(), m.end()) in ("future", "reported")
    # A quarter later than the current one is last year's, unless the clause looks ahead.
    y = ctx.pub.year if number <= current or future else ctx.pub.year - 1
    p = per.quarter(y, number) if unit == "quarter" else per.half(y, number)
    # "the third-quarter results": TimeML leaves the article outside the adjective.
    return _hit(m, p, 0.7, "publication year", start=start)


def q_code(m: re.Match[str], ctx: Context) -> Hit | None:
    q = int(m["q"] or m["q2"])
    y_text = m["y"] or m["y2"]
    if y_text:
        return _hit(m, per.quarter(int(y_text), q), _confidence(int(y_text)), "explicit")
    if ctx.pub is None:
        return _hit(m, Period(f"XXXX-Q{q}", "quarter", None), 0.4, "no publication date")
    y = ctx.pub.year if q <= quarter_of(ctx.pub) else ctx.pub.year - 1
    return _hit(m, per.quarter(y, q), 0.6, "publication year")


_MONTHS_PERIOD = re.compile(r"\b(?:six|nine|\d+)\s+months\b", _F)


def month_rel_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "June last year", "January this year"."""
    mon = MONTHS[m["mon"].lower()]
    if ctx.pub is None:
        return _hit(m, Period(f"XXXX-{mon:02d}", "month", None), 0.4, "no publication date")
    y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return _hit(m, per.month(y, mon), 0.8, f"{m['rel'].lower()} year")


def day_rel_year(m: re.Match[str], ctx: Context) -> Hit | None:
    mon, dd = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")], int(m["d"] or m["d2"])
    rel = m["rel"].lower()
    if ctx.pub is None:
        return _hit(m, Period(f"XXXX-{mon:02d}-{dd:02d}", "day", None), 0.4, "no publication date")
    y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[rel]
    if not cal.day_exists(mon, dd, y):
        return _hit(m, per.month(y, mon), 0.2, f"unresolved: no day {dd} in that month; month kept")
    return _hit(m, per.day(dt.date(y, mon, dd)), 0.8, f"{rel} year")


def year_period(m: re.Match[str], ctx: Context) -> Hit | None:
    """Results copy: "the 1988 period" is that year's quarter matching the latest reported one."""
    y = int(m["y"])
    sentence = ctx.text[slice(*ctx.sentence_span(m.start()))]
    if ctx.pub is None or not ctx.talks_of_quarters(m.start(), m.end()) or _MONTHS_PERIOD.search(sentence):
        return _hit(m, per.year(y), 0.5, "explicit")
    latest = quarter_of(ctx.pub) - 1 or 4
    hit = _hit(m, per.quarter(y, latest), 0.5, "results: the latest reported quarter of that year")
    hit.refer = (per.QUARTER_OF_YEAR, y)  # that year's quarter of the one reported (see the finder)
    return hit


def h_code(m: re.Match[str], ctx: Context) -> Hit | None:
    y = int(m["y"])
    return _hit(m, per.half(y, int(m["h"] or m["h2"])), _confidence(y), "explicit")


def fy_code(m: re.Match[str], ctx: Context) -> Hit | None:
    y = int(m["y"]) if m["y"] else two_digit_year(int(m["yy"]), ctx.pub)
    return _hit(m, per.year(y), 0.7, "explicit: fiscal year (calendar range approximate)")


def week_of_month(m: re.Match[str], ctx: Context) -> Hit | None:
    mon = MONTHS[m["mon"].lower()]
    order = m["ord"].lower()
    mod = "START" if order in ("first", "opening") else "END" if order in ("last", "final", "closing") else None
    if m["y"]:
        hit = _hit(m, per.month(int(m["y"]), mon), _confidence(int(m["y"])), "explicit: a week of the month")
    elif ctx.pub is None:
        hit = _hit(m, Period(f"XXXX-{mon:02d}", "month", None), 0.4, "no publication date")
    else:
        tense = _date_tense(ctx, m)
        hit = _hit(m, per.month(resolve_month(ctx.pub, mon, tense), mon), 0.7, f"a week of the month ({tense} tense)")
    hit.mod = mod
    return hit


def season_year(m: re.Match[str], ctx: Context) -> Hit | None:
    y = int(m["y"])
    return _hit(m, per.season(y, SEASONS[m["s"].lower()]), _confidence(y), "explicit")


def spelled_year(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["c"] is None:
        y = 2000 + _WORD_VALUES.get((m["tu"] or "").lower(), 0)
    else:
        century = 1900 if m["c"].lower() == "nineteen" else 2000
        low = m["tens"] or m["teen"] or m["ou"]
        y = century + _WORD_VALUES[low.lower()] + _WORD_VALUES.get((m["u"] or "").lower(), 0)
    if m["c"] is not None and not (m["mon"] or m["the"] or m["u"] or _near_time_word(ctx.text, m.start())):
        return None  # "nineteen twenty" alone may be a count; "nineteen ninety-six" is a year
    if m["mon"]:
        return _hit(m, per.month(y, MONTHS[m["mon"].lower()]), 0.7, "spelled-out year")
    return _hit(m, per.year(y), 0.7, "spelled-out year")


def _holiday_date(name: str, year: int) -> dt.date:
    if name in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[name])
    if name in _EASTER_HOLIDAYS:
        return cal.easter(year) + dt.timedelta(days=_EASTER_HOLIDAYS[name])
    if name in _ORTHODOX_HOLIDAYS:
        return cal.orthodox_easter(year) + dt.timedelta(days=_ORTHODOX_HOLIDAYS[name])
    mon, weekday, nth = _FLOATING_HOLIDAYS[name]
    if nth > 0:
        first = dt.date(year, mon, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = cal.month_end(year, mon)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    name = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    if _HOLIDAY_IN_NAME.match(ctx.text, m.end()):
        return None
    if m["y"]:
        return _hit(m, per.day(_holiday_date(name, int(m["y"]))), 0.8, f"holiday: {name}")
    if ctx.pub is None:
        return None
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    tense = {"last": "past", "this past": "past", "next": "future"}.get(rel) or ctx.tense(m.start(), m.end())
    options = [_holiday_date(name, ctx.pub.year + k) for k in (-1, 0, 1)]
    if tense == "past":
        chosen = [d for d in options if d <= ctx.pub][-1]
    elif tense == "future":
        chosen = next(d for d in options if d >= ctx.pub)
    else:
        chosen = min(options, key=lambda d: abs((d - ctx.pub).days) if ctx.pub else 0)
    return _hit(m, per.day(chosen), 0.6, f"holiday: {name} ({tense} tense)")


RULES = (
    (ISO_DATE, iso_date),
    (NUMERIC_DATE, numeric_date),
    (MONTH_DAY, month_day),
    (DAY_MONTH, month_day),
    (MONTH_YEAR, month_year),
    (MONTH_ALONE, month_alone),
    (YEAR, year),
    (YEAR_RANGE_START, year_range_start),
    (YEAR_RANGE_END, year_range_end),
    (FISCAL, fiscal),
    (DECADE, decade),
    (TWO_DIGIT_YEAR, two_digit_year_rule),
    (ORDINAL_PART, ordinal_part),
    (Q_CODE, q_code),
    (H_CODE, h_code),
    (YEAR_PERIOD, year_period),
    (MONTH_REL_YEAR, month_rel_year),
    (DAY_REL_YEAR, day_rel_year),
    (FY_CODE, fy_code),
    (SEASON_YEAR, season_year),
    (WEEK_OF_MONTH, week_of_month),
    (HOLIDAY, holiday),
    (SPELLED_YEAR, spelled_year),
    (DECADE_WORD, decade_word),
    (CENTURY, century),
    (FAR_YEAR, far_year),
)
