"""Store write throughput, SQLite against PostgreSQL, on the same result dicts in one run.

    python -m eventwire.store.bench results.jsonl [--postgres URL] [--repeat 3]

``results.jsonl`` is what ``eventwire run --format jsonl`` prints (one result dict a line).
Each backend gets a fresh store and saves every result in its own transaction, as
``eventwire run`` does; then saves them all again (the idempotent no-op path a restart
takes). Without ``--postgres`` a throwaway server with the default, durable settings is
started on loopback (needs PostgreSQL installed). PostgreSQL is timed twice: with its
default ``synchronous_commit=on`` (a WAL flush per article) and with ``off``, which is
closer to SQLite's WAL with ``synchronous=NORMAL`` (no flush per commit). Figures are the
median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwire.store import open_store

PIPELINE = "bench"


def load_results(path: Path, limit: int | None) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                results.append(json.loads(line))
            if limit is not None and len(results) >= limit:
                break
    return results


def time_saves(location: str, results: Sequence[dict[str, Any]]) -> tuple[float, float]:
    """Seconds to store every result into an empty store, then to re-store them all (no-ops)."""
    with open_store(location) as store:
        start = time.perf_counter()
        for result in results:
            store.save(result, origin=result["id"], pipeline_version=PIPELINE)
        first = time.perf_counter() - start
        start = time.perf_counter()
        for result in results:
            store.save(result, origin=result["id"], pipeline_version=PIPELINE)
        again = time.perf_counter() - start
        if store.counts()["articles"] != len({r["id"] for r in results}):
            raise RuntimeError(f"{location}: not every article was stored")
    return first, again


def _median_rates(runs: int, fresh: Callable[[int], str], results: Sequence[dict[str, Any]]) -> tuple[float, float]:
    timings = [time_saves(fresh(run), results) for run in range(runs)]
    n = len(results)
    return n / statistics.median(t[0] for t in timings), n / statistics.median(t[1] for t in timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path, help="JSONL of result dicts (eventwire run --format jsonl)")
    parser.add_argument("--postgres", help="URL of an empty database to use instead of a throwaway server")
    parser.add_argument("--limit", type=int, help="only the first N results")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    results = load_results(args.results, args.limit)
    size = sum(len(json.dumps(r, ensure_ascii=False)) for r in results) / 1e6
    children = sum(len(r.get(k) or []) for r in results for k in ("events", "quotes", "places", "entities"))
    print(f"{len(results)} results from {args.results} ({size:.1f} MB of JSON, {children} child rows)")

    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as scratch:
        rates = {
            "sqlite (WAL, synchronous=NORMAL)": _median_rates(
                args.repeat, lambda run: str(Path(scratch) / f"bench{run}.db"), results
            )
        }
        rates.update(_postgres_rates(args, results))

    base = rates["sqlite (WAL, synchronous=NORMAL)"][0]
    print(f"{'backend':<40} {'store art/s':>12} {'re-store art/s':>15} {'vs sqlite':>10}")
    for name, (first, again) in rates.items():
        print(f"{name:<40} {first:>12.1f} {again:>15.1f} {first / base:>9.2f}x")
    return 0


def _postgres_rates(args: argparse.Namespace, results: Sequence[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    from eventwire.store.throwaway import ThrowawayCluster

    def measured(make_url: Callable[[int, str], str]) -> dict[str, tuple[float, float]]:
        return {
            f"postgresql (synchronous_commit={sync})": _median_rates(
                args.repeat, functools.partial(_swap, make_url, sync), results
            )
            for sync in ("on", "off")
        }

    if args.postgres:
        import psycopg

        def reuse(run: int, sync: str) -> str:
            with psycopg.connect(args.postgres, autocommit=True) as conn:
                conn.execute("DROP TABLE IF EXISTS events, quotes, places, entities, failures, articles CASCADE")
                conn.execute("DROP TABLE IF EXISTS schema_migrations")
            return _with_sync(args.postgres, sync)

        return measured(reuse)
    with ThrowawayCluster(durable=True) as cluster:
        return measured(lambda run, sync: _with_sync(cluster.create_database(f"bench_{sync}_{run}"), sync))


def _swap(make_url: Callable[[int, str], str], sync: str, run: int) -> str:
    return make_url(run, sync)


def _with_sync(url: str, sync: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csynchronous_commit%3D{sync}"


if __name__ == "__main__":
    sys.exit(main())
