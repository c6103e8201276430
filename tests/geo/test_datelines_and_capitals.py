"""Datelines whose place the gazetteer lacks, and capitals listed together (``places``)."""

from __future__ import annotations

import re

import pytest

from eventwire.geo import GazetteerEntry, get_gazetteer
from eventwire.model import Article
from eventwire.pipeline import extract_one
from eventwire.places import _datelines, resolve_toponyms

pytestmark = pytest.mark.slow


def _dateline_names(text: str) -> list[str]:
    return [text[x.start : x.end] for x in _datelines(text, get_gazetteer())]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A base or small place the gazetteer lacks is still the dateline's place when a state follows it.
        ("CAMP MURRAY, Wash. — The Guard sent 200 soldiers.", ["CAMP MURRAY"]),
        ("FORT HOOD, Texas (AP) — A soldier was charged.", ["FORT HOOD"]),
        ("CAMP LEJEUNE, N.C. - Marines trained on Monday.", ["CAMP LEJEUNE"]),
        # Named for a feature, before an agency or a dash, with no state.
        ("FORT HOOD (AP) — A soldier was charged.", ["FORT HOOD"]),
        # Known places as before.
        ("LAKE CHARLES, La. (AP) — The plant reopened.", ["LAKE CHARLES"]),
        ("RALEIGH, N.C. (AP) - A new report shows job losses.", ["RALEIGH"]),
        # AP keeps a name's prefix in lower case in an all-caps dateline.
        ("McALLEN, Texas (AP) — Border agents said.", ["McALLEN"]),
        ("LaGRANGE, Ga. — Officials said.", ["LaGRANGE"]),
        ("Residents tidy neighborhoods. DeKALB – Residents met on Monday.", ["DeKALB"]),
        ("McDonald said — the man left.", []),
        # No state after it and no feature word: an unknown upper-case word is no dateline place.
        ("BREAKING NEWS — The plant reopened.", []),
        ("FLORBAT, the firm said, would close.", []),
        # A feature word alone is not enough without a dateline's dash.
        ("FORT KNOX: A history of the vault.", []),
        # Nor a heading that opens with such a word.
        ("PORT AUTHORITY OF NEW YORK — Officials met.", []),
        ("CAMP FOR THE KIDS - A summer of fun.", []),
    ],
)
def test_a_dateline_place_the_gazetteer_lacks(text: str, names: list[str]) -> None:
    assert _dateline_names(text) == names


@pytest.mark.parametrize(
    ("text", "toponym", "name", "feature"),
    [
        # The base is somewhere in the state written after it; the state is a place too.
        ("CAMP MURRAY, Wash. — The Guard sent 200 soldiers to fight wildfires.", "CAMP MURRAY", "Washington", "admin1"),
        ("CAMP MURRAY, Wash. — The Guard sent 200 soldiers to fight wildfires.", "Wash.", "Washington", "admin1"),
        ("SAN DIEGO, Calif. — Officials said the port would reopen.", "Calif.", "California", "admin1"),
        ("ATLANTA, Ga. — Officials said the port would reopen.", "Ga.", "Georgia", "admin1"),
    ],
)
def test_a_dateline_is_found_and_read_in_its_state(text: str, toponym: str, name: str, feature: str) -> None:
    places = {p.text: p for p in extract_one(Article(id="t", text=text)).places}
    place = places.get(toponym)
    assert place is not None, f"{toponym!r} not found: {list(places)}"
    assert (place.name, place.country, place.feature) == (name, "USA", feature)


def _resolved(text: str, words: tuple[str, ...]) -> dict[str, GazetteerEntry | None]:
    spans = sorted((m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text))
    return dict(zip([text[s:e] for s, e in spans], resolve_toponyms(text, spans), strict=True))


@pytest.mark.parametrize(
    ("text", "words", "name", "country"),
    [
        # Capitals listed together stand for their governments: Washington is the US capital, not Washington,
        # England, though London's vote puts the story in England.
        (
            "Washington and Moscow agreed to extend the treaty. In London, officials welcomed it.",
            ("Washington", "Moscow", "London"),
            "Washington",
            "USA",
        ),
        (
            "Talks between Moscow and Washington resumed. London said little.",
            ("Moscow", "Washington", "London"),
            "Washington",
            "USA",
        ),
        # A town of the capital's own country is no government: Kingston, Ontario beside Ottawa is not Jamaica's.
        (
            "Kingston and Ottawa closed schools. Toronto, Ontario and Hamilton, Ontario did too.",
            ("Kingston", "Ottawa", "Toronto", "Hamilton"),
            "Kingston",
            "CAN",
        ),
        # Nor is a city larger than the capital of its name: Victoria, British Columbia beside London is no Seychelles.
        (
            "Flights from Victoria and London were cut. Vancouver, British Columbia and Kelowna, British Columbia"
            " closed airports.",
            ("Victoria", "London", "Vancouver", "Kelowna", "British Columbia"),
            "Victoria",
            "CAN",
        ),
        # A name with no capital of that name keeps its reading.
        (
            "Moscow and Sheffield signed a deal. London and Leeds agreed.",
            ("Moscow", "Sheffield", "London", "Leeds"),
            "Sheffield",
            "GBR",
        ),
    ],
)
def test_a_name_listed_with_a_capital_is_a_capital(text: str, words: tuple[str, ...], name: str, country: str) -> None:
    entry = _resolved(text, words)[name]
    assert entry is not None and entry.country == country
