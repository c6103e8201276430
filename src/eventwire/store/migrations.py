"""Versioned schema migrations for the SQLite store.

``MIGRATIONS[i]`` upgrades a database from version ``i`` to ``i + 1``. Never edit a
migration once released: append a new one (``ALTER TABLE ... ADD COLUMN``, a new table,
a Python data fix) so old databases upgrade step by step.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence

from eventwire.errors import StoreError

Migration = Callable[[sqlite3.Connection], None]


def sql(*statements: str) -> Migration:
    """A migration that runs the given statements in order."""

    def run(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return run


# Actor/type/country columns use NOCASE so filters ignore case and still use the indexes.
_V1 = sql(
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

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return len(migrations)


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database; 0 for a fresh file."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _check_not_newer(version: int, latest: int) -> None:
    if version > latest:
        raise StoreError(
            f"the database has schema version {version} but this eventwire only knows up to "
            f"version {latest}; upgrade eventwire to open it"
        )


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the schema up to date; returns the versions applied (empty when already current).

    ``conn`` must be in autocommit mode (``isolation_level=None``): each run is one
    ``BEGIN IMMEDIATE`` transaction, so concurrent openers upgrade the file only once.
    """
    latest = latest_version(migrations)
    version = current_version(conn)
    _check_not_newer(version, latest)
    if version == latest:
        return []
    conn.execute("BEGIN IMMEDIATE")
    try:
        applied = _apply_pending(conn, migrations)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied


def _apply_pending(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> list[int]:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    # Re-read under the write lock: another process may have migrated meanwhile.
    version = current_version(conn)
    _check_not_newer(version, len(migrations))
    applied: list[int] = []
    for number, migration in enumerate(migrations[version:], start=version + 1):
        migration(conn)
        conn.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
            (number, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )
        applied.append(number)
    return applied
