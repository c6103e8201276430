"""The actor dictionaries: surface forms, roles, code validity and the scanning regex."""

from __future__ import annotations

import re
from collections import defaultdict

import pycountry
import pytest

from eventwire.actors.lexicon import NON_ACTOR_SURFACES, load_lexicon, surface_regex

# Codes in countries.tsv that ISO 3166 does not assign; XKX is the code the EU and IMF use for Kosovo.
NON_ISO_CODES = {"XKX"}


@pytest.mark.parametrize(
    ("surface", "iso3", "role"),
    [
        ("US", "USA", "name"),
        ("U.S.", "USA", "name"),
        ("United States", "USA", "name"),
        ("America", "USA", "name"),
        ("American", "USA", "adjective"),
        ("Americans", "USA", "demonym"),
        ("Washington", "USA", "capital"),
        ("the White House", "USA", "metonym"),
        ("North Korea", "PRK", "name"),
        ("DPRK", "PRK", "name"),
        ("North Korean", "PRK", "adjective"),
        ("North Koreans", "PRK", "demonym"),
        ("Pyongyang", "PRK", "capital"),
        ("South Korea", "KOR", "name"),
        ("Seoul", "KOR", "capital"),
        ("the Blue House", "KOR", "metonym"),
        ("the Kremlin", "RUS", "metonym"),
        ("Kremlin", "RUS", "metonym"),
        ("Russian Federation", "RUS", "name"),
        ("Britain", "GBR", "name"),
        ("Britons", "GBR", "demonym"),
        ("Downing Street", "GBR", "metonym"),
        ("Burma", "MMR", "name"),
        ("Ivory Coast", "CIV", "name"),
        ("Côte d’Ivoire", "CIV", "name"),
        ("Czechia", "CZE", "name"),
        ("Turkey", "TUR", "name"),
        ("DRC", "COD", "name"),
        ("Chinese", "CHN", "adjective"),
        ("Zhongnanhai", "CHN", "metonym"),
        ("the Elysee", "FRA", "metonym"),
        ("Kosovo", "XKX", "name"),
        ("north korea", "PRK", "name"),
    ],
)
def test_country_surface(surface: str, iso3: str, role: str) -> None:
    found = load_lexicon().country(surface)
    assert found is not None, surface
    assert (found[0].iso3, found[1]) == (iso3, role)


@pytest.mark.parametrize("surface", ["us", "turkey", "chad", "china", "jordan", "polish", "Latin America"])
def test_everyday_words_are_not_countries(surface: str) -> None:
    assert load_lexicon().country(surface) is None


@pytest.mark.parametrize(
    ("surface", "code", "sector"),
    [
        ("UN Security Council", "UNSC", "IGO"),
        ("U.N. Security Council", "UNSC", "IGO"),
        ("UN", "UNO", "IGO"),
        ("NATO", "NATO", "IGO"),
        ("European Commission", "EC", "IGO"),
        ("IAEA", "IAEA", "IGO"),
        ("Amnesty International", "AMN", "NGO"),
        ("Human Rights Watch", "HRW", "NGO"),
        ("Doctors Without Borders", "MSF", "NGO"),
        # regional bodies, peace missions, tribunals and older names
        ("Mercosur", "MERCOSUR", "IGO"),
        ("CSCE", "OSCE", "IGO"),
        ("Organization of the Islamic Conference", "OIC", "IGO"),
        ("ECOMOG", "ECOMOG", "IGO"),
        ("UNDOF", "UNDOF", "IGO"),
        ("International Criminal Tribunal for the former Yugoslavia", "ICTY", "IGO"),
        ("Action Against Hunger", "ACF", "NGO"),
    ],
)
def test_igo_surface(surface: str, code: str, sector: str) -> None:
    entry = load_lexicon().igo(surface)
    assert entry is not None, surface
    assert (entry.code, entry.sector) == (code, sector)


@pytest.mark.parametrize(
    ("term", "sector", "kind"),
    [
        ("Secretary of State", "GOV", "title"),
        ("militants", "REB", "group"),
        # occupations by CAMEO's sectors
        ("lawyer", "JUD", "title"),
        ("blogger", "MED", "title"),
        ("tycoon", "BUS", "title"),
        ("spies", "SPY", "group"),
        ("asylum-seekers", "REF", "group"),
        ("secessionists", "REB", "group"),
        # state bodies
        ("Foreign Office", "GOV", "group"),
        ("central bank", "GOV", "group"),
        ("Republican Guard", "MIL", "group"),
        ("police", "COP", "group"),
        ("troops", "MIL", "group"),
        ("lawmakers", "LEG", "group"),
        ("refugees", "REF", "group"),
        ("journalists", "MED", "group"),
    ],
)
def test_sector_terms(term: str, sector: str, kind: str) -> None:
    found = load_lexicon().sector(term)
    assert found is not None
    assert (found.sector, found.kind) == (sector, kind)


def test_media() -> None:
    media = load_lexicon().media_by_name
    assert media["KCNA"].country == "PRK"
    assert media["Reuters"].country == "GBR"
    assert media["Al Jazeera"].country == "QAT"


def test_iso3_codes_are_valid() -> None:
    invalid = {c.iso3 for c in load_lexicon().countries if pycountry.countries.get(alpha_3=c.iso3) is None}
    assert invalid == NON_ISO_CODES


def test_country_rows_are_unique_and_complete() -> None:
    countries = load_lexicon().countries
    assert len({c.iso3 for c in countries}) == len(countries)
    assert len(countries) >= 200
    assert all(-90 <= c.lat <= 90 and -180 <= c.lon <= 180 for c in countries)


def test_no_surface_names_two_countries() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in load_lexicon().countries:
        for surface, _ in entry.surfaces():
            owners[surface].add(entry.iso3)
    assert {s: o for s, o in owners.items() if len(o) > 1} == {}


def test_sources_do_not_overlap() -> None:
    lex = load_lexicon()
    assert not set(lex.igo_by_surface) & set(lex.country_by_surface)
    assert not set(lex.media_by_name) & (set(lex.country_by_surface) | set(lex.igo_by_surface))
    assert not set(NON_ACTOR_SURFACES) & set(lex.country_by_surface)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. said on Monday", ["U.S."]),
        ("North Korea’s leader", ["North Korea"]),
        ("North Korea's leader", ["North Korea"]),
        ("the U.S.'s allies", ["U.S."]),
        ("U.S.-led talks in Latin America", ["U.S.", "Latin America"]),
        ("Romania and Oman", ["Romania", "Oman"]),
        ("UN Security Council members", ["UN Security Council"]),
        ("KCNA said Pyongyang and Seoul", ["KCNA", "Pyongyang", "Seoul"]),
        ("OPEC+ met; the Kremlin said", ["OPEC+", "the Kremlin"]),
        ("North\nKorea", ["North\nKorea"]),
        ("focus on us and museums", []),
    ],
)
def test_surface_regex(text: str, expected: list[str]) -> None:
    assert [m.group() for m in surface_regex().finditer(text)] == expected


def test_trie_regex_matches_a_plain_longest_first_alternation() -> None:
    lex = load_lexicon()
    forms = {*lex.country_by_surface, *lex.igo_by_surface, *lex.media_by_name, *NON_ACTOR_SURFACES}
    plain = "|".join(re.escape(f) for f in sorted(forms, key=lambda s: (-len(s), s)))
    naive = re.compile(rf"(?<![\w.])(?:{plain})(?!\w)")
    text = " and ".join(sorted(forms)) + ". " + "’s, ".join(sorted(forms, reverse=True))
    assert [m.span() for m in surface_regex().finditer(text)] == [m.span() for m in naive.finditer(text)]


@pytest.mark.parametrize(
    ("surface", "org_sector"),
    [("ECOMOG", "MIL"), ("KFOR", "MIL"), ("ICTY", "JUD"), ("UNMIK", "GOV"), ("Mercosur", "")],
)
def test_igo_org_sector(surface: str, org_sector: str) -> None:
    entry = load_lexicon().igo(surface)
    assert entry is not None, surface
    assert (entry.org_sector or "") == org_sector


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        # an organ's name written in lower case after its organisation's, as news often does
        ("United Nations security council", "UNSC"),
        ("U.N. general assembly", "UNGA"),
        ("UN human rights council", "UNHRC"),
    ],
)
def test_igo_organ_in_lower_case(surface: str, code: str) -> None:
    assert surface in load_lexicon().igo_by_surface
    entry = load_lexicon().igo(surface)
    assert entry is not None and entry.code == code


def test_a_longer_organ_title_keeps_its_case() -> None:
    """ "United Nations Mission in Liberia" names a place: no lower-case form is made of it."""
    assert "United Nations mission in liberia" not in load_lexicon().igo_by_surface


@pytest.mark.parametrize(
    ("surface", "country", "sector"),
    [
        ("Farc", "COL", "REB"),
        ("Immigration and Customs Enforcement", "USA", "COP"),
        ("DHS", "USA", "GOV"),
        ("Kosovo Liberation Army", "XKX", "REB"),
        ("Interahamwe", "RWA", "REB"),
        ("Free Aceh Movement", "IDN", "REB"),
        ("Free Syrian Army", "SYR", "REB"),
    ],
)
def test_group_surface(surface: str, country: str, sector: str) -> None:
    entry = load_lexicon().group(surface)
    assert entry is not None, surface
    assert (entry.country, entry.sector) == (country, sector)
