"""Result dicts shaped like serialize.result_to_dict, for the store tests of every backend."""

from __future__ import annotations

from typing import Any

PIPELINE = "0.1.0"
CHILD_TABLES = ("events", "quotes", "places", "entities")

# -- a small factory for result dicts shaped like serialize.result_to_dict ---------------


def actor(name: str, country: str | None) -> dict[str, Any]:
    return {"name": name, "country": country, "sector": "GOV", "kind": "country", "code": f"{country}GOV"}


def participant(name: str, country: str | None, start: int = 0) -> dict[str, Any]:
    return {"text": name, "start": start, "end": start + len(name), "code": f"{country}GOV", "members": []}


def make_event(
    type_: str = "ACCUSE",
    source: tuple[str, str | None] = ("Russia", "RUS"),
    target: tuple[str, str | None] = ("Ukraine", "UKR"),
    date: str | None = "2022-01-05",
    lemma: str | None = None,
) -> dict[str, Any]:
    """An event dict; ``lemma`` adds the ``trigger_lemma`` of 0.11.0 (without it, an event stored before)."""
    src = {**participant(*source), "name": source[0], "country": source[1], "sector": "GOV"}
    tgt = {**participant(*target, start=20), "name": target[0], "country": target[1], "sector": "GOV"}
    event: dict[str, Any] = {
        "type": type_,
        "mode": None,
        "cameo": "112",
        "quad_class": 3,
        "score": -2.0,
        "trigger": {"text": "accused", "start": 7, "end": 14},
        "source": src,
        "target": tgt,
        "date": {"value": date, "granularity": "day", "method": "publication date"} if date else None,
        "location": None,
        "negated": False,
        "hypothetical": False,
        "future": False,
        "confidence": 0.8,
        "sentence": {"text": f"{source[0]} accused {target[0]}.", "start": 0, "end": 30},
        "quote": None,
        "explanation": "verb pattern",
        "stage": "events",
        "version": "1",
    }
    if lemma is not None:
        event["trigger_lemma"] = lemma
    return event


def make_quote(speaker: str = "Lavrov") -> dict[str, Any]:
    return {
        "content": {"text": "We will respond.", "start": 40, "end": 56},
        "speaker": {"text": speaker, "start": 60, "end": 60 + len(speaker)},
        "cue": {"text": "said", "start": 70, "end": 74},
        "medium": None,
        "direct": True,
        "kind": "direct",
        "speaker_actor": actor(speaker, "RUS"),
        "speaker_entity": None,
        "events": [],
        "confidence": 0.9,
    }


def make_place(name: str = "Kyiv", country: str = "UKR") -> dict[str, Any]:
    return {
        "text": name,
        "start": 80,
        "end": 80 + len(name),
        "name": name,
        "country": country,
        "lat": 50.45,
        "lon": 30.52,
        "feature": "city",
        "role": "literal",
        "geonameid": 703448,
        "confidence": 0.7,
    }


def make_entity(text: str = "Russia") -> dict[str, Any]:
    return {
        "text": text,
        "start": 0,
        "end": len(text),
        "label": "GPE",
        "role": "name",
        "actor": actor(text, "RUS"),
        "refers_to": None,
        "confidence": 1.0,
    }


def make_result(
    article_id: str = "a1",
    text: str = "Russia accused Ukraine of shelling.",
    *,
    events: int = 2,
    quotes: int = 1,
    places: int = 1,
    entities: int = 2,
    date: str | None = "2022-01-05",
    lemma: str | None = None,
) -> dict[str, Any]:
    """An event dict; ``lemma`` adds the ``trigger_lemma`` of 0.11.0 (without it, an event stored before)."""
    return {
        "schema": 1,
        "id": article_id,
        "title": f"Title of {article_id}",
        "date": date,
        "url": f"https://example.org/{article_id}",
        "source": "Example News",
        "text": text,
        "events": [make_event() for _ in range(events)],
        "quotes": [make_quote() for _ in range(quotes)],
        "places": [make_place() for _ in range(places)],
        "times": [],
        "entities": [make_entity() for _ in range(entities)],
        "amounts": [],
        "marked": [],
        "warnings": [],
    }
