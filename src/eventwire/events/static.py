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

The contextual table (``static-ctx-minilm-l6-256``) replaces step 1 for every piece seen at least
:data:`MIN_COUNT` times in a corpus of news sentences (:func:`corpus_sentences`) by its mean output state there,
which is what the encoder's mean pooling averages; the other pieces get their one-word vector mapped by a ridge
regression fitted on the seen ones.

The choices (mean-pooled rather than the piece's own state, 256 dimensions, ``a`` = 1e-4, the contextual
means from 70% of the IndiaPoliceEvents documents) were made on a label-free criterion: how much of the
transformer's sentence vectors a linear map recovers from the static ones (ridge R^2) on CASE 2021 and the other
30% of the IndiaPoliceEvents documents, never on the classifier's cross-validation.
Special and unused pieces ([PAD], [UNK], [unusedN], ...) weigh nothing: a text of them alone gets a zero vector.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Protocol

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
#: The sha256 the builds give with the pinned packages here (another one still works; it is reported).
EXPECTED_SHA256: Final = "301e301cf13ad7136c0d64c6d111c7e3e3b8639e65313f1f0b3dc5f32bb3d5ad"
EXPECTED_CONTEXTUAL_SHA256: Final = "6d28a8ee60ae43329b3e91a8e08b44e0c79f0056b31bb6a57387507d4f088401"
#: A piece needs this many occurrences in the corpus for its mean state to replace its one-word vector.
MIN_COUNT: Final = 3
#: Sentences per encoder call while averaging states (sorted by length: little padding).
CORPUS_BATCH: Final = 16
#: The corpus of the contextual table: IndiaPoliceEvents sentences of at least this many words ...
CORPUS_MIN_WORDS: Final = 4
#: ... from this share of its documents, shuffled with this seed (the rest chose the recipe; module docstring).
CORPUS_SHARE: Final = 0.7
CORPUS_SEED: Final = 1


class Source(Protocol):
    """What a build reads from the transformer encoder (:class:`eventwire.events.embed.SentenceEncoder`)."""

    @property
    def vocabulary_size(self) -> int: ...

    def pooled(self, batch: list[list[int]]) -> npt.NDArray[np.float32]: ...

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]: ...

    def token_states(self, batch: list[list[int]]) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]: ...


def sif_weights(vocabulary_size: int) -> npt.NDArray[np.float32]:
    """A weight per piece id: SIF on a Zipf estimate of its frequency from its rank; 0 for special pieces."""
    rank = np.maximum(np.arange(vocabulary_size, dtype=np.float64) - FIRST_PIECE + 1, 1.0)
    harmonic = np.log(vocabulary_size) + 0.5772  # Zipf's normaliser, the harmonic number of the vocabulary size
    weights = SIF_A / (SIF_A + 1.0 / (rank * harmonic))
    weights[:FIRST_PIECE] = 0.0
    out: npt.NDArray[np.float32] = weights.astype(np.float32)
    return out


def distill(source: Source) -> npt.NDArray[np.float64]:
    """Every piece's vector: the encoder's mean-pooled output for the piece alone."""
    size = source.vocabulary_size
    out = np.zeros((size, source.pooled([[CLS, SEP]]).shape[1]), dtype=np.float64)
    for start in range(0, size, DISTILL_BATCH):
        ids = range(start, min(size, start + DISTILL_BATCH))
        out[start : start + len(ids)] = source.pooled([[CLS, piece, SEP] for piece in ids])
    return out


def corpus_sentences(root: Path | None = None) -> list[str]:
    """The contextual table's sentences, from ``india_police_events/sents.jsonl`` under the events gold folder."""
    from eventwire.errors import StageError
    from eventwire.eval import eval_root

    path = (root or eval_root() / "events") / "india_police_events" / "sents.jsonl"
    if not path.exists():
        raise StageError(f"the contextual static table is built from {path}, which is missing: set EVENTWIRE_EVAL")
    documents: dict[int, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = str(record["sent_text"]).strip()
            if len(text.split()) >= CORPUS_MIN_WORDS:
                documents.setdefault(int(record["doc_id"]), []).append(text)
    chosen = sorted(documents)
    random.Random(CORPUS_SEED).shuffle(chosen)
    return [text for doc in chosen[: int(len(chosen) * CORPUS_SHARE)] for text in documents[doc]]


def mean_states(source: Source, texts: Sequence[str]) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Each piece's summed output states over ``texts`` and how often it occurred."""
    ids = source.token_ids(texts)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    sums: npt.NDArray[np.float64] | None = None
    counts = np.zeros(source.vocabulary_size)
    for start in range(0, len(order), CORPUS_BATCH):
        hidden, mask = source.token_states([ids[i] for i in order[start : start + CORPUS_BATCH]])
        tokens = np.zeros(mask.shape, dtype=np.int64)
        for row, i in enumerate(order[start : start + CORPUS_BATCH]):
            tokens[row, : len(ids[i])] = ids[i]
        real = mask.astype(bool)
        if sums is None:
            sums = np.zeros((source.vocabulary_size, hidden.shape[2]))
        np.add.at(sums, tokens[real], hidden[real])
        np.add.at(counts, tokens[real], 1)
    assert sums is not None, "no sentences to average over"
    return sums, counts


def blend(
    isolated: npt.NDArray[np.float64], sums: npt.NDArray[np.float64], counts: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Mean states where a piece was seen :data:`MIN_COUNT` times; elsewhere its one-word vector, mapped to where
    mean states lie by a ridge regression fitted on the seen pieces."""
    seen = counts >= MIN_COUNT
    means = sums / np.maximum(counts, 1.0)[:, None]
    fit = seen.copy()
    fit[:FIRST_PIECE] = False
    inputs, targets = isolated[fit], means[fit]
    inputs_mean, targets_mean = inputs.mean(axis=0), targets.mean(axis=0)
    centred = inputs - inputs_mean
    ridge = np.linalg.solve(centred.T @ centred + np.eye(centred.shape[1]), centred.T @ (targets - targets_mean))
    mapped = (isolated - inputs_mean) @ ridge + targets_mean
    out: npt.NDArray[np.float64] = np.where(seen[:, None], means, mapped)
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


def build_static(source: Source, out: Path, dimensions: int = DIMENSIONS, corpus: Sequence[str] | None = None) -> str:
    """Write the table (``vectors`` float16, ``weights``) to ``out`` atomically and return its sha256; with a
    ``corpus``, the contextual table (mean states over its sentences)."""
    vectors = distill(source)
    if corpus:
        vectors = blend(vectors, *mean_states(source, corpus))
    reduced = reduce(vectors, dimensions)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        built = Path(tmp) / out.name
        with built.open("wb") as file:  # np.savez would add ".npz" to a name without it
            np.savez_compressed(file, vectors=reduced, weights=sif_weights(source.vocabulary_size))
        os.replace(built, out)  # a reader never sees a half-written table
    return hashlib.sha256(out.read_bytes()).hexdigest()


class StaticEncoder:
    """Unit-length weighted sums of static wordpiece vectors; the same vector for a text batched or alone."""

    def __init__(self, table: Path, tokenizer: Any) -> None:  # a tokenizers.Tokenizer (the package has no stubs)
        from eventwire.errors import StageError

        try:
            with np.load(table) as stored:
                weights = stored["weights"].astype(np.float32)
                self._table: Vectors = stored["vectors"].astype(np.float32) * weights[:, None]
        # A damaged or foreign file must be one clear error, whichever part of it is broken.
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise StageError(
                f"cannot read the static token vectors {table} ({type(exc).__name__}: {exc}): delete the file "
                "(one missing from the package is built into the cache on first use) or reinstall eventwire"
            ) from exc
        if self._table.ndim != 2 or len(weights) != len(self._table):
            raise StageError(f"{table} is not a table of static token vectors (shape {self._table.shape})")
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
