"""WARC and WET archives: HTML responses and text conversions become articles; a corrupt record costs only itself.

Archives are written at test time with warcio around real news pages (the extraction gold set).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_fixtures import RealPage, WarcRecord, warc_bytes

from eventwire.ingest import RejectCode, read_inputs
from eventwire.ingest.html import HTML_MODES, HtmlMode
from eventwire.model import Article, Rejected

WriteFile = Callable[[str, bytes | str], Path]
WET_TEXT = (
    "Officials in Kyiv said on Monday that the talks with Moscow would resume next week in Istanbul, "
    "after a pause of almost a month. The foreign ministry gave no details of the agenda."
)


def _archive(pages: list[RealPage]) -> list[WarcRecord]:
    records = [WarcRecord("https://example.com/robots.txt", b"GET / HTTP/1.1\r\n\r\n", kind="request")]
    records += [WarcRecord(page.url, page.html) for page in pages]
    records.append(WarcRecord("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n" * 8, content_type="image/png"))
    records.append(WarcRecord("https://example.com/gone", b"<html>moved</html>", status="301 Moved Permanently"))
    records.append(
        WarcRecord("https://example.com/wet", WET_TEXT.encode(), kind="conversion", content_type="text/plain")
    )
    return records


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_and_text_conversions_become_articles(
    real_pages: list[RealPage], write_file: WriteFile, gzipped: bool
) -> None:
    data, offsets = warc_bytes(_archive(real_pages), gzipped=gzipped)
    path = write_file("crawl.warc.gz" if gzipped else "crawl.warc", data)
    results = list(read_inputs([path]))
    articles = [r for r in results if isinstance(r, Article)]
    assert [r for r in results if isinstance(r, Rejected)] == []
    # Requests, images and redirects are skipped; every page and the WET text is read.
    assert [a.url for a in articles] == [page.url for page in real_pages] + ["https://example.com/wet"]
    for article, page, offset in zip(articles, real_pages, offsets[1:], strict=False):
        assert article.origin == f"{path}@{offset}"
        assert page.body.split("\n")[0][:50] in article.text
        assert article.source and article.meta.get("hostname")
        assert article.date is not None
    assert articles[-1].text == WET_TEXT


def test_crawl_date_stands_in_for_a_missing_publication_date(write_file: WriteFile) -> None:
    data, _ = warc_bytes(
        [WarcRecord("https://e.com/wet", WET_TEXT.encode(), "conversion", "text/plain")], gzipped=False
    )
    (article,) = read_inputs([write_file("a.wet", data)])
    assert isinstance(article, Article) and article.date == dt.date.today()
    assert any("crawl date" in warning for warning in article.meta["warnings"])
    (dated,) = read_inputs([write_file("b.wet", data)], dt.date(2022, 1, 13))
    assert isinstance(dated, Article) and dated.date == dt.date(2022, 1, 13), "--date wins over the crawl date"


def _corrupt(data: bytes, offsets: list[int], index: int, gzipped: bool) -> bytes:
    broken = bytearray(data)
    start = offsets[index]
    if gzipped:
        broken[start + 20 : start + 60] = b"X" * 40  # inside the compressed member
    else:
        broken[start : start + 8] = b"WARX/9.9"  # a header line no reader accepts
    return bytes(broken)


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("bad_index", [0, 1, 2], ids=["first", "middle", "last"])
def test_a_corrupt_record_is_reported_and_the_rest_is_read(
    write_file: WriteFile, gzipped: bool, bad_index: int
) -> None:
    texts = [f"{WET_TEXT} Report number {n}." for n in range(3)]
    records = [WarcRecord(f"https://e.com/{n}", t.encode(), "conversion", "text/plain") for n, t in enumerate(texts)]
    data, offsets = warc_bytes(records, gzipped=gzipped, crawled="2022-01-13T10:00:00Z")  # the same bytes each run
    path = write_file("bad.warc.gz" if gzipped else "bad.warc", _corrupt(data, offsets, bad_index, gzipped))
    results = list(read_inputs([path]))
    rejected = [r for r in results if isinstance(r, Rejected)]
    assert len(rejected) == 1, results
    assert rejected[0].code == RejectCode.BAD_WARC and "corrupt WARC record" in rejected[0].reason
    assert rejected[0].origin.startswith(f"{path}@")
    assert "\n" not in rejected[0].reason and len(rejected[0].reason) <= 200
    read = [r.text for r in results if isinstance(r, Article)]
    assert read == [t for n, t in enumerate(texts) if n != bad_index]


def test_an_oversized_record_is_rejected_and_the_rest_is_read(write_file: WriteFile) -> None:
    big = (WET_TEXT + " ") * 200
    records = [
        WarcRecord("https://e.com/big", big.encode(), "conversion", "text/plain"),
        WarcRecord("https://e.com/ok", WET_TEXT.encode(), "conversion", "text/plain"),
    ]
    data, _ = warc_bytes(records, gzipped=True)
    big_result, ok = read_inputs([write_file("x.warc.gz", data)], max_bytes=5_000)
    assert isinstance(big_result, Rejected) and big_result.code == RejectCode.TOO_LARGE
    assert isinstance(ok, Article) and ok.url == "https://e.com/ok"


def test_an_archive_larger_than_the_file_limit_is_streamed(write_file: WriteFile) -> None:
    records = [
        WarcRecord(f"https://e.com/{n}", f"{WET_TEXT} {n}".encode(), "conversion", "text/plain") for n in range(30)
    ]
    data, _ = warc_bytes(records, gzipped=False)
    results = list(read_inputs([write_file("many.wet", data)], max_bytes=len(data) // 10))
    assert len(results) == 30 and all(isinstance(r, Article) for r in results)


def test_an_archive_with_no_article_is_reported(write_file: WriteFile) -> None:
    data, _ = warc_bytes([WarcRecord("https://e.com/", b"GET / HTTP/1.1\r\n\r\n", kind="request")], gzipped=True)
    (out,) = read_inputs([write_file("empty.warc.gz", data)])
    assert isinstance(out, Rejected) and out.code == RejectCode.EMPTY


@pytest.mark.parametrize("mode", HTML_MODES)
def test_every_html_mode_reads_the_pages_of_an_archive(
    real_pages: list[RealPage], write_file: WriteFile, mode: HtmlMode
) -> None:
    data, _ = warc_bytes([WarcRecord(page.url, page.html) for page in real_pages[:2]], gzipped=True)
    articles = list(read_inputs([write_file("crawl.warc.gz", data)], html_mode=mode))
    assert [a.url for a in articles if isinstance(a, Article)] == [page.url for page in real_pages[:2]]
    for article, page in zip(articles, real_pages, strict=False):
        assert isinstance(article, Article) and page.body.split("\n")[0][:50] in article.text
