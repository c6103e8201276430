"""Score the pipeline's quotes against PolNeAR attribution annotations (brat standoff).

Run: ``python -m eventwire.eval.quotes --split dev [--json] [--limit N]`` (or ``eventwire eval quotes``).

* One annotator per article: the first listed in ``metadata.tsv``.
* Content spans are compared after stripping quote marks, whitespace and edge punctuation from both
  sides; a discontinuous gold span counts as its hull.
* PolNeAR has one attribution per cue, so predicted quotes that share a cue span (a quote split
  around its cue: "“A,” he said, “B.”") are scored as one attribution spanning their hull.
* Gold attributions whose content starts or ends with a quote mark count as "direct" (direct or
  mixed quotes); the rest are "indirect". Predicted attributions go by the same rule, reading the
  marks just outside their content too (the pipeline's content leaves the marks out): an indirect
  quote with a quoted phrase inside ("said the plan was “dead”, too") is indirect on both sides.
* Cues match by overlap, one-to-one. Speaker accuracy is measured on overlap-matched attributions
  with a gold source: the predicted speaker span must overlap the gold source span.
* Every figure is given overall ("all") and for the direct and indirect buckets separately.

Quotes come from the full pipeline, with the project's actor mentions and coreference; the report
also gives the quote stages' share of the pipeline's time.

Cross-validation on train: ``--split train --folds K``. The shipped cue table and cue model are learned
from train, so plain ``--split train`` is optimistic. With ``--folds K`` each train article goes to fold
``int.from_bytes(sha256(name)[:8]) % K`` (its PolNeAR file name, so the folds never change), and each
fold is scored with a cue table and cue model learned (``eventwire.quotes.learn.fit_cues``) from the
other folds' articles only, run through ``eventwire.quotes.cues.using``. Per-fold figures and the pooled
counts of all folds are printed (``--json`` too); the figures are the same run to run. Every article
is parsed once and its Doc kept in memory (a few hundred MB for train's 840 articles); all K fold
models are fitted before any stage runs. ``--folds 5`` on train takes about 9 minutes of CPU (parsing,
five cue model fits with their threshold cross-validation, the pipeline). Only ``--split train`` takes
``--folds``: dev is reported, never learned from.

How far people agree: ``--split train --agreement`` scores PolNeAR's own annotators the same way, with no
pipeline: on the articles several annotators marked (16 of train), each further annotator's attributions are
the predictions and the first annotator's (the gold the pipeline is scored against) the gold. Cues match by
overlap, so where a cue starts ("has said" or "said") never counts; only whether it is found.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.eval import eval_root
from eventwire.model import Article, Quote
from eventwire.spans import match_overlaps

if TYPE_CHECKING:
    from eventwire.quotes.cues import Cues

DEFAULT_ROOT = eval_root() / "quotes" / "polnear"
#: PolNeAR's compartments the scorer reads (its metadata also lists annotator-training and parc3-replication).
SPLITS = ("train", "dev")
BUCKETS = ("all", "direct", "indirect")
_MARKS = "\"'“”‘’«»„"
_EDGE = _MARKS + " \t\n.,;:"

Range = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """One attribution relation in PolNeAR's shape (gold, or predicted quotes merged by cue)."""

    content: Range
    cue: Range | None
    source: Range | None
    direct: bool


@dataclass
class Counts:
    """True positives, system and gold totals for one measure."""

    tp: int = 0
    sys: int = 0
    gold: int = 0

    def add(self, tp: int, sys: int, gold: int) -> None:
        self.tp, self.sys, self.gold = self.tp + tp, self.sys + sys, self.gold + gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self) -> dict[str, float]:
        p, r, f1 = self.prf()
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "sys": self.sys,
            "gold": self.gold,
        }


@dataclass
class Bucket:
    """Every measure for one group of attributions (all, direct or indirect)."""

    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    cue: Counts = field(default_factory=Counts)
    speaker_ok: int = 0
    speaker_n: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "content_exact": self.exact.to_dict(),
            "content_overlap": self.overlap.to_dict(),
            "cue": self.cue.to_dict(),
            "speaker": {"accuracy": round(self.speaker_accuracy, 4), "ok": self.speaker_ok, "n": self.speaker_n},
        }


@dataclass
class Scores:
    buckets: dict[str, Bucket] = field(default_factory=lambda: {name: Bucket() for name in BUCKETS})
    articles: int = 0
    seconds_total: float = 0.0  # the whole pipeline (when timed)
    seconds_quotes: float = 0.0  # the quote stages alone (when timed)


# ---------------------------------------------------------------- reading PolNeAR


def _normalise(text: str, start: int, end: int) -> Range:
    """Trim quote marks, whitespace and edge punctuation so both sides compare alike."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _bounds(field_: str) -> Range:
    """``Label s e[;s e...]`` → the hull of the (possibly discontinuous) span."""
    pieces = [p.split() for p in field_.split(" ", 1)[1].split(";")]
    return min(int(p[0]) for p in pieces), max(int(p[1]) for p in pieces)


def is_direct(text: str, start: int, end: int) -> bool:
    """Whether a content span opens or closes with a quote mark (a direct or mixed quote)."""
    body = text[start:end].strip()
    return body[:1] in _MARKS or body[-2:].strip(".,")[-1:] in _MARKS


def touches_mark(text: str, start: int, end: int) -> bool:
    """Whether a predicted content span opens or closes at a quote mark, inside or just outside it
    (after a comma or full stop the pipeline leaves out: “We will win,” he said)."""
    before = text[max(0, start - 1) : start + 1]
    after = text[end - 1 : end + 1] + text[end + 1 : end + 2] * (text[end : end + 1] in ".,")
    return any(c in _MARKS for c in before + after)


def read_ann(path: Path, text: str) -> list[Attribution]:
    """Attribution relations of one brat file; relations without a content span are skipped."""
    spans: dict[str, Range] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            spans[cols[0]] = _bounds(cols[1])
        elif line.startswith("E") and len(cols) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg))
    out: list[Attribution] = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        raw = spans[rel["Content"]]
        cue, source = spans.get(rel.get("Cue", "")), spans.get(rel.get("Source", ""))
        out.append(Attribution(_normalise(text, *raw), cue, source, is_direct(text, *raw)))
    return out


def articles(root: Path, split: str) -> Iterable[tuple[str, str, Path]]:
    """(name, text, annotation path) for each article of the split, first annotator only."""
    with (root / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["compartment"] != split:
                continue
            name, annotator = row["filename"], row["annotators"].split("|")[0]
            txt = root / split / "text" / f"{name}.txt"
            ann = root / split / "attributions" / f"{name}_{annotator}.ann"
            if txt.exists() and ann.exists():
                yield name, txt.read_text(encoding="utf-8"), ann


# ---------------------------------------------------------------- predictions in PolNeAR's shape


def _range(q: Quote, part: str) -> Range | None:
    span = getattr(q, part)
    return None if span is None else (span.start, span.end)


def predicted(text: str, quotes: Sequence[Quote]) -> list[Attribution]:
    """The pipeline's quotes as attributions: quotes sharing a cue span merge into their hull."""
    by_cue: dict[Range, list[Quote]] = {}
    alone: list[list[Quote]] = []
    for q in quotes:
        cue = _range(q, "cue")
        if cue is None:
            alone.append([q])
        else:
            by_cue.setdefault(cue, []).append(q)
    out: list[Attribution] = []
    for group in [*by_cue.values(), *alone]:
        start = min(q.content.start for q in group)
        end = max(q.content.end for q in group)
        speaker = next((_range(q, "speaker") for q in group if q.speaker is not None), None)
        marked = any(q.kind != "indirect" for q in group)
        direct = marked and touches_mark(text, start, end)
        out.append(Attribution(_normalise(text, start, end), _range(group[0], "cue"), speaker, direct))
    return sorted(out, key=lambda a: a.content)


# ---------------------------------------------------------------- scoring


def _overlap(a: Range | None, b: Range | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(pred: Sequence[Range], gold: Sequence[Range]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs: identical spans first, then the rest by largest
    overlap (so a long prediction cannot take a gold span that another prediction hits exactly)."""
    pairs: list[tuple[int, int]] = []
    free_gold: dict[Range, list[int]] = {}
    for gi, span in enumerate(gold):
        free_gold.setdefault(span, []).append(gi)
    rest_pred: list[int] = []
    for pi, span in enumerate(pred):
        if free_gold.get(span):
            pairs.append((pi, free_gold[span].pop(0)))
        else:
            rest_pred.append(pi)
    taken = {gi for _, gi in pairs}
    rest_gold = [gi for gi in range(len(gold)) if gi not in taken]
    found = match_overlaps([gold[gi] for gi in rest_gold], [pred[pi] for pi in rest_pred])
    pairs += [(rest_pred[pi], rest_gold[gi]) for gi, pi in found]
    return sorted(pairs)


def _in_bucket(name: str, a: Attribution) -> bool:
    return name == "all" or a.direct == (name == "direct")


def score_bucket(preds: Sequence[Attribution], gold: Sequence[Attribution], b: Bucket) -> None:
    """Add one article's content, cue and speaker counts to a bucket."""
    pb, gb = [p.content for p in preds], [g.content for g in gold]
    pairs = _match(pb, gb)
    b.exact.add(len(set(pb) & set(gb)), len(pb), len(gb))
    b.overlap.add(len(pairs), len(pb), len(gb))
    for i, j in pairs:
        if gold[j].source is not None:
            b.speaker_n += 1
            b.speaker_ok += int(_overlap(preds[i].source, gold[j].source) > 0)
    pred_cues = sorted({p.cue for p in preds if p.cue is not None})
    gold_cues = sorted({g.cue for g in gold if g.cue is not None})
    b.cue.add(len(_match(pred_cues, gold_cues)), len(pred_cues), len(gold_cues))


def score_attributions(preds: Sequence[Attribution], gold: Sequence[Attribution], s: Scores) -> None:
    """Add one article's counts, overall and per bucket, for attributions already in PolNeAR's shape."""
    for name, bucket in s.buckets.items():
        score_bucket([p for p in preds if _in_bucket(name, p)], [g for g in gold if _in_bucket(name, g)], bucket)


def score_article(text: str, quotes: Sequence[Quote], gold: Sequence[Attribution], s: Scores) -> None:
    score_attributions(predicted(text, quotes), gold, s)
    s.articles += 1


def _timed(stage: Callable[[Any], None], clock: list[float]) -> Callable[[Any], None]:
    @functools.wraps(stage)
    def run(analysis: Any) -> None:
        start = time.perf_counter()
        try:
            stage(analysis)
        finally:
            clock[0] += time.perf_counter() - start

    return run


def evaluate(root: Path, split: str, limit: int | None = None) -> Scores:
    """Score the whole pipeline (its actors and coreference included) on one split, timing it."""
    from eventwire.model import Article, Rejected
    from eventwire.pipeline import DEFAULT_STAGES, QUOTE_STAGES, process

    items = list(articles(root, split))[:limit]
    s = Scores()
    clock = [0.0]
    stages = [_timed(st, clock) if st in QUOTE_STAGES else st for st in DEFAULT_STAGES]
    started = time.perf_counter()
    results = list(process((Article(id=name, text=text) for name, text, _ in items), stages=stages))
    s.seconds_total, s.seconds_quotes = time.perf_counter() - started, clock[0]
    for (_, text, ann), result in zip(items, results, strict=True):
        quotes = [] if isinstance(result, Rejected) else result.quotes
        score_article(text, quotes, read_ann(ann, text), s)
    return s


# ---------------------------------------------------------------- agreement between annotators


@dataclass
class Agreement:
    """Other annotators scored against each article's first annotator, the gold the pipeline is scored on."""

    scores: Scores
    pairs: int  # (article, other annotator) pairs scored


def multiply_annotated(root: Path, split: str) -> Iterable[tuple[str, str, list[Path]]]:
    """(name, text, annotation paths, the first annotator's first) for each article of the split that two or more
    annotators marked (PolNeAR train: 16 articles)."""
    with (root / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["compartment"] != split:
                continue
            name = row["filename"]
            txt = root / split / "text" / f"{name}.txt"
            paths = [root / split / "attributions" / f"{name}_{a}.ann" for a in row["annotators"].split("|")]
            if txt.exists() and paths[0].exists() and sum(p.exists() for p in paths) >= 2:
                yield name, txt.read_text(encoding="utf-8"), [p for p in paths if p.exists()]


def agreement(root: Path, split: str) -> Agreement:
    """How far PolNeAR's annotators agree, measured as the pipeline is: each further annotator's attributions are
    the predictions, the first annotator's the gold, on the articles several annotators marked."""
    s, pairs = Scores(), 0
    for _, text, paths in multiply_annotated(root, split):
        gold = read_ann(paths[0], text)
        for other in paths[1:]:
            score_attributions(read_ann(other, text), gold, s)
            pairs += 1
        s.articles += 1
    return Agreement(s, pairs)


def agreement_to_dict(a: Agreement, split: str) -> dict[str, Any]:
    data = {key: value for key, value in to_dict(a.scores, split).items() if key != "timing"}
    return {**data, "data": f"PolNeAR {split}, other annotators against the first", "annotator_pairs": a.pairs}


def agreement_report(a: Agreement, split: str) -> str:
    head = f"PolNeAR {split}, {a.scores.articles} articles marked by several annotators: each other annotator"
    head += f" against the first ({a.pairs} pairs)"
    body = report(a.scores, split, note="(annotators, not the pipeline: how far people agree)").splitlines()[1:]
    return "\n".join([head, *body])


# ---------------------------------------------------------------- cross-validation on train


@dataclass
class Parsed:
    """One article parsed as the pipeline parses it, with its gold attributions."""

    name: str
    text: str
    doc: Any  # spaCy Doc of pipeline.parsed_text
    gold: list[Attribution]


@dataclass
class CrossValidation:
    folds: list[Scores]
    pooled: Scores


def fold_of(name: str, folds: int) -> int:
    """The fold (0..folds-1) of an article, fixed by its name alone."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % folds


def fold_split(names: Sequence[str], fold: int, folds: int) -> tuple[list[int], list[int]]:
    """Indices of the articles to learn from and of those to score, for one fold: disjoint, all of them."""
    learn = [i for i, name in enumerate(names) if fold_of(name, folds) != fold]
    score = [i for i, name in enumerate(names) if fold_of(name, folds) == fold]
    return learn, score


def parse(root: Path, split: str, limit: int | None = None) -> list[Parsed]:
    """Every article of the split, parsed once."""
    from eventwire.annotate import load_nlp
    from eventwire.pipeline import parsed_text

    items = list(articles(root, split))[:limit]
    texts = [parsed_text(Article(id=name, text=text)) for name, text, _ in items]
    docs = load_nlp().pipe(texts, batch_size=16)
    return [Parsed(name, text, doc, read_ann(ann, text)) for (name, text, ann), doc in zip(items, docs, strict=True)]


def cue_items(parsed: Sequence[Parsed]) -> list[tuple[Any, list[tuple[Range, Range]]]]:
    """What the cue table and model learn from: each Doc with its gold (cue, content) ranges."""
    return [(p.doc, [(g.cue, g.content) for g in p.gold if g.cue is not None]) for p in parsed]


def learn_cues(training: Sequence[Parsed]) -> Cues:
    """The cue table and cue model that ``python -m eventwire.quotes.learn`` would ship from these articles."""
    from eventwire.quotes.cues import Cues
    from eventwire.quotes.learn import fit_cues

    rows, model, _ = fit_cues(cue_items(training))
    return Cues(model, {(r.lemma, r.frame): r for r in rows})


def score_parsed(parsed: Sequence[Parsed], s: Scores) -> None:
    """Run the pipeline over parsed articles and add their scores."""
    from eventwire.model import Rejected
    from eventwire.pipeline import process_parsed

    results = process_parsed((Article(id=p.name, text=p.text), p.doc) for p in parsed)
    for p, result in zip(parsed, results, strict=True):
        score_article(p.text, [] if isinstance(result, Rejected) else result.quotes, p.gold, s)


def cross_validate(
    parsed: Sequence[Parsed], folds: int, learn: Callable[[Sequence[Parsed]], Cues] = learn_cues
) -> CrossValidation:
    """Score each fold with the cues ``learn`` makes from the other folds. Every fold's cues are learned
    before the pipeline runs on any article, so they are learned from Docs no stage has touched."""
    from eventwire.quotes.cues import using

    names = [p.name for p in parsed]
    splits = [fold_split(names, fold, folds) for fold in range(folds)]
    learned = [learn([parsed[i] for i in learn_from]) for learn_from, _ in splits]
    out = CrossValidation([Scores() for _ in range(folds)], Scores())
    for (_, to_score), cues, fold_scores in zip(splits, learned, out.folds, strict=True):
        with using(cues):
            score_parsed([parsed[i] for i in to_score], fold_scores)
    for fold_scores in out.folds:
        _pool(fold_scores, out.pooled)
    return out


def _pool(part: Scores, into: Scores) -> None:
    for name, b in part.buckets.items():
        total = into.buckets[name]
        for mine, theirs in ((b.exact, total.exact), (b.overlap, total.overlap), (b.cue, total.cue)):
            theirs.add(mine.tp, mine.sys, mine.gold)
        total.speaker_ok += b.speaker_ok
        total.speaker_n += b.speaker_n
    into.articles += part.articles


def cv_to_dict(cv: CrossValidation, split: str) -> dict[str, Any]:
    return {
        "data": f"PolNeAR {split}, {len(cv.folds)} folds by article (cues learned on the other folds)",
        "folds": [{"fold": k, "articles": s.articles, "summary": summary(s)} for k, s in enumerate(cv.folds)],
        "pooled": {key: value for key, value in to_dict(cv.pooled, split).items() if key != "timing"},
    }


def cv_report(cv: CrossValidation, split: str) -> str:
    head = f"PolNeAR {split}, {len(cv.folds)} folds by article (cue table and model learned on the other folds)"
    lines = [head, "  fold articles  overlap  direct  exact  direct-exact  cue    speaker"]
    for k, s in enumerate(cv.folds):
        f = summary(s)
        lines.append(
            f"  {k:4} {s.articles:8}  {f['all_overlap_f1']:.4f}   {f['direct_overlap_f1']:.4f}  "
            f"{f['all_exact_f1']:.4f} {f['direct_exact_f1']:.4f}        {f['cue_f1']:.4f} {f['speaker_accuracy']:.4f}"
        )
    pooled = report(cv.pooled, f"{split}, all folds pooled").splitlines()
    return "\n".join([*lines, *pooled])


def summary(s: Scores) -> dict[str, float]:
    """The headline figures as a flat dict (for the CI gate and BENCHMARKS.md)."""
    out: dict[str, float] = {}
    for name, b in s.buckets.items():
        for label, counts in (("exact", b.exact), ("overlap", b.overlap)):
            out[f"{name}_{label}_f1"] = round(counts.prf()[2], 4)
        out[f"{name}_cue_f1"] = round(b.cue.prf()[2], 4)
        out[f"{name}_speaker_accuracy"] = round(b.speaker_accuracy, 4)
    out["cue_f1"] = out["all_cue_f1"]
    out["speaker_accuracy"] = out["all_speaker_accuracy"]
    return out


def to_dict(s: Scores, split: str) -> dict[str, Any]:
    """Everything measured, as one JSON-ready object."""
    share = s.seconds_quotes / s.seconds_total if s.seconds_total else None
    return {
        "data": f"PolNeAR {split}",
        "articles": s.articles,
        "summary": summary(s),
        "buckets": {name: b.to_dict() for name, b in s.buckets.items()},
        "timing": {
            "pipeline_seconds": round(s.seconds_total, 3),
            "quote_stages_seconds": round(s.seconds_quotes, 3),
            "quote_share": None if share is None else round(share, 4),
        },
    }


PIPELINE_NOTE = "(full pipeline: quotes with the project's actors and coreference)"


def report(s: Scores, split: str, note: str = PIPELINE_NOTE) -> str:
    lines = [f"PolNeAR {split}, {s.articles} articles (one annotator per article)"]
    for name, b in s.buckets.items():
        for label, counts in (("exact", b.exact), ("overlap", b.overlap), ("cue", b.cue)):
            p, r, f1 = counts.prf()
            what = "cue" if label == "cue" else f"content {label}"
            tally = f"(tp={counts.tp} sys={counts.sys} gold={counts.gold})"
            lines.append(f"  {name:8} {what:15} P={p:.3f} R={r:.3f} F1={f1:.3f}  {tally}")
        lines.append(f"  {name:8} speaker accuracy {b.speaker_accuracy:.3f} ({b.speaker_ok}/{b.speaker_n} matched)")
    if s.seconds_total:
        share = s.seconds_quotes / s.seconds_total
        lines.append(f"  time: quote stages {s.seconds_quotes:.2f}s of {s.seconds_total:.2f}s pipeline ({share:.1%})")
    lines.append(f"  {note}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument(
        "--split", default="dev", choices=SPLITS, help="PolNeAR split: train (for development) or dev (to report)"
    )
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--json", action="store_true", help="print every figure as JSON")
    ap.add_argument(
        "--folds", type=int, default=0, help="with --split train: K folds by article, cues learned on the other folds"
    )
    ap.add_argument(
        "--agreement",
        action="store_true",
        help="score the other annotators against the first, on the articles several annotators marked (no pipeline)",
    )
    args = ap.parse_args(argv)
    if not (args.root / "metadata.tsv").is_file():
        ap.error(f"no PolNeAR data under {args.root} (its metadata.tsv is missing): set EVENTWIRE_EVAL or --root")
    if args.agreement:
        if args.folds or args.limit is not None:
            ap.error("--agreement scores annotators, not the pipeline: it takes neither --folds nor --limit")
        found = agreement(args.root, args.split)
        if not found.pairs:  # zeros would read as disagreement
            ap.error(f"no PolNeAR {args.split} article under {args.root} was marked by two or more annotators")
        print(
            json.dumps(agreement_to_dict(found, args.split), indent=2)
            if args.json
            else agreement_report(found, args.split)
        )
        return
    if args.folds:
        if args.split != "train" or args.folds < 2:
            ap.error("--folds K takes --split train and K of 2 or more (the cues are learned from train only)")
        cv = cross_validate(parse(args.root, args.split, args.limit), args.folds)
        print(json.dumps(cv_to_dict(cv, args.split), indent=2) if args.json else cv_report(cv, args.split))
        return
    scores = evaluate(args.root, args.split, args.limit)
    print(json.dumps(to_dict(scores, args.split), indent=2) if args.json else report(scores, args.split))


if __name__ == "__main__":
    main()
