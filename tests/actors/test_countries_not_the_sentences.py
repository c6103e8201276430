"""Actor countries the sentence's one country does not give, and ones its context does (issue #3, actors15: the
country error classes of `eventwire eval actors --split dev`, round four; sentences of our own, not labelled rows)."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes, participant_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # a name the actor stage cannot resolve, sued in the one country's courts its sentence names
        ("The ACLU on May 3 filed a lawsuit in the United States Nevada District Court against Brandt.", "Brandt",
         "USA", None),
        # a US party's name on a legislature word: the US Congress or its chambers
        ("The Republican Senate rejected the proposal.", "The Republican Senate", "USA", "LEG"),
        ("The Democratic House rejected the proposal.", "The Democratic House", "USA", "LEG"),
        ("Democratic lawmakers criticized the plan.", "Democratic lawmakers", "USA", "LEG"),
        # with no party, no country
        ("The Senate rejected the proposal.", "The Senate", None, "LEG"),
        # people called foreign are not of the place they are in
        ("Police arrested 12 foreign workers in Dubai.", "12 foreign workers in Dubai", None, "LAB"),
        ("Police arrested five foreign nationals in Kenya.", "five foreign nationals in Kenya", None, "CVL"),
        # the other party of a country's relation is not the country
        ("Japan's creditors urged Tokyo to cut spending.", "Japan's creditors", None, None),
        # deported, or arriving to seek asylum: from elsewhere, whatever the one country named
        ("Germany deported a 40-year-old man on Monday.", "a 40-year-old man", None, "CVL"),
        ("Two hundred people arrived in Greece seeking asylum.", "Two hundred people", None, "CVL"),
        # unnamed holders of a title each state has one of are of several states
        ("The foreign ministers condemned the sanctions imposed by the United States.", "The foreign ministers",
         None, "GOV"),
        ("The presidents condemned the sanctions imposed by the United States.", "The presidents", None, "GOV"),
        # an envoy's country is the sending state's, not the host's
        ("President Mendoza refused to meet the British ambassador.", "President Mendoza", None, "GOV"),
        # a country a state frees from custody holds them
        ("Egypt freed 20 prisoners on Monday, including two held at the request of Israel.", "20 prisoners", "EGY",
         "CVL"),
    ],
)  # fmt: skip
def test_participant_countries(text: str, span: str, country: str | None, sector: str | None) -> None:
    assert participant_codes(text)[span] == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a town the parser calls an organisation, modifying a noun of a place preposition, places the group
        ("Rebel fighters in the Idlib countryside said they will accept the truce.", "Rebel fighters", "SYR"),
        # a nationality before the first of a list of state arms qualifies the list
        ("Protesters accused the Iraqi government, security forces and militias of abuses.", "security forces", "IRQ"),
        # a detainee is not of the country that owns the jail
        ("Ahmed Salim, a suspected insurgent, was tortured at a U.S. military base in Iraq.", "Ahmed Salim", "IRQ"),
        # a verb's preposition opens the name's phrase: the verb's object before it titles no one
        ("Erdogan discussed Syria with French President Emmanuel Macron.", "Emmanuel Macron", "FRA"),
        ("The minister discussed Yemen with Omani Foreign Minister Yusuf bin Alawi.", "Yusuf bin Alawi", "OMN"),
        # a preposition inside the title stays in it
        ("Kenya's Ambassador to Japan Solomon Maina met the minister.", "Solomon Maina", "KEN"),
    ],
)
def test_mention_countries(text: str, surface: str, country: str) -> None:
    assert mention_codes(text)[surface][0] == country


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a seat of government before a word for someone who works for a body: that government's staff
        ("White House adviser Stephen Miller attacked the judge.", "Stephen Miller", "USA", "GOV"),
        # a body before a staff word: its staff, a state's too, not organised labour
        ("A court freed a Russian embassy employee accused of spying.", "a Russian embassy employee", "RUS", "GOV"),
        ("Two Turkish employees were kidnapped in Iraq.", "Two Turkish employees", "TUR", "LAB"),
    ],
)
def test_staff_of_bodies(text: str, surface: str, country: str, sector: str) -> None:
    assert mention_codes(text)[surface] == (country, sector)
