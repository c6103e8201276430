"""Pair classification: ``eventwire classify`` and the re-coding of rule events in the pipeline.

``classify_records`` takes records with ``text`` and ``source`` / ``target`` spans and returns each
with ``type``, ``scores`` (a probability per PLOVER type), ``quad_class``, the runner-up type and the
features that decided it.  A record that cannot be coded gets an ``error`` and the batch goes on.
"""

from __future__ import annotations

import collections
import functools
import itertools
import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any, Final, TypeVar

import numpy as np
import numpy.typing as npt

from eventwire.errors import InputError
from eventwire.events.classifier import Coding, PairClassifier, PairInputs, inputs_for, rule_features
from eventwire.events.embed import STATIC_ENCODER
from eventwire.events.ontology import DEFAULT_CAMEO, QUAD_CLASS, score
from eventwire.events.pairs import Pair, best_event, make_pair, participant_span
from eventwire.model import Article, ArticleResult, Event

_B = TypeVar("_B")
_T = TypeVar("_T")

MODELS_DIR: Final = Path(__file__).resolve().parent.parent / "data" / "models"
#: The shipped models: "full" reads sentence vectors too, "fast" n-grams and rules only, "static" sentence
#: vectors from static token vectors (:data:`eventwire.events.embed.STATIC_ENCODER`: no transformer pass, about
#: the full model's accuracy at about the fast model's cost); each "penta" model codes the CAMEO pentaclass
#: (0 statement, 1-4 QuadClass) of Multi-CoPED-style sentences from the same features.
MODEL_NAMES: Final = {
    "full": "plover-pairs",
    "fast": "plover-pairs-fast",
    "static": "plover-pairs-static",
    "penta": "cameo-penta",
    "penta-fast": "cameo-penta-fast",
    "penta-static": "cameo-penta-static",
}
#: The kinds ``eventwire classify --model`` takes.
PAIR_KINDS: Final = ("full", "fast", "static")
#: Records per batch: each distinct sentence in a batch is parsed and encoded once.
BATCH_SIZE: Final = 256
#: Records per batch when worker processes share the work (this process codes batches too).
WORKER_BATCH_SIZE: Final = 64
#: The classifier replaces a rule event's type only when it is at least this sure (Multi-CoPED pentaclass,
#: never trained on: rules alone 0.587, re-coded at 0.5 / 0.6 / 0.7: 0.596 / 0.594 / 0.596) ...
OVERRIDE_AT: Final = 0.7
#: ... and the rule is not one of the coder's sure patterns (verb + object, e.g. "impose sanctions"),
#: which follow the current PLOVER manual where the training annotators followed older conventions.
RULE_SURE: Final = 0.8


@functools.cache
def load_model(kind: str = "full", folder: Path | None = None) -> PairClassifier:
    """A shipped model by kind, or one saved by ``eventwire train`` in ``folder``."""
    if folder is None and kind not in MODEL_NAMES:
        raise InputError(f"no shipped event classifier {kind!r} (known: {', '.join(MODEL_NAMES)})")
    path = folder or MODELS_DIR / MODEL_NAMES[kind]
    if not (path / "model.json").exists():
        raise InputError(f"no event classifier at {path}: run `eventwire train` to build one")
    try:
        return PairClassifier.load(path)
    # A damaged or foreign folder must be one clear error, whichever part of it is broken.
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path} is not a readable eventwire classifier ({type(exc).__name__}: {exc})") from exc


# --------------------------------------------------------------------------- rule features


def _coding_stage(analysis: Any) -> None:
    """The rule coder alone: no quotes, places or dates are needed to read a pair."""
    analysis.result.events = analysis.parts.coder(analysis.doc, analysis.result.entities, (), analysis.excluded, ())


def rule_matches(pairs: Sequence[Pair], batch_size: int = 64) -> list[tuple[Event | None, list[Event]]]:
    """For each pair: the rule event that matches its spans (or None) and every rule event of its text.

    Each distinct text is parsed and coded once, however many pairs it has."""
    texts = list(dict.fromkeys(pair.text for pair in pairs))
    events_of = dict(zip(texts, rule_events(texts, batch_size), strict=True))
    out: list[tuple[Event | None, list[Event]]] = []
    for pair in pairs:
        events = events_of[pair.text]
        sources = [pair.source] if pair.source else []
        targets = [pair.target] if pair.target else []
        match = best_event(events, pair.text, sources, targets) if sources or targets else None
        out.append((match, events))
    return out


def rule_events(texts: Sequence[str], batch_size: int = 64) -> list[list[Event]]:
    """The rule coder's events of each text (none for a text the pipeline rejects)."""
    from eventwire.pipeline import actors_stage, process, sentences_stage

    articles = [Article(id=str(i), text=text) for i, text in enumerate(texts)]
    stages = (sentences_stage, actors_stage, _coding_stage)
    results = process(articles, batch_size=batch_size, stages=stages)
    return [list(result.events) if isinstance(result, ArticleResult) else [] for result in results]


def sentence_vectors(
    texts: Sequence[str], threads: int | None = None, encoder: str | None = None
) -> npt.NDArray[np.float32]:
    """Sentence vectors from ``encoder`` (default: the encoder new models are trained with)."""
    from eventwire.events.embed import DEFAULT_ENCODER, sentence_encoder

    return sentence_encoder(threads, encoder or DEFAULT_ENCODER).encode(list(texts))


def pair_inputs(pairs: Sequence[Pair], model: PairClassifier, encoder_threads: int | None = None) -> PairInputs:
    """The inputs ``model`` needs for ``pairs`` (rule coder and sentence vectors only when it uses them).

    The encoder runs in a thread beside the parser (onnxruntime and most of spaCy release the GIL), so on
    two cores the sentence vectors cost little more wall time than the parse."""
    if not model.config.use_vectors:
        return inputs_for(pairs, _rules(pairs, model), None)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-encoder") as encoder:
        vectors = encoder.submit(sentence_vectors, [p.text for p in pairs], encoder_threads, model.config.encoder)
        rules = _rules(pairs, model)
        return inputs_for(pairs, rules, vectors.result())


def _rules(pairs: Sequence[Pair], model: PairClassifier) -> list[dict[str, float]]:
    if not model.config.use_rules:
        return [{} for _ in pairs]
    return [rule_features(match, events) for match, events in rule_matches(pairs)]


def penta_model_for(model: PairClassifier, folder: Path | None = None) -> PairClassifier:
    """The pentaclass model to run beside ``model``: the one ``eventwire train --out`` saved next to the model
    folder ``folder`` (``DIR/cameo-penta-static`` beside ``DIR/plover-pairs-static``, ``DIR/cameo-penta`` beside
    ``DIR/plover-pairs`` or a renamed full model), else the shipped one that reads the same features."""
    if not model.config.use_vectors:
        kind = "penta-fast"
    else:
        kind = "penta-static" if model.config.encoder == STATIC_ENCODER else "penta"
    if folder is not None:
        plover, same_variant = MODEL_NAMES["full"], MODEL_NAMES["penta" if model.config.use_vectors else "penta-fast"]
        if folder.name.startswith(plover):  # plover-pairs-static -> cameo-penta-static
            names = [MODEL_NAMES["penta"] + folder.name[len(plover) :], same_variant]
        else:
            names = [same_variant]
        for name in names:
            if (folder.parent / name / "model.json").exists():
                return load_model(kind, folder.parent / name)
    return load_model(kind)


def classify(
    pairs: Sequence[Pair],
    model: PairClassifier | None = None,
    penta: bool = True,
    encoder_threads: int | None = None,
    penta_model: PairClassifier | None = None,
) -> list[Coding]:
    """A coding per pair; with ``penta`` also the CAMEO pentaclass (from the same features).

    ``encoder_threads``: onnxruntime threads for the sentence encoder (default: up to 2).
    ``penta_model``: default :func:`penta_model_for` ``model``."""
    model = model or load_model()
    if not pairs:
        return []
    inputs = pair_inputs(pairs, model, encoder_threads)
    codings = model.code(inputs)
    if penta:
        penta_model = penta_model or penta_model_for(model)
        penta_inputs = inputs
        if penta_model.config.use_vectors and penta_model.config.encoder != model.config.encoder:
            # Two encoders (a user's model beside the shipped penta model): each model reads its own vectors.
            vectors = sentence_vectors([p.text for p in pairs], encoder_threads, penta_model.config.encoder)
            penta_inputs = replace(inputs, vectors=vectors)
        for coding, label in zip(codings, penta_model.predict_labels(penta_inputs), strict=True):
            coding.pentaclass = int(label)
    return codings


# --------------------------------------------------------------------------- records (the CLI)


def coding_fields(coding: Coding) -> dict[str, Any]:
    return {
        "type": coding.type,
        "scores": coding.scores,
        "quad_class": coding.quad_class,
        "pentaclass": coding.pentaclass,
        "confidence": coding.confidence,
        "runner_up": coding.runner_up,
        "because": coding.because,
    }


def classify_records(
    records: Iterable[dict[str, Any] | InputError],
    model: PairClassifier | None = None,
    batch_size: int | None = None,
    workers: int = 1,
    kind: str = "full",
    folder: Path | None = None,
) -> Iterator[dict[str, Any]]:
    """Each record back with its coding (or an ``error``), in input order, a batch at a time.

    With ``workers > 1`` this process codes batches itself beside ``workers - 1`` worker processes, each
    loading spaCy and the model ``kind`` (or the one in ``folder``) once.  A worker takes batches only once it
    has started (several seconds), so a small input is coded here alone and a large one on every core.
    (Forking a warmed-up parent instead hung now and then in tests here: native thread pools and forks.)"""
    chosen = model or load_model(kind, folder)
    penta = penta_model_for(chosen, folder)
    if workers <= 1:
        for batch in _batches(records, batch_size or BATCH_SIZE):
            yield from _classify_batch(batch, chosen, penta)
        return
    # Smaller batches keep every process busy to the end; pairs over one sentence are usually adjacent.
    batches = _batches(records, batch_size or WORKER_BATCH_SIZE)
    # One encoder thread here too: the workers keep the other cores busy.
    here = functools.partial(_classify_list, model=chosen, penta_model=penta, encoder_threads=1)
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers - 1, mp_context=context, initializer=_start_worker, initargs=(kind, folder))
    try:
        started = pool.submit(_worker_ready)
        yield from share_batches(batches, here, pool, _classify_in_worker, started, depth=2 * (workers - 1))
    finally:
        # A worker still loading its models has no batch: stop it rather than wait for it.
        for process in list(pool._processes.values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def share_batches(
    batches: Iterable[_B],
    here: Callable[[_B], list[_T]],
    pool: Executor,
    remote: Callable[[_B], list[_T]],
    started: Future[Any],
    depth: int,
) -> Iterator[_T]:
    """The results of every batch, in order: coded by ``remote`` in ``pool`` while it has fewer than ``depth``
    batches (and only once ``started`` is done: workers still loading their models take none), else by
    ``here`` in this process.  Results are yielded as soon as every batch before them is done."""
    waiting: collections.deque[list[_T] | Future[list[_T]]] = collections.deque()
    for batch in batches:
        in_pool = sum(isinstance(slot, Future) and not slot.done() for slot in waiting)
        # A worker whose start failed takes no batch: this process codes it instead.
        if started.done() and started.exception() is None and in_pool < depth:
            waiting.append(pool.submit(remote, batch))
        else:
            waiting.append(here(batch))
        while waiting and (isinstance(waiting[0], list) or waiting[0].done()):
            yield from _done(waiting.popleft())
    while waiting:
        yield from _done(waiting.popleft())


def _done(slot: list[_T] | Future[list[_T]]) -> list[_T]:
    return slot if isinstance(slot, list) else slot.result()


def _batches(records: Iterable[dict[str, Any] | InputError], size: int) -> Iterator[list[dict[str, Any] | InputError]]:
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


#: A worker codes this pair as it starts, so that spaCy, the encoder and the models are all loaded.
WARM_UP: Final = {
    "text": "The army attacked the rebels.",
    "source": {"start": 0, "end": 8},
    "target": {"start": 18, "end": 28},
}
#: A worker's models, loaded once when it starts.
_WORKER_MODELS: dict[str, PairClassifier] = {}


def _start_worker(kind: str, folder: Path | None) -> None:
    """Workers leave Ctrl-C to the parent, and load spaCy, the encoder and the models before any batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    model = load_model(kind, folder)
    penta = penta_model_for(model, folder)
    _WORKER_MODELS.update(model=model, penta=penta)
    _classify_list([WARM_UP], model, penta)  # the first batch pays for lazy loading, not a caller's


def _worker_ready() -> bool:
    return True


def _classify_in_worker(batch: list[dict[str, Any] | InputError]) -> list[dict[str, Any]]:
    # One encoder thread per worker: the processes already keep every core busy.
    return _classify_list(batch, _WORKER_MODELS["model"], _WORKER_MODELS["penta"], encoder_threads=1)


def _classify_list(
    batch: list[dict[str, Any] | InputError],
    model: PairClassifier,
    penta_model: PairClassifier,
    encoder_threads: int | None = None,
) -> list[dict[str, Any]]:
    return list(_classify_batch(batch, model, penta_model, encoder_threads))


def _classify_batch(
    batch: list[dict[str, Any] | InputError],
    model: PairClassifier,
    penta_model: PairClassifier,
    encoder_threads: int | None = None,
) -> Iterator[dict[str, Any]]:
    pairs: list[Pair] = []
    results: list[dict[str, Any] | int] = []
    for record in batch:
        if isinstance(record, InputError):
            results.append({"error": str(record)})
            continue
        try:
            pairs.append(make_pair(record))
            results.append(len(pairs) - 1)
        except InputError as exc:
            results.append({**record, "error": str(exc)})
    codings = classify(pairs, model, encoder_threads=encoder_threads, penta_model=penta_model)
    for record, result in zip(batch, results, strict=True):
        if isinstance(result, int):
            assert isinstance(record, dict)
            yield {**record, **coding_fields(codings[result])}
        else:
            yield result


# --------------------------------------------------------------------------- the pipeline


def recode_events(text: str, events: list[Event], model: PairClassifier | None = None) -> list[Event]:
    """The rule events with their type checked by the classifier: scores and runner-up in the explanation,
    and the type replaced where the classifier is sure enough and disagrees."""
    if not events:
        return events
    model = model or load_model("fast")
    pairs, rules = [], []
    for event in events:
        start, end = event.sentence.start, event.sentence.end
        pairs.append(
            Pair(
                text[start:end],
                _relative(participant_span(event.source), start, end),
                _relative(participant_span(event.target), start, end),
            )
        )
        siblings = [e for e in events if e.sentence == event.sentence]
        rules.append(rule_features(event, siblings))
    vectors = None
    if model.config.use_vectors:
        vectors = sentence_vectors([p.text for p in pairs], encoder=model.config.encoder)
    codings = model.code(inputs_for(pairs, rules, vectors))
    return [_apply(event, coding) for event, coding in zip(events, codings, strict=True)]


def _relative(span: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    if span is None or span[0] < start or span[1] > end:
        return None
    return span[0] - start, span[1] - start


def _apply(event: Event, coding: Coding) -> Event:
    top = sorted(coding.scores.items(), key=lambda kv: -kv[1])[:3]
    summary = ", ".join(f"{t} {p:.2f}" for t, p in top)
    if coding.type == event.type or coding.confidence < OVERRIDE_AT or event.confidence >= RULE_SURE:
        note = f"model agrees: {summary}" if coding.type == event.type else f"model prefers {coding.type}: {summary}"
        return replace(event, explanation=_join(event.explanation, note))
    note = f"model re-coded {event.type} as {coding.type} ({summary}; {'; '.join(coding.because)})"
    return replace(
        event,
        type=coding.type,
        mode=None,
        cameo=DEFAULT_CAMEO[coding.type],
        quad_class=QUAD_CLASS[coding.type],
        score=score(coding.type, None),
        explanation=_join(event.explanation, note),
    )


def _join(first: str, second: str) -> str:
    return f"{first}; {second}" if first else second
