"""Gazetteer resolution: countries, capitals, context countries, regions and misses."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import pytest

from eventwire.geo import Gazetteer, GazetteerEntry, get_gazetteer


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# (name, context) -> (country, feature, true lat, true lon); coordinates are the city centre,
# GeoNames' reference point for a country, or the geographic centre of a region.
CASES = [
    ("China", (), "CHN", "country", 35.0, 105.0),
    ("Georgia", ("USA",), "USA", "admin1", 32.7, -83.4),
    ("Georgia", (), "GEO", "country", 42.0, 43.5),
    ("Georgia", ("GEO",), "GEO", "country", 42.0, 43.5),
    ("Paris", (), "FRA", "city", 48.857, 2.352),
    ("Paris", ("USA",), "FRA", "city", 48.857, 2.352),
    ("Pyongyang", (), "PRK", "city", 39.02, 125.75),
    ("Korean Peninsula", (), None, "region", 38.0, 127.5),
    ("Washington", (), "USA", "city", 38.90, -77.04),
    ("Washington", ("USA",), "USA", "city", 38.90, -77.04),
    ("Springfield", ("USA",), "USA", "city", 37.21, -93.29),  # Springfield, Missouri
    ("Lebanon", ("USA",), "LBN", "country", 33.9, 35.9),
    ("Birmingham", (), "GBR", "city", 52.48, -1.89),
    ("Birmingham", ("USA",), "USA", "city", 33.52, -86.80),
    ("Kiev", (), "UKR", "city", 50.45, 30.52),
    ("US", (), "USA", "country", 39.76, -98.5),
    ("the Gaza Strip", (), "PSE", "region", 31.42, 34.36),
    ("South China Sea", (), None, "water", 12.0, 113.0),
    ("Texas", (), "USA", "admin1", 31.5, -99.3),
    ("New York", (), "USA", "city", 40.71, -74.01),
    ("Victoria", ("SYC",), "SYC", "city", -4.62, 55.45),
    ("Victoria", ("CAN",), "CAN", "city", 48.43, -123.37),
    # Regions GeoNames' cities and divisions lack, and divisions GeoNames writes inverted ("Dagestan, Respublika").
    ("the Midwest", (), "USA", "region", 41.5, -93.0),
    ("Eastern Ghouta", (), "SYR", "region", 33.55, 36.4),
    ("Dagestan", (), "RUS", "admin1", 43.0, 47.0),
    ("Tatarstan", (), "RUS", "admin1", 55.5, 50.5),
    # A sea is the sea, not the state or governorate called after it; a large province sits at GeoNames' point.
    ("the Red Sea", (), None, "water", 20.0, 38.5),
    ("Ontario", (), "CAN", "admin1", 49.25, -84.5),
    ("Quebec", ("CAN",), "CAN", "admin1", 52.0, -72.0),
    # A town bearing the name itself beats one that bears it only as an alternate name ("Pittsburg", Taguig).
    ("Pittsburgh", ("USA",), "USA", "city", 40.44, -80.0),
    ("Santa Ana", (), "USA", "city", 33.75, -117.87),
    # Rivers at their mouths, lakes and ranges at their middles, peaks at their summits (GeoNames' points).
    ("the Chattahoochee River", (), "USA", "water", 30.71, -84.86),
    ("Lake Erie", (), None, "water", 42.2, -81.2),
    ("Mount Hood", (), "USA", "region", 45.37, -121.7),
    ("Farallon Islands", (), "USA", "region", 37.7, -123.0),
    # A major airport not named after its city, over a namesake town (Heathrow, Florida).
    ("Heathrow", (), "GBR", "region", 51.47, -0.45),
    ("Schiphol", (), "NLD", "region", 52.31, 4.76),
    ("O’Hare", ("USA",), "USA", "region", 41.98, -87.9),
    # Provinces and states by their abbreviations.
    ("B.C.", (), "CAN", "admin1", 54.0, -125.0),
    ("NSW", (), "AUS", "admin1", -32.0, 147.0),
    # Spelling aside: "St." is "Saint".
    ("St. Louis", ("USA",), "USA", "city", 38.63, -90.2),
]


@pytest.mark.parametrize(("name", "context", "country", "feature", "lat", "lon"), CASES)
def test_resolve(
    name: str, context: tuple[str, ...], country: str | None, feature: str, lat: float, lon: float
) -> None:
    place = get_gazetteer().resolve(name, context)
    assert place is not None, name
    assert (place.country, place.feature) == (country, feature)
    assert _km(place.lat, place.lon, lat, lon) < 100


@pytest.mark.parametrize("name", ["Zzyzxqv", "", "   "])
def test_unknown_names_resolve_to_none(name: str) -> None:
    assert get_gazetteer().resolve(name) is None


def test_candidates_are_case_insensitive_and_most_populous_first() -> None:
    found = get_gazetteer().candidates("springfield")
    assert len(found) >= 5
    assert [p.population for p in found] == sorted((p.population for p in found), reverse=True)
    assert get_gazetteer().candidates("SPRINGFIELD") == found


def test_candidates_include_alternate_names() -> None:
    assert any(p.country == "UKR" for p in get_gazetteer().candidates("Kiev"))


def test_us_states_carry_geonames_ids() -> None:
    state = get_gazetteer().resolve("Georgia", ["USA"])
    assert state is not None
    assert (state.geonameid, state.admin1) == (4197000, "US.GA")


@pytest.mark.parametrize(
    ("name", "known"),
    [("Canal Winchester", True), ("canal winchester", True), ("the Gambia", True), ("Zzyzxqv", False), ("", False)],
)
def test_knows_a_name_towns_included(name: str, known: bool) -> None:
    assert get_gazetteer().knows(name) is known


@pytest.mark.parametrize(
    ("name", "countries"),
    [("Georgia", {"GEO"}), ("Paris", {"FRA"}), ("Kiev", {"UKR"}), ("Springfield", set()), ("Zzyzxqv", set())],
)
def test_countries_named_or_with_the_name_as_capital(name: str, countries: set[str]) -> None:
    assert get_gazetteer().countries_named(name) == countries


def test_villages_of_500_people_are_known() -> None:
    assert any(e.admin1 == "US.CT" for e in get_gazetteer().candidates("Falls Village"))


@pytest.mark.parametrize(
    ("name", "regions", "admin1"),
    [
        # A state named in the article is not enough for a hamlet: Santa Clara, Texas, has a few hundred people.
        ("Santa Clara", {"US.TX"}, "US.CA"),
        # It is for a town of a few thousand: Paris, Texas, in a story naming Dallas.
        ("Paris", {"US.TX"}, "US.TX"),
        # Not for one dwarfed by the largest of its name: Louisville, Mississippi, in a story naming Mississippi.
        ("Louisville", {"US.MS"}, "US.KY"),
        # Nor for a town dwarfed by the state of its name: Nevada, Iowa, in a story naming Iowa.
        ("Nevada", {"US.IA"}, "US.NV"),
        # Nor for a town bearing the name only as an alternate one when a larger town bears it itself: Springfield
        # Gardens, Queens, in a story naming New York.
        ("Springfield", {"US.NY"}, "US.MO"),
        # An alternate name of the largest place of the name keeps the bonus: Manhattan is New York City.
        ("Manhattan", {"US.NY"}, "US.NY"),
        # A town bearing the name itself keeps it: Springfield, Illinois, in a story naming Illinois.
        ("Springfield", {"US.IL"}, "US.IL"),
    ],
)
def test_a_village_needs_more_than_a_state_named_in_the_article(name: str, regions: set[str], admin1: str) -> None:
    place = get_gazetteer().resolve(name, {"USA"}, context_admin1=regions)
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        # GeoNames writes South Africa's province "North-West"; news writes "North West".
        ("North West", "ZAF", "ZA.10"),
        ("North-West", "ZAF", "ZA.10"),
        ("Winston Salem", "USA", "US.NC"),
    ],
)
def test_a_hyphen_and_a_space_make_the_same_name(name: str, country: str, admin1: str) -> None:
    place = get_gazetteer().resolve(name, {country})
    assert place is not None and (place.country, place.admin1) == (country, admin1)


# Names in an order no set keeps: the index takes their keys in the order given, whatever the hash seed.
_NAMES = [f"Place {letter}" for letter in "qwertyuiopasdfghjklzxcvbnm"]


def test_an_entry_is_indexed_under_its_names_in_the_order_given() -> None:
    gaz = Gazetteer()
    gaz.add(GazetteerEntry("Place q", "IND", 0.0, 0.0, "city", 1, None, None), [*_NAMES, "PLACE Q", "place-q"])
    assert list(gaz._index) == [name.lower() for name in _NAMES]


_ENTRIES_DIGEST = (
    "import hashlib; from eventwire.geo import get_gazetteer; "
    "order = repr([(e.name, e.feature, e.geonameid) for e in get_gazetteer().entries()]); "
    "print(hashlib.sha256(order.encode()).hexdigest())"
)


def test_entries_come_in_the_same_order_whatever_the_hash_seed() -> None:
    # The recaser capitalises the first spelling of a name it reads here ("North-West" before "North West"):
    # an order set by the hash seed gave lower-cased text different places from one process to the next.
    digests = set()
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
        command = [sys.executable, "-c", _ENTRIES_DIGEST]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        digests.add(done.stdout.strip())
    assert len(digests) == 1
