"""Fetch a feed over http(s): a timeout, a size cap, conditional requests, and one-line errors."""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from eventwire import __version__
from eventwire.ingest.base import Reject
from eventwire.ingest.errors import RejectCode

DEFAULT_TIMEOUT_S = 30.0
USER_AGENT = f"eventwire/{__version__}"
HTTP_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class Fetched:
    """A response: the body (None when the server said 304 Not Modified) and its validators."""

    url: str
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.body is None


def is_http_url(value: str) -> bool:
    return value.lower().startswith(HTTP_SCHEMES)


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT_S,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET ``url``; with an ETag or Last-Modified from before, an unchanged feed costs a 304."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = _read_capped(response, max_bytes)
            return _fetched(url, body, response.headers)
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return _fetched(url, None, error.headers, etag=etag, last_modified=last_modified)
        raise Reject(RejectCode.FETCH_FAILED, f"HTTP {error.code} {error.reason} from {url}") from None
    except urllib.error.URLError as error:
        raise Reject(RejectCode.FETCH_FAILED, f"cannot fetch {url}: {_why(error.reason)}") from None
    except TimeoutError:
        raise Reject(RejectCode.FETCH_FAILED, f"cannot fetch {url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise Reject(RejectCode.FETCH_FAILED, f"cannot fetch {url}: {type(error).__name__}: {error}") from None


def _read_capped(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise Reject(RejectCode.TOO_LARGE, f"feed is {int(declared):,} bytes, over the limit of {max_bytes:,} bytes")
    # Read one byte past the limit so a server that sends no length cannot fill memory.
    body: bytes = response.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise Reject(RejectCode.TOO_LARGE, f"feed is over the limit of {max_bytes:,} bytes")
    return body


def _fetched(
    url: str, body: bytes | None, headers: Message, *, etag: str | None = None, last_modified: str | None = None
) -> Fetched:
    return Fetched(
        url=url,
        body=body,
        etag=headers.get("ETag") or etag,
        last_modified=headers.get("Last-Modified") or last_modified,
        content_type=headers.get("Content-Type"),
    )


def _why(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host name not found"
    return str(reason)
