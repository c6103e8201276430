"""Store behaviour every backend must share, each test run on SQLite and on PostgreSQL.

Idempotent saves, failures with counts, lookups, migrations from empty and from an older
version, readers beside a writer, read-only stores, and a writer killed mid-save.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sample_results import CHILD_TABLES, PIPELINE, make_event, make_result

import eventwire.store
from eventwire.errors import StoreError
from eventwire.export import export
from eventwire.query import query_events, query_places, query_quotes
from eventwire.store import Store, content_hash, open_store
from eventwire.store.migrations import MIGRATIONS, current_version, migrate, sql

# -- helpers -----------------------------------------------------------------------------


@contextmanager
def raw_connection(location: str) -> Iterator[Any]:
    """A plain autocommit connection to the store's database, as a migration runner gets."""
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            yield conn
    else:
        conn = sqlite3.connect(location, isolation_level=None)
        try:
            yield conn
        finally:
            conn.close()


def column_names(store: Store, table: str) -> list[str]:
    # LIMIT 0 still describes the columns, on either backend.
    with raw_connection(_address(store)) as conn:
        cursor = conn.execute(f"SELECT * FROM {table} LIMIT 0")
        return [column[0] for column in cursor.description]


def _address(store: Store) -> str:
    return str(getattr(store, "url", None) or store.location)


def table_exists(location: str, table: str) -> bool:
    with raw_connection(location) as conn:
        if location.startswith("postgresql://"):
            return bool(conn.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0])
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None


def child_counts(store: Store, article_id: str) -> dict[str, int]:
    return {
        t: int(store.fetchall(f"SELECT COUNT(*) AS n FROM {t} WHERE article_id = ?", (article_id,))[0]["n"])
        for t in CHILD_TABLES
    }


def assert_children_match(store: Store, result: dict[str, Any]) -> None:
    assert child_counts(store, result["id"]) == {t: len(result[t]) for t in CHILD_TABLES}


# -- migrations --------------------------------------------------------------------------


def test_an_empty_database_is_migrated_and_reopening_is_a_no_op(location: str) -> None:
    with open_store(location) as store:
        first = [tuple(r) for r in store.fetchall("SELECT version, applied_at FROM schema_migrations")]
        assert [v for v, _ in first] == list(range(1, len(MIGRATIONS) + 1))
        assert store.counts() == dict.fromkeys(("articles", "events", "quotes", "places", "entities", "failures"), 0)
    with open_store(location) as store:
        again = [tuple(r) for r in store.fetchall("SELECT version, applied_at FROM schema_migrations")]
        assert again == first
        assert store.schema_version() == len(MIGRATIONS)
    with raw_connection(location) as conn:
        assert migrate(conn) == []


def test_both_backends_get_the_same_tables_and_columns(location: str, tmp_path: Path) -> None:
    with open_store(location) as store, open_store(tmp_path / "reference.db") as reference:
        for table in ("articles", *CHILD_TABLES, "failures", "schema_migrations"):
            assert column_names(store, table) == column_names(reference, table)


def test_an_old_database_is_upgraded_by_later_migrations(location: str) -> None:
    with open_store(location) as store:
        store.save(make_result(), origin=None, pipeline_version=PIPELINE)
    later = (
        *MIGRATIONS,
        sql("ALTER TABLE articles ADD COLUMN language TEXT", "CREATE INDEX articles_language ON articles(language)"),
        sql(
            "CREATE TABLE links (id INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL,"
            " other TEXT COLLATE NOCASE, score REAL, UNIQUE (article_id, other))",
            "INSERT OR IGNORE INTO links (article_id, other, score) SELECT id, 'x', 1.5 FROM articles",
            "INSERT OR IGNORE INTO links (article_id, other, score) SELECT id, 'X', 2.5 FROM articles",
        ),
    )
    with raw_connection(location) as conn:
        assert migrate(conn, later) == [len(MIGRATIONS) + 1, len(MIGRATIONS) + 2]
        assert current_version(conn) == len(later)
        assert migrate(conn, later) == []
        # NOCASE on both sides: 'X' collides with 'x', so the second insert is ignored.
        links = conn.execute("SELECT id, article_id, other, score FROM links").fetchall()
        assert [tuple(row) for row in links] == [(1, "a1", "x", 1.5)]
        assert conn.execute("SELECT language FROM articles").fetchall() == [(None,)]
        assert json.loads(conn.execute("SELECT result_json FROM articles").fetchone()[0]) == make_result()


def test_version_3_fills_the_event_date_mod_column_from_stored_json(location: str) -> None:
    event = {"type": "MOBILIZE", "date": {"value": "2021", "granularity": "year", "mod": "END"}}
    with raw_connection(location) as conn:
        assert migrate(conn, MIGRATIONS[:2]) == [1, 2]
        conn.execute(
            "INSERT INTO articles (id, content_hash, text, result_json, pipeline_version, processed_at)"
            " VALUES ('old', 'h', 'late 2021', '{}', 'eventwire-0.2.0', '2026-01-01')"
        )
        conn.execute(f"INSERT INTO events (article_id, idx, event_json) VALUES ('old', 0, '{json.dumps(event)}')")
        assert migrate(conn, MIGRATIONS[:3]) == [3]
        assert [tuple(row) for row in conn.execute("SELECT date_mod FROM events").fetchall()] == [("END",)]


def test_version_4_fills_the_trigger_lemma_column_from_stored_json_and_old_events_keep_none(location: str) -> None:
    # An event stored before 0.11.0 has no trigger_lemma in its JSON; one hand-built with it keeps it.
    events = [make_event(), make_event(lemma="accuse")]
    with raw_connection(location) as conn:
        assert migrate(conn, MIGRATIONS[:3]) == [1, 2, 3]
        conn.execute(
            "INSERT INTO articles (id, content_hash, text, result_json, pipeline_version, processed_at)"
            " VALUES ('old', 'h', 'Russia accused Ukraine.', '{}', 'eventwire-0.10.0', '2026-01-01')"
        )
        for idx, event in enumerate(events):
            values = f"('old', {idx}, '{json.dumps(event)}')"
            conn.execute(f"INSERT INTO events (article_id, idx, event_json) VALUES {values}")
        assert migrate(conn) == [4]
        rows = conn.execute("SELECT trigger_lemma FROM events ORDER BY idx").fetchall()
        assert [tuple(row) for row in rows] == [(None,), ("accuse",)]
    with open_store(location) as store:
        old, new = query_events(store)
        assert (old.get("trigger_lemma"), new["trigger_lemma"]) == (None, "accuse")
        assert [row["trigger_lemma"] for row in query_events(store, lemma="ACCUSE")] == ["accuse"]


@pytest.mark.parametrize(
    ("lemmas", "wanted", "expected"),
    [
        (("accuse", "deny"), "accuse", ["accuse"]),
        (("accuse", "deny"), " Deny ", ["deny"]),  # any case, spaces trimmed
        (("accuse", None), "accuse", ["accuse"]),  # an event stored without a lemma never matches
        (("accuse", "accuse"), "accuse", ["accuse", "accuse"]),
        (("accuse", "deny"), "accus", []),  # the whole lemma, not a prefix
    ],
)
def test_events_are_filtered_by_trigger_lemma(
    location: str, lemmas: tuple[str | None, ...], wanted: str, expected: list[str]
) -> None:
    result = make_result()
    result["events"] = [make_event(lemma=lemma) for lemma in lemmas]
    with open_store(location) as store:
        store.save(result, origin=None, pipeline_version=PIPELINE)
        rows = store.fetchall("SELECT trigger_lemma FROM events ORDER BY idx")
        assert [row["trigger_lemma"] for row in rows] == list(lemmas)
        assert [row["trigger_lemma"] for row in query_events(store, lemma=wanted)] == expected


def test_a_saved_event_date_keeps_its_mod(location: str) -> None:
    result = make_result()
    result["events"][0]["date"]["mod"] = "START"
    with open_store(location) as store:
        store.save(result, origin=None, pipeline_version=PIPELINE)
        rows = store.fetchall("SELECT idx, date_mod FROM events ORDER BY idx")
    assert [(row["idx"], row["date_mod"]) for row in rows] == [(0, "START"), (1, None)]


def test_a_database_from_a_newer_version_is_refused(location: str) -> None:
    open_store(location).close()
    with raw_connection(location) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, '2030-01-01')")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(location)
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(location, readonly=True)


def test_a_failing_migration_leaves_the_database_untouched(location: str) -> None:
    import psycopg

    open_store(location).close()
    broken = (*MIGRATIONS, sql("CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL"))
    with raw_connection(location) as conn:
        with pytest.raises((sqlite3.Error, psycopg.Error)):
            migrate(conn, broken)
        assert current_version(conn) == len(MIGRATIONS)
    assert not table_exists(location, "extra")


def test_openers_racing_on_an_empty_database_migrate_it_once(location: str) -> None:
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            open_store(location).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with open_store(location) as store:
        versions = [row[0] for row in store.fetchall("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_a_read_only_open_of_an_unmigrated_database_is_a_clear_error(location: str) -> None:
    with raw_connection(location) as conn:
        conn.execute("CREATE TABLE unrelated (x INTEGER)")
    with pytest.raises(StoreError, match="schema version 0"):
        open_store(location, readonly=True)


# -- saving ------------------------------------------------------------------------------


def test_save_stores_the_article_and_its_child_rows(store: Store) -> None:
    result = make_result(events=3, quotes=2, places=1, entities=4)
    assert store.save(result, origin="in.jsonl", pipeline_version=PIPELINE) is True
    assert store.get_article("a1") == result
    assert_children_match(store, result)
    row = store.fetchall("SELECT * FROM events WHERE article_id = 'a1' AND idx = 0")[0]
    assert (row["type"], row["source_country"], row["target_name"], row["date_value"]) == (
        "ACCUSE",
        "RUS",
        "Ukraine",
        "2022-01-05",
    )
    assert (row["negated"], row["trigger_start"], row["sentence_end"]) == (0, 7, 30)


def test_saving_the_same_article_twice_stores_nothing_new(store: Store) -> None:
    result = make_result()
    assert store.save(result, origin="in.jsonl", pipeline_version=PIPELINE) is True
    before = store.counts()
    stamp = store.fetchall("SELECT processed_at FROM articles")[0][0]
    assert store.save(result, origin="in.jsonl", pipeline_version=PIPELINE) is False
    assert store.counts() == before
    assert store.fetchall("SELECT processed_at FROM articles")[0][0] == stamp


@pytest.mark.parametrize(
    ("new_text", "new_version", "replaced"),
    [
        ("Russia accused Ukraine of shelling.", PIPELINE, False),
        ("A different text entirely.", PIPELINE, True),
        ("Russia accused Ukraine of shelling.", "0.2.0", True),
        ("Russia accused Ukraine of shelling.", "0.10.0", True),  # numeric, not string, order
        ("Russia accused Ukraine of shelling.", "0.0.9", False),  # never downgrade the same text
        ("A different text entirely.", "0.0.9", True),
    ],
)
def test_save_replaces_only_changed_text_or_older_pipeline(
    store: Store, new_text: str, new_version: str, replaced: bool
) -> None:
    store.save(make_result(events=3), origin="x", pipeline_version=PIPELINE)
    newer = make_result(text=new_text, events=1, quotes=0, places=2, entities=1)
    assert store.has("a1", content_hash(new_text), new_version) is not replaced
    assert store.save(newer, origin="x", pipeline_version=new_version) is replaced
    expected = newer if replaced else make_result(events=3)
    assert store.get_article("a1") == expected
    assert_children_match(store, expected)
    assert store.counts()["articles"] == 1


def test_has_is_false_for_unknown_articles(store: Store) -> None:
    assert store.has("missing", content_hash("x"), PIPELINE) is False


@pytest.mark.parametrize(
    ("result", "message"),
    [
        ({"text": "no id"}, "non-empty string 'id'"),
        ({"id": "", "text": "empty id"}, "non-empty string 'id'"),
        ({"id": "x", "text": None}, "'text' is not a string"),
        ({"id": "x", "text": "t", "events": [{"type": object()}]}, "not JSON-serialisable"),
        ({"id": "x", "text": "bad \ud800 surrogate"}, "not valid Unicode"),
    ],
)
def test_invalid_results_are_refused_with_a_store_error(store: Store, result: dict[str, Any], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.save(result, origin=None, pipeline_version=PIPELINE)
    assert store.counts()["articles"] == 0


def test_items_missing_keys_still_store(store: Store) -> None:
    result = {"id": "bare", "text": "Bare.", "events": [{"type": "AID"}, {}], "quotes": [{}]}
    assert store.save(result, origin=None, pipeline_version=PIPELINE)
    assert store.get_article("bare") == result
    assert store.counts()["events"] == 2


# -- failures ----------------------------------------------------------------------------


def test_failures_are_upserted_and_cleared_when_the_origin_succeeds(store: Store) -> None:
    store.record_failure("a.html", "empty", "no text", article_id="a1")
    store.record_failure("a.html", "empty", "still no text")
    store.record_failure("a.html", "language", "not English")
    store.record_failure("b.html", "empty", "no text")
    rows = {(f["origin"], f["code"]): f for f in store.failures()}
    assert set(rows) == {("a.html", "empty"), ("a.html", "language"), ("b.html", "empty")}
    assert rows["a.html", "empty"]["count"] == 2
    assert rows["a.html", "empty"]["reason"] == "still no text"
    assert rows["a.html", "empty"]["article_id"] == "a1"
    assert rows["a.html", "empty"]["first_seen"] <= rows["a.html", "empty"]["last_seen"]
    store.save(make_result(), origin="a.html", pipeline_version=PIPELINE)
    assert [(f["origin"], f["code"]) for f in store.failures()] == [("b.html", "empty")]
    assert store.counts()["failures"] == 1


# -- reading -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("abc123", "abc123"),
        ("abc1", "abc123"),
        ("x", "xyz"),
        ("nope", None),
        ("", None),
        ("ABC1", None),  # ids are case-sensitive
    ],
)
def test_get_article_by_id_or_unique_prefix(store: Store, key: str, found: str | None) -> None:
    for article_id in ("abc123", "abc456", "xyz"):
        store.save(make_result(article_id), origin=None, pipeline_version=PIPELINE)
    article = store.get_article(key)
    assert (article["id"] if article else None) == found


def test_an_ambiguous_prefix_is_a_clear_error(store: Store) -> None:
    for article_id in ("abc123", "abc456"):
        store.save(make_result(article_id), origin=None, pipeline_version=PIPELINE)
    with pytest.raises(StoreError, match=r"ambiguous.*abc123, abc456"):
        store.get_article("abc")


def test_an_exact_id_wins_over_longer_ids_sharing_it_as_prefix(store: Store) -> None:
    for article_id in ("abc", "abcd"):
        store.save(make_result(article_id), origin=None, pipeline_version=PIPELINE)
    article = store.get_article("abc")
    assert article is not None and article["id"] == "abc"


def test_articles_lists_summaries_in_date_order_with_paging(store: Store) -> None:
    dates = {"c": "2022-03-01", "a": "2022-01-01", "b": None, "d": "2022-02-01"}
    for article_id, date in dates.items():
        store.save(make_result(article_id, date=date, events=1), origin="f", pipeline_version=PIPELINE)
    assert [a["id"] for a in store.articles()] == ["a", "d", "c", "b"]
    assert [a["id"] for a in store.articles(limit=2, offset=1)] == ["d", "c"]
    first = store.articles(limit=1)[0]
    assert (first["events"], first["quotes"], first["places"], first["origin"]) == (1, 1, 1, "f")
    assert "text" not in first
    with pytest.raises(ValueError):
        store.articles(limit=-1)


def test_counts_and_results(store: Store) -> None:
    assert store.counts() == dict.fromkeys(("articles", "events", "quotes", "places", "entities", "failures"), 0)
    results = [make_result(f"id{i}", events=i) for i in range(3)]
    for result in results:
        store.save(result, origin=None, pipeline_version=PIPELINE)
    store.record_failure("bad", "x", "y")
    assert store.counts() == {
        "articles": 3,
        "events": 3,
        "quotes": 3,
        "places": 3,
        "entities": 6,
        "failures": 1,
    }
    assert list(store.results()) == results
    assert list(store.results(article_id="id1")) == [results[1]]


def test_results_pages_through_many_articles(store: Store) -> None:
    # One transaction for speed: the paging, not save, is under test here.
    rows = [(f"id{i:05d}", "t", "h", "{}", PIPELINE, "now") for i in range(1203)]
    with store._write() as conn:
        conn.executemany(
            "INSERT INTO articles (id, text, content_hash, result_json, pipeline_version, processed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    assert sum(1 for _ in store.results()) == 1203


# -- queries (eventwire.query, export) ----------------------------------------------------


def _query_fixture(store: Store) -> None:
    """Four articles whose events differ in actor, country case, type and date granularity."""
    events = {
        "q1": [make_event("ACCUSE", ("Zürich Council", "che"), ("Straße Group", "DEU"), "2022-01-05")],
        "q2": [make_event("AID", ("ΟΔΥΣΣΕΥΣ", "GRC"), ("Ukraine", "UKR"), "2022-W02")],
        "q3": [make_event("ASSAULT", ("Russia", "RUS"), ("Ukraine", "UKR"), "2021-Q4")],
        "q4": [make_event("ACCUSE", ("Russia", "RUS"), ("50% Club", "USA"), None)],
    }
    dates = {"q1": "2022-01-05", "q2": "2022-01-12", "q3": "2021-11-01", "q4": None}
    for article_id, items in events.items():
        result = {**make_result(article_id, date=dates[article_id]), "events": items}
        store.save(result, origin=None, pipeline_version=PIPELINE)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["q3", "q1", "q2", "q4"]),
        ({"actor": "zürich"}, ["q1"]),
        ({"actor": "STRASSE"}, ["q1"]),  # casefold: ß is ss
        ({"actor": "οδυσσευσ"}, ["q2"]),  # casefold: final sigma
        ({"actor": "50%"}, ["q4"]),  # % is a character, not a wildcard
        ({"actor": "_"}, []),
        ({"country": "che"}, ["q1"]),  # stored in lower case, matched without case
        ({"country": "ukr"}, ["q3", "q2"]),
        ({"event_type": "accuse"}, ["q1", "q4"]),
        ({"since": "2022-01-06"}, ["q2"]),  # 2022-W02 is Jan 10-16
        ({"until": "2021-12-31"}, ["q3"]),
        ({"since": "2021-12", "until": "2022-01-09"}, ["q3", "q1"]),
        ({"article_id": "q2"}, ["q2"]),
        ({"limit": 2, "offset": 1}, ["q1", "q2"]),
        ({"limit": 0}, []),
    ],
)
def test_event_queries_filter_the_same_on_every_backend(
    store: Store, filters: dict[str, Any], expected: list[str]
) -> None:
    _query_fixture(store)
    assert [row["article_id"] for row in query_events(store, **filters)] == expected


def test_quote_and_place_queries(store: Store) -> None:
    _query_fixture(store)
    assert [r["article_id"] for r in query_quotes(store, speaker="LAVROV")] == ["q3", "q1", "q2", "q4"]
    assert [r["article_id"] for r in query_places(store, name="kyiv", country="ukr", limit=1)] == ["q3"]
    assert query_places(store, name="Berlin") == []


def test_export_reads_every_backend(store: Store, tmp_path: Path) -> None:
    _query_fixture(store)
    assert export(store, "jsonl", tmp_path / "events.jsonl", what="events", actor="russia") == 2
    assert export(store, "csv", tmp_path / "articles.csv", what="articles") == 4
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["article_id"] for line in lines] == ["q3", "q4"]


# -- round trips -------------------------------------------------------------------------


def _random_text(rng: random.Random, length: int) -> str:
    alphabet = "abcXYZ \n\t\"'\\é中😀\u200b—0123456789{}[]"
    return "".join(rng.choice(alphabet) for _ in range(length))


def test_random_results_round_trip_unchanged(store: Store) -> None:
    # Runs without hypothesis too; the hypothesis test below widens the search.
    rng = random.Random(20221)
    for n in range(60):
        events = [
            make_event(
                rng.choice(["AID", "ASSAULT", "AGREE"]),
                (_random_text(rng, 8), rng.choice(["USA", None])),
                (_random_text(rng, 5), "CHN"),
                rng.choice([None, "2021", "2022-01-05T10:00"]),
            )
            for _ in range(rng.randrange(4))
        ]
        result = {**make_result(f"r{n}", _random_text(rng, rng.randrange(200))), "events": events}
        result["title"] = rng.choice([None, _random_text(rng, 30)])
        store.save(result, origin=None, pipeline_version=PIPELINE)
        assert store.get_article(f"r{n}") == result
        assert_children_match(store, result)


def test_hypothesis_round_trip(store: Store) -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = pytest.importorskip("hypothesis.strategies")
    scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20)
    scalars = scalars | st.floats(allow_nan=False, allow_infinity=False)
    event = st.fixed_dictionaries(
        {
            "type": st.sampled_from(["AID", "ASSAULT", "PROTEST"]),
            "score": st.floats(-10, 10),
            "negated": st.booleans(),
            "source": st.none() | st.fixed_dictionaries({"text": st.text(), "name": st.none() | st.text()}),
            "date": st.none() | st.fixed_dictionaries({"value": st.none() | st.text(max_size=12)}),
            "extra": st.dictionaries(st.text(max_size=5), scalars, max_size=3),
        }
    )
    result_strategy = st.fixed_dictionaries(
        {
            "id": st.text(min_size=1, max_size=12),
            "title": st.none() | st.text(),
            "text": st.text(),
            "events": st.lists(event, max_size=5),
            "quotes": st.lists(st.fixed_dictionaries({"speaker": st.none() | st.text()}), max_size=2),
            "warnings": st.lists(st.text(max_size=10), max_size=2),
        }
    )

    serial = itertools.count()

    def check(result: dict[str, Any]) -> None:
        # A fresh id each time: same id + same text would (rightly) keep the first version.
        result["id"] = f"{next(serial)}:{result['id']}"
        assert store.save(result, origin=None, pipeline_version=PIPELINE)
        assert store.get_article(result["id"]) == result
        assert child_counts(store, result["id"])["events"] == len(result["events"])

    # Applied as calls, not decorators: hypothesis comes via importorskip, so it is untyped here.
    run = hypothesis.settings(max_examples=75, deadline=None)(hypothesis.given(result_strategy)(check))
    run()


# -- concurrency and failure modes -------------------------------------------------------


def test_readers_run_while_a_writer_saves(location: str) -> None:
    open_store(location).close()
    total = 150
    done = threading.Event()
    errors: list[BaseException] = []
    seen: list[list[int]] = []

    def write() -> None:
        try:
            with open_store(location) as writer:
                for i in range(total):
                    writer.save(make_result(f"w{i:04d}", events=3), origin=None, pipeline_version=PIPELINE)
        except BaseException as error:
            errors.append(error)
        finally:
            done.set()

    def read() -> None:
        mine: list[int] = []
        seen.append(mine)
        try:
            with open_store(location) as reader:
                while not done.is_set():
                    counts = reader.counts()
                    # A reader sees whole articles only: never an article without its events.
                    assert counts["events"] == 3 * counts["articles"]
                    mine.append(counts["articles"])
                    reader.get_article("w0000")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write), *(threading.Thread(target=read) for _ in range(2))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    # Each reader sees the count only grow, and the readers really did overlap the writer.
    assert all(mine == sorted(mine) for mine in seen)
    assert sum(len(mine) for mine in seen) > 0
    with open_store(location) as store:
        assert store.counts()["articles"] == total


def test_a_read_only_store_refuses_writes_and_keeps_reading(location: str) -> None:
    with open_store(location) as store:
        store.save(make_result(), origin=None, pipeline_version=PIPELINE)
    with open_store(location, readonly=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.save(make_result("other"), origin=None, pipeline_version=PIPELINE)
        with pytest.raises(StoreError, match="read-only"):
            reader.record_failure("o", "c", "r")
        assert reader.get_article("a1") == make_result()


# -- crash safety ------------------------------------------------------------------------

CHILD = r"""
import sys

from eventwire.store import content_hash, open_store


def make(i):
    text = f"Article {i}. " + "Some words. " * (i % 7)
    item = {"type": "AID", "source": {"text": "A", "name": f"Actor {i}"}, "n": i}
    return {
        "id": f"art{i:04d}",
        "title": f"Title {i}",
        "date": f"2022-01-{i % 28 + 1:02d}",
        "text": text,
        "events": [dict(item, k=k) for k in range(i % 5)],
        "quotes": [{"speaker": {"text": "S"}, "k": k} for k in range(i % 3)],
        "places": [{"name": "P", "k": k} for k in range(i % 2)],
        "entities": [{"text": "E", "k": k} for k in range(i % 4)],
    }


if __name__ == "__main__":
    path, total = sys.argv[1], int(sys.argv[2])
    with open_store(path) as store:
        for i in range(total):
            result = make(i)
            if store.has(result["id"], content_hash(result["text"]), "1"):
                continue
            if i % 7 == 0:
                store.record_failure(f"file{i}", "flaky", "first attempt failed")
            store.save(result, origin=f"file{i}", pipeline_version="1")
            print(i, flush=True)
    print("done", flush=True)
"""


def _child_env() -> dict[str, str]:
    src = str(Path(eventwire.store.__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}


def _run_child(location: str, total: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, location, str(total)],
        stdout=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )


def test_sigkill_mid_save_never_loses_or_duplicates_articles(location: str, backend: str) -> None:
    total, rng = 300, random.Random()
    killed = 0
    for _ in range(5):
        child = _run_child(location, total)
        assert child.stdout is not None
        # Kill after a random number of saves plus a random sliver of time: mid-transaction often.
        for _ in range(rng.randrange(1, 40)):
            if not child.stdout.readline():
                break
        time.sleep(rng.random() * 0.01)
        child.send_signal(signal.SIGKILL)
        child.communicate()
        killed += child.returncode == -signal.SIGKILL
    assert killed > 0, "no child was still running when killed"
    final = _run_child(location, total)
    out, _ = final.communicate(timeout=60)
    assert final.returncode == 0 and out.strip().endswith("done")

    namespace: dict[str, Callable[..., Any]] = {}
    exec(CHILD.split("if __name__")[0], namespace)
    make = namespace["make"]
    with open_store(location) as store:
        if backend == "sqlite":
            assert store.fetchall("PRAGMA integrity_check")[0][0] == "ok"
        for table in CHILD_TABLES:
            orphans = f"SELECT COUNT(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            assert store.fetchall(orphans)[0][0] == 0
        assert store.counts()["articles"] == total
        assert store.failures() == []
        ids = [row["id"] for row in store.fetchall("SELECT id FROM articles ORDER BY id")]
        assert ids == [f"art{i:04d}" for i in range(total)]
        for i in range(total):
            expected = make(i)
            assert store.get_article(expected["id"]) == expected
            assert_children_match(store, {"times": [], **expected})
        assert json.loads(store.fetchall("SELECT result_json FROM articles LIMIT 1")[0][0])["id"] == "art0000"
