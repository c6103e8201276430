"""The PostgreSQL event store: ``open_store("postgresql://user@host:5432/dbname")``.

Same schema, migrations and behaviour as the SQLite store (the logic is shared in
:mod:`eventwire.store.base`; the SQL is rewritten by :mod:`eventwire.store.dialect`). Every
save is one transaction holding an advisory lock on the article id, so two writers of one
article queue up instead of failing; readers never wait for writers (MVCC), and a client
killed mid-save leaves nothing behind because the server rolls its transaction back.

The database user needs to own the database (or hold CREATE on it and its schema) the first
time, to create the tables, the ``citext`` extension and the small SQL functions the
queries use. Differences from SQLite that a user can see: columns are typed (a text in a
numeric column of a hand-built result is a ``StoreError``), and NUL characters, which
PostgreSQL text cannot hold, become U+FFFD in the flat columns (the stored JSON keeps them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, ClassVar, SupportsIndex, overload

import psycopg
from psycopg.conninfo import conninfo_to_dict

from eventwire.errors import StoreError
from eventwire.store.base import Store, closed_on_failure
from eventwire.store.dialect import to_postgresql
from eventwire.store.migrations import current_version, latest_version, migrate

LOCK_TIMEOUT_S = 10
CONNECT_TIMEOUT_S = 10
# Advisory lock keys: (namespace, 0) guards migrations, (namespace + 1, hash of id) one article.
_LOCK_SPACE = 0x65770000
_MIGRATION_LOCK = (_LOCK_SPACE, 0)
_ARTICLE_LOCK = _LOCK_SPACE + 1

# Friendlier wording for the server errors a user can act on, by SQLSTATE.
_HINTS = {
    "53100": "the disk is full",
    "25006": "the database is read-only",
    "42501": "permission denied",
    "55P03": f"the database is locked by another writer (waited {LOCK_TIMEOUT_S} s)",
    "3D000": "no such database",
    "28000": "authentication failed",
    "28P01": "authentication failed",
    "53200": "the server is out of memory",
    "53300": "the server has too many connections",
    "57P01": "the server was shut down",
    "57P03": "the server is not accepting connections yet",
    "40P01": "two writers deadlocked",
}


def conninfo(url: str) -> str:
    """The libpq connection string for a store URL (``postgresql+psycopg://`` loses its driver part)."""
    return re.sub(r"^postgres(?:ql)?\+\w+://", "postgresql://", url)


def masked(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    url = re.sub(r"(://[^:/@?]*:)[^@/?]*@", r"\1***@", url)
    return re.sub(r"(password=)[^&\s]*", r"\1***", url)


# Errors while connecting carry no SQLSTATE: recognise libpq's wording instead.
_CONNECT_HINTS = (
    (re.compile(r"database \S+ does not exist"), "no such database"),
    (re.compile(r"authentication failed|no password supplied|no pg_hba.conf entry"), "authentication failed"),
    (re.compile(r"role \S+ does not exist"), "no such user"),
)


def _describe(error: psycopg.Error) -> str:
    state = getattr(error, "sqlstate", None) or ""
    text = " ".join(str(error).split()) or type(error).__name__
    hint = _HINTS.get(state)
    if "Read-only file system" in text:
        hint = "the disk is read-only"
    elif hint is None and state.startswith("08"):
        hint = "lost the connection to the server"
    elif hint is None and not state and isinstance(error, psycopg.OperationalError):
        found = (wording for pattern, wording in _CONNECT_HINTS if pattern.search(text))
        hint = next(found, "cannot reach the PostgreSQL server")
    return f"{hint} ({text})" if hint else text


def _clean(params: Sequence[Any]) -> tuple[Any, ...]:
    """Parameters PostgreSQL accepts as SQLite did: bools as 0/1, NUL (which text cannot hold) as U+FFFD."""
    return tuple(
        int(value)
        if value is True or value is False
        else value.replace("\x00", "\ufffd")
        if type(value) is str and "\x00" in value
        else value
        for value in params
    )


# -- rows that read by index and by column name, like sqlite3.Row -----------------------


class Row(tuple[Any, ...]):
    """A result row: ``row[0]``, ``row["id"]``, ``dict(row)`` and ``tuple(row)`` all work."""

    _index: ClassVar[dict[str, int]] = {}

    @overload
    def __getitem__(self, key: SupportsIndex) -> Any: ...

    @overload
    def __getitem__(self, key: slice) -> tuple[Any, ...]: ...

    @overload
    def __getitem__(self, key: str) -> Any: ...

    def __getitem__(self, key: SupportsIndex | slice | str) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"_index": {name: i for i, name in enumerate(names)}, "__slots__": ()})


def _rows(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    """psycopg row factory: one Row subclass per column list, so a row is just a tuple."""
    names = tuple(column.name for column in cursor.description or ())
    return _row_class(names)


Connection = psycopg.Connection[Row]


# -- migrations ------------------------------------------------------------------------


class PostgresRunner:
    """Runs migrations on a psycopg connection in autocommit mode."""

    dialect = "postgresql"

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        if not isinstance(conn, psycopg.Connection):
            raise TypeError(f"expected a sqlite3 or psycopg connection, got {type(conn).__name__}")
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        if params is None:
            return self.conn.execute(to_postgresql(sql, with_params=False))
        return self.conn.execute(to_postgresql(sql), _clean(params))

    def execute_native(self, sql: str) -> psycopg.Cursor[Any]:
        return self.conn.execute(sql)

    def table_exists(self, name: str) -> bool:
        row = self.conn.execute("SELECT to_regclass(%s) IS NOT NULL", (name,)).fetchone()
        return bool(row and row[0])

    def begin_exclusive(self) -> None:
        self.conn.execute("BEGIN")
        self.conn.execute("SELECT pg_advisory_xact_lock(%s::integer, %s::integer)", _MIGRATION_LOCK)

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if not self.conn.closed:
            self.conn.execute("ROLLBACK")


# -- the store -------------------------------------------------------------------------


# "INSERT INTO table (a, b) VALUES (?, ?)" and nothing more: safe to run as COPY.
_PLAIN_INSERT = re.compile(r"^\s*INSERT INTO (\w+) \(([\w, ]+)\) VALUES \((\?(?:, \?)*)\)\s*$")


class _Writer:
    """The write transaction's view: SQLite-flavoured SQL in, PostgreSQL out."""

    def __init__(self, conn: Connection) -> None:
        self._cursor = conn.cursor()

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[Row]:
        return self._cursor.execute(to_postgresql(sql), _clean(parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> None:
        plain = _PLAIN_INSERT.match(sql)
        if plain is None:
            # psycopg pipelines executemany: one round trip for all rows.
            self._cursor.executemany(to_postgresql(sql), [_clean(row) for row in parameters])
            return
        # Many rows into one table: COPY is several times faster than one INSERT per row.
        table, columns = plain.group(1), plain.group(2)
        with self._cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in parameters:
                copy.write_row(_clean(row))


class PostgresStore(Store):
    """A store in a PostgreSQL database; use ``open_store`` to get one. Not shared across threads."""

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        self.url = url
        self.location = masked(url)
        self.readonly = readonly
        self._conn = _connect(url, self.location, readonly=readonly)

    def close(self) -> None:
        self._conn.close()

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one read query (``?`` placeholders, SQLite flavour) with errors turned into ``StoreError``."""
        query = to_postgresql(sql)
        try:
            cursor = self._conn.execute(query, _clean(params))
            # Like sqlite3: a statement that returns no rows (DELETE, SET...) reads as none.
            return cursor.fetchall() if cursor.description is not None else []
        except UnicodeEncodeError as error:
            raise StoreError(f"cannot read {self.location}: query is not valid Unicode ({error})") from error
        except psycopg.Error as error:
            raise StoreError(f"cannot read {self.location}: {_describe(error)}") from error

    @contextmanager
    def _write(self) -> Iterator[_Writer]:
        try:
            with self._conn.transaction():
                yield _Writer(self._conn)
        except UnicodeEncodeError as error:
            raise StoreError(f"cannot write to {self.location}: text is not valid Unicode ({error})") from error
        except psycopg.Error as error:
            raise StoreError(f"cannot write to {self.location}: {_describe(error)}") from error

    def _lock_article(self, conn: Any, article_id: str) -> None:
        # Released at commit; two writers of one new article would otherwise race on its key.
        conn.execute("SELECT pg_advisory_xact_lock(?::integer, hashtext(?))", (_ARTICLE_LOCK, article_id))


def _connect(url: str, location: str, *, readonly: bool) -> Connection:
    try:
        info = conninfo_to_dict(conninfo(url))
    except psycopg.ProgrammingError as error:
        raise StoreError(f"cannot read a PostgreSQL address from {location}: {error}") from error
    options: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "eventwire"}
    options = {key: value for key, value in options.items() if key not in info}
    try:
        conn = psycopg.connect(conninfo(url), autocommit=True, row_factory=_rows, **options)
    except psycopg.Error as error:
        raise StoreError(f"cannot open store {location}: {_describe(error)}") from error
    with closed_on_failure(conn, location, psycopg.Error, _describe):
        conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_S}s'")
        if readonly:
            conn.execute("SET default_transaction_read_only = on")
            _check_schema(conn, location)
        else:
            migrate(PostgresRunner(conn))
    return conn


def _check_schema(conn: Connection, location: str) -> None:
    version = current_version(PostgresRunner(conn))
    if version != latest_version():
        raise StoreError(
            f"cannot open store {location} read-only: schema version {version}, this eventwire needs "
            f"{latest_version()} (open it writable once to upgrade)"
        )
