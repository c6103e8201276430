"""Links between quotes and statement events: each event points to the quote that carries it.

A quote carries an event when

* the event's trigger is the quote's cue ("Blinken **criticized** North Korea's tests"), or
* the trigger lies inside the quote's content (an accusation said in a quotation, a test-firing
  that North Korea "said" it conducted), the tightest such quote first, or
* the quote's cue sits in the event's sentence and the quote's speaker is the event's source: the
  words that spell the event out ("criticized the tests, **describing** them as “destabilizing”").

``Event.quote`` is the first of these (in that order of preference); ``Quote.events`` lists every
event a quote carries, so one event may appear in several quotes' lists.

A verbal event (QuadClass 1 or 3: a demand, an accusation, a pledge) said in a quote whose own clause
names no source, or only a pronoun, is the speaker's act: :func:`speaker_as_source` makes the quote's
resolved speaker its source ("Saddam Hussein could not be allowed to flout the inspections, Chretien said").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.model import EntityMention, Event, Participant, Quote, Span

#: QuadClasses of verbal acts, which a speaker performs by saying them.
_VERBAL_QUADS = frozenset({1, 3})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "me"})


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _by_cue(event: Event, quotes: Sequence[Quote]) -> list[int]:
    return [i for i, q in enumerate(quotes) if _overlap(q.cue, event.trigger)]


def _by_content(event: Event, quotes: Sequence[Quote]) -> list[int]:
    inside = [i for i, q in enumerate(quotes) if _inside(event.trigger, q.content)]
    return sorted(inside, key=lambda i: quotes[i].content.end - quotes[i].content.start)


def _by_speaker(event: Event, quotes: Sequence[Quote]) -> list[int]:
    """Quotes cued in the event's sentence whose speaker is the event's source."""
    if event.source is None:
        return []
    source = event.source.span
    return [
        i
        for i, q in enumerate(quotes)
        if q.cue is not None and _inside(q.cue, event.sentence) and _overlap(q.speaker, source)
    ]


def carriers(event: Event, quotes: Sequence[Quote]) -> list[int]:
    """Indexes of the quotes that carry the event, the most direct first."""
    out: list[int] = []
    for found in (_by_cue(event, quotes), _by_content(event, quotes), _by_speaker(event, quotes)):
        out += [i for i in found if i not in out]
    return out


def link_events(events: Sequence[Event], quotes: Sequence[Quote]) -> None:
    """Set ``Event.quote`` and fill ``Quote.events`` (both indexes into the article's lists)."""
    for quote in quotes:
        quote.events = []
    for index, event in enumerate(events):
        found = carriers(event, quotes)
        event.quote = found[0] if found else None
        for q in found:
            quotes[q].events.append(index)


def speaker_as_source(
    doc: Any, events: Sequence[Event], quotes: Sequence[Quote], entities: Sequence[EntityMention] = ()
) -> None:
    """Give a verbal event said inside a quote, with no source or only a pronoun, the quote's speaker as its
    source (run after :func:`link_events`). The quote must report a clause ("said that X must ...", not
    "filed a lawsuit against X", whose object the quote stage also reads as what was said), and its speaker
    must be resolved to an actor and not be the event's target."""
    for event in events:
        if event.quote is None or event.quad_class not in _VERBAL_QUADS or not _open_source(event, entities):
            continue
        quote = quotes[event.quote]
        if quote.speaker is None or quote.speaker_actor is None or not _inside(event.trigger, quote.content):
            continue
        if not _reports_a_clause(doc, quote.content):
            continue
        if event.target is not None and (
            _overlap(quote.speaker, event.target.span)
            or (quote.speaker_entity is not None and quote.speaker_entity == event.target.entity)
        ):
            continue
        event.source = Participant(quote.speaker, quote.speaker_actor, quote.speaker_entity)
        event.explanation += f"; source: '{quote.speaker.text}', the speaker of the quote that carries it"


def _open_source(event: Event, entities: Sequence[EntityMention]) -> bool:
    """No source, or one that is only a pronoun (not resolved to a named actor in its sentence)."""
    source = event.source
    if source is None:
        return True
    if source.entity is not None and 0 <= source.entity < len(entities) and entities[source.entity].role == "pronoun":
        return source.span.text.lower() in _PRONOUNS
    return source.actor is None and source.span.text.lower() in _PRONOUNS


def _reports_a_clause(doc: Any, content: Span) -> bool:
    """Whether a quote's content is a clause (headed by a verb), not a noun phrase object of its cue."""
    words = doc.char_span(content.start, content.end, alignment_mode="expand")
    return words is not None and words.root.pos_ in ("VERB", "AUX")
