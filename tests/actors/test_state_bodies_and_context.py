"""State bodies placed by their state or province, intelligence services, and the country an actor takes from its
context on real news (issue #3: the error classes of `eventwire eval actors --split dev`, round three)."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes, participant_list

from eventwire.api import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a court or police force named by one country's state or province is that country's
        ("The Kerala High Court dismissed the petition.", "The Kerala High Court", "IND", "JUD"),
        ("The Ontario Provincial Police arrested the suspect.", "The Ontario Provincial Police", "CAN", "COP"),
        # a capital's name that is first a far larger division of another country: Australia's Victoria
        ("Victoria Police arrested two men.", "Victoria Police", "AUS", "COP"),
        # a city of millions that no division shares its name with
        ("The Munich I Regional Court sentenced him.", "The Munich I Regional Court", "DEU", "JUD"),
        # a capital's own police stay its country's
        ("Kabul police arrested two men.", "Kabul police", "AFG", "COP"),
        ("Santiago police arrested two men.", "Santiago police", "CHL", "COP"),
        # divisions of two countries of like size place nothing
        ("The Punjab Police arrested two men.", "The Punjab Police", None, "COP"),
    ],
)
def test_state_bodies_placed_by_their_division(text: str, surface: str, country: str | None, sector: str) -> None:
    assert mention_codes(text)[surface] == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # ordinary English words that name a division somewhere (Tanzania's Coast, South Sudan's Unity) place nothing
        ("The Coast Guard rescued five fishermen.", "The Coast Guard"),
        ("The Unity Police arrested two men.", "The Unity Police"),
    ],
)
def test_ordinary_words_name_no_division(text: str, surface: str) -> None:
    assert mention_codes(text)[surface][0] is None


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # intelligence services are SPY (PLOVER's sector table), as intelligence officials are
        ("The CIA warned Congress.", "CIA", "USA"),
        ("The Mossad denied the report.", "Mossad", "ISR"),
        ("The KGB arrested the writer.", "KGB", "RUS"),
        ("MI6 recruited the officer.", "MI6", "GBR"),
    ],
)
def test_intelligence_services_are_spy(text: str, surface: str, country: str) -> None:
    assert mention_codes(text)[surface] == (country, "SPY")


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a named state body inside a sentence, its article in lower case
        (
            "Prosecutors shared evidence with the U.S. Department of Justice.",
            "the U.S. Department of Justice",
            "USA",
            "GOV",
        ),
        # a state's service is government, the courts' own council the judiciary
        ("The U.S. Fish and Wildlife Service returned 21 frogs.", "The U.S. Fish and Wildlife Service", "USA", "GOV"),
        ("The Iraqi Supreme Judicial Council issued an order.", "The Iraqi Supreme Judicial Council", "IRQ", "JUD"),
        # a police force is the police, though forces alone are the military
        ("Police forces loyal to the prime minister surrounded the palace.", "Police forces", None, "COP"),
        # political opponents are the opposition, as dissidents are
        ("Political opponents of the Maldives government marched.", "Political opponents", "MDV", "OPP"),
        # a sector word in a headline's capitals keeps its sector: refugees, not a people's civilians
        ("Syrian Refugees granted asylum are welcome in Connecticut.", "Syrian Refugees", "SYR", "REF"),
        ("Bosnian Serbs attacked the town.", "Bosnian Serbs", "BIH", "CVL"),
    ],
)
def test_state_bodies_and_group_words(text: str, surface: str, country: str | None, sector: str) -> None:
    assert mention_codes(text)[surface] == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # where an envoy is sent is not whose the envoy is: the UN's, in the IGO slot
        ("The United Nations envoy for Somalia James Swan met the president.", "James Swan", None, "IGO"),
        # the country before the title still says whose
        ("Russian Ambassador to the United States Sergey Kislyak met the senator.", "Russian Ambassador", "RUS", "GOV"),
    ],
)
def test_a_posting_is_no_nationality(text: str, surface: str, country: str | None, sector: str) -> None:
    assert mention_codes(text)[surface] == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "codes"),
    [
        # a country and an international organisation named together: a group of each
        ("UK and EU negotiators have agreed a deal.", "UK and EU negotiators", {("GBR", "GOV"), (None, "IGO")}),
        ("US and NATO officials met in Brussels.", "US and NATO officials", {("USA", "GOV"), (None, "IGO")}),
    ],
)
def test_a_country_and_an_igo_together(text: str, surface: str, codes: set[tuple[str | None, str]]) -> None:
    mention = next(m for m in extract(text, date="2019-03-02").entities if m.text == surface)
    assert mention.actor is not None
    assert {(member.country, member.sector) for member in mention.actor.members} == codes


def test_a_nationality_and_a_title_are_no_person() -> None:
    # the parser's PERSON "Estonian MEP" is the title with its nationality: a legislator of Estonia
    assert mention_codes("Estonian MEP has demanded a final solution.")["Estonian MEP"] == ("EST", "LEG")


def test_an_unknown_name_after_a_lower_case_article_is_no_actor() -> None:
    # nothing in "the Pirmasens Municipal Museum" says what it is: no keyword, no country
    assert not any(
        "Museum" in surface for surface in mention_codes("He gave the paintings to the Pirmasens Municipal Museum.")
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a verb is no sector noun, though its lemma is one ("spied" -> "spy")
        ("The court asked whether the ambassador was illegally spied on.", "spied"),
        ("Soldiers guarded the border.", "guarded"),
    ],
)
def test_a_verb_is_no_sector_word(text: str, absent: str) -> None:
    assert absent not in mention_codes(text)


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # an attack named with its agent is the agent's, not unidentified attackers'
        (
            "A car bombing by the Islamic State group killed at least 75 displaced people in eastern Syria.",
            "A car bombing by the Islamic State group",
            None,
            "REB",
        ),
        # with none named, it still is
        ("A roadside bombing killed two soldiers in Kandahar.", "A roadside bombing", "AFG", "UAF"),
    ],
)
def test_the_agent_of_an_attack_noun(text: str, span: str, country: str | None, sector: str) -> None:
    assert (span, country, sector) in participant_list(text)


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # a dateline's place is where the story was filed, not whose the forces are
        (
            "CAIRO -- Forces loyal to Libyan commander Khalifa Hifter on Sunday dismissed a cease-fire proposal.",
            "Forces loyal to Libyan commander Khalifa Hifter",
            "LBY",
            "MIL",
        ),
    ],
)
def test_context_country_of_a_participant(text: str, span: str, country: str | None, sector: str) -> None:
    assert (span, country, sector) in participant_list(text)
