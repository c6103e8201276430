"""Who said what: quotes and attributions, and the events they carry.

Public API: :func:`find_quotes` (the quote stage), :func:`link_events` and :func:`speaker_as_source` (run after events).
"""

from eventwire.quotes.extract import STAGE, VERSION, find_quotes
from eventwire.quotes.links import link_events, speaker_as_source

__all__ = ["STAGE", "VERSION", "find_quotes", "link_events", "speaker_as_source"]
