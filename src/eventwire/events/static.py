"""Static token vectors distilled from the MiniLM sentence encoder: a sentence vector without a transformer pass.

The opt-in encoder ``static-minilm-l6-256`` (:mod:`eventwire.events.embed`) embeds a sentence as the weighted sum
of its wordpieces' vectors, made unit-length: about a hundredth of the transformer's CPU time per sentence.  The
table is built once from the pinned packages, nothing downloaded (:func:`build_static`, a minute on two cores):

1. every wordpiece of the tokenizer's vocabulary goes through the encoder alone (``[CLS] piece [SEP]``) and its
   mean-pooled output, what the encoder says of that piece as a one-word sentence, becomes its vector;
2. the vectors are centred and reduced by PCA to :data:`DIMENSIONS` (the components' signs fixed, so a rebuild
   gives the same axes);
3. each piece gets a SIF weight ``a / (a + p)`` (Arora et al. 2017), ``p`` from Zipf's law on the piece's rank
   in the vocabulary, which lists BERT's wordpieces roughly by frequency: frequent pieces count for little.

The choices (mean-pooled rather than the piece's own state, 256 dimensions, ``a`` = 1e-4) were made on a
label-free criterion: how much of the transformer's sentence vectors a linear map recovers from the static ones
(ridge R^2) on CASE 2021 and IndiaPoliceEvents sentences, never on the classifier's cross-validation.
Special and unused pieces ([PAD], [UNK], [unusedN], ...) weigh nothing: a text of them alone gets a zero vector.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

Vectors = npt.NDArray[np.float32]

DIMENSIONS: Final = 256
#: SIF's smoothing: a piece of probability ``p`` weighs ``a / (a + p)``.
SIF_A: Final = 1e-4
#: BERT's uncased vocabulary: [PAD], [unusedN], [UNK], [CLS], [SEP], [MASK] come before the first real piece.
FIRST_PIECE: Final = 999
CLS, SEP = 101, 102
#: Pieces per encoder call while distilling (each is three tokens long).
DISTILL_BATCH: Final = 512
#: The sha256 the build gives with the pinned packages here (another one still works; it is reported).
EXPECTED_SHA256: Final = "unknown"


def sif_weights(vocabulary_size: int) -> npt.NDArray[np.float32]:
    """A weight per piece id: SIF on a Zipf estimate of its frequency from its rank; 0 for special pieces."""
    rank = np.maximum(np.arange(vocabulary_size, dtype=np.float64) - FIRST_PIECE + 1, 1.0)
    harmonic = np.log(vocabulary_size) + 0.5772  # Zipf's normaliser, the harmonic number of the vocabulary size
    weights = SIF_A / (SIF_A + 1.0 / (rank * harmonic))
    weights[:FIRST_PIECE] = 0.0
    out: npt.NDArray[np.float32] = weights.astype(np.float32)
    return out


def distill(pooled: Any, vocabulary_size: int) -> npt.NDArray[np.float64]:
    """Every piece's vector: ``pooled(ids)`` is the encoder's mean-pooled output for a batch of token-id rows."""
    out = np.zeros((vocabulary_size, pooled([[CLS, SEP]]).shape[1]), dtype=np.float64)
    for start in range(0, vocabulary_size, DISTILL_BATCH):
        ids = range(start, min(vocabulary_size, start + DISTILL_BATCH))
        out[start : start + len(ids)] = pooled([[CLS, piece, SEP] for piece in ids])
    return out


def reduce(vectors: npt.NDArray[np.float64], dimensions: int = DIMENSIONS) -> npt.NDArray[np.float16]:
    """Centred PCA over the real pieces; each component's largest loading positive (SVD's signs are arbitrary)."""
    real = vectors[FIRST_PIECE:]
    centred = vectors - real.mean(axis=0)
    _, _, components = np.linalg.svd(centred[FIRST_PIECE:], full_matrices=False)
    components = components[:dimensions]
    largest = np.abs(components).argmax(axis=1)
    components *= np.sign(components[np.arange(len(components)), largest])[:, None]
    reduced = centred @ components.T
    reduced[:FIRST_PIECE] = 0.0
    out: npt.NDArray[np.float16] = reduced.astype(np.float16)
    return out


def build_static(pooled: Any, vocabulary_size: int, out: Path, dimensions: int = DIMENSIONS) -> str:
    """Write the table (``vectors`` float16, ``weights``) to ``out`` atomically and return its sha256."""
    vectors = reduce(distill(pooled, vocabulary_size), dimensions)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        built = Path(tmp) / out.name
        with built.open("wb") as file:  # np.savez would add ".npz" to a name without it
            np.savez_compressed(file, vectors=vectors, weights=sif_weights(vocabulary_size))
        os.replace(built, out)  # a reader never sees a half-written table
    return hashlib.sha256(out.read_bytes()).hexdigest()


class StaticEncoder:
    """Unit-length weighted sums of static wordpiece vectors; the same vector for a text batched or alone."""

    def __init__(self, table: Path, tokenizer: Any) -> None:
        with np.load(table) as stored:
            weights = stored["weights"].astype(np.float32)
            self._table: Vectors = stored["vectors"].astype(np.float32) * weights[:, None]
        self.dimensions = int(self._table.shape[1])
        self._tokenizer = tokenizer
        self._tokenizer.no_truncation()  # every word counts, however long the sentence: the cost is linear
        self._tokenizer.no_padding()

    def encode(self, texts: Sequence[str], batch_size: int = 0) -> Vectors:
        """One row per text, in input order (``batch_size`` is for the transformer encoders' signature)."""
        ids = [encoding.ids for encoding in self._tokenizer.encode_batch(list(texts), add_special_tokens=False)]
        rows = np.repeat(np.arange(len(ids)), [len(piece_ids) for piece_ids in ids])
        columns = np.fromiter((piece for piece_ids in ids for piece in piece_ids), dtype=np.int64, count=len(rows))
        counts = sp.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=(len(ids), len(self._table))
        )
        sums = np.asarray(counts @ self._table, dtype=np.float32)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        unit: Vectors = (sums / np.where(norms > 0, norms, 1.0)).astype(np.float32)
        return unit
