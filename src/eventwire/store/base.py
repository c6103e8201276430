"""What every store backend shares: the save/lookup logic, written once in portable SQL.

A backend (``SQLiteStore``, ``PostgresStore``) supplies a connection, ``fetchall`` for reads,
``_write`` for one write transaction, and the error wording; this class holds the rest. The
SQL here is SQLite-flavoured and portable (see :mod:`eventwire.store.dialect`): SQLite runs it
as written, so its path costs nothing extra, and PostgreSQL rewrites each statement once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from types import TracebackType
from typing import Any, Protocol

from eventwire.errors import StoreError
from eventwire.store.rows import CHILD_TABLES, result_json

_PAGE = 500
_TABLES = ("articles", "events", "quotes", "places", "entities", "failures")


class _Closable(Protocol):
    def close(self) -> None: ...


@contextmanager
def closed_on_failure(
    conn: _Closable, location: object, driver_error: type[Exception], describe: Callable[[Any], str]
) -> Iterator[None]:
    """The set-up of a connection just opened: on any failure the connection is closed again, and a driver error
    is reported as a StoreError naming the store."""
    try:
        yield
    except driver_error as error:
        conn.close()
        raise StoreError(f"cannot open store {location}: {describe(error)}") from error
    except BaseException:
        conn.close()
        raise


class Writer(Protocol):
    """The connection-like object a write transaction hands out (a ``sqlite3.Connection`` fits)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...


def content_hash(text: str) -> str:
    """The sha1 of the article text: tells a re-run whether the text changed."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store(ABC):
    """An open event store; use ``open_store`` to get one. Not shared across threads.

    Rows from ``fetchall`` read by index and by column name (``row[0]``, ``row["id"]``, ``dict(row)``).
    """

    readonly: bool
    #: The store's location for messages (a PostgreSQL URL without its password).
    location: str

    # -- backend hooks -------------------------------------------------------------

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one parameterised read query (``?`` placeholders); errors become ``StoreError``."""

    @abstractmethod
    def _write(self) -> AbstractContextManager[Writer]:
        """One write transaction: committed on success, rolled back on any exception."""

    def _lock_article(self, conn: Writer, article_id: str) -> None:  # noqa: B027 (optional hook)
        """Serialise writers of one article; SQLite's single writer lock already does."""

    # -- lifecycle -----------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------

    def save(self, result: Mapping[str, Any], *, origin: str | None, pipeline_version: str) -> bool:
        """Store one result dict; False when the same text and pipeline version are already stored."""
        article_id, text = _identity(result)
        digest = content_hash(text)
        # Serialise before taking the write lock so the lock is held briefly.
        payload, children = _encoded(article_id, result)
        with self._write() as conn:
            self._lock_article(conn, article_id)
            stored = conn.execute(
                "SELECT content_hash, pipeline_version FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if stored is not None and not _replaces(stored, digest, pipeline_version):
                _clear_failures(conn, origin)
                return False
            # Child rows go with the article through ON DELETE CASCADE.
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            conn.execute(
                "INSERT INTO articles (id, title, date, url, source, origin, content_hash, text,"
                " result_json, pipeline_version, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    result.get("title"),
                    result.get("date"),
                    result.get("url"),
                    result.get("source"),
                    origin,
                    digest,
                    text,
                    payload,
                    pipeline_version,
                    now(),
                ),
            )
            for statement, rows in children:
                if rows:
                    conn.executemany(statement, rows)
            _clear_failures(conn, origin)
        return True

    def has(self, article_id: str, content_hash: str, pipeline_version: str) -> bool:
        """Whether ``save`` of this article would be a no-op (same text, same or newer pipeline)."""
        rows = self.fetchall("SELECT content_hash, pipeline_version FROM articles WHERE id = ?", (article_id,))
        return bool(rows) and not _replaces(rows[0], content_hash, pipeline_version)

    def record_failure(self, origin: str, code: str, reason: str, article_id: str | None = None) -> None:
        """Remember that ``origin`` failed; one row per (origin, code), counted on repeats."""
        stamp = now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO failures (origin, code, article_id, reason, first_seen, last_seen, count)"
                " VALUES (?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT (origin, code) DO UPDATE SET reason = excluded.reason,"
                " article_id = COALESCE(excluded.article_id, failures.article_id),"
                " last_seen = excluded.last_seen, count = failures.count + 1",
                (origin, code, article_id, reason, stamp, stamp),
            )

    # -- reading -------------------------------------------------------------------

    # -- duplicate articles and fused events (eventwire.dedup, eventwire.fusion) ---------

    def save_signature(self, article_id: str, scheme: str, text_hash: str, shingles: int, signature: str) -> None:
        """Remember an article's MinHash signature so later articles are compared with it."""
        with self._write() as conn:
            conn.execute("DELETE FROM article_signatures WHERE article_id = ?", (article_id,))
            conn.execute(
                "INSERT INTO article_signatures (article_id, scheme, text_hash, shingles, signature)"
                " VALUES (?, ?, ?, ?, ?)",
                (article_id, scheme, text_hash, shingles, signature),
            )

    def save_duplicate(
        self, article_id: str, duplicate_of: str, kind: str, similarity: float, containment: float
    ) -> None:
        """Link ``article_id`` to the earlier article it duplicates (one link per article)."""
        with self._write() as conn:
            conn.execute("DELETE FROM duplicates WHERE article_id = ?", (article_id,))
            conn.execute(
                "INSERT INTO duplicates (article_id, duplicate_of, kind, similarity, containment, detected_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (article_id, duplicate_of, kind, similarity, containment, now()),
            )

    def signatures(self, scheme: str) -> list[Any]:
        """Stored signatures of one scheme, in the order they were stored."""
        return self.fetchall(
            "SELECT s.article_id, s.text_hash, s.shingles, s.signature FROM article_signatures s"
            " JOIN articles a ON a.id = s.article_id WHERE s.scheme = ? ORDER BY a.processed_at, a.id",
            (scheme,),
        )

    def unsigned_articles(self, scheme: str, limit: int = _PAGE) -> list[Any]:
        """Articles with no signature of ``scheme`` yet (stored before dedup ran), oldest first."""
        return self.fetchall(
            "SELECT a.id, a.text FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_signatures s"
            " WHERE s.article_id = a.id AND s.scheme = ?) ORDER BY a.date IS NULL, a.date, a.processed_at, a.id"
            " LIMIT ?",
            (scheme, limit),
        )

    def duplicates(self) -> list[dict[str, Any]]:
        rows = self.fetchall(
            "SELECT article_id, duplicate_of, kind, similarity, containment, detected_at FROM duplicates"
            " ORDER BY duplicate_of, article_id"
        )
        return [dict(row) for row in rows]

    def replace_fused(self, events: Sequence[Mapping[str, Any]], mentions: Sequence[tuple[str, str, int]]) -> None:
        """Swap in a new set of fused events and their (fused_id, article_id, idx) mentions atomically."""
        columns = list(events[0]) if events else []
        with self._write() as conn:
            conn.execute("DELETE FROM fused_mentions")
            conn.execute("DELETE FROM fused_events")
            if columns:
                # Column names come from eventwire.fusion's row builder, never from user input.
                marks = ", ".join("?" for _ in columns)
                conn.executemany(
                    f"INSERT INTO fused_events ({', '.join(columns)}) VALUES ({marks})",
                    [tuple(event[c] for c in columns) for event in events],
                )
            conn.executemany("INSERT INTO fused_mentions (fused_id, article_id, idx) VALUES (?, ?, ?)", mentions)

    def failures(self) -> list[dict[str, Any]]:
        rows = self.fetchall(
            "SELECT origin, article_id, code, reason, first_seen, last_seen, count FROM failures"
            " ORDER BY last_seen DESC, origin, code"
        )
        return [dict(row) for row in rows]

    def get_article(self, id_or_prefix: str) -> dict[str, Any] | None:
        """The stored result dict for an id or a unique id prefix; None when nothing matches."""
        if not id_or_prefix:
            return None
        exact = self.fetchall("SELECT result_json FROM articles WHERE id = ?", (id_or_prefix,))
        if exact:
            return _loads(exact[0]["result_json"])
        matches = self.fetchall(
            "SELECT id, result_json FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6",
            (len(id_or_prefix), id_or_prefix),
        )
        if len(matches) > 1:
            shown = ", ".join(row["id"] for row in matches[:5])
            more = ", ..." if len(matches) > 5 else ""
            raise StoreError(f"id prefix {id_or_prefix!r} is ambiguous: matches {shown}{more}")
        return _loads(matches[0]["result_json"]) if matches else None

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Summaries (no text) of stored articles, oldest publication date first."""
        rows = self.fetchall(
            "SELECT a.id, a.title, a.date, a.url, a.source, a.origin, a.content_hash,"
            " a.pipeline_version, a.processed_at,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,"
            " (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,"
            " (SELECT COUNT(*) FROM places p WHERE p.article_id = a.id) AS places"
            " FROM articles a ORDER BY a.date IS NULL, a.date, a.id LIMIT ? OFFSET ?",
            (_limit(limit), _offset(offset)),
        )
        return [dict(row) for row in rows]

    def results(self, *, article_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored result dict in id order, read in pages so memory stays flat."""
        if article_id is not None:
            found = self.fetchall("SELECT result_json FROM articles WHERE id = ?", (article_id,))
            yield from (_loads(row["result_json"]) for row in found)
            return
        last = ""
        while True:
            page = self.fetchall("SELECT id, result_json FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, _PAGE))
            yield from (_loads(row["result_json"]) for row in page)
            if len(page) < _PAGE:
                return
            last = page[-1]["id"]

    def counts(self) -> dict[str, int]:
        # One statement, so the counts come from one snapshot. Table names are constants.
        sql = "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {t}) AS {t}" for t in _TABLES)
        row = self.fetchall(sql)[0]
        return {t: int(row[t]) for t in _TABLES}

    def schema_version(self) -> int:
        return int(self.fetchall("SELECT MAX(version) AS v FROM schema_migrations")[0]["v"])


def _version_key(version: str) -> tuple[tuple[int, ...], str]:
    return tuple(int(n) for n in re.findall(r"\d+", version)), version


def _identity(result: Mapping[str, Any]) -> tuple[str, str]:
    article_id, text = result.get("id"), result.get("text")
    if not isinstance(article_id, str) or not article_id:
        raise StoreError("cannot save a result without a non-empty string 'id'")
    if not isinstance(text, str):
        raise StoreError(f"cannot save article {article_id!r}: its 'text' is not a string")
    return article_id, text


def _replaces(stored: Sequence[Any], digest: str, pipeline_version: str) -> bool:
    """A stored article is replaced when its text changed or it came from an older pipeline."""
    stored_hash, stored_version = stored[0], stored[1]
    if stored_hash != digest:
        return True
    return bool(_version_key(stored_version) < _version_key(pipeline_version))


def _clear_failures(conn: Writer, origin: str | None) -> None:
    if origin is not None:
        conn.execute("DELETE FROM failures WHERE origin = ?", (origin,))


def _encoded(article_id: str, result: Mapping[str, Any]) -> tuple[str, list[tuple[str, list[tuple[Any, ...]]]]]:
    """The result's JSON and each child table's (INSERT statement, rows)."""
    try:
        rows = {table.key: table.rows(article_id, result) for table in CHILD_TABLES}
        payload = result_json(result, rows)
    except (TypeError, ValueError) as error:
        raise StoreError(f"cannot save article {result.get('id')!r}: not JSON-serialisable ({error})") from error
    return payload, [(table.insert_sql(), rows[table.key]) for table in CHILD_TABLES]


def _loads(payload: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(payload)
    return value


def _limit(limit: int | None) -> int:
    if limit is None:
        return -1  # a negative LIMIT reads as "no limit" (PostgreSQL: rewritten to NULL)
    if limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    return limit


def _offset(offset: int) -> int:
    if offset < 0:
        raise ValueError(f"offset must be >= 0, got {offset}")
    return offset
