"""Event dates: the event's own time expression, else one inherited through the text's
structure, else the publication date flagged as such.

Order of preference for an event whose trigger is token T:
1. a time expression attached to T (its own subtree, not inside a nested clause, nor on the object of a preposition
   of sequence or cause: "an appeal for calm after Wednesday's attack" is not Wednesday's own);
2. "a day after <clause>": the governing clause's date shifted by the duration; else the time on the object of T's
   own "after" phrase, the nearest day the text gives ("curfew was imposed after the eruption of violence on Monday");
3. a time expression attached to a verb that governs T (xcomp, conj, ccomp, advcl, relcl chain), as in 1-2;
4. a point time expression elsewhere in the sentence, unless it dates a clause on another noun, nested in a
   further clause ("killed as areas were brought under curfew following tension sparked by a rally on Friday"), or
   the object of a preposition of cause or starting point ("a protest against the incidents on Wednesday");
5. the date of the nearest earlier dated event within two sentences (same story thread);
6. the publication date (method "publication date").

A date taken from another clause, from elsewhere in the sentence or from an earlier event (3-5) is
not given to a verb in a past tense ("were killed", "has attacked") when it falls after the
publication date: what a report tells in the past tense happened before it was written ("the
delegation would visit Godhra on Friday, where 58 people were killed" does not date the killing
to Friday); such an event falls back to the publication date.

A day word anchored on the publication date ("tonight", "yesterday") inside a direct quote, dating an event of
that quote, counts from the quote's own moment, which may not be the report's: from the day of the quote's cue
("... yesterday," he said on Tuesday), else from the date the story has reached (5: "he took the stage Wednesday
night ... 'Tonight, I ask you'"); with neither, from the publication date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.model import Event, EventDate, Granularity, Quote, TimeExpression
from eventwire.temporal import value_range

_GOVERNING_DEPS = {
    "xcomp",
    "conj",
    "ccomp",
    "advcl",
    "relcl",
    "pcomp",
    "acl",
    "pobj",
    "prep",
    "dobj",
    "nsubj",
    "nsubjpass",
    "attr",
}
_DURATION_RE = re.compile(r"^P(\d+)([DWMY])$")
_INHERIT_REACH = 2  # sentences


def _token_at(doc: Any, char: int) -> Any | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _attachment(doc: Any, time: TimeExpression) -> Any | None:
    """The token a time expression modifies: the head of its span root, up to a verb, a subject or object, or the
    object of a preposition of sequence or cause ("appeal for calm after Wednesday's attack": Wednesday is the
    attack's, not the appeal's)."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    while (
        root.dep_ in ("pobj", "prep", "npadvmod", "nummod", "amod", "compound", "det", "poss") and root.head.i != root.i
    ):
        root = root.head
        if (
            root.pos_ in ("VERB", "AUX")
            or root.dep_ in ("nsubj", "nsubjpass", "dobj")
            or _sequence_object(root) is not None
        ):
            break
    return root


# Prepositions whose object is another event: one told before the event they hang on, most often on the same day
# ("curfew was imposed after the eruption of violence on Monday"), or its cause or starting point ("a protest
# against the killings", "since the massacre").
_AFTER_PREPOSITIONS = frozenset({"after", "following"})
_CAUSE_PREPOSITIONS = frozenset({"against", "since"})
# "in the wake of X", "in connection with X": the noun that makes a phrase such a preposition.
_AFTER_PHRASE_NOUNS = frozenset({"wake", "aftermath"})
_CAUSE_PHRASE_NOUNS = frozenset({"connection", "retaliation", "response"})


def _sequence_object(token: Any) -> str | None:
    """Whether a noun is the object of a preposition of sequence ("after the attack", "in the wake of the attack")
    or cause ("against the killings"): "after", "cause" or None. A time on it dates that noun's event."""
    if token.dep_ != "pobj" or token.pos_ not in ("NOUN", "PROPN"):
        return None
    preposition = token.head
    phrase = preposition.head.lower_ if preposition.dep_ == "prep" and preposition.head.dep_ == "pobj" else ""
    if preposition.lower_ in _AFTER_PREPOSITIONS or phrase in _AFTER_PHRASE_NOUNS:
        return "after"
    if preposition.lower_ in _CAUSE_PREPOSITIONS or phrase in _CAUSE_PHRASE_NOUNS:
        return "cause"
    return None


def _after_object_date(
    token: Any, attached: dict[int, list[int]], times: Sequence[TimeExpression]
) -> tuple[int, Any] | None:
    """The time on the object of the token's own "after" phrase ("imposed after the eruption of violence on Monday"),
    with that object: the nearest day the text gives, unless the phrase measures a gap ("three days after")."""
    for phrase in (c for c in token.children if c.dep_ == "prep"):
        if any(c.dep_ in ("npadvmod", "nummod") for c in phrase.children):
            continue  # "three days after the attack on Monday": the relative shift's, not the same day
        for obj in _after_objects(phrase):
            for index in attached.get(obj.i, []):
                if _usable(times[index]):
                    return index, obj
    return None


def _after_objects(phrase: Any) -> list[Any]:
    """The objects of an "after" phrase: "after [the attack]", "in the wake of [the attack]"."""
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    nested = [o for c in objects for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [o for o in [*objects, *nested] if _sequence_object(o) == "after"]


@dataclass(frozen=True)
class _Story:
    """One article as the dating of its events reads it; ``dated`` grows as its events are dated, in order."""

    doc: Any
    times: Sequence[TimeExpression]
    quotes: Sequence[Quote]
    pub_date: dt.date | None
    attached: dict[int, list[int]]  # token index -> indexes of the times attached to it
    sent_starts: list[int]
    dated: list[tuple[int, EventDate]] = field(default_factory=list)  # (sentence start, date) of dated events

    def inherited(self, event: Event) -> EventDate | None:
        return _inherited(event, self.dated, self.sent_starts)


def date_events(
    doc: Any,
    events: Sequence[Event],
    times: Sequence[TimeExpression],
    pub_date: dt.date | None,
    quotes: Sequence[Quote] = (),
) -> None:
    """Set ``event.date`` for every event, in place."""
    story = _Story(doc, times, quotes, pub_date, _attach_times(doc, times), [s.start_char for s in doc.sents])
    for event in events:
        trigger = _token_at(doc, event.trigger.start)
        date = None if trigger is None else _own_or_governing(trigger, story.attached, times, pub_date)
        if date is None:
            date = _sentence_time(event, trigger, story)
        date = story.inherited(event) if date is None else _in_quote(story, event, date)
        if date is not None and _borrowed(date) and _after(date, pub_date) and _past_tense(trigger):
            date = None
        if date is None:
            date = _publication(pub_date)
        event.date = date
        if date.method != "publication date":
            story.dated.append((event.sentence.start, date))


_DAY_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(.*)\Z")


def _in_quote(story: _Story, event: Event, date: EventDate) -> EventDate:
    """``date`` counted from the quote's own moment where it is a day word anchored on the publication date in the
    direct quote that holds the event (module docstring); else ``date`` itself."""
    times, pub_date = story.times, story.pub_date
    if pub_date is None or date.time_index is None or not 0 <= date.time_index < len(times):
        return date
    time = times[date.time_index]
    match = _DAY_VALUE.match(date.value or "")
    if time.anchor != "publication date" or match is None:
        return date
    quote = next((q for q in story.quotes if _holds(q, time.start) and _holds(q, event.trigger.start)), None)
    if quote is None or quote.kind == "indirect":
        return date
    moment = _quote_moment(story, event, quote)
    if moment is None or moment == pub_date:
        return date
    day = moment + (dt.date.fromisoformat(match.group(1)) - pub_date)
    method = f"{date.method}, from the quote's day"
    return EventDate(day.isoformat() + match.group(2), date.granularity, method, date.time_index, date.mod)


def _quote_moment(story: _Story, event: Event, quote: Quote) -> dt.date | None:
    """The day a quote was spoken: its cue's day ("he said on Tuesday"), else the day the story has reached."""
    moment = _cue_day(story.doc, quote, story.attached, story.times)
    if moment is None:
        earlier = story.inherited(event)
        if earlier is not None and _told(earlier, story.times, story.quotes):
            moment = _single_day(earlier.value)
    return moment


def _told(date: EventDate, times: Sequence[TimeExpression], quotes: Sequence[Quote]) -> bool:
    """A date the report's own words give, outside every quote: the moment the story has reached."""
    index = date.time_index
    return index is not None and 0 <= index < len(times) and not any(_holds(q, times[index].start) for q in quotes)


def _holds(quote: Quote, char: int) -> bool:
    return quote.content.start <= char < quote.content.end


def _cue_day(doc: Any, quote: Quote, attached: dict[int, list[int]], times: Sequence[TimeExpression]) -> dt.date | None:
    """The day a time expression on the quote's cue verb names ("he said on Tuesday")."""
    cue = None if quote.cue is None else _token_at(doc, quote.cue.start)
    if cue is None:
        return None
    for index in attached.get(cue.i, []):
        time = times[index]
        if _usable(time) and not _holds(quote, time.start):
            return _single_day(time.value)
    return None


def _single_day(value: str | None) -> dt.date | None:
    days = value_range(value)
    return days[0] if days is not None and days[0] == days[1] else None


_BORROWED = ("governing clause", "same sentence", "inherited from an earlier event", "after '")


def _borrowed(date: EventDate) -> bool:
    """A date from another clause, another event of its sentence or an earlier one: not the event's own words."""
    return date.method.startswith(_BORROWED)


def _after(date: EventDate, pub_date: dt.date | None) -> bool:
    days = value_range(date.value)
    return pub_date is not None and days is not None and days[0] > pub_date


def _past_tense(trigger: Any | None) -> bool:
    """A verb in a past tense: "killed", "were killed", "has been killed" (not "would visit", "will attack")."""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False  # "would visit", "could be deployed"
    if trigger.tag_ == "VBD" and not auxiliaries:
        return True
    if trigger.tag_ == "VBN":
        # "were killed", "had attacked", "has been killed"
        return any(c.tag_ == "VBD" or (c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")) for c in auxiliaries)
    return False


def _attach_times(doc: Any, times: Sequence[TimeExpression]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for index, time in enumerate(times):
        token = _attachment(doc, time)
        if token is not None:
            out.setdefault(token.i, []).append(index)
    return out


def _usable(time: TimeExpression) -> bool:
    return (
        time.type in ("DATE", "TIME")
        and time.value not in ("", "PRESENT_REF", "FUTURE_REF")
        and not time.value.startswith("X")
    )


def _own_or_governing(
    trigger: Any, attached: dict[int, list[int]], times: Sequence[TimeExpression], pub_date: dt.date | None
) -> EventDate | None:
    token, hops = trigger, 0
    own = _subject_time(trigger, attached, times)
    if own is not None:
        return own
    while True:
        for index in attached.get(token.i, []):
            time = times[index]
            if _usable(time):
                method = "own time expression" if hops == 0 else f"governing clause '{token.text}'"
                return EventDate(time.value, time.granularity, method, index, time.mod)
        relative = _relative_shift(token, attached, times, pub_date)
        if relative is not None:
            return relative
        after = _after_object_date(token, attached, times)
        if after is not None:
            index, obj = after
            time = times[index]
            method = f"after '{obj.text}'" if hops == 0 else f"governing clause '{token.text}'"
            return EventDate(time.value, time.granularity, method, index, time.mod)
        if token.head.i == token.i or token.dep_ not in _GOVERNING_DEPS:
            return None
        token, hops = token.head, hops + 1


def _subject_time(trigger: Any, attached: dict[int, list[int]], times: Sequence[TimeExpression]) -> EventDate | None:
    """ "Blinken on Thursday criticized ...": the parser hangs the time on the subject; it dates the verb."""
    for child in trigger.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for index in attached.get(child.i, []):
            time = times[index]
            if child.idx < time.start and time.end <= trigger.idx and _usable(time):
                return EventDate(time.value, time.granularity, "own time expression", index, time.mod)
    return None


def _relative_shift(
    token: Any, attached: dict[int, list[int]], times: Sequence[TimeExpression], pub_date: dt.date | None
) -> EventDate | None:
    """ "came a day after X said": X's date is the governing clause's date minus one day."""
    marker = token if token.lower_ in ("after", "before") else None
    if marker is None:
        marker = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if marker is None:
        return None
    anchor = token.head  # the clause the "after"-phrase hangs on ("came")
    # The parser hangs "a year" on the marker, the clause or the governing verb, depending on the sentence.
    near = (
        [*marker.children, *token.children, *anchor.children]
        if marker is not token
        else [*marker.children, *anchor.children]
    )
    measures = [c for c in near if c.dep_ in ("npadvmod", "nummod")]
    for child in measures:
        for index, time in enumerate(times):
            if not time.start <= child.idx < time.end:
                continue
            match = _DURATION_RE.match(time.value)
            if match is None:
                continue
            own = _clause_date(anchor, attached, times)
            base = own or pub_date
            if base is None:
                return None
            sign = -1 if marker.lower_ == "after" else 1
            shifted = _shift(base, int(match.group(1)) * sign, match.group(2))
            if shifted is None:
                return None
            value, granularity = shifted
            via = "its clause's date" if own else "the publication date"
            return EventDate(value, granularity, f"relative: '{time.text} {marker.text}' {via}", index)
    return None


def _shift(base: dt.date, amount: int, unit: str) -> tuple[str, Granularity] | None:
    """``base`` moved by a duration: days and weeks to the day, months to the month, years to the year."""
    try:
        if unit in ("D", "W"):
            return (base + dt.timedelta(days=amount * (7 if unit == "W" else 1))).isoformat(), "day"
        if unit == "M":
            index = base.year * 12 + base.month - 1 + amount
            return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
        return f"{base.year + amount:04d}", "year"
    except OverflowError:
        return None  # a shift past year 1 or 9999 is no date


def _clause_date(token: Any, attached: dict[int, list[int]], times: Sequence[TimeExpression]) -> dt.date | None:
    """A clause's day: a time on its verb, or on its subject before the verb ("The talks on Friday came")."""
    subjects = [c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
    for index in [i for t in (token.i, *subjects) for i in attached.get(t, [])]:
        time = times[index]
        if time.granularity == "day" and _usable(time):
            try:
                return dt.date.fromisoformat(time.value[:10])
            except ValueError:
                return None
    return None


def _sentence_time(event: Event, trigger: Any | None, story: _Story) -> EventDate | None:
    """The nearest point-like date in the same sentence (ranges such as "since October" excluded), unless it
    dates another clause of its own ("killed in violence as areas were brought under curfew following tension
    sparked by the programme on Friday": Friday is the programme's)."""
    times = story.times
    best: tuple[int, int] | None = None
    for index, time in enumerate(times):
        if not (event.sentence.start <= time.start < event.sentence.end) or not _usable(time):
            continue
        attachment = _attachment(story.doc, time)
        if trigger is not None and (
            _in_other_clause(trigger, attachment) or _dates_an_earlier_cause(trigger, attachment)
        ):
            continue
        if time.mod in ("AFTER", "BEFORE", "ON_OR_AFTER", "ON_OR_BEFORE") or time.granularity == "range":
            continue
        distance = abs(time.start - event.trigger.start)
        if best is None or distance < best[0]:
            best = (distance, index)
    if best is None:
        return None
    time = times[best[1]]
    return EventDate(time.value, time.granularity, "same sentence", best[1], time.mod)


_CLAUSE_DEPS = ("acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "pcomp")


def _in_other_clause(trigger: Any, attachment: Any | None) -> bool:
    """Whether a time's attachment lies in a clause on a noun, nested in a further clause, below where it meets
    the trigger's ancestors ("killed as areas were brought under curfew following tension sparked by the programme
    on Friday": Friday is the programme's). A clause on a noun right under the trigger's clause is often told of
    the same moment ("In a memorandum submitted on Monday, the parties condemned ..."), and so is a chain of
    actions ("killed when police fired to disperse a mob ... on Tuesday afternoon")."""
    if attachment is None:
        return False
    ancestors = {trigger.i, *(t.i for t in trigger.ancestors)}
    token, clauses, on_noun = attachment, 0, False
    while token.i not in ancestors:
        if token.dep_ in _CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            clauses += 1
            on_noun = on_noun or _modifies_noun(token)
        if token.head.i == token.i:
            break
        token = token.head
    return on_noun and clauses >= 2


def _dates_an_earlier_cause(trigger: Any, attachment: Any | None) -> bool:
    """Whether a time dates the object of a preposition of cause or starting point that the trigger is not part of
    ("a demonstration in protest against the incidents in Gujarat on Wednesday": Wednesday is the incidents')."""
    if attachment is None or _sequence_object(attachment) != "cause":
        return False
    return not (attachment.left_edge.i <= trigger.i <= attachment.right_edge.i)


def _modifies_noun(token: Any) -> bool:
    """A relative clause or a past participle on a noun ("the exam, which starts ...", "tension sparked by ...");
    not an -ing participle, which tells what the noun was doing then ("a mob indulging in arson")."""
    if token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return bool(token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBN"))


def _inherited(event: Event, dated: list[tuple[int, EventDate]], sent_starts: list[int]) -> EventDate | None:
    if not dated:
        return None
    start, date = dated[-1]  # the nearest earlier dated event
    if _sentence_no(event.sentence.start, sent_starts) - _sentence_no(start, sent_starts) > _INHERIT_REACH:
        return None
    return EventDate(date.value, date.granularity, "inherited from an earlier event", date.time_index, date.mod)


def _sentence_no(char: int, sent_starts: list[int]) -> int:
    return max(0, bisect.bisect_right(sent_starts, char) - 1)


def _publication(pub_date: dt.date | None) -> EventDate:
    if pub_date is None:
        return EventDate(None, "none", "none")
    return EventDate(pub_date.isoformat(), "day", "publication date")
