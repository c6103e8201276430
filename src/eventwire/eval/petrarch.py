"""The PETRARCH importer's test: the PETRARCH-2 unit-test suite coded with its own dictionaries.

``events/petrarch_validation`` holds the PETRARCH-2 validation records (stylized sentences about
fictional countries: Arnor, Gondor, Mordor...) and the dictionaries they need (``dicts/``). This
scorer imports those dictionaries with ``eventwire.extensions``, runs every record's text through
the pipeline with its date, and reports the share of the expected (source code, target code, event
code) triples reproduced, exactly and with the event code cut to its two-digit root, plus how many
dictionary lines were imported.

Codes are compared as strings; PETRARCH's "---" (no country) is dropped, so "---GOV" is "GOV".
A compound actor ("Fornost and Gondor") counts as each of its members, as PETRARCH codes it.
Records marked ``error`` (PETRARCH's own input-error tests) are left out; ``noevents`` records
count as right when eventwire codes no event in them.

Usage::

    eventwire eval petrarch [--split all|dev|test] [--limit N] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.eval import eval_root
from eventwire.extensions.cameo import plover_of
from eventwire.extensions.entries import Dictionary
from eventwire.extensions.merge import read_dictionary
from eventwire.model import ActorRef, Article, ArticleResult, Participant, Rejected

RECORDS = "PETR.UnitTest.records.xml"
_SENTENCE = re.compile(r"<Sentence\s([^>]*)>(.*?)</Sentence>", re.DOTALL)
_ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CODING = re.compile(r"<EventCoding\s([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_FILES = re.compile(r"<(Verbfile|Actorfile|Agentfile|Discardfile)>(.*?)</\1>")


@dataclass(frozen=True)
class Coding:
    source: str
    target: str
    code: str

    @property
    def root(self) -> Coding:
        return Coding(self.source, self.target, self.code[:2])


@dataclass(frozen=True)
class Record:
    id: str
    category: str
    date: dt.date | None
    text: str
    codings: tuple[Coding, ...]
    noevents: bool
    error: bool


def suite_dir() -> Path:
    return eval_root() / "events" / "petrarch_validation"


def _attributes(text: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTRIBUTE.finditer(text)}


def _actor_code(code: str) -> str:
    return code.strip().upper().replace("---", "")


def _date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value.strip(), "%Y%m%d").date()
    except ValueError:
        return None


def parse_records(xml: str) -> list[Record]:
    """The records of a PETRARCH validation file (read with regular expressions: its comments are not XML-clean)."""
    records = []
    for attributes, body in _SENTENCE.findall(re.sub(r"<!--.*?-->", "", xml, flags=re.DOTALL)):
        attrs = _attributes(attributes)
        text = _TEXT.search(body)
        codings = [_attributes(c) for c in _CODING.findall(body)]
        records.append(
            Record(
                id=attrs.get("id", "").strip(),
                category=attrs.get("category", ""),
                date=_date(attrs.get("date", "")),
                text=" ".join(html.unescape(text.group(1)).split()) if text else "",
                codings=tuple(
                    Coding(_actor_code(c["sourcecode"]), _actor_code(c["targetcode"]), c["eventcode"].strip())
                    for c in codings
                    if "eventcode" in c
                ),
                noevents=any("noevents" in c for c in codings),
                error=any("error" in c for c in codings),
            )
        )
    return records


def dictionary_files(suite: Path, xml: str) -> list[Path]:
    """The dictionaries the records name in their <Environment>, from ``dicts/``."""
    return [suite / "dicts" / name.strip() for _, name in _FILES.findall(xml)]


def _codes(participant: Participant | None) -> list[str]:
    actor = participant.actor if participant is not None else None
    if actor is None:
        return [""]
    members: Iterable[ActorRef] = actor.members or [actor]
    return [m.code for m in members]


def codings_of(result: ArticleResult) -> set[Coding]:
    """Every (source, target, code) triple of a result, compound actors split into their members."""
    return {
        Coding(source, target, event.cameo)
        for event in result.events
        for source in _codes(event.source)
        for target in _codes(event.target)
    }


@dataclass
class Scores:
    expected: int = 0
    exact: int = 0
    root: int = 0
    code_only: int = 0  # the event code is produced in the record, whatever the actors
    actors_only: int = 0  # the source and target are produced in the record, whatever the code
    typable: int = 0  # expected codes that have a PLOVER type (an upper bound for the importer)
    produced: int = 0
    produced_right: int = 0
    noevent_records: int = 0
    noevent_right: int = 0
    records: int = 0
    skipped_error_records: int = 0
    failed: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def share(self, part: int, whole: int | None = None) -> float:
        whole = self.expected if whole is None else whole
        return part / whole if whole else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "misses"}
        out["exact_share"] = round(self.share(self.exact), 4)
        out["root_share"] = round(self.share(self.root), 4)
        out["typable_share"] = round(self.share(self.typable), 4)
        out["exact_share_of_typable"] = round(self.share(self.exact, self.typable), 4)
        out["precision"] = round(self.share(self.produced_right, self.produced), 4)
        return out


def score_record(record: Record, produced: set[Coding], scores: Scores) -> None:
    scores.records += 1
    if record.noevents:
        scores.noevent_records += 1
        scores.noevent_right += int(not produced)
        return
    roots = {p.root for p in produced}
    codes = {p.code for p in produced}
    pairs = {(p.source, p.target) for p in produced}
    for expected in record.codings:
        scores.expected += 1
        hit = expected in produced
        scores.exact += int(hit)
        scores.root += int(expected.root in roots)
        scores.code_only += int(expected.code in codes)
        scores.actors_only += int((expected.source, expected.target) in pairs)
        scores.typable += int(plover_of(expected.code) is not None)
        if not hit:
            got = sorted((p.source, p.target, p.code) for p in produced)
            scores.misses.append({"id": record.id, "text": record.text, "expected": expected.__dict__, "got": got})
    scores.produced += len(produced)
    scores.produced_right += len(produced & set(record.codings))


def split(records: list[Record], name: str) -> list[Record]:
    """ "dev": even positions in the file, "test": odd ones (fixed, so tuning on dev leaves test unseen)."""
    if name == "all":
        return records
    parity = 0 if name == "dev" else 1
    return [r for i, r in enumerate(records) if i % 2 == parity]


def evaluate(
    records: Sequence[Record], dictionaries: Sequence[Path], batch_size: int = 16
) -> tuple[Scores, list[Dictionary]]:
    from eventwire.pipeline import process

    paths = [str(p) for p in dictionaries]
    read = [read_dictionary(p) for p in paths]
    scores = Scores()
    wanted = [r for r in records if not r.error and r.text]
    scores.skipped_error_records = len(records) - len(wanted)
    articles = [Article(id=f"petr-{i}", text=r.text, date=r.date) for i, r in enumerate(wanted)]
    for record, out in zip(wanted, process(articles, batch_size=batch_size, dictionaries=paths), strict=True):
        if isinstance(out, Rejected):
            scores.failed += 1
            score_record(record, set(), scores)
            continue
        score_record(record, codings_of(out), scores)
    return scores, read


def _lines_report(read: list[Dictionary]) -> dict[str, Any]:
    total = sum(d.lines for d in read)
    converted = sum(d.converted for d in read)
    structural = sum(d.structural for d in read)
    reasons: Counter[str] = Counter()
    for dictionary in read:
        reasons.update(dictionary.reasons())
    return {
        "lines": total,
        "converted": converted,
        "structural": structural,
        "not_converted": total - converted - structural,
        "imported_share": round((converted + structural) / total, 4) if total else 0.0,
        "files": [d.summary() for d in read],
        "reasons": dict(reasons.most_common()),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventwire eval petrarch", description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", type=Path, default=None, help="petrarch_validation folder (default: from eval root)")
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="Score only the first N records of the split.")
    parser.add_argument("--misses", action="store_true", help="List every expected coding not reproduced.")
    parser.add_argument("--json", action="store_true", help="Print the scores as JSON.")
    args = parser.parse_args(argv)
    suite = args.suite or suite_dir()
    records_path = suite / RECORDS
    if not records_path.is_file():
        print(f"no PETRARCH validation suite at {suite}", file=sys.stderr)
        return 2
    xml = records_path.read_text(encoding="utf-8", errors="replace")
    records = split(parse_records(xml), args.split)[: args.limit]
    scores, read = evaluate(records, dictionary_files(suite, xml))
    report = {"split": args.split, "scores": scores.as_dict(), "dictionary_lines": _lines_report(read)}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report, scores)
    if args.misses:
        for miss in scores.misses:
            print(json.dumps(miss, ensure_ascii=False))
    return 0


def _print(report: dict[str, Any], scores: Scores) -> None:
    s, lines = report["scores"], report["dictionary_lines"]
    print(f"PETRARCH-2 unit-test records, split {report['split']}: {scores.records} records scored")
    print(f"  expected codings: {scores.expected}")
    print(f"  reproduced exactly (source, target, code): {scores.exact} ({s['exact_share']:.1%})")
    print(f"  reproduced at root level:                  {scores.root} ({s['root_share']:.1%})")
    print(f"  event code produced (any actors):          {scores.code_only} ({scores.share(scores.code_only):.1%})")
    print(f"  source+target produced (any code):         {scores.actors_only} ({scores.share(scores.actors_only):.1%})")
    print(f"  expected codes with a PLOVER type:         {scores.typable} ({s['typable_share']:.1%})")
    print(f"  exact among those:                         {s['exact_share_of_typable']:.1%}")
    print(
        f"  precision of produced codings:             {scores.produced_right}/{scores.produced} ({s['precision']:.1%})"
    )
    print(f"  no-event records left without events:      {scores.noevent_right}/{scores.noevent_records}")
    print(f"  error records left out: {scores.skipped_error_records}; pipeline failures: {scores.failed}")
    print(
        f"dictionary lines: {lines['lines']}, converted {lines['converted']}, structural {lines['structural']}, "
        f"not converted {lines['not_converted']} (imported {lines['imported_share']:.1%})"
    )
    for reason, count in list(lines["reasons"].items())[:12]:
        print(f"  {count:5d}  {reason}")


if __name__ == "__main__":
    raise SystemExit(main())
