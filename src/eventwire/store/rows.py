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
    return lambda item: at(item, *keys)


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
        items: Sequence[Any] = result.get(self.key) or []
        return [self._row(article_id, idx, item) for idx, item in enumerate(items)]

    def _row(self, article_id: str, idx: int, item: Any) -> tuple[Any, ...]:
        mapping: Mapping[str, Any] = item if isinstance(item, (dict, Mapping)) else {}
        values = [get(mapping) for _, get in self.columns]
        return (article_id, idx, *values, _JSON.encode(item))


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
        ("date_mod", _path("date", "mod")),  # last: the column a later migration added
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
