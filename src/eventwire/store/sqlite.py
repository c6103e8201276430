"""The SQLite event store: one row per article plus flattened, indexed child tables.

Every write is one ``BEGIN IMMEDIATE`` transaction in WAL mode, so readers keep reading
while a writer writes, and a process killed mid-save leaves the previous state.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwire.errors import StoreError
from eventwire.store.base import Store, closed_on_failure, content_hash
from eventwire.store.migrations import current_version, latest_version, migrate
from eventwire.temporal import value_range

__all__ = ["DEFAULT_PATH", "SQLiteStore", "Store", "content_hash", "parse_location"]

DEFAULT_PATH = "eventwire.db"
BUSY_TIMEOUT_S = 10.0

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


def _describe(error: sqlite3.Error) -> str:
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, hint in _HINTS.items():
        if name.startswith(prefix):
            return f"{hint} ({error})"
    return str(error)


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
    if text.startswith("sqlite://"):
        rest = text[len("sqlite://") :]
        # sqlite:///rel.db is relative, sqlite:////abs.db absolute (the SQLAlchemy convention).
        if not rest.startswith("/") or rest == "/":
            raise StoreError(f"cannot read a database path from {text!r}; use sqlite:///path.db")
        return Path(rest[1:])
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        raise StoreError(f"unsupported store URL {text!r}; use a file path or sqlite:///path.db")
    return Path(text)


class SQLiteStore(Store):
    """A store in one SQLite file; use ``open_store`` to get one. Not shared across threads."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.location = str(path)
        self.readonly = readonly
        self._conn = _connect(path, readonly=readonly)

    def close(self) -> None:
        self._conn.close()

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Run one read query (parameterised) with SQLite errors turned into ``StoreError``."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except UnicodeEncodeError as error:
            raise StoreError(f"cannot read {self.path}: query is not valid Unicode ({error})") from error
        except sqlite3.Error as error:
            raise StoreError(f"cannot read {self.path}: {_describe(error)}") from error

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
    if readonly and _on_read_only_disk(path):
        # WAL needs a writable -shm file; on read-only media SQLite reads the file as immutable.
        target += "&immutable=1"
    try:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=readonly)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open store {path}: {_describe(error)}") from error
    with closed_on_failure(conn, path, sqlite3.Error, _describe):
        _configure(conn, readonly=readonly)
        if readonly:
            _check_schema(conn, path)
        else:
            migrate(conn)
    return conn


def _check_location(path: Path, *, readonly: bool) -> None:
    if path.is_dir():
        raise StoreError(f"cannot open store {path}: it is a directory, not a database file")
    if not path.parent.is_dir():
        raise StoreError(f"cannot open store {path}: directory {path.parent} does not exist")
    if readonly and not path.exists():
        raise StoreError(f"cannot open store {path}: no such database file")
    if not readonly and _on_read_only_disk(path):
        raise StoreError(
            f"cannot open store {path}: the disk is read-only (nothing stored is lost; "
            "open_store(..., readonly=True) still reads it)"
        )


def _on_read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_function("ew_fold", 1, _fold, deterministic=True)
    conn.create_function("ew_first_day", 1, _first_day, deterministic=True)
    conn.create_function("ew_last_day", 1, _last_day, deterministic=True)
    if not readonly:
        # WAL lets readers run beside the writer; NORMAL is durable enough under WAL.
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    version = current_version(conn)
    if version != latest_version():
        raise StoreError(
            f"cannot open store {path} read-only: schema version {version}, this eventwire needs "
            f"{latest_version()} (open it writable once to upgrade)"
        )


#: Between two tries at switching a database to WAL while another connection opens it.
WAL_RETRY_S = 0.01


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting up to ``BUSY_TIMEOUT_S`` for other openers of a new database: SQLite
    answers a journal-mode switch it cannot make at once with "locked" without calling the busy handler."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_S)
