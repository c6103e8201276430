"""Rules for expressions resolved against the publication date: deictic words, weekdays, "last week"."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.temporal import _calendar as cal
from eventwire.temporal import _periods as per
from eventwire.temporal._context import NOT_A_QUARTER, Context
from eventwire.temporal._lexicon import (
    MODIFIER,
    MODIFIERS,
    MONTH_ANY,
    MONTHS,
    NUM,
    PART_OF_DAY,
    PARTS_OF_DAY,
    SEASON,
    SEASONS,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
)
from eventwire.temporal._periods import Hit, Period

_F = re.IGNORECASE
_MOD = rf"(?:\b(?P<mod>{MODIFIER})[-\s]+)?"

DEICTIC = re.compile(
    r"(?:\b(?P<mod>early|late)\s+)?\b(?P<w>today|yesterday|tomorrow|tonight|now|currently|nowadays|recently|lately|"
    # "the past three summers", "the past decades": a stretch of time, not the past at large
    rf"the\s+(?:past|future)(?!\s+(?:(?:{NUM})[-\s]+)?(?:{UNIT}|{SEASON})s?\b)|at\s+present|these\s+days|right\s+now|"
    r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
    rf"(?:\s+(?P<part>{PART_OF_DAY})\b)?",
    _F,
)
YEAR_AGO = re.compile(
    r"(?P<the>\bthe\s+)?\b(?P<w>year-earlier|year-ago|year-before)\b"
    r"(?:\s+(?P<noun>(?:first\s+|second\s+|third\s+|fourth\s+)?quarter|period|nine\s+months|six\s+months))?",
    _F,
)
RELATIVE_PERIOD = re.compile(
    rf"{_MOD}\b(?P<rel>this\s+past|this\s+coming|this|last|next|past|previous|coming|current|the\s+(?:past|previous|coming|current|"
    r"latest|same|following|next|last))\s+(?P<unit>week|weekend|month|quarter|year|decade|century|"
    rf"{SEASON})\b",
    _F,
)
REFERENCE_PERIOD = re.compile(
    r"\b(?:that(?:\s+(?:same|very))?|the\s+(?:very\s+)?(?P<rel>following|next|previous|preceding|same))\s+"
    r"(?P<unit>day|week|month|year|night|morning|"
    r"afternoon|evening)\b"
    r"(?!\s+(?:of|before|after|ago|earlier|later)\b)",
    _F,
)
# "the end of the month": the month last mentioned, else the publication month; "the end of the decade": this one.
PART_OF_THE_PERIOD = re.compile(
    r"\b(?P<mod>the\s+(?:end|start|beginning|middle)\s+of)\s+the\s+(?P<unit>week|month|decade)\b"
    r"(?!['’]|\s+(?:of|before|after)\b)",
    _F,
)
# "on the 14th", "by the 3rd": a day of the month last mentioned (else the publication month). The ordinal must
# end its phrase: "the 14th floor", "the 3rd Infantry" are no days.
DAY_OF_MONTH = re.compile(
    r"\b(?:on|by|until|till|since|from|before|after|through|to)\s+(?P<the>the)\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?P<of>\s+of\s+(?:the|this)\s+month\b)?"
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|at|when|but|as|with|in|to|is|was|were|will|would|has|had)\b)",
    _F,
)
THE_PERIOD = re.compile(
    r"\bthe\s+(?P<latest>latest\s+)?(?P<unit>quarter|weekend|period|week|month)\b"
    # "the quarter-to-quarter comparison", "the quarter-point cut": a compound adjective, no time
    r"(?!-|\s+(?:of|before|after|ahead|earlier|later)\b)"
    # "ended" / "ending" only before a day: "the quarter ended Sept. 30" is that quarter, a week or month so ended no
    # time (`the_period`); "the year ended March 31", a length, is no unit here
    rf"(?!\s+(?:ended|ending)\b(?!\s+{MONTH_ANY}\s*\d))",
    _F,
)
# "for the quarter ended Sept. 30": the day the reporting quarter closed.
_ENDED_ON = re.compile(
    rf"\s+(?P<verb>ended|ending)\s+(?P<mon>{MONTH_ANY})\s*(?P<d>[1-9]|[12]\d|3[01])\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
    _F,
)
WEEKDAY_RULE = re.compile(
    r"\b(?:(?P<rel>this\s+coming|this\s+past|the\s+(?:previous|preceding|following|next)|last|this|next|past|coming|on|"
    rf"early|late)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?\b"
    rf"(?:\s+(?P<part>{PART_OF_DAY})(?P<ppl>s)?\b)?",
    _F,
)
# A weekday in a reported future: the first such day after the day the story last told, where that lies in the
# week before publication (see the finder), else the next one after publication.
REPORTED_WEEKDAY = "reported weekday"
DAY_UNLESS_NAMED = "publication date, unless the text named another day"
# A part of a day the text names without the day: "by mid-afternoon", "in the morning", "later in the day".
PART_REF = re.compile(
    rf"(?:\b(?P<mod>mid|early|late)[-\s]+(?P<part>{PART_OF_DAY})\b(?:\s+(?P<day>yesterday|today|tomorrow)\b)?"
    r"|(?<=\bin\s)the\s+(?:(?P<mod2>early|late)\s+)?(?P<part2>morning|afternoon|evening)\b"
    r"|(?:(?<=\bearlier\sin\s)|(?<=\blater\sin\s))the\s+(?P<d>day)\b)(?!\s+(?:of|before|after)\b)",
    _F,
)

# "until then", "by then": the time last mentioned (the finder copies it; with none, nothing is marked).
THEN_REF = re.compile(r"\b(?:until|till|by)\s+(?P<w>then)\b", _F)
THEN = "then"

# "for the foreseeable future" is an idiom for "indefinitely", no time: TimeBank leaves it unmarked.
VAGUE_FUTURE = re.compile(
    r"\b(?:the\s+(?:near|immediate)\s+future|the\s+(?:near|short|medium)\s+term|a\s+later\s+date|"
    r"as\s+soon\s+as\s+possible|(?<!\bas\s)soon(?!\s+(?:as|after|before|thereafter)\b))\b",
    _F,
)
# "the year ended March 31" is a reporting period (a duration); a bare "for the year" is the current one.
THE_YEAR = re.compile(
    r"(?:\b(?P<mod>the\s+(?:start|beginning|middle)\s+of)\s+)?\bthe\s+(?:fiscal\s+)?(?P<y>year)\b(?![-'’])(?P<ended>\s+(?:ended|ending)\b)?"
    r"(?!\s+(?:(?:before|after|ago|earlier|later|since|in|to|two|one)\b|\d|of\s+(?!\$)))",
    _F,
)
FULL_YEAR = re.compile(r"\bthe\s+(?P<rel>full|current|latest)\s+(?P<fiscal>fiscal\s+)?year\b", _F)
YEAR_END = re.compile(r"\b(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year)\b", _F)
SEASON_ALONE = re.compile(
    rf"\b(?:in|into|over|during|through|throughout|since|until|by|of|for|before|after)\s+(?P<the>the\s+)?(?:(?P<mod>{MODIFIER})[-\s]+)?"
    rf"(?P<s>{SEASON})\b(?!\s+(?:of\s+)?\d)",
    _F,
)

_DEICTIC_REF = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "these days": "PRESENT_REF", "right now": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF",
}  # fmt: skip
_DAY_OFFSET = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
}  # fmt: skip
_LAST_WEEK = re.compile(r"\b(?:last|past|previous)\s+week\b", _F)
_THIS_WEEK = re.compile(r"\b(?:this\s+week|yesterday|earlier\s+this\s+week)\b", _F)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def _make(m: re.Match[str], p: Period, conf: float, anchor: str, start: int = -1, part: str = "") -> Hit:
    mod_word = m.groupdict().get("mod")
    mod = MODIFIERS.get(_words(mod_word)) or None if mod_word else None
    if part and p.granularity == "day":
        return Hit(m.start() if start < 0 else start, m.end(), "TIME", f"{p.value}T{part}", "time", conf,
                   p.range, mod, anchor)  # fmt: skip
    return Hit(m.start() if start < 0 else start, m.end(), "DATE", p.value, p.granularity, conf, p.range, mod,
               anchor)  # fmt: skip


_MOST = re.compile(r"\bmost\s+$", _F)
# "Now, he says ...", "Now for the weather": a discourse marker, not the present.
_DISCOURSE_NOW = re.compile(r"Now(?:,|\s+for\b)")


_GENERIC_OF = re.compile(
    r"\b(?:the|its|their|our)\s+(?!(?:end|start|beginning|middle|rest|course|morning|afternoon|evening|night)\b)"
    r"[a-z]+\s+of\s+$",
    _F,
)
_TITLE_OR_PAPER = re.compile(r"\bUSA\s+$", re.IGNORECASE)
# "in today's world", "today's youth": the present age, not the publication day ("today's editions" is the day's).
_GENERIC_TODAYS = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|society|youth|young|generations?|children|kids|families|students|consumers|"
    r"economy|culture)\b",
    _F,
)


def _whole_quote(m: re.Match[str], ctx: Context) -> bool:
    """ "''Today''", "“Tonight”": a quoted title; "''Today, we ...''" is a time said in a quote."""
    quotes = "\"“”'‘’"
    before, after = ctx.text[m.start() - 1 : m.start()], ctx.text[m.end() : m.end() + 1]
    return bool(before) and bool(after) and before in quotes and after in quotes


def deictic(m: re.Match[str], ctx: Context) -> Hit | None:
    word = _words(m["w"])
    part = PARTS_OF_DAY.get(_words(m["part"] or ""), "")
    if word in _DEICTIC_REF:
        if part or _DISCOURSE_NOW.match(ctx.text, m.start()):
            return None
        if word == "recently" and _MOST.search(ctx.text, max(0, m.start() - 5), m.start()):
            return None  # "most recently": the latest of a series, not a time
        return Hit(m.start(), m.end(), "DATE", _DEICTIC_REF[word], "none", 0.8, None, None, "publication date")
    if _TITLE_OR_PAPER.search(ctx.text, max(0, m.start() - 4), m.start()) or _whole_quote(m, ctx):
        return None  # "USA Today", NBC's ''Today'' show: names, not the publication day
    if word in ("today", "tomorrow") and _GENERIC_OF.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None  # "the people of tomorrow", "the world of today": an age, not a day
    if word == "today" and _GENERIC_TODAYS.match(ctx.text, m.end()):
        return None
    if word in ("tonight", "last night"):
        part = "NI"
    elif word.startswith("this "):
        part = PARTS_OF_DAY[word[5:]]
    p = per.day(ctx.pub + dt.timedelta(days=_DAY_OFFSET[word])) if ctx.pub else per.unknown("day")
    return _make(m, p, 0.9 if ctx.pub else 0.3, "publication date", part=part)


def year_ago(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the year-ago quarter": the same period one year before the latest one reported."""
    hit = _year_ago(m, ctx)
    hit.offset = True
    return hit


def _year_ago(m: re.Match[str], ctx: Context) -> Hit:
    noun = _words(m["noun"] or "")
    start = m.start() if noun else m.start("w")
    if ctx.pub is None:
        return _make(m, per.unknown("year"), 0.3, "no publication date", start)
    if noun.endswith("quarter") or noun == "period" or (not noun and ctx.quarterly_results(m.start(), m.end())):
        hit = _make(m, _year_ago_quarter(ctx.pub), 0.5, "latest quarter, a year earlier", start)
        hit.refer = per.YEAR_BACK_QUARTER  # the quarter reported, a year back (see the finder)
        return hit
    hit = _make(m, per.shift(ctx.pub, "year", -1), 0.6, "publication year minus one", start)
    if ctx.results_of_a_quarter(m.start(), m.end()):
        hit.refer = per.YEAR_BACK_IF_REPORTED  # "Year-earlier results": a reported quarter's, if any (see the finder)
    return hit


def _year_ago_quarter(pub: dt.date) -> Period:
    latest = per.shift(pub, "quarter", -1)
    year, _, q = latest.value.partition("-Q")
    return per.quarter(int(year) - 1, int(q))


def _quoted_title(m: re.Match[str], ctx: Context) -> bool:
    """ABC's "This Week": a title-cased name right after an opening quote is a programme, not a date."""
    return m.start() > 0 and ctx.text[m.start() - 1] in "\"“'‘" and m.group().istitle()


def relative_period(m: re.Match[str], ctx: Context) -> Hit | None:
    rel, unit = _words(m["rel"]), _words(m["unit"])
    if _quoted_title(m, ctx):
        return None
    if rel in ("the past", "the coming") and unit not in (*SEASONS, "year", "decade"):
        # TimeML reads "the past week" as a one-week duration ending now; TimeBank dates "the past year" like
        # "last year" (the offsets below): read as a length it lost two of five development folds (see BENCHMARKS).
        length = {"weekend": "1WE", "decade": "10Y", "century": "100Y"}.get(unit, f"1{unit[0].upper()}")
        rng = _past_range(ctx.pub, unit) if rel == "the past" and ctx.pub else None
        return Hit(m.start(), m.end(), "DURATION", f"P{length}", "none", 0.7, rng, None, "publication date")
    offset = {"last": -1, "past": -1, "previous": -1, "the previous": -1, "the last": -1, "this past": -1,
              "the past": -1, "next": 1, "coming": 1, "the next": 1, "the following": 1, "this coming": 1,
              "the coming": 1}.get(rel, 0)  # fmt: skip
    if unit in SEASONS:
        return _season(m, ctx, SEASONS[unit], {-1: "last", 1: "next"}.get(offset, "this"))
    if ctx.pub is None:
        return _make(m, per.unknown("week" if unit == "weekend" else unit), 0.3, "no publication date")  # type: ignore[arg-type]
    if rel == "last" and unit == "year" and _results_last_year(m, ctx):
        hit = _make(m, _year_ago_quarter(ctx.pub), 0.5, "results: the latest quarter, a year earlier")
        hit.refer = per.YEAR_BACK_QUARTER
        return hit
    conf = 0.9 if rel not in ("the previous", "the following", "the same", "the latest") else 0.5
    if rel == "the latest" and unit == "quarter":
        offset = -1
    hit = _make(m, per.shift(ctx.pub, unit, offset), conf, "publication date")
    if rel in ("the previous", "the following", "the same") and unit != "weekend":
        hit.refer = (unit, offset)
    return hit


# What a results figure is compared with: "compared with $33 million last year", "the corresponding period last
# year", "last year's quarter".
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|from|versus|vs\.|against|than|period)\b[^;:]*$", _F)
_POSSESSIVE_YEAR = re.compile(r"['’]s\b")


def _results_last_year(m: re.Match[str], ctx: Context) -> bool:
    """Results copy: the figure of "last year" that a quarter's is compared with is that quarter's, a year back
    ("earnings of $24 million, compared with a loss of $3 million last year"); "Last year, losses totaled ..." and a
    comparison over nine months or a whole year keep the year."""
    s_start, s_end = ctx.sentence_span(m.start())
    if not ctx.quarterly_results(m.start(), m.end()) or NOT_A_QUARTER.search(ctx.text, s_start, s_end):
        return False
    compared = _COMPARED.search(ctx.text, max(s_start, m.start() - 80), m.start())
    return compared is not None or _POSSESSIVE_YEAR.match(ctx.text, m.end()) is not None


def part_of_the_period(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = _words(m["unit"])
    if ctx.pub is None:
        return _make(m, per.unknown(unit), 0.3, "no publication date")  # type: ignore[arg-type]
    if unit == "decade":
        return _make(m, per.shift(ctx.pub, "decade", 0), 0.6, "the publication decade")
    hit = _make(m, per.shift(ctx.pub, unit, 0), 0.5, f"the publication {unit} (no earlier date in the text)")
    hit.refer = (unit, 0)
    return hit


def reference_period(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "that year", "the next day": counted from the last date the text mentioned (see the finder)."""
    unit = _words(m["unit"])
    offset = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(_words(m["rel"] or ""), 0)
    # "that night", "the next morning": a part of the day counted to
    part = PARTS_OF_DAY.get(unit, "")
    return _counted_from_reference(m, ctx, "day" if part else unit, offset, part)


def _counted_from_reference(m: re.Match[str], ctx: Context, unit: str, offset: int, part: str) -> Hit:
    """A period ``offset`` units from the last date mentioned; the finder re-anchors it, so the publication
    date stands in until then."""
    if ctx.pub is None:
        return _make(m, per.unknown(unit), 0.3, "no publication date", part=part)  # type: ignore[arg-type]
    hit = _make(m, per.shift(ctx.pub, unit, offset), 0.4, "publication date (no earlier date in the text)", part=part)
    hit.refer, hit.part = (unit, offset), part
    return hit


def day_of_month(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "on the 14th": that day of the month last mentioned; else of the publication month, in the clause's tense."""
    day_number = int(m["d"])
    if ctx.pub is None:
        return _make(m, Period(f"XXXX-XX-{day_number:02d}", "day", None), 0.3, "no publication date", m.start("the"))
    tense = ctx.tense(m.start(), m.end())
    if tense == "none" and re.match(r"(?:by|until|till|to)\b", m.group(), _F):
        tense = "deadline"
    day = cal.resolve_day_of_month(ctx.pub, day_number, tense)
    if day is None:
        return None
    anchor = f"day of the month nearest publication ({tense} tense), unless the text named another month"
    hit = _make(m, per.day(day), 0.5, anchor, m.start("the"))
    hit.refer = ("monthday", day_number)
    return hit


def _past_range(pub: dt.date, unit: str) -> cal.Range:
    days = {"day": 1, "week": 7, "weekend": 7, "month": 30, "quarter": 91, "year": 365}.get(unit, 3650)
    return pub - dt.timedelta(days=days), pub


def _season(m: re.Match[str], ctx: Context, code: str, relation: str, start: int = -1) -> Hit | None:
    if ctx.pub is None:
        return _make(m, Period(f"XXXX-{code}", "quarter", None), 0.3, "no publication date", start)
    year = cal.resolve_season(ctx.pub, code, relation)
    return _make(m, per.season(year, code), 0.6, f"season rule ({relation})", start)


def part_ref(m: re.Match[str], ctx: Context) -> Hit | None:
    """A part of the day last mentioned (the publication day when none was): see the finder's references."""
    day_word = _words(m["day"] or "")
    code = "" if m["d"] else PARTS_OF_DAY[_words(m["part"] or m["part2"])]
    if ctx.pub is None:
        p, anchor = per.unknown("day"), "no publication date"
    else:
        p, anchor = per.day(ctx.pub + dt.timedelta(days=_DAY_OFFSET.get(day_word, 0))), DAY_UNLESS_NAMED
    mod = {"early": "START", "late": "END"}.get(_words(m["mod"] or m["mod2"] or ""))
    hit = _make(m, p, 0.5 if not day_word else 0.8, anchor, part=code)
    hit.mod = mod
    if not day_word:
        hit.refer, hit.part, hit.in_story = ("day", 0), code, True
        hit.not_before, hit.not_after = ctx.day_bounds(m.start(), m.end())
    return hit


def then_ref(m: re.Match[str], ctx: Context) -> Hit | None:
    hit = Hit(m.start("w"), m.end("w"), "DATE", "PRESENT_REF", "none", 0.4, None, None, "the time last mentioned")
    hit.refer = (THEN, 0)
    return hit


def vague_future(m: re.Match[str], ctx: Context) -> Hit | None:
    return Hit(m.start(), m.end(), "DATE", "FUTURE_REF", "none", 0.6, None, None, "after publication")


def full_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the full year", "the current fiscal year": the publication year; "the latest fiscal year" the one before."""
    if ctx.pub is None:
        return _make(m, per.unknown("year"), 0.3, "no publication date")
    latest = _words(m["rel"]) == "latest"
    anchor = "fiscal year, calendar value" if m["fiscal"] else "publication year"
    return _make(m, per.year(ctx.pub.year - (1 if latest else 0)), 0.5, anchor)


def the_year(m: re.Match[str], ctx: Context) -> Hit | None:
    end = m.end("y")
    if m["y"] == "Year" and ctx.text[max(0, m.start() - 3) : m.start()] == "of ":
        return None  # a title: "Time's Man of the Year"
    if m["ended"]:
        return Hit(m.start(), end, "DURATION", "P1Y", "none", 0.5, None, None, "reporting year")
    if ctx.pub is None:
        return _make(m, per.unknown("year"), 0.3, "no publication date")
    hit = _make(m, per.year(ctx.pub.year), 0.4, "'the year': publication year")
    hit.end = end
    return hit


def year_end(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "by year-end": the end of the publication year; "since year-end": of the year before."""
    if ctx.pub is None:
        return _make(m, per.unknown("year"), 0.3, "no publication date")
    since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 7) : m.start()], _F)
    year = ctx.pub.year - (1 if since else 0)
    hit = _make(m, per.year(year), 0.6, "year end, publication year")
    hit.mod = "END"
    hit.range = (dt.date(year, 12, 1), dt.date(year, 12, 31)) if 1 <= year <= 9999 else None
    return hit


# "since the fall of communism", "after the fall in prices": a collapse or a drop, not autumn.
_FALL_OF = re.compile(r"\s+(?:of|in|from|to)\s+(?!\d|(?:that|this|last|next|the\s+same)\s+year\b)", _F)


def season_alone(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "in the summer", "over the winter": the season nearest publication in the clause's tense."""
    if _words(m["s"]) == "fall" and _FALL_OF.match(ctx.text, m.end()):
        return None
    tense = ctx.tense(m.start(), m.end())
    start = m.start("the") if m["the"] else m.start("mod") if m["mod"] else m.start("s")
    return _season(m, ctx, SEASONS[_words(m["s"])], tense, start)


def the_period(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = _words(m["unit"])
    if ctx.pub is None:
        return None
    ended = _ENDED_ON.match(ctx.text, m.end())
    if ended is not None:
        return _quarter_ended(m, ended, ctx) if unit == "quarter" else None
    if unit == "period":
        # Results copy: "the latest period" is the latest reported quarter; a bare "the period" is left alone.
        if not m["latest"] or not ctx.quarterly_results(m.start(), m.end()):
            return None
        hit = _make(m, per.shift(ctx.pub, "quarter", -1), 0.4, "results: latest quarter before publication")
        hit.refer = (per.SAME_QUARTER, 0)
        return hit
    if unit in ("week", "month"):
        # "For the week, the index fell", "later in the month": the week or month of the date last mentioned.
        hit = _make(m, per.shift(ctx.pub, unit, 0), 0.4, f"publication {unit} (no earlier date in the text)")
        hit.refer = (unit, 0)
        return hit
    if unit == "quarter":
        # Financial copy: "the quarter" is the latest reported (previous) quarter.
        hit = _make(m, per.shift(ctx.pub, "quarter", -1), 0.4, "latest quarter before publication")
        hit.refer = (per.SAME_QUARTER, 0)  # the quarter reported, if any (see the finder)
        return hit
    future = ctx.tense(m.start(), m.end()) in ("future", "reported")  # like a weekday
    weekday = ctx.pub.weekday()
    offset = 0 if future or weekday >= 5 else -1
    return _make(m, per.shift(ctx.pub, "weekend", offset), 0.5, "nearest weekend")


def _quarter_ended(m: re.Match[str], ended: re.Match[str], ctx: Context) -> Hit | None:
    """ "the quarter ended Sept. 30": the calendar quarter holding most of the three months up to that day (a fiscal
    quarter ended July 31 is 1989-Q2)."""
    assert ctx.pub is not None
    tense = "past" if ended["verb"].lower() == "ended" else ctx.tense(m.start(), m.end())
    month, day = MONTHS[ended["mon"].lower().rstrip(".")], int(ended["d"])
    try:
        if ended["y"]:
            last_day = dt.date(int(ended["y"]), month, day)
        else:
            last_day = cal.resolve_month_day(ctx.pub, month, day, tense)
    except ValueError:
        return None
    # the quarter's middle day lies about 45 days before its last
    middle = last_day - dt.timedelta(days=45)
    hit = _make(m, per.quarter(middle.year, cal.quarter_of(middle)), 0.6, f"the quarter ended {last_day}")
    # Results copy numbers the quarter it reports by the company's fiscal year ("its fiscal first quarter"), which a
    # closing day cannot tell: what follows keeps counting from the quarter the copy names.
    hit.offset = True
    return hit


# A weekday inside a name: "Bloody Sunday", "Black Monday", "Super Tuesday", "the Good Friday accord", "the Mail
# on Sunday", "the Sunday Times", "Saturday Night Live" (holidays such as "Good Friday" are dated by their own rule).
_NAME_BEFORE_WEEKDAY = re.compile(
    r"\b(?:Bloody|Black|Super|Cyber|Good|Holy|Maundy|Palm|Easter|Ash|(?:Mail|Independent|Observer)\s+on)\s+$"
)
# Sunday papers ("the Sunday Times") and shows ("Saturday Night Live", "Monday Night Football").
_PAPER_AFTER_SUNDAY = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Tribune|Mail|Post)\b")
_SHOW_AFTER_WEEKDAY = re.compile(r"\s+Night\s+(?:Live|Football|Fever|Lights)\b")


def _weekday_in_name(m: re.Match[str], ctx: Context) -> bool:
    start, end = m.start("wd"), m.end("wd")
    return bool(
        _NAME_BEFORE_WEEKDAY.search(ctx.text, max(0, start - 24), start)
        or (m["wd"] == "Sunday" and _PAPER_AFTER_SUNDAY.match(ctx.text, end))
        or _SHOW_AFTER_WEEKDAY.match(ctx.text, end)
    )


# "Monday and Tuesday nights", "Saturday or Sundays": days joined to a plural day share its plural.
_SHARED_PLURAL = re.compile(
    rf"(?:\s*,\s*{WEEKDAY})*\s*,?\s+(?:and|or)\s+{WEEKDAY}(?:s\b|\s+(?P<part>{PART_OF_DAY})s\b)", _F
)


def weekday_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    rel = _words(m["rel"] or "")
    if _weekday_in_name(m, ctx):
        return None
    weekday = WEEKDAYS[m["wd"].lower()]
    start = m.start("wd") if rel in ("on", "") else m.start()
    part = PARTS_OF_DAY.get(_words(m["part"] or ""), "")
    if m["pl"] or m["ppl"]:
        # "on Mondays", "Tuesday nights": a recurring day (and part of it).
        if rel not in ("on", ""):
            return None
        end, value = m.end("pl") if m["pl"] else m.end(), f"XXXX-WXX-{weekday + 1}"
        if m["ppl"]:
            end, value = m.end(), f"{value}T{part}"
        return Hit(start, end, "SET", value, "none", 0.7, None, None, "recurring")
    shared = _SHARED_PLURAL.match(ctx.text, m.end()) if rel in ("on", "") and not part else None
    if shared:
        # "on Monday and Tuesday nights": the plural of the last day counts for every day joined to it.
        shared_part = PARTS_OF_DAY.get(_words(shared["part"] or ""), "")
        value = f"XXXX-WXX-{weekday + 1}" + (f"T{shared_part}" if shared_part else "")
        return Hit(start, m.end(), "SET", value, "none", 0.6, None, None, "recurring (a plural shared by joined days)")
    if ctx.pub is None:
        return _make(m, Period(f"XXXX-WXX-{weekday + 1}", "day", None), 0.3, "no publication date", start, part)
    day, conf, anchor = _resolve_weekday(m, ctx, rel, weekday)
    hit = _make(m, per.day(day), conf, anchor, start, part)
    if rel in ("early", "late"):
        hit.mod = "START" if rel == "early" else "END"
    if rel.startswith("the "):
        # "the previous Friday": counted from the day last mentioned (see the finder)
        hit.refer, hit.part = ("weekday", -1 if rel in ("the previous", "the preceding") else 1), part
    elif rel in ("on", "") and ctx.tense(m.start(), m.end()) == "reported":
        # "promised us things would be normal by saturday": ahead of the report, which the story may have dated
        hit.refer, hit.part = (REPORTED_WEEKDAY, 1), part
    return hit


# "given until 9 a.m. Tuesday", "by Friday": a deadline looks ahead when no verb says otherwise.
# "The funeral is Saturday", "the vote is on Sunday": a present-tense copula with a day names one still to come.
_UNTIL = re.compile(
    r"\b(?:until|till|by|no\s+later\s+than|is|are)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?(?:on\s+)?$", re.I
)


# A possessive, also as some dumps escape its apostrophe ("wednesday''s").
_POSSESSIVE_AFTER = re.compile(r"(?:''|['’])s\b")


def _resolve_weekday(m: re.Match[str], ctx: Context, rel: str, weekday: int) -> tuple[dt.date, float, str]:
    pub = ctx.pub
    assert pub is not None
    name = m["wd"].capitalize()
    if rel == "last":
        return _last_weekday(m, ctx, pub, weekday, name)
    if rel in ("this past", "the previous", "the preceding"):
        return cal.previous_weekday(pub, weekday, False), 0.6, f"'{rel} {name}': the {name} before publication"
    if rel in ("the following", "the next"):
        return cal.next_weekday(pub, weekday, False), 0.5, f"'{rel} {name}': the {name} after publication"
    if rel == "next":
        return cal.weekday_in_week(pub, weekday, 1), 0.7, f"'next {name}': {name} of the following week"
    if rel == "this":
        day = cal.weekday_in_week(pub, weekday, 0)
        tense = ctx.tense(m.start(), m.end())
        # "will meet this Wednesday" said on a Thursday is the coming one, "met this Friday" on a Monday the last.
        if tense == "future" and day < pub:
            return cal.next_weekday(pub, weekday, True), 0.7, f"'this {name}' with a future cue: the coming {name}"
        if tense == "past" and day > pub:
            return cal.previous_weekday(pub, weekday, True), 0.7, f"'this {name}' with a past cue: the last {name}"
        return day, 0.8, f"'this {name}': {name} of the publication week"
    tense = ctx.tense(m.start(), m.end())
    if rel in ("coming", "this coming") or tense in ("future", "reported"):
        return cal.next_weekday(pub, weekday, True), 0.75, "weekday rule: future cue, next such day"
    deadline = _UNTIL.search(ctx.text, max(0, m.start() - 24), m.start())
    # "caught unawares by wednesday's attack": a possessive names a day already past, no deadline
    if tense == "none" and deadline and not _POSSESSIVE_AFTER.match(ctx.text, m.end()):
        return cal.next_weekday(pub, weekday, True), 0.6, f"weekday rule: a deadline or a schedule ('by/is {name}')"
    return cal.previous_weekday(pub, weekday, True), 0.85, "weekday rule: most recent such day"


def _last_weekday(m: re.Match[str], ctx: Context, pub: dt.date, weekday: int, name: str) -> tuple[dt.date, float, str]:
    naive = cal.previous_weekday(pub, weekday, False)
    previous_week = cal.weekday_in_week(pub, weekday, -1)
    context = ctx.preceding_text(m.start(), m.end())
    cue = _LAST_WEEK.search(context)
    if cue:
        return previous_week, 0.8, f"context: '{cue.group()}' in the same or a preceding sentence"
    this_week = _THIS_WEEK.search(context)
    if this_week:
        return naive, 0.75, f"context: '{this_week.group()}' nearby, most recent {name}"
    if naive >= pub - dt.timedelta(days=1) or naive == previous_week:
        # News usage: "last Wednesday" in a Thursday story usually means the week before.
        return previous_week, 0.55, f"news usage: 'last {name}' read as the previous week"
    return naive, 0.7, f"most recent {name} before publication"


RULES = (
    (DEICTIC, deictic),
    (YEAR_AGO, year_ago),
    (RELATIVE_PERIOD, relative_period),
    (REFERENCE_PERIOD, reference_period),
    (DAY_OF_MONTH, day_of_month),
    (PART_OF_THE_PERIOD, part_of_the_period),
    (WEEKDAY_RULE, weekday_rule),
    (THE_PERIOD, the_period),
    (SEASON_ALONE, season_alone),
    (YEAR_END, year_end),
    (VAGUE_FUTURE, vague_future),
    (THEN_REF, then_ref),
    (PART_REF, part_ref),
    (FULL_YEAR, full_year),
    (THE_YEAR, the_year),
)
