"""The extraction cascade's shortcut: its bound on the page text is never below trafilatura's page text."""

from __future__ import annotations

import pytest
from ingest_fixtures import RealPage

from eventwire.ingest.base import decode
from eventwire.ingest.cascade import COMMENT_NEEDLES, RAW_PRUNE_NEEDLES, article_body, page_text_bound
from eventwire.ingest.html import parse_page


def html2txt_length(html: str) -> int:
    from trafilatura.baseline import html2txt

    return len(html2txt(parse_page(html)))


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>One paragraph.</p></body></html>",
        "<html><body><div>a<p>b</p>c<aside>side</aside>d<script>var x = 1;</script>e</div></body></html>",
        "<html><body><p>x</p><p></p><p>   </p><footer>foot</footer><style>p {}</style></body></html>",
        "<html><body>word<span>glued</span>together<div class='cookie-banner'>Accept</div></body></html>",
        "<html><head><title>No body element</title></head></html>",
    ],
)
def test_the_bound_is_at_least_the_page_text(html: str) -> None:
    assert page_text_bound(parse_page(html)) >= html2txt_length(html)


def test_the_bound_is_at_least_the_page_text_on_real_pages(real_pages: list[RealPage]) -> None:
    for page in real_pages:
        html = decode(page.html, html=True)[0]
        assert page_text_bound(parse_page(html)) >= html2txt_length(html)


@pytest.mark.parametrize(
    ("xpaths", "pattern", "needles"),
    [
        ("RAW_TREE_PRUNE_XPATH", "'mvp-post-add-(?:box|wrap)|infinite-?scroll'", RAW_PRUNE_NEEDLES[0]),
        ("RAW_TREE_PRUNE_XPATH", "contains(@class, 'elementor-share-buttons')", RAW_PRUNE_NEEDLES[1]),
        ("REMOVE_COMMENTS_AND_LISTS_XPATH", "(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)", COMMENT_NEEDLES),
        ("REMOVE_COMMENTS_AND_LISTS_XPATH", "'^[Cc]omment(?!ary)|(?:article|post)-comments'", COMMENT_NEEDLES),
    ],
)
def test_the_prune_needles_come_from_trafilaturas_patterns(xpaths: str, pattern: str, needles: tuple[str, ...]) -> None:
    # Another trafilatura may change the patterns: the needles must then be derived again.
    import trafilatura.xpaths

    sources = " ".join(xpath.path for xpath in getattr(trafilatura.xpaths, xpaths))
    assert pattern in sources
    assert all(needle in sources for needle in needles)


@pytest.mark.parametrize(
    "body",
    [
        "<div id='comments'><p>A reader's long comment about the story, with many words in it.</p></div>",
        "<div class='infinite-scroll'><p>The next story, appended below this one, is long enough.</p></div>",
        "<div class='elementor-share-buttons'><a href='/s'>Share</a></div>",
        "<ul class='commentlist'><li>First!</li></ul>",
    ],
)
def test_article_body_is_trafilaturas_with_and_without_the_pruned_sections(body: str) -> None:
    from trafilatura.core import trafilatura_sequence
    from trafilatura.settings import Extractor

    story = "<p>" + " ".join(["The council voted on the budget after a long debate."] * 8) + "</p>"
    html = f"<html><head><title>T</title></head><body><article>{story}</article>{body}</body></html>"
    options = Extractor(output_format="python", fast=True, comments=False)
    _, expected, _, _ = trafilatura_sequence(parse_page(html), options)
    assert article_body(parse_page(html), options)[1] == expected
