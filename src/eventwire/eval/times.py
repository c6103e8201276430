"""TempEval-3 style scoring of the time-expression stage against TimeML ``.tml`` files.

``eventwire eval times [DIR ...] [--errors] [--limit N]`` prints one JSON line per directory
(and one for all of them together when there are several). Without a directory it scores the
TBAQ-cleaned corpus under ``eval_root()/time/tbaq`` as three splits:

* ``TimeBank`` (183 documents): the **development** part. The rules were tuned on its error
  list (``--errors``); its figures are optimistic.
* ``AQUAINT`` (73 documents): the **held-out** part. Since the split was introduced no rule has
  been written from its errors (before it, TBAQ was scored as a whole); this is the figure to
  quote as "news the project has not seen".
* ``all``: both together (what the accuracy gate pins as floors).

Metrics, in TempEval-3 terms: spans are matched one to one (largest overlap first);
``strict`` counts exact extents, ``relaxed`` any overlap; ``type_accuracy`` and
``value_accuracy`` are over relaxed matches; ``value`` is the TE3 attribute F1 (a relaxed match
with the gold value, over all system and all gold expressions), the figure HeidelTime's 0.776
is quoted in. The document creation time (DCT) is the publication date.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    return [Timex(t.start, t.end, t.type, t.value, t.text) for t in find_times(doc.text, doc.dct)]


def _pairs(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
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
        pairs = _pairs(doc.gold, system)
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


SPLITS = ("TimeBank", "AQUAINT")


def load_documents(directory: Path, limit: int | None = None) -> list[Document]:
    """Every ``.tml`` file under ``directory`` (sorted by name), at most ``limit`` of them."""
    files = sorted(Path(directory).rglob("*.tml"))[:limit]
    return [parse_timeml(p.read_text(encoding="utf-8"), p.name) for p in files]


def score_times(gold_dir: Path) -> dict[str, Any]:
    """TE3 metrics of ``find_times`` on every ``.tml`` file under ``gold_dir`` (DCT as publication date)."""
    return score_documents(load_documents(gold_dir))[0]


def _default_sets() -> list[tuple[str, Path]]:
    from eventwire.eval import eval_root

    root = eval_root() / "time" / "tbaq"
    return [(name, root / name) for name in SPLITS if (root / name).is_dir()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", type=Path, help="directories of .tml files (default: TBAQ splits)")
    parser.add_argument("--errors", action="store_true", help="also print every missed/spurious/wrong item")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents of each set")
    args = parser.parse_args(argv)
    sets = [(str(d), d) for d in args.dirs] if args.dirs else _default_sets()
    if not sets:
        print("no gold data: pass a directory of .tml files or set EVENTWIRE_EVAL", file=sys.stderr)
        return 2
    every: list[Document] = []
    for name, directory in sets:
        docs = load_documents(directory, args.limit)
        every.extend(docs)
        report, errors = score_documents(docs)
        print(json.dumps({"set": name, **report}))
        if args.errors:
            for error in errors:
                print("\t".join(error.values()))
    if len(sets) > 1:
        print(json.dumps({"set": "all", **score_documents(every)[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
