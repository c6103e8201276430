"""Definite group phrases that refer back (eventwire.actors.coref): "the militants" after "Pakistani militants" is
that group, with its country; a phrase with a word of its own, another number, a group named out of reach or a
phrase that names no one group ("no party") is not."""

from __future__ import annotations

import pytest

from eventwire import pipeline
from eventwire.model import Article, EntityMention


def _mentions(text: str) -> list[EntityMention]:
    (result,) = pipeline.process([Article(id="t", text=text)], stages=[pipeline.sentences_stage, pipeline.actors_stage])
    return result.entities  # type: ignore[union-attr]


def _refers_to(text: str, phrase: str, occurrence: int = 1) -> tuple[str | None, str | None]:
    """The text of the mention ``phrase`` refers to (None: none), and the country it is coded with."""
    mentions = _mentions(text)
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    found = [m for m in mentions if m.start == start]
    if not found:
        return None, None
    mention = found[0]
    antecedent = None if mention.refers_to is None else mentions[mention.refers_to].text
    return antecedent, mention.actor.country if mention.actor else None


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the group named before, with the same head noun: its country too
        (
            "Pakistani militants attacked an army post in Kashmir. Police said the militants fled.",
            "the militants",
            ("Pakistani militants", "PAK"),
        ),
        (
            "Indian troops fired on protesters in Srinagar on Monday. The troops also arrested 10 people.",
            "The troops",
            ("Indian troops", "IND"),
        ),
        (
            "Kenyan police arrested protesters in Nairobi on Monday. The police said the protesters blocked a road.",
            "The police",
            ("Kenyan police", "KEN"),
        ),
        # a word of its own says it is another group (the state government of Gujarat, India's)
        (
            "The Uttar Pradesh government will sign an agreement with the Gujarat government on Monday.",
            "the Gujarat government",
            (None, "IND"),
        ),
        # "no party" names no one party a later "the party" can be
        ("No party has ever won all fifty states. The party of Lincoln won most of them.", "The party", (None, None)),
        # another number: one soldier is not the soldiers
        (
            "Indian soldiers patrolled the border on Monday. The soldier who was hurt was taken to hospital.",
            "The soldier",
            (None, None),
        ),
        # named too far back (more than three sentences)
        (
            "Pakistani militants attacked an army post in Kashmir on Monday. The post was empty. Roads were closed. "
            "Schools shut. Markets were quiet. Police said the militants fled.",
            "the militants",
            (None, None),
        ),
    ],
)
def test_definite_group_phrase(text: str, phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert _refers_to(text, phrase) == expected


def test_pronoun_keeps_the_group_phrase_of_its_own_sentence() -> None:
    """ "police said the mps were denied permission as it was not safe for them": "them" points at "the mps" of its
    own sentence (which the event coder takes as the participant), and through it at the group named before."""
    text = (
        "a group of mps who tried to visit the riot-hit areas were denied permission by the state police. "
        "police said the mps were denied permission as it was not safe for them to visit the areas yet."
    )
    assert _refers_to(text, "them") == ("the mps", None)
    assert _refers_to(text, "the mps") == ("mps", None)


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # in a quote, "them" is a group the quote itself named in the same sentence
        (
            '"the authorities failed to protect the kar sevaks while the killers lay in wait to kill them," he said.',
            "them",
            "kar sevaks",
        ),
        # ... but not a group named outside the quote, nor in an earlier sentence of it
        ('The students marched. "the police will never stop them," he said.', "them", None),
        ('"We will engage the North Koreans. We wait to see if they are ready," he said.', "they", None),
        # a noun's modifier ("police sources") is not what "they" refers to, nor a group named before a nearer
        # plural subject of the pronoun's own sentence
        ("police sources said 14 bodies were recovered and they were killed on tuesday.", "they", None),
        # the group named before still is
        ("Police arrested the students after they threw stones.", "they", "the students"),
        ("The protesters said the police beat them.", "them", "The protesters"),
    ],
)
def test_plural_pronoun_antecedent(text: str, pronoun: str, expected: str | None) -> None:
    assert _refers_to(text, pronoun)[0] == expected


def _actor_of(text: str, phrase: str, occurrence: int = 1) -> str | None:
    """The name of the actor the mention ``phrase`` is resolved to (None: no such mention, or no actor)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    found = [m for m in _mentions(text) if m.start == start]
    return found[0].actor.name if found and found[0].actor else None


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a definite collective noun refers to the people an earlier phrase with the same noun named
        (
            "Kamal Nath headed a delegation of Congress leaders to Ahmedabad. The delegation met the governor.",
            "The delegation",
            "Congress leaders",
        ),
        ("Police arrested a group of youths. The group had set fire to a shop.", "The group", "youths"),
        # with nothing to refer to, or a word of its own, it is no mention
        ("The delegation met the governor on Sunday.", "The delegation", None),
        ("The age group of the members ranges from 13 to 17.", "group", None),
    ],
)
def test_definite_collective_noun(text: str, phrase: str, expected: str | None) -> None:
    assert _refers_to(text, phrase)[0] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a definite plural of one is the two bodies named last, as one compound actor
        ("India and Pakistan exchanged fire on Monday. The sides agreed to talks.", "The sides", "India, Pakistan"),
        ("Hindus and Muslims clashed in Dahod on Monday. The groups pelted stones.", "The groups", "Hindus, Muslims"),
        # ... not people counted among them
        ("a dozen persons from both the sides were injured as the groups clashed.", "the groups", None),
    ],
)
def test_definite_plural_collective_noun(text: str, phrase: str, expected: str | None) -> None:
    assert _actor_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "occurrence", "expected"),
    [
        # a subject "it" of an active verb: a body a singular noun named in its own sentence
        (
            "The opposition asked what people could expect from the administration when it refused to help.",
            2,
            "the administration",
        ),
        ("The ministry said it would send more troops.", 1, "The ministry"),
        # not for "it" of a copula or a passive verb: a thing
        ("The army said the bridge collapsed because it was old.", 1, None),
        ("The government said the dam would stay shut until it is repaired.", 1, None),
    ],
)
def test_it_for_a_body_named_by_a_singular_noun(text: str, occurrence: int, expected: str | None) -> None:
    assert _refers_to(text, "it", occurrence)[0] == expected
