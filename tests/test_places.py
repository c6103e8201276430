"""The place stage: which toponyms it finds, what they resolve to, and bad input that must not crash."""

from __future__ import annotations

import re
from typing import Any

import pytest

from eventwire.geo import Home, get_gazetteer
from eventwire.model import ActorRef, Article, EntityMention, Place, Provenance
from eventwire.pipeline import extract_one
from eventwire.places import (
    derive_home,
    lookup_name,
    neighbour_support,
    parse_home,
    place_name,
    resolve_toponyms,
    story_country,
    team_home,
    whole_name,
)

pytestmark = pytest.mark.slow


def _places(text: str) -> list[Place]:
    return extract_one(Article(id="t", text=text)).places


def _by_text(text: str) -> dict[str, Place]:
    return {p.text: p for p in _places(text)}


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("the Korean Peninsula's", "Korean Peninsula"),
        ("Gaza’s", "Gaza"),
        ("the Gulf", "Gulf"),
        ("Texas", "Texas"),
    ],
)
def test_place_name_strips_article_and_possessive(surface: str, name: str) -> None:
    assert place_name(surface) == name


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("North Texas", "Texas"),
        ("W. Columbia", "Columbia"),  # an abbreviated direction
        ("Jackson Township", "Jackson"),
        ("North Annville Township", "Annville"),  # a direction and a kind at once
        ("North West England", "England"),  # a direction of two words
        ("south-east England", "England"),
        ("N.Y.", "N.Y."),  # a state's abbreviation is no direction
        ("NorthTexas", "NorthTexas"),
        ("the Province of Ontario", "Ontario"),
        ("the Battle of Richmond", "Richmond"),
        ("Colchester General Hospital", "Colchester"),
        ("Fort Mill High School", "Fort Mill"),  # a town of 14,000 before the school it names
        ("Fort Mill Crossing", "Fort Mill Crossing"),  # another name after a small town's: not the town
        # A street may lead to the town it is named after, seldom to the state or country it is named after.
        ("Lancaster Avenue", "Lancaster"),
        ("Washington Drive", "Washington Drive"),
        ("Georgia Avenue", "Georgia Avenue"),
    ],
)
def test_lookup_name_reads_the_place_inside_a_longer_name(surface: str, name: str) -> None:
    assert lookup_name(surface) == name


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Police in Canal Winchester said", "Canal", "Canal Winchester"),
        ("Police in Canal Winchester said", "Winchester", "Canal Winchester"),
        ("a prayer service in Newfoundland and Labrador on Monday", "Labrador", "Newfoundland and Labrador"),
        ("the Newfoundland and Labrador's premier", "Labrador's", "Newfoundland and Labrador's"),
        ("the Isle of Wight ferry", "Wight", "Isle of Wight"),
        ("in Newcastle upon Tyne", "Newcastle", "Newcastle upon Tyne"),
        ("in St. Louis on Monday", "Louis", "St. Louis"),
        ("Washington County deputies", "Washington", "Washington County"),
        ("in Avondale Estates, Georgia", "Avondale", "Avondale Estates"),  # a comma ends the name
        ("Dublin City Council met", "Dublin", "Dublin"),  # a longer name runs on: a council, not "Dublin City"
        # A region is itself even when a longer name runs on.
        ("the Niger Delta Development Commission said", "Niger", "Niger Delta"),
        ("Texas and Florida", "Texas", "Texas"),  # no place bears the longer name
        ("dinner in Washington Township.", "Washington", "Washington Township"),  # a kind of place ends its name
        ("the Kanawha River cleanup", "Kanawha", "Kanawha River"),
        ("a Missouri Valley Blazers team", "Missouri", "Missouri"),  # a team, not the valley
        ("The Canal Winchester", "Winchester", "Canal Winchester"),  # a capitalised "The" is no part of it
        ("Canal\nWinchester", "Canal", "Canal"),  # a line break ends a name
        ("Canal  Winchester", "Canal", "Canal"),
        ("Winchester", "Winchester", "Winchester"),
    ],
)
def test_a_span_grows_to_the_whole_name_around_it(text: str, part: str, whole: str) -> None:
    start = text.index(part)
    wide_start, wide_end = whole_name(text, start, start + len(part))
    assert text[wide_start:wide_end] == whole


def test_a_span_never_grows_into_a_blocked_span() -> None:
    text = "Police in Canal Winchester said"
    start = text.index("Canal")
    assert whole_name(text, start, start + 5, blocked=[(text.index("Winchester"), len(text) - 5)]) == (start, start + 5)


@pytest.mark.parametrize(
    ("text", "toponym", "country"),
    [
        ("The storm reached Newfoundland and Labrador on Tuesday.", "Newfoundland and Labrador", "CAN"),
    ],
)
def test_the_stage_reads_a_name_whole(text: str, toponym: str, country: str) -> None:
    found = _by_text(text)
    assert toponym in found, sorted(found)
    assert found[toponym].country == country


# text -> (toponym as written, country, feature, role); None where it must not be a place at all.
FOUND = [
    ("Protesters marched in Paris on Sunday.", "Paris", "FRA", "city", "literal"),
    ("The storm hit Paris, Texas, on Sunday.", "Paris", "USA", "city", "literal"),
    ("Fighting resumed in eastern Ukraine on Monday.", "Ukraine", "UKR", "country", "literal"),
    ("Farmers in Tamil Nadu protested on Monday.", "Tamil Nadu", "IND", "admin1", "literal"),
    ("Two ships collided off the coast of Guam.", "Guam", "USA", "region", "literal"),
    ("Pyongyang said it would respond.", "Pyongyang", "PRK", "city", "metonym"),
    ("Students at Ohio State University walked out.", "Ohio", "USA", "admin1", "modifier"),
    ("The Bank of Nova Scotia refused the request.", "Nova Scotia", "CAN", "admin1", "modifier"),
    # A province closing an organisation's name, by its abbreviation too, and the town it puts in that province.
    ("Small Business BC offers help to owners in Nelson.", "BC", "CAN", "admin1", "modifier"),
    ("Small Business BC offers help to owners in Nelson.", "Nelson", "CAN", "city", "literal"),
    ("A fire broke out in Springfield, Ill., on Friday.", "Springfield", "USA", "city", "literal"),
    ("Rain fell across Europe and Africa.", "Europe", None, "continent", "literal"),
    # A dateline's place, though the dateline itself yields no actors or events; the state after it too.
    ("RALEIGH, N.C. (AP) - A new report shows job losses.", "RALEIGH", "USA", "city", "literal"),
    ("RALEIGH, N.C. (AP) - A new report shows job losses.", "N.C.", "USA", "admin1", "literal"),
    # A dateline run in after the headline, a village's too.
    ("Claims dismissed in immigration raid. MINNEAPOLIS -- A judge ruled.", "MINNEAPOLIS", "USA", "city", "literal"),
    ("Mason charged with assault. BANTAM — A stonework mason was charged.", "BANTAM", "USA", "city", "literal"),
    ("The plant in Wausau, Wis., closed on Monday.", "Wis.", "USA", "admin1", "literal"),
    # A name after a place and a comma is the division holding it, not the capital that shares its name.
    ("Cake shops in Tacoma, Washington, reopened.", "Washington", "USA", "admin1", "literal"),
    # A part of a state written in lower case is the state, not its namesake city; a city with no such state stays.
    ("Crews drove to central Washington on Monday.", "Washington", "USA", "admin1", "literal"),
    ("Floods hit towns in upstate New York.", "New York", "USA", "admin1", "literal"),
    ("Protesters marched in central London.", "London", "GBR", "city", "literal"),
    # A place spaCy took for a person is no surname of itself, nor of "Alexandria Police" taken for a person.
    (
        "Gainesville residents marched. Ellingsen, a Gainesville resident, spoke. They protect Gainesville.",
        "Gainesville",
        "USA",
        "city",
        "literal",
    ),
]


@pytest.mark.parametrize(("text", "toponym", "country", "feature", "role"), FOUND)
def test_toponyms_found_and_resolved(text: str, toponym: str, country: str | None, feature: str, role: str) -> None:
    place = _by_text(text).get(toponym)
    assert place is not None, f"{toponym!r} not found in {text!r}: {list(_by_text(text))}"
    assert (place.country, place.feature, place.role) == (country, feature, role)


def test_a_state_that_ends_a_sentence_still_contains_the_town() -> None:
    text = "The tournament was held in Columbus, Ohio. Notre Dame won."
    start = text.index("Columbus")
    (entry,) = resolve_toponyms(text, [(start, start + len("Columbus"))])
    assert entry is not None and entry.admin1 == "US.OH"


def test_actors_named_after_the_place_do_not_vote_for_its_namesake() -> None:
    # "Paris police" are French only through the very name: Henry County places Paris in Tennessee.
    text = "A Paris man was arrested. Paris Police and the Henry County sheriff said so."
    spans = [(m.start(), m.end()) for m in re.finditer("Paris|Henry County", text)]
    police = text.index("Police")
    entries = resolve_toponyms(text, spans, [(police, police + len("Police"), "FRA")])
    assert [e.admin1 if e else None for e in entries] == ["US.TN", "US.TN", "US.TN"]


def test_containment_picks_the_state_named_after_the_town() -> None:
    place = _by_text("A fire broke out in Springfield, Ill., on Friday.")["Springfield"]
    assert place.lat is not None and place.lon is not None
    assert 39.0 < place.lat < 40.5 and -90.5 < place.lon < -88.5  # Springfield, Illinois, not Missouri


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Syrian refugees crossed the border.", "Syrian"),
        ("The Syrians fled.", "Syrians"),
        ("US Secretary of State Antony Blinken arrived.", "Secretary"),
    ],
)
def test_demonyms_and_adjectives_are_not_places(text: str, word: str) -> None:
    assert not any(word in p.text for p in _places(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A country's name opening a person's name is a first name.
        ("Officers Ron McCurry and Chad Walker arrived at the scene.", "Chad"),
        ("Jordan Dyer, a 17-year-old student, won the contest.", "Jordan"),
    ],
)
def test_names_of_people_are_not_places(text: str, word: str) -> None:
    assert not any(word in p.text for p in _places(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Closing an organisation's name, only a state or country by its own name counts: not a town, nor a word that
        # is a territory's alternate name ("ACT") or a parish's name ("Forest").
        ("He works for Wells Fargo in Charlotte.", "Fargo"),
        ("Congress passed the Omnibus Public Lands Management Act on Monday.", "Act"),
        ("Rangers closed roads in the Monongahela National Forest.", "Forest"),
    ],
)
def test_words_closing_an_organisations_name_are_not_places(text: str, word: str) -> None:
    assert not any(p.text == word for p in _places(text))


@pytest.mark.parametrize(
    "text",
    [
        "",  # rejected before the stage, not an exception from it
        "The committee met and agreed to meet again next week.",
        "Zzyzxqv Qqrrvv and Blorptown Flibber were mentioned in Xanthuvia Prime.",
        "In in in at at near near of of , , , .",
        "PARIS, PARIS, PARIS — " * 50,
        "Paris " * 2000,
    ],
)
def test_bad_input_gives_places_or_unresolved_never_an_exception(text: str) -> None:
    if not text.strip():
        return
    for place in _places(text):
        assert 0 <= place.start < place.end <= len(text)
        assert place.text == text[place.start : place.end]
        # Resolved or plainly unresolved: a name always comes with coordinates, never half of it.
        assert (place.name is None) == (place.lat is None) == (place.lon is None)


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # A word no gazetteer knows is a place only where the sentence puts it in one, and then unresolved.
        ("Fighting broke out in Xanthuvia on Monday.", "Xanthuvia", True),
        ("Despite the threat to his life, Guhdar has not been granted refugee status.", "Guhdar", False),
        ("Guhdar is heartbroken to see his children suffer.", "Guhdar", False),
    ],
)
def test_unknown_words_are_places_only_after_a_place_preposition(text: str, word: str, kept: bool) -> None:
    found = [p for p in _places(text) if p.text == word]
    assert bool(found) == kept
    assert all(p.name is None and p.lat is None for p in found)


def test_nonsense_toponym_is_unresolved_not_guessed() -> None:
    text = "Fighting broke out in Xanthuvia on Monday."
    start = text.index("Xanthuvia")
    assert resolve_toponyms(text, [(start, start + len("Xanthuvia"))]) == [None]


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # The article's other places decide among namesakes.
        ("Dublin police said. Columbus, Ohio and Cincinnati officials agreed.", "Dublin", "USA", "US.OH"),
        ("Dublin police said. Cork and Galway officials agreed.", "Dublin", "IRL", None),
        ("Georgia lawmakers met in Atlanta.", "Georgia", "USA", "US.GA"),
        ("Georgia's president met officials in Tbilisi.", "Georgia", "GEO", None),
        # A division named like a more populous country does not take the name from the context: Niger State is
        # smaller than Niger; Georgia the state is larger than Georgia the country (above).
        ("Troops from Abuja and Lagos crossed into Niger.", "Niger", "NER", None),
    ],
)
def test_document_context_chooses_among_namesakes(text: str, name: str, country: str, admin1: str | None) -> None:
    spans = []
    words = ("Dublin", "Columbus", "Ohio", "Cincinnati", "Cork", "Galway", "Georgia", "Atlanta", "Tbilisi")
    for word in (*words, "Abuja", "Lagos", "Niger"):
        at = text.find(word)
        if at >= 0:
            spans.append((at, at + len(word)))
    spans.sort()
    entries = dict(zip([text[s:e] for s, e in spans], resolve_toponyms(text, spans), strict=True))
    entry = entries[name]
    assert entry is not None and entry.country == country
    if admin1 is not None:
        assert entry.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the words before an organisation's "of" say what the body is, not where: Bānk is an Indian town
        ("The Bank of Nova Scotia refused the request.", "Bank"),
        ("The Bank of Baroda cut its rates.", "Bank"),
    ],
)
def test_the_kind_of_body_before_its_of_is_no_place(text: str, word: str) -> None:
    assert word not in _by_text(text)


def test_no_places_in_placeless_text() -> None:
    assert _places("The committee met and agreed to meet again next week.") == []


def _resolved(text: str, words: tuple[str, ...]) -> dict[str, Any]:
    spans = sorted((m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text))
    return dict(zip([text[s:e] for s, e in spans], resolve_toponyms(text, spans), strict=True))


@pytest.mark.parametrize(
    ("text", "words", "name", "admin1"),
    [
        # Names of places that lie together read each other: a town and the county around it.
        (
            "The Athens Police Department arrested a man. He was held at the Henderson County Jail.",
            ("Athens", "Henderson County"),
            "Athens",
            "US.TX",
        ),
        ("A stop in Gainesville before heading on to Sherman.", ("Gainesville", "Sherman"), "Gainesville", "US.TX"),
        # A creek or subdivision named after a common name ("Madison", "Hampton") is no neighbour of anything.
        (
            "ARLINGTON - The council approved a drilling site near Madison Creek and Hampton Hills in north Arlington.",
            ("ARLINGTON", "Madison Creek", "Hampton Hills", "Arlington"),
            "Arlington",
            "US.TX",
        ),
        # ... nor a vote for its town's state: Jackson, Mississippi, makes no Mississippi story of it.
        (
            "COLUMBIA - Flooding closed Madison Creek Road and Jackson Park in Columbia.",
            ("COLUMBIA", "Madison Creek", "Jackson Park", "Columbia"),
            "Columbia",
            "US.SC",
        ),
        # Read alone, each name is another state's (Walker County in Texas, Huntsville in Alabama); read together,
        # with both readings' votes, the namesakes that lie together win.
        (
            "The burn ban for Walker County was lifted, said the Huntsville fire chief.",
            ("Walker County", "Huntsville"),
            "Huntsville",
            "US.TX",
        ),
        # A stadium named after a company is no neighbour: "Rogers" (a town near Buffalo, Minnesota) in "the
        # Rogers Centre" does not send the Buffalo Bisons to Minnesota.
        (
            "The Blue Jays play at the Rogers Centre in Toronto against the Buffalo Bisons.",
            ("Rogers Centre", "Toronto", "Buffalo"),
            "Buffalo",
            "US.NY",
        ),
        # "Oxford" may be the county: Woodstock beside Oxford in an Ontario story is Woodstock, Ontario, not the
        # English town beside Oxford, England.
        (
            "The Woodstock mayor said housing is needed across Ontario and in Oxford.",
            ("Woodstock", "Ontario", "Oxford"),
            "Woodstock",
            "CA.08",
        ),
        # Alone, or beside places far from any namesake, the famous place stays.
        ("Protesters marched in Athens on Sunday.", ("Athens",), "Athens", "GR.ESYE31"),
        # A state's name is the state, whatever town nearby shares it.
        ("Storms hit Florida and Orange County on Monday.", ("Florida", "Orange County"), "Florida", "US.FL"),
        # A second reading: "Georgia" is the state once "Atlanta" is read, and then votes for Atlanta, Georgia.
        (
            "ATLANTA - In Georgia, agencies in Atlanta and in Texas will draft a plan.",
            ("ATLANTA", "Georgia", "Atlanta", "Texas"),
            "Atlanta",
            "US.GA",
        ),
        # A big city is no neighbour, but still gives its state: Pasadena beside Los Angeles is in California.
        (
            "Fire crews from Los Angeles fought a blaze in Pasadena.",
            ("Los Angeles", "Pasadena"),
            "Pasadena",
            "US.CA",
        ),
    ],
)
def test_neighbouring_names_choose_among_namesakes(text: str, words: tuple[str, ...], name: str, admin1: str) -> None:
    entry = _resolved(text, words)[name]
    assert entry is not None and entry.admin1 == admin1


@pytest.mark.parametrize(
    ("names", "name", "admin1", "supported"),
    [
        # Two small places that lie together support each other.
        (("Athens", "Henderson County"), "Athens", "US.TX", True),
        # A big city named in passing supports none of the towns around it.
        (("Springfield", "New York City"), "Springfield", "US.NJ", False),
        (("Pasadena", "Los Angeles"), "Pasadena", "US.CA", False),
        # ... but is itself supported by a small town near it.
        (("Houston", "Pasadena"), "Houston", "US.TX", True),
        # A town far too small to be read for its name is no neighbour either: a dateline's ATLANTA is no vote for
        # Rochester, Illinois, beside the village of Atlanta, Illinois.
        (("Rochester", "ATLANTA"), "Rochester", "US.IL", False),
    ],
)
def test_a_big_city_is_no_neighbour_of_the_towns_around_it(
    names: tuple[str, ...], name: str, admin1: str, supported: bool
) -> None:
    gaz = get_gazetteer()
    support = neighbour_support({n.casefold(): n for n in names}, gaz)
    town = max(
        (e for e in gaz.candidates(name) if e.admin1 == admin1 and e.feature == "city"), key=lambda e: e.population
    )
    assert (support.get(town, 0) > 0) == supported


def test_an_actor_placed_by_the_name_itself_is_no_context_for_it() -> None:
    # The actor stage gives "Jessica Kay ... of Paris" the country whose capital is Paris; that must not make
    # the Texas town France.
    text = "Jessica Kay, 18, of Paris died Saturday in a Dallas hospital. Paris police said."
    spans = [(m.start(), m.end()) for m in re.finditer("Paris|Dallas", text)]
    entries = resolve_toponyms(text, spans, [(0, len("Jessica Kay"), "FRA")])
    assert [(e.name, e.admin1) for e in entries if e] == [("Paris", "US.TX"), ("Dallas", "US.TX"), ("Paris", "US.TX")]


@pytest.mark.parametrize(
    ("text", "words", "name", "expected"),
    [
        # A town the gazetteer lacks in the state written after it is somewhere in that state, in every mention.
        (
            "Martha was born in Grantville, Pennsylvania, in 1920. She attended school in Grantville.",
            ("Grantville", "Pennsylvania"),
            "Grantville",
            ("Pennsylvania", "admin1"),
        ),
        # A town of another country after a comma is a list, not a container.
        ("Flights to Moscow, Kiev, Minsk and Riga.", ("Moscow", "Kiev", "Minsk", "Riga"), "Kiev", ("Kyiv", "city")),
    ],
)
def test_a_town_is_read_in_the_state_written_after_it(
    text: str, words: tuple[str, ...], name: str, expected: tuple[str, str]
) -> None:
    spans = sorted((m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text))
    entries = resolve_toponyms(text, spans)
    readings = {(e.name, e.feature) for (s, t), e in zip(spans, entries, strict=True) if text[s:t] == name and e}
    assert readings == {expected}


@pytest.mark.parametrize(
    ("text", "words", "feature", "near"),
    [
        # A river or park the gazetteer lacks stands at the article's own town (DeKalb, Illinois).
        (
            "DeKalb police said a body was found in the Kishwaukee River near Hopkins Park in DeKalb.",
            ("DeKalb", "Kishwaukee River", "Hopkins Park", "DeKalb"),
            "local",
            "DeKalb",
        ),
        (
            "Minneapolis police said a boy fell through the ice on Lake Harriet in Minneapolis.",
            ("Minneapolis", "Lake Harriet"),
            "local",
            "Minneapolis",
        ),
        # A street: "Hampton Avenue" is no avenue in Hampton, Virginia, in a St. Louis story.
        (
            "St. Louis police said the men were seen on Hampton Avenue in St. Louis.",
            ("St. Louis", "Hampton Avenue"),
            "local",
            "St. Louis",
        ),
    ],
)
def test_a_local_feature_stands_at_the_articles_town(
    text: str, words: tuple[str, ...], feature: str, near: str
) -> None:
    entries = _resolved(text, words)
    town = entries[near]
    for word in words:
        if word != near and _LOCAL_FEATURE_WORD.search(word):
            entry = entries[word]
            assert entry is not None and entry.feature == feature
            assert (entry.lat, entry.lon, entry.admin1) == (town.lat, town.lon, town.admin1)


_LOCAL_FEATURE_WORD = re.compile(r"River|Park|Lake|Avenue")


@pytest.mark.parametrize(
    ("text", "words", "name", "feature", "country"),
    [
        # A name listed with a state is a state, one listed with a country a country.
        ("He supports the Oregon and Washington laws.", ("Oregon", "Washington"), "Washington", "admin1", "USA"),
        ("Talks on the wars in Ukraine and Georgia resumed.", ("Ukraine", "Georgia"), "Georgia", "country", "GEO"),
    ],
)
def test_a_name_listed_with_states_or_countries_is_one_too(
    text: str, words: tuple[str, ...], name: str, feature: str, country: str
) -> None:
    entry = _resolved(text, words)[name]
    assert entry is not None and (entry.feature, entry.country) == (feature, country)


@pytest.mark.parametrize(
    ("text", "words", "name", "admin1"),
    [
        # A city named before its professional team's name is the team's home, and so is every other mention of it,
        # though the article's other places lie in a state with a smaller namesake.
        (
            "The Houston Rockets beat the Portland Trail Blazers. Dallas and San Antonio won. Houston swept Portland.",
            ("Houston", "Portland", "Dallas", "San Antonio"),
            "Portland",
            "US.OR",
        ),
        ("The Kansas City Chiefs won in Kansas City.", ("Kansas City",), "Kansas City", "US.MO"),
        ("Rain fell on Columbus. The Columbus Blue Jackets lost.", ("Columbus",), "Columbus", "US.OH"),
        # No team's name follows: the state's namesake stays the article's reading.
        (
            "Fire crews from Houston, Dallas and San Antonio drove to Portland on the coast.",
            ("Houston", "Dallas", "San Antonio", "Portland"),
            "Portland",
            "US.TX",
        ),
    ],
)
def test_a_city_before_its_teams_name_is_the_teams_home(
    text: str, words: tuple[str, ...], name: str, admin1: str
) -> None:
    entry = _resolved(text, words)[name]
    assert entry is not None and entry.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "words", "at", "country"),
    [
        # An agreement or a body called after a city of diplomacy is that city, not a namesake in the story's country.
        (
            "The Venice Commission criticised the law, officials in Kiev said. The U.S. objected. The U.S. envoy left.",
            ("Venice", "Kiev", "U.S."),
            "Venice",
            "ITA",
        ),
        (
            "Paris police in Lamar County said the Paris Agreement rally in Texas was calm.",
            ("Paris", "Lamar County", "Paris", "Texas"),
            "Paris Agreement",
            "FRA",
        ),
        # A commission of the story's own country keeps the article's reading.
        (
            "The DeKalb County Commission met in Sycamore, Illinois. DeKalb County roads closed.",
            ("DeKalb County", "Sycamore", "Illinois"),
            "DeKalb County Commission",
            "US.IL",
        ),
        (
            "Springfield police in Missouri said the Springfield Convention Center closed. Joplin officers helped.",
            ("Springfield", "Missouri", "Joplin"),
            "Springfield Convention",
            "US.MO",
        ),
    ],
)
def test_an_accord_or_body_named_after_a_city_is_the_city_of_diplomacy(
    text: str, words: tuple[str, ...], at: str, country: str
) -> None:
    spans = sorted({(m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text)})
    entry = dict(zip(spans, resolve_toponyms(text, spans), strict=True))
    found = next(e for (start, _), e in entry.items() if start == text.index(at))
    assert found is not None and country in (found.country, found.admin1)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("the Portland Trail Blazers", "Portland", "US.OR"),
        ("the New York Knicks", "New York", "US.NY"),
        ("the Washington Capitals", "Washington", "US.DC"),
        ("the Toronto Maple Leafs", "Toronto", "CA.08"),
        ("the Portland Tigers", "Portland", None),  # a school's team: no professional team is called that
        ("the Paris Trail Blazers", "Paris", None),  # no professional team of that place
        ("Portland Trail", "Portland", None),
    ],
)
def test_team_home(text: str, name: str, admin1: str | None) -> None:
    end = text.index(name) + len(name)
    home = team_home(text, end, name, get_gazetteer())
    assert (home.admin1 if home is not None else None) == admin1


def test_a_local_feature_with_no_town_in_the_article_stays_unresolved() -> None:
    assert _resolved("A body was found in the Kishwaukee River on Sunday.", ("Kishwaukee River",)) == {
        "Kishwaukee River": None
    }


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # One "U.S." in a story about Brazil is no context: Geneva stays in Switzerland.
        (
            "Migrants from Venezuela crossed into Brazil. Brazil and Venezuela met in Brazil. "
            "Brazil asked the U.S. for aid in Geneva.",
            ("Venezuela", "Brazil", "U.S.", "Geneva"),
            "CHE",
        ),
        # A country named about as often as the leading one is context: Geneva, Illinois.
        ("Geneva police and Chicago officials met in Illinois.", ("Geneva", "Chicago", "Illinois"), "USA"),
    ],
)
def test_a_country_named_in_passing_is_no_context(text: str, words: tuple[str, ...], country: str) -> None:
    entry = _resolved(text, words)["Geneva"]
    assert entry is not None and entry.country == country


def test_a_division_named_in_passing_is_no_context() -> None:
    # Six Kentucky names and one Illinois city: "Atlanta" is not the Illinois village of 1,600 people.
    text = (
        "Louisville, Lexington, Frankfort, Paducah and Bowling Green in Kentucky sent teams, as did Chicago. "
        "The final was in Atlanta."
    )
    words = ("Louisville", "Lexington", "Frankfort", "Paducah", "Bowling Green", "Kentucky", "Chicago", "Atlanta")
    entry = _resolved(text, words)["Atlanta"]
    assert entry is not None and entry.admin1 == "US.GA"


@pytest.mark.parametrize(
    ("description", "home"),
    [
        ("Ohio", Home("USA", "US.OH")),
        ("Athens, Georgia", Home("USA", "US.GA")),
        # The first state or country of the name that holds such a place.
        ("Tbilisi, Georgia", Home("GEO", "GE.51")),
        ("London, Ontario", Home("CAN", "CA.08")),
        # A country is a national home, with no division.
        ("Israel", Home("ISR", None)),
    ],
)
def test_a_home_is_read_from_a_place_name(description: str, home: Home) -> None:
    assert parse_home(description) == home


@pytest.mark.parametrize("description", ["Xanthuvia", "Athens, Xanthuvia", "", ", Texas"])
def test_an_unknown_home_is_a_clear_error(description: str) -> None:
    with pytest.raises(ValueError, match="unknown home place"):
        parse_home(description)


@pytest.mark.parametrize(
    ("text", "words", "home", "name", "admin1"),
    [
        # A local paper's own town: Athens, Georgia in an Athens, Georgia paper; Greece without a home.
        ("The Athens City Council met on Monday.", ("Athens",), Home("USA", "US.GA"), "Athens", "US.GA"),
        ("The Athens City Council met on Monday.", ("Athens",), None, "Athens", "GR.ESYE31"),
        ("A fire in London closed Richmond Street.", ("London",), Home("CAN", "CA.08"), "London", "CA.08"),
        # A county of the home state over a more populous namesake elsewhere.
        (
            "The Madison County Health Department said.",
            ("Madison County",),
            Home("USA", "US.IL"),
            "Madison County",
            "US.IL",
        ),
        # The article's own context still outweighs the home: Paris beside Lyon is in France.
        ("Trains from Lyon to Paris were cancelled.", ("Lyon", "Paris"), Home("USA", "US.TX"), "Paris", "FR.11"),
    ],
)
def test_a_home_chooses_among_namesakes_the_text_leaves_open(
    text: str, words: tuple[str, ...], home: Home | None, name: str, admin1: str
) -> None:
    spans = sorted((m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text))
    entries = dict(zip([text[s:e] for s, e in spans], resolve_toponyms(text, spans, home=home), strict=True))
    entry = entries[name]
    assert entry is not None and entry.admin1 == admin1


def test_the_home_of_an_article_comes_from_its_meta_and_a_bad_one_is_a_warning() -> None:
    text = "The Athens City Council met on Monday to discuss the budget."
    homed = extract_one(Article(id="t", text=text, meta={"home": "Athens, Georgia"}))
    assert [(p.text, p.country) for p in homed.places] == [("Athens", "USA")]
    bad = extract_one(Article(id="t", text=text, meta={"home": "Xanthuvia"}))
    assert [p.country for p in bad.places] == ["GRC"]
    assert any("unknown home place 'Xanthuvia'" in w for w in bad.warnings)


def _place(name: str, geonameid: int, role: str = "literal") -> Place:
    return Place(0, 1, name, name, None, None, None, None, role, Provenance("geo", "t", 0.85), geonameid)


@pytest.mark.parametrize(
    ("articles", "home"),
    [
        # Towns of one state across a feed's articles: that state is home.
        (
            [[_place("Athens", 4180386)], [_place("Atlanta", 4180439)], [_place("Athens", 4180386)]],
            Home("USA", "US.GA"),
        ),
        # Too few articles to tell.
        ([[_place("Athens", 4180386), _place("Atlanta", 4180439)]], None),
        # A national paper: its country, and no division where none holds 30% of its places.
        (
            [
                [_place("Tel Aviv", 293397)],
                [_place("Haifa", 294801)],
                [_place("Jerusalem", 281184)],
                [_place("Nazareth", 294098)],
            ],
            Home("ISR", None),
        ),
        # Two divisions tied for the top: a national home, the same in every run.
        ([[_place("Atlanta", 4180439)], [_place("Atlanta", 4671576)]], Home("USA", None)),
        # Metonyms ("Washington said") vote for nothing.
        ([[_place("Athens", 4180386, "metonym")]] * 3, None),
    ],
)
def test_a_feeds_home_is_learnt_from_its_places(articles: list[list[Place]], home: Home | None) -> None:
    assert derive_home(articles) == home


PROV = Provenance("test", "test")


def _country_word(country: str, start: int) -> EntityMention:
    return EntityMention(start, start + 1, country, "COUNTRY", ActorRef(country, country, None, "country"), PROV)


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (["KEN", "KEN", "UGA"], "KEN"),  # named most often
        (["KEN"], "KEN"),
        (["KEN", "UGA"], None),  # a tie: no one country
        ([], None),
    ],
)
def test_story_country_is_the_one_named_most(countries: list[str], expected: str | None) -> None:
    assert story_country([_country_word(c, i) for i, c in enumerate(countries)], "") == expected


def _town(country: str, start: int, role: str = "literal") -> Place:
    return Place(start, start + 1, country, country, country, None, None, "city", role, PROV)


@pytest.mark.parametrize(
    ("countries", "towns", "datelines", "expected"),
    [
        # the only country word is a visitor's nationality, every town named is Indian: in doubt, none
        (["GBR", "GBR"], ["IND", "IND", "IND"], [], None),
        # towns that agree with the country words keep their country
        (["IND", "GBR"], ["IND"], [], "IND"),
        # a town counts as much as a country word: outvoted, a country word is in doubt; a tie gives none
        (["GBR"], ["IND"], [], None),
        (["GBR", "GBR"], ["IND"], [], "GBR"),
        # a dateline's place is where the story was filed: it counts double
        (["GBR"], ["IND"], [(100, 200)], None),
        (["GBR", "IND"], ["IND"], [(100, 200)], "IND"),
        (["GBR", "GBR", "GBR"], ["IND"], [(100, 200)], "GBR"),
        # towns break a tie of country words for one of them
        (["UGA", "KEN"], ["KEN"], [], "KEN"),
        # towns alone settle no country: the article must name one
        ([], ["KEN", "KEN", "UGA"], [], None),
    ],
)
def test_story_country_weighs_the_places_named(
    countries: list[str], towns: list[str], datelines: list[tuple[int, int]], expected: str | None
) -> None:
    words = [_country_word(c, i) for i, c in enumerate(countries)]
    places = [_town(c, 100 + i) for i, c in enumerate(towns)]
    assert story_country(words, "", places, datelines) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # one British word and one Indian: the place in question breaks the tie or not
        (_town("IND", 100), "IND"),
        (_town("IND", 100, "metonym"), None),  # a place named as an actor ("Delhi said") votes for nothing
        (_town("IND", 1), None),  # a capital already counted as a country word votes once, as that word
        (Place(100, 101, "x", None, None, None, None, None, "literal", PROV), None),  # unresolved
    ],
)
def test_story_country_counts_only_literal_resolved_places_once(place: Place, expected: str | None) -> None:
    words = [_country_word("GBR", 0), _country_word("IND", 1)]
    assert story_country(words, "", [place]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ugandan-backed rebels attacked Goma, Congo.", "COD"),  # a backer is not the story's country
        ("Pro-Russian separatists shelled Ukrainian towns.", "UKR"),
        ("Ugandan rebels attacked Goma, Congo.", None),  # a tie
    ],
)
def test_story_country_skips_backers_and_stances(text: str, expected: str | None) -> None:
    words = {"Ugandan": "UGA", "Congo": "COD", "Russian": "RUS", "Ukrainian": "UKR"}
    mentions = [
        EntityMention(text.index(w), text.index(w) + len(w), w, "COUNTRY", ActorRef(c, c, None, "country"), PROV)
        for w, c in words.items()
        if w in text
    ]
    assert story_country(mentions, text) == expected


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # sentences naming no country take the article's country once the event's place gives none
        (
            "Police fired tear gas at protesters. The opposition accused the government of repression. "
            "Kenya has been in turmoil. Kenyan officials declined to comment.",
            "KEN",
            "KEN",
        ),
        # a story of no one country gives none
        ("The opposition accused the government of repression. Kenya and Uganda said nothing.", None, None),
    ],
)
def test_domestic_groups_take_the_story_country(text: str, source: str | None, target: str | None) -> None:
    events = [e for e in extract_one(Article(id="t", text=text)).events if e.type == "ACCUSE"]
    assert events, "no ACCUSE event"
    event = events[0]
    assert event.source is not None and event.target is not None
    assert (event.source.actor.country if event.source.actor else None) == source
    assert (event.target.actor.country if event.target.actor else None) == target
