"""Participants the coder used to leave untied (issue #3, roles9): a refused sending's place, the maker of the
pressure a refusal defies, the state a protest's demand breaks away from, the party an appeal rallies opposition
against, who orders an act, what a threat's condition wins, and a preposition sharing the next conjunct's object.
Each row: a sentence and a (type, source span, target span) event it must give."""

from __future__ import annotations

import pytest
from event_roles import participants

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces a refused sending moves are the source's own: the refusal is aimed at where they would go
        ("Germany has refused to deploy peacekeepers in Mali.", ("REJECT", "Germany", "Mali")),
        ("Germany refused to withdraw its troops from Afghanistan.", ("REJECT", "Germany", "Afghanistan")),
        # a refusal in spite of a demand answers the demand's maker ("by", "from" or the possessor)
        (
            "Iran refused to halt enrichment despite repeated calls from the United Nations.",
            ("REJECT", "Iran", "the United Nations"),
        ),
        (
            "Iran refused to halt enrichment despite the European Union's demands.",
            ("REJECT", "Iran", "the European Union"),
        ),
        # a protest voicing a demand to break away from a state is aimed at that state, not at its venue
        ("Students protested in Barcelona, demanding independence from Spain.", ("PROTEST", "Students", "Spain")),
        # an appeal that rallies opposition (CAMEO 113) is aimed at the party opposed, not at those rallied
        (
            "A Lebanese newspaper called on Arabs to unite and mobilize against Israel.",
            ("ACCUSE", "A Lebanese newspaper", "Israel"),
        ),
        ("Ukraine urged the West to impose sanctions against Russia.", ("ACCUSE", "Ukraine", "Russia")),
        # who orders an act is its source, before the "by" phrase naming who carries it out
        (
            "The government of Punjab province has ordered patrols by police in Lahore.",
            ("MOBILIZE", "The government of Punjab province", None),
        ),
        # a threat whose condition is its own side's gain is aimed at what is to be won
        (
            "Kurdish fighters have vowed to fight until they gain control of towns near Syria's border with Turkey.",
            ("THREATEN", "Kurdish fighters", "towns near Syria's border with Turkey"),
        ),
        # a stranded preposition shares the object of the conjunct after it ("ties with and ... in Hanoi")
        (
            "Chile has established diplomatic ties with and opened an embassy in Hanoi.",
            ("SUPPORT", "Chile", "Hanoi"),
        ),
    ],
)
def test_untied_participants_are_found(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sending that is not refused keeps its own reading: the place it is done in
        ("Pakistan has deployed peacekeepers in Iraq.", ("AID", "Pakistan", "Iraq")),
        # a protest whose demand is no breaking away keeps its venue
        ("Thousands protested in Nairobi, demanding lower food prices.", ("PROTEST", "Thousands", "Nairobi")),
        # an appeal for a cooperative act stays an appeal to its addressee
        ("China urged Washington to lift sanctions.", ("REQUEST", "China", "Washington")),
    ],
)
def test_the_new_fallbacks_leave_other_shapes_alone(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in participants(text)
