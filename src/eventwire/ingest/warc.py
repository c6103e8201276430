"""WARC and WET archives (plain or gzipped) into articles, streamed one record at a time.

WARC ``response`` records holding HTML go through trafilatura like a saved page; WET
``conversion`` records are already plain text. Other records (requests, metadata, images,
redirects) are skipped. A corrupt record is reported with its byte offset and reading goes on
at the next record boundary, so one bad record never costs the rest of the archive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from eventwire.ingest.base import Fields, Reject, Result, build, check_text_bytes, decode, one_line, rejected
from eventwire.ingest.errors import RejectCode
from eventwire.ingest.html import DEFAULT_HTML_MODE, HtmlMode
from eventwire.ingest.pages import PageJob, resolve_pages

WARC_EXTENSIONS = frozenset({".warc", ".wet"})
HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_SCAN_CHUNK = 1 << 20


def read_warc(
    path: Path, default_date: dt.date | None, max_bytes: int, *, html_mode: HtmlMode = DEFAULT_HTML_MODE
) -> Iterator[Result]:
    """Every article in the archive at ``path``; ``max_bytes`` limits each record, not the file."""
    yield from resolve_pages(warc_items(path, default_date, max_bytes, html_mode=html_mode))


def warc_items(
    path: Path, default_date: dt.date | None, max_bytes: int, *, html_mode: HtmlMode = DEFAULT_HTML_MODE
) -> Iterator[Result | PageJob]:
    """Like ``read_warc``, with each HTML page left as a job for ``resolve_pages``."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield rejected(str(path), f"cannot read file: {exc.strerror}", RejectCode.UNREADABLE)
        return
    with handle:
        gzipped = handle.read(3) == _GZIP_MAGIC
        found = False
        for item in _records(handle, str(path), gzipped, (default_date, max_bytes, html_mode)):
            found = True
            yield item
        if not found:
            yield rejected(str(path), "archive has no HTML response or text conversion record", RejectCode.EMPTY)


# What every record is read with: the date for pages without one, the size limit, the HTML mode.
_Settings = tuple[dt.date | None, int, HtmlMode]


def _records(handle: IO[bytes], origin: str, gzipped: bool, settings: _Settings) -> Iterator[Result | PageJob]:
    from warcio.archiveiterator import ArchiveIterator

    start: int | None = 0
    while start is not None:
        handle.seek(start)
        records = ArchiveIterator(handle)
        position = start
        try:
            for record in records:
                # ``offset`` is where this record starts; get_record_offset() would first read it to its end.
                position = records.offset
                result = _record_result(f"{origin}@{position}", record, settings)
                position = records.get_record_offset() + records.get_record_length()
                if result is not None:
                    yield result
            start = None
        except Exception as exc:  # deliberately broad: warcio and zlib raise many kinds on corrupt bytes
            reason = f"corrupt WARC record: {type(exc).__name__}: {exc}"
            yield rejected(f"{origin}@{position}", one_line(reason, 200), RejectCode.BAD_WARC)
            start = _next_record(handle, position + 1, gzipped)


def _next_record(handle: IO[bytes], after: int, gzipped: bool) -> int | None:
    """Offset of the next record boundary at or after ``after``: a gzip member or a WARC/ARC header line."""
    markers = (_GZIP_MAGIC,) if gzipped else (b"\nWARC/", b"\r\nWARC/")
    handle.seek(after)
    offset, tail = after, b""
    while chunk := handle.read(_SCAN_CHUNK):
        window = tail + chunk
        hits = [window.find(marker) for marker in markers]
        found = [hit for hit in hits if hit >= 0]
        if found:
            hit = min(found)
            begin = offset - len(tail) + hit
            # A header marker includes the newline before "WARC/": the record starts after it.
            return begin if gzipped else begin + window[hit:].index(b"W")
        tail = window[-8:]
        offset += len(chunk)
    return None


def _record_result(where: str, record: Any, settings: _Settings) -> Result | PageJob | None:
    default_date, max_bytes, _ = settings
    kind = record.rec_type
    if kind not in ("response", "conversion", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    crawled = _crawl_date(record.rec_headers.get_header("WARC-Date"))
    content_type = _content_type(record)
    is_html = content_type.startswith(HTML_TYPES)
    if kind == "response" and (not is_html or _status(record) != 200):
        return None  # an image, a redirect or an error page is no article, nor a problem
    if kind != "response" and not (is_html or content_type.startswith("text/plain")):
        return None
    try:
        data = _read_capped(record, max_bytes)
        check_text_bytes(data, "record")
        if is_html:
            return _page_job(where, data, url, _charset(content_type), crawled, settings)
        text, _ = decode(data, html=False)
    except Reject as rej:
        return rejected(where, rej.reason, rej.code)
    return build(where, _with_crawl_date(Fields(text=text, url=url), crawled), default_date)


def _page_job(
    where: str, data: bytes, url: str | None, charset: str | None, crawled: dt.date | None, settings: _Settings
) -> PageJob:
    default_date, _, html_mode = settings
    # The record is read now (the archive moves on); the page is extracted by ``resolve_pages``.
    return PageJob(
        where,
        data,
        default_date,
        html_mode,
        url=url,
        charset=charset,
        fallback_date=crawled,
        fallback_reason=_crawl_date_reason(crawled) if crawled else "",
    )


def _read_capped(record: Any, max_bytes: int) -> bytes:
    declared = record.length or 0
    if declared > max_bytes:
        raise Reject(RejectCode.TOO_LARGE, f"record is {declared:,} bytes, over the limit of {max_bytes:,} bytes")
    data: bytes = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Reject(RejectCode.TOO_LARGE, f"record decodes to over the limit of {max_bytes:,} bytes")
    return data


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return str(value or "").strip().lower()


def _status(record: Any) -> int:
    code = record.http_headers.get_statuscode() if record.http_headers is not None else "200"
    return int(code) if str(code).isdigit() else 0


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _crawl_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _with_crawl_date(fields: Fields, crawled: dt.date | None) -> Fields:
    """News crawls fetch a story within days of publication: the crawl date stands in when nothing else does."""
    if crawled is None:
        return fields
    return replace(fields, fallback_date=crawled, fallback_reason=_crawl_date_reason(crawled))


def _crawl_date_reason(crawled: dt.date) -> str:
    return f"publication date is the crawl date {crawled.isoformat()} (the page gives none)"
