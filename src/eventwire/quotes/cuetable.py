"""The cue table: which (verb lemma, frame) pairs report speech, learned from PolNeAR train.

Each row counts, over PolNeAR's train split, how often a verb with that lemma and frame (see
:mod:`eventwire.quotes.clauses`) was annotated as the cue of an attribution whose content overlaps
the candidate's content. A pair is taken as reported speech when its smoothed rate clears
:data:`THRESHOLD`. Rebuild the table with ``python -m eventwire.quotes.learn`` (PolNeAR train only).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from eventwire.quotes.clauses import Candidate, candidates
from eventwire.quotes.marks import pair_marks

TABLE = Path(__file__).resolve().parents[1] / "data" / "quote_cues.tsv"
#: Smoothed share of annotated uses a pair needs to count as reported speech.
THRESHOLD = 0.4
#: Pairs seen fewer times than this are decided by the hand-written lexicon instead.
MIN_SEEN = 2

Range = tuple[int, int]


@dataclass(frozen=True)
class Row:
    lemma: str
    frame: str
    annotated: int
    seen: int

    @property
    def rate(self) -> float:
        return (self.annotated + 1) / (self.seen + 2)  # Laplace smoothing: rare pairs stay near 0.5


@functools.cache
def load(path: Path = TABLE) -> dict[tuple[str, str], Row]:
    """The table as {(lemma, frame): Row}; empty when the file is missing."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], Row] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        lemma, frame, annotated, seen = line.split("\t")
        out[(lemma, frame)] = Row(lemma, frame, int(annotated), int(seen))
    return out


def verdict(lemma: str, frame: str, table: Mapping[tuple[str, str], Row] | None = None) -> bool | None:
    """True/False where the table (the shipped one unless given) has seen the pair often enough, else None
    (no opinion)."""
    row = (load() if table is None else table).get((lemma, frame))
    if row is None or row.seen < MIN_SEEN:
        return None
    return row.rate >= THRESHOLD


def _overlap(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def labelled_hits(doc: Doc, gold: Sequence[tuple[Range, Range]]) -> Iterator[tuple[Candidate, list[int]]]:
    """One article's candidates, each with the indexes of the gold attributions ((cue, content)
    ranges) that have its cue and overlapping content. Verbs inside quotation marks are left out, as
    the quote stage leaves them out."""
    quoted = [(p.open_pos, p.close_pos) for p in pair_marks(doc.text)]
    for cand in candidates(doc):
        if any(lo < cand.verb.idx < hi for lo, hi in quoted):
            continue
        cue = (cand.verb.idx, cand.cue_end)
        content = (cand.first.idx, cand.last.idx + len(cand.last.text))
        yield cand, [i for i, (g_cue, g_text) in enumerate(gold) if _overlap(cue, g_cue) and _overlap(content, g_text)]


def labelled(doc: Doc, gold: Sequence[tuple[Range, Range]]) -> Iterator[tuple[Candidate, bool]]:
    """One article's candidates, each with whether some gold attribution has its cue and content."""
    for cand, hits in labelled_hits(doc, gold):
        yield cand, bool(hits)


def count(
    doc: Doc, gold: Sequence[tuple[Range, Range]], annotated: Counter[tuple[str, str]], seen: Counter[tuple[str, str]]
) -> None:
    """Count one article's candidates against its gold (cue, content) ranges."""
    for cand, hit in labelled(doc, gold):
        seen[cand.key] += 1
        annotated[cand.key] += int(hit)


def build(items: Iterable[tuple[Doc, Sequence[tuple[Range, Range]]]], min_annotated: int = 1) -> list[Row]:
    """Rows for every pair annotated at least ``min_annotated`` times, most annotated first."""
    annotated: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    for doc, gold in items:
        count(doc, gold, annotated, seen)
    rows = [Row(k[0], k[1], annotated[k], seen[k]) for k in seen if annotated[k] >= min_annotated]
    return sorted(rows, key=lambda r: (-r.annotated, r.lemma, r.frame))


def write(rows: Sequence[Row], path: Path = TABLE) -> None:
    lines = ["lemma\tframe\tannotated\tseen", *(f"{r.lemma}\t{r.frame}\t{r.annotated}\t{r.seen}" for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
