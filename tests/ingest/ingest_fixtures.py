"""Builders for the ingest tests: feeds and WARC files wrapped around real pages, a loopback feed server.

Real pages come from the extraction gold set (../shared/eval/extraction/scrapinghub-aeb); tests
that need them skip when it is absent. Nothing here touches the network beyond 127.0.0.1.
"""

from __future__ import annotations

import http.server
import io
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any

REAL_PAGE_COUNT = 6


@dataclass(frozen=True)
class RealPage:
    """One real news page: where it was published, its HTML bytes, and the gold article body."""

    url: str
    html: bytes
    body: str


# -- feeds -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedItem:
    title: str
    text_html: str
    guid: str | None = None
    link: str | None = None
    published: str | None = None
    full_content: bool = True  # False: the HTML goes in <description> only (a summary feed)


CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


def rss_feed(items: Sequence[FeedItem], title: str = "Test Wire") -> bytes:
    """An RSS 2.0 document (full text in content:encoded, like most news feeds that carry it)."""
    ET.register_namespace("content", CONTENT_NS)
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = "http://127.0.0.1/"
    for item in items:
        node = ET.SubElement(channel, "item")
        ET.SubElement(node, "title").text = item.title
        if item.guid is not None:
            ET.SubElement(node, "guid").text = item.guid
        if item.link is not None:
            ET.SubElement(node, "link").text = item.link
        if item.published is not None:
            ET.SubElement(node, "pubDate").text = item.published
        if item.full_content:
            ET.SubElement(node, "description").text = item.title
            ET.SubElement(node, f"{{{CONTENT_NS}}}encoded").text = item.text_html
        else:
            ET.SubElement(node, "description").text = item.text_html
    data: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return data


def atom_feed(items: Sequence[FeedItem], title: str = "Test Wire") -> bytes:
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(feed, f"{{{ns}}}title").text = title
    ET.SubElement(feed, f"{{{ns}}}id").text = "urn:test:feed"
    ET.SubElement(feed, f"{{{ns}}}updated").text = "2022-01-13T10:00:00Z"
    for item in items:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}title").text = item.title
        ET.SubElement(entry, f"{{{ns}}}id").text = item.guid or item.link or item.title
        if item.link:
            ET.SubElement(entry, f"{{{ns}}}link", href=item.link)
        if item.published:
            ET.SubElement(entry, f"{{{ns}}}published").text = item.published
        kind = "content" if item.full_content else "summary"
        ET.SubElement(entry, f"{{{ns}}}{kind}", type="html").text = item.text_html
    data: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return data


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())


def rfc822(year: int, month: int, day: int) -> str:
    import datetime as dt

    return format_datetime(dt.datetime(year, month, day, 10, 0, tzinfo=dt.UTC), usegmt=True)


# -- WARC --------------------------------------------------------------------------------


@dataclass(frozen=True)
class WarcRecord:
    url: str
    payload: bytes
    kind: str = "response"  # or "conversion" (WET), "request", "resource"
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"


def warc_bytes(records: Sequence[WarcRecord], *, gzipped: bool, crawled: str | None = None) -> tuple[bytes, list[int]]:
    """A WARC file written by warcio, with the byte offset of each record. Record ids are fixed and,
    with ``crawled`` ("2022-01-13T10:00:00Z"; default: now), so are the dates: the same records then
    give the same bytes, so a test that corrupts them breaks them the same way every run."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    offsets = []
    for number, rec in enumerate(records):
        offsets.append(out.tell())
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"}
        if crawled is not None:
            fixed["WARC-Date"] = crawled
        if rec.kind == "response":
            headers = StatusAndHeaders(rec.status, [("Content-Type", rec.content_type)], protocol="HTTP/1.1")
            payload = io.BytesIO(rec.payload)
            record = writer.create_warc_record(
                rec.url, "response", payload=payload, http_headers=headers, warc_headers_dict=fixed
            )
        else:
            record = writer.create_warc_record(
                rec.url,
                rec.kind,
                payload=io.BytesIO(rec.payload),
                warc_content_type=rec.content_type,
                warc_headers_dict=fixed,
            )
        writer.write_record(record)
    return out.getvalue(), offsets


# -- a loopback HTTP server ----------------------------------------------------------------


@dataclass
class Route:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    delay_s: float = 0.0


@dataclass
class FeedServer:
    """Serves ``routes`` on 127.0.0.1, answering conditional requests with 304 like a real feed host."""

    port: int
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def feed_handler(server_state: Callable[[], FeedServer]) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            import time

            state = server_state()
            state.requests.append((self.path, dict(self.headers.items())))
            route = state.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            unchanged = (route.etag is not None and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified is not None and self.headers.get("If-Modified-Since") == route.last_modified
            )
            if unchanged:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

    return Handler
