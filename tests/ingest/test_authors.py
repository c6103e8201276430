"""The author search: the same elements, and the same author, as trafilatura's own search."""

from __future__ import annotations

from typing import Any

import pytest
from ingest_fixtures import RealPage

from eventwire.ingest.authors import author_markup, page_author
from eventwire.ingest.base import decode
from eventwire.ingest.html import normalize_json, parse_page


def trafilatura_author(tree: Any) -> str | None:
    from copy import deepcopy

    from trafilatura.metadata import extract_author

    return extract_author(deepcopy(tree))


def trafilatura_markup(tree: Any) -> tuple[list[list[Any]], set[Any]]:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    return [list(xpath(tree)) for xpath in AUTHOR_XPATHS], {e for xpath in AUTHOR_DISCARD_XPATHS for e in xpath(tree)}


def page(body: str) -> Any:
    return parse_page(f"<html><head><title>T</title></head><body>{body}<p>Story text.</p></body></html>")


@pytest.mark.parametrize(
    ("body", "author"),
    [
        ('<a rel="author" href="/jane">Jane Doe</a>', "Jane Doe"),
        ('<span class="author-name">By John Smith</span>', "John Smith"),
        ('<div class="byline">Maria Garcia</div>', "Maria Garcia"),
        ('<p data-component="Byline">Ann Lee and Bo Chen</p>', "Ann Lee; Bo Chen"),
        ('<h3 id="Author-box">Kim Park</h3>', "Kim Park"),
        ('<div class="writer">Omar Haddad</div>', "Omar Haddad"),
        ('<author>Lu Wei</author><span class="byline">Not Him</span>', "Lu Wei"),  # the specific search first
        ('<div class="comments"><span class="author">A Commenter</span></div>', None),  # in a pruned section
        ('<figure><span class="author">A Photographer</span></figure>', None),
        ('<div class="byline">Sam Roe <time>Monday</time></div>', "Sam Roe"),  # a pruned part inside
        ('<div class="sidebar"><div class="byline">X Y</div></div><p class="byline">Eve Adams</p>', "Eve Adams"),
        ('<span class="author">ab</span><span class="byline">Real Name</span>', "Real Name"),  # too short: the next
        ('<span class="author">https://x.com/jane</span><span class="byline">Jane</span>', None),  # a link ends it
        ("<p>No byline on this page.</p>", None),
    ],
)
def test_the_author_is_the_one_trafilatura_finds(body: str, author: str | None) -> None:
    tree = page(body)
    assert page_author(tree) == author
    assert page_author(tree) == trafilatura_author(tree)


def test_one_walk_selects_what_trafilatura_xpaths_select_on_real_pages(real_pages: list[RealPage]) -> None:
    for real in real_pages:
        tree = parse_page(decode(real.html, html=True)[0])
        markup = author_markup(tree)
        assert ([list(found) for found in markup.searches], markup.discarded) == trafilatura_markup(tree)
        assert page_author(tree) == trafilatura_author(tree)


@pytest.mark.parametrize(
    "text",
    [
        '{"headline":"Plain title"}',
        '{"headline":"Caf\\u00e9 \\n<b>bold</b>  spaced"}',
        '{"name":"A \\ud83d\\ude00 smile"}',  # a surrogate pair written as two escapes
        '{"name":"lone \\ud800 half"}',
        '{"name":"Tom &amp; Jerry\\t"}',
    ],
)
def test_normalize_json_gives_what_trafilatura_gives(text: str) -> None:
    from trafilatura.json_metadata import normalize_json as trafilatura_normalize_json

    assert normalize_json(text) == trafilatura_normalize_json(text)
