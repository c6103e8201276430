"""Who said what: quotes and attributions, and the events they carry.

Public API: :func:`find_quotes` (the quote stage) and :func:`link_events` (run after events).
"""

from eventwire.quotes.extract import STAGE, VERSION, find_quotes
from eventwire.quotes.links import link_events

__all__ = ["STAGE", "VERSION", "find_quotes", "link_events"]
