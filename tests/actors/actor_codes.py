"""The actor codes a text's mentions and events' participants resolve to, the shape the actor tables are written in."""

from __future__ import annotations

from eventwire.api import extract

Codes = tuple[str | None, str | None]


def mention_codes(text: str, date: str = "2019-03-02") -> dict[str, Codes]:
    """Mention text -> (country, sector) of every resolved mention in ``text``, published on ``date``."""
    entities = extract(text, date=date).entities
    return {m.text: (m.actor.country, m.actor.sector) for m in entities if m.actor is not None}


def participant_list(text: str, date: str = "2019-03-02") -> list[tuple[str, str | None, str | None]]:
    """(span, country, sector) of every resolved source and target of the events in ``text``, in order."""
    out = []
    for event in extract(text, date=date).events:
        for part in (event.source, event.target):
            if part is not None and part.actor is not None:
                out.append((part.span.text, part.actor.country, part.actor.sector))
    return out


def participant_codes(text: str, date: str = "2019-03-02") -> dict[str, Codes]:
    """Span -> (country, sector) of every resolved source and target of the events in ``text``."""
    return {span: (country, sector) for span, country, sector in participant_list(text, date)}
