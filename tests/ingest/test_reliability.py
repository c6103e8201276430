"""Reliability of continuous mode: kills, concurrent readers, a full disk and a read-only store.

- A watcher SIGKILLed at random points and restarted, several times, ends with every article
  stored exactly once and none half-written (each article's child rows match its stored JSON).
- A watcher and CLI readers run at the same time without errors or waiting on each other.
- A full disk or a read-only store gives a clear error and loses nothing already stored.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import EventwireError
from eventwire.ingest.watch import Watcher, checkpoint_for

pytestmark = pytest.mark.slow

SRC = Path(__file__).resolve().parents[2] / "src"
ACTORS = ["China", "Japan", "Russia", "Ukraine", "France", "Germany", "Iran", "Israel", "India", "Pakistan"]
VERBS = ["criticized", "accused", "praised", "threatened", "met with", "sanctioned"]
CHILD_TABLES = {"events": "events", "quotes": "quotes", "places": "places", "entities": "entities"}


def _story(n: int) -> str:
    source, target = ACTORS[n % len(ACTORS)], ACTORS[(n * 3 + 1) % len(ACTORS)]
    verb = VERBS[n % len(VERBS)]
    return (
        f"{source} {verb} {target} on Tuesday over the talks in Geneva, officials said in report {n}. "
        f'"We will not accept this," the foreign minister of {source} told reporters in the capital.'
    )


def _settle(path: Path) -> None:
    past = time.time() - 60
    os.utime(path, (past, past))


def _corpus(root: Path, files: int, jsonl_records: int) -> int:
    """Text files plus one JSONL dump (re-read whole after each kill); returns the number of articles."""
    root.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        (root / f"story{n:03d}.txt").write_text(_story(n), encoding="utf-8")
        _settle(root / f"story{n:03d}.txt")
    if jsonl_records:
        lines = [json.dumps({"id": f"dump-{n}", "text": _story(1000 + n)}) for n in range(jsonl_records)]
        (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        _settle(root / "dump.jsonl")
    return files + jsonl_records


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC)}


def _watch_cmd(folder: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", "watch", str(folder), "--db", str(db), *extra]


def _count(db: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5)) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def _assert_consistent(db: Path, expected: int) -> None:
    """Every article once, each with exactly the child rows its stored JSON says, and a sound file."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT id, result_json FROM articles").fetchall()
        assert len(rows) == expected == len({row[0] for row in rows})
        for article_id, payload in rows:
            result = json.loads(payload)
            for key, table in CHILD_TABLES.items():
                stored = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE article_id = ?", (article_id,)).fetchone()
                assert stored[0] == len(result[key]), (article_id, table)
        assert conn.execute("SELECT origin, code, reason FROM failures").fetchall() == []


def test_killed_and_restarted_watcher_stores_every_article_exactly_once(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "news.db"
    expected = _corpus(folder, files=24, jsonl_records=16)
    rng = random.Random(6)
    for _round in range(3):  # each restart loads the models again (~5 s of CPU): three kills, then a full run
        before = _count(db)
        proc = subprocess.Popen(_watch_cmd(folder, db, "--once"), env=_env(), stderr=subprocess.DEVNULL)
        target = before + rng.randint(1, 6)
        deadline = time.monotonic() + 60
        while proc.poll() is None and _count(db) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.03))  # land anywhere: mid-article, mid-transaction, between files
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _count(db) >= before, "a kill never loses what was stored"
    final = subprocess.run(_watch_cmd(folder, db, "--once"), env=_env(), capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    _assert_consistent(db, expected)
    json.loads(checkpoint_for(db).read_text())  # the checkpoint is whole, never torn


def test_a_watcher_and_cli_readers_run_side_by_side(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "news.db"
    expected = _corpus(folder, files=30, jsonl_records=0)
    watcher = subprocess.Popen(_watch_cmd(folder, db, "--every", "1s"), env=_env(), stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while _count(db) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        runner = CliRunner()
        slowest = 0.0
        for n in range(3):
            (folder / f"late{n}.txt").write_text(_story(500 + n), encoding="utf-8")
            _settle(folder / f"late{n}.txt")
        while _count(db) < expected + 3 and time.monotonic() < deadline:
            for command in (["events", "--format", "jsonl"], ["quotes"], ["failures"]):
                started = time.monotonic()
                result = runner.invoke(main, [*command, "--db", str(db)])
                slowest = max(slowest, time.monotonic() - started)
                assert result.exit_code == 0, result.output
        assert _count(db) == expected + 3, "the watcher picked up the files added while it ran"
        assert slowest < 5.0, f"a reader waited {slowest:.1f} s on the writer"
    finally:
        watcher.send_signal(signal.SIGTERM)
        _, stderr = watcher.communicate(timeout=30)
    assert watcher.returncode == 130 and "stopped" in stderr and "Traceback" not in stderr
    _assert_consistent(db, expected + 3)


def _limit_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every store with its current size as its maximum: the next growth fails like a full disk."""
    import eventwire.store as store_module

    real_open = store_module.open_store

    def open_full(*args: object, **kwargs: object) -> object:
        store = real_open(*args, **kwargs)  # type: ignore[arg-type]
        pages = store.fetchall("PRAGMA page_count")[0][0]
        store.fetchall(f"PRAGMA max_page_count = {int(pages)}")
        return store

    monkeypatch.setattr(store_module, "open_store", open_full)


def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, db = tmp_path / "in", tmp_path / "news.db"
    _corpus(folder, files=3, jsonl_records=0)
    Watcher([str(folder)], db).poll()
    for n in range(3, 12):
        (folder / f"more{n}.txt").write_text(_story(n) * 8, encoding="utf-8")
        _settle(folder / f"more{n}.txt")
    _limit_pages(monkeypatch)
    with pytest.raises(EventwireError, match="disk is full"):
        Watcher([str(folder)], db).poll()
    monkeypatch.undo()
    stored = _count(db)
    assert stored >= 3
    _assert_consistent(db, stored)
    # With room again, the next poll stores the rest and nothing twice.
    report = Watcher([str(folder)], db).poll()
    assert report.stored == 12 - stored and _count(db) == 12


@contextlib.contextmanager
def _as_nobody() -> Iterator[None]:
    """Drop to an unprivileged user for the block: root ignores file modes, so chmod alone would not bite."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize(
    ("what", "phrase"),
    [("file", "the database is read-only"), ("folder", "Permission denied")],
)
def test_a_read_only_store_is_a_clear_error_and_loses_nothing(what: str, phrase: str) -> None:
    # Outside pytest's root-only tmp dir, so the unprivileged user can reach it.
    root = Path(tempfile.mkdtemp(prefix="eventwire-ro-"))
    try:
        root.chmod(0o755)
        folder, db = root / "in", root / "data" / "news.db"
        db.parent.mkdir()
        _corpus(folder, files=2, jsonl_records=0)
        Watcher([str(folder)], db).poll()
        (folder / "new.txt").write_text(_story(77), encoding="utf-8")
        _settle(folder / "new.txt")
        for path in [folder, *folder.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        if what == "file":
            for path in db.parent.iterdir():
                path.chmod(0o444)
            db.parent.chmod(0o777)
        else:
            for path in db.parent.iterdir():
                path.chmod(0o666)
            db.parent.chmod(0o555)
        with _as_nobody(), pytest.raises(EventwireError) as caught:
            Watcher([str(folder)], db).run(3600, once=True)
        message = str(caught.value)
        assert "\n" not in message and phrase in message and str(db.parent) in message, message
        db.parent.chmod(0o755)
        _assert_consistent(db, 2)
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", str(root)], check=False)
        subprocess.run(["rm", "-rf", str(root)], check=False)
