"""Speed of `eventwire classify`: pairs per second for the fast and full models, in one run.

Pairs: the Multi-CoPED sentences with their source/target spans (never used for training), read from
../shared/eval/events/multicoped; each model codes the same pairs after a warm-up, best of ``--repeat``.
Run ``python benchmarks/classify.py [--limit N] [--repeat 2]``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from eventwire.eval import eval_root
from eventwire.eval.events import read_multicoped_spans
from eventwire.events.classify import classify, load_model
from eventwire.events.pairs import Pair, first_span


def multicoped_pairs(path: Path, limit: int) -> list[Pair]:
    """Multi-CoPED sentences as pairs: the first source and target span of each."""
    return [Pair(m.text, first_span(m.source), first_span(m.target)) for m in read_multicoped_spans(path, limit)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    pairs = multicoped_pairs(eval_root() / "events" / "multicoped" / "cameo_ner_train.txt", args.limit)
    report: dict[str, object] = {"pairs": len(pairs), "cpus": os.cpu_count()}
    for kind in ("fast", "full"):
        model = load_model(kind)
        classify(pairs[:20], model)  # warm-up: spaCy, the encoder and the model load once per process
        best = min(_timed(pairs, kind) for _ in range(args.repeat))
        report[kind] = {"seconds": round(best, 2), "pairs_per_second": round(len(pairs) / best, 1)}
    print(json.dumps(report))


def _timed(pairs: list[Pair], kind: str) -> float:
    started = time.perf_counter()
    classify(pairs, load_model(kind))
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
