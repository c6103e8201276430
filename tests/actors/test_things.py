"""Participant phrases that name a thing or an act, not an actor: judged by the head of spaCy's parse."""

from __future__ import annotations

import pytest

from eventwire.actors.things import blocking_preps, is_thing, thing_class
from eventwire.annotate import load_nlp

pytestmark = pytest.mark.slow


def _head_class(phrase: str) -> str | None:
    return thing_class(load_nlp()(phrase)[:].root)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the railway station", "object"),
        ("four bogies of the Sabarmati Express", "object"),
        ("lathis and swords", "weapon"),
        # munitions are the instrument of an attack, never its target ("fired several shells at the city")
        ("several shells", "weapon"),
        ("two missiles", "weapon"),
        ("poisonous gas", "weapon"),
        ("a hand grenade", "weapon"),
        # artillery stands for the army that fires it ("Turkish artillery shelled ..."): not a weapon here
        ("Turkish artillery", None),
        ("permission", "abstract"),
        ("security", "abstract"),
        ("the deployment of army", "abstract"),
        # only the head counts: the forces are an actor, a committee too
        ("security forces", None),
        ("an army camp", None),
        # an organisation named by its building is an actor
        ("the White House", None),
        ("the Kremlin", None),
        ("the Pentagon", None),
        # institutions that speak in news are actors, whatever building houses them
        ("the governor's office", None),
        ("the hospital", None),
        ("the school", None),
    ],
)
def test_head_noun_class(phrase: str, expected: str | None) -> None:
    assert _head_class(phrase) == expected


def test_is_thing_follows_the_class() -> None:
    doc = load_nlp()("the police stormed the station")
    assert [t.text for t in doc if is_thing(t)] == ["station"]


@pytest.mark.parametrize(
    ("kind", "prep", "blocks"),
    [
        ("object", "in", True),  # "the station in Godhra": its place, handled by the place stage
        ("object", "of", False),  # "the house of the MP": its owner is the target (PLOVER)
        ("abstract", "of", True),  # "the deployment of army" is not the army
        ("weapon", "of", True),
        ("abstract", "to", False),  # "security to the minorities": who it is given to
    ],
)
def test_blocking_prepositions(kind: str, prep: str, blocks: bool) -> None:
    assert (prep in blocking_preps(kind)) is blocks  # type: ignore[arg-type]
