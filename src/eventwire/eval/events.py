"""Score the rule-based event coder against three gold sets of PLOVER / CAMEO coded sentences.

Run ``eventwire eval events [plv|gsr|multicoped|multicoped-spans|plv-pairs|cv|cv-penta|all] [--limit N]``;
one JSON line per set.  ``--split even|odd|all`` (``gsr``, ``multicoped``, ``multicoped-spans``) scores the even-index
(development) or odd-index (held-out) half of the set, or all of it; ``--errors`` (``gsr --split even`` only: the odd
half is held out) adds ``actor_errors``, each gold actor the chosen event codes wrong on country or sector, with its
gold spans, the span matched and the predicted actor.

Sets (all under :func:`eventwire.eval.eval_root` ``/events``):

* ``plv/PLV_train.tsv`` (Hu et al. 2024, Zero-Shot-PLOVER): one sentence per row with the source
  marked ``<s>..</s>`` and the target ``<t>..</t>`` (a participant can be marked more than once, or
  not at all), a PLOVER root (``gold_root``) and ``gold_penta``, which in this file is the QuadClass
  of the root (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict; checked
  against the roots: AGREE/CONSULT/SUPPORT are 1, AID/COOPERATE/YIELD 2, ...; no row has 0).
  The old root YIELD is split in current PLOVER into CONCEDE (verbal) and RETREAT (material): a
  prediction of either counts as YIELD, and is reported as YIELD on every row (a RETREAT on an
  AGREE row is a false-positive YIELD; :func:`fold_split_types`).  The gold quad of a YIELD row stays as given (2), so a
  CONCEDE prediction is right on the type and wrong on the quad.
* ``plover_gsr/PLOVER_GSR_CAMEO.json`` (PLOVER 0.5b1 gold records from the CAMEO manual): old type
  names are mapped to the 16 current types with :data:`OLD_TYPE_MAP` (and :data:`OLD_MODE_MAP` for
  type/mode pairs the current manual puts under another type); spans come from
  ``textInfo.markup`` (``(SRC: ..)``, ``(TAR: ..)``, ``(SRC/TAR: ..)``, ``(EVT: ..)``) found back in
  ``text``.  Actor codes: a gold actor (source or target, each record's list of them) counts
  as right on country when the predicted actor (its members, for a compound one) shares a country
  slot code with one gold entry, and on sector likewise; a record whose event or participant is
  missing is wrong on both.  Conventions (:func:`predicted_codes`): an organisation (IGO, NGO) and a
  transnational armed group (IMG) fill the country slot and the actor's ``org_sector`` the sector
  (PLOVER's coding of "UN Security Council" as IGO + GOV); IGO and NGO are one slot (the GSR codes
  Amnesty and the Red Cross, NGOs in CAMEO and PLOVER, as IGO); CAMEO's sector codes are read as
  PLOVER's (MED media -> JRN, HLH health -> MED); an actor resolved to nothing (no country, no
  sector) earns nothing, not even a gold "no sector".  No gold actor has an empty country slot.
  Reciprocal actors follow PLOVER: all of them in the source list, no target to score.
* ``multicoped/cameo_class_train.tsv`` (Multi-CoPED via ConfliBERT): sentence and CAMEO pentaclass
  0-4 (0 statement, 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict).
  Predicted class: the pentaclass of the CAMEO root of the highest-confidence event (first one on a tie;
  :data:`PENTA_OF_ROOT`), 0 when the sentence has no event.

Picking the event scored for a gold record: each predicted event gets the sum of the span F1 (below)
of its source with the gold source spans, its target with the gold target spans and (GSR only) its
trigger with the gold event spans; the best event with a positive sum is taken, else the first
event, else none ("NONE", always wrong).

Span F1: both spans are reduced to the set of word tokens (``\\w+`` runs, by position in the
sentence) they overlap; P = shared / predicted tokens, R = shared / gold tokens.  When a role is
marked several times the marked span with the best F1 counts.  Corpus figures are micro-averaged
token counts: a missing predicted participant adds gold tokens only (hurts recall), a predicted
participant where gold marks none adds predicted tokens only (hurts precision); ``mean_f1`` is the
per-record F1 averaged over records with a gold span, and ``overlap`` the share of those records
whose predicted span shares a token with a gold span.  ``without_gold`` splits precision: of the records that
mark no span for the role (``items``), how many got one anyway (``named``), with how many predicted tokens and
what share of all predicted tokens that is; the rest of the precision loss is boundary and wrong-party errors.

The pipeline's events come from the rule coder, checked (and re-coded when it is sure) by the trained
classifier (:mod:`eventwire.events.classify`), which was trained on PLV train and the GSR:
``plv`` and ``gsr`` therefore score the pipeline on sentences its classifier has seen, and guard against
regressions only.  The honest figures for unseen pairs are ``cv`` (5-fold cross-validation of the
classifier over the PLV rows, every fold trained from scratch) and the part of ``multicoped`` /
``multicoped-spans`` outside PLV train: more than half of Multi-CoPED's sentences (about 54% of the pentaclass
file, 75% of the span file) are also PLV train sentences, which the classifier was trained on and the rule
lexicon was written beside, so both scorers also report ``outside_plv_train``, the sentences PLV train lacks.
``plv-pairs --path FILE`` scores the shipped classifier on a PLV-format file of pairs it has not seen
(given the marked source and target, as ZSP is scored).
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from eventwire.api import extract_many
from eventwire.eval import eval_root
from eventwire.events.embed import ENCODERS
from eventwire.events.ontology import QUAD_CLASS, STATEMENT
from eventwire.events.pairs import best_event, f1_of, first_span, participant_span, span_counts
from eventwire.model import ActorRef, ArticleResult, Event

Span2 = tuple[int, int]
_T = TypeVar("_T")

NONE: Final = "NONE"

#: Old PLOVER / CAMEO type names -> the current PLOVER type(s) that count as correct.
#: Source: the CAMEO-to-PLOVER table of the PLOVER manual (shared/codebooks/PLOVER_MANUAL.tex).
OLD_TYPE_MAP: Final[dict[str, tuple[str, ...]]] = {
    "YIELD": ("CONCEDE", "RETREAT"),  # CAMEO 08 split: 081-083 verbal -> CONCEDE, 084-087 material -> RETREAT
    "DEMAND": ("REQUEST",),  # CAMEO 10 DEMAND -> REQUEST
    "DISAPPROVE": ("ACCUSE",),  # CAMEO 11 DISAPPROVE -> ACCUSE (mode disapprove)
    "INVESTIGATE": ("ACCUSE",),  # CAMEO 09 INVESTIGATE -> ACCUSE (mode investigate)
    "FIGHT": ("ASSAULT",),  # CAMEO 19 FIGHT -> ASSAULT (military combat merged into ASSAULT)
    "EXHIBIT FORCE POSTURE": ("MOBILIZE",),  # CAMEO 15 -> MOBILIZE
    "REDUCE RELATIONS": ("SANCTION",),  # CAMEO 16 -> SANCTION
    "USE UNCONVENTIONAL MASS VIOLENCE": ("ASSAULT",),  # CAMEO 20 -> ASSAULT (mode unconventional)
}

#: Old type/mode pairs (GSR 0.5b1) whose mode now belongs to another type; checked before OLD_TYPE_MAP.
OLD_MODE_MAP: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("COERCE", "destroy"): ("ASSAULT",),  # property destruction is now ASSAULT mode "destroy"
    ("COERCE", "firearms"): ("ASSAULT",),  # use of firearms is now ASSAULT mode "firearms"
    ("FIGHT", "deport"): ("COERCE",),  # forced expulsion is now COERCE mode "deport"
}

#: Non-ISO country codes in the GSR -> ISO-3166 alpha-3 (old CAMEO codes).
_COUNTRY_ALIAS: Final[dict[str, str]] = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM"}
#: Codes that fill the GSR's country slot for non-state actors; eventwire puts them in ``sector``.
_NON_STATE: Final = frozenset({"IGO", "NGO", "IMG", "MNC"})
#: GSR sector spellings -> eventwire's.
_SECTOR_ALIAS: Final[dict[str, str | None]] = {"***": None, "CIV": "CVL"}
#: eventwire's CAMEO sector codes -> the PLOVER codes the GSR uses: CAMEO's MED (media) is PLOVER's JRN and
#: CAMEO's HLH (health) PLOVER's MED (PLOVER manual, sector code note 4).
_PLOVER_SECTOR: Final[dict[str, str]] = {"MED": "JRN", "HLH": "MED"}
#: Country slots scored as one: the GSR codes Amnesty International and the Red Cross, NGOs in CAMEO
#: (NGOHRIAMN, NGOHLHIRC) and in PLOVER, as IGO, and other groups as NGO.
_SAME_SLOT: Final[dict[str, str]] = {"NGO": "IGO"}

_TOKEN = re.compile(r"\w+")
_MARKER = re.compile(r"</?[st]>")
_GSR_TAG = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC)\s*:\s*")


def current_types(old: str, mode: str | None = None) -> tuple[str, ...]:
    """The current PLOVER types that count as a correct prediction for the (possibly old) ``old`` type."""
    if mode and (old, mode) in OLD_MODE_MAP:
        return OLD_MODE_MAP[(old, mode)]
    if old in OLD_TYPE_MAP:
        return OLD_TYPE_MAP[old]
    return (old,)


def gold_label(old: str, mode: str | None = None) -> str:
    """The label a gold type is reported under: the current type, or the old name when it maps to several."""
    types = current_types(old, mode)
    return types[0] if len(types) == 1 else old


def predicted_label(pred: str | None, old: str, mode: str | None = None) -> str:
    """The prediction as a label comparable to :func:`gold_label` (any accepted type becomes the gold label)."""
    if pred is None:
        return NONE
    return gold_label(old, mode) if pred in current_types(old, mode) else pred


# --------------------------------------------------------------------------- spans


@dataclass(frozen=True)
class Marked:
    """A sentence with the gold participant spans (character offsets into ``text``)."""

    text: str
    source: list[Span2] = field(default_factory=list)
    target: list[Span2] = field(default_factory=list)
    event: list[Span2] = field(default_factory=list)


def _trim(text: str, start: int, end: int) -> Span2:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_marked(marked: str) -> Marked:
    """Strip ``<s>..</s>`` / ``<t>..</t>`` markers; spans are trimmed of whitespace, unclosed ones dropped."""
    pieces: list[str] = []
    length = 0
    pos = 0
    open_at: dict[str, int] = {}
    found: dict[str, list[Span2]] = {"s": [], "t": []}
    raw: list[tuple[str, int, int]] = []
    for tag in _MARKER.finditer(marked):
        chunk = marked[pos : tag.start()]
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        role = tag.group()[-2]
        if tag.group()[1] != "/":
            open_at[role] = length
        elif role in open_at:
            raw.append((role, open_at.pop(role), length))
    pieces.append(marked[pos:])
    text = "".join(pieces)
    for role, start, end in raw:
        span = _trim(text, start, end)
        if span[1] > span[0]:
            found[role].append(span)
    return Marked(text, found["s"], found["t"])


def pick_event(events: Sequence[Event], gold: Marked) -> Event | None:
    """The event that best matches the gold spans, else the first event, else None."""
    return best_event(events, gold.text, gold.source, gold.target, gold.event)


# --------------------------------------------------------------------------- metrics


def _r(x: float) -> float:
    return round(x, 4)


def _share(num: int, den: int) -> float:
    return _r(num / den) if den else 0.0


def classification(pairs: Sequence[tuple[str, str]], labels: Iterable[str] | None = None) -> dict[str, Any]:
    """Accuracy, macro-F1 over ``labels`` (default: the gold labels seen) and per-label P/R/F1."""
    gold_counts = Counter(g for g, _ in pairs)
    pred_counts = Counter(p for _, p in pairs)
    hits = Counter(g for g, p in pairs if g == p)
    keys = sorted(set(labels) if labels is not None else set(gold_counts))
    per: dict[str, dict[str, float]] = {}
    for label in keys:
        p = hits[label] / pred_counts[label] if pred_counts[label] else 0.0
        r = hits[label] / gold_counts[label] if gold_counts[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[label] = {"precision": _r(p), "recall": _r(r), "f1": _r(f), "support": gold_counts[label]}
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    confusions = Counter((g, p) for g, p in pairs if g != p).most_common(10)
    return {
        "accuracy": _share(sum(hits.values()), len(pairs)),
        "macro_f1": _r(macro),
        "per_type": per,
        "top_confusions": [[g, p, n] for (g, p), n in confusions],
    }


@dataclass
class SpanTally:
    shared: int = 0
    pred: int = 0
    gold: int = 0
    with_gold: int = 0
    f1_sum: float = 0.0
    overlapping: int = 0
    without_gold: int = 0
    named_without_gold: int = 0
    tokens_without_gold: int = 0

    def add(self, counts: tuple[int, int, int]) -> None:
        shared, n_pred, n_gold = counts
        self.shared += shared
        self.pred += n_pred
        self.gold += n_gold
        if n_gold:
            self.with_gold += 1
            self.f1_sum += f1_of(shared, n_pred, n_gold)
            self.overlapping += shared > 0
        else:
            self.without_gold += 1
            self.named_without_gold += n_pred > 0
            self.tokens_without_gold += n_pred

    def report(self) -> dict[str, Any]:
        p = self.shared / self.pred if self.pred else 0.0
        r = self.shared / self.gold if self.gold else 0.0
        return {
            "precision": _r(p),
            "recall": _r(r),
            "f1": _r(2 * p * r / (p + r) if p + r else 0.0),
            "mean_f1": _share_f(self.f1_sum, self.with_gold),
            "overlap": _share(self.overlapping, self.with_gold),
            "gold_spans": self.with_gold,
            # where precision goes: a participant named on an item that marks none, apart from boundary errors
            "without_gold": {
                "items": self.without_gold,
                "named": self.named_without_gold,
                "predicted_tokens": self.tokens_without_gold,
                "share_of_predicted_tokens": _share(self.tokens_without_gold, self.pred),
            },
        }


def _share_f(num: float, den: int) -> float:
    return _r(num / den) if den else 0.0


def _quad(event_type: str | None) -> int:
    return QUAD_CLASS.get(event_type, 0) if event_type else 0


def _run(texts: Sequence[str], batch_size: int = 32, statements: bool = False) -> list[list[Event]]:
    """Events of each text (an empty list when the pipeline rejected it); ``statements``: STATEMENT events too."""
    out: list[list[Event]] = []
    for result in extract_many(texts, date=None, batch_size=batch_size, statements=statements):
        out.append(list(result.events) if isinstance(result, ArticleResult) else [])
    return out


# --------------------------------------------------------------------------- PLV


@dataclass(frozen=True)
class PlvRow:
    marked: Marked
    root: str
    quad: int


def read_plv(path: str | Path, limit: int | None = None) -> list[PlvRow]:
    rows: list[PlvRow] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle, delimiter="\t"):
            root = (rec.get("gold_root") or "").strip()
            if not root:
                continue
            penta = (rec.get("gold_penta") or "").strip()
            mapped = current_types(root)
            quad = int(penta) if penta in {"1", "2", "3", "4"} else (_quad(mapped[0]) if len(mapped) == 1 else 0)
            rows.append(PlvRow(parse_marked(rec.get("marked_sentence") or rec.get("sentence") or ""), root, quad))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def fold_split_types(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Report every prediction of a split type under the old gold label (RETREAT on an AGREE row is a
    false YIELD), when that old label is among the gold labels; otherwise pairs are unchanged."""
    golds = {g for g, _ in pairs}
    fold = {t: g for g in golds if len(OLD_TYPE_MAP.get(g, ())) > 1 for t in OLD_TYPE_MAP[g]}
    return [(g, fold.get(p, p)) for g, p in pairs]


def _plv_metrics(items: Sequence[tuple[PlvRow, Event | None]]) -> dict[str, Any]:
    pairs = [(gold_label(row.root), predicted_label(ev.type if ev else None, row.root)) for row, ev in items]
    pairs = fold_split_types(pairs)
    labels = {g for g, _ in pairs}
    source, target = SpanTally(), SpanTally()
    quad_ok = 0
    for row, ev in items:
        source.add(span_counts(row.marked.text, participant_span(ev.source if ev else None), row.marked.source))
        target.add(span_counts(row.marked.text, participant_span(ev.target if ev else None), row.marked.target))
        quad_ok += _quad(ev.type if ev else None) == row.quad
    types = classification(pairs, labels)
    return {
        "n": len(items),
        "type_accuracy": types["accuracy"],
        "type_macro_f1": types["macro_f1"],
        "quad_accuracy": _share(quad_ok, len(items)),
        "source_span": source.report(),
        "target_span": target.report(),
        "per_type": types["per_type"],
        "top_confusions": types["top_confusions"],
    }


def score_plv(path: str | Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Type, QuadClass and participant-span scores on the Zero-Shot-PLOVER ``PLV`` TSV."""
    path = Path(path) if path is not None else eval_root() / "events" / "plv" / "PLV_train.tsv"
    rows = read_plv(path, limit)
    events = _run([row.marked.text for row in rows])
    chosen = [(row, pick_event(evs, row.marked)) for row, evs in zip(rows, events, strict=True)]
    found = [(row, ev) for row, ev in chosen if ev is not None]
    return {
        "set": "plv",
        "path": str(path),
        "coverage": _share(len(found), len(chosen)),
        "label_map": {"YIELD": list(OLD_TYPE_MAP["YIELD"])},
        "gold_quad": "gold_penta (1-4 = QuadClass of gold_root)",
        **_plv_metrics(chosen),
        "given_event": _plv_metrics(found),
    }


# --------------------------------------------------------------------------- GSR


@dataclass(frozen=True)
class GoldActor:
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class GsrRecord:
    id: str
    event: str
    mode: str | None
    marked: Marked
    source: list[GoldActor]
    target: list[GoldActor]


def _markup_spans(markup: str) -> list[tuple[str, str]]:
    """(tag, text) for every ``(TAG: text)`` of a GSR markup string; nested tags and stray braces tolerated."""
    out: list[tuple[str, str]] = []
    for m in _GSR_TAG.finditer(markup):
        depth = 0
        end = len(markup)
        for i in range(m.end(), len(markup)):
            ch = markup[i]
            if ch == "(":
                depth += 1
            elif ch in ")}":
                if depth == 0:
                    end = i
                    break
                depth -= 1
        inner = _GSR_TAG.sub("", markup[m.end() : end])
        while inner.endswith(")") and inner.count(")") > inner.count("("):
            inner = inner[:-1]
        inner = inner.strip()
        if inner:
            out.append((m.group(1), inner))
    return out


def _locate(text: str, needle: str) -> Span2 | None:
    at = text.find(needle)
    if at < 0:
        at = text.lower().find(needle.lower())
    return (at, at + len(needle)) if at >= 0 else None


def parse_gsr_markup(text: str, markup: str) -> Marked:
    """Gold spans of a GSR record, found back in ``text`` (spans whose text is not found are dropped)."""
    roles: dict[str, list[Span2]] = {"SRC": [], "TAR": [], "EVT": []}
    for tag, inner in _markup_spans(markup):
        span = _locate(text, inner)
        if span is None:
            continue
        for role in tag.split("/"):
            if role in roles:
                roles[role].append(span)
    return Marked(text, roles["SRC"], roles["TAR"], roles["EVT"])


def _gold_actors(value: Any) -> list[GoldActor]:
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if not isinstance(item, dict):
            continue
        code = (item.get("code") or "").strip().upper() or None
        code = _COUNTRY_ALIAS.get(code, code) if code else None
        code = _SAME_SLOT.get(code, code) if code else None
        sector = (item.get("sector") or "").strip() or None
        if sector is not None:
            sector = sector if sector == "***" else sector[:3].upper()
            sector = _SECTOR_ALIAS.get(sector, sector)
        out.append(GoldActor(code, sector))
    return out


def read_gsr(path: str | Path, limit: int | None = None) -> list[GsrRecord]:
    records: list[GsrRecord] = []
    for rec in json.loads(Path(path).read_text(encoding="utf-8")):
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        info = rec.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else info if isinstance(info, str) else ""
        text = rec["text"]
        records.append(
            GsrRecord(
                id=str(rec.get("id", "")),
                event=rec["event"],
                mode=rec.get("mode") or None,
                marked=parse_gsr_markup(text, markup or ""),
                source=_gold_actors(rec.get("source")),
                target=_gold_actors(rec.get("target")),
            )
        )
        if limit is not None and len(records) >= limit:
            break
    return records


def _plover_sector(sector: str | None) -> str | None:
    return _PLOVER_SECTOR.get(sector, sector) if sector else None


def predicted_codes(actor: ActorRef | None) -> tuple[set[str], set[str | None]]:
    """(country slot codes, sectors) of a predicted actor in the GSR's convention: a compound actor by
    its members; an organisation (IGO, NGO) in the country slot with its ``org_sector`` as the sector;
    a group with no country coded REB (al-Qaeda) is a transnational militarized group (IMG); an actor
    resolved to nothing (no country, no sector) gets no code at all, so it never earns a "no sector"."""
    if actor is None:
        return set(), set()
    countries: set[str] = set()
    sectors: set[str | None] = set()
    for ref in actor.members or [actor]:
        if ref.country:
            countries.add(ref.country)
            sectors.add(_plover_sector(ref.sector))
        elif ref.sector in _NON_STATE:
            countries.add(_SAME_SLOT.get(ref.sector, ref.sector))
            sectors.add(_plover_sector(ref.org_sector))
        elif ref.sector == "REB" and ref.kind == "organisation":
            countries.add("IMG")
            sectors.add(_plover_sector(ref.org_sector))
        elif ref.sector:
            sectors.add(_plover_sector(ref.sector))
    return countries, sectors


def actor_code_hits(gold: Sequence[GoldActor], pred: ActorRef | None) -> tuple[bool, bool]:
    """Whether the predicted actor shares a country slot code, and a sector, with one gold actor."""
    if pred is None:
        return False, False
    countries, sectors = predicted_codes(pred)
    return bool(countries & {g.country for g in gold if g.country}), bool(sectors & {g.sector for g in gold})


@dataclass
class ActorTally:
    n: int = 0
    country: int = 0
    sector: int = 0

    def add(self, gold: Sequence[GoldActor], pred: ActorRef | None) -> None:
        if not gold:
            return
        self.n += 1
        country_ok, sector_ok = actor_code_hits(gold, pred)
        self.country += country_ok
        self.sector += sector_ok

    def merged(self, other: ActorTally) -> ActorTally:
        return ActorTally(self.n + other.n, self.country + other.country, self.sector + other.sector)

    def report(self) -> dict[str, float | int]:
        return {"n": self.n, "country": _share(self.country, self.n), "sector": _share(self.sector, self.n)}


def _gsr_metrics(items: Sequence[tuple[GsrRecord, Event | None]]) -> dict[str, Any]:
    pairs = [
        (gold_label(r.event, r.mode), predicted_label(ev.type if ev else None, r.event, r.mode)) for r, ev in items
    ]
    source, target = ActorTally(), ActorTally()
    quad_ok = 0
    for rec, ev in items:
        source.add(rec.source, ev.source.actor if ev and ev.source else None)
        target.add(rec.target, ev.target.actor if ev and ev.target else None)
        accepted = current_types(rec.event, rec.mode)
        quad_ok += _quad(ev.type if ev else None) in {_quad(t) for t in accepted}
    types = classification(pairs, {g for g, _ in pairs})
    return {
        "n": len(items),
        "type_accuracy": types["accuracy"],
        "type_macro_f1": types["macro_f1"],
        "quad_accuracy": _share(quad_ok, len(items)),
        "actors": {"source": source.report(), "target": target.report(), "combined": source.merged(target).report()},
        "per_type": types["per_type"],
        "top_confusions": types["top_confusions"],
    }


def _gold_codes(gold: Sequence[GoldActor]) -> str:
    return ";".join(f"{g.country or '---'} {g.sector or '---'}" for g in gold)


def _actor_error(rec: GsrRecord, ev: Event | None, role: str) -> dict[str, Any] | None:
    """One wrong gold actor of a record (its role's), or None when the prediction is right on both slots."""
    gold = rec.source if role == "source" else rec.target
    part = (ev.source if role == "source" else ev.target) if ev else None
    pred = part.actor if part else None
    country_ok, sector_ok = actor_code_hits(gold, pred)
    if not gold or (country_ok and sector_ok):
        return None
    spans = rec.marked.source if role == "source" else rec.marked.target
    return {
        "id": rec.id,
        "role": role,
        "wrong": "+".join(slot for slot, ok in (("country", country_ok), ("sector", sector_ok)) if not ok),
        "gold": _gold_codes(gold),
        "gold_spans": [rec.marked.text[a:b] for a, b in spans],
        "matched": rec.marked.text[part.span.start : part.span.end] if part else None,
        "predicted": pred.to_dict() if pred else None,
        "text": rec.marked.text,
    }


def gsr_actor_errors(items: Sequence[tuple[GsrRecord, Event | None]]) -> list[dict[str, Any]]:
    """Every gold source and target actor the chosen event codes wrong on country or sector (development only)."""
    errors = (_actor_error(rec, ev, role) for rec, ev in items for role in ("source", "target"))
    return [error for error in errors if error is not None]


#: The halves of a gold set scored by split (GSR records, Multi-CoPED span sentences): even-index items
#: (0, 2, ...) are the rule writers' development half, odd-index ones held out.
GSR_SPLITS: Final = ("even", "odd")
#: What ``--split`` accepts: a half, or ``all`` (the whole set, as with no ``--split``).
SPLIT_CHOICES: Final = (*GSR_SPLITS, "all")


def parity_split(items: Sequence[_T], split: str | None) -> list[_T]:
    """The development (``even``) or held-out (``odd``) half of ``items``, or all of them (None, ``all``)."""
    if split is None or split == "all":
        return list(items)
    if split not in GSR_SPLITS:
        raise ValueError(f"unknown split {split!r} (choose from {', '.join(GSR_SPLITS)})")
    return list(items[GSR_SPLITS.index(split) :: 2])


def gsr_split(records: Sequence[GsrRecord], split: str | None) -> list[GsrRecord]:
    """The development (``even``) or held-out (``odd``) half of the GSR records, or all of them (None)."""
    return parity_split(records, split)


def score_gsr(
    path: str | Path | None = None, limit: int | None = None, split: str | None = None, errors: bool = False
) -> dict[str, Any]:
    """Type and actor-code scores on the PLOVER gold-standard records (old type names mapped);
    ``split``: only the even (development) or odd (held-out) records; ``errors``: list the actor-code errors."""
    path = Path(path) if path is not None else eval_root() / "events" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    records = gsr_split(read_gsr(path), split)[:limit]
    events = _run([r.marked.text for r in records])
    chosen = [(rec, pick_event(evs, rec.marked)) for rec, evs in zip(records, events, strict=True)]
    found = [(rec, ev) for rec, ev in chosen if ev is not None]
    remapped = Counter(
        f"{r.event}:{r.mode}" if r.mode and (r.event, r.mode) in OLD_MODE_MAP else r.event
        for r in records
        if current_types(r.event, r.mode) != (r.event,)
    )
    return {
        "set": "gsr",
        "path": str(path),
        "split": split or "all",
        "coverage": _share(len(found), len(chosen)),
        "remapped_gold": dict(sorted(remapped.items())),
        **_gsr_metrics(chosen),
        "given_event": _gsr_metrics(found),
    } | ({"actor_errors": gsr_actor_errors(chosen)} if errors else {})


# --------------------------------------------------------------------------- Multi-CoPED

PENTA_LABELS: Final = ("0", "1", "2", "3", "4")


def read_multicoped(path: str | Path, limit: int | None = None) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line in handle:
            text, _, label = line.rstrip("\n").rpartition("\t")
            if text.strip() and label.strip() in PENTA_LABELS:
                rows.append((text, int(label)))
                if limit is not None and len(rows) >= limit:
                    break
    return rows


#: The CAMEO pentaclass of each CAMEO root: 01-02 statements and appeals (0), 03-05 verbal cooperation (1),
#: 06-08 material cooperation (2, yielding included: CAMEO 08 holds the concessions PLOVER calls verbal),
#: 09-13 and 16 verbal conflict (3: Multi-CoPED files reductions of relations, sanctions and expulsions here, as
#: all 21 even-half sentences whose event is a CAMEO 16 act show), 14-15 and 17-20 material conflict (4).
PENTA_OF_ROOT: Final[dict[str, int]] = {
    **dict.fromkeys(("01", "02"), 0),
    **dict.fromkeys(("03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08"), 2),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4),
}


def sentence_key(text: str) -> str:
    """A sentence compared across gold files: lower-case letters and digits only (the files space and quote it
    differently)."""
    return re.sub(r"[\W_]+", "", text.lower())


@functools.cache
def plv_train_sentences(root: Path | None = None) -> frozenset[str]:
    """PLV train's sentences (:func:`sentence_key` form): what the classifier was trained on. Empty without the file."""
    path = (root or eval_root()) / "events" / "plv" / "PLV_train.tsv"
    # read as training reads it (``events.training.plv_examples``): the rows with a gold root
    return frozenset(sentence_key(row.marked.text) for row in read_plv(path)) if path.exists() else frozenset()


def outside_plv_train(texts: Sequence[str]) -> list[int]:
    """Indexes of the texts that are not PLV train sentences."""
    seen = plv_train_sentences()
    return [i for i, text in enumerate(texts) if sentence_key(text) not in seen]


def penta_of(events: Sequence[Event]) -> int:
    """CAMEO pentaclass of the highest-confidence event (first on a tie), by the root of its CAMEO code
    (:data:`PENTA_OF_ROOT`: "urged X to" 02 and "denied charges" 016 are 0, "expelled diplomats" 166 is 3),
    else the QuadClass of its PLOVER type; 0 (statement) when there is no event."""
    if not events:
        return 0
    best = max(events, key=lambda e: e.confidence)  # max keeps the first of equal keys
    root = PENTA_OF_ROOT.get(best.cameo[:2])
    if root is not None:
        return root
    return _quad(best.type) or best.quad_class


def without_statements(events: Sequence[Sequence[Event]]) -> list[list[Event]]:
    """Each text's events less the STATEMENT events: what the pipeline gives with statements off."""
    return [[e for e in evs if e.type != STATEMENT] for evs in events]


def _with_and_without_statements(
    figures: Callable[[Any, Sequence[Sequence[Event]]], dict[str, Any]],
    rows: Any,
    events: Sequence[Sequence[Event]],
    statements: bool,
) -> dict[str, Any]:
    """``figures`` of the events; where they include STATEMENT events, those of the events without them, and the
    figures with them under ``with_statements`` (one pipeline run gives both)."""
    if not statements:
        return figures(rows, events)
    return {**figures(rows, without_statements(events)), "with_statements": figures(rows, events)}


def score_multicoped(
    path: str | Path | None = None, limit: int | None = None, split: str | None = None, statements: bool = False
) -> dict[str, Any]:
    """Pentaclass (0 statement, 1-4 QuadClass) accuracy and macro-F1 on Multi-CoPED sentences;
    ``split``: only the even-index (development) or odd-index (held-out) sentences of the file; ``statements``:
    also the figures with STATEMENT events on (CAMEO 01, so pentaclass 0), under ``with_statements``."""
    path = Path(path) if path is not None else eval_root() / "events" / "multicoped" / "cameo_class_train.tsv"
    rows = parity_split(read_multicoped(path), split)[:limit]
    events = _run([text for text, _ in rows], statements=statements)
    head = {"set": "multicoped", "path": str(path), "split": split or "all"}
    return {**head, **_with_and_without_statements(_multicoped_figures, rows, events, statements)}


def _multicoped_figures(rows: Sequence[tuple[str, int]], events: Sequence[Sequence[Event]]) -> dict[str, Any]:
    pairs = [(str(gold), str(penta_of(evs))) for (_, gold), evs in zip(rows, events, strict=True)]
    report = classification(pairs, PENTA_LABELS)
    unseen_pairs = [pairs[i] for i in outside_plv_train([text for text, _ in rows])]
    unseen = classification(unseen_pairs, PENTA_LABELS)
    confusion = {g: {p: 0 for p in PENTA_LABELS} for g in PENTA_LABELS}
    for g, p in pairs:
        confusion[g][p] += 1
    eventful = [(g, p) for g, p in pairs if g != "0"]
    found = [(g, p) for (g, p), evs in zip(pairs, events, strict=True) if evs]
    return {
        "n": len(pairs),
        "coverage": _share(len(found), len(pairs)),
        "accuracy": report["accuracy"],
        "macro_f1": report["macro_f1"],
        "per_class": report["per_type"],
        "confusion": confusion,
        "accuracy_gold_1_to_4": _share(sum(g == p for g, p in eventful), len(eventful)),
        "outside_plv_train": {"n": len(unseen_pairs), "accuracy": unseen["accuracy"], "macro_f1": unseen["macro_f1"]},
        "given_event": {
            "n": len(found),
            "accuracy": _share(sum(g == p for g, p in found), len(found)),
        },
    }


def read_multicoped_spans(path: str | Path, limit: int | None = None) -> list[Marked]:
    """Sentences of the Multi-CoPED NER file (one token and BIO tag per line; S source, T target,
    R reciprocal) joined with single spaces, with every S / T span (R counts as both)."""
    out: list[Marked] = []
    for block in Path(path).read_text(encoding="utf-8").split("\n\n"):
        rows = [line.rsplit(" ", 1) for line in block.splitlines() if " " in line.strip()]
        if not rows:
            continue
        text, spans = _join_tokens(rows)
        source = [span for role, span in spans if role in ("S", "R")]
        target = [span for role, span in spans if role in ("T", "R")]
        out.append(Marked(text, source, target))
        if limit is not None and len(out) >= limit:
            break
    return out


#: Clitics the NER file splits from their word with the apostrophe ("Vietnam ’ s", "didn ’ t").
_CLITICS: Final = frozenset({"s", "t", "re", "d", "ve", "ll", "m"})
_APOSTROPHES: Final = frozenset({"’", "'"})


def _join_tokens(rows: Sequence[Sequence[str]]) -> tuple[str, list[tuple[str, Span2]]]:
    """The sentence as news prints it, nearly: tokens joined by single spaces, except that an apostrophe and its
    clitic close up on their word ("Vietnam’s Prime Minister": spaced, the parser saw no possessive)."""
    text = ""
    spans: list[tuple[str, Span2]] = []
    for at, (word, tag) in enumerate(rows):
        if at >= 2 and word in _CLITICS and rows[at - 1][0] in _APOSTROPHES:
            text, spans = _close_up(text, len(text) - len(rows[at - 1][0]) - 1, spans)
            start = len(text)
            text += word
        else:
            start = len(text) + 1 if text else 0
            text = f"{text} {word}" if text else word
        if tag.startswith("B-"):
            spans.append((tag[2:], (start, len(text))))
        elif tag.startswith("I-") and spans and spans[-1][0] == tag[2:]:
            spans[-1] = (tag[2:], (spans[-1][1][0], len(text)))
    return text, spans


def _close_up(text: str, space: int, spans: list[tuple[str, Span2]]) -> tuple[str, list[tuple[str, Span2]]]:
    """``text`` without the space at ``space``, and ``spans`` moved to match."""
    moved = [(role, (s - (s > space), e - (e > space))) for role, (s, e) in spans]
    return text[:space] + text[space + 1 :], moved


def score_multicoped_spans(
    path: str | Path | None = None, limit: int | None = None, split: str | None = None, statements: bool = False
) -> dict[str, Any]:
    """Source and target span P/R/F1 of the pipeline's best-matching event on Multi-CoPED sentences;
    ``split``: only the even-index (development) or odd-index (held-out) sentences of the file; ``statements``:
    also the figures with STATEMENT events on, under ``with_statements``."""
    path = Path(path) if path is not None else eval_root() / "events" / "multicoped" / "cameo_ner_train.txt"
    rows = parity_split(read_multicoped_spans(path), split)[:limit]
    events = _run([row.text for row in rows], statements=statements)
    head = {"set": "multicoped-spans", "path": str(path), "split": split or "all"}
    return {**head, **_with_and_without_statements(_span_figures, rows, events, statements)}


def _span_figures(rows: Sequence[Marked], events: Sequence[Sequence[Event]]) -> dict[str, Any]:
    source, target = SpanTally(), SpanTally()
    unseen_source, unseen_target = SpanTally(), SpanTally()
    unseen = set(outside_plv_train([row.text for row in rows]))
    found = 0
    for at, (row, evs) in enumerate(zip(rows, events, strict=True)):
        ev = pick_event(evs, row)
        found += ev is not None
        counts = (
            span_counts(row.text, participant_span(ev.source if ev else None), row.source),
            span_counts(row.text, participant_span(ev.target if ev else None), row.target),
        )
        source.add(counts[0])
        target.add(counts[1])
        if at in unseen:
            unseen_source.add(counts[0])
            unseen_target.add(counts[1])
    return {
        "n": len(rows),
        "coverage": _share(found, len(rows)),
        "source_span": source.report(),
        "target_span": target.report(),
        "outside_plv_train": {
            "n": len(unseen),
            "source_span": unseen_source.report(),
            "target_span": unseen_target.report(),
        },
    }


# --------------------------------------------------------------------------- the classifier


def score_plv_pairs(path: str | Path | None = None, limit: int | None = None, kind: str = "full") -> dict[str, Any]:
    """The shipped pair classifier on PLV-format rows (``eventwire classify``'s task, as ZSP is scored):
    given the marked source and target, the type.  Only meaningful on rows the model was not trained on
    (e.g. a held-out ``PLV_test.tsv``); the shipped model was trained on ``PLV_train.tsv``."""
    from eventwire.events.classify import classify, load_model
    from eventwire.events.pairs import Pair

    path = Path(path) if path is not None else eval_root() / "events" / "plv" / "PLV_train.tsv"
    rows = read_plv(path, limit)
    pairs = [Pair(r.marked.text, first_span(r.marked.source), first_span(r.marked.target)) for r in rows]
    codings = classify(pairs, load_model(kind))
    labelled = fold_split_types(
        [(gold_label(r.root), predicted_label(c.type, r.root)) for r, c in zip(rows, codings, strict=True)]
    )
    quad_ok = sum(
        r.quad == c.quad_class or (r.root == "YIELD" and c.type in ("CONCEDE", "RETREAT"))
        for r, c in zip(rows, codings, strict=True)
    )
    return {
        "set": "plv-pairs",
        "model": kind,
        "file": str(path),
        "n": len(rows),
        "quad_accuracy": _share(quad_ok, len(rows)),
        **classification(labelled),
    }


def score_cross_validation(
    path: str | Path | None = None,
    limit: int | None = None,
    kind: str = "full",
    task: str = "plover",
    encoder: str | None = None,
) -> dict[str, Any]:
    """5-fold cross-validation of a classifier, every fold trained from scratch: the honest estimate of
    the shipped model on unseen pairs.  ``plover``: over the PLV rows (the GSR always trains);
    ``penta``: over the Multi-CoPED sentences.  ``path``: the events gold folder.  ``encoder``: the
    sentence encoder of the full model (default: the one new models are trained with)."""
    from eventwire.events.embed import DEFAULT_ENCODER
    from eventwire.events.training import TASKS, all_inputs, cross_validate, variant_config

    reader, scored, _ = TASKS[task]
    root = Path(path) if path is not None else eval_root() / "events"
    examples = reader(root)[: limit or None]
    if not any(e.origin == scored for e in examples):
        raise FileNotFoundError(f"no {scored} examples under {root}")
    config = variant_config(kind, encoder or DEFAULT_ENCODER, task)
    inputs = all_inputs(examples, vectors=config.use_vectors, encoder=config.encoder)
    scores = cross_validate(examples, inputs, config, scored=scored)
    return {
        "set": f"classifier-cv-{task}",
        "model": kind,
        "encoder": config.encoder if config.use_vectors else None,
    } | scores


# --------------------------------------------------------------------------- CLI

#: The sets that take ``--split``.
_SPLIT_SETS: Final = ("gsr", "multicoped", "multicoped-spans")
_STATEMENT_SETS: Final = ("multicoped", "multicoped-spans")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "which",
        nargs="?",
        default="all",
        choices=["plv", "gsr", "multicoped", "multicoped-spans", "plv-pairs", "cv", "cv-penta", "all"],
    )
    ap.add_argument(
        "--model", default="full", choices=["full", "fast", "static"], help="classifier for plv-pairs and cv"
    )
    ap.add_argument("--limit", type=int, default=None, help="score only the first N records of each set")
    ap.add_argument("--path", type=Path, default=None, help="gold file (only with a single set)")
    ap.add_argument(
        "--split",
        choices=SPLIT_CHOICES,
        default=None,
        help="gsr, multicoped and multicoped-spans only: even (development), odd (held out) or all items",
    )
    ap.add_argument("--encoder", choices=sorted(ENCODERS), default=None, help="cv only: the full model's encoder")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="gsr --split even only: list every actor code the chosen event gets wrong (actor_errors)",
    )
    ap.add_argument(
        "--statements",
        action="store_true",
        help="multicoped and multicoped-spans only: also score with STATEMENT events on, the pipeline default "
        "(under with_statements)",
    )
    args = ap.parse_args(argv)
    if args.path is not None and args.which == "all":
        ap.error("--path needs a single set")
    if args.split is not None and args.which not in _SPLIT_SETS:
        ap.error("--split is for the gsr, multicoped and multicoped-spans sets")
    if args.statements and args.which not in _STATEMENT_SETS:
        ap.error("--statements is for the multicoped and multicoped-spans sets")
    if args.errors and (args.which != "gsr" or args.split != "even"):
        ap.error("--errors reads gsr --split even only: the odd half is held out")
    if args.encoder is not None and args.which not in ("cv", "cv-penta"):
        ap.error("--encoder is for cross-validation (cv, cv-penta)")
    scorers = {
        "plv": score_plv,
        "gsr": score_gsr,
        "multicoped": score_multicoped,
        "multicoped-spans": score_multicoped_spans,
    }
    classifier_scorers: dict[str, Callable[[Path | None, int | None, str], dict[str, Any]]] = {
        "plv-pairs": score_plv_pairs,
        "cv": functools.partial(score_cross_validation, encoder=args.encoder),
        "cv-penta": functools.partial(score_cross_validation, task="penta", encoder=args.encoder),
    }
    try:
        if args.which in classifier_scorers:
            print(json.dumps(classifier_scorers[args.which](args.path, args.limit, args.model)), flush=True)
            return 0
        names = list(scorers) if args.which == "all" else [args.which]
        for name in names:
            extra: dict[str, Any] = {"split": args.split} if name in _SPLIT_SETS else {}
            if args.statements:
                extra["statements"] = True
            if args.errors:
                extra["errors"] = True
            print(json.dumps(scorers[name](args.path, limit=args.limit, **extra)), flush=True)
    except FileNotFoundError as exc:
        # Users without ../shared/eval get where it was looked for and how to point elsewhere.
        print(f"error: gold data not found ({exc}); pass --path or set EVENTWIRE_EVAL", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
