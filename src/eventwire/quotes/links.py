"""Links between quotes and statement events: each event points to the quote that carries it.

An event is carried by a quote when its trigger lies inside the quote's content (an accusation
said in a quotation) or is the quote's cue ("Blinken accused North Korea of ..."). Each quote lists
the events it expresses, in event order.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.model import Event, Quote, Span


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def carrier(event: Event, quotes: Sequence[Quote]) -> int | None:
    """Index of the quote that carries the event: its cue first, then the tightest content."""
    for index, quote in enumerate(quotes):
        if quote.cue is not None and _overlap(quote.cue, event.trigger):
            return index
    best: int | None = None
    for index, quote in enumerate(quotes):
        if _inside(event.trigger, quote.content):
            size = quote.content.end - quote.content.start
            if best is None or size < quotes[best].content.end - quotes[best].content.start:
                best = index
    return best


def link_events(events: Sequence[Event], quotes: Sequence[Quote]) -> None:
    """Set ``Event.quote`` and fill ``Quote.events`` (both indexes into the article's lists)."""
    for quote in quotes:
        quote.events = []
    for index, event in enumerate(events):
        event.quote = carrier(event, quotes)
        if event.quote is not None:
            quotes[event.quote].events.append(index)
