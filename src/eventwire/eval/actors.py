"""Actor codes (country, sector) scored on real news: hand-labelled PLV source and target spans.

Run ``eventwire eval actors [--split dev|test|all] [--json] [--errors]``.

Gold: ``eval/labels/actors_plv.tsv`` gives the PLOVER actor code of each marked source and target span of 617
sentences of ``events/plv/PLV_train.tsv`` (Zero-Shot-PLOVER; its rows carry spans but no codes), split into
``dev`` and ``test`` by a hash of the sentence id (how they were chosen and coded: the file's header and
``eval/labels/README.md``).  The sentence text is read from the PLV file at run time.

Each sentence goes through the whole pipeline, as ``eventwire eval events`` runs it.  For each labelled span the
resolved actor that best matches it is taken: among the event participants (source or target of any event of the
sentence) resolved to an actor, the one whose span has the highest token-overlap F1 with the gold span
(:func:`eventwire.events.pairs.span_f1`); else, when none overlaps it, the best-overlapping entity mention the actor
stage resolved to an actor; else nothing: a **miss**, wrong on every measure, and reported as lost **coverage**
(``matched_by`` counts the three cases).

Codes are compared in the convention of the GSR scorer (:func:`eventwire.eval.events.predicted_codes`): an
organisation (IGO, NGO) or a transnational armed group (IMG) fills the country slot and its ``org_sector`` the
sector (an IMG group keeps REB among its sectors: the labels code armed groups REB); a compound actor by its
members; CAMEO's MED and HLH read as PLOVER's JRN and MED.  A gold cell may list
several codes (alternatives, or a compound actor's members): a prediction sharing one is right.  A slot the matched
actor leaves empty predicts "none" there, which is right where the gold says ``---`` (no country stated, no
sector).  Spans labelled ``x`` (an event, a building: no actor) and cells labelled ``?`` are left out and counted.

Reported per role and for both: ``n`` (scored spans), ``coverage`` (share matched), ``country``, ``sector`` and
``both`` accuracy (over all scored spans, misses included), and ``kind`` agreement (person/group/state, over matched
spans).  ``--json`` adds a confusion table of gold sector -> predicted sector; ``--errors`` lists every wrong span
as JSON (for development: it refuses the held-out ``test`` half and ``all``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from eventwire.eval import eval_root
from eventwire.eval.events import Marked, _share, parse_marked, predicted_codes
from eventwire.events.pairs import Span2, span_f1
from eventwire.model import ActorRef, ArticleResult, Event

LABELS_PATH: Final = Path(__file__).resolve().parents[3] / "eval" / "labels" / "actors_plv.tsv"
SPLITS: Final = ("dev", "test", "all")
ROLES: Final = ("source", "target")
#: Gold cell for "no code in this slot" and for "undecidable"; a span labelled NOT_ACTOR names no actor.
NONE_CODE: Final = "---"
UNDECIDED: Final = "?"
NOT_ACTOR: Final = "x"
#: The GSR scorer's country slots read as one (Amnesty, the Red Cross: NGOs PLOVER codes as IGO).
_SAME_SLOT: Final = {"NGO": "IGO"}
#: ActorRef.kind -> the participant kinds the labels use (a mention has no participant kind of its own).
_KIND_OF_ACTOR: Final = {"person": "person", "country": "state", "organisation": "group", "group": "group"}

#: A slot's gold codes: None in the set stands for "none" (``---``); the whole value is None when undecided.
Codes = frozenset[str | None]


# --------------------------------------------------------------------------- labels


def in_sample(sentence_id: str) -> bool:
    """Whether a PLV row belongs to the 60% sample the labels were drawn from (all of it is labelled)."""
    return _hash("plv-actors-sample", sentence_id) % 10 < 6


def split_of(sentence_id: str) -> str:
    """``dev`` or ``test``: a stable hash of the sentence id, about half each."""
    return "dev" if _hash("plv-actors-split", sentence_id) % 2 == 0 else "test"


def _hash(salt: str, sentence_id: str) -> int:
    return int(hashlib.sha256(f"{salt}:{sentence_id}".encode()).hexdigest(), 16)


@dataclass(frozen=True)
class ActorLabel:
    """The gold code of one marked span: PLV data row, role, country and sector codes, kind."""

    row: int
    sentence_id: str
    split: str
    role: str
    country: Codes | None  # None: undecided ('?') or no actor ('x')
    sector: Codes | None
    kind: str
    note: str = ""
    first_sector: str = NONE_CODE  # the sector listed first: the confusion table's row

    @property
    def is_actor(self) -> bool:
        return self.kind != "thing"


def parse_codes(cell: str, same_slot: Mapping[str, str] | None = None) -> Codes | None:
    """``"USA;IGO"`` -> {USA, IGO}; ``---`` -> {None} (no code); ``?`` and ``x`` -> None (not scored);
    ``same_slot`` renames codes scored as one (the country slot's NGO -> IGO)."""
    if cell in (UNDECIDED, NOT_ACTOR):
        return None
    same = same_slot or {}
    return frozenset(None if code == NONE_CODE else same.get(code, code) for code in cell.split(";"))


def read_labels(path: Path = LABELS_PATH) -> list[ActorLabel]:
    """The labelled spans in file order (comment lines and the header row skipped)."""
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 7 or cells[0] == "row":
            continue
        row, sentence_id, split, role, country, sector, kind = cells[:7]
        not_actor = country == NOT_ACTOR
        labels.append(
            ActorLabel(
                int(row),
                sentence_id,
                split,
                role,
                parse_codes(country, _SAME_SLOT),
                parse_codes(sector),
                "thing" if not_actor else kind,
                cells[7] if len(cells) > 7 else "",
                sector.split(";")[0],
            )
        )
    return labels


def labels_of_split(labels: Iterable[ActorLabel], split: str) -> list[ActorLabel]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} (choose from {', '.join(SPLITS)})")
    return [label for label in labels if split == "all" or label.split == split]


def plv_path() -> Path:
    return eval_root() / "events" / "plv" / "PLV_train.tsv"


def read_plv_rows(path: Path, rows: Iterable[int]) -> dict[int, tuple[str, Marked]]:
    """The wanted data rows of the PLV file: row -> (sentence id, sentence with its marked spans)."""
    wanted = set(rows)
    out: dict[int, tuple[str, Marked]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for index, rec in enumerate(csv.DictReader(handle, delimiter="\t")):
            if index in wanted:
                out[index] = (rec["sentence_id"], parse_marked(rec.get("marked_sentence") or rec["sentence"]))
    return out


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Candidate:
    """A resolved actor of the pipeline's output with its span: an event participant or an entity mention."""

    start: int
    end: int
    actor: ActorRef | None
    origin: str  # "participant" | "mention"
    kind: str  # person | group | state | unknown


def participants_of(events: Sequence[Event]) -> list[Candidate]:
    """Every source and target of the events, in order."""
    out = []
    for event in events:
        for part in (event.source, event.target):
            if part is not None:
                out.append(Candidate(part.span.start, part.span.end, part.actor, "participant", part.kind))
    return out


def mentions_of(result: ArticleResult) -> list[Candidate]:
    """The entity mentions the actor stage resolved to an actor."""
    return [
        Candidate(m.start, m.end, m.actor, "mention", _KIND_OF_ACTOR.get(m.actor.kind, "unknown"))
        for m in result.entities
        if m.actor is not None
    ]


def best_match(
    text: str, gold: Sequence[Span2], participants: Sequence[Candidate], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The participant resolved to an actor that overlaps the gold spans best (token F1), else the best such
    mention, else None; the first on ties."""
    for pool in (participants, mentions):
        best: Candidate | None = None
        best_f1 = 0.0
        for candidate in pool:
            if candidate.actor is None:
                continue
            f1 = span_f1(text, (candidate.start, candidate.end), gold)
            if f1 > best_f1:
                best, best_f1 = candidate, f1
        if best is not None:
            return best
    return None


# --------------------------------------------------------------------------- scoring


def predicted_slots(actor: ActorRef | None) -> tuple[Codes, Codes]:
    """(country slot codes, sectors) of a matched actor, an empty slot read as {None} ("none"); a group the GSR
    convention puts in the IMG slot (an armed group of no country) keeps REB among its sectors, as labelled."""
    countries, sectors = predicted_codes(actor)
    if "IMG" in countries:
        sectors.add("REB")
    return frozenset(countries) or frozenset({None}), frozenset(sectors) or frozenset({None})


@dataclass(frozen=True)
class SpanScore:
    """One scored span: matched or missed, right or wrong per slot (None: the slot is not scored)."""

    matched: bool
    country: bool | None
    sector: bool | None
    kind: bool | None


def score_span(label: ActorLabel, match: Candidate | None) -> SpanScore:
    """Country and sector right when the prediction shares a gold code; a miss is wrong on both."""
    if match is None:
        return SpanScore(False, False if label.country else None, False if label.sector else None, None)
    countries, sectors = predicted_slots(match.actor)
    return SpanScore(
        True,
        bool(countries & label.country) if label.country else None,
        bool(sectors & label.sector) if label.sector else None,
        match.kind == label.kind if label.kind in ("person", "group", "state") else None,
    )


@dataclass
class Tally:
    """Counts of one role (or both) over scored spans."""

    n: int = 0
    matched: int = 0
    country_n: int = 0
    country: int = 0
    sector_n: int = 0
    sector: int = 0
    both_n: int = 0
    both: int = 0
    kind_n: int = 0
    kind: int = 0

    def add(self, score: SpanScore) -> None:
        self.n += 1
        self.matched += score.matched
        if score.country is not None:
            self.country_n += 1
            self.country += score.country
        if score.sector is not None:
            self.sector_n += 1
            self.sector += score.sector
        if score.country is not None and score.sector is not None:
            self.both_n += 1
            self.both += score.country and score.sector
        if score.kind is not None:
            self.kind_n += 1
            self.kind += score.kind

    def report(self) -> dict[str, float | int]:
        return {
            "n": self.n,
            "coverage": _share(self.matched, self.n),
            "country": _share(self.country, self.country_n),
            "sector": _share(self.sector, self.sector_n),
            "both": _share(self.both, self.both_n),
            "kind": _share(self.kind, self.kind_n),
            "country_n": self.country_n,
            "sector_n": self.sector_n,
        }


def _shown(codes: Codes | None) -> str:
    if codes is None:
        return UNDECIDED
    return ";".join(sorted(NONE_CODE if code is None else code for code in codes))


def sector_cell(label: ActorLabel, match: Candidate | None) -> tuple[str, str]:
    """(gold, predicted) sector for the confusion table: the gold code listed first, and that code when the
    prediction is right (shares a gold code), else what was predicted (``miss`` when nothing matched)."""
    if match is None:
        return label.first_sector, "miss"
    _, predicted = predicted_slots(match.actor)
    right = bool(label.sector and predicted & label.sector)
    return label.first_sector, label.first_sector if right else _shown(predicted)


@dataclass
class Report:
    """Tallies per role and for both, the sector confusions, the spans left out and the errors."""

    roles: dict[str, Tally] = field(default_factory=lambda: {role: Tally() for role in ROLES})
    combined: Tally = field(default_factory=Tally)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    not_actor: int = 0
    origins: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, label: ActorLabel, match: Candidate | None, text: str = "") -> None:
        if not label.is_actor:
            self.not_actor += 1
            return
        score = score_span(label, match)
        self.roles[label.role].add(score)
        self.combined.add(score)
        self.origins[match.origin if match else "miss"] += 1
        if label.sector is not None:
            self.confusion[sector_cell(label, match)] += 1
        if score.country is False or score.sector is False:
            self.errors.append(_error(label, match, text))

    def to_dict(self) -> dict[str, Any]:
        return {
            **{role: tally.report() for role, tally in self.roles.items()},
            "combined": self.combined.report(),
            "not_actor_spans": self.not_actor,
            "matched_by": dict(sorted(self.origins.items())),
            "sector_confusion": [
                {"gold": gold, "predicted": pred, "count": count}
                for (gold, pred), count in sorted(self.confusion.items(), key=lambda item: (item[0][0], -item[1]))
            ],
        }


def _error(label: ActorLabel, match: Candidate | None, text: str) -> dict[str, Any]:
    actor = match.actor if match else None
    return {
        "row": label.row,
        "role": label.role,
        "gold": f"{_shown(label.country)} {_shown(label.sector)}",
        "note": label.note,
        "matched": text[match.start : match.end] if match else None,
        "origin": match.origin if match else "miss",
        "predicted": actor.to_dict() if actor else None,
    }


def score(
    labels: Sequence[ActorLabel], rows: dict[int, tuple[str, Marked]], results: Sequence[ArticleResult]
) -> Report:
    """Match and score every label; ``results`` are the pipeline's output for ``sorted(rows)``, in that order."""
    by_row = dict(zip(sorted(rows), results, strict=True))
    report = Report()
    for label in labels:
        if label.row not in rows:
            raise ValueError(
                f"PLV row {label.row} (sentence {label.sentence_id}) is not in the PLV file: another version?"
            )
        sentence_id, marked = rows[label.row]
        if sentence_id != label.sentence_id:
            raise ValueError(f"PLV row {label.row} holds sentence {sentence_id}, labelled as {label.sentence_id}")
        result = by_row[label.row]
        gold = marked.source if label.role == "source" else marked.target
        match = best_match(marked.text, gold, participants_of(result.events), mentions_of(result))
        report.add(label, match, marked.text)
    return report


def run_pipeline(texts: Sequence[str]) -> list[ArticleResult]:
    """The pipeline's result for each sentence (an empty result when it rejected one)."""
    from eventwire.api import extract_many
    from eventwire.model import Article

    out = []
    for text, result in zip(texts, extract_many(texts, date=None, batch_size=32), strict=True):
        out.append(result if isinstance(result, ArticleResult) else ArticleResult(Article(id="", text=text)))
    return out


def evaluate(split: str, labels_path: Path = LABELS_PATH) -> dict[str, Any]:
    labels = labels_of_split(read_labels(labels_path), split)
    rows = read_plv_rows(plv_path(), {label.row for label in labels})
    report = score(labels, rows, run_pipeline([rows[row][1].text for row in sorted(rows)]))
    return {"set": "plv-actors", "split": split, "sentences": len(rows), **report.to_dict(), "errors": report.errors}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventwire eval actors", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev", help="Labelled half to score (default: dev).")
    parser.add_argument("--json", action="store_true", help="Print the full report (sector confusions) as JSON.")
    parser.add_argument("--errors", action="store_true", help="List every wrong span, as JSON (dev only).")
    args = parser.parse_args(argv)
    if args.errors and args.split != "dev":
        parser.error("--errors reads the dev split only: the test half is held out")
    for needed in (plv_path(), LABELS_PATH):
        if not needed.is_file():
            print(f"{needed} not found (the PLV file: set EVENTWIRE_EVAL; the labels: a source checkout)")
            return 2
    report = evaluate(args.split)
    errors = report.pop("errors")
    if args.json or args.errors:
        print(json.dumps({**report, **({"errors": errors} if args.errors else {})}, indent=2))
        return 0
    print(
        f"PLV actor labels, {args.split}: {report['sentences']} sentences, {report['not_actor_spans']} x spans left out"
    )
    for role in (*ROLES, "combined"):
        t = report[role]
        print(
            f"  {role:8} n={t['n']:3}  coverage {t['coverage']:.3f}  country {t['country']:.3f}  "
            f"sector {t['sector']:.3f}  both {t['both']:.3f}  kind {t['kind']:.3f}"
        )
    return 0
