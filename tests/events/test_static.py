"""Static token vectors: a unit-length row per text from a table of wordpiece vectors, the same batched or alone,
with unknown pieces and empty texts giving nothing rather than an error.

The table here is distilled from a small embedding-layer encoder (each piece's fixed random vector, mean-pooled
as the real encoder pools; no context, so a piece's state is its vector wherever it is), so a build runs in a
second; the real tables go through the same code."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import StageError
from eventwire.events import embed
from eventwire.events.embed import ENCODERS, STATIC_ENCODER, load_tokenizer
from eventwire.events.quantize import cache_dir
from eventwire.events.static import (
    EXPECTED_SHA256,
    FIRST_PIECE,
    MIN_COUNT,
    StaticEncoder,
    blend,
    build_static,
    sif_weights,
)

VOCABULARY = 30_522
DIMENSIONS = 8
SHELLED = "Russian troops shelled Ukrainian positions near Kharkiv overnight."


class EmbeddingEncoder:
    """Fixed random 32-d piece embeddings, mean-pooled: an encoder of one embedding layer."""

    vocabulary_size = VOCABULARY

    def __init__(self) -> None:
        self.embeddings = np.random.default_rng(7).standard_normal((VOCABULARY, 32)).astype(np.float32)
        self.tokenizer = load_tokenizer()
        self.tokenizer.no_padding()

    def pooled(self, batch: list[list[int]]) -> np.ndarray:
        rows: np.ndarray = self.embeddings[np.asarray(batch)].mean(axis=1)
        return rows

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        return [encoding.ids for encoding in self.tokenizer.encode_batch(list(texts))]

    def token_states(self, batch: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        longest = max(len(ids) for ids in batch)
        tokens = np.zeros((len(batch), longest), dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.int64)
        for row, ids in enumerate(batch):
            tokens[row, : len(ids)], mask[row, : len(ids)] = ids, 1
        return self.embeddings[tokens], mask


SOURCE = EmbeddingEncoder()


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("static") / "table.npz"
    build_static(SOURCE, out, dimensions=DIMENSIONS)
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
    digest = build_static(SOURCE, again, dimensions=DIMENSIONS)
    assert digest == hashlib.sha256(table.read_bytes()).hexdigest()


def test_a_contextual_build_is_deterministic_and_reads_the_corpus(table: Path, tmp_path: Path) -> None:
    corpus = ["Ukraine severed diplomatic relations with Russia.", "Protesters stormed parliament on Monday."] * 3
    digests = {build_static(SOURCE, tmp_path / f"{n}.npz", dimensions=DIMENSIONS, corpus=corpus) for n in range(2)}
    assert len(digests) == 1
    with np.load(table) as one_word, np.load(tmp_path / "0.npz") as averaged:
        assert averaged["vectors"].shape == one_word["vectors"].shape
        assert not np.array_equal(averaged["vectors"], one_word["vectors"])


def test_a_piece_seen_often_enough_takes_its_mean_state() -> None:
    isolated = np.arange(VOCABULARY * 2, dtype=np.float64).reshape(VOCABULARY, 2)
    sums, counts = np.zeros((VOCABULARY, 2)), np.zeros(VOCABULARY)
    piece = load_tokenizer().token_to_id("ceasefire")
    sums[piece], counts[piece] = [30.0, 60.0], MIN_COUNT
    sums[FIRST_PIECE : FIRST_PIECE + 10], counts[FIRST_PIECE : FIRST_PIECE + 10] = 1.0, MIN_COUNT
    blended = blend(isolated, sums, counts)
    np.testing.assert_allclose(blended[piece], [10.0, 20.0])
    assert blended.shape == isolated.shape and np.isfinite(blended).all()


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


def test_the_table_in_use_is_the_documented_build() -> None:
    """The shipped static models were trained on these vectors; set-up (or first use) builds them from the pinned
    encoder, and a build that rounded differently would silently change their scores."""
    table = ENCODERS[STATIC_ENCODER].path()
    assert hashlib.sha256(table.read_bytes()).hexdigest() == EXPECTED_SHA256


def test_a_table_missing_from_the_package_is_looked_up_in_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(embed, "ENCODER_DIR", tmp_path / "package")
    built = cache_dir() / "encoder" / ENCODERS[STATIC_ENCODER].file
    built.parent.mkdir(parents=True)
    built.write_bytes(b"")  # present, so nothing is built here (a real build takes a minute)
    assert ENCODERS[STATIC_ENCODER].path() == built


def _npz(**arrays: np.ndarray) -> bytes:
    import io

    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a table",
        _npz(vectors=np.zeros((4, 2), dtype=np.float16)),  # no weights
        _npz(vectors=np.zeros((4, 2), dtype=np.float16), weights=np.ones(3, dtype=np.float32)),  # sizes differ
        b"PK\x03\x04" + b"\x00" * 40,  # a truncated zip
    ],
    ids=["empty", "text", "no weights", "sizes differ", "truncated"],
)
def test_a_damaged_table_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    table = tmp_path / "table.npz"
    table.write_bytes(content)
    with pytest.raises(StageError, match="static token vectors"):
        StaticEncoder(table, load_tokenizer())
