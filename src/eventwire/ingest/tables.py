"""Parquet dumps into articles, read in row batches so a large file never sits in memory whole.

Columns follow the JSONL and CSV readers: ``text`` (required), optional ``id``, ``title``,
``date`` (string or date), ``url``, ``source``; any other column is kept in ``Article.meta``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.base import Result, record_result, rejected
from eventwire.ingest.errors import RejectCode

PARQUET_EXTENSIONS = frozenset({".parquet", ".pq"})
BATCH_ROWS = 256


def read_parquet(path: Path, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    """One result per row; ``max_bytes`` limits each row's text, not the file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    origin = str(path)
    try:
        table = pq.ParquetFile(path)
    except FileNotFoundError:
        yield rejected(origin, f"no such file: {path}", RejectCode.NOT_FOUND)
        return
    except (OSError, pa.ArrowException) as exc:
        yield rejected(origin, f"not a readable Parquet file: {exc}", RejectCode.BAD_PARQUET)
        return
    if "text" not in table.schema_arrow.names:
        yield rejected(origin, "Parquet file has no 'text' column", RejectCode.BAD_PARQUET)
        return
    row = 0
    try:
        for batch in table.iter_batches(batch_size=BATCH_ROWS):
            for record in batch.to_pylist():
                row += 1
                yield _row_result(f"{origin}:{row}", record, default_date, max_bytes)
    except (OSError, pa.ArrowException) as exc:
        yield rejected(f"{origin}:{row + 1}", f"corrupt Parquet data: {exc}", RejectCode.BAD_PARQUET)


def _row_result(where: str, record: dict[str, object], default_date: dt.date | None, max_bytes: int) -> Result:
    text = record.get("text")
    if isinstance(text, str) and len(text) > max_bytes:
        reason = f"text of {len(text):,} characters is over the limit of {max_bytes:,}"
        return rejected(where, reason, RejectCode.TOO_LARGE)
    return record_result(where, record, default_date)
