"""Page jobs: extracted here or over worker processes, with the same results in the same order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_fixtures import RealPage, WarcRecord, warc_bytes

from eventwire.ingest import RejectCode, read_inputs
from eventwire.ingest.pages import PageJob, read_page, resolve_pages
from eventwire.model import Article, Rejected

WriteFile = Callable[[str, bytes | str], Path]
TEXT = (
    "Officials in Kyiv said on Monday that the talks with Moscow would resume next week in Istanbul, "
    "after a pause of almost a month. The foreign ministry gave no details of the agenda."
)
NAVIGATION = b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (NAVIGATION, RejectCode.NO_ARTICLE.value),  # no article text on the page
        (b"\xff\xfe<html>" + bytes(range(128, 256)) * 40, RejectCode.BAD_ENCODING.value),
    ],
)
def test_a_page_without_an_article_is_rejected_with_its_reason(data: bytes, expected: str) -> None:
    result = read_page(PageJob("page.html", data))
    assert isinstance(result, Rejected) and result.code == expected and result.origin == "page.html"


def test_jobs_and_other_results_keep_their_order() -> None:
    done = Rejected("a.txt", "empty", "empty")
    results = list(resolve_pages([done, PageJob("nav.html", NAVIGATION), done]))
    assert [r.origin for r in results] == ["a.txt", "nav.html", "a.txt"]


def test_worker_processes_read_a_folder_and_an_archive_as_one_process_does(
    real_pages: list[RealPage], write_file: WriteFile
) -> None:
    for n, page in enumerate(real_pages[:4]):
        write_file(f"site/page{n}.html", page.html)
    write_file("site/nav.html", NAVIGATION)
    write_file("site/note.txt", TEXT)
    data, _ = warc_bytes([WarcRecord(page.url, page.html) for page in real_pages[4:]], gzipped=True)
    archive = write_file("crawl.warc.gz", data)
    folder = archive.parent / "site"
    alone = list(read_inputs([folder, archive]))
    spread = list(read_inputs([folder, archive], workers=2))
    assert spread == alone
    # The folder in name order (nav.html, note.txt, page0-3.html), then the archive.
    assert [type(r) for r in alone] == [Rejected] + [Article] * (5 + len(real_pages[4:]))
