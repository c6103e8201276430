"""Heads of tribes, clans and villages (CVL, not a government), criminal groups and their leaders (CRM), and the
leaders or commanders a non-state group's or a legislature's word names ("cartel leader", "rebel commanders",
"Senate negotiators")."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes

from eventwire.api import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        ("Tribal elders in Afghanistan called for talks.", "Tribal elders", "CVL"),
        ("Clan leaders in Somalia met the president.", "Clan leaders", "CVL"),
        ("Village chiefs asked for help.", "Village chiefs", "CVL"),
        ("Community leaders condemned the attack.", "Community leaders", "CVL"),
        ("The police arrested a drug dealer.", "a drug dealer", "CRM"),
        ("Drug cartels fought for control of the town.", "Drug cartels", "CRM"),
        ("Coca growers blocked the highway.", "Coca growers", "AGR"),
        ("Displaced families received food.", "Displaced families", "REF"),
        ("Fulani herdsmen attacked farmers.", "Fulani herdsmen", "AGR"),
        ("Iraq's national security advisor met the president.", "Iraq's national security advisor", "GOV"),
        ("War veterans occupied the farms.", "War veterans", "CVL"),
        ("Police arrested three Islamists.", "three Islamists", "CVL"),
        ("A retired army general criticised the government.", "A retired army general", "ELI"),
        # a faith's leaders are clergy, not a government
        ("Muslim leaders in Nigeria appealed for calm.", "Muslim leaders", "REL"),
        ("Church leaders condemned the law.", "Church leaders", "REL"),
        # a federation with a trade word is of trade unions, not a legislature
        ("The Nigeria Labour Congress threatened a strike.", "The Nigeria Labour Congress", "LAB"),
        ("The Iraqi Governing Council condemned the bombing.", "The Iraqi Governing Council", "GOV"),
        # a one-edit neighbour of a real word is no typo of a sector word ("computers" is not "commuters")
        ("Hackers broke into the computers of army officers.", "the computers", None),
        # a non-state group's leaders and commanders are the group's own
        ("Police arrested a drug cartel leader.", "a drug cartel leader", "CRM"),
        ("Police detained student leaders.", "student leaders", "EDU"),
        ("Officials met rebel commanders.", "rebel commanders", "REB"),
        # a legislature's leaders, officials and negotiators are legislators, not a government
        ("Senate leaders rejected the budget.", "Senate leaders", "LEG"),
        ("Parliament officials refused the request.", "Parliament officials", "LEG"),
        ("House and Senate negotiators reached an agreement.", "House and Senate negotiators", "LEG"),
        ("Rebel negotiators rejected the offer.", "Rebel negotiators", "REB"),
        # the state's own keep the table's sector
        ("Army commanders met the elders.", "Army commanders", "MIL"),
        ("Iraqi Kurdish officials rejected the demand.", "Iraqi Kurdish officials", "GOV"),
    ],
)
def test_sector_of_the_group(text: str, surface: str, sector: str | None) -> None:
    found = mention_codes(text, date="2022-03-02")
    if sector is None:
        assert surface not in found, found
        return
    assert surface in found, found
    assert found[surface][1] == sector


def _target(text: str) -> tuple[str | None, str | None, str | None]:
    """(country, sector, org_sector) of the target of the first event of ``text``."""
    events = extract(text, date="2022-03-02").events
    assert events and events[0].target is not None and events[0].target.actor is not None, text
    actor = events[0].target.actor
    return actor.country, actor.sector, actor.org_sector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's people are its own wherever they are ("in Mali" says where, not whose)
        ("Rebels ambushed a convoy of UN peacekeepers in Mali.", (None, "IGO", "MIL")),
        ("French troops killed a senior al-Qaeda commander in Mali.", (None, "REB", "MIL")),
        # a body's staff are the body's, not organised labour
        ("The Taliban killed two employees of an American aid group.", ("USA", "NGO", None)),
        # a sector word between a people and its leaders decides ("Yoruba leaders" alone are elites)
        ("Indian police detained Kashmiri separatist leaders in Srinagar.", ("IND", "REB", None)),
        # a body's building stands for the body
        ("Armed men attacked the Libyan parliament building in Tripoli.", ("LBY", "LEG", None)),
        ("Unidentified gunmen shot dead a local council member in Kandahar.", ("AFG", "GOV", None)),
        ("Israeli troops shot dead a Palestinian teenager near Hebron.", ("PSE", "CVL", None)),
        # exiled or former leaders of a non-state body are the body's; of an office, elites
        ("Qatar pledged to expel exiled leaders of Egypt's Muslim Brotherhood.", ("EGY", "OPP", None)),
        ("Police arrested former leaders of the ruling party in Dhaka.", ("BGD", "ELI", None)),
    ],
)
def test_whose_target(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _target(text) == expected


def test_an_organisation_s_equipment_is_the_organisation_s() -> None:
    events = extract("NATO warplanes bombed Serbian positions.", date="2022-03-02").events
    assert events and events[0].source is not None and events[0].source.actor is not None
    actor = events[0].source.actor
    assert (actor.country, actor.sector, actor.org_sector) == (None, "IGO", "MIL")
