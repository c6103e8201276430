"""Ingest stage: read inputs into articles and mark their non-body parts."""

from eventwire.ingest.clean import blank_spans, dateline_place, mark_non_body
from eventwire.ingest.errors import DESCRIPTIONS, RejectCode
from eventwire.ingest.readers import (
    KNOWN_EXTENSIONS,
    article_id,
    detect_language,
    parse_date,
    read_inputs,
)

__all__ = [
    "DESCRIPTIONS",
    "KNOWN_EXTENSIONS",
    "RejectCode",
    "article_id",
    "blank_spans",
    "dateline_place",
    "detect_language",
    "mark_non_body",
    "parse_date",
    "read_inputs",
]
