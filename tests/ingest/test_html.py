"""Whole pages: one parse gives the text and metadata trafilatura's own full extraction gives."""

from __future__ import annotations

from typing import Any

import pytest
from ingest_fixtures import RealPage

from eventwire.ingest.base import Fields, decode
from eventwire.ingest.html import _JSON_MINIFY, _MODE_OPTIONS, HTML_MODES, HtmlMode, page_fields, parse_page


def trafilatura_fields(page: RealPage, mode: HtmlMode) -> dict[str, Any]:
    """What ``trafilatura.bare_extraction`` with all its metadata reads from the page."""
    import trafilatura

    fast, precision, recall = _MODE_OPTIONS[mode]
    html, _ = decode(page.html, html=True)
    doc = trafilatura.bare_extraction(
        html,
        url=page.url,
        include_comments=False,
        with_metadata=True,
        fast=fast,
        favor_precision=precision,
        favor_recall=recall,
    )
    assert doc is not None
    values: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    return values


def ours(fields: Fields) -> dict[str, Any]:
    meta = dict(fields.meta or {})
    return {
        "text": fields.text,
        "title": fields.title,
        "date": fields.date,
        "url": fields.url,
        "author": meta.get("author"),
        "hostname": meta.get("hostname"),
    }


@pytest.mark.parametrize("mode", HTML_MODES)
def test_page_fields_read_what_trafilatura_reads_with_all_its_metadata(
    real_pages: list[RealPage], mode: HtmlMode
) -> None:
    for page in real_pages:
        expected = trafilatura_fields(page, mode)
        fields = page_fields(decode(page.html, html=True)[0], url=page.url, mode=mode)
        assert ours(fields) == {key: expected[key] or None for key in ours(fields)}
        assert fields.source == (expected["sitename"] or expected["hostname"])


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "no article text (0 words extracted)"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("<html><body><p>Too short to be an article.</p></body></html>", "no article text (6 words extracted)"),
    ],
)
def test_a_page_without_an_article_gives_the_reason(html: str, reason: str) -> None:
    with pytest.raises(Exception, match=r"no article text") as caught:
        page_fields(html)
    assert reason in str(caught.value)


# A page longer than the head the repair reads, with a slot for a paragraph near its end.
LONG_PAGE = "<html><body>\n" + "<p>A paragraph of the story, long enough.</p>\n" * 300 + "<p>{}</p></body></html>"
CP1252_HEAD = "<html><head><meta charset='windows-1252'></head><body>"


@pytest.mark.parametrize(
    ("html", "is_page"),
    [
        ("<html><head><title>T</title></head><body><p>Text.</p></body></html>", True),
        ('<?xml version="1.0" encoding="utf-8"?><html><body><p>Text.</p></body></html>', True),  # read as bytes
        ("<html/>\n<body><p>Text.</p></body>", True),  # a self-closed <html> is repaired
        ("plain words, no markup", False),
        ("", False),
        # Long pages, read from their UTF-8 bytes unless the repair would change them
        (LONG_PAGE.format(""), True),
        ("<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'/>\n" + LONG_PAGE.format(""), True),
        ("<html lang='en'/>\n" + LONG_PAGE.format(""), True),
        (LONG_PAGE.format("a bell\x07 here"), True),  # a control character XML forbids, past the head
        (LONG_PAGE.format("a non-character \ufffe here"), True),
        (LONG_PAGE.format("fullwidth \uff21 and \U0001f600 are allowed"), True),
        (CP1252_HEAD + "<p>caf\u00e9 \u201cquoted\u201d</p>\n" + LONG_PAGE.format(""), True),  # UTF-8 whatever it says
        ("<html><body>" + "<p>one line, no newline</p>" * 500 + "</body></html>", True),
    ],
)
def test_parse_page_builds_the_tree_trafilatura_builds(html: str, is_page: bool) -> None:
    from lxml.html import HtmlElement, tostring
    from trafilatura.utils import load_html

    tree, expected = parse_page(html), load_html(html)
    assert (tree is not None) is is_page and (expected is not None) is is_page
    if tree is not None:
        assert isinstance(tree, HtmlElement) and tostring(tree) == tostring(expected)


@pytest.mark.parametrize(
    ("html", "as_bytes"),
    [
        (LONG_PAGE.format("fullwidth \uff21 and \U0001f600 are allowed"), True),
        (LONG_PAGE.format("a bell\x07 here"), False),
        (LONG_PAGE.format("a non-character \uffff here"), False),
        ("<html lang='en'/>\n" + LONG_PAGE.format(""), False),  # the repair mends the head
        ("<html><body>" + "<p>one line, no newline</p>" * 500 + "</body></html>", False),  # no head to read
        ("<html><body><p>short</p></body></html>", False),
        ("\ud800" + LONG_PAGE.format(""), False),  # a lone surrogate has no UTF-8
    ],
)
def test_only_pages_the_repair_leaves_alone_are_parsed_from_their_bytes(html: str, as_bytes: bool) -> None:
    from eventwire.ingest.html import _unrepaired_utf8

    assert (_unrepaired_utf8(html) is not None) is as_bytes


def test_the_characters_read_as_forbidden_are_those_trafilaturas_repair_deletes() -> None:
    from trafilatura.utils import INVALID_XML_CHARS

    from eventwire.ingest.html import _XML_FORBIDDEN_UTF8, _XML_SUSPECT_BYTES

    characters = (chr(code) for code in [*range(0xD800), *range(0xE000, 0x10000), 0x10000, 0x1F600, 0x10FFFF])
    deleted = {char for char in characters if INVALID_XML_CHARS.match(char)}
    controls = {chr(byte) for byte in _XML_SUSPECT_BYTES if byte < 0x20}
    assert deleted == controls | {char.decode() for char in _XML_FORBIDDEN_UTF8}


@pytest.mark.parametrize(
    "script",
    [
        '{\n  "@type": "NewsArticle",\n  "headline": "Two  spaces\tkept inside"\n}',
        '[ {"a" : "x \\" y"} ,\n\n\t{"b":"z"} ]',
        '{"unterminated": "a b\n c',
        "",
        "   \n\t ",
    ],
)
def test_json_ld_is_minified_as_trafilatura_minifies_it(script: str) -> None:
    from trafilatura.metadata import JSON_MINIFY

    assert _JSON_MINIFY.sub(r"\1", script) == JSON_MINIFY.sub(r"\1", script)
