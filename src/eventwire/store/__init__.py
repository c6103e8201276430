"""Persistent storage of processed articles: ``open_store("eventwire.db")``."""

from eventwire.errors import StoreError
from eventwire.store.sqlite import DEFAULT_PATH, Store, content_hash, open_store

__all__ = ["DEFAULT_PATH", "Store", "StoreError", "content_hash", "open_store"]
