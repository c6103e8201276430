"""Sentence vectors: one unit-length row per text, in input order, the same batched or one at a time,
from every encoder a classifier may name."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import StageError
from eventwire.events.embed import (
    DIMENSIONS,
    ENCODERS,
    LEGACY_ENCODER,
    QUANTIZED_ENCODER,
    STATIC_ENCODER,
    SentenceEncoder,
    build_encoder,
    sentence_encoder,
)
from eventwire.events.quantize import EXPECTED_SHA256, cache_dir

pytestmark = pytest.mark.slow

TEXTS = [
    "Russian troops shelled Ukrainian positions near Kharkiv overnight.",
    "Ukraine severed diplomatic relations with Russia on Thursday.",
    "Russian troops shelled Ukrainian positions near Kharkiv overnight.",
    "Talks resumed.",
    "",
    " ".join(["The minister spoke at length about the economy and the budget."] * 30),
]


#: The transformer encoders (the static one is tested in test_static.py: its table takes a minute to build).
GRAPHS = sorted(name for name, spec in ENCODERS.items() if not spec.static)


@pytest.mark.parametrize("encoder", GRAPHS)
@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_batched_vectors_equal_vectors_made_one_at_a_time(encoder: str, batch_size: int) -> None:
    model = sentence_encoder(None, encoder)
    together = model.encode(TEXTS, batch_size=batch_size)
    alone = np.vstack([model.encode([text]) for text in TEXTS])
    assert together.shape == (len(TEXTS), DIMENSIONS)
    np.testing.assert_allclose(together, alone, atol=1e-6)


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        ([], 0),
        (["Talks resumed."], 1),
        (TEXTS, len(TEXTS)),
    ],
)
def test_every_text_gets_a_unit_length_row(texts: list[str], rows: int) -> None:
    vectors = sentence_encoder().encode(texts)
    assert vectors.shape == (rows, DIMENSIONS)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), np.ones(rows), atol=1e-5)


def test_a_repeated_text_gets_the_same_row() -> None:
    vectors = sentence_encoder().encode(TEXTS)
    assert np.array_equal(vectors[0], vectors[2])
    assert not np.array_equal(vectors[0], vectors[1])


def test_the_quantized_encoder_stays_close_to_the_graph_it_was_made_from() -> None:
    quantized = sentence_encoder(None, QUANTIZED_ENCODER).encode(TEXTS)
    original = sentence_encoder(None, LEGACY_ENCODER).encode(TEXTS)
    cosines = (quantized * original).sum(axis=1)
    assert cosines.min() > 0.97, cosines


def test_a_static_table_is_not_loaded_as_a_graph() -> None:
    with pytest.raises(StageError, match="not a graph"):
        SentenceEncoder(None, STATIC_ENCODER)


def test_an_unknown_encoder_is_a_clear_error() -> None:
    with pytest.raises(StageError, match="unknown sentence encoder"):
        sentence_encoder(None, "no-such-encoder")


def test_the_quantized_graph_is_built_once_into_the_cache_as_documented() -> None:
    graph = ENCODERS[QUANTIZED_ENCODER].path()
    assert graph.is_relative_to(cache_dir()) and graph.exists()
    assert hashlib.sha256(graph.read_bytes()).hexdigest() == EXPECTED_SHA256
    assert ENCODERS[QUANTIZED_ENCODER].path() == graph  # a second lookup reuses it


def test_an_unwritable_cache_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CACHE", str(blocker))
    with pytest.raises(StageError, match="set EVENTWIRE_CACHE to a writable folder"):
        ENCODERS[QUANTIZED_ENCODER].path()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("minilm-l6-int8", "comes from its package and is not built"),
        ("no-such-encoder", "unknown sentence encoder"),
    ],
)
def test_only_a_built_encoder_can_be_built_ahead(name: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(StageError, match=message):
        build_encoder(name, tmp_path / "out")
    assert not (tmp_path / "out").exists()
