"""Source roles of the event coder: who does the act of a purpose infinitive, of a gerund after a verb of
charging, and of a passive joined to an earlier verb. Each row: a sentence and a (type, source span, target span)
event it must give."""

from __future__ import annotations

import pytest
from event_roles import participants

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces sent somewhere do what they were sent for
        (
            "Troops were sent to the border to support the Kurdish fighters.",
            ("SUPPORT", "Troops", "the Kurdish fighters"),
        ),
        ("Police were deployed in the town to disperse the protesters.", ("COERCE", "Police", "the protesters")),
        # an active main clause: its subject, as before
        ("Police rushed to the spot to assist the injured villagers.", ("AID", "Police", "the injured villagers")),
    ],
)
def test_the_subject_of_a_purpose_infinitive(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army was accused of killing civilians.", ("ASSAULT", "The army", "civilians")),
        ("Amnesty accused the army of killing civilians.", ("ASSAULT", "the army", "civilians")),
        ("The rebels were charged with attacking a police station.", ("ASSAULT", "The rebels", "a police station")),
        # the accuser is no doer of the act charged
        ("Amnesty accused the army of killing civilians.", ("ACCUSE", "Amnesty", "the army")),
    ],
)
def test_the_one_accused_does_the_act_charged(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a joined passive with an agent: the agent acts on the subject the two verbs share
        (
            "Government troops stormed the camp and were attacked by the militants.",
            ("ASSAULT", "the militants", "Government troops"),
            ("ASSAULT", "the militants", "the camp"),
        ),
        # with no agent: no source, the shared subject is the target
        (
            "The army seized the town and was later accused of killing civilians.",
            ("ACCUSE", None, "The army"),
            ("ACCUSE", "The army", "the town"),
        ),
        # a passive's retained object ("refused permission") is the thing refused, not the party
        (
            "The two envoys visited Kabul last week but were refused permission to meet the Taliban leaders.",
            ("REJECT", None, "The two envoys"),
            ("REJECT", "The two envoys", "Kabul"),
        ),
    ],
)
def test_a_passive_joined_to_an_earlier_verb(
    text: str, expected: tuple[str, str | None, str], not_expected: tuple[str, str, str]
) -> None:
    coded = participants(text)
    assert expected in coded
    assert not_expected not in coded


def test_a_subject_the_parser_hung_elsewhere_is_not_shared() -> None:
    # "fired 50 rounds and 100 persons have been arrested": the arrested are not the police
    text = "The police fired over 50 rounds and over 100 persons have been arrested in the city."
    assert all(target != "The police" for kind, _, target in participants(text) if kind == "COERCE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" + gerund: the means by which the clause's subject acted; the subject does it
        (
            "The businessman helped the campaign by donating money to the party.",
            ("AID", "The businessman", "the party"),
        ),
        ("Iran retaliated by firing missiles at Israel.", ("ASSAULT", "Iran", "Israel")),
        ("The UN responded by sending aid to Sudan.", ("AID", "The UN", "Sudan")),
        ("The government punished the protesters by arresting their leaders.", ("COERCE", "The government", None)),
    ],
)
def test_the_subject_acts_by_its_means(text: str, expected: tuple[str, str, str | None]) -> None:
    kind, source, target = expected
    assert any(k == kind and s == source and (target is None or t == target) for k, s, t in participants(text))


def test_a_passive_clause_lends_no_subject_to_its_means() -> None:
    # a passive's subject is what was done to, not who did the means by which it was done
    coded = participants("The rebels were defeated by bombing their camps.")
    assert all(source != "The rebels" for _, source, _ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "along with" / "together with" joins its object to the party: one target, not the companions alone
        (
            "The two, along with Smith and Jones, were arrested by police.",
            ("COERCE", "police", "The two, along with Smith and Jones"),
        ),
        (
            "The two men along with the driver were killed by gunmen.",
            ("ASSAULT", "gunmen", "The two men along with the driver"),
        ),
        ("Police together with soldiers raided the camp.", ("COERCE", "Police together with soldiers", "the camp")),
    ],
)
def test_a_party_along_with_its_companions_is_one_party(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where an attack struck is its scene, not part of who carried it out
        ("A roadside bomb near the town of Samarra killed three soldiers.", "A roadside bomb"),
        ("In March, a car bomb in Baghdad killed a police officer.", "a car bomb"),
        (
            "A suicide attack on a convoy belonging to the UN mission in Mali killed eight people.",
            "A suicide attack on a convoy belonging to the UN mission",
        ),
        # a place that is part of the weapon stays
        ("A bomb in a parked car killed two soldiers.", "A bomb in a parked car"),
    ],
)
def test_an_attacks_source_is_marked_without_its_scene(text: str, expected: str) -> None:
    assert expected in [source for kind, source, _ in participants(text) if kind == "ASSAULT"]
