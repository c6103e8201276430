"""Read articles from text, HTML, JSONL and CSV files, directories and standard input.

Every input yields either an ``Article`` or a ``Rejected`` with a one-line reason; bad input
never raises, so one broken file does not stop a batch.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import functools
import gzip
import hashlib
import io
import json
import re
import sys
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeAlias

from eventwire.ingest.errors import RejectCode
from eventwire.model import Article, Rejected

Result: TypeAlias = Article | Rejected

KNOWN_EXTENSIONS = frozenset({".txt", ".text", ".html", ".htm", ".jsonl", ".csv", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
STDIN_ORIGIN = "<stdin>"
RECORD_FIELDS = ("id", "title", "text", "date", "url", "source")

# Language detection looks at this much text and only when there are enough words to trust it.
LANG_SAMPLE_CHARS = 3000
LANG_MIN_WORDS = 20
LANG_MIN_CONFIDENCE = 0.8
# Binary sniffing looks at the head of the file only.
SNIFF_BYTES = 8192
# Trafilatura falls back to any text on the page; fewer words than this is navigation, not an article.
MIN_HTML_WORDS = 10
MAX_CONTROL_RATIO = 0.1

_HEADER_LINE = re.compile(r"(?i)(title|date|source|url)[ \t]*:[ \t]*([^\r\n]*)")
_CHARSET = re.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?([a-z0-9_:.-]{1,40})""")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAY_PREFIX = re.compile(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+")
_ORDINAL = re.compile(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)\b")
_TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\f\v\x1b\x08")
_DATE_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y%m%d",
)


@dataclass(frozen=True)
class _Fields:
    """The article fields an input supplied, before validation."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = None
    meta: Mapping[str, Any] | None = None


class _Reject(Exception):
    """Raised inside the readers; ``read_inputs`` turns it into a ``Rejected``."""

    def __init__(self, code: RejectCode, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read_inputs(
    inputs: Sequence[str | Path],
    default_date: dt.date | None = None,
    *,
    stdin: TextIO | None = None,
    max_bytes: int = 10_000_000,
) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per document found in ``inputs``, in order."""
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, default_date, max_bytes)
            continue
        if _URL.match(str(item)):
            reason = "reading from a URL is not supported yet: save the page or feed and pass the file"
            yield _rejected(str(item), reason, RejectCode.UNSUPPORTED)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_directory(path, default_date, max_bytes)
        else:
            yield from _read_file(path, default_date, max_bytes)


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability) for the start of ``text``."""
    code, confidence = _language_identifier().classify(text[:LANG_SAMPLE_CHARS])
    return str(code), float(confidence)


def parse_date(value: str) -> dt.date:
    """Parse a publication date in the common formats; raise ValueError when none fits."""
    raw = value.strip()
    if not raw:
        raise ValueError("empty date")
    iso = _parse_iso(raw)
    if iso is not None:
        return iso
    with_email = _parse_email_date(raw)
    if with_email is not None:
        return with_email
    cleaned = _ORDINAL.sub(r"\1", _WEEKDAY_PREFIX.sub("", raw)).replace(".", "").replace("Sept", "Sep")
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {value!r}")


def article_id(text: str) -> str:
    """A stable id from the content, so re-running on the same text gives the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _rejected(origin: str, reason: str, code: RejectCode, given_id: str | None = None) -> Rejected:
    # Store the plain string so serialisers and stores never see the enum type.
    return Rejected(origin, reason, code.value, given_id)


@functools.cache
def _language_identifier() -> Any:
    # Loading the model takes a fraction of a second: do it once per process, on first use.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _parse_iso(raw: str) -> dt.date | None:
    if not _ISO_DATE.match(raw):
        return None
    try:
        return dt.datetime.fromisoformat(raw).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None


def _parse_email_date(raw: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return None


def _read_stdin(stream: TextIO, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    try:
        # Read at most one character past the limit, so a huge stream is never held whole.
        text = stream.read(max_bytes + 1).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        reason = f"standard input is not valid UTF-8 at byte offset {exc.start}"
        yield _rejected(STDIN_ORIGIN, reason, RejectCode.BAD_ENCODING)
        return
    except OSError as exc:
        yield _rejected(STDIN_ORIGIN, f"cannot read standard input: {exc}", RejectCode.UNREADABLE)
        return
    if len(text) > max_bytes:
        reason = f"standard input is larger than the limit of {max_bytes:,} bytes"
        yield _rejected(STDIN_ORIGIN, reason, RejectCode.TOO_LARGE)
        return
    if "\x00" in text:
        yield _rejected(STDIN_ORIGIN, "standard input is binary (contains NUL bytes)", RejectCode.BINARY)
        return
    yield _build(STDIN_ORIGIN, _text_fields(text), default_date)


def _read_directory(root: Path, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    found = False
    for path in _walk(root):
        found = True
        yield from _read_file(path, default_date, max_bytes)
    if not found:
        yield _rejected(str(root), "directory has no readable article files", RejectCode.EMPTY)


def _walk(root: Path) -> list[Path]:
    """Files under ``root`` with a known extension, sorted, skipping hidden files and folders."""
    files = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if _kind(path) in KNOWN_EXTENSIONS and path.is_file():
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).parts)


def _read_file(path: Path, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    origin = str(path)
    try:
        data = _load_bytes(path, max_bytes)
        suffix = _kind(path)
        if suffix == ".jsonl":
            yield from _read_jsonl(origin, _decode(data, html=False), default_date)
        elif suffix == ".csv":
            yield from _read_csv(origin, _decode(data, html=False), default_date, max_bytes)
        elif suffix in HTML_EXTENSIONS:
            yield _build(origin, _html_fields(_decode(data, html=True)), default_date)
        else:
            yield _build(origin, _text_fields(_decode(data, html=False)), default_date)
    except _Reject as rej:
        yield _rejected(origin, rej.reason, rej.code)


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
                    raise _Reject(RejectCode.TOO_LARGE, f"decompresses to over the limit of {max_bytes:,} bytes")
                chunks.append(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise _Reject(RejectCode.UNREADABLE, f"corrupt gzip file: {exc}") from None
    return b"".join(chunks)


def _load_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a file after checking it exists, fits the limit, and looks like text."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _Reject(RejectCode.NOT_FOUND, f"no such file: {path}") from None
    except OSError as exc:
        raise _Reject(RejectCode.UNREADABLE, f"cannot stat file: {exc.strerror}") from None
    # Check the size before reading so a huge file is never loaded into memory.
    if size > max_bytes:
        raise _Reject(RejectCode.TOO_LARGE, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    try:
        data = _gunzip(path, max_bytes) if path.suffix.lower() == ".gz" else path.read_bytes()
    except OSError as exc:
        raise _Reject(RejectCode.UNREADABLE, f"cannot read file: {exc.strerror}") from None
    if not data.strip():
        raise _Reject(RejectCode.EMPTY, "file is empty" if not data else "file has only whitespace")
    if _looks_binary(data[:SNIFF_BYTES]):
        raise _Reject(RejectCode.BINARY, "file is binary (NUL or control bytes), not text")
    return data


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROL_BYTES)
    return controls > MAX_CONTROL_RATIO * len(head)


def _decode(data: bytes, *, html: bool) -> str:
    """UTF-8 (a BOM is dropped); for HTML only, fall back to the charset the page declares."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + (len(data) - len(body))
        if html:
            declared = _declared_charset(data)
            if declared is not None:
                return declared
        reason = f"invalid UTF-8 at byte offset {offset} (byte 0x{data[offset]:02x})"
        raise _Reject(RejectCode.BAD_ENCODING, reason) from None


def _declared_charset(data: bytes) -> str | None:
    """Decode HTML with the charset of its <meta> tag, or None when absent or wrong."""
    match = _CHARSET.search(data[:SNIFF_BYTES])
    if match is None:
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _text_fields(content: str) -> _Fields:
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
    return _Fields(text=content)


def _header_fields(headers: dict[str, str], text: str) -> _Fields:
    def value(key: str) -> str | None:
        return headers.get(key) or None

    return _Fields(text=text, title=value("title"), date=value("date"), source=value("source"), url=value("url"))


def _html_fields(html: str) -> _Fields:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    except Exception as exc:  # a parser crash on one page must not stop the batch
        raise _Reject(RejectCode.NO_ARTICLE, f"HTML extraction failed: {exc}") from None
    values: dict[str, Any] = {}
    if isinstance(doc, dict):
        values = doc
    elif doc is not None:
        values = doc.as_dict()
    text = values.get("text") or ""
    words = len(text.split())
    if words < MIN_HTML_WORDS:
        raise _Reject(RejectCode.NO_ARTICLE, f"HTML page has no article text ({words} words extracted)")
    meta = {"author": values["author"]} if values.get("author") else {}
    return _Fields(
        text=text,
        title=values.get("title") or None,
        date=values.get("date") or None,
        url=values.get("url") or None,
        source=values.get("sitename") or None,
        meta=meta,
    )


def _read_jsonl(origin: str, content: str, default_date: dt.date | None) -> Iterator[Result]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _rejected(where, f"malformed JSON: {exc.msg} at column {exc.colno}", RejectCode.BAD_JSON)
            continue
        if not isinstance(record, dict):
            yield _rejected(where, "JSON line is not an object", RejectCode.BAD_JSON)
            continue
        yield _record_result(where, record, default_date)


def _read_csv(origin: str, content: str, default_date: dt.date | None, max_bytes: int) -> Iterator[Result]:
    # Article texts are long: allow fields up to the file size limit.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            yield _rejected(origin, "CSV file has no 'text' column in its header row", RejectCode.BAD_CSV)
            return
        start = reader.line_num + 1
        for row in reader:
            yield _record_result(f"{origin}:{start}", row, default_date)
            start = reader.line_num + 1
    except csv.Error as exc:
        yield _rejected(f"{origin}:{reader.line_num}", f"malformed CSV: {exc}", RejectCode.BAD_CSV)


def _record_result(where: str, record: Mapping[str, Any], default_date: dt.date | None) -> Result:
    text = record.get("text")
    if not isinstance(text, str):
        return _rejected(where, "record has no 'text' string field", RejectCode.NO_TEXT)
    extra = {k: v for k, v in record.items() if k not in RECORD_FIELDS and k is not None}
    fields = _Fields(
        text=text,
        title=_optional_str(record.get("title")),
        date=_optional_str(record.get("date")),
        url=_optional_str(record.get("url")),
        source=_optional_str(record.get("source")),
        id=_optional_str(record.get("id")),
        meta=extra,
    )
    return _build(where, fields, default_date)


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _build(origin: str, fields: _Fields, default_date: dt.date | None) -> Result:
    """Validate the fields and make the Article, or say why not."""
    given_id = fields.id
    if not fields.text.strip():
        return _rejected(origin, "article text is empty or only whitespace", RejectCode.EMPTY, given_id)
    identifier = given_id or article_id(fields.text)
    date = default_date
    if fields.date is not None:
        try:
            date = parse_date(fields.date)
        except ValueError:
            reason = f"publication date {fields.date!r} does not parse"
            return _rejected(origin, reason, RejectCode.BAD_DATE, identifier)
    language = _non_english(fields.text)
    if language is not None:
        reason = f"text is not English (detected {language[0]!r}, p={language[1]:.2f})"
        return _rejected(origin, reason, RejectCode.NOT_ENGLISH, identifier)
    return Article(
        id=identifier,
        text=fields.text,
        title=fields.title,
        date=date,
        url=fields.url,
        source=fields.source,
        origin=origin,
        meta=dict(fields.meta or {}),
    )


def _non_english(text: str) -> tuple[str, float] | None:
    """The detected language when it is confidently not English; None otherwise."""
    sample = text[:LANG_SAMPLE_CHARS]
    # Too few words and the detector guesses; let short texts through.
    if len(sample.split()) < LANG_MIN_WORDS:
        return None
    code, confidence = detect_language(sample)
    if code != "en" and confidence >= LANG_MIN_CONFIDENCE:
        return code, confidence
    return None
