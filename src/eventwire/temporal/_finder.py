"""Run every rule, keep the best non-overlapping hits and turn them into ``TimeExpression`` items."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator, Sequence

from eventwire.model import Provenance, TimeExpression
from eventwire.temporal import _absolute, _periods, _relative, _spans
from eventwire.temporal import _calendar as cal
from eventwire.temporal._context import Context, make_context
from eventwire.temporal._periods import Hit

VERSION = "temporal.rules.v16"
Handler = Callable[[re.Match[str], Context], Hit | None]
Rule = tuple[re.Pattern[str], Handler]

# Order matters only for ties in span length: earlier rules win.
RULES: tuple[Rule, ...] = (
    *_absolute.RULES[:6],
    *_relative.RULES,
    *_spans.RULES,
    *_absolute.RULES[6:],
)


def rule_names() -> list[str]:
    """The name of every rule (its handler's), for switching rules off when measuring what each is worth."""
    return [handler.__name__ for _, handler in RULES]


@contextlib.contextmanager
def rules_switched_off(names: Collection[str]) -> Iterator[None]:
    """Run ``find_times`` without the named rules inside the block (an evaluation tool, not thread-safe)."""
    global RULES
    unknown = set(names) - set(rule_names())
    if unknown:
        raise ValueError(f"unknown rule(s) {sorted(unknown)}; known: {', '.join(sorted(set(rule_names())))}")
    kept = RULES
    RULES = tuple(rule for rule in kept if rule[1].__name__ not in names)
    try:
        yield
    finally:
        RULES = kept


# Cheap literal triggers: a rule's full pattern only runs in windows around its trigger's hits,
# which keeps the stage fast (most text holds no time expression at all). Triggers are
# case-sensitive and run on the lower-cased text: far faster than IGNORECASE alternations.
_UNIT_WORDS = re.compile(
    r"day|night|week|month|quarter|year|decade|centur|hour|minute|second|fortnight|spring|summer|fall|autumn|"
    r"winter|morning|afternoon|evening"
)
_DIGITS = re.compile(r"\d+")
# Month rules only take capitalised names ("may" the verb is no month), so their trigger runs on the
# original text: far fewer windows than "mar" in every "market".
_MONTH_WORDS = re.compile(
    r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC"
)
_CASED_TRIGGERS = frozenset([_MONTH_WORDS])
_PARTS = re.compile("quarter|half|period|week|1/2|½")
_WORDY_YEARS = re.compile("nineteen|twenty|two thousand|ties")
_DEICTIC_WORDS = re.compile(
    "today|yesterday|tomorrow|tonight|now|current|recent|lately|past|future|present|days|morning|afternoon|evening|"
    "last night|term|later date|soon"
)
_YEAR = re.compile("year")  # a literal trigger scans about 30 times faster than an alternation
_SEASON_WORDS = re.compile("spring|summer|fall|autumn|winter")
# Rules that share a trigger share its windows: each distinct trigger costs one scan of the text.
_TRIGGERS: dict[re.Pattern[str], re.Pattern[str]] = {
    _absolute.ISO_DATE: _DIGITS,
    _absolute.NUMERIC_DATE: _DIGITS,
    _absolute.MONTH_DAY: _MONTH_WORDS,
    _absolute.DAY_MONTH: _MONTH_WORDS,
    _absolute.MONTH_YEAR: _MONTH_WORDS,
    _absolute.MONTH_ALONE: _MONTH_WORDS,
    _absolute.MONTH_REL_YEAR: _MONTH_WORDS,
    _absolute.DAY_REL_YEAR: _MONTH_WORDS,
    _absolute.WEEK_OF_MONTH: _MONTH_WORDS,
    _spans.SET_MONTH: _MONTH_WORDS,
    _absolute.YEAR: _DIGITS,
    _absolute.FAR_YEAR: _DIGITS,
    _absolute.YEAR_RANGE_START: _DIGITS,
    _absolute.YEAR_RANGE_END: _DIGITS,
    _spans.MILLENNIA: re.compile("thousand"),
    _spans.QUARTER_CENTURY: re.compile("quarter.(?:of a )?century"),
    _absolute.H_CODE: _DIGITS,
    _absolute.FY_CODE: _DIGITS,
    _absolute.CENTURY: re.compile("centur"),
    _absolute.FISCAL: re.compile("fiscal"),
    _absolute.DECADE: re.compile(r"0'?s"),
    _absolute.TWO_DIGIT_YEAR: re.compile(r"'\d"),
    _absolute.ORDINAL_PART: _PARTS,
    _absolute.YEAR_PERIOD: _PARTS,
    _relative.THE_PERIOD: re.compile("the (?:latest )?(?:quarter|weekend|period|week|month)"),
    _spans.HALF_DURATION: _PARTS,
    _absolute.Q_CODE: re.compile("q[1-4]"),
    _absolute.HOLIDAY: re.compile(
        "christmas|halloween|thanksgiving|new year|valentine|independence|boxing|bastille|labor|memorial|luther|easter|"
        "good friday|holy thursday|maundy|palm sunday|ash wednesday|mother's|father's|mother’s|father’s"
    ),
    _absolute.SPELLED_YEAR: _WORDY_YEARS,
    _absolute.DECADE_WORD: _WORDY_YEARS,
    _spans.SET_ADVERB: re.compile("(?:hour|dai|night|week|month|year|annual)ly"),
    _spans.SET_FREQ: re.compile("once|twice|thrice|times"),
    _spans.CLOCK: re.compile(r"\b[ap]\.?m\b"),
    _spans.CLOCK24: re.compile(":"),
    _spans.CLOCK_ZONE: re.compile("gmt|utc"),
    _spans.NOON: re.compile("noon|midday|midnight"),
    _spans.CLOCK_WORDS: re.compile(r"o'clock|in the (?:morning|afternoon|evening|night)"),
    _relative.DEICTIC: _DEICTIC_WORDS,
    _relative.VAGUE_FUTURE: _DEICTIC_WORDS,
    _relative.THEN_REF: re.compile("then"),
    _relative.PART_REF: re.compile("morning|afternoon|evening|night|the day"),
    _absolute.SEASON_YEAR: _SEASON_WORDS,
    _relative.SEASON_ALONE: _SEASON_WORDS,
    _relative.DAY_OF_MONTH: re.compile(r"\d(?:st|nd|rd|th)\b"),
    _spans.LONG_ADJECTIVE: re.compile("s?-long"),
    _relative.YEAR_END: _YEAR,
    _relative.FULL_YEAR: _YEAR,
    _relative.THE_YEAR: _YEAR,
}  # every other rule (durations, offsets, relative periods) runs near _UNIT_WORDS
# How far a full match may reach before and after its trigger hit.
_BEFORE, _AFTER = 60, 40

_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_JOIN = re.compile(r"^(?:,?\s*(?:on|at)?\s*)$", re.IGNORECASE)
_MAX_JOIN = 6


def find_times(
    text: str,
    pub_date: dt.date | None,
    sentences: Sequence[tuple[int, int]] = (),
    excluded: Sequence[tuple[int, int]] = (),
) -> list[TimeExpression]:
    """Find and normalise the time expressions of an article (see the package docstring)."""
    if not text:
        return []
    ctx = make_context(text, pub_date, sentences)
    hits = _select(_candidates(ctx))
    hits = [h for h in hits if not _overlaps_any(h, excluded)]
    hits = _merge_clock_times(text, hits)
    hits = _merge_season_of_year(text, hits)
    # References first, so that a clock time takes the day "the next day" or "that day" means, not its stand-in;
    # then again for the clock times that refer to the day last named.
    _follow_references(ctx, hits)
    _date_clock_times(ctx, hits)
    _widen(text, hits)
    _follow_references(ctx, hits)
    hits = [h for h in hits if h.refer != (_relative.THEN, 0)]  # "until then" with no time before it
    hits = _merge_year_back(text, hits)
    _apply_eve(text, hits)
    for hit in hits:
        _apply_since(text, hit, pub_date)
    return [_to_expression(text, h) for h in hits]


def _candidates(ctx: Context) -> list[tuple[Hit, int]]:
    found: list[tuple[Hit, int]] = []
    windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    lower = ctx.text.lower()
    if len(lower) != len(ctx.text):
        # Some characters change length when lower-cased: run the rules over the whole text.
        windows = {t: [(0, len(ctx.text))] for t in {*_TRIGGERS.values(), _UNIT_WORDS}}
    for rank, (pattern, handler) in enumerate(RULES):
        trigger = _TRIGGERS.get(pattern, _UNIT_WORDS)
        if trigger not in windows:
            windows[trigger] = _windows(ctx.text if trigger in _CASED_TRIGGERS else lower, trigger)
        for lo, hi in windows[trigger]:
            for match in pattern.finditer(ctx.text, lo, hi):
                hit = _run(handler, match, ctx)
                if hit is not None and hit.end > hit.start:
                    found.append((hit, rank))
    return found


def _run(handler: Handler, match: re.Match[str], ctx: Context) -> Hit | None:
    try:
        return handler(match, ctx)
    except (ValueError, OverflowError, KeyError):
        # Impossible calendar dates (February 30, year 0) are skipped, never raised.
        return None


def _windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged (start, end) windows around every hit of a trigger."""
    merged: list[tuple[int, int]] = []
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _select(found: list[tuple[Hit, int]]) -> list[Hit]:
    """Greedy: the longest span wins, then the earlier rule; overlapping losers are dropped."""
    ordered = sorted(found, key=lambda pair: (pair[0].start - pair[0].end, pair[1], pair[0].start))
    starts: list[int] = []
    taken: list[Hit] = []  # disjoint and sorted by start, so only the neighbours need checking
    for hit, _rank in ordered:
        i = bisect.bisect_left(starts, hit.start)
        if i > 0 and taken[i - 1].end > hit.start:
            continue
        if i < len(taken) and taken[i].start < hit.end:
            continue
        starts.insert(i, hit.start)
        taken.insert(i, hit)
    return taken


def _overlaps_any(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(hit.start < end and start < hit.end for start, end in spans)


def _merge_clock_times(text: str, hits: list[Hit]) -> list[Hit]:
    """Join "Thursday at 3 p.m." / "3 p.m. Thursday" into one TIME whose date is the day's."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and _joinable(text, prev, hit):
            day, clock = (prev, hit) if hit.clock else (hit, prev)
            clock_part = clock.value.partition("T")[2]
            merged = Hit(prev.start, hit.end, "TIME", f"{day.value}T{clock_part}", "time",
                         min(day.confidence, clock.confidence), day.range, None, day.anchor)  # fmt: skip
            # "10 am the next day": the day's reference is the time's, the clock its part
            merged.refer, merged.part = day.refer, clock_part if day.refer else ""
            out[-1] = merged
            continue
        out.append(hit)
    return out


_SEASON_VALUE = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")
_OF = re.compile(r"^\s+of\s+$", re.IGNORECASE)


def _merge_season_of_year(text: str, hits: list[Hit]) -> list[Hit]:
    """ "the winter of nineteen ninety-four", "the spring of last year", "the fall of '98": one DATE, the season of
    that year (a four-digit year is already taken in by the season rule)."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _SEASON_VALUE.match(prev.value)
            and prev.mod is None
            and hit.type == "DATE"
            and hit.granularity == "year"
            and hit.value.isdigit()
            and len(hit.value) == 4
            and hit.mod is None
            and _OF.match(text[prev.end : hit.start])
        ):
            period = _periods.season(int(hit.value), prev.value[5:])
            confidence = min(prev.confidence, hit.confidence)
            out[-1] = Hit(prev.start, hit.end, "DATE", period.value, period.granularity, confidence, period.range)
            out[-1].anchor = f"season of {hit.anchor}"
            continue
        out.append(hit)
    return out


def _date_clock_times(ctx: Context, hits: list[Hit]) -> None:
    """ "at about 10:35 a.m. (0735 GMT) Friday": a clock time takes the date of the nearest day in its sentence,
    else of the last day of the sentence before, else of the day last named (see `_refer_to_day_last_named`).
    A clock time in a forecast ("the minister will arrive at 3 pm") takes no day before publication, one told in the
    past ("a clash broke out around 9 pm") none after it."""
    told = [(h, h.range[0]) for h in hits if h.range is not None and _told_day(ctx.text, h)]
    for hit in hits:
        if not hit.clock:
            continue
        hit.not_before, hit.not_after = ctx.day_bounds(hit.start, hit.end)
        days = [(d, date) for d, date in told if _within_bounds(hit, date, date)]
        s_start, s_end = ctx.sentence_span(hit.start)
        near = [(d, date) for d, date in days if s_start <= d.start < max(s_end, hit.end) and d.type != "SET"]
        where = "same sentence"
        if not near:
            # "Police said the blast came Friday. It went off at 10:35 a.m.": the day just told.
            p_start = ctx.sentence_span(max(0, s_start - 1))[0] if s_start > 0 else s_start
            before = [
                (d, date)
                for d, date in days
                if p_start <= d.start < s_start and d.type != "SET" and not _backstory(ctx.text, d)
            ]
            near, where = before[-1:], "previous sentence"
        if not near:
            _refer_to_day_last_named(ctx, hit)
            continue
        day, date = min(near, key=lambda pair: _distance(pair[0], hit))
        hit.value = f"{cal.day_value(date)}T{hit.value.partition('T')[2]}"
        hit.range, hit.clock = (date, date), False
        hit.anchor = f"clock time on '{ctx.text[day.start : day.end]}' ({where})"


def _within_bounds(hit: Hit, first: dt.date, last: dt.date) -> bool:
    return (hit.not_before is None or last >= hit.not_before) and (hit.not_after is None or first <= hit.not_after)


def _told_day(text: str, hit: Hit) -> bool:
    """A single day the text tells of: not a clock time still on the publication day, not the start of a state
    ("under curfew since tuesday")."""
    one_day = not hit.clock and hit.range is not None and hit.range[0] == hit.range[1]
    return one_day and not _after_since(text, hit)


def _after_since(text: str, hit: Hit) -> bool:
    return _SINCE.search(text, max(0, hit.start - 8), hit.start) is not None


def _refer_to_day_last_named(ctx: Context, hit: Hit) -> None:
    """ "four were killed on tuesday. [...] rioting began around 1.30 pm": with no day in its own or the previous
    sentence, a clock time is on the day last mentioned, as a part of the day is ("in the morning"); with none,
    or only a coarser period, the publication day stays (see `_follow_references`)."""
    hit.refer, hit.part, hit.in_story = ("day", 0), hit.value.partition("T")[2], True
    if ctx.pub is not None:
        hit.anchor = _relative.DAY_UNLESS_NAMED


_SMALL_HOURS = re.compile(r"^0[0-5]:")


def _night_after(hit: Hit, last: Hit) -> int:
    """ "late on monday night [...] till 3 am": a small-hours clock time after the day told is in the night that
    follows it (as one with no day named is in the night before publication); after another small-hours time it
    is in that same night."""
    if not hit.clock or not _SMALL_HOURS.match(hit.part):
        return 0
    return 0 if _SMALL_HOURS.match(last.value.partition("T")[2]) else 1


def _distance(a: Hit, b: Hit) -> int:
    return a.start - b.end if a.start >= b.end else b.start - a.end


def _joinable(text: str, first: Hit, second: Hit) -> bool:
    gap = text[first.end : second.start]
    if len(gap) > _MAX_JOIN or not _JOIN.match(gap):
        return False
    kinds = {(first.clock, first.granularity), (second.clock, second.granularity)}
    return kinds == {(True, "time"), (False, "day")}


# TimeML keeps these words inside the span: "earlier this month", "Later yesterday", "around 7:15 p.m.".
_EARLIER_LATER = re.compile(r"\b(?:earlier|later)\s+(?:in\s+)?$", re.IGNORECASE)
_DEICTIC_START = re.compile(
    r"(?:this|that|today|tonight|yesterday|tomorrow|the\s+(?:day|week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_AROUND = re.compile(r"\b(?:around|approximately|roughly)\s+$", re.IGNORECASE)
_ABOUT = re.compile(r"\babout\s+$", re.IGNORECASE)
_LEAD = 16


def _widen(text: str, hits: list[Hit]) -> None:
    """Take in a leading "earlier"/"later" before a deictic date and "around" before a calendar date or time."""
    previous_end = 0
    for hit in hits:
        lead = text[max(previous_end, hit.start - _LEAD) : hit.start]
        if hit.type in ("DATE", "TIME"):
            word = _EARLIER_LATER.search(lead)
            if word and _DEICTIC_START.match(text, hit.start):
                hit.start -= len(lead) - word.start()
            elif hit.range is not None or hit.clock:
                word = _AROUND.search(lead) or (_ABOUT.search(lead) if hit.type == "TIME" else None)
                if word and hit.mod is None:
                    hit.start -= len(lead) - word.start()
                    hit.mod = "APPROX"
        previous_end = hit.end


_REFERENCE_GRANULARITIES = ("day", "week", "month", "quarter", "year")
# A day told in the past perfect ("from where some persons had fired on thursday last") is backstory: the clock times
# of the story go on on the story's day. "had to", "had a meeting" are no past perfect.
_BACKSTORY = re.compile(
    r"\bhad\s+(?:been\s+|not\s+|already\s+|just\s+)?(?!to\b|an?\b|the\b|no\b)[a-z]+[^,;:.!?]*$", re.I
)
_BACKSTORY_REACH = 80


def _follow_references(ctx: Context, hits: list[Hit]) -> None:
    """ "The plant opened in 1995; the following year it closed": count from the last date mentioned (a date after
    "since" starts a state and is not the date told: "killed on wednesday. [...] under curfew since tuesday")."""
    text, pub = ctx.text, ctx.pub
    last: Hit | None = None
    last_in_story: Hit | None = None  # the last day told that is no backstory
    last_quarter: Hit | None = None  # the quarter results copy last reported on (see `_reported_quarter`)
    for hit in hits:
        base = (last_in_story or last) if hit.in_story else last
        if hit.refer is not None and hit.refer[0] in _QUARTER_REFERENCES:
            # results told apart from talk of quarters follow a reported quarter only when it is the time last told
            tentative = hit.refer == _periods.YEAR_BACK_IF_REPORTED and last is not last_quarter
            if last_quarter is not None and not tentative:
                _refer_to_quarter(text, hit, last_quarter, *hit.refer)
        elif (reported := _year_before_reported(ctx, hit, last, last_quarter)) is not None:
            # "third-quarter profit rose [...] A year earlier, net income was $2.1 million": that quarter a year back
            _refer_to_quarter(text, hit, reported, *_periods.YEAR_BACK_QUARTER)
        elif hit.refer is not None and base is not None and base.range is not None:
            if not _within_bounds(hit, *base.range):
                side = "a forecast" if hit.not_before is not None else "told in the past"
                hit.anchor = f"{side}: the publication day, not that of '{text[base.start : base.end]}'"
            else:
                _refer_to(text, hit, base, pub)
        anchored = hit.range is not None and not hit.offset
        told = hit.type in ("DATE", "TIME") and anchored and not _after_since(text, hit)
        if told and _granularity(hit) in _REFERENCE_GRANULARITIES:
            last = hit
            if not _backstory(text, hit):
                last_in_story = hit
        if told and _reported_quarter(ctx, hit):
            last_quarter = hit


def _backstory(text: str, hit: Hit) -> bool:
    return _BACKSTORY.search(text, max(0, hit.start - _BACKSTORY_REACH), hit.start) is not None


def _granularity(hit: Hit) -> str:
    # "Friday evening" is a day for what follows ("later in the day").
    return "day" if hit.granularity == "time" else hit.granularity


def _refer_to(text: str, hit: Hit, last: Hit, pub: dt.date | None) -> None:
    assert hit.refer is not None and last.range is not None
    unit, offset = hit.refer
    name = text[last.start : last.end]
    if unit == "weekday":
        _refer_weekday(hit, last, name, offset)
        return
    if unit == _relative.REPORTED_WEEKDAY:
        _refer_reported_weekday(hit, last, name, pub)
        return
    if unit == "monthday":
        _refer_month_day(hit, last, name, offset)
        return
    if unit == _relative.THEN:
        hit.type, hit.value, hit.granularity, hit.range = last.type, last.value, last.granularity, last.range
        hit.refer, hit.confidence, hit.anchor = None, 0.5, f"reference: the time of '{name}'"
        return
    if _REFERENCE_GRANULARITIES.index(_granularity(last)) > _REFERENCE_GRANULARITIES.index(unit):
        if hit.anchor == _relative.DAY_UNLESS_NAMED:
            return  # "in the morning" after "in 1987": the publication day stays, with its low confidence
        # "that day" after "in 1987": the text names no day to count from, only the year it lies in (1987-XX-XX).
        period = _periods.unknown(unit)  # type: ignore[arg-type]
        value = _within(last, unit) or period.value
        hit.value, hit.granularity, hit.range, hit.confidence = value, period.granularity, None, 0.3
        if hit.part:
            hit.value, hit.type, hit.granularity = f"{value}T{hit.part}", "TIME", "time"
        hit.anchor = f"reference: '{name}' is coarser than a {unit}"
        return
    offset += _night_after(hit, last)
    try:
        period = _periods.shift(last.range[0], unit, offset)
    except (ValueError, OverflowError):
        return
    hit.value, hit.granularity, hit.range = period.value, period.granularity, period.range
    if hit.part:
        hit.value, hit.type, hit.granularity = f"{period.value}T{hit.part}", "TIME", "time"
    hit.anchor = f"reference: {offset:+d} {unit} from '{name}'"
    hit.confidence = 0.6


_KNOWN_YEAR = re.compile(r"^\d{4}(?=$|-)")
_KNOWN_MONTH = re.compile(r"^\d{4}-\d\d$")
_UNKNOWN_PART = {"day": "-XX-XX", "week": "-WXX", "month": "-XX", "quarter": "-QX"}


def _within(last: Hit, unit: str) -> str | None:
    """A unit inside a coarser period keeps what is known: a day of October 1998 is 1998-10-XX, a week of 1987
    1987-WXX (TIMEX3 leaves only the unknown places as X)."""
    if unit == "day" and _KNOWN_MONTH.match(last.value):
        return f"{last.value}-XX"
    year = _KNOWN_YEAR.match(last.value)
    return f"{year.group()}{_UNKNOWN_PART[unit]}" if year and unit in _UNKNOWN_PART else None


_QUARTER_REFERENCES = frozenset({_periods.SAME_QUARTER, _periods.QUARTER_OF_YEAR, _periods.YEAR_BACK_IF_REPORTED[0]})
# A comparison a year back ("a year ago") names no quarter for what follows; a season is no calendar quarter.
_COMPARISONS = frozenset({_periods.YEAR_BACK_QUARTER, _periods.YEAR_BACK_IF_REPORTED})
_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")


# A company's own quarter: "the fiscal first quarter", "its second quarter", "Sun's fourth quarter".
_OWN_QUARTER = re.compile(r"(?:\bfiscal|\bits|\btheir|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _reported_quarter(ctx: Context, hit: Hit) -> bool:
    """A quarter that results copy reports on, which "the quarter" and "a year ago" then refer to: one begun by
    publication; one still running must be told in the past ("reported a decline in fourth-quarter earnings", not
    "will result in a fourth-quarter charge"), and one before the latest quarter ended must be a company's own
    ("the fiscal first quarter", "its second quarter"; "after a flat second quarter" looks back). A comparison a year
    back is no quarter reported."""
    if not _QUARTER_VALUE.match(hit.value) or hit.refer in _COMPARISONS or hit.range is None or ctx.pub is None:
        return False
    first, last = hit.range
    if first > ctx.pub:
        return False
    if last >= ctx.pub:
        return ctx.tense(hit.start, hit.end) == "past"
    if last >= _periods.shift(ctx.pub, "quarter", -1).range[1]:  # type: ignore[index]
        return True
    return "fiscal" in ctx.text[hit.start : hit.end].lower() or bool(
        _OWN_QUARTER.search(ctx.text, max(0, hit.start - 24), hit.start)
    )


def _year_before_reported(ctx: Context, hit: Hit, last: Hit | None, last_quarter: Hit | None) -> Hit | None:
    """The reported quarter that "a year earlier" in results of a quarter counts from, when it is the time last told
    (else None: the year counted from the time last told stays)."""
    if not hit.offset or hit.refer != ("year", -1) or last is None or last is not last_quarter:
        return None
    return last if ctx.results_of_a_quarter(hit.start, hit.end) else None


def _refer_to_quarter(text: str, hit: Hit, last: Hit, unit: str, number: int) -> None:
    """TIMEX3 anchors an anaphoric expression on the time in focus (``anchorTimeID``): in results copy that is the
    quarter reported ("the fiscal first quarter" makes "a year ago" 1988-Q1), not the publication date's."""
    assert last.range is not None
    name = text[last.start : last.end]
    try:
        if unit == _periods.QUARTER_OF_YEAR:
            period = _periods.quarter(number, int(last.value[-1]))
        else:
            period = _periods.shift(last.range[0], "quarter", number)
    except (ValueError, OverflowError):
        return
    if period.range is None:
        return
    hit.value, hit.granularity, hit.range = period.value, period.granularity, period.range
    hit.anchor = f"reference: {number:+d} quarters from '{name}'"
    if unit == _periods.QUARTER_OF_YEAR:
        hit.anchor = f"reference: the quarter of '{name}' in {number}"
    hit.confidence = 0.6


def _refer_weekday(hit: Hit, last: Hit, name: str, offset: int) -> None:
    """ "the previous Friday": the Friday before the day last mentioned (after it for "the following")."""
    if _granularity(last) != "day" or last.range is None or hit.range is None:
        return  # no day to count from: the publication date stays
    weekday, base = hit.range[0].weekday(), last.range[0]
    step = ((base.weekday() - weekday) % 7 or 7) * -1 if offset < 0 else (weekday - base.weekday()) % 7 or 7
    period = _periods.day(base + dt.timedelta(days=step))
    hit.value, hit.range = period.value, period.range
    if hit.part:
        hit.value = f"{period.value}T{hit.part}"
    hit.anchor = f"reference: the {'previous' if offset < 0 else 'following'} such day from '{name}'"
    hit.confidence = 0.6


# How long before publication a day told may be the day of a report whose future a weekday is counted in.
_REPORT_REACH = dt.timedelta(days=7)


def _refer_reported_weekday(hit: Hit, last: Hit, name: str, pub: dt.date | None) -> None:
    """ "we had planned a dharna for friday. the chief minister promised us things would be normal by saturday": a
    future seen from a report is the first such day after the day the story last told, when that day lies in the week
    before publication; otherwise (no day told, or one long past) the next such day after publication stays."""
    if _granularity(last) != "day" or last.range is None or hit.range is None or pub is None:
        return
    told = last.range[0]
    if not pub - _REPORT_REACH <= told < pub:
        return
    _refer_weekday(hit, last, name, 1)
    hit.anchor = f"reported future: the following such day from '{name}'"


def _refer_month_day(hit: Hit, last: Hit, name: str, day_number: int) -> None:
    """ "Talks began on March 3 and ended on the 14th": that day of the month last mentioned."""
    if _granularity(last) not in ("day", "month") or last.range is None:
        return  # no month to count in: the publication month stays
    base = last.range[0]
    if not cal.day_exists(base.month, day_number, base.year):
        return
    period = _periods.day(dt.date(base.year, base.month, day_number))
    hit.value, hit.range = period.value, period.range
    if hit.part:
        hit.value = f"{period.value}T{hit.part}"  # "at 10 am on the 14th"
    hit.anchor = f"reference: day {day_number} of the month of '{name}'"
    hit.confidence = 0.6


# "the quarter a year ago", "the same month a year earlier": one DATE, that period one year back.
_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier)$", re.IGNORECASE)
_PERIOD_LEAD = re.compile(r"^the\s", re.IGNORECASE)
_PERIODS_IN_YEAR = {"month": 12, "quarter": 4}


def _merge_year_back(text: str, hits: list[Hit]) -> list[Hit]:
    """Join each period and the "a year ago" right after it into one DATE ("the quarter a year ago")."""
    out: list[Hit] = []
    for hit in hits:
        merged = _year_back(text, out[-1], hit) if out else None
        if merged is None:
            out.append(hit)
        else:
            out[-1] = merged
    return out


def _year_back(text: str, prev: Hit, hit: Hit) -> Hit | None:
    """The period ``prev`` one year back, when ``hit`` is the "a year ago" right after it; else None."""
    if prev.range is None or not _year_back_pair(text, prev, hit):
        return None
    try:
        period = _periods.shift(prev.range[0], prev.granularity, -_PERIODS_IN_YEAR[prev.granularity])
    except (ValueError, OverflowError):
        return None
    merged = Hit(prev.start, hit.end, "DATE", period.value, period.granularity, min(prev.confidence, 0.6),
                 period.range, None, f"one year before '{text[prev.start : prev.end]}'")  # fmt: skip
    merged.offset = True
    return merged


def _year_back_pair(text: str, prev: Hit, hit: Hit) -> bool:
    """Whether ``prev`` is "the" month or quarter and ``hit`` the "a year ago" one space after it."""
    return (
        prev.type == "DATE"
        and prev.granularity in _PERIODS_IN_YEAR
        and prev.mod is None
        and _PERIOD_LEAD.match(text[prev.start : prev.end]) is not None
        and hit.offset
        and _YEAR_BACK.match(text[hit.start : hit.end]) is not None
        and text[prev.end : hit.start] == " "
    )


_EVE = re.compile(r"\bthe\s+eve\s+of\s+$", re.IGNORECASE)


def _apply_eve(text: str, hits: list[Hit]) -> None:
    """ "on the eve of May Day": the day before a named day. "the eve of the election" names no day: nothing."""
    for hit in hits:
        if hit.type != "DATE" or hit.granularity != "day" or hit.range is None:
            continue
        eve = _EVE.search(text, max(0, hit.start - 16), hit.start)
        if eve is None:
            continue
        period = _periods.day(hit.range[0] - dt.timedelta(days=1))
        hit.start, hit.value, hit.range = eve.start(), period.value, period.range
        hit.anchor = f"the eve: the day before {text[eve.end() : hit.end]}"


def _apply_since(text: str, hit: Hit, pub: dt.date | None) -> None:
    """ "since October": an open range from the start of October to the publication date."""
    if hit.type != "DATE" or hit.range is None or not _SINCE.search(text, max(0, hit.start - 8), hit.start):
        return
    hit.mod = "AFTER"
    hit.granularity = "range"
    hit.range = (hit.range[0], pub if pub and pub >= hit.range[0] else hit.range[1])
    hit.anchor = f"since: from {hit.value} to the publication date"


def _to_expression(text: str, hit: Hit) -> TimeExpression:
    start, end = hit.start, hit.end
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        type=hit.type,
        value=hit.value,
        granularity=hit.granularity,
        provenance=Provenance(stage="temporal", version=VERSION, confidence=round(hit.confidence, 2)),
        range_start=hit.range[0] if hit.range else None,
        range_end=hit.range[1] if hit.range else None,
        mod=hit.mod,
        anchor=hit.anchor,
    )
