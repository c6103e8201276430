"""The time-expression stage: find dates, times, durations and sets in news text.

``find_times(text, pub_date, sentences=(), excluded=())`` returns ``TimeExpression``
items whose offsets point into ``text``; values follow TimeML / TempEval-3 and are
resolved against the publication date.

Conventions chosen here:

* Extents follow TimeML: signal words ("on", "in", "since", "for", "after") stay
  outside the span, modifiers ("early", "late", "about", "the past") stay inside.
* "since October": the span is "October", value ``2021-10``, ``mod="AFTER"``,
  granularity ``"range"``, ``range_start`` = 2021-10-01 (inclusive) and
  ``range_end`` = the publication date.
* "a day after" / "two days before" / "three days later": DURATION ``P1D`` / ``P2D`` /
  ``P3D`` spanning "a day", with ``anchor="relative to an event: P1D after"``; the event
  stage finds the event. "two months earlier/later" is a DATE guessed from the
  publication date (low confidence) with the offset in ``anchor``.
* Extents as TimeBank marks them: "the 1990s", "earlier this month", "around 7:15 p.m."
  (``mod="APPROX"``) inside; "over" ("over three years") and the article of an
  adjective ("the 30-day rate") outside.
* "the year ended March 31" is a reporting period, DURATION ``P1Y``; a bare "for the
  year" is the publication year. "the quarter ended Sept. 30" is the DATE of the calendar quarter holding most of
  the three months up to that day (1989-Q3; "ended July 31" 1989-Q2), and no referent for what follows (the copy
  numbers its quarters by the fiscal year).
* Tense cues come from the expression's sentence, or only from its direct quotation when
  it is inside one. A clock time takes the date of the nearest day named in its sentence, else, like a
  part of the day, of the day the text last named before it, else the publication date; in a forecast ("will
  arrive at 3 pm") neither takes a day told before publication, in a past narrative ("broke out around 9 pm") none
  after it.
* Bare weekdays: most recent such day on or before publication, unless a future cue
  is nearer; "last <weekday>" prefers the previous ISO week when "last week" is
  said nearby or the weekday is publication day or the day before (see ``anchor``).
* Vague quantities: "some months ago" -> PAST_REF, "in recent weeks" -> DURATION PXW,
  "within weeks", "over the years", "the weeks ahead", "months ago" -> DURATION PX*.
* Anaphoric references ("the following year", "that night", "the end of the month", "in the
  morning") count from the last date the text mentioned; bare weekdays and yearless dates
  from the publication date (the narrative reading lost accuracy on TimeBank).
* A four-digit count is no year: "our 1000 employees", "a 2000-strong mob", "rs 1500 crore", "per 1000 boys".
  Two years in a row ("in 1990-91", "2001-02") are one fiscal year or season, named by the first; a longer
  range ("1939-1945") gives both ends. "put at 231 night curfew" (a count, then a singular unit and a noun
  with no determiner) is no length.
* Names and measures are no times: "$2 million a year", "8.5% annually", "per second" (the unit of a
  quantity's rate), "the fall of communism", "the Sunday Times", "Bloody Sunday", "the Good Friday
  accord", "the October Revolution". Holidays are dates, Easter-based ones included.
* Tense: the cue nearest the expression in its own clause, else in its sentence ("will be held on
  Monday, officials said" looks ahead); a scheduled event in the present tense ("the summit opens
  Monday", "the funeral is Saturday", "the law takes effect July 1") looks ahead, as does
  "would" after a reporting verb ("said talks would resume Friday"): counted from the day the story last told
  when that lies in the week before publication ("promised on Friday things would be normal by Saturday").
  Names in -ed ("Ahmed", "Mohammed", "Javed"), "indeed" and "bloodshed" are no past cues.
* "on the 14th", "two years later": counted from the last date the text mentioned, else from the
  publication date; offsets ("a year ago") are never counted from. A bare "the day before" / "the
  year after" and "overnight" are left unmarked: they lost out of fold on the development documents
  (``eventwire eval times --folds 5 --ablate RULE``), AQUAINT's annotators leave them unmarked.
* "until then" / "by then" take the time last mentioned (nothing is marked without one); "the quarter a
  year ago" is one DATE, that quarter one year back; "Monday and Tuesday nights" share the plural (two SETs).
* Results copy counts from the quarter it reports on (TIMEX3's time in focus): the last quarter named that has begun
  by publication, a running one only when told in the past, an earlier one only when a company's own ("the fiscal
  first quarter", "its second quarter"); "a year ago", "year-earlier", "the quarter", "the latest period" and "the
  1988 period" are that quarter or its counterpart a year back, else the latest quarter before publication's.
* "High Noon" and a figurative "high noon" are no clock time (only "at high noon" is); "the people of
  tomorrow", "the world of today", "today's world", "today's youth" name an age, not a day; "for the foreseeable
  future" means "indefinitely" and is no time ("the near future" is FUTURE_REF).
* "in N days/weeks/months/years" with a future verb ("will be redeemed in five years") is a DATE counted ahead
  from publication; in the past ("was built in three years") it is a length.
* Lengths use ISO 8601 units: "two decades" is P20Y.
* A progressive arrangement ("is traveling to Moscow on Monday") and "would" look ahead like a reported
  future; a forecast ("expects sales to rise in the fourth quarter") looks ahead.
* Impossible or far dates ("February 30", "02/31/1985", "in 2150") keep what can be said,
  flagged in ``anchor`` with a low confidence; a year counted past the calendar's edge ("two years later" after
  Dec. 31, 9999) has no TIMEX3 value and is left unresolved (``XXXX``, ``XXX`` for a decade).
* Without a publication date relative expressions get underspecified values
  (``XXXX-XX-XX``, ``XXXX-WXX``) or PRESENT_REF/PAST_REF/FUTURE_REF.
"""

from eventwire.temporal._calendar import value_range
from eventwire.temporal._finder import VERSION, find_times, rule_names, rules_switched_off

__all__ = ["VERSION", "find_times", "rule_names", "rules_switched_off", "value_range"]
