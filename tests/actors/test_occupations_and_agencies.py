"""Occupations, religious and legislative titles, agencies and IGO officials the actor stage codes on real news
(issue #3: the error classes of `eventwire eval actors --split dev`)."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes

from eventwire.api import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # the legal profession beside the courts
        ("A London barrister challenged the ruling.", "A London barrister", "GBR", "JUD"),
        ("Lawyers and solicitors protested.", "solicitors", None, "JUD"),
        # a mufti is a cleric
        ("The Grand Mufti of Jerusalem condemned the raid.", "The Grand Mufti", "ISR", "REL"),
        # a member of the European Parliament is a legislator of the country named
        ("A French MEP criticised the plan.", "A French MEP", "FRA", "LEG"),
        # drivers by trade are workers, as truckers are
        ("Kenyan truck drivers went on strike.", "Kenyan truck drivers", "KEN", "LAB"),
        ("Truck drivers in France blocked the roads.", "Truck drivers", "FRA", "LAB"),
        # broadcasters are the press
        ("Russian television channels reported the attack.", "Russian television channels", "RUS", "MED"),
        # political prisoners are civilians, not criminals
        ("The government freed 40 political prisoners.", "40 political prisoners", None, "CVL"),
        # an unnamed man or woman is a civilian, with the country of the word before it
        ("Police arrested a Lebanese man in Paris.", "a Lebanese man", "LBN", "CVL"),
        ("A California man sued the company.", "A California man", "USA", "CVL"),
        ("Two women were killed in the attack.", "Two women", None, "CVL"),
        # performers, artists, writers and sportspeople are private persons: civilians of their country
        ("Prosecutors charged former Brazil defender Paulo Souza with fraud.", "Paulo Souza", "BRA", "CVL"),
        ("Police questioned the Nigerian singer Ada Obi on Monday.", "Ada Obi", "NGA", "CVL"),
        ("Police detained the Kenyan novelist John Mwangi.", "John Mwangi", "KEN", "CVL"),
        # a county's executive is local government, not a business executive
        ("Westchester County Executive George Latimer signed the order.", "George Latimer", None, "GOV"),
    ],
)
def test_occupation_and_title_words(text: str, surface: str, country: str | None, sector: str) -> None:
    found = mention_codes(text)
    assert surface in found, found
    assert found[surface] == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        ("ICE arrested 30 immigrants in Texas.", "ICE", "USA", "COP"),
        ("The American Civil Liberties Union sued the state.", "American Civil Liberties Union", "USA", "NGO"),
        ("The ACLU filed a lawsuit.", "ACLU", "USA", "NGO"),
    ],
)
def test_named_agencies_and_bodies(text: str, surface: str, country: str, sector: str) -> None:
    assert mention_codes(text)[surface] == (country, sector)


@pytest.mark.parametrize(
    ("text", "date", "surface", "org_sector"),
    [
        # the EU's executive: PLOVER puts the IGO in the country slot and GOV in the sector
        ("The European Commission fined Google.", "2019-03-02", "European Commission", "GOV"),
        # an IGO's officer is the IGO's, even where the dictionary's row for the date is a national office
        ("NATO Secretary General Jens Stoltenberg met the ministers.", None, "Jens Stoltenberg", "GOV"),
        ("NATO Secretary General Jens Stoltenberg met the ministers.", "2019-03-02", "Jens Stoltenberg", "GOV"),
        ("UN Secretary-General Ban Ki-moon visited Gaza.", "2019-03-02", "Ban Ki-moon", "GOV"),
    ],
)
def test_an_igo_organ_or_officer_has_no_country(text: str, date: str | None, surface: str, org_sector: str) -> None:
    mention = next(m for m in extract(text, date=date).entities if m.text == surface)
    assert mention.actor is not None
    assert (mention.actor.country, mention.actor.sector, mention.actor.org_sector) == (None, "IGO", org_sector)


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        # an attack or the weapon that delivers it names its agent
        ("U.S. military airstrikes killed 20 fighters.", "military", "MIL"),
        ("Syrian government missiles hit the town.", "government", "GOV"),
        ("A government crackdown on protesters began.", "government", "GOV"),
        # a programme or a policy is a thing, and names no actor
        ("The army said military aid programs would continue.", "military", None),
    ],
)
def test_a_sector_word_before_an_attack_names_its_agent(text: str, surface: str, sector: str | None) -> None:
    assert mention_codes(text).get(surface, (None, None))[1] == sector


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a state body named by a state or province of one country is that country's
        (
            "The Michigan Department of Environmental Quality fined the company.",
            "The Michigan Department of Environmental Quality",
            "USA",
        ),
        ("The Texas Department of Public Safety arrested two men.", "The Texas Department of Public Safety", "USA"),
        # provinces of two countries share the name: no country
        ("The Punjab Police arrested two men.", "The Punjab Police", None),
    ],
)
def test_a_state_body_takes_the_country_of_its_division(text: str, surface: str, country: str | None) -> None:
    assert mention_codes(text)[surface][0] == country


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        # a company no dictionary knows, by the legal form that closes its name
        ("Police raided the offices of Baltic Timber OU in Tallinn.", "Baltic Timber OU", "BUS"),
        ("Prosecutors charged the German firm Kaltwerk Logistik GmbH with fraud.", "Kaltwerk Logistik GmbH", "BUS"),
        # a form inside a name, not closing it, says nothing
        ("The AG Research Institute published the study.", "The AG Research Institute", None),
    ],
)
def test_company_by_its_legal_form(text: str, surface: str, sector: str | None) -> None:
    found = mention_codes(text)
    assert found.get(surface, (None, None))[1] == sector, found
