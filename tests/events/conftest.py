"""Built model files (the opt-in quantized encoder) go to a folder of this test session, not the user's cache."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _session_model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    before = os.environ.get("EVENTWIRE_CACHE")
    os.environ["EVENTWIRE_CACHE"] = str(tmp_path_factory.mktemp("eventwire-cache"))
    yield
    if before is None:
        os.environ.pop("EVENTWIRE_CACHE", None)
    else:
        os.environ["EVENTWIRE_CACHE"] = before
