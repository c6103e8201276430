"""The public JSON form of an ``ArticleResult`` (documented in docs/output-format.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from eventwire import __version__
from eventwire.model import (
    Amount,
    ArticleResult,
    EntityMention,
    Event,
    Place,
    Provenance,
    Quote,
    Span,
    TimeExpression,
)

SCHEMA_VERSION = 1


def _made_by(provenance: Provenance) -> dict[str, Any]:
    """Who produced an item and how sure it is: every extracted item carries these three keys."""
    return {"confidence": provenance.confidence, "stage": provenance.stage, "version": provenance.version}


class _Written(Protocol):
    text: str
    start: int
    end: int


def _written(item: _Written) -> dict[str, Any]:
    """Where an item stands in the article, and its words there (the keys every span-based item opens with)."""
    return {"text": item.text, "start": item.start, "end": item.end}


def _span(span: Span | None) -> dict[str, Any] | None:
    return span.to_dict() if span else None


def place_to_dict(place: Place) -> dict[str, Any]:
    return {
        **_written(place),
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "feature": place.feature,
        "role": place.role,
        "geonameid": place.geonameid,
        **_made_by(place.provenance),
    }


def time_to_dict(time: TimeExpression) -> dict[str, Any]:
    return {
        **_written(time),
        "type": time.type,
        "value": time.value,
        "granularity": time.granularity,
        "mod": time.mod,
        "range": {
            "start": time.range_start.isoformat() if time.range_start else None,
            "end": time.range_end.isoformat() if time.range_end else None,
        },
        "anchor": time.anchor,
        **_made_by(time.provenance),
    }


def entity_to_dict(entity: EntityMention) -> dict[str, Any]:
    return {
        **_written(entity),
        "label": entity.label,
        "role": entity.role,
        "actor": entity.actor.to_dict() if entity.actor else None,
        "refers_to": entity.refers_to,
        **_made_by(entity.provenance),
    }


def amount_to_dict(amount: Amount) -> dict[str, Any]:
    return {
        **_written(amount),
        "value": amount.value,
        "unit": amount.unit,
        **_made_by(amount.provenance),
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "content": quote.content.to_dict(),
        "speaker": _span(quote.speaker),
        "cue": _span(quote.cue),
        "medium": _span(quote.medium),
        "direct": quote.direct,
        "kind": quote.kind,
        "speaker_actor": quote.speaker_actor.to_dict() if quote.speaker_actor else None,
        "speaker_entity": quote.speaker_entity,
        "events": list(quote.events),
        **_made_by(quote.provenance),
    }


def event_to_dict(event: Event, places: list[Place]) -> dict[str, Any]:
    location = places[event.location] if event.location is not None else None
    return {
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "score": event.score,
        "trigger": event.trigger.to_dict(),
        "trigger_lemma": event.trigger_lemma,
        "source": event.source.to_dict() if event.source else None,
        "target": event.target.to_dict() if event.target else None,
        "date": event.date.to_dict() if event.date else None,
        "location": place_to_dict(location) if location else None,
        "location_how": event.location_how if location else None,
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "future": event.future,
        "reciprocal": event.reciprocal,
        "confidence": event.provenance.confidence,
        "sentence": event.sentence.to_dict(),
        "quote": event.quote,
        "explanation": event.explanation,
        "stage": event.provenance.stage,
        "version": event.provenance.version,
    }


def meta_to_dict(meta: dict[str, Any]) -> dict[str, Any]:
    """What the input said beyond the core fields (author, host, guid, a dump's own columns), JSON-safe.

    Warnings have their own field; values that are not plain JSON (bytes, nested objects) are left
    out rather than risk an article that cannot be stored.
    """
    plain: dict[str, Any] = {}
    for key, value in meta.items():
        if key == "warnings" or not isinstance(key, str):
            continue
        if isinstance(value, dt.date):
            plain[key] = value.isoformat()
        elif value is None or isinstance(value, str | bool | int | float):
            plain[key] = value
        elif key == "repaired" and isinstance(value, list):
            plain[key] = value  # what ingest composed or repaired: [[start, end, original], ...], plain JSON
    return plain


def result_to_dict(result: ArticleResult) -> dict[str, Any]:
    """The article and everything extracted from it, as one JSON-ready object."""
    article = result.article
    return {
        "schema": SCHEMA_VERSION,
        "pipeline": f"eventwire-{__version__}",
        "id": article.id,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "url": article.url,
        "source": article.source,
        "meta": meta_to_dict(article.meta),
        "text": article.text,
        "events": [event_to_dict(e, result.places) for e in result.events],
        "quotes": [quote_to_dict(q) for q in result.quotes],
        "places": [place_to_dict(p) for p in result.places],
        "times": [time_to_dict(t) for t in result.times],
        "entities": [entity_to_dict(e) for e in result.entities],
        "amounts": [amount_to_dict(a) for a in result.amounts],
        "marked": [{"kind": m.kind, "start": m.start, "end": m.end, "text": m.text} for m in result.marked],
        "warnings": list(result.warnings),
    }
