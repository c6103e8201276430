"""Persistent storage of processed articles: ``open_store("eventwire.db")`` or ``open_store("postgresql://...")``.

SQLite (a file) is the default; PostgreSQL serves many writers and readers on a server.
Both share one schema, one list of migrations (:mod:`eventwire.store.migrations`, which says
how to write a portable one) and one implementation of the store's logic
(:mod:`eventwire.store.base`).
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import StoreError
from eventwire.store.base import Store, content_hash
from eventwire.store.sqlite import DEFAULT_PATH, SQLiteStore, parse_location

__all__ = ["DEFAULT_PATH", "SQLiteStore", "Store", "StoreError", "content_hash", "is_postgres_url", "open_store"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+")


def is_postgres_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def open_store(path_or_url: str | Path = DEFAULT_PATH, *, readonly: bool = False) -> Store:
    """Open (creating and migrating when needed) the store at a path, ``sqlite:///`` or ``postgresql://`` URL."""
    if is_postgres_url(path_or_url):
        try:
            from eventwire.store.postgresql import PostgresStore
        except ImportError as error:
            raise StoreError(f"a PostgreSQL store needs psycopg: pip install 'psycopg[binary]' ({error})") from error
        return PostgresStore(str(path_or_url), readonly=readonly)
    return SQLiteStore(parse_location(path_or_url), readonly=readonly)
