"""Actor codes by general mechanisms, from the error classes of a second development set, the GSR's even records
(issue #3, actors16: `eventwire eval events gsr --split even --errors`; sentences of our own, not labelled rows)."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes, participant_codes

from eventwire.api import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # a hyphenated modifier is one word: the outlet's phrase keeps "state-run" whole, and says it is the state's
        ("The state-run Kenya News Agency said on Tuesday it had signed a deal with the teachers' union.",
         "The state-run Kenya News Agency", "KEN", "GOV"),
        # a country word before an armed act names the state's armed forces ...
        ("Israeli air strikes killed five people.", "Israeli air strikes", "ISR", "MIL"),
        ("Russian shelling killed three civilians.", "Russian shelling", "RUS", "MIL"),
        # ... or the body a sector word beside it names
        ("Syrian government air strikes killed 12 rebels.", "Syrian government air strikes", "SYR", "GOV"),
        # a possessor owns the act as a state
        ("Turkey's military offensive killed ten fighters.", "Turkey", "TUR", None),
        # forces named by a faith are a community's armed group, not a state's army
        ("Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.", "Moslem forces in east Bosnia", "BIH",
         "REB"),
        ("Serb forces shelled the town.", "Serb forces", "SRB", "MIL"),
        # prisoners are people held, whatever the charge, as detainees are
        ("Police freed 12 prisoners on Monday.", "12 prisoners", None, "CVL"),
        # an unknown body of no country that names the world as its scope is no one state's
        ("The Global Forest Coalition accused Brazil of failing to stop logging.", "The Global Forest Coalition", None,
         "NGO"),
    ],
)  # fmt: skip
def test_participant_codes(text: str, span: str, country: str | None, sector: str | None) -> None:
    assert participant_codes(text)[span] == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        # "it" after a body whose name holds a country word is the body, not the country
        ("The state-run Kenya News Agency said on Tuesday it had signed a deal with the teachers' union.", "it",
         "KEN", "GOV"),
        ("The Chinese Foreign Ministry said it would retaliate against the sanctions.", "it", "CHN", "GOV"),
        # a capital's name in a place phrase of a sentence naming other countries, not the capital's, is the namesake
        # the gazetteer reads there; alone it is still the capital
        ("Rival militias clashed in Tripoli, the north Lebanese port.", "Tripoli", "LBN", None),
        ("Fighting broke out in Tripoli.", "Tripoli", "LBY", "GOV"),
        ("Lebanese troops arrived in Damascus.", "Damascus", "SYR", "GOV"),
        # a bare "strikes" after a nationality is labour's as often as an army's: no armed forces
        ("French strikes disrupted rail traffic on Monday.", "French", "FRA", None),
        # a backer's name inside a hyphenated word places no group ("Iran-backed militias")
        ("Iran-backed militias attacked a base.", "Iran-backed militias", None, "REB"),
    ],
)  # fmt: skip
def test_mention_codes(text: str, mention: str, country: str | None, sector: str | None) -> None:
    assert mention_codes(text)[mention] == (country, sector)


@pytest.mark.parametrize(
    ("text", "name", "org_sector"),
    [
        # an international organisation's staff hold none of its organs' roles ...
        ("A UNICEF official criticised the government of Chad.", "UNICEF official", None),
        ("UN mediator Jan Eliasson met rebel leaders in Darfur.", "Jan Eliasson", None),
        # ... while its head is its executive
        ("U.N. Secretary-General Kofi Annan met President Bush on Monday.", "Kofi Annan", "GOV"),
    ],
)
def test_staff_of_an_international_organisation(text: str, name: str, org_sector: str | None) -> None:
    actors = {m.actor.name: m.actor for m in extract(text, date="2019-03-02").entities if m.actor is not None}
    assert (actors[name].sector, actors[name].org_sector) == ("IGO", org_sector)
