"""Read articles from text, HTML, feeds, WARC/WET, JSONL, CSV and Parquet files, folders, URLs and stdin.

Every input yields either an ``Article`` or a ``Rejected`` with a one-line reason; bad input
never raises, so one broken file does not stop a batch. The per-format readers live beside
this module (``feeds``, ``warc``, ``tables``, ``html``); this one finds the inputs and dispatches.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, TextIO, cast

from eventwire.ingest.base import (
    SNIFF_BYTES,
    Fields,
    Reject,
    Result,
    article_id,
    build,
    check_text_bytes,
    decode,
    detect_language,
    parse_date,
    record_result,
    rejected,
)
from eventwire.ingest.errors import RejectCode
from eventwire.ingest.feeds import FEED_EXTENSIONS, read_feed, read_feed_url
from eventwire.ingest.fetch import DEFAULT_TIMEOUT_S, is_http_url
from eventwire.ingest.html import DEFAULT_HTML_MODE, HtmlMode
from eventwire.ingest.pages import PageJob, resolve_pages
from eventwire.ingest.tables import PARQUET_EXTENSIONS, read_parquet
from eventwire.ingest.warc import WARC_EXTENSIONS, warc_items
from eventwire.model import Article, Rejected

__all__ = ["KNOWN_EXTENSIONS", "article_id", "detect_language", "parse_date", "read_inputs"]

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
# Archives and Parquet dumps are streamed record by record: the size limit applies per record.
STREAMED_EXTENSIONS = WARC_EXTENSIONS | PARQUET_EXTENSIONS
KNOWN_EXTENSIONS = (
    TEXT_EXTENSIONS | HTML_EXTENSIONS | FEED_EXTENSIONS | STREAMED_EXTENSIONS | frozenset({".jsonl", ".csv"})
)
STDIN_ORIGIN = "<stdin>"

_HEADER_LINE = re.compile(r"(?i)(title|date|source|url)[ \t]*:[ \t]*([^\r\n]*)")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read_inputs(
    inputs: Sequence[str | Path],
    default_date: dt.date | None = None,
    *,
    stdin: TextIO | None = None,
    max_bytes: int = 10_000_000,
    timeout: float = DEFAULT_TIMEOUT_S,
    html_mode: HtmlMode = DEFAULT_HTML_MODE,
    workers: int = 1,
) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per document found in ``inputs``, in order.

    http(s) URLs are read as RSS/Atom feeds (``timeout`` seconds per request); whole HTML pages
    (files, WARC records) are extracted in ``html_mode`` (``eventwire.ingest.html``), over
    ``workers`` processes when more than one (``eventwire.ingest.pages``). Two documents
    with the same id but different texts are both kept: the later one gets a derived id and a
    warning (``distinct_ids``).
    """
    items = _read_all(inputs, default_date, stdin, max_bytes, timeout, html_mode)
    yield from distinct_ids(resolve_pages(items, workers))


def _read_all(
    inputs: Sequence[str | Path],
    default_date: dt.date | None,
    stdin: TextIO | None,
    max_bytes: int,
    timeout: float,
    html_mode: HtmlMode,
) -> Iterator[Result | PageJob]:
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, default_date, max_bytes)
        elif is_http_url(str(item)):
            yield from read_feed_url(str(item), default_date, max_bytes, timeout)
        elif _URL.match(str(item)):
            reason = "only http(s) URLs are read (as RSS/Atom feeds); save other inputs and pass the file"
            yield rejected(str(item), reason, RejectCode.UNSUPPORTED)
        else:
            yield from _path_items(Path(item), default_date, max_bytes, html_mode)


def read_path(
    path: Path,
    default_date: dt.date | None = None,
    max_bytes: int = 10_000_000,
    *,
    html_mode: HtmlMode = DEFAULT_HTML_MODE,
) -> Iterator[Result]:
    """Every document in a file or, recursively, a directory."""
    yield from resolve_pages(_path_items(path, default_date, max_bytes, html_mode))


def _path_items(
    path: Path, default_date: dt.date | None, max_bytes: int, html_mode: HtmlMode
) -> Iterator[Result | PageJob]:
    if path.is_dir():
        yield from _read_directory(path, default_date, max_bytes, html_mode)
    else:
        yield from _file_items(path, default_date, max_bytes, html_mode)


def distinct_ids(results: Iterable[Result]) -> Iterator[Result]:
    """Keep both of two articles that share an id but not a text: the later gets ``<id>~<text hash>``.

    The derived id depends only on the text, so reading the same inputs again gives the same
    ids and stores nothing twice. The same id with the same text passes unchanged (a repeat).
    """
    seen: dict[str, tuple[str, str]] = {}
    for item in results:
        if isinstance(item, Rejected):
            yield item
            continue
        digest = hashlib.sha1(item.text.encode("utf-8", "surrogatepass")).hexdigest()
        first = seen.setdefault(item.id, (digest, item.origin or ""))
        if first[0] == digest:
            yield item
            continue
        new_id = f"{item.id}~{digest[:8]}"
        note = f"id {item.id!r} is also used by {first[1]} for a different text; this one is stored as {new_id!r}"
        warnings = [*item.meta.get("warnings", []), note]
        seen.setdefault(new_id, (digest, item.origin or ""))
        yield replace(item, id=new_id, meta={**item.meta, "given_id": item.id, "warnings": warnings})


def _read_stdin(stream: TextIO, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    try:
        # Read at most one character past the limit, so a huge stream is never held whole.
        text = stream.read(max_bytes + 1).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        reason = f"standard input is not valid UTF-8 at byte offset {exc.start}"
        yield rejected(STDIN_ORIGIN, reason, RejectCode.BAD_ENCODING)
        return
    except OSError as exc:
        yield rejected(STDIN_ORIGIN, f"cannot read standard input: {exc}", RejectCode.UNREADABLE)
        return
    if len(text) > max_bytes:
        reason = f"standard input is larger than the limit of {max_bytes:,} bytes"
        yield rejected(STDIN_ORIGIN, reason, RejectCode.TOO_LARGE)
        return
    if "\x00" in text:
        yield rejected(STDIN_ORIGIN, "standard input is binary (contains NUL bytes)", RejectCode.BINARY)
        return
    yield build(STDIN_ORIGIN, _text_fields(text), default_date)


def _read_directory(
    root: Path, default_date: dt.date | None, max_bytes: int, html_mode: HtmlMode
) -> Iterator[Result | PageJob]:
    found = False
    for path in walk(root):
        found = True
        yield from _file_items(path, default_date, max_bytes, html_mode)
    if not found:
        yield rejected(str(root), "directory has no readable article files", RejectCode.EMPTY)


def walk(root: Path) -> list[Path]:
    """Files under ``root`` with a known extension, sorted, skipping hidden files and folders."""
    files = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if _kind(path) in KNOWN_EXTENSIONS and path.is_file():
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).parts)


def read_file(
    path: Path,
    default_date: dt.date | None = None,
    max_bytes: int = 10_000_000,
    *,
    html_mode: HtmlMode = DEFAULT_HTML_MODE,
) -> Iterator[Result]:
    """Every document in one file, read by the format its name says."""
    yield from resolve_pages(_file_items(path, default_date, max_bytes, html_mode))


def _file_items(
    path: Path, default_date: dt.date | None, max_bytes: int, html_mode: HtmlMode
) -> Iterator[Result | PageJob]:
    origin = str(path)
    suffix = _kind(path)
    if suffix in WARC_EXTENSIONS:
        yield from warc_items(path, default_date, max_bytes, html_mode=html_mode)
        return
    if suffix in PARQUET_EXTENSIONS:
        yield from read_parquet(path, default_date, max_bytes)
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path, default_date, max_bytes)
        return
    try:
        data = _load_bytes(path, max_bytes)
        if suffix in FEED_EXTENSIONS:
            yield from read_feed(origin, data, default_date)
        elif suffix == ".csv":
            yield from _read_csv(origin, decode(data, html=False)[0], default_date, max_bytes)
        elif suffix in HTML_EXTENSIONS:
            yield PageJob(origin, data, default_date, html_mode)
        else:
            yield build(origin, _text_fields(decode(data, html=False)[0]), default_date)
    except Reject as rej:
        yield rejected(origin, rej.reason, rej.code)


def _kind(path: Path) -> str:
    """The format a file's name says, looking through a compression suffix ("a.jsonl.gz" -> ".jsonl")."""
    suffix = path.suffix.lower()
    return Path(path.stem).suffix.lower() if suffix == ".gz" else suffix


def _gunzip(path: Path, max_bytes: int) -> bytes:
    """Decompress in chunks, stopping at the size limit, so a gzip bomb never fills memory."""
    chunks, total = [], 0
    try:
        with gzip.open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                total += len(chunk)
                if total > max_bytes:
                    raise Reject(RejectCode.TOO_LARGE, f"decompresses to over the limit of {max_bytes:,} bytes")
                chunks.append(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise Reject(RejectCode.UNREADABLE, f"corrupt gzip file: {exc}") from None
    return b"".join(chunks)


def _load_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a file after checking it exists, fits the limit, and looks like text."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise Reject(RejectCode.NOT_FOUND, f"no such file: {path}") from None
    except OSError as exc:
        raise Reject(RejectCode.UNREADABLE, f"cannot stat file: {exc.strerror}") from None
    # Check the size before reading so a huge file is never loaded into memory.
    if size > max_bytes:
        raise Reject(RejectCode.TOO_LARGE, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    try:
        data = _gunzip(path, max_bytes) if path.suffix.lower() == ".gz" else path.read_bytes()
    except OSError as exc:
        raise Reject(RejectCode.UNREADABLE, f"cannot read file: {exc.strerror}") from None
    check_text_bytes(data, "file")
    return data


def _text_fields(content: str) -> Fields:
    """Split an optional ``Key: value`` header block from the text, which is kept byte-exact."""
    headers: dict[str, str] = {}
    position = 0
    for line in content.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if headers and not stripped.strip():
            return _header_fields(headers, content[position + len(line) :])
        match = _HEADER_LINE.fullmatch(stripped)
        if match is None:
            break
        headers[match.group(1).lower()] = match.group(2).strip()
        position += len(line)
    # No header block followed by a blank line: the whole file is the text.
    return Fields(text=content)


def _header_fields(headers: dict[str, str], text: str) -> Fields:
    def value(key: str) -> str | None:
        return headers.get(key) or None

    return Fields(text=text, title=value("title"), date=value("date"), source=value("source"), url=value("url"))


def _read_jsonl(path: Path, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    """A JSONL dump, streamed line by line: ``max_bytes`` caps each line, not the file."""
    origin = str(path)
    try:
        with _open_binary(path) as handle:
            check_text_bytes(handle.read(SNIFF_BYTES), "file")
            handle.seek(0)
            for number, raw in enumerate(_capped_lines(handle, max_bytes), start=1):
                yield from _jsonl_line(f"{origin}:{number}", raw, number == 1, default_date, max_bytes)
    except Reject as rej:
        yield rejected(origin, rej.reason, rej.code)
    except FileNotFoundError:
        yield rejected(origin, f"no such file: {path}", RejectCode.NOT_FOUND)
    except (OSError, EOFError, zlib.error) as exc:
        reason = f"corrupt gzip file: {exc}" if path.suffix.lower() == ".gz" else f"cannot read file: {exc}"
        yield rejected(origin, reason, RejectCode.UNREADABLE)


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _capped_lines(handle: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Each line, or None for a line over ``max_bytes`` (skipped without holding it whole)."""
    while raw := handle.readline(max_bytes + 1):
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield raw
            continue
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


def _jsonl_line(
    where: str, raw: bytes | None, first: bool, default_date: dt.date | None, max_bytes: int
) -> Iterator[Result]:
    if raw is None:
        yield rejected(where, f"line is over the limit of {max_bytes:,} bytes", RejectCode.TOO_LARGE)
        return
    if first and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield rejected(where, f"invalid UTF-8 at byte {exc.start} of the line", RejectCode.BAD_ENCODING)
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield rejected(where, f"malformed JSON: {exc.msg} at column {exc.colno}", RejectCode.BAD_JSON)
        return
    if not isinstance(record, dict):
        yield rejected(where, "JSON line is not an object", RejectCode.BAD_JSON)
        return
    yield record_result(where, record, default_date)


def _read_csv(origin: str, content: str, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    # Article texts are long: allow fields up to the file size limit.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            yield rejected(origin, "CSV file has no 'text' column in its header row", RejectCode.BAD_CSV)
            return
        start = reader.line_num + 1
        for row in reader:
            yield record_result(f"{origin}:{start}", row, default_date)
            start = reader.line_num + 1
    except csv.Error as exc:
        yield rejected(f"{origin}:{reader.line_num}", f"malformed CSV: {exc}", RejectCode.BAD_CSV)
