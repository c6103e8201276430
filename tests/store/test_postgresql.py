"""What only the PostgreSQL store does: URLs, server errors, its SQL functions matching Python,
NUL characters, writers racing on one article, a full disk and a read-only database.
"""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from sample_results import PIPELINE, make_result
from scratch_disks import small_disk

from eventwire.errors import StoreError
from eventwire.store import content_hash, open_store
from eventwire.store.postgresql import conninfo, masked
from eventwire.store.throwaway import ThrowawayCluster
from eventwire.temporal import value_range

psycopg = pytest.importorskip("psycopg")


# -- addresses and connection errors (no server needed) ---------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://ew@db:5432/events", "postgresql://ew@db:5432/events"),
        ("postgresql://ew:s3cret@db/events", "postgresql://ew:***@db/events"),
        ("postgres://ew:p%40ss@db/events", "postgres://ew:***@db/events"),
        (
            "postgresql://db/events?user=ew&password=s3cret&sslmode=require",
            "postgresql://db/events?user=ew&password=***&sslmode=require",
        ),
    ],
)
def test_passwords_never_reach_messages(url: str, shown: str) -> None:
    assert masked(url) == shown


@pytest.mark.parametrize(
    ("url", "libpq"),
    [
        ("postgresql://ew@db/events", "postgresql://ew@db/events"),
        ("postgres://ew@db/events", "postgres://ew@db/events"),
        ("postgresql+psycopg://ew@db/events", "postgresql://ew@db/events"),
    ],
)
def test_sqlalchemy_style_urls_lose_their_driver_part(url: str, libpq: str) -> None:
    assert conninfo(url) == libpq


def test_an_unreachable_server_is_a_clear_store_error() -> None:
    with pytest.raises(StoreError, match=r"cannot open store postgresql://ew:\*\*\*@127.0.0.1:1/x: cannot reach"):
        open_store("postgresql://ew:secret@127.0.0.1:1/x")


def test_a_missing_database_is_a_clear_store_error(pg_cluster: ThrowawayCluster) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(pg_cluster.url("no_such_db"))


def test_a_lost_connection_is_a_store_error(pg_shared_url: str, pg_cluster: ThrowawayCluster) -> None:
    with open_store(pg_shared_url) as store:
        pid = store.fetchall("SELECT pg_backend_pid()")[0][0]
        with pg_cluster.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(StoreError, match=r"cannot read postgresql://"):
            store.counts()


# -- the SQL functions the queries use, against their Python originals -------------------

TIMEML_VALUES = [
    "2022-01-05",
    "2022-01-05T10:00",
    "2022-02-29",  # not a day
    "2024-02-29",
    "2022-01",
    "2022-13",
    "2022-W01",
    "2020-W53",
    "2021-W53",  # 2021 has 52 ISO weeks
    "2022-W00",
    "2021-Q4",
    "2022-H1",
    "2022-H2",
    "2022",
    "199",
    "000",
    "0000",
    "0001-W01",
    "20221",
    "2022-1",
    "PRESENT_REF",
    "P3D",
    "",
    "XXXX-01",
]


def test_date_range_functions_match_python(store_url: str) -> None:
    with psycopg.connect(store_url) as conn:
        for value in TIMEML_VALUES:
            first, last = conn.execute("SELECT ew_first_day(%s), ew_last_day(%s)", (value, value)).fetchone()
            days = value_range(value)
            assert (first, last) == ((days[0].isoformat(), days[1].isoformat()) if days else (None, None)), value


def test_fold_matches_python_casefold(store_url: str) -> None:
    words = ["Zürich", "ÉLYSÉE", "Straße", "STRASSE", "ΟΔΥΣΣΕΥΣ", "İstanbul", "Ñandú", "KYIV", "Kyiv"]
    rng = random.Random(7)
    words += ["".join(rng.choice("aBcÄöÜßΣσς ") for _ in range(12)) for _ in range(20)]
    with psycopg.connect(store_url) as conn:
        for word in words:
            folded = conn.execute("SELECT ew_fold(%s)", (word,)).fetchone()[0]
            # ICU lower-cases "İ" to "i̇" as casefold does; only word-final sigma needs the σ rule.
            assert folded == word.casefold(), word


@pytest.fixture
def store_url(pg_shared_url: str) -> str:
    return pg_shared_url


# -- values PostgreSQL is stricter about ---------------------------------------------------


def test_nul_characters_round_trip_through_the_json(store_url: str) -> None:
    result = {**make_result("nul\x00id", "Text with a NUL \x00 inside."), "title": "a\x00b"}
    with open_store(store_url) as store:
        store.fetchall("DELETE FROM articles")
        assert store.save(result, origin="o\x00", pipeline_version=PIPELINE)
        assert store.get_article("nul\x00id") == result
        assert store.fetchall("SELECT title FROM articles")[0][0] == "a\ufffdb"
        assert store.has("nul\x00id", content_hash(result["text"]), PIPELINE)


def test_a_text_in_a_numeric_column_is_a_store_error_and_the_store_goes_on(store_url: str) -> None:
    bad = {"id": "bad", "text": "x", "events": [{"quad_class": "not a number"}]}
    with open_store(store_url) as store:
        store.fetchall("DELETE FROM articles")
        with pytest.raises(StoreError, match=r"cannot write to .*invalid input syntax"):
            store.save(bad, origin=None, pipeline_version=PIPELINE)
        assert store.save(make_result("good"), origin=None, pipeline_version=PIPELINE)
        assert store.counts()["articles"] == 1


# -- concurrency -------------------------------------------------------------------------


def test_writers_racing_on_the_same_articles_store_each_once(pg_url: str) -> None:
    total, errors, stored = 40, [], []

    def write(order: list[int]) -> None:
        try:
            with open_store(pg_url) as store:
                stored.extend(
                    store.save(make_result(f"race{i}", events=2), origin=None, pipeline_version=PIPELINE) for i in order
                )
        except BaseException as error:
            errors.append(error)

    orders = [list(range(total)), list(range(total))[::-1], random.Random(3).sample(range(total), total)]
    threads = [threading.Thread(target=write, args=(order,)) for order in orders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert stored.count(True) == total  # each article saved by exactly one writer
    with open_store(pg_url) as store:
        assert store.counts()["articles"] == total
        assert store.counts()["events"] == 2 * total


# -- full and read-only storage ----------------------------------------------------------


def test_a_full_disk_is_a_store_error_and_loses_nothing(pg_cluster: ThrowawayCluster, pg_url: str) -> None:
    assert pg_cluster.root is not None
    name = pg_url.rsplit("/", 1)[1]
    with small_disk("1m", owner=pg_cluster.root.stat().st_uid) as small:
        _fill_and_check(pg_cluster, pg_url, name, small)


def _fill_and_check(pg_cluster: ThrowawayCluster, pg_url: str, name: str, small: Path) -> None:
    try:
        with open_store(pg_url) as store:
            store.save(make_result("kept"), origin=None, pipeline_version=PIPELINE)
            before = store.counts()
            with pg_cluster.admin() as admin:
                admin.execute(f"CREATE TABLESPACE small LOCATION '{small}'")
            # Every table and index of the store moves onto the 1 MB disk.
            with psycopg.connect(pg_url, autocommit=True) as conn:
                conn.execute("ALTER TABLE ALL IN TABLESPACE pg_default SET TABLESPACE small")
                conn.execute("ALTER INDEX ALL IN TABLESPACE pg_default SET TABLESPACE small")
            noise = random.Random(5).randbytes(3_000_000).hex()  # incompressible, bigger than the disk
            with pytest.raises(StoreError, match="disk is full"):
                store.save(make_result("big", noise), origin=None, pipeline_version=PIPELINE)
            assert store.counts() == before
            assert store.get_article("kept") == make_result("kept")
    finally:
        pg_cluster.drop_database(name)
        with pg_cluster.admin() as admin:
            admin.execute("DROP TABLESPACE IF EXISTS small")


def test_a_read_only_database_gives_a_store_error_and_loses_nothing(pg_url: str, pg_cluster: ThrowawayCluster) -> None:
    with open_store(pg_url) as store:
        store.save(make_result(), origin=None, pipeline_version=PIPELINE)
    name = pg_url.rsplit("/", 1)[1]
    with pg_cluster.admin() as admin:
        # What a hot standby or an administrator's lock-down looks like to a client.
        admin.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    with open_store(pg_url) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.save(make_result("other"), origin=None, pipeline_version=PIPELINE)
        with pytest.raises(StoreError, match="read-only"):
            store.record_failure("o", "c", "r")
        assert store.counts()["articles"] == 1
        assert store.get_article("a1") == make_result()
