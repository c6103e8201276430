"""The SQLite store: migrations, idempotent saves, failures, lookups, concurrency and crash safety."""

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
from pathlib import Path
from typing import Any

import pytest

import eventwire.store
from eventwire.errors import StoreError
from eventwire.store import Store, content_hash, open_store
from eventwire.store.migrations import MIGRATIONS, current_version, migrate, sql

PIPELINE = "0.1.0"
CHILD_TABLES = ("events", "quotes", "places", "entities")

# -- a small factory for result dicts shaped like serialize.result_to_dict ---------------


def actor(name: str, country: str | None) -> dict[str, Any]:
    return {"name": name, "country": country, "sector": "GOV", "kind": "country", "code": f"{country}GOV"}


def participant(name: str, country: str | None, start: int = 0) -> dict[str, Any]:
    return {"text": name, "start": start, "end": start + len(name), "code": f"{country}GOV", "members": []}


def make_event(
    type_: str = "ACCUSE",
    source: tuple[str, str | None] = ("Russia", "RUS"),
    target: tuple[str, str | None] = ("Ukraine", "UKR"),
    date: str | None = "2022-01-05",
) -> dict[str, Any]:
    src = {**participant(*source), "name": source[0], "country": source[1], "sector": "GOV"}
    tgt = {**participant(*target, start=20), "name": target[0], "country": target[1], "sector": "GOV"}
    return {
        "type": type_,
        "mode": None,
        "cameo": "112",
        "quad_class": 3,
        "score": -2.0,
        "trigger": {"text": "accused", "start": 7, "end": 14},
        "source": src,
        "target": tgt,
        "date": {"value": date, "granularity": "day", "method": "publication date"} if date else None,
        "location": None,
        "negated": False,
        "hypothetical": False,
        "future": False,
        "confidence": 0.8,
        "sentence": {"text": f"{source[0]} accused {target[0]}.", "start": 0, "end": 30},
        "quote": None,
        "explanation": "verb pattern",
        "stage": "events",
        "version": "1",
    }


def make_quote(speaker: str = "Lavrov") -> dict[str, Any]:
    return {
        "content": {"text": "We will respond.", "start": 40, "end": 56},
        "speaker": {"text": speaker, "start": 60, "end": 60 + len(speaker)},
        "cue": {"text": "said", "start": 70, "end": 74},
        "medium": None,
        "direct": True,
        "kind": "direct",
        "speaker_actor": actor(speaker, "RUS"),
        "speaker_entity": None,
        "events": [],
        "confidence": 0.9,
    }


def make_place(name: str = "Kyiv", country: str = "UKR") -> dict[str, Any]:
    return {
        "text": name,
        "start": 80,
        "end": 80 + len(name),
        "name": name,
        "country": country,
        "lat": 50.45,
        "lon": 30.52,
        "feature": "city",
        "role": "literal",
        "geonameid": 703448,
        "confidence": 0.7,
    }


def make_entity(text: str = "Russia") -> dict[str, Any]:
    return {
        "text": text,
        "start": 0,
        "end": len(text),
        "label": "GPE",
        "role": "name",
        "actor": actor(text, "RUS"),
        "refers_to": None,
        "confidence": 1.0,
    }


def make_result(
    article_id: str = "a1",
    text: str = "Russia accused Ukraine of shelling.",
    *,
    events: int = 2,
    quotes: int = 1,
    places: int = 1,
    entities: int = 2,
    date: str | None = "2022-01-05",
) -> dict[str, Any]:
    return {
        "schema": 1,
        "id": article_id,
        "title": f"Title of {article_id}",
        "date": date,
        "url": f"https://example.org/{article_id}",
        "source": "Example News",
        "text": text,
        "events": [make_event() for _ in range(events)],
        "quotes": [make_quote() for _ in range(quotes)],
        "places": [make_place() for _ in range(places)],
        "times": [],
        "entities": [make_entity() for _ in range(entities)],
        "amounts": [],
        "marked": [],
        "warnings": [],
    }


# -- helpers -----------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "eventwire.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with open_store(db) as opened:
        yield opened


def child_counts(store: Store, article_id: str) -> dict[str, int]:
    return {
        t: int(store.fetchall(f"SELECT COUNT(*) AS n FROM {t} WHERE article_id = ?", (article_id,))[0]["n"])
        for t in CHILD_TABLES
    }


def assert_children_match(store: Store, result: dict[str, Any]) -> None:
    assert child_counts(store, result["id"]) == {t: len(result[t]) for t in CHILD_TABLES}


# -- migrations --------------------------------------------------------------------------


def test_migrations_are_recorded_and_reopening_is_a_no_op(db: Path) -> None:
    with open_store(db) as store:
        first = [tuple(r) for r in store.fetchall("SELECT version, applied_at FROM schema_migrations")]
        assert [v for v, _ in first] == list(range(1, len(MIGRATIONS) + 1))
    with open_store(db) as store:
        again = [tuple(r) for r in store.fetchall("SELECT version, applied_at FROM schema_migrations")]
        assert again == first
        assert store.schema_version() == len(MIGRATIONS)
    with sqlite3.connect(db, isolation_level=None) as conn:
        assert migrate(conn) == []


def test_an_old_database_is_upgraded_by_later_migrations(db: Path) -> None:
    open_store(db).close()
    later = (*MIGRATIONS, sql("ALTER TABLE articles ADD COLUMN language TEXT"))
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        assert migrate(conn, later) == [len(MIGRATIONS) + 1]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
        assert "language" in columns
        assert current_version(conn) == len(later)
        assert migrate(conn, later) == []
    finally:
        conn.close()


def test_a_database_from_a_newer_version_is_refused(db: Path) -> None:
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, '2030-01-01')")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(db)


def test_a_failing_migration_leaves_the_database_untouched(db: Path) -> None:
    open_store(db).close()
    broken = (*MIGRATIONS, sql("CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL"))
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        with pytest.raises(sqlite3.Error):
            migrate(conn, broken)
        assert current_version(conn) == len(MIGRATIONS)
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
    finally:
        conn.close()


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
        ("postgresql://user@host/db", "PostgreSQL support is planned \\(issue 6\\)"),
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


def test_hypothesis_round_trip(tmp_path_factory: pytest.TempPathFactory) -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = pytest.importorskip("hypothesis.strategies")
    path = tmp_path_factory.mktemp("hyp") / "h.db"
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
    with open_store(path) as hstore:

        def check(result: dict[str, Any]) -> None:
            # A fresh id each time: same id + same text would (rightly) keep the first version.
            result["id"] = f"{next(serial)}:{result['id']}"
            assert hstore.save(result, origin=None, pipeline_version=PIPELINE)
            assert hstore.get_article(result["id"]) == result
            assert child_counts(hstore, result["id"])["events"] == len(result["events"])

        # Applied as calls, not decorators: hypothesis comes via importorskip, so it is untyped here.
        run = hypothesis.settings(max_examples=75, deadline=None)(hypothesis.given(result_strategy)(check))
        run()


# -- concurrency and failure modes -------------------------------------------------------


def test_readers_run_while_a_writer_saves(db: Path) -> None:
    open_store(db).close()
    total = 150
    done = threading.Event()
    errors: list[BaseException] = []
    seen: list[list[int]] = []

    def write() -> None:
        try:
            with open_store(db) as writer:
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
            with open_store(db) as reader:
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
    with open_store(db) as store:
        assert store.counts()["articles"] == total


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


def test_a_read_only_store_refuses_writes_and_keeps_reading(db: Path) -> None:
    with open_store(db) as store:
        store.save(make_result(), origin=None, pipeline_version=PIPELINE)
    with open_store(db, readonly=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.save(make_result("other"), origin=None, pipeline_version=PIPELINE)
        with pytest.raises(StoreError, match="read-only"):
            reader.record_failure("o", "c", "r")
        assert reader.get_article("a1") == make_result()


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


def _run_child(db: Path, total: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(total)],
        stdout=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )


def test_sigkill_mid_save_never_loses_or_duplicates_articles(db: Path) -> None:
    total, rng = 300, random.Random()
    killed = 0
    for _ in range(5):
        child = _run_child(db, total)
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
    final = _run_child(db, total)
    out, _ = final.communicate(timeout=60)
    assert final.returncode == 0 and out.strip().endswith("done")

    namespace: dict[str, Callable[..., Any]] = {}
    exec(CHILD.split("if __name__")[0], namespace)
    make = namespace["make"]
    with open_store(db) as store:
        assert store.fetchall("PRAGMA integrity_check")[0][0] == "ok"
        assert store.counts()["articles"] == total
        assert store.failures() == []
        ids = [row["id"] for row in store.fetchall("SELECT id FROM articles ORDER BY id")]
        assert ids == [f"art{i:04d}" for i in range(total)]
        for i in range(total):
            expected = make(i)
            assert store.get_article(expected["id"]) == expected
            assert_children_match(store, {"times": [], **expected})
        assert json.loads(store.fetchall("SELECT result_json FROM articles LIMIT 1")[0][0])["id"] == "art0000"
