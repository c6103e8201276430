"""What only the SQLite store does: file paths and sqlite:/// URLs, files that are not databases,
a full disk (PRAGMA max_page_count, and a real one on a small tmpfs), a read-only disk, file permissions.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_results import PIPELINE, make_result
from scratch_disks import remount, small_disk

from eventwire.errors import StoreError
from eventwire.store import Store, open_store
from eventwire.store import sqlite as sqlite_store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "eventwire.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with open_store(db) as opened:
        yield opened


# -- opening -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("plain.db", "plain.db"),
        ("sqlite:///url.db", "url.db"),
        ("sub/nested.db", "sub/nested.db"),
    ],
)
def test_open_store_accepts_paths_and_sqlite_urls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, location: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    with open_store(location) as store:
        assert store.path == Path(expected)
    assert (tmp_path / expected).exists()


def test_open_store_accepts_absolute_sqlite_urls(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path}/abs.db") as store:
        assert store.path == tmp_path / "abs.db"


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("http://example.org/x.db", "unsupported store URL"),
        ("sqlite://", "cannot read a database path"),
    ],
)
def test_open_store_refuses_other_urls_clearly(location: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(location)


def test_a_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nowhere" / "x.db")


def test_a_non_database_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database, just some words " * 100)
    with pytest.raises(StoreError, match="not an eventwire"):
        open_store(path)


def test_a_full_disk_is_a_store_error_and_loses_nothing(store: Store) -> None:
    store.save(make_result("kept"), origin=None, pipeline_version=PIPELINE)
    before = store.counts()
    pages = store.fetchall("PRAGMA page_count")[0][0]
    # Capping the page count makes SQLite report SQLITE_FULL exactly as a full disk would.
    store.fetchall(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StoreError, match="disk is full"):
        store.save(make_result("big", "x" * 200_000), origin=None, pipeline_version=PIPELINE)
    assert store.counts() == before
    assert store.get_article("kept") == make_result("kept")


def test_a_read_only_file_gives_a_store_error_and_loses_nothing(db: Path) -> None:
    with open_store(db) as store:
        store.save(make_result(), origin=None, pipeline_version=PIPELINE)
    os.chmod(db, 0o444)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes")
        with open_store(db) as store:
            with pytest.raises(StoreError, match="read-only"):
                store.save(make_result("other"), origin=None, pipeline_version=PIPELINE)
            assert store.counts()["articles"] == 1
            assert store.get_article("a1") == make_result()
    finally:
        os.chmod(db, 0o644)


def test_a_read_only_open_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database file"):
        open_store(tmp_path / "absent.db", readonly=True)


def test_a_really_full_disk_is_a_store_error_and_loses_nothing() -> None:
    with small_disk("512k") as disk:
        with open_store(disk / "eventwire.db") as store:
            store.save(make_result("kept"), origin=None, pipeline_version=PIPELINE)
            before = store.counts()
            noise = random.Random(5).randbytes(1_000_000).hex()
            with pytest.raises(StoreError, match="disk is full"):
                store.save(make_result("big", noise), origin=None, pipeline_version=PIPELINE)
            assert store.counts() == before
        with open_store(disk / "eventwire.db") as store:
            assert store.get_article("kept") == make_result("kept")


def test_a_read_only_disk_refuses_writers_clearly_and_still_reads() -> None:
    with small_disk("4m") as disk:
        with open_store(disk / "eventwire.db") as store:
            store.save(make_result(), origin=None, pipeline_version=PIPELINE)
        remount(disk, "ro")
        with pytest.raises(StoreError, match="the disk is read-only"):
            open_store(disk / "eventwire.db")
        with open_store(disk / "eventwire.db", readonly=True) as reader:
            assert reader.get_article("a1") == make_result()
            with pytest.raises(StoreError, match="read-only"):
                reader.save(make_result("other"), origin=None, pipeline_version=PIPELINE)
        remount(disk, "rw")
        with open_store(disk / "eventwire.db") as store:
            assert store.counts()["articles"] == 1


# -- switching a new database to WAL while other connections open it -------------------------------


class _BusyAtFirst:
    """A connection whose journal-mode switch is refused ``busy`` times, as SQLite refuses it while
    another connection is opening the same new file."""

    def __init__(self, busy: int, message: str = "database is locked") -> None:
        self.busy, self.message, self.tries = busy, message, 0

    def execute(self, sql: str) -> None:
        self.tries += 1
        if self.tries <= self.busy:
            raise sqlite3.OperationalError(self.message)


@pytest.mark.parametrize(("busy", "tries"), [(0, 1), (1, 2), (5, 6)])
def test_the_switch_to_wal_waits_for_other_openers(busy: int, tries: int) -> None:
    conn = _BusyAtFirst(busy)
    sqlite_store._use_wal(conn)  # type: ignore[arg-type]
    assert conn.tries == tries


def test_the_switch_to_wal_gives_up_after_the_busy_timeout_and_raises_other_errors_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_S", 0.05)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        sqlite_store._use_wal(_BusyAtFirst(10_000))  # type: ignore[arg-type]
    disk_error = _BusyAtFirst(1, "disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        sqlite_store._use_wal(disk_error)  # type: ignore[arg-type]
    assert disk_error.tries == 1
