"""Sentence vectors: one unit-length row per text, in input order, the same batched or one at a time."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.events.embed import DIMENSIONS, sentence_encoder

pytestmark = pytest.mark.slow

TEXTS = [
    "Russian troops shelled Ukrainian positions near Kharkiv overnight.",
    "Ukraine severed diplomatic relations with Russia on Thursday.",
    "Russian troops shelled Ukrainian positions near Kharkiv overnight.",
    "Talks resumed.",
    "",
    " ".join(["The minister spoke at length about the economy and the budget."] * 30),
]


@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_batched_vectors_equal_vectors_made_one_at_a_time(batch_size: int) -> None:
    encoder = sentence_encoder()
    together = encoder.encode(TEXTS, batch_size=batch_size)
    alone = np.vstack([encoder.encode([text]) for text in TEXTS])
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
