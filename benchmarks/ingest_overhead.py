"""Ingest overhead: reading and storing as a share of the whole run, on real news pages.

Pages: the ScrapingHub article-extraction benchmark (181 real English news pages) from
../shared/eval/extraction/scrapinghub-aeb. They are written once as a folder of .html files,
one WARC.gz and one RSS feed (full text in content:encoded); each form is read with
``read_inputs``, the articles run through the pipeline, and the results are saved to a fresh
SQLite store with duplicate checks and event fusion (as ``eventwire run`` does; "store" below
includes both, fusion is also shown alone). Each phase is timed separately in CPU seconds of this process (best of
``--rounds``), because wall time on a shared machine measures the neighbours as well.

    python benchmarks/ingest_overhead.py [--limit 181] [--rounds 2] [--html-mode fast] [--profile 25]

``--profile N`` prints, for each input form, the N functions that take the most CPU time while
reading it (cProfile with a CPU clock; profiling inflates Python-heavy code, so read it for
where the time goes, and the table for how much).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import json
import pstats
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.dedup import check_article, load_index
from eventwire.eval import eval_root
from eventwire.fusion import fuse_store
from eventwire.ingest import read_inputs
from eventwire.ingest.html import DEFAULT_HTML_MODE, HTML_MODES, HtmlMode, fragment_text
from eventwire.model import Article, ArticleResult
from eventwire.pipeline import PIPELINE_VERSION, process
from eventwire.serialize import result_to_dict
from eventwire.store import open_store


def load_pages(limit: int) -> list[tuple[str, bytes]]:
    root = eval_root() / "extraction" / "scrapinghub-aeb"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    return [(truth[k]["url"], gzip.decompress((root / "html" / f"{k}.html.gz").read_bytes())) for k in keys]


def write_forms(pages: list[tuple[str, bytes]], folder: Path, html_mode: HtmlMode) -> dict[str, Path]:
    """The same pages as a folder of HTML files, a WARC.gz and an RSS feed."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html_dir = folder / "html"
    html_dir.mkdir()
    for n, (_, html) in enumerate(pages):
        (html_dir / f"page{n:03d}.html").write_bytes(html)
    warc = folder / "pages.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
            writer.write_record(record)
    feed = folder / "pages.rss"
    feed.write_bytes(_rss(html_dir, html_mode))
    return {"html folder": html_dir, "warc.gz": warc, "rss (full text)": feed}


def _rss(html_dir: Path, html_mode: HtmlMode) -> bytes:
    """Feed entries carry each page's extracted article as HTML paragraphs, as full-text news feeds do."""
    ET.register_namespace("content", "http://purl.org/rss/1.0/modules/content/")
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = "benchmark"
    pages = read_inputs([html_dir], html_mode=html_mode)
    for n, article in enumerate(a for a in pages if isinstance(a, Article)):
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "guid").text = f"urn:page:{n}"
        ET.SubElement(item, "title").text = article.title or ""
        paragraphs = "".join(f"<p>{line}</p>" for line in article.text.split("\n") if line.strip())
        ET.SubElement(item, "{http://purl.org/rss/1.0/modules/content/}encoded").text = paragraphs
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def best(rounds: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The least CPU time of this process over ``rounds`` runs, and what that same run returned (other jobs on
    a shared machine inflate wall time; a figure ``work`` returns belongs with its own round's time)."""
    runs: list[tuple[float, Any]] = []
    for _ in range(rounds):
        started = time.process_time()
        value = work()
        runs.append((time.process_time() - started, value))
    return min(runs, key=lambda run: run[0])


def measure(path: Path, rounds: int, scratch: Path, html_mode: HtmlMode) -> dict[str, float]:
    read_s, items = best(rounds, lambda: list(read_inputs([path], max_bytes=50_000_000, html_mode=html_mode)))
    articles = [a for a in items if isinstance(a, Article)]
    pipeline_s, results = best(rounds, lambda: list(process(articles)))
    done = [(result_to_dict(r), r.article.origin) for r in results if isinstance(r, ArticleResult)]

    def store_all() -> float:
        """Save, dedup-check and fuse as ``eventwire run`` does; returns the CPU seconds of fusion alone."""
        db = scratch / f"bench-{time.perf_counter_ns()}.db"
        with open_store(db) as store:
            index = load_index(store)
            for result, origin in done:
                store.save(result, origin=origin, pipeline_version=PIPELINE_VERSION)
                check_article(store, index, result["id"], result["text"])
            started = time.process_time()
            fuse_store(store)
            return time.process_time() - started

    store_s, fusion_s = best(rounds, store_all)
    total = read_s + pipeline_s + store_s
    return {
        "articles": len(articles),
        "read_s": read_s,
        "pipeline_s": pipeline_s,
        "store_s": store_s,
        "fusion_s": fusion_s,
        "read_share": read_s / total,
        "ingest_share": (read_s + store_s) / total,
    }


def profile_read(path: Path, html_mode: HtmlMode, top: int) -> None:
    """Where reading one input form spends its CPU time, by cumulative time."""
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(lambda: list(read_inputs([path], max_bytes=50_000_000, html_mode=html_mode)))
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print(out.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=181)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--html-mode", choices=HTML_MODES, default=DEFAULT_HTML_MODE)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions of reading")
    args = parser.parse_args(argv)
    pages = load_pages(args.limit)
    # Load spaCy, trafilatura and the language model outside the timing: a long run pays that once.
    list(process([Article(id="warm", text="Russia attacked Ukraine on Monday.")]))
    fragment_text("<p>warm</p>")
    with tempfile.TemporaryDirectory() as tmp:
        forms = write_forms(pages, Path(tmp), args.html_mode)
        list(read_inputs([next(forms["html folder"].iterdir())]))
        if args.profile:
            for name, path in forms.items():
                print(f"== reading {name}")
                profile_read(path, args.html_mode, args.profile)
            return 0
        rounds = f"best of {args.rounds} rounds per phase"
        print(f"{len(pages)} pages from scrapinghub-aeb, HTML mode {args.html_mode}; CPU seconds, {rounds}")
        header = f"{'input':<18}{'articles':>9}{'read':>9}{'pipeline':>12}{'store':>9}{'fusion':>8}"
        print(f"{header}{'read %':>8}{'ingest %':>10}")
        for name, path in forms.items():
            row = measure(path, args.rounds, Path(tmp), args.html_mode)
            print(
                f"{name:<18}{row['articles']:>9}{row['read_s']:>9.2f}{row['pipeline_s']:>12.2f}"
                f"{row['store_s']:>9.2f}{row['fusion_s']:>8.2f}{row['read_share']:>8.1%}{row['ingest_share']:>10.1%}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
