"""Continuous mode: intervals, the checkpoint, and polls that read only what is new (folders and feeds).

The pipeline runs for real in these tests (short articles); the feed tests use a loopback server.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from ingest_fixtures import FeedItem, FeedServer, Route, rss_feed

from eventwire.ingest.base import article_id
from eventwire.ingest.watch import Checkpoint, Watcher, WatchError, checkpoint_for, parse_interval, watch
from eventwire.store import open_store

STORIES = [
    "China criticized Japan on Tuesday over the disputed islands, officials in Beijing said.",
    "Russia's army attacked Kyiv on Monday, the Ukrainian defence ministry said.",
    "The United Nations said on Tuesday that aid convoys had reached Aleppo.",
    "France and Germany agreed on Friday to cooperate on a new fighter jet.",
]


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def _settled(path: Path) -> Path:
    """Date a file a minute back, as if written long ago (the watcher waits for fresh files to settle)."""
    past = time.time() - 60
    os.utime(path, (past, past))
    return path


def _folder(root: Path, texts: list[str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        (root / f"story{n}.txt").write_text(text, encoding="utf-8")
        _settled(root / f"story{n}.txt")
    return root


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("2d", 172800), ("45", 45), (" 1.5m ", 90)],
)
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "m", "0s", "0.5s", "-5m", "15m extra"])
def test_parse_interval_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="interval"):
        parse_interval(text)


@pytest.mark.parametrize(
    ("db", "expected"),
    [
        ("news.db", "news.db.watch.json"),
        ("sqlite:///data/news.db", "data/news.db.watch.json"),
        (Path("/srv/x.db"), "/srv/x.db.watch.json"),
    ],
)
def test_checkpoint_sits_beside_the_db(db: str | Path, expected: str) -> None:
    assert checkpoint_for(db) == Path(expected)


def test_checkpoint_for_a_server_url_is_named_after_it() -> None:
    first = checkpoint_for("postgresql://u@localhost/news")
    assert first.name.startswith("eventwire-") and first.name.endswith(".watch.json")
    assert first != checkpoint_for("postgresql://u@localhost/other")


def test_checkpoint_is_replaced_whole(tmp_path: Path) -> None:
    state = Checkpoint(tmp_path / "x.watch.json")
    state.source("a")["etag"] = '"1"'
    state.changed()
    state.save()
    assert json.loads(state.path.read_text())["sources"] == {"a": {"etag": '"1"'}}
    assert [p.name for p in tmp_path.iterdir()] == ["x.watch.json"], "no temporary file is left behind"


@pytest.mark.parametrize("content", ["{not json", '{"version": 99, "sources": {"a": {}}}', ""])
def test_an_unreadable_checkpoint_means_reading_everything_again(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.watch.json"
    path.write_text(content)
    state = Checkpoint(path)
    state.load()
    assert state.sources == {}


@pytest.mark.slow
def test_folder_polls_read_only_new_and_changed_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", STORIES[:3])
    db = tmp_path / "news.db"
    watcher = Watcher([str(folder)], db)
    first = watcher.poll()
    assert (first.stored, first.inputs_read) == (3, 3) and _count(db) == 3

    second = watcher.poll()
    assert (second.stored, second.inputs_read, second.inputs_skipped) == (0, 0, 3)

    (folder / "story9.txt").write_text(STORIES[3], encoding="utf-8")
    _settled(folder / "story9.txt")
    (folder / "story0.txt").unlink()
    third = watcher.poll()
    assert (third.stored, third.inputs_read) == (1, 1) and _count(db) == 4
    assert "story0.txt" not in watcher.state.sources[str(folder.resolve())]["files"]


@pytest.mark.slow
def test_a_restart_reads_nothing_already_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", STORIES[:2])
    db = tmp_path / "news.db"
    watch([str(folder)], db=db, once=True)
    again = watch([str(folder)], db=db, once=True)
    assert (again.stored, again.inputs_read, again.inputs_skipped) == (0, 0, 2)


@pytest.mark.slow
def test_without_a_checkpoint_nothing_is_stored_twice(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", STORIES[:2])
    db = tmp_path / "news.db"
    watch([str(folder)], db=db, once=True)
    checkpoint_for(db).write_text("{torn")
    notes: list[str] = []
    again = watch([str(folder)], db=db, once=True, on_note=notes.append)
    assert (again.stored, again.unchanged) == (0, 2) and _count(db) == 2
    assert notes and "unreadable" in notes[0]


@pytest.mark.slow
def test_a_file_still_being_written_waits_for_the_next_poll(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fresh.txt").write_text(STORIES[0], encoding="utf-8")
    report = Watcher([str(folder)], tmp_path / "news.db", settle_s=30).poll()
    assert (report.inputs_waiting, report.stored) == (1, 0)


@pytest.mark.slow
def test_feed_polls_use_etag_and_read_only_new_entries(feed_server: FeedServer, tmp_path: Path) -> None:
    items = [FeedItem(f"S{n}", f"<p>{text}</p>", guid=f"g{n}") for n, text in enumerate(STORIES)]
    feed_server.routes["/rss"] = Route(rss_feed(items[:2]), etag='"v1"')
    url = feed_server.url("/rss")
    watcher = Watcher([url], tmp_path / "news.db")
    assert watcher.poll().stored == 2
    with open_store(tmp_path / "news.db") as store:
        stored = store.get_article(article_id("feed:g0"))
    assert stored is not None and stored["meta"] == {"guid": "g0"}, "the entry's metadata reaches the store"

    unchanged = watcher.poll()
    assert (unchanged.inputs_skipped, unchanged.stored) == (1, 0)
    assert feed_server.requests[-1][1].get("If-None-Match") == '"v1"'

    feed_server.routes["/rss"] = Route(rss_feed(items[:3]), etag='"v2"')
    updated = watcher.poll()
    assert (updated.stored, updated.unchanged) == (1, 2)


@pytest.mark.slow
def test_an_unreachable_feed_is_a_failure_and_other_sources_go_on(feed_server: FeedServer, tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", STORIES[:1])
    report = Watcher([feed_server.url("/missing"), str(folder)], tmp_path / "news.db").poll()
    assert report.stored == 1 and [f.code for f in report.failed] == ["fetch-failed"]


def test_a_second_watcher_on_the_same_checkpoint_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    stop = threading.Event()
    started = threading.Event()
    first = Watcher([str(tmp_path / "nothing-here")], db, on_poll=lambda *_: started.set())
    thread = threading.Thread(target=first.run, args=(3600,), kwargs={"stop": stop})
    thread.start()
    try:
        assert started.wait(30)
        with pytest.raises(WatchError, match="already using"):
            Watcher([str(tmp_path)], db).run(3600, once=True)
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive(), "setting stop ends the wait between polls at once"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("source", "code"),
    [("ftp://example.com/feed.rss", "unsupported"), ("no/such/folder", "not-found")],
)
def test_a_bad_source_is_a_failure_each_poll(tmp_path: Path, source: str, code: str) -> None:
    report = Watcher([source], tmp_path / "news.db").poll()
    assert [f.code for f in report.failed] == [code] and report.stored == 0


# -- the CLI command is a thin layer over Watcher -----------------------------------------------


@pytest.mark.parametrize(("every", "message"), [("5x", "cannot read the interval"), ("0s", "under one second")])
def test_cli_watch_rejects_a_bad_interval(tmp_path: Path, every: str, message: str) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(main, ["watch", str(tmp_path), "--every", every, "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and message in result.output


@pytest.mark.slow
def test_cli_watch_once_reports_the_poll_and_fails_on_a_bad_source(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    folder = _folder(tmp_path / "in", STORIES[:2])
    db = str(tmp_path / "x.db")
    good = CliRunner().invoke(main, ["watch", str(folder), "--once", "--db", db])
    assert good.exit_code == 0 and "poll 1: 2 stored" in good.output
    bad = CliRunner().invoke(main, ["watch", str(folder), str(tmp_path / "gone"), "--once", "--db", db])
    assert bad.exit_code == 1 and "not-found" in bad.output and "2 unchanged since the last poll" in bad.output


@pytest.mark.slow
def test_a_poll_links_duplicates_and_fuses_events(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    wire = [{"id": "reuters-1", "text": STORIES[1]}, {"id": "syndicated-1", "text": STORIES[1]}]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in wire) + "\n", encoding="utf-8")
    _settled(folder / "wire.jsonl")
    watcher = Watcher([str(folder)], tmp_path / "news.db")
    first = watcher.poll()
    assert (first.stored, first.duplicates) == (2, 1)
    assert first.fused_events is not None and first.fused_events >= 1
    assert watcher.poll().fused_events is None, "nothing new: no fusion"


# -- a feed's home region ------------------------------------------------------------------------


@pytest.mark.slow
def test_a_watchers_home_is_the_prior_for_the_places_it_stores(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", ["The Athens City Council met on Monday to discuss the budget."])
    db = tmp_path / "news.db"
    assert Watcher([str(folder)], db, home="Athens, Georgia").poll().stored == 1
    with open_store(db) as store:
        (stored,) = [store.get_article(row["id"]) for row in store.articles()]
    assert stored is not None and [p["country"] for p in stored["places"]] == ["USA"]


@pytest.mark.slow
@pytest.mark.parametrize(("statements", "expected"), [(False, []), (True, ["STATEMENT"])])
def test_a_watcher_codes_statements_as_told(tmp_path: Path, statements: bool, expected: list[str]) -> None:
    text = "The foreign minister expressed concern about the fate of the detained sailors."
    folder = _folder(tmp_path / "in", [text])
    db = tmp_path / "news.db"
    assert Watcher([str(folder)], db, statements=statements).poll().stored == 1
    with open_store(db) as store:
        (stored,) = [store.get_article(row["id"]) for row in store.articles()]
    assert stored is not None and [e["type"] for e in stored["events"]] == expected


def test_a_watcher_with_an_unknown_home_is_refused_before_any_work(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["watch", str(tmp_path), "--once", "--db", str(db), "--home", "Xanthuvia"])
    assert result.exit_code == 1 and "--home: unknown home place 'Xanthuvia'" in result.output
    assert not db.exists()
