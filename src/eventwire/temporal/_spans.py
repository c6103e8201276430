"""Rules for durations, offsets ("two days ago"), recurring sets and clock times."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.temporal import _periods as per
from eventwire.temporal._context import Context
from eventwire.temporal._lexicon import (
    APPROX,
    APPROX_WORD,
    MONTH_FULL,
    MONTHS,
    NUM,
    SET_ADVERBS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    number_value,
)
from eventwire.temporal._periods import Hit

_F = re.IGNORECASE

OFFSET = re.compile(
    rf"\b(?:(?P<approx>{APPROX_WORD})\s+)?(?P<num>{NUM})[-\s]+(?P<unit>{UNIT})s?\s+(?P<orso>or\s+so\s+)?"
    r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|back)\b",
    _F,
)
# "20 more years", "an additional year", "three straight days", "eight trading days": the length is the same.
_EXTRA = r"(?:(?:more|additional|further|extra|straight|consecutive|full|trading|business|working)\s+)?"
# "at least the past 18 months", "two to three weeks" (valued by the lower count), "the next two years or so"
DURATION = re.compile(
    rf"\b(?:(?P<approx>{APPROX_WORD})\s+)?(?P<pre>the\s+(?:(?:past|last|next|previous|coming|first|latest|final|"
    r"following|ensuing|same|initial|remaining)\s+)?)?"
    rf"(?P<num>{NUM})(?:\s+(?:to|or)\s+(?P<num2>{NUM}))?[-\s]+{_EXTRA}(?P<unit>{UNIT})s?"
    r"(?:[-\s]long)?\b(?![-\s]old\b)(?P<orso>\s+or\s+so\b)?"
    # "a three-year period", "its one-year term": the noun of a length is part of it
    r"(?P<noun>\s+(?:period|term|span|stretch|spell|window|interval)\b)?",
    _F,
)
_IN_BEFORE = re.compile(r"\bin\s$", _F)
# Units in which "in N ..." with a future verb counts ahead to a date ("in five years"); shorter ones stay lengths.
_AHEAD_UNITS = frozenset(["day", "week", "month", "year"])
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", _F)
_PLURAL_UNITS = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
# A length without a number: "recent weeks", "for years", "within hours", "over the years", "the weeks ahead",
# "hours later", "months ago". Which words around the plural make it one is checked by the handler.
VAGUE_PLURAL = re.compile(
    r"\b(?:(?P<pre>recent|past|coming|next|last|the\s+past|the\s+coming|the\s+last)\s+|(?P<the>the\s+))?"
    rf"(?P<unit>{_PLURAL_UNITS})\b(?P<tail>\s+(?:ago|ahead|later|earlier|after)\b(?!\s+of\b))?",
    _F,
)
_PLURAL_LEAD = re.compile(r"\b(?P<w>for|within|over)\s+$", _F)
SET_EVERY = re.compile(
    rf"\b(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY})s?\b", _F
)
# "two and a half years", "2 1/2 years", "an hour and a half": TimeML writes the half in the next unit.
HALF_DURATION = re.compile(
    rf"\b(?:(?P<approx>{APPROX_WORD})\s+)?(?:(?P<num>{NUM})(?:\s+and\s+a\s+half|\s+1/2|½)[-\s]+(?P<unit>{UNIT})s?"
    rf"|(?P<num2>{NUM})[-\s]+(?P<unit2>{UNIT})s?\s+and\s+a\s+half)\b",
    _F,
)
# "two thousand years": TimeML counts millennia ("L").
MILLENNIA = re.compile(rf"\b(?:(?P<approx>{APPROX_WORD})\s+)?(?P<num>{NUM})\s+thousand\s+years\b", _F)
QUARTER_CENTURY = re.compile(
    rf"\b(?:(?P<approx>{APPROX_WORD})\s+)?(?:a|one)\s+quarter(?:[-\s]|\s+of\s+a\s+)century\b(?P<ago>\s+ago\b)?", _F
)
# "a year-long war", "decades-long": an adjectival length without a number (with one, DURATION takes it).
LONG_ADJECTIVE = re.compile(r"(?<![\w-])(?P<unit>hour|day|week|month|year|decade)(?P<pl>s)?-long\b", _F)
SET_MONTH = re.compile(rf"\b(?:every|each)\s+(?P<mon>{MONTH_FULL})", _F)
SET_ADVERB = re.compile(r"\b(?P<w>" + "|".join(SET_ADVERBS) + r")\b", _F)
SET_FREQ = re.compile(
    rf"\b(?P<freq>once|twice|thrice|{NUM}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT})\b", _F
)
CLOCK = re.compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m\b|[ap]m\b)"
    r"(?:\s+(?P<tz>EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|local\s+time)\b)?",
    _F,
)
CLOCK24 = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?![:.]\d)(?!\s*[ap]\.?m)"
    r"(?:\s*(?P<tz>GMT|UTC|local\s+time|hrs|hours|h)\b)?",
    _F,
)
# Wire copy gives world time as four digits: "4 p.m. (2100 GMT)"; "1530 GMT" is no year 1530.
CLOCK_ZONE = re.compile(r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>GMT|UTC)\b")
NOON = re.compile(r"\b(?P<w>noon|midday|midnight)\b", _F)
# "at 4 in the morning", "eight o'clock in the evening", "at nine o'clock"
CLOCK_WORDS = re.compile(
    r"\b(?P<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:(?P<oc>\s+o'clock)(?:\s+in\s+the\s+(?P<p1>morning|afternoon|evening|night))?"
    r"|\s+in\s+the\s+(?P<p2>morning|afternoon|evening|night))\b",
    _F,
)


_RATE_LEAD = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|percent|cents?|dollars|yen|pounds|euros)|[a-z]{3,}s)\s+$", _F
)
# "$2 million a year", "700 seats a week", "15 million instructions per second", "rise 8.5% annually": the unit
# is the denominator of a quantity, a unit of measure rather than a time (neither TimeBank nor AQUAINT marks it).
_QUANTITY_LEAD = re.compile(
    r"(?:\d%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|"
    r"billion|trillion|percent|cents?|dollars|yen|pounds|euros))"
    # ... then at most two nouns ("700 seats", "$2 million in costs" is not one): "from 1990 for a year" is a length
    r"(?:\s+(?!(?:for|in|within|after|over|about|nearly|almost|than|of|by|until|from|to|and|or|but|the|an?|at|on|"
    r"since|during|ago|later|earlier|was|were|is|are|had|has|have)\b)[a-z][\w-]*){0,2}\s+$",
    _F,
)


_FRACTION_OF = re.compile(r"[-\s]+of[-\s]+(?:the|all|its|their|his|her|a|an|this|that|these|those)[-\s]+(?!year\b)", _F)
# "Islam will one day be ...", "hopes one day to run": an indefinite future (TIMEX3 FUTURE_REF), no length.
_ONE_DAY_AHEAD = re.compile(
    r"\b(?:will|would|could|might|may|can|should|shall|hopes?|hoped|hoping)(?:\s+(?:not|he|she|they|we|it|I|you))?\s+$",
    _F,
)
# Units an "earlier"/"later" offset counts from the date last mentioned in (shorter: event-relative lengths).
_NARRATIVE_UNITS = frozenset(["month", "quarter", "year"])
_COMPARISON = re.compile(r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.|against)\b(?:[^.;]|\.(?=\d))*$", _F)
_SHORT_UNITS = frozenset(["second", "minute", "hour", "day", "night", "week", "fortnight"])


def _unit_key(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


# ISO 8601 has no decade or century unit: TimeBank and AQUAINT write them in years ("two decades" P20Y, "decades-long"
# PXY); only a vague number of centuries keeps TIMEX2's "CE".
_YEARS_IN = {"decade": 10, "century": 100, "centurie": 100}


def duration_value(n: int | None, unit: str) -> str:
    if unit in _YEARS_IN and (n is not None or unit == "decade"):
        return f"P{'X' if n is None else n * _YEARS_IN[unit]}Y"
    letter, is_time = UNITS[unit]
    count = "X" if n is None else str(n * 2 if unit == "fortnight" else n)
    if unit == "night":
        letter = "D"
    return f"P{'T' if is_time else ''}{count}{letter}"


def _approx_mod(m: re.Match[str]) -> str | None:
    word = m.groupdict().get("approx")
    if word:
        return APPROX.get(re.sub(r"\s+", " ", word.lower()))
    num = m.groupdict().get("num")
    return "APPROX" if m.groupdict().get("orso") or (num and "couple" in num.lower()) else None


# "half a century" is 50 years, "half an hour" 30 minutes: the half counted in the next smaller unit.
_HALF_UNIT = {"century": ("year", 50), "decade": ("year", 5), "year": ("month", 6), "month": ("day", 15),
              "day": ("hour", 12), "hour": ("minute", 30), "minute": ("second", 30)}  # fmt: skip


def _count(m: re.Match[str]) -> tuple[str, int | None]:
    """The unit and the count of a length, "half a <unit>" rewritten in the next smaller unit."""
    unit = _unit_key(m["unit"])
    if re.fullmatch(r"half\s+an?", m["num"], _F):
        return _HALF_UNIT.get(unit, (unit, 0))
    return unit, number_value(m["num"])


def offset(m: re.Match[str], ctx: Context) -> Hit | None:
    unit, n = _count(m)
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    if unit == "weekend" or (n is not None and n > 1000):
        return None
    value = duration_value(n, unit)
    if direction in ("before", "after") or (direction in ("earlier", "later") and unit in _SHORT_UNITS):
        # "three days later" counts from the event just told, like "a day after"; TimeML leaves the signal out.
        # The anchor is an event named after the signal word; the event stage resolves it.
        end = m.start() + len(m.group()[: m.start("dir") - m.start()].rstrip())
        anchor = f"relative to an event: {value} {direction}"
        return Hit(m.start(), end, "DURATION", value, "none", 0.7, None, _approx_mod(m), anchor)
    if direction in ("earlier", "later", "previously"):
        anchor = f"relative to an event: {value} {direction} (value assumes the publication date)"
        sign = 1 if direction == "later" else -1
        hit = _dated_offset(m, ctx, unit, n, sign, 0.4, anchor)
        comparison = _COMPARISON.search(ctx.text, max(0, m.start() - 80), m.start())
        own_unit = hit.granularity == unit or ctx.pub is None  # not the quarter of a results comparison
        if n is not None and unit in _NARRATIVE_UNITS and own_unit and not comparison:
            # "He joined in 1995. Two years later he quit": counted from the date last mentioned (see the finder);
            # "up from $4 a year earlier" compares with the period reported, which the publication date gives.
            hit.refer = (unit, sign * n)
        return hit
    sign = 1 if direction in ("from now", "hence") else -1
    return _dated_offset(m, ctx, unit, n, sign, 0.8, "publication date")


def _dated_offset(m: re.Match[str], ctx: Context, unit: str, n: int | None, sign: int, conf: float, anchor: str) -> Hit:
    hit = _offset_hit(m, ctx, unit, n, sign, conf, anchor)
    hit.offset = True
    return hit


def _offset_hit(m: re.Match[str], ctx: Context, unit: str, n: int | None, sign: int, conf: float, anchor: str) -> Hit:
    ref = "FUTURE_REF" if sign > 0 else "PAST_REF"
    if n is None:
        return Hit(m.start(), m.end(), "DATE", ref, "none", conf * 0.8, None, None, anchor)
    if ctx.pub is None:
        return Hit(m.start(), m.end(), "DATE", "XXXX-XX-XX", "day", 0.3, None, None, "no publication date")
    if unit == "year" and n == 1 and ctx.quarterly_results(m.start(), m.end()):
        # Earnings copy: "a year ago" compares with the same quarter of the previous year.
        latest = per.shift(ctx.pub, "quarter", -1)
        y, _, q = latest.value.partition("-Q")
        p = per.quarter(int(y) - 1, int(q))
        hit = Hit(m.start(), m.end(), "DATE", p.value, p.granularity, conf * 0.8, p.range, None, anchor)
        hit.refer = per.YEAR_BACK_QUARTER  # the quarter reported, a year back (see the finder)
        return hit
    results = unit == "year" and n == 1 and sign < 0 and ctx.results_of_a_quarter(m.start(), m.end())
    base = {"fortnight": "week", "night": "day", "hour": "day", "minute": "day", "second": "day"}.get(unit, unit)
    count = n * 2 if unit == "fortnight" else (0 if base != unit and unit != "night" else n)
    p = per.shift(ctx.pub, base, sign * count)
    hit = Hit(m.start(), m.end(), "DATE", p.value, p.granularity, conf, p.range, _approx_mod(m), anchor)
    if results:
        hit.refer = per.YEAR_BACK_IF_REPORTED
    return hit


# What may stand before a length used as an adjective ("a 72 hour curfew", "the 30 day rate").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:an?|the|this|that|its|their|his|her|our|your|my|each|every|another|first|second|third|fourth)\s+$", _F
)
_SINGULAR_SPACED = re.compile(r"\d+\s+(?:\w+\s+)?(?:second|minute|hour|day|night|week|month|year)$", _F)


def _count_before_a_noun(m: re.Match[str], ctx: Context, n: int | None) -> bool:
    """ "toll put at 231 night curfew in gandhinagar" (run-together headlines): a number then a singular unit, with no
    hyphen and no determiner that would make "231 night" an adjective ("a 72 hour curfew"), is a count and a noun."""
    if n is None or n < 2 or m["pre"] or m["approx"] or m["noun"] or not _SINGULAR_SPACED.fullmatch(m.group()):
        return False
    return _DETERMINER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) is None


def duration(m: re.Match[str], ctx: Context) -> Hit | None:
    unit, n = _count(m)
    if unit == "weekend" or (n is not None and (n == 0 or n > 1000)):
        return None
    if unit == "quarter" and "-" in m.group() and m.group().lower().endswith("s"):
        return None  # "three-quarters" is a fraction, not a duration
    if unit == "quarter" and _FRACTION_OF.match(ctx.text, m.end()):
        return None  # "more than a quarter of the market"
    if unit == "second" and m["num"].lower() in ("a", "an"):
        return None  # "a second term": an ordinal, not one second
    if _count_before_a_noun(m, ctx, n):
        return None
    if (
        unit == "day"
        and m.group().lower() == "one day"
        and _ONE_DAY_AHEAD.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return Hit(m.start(), m.end(), "DATE", "FUTURE_REF", "none", 0.6, None, None, "an indefinite future")
    if m["num"].lower() in ("a", "an") and not m["pre"] and _quantity_rate(ctx, m.start()):
        return None
    if (
        m["num"].lower() in ("a", "an")
        and not m["pre"]
        and _RATE_LEAD.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        # "sales a year" with no amount: TimeML reads the period of a rate as a SET.
        return Hit(m.start(), m.end(), "SET", duration_value(1, unit), "none", 0.6, None, None, "rate")
    pre = (m["pre"] or "").lower().split()
    ahead = None if pre else _counted_ahead(m, ctx, unit, n)
    if ahead is not None:
        return ahead
    rng = None
    if ctx.pub and len(pre) == 2 and pre[1] in ("past", "last") and n is not None and unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        rng = (ctx.pub - dt.timedelta(days=days), ctx.pub)
    value = duration_value(n, unit)
    conf = 0.8 if n is not None else 0.6
    start, end = m.start(), m.end()
    if m["noun"] and _hyphenated(m):
        article = _ARTICLE_BEFORE.search(ctx.text, max(0, start - 5), start)
        start = article.start() if article and not m["pre"] and not m["approx"] else start
    else:
        end = m.end() if m["noun"] is None else m.start("noun")
        start = m.start("num") if pre == ["the"] and _adjectival(m, n) else start
    return Hit(start, end, "DURATION", value, "none", conf, rng, _approx_mod(m), "length")


def _counted_ahead(m: re.Match[str], ctx: Context, unit: str, n: int | None) -> Hit | None:
    """A length after "in" with a future verb, as the point in time it counts ahead to from publication
    ("will be redeemed in five years": a TIMEX3 DATE); in the past ("was built in three years") a length."""
    if not (
        n is not None
        and not m["num2"]
        and not m["noun"]
        and ctx.pub is not None
        and unit in _AHEAD_UNITS
        and _IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
        and ctx.tense(m.start(), m.end()) in ("future", "reported")
    ):
        return None
    p = per.shift(ctx.pub, unit, n)
    return Hit(m.start(), m.end(), "DATE", p.value, p.granularity, 0.5, p.range, _approx_mod(m), "publication date")


def _hyphenated(m: re.Match[str]) -> bool:
    return "-" in m.group()[m.end("num") - m.start() : m.start("unit") - m.start()]


def _adjectival(m: re.Match[str], n: int | None) -> bool:
    """ "the 30-day rate", "the two day rally": the article belongs to the noun, not to the duration."""
    between = m.group()[m.end("num") - m.start() : m.start("unit") - m.start()]
    singular = not m.group().lower().rstrip().endswith("s")
    return "-" in between or (singular and n is not None and n > 1)


def vague_plural(m: re.Match[str], ctx: Context) -> Hit | None:
    tail = (m["tail"] or "").split()[0].lower() if m["tail"] else ""
    lead_match = _PLURAL_LEAD.search(ctx.text, max(0, m.start() - 8), m.start())
    lead = lead_match["w"].lower() if lead_match else ""
    if not _plural_is_a_length(m["pre"] is not None, m["the"] is not None, lead, tail):
        return None
    # "ago" and "ahead" belong to the span; "later", "after" are signals outside it.
    end = m.end() if tail in ("ago", "ahead") else m.end("unit")
    unit = _unit_key(m["unit"])
    value = duration_value(None, "century" if unit == "centurie" else unit)
    pre = (m["pre"] or "").lower()
    # "recent weeks" ends at publication; its start is open, so no range is given.
    anchor = "ending at publication" if "recent" in pre or "past" in pre else "length"
    if tail == "ago":
        anchor = "an unknown length before publication"  # TimeBank types "months ago" as that length
    return Hit(m.start(), end, "DURATION", value, "none", 0.6, None, None, anchor)


def _plural_is_a_length(pre: bool, the: bool, lead: str, tail: str) -> bool:
    """ "recent weeks", "over the years", "the weeks ahead", "for years", "within hours", "hours later"."""
    if pre:
        return True
    if the:
        return lead == "over" or tail == "ahead"
    return lead in ("for", "within") or tail in ("ago", "later", "earlier", "after")


def set_every(m: re.Match[str], ctx: Context) -> Hit | None:
    word = m["unit"].lower()
    if m.group().lower().startswith("per") and _quantity_rate(ctx, m.start()):
        return None  # "15 million instructions per second": a unit of measure
    if word.rstrip("s") in WEEKDAYS:
        return Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[word.rstrip('s')] + 1}", "none", 0.8)
    unit = _unit_key(word)
    n = 2 if m["other"] else (number_value(m["num"]) if m["num"] else 1)
    if unit == "weekend":
        return Hit(m.start(), m.end(), "SET", "XXXX-WXX-WE", "none", 0.8)
    return Hit(m.start(), m.end(), "SET", duration_value(n, unit), "none", 0.8)


_HALF_OF = {"year": (6, "M", False), "month": (15, "D", False), "week": (84, "H", True), "day": (12, "H", True),
            "hour": (30, "M", True), "minute": (30, "S", True)}  # fmt: skip


def half_duration(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = _unit_key(m["unit"] or m["unit2"])
    n = number_value(m["num"] or m["num2"])
    if n is None or n > 1000 or unit not in _HALF_OF:
        return None
    amount, letter, is_time = _HALF_OF[unit]
    whole = duration_value(n, unit)
    if unit == "week":  # "1.5 weeks": TimeML has no mixed week form; count days
        whole, amount, letter, is_time = f"P{n * 7 + 3}D", 12, "H", True
    value = f"{whole}{'' if 'T' in whole or not is_time else 'T'}{amount}{letter}"
    return Hit(m.start(), m.end(), "DURATION", value, "none", 0.7, None, _approx_mod(m), "length")


def long_adjective(m: re.Match[str], ctx: Context) -> Hit | None:
    value = duration_value(None if m["pl"] else 1, _unit_key(m["unit"]))
    return Hit(m.start(), m.end(), "DURATION", value, "none", 0.7, None, None, "length")


def millennia(m: re.Match[str], ctx: Context) -> Hit | None:
    n = number_value(m["num"])
    if n is not None and not 0 < n <= 100:
        return None
    value = f"P{'X' if n is None else n}L"
    return Hit(m.start(), m.end(), "DURATION", value, "none", 0.7, None, _approx_mod(m), "length")


def quarter_century(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "a quarter century" is 25 years; "a quarter-century ago" the year 25 years before publication."""
    if m["ago"]:
        return _dated_offset(m, ctx, "year", 25, -1, 0.8, "publication date")
    return Hit(m.start(), m.end(), "DURATION", "P25Y", "none", 0.8, None, _approx_mod(m), "length")


def set_month(m: re.Match[str], ctx: Context) -> Hit | None:
    return Hit(m.start(), m.end(), "SET", f"XXXX-{MONTHS[m['mon'].lower()]:02d}", "none", 0.8)


def _quantity_rate(ctx: Context, start: int) -> bool:
    return bool(_QUANTITY_LEAD.search(ctx.text, max(0, start - 40), start))


# "China Daily", "People's Daily", "the Daily Telegraph": a capitalised "Daily" beside a name is a title.
_TITLE_BEFORE = re.compile(r"[A-Z][\w'’]*\s+$")
_TITLE_AFTER = re.compile(r"\s+[A-Z]")


def set_adverb(m: re.Match[str], ctx: Context) -> Hit | None:
    if _quantity_rate(ctx, m.start()):
        return None  # "10,000 units annually", "rise 8.5% annually": a rate's unit
    if m["w"][0].isupper() and (
        _TITLE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) or _TITLE_AFTER.match(ctx.text, m.end())
    ):
        return None
    return Hit(m.start(), m.end(), "SET", SET_ADVERBS[m["w"].lower()], "none", 0.7)


def set_freq(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = _unit_key(m["unit"])
    if unit == "weekend":
        return None
    return Hit(m.start(), m.end(), "SET", duration_value(1, unit), "none", 0.7)


def _clock_hit(m: re.Match[str], ctx: Context, hour: int, minute: int, conf: float) -> Hit:
    date = ctx.pub.isoformat() if ctx.pub else "XXXX-XX-XX"
    value = f"{date}T{hour:02d}:{minute:02d}"
    anchor = "publication date" if ctx.pub else "no publication date"
    return Hit(m.start(), m.end(), "TIME", value, "time", conf, None, None, anchor, clock=True)


def clock(m: re.Match[str], ctx: Context) -> Hit | None:
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    pm = m["ap"].lower().startswith("p")
    hour = (hour % 12) + (12 if pm else 0)
    return _clock_hit(m, ctx, hour, minute, 0.8)


def clock24(m: re.Match[str], ctx: Context) -> Hit | None:
    # A bare "12:30" may be a score or a ratio: take it only after "at" or with a zone.
    if not m["tz"] and not re.search(r"\b(?:at|from|until|by|to)\s+$", ctx.text[max(0, m.start() - 8) : m.start()]):
        return None
    return _clock_hit(m, ctx, int(m["h"]), int(m["mi"]), 0.7)


def clock_zone(m: re.Match[str], ctx: Context) -> Hit | None:
    return _clock_hit(m, ctx, int(m["h"]), int(m["mi"]), 0.7)


# "High Noon" (the film), "high noon comes today": a showdown; only "at high noon" is a clock time.
_HIGH_BEFORE = re.compile(r"(?<!\bat\s)\bhigh\s+$", _F)


def noon(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["w"].lower() == "noon" and _HIGH_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None
    hour = 24 if m["w"].lower() == "midnight" else 12
    hit = _clock_hit(m, ctx, hour, 0, 0.7)
    if hour == 24 and ctx.pub is not None and ctx.tense(m.start(), m.end()) == "past":
        # "the blast came shortly after midnight": the midnight that began the publication day, the end of the one
        # before (TimeML writes a day's closing midnight as T24:00).
        hit.value = f"{(ctx.pub - dt.timedelta(days=1)).isoformat()}T24:00"
    return hit


def clock_words(m: re.Match[str], ctx: Context) -> Hit | None:
    hour = number_value(m["h"])
    part = (m["p1"] or m["p2"] or "").lower()
    if hour is None or not (
        part or re.search(r"\b(?:at|by|until|from|to)\s+$", ctx.text[max(0, m.start() - 8) : m.start()])
    ):
        return None  # a bare "nine o'clock" is taken only after "at", "by", "until" ...
    afternoon = part in ("afternoon", "evening") or (part == "night" and hour >= 6)
    hour = (hour % 12) + (12 if afternoon else 0)
    return _clock_hit(m, ctx, hour, 0, 0.7)


RULES = (
    (OFFSET, offset),
    (DURATION, duration),
    (VAGUE_PLURAL, vague_plural),
    (HALF_DURATION, half_duration),
    (MILLENNIA, millennia),
    (LONG_ADJECTIVE, long_adjective),
    (QUARTER_CENTURY, quarter_century),
    (SET_EVERY, set_every),
    (SET_MONTH, set_month),
    (SET_ADVERB, set_adverb),
    (SET_FREQ, set_freq),
    (CLOCK, clock),
    (CLOCK24, clock24),
    (CLOCK_ZONE, clock_zone),
    (NOON, noon),
    (CLOCK_WORDS, clock_words),
)
