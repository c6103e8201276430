"""Filter stored events, quotes and places, and view them as flat pandas tables.

All filters become parameterised SQL against the indexed columns of the store; each
returned row is the stored item dict plus ``article_id``, ``article_title`` and
``article_date``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from eventwire.errors import InputError
from eventwire.events.ontology import PLOVER_TYPES, STATEMENT
from eventwire.events.triggers import lemma_candidates
from eventwire.store.rows import at
from eventwire.store.sqlite import Store

if TYPE_CHECKING:
    import pandas as pd


DateLike = dt.date | str
_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ALPHA3 = re.compile(r"^[A-Za-z]{3}$")


class _Where:
    """Collects SQL conditions and their parameters side by side."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def contains(self, columns: Sequence[str], needle: str) -> None:
        """Case-insensitive substring match on any of ``columns`` (trusted column names)."""
        folded = needle.casefold()
        self.add(" OR ".join(f"instr(ew_fold({c}), ?) > 0" for c in columns), *([folded] * len(columns)))

    def sql(self) -> str:
        return " WHERE " + " AND ".join(f"({c})" for c in self.conditions) if self.conditions else ""


# -- validation ------------------------------------------------------------------------


def validate_event_type(event_type: str) -> str:
    """The PLOVER type (or STATEMENT, eventwire's CAMEO 01 extension) in upper case, or an ``InputError`` (a
    ``ValueError``) listing the valid ones."""
    upper = event_type.strip().upper()
    if upper not in PLOVER_TYPES and upper != STATEMENT:
        raise InputError(
            f"unknown event type {event_type!r}; valid PLOVER types: {', '.join(PLOVER_TYPES)} (and {STATEMENT})"
        )
    return upper


def _country(country: str) -> str:
    code = country.strip()
    if not _ALPHA3.match(code):
        raise InputError(f"country must be an ISO 3166 alpha-3 code such as 'USA', got {country!r}")
    return code.upper()


def _iso(value: DateLike, name: str) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = value.strip()
    if not _ISO_PREFIX.match(text):
        raise InputError(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    return text


def _page(limit: int | None, offset: int) -> tuple[int, int]:
    if limit is not None and limit < 0:
        raise InputError(f"limit must be >= 0, got {limit}")
    if offset < 0:
        raise InputError(f"offset must be >= 0, got {offset}")
    return (-1 if limit is None else limit), offset


def _date_range(where: _Where, column: str, since: DateLike | None, until: DateLike | None) -> None:
    """Keep items whose (possibly coarse) date overlaps [since, until]: "2022-W01" is Jan 3-9."""
    if since is None and until is None:
        return
    # Only calendar values (2022, 2022-01, 2022-W01, 2021-Q4 ...) take part in a range.
    where.add(f"ew_first_day({column}) IS NOT NULL")
    if since is not None:
        where.add(f"ew_last_day({column}) >= ew_first_day(?)", _iso(since, "since"))
    if until is not None:
        where.add(f"ew_first_day({column}) <= ew_last_day(?)", _iso(until, "until"))


# -- queries ---------------------------------------------------------------------------

_ARTICLE_COLUMNS = "x.article_id, a.title AS article_title, a.date AS article_date"
_ORDER = " ORDER BY a.date IS NULL, a.date, x.article_id, x.idx LIMIT ? OFFSET ?"


def _select(store: Store, table: str, json_column: str, where: _Where, page: tuple[int, int]) -> list[dict[str, Any]]:
    # table and json_column are constants from this module; only values are parameters.
    sql = (
        f"SELECT x.{json_column} AS item, {_ARTICLE_COLUMNS} FROM {table} x"
        f" JOIN articles a ON a.id = x.article_id{where.sql()}{_ORDER}"
    )
    rows = store.fetchall(sql, [*where.params, *page])
    return [_with_article(json.loads(row["item"]), row) for row in rows]


def _with_article(item: dict[str, Any], row: sqlite3.Row) -> dict[str, Any]:
    item["article_id"] = row["article_id"]
    item["article_title"] = row["article_title"]
    item["article_date"] = row["article_date"]
    return item


def query_events(
    store: Store,
    *,
    actor: str | None = None,
    country: str | None = None,
    event_type: str | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    article_id: str | None = None,
    lemma: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored events matching every given filter, in article date order.

    ``lemma`` keeps events whose trigger has that lemma, in any case ("accuse": "accused", "accuses"; the noun
    "accusation" is its own lemma); an inflected form finds its lemma too ("accused"). Events stored before
    0.11.0 have none and never match it.
    """
    where = _Where()
    if actor:
        where.contains(("x.source_name", "x.source_text", "x.target_name", "x.target_text"), actor)
    if country:
        code = _country(country)
        where.add("x.source_country = ? OR x.target_country = ?", code, code)
    if event_type:
        where.add("x.type = ?", validate_event_type(event_type))
    if lemma and lemma.strip():  # "accused" finds the events stored under "accuse"
        forms = sorted(lemma_candidates(lemma))
        where.add(f"x.trigger_lemma IN ({', '.join('?' * len(forms))})", *forms)
    _date_range(where, "x.date_value", since, until)
    if article_id is not None:
        where.add("x.article_id = ?", article_id)
    return _select(store, "events", "event_json", where, _page(limit, offset))


def query_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored quotes whose speaker text or resolved name contains ``speaker`` (any case)."""
    where = _Where()
    if speaker:
        where.contains(("x.speaker_text", "x.speaker_name"), speaker)
    if article_id is not None:
        where.add("x.article_id = ?", article_id)
    return _select(store, "quotes", "quote_json", where, _page(limit, offset))


def query_places(
    store: Store,
    *,
    name: str | None = None,
    country: str | None = None,
    article_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored places whose name or text contains ``name`` and/or in ``country`` (alpha-3)."""
    where = _Where()
    if name:
        where.contains(("x.name", "x.text"), name)
    if country:
        where.add("x.country = ?", _country(country))
    if article_id is not None:
        where.add("x.article_id = ?", article_id)
    return _select(store, "places", "place_json", where, _page(limit, offset))


# -- flat views ------------------------------------------------------------------------

Flattener = Callable[[Mapping[str, Any]], dict[str, Any]]
_ARTICLE_FIELDS = ("article_id", "article_title", "article_date")


def _participant(row: Mapping[str, Any], role: str) -> dict[str, Any]:
    return {f"{role}_{k}": at(row, role, k) for k in ("text", "name", "country", "sector", "code")}


def flatten_event(row: Mapping[str, Any]) -> dict[str, Any]:
    """One event row as flat scalar columns (actor members are left out)."""
    return {
        **{k: row.get(k) for k in _ARTICLE_FIELDS},
        **{k: row.get(k) for k in ("type", "mode", "cameo", "quad_class", "score")},
        "trigger": at(row, "trigger", "text"),
        "trigger_lemma": row.get("trigger_lemma"),
        **_participant(row, "source"),
        **_participant(row, "target"),
        "date": at(row, "date", "value"),
        "date_granularity": at(row, "date", "granularity"),
        "date_mod": at(row, "date", "mod"),
        "date_method": at(row, "date", "method"),
        "location_name": at(row, "location", "name"),
        "location_country": at(row, "location", "country"),
        "lat": at(row, "location", "lat"),
        "lon": at(row, "location", "lon"),
        **{k: row.get(k) for k in ("negated", "hypothetical", "future", "confidence")},
        "sentence": at(row, "sentence", "text"),
        "sentence_start": at(row, "sentence", "start"),
        "sentence_end": at(row, "sentence", "end"),
        **{k: row.get(k) for k in ("quote", "explanation", "stage", "version")},
    }


def flatten_quote(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        **{k: row.get(k) for k in _ARTICLE_FIELDS},
        "content": at(row, "content", "text"),
        "content_start": at(row, "content", "start"),
        "content_end": at(row, "content", "end"),
        "speaker": at(row, "speaker", "text"),
        "speaker_name": at(row, "speaker_actor", "name"),
        "speaker_country": at(row, "speaker_actor", "country"),
        "speaker_sector": at(row, "speaker_actor", "sector"),
        "cue": at(row, "cue", "text"),
        "medium": at(row, "medium", "text"),
        **{k: row.get(k) for k in ("direct", "kind", "confidence")},
    }


def flatten_place(row: Mapping[str, Any]) -> dict[str, Any]:
    keys = (
        "text",
        "start",
        "end",
        "name",
        "country",
        "lat",
        "lon",
        "feature",
        "role",
        "geonameid",
        "confidence",
    )
    return {**{k: row.get(k) for k in _ARTICLE_FIELDS}, **{k: row.get(k) for k in keys}}


def _columns(flatten: Flattener) -> list[str]:
    return list(flatten({}))


EVENT_COLUMNS = _columns(flatten_event)
QUOTE_COLUMNS = _columns(flatten_quote)
PLACE_COLUMNS = _columns(flatten_place)


def _frame(rows: Sequence[Mapping[str, Any]], flatten: Flattener) -> pd.DataFrame:
    import pandas as pd  # imported here so `import eventwire` stays fast

    return pd.DataFrame([flatten(row) for row in rows], columns=_columns(flatten))


def events_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """``query_events`` rows as a flat DataFrame with the ``EVENT_COLUMNS``."""
    return _frame(rows, flatten_event)


def quotes_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    return _frame(rows, flatten_quote)


def places_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    return _frame(rows, flatten_place)
