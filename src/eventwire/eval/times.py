"""TempEval-3 style scoring of the time-expression stage against TimeML ``.tml`` files.

``eventwire eval times [DIR ...] [--split NAME ...] [--errors] [--limit N]`` prints one JSON line
per set (and one for all of them together when there are several). Without a directory it scores
the TBAQ-cleaned corpus under ``eval_root()/time/tbaq``; what each split is for:

* ``TimeBank`` (183 documents): **development**. The rules were tuned on its error list
  (``--errors``); its figures are optimistic, and most errors left there are annotator
  inconsistency.
* ``AQUAINT-dev`` (37 of AQUAINT's 73 documents): **development** for AQUAINT's conventions
  (another annotation team than TimeBank's). Read its errors with ``--errors``.
* ``AQUAINT-test`` (the other 36): **held out**. Never print or read its errors; ``--errors``
  refuses to. Its figures are the ones to quote as "news the project has not seen".
* ``AQUAINT``: both halves (73 documents). Up to rules v4 no rule was written from any AQUAINT
  error, so this was the held-out figure before the halves existed; it stays for comparison.
* ``all``: TimeBank and AQUAINT together (what the accuracy gate pins as ``times-tbaq``).

A document is in ``AQUAINT-dev`` when the first byte of the SHA-256 of its document id (the file
name without ``.tml``, e.g. ``APW19980807.0261``) is even, else in ``AQUAINT-test`` (the same
rule as the place scorer's dev/test split): 37 documents / 286 gold expressions against 36 / 293.
``--split`` picks which lines to print (default: the development splits TimeBank and AQUAINT-dev; the
held-out AQUAINT-test, AQUAINT and all only when named); ``--errors`` prints the errors of the
development splits only.

``--breakdown`` attributes the errors of each development split to a stage and a cause, ``--folds K``
scores K folds by document of the development splits, and ``--ablate RULE`` (with ``--folds``, 5 by
default) what switching a rule off does in each fold and document, its value and strict span F1 worth
out of fold (each fold judged on the others' decision) and a verdict: ``keep``, ``keep: spans``, ``drop`` or
``untested`` (see ``times_breakdown``); like ``--errors`` they refuse held-out data.

Metrics, in TempEval-3 terms: spans are matched one to one (largest overlap first);
``strict`` counts exact extents, ``relaxed`` any overlap; ``type_accuracy`` and
``value_accuracy`` are over relaxed matches; ``value`` is the TE3 attribute F1 (a relaxed match
with the gold value, over all system and all gold expressions), the figure HeidelTime's 0.776
is quoted in. The document creation time (DCT) is the publication date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.spans import match_overlaps
from eventwire.temporal import find_times

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\bvalue=\"(\d{4})-?(\d{2})-?(\d{2})", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass(frozen=True)
class Timex:
    """A gold or system time expression reduced to what TE3 scores."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""
    anchor: str = ""  # the system's account of its reference time (empty for gold)


@dataclass
class Document:
    name: str
    text: str
    dct: dt.date | None
    gold: list[Timex] = field(default_factory=list)


def parse_timeml(source: str, name: str = "") -> Document:
    """Plain text of <TEXT> (tags stripped, entities decoded) and its TIMEX3 spans."""
    match = _TEXT.search(source)
    body = match.group(1) if match else ""
    dct_match = _DCT.search(source)
    dct = dt.date(*(int(g) for g in dct_match.groups())) if dct_match else None
    pieces: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "" and not tag.group(3).rstrip().endswith("/"):
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif tag.group(1) == "/" and open_timex is not None:
            start, attrs = open_timex
            gold.append(Timex(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(body[pos:]))
    text = "".join(pieces)
    gold = [Timex(g.start, g.end, g.type, g.value, text[g.start : g.end]) for g in gold]
    return Document(name, text, dct, gold)


def system_timexes(doc: Document) -> list[Timex]:
    return [Timex(t.start, t.end, t.type, t.value, t.text, t.anchor or "") for t in find_times(doc.text, doc.dct)]


def pairs_of(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairing of overlapping spans, largest overlap first."""
    spans = match_overlaps([(g.start, g.end) for g in gold], [(s.start, s.end) for s in system])
    return [(gold[gi], system[si]) for gi, si in spans]


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def add(self, doc: Document, system: list[Timex]) -> None:
        self.gold += len(doc.gold)
        self.system += len(system)
        exact = {(g.start, g.end) for g in doc.gold}
        self.strict += sum((s.start, s.end) in exact for s in system)
        pairs = pairs_of(doc.gold, system)
        self.relaxed += len(pairs)
        self.type_ok += sum(g.type == s.type for g, s in pairs)
        self.value_ok += sum(g.value == s.value for g, s in pairs)
        self._note_errors(doc, system, pairs)

    def _note_errors(self, doc: Document, system: list[Timex], pairs: list[tuple[Timex, Timex]]) -> None:
        paired_g = {id(g) for g, _ in pairs}
        paired_s = {id(s) for _, s in pairs}
        for g in doc.gold:
            if id(g) not in paired_g:
                self.errors.append({"kind": "missed", "doc": doc.name, "text": g.text, "value": g.value})
        for s in system:
            if id(s) not in paired_s:
                self.errors.append({"kind": "spurious", "doc": doc.name, "text": s.text, "value": s.value})
        for g, s in pairs:
            if g.value != s.value or g.type != s.type:
                self.errors.append({"kind": "value", "doc": doc.name, "text": f"{g.text} | {s.text}",
                                    "value": f"{g.type} {g.value} | {s.type} {s.value}"})  # fmt: skip

    def report(self, docs: int) -> dict[str, Any]:
        pairs = self.relaxed
        return {
            "docs": docs,
            "gold": self.gold,
            "system": self.system,
            "strict": _prf(self.strict, self.system, self.strict, self.gold),
            "relaxed": _prf(pairs, self.system, pairs, self.gold),
            "type_accuracy": round(self.type_ok / pairs, 4) if pairs else 0.0,
            "value_accuracy": round(self.value_ok / pairs, 4) if pairs else 0.0,
            "value": _prf(self.value_ok, self.system, self.value_ok, self.gold),
        }


def score_documents(docs: list[Document]) -> tuple[dict[str, Any], list[dict[str, str]]]:
    counts = Counts()
    for doc in docs:
        counts.add(doc, system_timexes(doc))
    return counts.report(len(docs)), counts.errors


#: Every split the default run scores, in print order; ``all`` is TimeBank and AQUAINT together.
SPLITS = ("TimeBank", "AQUAINT", "AQUAINT-dev", "AQUAINT-test", "all")
#: The splits whose errors may be read while developing rules (see the module docstring).
DEVELOPMENT_SPLITS = frozenset({"TimeBank", "AQUAINT-dev"})


def aquaint_half(doc_name: str) -> str:
    """``AQUAINT-dev`` or ``AQUAINT-test``: fixed by the document id alone, so it never changes."""
    doc_id = doc_name.removesuffix(".tml")
    return "AQUAINT-dev" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "AQUAINT-test"


def load_documents(directory: Path, limit: int | None = None) -> list[Document]:
    """Every ``.tml`` file under ``directory`` (sorted by name), at most ``limit`` of them."""
    files = sorted(Path(directory).rglob("*.tml"))[:limit]
    return [parse_timeml(p.read_text(encoding="utf-8"), p.name) for p in files]


def load_split(root: Path, split: str, limit: int | None = None) -> list[Document]:
    """The documents of one TBAQ split under ``root`` (at most ``limit`` from each directory read)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    if split == "all":
        return load_split(root, "TimeBank", limit) + load_split(root, "AQUAINT", limit)
    if split in ("TimeBank", "AQUAINT"):
        return load_documents(root / split, limit) if (root / split).is_dir() else []
    aquaint = load_documents(root / "AQUAINT") if (root / "AQUAINT").is_dir() else []
    return [doc for doc in aquaint if aquaint_half(doc.name) == split][:limit]


def score_times(gold_dir: Path) -> dict[str, Any]:
    """TE3 metrics of ``find_times`` on every ``.tml`` file under ``gold_dir`` (DCT as publication date)."""
    return score_documents(load_documents(gold_dir))[0]


def score_split(split: str, root: Path | None = None) -> dict[str, Any]:
    """TE3 metrics of one TBAQ split (default root: ``eval_root()/time/tbaq``)."""
    return score_documents(load_split(root if root is not None else _tbaq_root(), split))[0]


def _tbaq_root() -> Path:
    from eventwire.eval import eval_root

    return eval_root() / "time" / "tbaq"


def _score_named(sets: list[tuple[str, list[Document]]], errors: bool) -> None:
    for name, docs in sets:
        report, found = score_documents(docs)
        print(json.dumps({"set": name, **report}))
        if errors and name in DEVELOPMENT_SPLITS:
            for error in found:
                print("\t".join(error.values()))
        elif errors:
            print(f"errors of {name} not printed: it is (or contains) held-out data", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", type=Path, help="directories of .tml files (default: TBAQ splits)")
    parser.add_argument(
        "--split", action="append", choices=SPLITS, help="TBAQ split(s) to score (default: TimeBank and AQUAINT-dev)"
    )
    parser.add_argument("--errors", action="store_true", help="also print every missed/spurious/wrong item")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents of each set")
    parser.add_argument("--breakdown", action="store_true", help="errors by stage and cause (development splits only)")
    parser.add_argument("--folds", type=int, default=0, help="value F1 of K folds by document of TimeBank+AQUAINT-dev")
    parser.add_argument("--ablate", action="append", default=[], help="with --folds: what switching rule(s) off does")
    args = parser.parse_args(argv)
    if args.dirs:
        return _score_directories(args.dirs, args.errors, args.limit)
    root = _tbaq_root()
    if not (root / "TimeBank").is_dir() and not (root / "AQUAINT").is_dir():
        print("no gold data: pass a directory of .tml files or set EVENTWIRE_EVAL", file=sys.stderr)
        return 2
    if args.ablate and not args.folds:
        args.folds = 5
    if args.breakdown or args.folds:
        return _analyse(root, args.split or sorted(DEVELOPMENT_SPLITS), args.breakdown, args.folds, args.ablate)
    # a bare run never scores the held-out half: that takes --split AQUAINT-test (or AQUAINT, all) by name
    chosen = args.split or [split for split in SPLITS if split in DEVELOPMENT_SPLITS]
    _score_named([(split, load_split(root, split, args.limit)) for split in chosen], args.errors)
    return 0


def _analyse(root: Path, splits: list[str], show_breakdown: bool, folds: int, ablate: list[str]) -> int:
    """Breakdown of each development split; folds (and ablations) over all of them together."""
    from eventwire.eval import times_breakdown as tb

    held_out = [s for s in splits if s not in DEVELOPMENT_SPLITS]
    if held_out:
        print(f"breakdowns and folds are for development splits only, not {held_out}", file=sys.stderr)
        return 2
    every: list[Document] = []
    for split in splits:
        docs = load_split(root, split)
        every.extend(docs)
        if show_breakdown:
            print(json.dumps({"set": split, **tb.breakdown(docs)}))
    if folds:
        for fold in tb.fold_scores(every, folds):
            print(json.dumps({"set": "+".join(splits), **fold}))
        if ablate:
            print(json.dumps(tb.ablation(every, [n for a in ablate for n in a.split(",")], folds)))
    return 0


def _score_directories(dirs: list[Path], errors: bool, limit: int | None) -> int:
    """Each directory as its own set (errors always printed on request), then all of them together."""
    every: list[Document] = []
    for directory in dirs:
        docs = load_documents(directory, limit)
        every.extend(docs)
        report, found = score_documents(docs)
        print(json.dumps({"set": str(directory), **report}))
        if errors:
            for error in found:
                print("\t".join(error.values()))
    if len(dirs) > 1:
        print(json.dumps({"set": "all", **score_documents(every)[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
