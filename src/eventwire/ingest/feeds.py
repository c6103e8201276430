"""RSS and Atom feeds (files or http(s) URLs) into articles, one per entry, through feedparser.

An entry's id comes from its guid (else its link), so a feed polled again maps the same story
to the same article: a changed text replaces the stored one instead of adding a second.
"""

from __future__ import annotations

import datetime as dt
import io
import time
import xml.sax
from collections.abc import Iterator
from typing import Any

from eventwire.ingest.base import Fields, Reject, Result, article_id, build, one_line, optional_str, rejected
from eventwire.ingest.errors import RejectCode
from eventwire.ingest.fetch import Fetched, fetch
from eventwire.ingest.html import fragment_text

FEED_EXTENSIONS = frozenset({".rss", ".atom", ".xml"})


def read_feed_url(url: str, default_date: dt.date | None, max_bytes: int, timeout: float) -> Iterator[Result]:
    """Fetch a feed and read its entries; a network or HTTP failure is one ``Rejected``."""
    try:
        fetched = fetch(url, max_bytes=max_bytes, timeout=timeout)
    except Reject as rej:
        yield rejected(url, rej.reason, rej.code)
        return
    yield from read_fetched(fetched, default_date)


def read_fetched(fetched: Fetched, default_date: dt.date | None) -> Iterator[Result]:
    if fetched.body is None:
        return
    yield from read_feed(fetched.url, fetched.body, default_date, content_type=fetched.content_type)


def read_feed(
    origin: str, data: bytes, default_date: dt.date | None, *, content_type: str | None = None
) -> Iterator[Result]:
    """Every entry of an RSS/Atom document; a malformed or truncated feed is reported after what it held."""
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, resolve_relative_uris=False)
    problem = _malformation(parsed)
    entries = list(parsed.entries)
    if not entries:
        code = RejectCode.EMPTY if _is_feed(parsed) else RejectCode.BAD_FEED
        yield rejected(origin, _empty_reason(parsed, problem), code)
        return
    feed_title = optional_str(parsed.feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        yield _entry_result(origin, number, entry, feed_title, default_date)
    if problem is not None:
        # The entries before the error were read; say so, since the last may be cut short.
        reason = f"feed is malformed ({problem}); the {len(entries)} entries before the error were read"
        yield rejected(origin, reason, RejectCode.BAD_FEED)


def _malformation(parsed: Any) -> str | None:
    """The XML error that broke the feed; None for harmless notes (an encoding override, say)."""
    if not parsed.get("bozo"):
        return None
    error = parsed.get("bozo_exception")
    if isinstance(error, xml.sax.SAXParseException):
        return f"{error.getMessage()} at line {error.getLineNumber()}, column {error.getColumnNumber()}"
    if isinstance(error, xml.sax.SAXException):
        return one_line(str(error))
    return None


def _is_feed(parsed: Any) -> bool:
    return bool(parsed.get("version")) and not _malformation(parsed)


def _empty_reason(parsed: Any, problem: str | None) -> str:
    if problem is not None:
        return f"malformed feed with no readable entry: {problem}"
    if not parsed.get("version"):
        return "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> document)"
    return "feed has no entries"


def _entry_result(origin: str, number: int, entry: Any, feed_title: str | None, default_date: dt.date | None) -> Result:
    key = optional_str(entry.get("id")) or optional_str(entry.get("link"))
    where = f"{origin}#{key or number}"
    text, warnings = _entry_text(entry)
    identifier = article_id(f"feed:{key}") if key else None
    if not text:
        what = "only a title" if entry.get("title") else "no title or text"
        return rejected(where, f"feed entry has {what}", RejectCode.EMPTY, identifier)
    meta = {"guid": key} if key else {}
    if entry.get("author"):
        meta["author"] = str(entry.get("author"))
    fields = Fields(
        text=text,
        title=optional_str(entry.get("title")),
        date=_entry_date(entry),
        url=optional_str(entry.get("link")),
        source=feed_title,
        id=identifier,
        meta=meta,
        warnings=warnings,
    )
    return build(where, fields, default_date)


def _entry_text(entry: Any) -> tuple[str, tuple[str, ...]]:
    """The entry's full content when it has one, else its summary (said in a warning)."""
    contents = [_detail_text(item) for item in entry.get("content") or []]
    best = max(contents, key=len, default="")
    if best.strip():
        return best, ()
    summary = _detail_text(entry.get("summary_detail") or {"value": entry.get("summary") or ""})
    if not summary.strip():
        return "", ()
    words = len(summary.split())
    return summary, (f"feed entry has only a summary ({words} words); the linked page was not fetched",)


def _detail_text(detail: Any) -> str:
    value = str(detail.get("value") or "")
    if detail.get("type") == "text/plain":
        return value.strip()
    return fragment_text(value)


def _entry_date(entry: Any) -> dt.date | str | None:
    """The published (else updated) date; feedparser parses most formats, ours gets the rest."""
    for key in ("published", "updated"):
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed is not None:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        raw = optional_str(entry.get(key))
        if raw is not None:
            return raw
    return None
