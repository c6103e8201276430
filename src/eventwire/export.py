"""Write stored data out as JSON Lines, CSV or Parquet, or in GDELT 2.0 / POLECAT layouts.

``articles`` as jsonl are the full result dicts, one per line (read back with
``json.loads``, they equal what was saved). Events, quotes and places are flat tables in
csv and parquet; in jsonl they are the query rows (the nested item dict plus
``article_id``, ``article_title``, ``article_date``), so nothing is lost. ``fused`` events
(``eventwire.fusion``) export as jsonl. The formats ``gdelt-events``, ``gdelt-mentions`` and
``polecat`` write fused events as tab-separated tables in those datasets' column layouts
(``eventwire.interchange``): header-less like GDELT's own files unless ``header=True``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, TextIO

from eventwire.errors import InputError
from eventwire.query import (
    Flattener,
    flatten_event,
    flatten_place,
    flatten_quote,
    query_events,
    query_places,
    query_quotes,
)
from eventwire.store.sqlite import Store

Format = Literal["jsonl", "csv", "parquet", "gdelt-events", "gdelt-mentions", "polecat"]
What = Literal["articles", "events", "quotes", "places", "fused"]
TSV_FORMATS = ("gdelt-events", "gdelt-mentions", "polecat")
Rows = Iterable[Mapping[str, Any]]

_ARTICLE_KEYS = ("id", "title", "date", "url", "source", "origin", "content_hash", "pipeline_version")


def flatten_article(row: Mapping[str, Any]) -> dict[str, Any]:
    counts = {k: row.get(k) for k in ("events", "quotes", "places", "processed_at")}
    return {**{k: row.get(k) for k in _ARTICLE_KEYS}, **counts}


# Parquet column types; anything not listed is a string column.
_INT = ("quad_class", "sentence_start", "sentence_end", "quote", "content_start", "content_end")
_INT_MORE = ("start", "end", "geonameid", "events", "quotes", "places")
_FLOAT = ("score", "lat", "lon", "confidence")
_BOOL = ("negated", "hypothetical", "future", "direct")


def export(
    store: Store,
    fmt: Format,
    out: Path | str | TextIO,
    *,
    what: What = "events",
    header: bool = False,
    **filters: Any,
) -> int:
    """Write the selected rows to ``out`` (a path or an open text stream); returns the row count.

    ``filters`` go to the matching query (``query_events`` and friends); for articles
    they are ``article_id``, ``limit`` and ``offset``. The GDELT and POLECAT formats always
    write fused events (``what`` is not used) and take ``header``.
    """
    if fmt in TSV_FORMATS:
        return _export_interchange(store, fmt, out, header=header)
    if fmt not in ("jsonl", "csv", "parquet"):
        raise InputError(f"unknown export format {fmt!r}; use jsonl, csv, parquet, {', '.join(TSV_FORMATS)}")
    if fmt == "parquet" and not isinstance(out, (str, Path)):
        raise InputError("parquet export needs a file path, not a stream")
    if what == "fused":
        if fmt != "jsonl":
            raise InputError(f"fused events export as jsonl or {', '.join(TSV_FORMATS)}, not {fmt}")
        from eventwire.interchange import fused_records

        return _write_jsonl(fused_records(store), out)
    if what == "articles":
        return _export_articles(store, fmt, out, **filters)
    query, flatten = _SOURCES.get(what, (None, None))
    if query is None or flatten is None:
        raise InputError(f"unknown export target {what!r}; use articles, events, quotes or places")
    rows = query(store, **filters)
    if fmt == "jsonl":
        return _write_jsonl(rows, out)
    return _write_table((flatten(r) for r in rows), _columns(flatten), fmt, out)


_SOURCES: dict[str, tuple[Callable[..., list[dict[str, Any]]], Flattener]] = {
    "events": (query_events, flatten_event),
    "quotes": (query_quotes, flatten_quote),
    "places": (query_places, flatten_place),
}


def _export_interchange(store: Store, fmt: Format, out: Path | str | TextIO, *, header: bool) -> int:
    from eventwire import interchange

    tables = {
        "gdelt-events": (interchange.GDELT_EVENT_COLUMNS, interchange.gdelt_events),
        "gdelt-mentions": (interchange.GDELT_MENTION_COLUMNS, interchange.gdelt_mentions),
        "polecat": (interchange.POLECAT_COLUMNS, interchange.polecat_events),
    }
    columns, rows = tables[fmt]
    count = 0
    # GDELT files are plain tab-separated lines with no quoting: cells never hold tabs or newlines.
    with _text_out(out, newline="") as handle:
        if header:
            handle.write("\t".join(columns) + "\n")
        for row in rows(store):
            handle.write("\t".join(row) + "\n")
            count += 1
    return count


def _export_articles(
    store: Store,
    fmt: Format,
    out: Path | str | TextIO,
    *,
    article_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> int:
    if fmt == "jsonl":
        return _write_jsonl(_sliced(store.results(article_id=article_id), limit, offset), out)
    if article_id is None:
        summaries = store.articles(limit=limit, offset=offset)
    else:
        matching = (s for s in store.articles() if s["id"] == article_id)
        summaries = list(_sliced(iter(matching), limit, offset))
    return _write_table((flatten_article(s) for s in summaries), _columns(flatten_article), fmt, out)


def _sliced(items: Iterator[dict[str, Any]], limit: int | None, offset: int) -> Iterator[dict[str, Any]]:
    for n, item in enumerate(items):
        if n < offset:
            continue
        if limit is not None and n >= offset + limit:
            return
        yield item


def _columns(flatten: Flattener) -> list[str]:
    return list(flatten({}))


@contextmanager
def _text_out(out: Path | str | TextIO, *, newline: str | None = None) -> Iterator[TextIO]:
    """Open a path for writing, or pass a caller's stream through (and leave it open)."""
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
    else:
        yield out


def _write_jsonl(rows: Rows, out: Path | str | TextIO) -> int:
    count = 0
    with _text_out(out) as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_table(rows: Rows, columns: list[str], fmt: Format, out: Path | str | TextIO) -> int:
    if fmt == "csv":
        return _write_csv(rows, columns, out)
    assert isinstance(out, (str, Path))  # checked in export()
    return _write_parquet(list(rows), columns, Path(out))


def _write_csv(rows: Rows, columns: list[str], out: Path | str | TextIO) -> int:
    count = 0
    # newline="" is what the csv module needs to write its own line endings.
    with _text_out(out, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _arrow_type(column: str) -> Any:
    import pyarrow as pa

    if column in _INT or column in _INT_MORE:
        return pa.int64()
    if column in _FLOAT:
        return pa.float64()
    if column in _BOOL:
        return pa.bool_()
    return pa.string()


def _write_parquet(rows: list[Mapping[str, Any]], columns: list[str], path: Path) -> int:
    import pyarrow as pa  # imported here so `import eventwire` stays fast
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _arrow_type(c)) for c in columns])
    table = pa.Table.from_pylist([dict(r) for r in rows], schema=schema)
    pq.write_table(table, path)
    return len(rows)
