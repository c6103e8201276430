"""The bad-input matrix of issue 6: each bad input gives a clear reason, and the input after it is still read.

Each row builds one bad input in tmp_path and says what reading it must give: the rejection
code with a phrase of its reason, or an article kept with a phrase of its warning.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from ingest_fixtures import FeedItem, WarcRecord, rfc822, rss_feed, warc_bytes

from eventwire.ingest import RejectCode, read_inputs
from eventwire.model import Article, Rejected

STORY = (
    "The United Nations said on Tuesday that aid convoys had reached the city of Aleppo for the first "
    "time in three weeks, after government forces and rebel groups agreed to a pause in the fighting."
)
GOOD_TEXT = "China criticized Japan on Tuesday over the disputed islands, officials in Beijing said."
FIFTY_MB = 50_000_000


@dataclass(frozen=True)
class Expect:
    """What one bad input must give: rejections (code, phrase) and kept articles (warning phrase or None)."""

    rejected: tuple[tuple[str, str], ...] = ()
    kept: tuple[str | None, ...] = ()


def _feed(n: int) -> bytes:
    return rss_feed([FeedItem(f"Story {i}", f"<p>{STORY} Update {i}.</p>", guid=f"g{i}") for i in range(n)])


def truncated_feed(root: Path) -> Path:
    data = _feed(3)
    path = root / "truncated.rss"
    # Cut inside the third entry's full text: what is left of that entry is its one-line summary.
    path.write_bytes(data[: data.index(b"Update 2")])
    return path


def malformed_feed(root: Path) -> Path:
    path = root / "malformed.xml"
    path.write_bytes(b"<?xml version='1.0'?><rss><channel><<title>oops</channel>")
    return path


def page_named_as_feed(root: Path) -> Path:
    path = root / "page.xml"
    path.write_text(f"<html><body><p>{STORY}</p></body></html>", encoding="utf-8")
    return path


def corrupt_warc(root: Path) -> Path:
    records = [WarcRecord(f"https://e.com/{n}", f"{STORY} {n}".encode(), "conversion", "text/plain") for n in range(3)]
    data, offsets = warc_bytes(records, gzipped=True)
    broken = bytearray(data)
    broken[offsets[1] + 20 : offsets[1] + 60] = b"\xff" * 40
    path = root / "crawl.warc.gz"
    path.write_bytes(bytes(broken))
    return path


def unknown_encoding_html(root: Path) -> Path:
    page = (
        '<html><head><meta charset="x-mac-klingon"><title>Talks</title></head><body><article>'
        f"<p>{STORY}</p><p>“We are ready,” the envoy said — and the talks went on.</p><p>{STORY}</p>"
        "</article></body></html>"
    )
    path = root / "odd.html"
    path.write_bytes(page.encode("cp1252"))
    return path


def huge_html(root: Path) -> Path:
    path = root / "huge.html"
    block = f"<p>{STORY}</p>\n".encode() * 4096
    with path.open("wb") as out:
        out.write(b"<html><body>")
        while out.tell() < FIFTY_MB:
            out.write(block)
    return path


def binary_named_html(root: Path) -> Path:
    path = root / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64)
    return path


def duplicate_ids(root: Path) -> Path:
    lines = [json.dumps({"id": "a1", "text": STORY}), json.dumps({"id": "a1", "text": STORY + " Corrected."})]
    path = root / "dupes.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def future_date(root: Path) -> Path:
    feed = rss_feed([FeedItem("Tomorrow", f"<p>{STORY}</p>", guid="f1", published=rfc822(2999, 1, 1))])
    path = root / "future.rss"
    path.write_bytes(feed)
    return path


MATRIX: list[tuple[str, Callable[[Path], Path], Expect]] = [
    (
        "truncated feed",
        truncated_feed,
        Expect(((RejectCode.BAD_FEED, "entries before the error"),), (None, None, "only a summary")),
    ),
    ("malformed feed", malformed_feed, Expect(((RejectCode.BAD_FEED, "malformed feed"),))),
    ("HTML page named .xml", page_named_as_feed, Expect(((RejectCode.BAD_FEED, "not an RSS or Atom feed"),))),
    (
        "WARC with a corrupt record",
        corrupt_warc,
        Expect(((RejectCode.BAD_WARC, "corrupt WARC record"),), ("crawl date", "crawl date")),
    ),
    ("HTML in an unknown encoding", unknown_encoding_html, Expect(kept=("decoded as",))),
    ("50 MB page", huge_html, Expect(((RejectCode.TOO_LARGE, "over the limit"),))),
    ("binary file named .html", binary_named_html, Expect(((RejectCode.BINARY, "binary"),))),
    ("duplicate ids, different texts", duplicate_ids, Expect(kept=(None, "also used by"))),
    ("date in the future", future_date, Expect(kept=("in the future",))),
]


@pytest.mark.parametrize(("make", "expect"), [row[1:] for row in MATRIX], ids=[row[0] for row in MATRIX])
def test_bad_input_gives_a_clear_reason_and_the_rest_goes_on(
    tmp_path: Path, make: Callable[[Path], Path], expect: Expect
) -> None:
    bad = make(tmp_path)
    good = tmp_path / "zz-good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    started = time.perf_counter()
    *results, last = read_inputs([bad, good])
    assert time.perf_counter() - started < 5.0
    assert isinstance(last, Article) and last.text == GOOD_TEXT, "the input after the bad one is read"
    rejections = [(r.code, r.reason) for r in results if isinstance(r, Rejected)]
    assert len(rejections) == len(expect.rejected), rejections
    for (code, reason), (want_code, phrase) in zip(rejections, expect.rejected, strict=True):
        assert code == want_code and phrase in reason and "\n" not in reason
    kept = [r for r in results if isinstance(r, Article)]
    assert len(kept) == len(expect.kept), kept
    for article, phrase in zip(kept, expect.kept, strict=True):
        warnings = article.meta.get("warnings", [])
        assert (phrase is None and not warnings) or any(phrase in w for w in warnings if phrase), warnings


def test_a_50_mb_page_is_rejected_by_size_before_reading(tmp_path: Path) -> None:
    path = huge_html(tmp_path)
    started = time.perf_counter()
    (out,) = read_inputs([path])
    assert time.perf_counter() - started < 0.5
    assert isinstance(out, Rejected) and f"{path.stat().st_size:,} bytes" in out.reason


def test_duplicate_ids_keep_both_texts_under_stable_ids(tmp_path: Path) -> None:
    path = duplicate_ids(tmp_path)
    first, second = read_inputs([path])
    again = list(read_inputs([path]))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == "a1" and second.id.startswith("a1~") and second.meta["given_id"] == "a1"
    assert [a.id for a in again if isinstance(a, Article)] == [first.id, second.id], "re-reading gives the same ids"


def test_a_repeated_record_is_not_a_conflict(tmp_path: Path) -> None:
    line = json.dumps({"id": "a1", "text": STORY})
    path = tmp_path / "repeat.jsonl"
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    ids = [r.id for r in read_inputs([path]) if isinstance(r, Article)]
    assert ids == ["a1", "a1"]


def test_a_future_date_is_kept(tmp_path: Path) -> None:
    (article,) = read_inputs([future_date(tmp_path)])
    assert isinstance(article, Article) and article.date == dt.date(2999, 1, 1)
