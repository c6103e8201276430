"""Near-duplicate article detection, measured on real articles and rewrites of them.

The test set is built at run time from PolNeAR (``quotes/polnear``: 2016 US campaign news by
seven publishers; nothing is copied into the repository). For every article of the split,
seeded random edits make the copies a news stream really carries:

- ``exact``: the same text under another id;
- ``headline``: a new headline line and an agency dateline ("WASHINGTON (AP) — ");
- ``lead``: the first body paragraph replaced by the lead of another article;
- ``cut-end``: the last 20-40% of the paragraphs dropped;
- ``truncated``: cut after 50-70% of the words, mid-sentence;
- ``updated``: one to three paragraphs from another article appended, a headline changed;
- ``shuffled``: the body paragraphs in another order, and the sentences in some of them;
- ``syndicated``: 10-15% of the sentences dropped, a dateline and a "Reporting by" trailer added.

Positives are an article and its copies (one cluster per original); negatives are all other
pairs, including the hard ones: different publishers' articles on the same campaign events
of the same day. Documents arrive in a seeded random order (a copy may arrive before its
original); each is matched against those before it (``eventwire.dedup.DedupIndex``) and
linked to at most one. A link is right when both ends are in the same cluster: precision is
right links / links; recall is the share of documents that are not the first of their
cluster to arrive and got a right link. Tune on ``train``, report ``dev``.

    python -m eventwire.eval.dedup --split dev
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.dedup import DedupConfig, DedupIndex, fingerprint
from eventwire.eval import eval_root

KINDS = ("exact", "headline", "lead", "cut-end", "truncated", "updated", "shuffled", "syndicated")
_DATELINES = ("WASHINGTON (AP) —", "NEW YORK (Reuters) -", "DES MOINES, Iowa (AFP) -", "CLEVELAND (UPI) --")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Original:
    id: str
    publisher: str
    date: str
    text: str

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Doc:
    id: str
    cluster: str
    kind: str  # "original" or one of KINDS
    publisher: str
    date: str
    text: str


def polnear_dir() -> Path:
    return eval_root() / "quotes" / "polnear"


def load_originals(split: str, limit: int | None = None) -> list[Original]:
    root = polnear_dir()
    meta: dict[str, tuple[str, str]] = {}
    for line in (root / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) > 5 and cells[0] == split:
            meta[cells[1]] = (cells[4], cells[5])
    originals = []
    for path in sorted((root / split / "text").glob("*.txt")):
        publisher, date = meta.get(path.stem, (path.stem.split("_")[0], ""))
        originals.append(Original(path.stem, publisher, date, path.read_text(encoding="utf-8")))
    return originals[:limit] if limit else originals


# -- the edits ----------------------------------------------------------------------------------


def _join(paragraphs: Sequence[str]) -> str:
    return "\n\n".join(paragraphs)


def _headline(article: Original, rng: random.Random, _pool: Sequence[Original]) -> str:
    body = article.paragraphs[1:] or article.paragraphs
    title = f"UPDATE {rng.randint(1, 4)}-{article.paragraphs[0].upper()}"
    return _join([title, f"{rng.choice(_DATELINES)} {body[0]}", *body[1:]])


def _lead(article: Original, rng: random.Random, pool: Sequence[Original]) -> str:
    other = rng.choice(pool).paragraphs
    # A lead is one sentence: take the other article's first, at most 40 words.
    new_lead = " ".join(_SENTENCE.split(other[1] if len(other) > 1 else other[0])[0].split()[:40])
    paragraphs = article.paragraphs
    return _join([paragraphs[0], new_lead, *paragraphs[2:]])


def _cut_end(article: Original, rng: random.Random, _pool: Sequence[Original]) -> str:
    paragraphs = article.paragraphs
    keep = max(2, round(len(paragraphs) * rng.uniform(0.6, 0.8)))
    return _join(paragraphs[:keep])


def _truncated(article: Original, rng: random.Random, _pool: Sequence[Original]) -> str:
    words = article.text.split(" ")
    return " ".join(words[: max(1, round(len(words) * rng.uniform(0.5, 0.7)))])


def _updated(article: Original, rng: random.Random, pool: Sequence[Original]) -> str:
    other = rng.choice(pool).paragraphs[1:] or [""]
    # New paragraphs add at most a quarter of the article's length.
    budget = max(15, len(article.text.split()) // 4)
    added = " ".join(_join(other[: rng.randint(1, 3)]).split(" ")[:budget])
    return _join([f"{article.paragraphs[0]} (updated)", *article.paragraphs[1:], added])


def _shuffled(article: Original, rng: random.Random, _pool: Sequence[Original]) -> str:
    head, body = article.paragraphs[0], article.paragraphs[1:]
    rng.shuffle(body)
    out = []
    for paragraph in body:
        sentences = _SENTENCE.split(paragraph)
        if rng.random() < 0.5:
            rng.shuffle(sentences)
        out.append(" ".join(sentences))
    return _join([head, *out])


def _syndicated(article: Original, rng: random.Random, _pool: Sequence[Original]) -> str:
    drop = rng.uniform(0.10, 0.15)
    paragraphs = []
    for paragraph in article.paragraphs[1:]:
        kept = [s for s in _SENTENCE.split(paragraph) if rng.random() >= drop]
        if kept:
            paragraphs.append(" ".join(kept))
    if paragraphs:
        paragraphs[0] = f"{rng.choice(_DATELINES)} {paragraphs[0]}"
    return _join([article.paragraphs[0], *paragraphs, "(Reporting by staff; Editing by the desk)"])


EDITS: dict[str, Callable[[Original, random.Random, Sequence[Original]], str]] = {
    "exact": lambda article, _rng, _pool: article.text,
    "headline": _headline,
    "lead": _lead,
    "cut-end": _cut_end,
    "truncated": _truncated,
    "updated": _updated,
    "shuffled": _shuffled,
    "syndicated": _syndicated,
}


LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels" / "dedup_polnear_same_article.tsv"


def same_article_pairs(path: Path = LABELS) -> list[tuple[str, str]]:
    """Hand-judged pairs of corpus articles that are versions of one article."""
    if not path.is_file():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [(r[1], r[2]) for r in rows[1:] if len(r) > 2 and not r[0].startswith("#") and r[0] != "split"]


def _clusters(originals: Sequence[Original]) -> dict[str, str]:
    """Each original's cluster: itself, or the first of a hand-judged pair of versions."""
    cluster = {o.id: o.id for o in originals}
    for a, b in same_article_pairs():
        if a in cluster and b in cluster:
            root = min(cluster[a], cluster[b])
            cluster = {k: root if v in (cluster[a], cluster[b]) else v for k, v in cluster.items()}
    return cluster


def build_collection(originals: Sequence[Original], seed: int = 13) -> list[Doc]:
    """Originals plus one copy of each kind per original, in a seeded random arrival order."""
    rng = random.Random(seed)
    cluster = _clusters(originals)
    docs = [Doc(o.id, cluster[o.id], "original", o.publisher, o.date, o.text) for o in originals]
    for original in originals:
        pool = [o for o in originals if o.id != original.id] or [original]
        for kind in KINDS:
            text = EDITS[kind](original, rng, pool)
            copy_id = f"{original.id}~{kind}"
            docs.append(Doc(copy_id, cluster[original.id], kind, original.publisher, original.date, text))
    rng.shuffle(docs)
    return docs


# -- scoring ------------------------------------------------------------------------------------


def score(docs: Sequence[Doc], config: DedupConfig) -> dict[str, Any]:
    index = DedupIndex(config)
    by_id = {d.id: d for d in docs}
    seen_clusters: set[str] = set()
    links: list[tuple[Doc, Doc, str, float, float]] = []
    expected: list[Doc] = []  # documents whose cluster already had a member when they arrived
    found_right: set[str] = set()
    started = time.perf_counter()
    for doc in docs:
        print_ = fingerprint(doc.text)
        match = index.match(doc.id, print_)
        index.add(doc.id, print_)
        if doc.cluster in seen_clusters:
            expected.append(doc)
        seen_clusters.add(doc.cluster)
        if match is None:
            continue
        other = by_id[match.duplicate_of]
        links.append((doc, other, match.kind, match.similarity, match.containment))
        if other.cluster == doc.cluster:
            found_right.add(doc.id)
    elapsed = time.perf_counter() - started
    right = sum(1 for doc, other, *_ in links if doc.cluster == other.cluster)
    wrong = [
        {"doc": d.id, "linked_to": o.id, "kind": k, "similarity": s, "containment": c}
        for d, o, k, s, c in links
        if d.cluster != o.cluster
    ]
    missed = Counter(d.kind for d in expected if d.id not in found_right)
    per_kind = Counter(d.kind for d in expected)
    return {
        "documents": len(docs),
        "clusters": len(seen_clusters),
        "links": len(links),
        "precision": right / len(links) if links else 1.0,
        "recall": len(found_right) / len(expected) if expected else 1.0,
        "recall_by_kind": {k: round(1 - missed[k] / n, 4) for k, n in sorted(per_kind.items())},
        "wrong_links": wrong,
        "ms_per_document": 1000 * elapsed / max(1, len(docs)),
    }


def hard_negatives(originals: Sequence[Original]) -> int:
    """Pairs of articles by different publishers on the same day: the same story, not copies."""
    by_day = Counter((o.date, o.publisher) for o in originals)
    days = Counter(o.date for o in originals)
    return sum((days[d] ** 2 - sum(n**2 for (dd, _), n in by_day.items() if dd == d)) // 2 for d in days)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventwire eval dedup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles of the split.")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--jaccard", type=float, default=DedupConfig.jaccard)
    parser.add_argument("--containment", type=float, default=DedupConfig.containment)
    parser.add_argument("--json", action="store_true", help="Print the full report as JSON.")
    args = parser.parse_args(argv)
    if not polnear_dir().is_dir():
        print(f"PolNeAR not found under {eval_root()}; set EVENTWIRE_EVAL")
        return 2
    originals = load_originals(args.split, args.limit)
    config = DedupConfig(jaccard=args.jaccard, containment=args.containment)
    report = score(build_collection(originals, args.seed), config)
    report |= {"split": args.split, "originals": len(originals), "hard_negative_pairs": hard_negatives(originals)}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(
        f"PolNeAR {args.split}: {report['originals']} articles + {report['documents'] - report['originals']} copies, "
        f"{report['hard_negative_pairs']} same-day pairs by different publishers"
    )
    print(f"precision {report['precision']:.4f}  recall {report['recall']:.4f}  links {report['links']}")
    print("recall by kind: " + ", ".join(f"{k} {v:.3f}" for k, v in report["recall_by_kind"].items()))
    print(f"{report['ms_per_document']:.2f} ms per document (fingerprint + lookup)")
    for wrong in report["wrong_links"][:10]:
        print(f"  wrong: {wrong['doc']} -> {wrong['linked_to']} (J {wrong['similarity']}, C {wrong['containment']})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
