"""eventwire: news articles in, structured and queryable event data out.

>>> import eventwire
>>> result = eventwire.extract("Police arrested ten protesters in Minsk.", date="2022-01-13")  # doctest: +SKIP

The heavy modules (spaCy, the gazetteer) load on first use, not on ``import eventwire``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.21.0"
__all__ = ["__version__", "extract", "extract_many", "run", "to_dict"]

if TYPE_CHECKING:
    from eventwire.api import extract, extract_many, run, to_dict


def __getattr__(name: str) -> Any:
    """Lazy re-exports of the API, so that ``import eventwire`` stays cheap."""
    if name in ("extract", "extract_many", "run", "to_dict"):
        from eventwire import api

        return getattr(api, name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
