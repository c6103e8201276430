"""HTML page -> article text: how well ``page_fields`` finds the article body, and how fast.

Two public benchmarks under ``extraction/`` (nothing is copied into the repository):

- ``aeb``: the ScrapingHub article-extraction benchmark, 181 English news and blog pages with
  the article body as gold. Metric as the benchmark defines it: text split into ``\\w+`` tokens,
  4-token shingles counted as multisets; per page, true positives, false positives and false
  negatives are divided by their sum (a long page weighs no more than a short one); precision
  and recall are the means over pages of tp/(tp+fp) and tp/(tp+fn) (0 for a page with no
  output), F1 the harmonic mean of the two means. ``exact`` is the share of pages whose tokens
  equal the gold's.
- ``trafilatura``: trafilatura's own evaluation set, 990 pages (mostly German; extraction does
  not depend on the language) with text segments that must appear ("with") and must not
  ("without"). Per segment: a "with" found is a true positive, missed a false negative; a
  "without" found is a false positive, absent a true negative; precision, recall, accuracy and
  F1 over all segments. trafilatura's authors tuned their extractor on this set; it confirms.
  Where the set gives a page's publication date or title, ``date_accuracy`` is the share of
  those pages whose date (day) we read right, ``title_accuracy`` the share with the same title
  (spaces aside): events are dated from the publication date.

A page ``page_fields`` rejects (too few words, a parser crash) counts as empty output, which is
what a user gets. Time is CPU seconds of decoding plus extraction per page, in this process.

    python -m eventwire.eval.extraction [--set aeb|trafilatura|all] [--mode accurate|fast|...|all]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.eval import eval_root
from eventwire.ingest.base import Fields, Reject, decode
from eventwire.ingest.html import DEFAULT_HTML_MODE, HTML_MODES, HtmlMode, page_fields

SETS = ("aeb", "trafilatura")
SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


def extraction_dir() -> Path:
    return eval_root() / "extraction"


def set_dir(name: str) -> Path:
    return extraction_dir() / {"aeb": "scrapinghub-aeb", "trafilatura": "trafilatura-eval"}[name]


# -- the aeb metric: 4-gram shingles -----------------------------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[str]:
    """Every run of ``size`` tokens, counted; a text shorter than that is one shingle of all its tokens."""
    words = tokens(text)
    return Counter(" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1)) if words[i : i + size])


@dataclass(frozen=True)
class PageScore:
    precision: float
    recall: float
    exact: bool


def page_score(gold: str, predicted: str) -> PageScore:
    """Shingle precision and recall of one page's output; no output scores 0 for both."""
    wanted, found = shingles(gold), shingles(predicted)
    tp = sum((wanted & found).values())
    fp = sum((found - wanted).values())
    fn = sum((wanted - found).values())
    # Dividing by the sum first (as the benchmark does) leaves the two ratios unchanged.
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return PageScore(precision, recall, tokens(gold) == tokens(predicted))


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def shingle_summary(scores: Sequence[PageScore]) -> dict[str, float]:
    """Mean precision and recall over pages, their harmonic mean, and the share of exact pages."""
    count = max(1, len(scores))
    precision = sum(s.precision for s in scores) / count
    recall = sum(s.recall for s in scores) / count
    exact = sum(s.exact for s in scores) / count
    return {"precision": precision, "recall": recall, "f1": _f1(precision, recall), "exact": exact}


# -- the trafilatura metric: segments that must and must not appear ----------------------------


@dataclass(frozen=True)
class SegmentCounts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn)


def segment_counts(output: str, wanted: Iterable[str], unwanted: Iterable[str]) -> SegmentCounts:
    """Which "with" segments the output holds and which "without" segments it avoids."""
    hits = [segment in output for segment in wanted]
    leaks = [segment in output for segment in unwanted]
    return SegmentCounts(tp=sum(hits), fn=len(hits) - sum(hits), fp=sum(leaks), tn=len(leaks) - sum(leaks))


def segment_summary(counts: SegmentCounts) -> dict[str, float]:
    precision = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0
    recall = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0
    total = counts.tp + counts.fn + counts.fp + counts.tn
    accuracy = (counts.tp + counts.tn) / total if total else 0.0
    return {"precision": precision, "recall": recall, "f1": _f1(precision, recall), "accuracy": accuracy}


# -- the gold sets -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: str
    url: str | None
    html: bytes
    gold: str = ""  # aeb: the article body
    wanted: tuple[str, ...] = ()  # trafilatura: segments that must appear
    unwanted: tuple[str, ...] = ()  # trafilatura: segments that must not
    date: str | None = None  # trafilatura: publication date (YYYY-MM-DD), where given
    title: str | None = None  # trafilatura: title, where given


def load_aeb(limit: int | None = None) -> Iterator[Page]:
    root = set_dir("aeb")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth)[:limit]:
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        yield Page(key, truth[key].get("url"), html, gold=truth[key].get("articleBody") or "")


def load_trafilatura(limit: int | None = None) -> Iterator[Page]:
    root = set_dir("trafilatura")
    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    for url in sorted(gold)[:limit]:
        item = gold[url]
        html = gzip.decompress((root / "html" / f"{item['file']}.gz").read_bytes())
        yield Page(
            item["file"],
            url,
            html,
            wanted=tuple(item["with"]),
            unwanted=tuple(item["without"]),
            date=item.get("date") or None,
            title=item.get("title") or None,
        )


LOADERS: dict[str, Callable[[int | None], Iterator[Page]]] = {"aeb": load_aeb, "trafilatura": load_trafilatura}


# -- running -----------------------------------------------------------------------------------


def extract_fields(page: Page, mode: HtmlMode) -> Fields | str:
    """What eventwire reads from the page (decoded as ``read_inputs`` does), or why it read nothing."""
    try:
        html, warnings = decode(page.html, html=True)
        return page_fields(html, url=page.url, warnings=warnings, mode=mode)
    except Reject as rej:
        return rej.reason


@dataclass
class MetadataTally:
    """Pages with a gold date or title, and how many of them we read right."""

    dated: int = 0
    dates_right: int = 0
    titled: int = 0
    titles_right: int = 0

    def add(self, page: Page, fields: Fields | None) -> None:
        if page.date:
            self.dated += 1
            self.dates_right += fields is not None and str(fields.date or "")[:10] == page.date[:10]
        if page.title:
            self.titled += 1
            self.titles_right += fields is not None and _spaced(fields.title) == _spaced(page.title)

    def summary(self) -> dict[str, float]:
        return {
            "date_accuracy": self.dates_right / self.dated if self.dated else 0.0,
            "title_accuracy": self.titles_right / self.titled if self.titled else 0.0,
        }


def _spaced(text: str | None) -> str:
    return " ".join((text or "").split())


def score_set(name: str, mode: HtmlMode = DEFAULT_HTML_MODE, limit: int | None = None) -> dict[str, Any]:
    """Quality and CPU time per page of ``page_fields`` in ``mode`` on one gold set."""
    shingle_scores: list[PageScore] = []
    counts = SegmentCounts()
    metadata = MetadataTally()
    rejected: list[dict[str, str]] = []
    cpu_s, pages = 0.0, 0
    _warm_up(mode)
    for page in LOADERS[name](limit):
        pages += 1
        started = time.process_time()
        fields = extract_fields(page, mode)
        cpu_s += time.process_time() - started
        if isinstance(fields, str):
            rejected.append({"page": page.id, "reason": fields})
        text = fields.text if isinstance(fields, Fields) else ""
        if name == "aeb":
            shingle_scores.append(page_score(page.gold, text))
        else:
            counts += segment_counts(text, page.wanted, page.unwanted)
            metadata.add(page, fields if isinstance(fields, Fields) else None)
    metrics = shingle_summary(shingle_scores) if name == "aeb" else segment_summary(counts) | metadata.summary()
    return {
        "set": name,
        "mode": mode,
        "pages": pages,
        **{k: round(v, 4) for k, v in metrics.items()},
        "rejected": len(rejected),
        "ms_per_page": round(1000 * cpu_s / max(1, pages), 2),
        "rejections": rejected,
    }


_WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title><meta property='article:published_time' content='2020-01-02'></head>"
    "<body><article><p>" + "Imports and first-call caches are paid once per process, not per page. " * 4 + "</p>"
    "</article></body></html>"
).encode()


def _warm_up(mode: HtmlMode) -> None:
    """Import trafilatura and fill its first-call caches outside the timing: a long run pays that once."""
    extract_fields(Page("warm-up", None, _WARM_UP_PAGE), mode)


def score_reference(system: str) -> dict[str, Any]:
    """A published system's stored aeb output, scored here: checks this metric against the published figures."""
    root = set_dir("aeb")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    stored = json.loads((root / "output" / f"{system}.json").read_text(encoding="utf-8"))
    outputs = stored.get("output", stored)
    scores = [
        page_score(truth[k].get("articleBody") or "", (outputs.get(k) or {}).get("articleBody") or "") for k in truth
    ]
    return {"set": "aeb", "reference": system, "pages": len(scores), **shingle_summary(scores)}


def _body(item: dict[str, Any] | None) -> str:
    return str((item or {}).get("articleBody") or "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventwire eval extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=(*SETS, "all"))
    parser.add_argument("--mode", default=DEFAULT_HTML_MODE, choices=(*HTML_MODES, "all"))
    parser.add_argument("--limit", type=int, default=None, help="Only the first N pages of each set.")
    parser.add_argument(
        "--reference", metavar="SYSTEM", help="Score a stored aeb output (output/SYSTEM.json) instead of eventwire."
    )
    parser.add_argument("--json", action="store_true", help="Print the reports as JSON.")
    args = parser.parse_args(argv)
    if args.reference:
        if not (set_dir("aeb") / "output" / f"{args.reference}.json").is_file():
            print(f"no stored output {args.reference!r} under {set_dir('aeb') / 'output'}")
            return 2
        reports = [score_reference(args.reference)]
    else:
        names = [n for n in (SETS if args.set == "all" else (args.set,)) if set_dir(n).is_dir()]
        if not names:
            print(f"extraction gold data not found under {extraction_dir()}; set EVENTWIRE_EVAL")
            return 2
        modes = HTML_MODES if args.mode == "all" else (args.mode,)
        reports = [score_set(name, mode, args.limit) for name in names for mode in modes]
    if args.json:
        print(json.dumps(reports, indent=2))
        return 0
    for report in reports:
        print(_line(report))
    return 0


def _line(report: dict[str, Any]) -> str:
    who = f"reference {report['reference']}" if "reference" in report else f"mode {report['mode']}"
    names = ("precision", "recall", "f1", "exact", "accuracy", "date_accuracy", "title_accuracy")
    metrics = "  ".join(f"{k} {report[k]:.4f}" for k in names if k in report)
    extra = f"  rejected {report['rejected']}  {report['ms_per_page']:.1f} ms/page" if "ms_per_page" in report else ""
    return f"{report['set']:<12} {who:<22} pages {report['pages']:<4} {metrics}{extra}"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
