"""Training the event classifier from the gold sets in ``../shared/eval/events`` (``eventwire train``).

Examples, each a source-target pair with a PLOVER label:

* PLV train (Hu et al. 2024): marked source and target, PLOVER root (old YIELD kept as a label);
* PLOVER GSR (the CAMEO manual's gold records): markup spans, old types mapped to current ones;
* CASE 2021 task 2 (ACLED-style event types): no spans; only the types with a clear PLOVER
  counterpart (:data:`CASE_TO_PLOVER`), weighted down (:data:`CASE_WEIGHT`) as they are not pairs.

A sentence that occurs in more than one set is kept once (PLV, then GSR, then CASE), so no text is
on both sides of a cross-validation split.  Reported accuracy comes from k-fold cross-validation over
the PLV rows (the other sets always train), never from the data a model was fitted on.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
from sklearn.model_selection import StratifiedKFold

from eventwire.events.classifier import Config, PairClassifier, PairInputs, inputs_for, rule_features
from eventwire.events.classify import MODEL_NAMES, MODELS_DIR, rule_matches, sentence_vectors
from eventwire.events.ontology import QUAD_CLASS
from eventwire.events.pairs import Pair

#: CASE 2021 subtypes with one PLOVER counterpart (the rest, e.g. OTHER or HQ_ESTABLISHED, are left out).
CASE_TO_PLOVER: Final[dict[str, str]] = {
    "ABDUCT_DISSAP": "ASSAULT",
    "AGREEMENT": "AGREE",
    "AIR_STRIKE": "ASSAULT",
    "ARMED_CLASH": "ASSAULT",
    "ARREST": "COERCE",
    "ART_MISS_ATTACK": "ASSAULT",
    "ATTACK": "ASSAULT",
    "CHEM_WEAP": "ASSAULT",
    "FORCE_AGAINST_PROTEST": "COERCE",
    "GRENADE": "ASSAULT",
    "MOB_VIOL": "PROTEST",
    "PEACE_PROTEST": "PROTEST",
    "PROTEST_WITH_INTER": "PROTEST",
    "VIOL_DEMONSTR": "PROTEST",
    "PROPERTY_DISTRUCT": "ASSAULT",
    "REM_EXPLOS": "ASSAULT",
    "SEX_VIOL": "ASSAULT",
    "SUIC_BOMB": "ASSAULT",
    "NON_VIOL_TERRIT_TRANSFER": "YIELD",
}
CASE_WEIGHT: Final = 0.3
#: QuadClass of the old YIELD label (PLV codes it material cooperation).
YIELD_QUAD: Final = 2


@dataclass(frozen=True)
class Example:
    pair: Pair
    label: str
    origin: str  # plv | gsr | case
    weight: float = 1.0


def _first(spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return spans[0] if spans else None


def plv_examples(path: Path) -> list[Example]:
    from eventwire.eval.events import gold_label, read_plv

    return [
        Example(Pair(r.marked.text, _first(r.marked.source), _first(r.marked.target)), gold_label(r.root), "plv")
        for r in read_plv(path)
    ]


def gsr_examples(path: Path) -> list[Example]:
    from eventwire.eval.events import gold_label, read_gsr

    out = []
    for rec in read_gsr(path):
        label = gold_label(rec.event, rec.mode)
        if label in QUAD_CLASS or label == "YIELD":
            pair = Pair(rec.marked.text, _first(rec.marked.source), _first(rec.marked.target))
            out.append(Example(pair, label, "gsr"))
    return out


def case_examples(path: Path) -> list[Example]:
    out = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            label = CASE_TO_PLOVER.get((row.get("SubType") or "").strip())
            text = (row.get("EventSnippet") or "").strip()
            if label and text:
                out.append(Example(Pair(text), label, "case", CASE_WEIGHT))
    return out


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def gold_examples(root: Path) -> list[Example]:
    """Every training example found under ``root`` (``../shared/eval/events``), each text once."""
    sets = (
        (root / "plv" / "PLV_train.tsv", plv_examples),
        (root / "plover_gsr" / "PLOVER_GSR_CAMEO.json", gsr_examples),
        (root / "case2021_task2" / "test_set_final_release_with_labels.tsv", case_examples),
    )
    seen: set[str] = set()
    out: list[Example] = []
    for path, reader in sets:
        if not path.exists():
            continue
        for example in reader(path):
            key = _norm(example.pair.text)
            if key not in seen:
                seen.add(key)
                out.append(example)
    return out


# --------------------------------------------------------------------------- features


def all_inputs(examples: Sequence[Example], vectors: bool = True) -> PairInputs:
    """Features for every example, computed once (rules and vectors do not depend on the fold)."""
    pairs = [e.pair for e in examples]
    rules = [rule_features(match, events) for match, events in rule_matches(pairs)]
    return inputs_for(pairs, rules, sentence_vectors([p.text for p in pairs]) if vectors else None)


def _quad(label: str) -> int:
    return YIELD_QUAD if label == "YIELD" else QUAD_CLASS.get(label, 0)


def metrics(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold labels, per-type F1 and QuadClass accuracy."""
    from eventwire.eval.events import classification

    report = classification(list(zip(gold, pred, strict=True)))
    report["quad_accuracy"] = round(float(np.mean([_quad(g) == _quad(p) for g, p in zip(gold, pred, strict=True)])), 4)
    return report


def cross_validate(
    examples: Sequence[Example], inputs: PairInputs, config: Config, folds: int = 5, seed: int = 0
) -> dict[str, Any]:
    """k-fold CV over the PLV rows; every other example is always in training."""
    plv = [i for i, e in enumerate(examples) if e.origin == "plv"]
    extra = [i for i, e in enumerate(examples) if e.origin != "plv"]
    labels = [examples[i].label for i in plv]
    predicted = [""] * len(plv)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    for train_at, test_at in splitter.split(np.zeros(len(plv)), labels):
        rows = [plv[i] for i in train_at] + extra
        model = PairClassifier(config).fit(
            inputs.take(rows), [examples[i].label for i in rows], [examples[i].weight for i in rows]
        )
        for at, label in zip(test_at, model.predict_labels(inputs.take([plv[i] for i in test_at])), strict=True):
            predicted[at] = label
    return {"folds": folds, "n": len(plv), **metrics(labels, predicted)}


def train(
    root: Path, out: Path | None = None, kinds: Sequence[str] = ("full", "fast"), cv: bool = True
) -> dict[str, Any]:
    """Fit the shipped models (and, with ``cv``, measure them first); returns a report per kind."""
    started = time.perf_counter()
    examples = gold_examples(root)
    if not examples:
        raise FileNotFoundError(f"no event gold data under {root}")
    inputs = all_inputs(examples, vectors="full" in kinds)
    report: dict[str, Any] = {"examples": dict(Counter(e.origin for e in examples))}
    for kind in kinds:
        config = Config() if kind == "full" else Config(use_vectors=False)
        scores = cross_validate(examples, inputs, config) if cv else None
        model = PairClassifier(config).fit(inputs, [e.label for e in examples], [e.weight for e in examples])
        model.meta = {
            "trained": dt.date.today().isoformat(),
            "examples": report["examples"],
            "labels": dict(Counter(e.label for e in examples)),
            "cross_validation": _summary(scores) if scores else None,
        }
        model.save((out or MODELS_DIR) / MODEL_NAMES[kind])
        report[kind] = scores
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def _summary(scores: dict[str, Any]) -> dict[str, Any]:
    keep = ("folds", "n", "accuracy", "macro_f1", "quad_accuracy")
    return {k: scores[k] for k in keep} | {"per_type_f1": {t: v["f1"] for t, v in scores["per_type"].items()}}
