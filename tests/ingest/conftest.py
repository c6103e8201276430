"""Fixtures for the ingest tests (the builders they use are in ingest_fixtures.py)."""

from __future__ import annotations

import gzip
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ingest_fixtures import REAL_PAGE_COUNT, FeedServer, RealPage, feed_handler

from eventwire.eval import eval_root


@pytest.fixture(scope="session")
def real_pages() -> list[RealPage]:
    root = eval_root() / "extraction" / "scrapinghub-aeb"
    truth_file = root / "ground-truth.json"
    if not truth_file.is_file():
        pytest.skip(f"extraction gold set not found at {root}")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = []
    # A fixed, sorted choice keeps the fixtures the same from run to run.
    for key in sorted(truth)[:REAL_PAGE_COUNT]:
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        pages.append(RealPage(truth[key]["url"], html, truth[key]["articleBody"]))
    return pages


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    holder: list[FeedServer] = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), feed_handler(lambda: holder[0]))
    holder.append(FeedServer(port=httpd.server_address[1]))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder[0]
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    def write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write
