"""Where the pipeline's time goes: each stage's share of one run over PolNeAR dev news.

The default pipeline (``eventwire.pipeline.DEFAULT_STAGES``) runs once over the PolNeAR dev
articles (real 2016 US political news, read with ``eventwire.eval.quotes.articles``); every
stage, the spaCy parse and the place and date work done inside the events stage are timed in
that same run, so the shares are ratios of one measurement and need no cross-machine
calibration. The issue's budget: places and times together at most 15% of the total.

    python benchmarks/stages.py [--limit 84] [--json-only]

Prints a table, then one JSON line (``{"total_s": ..., "shares": {...}, ...}``).
Without the gold data it falls back to the bundled example article, repeated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire import pipeline
from eventwire.annotate import load_nlp
from eventwire.eval.quotes import DEFAULT_ROOT, articles
from eventwire.geo import get_gazetteer
from eventwire.model import Article

ROOT = Path(__file__).resolve().parents[1]
# PolNeAR carries no publication dates; its articles are from the 2016 US campaign.
PUBLICATION = dt.date(2016, 10, 1)
# Work the events stage does for other stages' fields: charged to those fields, not to events.
SUB_STEPS = {"date_events": "times", "locate_events": "places", "localize_domestic_actors": "places"}
STAGE_GROUP = {"places_stage": "places", "times_stage": "times"}

Totals = dict[str, float]


def load_articles(limit: int) -> tuple[list[Article], str]:
    if (DEFAULT_ROOT / "metadata.tsv").exists():
        texts = [text for _, text, _ in articles(DEFAULT_ROOT, "dev")][:limit]
        label = f"PolNeAR dev ({len(texts)} articles)"
    else:
        example = (ROOT / "examples" / "blinken-north-korea.txt").read_text(encoding="utf-8")
        texts, label = [example] * limit, f"bundled example x{limit} (no PolNeAR data)"
    return [Article(id=str(i), text=t, date=PUBLICATION) for i, t in enumerate(texts)], label


def timed(name: str, fn: Callable[..., Any], totals: Totals) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - start

    run.__name__ = getattr(fn, "__name__", name)
    return run


class TimedParser:
    """Wraps the spaCy pipeline so that the parse of each document is timed as it is pulled."""

    def __init__(self, nlp: Any, totals: Totals) -> None:
        self.nlp, self.totals = nlp, totals

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        docs = iter(self.nlp.pipe(texts, **kwargs))
        while True:
            start = time.perf_counter()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                self.totals["spacy_parse"] += time.perf_counter() - start
            yield doc


def measure(batch: list[Article]) -> tuple[float, Totals]:
    """One timed run of the default pipeline; returns the wall time and seconds per part."""
    totals: Totals = defaultdict(float)
    nlp = load_nlp()
    # The pipeline module looks these names up at call time, so swapping them times them in place.
    originals = {name: getattr(pipeline, name) for name in [*SUB_STEPS, "load_nlp"]}
    try:
        swaps: dict[str, Callable[..., Any]] = {name: timed(name, originals[name], totals) for name in SUB_STEPS}
        swaps["load_nlp"] = lambda: TimedParser(nlp, totals)
        for name, fn in swaps.items():
            setattr(pipeline, name, fn)
        stages = [timed(stage.__name__, stage, totals) for stage in pipeline.DEFAULT_STAGES]
        start = time.perf_counter()
        for _ in pipeline.process(batch, batch_size=16, stages=stages):
            pass
        wall = time.perf_counter() - start
    finally:
        for name, fn in originals.items():
            setattr(pipeline, name, fn)
    return wall, dict(totals)


def shares(wall: float, totals: Totals) -> dict[str, float]:
    """Seconds per part turned into shares of the wall time; sub-steps move to the field they serve."""
    parts: dict[str, float] = defaultdict(float)
    parts["spacy_parse"] = totals.get("spacy_parse", 0.0)
    for stage in pipeline.DEFAULT_STAGES:
        parts[stage.__name__.removesuffix("_stage")] += totals.get(stage.__name__, 0.0)
    for step, field in SUB_STEPS.items():
        parts["events"] -= totals.get(step, 0.0)
        parts[field] += totals.get(step, 0.0)
    parts["other (reading, marking, glue)"] = wall - sum(parts.values())
    return {name: round(seconds / wall, 4) for name, seconds in parts.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=84, help="number of articles (default: all 84 dev articles)")
    parser.add_argument("--json-only", action="store_true", help="print only the JSON line")
    args = parser.parse_args(argv)
    batch, label = load_articles(args.limit)
    pipeline.components(), get_gazetteer()  # one-time loads are not per-article cost
    list(pipeline.process(batch[:2]))  # warm caches
    wall, totals = measure(batch)
    share = shares(wall, totals)
    combined = round(share["places"] + share["times"], 4)
    words = sum(len(a.text.split()) for a in batch)
    report = {
        "texts": label,
        "words": words,
        "total_s": round(wall, 3),
        "words_per_s": round(words / wall),
        "shares": share,
        "places_plus_times": combined,
        "budget_places_plus_times": 0.15,
        "within_budget": combined <= 0.15,
    }
    if not args.json_only:
        print(f"texts: {label}, {words} words, {wall:.2f} s in one process ({words / wall:.0f} words/s)")
        print(f"{'part':32s} share")
        for name, value in sorted(share.items(), key=lambda kv: -kv[1]):
            print(f"  {name:30s} {value:6.1%}")
        print(f"  {'places + times':30s} {combined:6.1%}  (budget 15%)")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
