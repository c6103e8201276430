"""HTML into article fields: whole pages through trafilatura, feed fragments through lxml."""

from __future__ import annotations

import re
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
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def page_fields(
    html: str,
    *,
    url: str | None = None,
    warnings: tuple[str, ...] = (),
    min_words: int = MIN_HTML_WORDS,
    mode: HtmlMode = DEFAULT_HTML_MODE,
) -> Fields:
    """The article in a whole HTML page: text, title, date, author, site (name, else host)."""
    import trafilatura

    fast, precision, recall = _MODE_OPTIONS[mode]
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            with_metadata=True,
            fast=fast,
            favor_precision=precision,
            favor_recall=recall,
        )
    except Exception as exc:  # a parser crash on one page must not stop the batch
        raise Reject(RejectCode.NO_ARTICLE, f"HTML extraction failed: {type(exc).__name__}: {exc}") from None
    values = _as_dict(doc)
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
