"""Actor errors behind duplicated events on the fusion development sets (issue #3 and #6, actors17): a modal or a
possessive read into a name, a country word of descent, police ranks. Sentences of our own, not labelled rows."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes, participant_codes

from eventwire.actors.sides import names_descent, of_descent
from eventwire.annotate import load_nlp
from eventwire.api import extract


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Trump attacked the judge's Mexican heritage.", "Mexican", True),
        ("Police arrested a man of Indian origin.", "Indian", True),
        ("He attacked a judge whose parents were born in Mexico.", "Mexico", True),
        ("She is a writer of Irish descent.", "Irish", True),
        # whose the person or the thing is
        ("Mexican police arrested two men.", "Mexican", False),
        ("He attacked a judge who works in Mexico.", "Mexico", False),
        ("They bought a company whose headquarters are in Germany.", "Germany", False),
    ],
)
def test_of_descent(text: str, word: str, expected: bool) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert of_descent(token) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # a country of descent is not whose the person is: the story's one country is
        ("When Donald Trump attacked a federal judge whose parents were born in Mexico, Americans were outraged.",
         "a federal judge", "USA", "JUD"),
        ("Senator Chuck Grassley downplayed Trump's attack on a federal judge's Mexican heritage.", "a federal judge",
         None, "JUD"),
        # a state's National Guard is the United States' military, not its capital's government
        ("The Washington National Guard fired tear gas at protesters in Seattle.", "The Washington National Guard",
         "USA", "MIL"),
    ],
)  # fmt: skip
def test_participant_countries(text: str, span: str, country: str | None, sector: str | None) -> None:
    assert participant_codes(text)[span] == (country, sector)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "codes"),
    [
        # a possessive ending, with a typographic apostrophe too, is no part of the name
        ("Chuck Grassley downplayed Donald Trump\u2018s attack on a judge.", "Donald Trump", ("USA", "GOV")),
        ("Hillary Clinton\u2019s campaign asked the moderator to check facts.", "Hillary Clinton", ("USA", None)),
        # police ranks and plainclothes officers are the police
        ("The station house officer said a sub-inspector and two constables were injured.",
         "The station house officer", (None, "COP")),
        ("The station house officer said a sub-inspector and two constables were injured.", "a sub-inspector",
         (None, "COP")),
        ("The station house officer said a sub-inspector and two constables were injured.", "two constables",
         (None, "COP")),
        ("Two commissioners of police met the chief minister.", "Two commissioners of police", (None, "COP")),
        ("The black plainclothes officer shot the man.", "The black plainclothes officer", (None, "COP")),
        ("The superintendent of police said the curfew would stay.", "The superintendent of police", (None, "COP")),
        # a bare officer stays the military's
        ("An officer said the troops would stay.", "An officer", (None, "MIL")),
    ],
)  # fmt: skip
def test_mention_codes(text: str, surface: str, codes: tuple[str | None, str | None]) -> None:
    assert mention_codes(text)[surface] == codes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a modal opening a question is no first name
        ("Game over. Will Sanders come down off the pique?", "Sanders"),
        # a first name that is a modal's spelling stays
        ("Will Smith attended the premiere in London.", "Will Smith"),
    ],
)
def test_person_names(text: str, name: str) -> None:
    assert name in [m.text for m in extract(text, date="2016-06-09").entities if m.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("an attack on a federal judge's Mexican heritage", "Mexican", True),
        ("a man of Indian origin", "Indian", True),
        ("a writer of Irish-descent", "Irish", True),
        ("Mexican police arrested two men", "Mexican", False),
        ("the Indian original", "Indian", False),
    ],
)
def test_names_descent(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert names_descent(text, start, start + len(word)) is expected
