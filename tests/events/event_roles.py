"""The coder's events read as (type, source words, target words), the shape the role tables are written in."""

from __future__ import annotations

from eventwire.api import extract
from eventwire.model import Participant


def _words(part: Participant | None) -> str | None:
    return part.span.text if part is not None else None


def participants(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each event of ``text`` (published 2 March 2022) as its type and its source's and target's words."""
    return [(e.type, _words(e.source), _words(e.target)) for e in extract(text, date="2022-03-02").events]
