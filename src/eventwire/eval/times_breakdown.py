"""Where the time stage's value errors come from, and whether a rule's gain holds across documents.

``breakdown(docs)`` attributes every error of a set to a stage (TE3 terms): span recognition
(missed, spurious; extent differences are counted apart, they cost strict F1 only), type, and the
value of a correctly found span. Value errors are then classed by cause:

* ``anchoring``: the value has the gold granularity but another calendar position. Split by the
  reference time the system took: the publication date with the tense's direction wrong
  (``anchoring/tense``: gold on the other side of the publication date), the publication date where
  the gold counts from another time (``anchoring/reference-time``: a narrative or event time), the
  last date the text mentioned (``anchoring/last-mentioned``), or an explicit date (``anchoring/explicit``).
* ``granularity``: both are calendar points of different sizes (``1988`` against ``1988-Q3``,
  ``1998-10`` against ``1998-W42``, a part of day against the day or another part of it).
* ``format``: the same value written another way (``2000-W7``, ``T17`` against ``2000-W07``, ``T17:00``).
* ``underspecified``: one side leaves part of the value unknown (``1989-WXX``) and the other does not.
* ``lexicon``: the words were read as another kind of time (a length as a point, ``PAST_REF`` as a
  length, a SET as a DATE) or as another amount or unit (``P6M`` against ``P6D``).

``fold_of`` puts each document in one of K folds by the SHA-256 of its id (bytes 1-2, independent of
the AQUAINT dev/test byte); ``fold_scores`` reports each fold, and ``ablation`` what switching rules
off does in each fold and in how many documents, to tell a rule that generalises (gains in most
folds, many documents) from one that fits the documents it was written on (one fold, one document).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.eval.times import Counts, Document, Timex, pairs_of, system_timexes
from eventwire.temporal import rules_switched_off, value_range

_POINT = re.compile(
    r"^[\dX]{4}(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-W(?:\d\d?|XX)(?:-WE)?|-[QH](?:\d|X)|-(?:SP|SU|FA|WI))?$"
)
_SHORT = re.compile(r"^(?:\d{2,3}|\dX{1,2}|\d\dX)$")


def value_shape(value: str) -> str:
    """'ref', 'length', 'time', 'day', 'week', 'month', 'part' (quarter, half, season), 'year', 'decade' or 'other'."""
    if value.endswith("_REF"):
        return "ref"
    if value.startswith("P"):
        return "length"
    if "T" in value:
        return "time"
    if _SHORT.match(value):
        return "decade"
    if not _POINT.match(value):
        return "other"
    rest = value[5:]
    if not rest:
        return "year"
    if rest.startswith("W") and rest != "WI":
        return "week"
    if rest[0] in "QHSFW":
        return "part"
    return "day" if len(rest) > 3 else "month"


_POINT_SHAPES = frozenset(["time", "day", "week", "month", "part", "year", "decade"])


def value_cause(gold: Timex, system: Timex, dct: dt.date | None) -> str:
    """The cause class of a wrong value on a correctly found span (see the module docstring)."""
    if _normal_form(gold.value) == _normal_form(system.value):
        return "format"
    g_shape, s_shape = value_shape(gold.value), value_shape(system.value)
    if g_shape == s_shape == "time" and gold.value.partition("T")[0] == system.value.partition("T")[0]:
        return "granularity"  # the same day, another part of it ("TEV" against "TNI")
    if g_shape in _POINT_SHAPES and s_shape in _POINT_SHAPES:
        if g_shape != s_shape:
            return "granularity"
        if ("X" in gold.value) != ("X" in system.value):
            return "underspecified"
        return "anchoring/" + _anchoring_kind(gold.value, system, dct)
    if gold.type == "SET" or system.type == "SET" or g_shape != s_shape:
        return "lexicon/kind"
    return "lexicon/amount"


_UNPADDED_WEEK = re.compile(r"-W(\d)\b")
_WHOLE_HOUR = re.compile(r"T(\d\d)(?::00)?$")


def _normal_form(value: str) -> str:
    """ "2000-W7" is "2000-W07", "T17" is "T17:00": the same value written another way."""
    return _WHOLE_HOUR.sub(r"T\1:00", _UNPADDED_WEEK.sub(r"-W0\1", value))


def _anchoring_kind(gold: str, system: Timex, dct: dt.date | None) -> str:
    anchor = system.anchor.lower()
    if anchor.startswith("explicit") or anchor.startswith("holiday"):
        return "explicit"
    if anchor.startswith("reference") or "clock time on" in anchor:
        return "last-mentioned"
    g_range, s_range = value_range(gold.partition("T")[0]), value_range(system.value.partition("T")[0])
    if dct is None or g_range is None or s_range is None:
        return "reference-time"
    return "tense" if _side(g_range, dct) != _side(s_range, dct) else "reference-time"


def _side(span: tuple[dt.date, dt.date], dct: dt.date) -> int:
    return -1 if span[1] < dct else 1 if span[0] > dct else 0


@dataclass
class Breakdown:
    gold: int = 0
    system: int = 0
    value_ok: int = 0
    missed: int = 0
    spurious: int = 0
    extent: int = 0  # found with another extent (strict F1 only)
    extent_and_value: int = 0  # ... whose value is also wrong
    type_only: int = 0  # right value, wrong type (type accuracy only)
    value_wrong: int = 0
    causes: Counter[str] | None = None

    def add(self, doc: Document, system: list[Timex]) -> None:
        causes = self.causes if self.causes is not None else Counter()
        self.causes = causes
        pairs = pairs_of(doc.gold, system)
        self.gold += len(doc.gold)
        self.system += len(system)
        self.missed += len(doc.gold) - len(pairs)
        self.spurious += len(system) - len(pairs)
        for g, s in pairs:
            exact = (g.start, g.end) == (s.start, s.end)
            self.extent += not exact
            if g.value == s.value:
                self.value_ok += 1
                self.type_only += g.type != s.type
                continue
            self.value_wrong += 1
            self.extent_and_value += not exact
            causes[value_cause(g, s, doc.dct)] += 1

    def report(self) -> dict[str, Any]:
        g, s, v = self.gold, self.system, self.value_ok
        f1 = _f1(v, g, s)
        causes = dict(sorted((self.causes or Counter()).items(), key=lambda kv: -kv[1]))
        return {
            "value_f1": round(f1, 4),
            "errors": {"missed": self.missed, "spurious": self.spurious, "value_given_span": self.value_wrong},
            # What value F1 would be with each class of error fixed (a missed one found with the right value).
            "value_f1_if_fixed": {
                "missed": round(_f1(v + self.missed, g, s + self.missed), 4),
                "spurious": round(_f1(v, g, s - self.spurious), 4),
                "value_given_span": round(_f1(v + self.value_wrong, g, s), 4),
            },
            "extent_differs": self.extent,
            "extent_differs_and_value_wrong": self.extent_and_value,
            "type_wrong_value_right": self.type_only,
            "value_causes": causes,
            "value_causes_grouped": _grouped(causes),
        }


def _grouped(causes: dict[str, int]) -> dict[str, int]:
    grouped: Counter[str] = Counter()
    for name, n in causes.items():
        grouped[name.partition("/")[0]] += n
    return dict(grouped.most_common())


def _f1(value_ok: int, gold: int, system: int) -> float:
    return 2 * value_ok / (gold + system) if gold + system else 0.0


def breakdown(docs: Sequence[Document]) -> dict[str, Any]:
    result = Breakdown()
    for doc in docs:
        result.add(doc, system_timexes(doc))
    return result.report()


def fold_of(doc_name: str, k: int) -> int:
    """The fold (0..k-1) of a document, fixed by its id alone."""
    digest = hashlib.sha256(doc_name.removesuffix(".tml").encode("utf-8")).digest()
    return int.from_bytes(digest[1:3], "big") % k


def _doc_counts(docs: Sequence[Document], off: Sequence[str] = ()) -> dict[str, Counts]:
    per_doc: dict[str, Counts] = {}
    with rules_switched_off(off):
        for doc in docs:
            counts = Counts()
            counts.add(doc, system_timexes(doc))
            per_doc[doc.name] = counts
    return per_doc


def _fold_f1(docs: Sequence[Document], per_doc: dict[str, Counts], k: int, strict: bool = False) -> list[float]:
    """Value F1 of each fold (strict span F1 with ``strict``)."""
    totals = [[0, 0, 0] for _ in range(k)]
    for doc in docs:
        c, t = per_doc[doc.name], totals[fold_of(doc.name, k)]
        t[0], t[1], t[2] = t[0] + (c.strict if strict else c.value_ok), t[1] + c.gold, t[2] + c.system
    return [round(_f1(v, g, s), 4) for v, g, s in totals]


def out_of_fold(gains: Sequence[float]) -> float:
    """What keeping a rule is worth out of fold: each fold keeps it only when the other folds gain by it
    (their summed gain above 0), and that decision is scored on the fold itself. Above 0: the rule wins on
    folds it was not judged on; 0 or less: it fits the folds it gains in and no more."""
    total = sum(gains)
    return round(sum(g for g in gains if total - g > 0), 4)


def verdict(value_gains: Sequence[float], strict_gains: Sequence[float]) -> str:
    """``keep`` (wins value F1 out of fold), ``keep: spans`` (does not, but the expressions it finds win strict
    span F1 out of fold: TIMEX3 extents TE3 scores, so the rule's value reading is what to revisit), ``drop``
    (loses value F1 out of fold, or in every fold it changes) or ``untested`` (changes at most one fold and
    loses nowhere: the development documents cannot tell)."""
    value_oof, strict_oof = out_of_fold(value_gains), out_of_fold(strict_gains)
    if value_oof > 0:
        return "keep"
    if strict_oof > 0:
        return "keep: spans"
    if value_oof < 0 or sum(value_gains) < 0 or strict_oof < 0:
        return "drop"
    return "untested"


def fold_scores(docs: Sequence[Document], k: int = 5) -> list[dict[str, Any]]:
    """Value F1 and sizes of each fold."""
    per_doc = _doc_counts(docs)
    f1s = _fold_f1(docs, per_doc, k)
    sizes = Counter(fold_of(d.name, k) for d in docs)
    gold = Counter[int]()
    for d in docs:
        gold[fold_of(d.name, k)] += len(d.gold)
    return [{"fold": i, "docs": sizes[i], "gold": gold[i], "value_f1": f1s[i]} for i in range(k)]


def ablation(docs: Sequence[Document], off: Sequence[str], k: int = 5) -> dict[str, Any]:
    """What the rules in ``off`` are worth: value F1 with and without them in each fold, and the documents
    they help or hurt (2 x values gained - expressions added, the sign of a document's value F1 change);
    then the same per fold for strict span F1, both out of fold (``out_of_fold``), and the ``verdict``."""
    with_rules, without = _doc_counts(docs), _doc_counts(docs, off)
    base, ablated = _fold_f1(docs, with_rules, k), _fold_f1(docs, without, k)
    helped, hurt = 0, 0
    for name, c in with_rules.items():
        w = without[name]
        net = 2 * (c.value_ok - w.value_ok) - (c.system - w.system) * 0.8
        helped += net > 0
        hurt += net < 0
    gains = [round(b - a, 4) for b, a in zip(base, ablated, strict=True)]
    strict_base, strict_ablated = _fold_f1(docs, with_rules, k, True), _fold_f1(docs, without, k, True)
    strict_gains = [round(b - a, 4) for b, a in zip(strict_base, strict_ablated, strict=True)]
    value_oof, strict_oof = out_of_fold(gains), out_of_fold(strict_gains)
    return {
        "rules_off": list(off),
        "gain_per_fold": gains,
        "folds_helped": sum(g > 0 for g in gains),
        "folds_hurt": sum(g < 0 for g in gains),
        "docs_helped": helped,
        "docs_hurt": hurt,
        "value_gain_out_of_fold": value_oof,
        "strict_gain_per_fold": strict_gains,
        "strict_gain_out_of_fold": strict_oof,
        "verdict": verdict(gains, strict_gains),
    }
