"""RSS and Atom feeds, as files and over http(s): each entry becomes an article with the entry's metadata.

Feeds are built at test time around real news articles (the extraction gold set); the http
tests use a loopback server, never the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_fixtures import FeedItem, FeedServer, RealPage, Route, atom_feed, paragraphs_html, rfc822, rss_feed

from eventwire.ingest import RejectCode, read_inputs
from eventwire.ingest.base import article_id
from eventwire.model import Article, Rejected

WriteFile = Callable[[str, bytes | str], Path]
SHORT = "Officials in Kyiv said on Monday that the talks with Moscow would resume next week in Istanbul."


def _items(pages: list[RealPage]) -> list[FeedItem]:
    return [
        FeedItem(
            title=f"Story {n}",
            text_html=paragraphs_html(page.body),
            guid=f"urn:story:{n}",
            link=page.url,
            published=rfc822(2019, 11, 10 + n),
        )
        for n, page in enumerate(pages)
    ]


def _first_sentence(text: str) -> str:
    return text.strip().split("\n")[0][:60]


@pytest.mark.parametrize(("builder", "name"), [(rss_feed, "wire.rss"), (atom_feed, "wire.atom")])
def test_feed_entries_become_articles_with_their_metadata(
    real_pages: list[RealPage], write_file: WriteFile, builder: Callable[..., bytes], name: str
) -> None:
    path = write_file(name, builder(_items(real_pages)))
    results = list(read_inputs([path]))
    assert all(isinstance(r, Article) for r in results), [r for r in results if isinstance(r, Rejected)]
    assert len(results) == len(real_pages)
    for n, (article, page) in enumerate(zip(results, real_pages, strict=True)):
        assert isinstance(article, Article)
        assert article.id == article_id(f"feed:urn:story:{n}")
        assert article.title == f"Story {n}" and article.url == page.url and article.source == "Test Wire"
        assert article.date == dt.date(2019, 11, 10 + n)
        assert _first_sentence(page.body) in article.text
        assert article.origin == f"{path}#urn:story:{n}"
        assert "warnings" not in article.meta


def test_a_summary_only_entry_is_kept_and_says_so(write_file: WriteFile) -> None:
    feed = rss_feed([FeedItem("Talks", f"<p>{SHORT}</p>", guid="g1", full_content=False)])
    (article,) = read_inputs([write_file("summary.xml", feed)])
    assert isinstance(article, Article) and article.text == SHORT
    assert any("only a summary" in warning for warning in article.meta["warnings"])


@pytest.mark.parametrize(
    ("guid", "link", "expected_id"),
    [
        ("urn:a", "https://e.com/a", article_id("feed:urn:a")),
        (None, "https://e.com/a", article_id("feed:https://e.com/a")),
        (None, None, article_id(SHORT)),
    ],
    ids=["guid", "link when no guid", "text hash when neither"],
)
def test_entry_id_comes_from_guid_then_link_then_text(
    write_file: WriteFile, guid: str | None, link: str | None, expected_id: str
) -> None:
    feed = rss_feed([FeedItem("Talks", f"<p>{SHORT}</p>", guid=guid, link=link)])
    (article,) = read_inputs([write_file("ids.rss", feed)])
    assert isinstance(article, Article) and article.id == expected_id


def test_an_updated_entry_keeps_its_id(write_file: WriteFile) -> None:
    first = rss_feed([FeedItem("Talks", f"<p>{SHORT}</p>", guid="urn:a")])
    second = rss_feed([FeedItem("Talks (updated)", f"<p>{SHORT} A second round is planned.</p>", guid="urn:a")])
    (old,) = read_inputs([write_file("v1.rss", first)])
    (new,) = read_inputs([write_file("v2.rss", second)])
    assert isinstance(old, Article) and isinstance(new, Article)
    assert old.id == new.id and old.text != new.text


def test_feed_over_http_is_read(feed_server: FeedServer, real_pages: list[RealPage]) -> None:
    feed_server.routes["/news.rss"] = Route(rss_feed(_items(real_pages[:2])))
    url = feed_server.url("/news.rss")
    results = list(read_inputs([url]))
    assert [type(r) for r in results] == [Article, Article]
    assert results[0].origin == f"{url}#urn:story:0"
    assert feed_server.requests[0][1]["User-Agent"].startswith("eventwire/")


@pytest.mark.parametrize(
    ("route", "timeout", "in_reason"),
    [
        (None, 5.0, "HTTP 404"),
        (Route(b"", status=500), 5.0, "HTTP 500"),
        (Route(rss_feed([FeedItem("T", SHORT, guid="g")]), delay_s=6.0), 1.5, "no answer within 1.5 s"),
        (Route(b"<html><body><p>Just a page.</p></body></html>", content_type="text/html"), 5.0, "not an RSS"),
    ],
    ids=["not found", "server error", "timeout", "a page, not a feed"],
)
def test_feed_url_failure_is_one_clear_rejection(
    feed_server: FeedServer, route: Route | None, timeout: float, in_reason: str
) -> None:
    if route is not None:
        feed_server.routes["/feed"] = route
    url = feed_server.url("/feed")
    good = feed_server.url("/good")
    feed_server.routes["/good"] = Route(rss_feed([FeedItem("Talks", f"<p>{SHORT}</p>", guid="g")]))
    bad, after = read_inputs([url, good], timeout=timeout)
    assert isinstance(bad, Rejected) and bad.origin == url and in_reason in bad.reason
    assert bad.code in {RejectCode.FETCH_FAILED, RejectCode.BAD_FEED}
    assert isinstance(after, Article), "the next input is still read"


def test_unreachable_host_is_a_fetch_failure() -> None:
    # Port 9 on loopback (discard) is closed here: the connection is refused at once.
    (out,) = read_inputs(["http://127.0.0.1:9/feed.rss"], timeout=2.0)
    assert isinstance(out, Rejected) and out.code == RejectCode.FETCH_FAILED
    assert "cannot fetch" in out.reason
