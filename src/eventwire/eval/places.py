"""End-to-end scoring of the place stage (recognition + resolution) on GeoWebNews and LGL.

Run ``python -m eventwire.eval.places [geowebnews|lgl|all] [--split dev|test|all] [--limit N]``
to print one JSON line per data set. Gold data lives under ``eval_root()/geo/{geowebnews,lgl}``
(see each SOURCE.txt).

Dev and test split
------------------
Each set is split once and for all by a stable hash of the article id: an article is in
``dev`` when the first byte of SHA-256 of its id (``gwn-<file>`` or ``lgl-<docid>``) is even,
else in ``test``: GeoWebNews 98 dev / 102 test articles, LGL 309 dev / 279 test. The place
stage (gazetteer, rules, priors) is developed on ``dev`` only; ``test`` is the held-out figure
to report. ``--split dev`` is the default, so that a bare run never scores the held-out half; ``--split
all`` scores both together (with each half's figures from the same run), as the first floors were pinned
and as the gate runs it.

What counts as a gold place
---------------------------
LGL: every annotated toponym except adjectival forms and demonyms ("Russian", "Palestinians",
"American"): LGL tags those as toponyms, GeoWebNews labels them Demonym or ``modifierType=
Adjective``; eventwire keeps them apart from places by design, so they are left out of the
gold the same way in both sets. A gold LGL toponym is such a form when its text is an
adjective or demonym of a country in the actor lexicon and not also a country's name or
alias; it is read with type ``Adjective`` and reported in ``recall_by_type``.

GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation") labels far
more than toponyms. Gold places are the toponym types of its taxonomy that denote a place,
i.e. the *literal* and *associative* toponyms the annotators geocoded: Literal, Mixed,
Literal_Modifier, Embedded_Literal, Coercion (literal group) and Metonymic,
Non_Literal_Modifier, Embedded_Non_Lit (associative group) - exactly the types that carry
coordinates in GWN.xml. Left out: Demonym ("Syrians"), Language ("English"), Homonym (a
person called "Jamison"), Non_Toponym ("Louisiana Purchase") and the Literal_Expression /
Non_Lit_Expression augmentation labels ("lot", "residents"), none of which is a place name.
GeoWebNews also labels adjectival forms ("Syrian refugees", "French engineer") as
Non_Literal_Modifier/Literal_Modifier/Mixed/Embedded_* with ``modifierType=Adjective``;
those are adjectives, not names of places (eventwire deliberately never tags them), so they
are excluded too. ``recall_by_type`` still reports how many of every type the system tags.

Matching and metrics
--------------------
A system place matches a gold place when their character spans overlap; pairs are made
one-to-one, largest overlap first. Resolution is scored on matched pairs whose gold has
coordinates (``end_to_end``), and separately on every gold place with coordinates given its
gold span (``gold_spans``): the stage's own ``resolve_toponyms`` over the article's gold
spans (the countries of the system's places standing in for the actors), next to the most
populous candidate (``candidates(name)[0]``) and the best candidate (an upper bound for
ranking) on the very same items. ``end_to_end_most_populous`` is that rule on the system's
own recognised places (the same matched items as ``end_to_end``); ``end_to_end_gain`` and
``gold_spans.acc161_gain`` are the resolver's lead over it. ``acc161`` counts an unresolved
item as a miss; ``mean_km`` and ``median_km`` are over resolved items; ``auc`` is the mean of
ln(1+km)/ln(1+20039) with an unresolved item at 20,039 km (lower is better).

With a feed's home
------------------
LGL's articles come from 86 local papers (``<domain>``, passed as ``Article.source``). A reader
knows the home of the feeds they follow (``Article.meta["home"]``); ``with_home`` stands in for
that knowledge without reading any gold: each paper's home is learnt from the run's own places
(``places.derive_home``) and every article's places are read again with it (``places.with_home``),
the same spans, so recognition does not change. The default figures use no home. GeoWebNews has
no feeds: its ``with_home`` equals the default.

Lower-cased text
----------------
``--lowercase`` scores the same articles with their text lower-cased (``lowercased``: a letter whose
lower case is longer, "İ", stays as it is, so every gold offset still holds), as news from a dump written
in lower case arrives (the Times of India archive); the gold spans and coordinates are unchanged.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import hashlib
import json
import math
import os
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.eval import eval_root
from eventwire.geo import Home
from eventwire.model import Article, ArticleResult, Place
from eventwire.places import derive_home, lookup_name, resolve_toponyms, with_home
from eventwire.spans import match_overlaps

EARTH_RADIUS_KM = 6371.0088
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the worst possible error
ACCURACY_KM = 161.0  # 100 miles, the usual geocoding threshold

SETS = ("geowebnews", "lgl")
SPLITS = ("dev", "test", "all")

#: GeoWebNews types that denote a place (literal and associative toponyms, all geocoded).
GWN_PLACE_TYPES = frozenset(
    {
        "Literal",
        "Mixed",
        "Literal_Modifier",
        "Embedded_Literal",
        "Coercion",
        "Metonymic",
        "Non_Literal_Modifier",
        "Embedded_Non_Lit",
    }
)


@dataclass(frozen=True)
class GoldToponym:
    """One annotated toponym: char offsets into the article text, its type and gold coordinates."""

    start: int
    end: int
    text: str
    type: str
    lat: float | None = None
    lon: float | None = None
    modifier: str = ""  # GeoWebNews modifierType: Adjective | Noun | ""

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    dropped: int = 0  # annotations whose offsets do not match the text
    source: str | None = None  # the feed it came from (LGL: the paper's domain); GeoWebNews has none


# --- distances and span matching -------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a spherical Earth (mean radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def match_spans(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, largest overlap first."""
    return match_overlaps(gold, system)


def prf(matched: int, n_system: int, n_gold: int) -> dict[str, float]:
    p = matched / n_system if n_system else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def span_prf(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]) -> dict[str, float]:
    """Overlap-matched precision/recall/F1 of one list of spans against another."""
    return prf(len(match_spans(gold, system)), len(system), len(gold))


def resolution_metrics(errors: Sequence[float | None]) -> dict[str, Any]:
    """Accuracy within 161 km, mean/median error and AUC; ``None`` is an unresolved item."""
    resolved = [e for e in errors if e is not None]
    n = len(errors)
    hits = sum(e <= ACCURACY_KM for e in resolved)
    scale = math.log1p(MAX_ERROR_KM)
    auc = sum(math.log1p(min(e, MAX_ERROR_KM) if e is not None else MAX_ERROR_KM) / scale for e in errors)
    return {
        "items": n,
        "resolved": len(resolved),
        "acc161": round(hits / n, 4) if n else 0.0,
        "acc161_resolved": round(hits / len(resolved), 4) if resolved else 0.0,
        "mean_km": round(statistics.fmean(resolved), 1) if resolved else None,
        "median_km": round(statistics.median(resolved), 1) if resolved else None,
        "auc": round(auc / n, 4) if n else 0.0,
    }


# --- readers ---------------------------------------------------------------------------


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _child_text(element: ET.Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "") if child is not None else ""


def _valid(text: str, start: int, end: int, surface: str) -> bool:
    return 0 <= start < end <= len(text) and text[start:end] == surface


def _xml_file(path: Path, name: str) -> Path:
    return path / name if path.is_dir() else path


def read_geowebnews(path: Path) -> Iterator[GoldArticle]:
    """GeoWebNews articles from ``GWN.xml`` (or a folder holding it), every toponym type kept.

    Annotations whose offsets do not reproduce ``extractedName`` (a handful have negative
    offsets) are dropped and counted in ``GoldArticle.dropped``.
    """
    root = ET.parse(_xml_file(Path(path), "GWN.xml")).getroot()
    for article in root.iter("article"):
        text = _child_text(article, "text")
        gold = GoldArticle(id=f"gwn-{article.get('file', '')}", text=text)
        toponyms = article.find("toponyms")
        for element in toponyms if toponyms is not None else ():
            surface = _child_text(element, "extractedName")
            start, end = int(_child_text(element, "start")), int(_child_text(element, "end"))
            if not _valid(text, start, end, surface):
                gold.dropped += 1
                continue
            lat, lon = _float(_child_text(element, "latitude")), _float(_child_text(element, "longitude"))
            gold.toponyms.append(
                GoldToponym(
                    start,
                    end,
                    surface,
                    _child_text(element, "type"),
                    lat if lon is not None else None,
                    lon if lat is not None else None,
                    _child_text(element, "modifierType"),
                )
            )
        yield gold


def read_lgl(path: Path) -> Iterator[GoldArticle]:
    """LGL articles from ``lgl.xml`` (or a folder holding it); type is always ``toponym``."""
    root = ET.parse(_xml_file(Path(path), "lgl.xml")).getroot()
    for article in root.iter("article"):
        text = _child_text(article, "text")
        gold = GoldArticle(
            id=f"lgl-{article.get('docid', '')}", text=text, source=_child_text(article, "domain") or None
        )
        toponyms = article.find("toponyms")
        for element in toponyms if toponyms is not None else ():
            surface = _child_text(element, "phrase")
            start, end = int(_child_text(element, "start")), int(_child_text(element, "end"))
            if not _valid(text, start, end, surface):
                gold.dropped += 1
                continue
            gaz = element.find("gaztag")
            lat = _float(_child_text(gaz, "lat")) if gaz is not None else None
            lon = _float(_child_text(gaz, "lon")) if gaz is not None else None
            if lat is None or lon is None:
                lat = lon = None
            kind = "Adjective" if _is_nationality(surface) else "toponym"
            gold.toponyms.append(GoldToponym(start, end, surface, kind, lat, lon))
        yield gold


@functools.cache
def _nationality_words() -> frozenset[str]:
    """Lower-cased adjectives and demonyms of the lexicon's countries that are not also country names."""
    from eventwire.actors.lexicon import load_lexicon

    countries = load_lexicon().countries
    names = {n.casefold() for c in countries for n in (c.name, *c.aliases)}
    return frozenset(w.casefold() for c in countries for w in (*c.adjectives, *c.demonyms) if w.casefold() not in names)


def _is_nationality(surface: str) -> bool:
    return " ".join(surface.split()).casefold() in _nationality_words()


def is_gold_place(toponym: GoldToponym) -> bool:
    """Whether a toponym counts as a gold place (see the module docstring)."""
    if toponym.type == "toponym":  # LGL
        return True
    return toponym.type in GWN_PLACE_TYPES and toponym.modifier != "Adjective"


def lowercased(text: str) -> str:
    """The text in lower case, letter for letter: a letter whose lower case is longer ("İ") is kept, so offsets hold."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low) == 1 else char for char, low in ((c, c.lower()) for c in text))


def lowercased_article(article: GoldArticle) -> GoldArticle:
    """The article with its text lower-cased (``lowercased``), its gold toponyms as they were."""
    return dataclasses.replace(article, text=lowercased(article.text))


def split_of(article_id: str) -> str:
    """``dev`` or ``test``: fixed by the article id alone, so it never changes between runs."""
    return "dev" if hashlib.sha256(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def in_split(articles: Iterable[GoldArticle], split: str) -> list[GoldArticle]:
    """The articles of one split (``all`` keeps every article), in file order."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    return [a for a in articles if split == "all" or split_of(a.id) == split]


def read_set(set_name: str, root: Path | None = None) -> Iterator[GoldArticle]:
    base = Path(root) if root is not None else eval_root() / "geo"
    if set_name == "geowebnews":
        return read_geowebnews(base / "geowebnews")
    if set_name == "lgl":
        return read_lgl(base / "lgl")
    raise ValueError(f"unknown set {set_name!r}; expected one of {SETS}")


def data_available(set_name: str, root: Path | None = None) -> bool:
    base = Path(root) if root is not None else eval_root() / "geo"
    return (base / set_name / ("GWN.xml" if set_name == "geowebnews" else "lgl.xml")).is_file()


# --- scoring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SystemPlace:
    """What the scorer needs of an ``eventwire.model.Place``."""

    start: int
    end: int
    text: str
    country: str | None
    lat: float | None
    lon: float | None


#: The name the place stage looks up for a surface form ("the Gulf's" -> "Gulf"): the
#: most-populous rule gets the very same name, so the two differ in ranking only.
gazetteer_name = lookup_name


def _error(lat: float | None, lon: float | None, gold: GoldToponym) -> float | None:
    if lat is None or lon is None or gold.lat is None or gold.lon is None:
        return None
    return haversine_km(lat, lon, gold.lat, gold.lon)


@dataclass
class Tally:
    docs: int = 0
    rejected: int = 0
    dropped: int = 0
    gold: int = 0
    system: int = 0
    matched: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    by_type_found: Counter[str] = field(default_factory=Counter)
    unmatched_on: Counter[str] = field(default_factory=Counter)
    end_to_end: list[float | None] = field(default_factory=list)
    end_to_end_baseline: list[float | None] = field(default_factory=list)
    resolver: list[float | None] = field(default_factory=list)
    baseline: list[float | None] = field(default_factory=list)
    oracle: list[float | None] = field(default_factory=list)

    def add(self, article: GoldArticle, system: Sequence[SystemPlace] | None, gazetteer: Any) -> None:
        self.docs += 1
        self.dropped += article.dropped
        if system is None:
            self.rejected += 1
            system = []
        gold = [t for t in article.toponyms if is_gold_place(t)]
        self.gold += len(gold)
        self.system += len(system)
        gold_spans = [(t.start, t.end) for t in gold]
        sys_spans = [(p.start, p.end) for p in system]
        pairs = match_spans(gold_spans, sys_spans)
        self.matched += len(pairs)
        for gi, si in pairs:
            if gold[gi].has_coords:
                place = system[si]
                self.end_to_end.append(_error(place.lat, place.lon, gold[gi]))
                name = gazetteer_name(place.text)
                first = next(iter(gazetteer.candidates(name)), None) if name else None
                self.end_to_end_baseline.append(_error(first.lat, first.lon, gold[gi]) if first else None)
        self._by_type(article, sys_spans, {si for _, si in pairs})
        self._gold_spans(article.text, gold, system, gazetteer)

    def _by_type(self, article: GoldArticle, sys_spans: list[tuple[int, int]], matched: set[int]) -> None:
        """Per-type recall over every annotation, and what unmatched system places overlap."""
        for t in article.toponyms:
            key = t.type + ("/Adjective" if t.modifier == "Adjective" else "")
            self.by_type[key] += 1
            self.by_type_found[key] += any(s < t.end and t.start < e for s, e in sys_spans)
        for si, (s, e) in enumerate(sys_spans):
            if si in matched:
                continue
            hit = [t for t in article.toponyms if s < t.end and t.start < e]
            if not hit:
                self.unmatched_on["(not annotated)"] += 1
            else:
                t = hit[0]
                self.unmatched_on[t.type + ("/Adjective" if t.modifier == "Adjective" else "")] += 1

    def _gold_spans(self, text: str, gold: list[GoldToponym], system: Sequence[SystemPlace], gazetteer: Any) -> None:
        """The place stage's resolver on the gold spans (the system's places' countries standing in
        for its actors), next to the most populous and the best candidate of each name."""
        actors = [(p.start, p.end, p.country) for p in system if p.country]
        chosen = resolve_toponyms(text, [(t.start, t.end) for t in gold], actors, gazetteer)
        for toponym, entry in zip(gold, chosen, strict=True):
            if not toponym.has_coords:
                continue
            name = gazetteer_name(toponym.text)
            candidates = gazetteer.candidates(name) if name else []
            self.resolver.append(_error(entry.lat, entry.lon, toponym) if entry else None)
            first = candidates[0] if candidates else None
            self.baseline.append(_error(first.lat, first.lon, toponym) if first else None)
            errors = [_error(c.lat, c.lon, toponym) for c in candidates]
            self.oracle.append(min((e for e in errors if e is not None), default=None))

    def report(self) -> dict[str, Any]:
        by_type = {
            t: {"gold": n, "found": self.by_type_found[t], "recall": round(self.by_type_found[t] / n, 4)}
            for t, n in sorted(self.by_type.items(), key=lambda kv: -kv[1])
        }
        resolver = resolution_metrics(self.resolver)
        baseline = resolution_metrics(self.baseline)
        end_to_end = resolution_metrics(self.end_to_end)
        end_to_end_baseline = resolution_metrics(self.end_to_end_baseline)
        return {
            "docs": self.docs,
            "rejected": self.rejected,
            "dropped_annotations": self.dropped,
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched,
            "recognition": prf(self.matched, self.system, self.gold),
            "end_to_end": end_to_end,
            "end_to_end_most_populous": end_to_end_baseline,
            "end_to_end_gain": round(end_to_end["acc161"] - end_to_end_baseline["acc161"], 4),
            "gold_spans": {
                "resolve": resolver,
                "most_populous": baseline,
                "best_candidate": resolution_metrics(self.oracle),
                "acc161_gain": round(resolver["acc161"] - baseline["acc161"], 4),
            },
            "recall_by_type": by_type,
            "unmatched_system_on": dict(self.unmatched_on.most_common()),
        }


def system_results(articles: Sequence[GoldArticle], workers: int = 1) -> Iterator[ArticleResult | None]:
    """The pipeline's result for each article, in order; ``None`` for a rejected article."""
    from eventwire.api import extract_many

    inputs = [Article(id=a.id, text=a.text, source=a.source) for a in articles]
    for result in extract_many(inputs, workers=workers, batch_size=8):
        yield result if isinstance(result, ArticleResult) else None


def system_places(articles: Sequence[GoldArticle], workers: int = 1) -> Iterator[list[SystemPlace] | None]:
    """The place stage's output for each article, in order; ``None`` for a rejected article."""
    for result in system_results(articles, workers):
        yield _system_places(result.places) if result is not None else None


def _system_places(places: Iterable[Place]) -> list[SystemPlace]:
    return [SystemPlace(p.start, p.end, p.text, p.country, p.lat, p.lon) for p in places]


def feed_homes(articles: Sequence[GoldArticle], results: Sequence[ArticleResult | None]) -> dict[str, Home]:
    """Each feed's home learnt from the system's own places in the feed's articles (``derive_home``): no gold
    is read. A reader knows the home of the feeds they follow; this stands in for that knowledge."""
    by_feed: dict[str, list[list[Place]]] = {}
    for article, result in zip(articles, results, strict=True):
        if article.source and result is not None:
            by_feed.setdefault(article.source, []).append(result.places)
    homes = {feed: derive_home(places) for feed, places in by_feed.items()}
    return {feed: home for feed, home in homes.items() if home is not None}


def homed_places(
    articles: Sequence[GoldArticle], results: Sequence[ArticleResult | None], homes: dict[str, Home]
) -> list[list[SystemPlace] | None]:
    """The system's places read again with their feed's home (``with_home``); as they were without one."""
    out: list[list[SystemPlace] | None] = []
    for article, result in zip(articles, results, strict=True):
        home = homes.get(article.source or "")
        if result is None:
            out.append(None)
        else:
            out.append(_system_places(with_home(result, home) if home else result.places))
    return out


def score_articles(
    articles: Iterable[GoldArticle], system: Iterable[list[SystemPlace] | None], gazetteer: Any = None
) -> dict[str, Any]:
    """Score precomputed system places against gold articles (pairs in order)."""
    if gazetteer is None:
        from eventwire.geo import get_gazetteer

        gazetteer = get_gazetteer()
    tally = Tally()
    for article, places in zip(articles, system, strict=True):
        tally.add(article, places, gazetteer)
    return tally.report()


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def score(
    set_name: str,
    limit: int | None = None,
    *,
    split: str = "dev",
    root: Path | None = None,
    workers: int | None = None,
    lowercase: bool = False,
) -> dict[str, Any]:
    """End-to-end place scores of eventwire on ``geowebnews`` or ``lgl``: one split, first ``limit`` articles
    (``lowercase``: their text lower-cased).

    ``workers > 1`` spawns processes: call it then only under ``if __name__ == "__main__":``.
    """
    started = time.monotonic()
    articles = in_split(read_set(set_name, root), split)[:limit]
    if lowercase:
        articles = [lowercased_article(a) for a in articles]
    results = list(system_results(articles, workers=workers or 1))
    system = [_system_places(r.places) if r is not None else None for r in results]
    report = score_articles(articles, system)
    if split == "all":  # each half too, from the same run: the held-out test figure is the one to quote
        report["splits"] = {half: _split_summary(articles, system, half) for half in ("dev", "test")}
    # The same places read again with each feed's home (learnt from this run's output; only LGL has feeds).
    homes = feed_homes(articles, results)
    homed = homed_places(articles, results, homes)
    report["with_home"] = {
        "feeds_with_home": len(homes),
        **_split_summary(articles, homed, "all", resolution_only=True),
    }
    if split == "all":
        report["with_home"]["splits"] = {
            half: _split_summary(articles, homed, half, resolution_only=True) for half in ("dev", "test")
        }
    shown = {"lowercase": True} if lowercase else {}
    return {"set": set_name, "split": split, **shown, **report, "seconds": round(time.monotonic() - started, 1)}


def _split_summary(
    articles: Sequence[GoldArticle],
    system: Sequence[list[SystemPlace] | None],
    half: str,
    resolution_only: bool = False,
) -> dict[str, Any]:
    """The scores of one half (or ``all``); ``resolution_only`` leaves out the gold-span figures, which
    read each article without its feed's home."""
    pairs = [(a, s) for a, s in zip(articles, system, strict=True) if half == "all" or split_of(a.id) == half]
    report = score_articles([a for a, _ in pairs], [s for _, s in pairs])
    left_out = ("recall_by_type", "unmatched_system_on") + (("gold_spans",) if resolution_only else ())
    return {k: v for k, v in report.items() if k not in left_out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", nargs="?", default="all", choices=(*SETS, "all"))
    parser.add_argument(
        "--split", default="dev", choices=SPLITS, help="dev (default), test (held out) or all (both, as the gate)"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles of each set")
    parser.add_argument("--workers", type=int, default=None, help="processes for the pipeline (default 2)")
    parser.add_argument("--lowercase", action="store_true", help="score the articles with their text lower-cased")
    parser.add_argument("--root", type=Path, default=None, help="folder holding geowebnews/ and lgl/")
    args = parser.parse_args(argv)
    names = SETS if args.set == "all" else (args.set,)
    status = 0
    for name in names:
        if not data_available(name, args.root):
            print(json.dumps({"set": name, "error": "gold data not found"}))
            status = 1
            continue
        workers = args.workers or default_workers()
        report = score(name, args.limit, split=args.split, root=args.root, workers=workers, lowercase=args.lowercase)
        print(json.dumps(report), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
