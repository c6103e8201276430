"""The SQLite event store: one row per article plus flattened, indexed child tables.

Every write is one ``BEGIN IMMEDIATE`` transaction in WAL mode, so readers keep reading
while a writer writes, and a process killed mid-save leaves the previous state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from eventwire.errors import StoreError
from eventwire.store.migrations import current_version, latest_version, migrate
from eventwire.store.rows import CHILD_TABLES
from eventwire.temporal import value_range

DEFAULT_PATH = "eventwire.db"
BUSY_TIMEOUT_S = 10.0
_PAGE = 500

# Friendlier wording for the SQLite errors a user can fix.
_HINTS = {
    "SQLITE_READONLY": "the database is read-only (check the file's and its directory's permissions)",
    "SQLITE_FULL": "the disk is full",
    "SQLITE_BUSY": "the database is locked by another writer (waited 10 s)",
    "SQLITE_CANTOPEN": "the database file cannot be opened",
    "SQLITE_NOTADB": "the file is not an eventwire (SQLite) database",
    "SQLITE_CORRUPT": "the database file is corrupt",
    "SQLITE_IOERR": "a disk I/O error occurred",
    "SQLITE_PERM": "permission denied",
}


def content_hash(text: str) -> str:
    """The sha1 of the article text: tells a re-run whether the text changed."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _describe(error: sqlite3.Error) -> str:
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, hint in _HINTS.items():
        if name.startswith(prefix):
            return f"{hint} ({error})"
    return str(error)


def _version_key(version: str) -> tuple[tuple[int, ...], str]:
    return tuple(int(n) for n in re.findall(r"\d+", version)), version


def _fold(value: str | None) -> str | None:
    """Unicode-aware case folding for substring filters (SQLite's lower() is ASCII-only)."""
    return value.casefold() if isinstance(value, str) else None


def _first_day(value: str | None) -> str | None:
    """First calendar day a TimeML value covers, for date-range filters ("2022-W01" -> "2022-01-03")."""
    days = value_range(value)
    return days[0].isoformat() if days else None


def _last_day(value: str | None) -> str | None:
    days = value_range(value)
    return days[1].isoformat() if days else None


def parse_location(path_or_url: str | Path) -> Path:
    """A plain path or ``sqlite:///path`` as a ``Path``; other URL schemes are refused clearly."""
    if isinstance(path_or_url, Path):
        return path_or_url
    text = str(path_or_url)
    if text.startswith(("postgresql://", "postgres://", "postgresql+")):
        raise StoreError("PostgreSQL support is planned (issue 6); use a SQLite path for now")
    if text.startswith("sqlite://"):
        rest = text[len("sqlite://") :]
        # sqlite:///rel.db is relative, sqlite:////abs.db absolute (the SQLAlchemy convention).
        if not rest.startswith("/") or rest == "/":
            raise StoreError(f"cannot read a database path from {text!r}; use sqlite:///path.db")
        return Path(rest[1:])
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        raise StoreError(f"unsupported store URL {text!r}; use a file path or sqlite:///path.db")
    return Path(text)


class Store:
    """An open event store; use ``open_store`` to get one. Not shared across threads."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = _connect(path, readonly=readonly)

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

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
        payload = _dumps(result)
        children = [(table.insert_sql(), table.rows(article_id, result)) for table in CHILD_TABLES]
        with self._write() as conn:
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
                    _now(),
                ),
            )
            for statement, rows in children:
                conn.executemany(statement, rows)
            _clear_failures(conn, origin)
        return True

    def has(self, article_id: str, content_hash: str, pipeline_version: str) -> bool:
        """Whether ``save`` of this article would be a no-op (same text, same or newer pipeline)."""
        rows = self.fetchall("SELECT content_hash, pipeline_version FROM articles WHERE id = ?", (article_id,))
        return bool(rows) and not _replaces(rows[0], content_hash, pipeline_version)

    def record_failure(self, origin: str, code: str, reason: str, article_id: str | None = None) -> None:
        """Remember that ``origin`` failed; one row per (origin, code), counted on repeats."""
        now = _now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO failures (origin, code, article_id, reason, first_seen, last_seen, count)"
                " VALUES (?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT (origin, code) DO UPDATE SET reason = excluded.reason,"
                " article_id = COALESCE(excluded.article_id, failures.article_id),"
                " last_seen = excluded.last_seen, count = failures.count + 1",
                (origin, code, article_id, reason, now, now),
            )

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
                (article_id, duplicate_of, kind, similarity, containment, _now()),
            )

    def signatures(self, scheme: str) -> list[sqlite3.Row]:
        """Stored signatures of one scheme, in the order they were stored."""
        return self.fetchall(
            "SELECT s.article_id, s.text_hash, s.shingles, s.signature FROM article_signatures s"
            " JOIN articles a ON a.id = s.article_id WHERE s.scheme = ? ORDER BY a.processed_at, a.id",
            (scheme,),
        )

    def unsigned_articles(self, scheme: str, limit: int = _PAGE) -> list[sqlite3.Row]:
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

    # -- reading -------------------------------------------------------------------

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
        tables = ("articles", "events", "quotes", "places", "entities", "failures")
        # Table names are constants above, never user input.
        sql = "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {t}) AS {t}" for t in tables)
        row = self.fetchall(sql)[0]
        return {t: int(row[t]) for t in tables}

    def schema_version(self) -> int:
        return int(self.fetchall("SELECT MAX(version) AS v FROM schema_migrations")[0]["v"])

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Run one read query (parameterised) with SQLite errors turned into ``StoreError``."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except UnicodeEncodeError as error:
            raise StoreError(f"cannot read {self.path}: query is not valid Unicode ({error})") from error
        except sqlite3.Error as error:
            raise StoreError(f"cannot read {self.path}: {_describe(error)}") from error

    # -- internals -----------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except UnicodeEncodeError as error:
            raise StoreError(f"cannot write to {self.path}: text is not valid Unicode ({error})") from error
        except sqlite3.Error as error:
            raise StoreError(f"cannot write to {self.path}: {_describe(error)}") from error


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    _check_location(path, readonly=readonly)
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    try:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=readonly)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open store {path}: {_describe(error)}") from error
    try:
        _configure(conn, readonly=readonly)
        if readonly:
            _check_schema(conn, path)
        else:
            migrate(conn)
    except sqlite3.Error as error:
        conn.close()
        raise StoreError(f"cannot open store {path}: {_describe(error)}") from error
    except StoreError:
        conn.close()
        raise
    return conn


def _check_location(path: Path, *, readonly: bool) -> None:
    if path.is_dir():
        raise StoreError(f"cannot open store {path}: it is a directory, not a database file")
    if not path.parent.is_dir():
        raise StoreError(f"cannot open store {path}: directory {path.parent} does not exist")
    if readonly and not path.exists():
        raise StoreError(f"cannot open store {path}: no such database file")


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_function("ew_fold", 1, _fold, deterministic=True)
    conn.create_function("ew_first_day", 1, _first_day, deterministic=True)
    conn.create_function("ew_last_day", 1, _last_day, deterministic=True)
    if not readonly:
        # WAL lets readers run beside the writer; NORMAL is durable enough under WAL.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    version = current_version(conn)
    if version != latest_version():
        raise StoreError(
            f"cannot open store {path} read-only: schema version {version}, this eventwire needs "
            f"{latest_version()} (open it writable once to upgrade)"
        )


def _identity(result: Mapping[str, Any]) -> tuple[str, str]:
    article_id, text = result.get("id"), result.get("text")
    if not isinstance(article_id, str) or not article_id:
        raise StoreError("cannot save a result without a non-empty string 'id'")
    if not isinstance(text, str):
        raise StoreError(f"cannot save article {article_id!r}: its 'text' is not a string")
    return article_id, text


def _replaces(stored: sqlite3.Row | tuple[Any, ...], digest: str, pipeline_version: str) -> bool:
    """A stored article is replaced when its text changed or it came from an older pipeline."""
    stored_hash, stored_version = stored[0], stored[1]
    if stored_hash != digest:
        return True
    return bool(_version_key(stored_version) < _version_key(pipeline_version))


def _clear_failures(conn: sqlite3.Connection, origin: str | None) -> None:
    if origin is not None:
        conn.execute("DELETE FROM failures WHERE origin = ?", (origin,))


def _dumps(result: Mapping[str, Any]) -> str:
    try:
        return json.dumps(result, ensure_ascii=False)
    except (TypeError, ValueError) as error:
        raise StoreError(f"cannot save article {result.get('id')!r}: not JSON-serialisable ({error})") from error


def _loads(payload: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(payload)
    return value


def _limit(limit: int | None) -> int:
    if limit is None:
        return -1  # SQLite reads a negative LIMIT as "no limit"
    if limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    return limit


def _offset(offset: int) -> int:
    if offset < 0:
        raise ValueError(f"offset must be >= 0, got {offset}")
    return offset


def open_store(path_or_url: str | Path = DEFAULT_PATH, *, readonly: bool = False) -> Store:
    """Open (creating and migrating when needed) the store at a path or ``sqlite:///`` URL."""
    return Store(parse_location(path_or_url), readonly=readonly)
