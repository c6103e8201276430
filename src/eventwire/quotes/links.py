"""Links between quotes and statement events: each event points to the quote that carries it.

A quote carries an event when

* the event's trigger is the quote's cue ("Blinken **criticized** North Korea's tests"), or
* the trigger lies inside the quote's content (an accusation said in a quotation, a test-firing
  that North Korea "said" it conducted), the tightest such quote first, or
* the quote's cue sits in the event's sentence and the quote's speaker is the event's source: the
  words that spell the event out ("criticized the tests, **describing** them as “destabilizing”").

``Event.quote`` is the first of these (in that order of preference); ``Quote.events`` lists every
event a quote carries, so one event may appear in several quotes' lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.model import Event, Quote, Span


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
