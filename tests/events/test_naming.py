"""Namings that denounce: a naming verb with the one named and the name is an accusation when the name
condemns, and no event (never a phone call) when it does not."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_nlp
from eventwire.api import extract
from eventwire.events.naming import denouncing_trigger, labels, names_something

pytestmark = pytest.mark.slow


def _verb(text: str) -> object:
    return next(t for t in load_nlp()(text) if t.pos_ == "VERB")


@pytest.mark.parametrize(
    ("text", "named", "cameo"),
    [
        ("Russia called the sanctions illegal.", ["illegal"], "111"),
        ("The opposition branded the election a sham.", ["sham"], "111"),
        ("The minister called the talks constructive.", ["constructive"], None),  # an approving name
        ("Obama called Merkel on Monday.", [], None),  # no name given: a phone call
        ("The union called a strike.", [], None),  # a lone object: a convening
        ("Trump calls Obama racist.", ["racist"], "111"),  # the one named read as the name's modifier
        ("Cruz called him names during the debate.", ["names"], "111"),  # calling names insults
        # a proper name is the one named, never the name: a phone call
        ("The prime minister had called union defence minister George Fernandes.", [], None),
    ],
)
def test_a_naming_gives_its_labels_and_denounces_only_with_a_condemning_word(
    text: str, named: list[str], cameo: str | None
) -> None:
    verb = _verb(text)
    assert [label.text for label in labels(verb)] == named
    assert names_something(verb) is bool(named)
    trigger = denouncing_trigger(verb)
    assert (trigger.cameo if trigger is not None else None) == cameo


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a naming that condemns is an accusation (CAMEO 111), never a phone call
        ("Russia called the sanctions illegal.", ["ACCUSE"]),
        ("China called the move a serious violation of its sovereignty.", ["ACCUSE"]),
        ("The opposition branded the election a sham.", ["ACCUSE"]),
        ("Trump calls Obama racist.", ["ACCUSE"]),
        ("Cruz called him names during the debate.", ["ACCUSE"]),
        # a neutral or approving naming is no event
        ("The minister called the talks constructive.", []),
    ],
)
def test_coder_codes_a_condemning_naming_as_an_accusation(text: str, expected: list[str]) -> None:
    assert [e.type for e in extract(text, date="2022-03-02").events] == expected
