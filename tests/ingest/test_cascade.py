"""The extraction cascade's shortcut: its bound on the page text is never below trafilatura's page text."""

from __future__ import annotations

import pytest
from ingest_fixtures import RealPage

from eventwire.ingest.base import decode
from eventwire.ingest.cascade import page_text_bound
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
