"""Flatten the parts of a result dict into table rows: one column spec per child table.

Each spec pairs a column with how to read it from the item's dict, so the INSERT
statement and the row values come from one place. Missing keys read as ``None``:
the store accepts hand-built or older result dicts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Getter = Callable[[Mapping[str, Any]], Any]
# One encoder for every row: ``json.dumps`` with options builds a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False)


def at(item: Mapping[str, Any] | None, *keys: str) -> Any:
    """``item[k1][k2]...``, or ``None`` when any step is missing or not a dict."""
    value: Any = item
    for key in keys:
        # Plain dicts first: the Mapping check goes through the ABC machinery, a cost per column per row.
        if not isinstance(value, (dict, Mapping)):
            return None
        value = value.get(key)
    return value


def _path(*keys: str) -> Getter:
    if len(keys) == 1:
        # A getter is handed the item's dict itself (``ChildTable._row``): one lookup, no walk.
        (key,) = keys
        return lambda item: item.get(key)
    if len(keys) == 2:
        return _nested(*keys)
    return lambda item: at(item, *keys)


def _nested(outer: str, inner: str) -> Getter:
    """``item[outer][inner]`` without ``at``'s general walk: two thirds of the columns, for every row stored."""

    def get(item: Mapping[str, Any]) -> Any:
        value = item.get(outer)
        if isinstance(value, dict):
            return value.get(inner)
        return None if value is None else at(value, inner)

    return get


def _flag(*keys: str) -> Getter:
    def get(item: Mapping[str, Any]) -> int | None:
        value = at(item, *keys)
        return None if value is None else int(bool(value))

    return get


@dataclass(frozen=True)
class ChildTable:
    """A table holding one row per item of ``result[key]``."""

    name: str
    key: str
    json_column: str
    columns: tuple[tuple[str, Getter], ...]

    def insert_sql(self) -> str:
        names = ["article_id", "idx", *(c for c, _ in self.columns), self.json_column]
        marks = ", ".join("?" for _ in names)
        return f"INSERT INTO {self.name} ({', '.join(names)}) VALUES ({marks})"

    def rows(self, article_id: str, result: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """One row per item; the last value is the item's JSON (``result_json`` reuses it)."""
        items: Sequence[Any] = result.get(self.key) or []
        getters = [get for _, get in self.columns]
        return [self._row(article_id, idx, item, getters) for idx, item in enumerate(items)]

    @staticmethod
    def _row(article_id: str, idx: int, item: Any, getters: list[Getter]) -> tuple[Any, ...]:
        mapping: Mapping[str, Any] = item if isinstance(item, (dict, Mapping)) else {}
        return (article_id, idx, *[get(mapping) for get in getters], _JSON.encode(item))


def result_json(result: Mapping[str, Any], children: Mapping[str, list[tuple[Any, ...]]]) -> str:
    """``json.dumps(result, ensure_ascii=False)``, byte for byte, with each child list spliced in from its rows.

    The rows already hold every event, quote, place and entity as JSON: encoding them again
    inside the whole result was a third of the time spent storing an article.
    """
    spliced = {key: rows for key, rows in children.items() if isinstance(result.get(key), list)}
    if not spliced or not isinstance(result, dict) or not all(isinstance(key, str) for key in result):
        return json.dumps(result, ensure_ascii=False)
    parts = []
    for key, value in result.items():
        rows = spliced.get(key)
        encoded = "[" + ", ".join(row[-1] for row in rows) + "]" if rows is not None else _JSON.encode(value)
        parts.append(f"{_JSON.encode(key)}: {encoded}")
    return "{" + ", ".join(parts) + "}"


EVENTS = ChildTable(
    "events",
    "events",
    "event_json",
    (
        ("type", _path("type")),
        ("mode", _path("mode")),
        ("cameo", _path("cameo")),
        ("quad_class", _path("quad_class")),
        ("score", _path("score")),
        ("source_text", _path("source", "text")),
        ("source_name", _path("source", "name")),
        ("source_country", _path("source", "country")),
        ("source_sector", _path("source", "sector")),
        ("target_text", _path("target", "text")),
        ("target_name", _path("target", "name")),
        ("target_country", _path("target", "country")),
        ("target_sector", _path("target", "sector")),
        ("date_value", _path("date", "value")),
        ("date_granularity", _path("date", "granularity")),
        ("date_method", _path("date", "method")),
        ("location_name", _path("location", "name")),
        ("location_country", _path("location", "country")),
        ("lat", _path("location", "lat")),
        ("lon", _path("location", "lon")),
        ("negated", _flag("negated")),
        ("hypothetical", _flag("hypothetical")),
        ("future", _flag("future")),
        ("confidence", _path("confidence")),
        ("sentence_start", _path("sentence", "start")),
        ("sentence_end", _path("sentence", "end")),
        ("trigger_start", _path("trigger", "start")),
        ("trigger_end", _path("trigger", "end")),
        ("date_mod", _path("date", "mod")),  # last: the columns later migrations added
        ("trigger_lemma", _path("trigger_lemma")),
    ),
)

QUOTES = ChildTable(
    "quotes",
    "quotes",
    "quote_json",
    (
        ("kind", _path("kind")),
        ("direct", _flag("direct")),
        ("content_text", _path("content", "text")),
        ("content_start", _path("content", "start")),
        ("content_end", _path("content", "end")),
        ("speaker_text", _path("speaker", "text")),
        ("speaker_name", _path("speaker_actor", "name")),
        ("speaker_country", _path("speaker_actor", "country")),
        ("speaker_sector", _path("speaker_actor", "sector")),
        ("cue_text", _path("cue", "text")),
        ("medium_text", _path("medium", "text")),
        ("confidence", _path("confidence")),
    ),
)

PLACES = ChildTable(
    "places",
    "places",
    "place_json",
    (
        ("text", _path("text")),
        ("span_start", _path("start")),
        ("span_end", _path("end")),
        ("name", _path("name")),
        ("country", _path("country")),
        ("lat", _path("lat")),
        ("lon", _path("lon")),
        ("feature", _path("feature")),
        ("role", _path("role")),
        ("geonameid", _path("geonameid")),
        ("confidence", _path("confidence")),
    ),
)

ENTITIES = ChildTable(
    "entities",
    "entities",
    "entity_json",
    (
        ("text", _path("text")),
        ("span_start", _path("start")),
        ("span_end", _path("end")),
        ("label", _path("label")),
        ("role", _path("role")),
        ("actor_name", _path("actor", "name")),
        ("actor_country", _path("actor", "country")),
        ("actor_sector", _path("actor", "sector")),
        ("actor_kind", _path("actor", "kind")),
        ("refers_to", _path("refers_to")),
        ("confidence", _path("confidence")),
    ),
)

CHILD_TABLES: tuple[ChildTable, ...] = (EVENTS, QUOTES, PLACES, ENTITIES)
