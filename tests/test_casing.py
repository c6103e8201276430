"""Recasing text written in one case, specified by examples.

A lower-case or all-capitals article gets a same-length copy with sentence starts and known names
capitalised for the parser; the result's spans still show the source's own characters.
"""

from __future__ import annotations

import pytest

from eventwire.api import extract
from eventwire.casing import (
    RECASED,
    RECASED_HEADLINE,
    casing_of,
    is_title_line,
    places_in_context,
    recase,
    recase_headlines,
)

# Enough ordinary words that the share of capitals is what decides.
FILLER = " the talks went on for many hours and ended late in the evening without any statement at all." * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Ahmedabad arrested five men on Sunday, officials said." * 5, None),
        ("police in ahmedabad arrested five men on sunday, officials said." * 5, "lower"),
        ("POLICE IN AHMEDABAD ARRESTED FIVE MEN ON SUNDAY, OFFICIALS SAID." * 5, "upper"),
        ("too short to tell", None),
    ],
)
def test_casing_of(text: str, expected: str | None) -> None:
    assert casing_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # countries, capitals, states (diacritics of the gazetteer folded), weekdays and months
        (
            "north korea fired a missile toward japan on wednesday.",
            "North Korea fired a missile toward Japan on Wednesday.",
        ),
        ("police in ahmedabad, gujarat, arrested five men.", "Police in Ahmedabad, Gujarat, arrested five men."),
        # months that are also words only beside a day number
        ("you may see the march on may 15 or 3 march.", "You may see the march on May 15 or 3 March."),
        # people and organisations the actor stage knows, acronyms included
        (
            "narendra modi met the united nations envoy in new delhi.",
            "Narendra Modi met the United Nations envoy in New Delhi.",
        ),
        # sentence starts, also after a quote mark, and the pronoun I
        ('he left. "i will return," he said.', 'He left. "I will return," he said.'),
        # common words that some place is called stay common
        ("the police were reading the report in the region.", "The police were reading the report in the region."),
    ],
)
def test_recase_capitalises_names_and_sentence_starts(sentence: str, expected: str) -> None:
    recased = recase(sentence + FILLER)
    assert recased is not None and recased[: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the words after a person's title that are no English words are a name, initials included
        ("the mp ramesh varkey and tomas olvido spoke.", "The mp Ramesh Varkey and Tomas Olvido spoke."),
        ("police commissioner r k tandor said so.", "Police commissioner R K Tandor said so."),
        ("they arrested a local activist, harun mistaq.", "They arrested a local activist, Harun Mistaq."),
        # ... and the name's last word alone later in the text
        ("minister ravi kolsar came. kolsar said no.", "Minister Ravi Kolsar came. Kolsar said no."),
        # English words after a title, inflected or not, are no name
        ("the minister met officials. the president said so.", "The minister met officials. The president said so."),
        ("the official sources were wrong.", "The official sources were wrong."),
    ],
)
def test_recase_capitalises_names_after_a_title(sentence: str, expected: str) -> None:
    recased = recase(sentence + FILLER)
    assert recased is not None and recased[: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a town of a country the text names, after "in", "at", "near", "from" or "outside"
        (
            "in gujarat, a mob burnt shops in modasa and a bus near halol.",
            "In Gujarat, a mob burnt shops in Modasa and a bus near Halol.",
        ),
        # ... and the towns listed with it
        ("in india, curfew in godhra, kawant and palej.", "In India, curfew in Godhra, Kawant and Palej."),
        # before a kind of place or "-based"
        (
            "in gujarat, naroda police station and a modasa-based trader.",
            "In Gujarat, Naroda police station and a Modasa-based trader.",
        ),
        # English words that towns are also called stay common, in a place context too
        ("in india, the man in charge at mark's near nice.", "In India, the man in charge at mark's near nice."),
        # a comma alone may close the place phrase: the next word is no place
        ("in india, in godhra, kawant said.", "In India, in Godhra, kawant said."),
        # a town of a country the text does not name stays lower case ("modasa" is India's)
        ("in france, riots in modasa and near halol.", "In France, riots in modasa and near halol."),
    ],
)
def test_recase_capitalises_towns_in_a_place_context(sentence: str, expected: str) -> None:
    recased = recase(sentence + FILLER)
    assert recased is not None and recased[: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [
        ("in gujarat, a mob burnt shops in modasa town.", ["modasa"]),
        ("in gujarat, curfew in godhra and kawant.", ["kawant"]),  # "godhra", a city, is a known name already
        # a town that is also an English noun ("dalton") needs a state the text names, not only its country
        ("in georgia, a fire in dalton destroyed a barn.", ["dalton"]),
        ("in the united states, a fire in dalton destroyed a barn.", []),
        # ... or be a city of 100,000+: then no state or country need be named
        ("police in gainesville arrested a man.", ["gainesville"]),
        # English words stay words: "in charge", "near nice", "at reading"
        ("in gujarat, the man in charge near nice, at reading.", []),
        # a name the text already capitalised is no new town; one in a mixed-case text is read all the same
        ("In Gujarat, riots in Modasa.", ["Modasa"]),
    ],
)
def test_places_in_context(sentence: str, towns: list[str]) -> None:
    assert [sentence[start:end] for start, end in places_in_context(sentence)] == towns


def test_recase_capitalises_no_town_when_the_text_names_no_country() -> None:
    sentence = "five died in modasa and near halol."
    recased = recase(sentence + FILLER)
    assert recased is not None and recased.startswith("Five died in modasa and near halol.")


LOWER_CASE_REPORT = (
    "police said a mob set fire to shops in modasa town of sabarkantha district in gujarat on sunday. "
    "two people were killed near halol, and curfew was imposed in godhra and kawant. "
    "the man in charge at the scene said the situation in the state remained tense."
)


@pytest.mark.slow
def test_a_lower_case_report_gives_its_towns_as_places() -> None:
    result = extract(LOWER_CASE_REPORT, date="2002-03-03")
    found = {(p.text, p.country) for p in result.places}
    expected = {("modasa", "IND"), ("halol", "IND"), ("godhra", "IND"), ("kawant", "IND"), ("gujarat", "IND")}
    assert expected <= found
    assert not {p.text for p in result.places} & {"charge", "scene", "state"}


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile." * 20,  # cased already: nothing to do
        "",
        "...." * 100,
    ],
)
def test_recase_leaves_cased_or_letterless_text_alone(text: str) -> None:
    assert recase(text) is None


def test_recase_keeps_every_offset() -> None:
    sentence = "the u.s. secretary of state antony blinken told msnbc on thursday that sanctions would follow. "
    text = (sentence * 4).upper()
    recased = recase(text)
    assert recased is not None and len(recased) == len(text) and recased.lower() == text.lower()


ARTICLE = (
    "Washington (AP) -- The United States imposed sanctions on five North Korean officials on Wednesday, "
    "a day after North Korea test-fired a missile. Secretary of State Antony Blinken criticized the launch. "
    '"We will keep up the pressure," Blinken told MSNBC. Japan and South Korea condemned the test on Thursday.'
)


def _coded(text: str) -> set[tuple[str, str, str]]:
    def code(part: object) -> str:  # the country: sectors may differ where a dateline read differently
        actor = getattr(part, "actor", None)
        return (actor.country or "") if actor is not None else ""

    return {(e.type, code(e.source), code(e.target)) for e in extract(text, date="2022-01-13").events}


@pytest.mark.slow
@pytest.mark.parametrize("variant", [str.lower, str.upper])
def test_an_article_in_one_case_gives_the_events_of_the_cased_one(variant: object) -> None:
    text = variant(ARTICLE)  # type: ignore[operator]
    result = extract(text, date="2022-01-13")
    assert RECASED in result.warnings
    assert _coded(text) == _coded(ARTICLE)
    # every span shows the source's own characters, not the recased copy's
    spans = [s for e in result.events for s in (e.trigger, e.sentence, *(p.span for p in (e.source, e.target) if p))]
    spans += [q.content for q in result.quotes]
    assert spans and all(text[s.start : s.end] == s.text for s in spans)
    assert all(text[m.start : m.end] == m.text for m in [*result.entities, *result.places, *result.times])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("U.S. Lifts Travel Ban on Lebanon", True),
        ("Japan Imposes New Sanctions Against DPRK Over Nuclear Test", True),
        ("RUSSIA EXPELS TWO BRITISH DIPLOMATS", True),
        ("North Korea fired a missile on Monday.", False),  # a sentence: its verb is lower case
        ("Joe Biden", False),  # too short to be a headline
    ],
)
def test_is_title_line(line: str, expected: bool) -> None:
    assert is_title_line(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan Imposes New Sanctions Against DPRK Over Nuclear Test", "Japan imposes new sanctions against DPRK"),
        ("RUSSIA EXPELS TWO BRITISH DIPLOMATS", "Russia expels two British diplomats"),
        # only the headline line: the body keeps its own case and every offset
        (
            "Police Arrest Dozens of Protesters in Moscow\nPolice in Moscow arrested dozens of protesters.",
            "Police arrest dozens of protesters in Moscow\nPolice in Moscow arrested dozens of protesters.",
        ),
    ],
)
def test_recase_headlines_lowers_title_case_lines_but_names_and_acronyms(text: str, expected: str) -> None:
    recased = recase_headlines(text)
    assert recased is not None and recased.startswith(expected) and len(recased) == len(text)


def test_recase_headlines_leaves_cased_text_alone() -> None:
    assert recase_headlines(ARTICLE) is None


@pytest.mark.slow
def test_a_title_case_headline_is_parsed_as_a_sentence_and_spans_show_the_source() -> None:
    text = "Russian Police Arrest Dozens of Protesters in Moscow"
    result = extract(text, date="2022-01-13")
    assert RECASED_HEADLINE in result.warnings
    assert ("COERCE", "RUS", "RUS") in _coded(text)
    assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text == "Arrest" for e in result.events)
