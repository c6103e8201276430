"""HTML into article fields: whole pages through trafilatura, feed fragments through lxml."""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Mapping
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from eventwire.ingest.base import Fields, Reject
from eventwire.ingest.errors import RejectCode

# Trafilatura falls back to any text on the page; fewer words than this is navigation, not an article.
MIN_HTML_WORDS = 10
#: How whole pages are extracted (``eventwire eval extraction`` measures each on two benchmarks).
HtmlMode = Literal["accurate", "fast", "precision", "recall"]
HTML_MODES: tuple[HtmlMode, ...] = get_args(HtmlMode)
# Chosen on the ScrapingHub benchmark (F1 .962 against .960 for "accurate", 29% less time per page),
# confirmed on trafilatura's own set (F1 .917 against .922): docs/architecture.md, `eventwire eval extraction`.
DEFAULT_HTML_MODE: HtmlMode = "fast"
# (fast, favor_precision, favor_recall) for trafilatura.
_MODE_OPTIONS: dict[HtmlMode, tuple[bool, bool, bool]] = {
    # trafilatura's own extractor, checked against readability and jusText when its result looks poor
    "accurate": (False, False, False),
    # trafilatura's own extractor alone
    "fast": (True, False, False),
    "precision": (False, True, False),
    "recall": (False, False, True),
}
_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section", "article")
_BLANK_LINES = re.compile(r"\n{3,}")
# trafilatura's JSON_MINIFY (string literals kept, whitespace outside them dropped), matching whole runs of
# whitespace: the same text in a fraction of the matches, each of which costs a Python call on Python 3.11.
_JSON_MINIFY = re.compile(r'("(?:\\.|[^"\\])*")|\s+')
# Lone UTF-16 surrogates, which trafilatura drops from JSON-LD one character at a time.
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# The C0 controls XML 1.0 forbids (all but tab, newline and carriage return), and the lead byte of
# U+FFFE and U+FFFF, which it forbids too: deleting every other byte leaves those a page holds.
_XML_SUSPECT_BYTES = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r") + b"\xef"
_XML_OTHER_BYTES = bytes(byte for byte in range(256) if byte not in _XML_SUSPECT_BYTES)
_XML_FORBIDDEN_UTF8 = ("\ufffe".encode(), "\uffff".encode())
# trafilatura's repair reads the first line and up to four lines in the first 4,096 characters.
_REPAIR_HEAD = 8192


def page_fields(
    html: str,
    *,
    url: str | None = None,
    warnings: tuple[str, ...] = (),
    min_words: int = MIN_HTML_WORDS,
    mode: HtmlMode = DEFAULT_HTML_MODE,
) -> Fields:
    """The article in a whole HTML page: text, title, date, author, site (name, else host)."""
    try:
        values = _extract(html, url, mode)
    except Exception as exc:  # a parser crash on one page must not stop the batch
        raise Reject(RejectCode.NO_ARTICLE, f"HTML extraction failed: {type(exc).__name__}: {exc}") from None
    text = values.get("text") or ""
    words = len(text.split())
    if words < min_words:
        raise Reject(RejectCode.NO_ARTICLE, f"HTML page has no article text ({words} words extracted)")
    page_url = values.get("url") or url or None
    hostname = values.get("hostname") or (urlsplit(page_url).hostname if page_url else None)
    meta = {key: values[key] for key in ("author", "hostname") if values.get(key)}
    if hostname and "hostname" not in meta:
        meta["hostname"] = hostname
    return Fields(
        text=text,
        title=values.get("title") or None,
        date=values.get("date") or None,
        url=page_url,
        source=values.get("sitename") or hostname or None,
        meta=meta,
        warnings=warnings,
    )


def _extract(html: str, url: str | None, mode: HtmlMode) -> dict[str, Any]:
    """Text and the metadata we keep, from one parse of the page."""
    from trafilatura.settings import Extractor

    fast, precision, recall = _MODE_OPTIONS[mode]
    options = Extractor(output_format="python", fast=fast, precision=precision, recall=recall, comments=False, url=url)
    tree = parse_page(html)
    if tree is None:
        return {}
    # Metadata first, as trafilatura orders it: text extraction then prunes the tree in place.
    values = page_metadata(tree, url, options.date_params)
    # The page's own URL (canonical link) is what trafilatura resolves links against when none is given.
    options.url = url or values.get("url")
    values["text"] = page_text(tree, options)
    return values


def parse_page(html: str) -> Any:
    """The page's tree as ``trafilatura.utils.load_html`` builds it, or None when it is not HTML.

    Same parser settings and repairs, but lxml's C element-class lookup: the ``lxml.html`` one
    calls back into Python for every node trafilatura touches (hundreds of thousands a batch).
    A page that needs no repair is parsed from its UTF-8 bytes (``_unrepaired_utf8``), the same
    tree without trafilatura's whole-page scan for characters XML forbids or lxml's decoding of
    the wide string; any other page, or one that so parses to nothing, goes trafilatura's way.
    """
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = html[:50].lower()
    data = _unrepaired_utf8(html)
    tree = None if data is None else _parse_or_none(data)
    if tree is None or len(tree) < 1:
        html = repair_faulty_html(html, beginning)
        tree = _parse_or_none(html)
        if tree is None or len(tree) < 1:
            # A str declaring its own encoding is refused by lxml, and some pages parse only as bytes.
            tree = _parse_or_none(html.encode("utf-8", "surrogatepass"))
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None  # no <html> at the start and next to no tree: not a page
    return tree


def _unrepaired_utf8(html: str) -> bytes | None:
    """``html`` as UTF-8 when ``repair_faulty_html`` would leave it as it is, else None.

    The repair deletes the characters XML forbids (C0 controls but tab, newline and carriage
    return; U+FFFE and U+FFFF), found here in the bytes at C speed, and mends a doctype or a
    self-closed <html> within the first lines: a head ending at a newline past ``_REPAIR_HEAD``
    characters holds them all, and the repair of a page without forbidden characters changes
    nothing when it changes nothing in that head.
    """
    from trafilatura.utils import repair_faulty_html

    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: trafilatura's way
        return None
    suspects = data.translate(None, _XML_OTHER_BYTES)
    if suspects.strip(b"\xef") or (suspects and any(char in data for char in _XML_FORBIDDEN_UTF8)):
        return None
    end = html.find("\n", _REPAIR_HEAD)
    head = html[: end + 1]
    if end < 0 or repair_faulty_html(head, html[:50].lower()) != head:
        return None
    return data


def _parse_or_none(markup: str | bytes) -> Any:
    import lxml.html

    try:
        return lxml.html.fromstring(markup, parser=_page_parser())
    except Exception:  # lxml's many parse errors: the caller tries bytes, then gives up
        return None


@functools.cache
def _page_parser() -> Any:
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    lookup = etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
    parser.set_element_class_lookup(lookup)
    return parser


def page_text(tree: Any, options: Any) -> str:
    """The article text of a parsed page, as ``trafilatura.bare_extraction`` gives it; the tree is used up.

    Running trafilatura's cascade directly (``eventwire.ingest.cascade``) spares the copy of the
    whole tree ``bare_extraction`` makes to keep its caller's tree intact, which we no longer need.
    """
    from trafilatura.xml import xmltotxt

    from eventwire.ingest.cascade import article_body

    try:
        body, text = article_body(tree, options)
    except (TypeError, ValueError):  # what bare_extraction, too, reads as "no article"
        return ""
    if len(text) < options.min_output_size:
        return ""
    return str(xmltotxt(body, options.formatting))


def page_metadata(tree: Any, url: str | None, date_params: Mapping[str, Any]) -> dict[str, Any]:
    """Title, author, URL, host, site name and date as trafilatura's ``extract_metadata`` finds them.

    Its categories, tags and licence are left out: we discard them, and their searches over every
    link of the page cost about half of the metadata time.
    """
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_author,
        extract_sitename,
        extract_title,
        extract_url,
    )

    document = examine_meta(tree)
    if document.author and " " not in document.author:
        document.author = None  # a single word in a meta tag is a handle or a site, not a person
    with contextlib.suppress(Exception):  # trafilatura, too, goes on without broken JSON-LD
        document = _with_json_ld(tree, document)
    document.title = document.title or extract_title(tree)
    document.author = document.author or extract_author(tree)
    document.url = document.url or extract_url(tree, url)
    if document.url:
        document.hostname = extract_domain(document.url, fast=True)
    document.date = find_date(tree, **{**date_params, "url": document.url})
    document.sitename = _site_name(document.sitename or extract_sitename(tree), document.url, META_URL)
    document.clean_and_trim()
    return {key: getattr(document, key) for key in ("title", "author", "url", "hostname", "sitename", "date")}


def _with_json_ld(tree: Any, document: Any) -> Any:
    """The document completed from the page's JSON-LD, as trafilatura's ``extract_meta_json`` completes it."""
    from trafilatura.json_metadata import extract_json, extract_json_parse_error

    for script in tree.xpath('.//script[@type="application/ld+json" or @type="application/settings+json"]'):
        if not script.text:
            continue
        text = normalize_json(_JSON_MINIFY.sub(r"\1", script.text))
        try:
            # strict=False as trafilatura: stray control characters are common and harmless here
            document = extract_json(json.loads(text, strict=False), document)
        except json.JSONDecodeError:
            document = extract_json_parse_error(text, document)
    return document


def normalize_json(text: str) -> str:
    """trafilatura's ``normalize_json``: escapes resolved, surrogates dropped (in one pass), tags stripped, trimmed.

    Pages embed settings blobs of hundreds of kilobytes: trafilatura's character-by-character
    surrogate filter cost more than the rest of the metadata search on them.
    """
    from html import unescape

    from trafilatura.json_metadata import JSON_UNICODE_REPLACE
    from trafilatura.utils import HTML_STRIP_TAGS, trim

    if "\\" in text:
        text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        text = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), text)
        text = unescape(_SURROGATES.sub("", text))
    return str(trim(HTML_STRIP_TAGS.sub("", text)))


def _site_name(name: str | None, page_url: str | None, url_pattern: re.Pattern[str]) -> str | None:
    """A site name as trafilatura writes it: no Twitter '@', capitalised; else the URL's host."""
    if name:
        name = name.lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        return name
    match = url_pattern.match(page_url) if page_url else None
    return match[1] if match else None


def _as_dict(doc: Any) -> dict[str, Any]:
    if isinstance(doc, dict):
        return doc
    if doc is None:
        return {}
    values: dict[str, Any] = doc.as_dict()
    return values


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed's summary or content), one blank line between blocks."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in markup:
        return _tidy(markup)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return _tidy(markup)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*_BLOCK_TAGS):
        block.tail = "\n\n" + (block.tail or "")
    return _tidy(str(root.text_content()))


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
