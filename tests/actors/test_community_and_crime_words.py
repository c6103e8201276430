"""Heads of tribes, clans and villages (CVL, not a government), criminal groups and their leaders (CRM), and the
leaders or commanders a non-state group's word names ("cartel leader", "rebel commanders")."""

from __future__ import annotations

import pytest

from eventwire.api import extract

pytestmark = pytest.mark.slow


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Mention text -> (country, sector) of every resolved mention of ``text``."""
    entities = extract(text, date="2022-03-02").entities
    return {m.text: (m.actor.country, m.actor.sector) for m in entities if m.actor is not None}


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
        # a non-state group's leaders and commanders are the group's own
        ("Police arrested a drug cartel leader.", "a drug cartel leader", "CRM"),
        ("Police detained student leaders.", "student leaders", "EDU"),
        ("Officials met rebel commanders.", "rebel commanders", "REB"),
        # the state's own keep the table's sector
        ("Army commanders met the elders.", "Army commanders", "MIL"),
        ("Iraqi Kurdish officials rejected the demand.", "Iraqi Kurdish officials", "GOV"),
    ],
)
def test_sector_of_the_group(text: str, surface: str, sector: str) -> None:
    found = _codes(text)
    assert surface in found, found
    assert found[surface][1] == sector
