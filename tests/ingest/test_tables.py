"""Parquet dumps and folders of real HTML pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ingest_fixtures import RealPage

from eventwire.ingest import RejectCode, read_inputs
from eventwire.model import Article, Rejected

STORY = "Officials in Kyiv said on Monday that the talks with Moscow would resume next week in Istanbul."


def _parquet(path: Path, columns: dict[str, list[object]]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns), path, row_group_size=2)
    return path


def test_parquet_rows_become_articles(tmp_path: Path) -> None:
    path = _parquet(
        tmp_path / "dump.parquet",
        {
            "id": ["a", "b", "c", None],
            "text": [STORY, STORY + " Again.", None, STORY + " Third."],
            "date": [dt.date(2022, 1, 13), None, None, dt.date(2022, 1, 14)],
            "url": ["https://e.com/a", None, None, None],
            "lang": ["en", "en", "en", "en"],
        },
    )
    first, second, third, fourth = read_inputs([path], dt.date(2022, 2, 1))
    assert isinstance(first, Article) and first.id == "a" and first.date == dt.date(2022, 1, 13)
    assert first.url == "https://e.com/a" and first.meta == {"lang": "en"} and first.origin == f"{path}:1"
    assert isinstance(second, Article) and second.date == dt.date(2022, 2, 1)
    assert isinstance(third, Rejected) and third.code == RejectCode.NO_TEXT and third.origin == f"{path}:3"
    assert isinstance(fourth, Article) and fourth.date == dt.date(2022, 1, 14)


@pytest.mark.parametrize(
    ("content", "in_reason"),
    [(b"PAR1 this is not parquet", "not a readable Parquet file"), (None, "no 'text' column")],
    ids=["corrupt", "no text column"],
)
def test_bad_parquet_is_one_rejection(tmp_path: Path, content: bytes | None, in_reason: str) -> None:
    path = tmp_path / "bad.parquet"
    if content is None:
        _parquet(path, {"body": [STORY]})
    else:
        path.write_bytes(content)
    (out,) = read_inputs([path])
    assert isinstance(out, Rejected) and out.code == RejectCode.BAD_PARQUET and in_reason in out.reason


def test_a_long_parquet_text_is_rejected_alone(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "d.parquet", {"text": [STORY * 100, STORY]})
    big, ok = read_inputs([path], max_bytes=1000)
    assert isinstance(big, Rejected) and big.code == RejectCode.TOO_LARGE
    assert isinstance(ok, Article)


def test_folder_of_real_pages_gives_text_and_metadata(tmp_path: Path, real_pages: list[RealPage]) -> None:
    for n, page in enumerate(real_pages):
        (tmp_path / f"page{n}.html").write_bytes(page.html)
    results = list(read_inputs([tmp_path]))
    assert len(results) == len(real_pages)
    for article, page in zip(results, real_pages, strict=True):
        assert isinstance(article, Article), article
        assert page.body.split("\n")[0][:50] in article.text
        assert article.title and article.source
        assert article.meta.get("hostname"), "the site's host name is kept"
    assert sum(a.date is not None for a in results if isinstance(a, Article)) >= len(real_pages) // 2
    assert any(a.meta.get("author") for a in results if isinstance(a, Article))
