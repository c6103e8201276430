"""Versioned schema migrations: one list, applied to SQLite or PostgreSQL by a runner that knows the dialect.

``MIGRATIONS[i]`` upgrades a database from version ``i`` to ``i + 1``. Never edit a
migration once released: append a new one so old databases upgrade step by step.

Writing a portable migration (adding one is a one-entry change at the end of ``MIGRATIONS``):

* Plain schema changes: ``sql("CREATE TABLE ...", "CREATE INDEX ...")`` in SQLite's flavour.
  The same text runs on PostgreSQL after the rewrites listed in :mod:`eventwire.store.dialect`
  (``INTEGER`` -> ``BIGINT``, ``REAL`` -> ``DOUBLE PRECISION``, ``TEXT COLLATE NOCASE`` ->
  ``CITEXT``, ``INTEGER PRIMARY KEY`` -> an identity column, ``INSERT OR IGNORE`` -> ``ON CONFLICT
  DO NOTHING``...). Stick to types and statements both sides share: TEXT, INTEGER, REAL, BLOB;
  ``ALTER TABLE ... ADD COLUMN``; ``CREATE [UNIQUE] INDEX``; ``ON CONFLICT (...) DO UPDATE`` for
  upserts. Text that cannot be rewritten (``PRAGMA``, ``INSERT OR REPLACE``...) raises
  ``UnportableSQL`` on PostgreSQL, which ``tests/store`` runs on every migration.
* Data fixes: a Python function ``def _v3(db: Runner) -> None`` using ``db.execute(sql, params)``
  (``?`` placeholders, SQLite flavour, rows readable by index and by column name) and
  ``db.dialect`` (``"sqlite"`` or ``"postgresql"``) where the two must differ.
* Dialect-only parts: ``only("postgresql", "native SQL", ...)`` runs its statements untouched on
  that dialect and is skipped on the other; ``steps(a, b, ...)`` makes one migration of several.

Every run of pending migrations is one transaction holding the writer lock (SQLite: ``BEGIN
IMMEDIATE``; PostgreSQL: an advisory lock), so concurrent openers upgrade a database once and a
failing migration leaves it as it was (PostgreSQL's DDL is transactional too).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from eventwire.errors import StoreError


class Runner(Protocol):
    """What a migration gets: SQL execution in one dialect, inside the migration's transaction."""

    @property
    def dialect(self) -> str: ...

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        """Run SQLite-flavoured SQL (rewritten on PostgreSQL); returns a cursor."""

    def execute_native(self, sql: str) -> Any:
        """Run SQL exactly as written, in this runner's own dialect."""

    def table_exists(self, name: str) -> bool: ...

    def begin_exclusive(self) -> None:
        """Start the transaction that holds the writer (migration) lock."""

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


Migration = Callable[[Runner], None]


def sql(*statements: str) -> Migration:
    """A migration that runs the given portable (SQLite-flavoured) statements in order."""

    def run(db: Runner) -> None:
        for statement in statements:
            db.execute(statement)

    return run


def only(dialect: str, *statements: str) -> Migration:
    """A migration that runs native statements on ``dialect`` and does nothing elsewhere."""

    def run(db: Runner) -> None:
        if db.dialect == dialect:
            for statement in statements:
                db.execute_native(statement)

    return run


def steps(*migrations: Migration) -> Migration:
    """One migration made of several, applied in order."""

    def run(db: Runner) -> None:
        for migration in migrations:
            migration(db)

    return run


class SQLiteRunner:
    """Runs migrations on a ``sqlite3`` connection in autocommit mode (``isolation_level=None``)."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, () if params is None else params)

    def execute_native(self, sql: str) -> sqlite3.Cursor:
        return self.conn.execute(sql)

    def table_exists(self, name: str) -> bool:
        found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return found.fetchone() is not None

    def begin_exclusive(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


def runner_for(conn: Any) -> Runner:
    """The runner for a ``sqlite3`` or ``psycopg`` connection (or a runner, returned as is)."""
    if isinstance(conn, sqlite3.Connection):
        return SQLiteRunner(conn)
    if hasattr(conn, "begin_exclusive"):
        runner: Runner = conn
        return runner
    # Imported here so SQLite users never import psycopg.
    from eventwire.store.postgresql import PostgresRunner

    return PostgresRunner(conn)


# PostgreSQL needs the SQL functions SQLite gets from Python (see sqlite._configure) and citext
# for the NOCASE columns. ew_fold lowers with ICU where the server has it, then folds the two
# letters whose lower case differs from Python's casefold in news text.
_POSTGRES_SUPPORT = only(
    "postgresql",
    "CREATE EXTENSION IF NOT EXISTS citext",
    """CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$""",
    """DO $do$
    DECLARE
        coll text := CASE WHEN EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu')
                          THEN '"und-x-icu"' ELSE '"default"' END;
    BEGIN
        EXECUTE format($f$CREATE OR REPLACE FUNCTION ew_fold(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $b$ SELECT replace(replace(lower(value COLLATE %s), 'ß', 'ss'), 'ς', 'σ') $b$$f$, coll);
    END
    $do$""",
    # The calendar days a TimeML value covers, as eventwire.temporal.value_range computes them.
    """CREATE OR REPLACE FUNCTION ew_day_range(value text) RETURNS date[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
    DECLARE
        m text[] := regexp_match(value,
            '^([0-9]{4})(?:-(?:([0-9]{2})(?:-([0-9]{2}))?|W([0-9]{2})|Q([1-4])|H([12])))?|^([0-9]{3})$');
        y integer;
        n integer;
        first date;
    BEGIN
        IF m IS NULL THEN
            RETURN NULL;
        END IF;
        IF m[7] IS NOT NULL THEN
            y := m[7]::integer * 10;
            RETURN ARRAY[make_date(greatest(y, 1), 1, 1), make_date(y + 9, 12, 31)];
        END IF;
        y := m[1]::integer;
        IF y < 1 THEN
            RETURN NULL;
        ELSIF m[2] IS NOT NULL THEN
            n := m[2]::integer;
            IF n NOT BETWEEN 1 AND 12 THEN
                RETURN NULL;
            END IF;
            first := make_date(y, n, 1);
            IF m[3] IS NULL THEN
                RETURN ARRAY[first, (first + interval '1 month' - interval '1 day')::date];
            END IF;
            n := m[3]::integer;
            IF n < 1 OR first + (n - 1) >= (first + interval '1 month')::date THEN
                RETURN NULL;
            END IF;
            RETURN ARRAY[first + (n - 1), first + (n - 1)];
        ELSIF m[4] IS NOT NULL THEN
            n := m[4]::integer;
            -- ISO week 1 holds January 4th; a year has a week 53 only if December 28th is in it.
            IF n < 1 OR n > extract(week FROM make_date(y, 12, 28)) THEN
                RETURN NULL;
            END IF;
            first := make_date(y, 1, 4) - (extract(isodow FROM make_date(y, 1, 4))::integer - 1) + 7 * (n - 1);
            RETURN ARRAY[first, first + 6];
        ELSIF m[5] IS NOT NULL THEN
            first := make_date(y, 3 * m[5]::integer - 2, 1);
            RETURN ARRAY[first, (first + interval '3 months' - interval '1 day')::date];
        ELSIF m[6] IS NOT NULL THEN
            first := make_date(y, 6 * m[6]::integer - 5, 1);
            RETURN ARRAY[first, (first + interval '6 months' - interval '1 day')::date];
        END IF;
        RETURN ARRAY[make_date(y, 1, 1), make_date(y, 12, 31)];
    END
    $$""",
    """CREATE OR REPLACE FUNCTION ew_first_day(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT to_char((ew_day_range(value))[1], 'YYYY-MM-DD') $$""",
    """CREATE OR REPLACE FUNCTION ew_last_day(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT to_char((ew_day_range(value))[2], 'YYYY-MM-DD') $$""",
)

# Actor/type/country columns use NOCASE so filters ignore case and still use the indexes.
_V1 = steps(
    _POSTGRES_SUPPORT,
    sql(
        """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        date TEXT,
        url TEXT,
        source TEXT,
        origin TEXT,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        result_json TEXT NOT NULL,
        pipeline_version TEXT NOT NULL,
        processed_at TEXT NOT NULL
    )""",
        "CREATE INDEX articles_date ON articles(date)",
        "CREATE INDEX articles_origin ON articles(origin)",
        """CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        type TEXT COLLATE NOCASE,
        mode TEXT,
        cameo TEXT,
        quad_class INTEGER,
        score REAL,
        source_text TEXT,
        source_name TEXT,
        source_country TEXT COLLATE NOCASE,
        source_sector TEXT,
        target_text TEXT,
        target_name TEXT,
        target_country TEXT COLLATE NOCASE,
        target_sector TEXT,
        date_value TEXT,
        date_granularity TEXT,
        date_method TEXT,
        location_name TEXT,
        location_country TEXT COLLATE NOCASE,
        lat REAL,
        lon REAL,
        negated INTEGER,
        hypothetical INTEGER,
        future INTEGER,
        confidence REAL,
        sentence_start INTEGER,
        sentence_end INTEGER,
        trigger_start INTEGER,
        trigger_end INTEGER,
        event_json TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
        "CREATE INDEX events_type ON events(type)",
        "CREATE INDEX events_source_country ON events(source_country)",
        "CREATE INDEX events_target_country ON events(target_country)",
        "CREATE INDEX events_date ON events(date_value)",
        """CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT,
        direct INTEGER,
        content_text TEXT,
        content_start INTEGER,
        content_end INTEGER,
        speaker_text TEXT,
        speaker_name TEXT,
        speaker_country TEXT COLLATE NOCASE,
        speaker_sector TEXT,
        cue_text TEXT,
        medium_text TEXT,
        confidence REAL,
        quote_json TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
        "CREATE INDEX quotes_speaker_country ON quotes(speaker_country)",
        """CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT,
        span_start INTEGER,
        span_end INTEGER,
        name TEXT,
        country TEXT COLLATE NOCASE,
        lat REAL,
        lon REAL,
        feature TEXT,
        role TEXT,
        geonameid INTEGER,
        confidence REAL,
        place_json TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
        "CREATE INDEX places_country ON places(country)",
        """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT,
        span_start INTEGER,
        span_end INTEGER,
        label TEXT,
        role TEXT,
        actor_name TEXT,
        actor_country TEXT COLLATE NOCASE,
        actor_sector TEXT,
        actor_kind TEXT,
        refers_to INTEGER,
        confidence REAL,
        entity_json TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
        "CREATE INDEX entities_actor_country ON entities(actor_country)",
        """CREATE TABLE failures (
        origin TEXT NOT NULL,
        code TEXT NOT NULL,
        article_id TEXT,
        reason TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (origin, code)
    )""",
    ),
)

# Duplicate articles and fused events (issue 6). Plain portable SQL: the PostgreSQL store runs it too
# (global_id is BIGINT: 52-bit ids, over the 32 bits of a PostgreSQL INTEGER).
_V2 = sql(
    """CREATE TABLE article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        scheme TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        shingles INTEGER NOT NULL,
        signature TEXT NOT NULL
    )""",
    "CREATE INDEX article_signatures_hash ON article_signatures(text_hash)",
    """CREATE TABLE duplicates (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        similarity REAL NOT NULL,
        containment REAL,
        detected_at TEXT NOT NULL
    )""",
    "CREATE INDEX duplicates_of ON duplicates(duplicate_of)",
    """CREATE TABLE fused_events (
        id TEXT PRIMARY KEY,
        global_id BIGINT NOT NULL,
        type TEXT,
        mode TEXT,
        cameo TEXT,
        quad_class INTEGER,
        score REAL,
        source_name TEXT,
        source_code TEXT,
        target_name TEXT,
        target_code TEXT,
        date_start TEXT,
        date_end TEXT,
        location_name TEXT,
        location_country TEXT,
        lat REAL,
        lon REAL,
        mentions INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        first_article_id TEXT,
        first_seen TEXT,
        fused_at TEXT NOT NULL,
        rule TEXT NOT NULL,
        fused_json TEXT NOT NULL
    )""",
    "CREATE INDEX fused_events_type ON fused_events(type)",
    "CREATE INDEX fused_events_date ON fused_events(date_start)",
    """CREATE TABLE fused_mentions (
        fused_id TEXT NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx),
        FOREIGN KEY (article_id, idx) REFERENCES events(article_id, idx) ON DELETE CASCADE
    )""",
    "CREATE INDEX fused_mentions_fused ON fused_mentions(fused_id)",
)

# Event dates' TimeML mod ("late 2021" -> END) as a column, filled from the stored JSON of older runs.
_V3 = steps(
    sql("ALTER TABLE events ADD COLUMN date_mod TEXT"),
    only("sqlite", "UPDATE events SET date_mod = json_extract(event_json, '$.date.mod')"),
    only("postgresql", "UPDATE events SET date_mod = (event_json::jsonb -> 'date' ->> 'mod')"),
)

# The trigger's lemma (0.11.0) as an indexed column, so events can be filtered and counted by verb; filled from
# the stored JSON, where results of older versions have none (the column stays NULL for them).
_V4 = steps(
    sql(
        "ALTER TABLE events ADD COLUMN trigger_lemma TEXT COLLATE NOCASE",
        "CREATE INDEX events_trigger_lemma ON events(trigger_lemma)",
    ),
    only("sqlite", "UPDATE events SET trigger_lemma = json_extract(event_json, '$.trigger_lemma')"),
    only("postgresql", "UPDATE events SET trigger_lemma = (event_json::jsonb ->> 'trigger_lemma')"),
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, _V3, _V4)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return len(migrations)


def current_version(conn: Any) -> int:
    """The schema version recorded in the database; 0 for a fresh one."""
    db = runner_for(conn)
    if not db.table_exists("schema_migrations"):
        return 0
    row = db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _check_not_newer(version: int, latest: int) -> None:
    if version > latest:
        raise StoreError(
            f"the database has schema version {version} but this eventwire only knows up to "
            f"version {latest}; upgrade eventwire to open it"
        )


def migrate(conn: Any, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the schema up to date; returns the versions applied (empty when already current).

    ``conn`` is a ``sqlite3`` connection in autocommit mode (``isolation_level=None``), a
    ``psycopg`` connection with ``autocommit=True``, or a :class:`Runner`.
    """
    db = runner_for(conn)
    latest = latest_version(migrations)
    version = current_version(db)
    _check_not_newer(version, latest)
    if version == latest:
        return []
    db.begin_exclusive()
    try:
        applied = _apply_pending(db, migrations)
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return applied


def _apply_pending(db: Runner, migrations: Sequence[Migration]) -> list[int]:
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    # Re-read under the writer lock: another process may have migrated meanwhile.
    version = current_version(db)
    _check_not_newer(version, len(migrations))
    applied: list[int] = []
    for number, migration in enumerate(migrations[version:], start=version + 1):
        migration(db)
        db.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
            (number, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )
        applied.append(number)
    return applied
