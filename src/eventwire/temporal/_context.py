"""What the rules may know about a match's surroundings: sentence, tense and nearby cues."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.temporal._lexicon import FUTURE_CUE, PAST_CUE

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*\s+|\n\s*")
_LAST_WORD = re.compile(r"(\w+)[.!?]*[\"'”’)]*\s*$")
# Words whose trailing period is not a sentence end ("Jan. 14", "Gen. Smith", "U.S. officials").
_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "mt",
        "ft",
        "prof",
        "rev",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "pres",
    ]
)
# Direct quotations within a paragraph: wire ``...'', typographic and straight double quotes.
_QUOTE = re.compile(r"(?:``|'')[^\n]*?''|“[^\n“”]*”|\"[^\n\"]*\"")
# How far (in characters) a tense cue may sit from the time expression it colours.
_CUE_WINDOW = 80
_FUTURE_IN_PAST = re.compile(r"\b(?:had|had\s+been|previously|was|were|would\s+have)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Where a clause ends: the tense of "said" after ", officials said" or of "was" in ", which was passed Monday," does not
# reach an expression in another clause (quotes are handled apart).
_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\s--\s|[—–]|\b(?:that|which|who|whom|whose|while|whereas|because|although|though|but)\b", re.IGNORECASE
)
_WOULD = re.compile(r"\bwould\s+(?!have\b|not\s+have\b|\w+ed\b)", re.IGNORECASE)
# An arrangement in the progressive ("Clinton is traveling to Moscow on Monday") looks ahead like a reported future:
# a weekday is the coming one, a date the nearest ("is continuing ... under a June agreement" is no schedule).
# An infinitive of intent ("an agreement to acquire the bank in January", "voted to hold elections in March") looks
# ahead from its event, which may lie in the past: a date or month takes the nearest; a weekday ignores it.
_INTENT = re.compile(
    r"\bto\s+(?!(?:the|a|an|be|been|have|his|her|its|their|this|that|these|those|date|day|week|month|year|"
    r"record|about|around|nearly|almost|more|less|some)\b|[A-Z0-9$])[a-z]+\b"
)
# A modal of possibility or a condition looks ahead from its clause: "a candidate who can win in November", "GOP
# gains might come in November", "should Mrs. Clinton win in November". Like "would", only before the expression and
# not before a possessive ("Friday's agreement may ..." names a day already past); "may" only lower-case (no month).
# "it may be recalled that on sunday ..." (Indian English: "remember that") recalls the past.
_MODAL = re.compile(
    r"\b(?:can(?!not\s+have|'t\s+have)|might(?!\s+have)|should(?!\s+have)"
    r"|(?-i:may)(?!\s+have|\s+be\s+(?:recalled|remembered|noted|mentioned)\b))\b",
    re.IGNORECASE,
)
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?=\w{3,}ing\b)(?!\w*(?:thing|ning|ring|ping|king)\b)\w+", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
# "ahead of Tuesday's vote", "in advance of the March 15 deadline": what one gets ahead of lies ahead. Only before
# the expression ("deployed Saturday ahead of the vote" says nothing of Saturday), and only where no verb of the
# clause gives a tense: a past narrative ("were deployed ahead of Sunday's vote") keeps its past.
_AHEAD_OF = re.compile(r"\b(?:ahead|in\s+advance)\s+of\b", re.IGNORECASE)
# Earnings copy: results compared with "a year ago" mean the same quarter of the previous year.
_QUARTER_TALK = re.compile(r"\bquarter|\bthe\s+latest\s+period\b", re.IGNORECASE)
# A whole year or a longer stretch compared: "in the nine months", "for the year ended Aug. 31", "this year".
NOT_A_QUARTER = re.compile(
    r"\b(?:(?:six|nine|\d+)\s+months|year\s+(?:ended|ending)|this\s+year|first\s+half|full\s+year|fiscal\s+year)\b",
    re.IGNORECASE,
)
_RESULTS_TALK = re.compile(
    r"\$|\bcents?\b|\ba\s+share\b|\bnet\b|\bprofits?\b|\bloss(?:es)?\b|\brevenues?\b|\bsales\b|\bearn|\bresults\b",
    re.IGNORECASE,
)


@dataclass
class Context:
    """The article text, its publication date and its sentence spans."""

    text: str
    pub: dt.date | None
    sentences: list[tuple[int, int]]
    _starts: list[int] = field(default_factory=list)
    _quotes: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.sentences]
        self._quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(self.text)]

    def quote_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The direct quotation (``...'', “...”, "...") that holds the span, if any."""
        i = bisect.bisect_right(self._quotes, (start, len(self.text))) - 1
        if i >= 0 and self._quotes[i][0] < start and end <= self._quotes[i][1]:
            return self._quotes[i]
        return None

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, len(self.text)
        return self.sentences[self.sentence_index(pos)]

    def tense(self, start: int, end: int, intent: bool = False) -> str:
        """'future', 'past', 'reported', 'intent' or 'none': the tense cue closest to the span, in its clause if any.

        'intent' (asked for by dates and months only) is an infinitive of intent, read like 'reported'.
        'reported' is a future seen from a report or a plan ("said the talks would resume Friday", "the bonds would
        mature in June"): ahead of the report, which may itself be days before publication, so only a weekday reads
        it as ahead; dates take the nearest.
        """
        s_start, s_end = self.sentence_span(start)
        lo, hi = max(s_start, start - _CUE_WINDOW), min(max(s_end, end), end + _CUE_WINDOW)
        quote = self.quote_around(start, end)
        if quote is not None:
            # A speaker's own words carry their tense: "said" outside ``we will leave Friday'' is no cue.
            lo, hi = max(lo, quote[0]), min(hi, quote[1])
        # The governing verb sits in the expression's clause: "will be held on Monday, officials said" looks ahead.
        c_lo, c_hi = self._clause(lo, start, end, hi)
        found = self._nearest_cue(c_lo, start, end, c_hi, intent) or self._nearest_cue(lo, start, end, hi, intent)
        return found or "none"

    def forecast(self, start: int, end: int) -> bool:
        """Whether the span sits in a forecast: its nearest tense cue looks ahead ("the minister will arrive at 3 pm",
        "police said the curfew will be lifted at 6 pm"), and no past verb before it in its clause governs it
        ("dealers placed orders in the morning to start the day": the infinitive is a purpose)."""
        if self.tense(start, end) != "future":
            return False
        s_start, _ = self.sentence_span(start)
        c_lo, _ = self._clause(max(s_start, start - _CUE_WINDOW), start, end, end)
        ahead_before = any(p.search(self.text, c_lo, start) for p in (FUTURE_CUE, _MODAL))
        return ahead_before or PAST_CUE.search(self.text, c_lo, start) is None

    def day_bounds(self, start: int, end: int) -> tuple[dt.date | None, dt.date | None]:
        """(not before, not after) the day of a clock time or part of the day may be: in a forecast no day the story
        told before publication, in a past narrative none after it ("a clash broke out around 9 pm")."""
        if self.pub is None:
            return None, None
        if self.forecast(start, end):
            return self.pub, None
        return None, self.pub if self.tense(start, end) == "past" else None

    def _clause(self, lo: int, start: int, end: int, hi: int) -> tuple[int, int]:
        left = lo
        for m in _CLAUSE_BREAK.finditer(self.text, lo, start):
            left = m.end()
        right = _CLAUSE_BREAK.search(self.text, end, hi)
        return left, right.start() if right else hi

    def _nearest_cue(self, lo: int, start: int, end: int, hi: int, intent: bool) -> str | None:
        best: tuple[tuple[int, int], str] | None = None
        for pattern, label in (
            (FUTURE_CUE, "future"),
            (PAST_CUE, "past"),
            (_WOULD, "reported"),
            (_PROGRESSIVE, "reported"),
            (_MODAL, "modal"),
            *(((_INTENT, "intent"),) if intent else ()),
        ):
            for m in pattern.finditer(self.text, lo, hi):
                if start <= m.start() < end:
                    continue
                if label in ("reported", "intent", "modal") and not self._looks_ahead(m, start, end):
                    continue
                dist = start - m.end() if m.end() <= start else m.start() - end
                # At equal distance the cue before the span governs it ("promised Monday to begin talks"), then a
                # future cue: "will ... on Thursday" is rarer and more telling.
                key = (dist, 0 if m.end() <= start else 1)
                if best is None or key < best[0]:
                    tense = "future" if label == "modal" else label
                    best = (key, "past" if tense == "future" and self._future_in_past(m.start()) else tense)
        if best is None and _AHEAD_OF.search(self.text, max(lo, start - 30), start):
            return "reported"  # a weak cue: "were steady ahead of Monday's caucus" takes the verb's past
        return best[1] if best else None

    def _looks_ahead(self, would: re.Match[str], start: int, end: int) -> bool:
        """ "said the talks would resume Friday", "the bonds would mature in June": a future seen from a report or a
        plan ("would fight Wednesday's ruling" names a day already past). Only a "would" before the span counts."""
        return would.end() <= start and not _POSSESSIVE.match(self.text, end)

    def _future_in_past(self, cue: int) -> bool:
        """ "had been scheduled to expire", "as previously planned": a plan already in the past."""
        return bool(_FUTURE_IN_PAST.search(self.text, max(0, cue - 24), cue))

    def quarterly_results(self, start: int, end: int) -> bool:
        """True when the sentence reports results and it or the two before it talk of a quarter."""
        return self.reports_results(start, end) and self.talks_of_quarters(start, end)

    def talks_of_quarters(self, start: int, end: int) -> bool:
        """True when the sentence of the span or the two before it talk of a quarter."""
        return bool(_QUARTER_TALK.search(self.preceding_text(start, end)))

    def results_of_a_quarter(self, start: int, end: int) -> bool:
        """True when the sentence talks of results and of no longer period ("the nine months", "the year ended")."""
        s_start, s_end = self.sentence_span(start)
        return self.reports_results(start, end) and not NOT_A_QUARTER.search(self.text, s_start, max(s_end, end))

    def reports_results(self, start: int, end: int) -> bool:
        """True when the sentence of the span talks of results (money, a share, net, profit, loss, sales ...)."""
        s_start, s_end = self.sentence_span(start)
        return bool(_RESULTS_TALK.search(self.text, s_start, max(s_end, end)))

    def preceding_text(self, start: int, end: int, back: int = 2) -> str:
        """Text of the same sentence (minus the span) and up to ``back`` sentences before it."""
        if not self.sentences:
            return self.text[max(0, start - 400) : start] + " " + self.text[end : end + 200]
        index = self.sentence_index(start)
        first = self.sentences[max(0, index - back)][0]
        s_end = self.sentences[index][1]
        return self.text[first:start] + " " + self.text[end:s_end]


def naive_sentences(text: str) -> list[tuple[int, int]]:
    """Split on sentence punctuation and newlines when the caller gave no sentences."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group()[0] in ".!?" and _is_abbreviation(text, m.start()):
            continue
        if text[start : m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _is_abbreviation(text: str, period: int) -> bool:
    word = _LAST_WORD.search(text, max(0, period - 12), period + 1)
    if word is None:
        return False
    token = word.group(1)
    # Single letters ("U.S.", "J. Smith") and known abbreviations do not end a sentence.
    return len(token) == 1 or token.lower() in _ABBREVIATIONS


def make_context(text: str, pub: dt.date | None, sentences: Sequence[tuple[int, int]]) -> Context:
    spans = sorted((int(s), int(e)) for s, e in sentences) if sentences else naive_sentences(text)
    return Context(text=text, pub=pub, sentences=spans)
