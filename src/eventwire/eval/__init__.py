"""Scorers that compare eventwire output with gold-standard data sets."""

from __future__ import annotations

import os
from pathlib import Path


def eval_root() -> Path:
    """Where the gold data lives: ``$EVENTWIRE_EVAL``, else ``../shared/eval`` beside the checkout."""
    configured = os.environ.get("EVENTWIRE_EVAL")
    if configured:
        return Path(configured)
    beside_checkout = Path(__file__).resolve().parents[4] / "shared" / "eval"
    return beside_checkout if beside_checkout.is_dir() else Path.cwd().parent / "shared" / "eval"
