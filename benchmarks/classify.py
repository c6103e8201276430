"""Speed of `eventwire classify`: pairs per second for each model and worker count, in one run.

Pairs: the Multi-CoPED sentences with their first source/target span (never used to train the PLOVER
models), read from ../shared/eval/events/multicoped.  Each measurement runs ``classify_records`` (what
the CLI runs) in a fresh process after a warm-up; with ``--workers 2`` that process codes beside one worker
and the time includes starting it, as a CLI run does (``--copies N`` codes the pairs N times over, so
start-up weighs less; a copy is never in the same batch as its original while ``--limit`` is above the batch size).
``--baseline SRC`` also times another eventwire source tree (e.g. an earlier commit from ``git archive``)
in interleaved rounds, so a noisy machine slows both alike: compare the ratios.  ``--folder DIR/plover-pairs``
times, in the same rounds, a full model that ``eventwire train --out DIR`` saved (e.g. on another encoder, its
pentaclass model beside it) as the model "folder".

Run ``python benchmarks/classify.py [--limit N] [--copies 1] [--repeat 2] [--models fast full static]
[--workers 1 2] [--baseline SRC] [--folder DIR/plover-pairs]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
CURRENT_SRC = HERE.parent.parent / "src"


def pair_records(limit: int) -> list[dict[str, Any]]:
    """Multi-CoPED sentences as ``classify`` input records: the first source and target span of each
    (sentences whose first source and target overlap are left out: ``classify`` refuses them at once)."""
    from eventwire.eval import eval_root
    from eventwire.eval.events import read_multicoped_spans

    path = eval_root() / "events" / "multicoped" / "cameo_ner_train.txt"
    spans = [(m.text, _span(m.source), _span(m.target)) for m in read_multicoped_spans(path, limit)]
    return [{"text": t, "source": s, "target": g} for t, s, g in spans if not _overlap(s, g)]


def _overlap(source: dict[str, int] | None, target: dict[str, int] | None) -> bool:
    return bool(source and target and source["start"] < target["end"] and target["start"] < source["end"])


def _span(spans: Any) -> dict[str, int] | None:
    return {"start": spans[0][0], "end": spans[0][1]} if spans else None


def measure(kind: str, workers: int, limit: int, copies: int = 1, folder: Path | None = None) -> dict[str, float]:
    """Pairs per second of one model and worker count in this process (after a warm-up); ``kind`` "folder"
    is the full model saved in ``folder``."""
    from eventwire.events.classify import classify_records, load_model

    records = pair_records(limit) * copies
    if kind == "folder":
        kind = "full"
    else:
        folder = None
    model = load_model(kind, folder)
    list(classify_records(records[:20], model, kind=kind, folder=folder))  # spaCy, encoder and model load once
    started, cpu, workers_cpu = time.perf_counter(), time.process_time(), _children_cpu()
    out = list(classify_records(records, model, workers=workers, kind=kind, folder=folder))
    seconds = time.perf_counter() - started
    errors = sum("error" in record for record in out)
    cpu_ms = 1000 * (time.process_time() - cpu) / len(records)
    # The pool has joined its workers by now, so their CPU (start-up included) is counted as a child's.
    total_ms = cpu_ms + 1000 * (_children_cpu() - workers_cpu) / len(records)
    return {
        "pairs": len(records),
        "errors": errors,
        "seconds": round(seconds, 2),
        "cpu_ms_per_pair": round(cpu_ms, 2),
        "total_cpu_ms_per_pair": round(total_ms, 2),
    }


def _children_cpu() -> float:
    """User and system CPU seconds of this process's finished children (the classify workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_one(
    src: Path, kind: str, workers: int, limit: int, copies: int, folder: Path | None = None
) -> dict[str, float]:
    """A measurement in a fresh process with ``src`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, str(HERE), "--one", kind, str(workers), "--limit", str(limit), "--copies", str(copies)]
    command += ["--folder", str(folder)] if folder else []
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--copies", type=int, default=1, help="Code the pairs this many times over (more work per worker start-up)."
    )
    parser.add_argument("--models", nargs="+", default=["fast", "full"], choices=["fast", "full", "static"])
    parser.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--baseline", type=Path, help="Source tree of the eventwire version to compare with.")
    parser.add_argument(
        "--folder", type=Path, help="Also time this model folder (DIR/plover-pairs of eventwire train --out DIR)."
    )
    parser.add_argument("--one", nargs=2, metavar=("KIND", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]), args.limit, args.copies, args.folder)))
        return
    trees = {"current": CURRENT_SRC, **({"baseline": args.baseline} if args.baseline else {})}
    seconds: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    total_cpu: dict[str, list[float]] = {}
    pairs = 0
    kinds = [*args.models, *(["folder"] if args.folder else [])]
    for _ in range(args.repeat):  # interleaved rounds: each version sees the same machine load
        for kind in kinds:
            for workers in args.workers:
                for name, src in trees.items():
                    result = _run_one(src, kind, workers, args.limit, args.copies, args.folder)
                    pairs = int(result["pairs"])
                    seconds.setdefault(f"{name} {kind} workers={workers}", []).append(result["seconds"])
                    cpu.setdefault(f"{name} {kind} workers={workers}", []).append(result["cpu_ms_per_pair"])
                    total_cpu.setdefault(f"{name} {kind} workers={workers}", []).append(result["total_cpu_ms_per_pair"])
    print(json.dumps(_report(seconds, cpu, total_cpu, pairs), indent=1))


def _report(
    seconds: dict[str, list[float]], cpu: dict[str, list[float]], total_cpu: dict[str, list[float]], pairs: int
) -> dict[str, Any]:
    """Best pairs/s of each setting, with the CPU milliseconds per pair of the main process (every thread;
    with workers, only the parent's share) and of all processes together (the workers' start-up included),
    which a busy machine disturbs less than the wall clock."""
    report: dict[str, Any] = {"pairs": pairs, "cpus": os.cpu_count()}
    for key, times in seconds.items():
        report[key] = {
            "pairs_per_second": round(pairs / min(times), 1),
            "rounds_seconds": times,
            "cpu_ms_per_pair": min(cpu[key]),
            "total_cpu_ms_per_pair": min(total_cpu[key]),
            "rounds_total_cpu_ms_per_pair": total_cpu[key],
        }
    for key in [k for k in seconds if k.startswith("current ")]:
        baseline = key.replace("current ", "baseline ", 1)
        if baseline in seconds:
            ratios = [round(old / new, 2) for old, new in zip(seconds[baseline], seconds[key], strict=True)]
            report[f"speed-up {key[len('current ') :]}"] = {
                "best": round(min(seconds[baseline]) / min(seconds[key]), 2),
                "rounds": ratios,
            }
    return report


if __name__ == "__main__":
    main()
