"""Rejection codes of the ingest stage, in one place so the store and CLI can list them."""

from __future__ import annotations

from enum import StrEnum


class RejectCode(StrEnum):
    """Why an input did not become an article; the value is what ``Rejected.code`` holds."""

    NOT_FOUND = "not-found"
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too-large"
    BAD_ENCODING = "bad-encoding"
    NOT_ENGLISH = "not-english"
    NO_ARTICLE = "no-article"
    BAD_JSON = "bad-json"
    BAD_CSV = "bad-csv"
    NO_TEXT = "no-text"
    BAD_DATE = "bad-date"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"
    FETCH_FAILED = "fetch-failed"
    BAD_FEED = "bad-feed"
    BAD_WARC = "bad-warc"
    BAD_PARQUET = "bad-parquet"


# One-line explanations, for a CLI listing of the codes.
DESCRIPTIONS: dict[RejectCode, str] = {
    RejectCode.NOT_FOUND: "the path does not exist",
    RejectCode.EMPTY: "the input is empty or only whitespace",
    RejectCode.BINARY: "the input is binary, not text",
    RejectCode.TOO_LARGE: "the input is larger than the size limit",
    RejectCode.BAD_ENCODING: "the input is not valid UTF-8 (nor, for HTML, its declared charset)",
    RejectCode.NOT_ENGLISH: "the text is not in English",
    RejectCode.NO_ARTICLE: "no article text could be extracted from the HTML",
    RejectCode.BAD_JSON: "a JSONL line is not a JSON object",
    RejectCode.BAD_CSV: "the CSV file is malformed or has no text column",
    RejectCode.NO_TEXT: "a record has no text field",
    RejectCode.BAD_DATE: "the publication date does not parse",
    RejectCode.UNREADABLE: "the file could not be read (permissions, I/O error)",
    RejectCode.UNSUPPORTED: "an input kind not read (a URL that is not http(s); URLs are read as feeds only)",
    RejectCode.FETCH_FAILED: "an http(s) feed could not be fetched (HTTP error, timeout, no connection)",
    RejectCode.BAD_FEED: "the RSS/Atom feed is malformed, truncated, or not a feed",
    RejectCode.BAD_WARC: "a WARC/WET record is corrupt; the records after it are still read",
    RejectCode.BAD_PARQUET: "the Parquet file is corrupt or has no text column",
}
