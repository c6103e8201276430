"""Names the dictionaries did not place, placed by their context, and the companies, armed groups and state bodies
the dictionaries now know (issue #3: the country errors of `eventwire eval actors --split dev`, round four)."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes, participant_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a nationality inside the organisation's own noun phrase is its country
        ("Regulators in Delhi fined the Chinese video app Kwaio on Monday.", "Kwaio", "CHN"),
        ("Indian regulators fined the Chinese video-sharing app Kwaio on Monday.", "Kwaio", "CHN"),
        # a backer names no owner
        ("The US-backed militia Liwa Thuwar attacked the town.", "Liwa Thuwar", None),
    ],
)
def test_an_organisation_takes_the_nationality_before_its_name(text: str, surface: str, country: str | None) -> None:
    assert mention_codes(text)[surface][0] == country


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        # an organisation no dictionary places is of the article's country
        ("Estonian officials said the agency signed a deal with Kallavere Works.", "Kallavere Works", "EST"),
        ("Islamic State fighters attacked Kallavere Works in Estonia.", "Kallavere Works", "EST"),
        # a transnational armed group stays of no country
        ("Islamic State fighters attacked Kallavere Works in Estonia.", "Islamic State fighters", None),
        # a people the parser tags as a nationality is no organisation
        ("An official Syrian newspaper called Thursday on Arabs to unite.", "Arabs", None),
        # a name a court, police force or legislature acts on is under that country's jurisdiction
        ("A court in Lyon found Dufresnoy guilty of fraud.", "Dufresnoy", "FRA"),
    ],
)
def test_unplaced_names_take_their_context(text: str, span: str, country: str | None) -> None:
    assert participant_codes(text)[span][0] == country


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # well-known companies, by their head office
        ("Siemens agreed to pay the fine.", "Siemens", "DEU", "BUS"),
        ("Huawei rejected the allegations.", "Huawei", "CHN", "BUS"),
        ("The ministry fined ExxonMobil.", "ExxonMobil", "USA", "BUS"),
        # armed groups news names without a country word
        (
            "The Ogaden National Liberation Front declared a ceasefire.",
            "Ogaden National Liberation Front",
            "ETH",
            "REB",
        ),
        ("The ONLF declared a ceasefire.", "ONLF", "ETH", "REB"),
        # a ministry by its own name, and Palestine as Spanish- and Italian-language copy writes it
        ("The Federal Foreign Office condemned the attack.", "Federal Foreign Office", "DEU", "GOV"),
        ("Israel threatened an assault against Palestina.", "Palestina", "PSE", None),
    ],
)
def test_dictionary_names(text: str, surface: str, country: str, sector: str | None) -> None:
    assert mention_codes(text)[surface] == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        # home guards are a pro-government village defence force
        ("Rebels said they will release two homeguards.", "two homeguards", "MIL"),
        ("Rebels killed three home guards.", "three home guards", "MIL"),
    ],
)
def test_home_guards_are_military(text: str, surface: str, sector: str) -> None:
    assert mention_codes(text)[surface][1] == sector
