"""The exception hierarchy: callers (the CLI above all) catch ``EventwireError`` to print a clean message."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError, ValueError):
    """Bad input from the user: an unreadable file, an unknown option value.

    Also a ``ValueError`` so callers that validate arguments the usual way still catch it.
    """


class StoreError(EventwireError):
    """The event store cannot be opened, read or written."""


class StageError(EventwireError):
    """A pipeline stage failed on an article."""
