"""Pair classification: ``eventwire classify`` and the re-coding of rule events in the pipeline.

``classify_records`` takes records with ``text`` and ``source`` / ``target`` spans and returns each
with ``type``, ``scores`` (a probability per PLOVER type), ``quad_class``, the runner-up type and the
features that decided it.  A record that cannot be coded gets an ``error`` and the batch goes on.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from eventwire.errors import InputError
from eventwire.events.classifier import Coding, PairClassifier, PairInputs, inputs_for, rule_features
from eventwire.events.ontology import DEFAULT_CAMEO, QUAD_CLASS, score
from eventwire.events.pairs import Pair, best_event, make_pair, participant_span
from eventwire.model import Article, ArticleResult, Event

MODELS_DIR: Final = Path(__file__).resolve().parent.parent / "data" / "models"
#: The shipped models: "full" reads sentence vectors too; "fast" is n-grams and rules only.
MODEL_NAMES: Final = {"full": "plover-pairs", "fast": "plover-pairs-fast"}
#: The classifier replaces a rule event's type only when it is at least this sure (measured on PLV CV).
OVERRIDE_AT: Final = 0.5


@functools.cache
def load_model(kind: str = "full", folder: Path | None = None) -> PairClassifier:
    """A shipped model by kind, or one saved by ``eventwire train`` in ``folder``."""
    path = folder or MODELS_DIR / MODEL_NAMES[kind]
    if not (path / "model.json").exists():
        raise InputError(f"no event classifier at {path}: run `eventwire train` to build one")
    return PairClassifier.load(path)


# --------------------------------------------------------------------------- rule features


def _coding_stage(analysis: Any) -> None:
    """The rule coder alone: no quotes, places or dates are needed to read a pair."""
    from eventwire.pipeline import components

    analysis.result.events = components().coder(analysis.doc, analysis.result.entities, (), analysis.excluded, ())


def rule_matches(pairs: Sequence[Pair], batch_size: int = 64) -> list[tuple[Event | None, list[Event]]]:
    """For each pair: the rule event that matches its spans (or None) and every rule event of its text."""
    from eventwire.pipeline import actors_stage, process, sentences_stage

    articles = [Article(id=str(i), text=pair.text) for i, pair in enumerate(pairs)]
    out: list[tuple[Event | None, list[Event]]] = []
    stages = (sentences_stage, actors_stage, _coding_stage)
    for pair, result in zip(pairs, process(articles, batch_size=batch_size, stages=stages), strict=True):
        events = list(result.events) if isinstance(result, ArticleResult) else []
        sources = [pair.source] if pair.source else []
        targets = [pair.target] if pair.target else []
        match = best_event(events, pair.text, sources, targets) if sources or targets else None
        out.append((match, events))
    return out


def sentence_vectors(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    from eventwire.events.embed import sentence_encoder

    return sentence_encoder().encode(list(texts))


def pair_inputs(pairs: Sequence[Pair], model: PairClassifier) -> PairInputs:
    """The inputs ``model`` needs for ``pairs`` (rule coder and sentence vectors only when it uses them)."""
    rules = [rule_features(m, evs) for m, evs in rule_matches(pairs)] if model.config.use_rules else [{}] * len(pairs)
    vectors = sentence_vectors([p.text for p in pairs]) if model.config.use_vectors else None
    return inputs_for(pairs, rules, vectors)


def classify(pairs: Sequence[Pair], model: PairClassifier | None = None) -> list[Coding]:
    model = model or load_model()
    return model.code(pair_inputs(pairs, model)) if pairs else []


# --------------------------------------------------------------------------- records (the CLI)


def coding_fields(coding: Coding) -> dict[str, Any]:
    return {
        "type": coding.type,
        "scores": coding.scores,
        "quad_class": coding.quad_class,
        "confidence": coding.confidence,
        "runner_up": coding.runner_up,
        "because": coding.because,
    }


def classify_records(
    records: Iterable[dict[str, Any] | InputError], model: PairClassifier | None = None, batch_size: int = 256
) -> Iterator[dict[str, Any]]:
    """Each record back with its coding (or an ``error``), in input order, a batch at a time."""
    model = model or load_model()
    batch: list[dict[str, Any] | InputError] = []
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            yield from _classify_batch(batch, model)
            batch = []
    yield from _classify_batch(batch, model)


def _classify_batch(batch: list[dict[str, Any] | InputError], model: PairClassifier) -> Iterator[dict[str, Any]]:
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
    codings = classify(pairs, model)
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
        vectors = sentence_vectors([p.text for p in pairs])
    codings = model.code(inputs_for(pairs, rules, vectors))
    return [_apply(event, coding) for event, coding in zip(events, codings, strict=True)]


def _relative(span: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    if span is None or span[0] < start or span[1] > end:
        return None
    return span[0] - start, span[1] - start


def _apply(event: Event, coding: Coding) -> Event:
    top = sorted(coding.scores.items(), key=lambda kv: -kv[1])[:3]
    summary = ", ".join(f"{t} {p:.2f}" for t, p in top)
    if coding.type == event.type or coding.confidence < OVERRIDE_AT:
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
