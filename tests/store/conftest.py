"""Fixtures for the store tests: every backend, with PostgreSQL on a real throwaway server.

``location`` (and ``store`` on top of it) runs a test once on a fresh SQLite file and once
on a fresh PostgreSQL database. The server is one ``initdb`` + ``pg_ctl`` cluster per
session on loopback (see eventwire.store.throwaway); the PostgreSQL cases skip, saying why,
where PostgreSQL is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.store import Store, open_store
from eventwire.store.throwaway import ClusterUnavailable, ThrowawayCluster, find_bindir

BACKENDS = ("sqlite", "postgresql")
STORE_TABLES = (
    "articles",
    "events",
    "quotes",
    "places",
    "entities",
    "failures",
    "article_signatures",
    "duplicates",
    "fused_events",
    "fused_mentions",
)
_serial = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    if find_bindir() is None:
        pytest.skip("PostgreSQL is not installed: no initdb/pg_ctl (apt-get install postgresql; .ci/run does)")
    cluster = ThrowawayCluster()
    try:
        cluster.start()
    except ClusterUnavailable as error:
        pytest.skip(f"cannot start a throwaway PostgreSQL server: {error}")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: ThrowawayCluster) -> str:
    """A fresh, empty database on the session's server (left for the cluster's removal: a drop checkpoints)."""
    return pg_cluster.create_database(f"ew_test_{os.getpid()}_{next(_serial)}")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def location(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh store of this backend lives: a file path or a postgresql:// URL."""
    if backend == "sqlite":
        return str(tmp_path / "eventwire.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture(scope="session")
def pg_shared_url(pg_cluster: ThrowawayCluster) -> str:
    """One migrated database for the tests that only need an empty store (a new database costs ~1 s)."""
    url = pg_cluster.create_database(f"ew_shared_{os.getpid()}")
    open_store(url).close()
    return url


def _emptied(url: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {', '.join(STORE_TABLES)} RESTART IDENTITY")
    return url


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An open, empty store of this backend (PostgreSQL: the shared database, emptied)."""
    if backend == "sqlite":
        where = str(tmp_path / "eventwire.db")
    else:
        where = _emptied(request.getfixturevalue("pg_shared_url"))
    with open_store(where) as opened:
        yield opened
