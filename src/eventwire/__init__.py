"""eventwire: news articles in, structured and queryable event data out."""

from __future__ import annotations

__version__ = "0.1.0"
