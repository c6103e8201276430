"""End-to-end speed of eventwire as a ratio to bare spaCy en_core_web_sm, in one run.

Texts: the PolNeAR dev articles (real 2016 US news) from ../shared/eval when present,
else the bundled example repeated. Both sides process the same texts in the same
process; each side runs ``--rounds`` times interleaved and the best time counts,
because machines here are noisy. Also prints the time share of every stage.

    python benchmarks/speed.py [--limit 84] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from eventwire.annotate import load_nlp
from eventwire.geo import get_gazetteer
from eventwire.model import Article
from eventwire.pipeline import DEFAULT_STAGES, Analysis, Stage, components, process

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("EVENTWIRE_EVAL", ROOT.parent / "shared" / "eval"))


def load_texts(limit: int) -> tuple[list[str], str]:
    folder = EVAL / "quotes" / "polnear" / "dev" / "text"
    if folder.is_dir():
        files = sorted(folder.glob("*.txt"))[:limit]
        return [f.read_text(encoding="utf-8") for f in files], f"PolNeAR dev ({len(files)} articles)"
    example = (ROOT / "examples" / "blinken-north-korea.txt").read_text(encoding="utf-8")
    return [example] * limit, f"bundled example x{limit}"


def timed(stage: Stage, totals: dict[str, float]) -> Stage:
    def run(analysis: Analysis) -> None:
        start = time.perf_counter()
        stage(analysis)
        totals[stage.__name__] += time.perf_counter() - start

    run.__name__ = stage.__name__
    return run


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts, label = load_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    components(), get_gazetteer()  # one-time loads are not per-article cost
    articles = [Article(id=str(i), text=t, date=dt.date(2016, 10, 1)) for i, t in enumerate(texts)]
    list(process(articles[:2]))  # warm caches on both sides

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    def full() -> None:
        for _ in process(articles, batch_size=16):
            pass

    spacy_s = eventwire_s = float("inf")
    for _ in range(args.rounds):  # interleaved so that drift in machine load hits both sides
        spacy_s = min(spacy_s, best_of(1, bare))
        eventwire_s = min(eventwire_s, best_of(1, full))
    totals: dict[str, float] = defaultdict(float)
    stages = [timed(s, totals) for s in DEFAULT_STAGES]
    start = time.perf_counter()
    for _ in process(articles, batch_size=16, stages=stages):
        pass
    stage_run = time.perf_counter() - start

    print(f"texts: {label}, {words} words; best of {args.rounds} rounds, 1 process")
    print(f"bare spaCy en_core_web_sm : {len(texts) / spacy_s:8.2f} articles/s {words / spacy_s:9.0f} words/s")
    print(f"eventwire end to end      : {len(texts) / eventwire_s:8.2f} articles/s {words / eventwire_s:9.0f} words/s")
    print(f"ratio eventwire / spaCy   : {spacy_s / eventwire_s:.3f}")
    print("share of the pipeline's time (separate timed run):")
    print(f"  spaCy parse (nlp.pipe)  : {(stage_run - sum(totals.values())) / stage_run:6.1%}")
    for name, seconds in totals.items():
        print(f"  {name:24s}: {seconds / stage_run:6.1%}")


if __name__ == "__main__":
    main()
