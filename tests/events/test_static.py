"""Static token vectors: a unit-length row per text from a table of wordpiece vectors, the same batched or alone,
with unknown pieces and empty texts giving nothing rather than an error.

The table here is distilled from a small embedding-layer encoder (each piece's fixed random vector, mean-pooled
as the real encoder pools), so the build runs in a second; the real table goes through the same code."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from eventwire.events.embed import ENCODERS, STATIC_ENCODER, load_tokenizer
from eventwire.events.static import FIRST_PIECE, StaticEncoder, build_static, sif_weights

VOCABULARY = 30_522
DIMENSIONS = 8
SHELLED = "Russian troops shelled Ukrainian positions near Kharkiv overnight."


EMBEDDINGS = np.random.default_rng(7).standard_normal((VOCABULARY, 32))


def embedding_encoder(ids: Sequence[Sequence[int]]) -> np.ndarray:
    """Mean of fixed random 32-d piece embeddings: an encoder of one embedding layer and mean pooling."""
    rows: np.ndarray = EMBEDDINGS[np.asarray(ids)].mean(axis=1)
    return rows


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("static") / "table.npz"
    build_static(embedding_encoder, VOCABULARY, out, dimensions=DIMENSIONS)
    return out


@pytest.fixture(scope="module")
def encoder(table: Path) -> StaticEncoder:
    return StaticEncoder(table, load_tokenizer())


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        ([], 0),
        (["Talks resumed."], 1),
        ([SHELLED, "Ukraine severed diplomatic relations with Russia.", SHELLED], 3),
    ],
)
def test_every_text_gets_a_unit_length_row_of_the_table_width(
    encoder: StaticEncoder, texts: list[str], rows: int
) -> None:
    vectors = encoder.encode(texts)
    assert vectors.shape == (rows, DIMENSIONS) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), np.ones(rows), atol=1e-5)


@pytest.mark.parametrize("text", ["", "   ", "\n", "😀 ☃"])
def test_a_text_without_known_pieces_gets_a_zero_row(encoder: StaticEncoder, text: str) -> None:
    assert not encoder.encode([text, SHELLED])[0].any()


@pytest.mark.parametrize("unknown", ["😀", "☃ ☃"])
def test_an_unknown_character_leaves_the_vector_as_it_was(encoder: StaticEncoder, unknown: str) -> None:
    with_unknown, without = encoder.encode([f"{SHELLED} {unknown}", SHELLED])
    np.testing.assert_array_equal(with_unknown, without)


def test_an_unseen_word_is_read_from_its_pieces(encoder: StaticEncoder) -> None:
    vectors = encoder.encode(["Zyxqavian rebels shelled the town.", "The town was quiet."])
    assert np.linalg.norm(vectors[0]) == pytest.approx(1.0, abs=1e-5)
    assert not np.array_equal(vectors[0], vectors[1])


def test_a_text_gets_the_same_row_batched_alone_or_repeated(encoder: StaticEncoder) -> None:
    texts = [SHELLED, "Talks resumed.", SHELLED, "", "The minister spoke about the budget. " * 40]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([text]) for text in texts])
    np.testing.assert_array_equal(together, alone)
    np.testing.assert_array_equal(together[0], together[2])


def test_every_word_of_a_long_text_counts(encoder: StaticEncoder) -> None:
    long_text = " ".join(["the minister spoke about the budget"] * 40)  # far past the transformer's 128 tokens
    before, after = encoder.encode([long_text, f"{long_text} protesters stormed parliament"])
    assert not np.allclose(before, after)


def test_word_order_is_not_seen(encoder: StaticEncoder) -> None:
    """A bag of pieces: who did what to whom comes from the classifier's other features."""
    first, second = encoder.encode(["Russia attacked Ukraine", "Ukraine attacked Russia"])
    np.testing.assert_allclose(first, second, atol=1e-6)


def test_the_build_is_deterministic(table: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.npz"
    digest = build_static(embedding_encoder, VOCABULARY, again, dimensions=DIMENSIONS)
    assert digest == hashlib.sha256(table.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("piece", "weight"),
    [
        ("[PAD]", 0.0),
        ("[UNK]", 0.0),
        ("[CLS]", 0.0),
        ("[unused5]", 0.0),
    ],
)
def test_special_pieces_weigh_nothing(piece: str, weight: float) -> None:
    assert sif_weights(VOCABULARY)[load_tokenizer().token_to_id(piece)] == weight


@pytest.mark.parametrize(
    ("frequent", "rare"),
    [
        ("the", "shelled"),
        ("of", "ceasefire"),
        ("said", "parliament"),
    ],
)
def test_frequent_pieces_weigh_less_than_rare_ones(frequent: str, rare: str) -> None:
    tokenizer, weights = load_tokenizer(), sif_weights(VOCABULARY)
    tokenizer.no_padding()
    rare_ids = tokenizer.encode(rare, add_special_tokens=False).ids
    assert all(weights[tokenizer.token_to_id(frequent)] < weights[piece] for piece in rare_ids)
    assert weights[FIRST_PIECE:].min() > 0.0 and weights.max() < 1.0


def test_the_static_encoder_is_a_named_choice_of_its_width() -> None:
    spec = ENCODERS[STATIC_ENCODER]
    assert spec.static and spec.dimensions == 256 and spec.built_from in ENCODERS
