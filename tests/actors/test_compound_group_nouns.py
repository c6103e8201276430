"""Compound group nouns from outside English ("kar sevaks", "shiv sainiks"): one group word naming people,
not a person the parser guessed from the first word (eventwire.actors.mentions)."""

from __future__ import annotations

import pytest

from eventwire.api import extract

pytestmark = pytest.mark.slow

LOWER = (
    "ahmedabad: the police said on friday that the situation in the old city was tense but under control after "
    "a night of violence in several parts of the state. "
)


def _actors(text: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (label, actor name) of every mention with an actor."""
    entities = extract(text, date="2002-03-02").entities
    return {m.text: (m.label, m.actor.name) for m in entities if m.actor is not None}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (LOWER + "58 kar sevaks who were returning from ayodhya were killed in the incident.", "kar sevaks"),
        (LOWER + "the shiv sainiks went on a rampage in the city.", "shiv sainiks"),
        # at the start of a sentence, capitalised by the recaser for the parser
        (LOWER + "kar sevaks were attacked near the station.", "kar sevaks"),
    ],
)
def test_compound_group_noun_is_one_group(text: str, surface: str) -> None:
    found = _actors(text)
    assert found.get(surface) == ("GROUP", surface)
    assert surface.split()[0] not in found  # no person "kar"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an English plural is the group words' business ("bajrang dal activists" is not made a new word)
        (LOWER + "the village activists went on a rampage in the city.", "village activists"),
        # a capitalised name is the name finder's
        ("The Kennedy brothers met Boris Johnson in London on Monday.", "Kennedy brothers"),
        # a name the parser read as one ("george fernandes") is a person, not a group
        (LOWER + "defence minister george fernandes arrived here on thursday.", "george fernandes"),
    ],
)
def test_not_a_compound_group_noun(text: str, surface: str) -> None:
    found = _actors(text)
    assert found.get(surface, ("", ""))[0] != "GROUP" or found[surface][1] != surface


def test_a_pronoun_refers_to_the_group() -> None:
    text = LOWER + "the shiv sainiks went on a rampage and they torched shops."
    entities = extract(text, date="2002-03-02").entities
    they = next(m for m in entities if m.text == "they")
    assert they.actor is not None and they.actor.name == "shiv sainiks"
