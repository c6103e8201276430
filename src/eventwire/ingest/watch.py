"""Continuous mode: poll feeds and folders, process only what is new, and survive restarts.

What makes a restart safe is the store, not the checkpoint: every article is saved in its own
transaction and a stored article (same id, text and pipeline version) is never processed again.
The checkpoint (``<db>.watch.json``) only saves work: the ETag/Last-Modified of each feed and the
size and mtime of each file already read, so an unchanged input is not even opened. It is written
to a temporary file and renamed over the old one, so a kill leaves either the old or the new one;
an input is recorded in it only after everything read from it is stored or recorded as failed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from eventwire.errors import EventwireError
from eventwire.ingest import RejectCode
from eventwire.ingest.base import Reject, Result, rejected
from eventwire.ingest.feeds import read_fetched
from eventwire.ingest.fetch import DEFAULT_TIMEOUT_S, Fetched, fetch, is_http_url
from eventwire.ingest.html import DEFAULT_HTML_MODE, HtmlMode
from eventwire.ingest.readers import distinct_ids, read_file, walk
from eventwire.model import Rejected

CHECKPOINT_VERSION = 1
# A file modified this recently may still be being written: it waits for the next poll.
SETTLE_S = 1.0
# Rewriting the checkpoint after every file of a large folder would be quadratic: at most this often.
SAVE_EVERY_S = 1.0
_INTERVAL_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class WatchError(EventwireError):
    """The watcher cannot start or go on (a bad source list, a second watcher on the same checkpoint)."""


def parse_interval(text: str) -> float:
    """Seconds in "30s", "15m", "1h", "1h30m" or a plain number of seconds; at least one second."""
    compact = text.strip().lower()
    parts = list(_INTERVAL_PART.finditer(compact))
    if not compact or not parts or "".join(p.group(0) for p in parts).replace(" ", "") != compact.replace(" ", ""):
        raise ValueError(f"cannot read the interval {text!r}: use e.g. 30s, 15m, 1h or 1h30m")
    seconds = sum(float(p.group(1)) * _UNIT_SECONDS[p.group(2)] for p in parts)
    if seconds < 1:
        raise ValueError(f"interval {text!r} is under one second")
    return seconds


def checkpoint_for(db: str | Path) -> Path:
    """``<db>.watch.json`` beside a SQLite file; for a server URL, a file named after it in the working dir."""
    text = str(db)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        return Path(f"eventwire-{digest}.watch.json")
    return Path(text + ".watch.json")


@dataclass
class PollReport:
    """What one poll did, over all sources."""

    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    fused_events: int | None = None  # events after fusion; None when nothing new was stored
    failed: list[Rejected] = field(default_factory=list)
    inputs_read: int = 0
    inputs_skipped: int = 0  # unchanged files and feeds that answered 304
    inputs_waiting: int = 0  # files still being written

    def add(self, other: Any) -> None:
        self.stored += other.stored
        self.unchanged += other.unchanged
        self.duplicates += other.duplicates
        self.failed.extend(other.failed)

    def summary(self) -> str:
        waiting = f", {self.inputs_waiting} still being written" if self.inputs_waiting else ""
        fused = f", {self.fused_events} fused events" if self.fused_events is not None else ""
        return (
            f"{self.stored} stored ({self.duplicates} duplicates), {self.unchanged} unchanged, "
            f"{len(self.failed)} failed{fused}; "
            f"{self.inputs_read} inputs read, {self.inputs_skipped} unchanged since the last poll{waiting}"
        )


class Checkpoint:
    """The watcher's memory of what it has read, in a small JSON file replaced atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sources: dict[str, dict[str, Any]] = {}
        self.note: str | None = None
        self._saved_at = 0.0
        self._dirty = False

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            # Losing the checkpoint costs re-reading, never data: the store skips what it holds.
            self.note = f"checkpoint {self.path} is unreadable ({exc}); every input is read again"
            return
        if isinstance(data, dict) and data.get("version") == CHECKPOINT_VERSION:
            self.sources = dict(data.get("sources") or {})

    def source(self, key: str) -> dict[str, Any]:
        return self.sources.setdefault(key, {})

    def changed(self) -> None:
        self._dirty = True

    def save(self, *, force: bool = True) -> None:
        if not self._dirty or (not force and time.monotonic() - self._saved_at < SAVE_EVERY_S):
            return
        payload = json.dumps({"version": CHECKPOINT_VERSION, "sources": self.sources}, ensure_ascii=False)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            with temporary.open("w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise WatchError(f"cannot write the checkpoint {self.path}: {exc.strerror or exc}") from exc
        self._saved_at = time.monotonic()
        self._dirty = False


@dataclass
class Watcher:
    """Polls ``sources`` (feed URLs, feed files, folders, files) into the store at ``db``."""

    sources: Sequence[str]
    db: str | Path
    checkpoint: Path | None = None
    date: dt.date | None = None
    max_bytes: int = 10_000_000
    timeout: float = DEFAULT_TIMEOUT_S
    html_mode: HtmlMode = DEFAULT_HTML_MODE
    workers: int = 1
    batch_size: int = 16
    settle_s: float = SETTLE_S
    fuse: bool = True
    home: str | None = None  # the feeds' home region for articles that name none (``api.run``'s ``home``)
    statements: bool = True  # add CAMEO 01 STATEMENT events (``api.run``'s ``statements``)
    on_failure: Callable[[Rejected], None] | None = None
    on_poll: Callable[[int, PollReport], None] | None = None
    on_note: Callable[[str], None] | None = None
    polls: int = 0

    def __post_init__(self) -> None:
        if not self.sources:
            raise WatchError("nothing to watch: give at least one feed URL, file or folder")
        from eventwire.api import check_home

        check_home(self.home)
        self.state = Checkpoint(self.checkpoint or checkpoint_for(self.db))
        self._index: Any = None  # the dedup index, loaded from the store at each poll

    def run(self, every: float, *, once: bool = False, stop: threading.Event | None = None) -> PollReport:
        """Poll now and then every ``every`` seconds until ``stop`` is set (or once); the last poll's report."""
        stop = stop or threading.Event()
        with self._exclusive():
            while True:
                report = self.poll()
                if once or stop.wait(every):
                    return report

    def poll(self) -> PollReport:
        """One pass over every source; each input is checkpointed as soon as it is fully stored.

        ``run`` holds the lock that keeps a second watcher off the checkpoint; a caller with its
        own loop that calls ``poll`` directly must not run two watchers on one store.
        """
        from eventwire.dedup import load_index
        from eventwire.fusion import fuse_store
        from eventwire.store import open_store

        if self.polls == 0:
            self.state.load()
            if self.state.note and self.on_note is not None:
                self.on_note(self.state.note)
        self.polls += 1
        report = PollReport()
        store = open_store(self.db)
        try:
            self._index = load_index(store)
            for source in self.sources:
                self._poll_source(source, store, report)
            # Fusion is over the whole store and idempotent: once per poll that stored something, and
            # on the first poll, in case the last watcher was killed after storing but before fusing.
            if self.fuse and (report.stored or self.polls == 1):
                report.fused_events = fuse_store(store).events
        except BaseException:
            # Keep what was finished; the store's error (a full disk, say) is the one to report.
            with contextlib.suppress(WatchError):
                self.state.save()
            raise
        else:
            self.state.save()
        finally:
            store.close()
        if self.on_poll is not None:
            self.on_poll(self.polls, report)
        return report

    # -- sources -------------------------------------------------------------------

    def _poll_source(self, source: str, store: Any, report: PollReport) -> None:
        if is_http_url(source):
            self._poll_feed_url(source, store, report)
            return
        path = Path(source)
        if path.is_dir():
            self._poll_folder(path, store, report)
        elif path.is_file():
            self._poll_file(path, self.state.source(str(path.resolve())), store, report)
        elif re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
            reason = "only http(s) URLs are watched (as RSS/Atom feeds)"
            self._process(iter([rejected(source, reason, RejectCode.UNSUPPORTED)]), store, report)
        else:
            missing = rejected(source, f"no such file or folder: {source}", RejectCode.NOT_FOUND)
            self._process(iter([missing]), store, report)

    def _poll_feed_url(self, url: str, store: Any, report: PollReport) -> None:
        seen = self.state.source(url)
        try:
            fetched = fetch(
                url,
                max_bytes=self.max_bytes,
                timeout=self.timeout,
                etag=seen.get("etag"),
                last_modified=seen.get("last_modified"),
            )
        except Reject as rej:  # one unreachable feed must not stop the others
            self._process(iter([rejected(url, rej.reason, rej.code)]), store, report)
            return
        if fetched.not_modified:
            report.inputs_skipped += 1
            return
        report.inputs_read += 1
        self._process(read_fetched(fetched, self.date), store, report)
        self._remember_feed(seen, fetched)

    def _remember_feed(self, seen: dict[str, Any], fetched: Fetched) -> None:
        seen.update(etag=fetched.etag, last_modified=fetched.last_modified, polled=_now())
        self.state.changed()
        self.state.save(force=False)

    def _poll_folder(self, root: Path, store: Any, report: PollReport) -> None:
        seen = self.state.source(str(root.resolve()))
        files: dict[str, Any] = seen.setdefault("files", {})
        present = set()
        for path in walk(root):
            key = str(path.relative_to(root))
            present.add(key)
            self._poll_file(path, files.setdefault(key, {}), store, report)
        for gone in set(files) - present:
            del files[gone]
            self.state.changed()

    def _poll_file(self, path: Path, seen: dict[str, Any], store: Any, report: PollReport) -> None:
        try:
            stat = path.stat()
        except OSError:
            return  # removed between listing and reading: the next poll forgets it
        signature = [stat.st_size, stat.st_mtime_ns]
        if seen.get("signature") == signature:
            report.inputs_skipped += 1
            return
        if time.time() - stat.st_mtime < self.settle_s:
            report.inputs_waiting += 1
            return
        report.inputs_read += 1
        self._process(read_file(path, self.date, self.max_bytes, html_mode=self.html_mode), store, report)
        seen["signature"] = signature
        self.state.changed()
        self.state.save(force=False)

    def _process(self, items: Iterator[Result], store: Any, report: PollReport) -> None:
        from eventwire.api import homed_version, run_items, with_default_home
        from eventwire.pipeline import pipeline_version

        articles = distinct_ids(items)
        done = run_items(
            with_default_home(articles, self.home) if self.home is not None else articles,
            store=store,
            index=self._index,
            workers=self.workers,
            batch_size=self.batch_size,
            on_failure=self.on_failure,
            version=homed_version(pipeline_version(statements=self.statements), self.home),
            statements=self.statements,
        )
        report.add(done)

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One watcher per checkpoint: two would each redo the other's work and race on the file."""
        lock_path = self.state.path.with_name(self.state.path.name + ".lock")
        try:
            handle: IO[str] = lock_path.open("a")
        except OSError as exc:
            raise WatchError(f"cannot create the lock file {lock_path}: {exc.strerror}") from exc
        with handle:
            try:
                import fcntl
            except ImportError:  # pragma: no cover - no advisory locks on this platform
                yield
                return
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise WatchError(f"another `eventwire watch` is already using {self.state.path}") from None
            yield


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def watch(
    sources: Sequence[str],
    *,
    db: str | Path = "eventwire.db",
    every: float | str = "15m",
    once: bool = False,
    stop: threading.Event | None = None,
    **options: Any,
) -> PollReport:
    """Poll ``sources`` into ``db`` every ``every`` (seconds or "15m") until stopped; see ``Watcher``."""
    seconds = parse_interval(every) if isinstance(every, str) else float(every)
    return Watcher(list(sources), db, **options).run(seconds, once=once, stop=stop)
