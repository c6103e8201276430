"""Score the pipeline's quotes against PolNeAR attribution annotations (brat standoff).

Run: ``python -m eventwire.eval.quotes --split dev``.

One annotator per article: the first listed in ``metadata.tsv``. Content spans are compared after
stripping quote marks, whitespace and edge punctuation from both sides. Gold attributions whose
content starts or ends with a quote mark count as "direct" (direct or mixed quotes); the rest are
"indirect". Speaker accuracy is measured on overlap-matched quotes with a gold source: the predicted
speaker span must overlap the gold source span. Quotes come from the full pipeline, with the
project's actor mentions and coreference.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.eval import eval_root
from eventwire.model import Quote
from eventwire.spans import match_overlaps

DEFAULT_ROOT = eval_root() / "quotes" / "polnear"
_MARKS = "\"'“”‘’«»„"
_EDGE = _MARKS + " \t\n.,;:"


@dataclass(frozen=True)
class Gold:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    direct: bool


@dataclass
class Counts:
    """True positives, system and gold totals for one measure."""

    tp: int = 0
    sys: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Scores:
    exact: dict[str, Counts] = field(default_factory=dict)
    overlap: dict[str, Counts] = field(default_factory=dict)
    cue: Counts = field(default_factory=Counts)
    speaker_ok: int = 0
    speaker_n: int = 0

    def bucket(self, table: dict[str, Counts], name: str) -> Counts:
        return table.setdefault(name, Counts())


# ---------------------------------------------------------------- reading PolNeAR


def _normalise(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim quote marks, whitespace and edge punctuation so both sides compare alike."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _bounds(field_: str) -> tuple[int, int]:
    """``Label s e[;s e...]`` → the hull of the (possibly discontinuous) span."""
    pieces = [p.split() for p in field_.split(" ", 1)[1].split(";")]
    return min(int(p[0]) for p in pieces), max(int(p[1]) for p in pieces)


def read_ann(path: Path, text: str) -> list[Gold]:
    """Attribution relations of one brat file."""
    spans: dict[str, tuple[int, int]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            spans[cols[0]] = _bounds(cols[1])
        elif line.startswith("E") and len(cols) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg))
    out: list[Gold] = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        raw = spans[rel["Content"]]
        body = text[raw[0] : raw[1]].strip()
        direct = body[:1] in _MARKS or body[-2:].strip(".,")[-1:] in _MARKS
        out.append(
            Gold(
                _normalise(text, *raw),
                spans.get(rel.get("Cue", "")),
                spans.get(rel.get("Source", "")),
                direct,
            )
        )
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


# ---------------------------------------------------------------- scoring


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by largest overlap: (pred index, gold index) pairs."""
    return [(pi, gi) for gi, pi in match_overlaps(gold, pred)]


def _pred_bounds(text: str, q: Quote) -> tuple[int, int]:
    return _normalise(text, q.content.start, q.content.end)


def score_article(text: str, quotes: Sequence[Quote], gold: Sequence[Gold], s: Scores) -> None:
    for name, keep_p, keep_g in (
        ("all", lambda q: True, lambda g: True),
        ("direct", lambda q: q.kind != "indirect", lambda g: g.direct),
        ("indirect", lambda q: q.kind == "indirect", lambda g: not g.direct),
    ):
        ps = [q for q in quotes if keep_p(q)]
        gs = [g for g in gold if keep_g(g)]
        pb, gb = [_pred_bounds(text, q) for q in ps], [g.content for g in gs]
        pairs = _match(pb, gb)
        for table, tp in ((s.exact, len(set(pb) & set(gb))), (s.overlap, len(pairs))):
            c = s.bucket(table, name)
            c.tp, c.sys, c.gold = c.tp + tp, c.sys + len(pb), c.gold + len(gb)
        if name == "all":
            _score_speakers(ps, gs, pairs, s)
    pred_cues = sorted({(q.cue.start, q.cue.end) for q in quotes if q.cue is not None})
    gold_cues = sorted({g.cue for g in gold if g.cue is not None})
    s.cue.tp += len(_match(pred_cues, gold_cues))
    s.cue.sys += len(pred_cues)
    s.cue.gold += len(gold_cues)


def _score_speakers(ps: Sequence[Quote], gs: Sequence[Gold], pairs: list[tuple[int, int]], s: Scores) -> None:
    for i, j in pairs:
        if gs[j].source is None:
            continue
        sp = ps[i].speaker
        s.speaker_n += 1
        s.speaker_ok += int(sp is not None and _overlap((sp.start, sp.end), gs[j].source) > 0)


def evaluate(root: Path, split: str, limit: int | None = None) -> Scores:
    """Score the whole pipeline (its actors and coreference included) on one split."""
    from eventwire.model import Article, Rejected
    from eventwire.pipeline import process

    items = list(articles(root, split))[:limit]
    s = Scores()
    results = process(Article(id=name, text=text) for name, text, _ in items)
    for (_, text, ann), result in zip(items, results, strict=True):
        quotes = [] if isinstance(result, Rejected) else result.quotes
        score_article(text, quotes, read_ann(ann, text), s)
    return s


def summary(s: Scores) -> dict[str, float]:
    """The headline figures as a flat dict (for the CI gate and BENCHMARKS.md)."""
    out: dict[str, float] = {}
    for name in ("all", "direct", "indirect"):
        for label, table in (("exact", s.exact), ("overlap", s.overlap)):
            out[f"{name}_{label}_f1"] = round(table.get(name, Counts()).prf()[2], 4)
    out["cue_f1"] = round(s.cue.prf()[2], 4)
    out["speaker_accuracy"] = round(s.speaker_ok / s.speaker_n, 4) if s.speaker_n else 0.0
    return out


def report(s: Scores, split: str) -> str:
    lines = [f"PolNeAR {split}: content P/R/F1 (one annotator per article)"]
    for name in ("all", "direct", "indirect"):
        for label, table in (("exact", s.exact), ("overlap", s.overlap)):
            c = table.get(name, Counts())
            p, r, f1 = c.prf()
            lines.append(f"  {name:8} {label:7} P={p:.3f} R={r:.3f} F1={f1:.3f}  (tp={c.tp} sys={c.sys} gold={c.gold})")
    p, r, f1 = s.cue.prf()
    lines.append(
        f"  cue (overlap)    P={p:.3f} R={r:.3f} F1={f1:.3f}  (tp={s.cue.tp} sys={s.cue.sys} gold={s.cue.gold})"
    )
    acc = s.speaker_ok / s.speaker_n if s.speaker_n else 0.0
    lines.append(f"  speaker accuracy on overlap-matched quotes: {acc:.3f} ({s.speaker_ok}/{s.speaker_n})")
    lines.append("  (full pipeline: quotes with the project's actors and coreference)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    print(report(evaluate(args.root, args.split, args.limit), args.split))


if __name__ == "__main__":
    main()
