"""The accuracy gate: every stage's gold-data scores, checked against pinned floors.

The same checks feed docs/BENCHMARKS.md and CI (tests/eval/test_gate.py), so the gate
cannot drift from the benchmark. Floors live in ``eval/floors.json`` at the top of the
checkout; ``--update`` raises them to the current scores and never lowers one unless
``--allow-regression`` is given.

    python -m eventwire.eval.gate [CHECK ...] [--update] [--allow-regression]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwire.eval import eval_root

FLOORS = Path(__file__).resolve().parents[3] / "eval" / "floors.json"
#: Scores move by a few thousandths with library patch versions; that is not a regression.
TOLERANCE = 0.005

Metrics = dict[str, float]


def _pick(report: dict[str, Any], paths: dict[str, str]) -> Metrics:
    out: Metrics = {}
    for name, path in paths.items():
        value: Any = report
        for key in path.split("."):
            value = value[key]
        out[name] = round(float(value), 4)
    return out


def _times() -> Metrics:
    from eventwire.eval.times import score_split, score_times

    root = eval_root() / "time" / "tbaq"
    paths = {
        "relaxed_f1": "relaxed.f1",
        "strict_f1": "strict.f1",
        "value_f1": "value.f1",
        "type_accuracy": "type_accuracy",
    }
    metrics = _pick(score_times(root), paths)
    # The held-out half of AQUAINT (no rule is written from its errors): the figure for unseen news.
    held_out = _pick(score_split("AQUAINT-test", root), paths)
    return metrics | {f"test_{name}": value for name, value in held_out.items()}


def _actors() -> Metrics:
    from eventwire.eval.actors import evaluate

    paths = {"country": "combined.country", "sector": "combined.sector", "coverage": "combined.coverage"}
    metrics = _pick(evaluate("dev"), paths)
    # The hand-coded half no rule is written from: actor codes on real news the project has not seen.
    held_out = _pick(evaluate("test"), paths)
    return metrics | {f"test_{name}": value for name, value in held_out.items()}


def _extraction() -> Metrics:
    from eventwire.eval.extraction import score_set

    return _pick(score_set("aeb"), {"f1": "f1", "precision": "precision", "recall": "recall"})


def _quotes() -> Metrics:
    from eventwire.eval.quotes import evaluate, summary

    metrics = summary(evaluate(eval_root() / "quotes" / "polnear", "dev"))
    keep = ("all_overlap_f1", "direct_overlap_f1", "cue_f1", "speaker_accuracy")
    return {k: metrics[k] for k in keep}


def _plv() -> Metrics:
    from eventwire.eval.events import score_plv

    return _pick(
        score_plv(),
        {
            "type_macro_f1": "type_macro_f1",
            "type_accuracy": "type_accuracy",
            "quad_accuracy": "quad_accuracy",
            "source_span_f1": "source_span.f1",
            "target_span_f1": "target_span.f1",
        },
    )


def _gsr() -> Metrics:
    from eventwire.eval.events import score_gsr

    return _pick(
        score_gsr(),
        {
            "type_accuracy": "type_accuracy",
            "type_macro_f1": "type_macro_f1",
            "actor_country_accuracy": "actors.combined.country",
            "actor_sector_accuracy": "actors.combined.sector",
        },
    )


def _multicoped() -> Metrics:
    from eventwire.eval.events import score_multicoped

    return _pick(score_multicoped(), {"accuracy": "accuracy", "macro_f1": "macro_f1"})


def _multicoped_spans() -> Metrics:
    from eventwire.eval.events import score_multicoped_spans

    return _pick(score_multicoped_spans(), {"source_span_f1": "source_span.f1", "target_span_f1": "target_span.f1"})


def _classifier_cv(task: str, kind: str = "full") -> Callable[[], Metrics]:
    def run() -> Metrics:
        from eventwire.eval.events import score_cross_validation

        report = score_cross_validation(task=task, kind=kind)
        paths = {"accuracy": "accuracy", "macro_f1": "macro_f1"}
        return _pick(report, paths | ({"quad_accuracy": "quad_accuracy"} if task == "plover" else {}))

    return run


def _places(set_name: str, limit: int | None = None) -> Callable[[], Metrics]:
    def run() -> Metrics:
        from eventwire.eval.places import score

        return _pick(
            # Both halves, as the floors were pinned: the scorer's own default is the dev half only.
            score(set_name, limit=limit, split="all"),
            {
                "recognition_f1": "recognition.f1",
                "acc161_end_to_end": "end_to_end.acc161",
                "acc161_gold_spans": "gold_spans.resolve.acc161",
                # The held-out half (eventwire.eval.places: split), from the same run.
                "test_recognition_f1": "splits.test.recognition.f1",
                "test_acc161_end_to_end": "splits.test.end_to_end.acc161",
                "test_gain_over_most_populous": "splits.test.end_to_end_gain",
                # The same places read with each feed's home learnt from the run's own output (LGL's papers).
                "home_test_acc161_end_to_end": "with_home.splits.test.end_to_end.acc161",
                "home_test_gain_over_most_populous": "with_home.splits.test.end_to_end_gain",
            },
        )

    return run


#: name -> (gold data it needs, relative to eval_root(), scorer with fixed settings)
CHECKS: dict[str, tuple[str, Callable[[], Metrics]]] = {
    "times-tbaq": ("time/tbaq", _times),
    "quotes-polnear-dev": ("quotes/polnear/dev", _quotes),
    "events-plv": ("events/plv/PLV_train.tsv", _plv),
    "events-gsr": ("events/plover_gsr/PLOVER_GSR_CAMEO.json", _gsr),
    "events-multicoped": ("events/multicoped/cameo_class_train.tsv", _multicoped),
    "events-multicoped-spans": ("events/multicoped/cameo_ner_train.txt", _multicoped_spans),
    "actors-plv": ("events/plv/PLV_train.tsv", _actors),
    # 5-fold cross-validation, every fold trained from scratch: the classifiers on unseen pairs.
    "events-classifier-cv": ("events/plv/PLV_train.tsv", _classifier_cv("plover")),
    "events-penta-cv": ("events/multicoped/cameo_class_train.tsv", _classifier_cv("penta")),
    # The shipped static models (classify --model static): the fast mode keeps its accuracy too.
    "events-static-cv": ("events/plv/PLV_train.tsv", _classifier_cv("plover", "static")),
    "events-static-penta-cv": ("events/multicoped/cameo_class_train.tsv", _classifier_cv("penta", "static")),
    # Whole sets: a 60-article subset once pointed the opposite way to the full set.
    "places-geowebnews": ("geo/geowebnews", _places("geowebnews")),
    "places-lgl": ("geo/lgl", _places("lgl")),
    "extraction-aeb": ("extraction/scrapinghub-aeb", _extraction),
}


def available(name: str) -> bool:
    return (eval_root() / CHECKS[name][0]).exists()


def run_check(name: str) -> Metrics:
    return CHECKS[name][1]()


def load_floors(path: Path = FLOORS) -> dict[str, Metrics]:
    if not path.exists():
        return {}
    data: dict[str, Metrics] = json.loads(path.read_text(encoding="utf-8"))
    return data


def regressions(name: str, metrics: Metrics, floors: dict[str, Metrics]) -> list[str]:
    """One line per metric that fell below its floor by more than the tolerance."""
    out = []
    for metric, floor in floors.get(name, {}).items():
        value = metrics.get(metric)
        if value is None or value < floor - TOLERANCE:
            out.append(f"{name}.{metric}: {value} < floor {floor}")
    return out


def updated(floors: dict[str, Metrics], name: str, metrics: Metrics, allow_regression: bool) -> Metrics:
    old = floors.get(name, {})
    if allow_regression:
        return dict(metrics)
    return {k: max(v, old.get(k, v)) for k, v in metrics.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check gold-data scores against pinned floors.")
    parser.add_argument("checks", nargs="*", metavar="CHECK", help="default: all with data present")
    parser.add_argument("--update", action="store_true", help="raise the floors to the current scores")
    parser.add_argument("--allow-regression", action="store_true", help="with --update: allow lowering")
    args = parser.parse_args(argv)
    floors = load_floors()
    failed: list[str] = []
    for name in args.checks or list(CHECKS):
        if not available(name):
            print(json.dumps({"check": name, "skipped": "gold data not found"}))
            continue
        metrics = run_check(name)
        print(json.dumps({"check": name, **metrics, "floors": floors.get(name, {})}))
        failed += regressions(name, metrics, floors)
        if args.update:
            floors[name] = updated(floors, name, metrics, args.allow_regression)
    if args.update:
        FLOORS.parent.mkdir(parents=True, exist_ok=True)
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for line in failed:
        print(f"REGRESSION {line}", file=sys.stderr)
    return 1 if failed and not args.update else 0


if __name__ == "__main__":
    raise SystemExit(main())
