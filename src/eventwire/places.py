"""The place stage: toponyms in the text resolved offline through ``eventwire.geo``.

Candidates are country names from the actor lexicon (not adjectives or demonyms: "North
Korean" is not a place), spaCy GPE/LOC/FAC entities, place names spaCy labelled as a person,
organisation or nationality when the gazetteer knows them as a country, division or sizeable
city ("Tamil Nadu", "Columbia taxpayers"), place names opening an organisation's name or
following its "of" ("Ohio State University"), a state or country closing it ("Transport Canada",
"Small Business BC"), upper-case datelines ("COLUMBUS, Ohio -"; found
in the marked dateline span, or run in after a headline: "... in lake. HUDSON -- Officials"), and
the state or country after a place and a comma ("Wausau, Wis.").
A span cut short grows to the whole gazetteer name around it (``whole_name``: "Canal" -> "Canal Winchester").
Not places: a country's name opening a person's name ("Chad Walker"), a small place's name that
is a person's surname here ("coach Ripley"), and a one-word name no gazetteer entry bears unless
"in", "at" or "near" comes before it ("in Xanthuvia" stays, unresolved).

Roles: a toponym used as the subject of a verb or as a possessor ("Pyongyang said", "North
Korea's tests") is a ``metonym``; one inside a name or on a title ("Ohio State University",
"US Secretary of State") a ``modifier``; either stays a place but is never chosen as an event
location. Everything else is ``literal``.

Resolution (``resolve_toponyms``) reads each name in the article's context: the countries of
its actors (countries, people and peoples: ``context_actors``), the countries and states of its
other places (those named often enough next to the leading one: ``COUNTRY_SHARE``, ``REGION_SHARE``), and a
state or country written right after it ("Springfield, Ill."); a name right after a place and a comma is the division
holding it ("Tacoma, Washington"), as is one a lower-case direction comes before ("central
Washington"). A name nothing in the gazetteer fits stays unresolved.
A feed's home (``Article.meta["home"]``: "Athens, Georgia"; ``parse_home``, ``derive_home``) is
an opt-in prior for the towns and counties of its state and country.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, TypeGuard

from eventwire.actors.sides import names_descent, takes_sides
from eventwire.annotate import text_of
from eventwire.casing import parser_text
from eventwire.geo import (
    VILLAGE_POPULATION,
    Gazetteer,
    GazetteerEntry,
    Home,
    contains,
    division_abbreviations,
    get_gazetteer,
    read_tsv,
    too_small_for_name,
)
from eventwire.model import ActorRef, ArticleResult, EntityMention, Event, MarkedSpan, Place, Provenance
from eventwire.scenes import by_scene, locate_by_scene
from eventwire.spans import overlaps_any

STAGE = "geo"
VERSION = "geo.gazetteer.v7"

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_METONYM_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
_LOCATION_PREPS = {"in", "at", "near", "off", "outside", "inside", "across", "into", "over", "from"}
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s?$")


def place_name(surface: str) -> str:
    """The name to look up for a toponym as written: "the Korean Peninsula's" -> "Korean Peninsula"."""
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", surface)).strip()


def find_places(
    doc: Any,
    mentions: Sequence[EntityMention],
    excluded: Sequence[tuple[int, int]] = (),
    gazetteer: Gazetteer | None = None,
    marked: Sequence[MarkedSpan] = (),
    home: Home | None = None,
    in_context: Sequence[tuple[int, int]] = (),
) -> list[Place]:
    """Toponyms in the text, each resolved to a gazetteer entry or left unresolved (``name`` None).

    ``marked`` are the article's non-body spans: the place of a dateline among them ("RALEIGH, N.C. (AP) -")
    is a place too, though the dateline yields no actors or events. ``in_context`` are the towns a text in one
    case names in a place context (``casing.places_in_context``: "in godhra and kawant"), places too where the
    parser saw none."""
    gaz = gazetteer or get_gazetteer()
    datelines = [m for m in marked if m.kind == "dateline"]
    text = _with_datelines(text_of(doc), datelines)
    found = _candidate_spans(doc, text, mentions, excluded, [(m.start, m.end) for m in datelines], gaz, in_context)
    entries = resolve_toponyms(text, [(x.start, x.end) for x in found], context_actors(mentions), gaz, home)
    places = []
    for span, entry in zip(found, entries, strict=True):
        start, end = span.start, span.end
        if entry is None and len(place_name(text[start:end]).split()) == 1 and not _placed_by_preposition(doc, start):
            # One word no gazetteer entry bears: spaCy's label alone is more often a person or a brand
            # ("Guhdar", "Dropbox") than a place; "in Xanthuvia" stays, unresolved.
            continue
        # A local feature placed at the article's own town is a guess at its whereabouts, not a gazetteer entry.
        confidence = 0.3 if entry is None else (0.5 if entry.feature == "local" else 0.85)
        places.append(
            Place(
                start=start,
                end=end,
                text=text[start:end],
                name=entry.name if entry else None,
                country=entry.country if entry else None,
                lat=entry.lat if entry else None,
                lon=entry.lon if entry else None,
                feature=entry.feature if entry else None,
                role=span.role or _role(doc, start, end),
                provenance=Provenance(STAGE, VERSION, confidence),
                geonameid=entry.geonameid if entry else None,
            )
        )
    return places


def parse_home(description: str, gazetteer: Gazetteer | None = None) -> Home:
    """The home of a feed from a place name: "Ohio", "Athens, Georgia", "London, Ontario", "Israel".

    A country is a national home; any other place gives its country and first-level division.
    Raises ``ValueError`` naming the description when the gazetteer knows no such place."""
    gaz = gazetteer or get_gazetteer()
    name, comma, container = (part.strip() for part in description.partition(","))
    # "Tbilisi, Georgia": the first state or country of that name that holds such a place.
    outers = [e for e in gaz.candidates(container) if e.feature in ("admin1", "country")] if comma else [None]
    for within in outers:
        entry = gaz.resolve(name, within=within) if name else None
        if entry is not None and entry.country is not None and (within is None or contains(within, entry)):
            return Home(entry.country, None if entry.feature == "country" else entry.admin1)
    raise ValueError(f"unknown home place {description!r}: expected a place name such as 'Athens, Georgia'")


#: A feed's home needs this many of its articles with resolved places, and its division this share of the votes.
HOME_MIN_ARTICLES = 2
HOME_MIN_SHARE = 0.3


def derive_home(articles: Sequence[Sequence[Place]], gazetteer: Gazetteer | None = None) -> Home | None:
    """A feed's home learnt from the places of its articles (resolved without one): the country most of
    its literal places lie in and, when one first-level division of it leads alone with at least
    ``HOME_MIN_SHARE`` of its towns, counties and states, that division. Each name counts once per
    article; None for a feed with fewer than ``HOME_MIN_ARTICLES`` articles with a resolved place."""
    gaz = gazetteer or get_gazetteer()
    located: list[GazetteerEntry] = []
    voting = 0
    for places in articles:
        seen = {(p.name, p.geonameid) for p in places if p.role == "literal" and p.name and p.feature != "local"}
        entries = [_entry_of(name, geonameid, gaz) for name, geonameid in seen if name is not None]
        found = [e for e in entries if e is not None and e.country is not None]
        voting += bool(found)
        located += found
    if voting < HOME_MIN_ARTICLES:
        return None
    countries = Counter(e.country for e in located if e.country is not None)
    # Ties go to the first code in alphabetical order: a run gives the same home every time.
    country = min(countries, key=lambda code: (-countries[code], code))
    # Only the home country's divisions vote: a Canadian paper's "London" in England is no division of Canada.
    divisions = Counter(e.admin1 for e in located if e.country == country and e.admin1 and e.feature in _HOME_FEATURES)
    ranked = divisions.most_common()
    # A division only when it leads alone with enough of the votes; else the feed's home is national.
    leads = bool(ranked) and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
    if leads and ranked[0][1] >= HOME_MIN_SHARE * sum(divisions.values()):
        return Home(country, ranked[0][0])
    return Home(country, None)


_HOME_FEATURES = frozenset({"city", "admin2", "admin1"})


def _entry_of(name: str, geonameid: int | None, gaz: Gazetteer) -> GazetteerEntry | None:
    """The gazetteer entry a resolved place was read as: its name's namesake with its geonameid."""
    return next((e for e in gaz.candidates(name) if e.geonameid == geonameid), None)


def with_home(result: ArticleResult, home: Home, gazetteer: Gazetteer | None = None) -> list[Place]:
    """An article's places resolved again with a home, as the stage resolves them when the article
    carries that home (``Article.meta["home"]``): the same spans, only the readings differ. A name no
    gazetteer entry bears stays unresolved with or without a home, so no place comes or goes."""
    text, _ = parser_text(result.article.text, result.marked)
    text = _with_datelines(text, [m for m in result.marked if m.kind == "dateline"])
    places = result.places
    entries = resolve_toponyms(
        text, [(p.start, p.end) for p in places], context_actors(result.entities), gazetteer, home
    )
    return [_reread(place, entry) for place, entry in zip(places, entries, strict=True)]


def _reread(place: Place, entry: GazetteerEntry | None) -> Place:
    if entry is None:
        return place
    return dataclasses.replace(
        place,
        name=entry.name,
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        feature=entry.feature,
        geonameid=entry.geonameid,
    )


#: Actors whose country says where a story happens: a country (its name, adjective, capital or a pronoun for it), a
#: person, or a people named as such ("Venezuelans").
_PLACING_KINDS = frozenset({"country", "person"})


def context_actors(mentions: Sequence[EntityMention]) -> list[tuple[int, int, str]]:
    """(start, end, country) of the actor mentions whose country is context for the article's place names.

    Not an organisation's: where Facebook, Twitter or Bloomberg is based says nothing of where the story happens
    ("Cambridge Analytica" in a Facebook story is no town in Massachusetts). Nor a group's, unless a people named
    as such: the actor stage reads a group's country from a place or an adjective in its name ("the London District
    Catholic School Board" GBR, "a French immersion school" FRA), which is no evidence beyond that name itself."""
    return [
        (m.start, m.end, m.actor.country)
        for m in mentions
        if m.actor is not None
        and m.actor.country
        and (m.actor.kind in _PLACING_KINDS or (m.actor.kind == "group" and m.label == "COUNTRY"))
    ]


def _placed_by_preposition(doc: Any, start: int) -> bool:
    """Whether the word at ``start`` follows "in", "at", "near" or the like."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _STRICT_PLACE_PREPS


def _with_datelines(text: str, datelines: Sequence[MarkedSpan]) -> str:
    """The text with its datelines written back in: the parsed text has every non-body span blanked."""
    for dateline in datelines:
        if text[dateline.start : dateline.end].strip() == "" and len(dateline.text) == dateline.end - dateline.start:
            text = text[: dateline.start] + dateline.text + text[dateline.end :]
    return text


def resolve_toponyms(
    text: str,
    spans: Sequence[tuple[int, int]],
    actors: Sequence[tuple[int, int, str]] = (),
    gazetteer: Gazetteer | None = None,
    home: Home | None = None,
) -> list[GazetteerEntry | None]:
    """The gazetteer entry of each toponym span of ``text`` (None where nothing fits), read in context.

    Two passes: each name alone (with the countries of the article's actors), then again with
    the countries and first-level divisions of the article's other places as context, and the
    container written right after it ("Springfield, Ill.") as ``within``. ``actors`` are
    (start, end, country) of actor mentions; one overlapping a toponym is not its own context.
    """
    gaz = gazetteer or get_gazetteer()
    names = [_known_form(place_name(text[start:end]), gaz) for start, end in spans]
    keys = [name.casefold() for name in names]
    # "Madison Creek", "Hampton Hills": a local feature read as the town opening its name is no neighbour of
    # anything ("Madison" and "Hampton" lie near half the towns of America); a street may lead to its town.
    written = [place_name(text[start:end]) for start, end in spans]
    neighbourly = {
        key: name
        for key, name, as_written in zip(keys, names, written, strict=True)
        if name == as_written or not _LOCAL_FEATURE.search(as_written) or _STREET.search(as_written)
    }
    neighbours = neighbour_support(neighbourly, gaz)
    # Nor does such a feature vote for its town's state: "Jackson Park" in a Columbia story is no Mississippi.
    local_features = {key for key in keys if key not in neighbourly}
    alone = {
        key: gaz.resolve(name, _actor_countries(text, actors, name), home=home)
        for name, key in zip(names, keys, strict=True)
    }
    toponyms = _Toponyms(text, spans, names, keys, gaz)
    context = _Context(toponyms, actors, neighbours, home, mute=frozenset(local_features))
    resolved = _in_context(context, alone)
    before: dict[str, GazetteerEntry | None] = {}
    for _ in range(CONTEXT_ROUNDS - 1):
        # Names read in context vote again: "Georgia" became the state only once "Atlanta" was read.
        before = {key: entry for key, entry in zip(keys, resolved, strict=True)}
        resolved = _in_context(context, before)
    current = {key: entry for key, entry in zip(keys, resolved, strict=True)}
    # Readings that swap states each round ("Huntsville" in Alabama votes "Walker County" there, and back): one
    # more round with both rounds' votes, so that the namesakes lying together decide. A swap between countries
    # is the countries' votes at work, and stays as read.
    swapped = {key: entry for key, entry in before.items() if _swapped_state(entry, current.get(key))}
    if swapped:
        resolved = _in_context(context, current, also=swapped)
    resolved = _by_the_words_around(toponyms, resolved)
    resolved = _as_its_state(keys, resolved)
    focus = article_focus(resolved)
    if focus is None:
        return resolved
    return [
        _street_at(text, span, focus) or _at_focus(w, n, e, focus)
        for span, w, n, e in zip(spans, written, names, resolved, strict=True)
    ]


def _as_its_state(keys: Sequence[str], resolved: list[GazetteerEntry | None]) -> list[GazetteerEntry | None]:
    """A name the article reads as a state in one mention ("central Washington", "CAMP MURRAY, Wash.") is that
    state where another mention of it was read as a town of the same country outside it: one name, one place in
    one story ("at home in Washington" is the state, not the capital). A town inside the state keeps its reading
    ("upstate New York" beside "New York" the city), as does a namesake in another country."""
    states = {key: e for key, e in zip(keys, resolved, strict=True) if e is not None and e.feature == "admin1"}
    if not states:
        return resolved
    return [
        states[key] if key in states and e is not None and _outside_its_state(e, states[key]) else e
        for key, e in zip(keys, resolved, strict=True)
    ]


def _outside_its_state(entry: GazetteerEntry, state: GazetteerEntry) -> bool:
    return entry.feature == "city" and entry.country == state.country and not contains(state, entry)


@dataclasses.dataclass(frozen=True)
class _Toponyms:
    """An article's toponyms: their spans in ``text``, their names (in the gazetteer's form where it knows one)
    and those names' keys (case-folded), and the gazetteer they are read in."""

    text: str
    spans: Sequence[tuple[int, int]]
    names: Sequence[str]
    keys: Sequence[str]
    gaz: Gazetteer


@dataclasses.dataclass(frozen=True)
class _Context:
    """What stays the same over the rounds of reading an article's toponyms in context: the toponyms, the
    article's actors as (start, end, country), the namesakes its names lie near (``neighbour_support``), the
    feed's home, and the names in ``mute`` (local features read as their town), which do not vote."""

    toponyms: _Toponyms
    actors: Sequence[tuple[int, int, str]]
    neighbours: dict[GazetteerEntry, int]
    home: Home | None
    mute: frozenset[str]


def _by_the_words_around(toponyms: _Toponyms, resolved: list[GazetteerEntry | None]) -> list[GazetteerEntry | None]:
    """The readings in context, overruled where the words written around a name say what it is: a state or
    country after one of its mentions ("Springfield, Ill."), a professional team's name after it, an agreement's
    or a body's name after it, a direction in lower case before it ("eastern Washington")."""
    resolved = _as_written_in_full(toponyms, resolved)
    resolved = _as_a_teams_home(toponyms, resolved)
    text, spans, names, gaz = toponyms.text, toponyms.spans, toponyms.names, toponyms.gaz
    resolved = [
        _as_an_accords_city(text, span, name, entry, gaz)
        for span, name, entry in zip(spans, names, resolved, strict=True)
    ]
    return [
        _as_a_region(text, span, name, entry, gaz) for span, name, entry in zip(spans, names, resolved, strict=True)
    ]


#: "eastern Washington", "upstate New York", "northern Quebec": a part of a state or province, written in lower case.
_PART_OF = re.compile(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|central|upstate|downstate|"
    r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+$"
)


def _as_a_region(
    text: str, span: tuple[int, int], name: str, entry: GazetteerEntry | None, gaz: Gazetteer
) -> GazetteerEntry | None:
    """A city read for a name a lower-case direction comes before is the state or province of that name in its
    country, when there is one: "central Washington" is the state, "northern Quebec" the province."""
    if entry is None or entry.feature != "city" or not _PART_OF.search(text, max(0, span[0] - 16), span[0]):
        return entry
    state = [e for e in gaz.primary_candidates(name) if e.feature == "admin1" and e.country == entry.country]
    return state[0] if state else entry


#: A river, lake, park, township or street: local features the gazetteer lacks, named in a story about their town.
_LOCAL_FEATURE = re.compile(
    r"\b(?:river|creek|brook|lake|pond|reservoir|park|township|twp|hall|islands?|bay|beach|valley|canyon|falls|"
    r"mountains?|hills?|avenue|street|road|boulevard|drive|lane|parkway|square|plaza|bridge|airport|station|"
    r"cent(?:er|re)|arena|stadium|coliseum)\b",
    re.IGNORECASE,
)


def article_focus(entries: Sequence[GazetteerEntry | None]) -> GazetteerEntry | None:
    """The article's own town: of the towns and counties it names in its leading first-level division (the
    one most of its town and county mentions lie in), the one it names most often (the first on a tie)."""
    local = [e for e in entries if e is not None and e.feature in _POINT_FEATURES and e.admin1]
    if not local:
        return None
    region = Counter(e.admin1 for e in local).most_common(1)[0][0]
    return Counter(e for e in local if e.admin1 == region).most_common(1)[0][0]


def _at_focus(written: str, name: str, entry: GazetteerEntry | None, focus: GazetteerEntry) -> GazetteerEntry | None:
    """A local feature the gazetteer lacks ("the Kishwaukee River", "Coffman Park") stands at the article's own
    town, as does one whose town of the same name lies outside the article's division ("Hopkins Park" is no
    park in Hopkins, Minnesota, in a story about DeKalb, Illinois) or a village of that name far from it (nor is it
    the village of Hopkins Park, Illinois): feature ``local``. Other names keep theirs."""
    if not _LOCAL_FEATURE.search(written):
        return entry
    stripped = entry is not None and name != written and entry.feature in _POINT_FEATURES
    far_village = (
        entry is not None
        and entry.feature == "city"
        and entry.population < VILLAGE_POPULATION
        and _distance_km(entry, focus) > NEAR_KM
    )
    if entry is not None and not (stripped and entry.admin1 != focus.admin1) and not far_village:
        return entry
    return GazetteerEntry(written, focus.country, focus.lat, focus.lon, "local", 0, None, focus.admin1)


#: A house number before a name and a street's kind after it: "333 Victoria St.", "508 Cumberland Street" (not a
#: year: "in 1990 Victoria St. was renamed").
_HOUSE_NUMBER = re.compile(r"(?<![\w,.])(?<!\b[Ii]n )\d{1,5}[A-Za-z]?\s+$")
_STREET_KIND = re.compile(r"\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway)(?![\w-])")


def _street_at(text: str, span: tuple[int, int], focus: GazetteerEntry) -> GazetteerEntry | None:
    """A name written as a street address ("at 333 Victoria St.") is a street of the article's own town, not the
    town it is named after: feature ``local`` at the focus. None for any other name."""
    start, end = span
    street = _STREET_KIND.match(text, end)
    if street is None or not _HOUSE_NUMBER.search(text, max(0, start - 8), start):
        return None
    name = text[start : street.end()].strip()
    return GazetteerEntry(name, focus.country, focus.lat, focus.lon, "local", 0, None, focus.admin1)


def _swapped_state(before: GazetteerEntry | None, after: GazetteerEntry | None) -> bool:
    """Whether a name's reading moved to another first-level division of the same country between two rounds."""
    return (
        before is not None and after is not None and before.country == after.country and before.admin1 != after.admin1
    )


#: Rounds of reading each name with the others' readings as context.
CONTEXT_ROUNDS = 2


def _in_context(
    context: _Context,
    votes: dict[str, GazetteerEntry | None],
    also: dict[str, GazetteerEntry | None] | None = None,
) -> list[GazetteerEntry | None]:
    """Each name resolved with the countries and divisions the other names were read as (``votes``, and
    ``also`` where a name was read otherwise there); the context's muted names do not vote."""
    toponyms = context.toponyms
    text, spans, names, gaz = toponyms.text, toponyms.spans, toponyms.names, toponyms.gaz
    tally = _count_votes(toponyms.keys, votes, also or {}, context.mute)
    resolved: list[GazetteerEntry | None] = []
    memo: dict[tuple[str, int], GazetteerEntry | None] = {}
    for index, (name, key, span) in enumerate(zip(names, toponyms.keys, spans, strict=True)):
        if not name:
            resolved.append(None)
            continue
        outer = _outer(text, spans, names, index, gaz)
        if outer is not None:
            resolved.append(outer)
            continue
        within = _container(text, span[1], gaz)
        memo_key = (key, id(within))
        if memo_key not in memo:
            memo[memo_key] = _resolve_with_votes(context, tally, name, key, within)
        entry = _in_its_container(memo[memo_key], within) or _in_its_lone_state(text, span[1], within, gaz)
        resolved.append(_like_its_peer(entry, name, _peer(toponyms, votes, index), gaz))
    return resolved


@dataclasses.dataclass(frozen=True)
class _Votes:
    """The countries and first-level divisions the names were read as, in all and name by name: a name is read
    with the others' votes only, since every "Georgia" read as the country must not vote for the country."""

    countries: Counter[str]
    regions: Counter[str]
    countries_by_key: dict[str, Counter[str]]
    regions_by_key: dict[str, Counter[str]]

    def countries_besides(self, key: str) -> Counter[str]:
        """The countries every name but ``key``'s mentions was read in."""
        return self.countries - self.countries_by_key.get(key, Counter())

    def regions_besides(self, key: str) -> Counter[str]:
        """The first-level divisions every name but ``key``'s mentions was read in."""
        return self.regions - self.regions_by_key.get(key, Counter())


def _count_votes(
    keys: Sequence[str],
    votes: dict[str, GazetteerEntry | None],
    also: dict[str, GazetteerEntry | None],
    mute: frozenset[str],
) -> _Votes:
    """The votes of each mention of a name for the country and division it was read in (``votes``), and for the
    ones ``also`` reads it in where they differ; muted names and empty keys cast none."""
    tally = _Votes(Counter(), Counter(), {}, {})
    for key in keys:
        if key in mute or not key:
            continue
        for entry in {votes.get(key), also.get(key)}:
            if entry is None:
                continue
            if entry.country:
                tally.countries[entry.country] += 1
                tally.countries_by_key.setdefault(key, Counter())[entry.country] += 1
            if entry.admin1:
                tally.regions[entry.admin1] += 1
                tally.regions_by_key.setdefault(key, Counter())[entry.admin1] += 1
    return tally


def _resolve_with_votes(
    context: _Context, tally: _Votes, name: str, key: str, within: GazetteerEntry | None
) -> GazetteerEntry | None:
    """One name resolved in the countries and divisions that lead the other names' votes, with the countries of
    the article's actors, the container written after it (``within``), its neighbours and the feed's home."""
    others = tally.countries_besides(key)
    top = max(others.values(), default=0)
    placed = {c for c, n in others.items() if n >= top * COUNTRY_SHARE}
    held = tally.regions_besides(key)
    most = max(held.values(), default=0)
    regions = {r for r, n in held.items() if n >= most * REGION_SHARE}
    gaz = context.toponyms.gaz
    # Actors get their country from the very name ("Georgia" -> GEO, then "he" -> GEO; "Matt Birch of
    # Paris" -> FRA): a country called this, or whose capital is, counts as context only when the
    # article's other places are in it.
    own = gaz.countries_named(name) - placed
    countries = (_actor_countries(context.toponyms.text, context.actors, name) - own) | placed
    return gaz.resolve(
        name, countries, context_admin1=regions, within=within, neighbours=context.neighbours, home=context.home
    )


def _in_its_container(entry: GazetteerEntry | None, within: GazetteerEntry | None) -> GazetteerEntry | None:
    """A town the gazetteer lacks in the state written after it ("Grantville, Pennsylvania") is somewhere in
    that state: the state, not a namesake in another state of that country. A name that is itself a state or
    country keeps its reading, as does a town of another country ("Moscow, Kiev, Minsk": a list)."""
    if entry is None or within is None or within.feature != "admin1" or entry.feature not in _POINT_FEATURES:
        return entry
    return within if entry.country == within.country and not contains(within, entry) else entry


def _in_its_lone_state(text: str, end: int, within: GazetteerEntry | None, gaz: Gazetteer) -> GazetteerEntry | None:
    """A name no gazetteer entry bears, with a state written after it, is somewhere in that state: "Camp Murray,
    Wash." is in Washington. Only when the state's name ends the capitalised words after the comma: in "Russian,
    North Ossetian, South Ossetian" the words are a list, and "South" no state of Cameroon."""
    if within is None or within.feature != "admin1":
        return None
    found = _container_span(text, end, gaz)
    return within if found is not None and not _runs_on(text, found[2]) else None


def _as_written_in_full(toponyms: _Toponyms, resolved: list[GazetteerEntry | None]) -> list[GazetteerEntry | None]:
    """Every mention of a town read as its mention with a state or country after it: "Springfield, Ill." makes
    the article's later "Springfield" the one in Illinois too."""
    text, spans, keys, gaz = toponyms.text, toponyms.spans, toponyms.keys, toponyms.gaz
    anchored: dict[str, GazetteerEntry] = {}
    for (_, end), key, entry in zip(spans, keys, resolved, strict=True):
        within = _container(text, end, gaz) if entry is not None and key not in anchored else None
        if within is not None and entry is not None and (entry is within or contains(within, entry)):
            anchored[key] = entry
    if not anchored:
        return resolved
    return [
        anchored[key] if key in anchored and (entry is None or entry.feature in _POINT_FEATURES) else entry
        for key, entry in zip(keys, resolved, strict=True)
    ]


@functools.lru_cache(maxsize=1)
def _teams() -> dict[str, tuple[re.Pattern[str], str]]:
    """Place key -> (a pattern of the professional teams' names that follow it, their country), from
    ``data/teams.tsv``."""
    names: dict[str, list[str]] = {}
    countries: dict[str, str] = {}
    for row in read_tsv("teams.tsv"):
        key = row["place"].casefold()
        names.setdefault(key, []).append(re.escape(row["team"]))
        countries[key] = row["country"]
    return {
        key: (re.compile(r"\s+(?:" + "|".join(sorted(teams, key=len, reverse=True)) + r")\b"), countries[key])
        for key, teams in names.items()
    }


def team_home(text: str, end: int, name: str, gaz: Gazetteer) -> GazetteerEntry | None:
    """The home of the professional team whose name follows the place name ``name`` ending at ``end`` ("the
    Portland Trail Blazers", "Houston Rockets"): the largest city of that name in the team's country; None
    when no team's name follows."""
    team = _teams().get(name.casefold())
    if team is None or not team[0].match(text, end):
        return None
    cities = [e for e in gaz.candidates(name) if e.feature == "city" and e.country == team[1]]
    return max(cities, key=lambda e: e.population, default=None)


def _as_a_teams_home(toponyms: _Toponyms, resolved: list[GazetteerEntry | None]) -> list[GazetteerEntry | None]:
    """Every mention of a town read as its mention before its professional team's name: an article naming "the
    Portland Trail Blazers" plays "against Portland", Oregon, though Houston, Dallas and San Antonio lie in Texas
    beside a smaller Portland. Pro teams play in their country's big cities; a state or country keeps its reading."""
    keys = toponyms.keys
    homes: dict[str, GazetteerEntry] = {}
    for (_, end), name, key in zip(toponyms.spans, toponyms.names, keys, strict=True):
        if name and key not in homes:
            home = team_home(toponyms.text, end, name, toponyms.gaz)
            if home is not None:
                homes[key] = home
    if not homes:
        return resolved
    return [
        homes[key] if key in homes and (entry is None or entry.feature in _POINT_FEATURES) else entry
        for key, entry in zip(keys, resolved, strict=True)
    ]


#: The words of an international agreement or body called after the city where it was made or sits: "the Venice
#: Commission", "the Minsk agreements", "the Vienna Convention" (not "Convention Center").
_ACCORD = re.compile(
    r"\s+(?:accords?|agreements?|conventions?(?!\s+(?:cent(?:er|re)|hall|and|&|bureau))|protocols?|treat(?:y|ies)|"
    r"declaration|statute|memorandum|commission|consensus|format|charter)\b",
    re.IGNORECASE,
)


def _as_an_accords_city(
    text: str, span: tuple[int, int], name: str, entry: GazetteerEntry | None, gaz: Gazetteer
) -> GazetteerEntry | None:
    """A town read in the article's country for a name that opens an agreement's or a body's name ("the Venice
    Commission" in a story about Ukraine and the U.S.) is the place the name means with no context when that lies in
    another country: such names are the famous cities of diplomacy, not a namesake at home. A commission or
    treaty of the article's own country ("the DeKalb County Commission", "the Springfield Commission") keeps its
    reading."""
    if entry is None or entry.feature not in _POINT_FEATURES or not name or not _ACCORD.match(text, span[1]):
        return entry
    famous = gaz.resolve(name)
    return famous if famous is not None and famous.country != entry.country else entry


#: "Oregon and Washington", "Georgia, Russia": names of one kind listed together.
_LISTED = re.compile(r"\s*(?:,|and|or|&|,\s*and)\s*")
_PEER_FEATURES = ("admin1", "country")


def _peer(toponyms: _Toponyms, votes: dict[str, GazetteerEntry | None], index: int) -> GazetteerEntry | None:
    """The state, country or national capital read for a name listed right before or after this one ("Oregon and
    Washington", "Washington and Moscow")."""
    text, spans, keys, gaz = toponyms.text, toponyms.spans, toponyms.keys, toponyms.gaz
    for other in (index - 1, index + 1):
        if not 0 <= other < len(spans) or keys[other] == keys[index]:
            continue
        first, second = sorted((index, other))
        entry = votes.get(keys[other])
        if (
            entry is not None
            and _LISTED.fullmatch(text, spans[first][1], spans[second][0])
            # the regex first: the capitals' gazetteer lookup only for names listed together
            and (entry.feature in _PEER_FEATURES or entry in gaz.capitals_named(toponyms.names[other]))
        ):
            return entry
    return None


def _like_its_peer(
    entry: GazetteerEntry | None, name: str, peer: GazetteerEntry | None, gaz: Gazetteer
) -> GazetteerEntry | None:
    """A name listed with a state is a state of that country, one listed with a country a country, one listed with
    another country's capital a capital, when it can be: "Oregon and Washington" is the state, "the war in Georgia
    and Ukraine" the country, "Washington and Moscow" the two governments' seats (not Washington, England)."""
    if entry is None or peer is None:
        return entry
    if peer.feature not in _PEER_FEATURES:
        # Capitals paired stand for their governments: the capital of that name in another country, when it is the
        # larger place. A town of the capital's own country is no government ("Kingston and Ottawa" are two Ontario
        # cities, not Jamaica's), nor is a city larger than the capital ("Victoria and London" in a BC story).
        seats = [e for e in gaz.capitals_named(name) if e.country != peer.country and e.population > entry.population]
        return entry if not seats or entry in seats or entry.country == peer.country else seats[0]
    if entry.feature == peer.feature:
        return entry
    same = [
        e
        for e in gaz.primary_candidates(name)
        if e.feature == peer.feature and (peer.feature == "country" or e.country == peer.country)
    ]
    return same[0] if same else entry


#: A country the article's other places name at least this share as often as its leading country is context;
#: one "U.S." in a story about Brazil does not make "Geneva" a town in Illinois.
COUNTRY_SHARE = 1 / 3
#: Likewise a first-level division: a small town's namesake read in Illinois ("Petersburg") among a dozen
#: Kentucky places makes no Illinois story of it.
REGION_SHARE = 1 / 4

_COMMA = re.compile(r"\s*,\s*")
_DIVISIONS = ("country", "admin1", "admin2")


def _outer(
    text: str, spans: Sequence[tuple[int, int]], names: Sequence[str], index: int, gaz: Gazetteer
) -> GazetteerEntry | None:
    """The division or country a name stands for when it follows another place and a comma: "Tacoma,
    Washington" is the state, "Croft, North Yorkshire" the county; None when it does not follow one."""
    if index == 0 or not names[index - 1] or not _COMMA.fullmatch(text, spans[index - 1][1], spans[index][0]):
        return None
    inner = [e for e in gaz.candidates(names[index - 1]) if e.feature in ("city", "admin2")]
    for outer in gaz.candidates(names[index]):
        if outer.feature in _DIVISIONS and any(_holds(outer, e) for e in inner if e is not outer):
            return outer
    return None


def _holds(outer: GazetteerEntry, place: GazetteerEntry) -> bool:
    """Whether a country or division holds a place; a county, which has no code of its own here, when near."""
    if outer.feature == "admin2":
        return outer.country == place.country and _distance_km(outer, place) <= NEAR_KM
    return contains(outer, place)


#: Two namesakes this close support each other: a town and the county around it, two neighbouring towns.
NEAR_KM = 80.0
#: Candidates of one name looked at for neighbours: the most populous first ("Jackson" has dozens).
_MAX_NEIGHBOUR_CANDIDATES = 60
_POINT_FEATURES = frozenset({"city", "admin2"})
Cell = tuple[int, int]


def neighbour_support(names_by_key: dict[str, str], gaz: Gazetteer) -> dict[GazetteerEntry, int]:
    """For each town or county candidate of an article's names: how many of its other names have a
    namesake within ``NEAR_KM`` of it. Local news names places that lie together ("Athens" and
    "Henderson County" are both in Texas); a name whose words hold another's ("Henderson",
    "Henderson County") proves nothing, nor does a big city (``BIG_CITY``) near a small town. A one-word name's
    namesakes include the counties called after it ("Oxford" -> Oxford County, Ontario)."""
    cells: dict[str, dict[Cell, list[GazetteerEntry]]] = {}
    for key, name in names_by_key.items():
        grid = _namesakes_by_cell(name, gaz) if key else {}
        if grid:
            cells[key] = grid
    support: dict[GazetteerEntry, int] = {}
    # What each name offers as a neighbour: its namesakes but the big cities, which stories name in passing and which
    # lie near countless small towns (New York City named in a Missouri story is no vote for Springfield, New Jersey),
    # and towns too small to be read for the name (a dateline's ATLANTA is no vote for towns near Atlanta, Illinois).
    offered = {key: _offered(grid) for key, grid in cells.items()}
    words = {key: frozenset(key.split()) for key in cells}
    for key, grid in cells.items():
        others = [k for k in cells if k != key and not (words[k] <= words[key] or words[key] <= words[k])]
        for entries in grid.values():
            for entry in entries:
                count = sum(_has_near(entry, offered[other]) for other in others)
                if count:
                    support[entry] = count
    return support


def _namesakes_by_cell(name: str, gaz: Gazetteer) -> dict[Cell, list[GazetteerEntry]]:
    """The towns and counties a name may be, by grid cell (none for a name that is a state or country)."""
    if any(e.feature not in _POINT_FEATURES for e in gaz.primary_candidates(name)):
        return {}  # "Florida" is the state, never the town in New York that shares its name
    points = [e for e in gaz.candidates(name) if e.feature in _POINT_FEATURES][:_MAX_NEIGHBOUR_CANDIDATES]
    if " " not in name:
        # "Oxford" in an Ontario story may be Oxford County: its namesake counties are neighbours too, so that
        # Woodstock, Ontario, is as well placed as Woodstock beside Oxford, England.
        points += [e for e in gaz.primary_candidates(name + " County") if e.feature == "admin2"]
    grid: dict[Cell, list[GazetteerEntry]] = {}
    for entry in points:
        grid.setdefault(_cell(entry), []).append(entry)
    return grid


#: A city this large is no neighbour of the towns around it (chosen on the dev split: 250,000 and 500,000 alike,
#: 1,000,000 and more keep a few wrong neighbours).
BIG_CITY = 500_000


def _offered(grid: dict[Cell, list[GazetteerEntry]]) -> dict[Cell, list[GazetteerEntry]]:
    """A name's namesakes that may be a neighbour of another name's: no big city (``BIG_CITY``), and no town
    ``NAMESAKE_RATIO`` times smaller than the largest town of the name in its country, which the resolver never
    reads for the name in a story about its state either."""
    largest: dict[str | None, int] = {}
    for entries in grid.values():
        for e in entries:
            if e.feature == "city":
                largest[e.country] = max(largest.get(e.country, 0), e.population)
    return {
        cell: [
            e
            for e in entries
            if e.feature != "city"
            or (e.population < BIG_CITY and not too_small_for_name(e.population, largest.get(e.country, 0)))
        ]
        for cell, entries in grid.items()
    }


def _cell(entry: GazetteerEntry) -> Cell:
    return math.floor(entry.lat), math.floor(entry.lon)


def _has_near(entry: GazetteerEntry, grid: dict[Cell, list[GazetteerEntry]]) -> bool:
    lat, lon = _cell(entry)
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for other in grid.get((lat + dlat, lon + dlon), ()):
                if _distance_km(entry, other) <= NEAR_KM:
                    return True
    return False


def _distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


#: "North Texas", "North West England", "Oaxaca State", "Jackson Township": a direction before or a kind of
#: place after a name the gazetteer lacks as written; the bare name stands for it (two-word directions first).
_DIRECTION = re.compile(
    r"^(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|"
    r"north|south|east|west|northern|southern|eastern|western|central|upper|lower)\s+(?=[A-Z])"
    r"|^[NSEW]\.\s*(?=[A-Z][a-z])",  # "W. Columbia", never "N.Y."
    re.IGNORECASE,
)
_KIND = re.compile(
    r"\s+(?:state|province|region|district|governorate|prefecture|village|town|city|township|twp\.?)$", re.IGNORECASE
)


def lookup_name(surface: str, gazetteer: Gazetteer | None = None) -> str:
    """The name the stage looks up for a toponym as written: "the Gulf's" -> "Gulf", "North Texas" -> "Texas"."""
    return _known_form(place_name(surface), gazetteer or get_gazetteer())


def _known_form(name: str, gaz: Gazetteer) -> str:
    """The name as written when the gazetteer knows it, else without a leading direction or trailing kind."""
    if not name or gaz.candidates(name):
        return name
    both = _KIND.sub("", _DIRECTION.sub("", name)).strip()
    for bare in (_DIRECTION.sub("", name).strip(), _KIND.sub("", name).strip(), both):
        if bare != name and bare and gaz.candidates(bare):
            return bare
    # "the Province of Ontario", "the Battle of Richmond": the place after the last "of".
    _, of, tail = name.rpartition(" of ")
    if of and _plausible_name(tail) and _is_sure_place(tail, gaz):
        return tail
    # A facility named after its town ("Colchester General Hospital", "Dulles International Airport") stands
    # at that town: the leading words, if a country, division or city of 15,000+. A street may lead to the town
    # it is named after ("Lancaster Avenue" in Richmond, Kentucky), but one named after a state or country is
    # seldom in it ("Washington Drive" in Arlington, Texas; "Georgia Avenue" in Washington).
    words = name.split()
    street = _STREET.search(name) is not None
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if _plausible_name(head) and _is_sure_place(head, gaz) and not (street and _is_area(head, gaz)):
            return head
    # Else a town of 1,000+ people before what stands in it ("Fort Mill High School"), read in context like
    # any other name; not before another name ("Sams Crossing").
    for size in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:size]), words[size:]
        facility = all(w.islower() or w.casefold() in _FACILITY_WORDS for w in rest)
        if facility and _plausible_name(head) and gaz.candidates(head):
            return head
    return name


_STREET = re.compile(r"\s(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway)$")

#: Words of what stands in a town and takes its name: "Fort Mill High School", "Gainesville City Elections".
_FACILITY_WORDS = frozenset(
    [
        "school",
        "schools",
        "high",
        "middle",
        "elementary",
        "academy",
        "college",
        "university",
        "hospital",
        "medical",
        "airport",
        "police",
        "department",
        "council",
        "city",
        "county",
        "township",
        "elections",
        "election",
        "library",
        "park",
        "station",
        "center",
        "centre",
        "hall",
        "church",
        "court",
        "courthouse",
        "mall",
        "post",
        "office",
        "fire",
        "board",
        "commission",
        "district",
        "chamber",
        "commerce",
        "museum",
        "stadium",
        "arena",
        "jail",
        "prison",
        "library",
        "public",
        "area",
        "region",
        "metro",
    ]
)


def _actor_countries(text: str, actors: Sequence[tuple[int, int, str]], name: str) -> set[str]:
    """Countries of the article's actors, except those named after the toponym itself: "Georgia",
    "Georgians", "Georgia Tech" must not vote for the country Georgia."""
    key = name.casefold()
    # "Paris police": the police are French only because of the name just before them.
    return {country for start, end, country in actors if key not in text[max(0, start - len(key) - 2) : end].casefold()}


_CONTAINER = re.compile(r",\s*((?:[A-Z][\w.]*\.?)(?:\s+[A-Z][\w.]*\.?){0,2})")


def _container(text: str, end: int, gaz: Gazetteer) -> GazetteerEntry | None:
    """The country or state named right after a toponym and a comma: "Maywood, N.J." -> New Jersey."""
    found = _container_span(text, end, gaz)
    return found[0] if found else None


def _container_span(text: str, end: int, gaz: Gazetteer) -> tuple[GazetteerEntry, int, int] | None:
    """The country or state named right after a toponym and a comma, with where its name stands."""
    match = _CONTAINER.match(text, end)
    if match is None:
        return None
    words = list(re.finditer(r"\S+", match.group(1)))
    # The longest run of capitalised words that names a division or a country: "Springfield, New York City" no.
    for size in range(len(words), 0, -1):
        name = place_name(" ".join(w.group() for w in words[:size]))
        # "Ohio." ends a sentence; "Ill." and "N.J." are abbreviations the gazetteer knows with their dot.
        bare = name.rstrip(".")
        last = words[size - 1]
        for entry, dot in [(e, True) for e in gaz.candidates(bare + ".")] + [(e, False) for e in gaz.candidates(bare)]:
            if entry.feature in ("admin1", "country"):
                # The span keeps an abbreviation's dot ("N.J.") but not a full stop ("Ohio.").
                stop = last.end() - (0 if dot else len(last.group()) - len(last.group().rstrip(".")))
                return entry, match.start(1), match.start(1) + stop
    return None


@dataclasses.dataclass(frozen=True)
class _Span:
    start: int
    end: int
    role: str | None = None  # set when the way it was found decides it: "modifier" for names inside names


def _candidate_spans(
    doc: Any,
    text: str,
    mentions: Sequence[EntityMention],
    excluded: Sequence[tuple[int, int]],
    datelines: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    in_context: Sequence[tuple[int, int]] = (),
) -> list[_Span]:
    """Toponym spans: country mentions, spaCy's place entities, place names spaCy labelled as
    people or organisations, names inside organisation names, upper-case datelines, and the towns
    of a text in one case named in a place context (``in_context``) that none of these took."""
    spans: list[_Span] = []
    nationalities = [(m.start, m.end) for m in mentions if m.label == "COUNTRY" and m.role not in ("name", "capital")]
    people = _person_spans(doc, mentions)
    for m in mentions:
        if m.label == "COUNTRY" and m.role in ("name", "capital") and not overlaps_any(m.start, m.end, excluded):
            if _opens_a_persons_name(text, m.start, m.end, people):
                continue  # "Chad Walker", "Jordan Dyer": a first name
            spans.append(_Span(m.start, m.end, "modifier" if _is_title_modifier(doc, m) else None))
    for ent in doc.ents:
        blocked = [*excluded, *nationalities, *((x.start, x.end) for x in spans)]
        if overlaps_any(ent.start_char, ent.end_char, blocked):
            continue  # already taken, or a nationality ("the North Koreans")
        if ent.label_ in _PLACE_LABELS:
            # "Paris" in "Paris Hilton"; "Ripley" after "Dan Ripley" unless it really is a sizeable place
            if _inside_longer(ent.start_char, ent.end_char, people):
                continue
            surname = len(ent) == 1 and _is_surname(doc, ent, people)
            if surname and not _is_famous_place(ent.text, gaz) and not _after_place_preposition(ent):
                continue
            spans.extend(_place_entity(ent))
        elif ent.label_ in _MISLABELS:
            spans.extend(_mislabelled(doc, ent, people, gaz))
    taken = [*excluded, *nationalities, *people, *((x.start, x.end) for x in spans)]
    spans.extend(_Span(start, end) for start, end in in_context if not overlaps_any(start, end, taken))
    spans = _whole_names(text, spans, [*excluded, *people], gaz)
    # A dateline is out of the body, but its place is where the story was filed.
    outside = [span for span in excluded if span not in datelines]
    blocked = [*outside, *((x.start, x.end) for x in spans)]
    spans.extend(x for x in _datelines(text, gaz) if not overlaps_any(x.start, x.end, blocked))
    spans.extend(_containers(text, spans, outside, gaz))
    spans.sort(key=lambda x: x.start)
    return spans


#: Words a place's name may run over: "Canal Winchester", "Newfoundland and Labrador", "Isle of Man".
_NAME_WORD = re.compile(r"[A-Z][a-z]{0,2}\.|[A-Z][\w'’\-]*|and|of|the|upon|on|de|del|la|le")
_NEXT_WORD = re.compile(r" (" + _NAME_WORD.pattern + r")(?![\w'’\-])([^\w\s]*)")
#: Kinds of place whose word ends a name: "Washington Township", "DeSoto Parish", "Kanawha River".
_KIND_WORD = re.compile(
    r"County|Parish|Township|Twp\.?|River|Creek|Lake|Valley|Islands?|Bay|Beach|Falls|Park|"
    r"Street|Avenue|Ave\.|Road|Drive|Boulevard|Blvd\.|Lane|Parkway"
)
#: How many words a name is looked for beyond each end of a span.
_MAX_EXTRA_WORDS = 3


def _whole_names(text: str, spans: Sequence[_Span], blocked: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[_Span]:
    """Each span widened to its whole name (``whole_name``); spans a wider one swallows are dropped."""
    wider = [_Span(*whole_name(text, span.start, span.end, gaz, blocked), span.role) for span in spans]
    kept = [x for x in wider if not _inside_longer(x.start, x.end, [(y.start, y.end) for y in wider])]
    return list(dict.fromkeys(kept))


def whole_name(
    text: str, start: int, end: int, gazetteer: Gazetteer | None = None, blocked: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The span of the longest gazetteer name that the words right around ``text[start:end]`` make with it
    ("Canal" -> "Canal Winchester", "Labrador" -> "Newfoundland and Labrador"), never reaching into
    ``blocked`` (people's names, non-body spans); the span itself when there is none."""
    gaz = gazetteer or get_gazetteer()
    before, after = _words_before(text, start), _words_after(text, end)
    options = [(left, right) for left in range(len(before) + 1) for right in range(len(after) + 1)]
    for left, right in sorted(options, key=lambda lr: -(lr[0] + lr[1]))[:-1]:
        wide_start = before[left - 1][0] if left else start
        wide_end = after[right - 1][1] if right else end
        name = text[wide_start:wide_end]
        if not (name[0].isupper() and name.split()[-1][0].isupper()) or (left and _LEADING_THE.match(name)):
            continue  # a name opens and ends with a capital: "Trinidad and Tobago", not "and Tobago" or "The Canal"
        grown = [(wide_start, start), (end, wide_end)]
        if any(lo < hi and overlaps_any(lo, hi, blocked) for lo, hi in grown):
            continue  # never into a person's name or a non-body span
        if right and _runs_on(text, wide_end) and not _is_feature(place_name(name), gaz):
            # A longer name runs on ("Dublin City Council", "Missouri Valley Blazers"): the place is less sure; a
            # region or water body is still itself ("Niger Delta Development Commission").
            continue
        if gaz.knows(place_name(name)):
            return wide_start, wide_end
    # "DeSoto Parish", "Kanawha River": a kind of place after the name belongs to it, known or not.
    kind_end = after[0][1] if after and _KIND_WORD.fullmatch(text[after[0][0] : after[0][1]]) else end
    if kind_end > end and not _runs_on(text, kind_end) and not overlaps_any(end, kind_end, blocked):
        return start, kind_end
    return start, end


def _is_feature(name: str, gaz: Gazetteer) -> bool:
    """Whether a name is a region or a water body (a delta, a gulf, a range), never a town's."""
    found = gaz.primary_candidates(name)
    return bool(found) and all(e.feature in ("region", "water") for e in found)


def _runs_on(text: str, end: int) -> bool:
    """Whether another capitalised word follows ``end``: the name goes on into a longer one."""
    return _NEXT_WORD.match(text, end) is not None and text[end + 1].isupper()


def _words_before(text: str, start: int) -> list[tuple[int, int]]:
    """Up to ``_MAX_EXTRA_WORDS`` name words right before ``start``, nearest first, as (start, end): one
    space apart, so a line break or punctuation ends the run."""
    words: list[tuple[int, int]] = []
    tokens = list(re.finditer(r"\S+", text[max(0, start - 80) : start]))
    offset = max(0, start - 80)
    at = start
    for token in reversed(tokens):
        if offset + token.end() != at - 1 or text[at - 1] != " " or not _NAME_WORD.fullmatch(token.group()):
            break
        words.append((offset + token.start(), offset + token.end()))
        at = offset + token.start()
        if len(words) == _MAX_EXTRA_WORDS:
            break
    return words


def _words_after(text: str, end: int) -> list[tuple[int, int]]:
    """Up to ``_MAX_EXTRA_WORDS`` name words right after ``end``, nearest first, as (start, end); a word
    followed by punctuation ("Winchester,") is the last."""
    words: list[tuple[int, int]] = []
    at = end
    while len(words) < _MAX_EXTRA_WORDS:
        match = _NEXT_WORD.match(text, at)
        if match is None:
            break
        words.append((match.start(1), match.end(1)))
        at = match.end(1)
        if match.group(2):
            break
    return words


def _containers(text: str, found: Sequence[_Span], excluded: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[_Span]:
    """The state or country written after a place and a comma, which spaCy often leaves out: "Wausau, Wis."."""
    taken = [*excluded, *((x.start, x.end) for x in found)]
    more = []
    for span in found:
        outer = _container_span(text, span.end, gaz)
        if outer is not None and not overlaps_any(outer[1], outer[2], taken):
            more.append(_Span(outer[1], outer[2]))
            taken.append((outer[1], outer[2]))
    return more


#: spaCy labels that small models often put on a place: "Tamil Nadu" PERSON, "Columbia" ORG, "Sochi" NORP.
_MISLABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
#: Features specific enough to take from a name spaCy did not label a place.
_SURE_FEATURES = {"country", "continent", "region", "water", "admin1", "admin2"}
#: A city this large is meant when its name stands alone; smaller namesakes are too often people.
_SURE_CITY_POPULATION = 15000


def _place_entity(ent: Any) -> list[_Span]:
    text = _LEADING_THE.sub("", ent.text).strip()
    if not text or not text[0].isupper():
        return []
    return [_Span(ent.start_char, ent.start_char + len(ent.text.rstrip()))]


def _person_spans(doc: Any, mentions: Sequence[EntityMention]) -> list[tuple[int, int]]:
    """People: the persons the lexicon knows, persons of several words and spaCy's multi-word PERSON names.

    A lone word spaCy took for a person is left out: it proves nothing about the same word elsewhere."""
    spans = [(m.start, m.end) for m in mentions if _is_person(m)]
    spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    return spans


def _opens_a_persons_name(text: str, start: int, end: int, people: Sequence[tuple[int, int]]) -> bool:
    """Whether a name is the first word of a person's name ("Chad Walker"), not of "Abuja Chamber" or "Victoria St."."""
    for s, e in people:
        rest = text[end:e].split()
        if s != start or not rest or not all(w[:1].isupper() for w in rest):
            continue
        if not _not_a_name([w.casefold() for w in text[s:e].split()]):
            return True
    return False


def _is_person(mention: EntityMention) -> bool:
    actor = mention.actor
    if actor is None or actor.kind != "person":
        return False
    # The lexicon's people have a sector; a lone word spaCy took for a person ("Gainesville") has none.
    return actor.sector is not None or len(mention.text.split()) > 1


def _inside_longer(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


#: A city this large keeps its name's reading as a place even where a person in the article bears it.
_FAMOUS_CITY_POPULATION = 100000


def _is_famous_place(name: str, gaz: Gazetteer) -> bool:
    """ "Jordan" after "Michael Jordan" is still the country; "Ripley" after "Darren Ripley" is the coach."""
    return _is_area(name, gaz) or any(e.population >= _FAMOUS_CITY_POPULATION for e in gaz.primary_candidates(name))


def _is_sure_place(name: str, gaz: Gazetteer) -> bool:
    """Whether a name is a place even where spaCy said otherwise: a country, division, region or real city."""
    return any(
        e.feature in _SURE_FEATURES or e.population >= _SURE_CITY_POPULATION for e in gaz.primary_candidates(name)
    )


def _mislabelled(doc: Any, ent: Any, people: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[_Span]:
    """A place name spaCy labelled otherwise ("Alexandria" PERSON), or one inside an organisation name."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if not tokens or _inside_longer(ent.start_char, ent.end_char, people):
        return []
    whole = place_name(text_of(doc)[tokens[0].idx : ent.end_char])
    # A name spaCy took for a person or a people counts only where the sentence treats it as a place.
    # A state or country of several words is never a person's name ("Tamil Nadu" PERSON); one word may be ("Jordan").
    area = _is_area(whole, gaz)
    needs_context = (ent.label_ in ("PERSON", "NORP") and not (area and len(tokens) > 1)) or (
        len(tokens) == 1 and not area
    )
    sure = whole and _plausible_name(whole) and _is_sure_place(whole, gaz) and not _is_surname(doc, ent, people)
    if sure and (not needs_context or _in_place_context(ent)):
        return [_Span(tokens[0].idx, ent.end_char)]
    if ent.label_ not in ("ORG", "FAC"):
        return []
    return _embedded(doc, tokens, gaz)


#: Words that open many organisation names and are also, somewhere, the name of a town.
_GENERIC = frozenset(
    [
        "university",
        "central",
        "federal",
        "national",
        "general",
        "metro",
        "union",
        "city",
        "county",
        "state",
        "capitol",
        "hall",
        "centre",
        "center",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "delta",
        "titan",
        "victory",
        "liberty",
        "independence",
        "republic",
        "royal",
        "united",
        "american",
        "international",
    ]
)
#: Before a place: "in Alexandria", "from Gainesville"; after one: "Alexandria police", "an Alexandria man".
_PLACE_PREPS = frozenset(
    ["in", "at", "near", "from", "to", "of", "outside", "inside", "around", "across", "throughout"]
)
_PLACE_NOUNS = frozenset(
    [
        "police",
        "area",
        "man",
        "woman",
        "men",
        "women",
        "resident",
        "residents",
        "city",
        "county",
        "town",
        "council",
        "mayor",
        "officials",
        "school",
        "schools",
        "native",
        "neighborhood",
        "neighbourhood",
        "township",
        "village",
        "suburb",
        "airport",
    ]
)


def _plausible_name(name: str) -> bool:
    """A capitalised name that is neither an acronym of four letters or fewer ("DAC") nor a generic word."""
    letters = name.replace(".", "").replace(" ", "")
    if not name[0].isupper() or (letters.isupper() and len(letters) <= 4):
        return False
    return name.casefold() not in _GENERIC


def _in_place_context(ent: Any) -> bool:
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return before in _PLACE_PREPS or after in _PLACE_NOUNS or after == ","


#: Prepositions that put even a person's surname in place: "in Erie", "near Sharon".
_STRICT_PLACE_PREPS = frozenset(["in", "at", "near", "outside", "inside", "around", "across", "throughout"])


def _after_place_preposition(ent: Any) -> bool:
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    possessive = ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s", "'", "’")
    return before in _STRICT_PLACE_PREPS and not possessive


#: A first-level division closing an organisation's name is a state or province of this many people, not a parish
#: whose name is a word ("Forest", "North Side").
_STATE_POPULATION = 100_000


def _is_state_or_country(name: str, gaz: Gazetteer) -> bool:
    """Whether a name is, by its own name or a listed abbreviation, a country or a sizeable first-level division:
    "Canada", "Ontario", "BC"; not "Act" (an alternate name of the Australian Capital Territory)."""
    abbreviation = name in division_abbreviations()
    return any(
        (e.feature == "country" or (e.feature == "admin1" and e.population >= _STATE_POPULATION))
        and (abbreviation or name.casefold() == e.name.casefold())
        for e in gaz.primary_candidates(name)
    )


def _is_area(name: str, gaz: Gazetteer) -> bool:
    """Whether a name is a country, state or larger area: "Ohio" is a place even in "Ohio beat Iowa"."""
    return any(e.feature in ("country", "continent", "region", "admin1") for e in gaz.primary_candidates(name))


def _is_surname(doc: Any, ent: Any, people: Sequence[tuple[int, int]]) -> bool:
    """ "Jordan" after "Michael Jordan": a word of a longer person's name elsewhere in the article.

    A "name" that ends in what a place has proves nothing ("Alexandria Police", "Alexandria Commonwealth's")."""
    word = ent.text.casefold()
    for start, end in people:
        words = text_of(doc)[start:end].casefold().split()
        if word in words and not _not_a_name(words):
            return True
    return False


def _not_a_name(words: Sequence[str]) -> bool:
    """ "Alexandria Police", "Erie GM", "Avondale Mayor": a place and what it has, taken for a person's name."""
    for raw in words[1:]:
        word = _POSSESSIVE.sub("", raw).rstrip(".")
        if word in _PLACE_NOUNS or word in _FACILITY_WORDS or word in _PLACE_TAILS or word in _TITLES:
            return True
    return False


#: Titles spaCy folds into a person's name after a place: "Erie GM", "Avondale Mayor", "Cookville Fire Chief".
_TITLES = frozenset(["gm", "ceo", "mayor", "chief", "coach", "president", "governor", "director", "manager", "estates"])


#: Last words of what spaCy takes for a person's name but is a place's institution: "Alexandria Commonwealth's".
_PLACE_TAILS = frozenset(
    [
        "commonwealth",
        "board",
        "office",
        "sheriff",
        "court",
        "fire",
        "library",
        "chamber",
        "st",
        "street",
        "avenue",
        "road",
    ]
)


def _embedded(doc: Any, tokens: Sequence[Any], gaz: Gazetteer) -> list[_Span]:
    """Place names that open an organisation's name or follow its "of": "Ohio State University",
    "University of Texas" -> Ohio, Texas (never the event's location: role "modifier"); the words right before
    the "of" are the body's kind ("Bank of Nova Scotia": no town called Bank)."""
    starts = [0] + [i + 1 for i, t in enumerate(tokens[:-1]) if t.lower_ == "of"]
    found = []
    for first in starts:
        # Never the whole name: a one-word organisation ("Lincoln", "Hughes") is no place inside a name.
        for size in range(min(3, len(tokens) - first - (first == 0)), 0, -1):
            run = tokens[first : first + size]
            if not all(t.text[:1].isupper() for t in run):
                continue
            if first == 0 and first + size < len(tokens) and tokens[first + size].lower_ == "of":
                continue  # "the Bank of Nova Scotia": the words before "of" say what the body is, not where
            name = place_name(text_of(doc)[run[0].idx : run[-1].idx + len(run[-1].text)])
            glued = run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].text in ("-", "&") and not run[-1].whitespace_
            if name and not glued and _plausible_name(name) and _is_sure_place(name, gaz):
                found.append(_Span(run[0].idx, run[-1].idx + len(run[-1].text), "modifier"))
                break
    # A state, province or country closing the name: "Transport Canada", "FrontCounter BC" (an abbreviation only
    # when it is a province's or state's: "Small Business BC"), never a town ("Wells Fargo").
    taken = [(x.start, x.end) for x in found]
    for size in range(min(3, len(tokens) - 1), 0, -1):
        run = tokens[len(tokens) - size :]
        if not all(t.text[:1].isupper() for t in run) or (run[0].i > 0 and doc[run[0].i - 1].text in ("-", "&")):
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        name = place_name(text_of(doc)[start:end])
        plausible = _plausible_name(name) or name in division_abbreviations()
        if name and plausible and _is_state_or_country(name, gaz) and not overlaps_any(start, end, taken):
            found.append(_Span(start, end, "modifier"))
            break
    return found


#: A word of an upper-case dateline, with the lower-case name prefix AP keeps there: "McALLEN", "DeKALB", "LaGRANGE".
_CAPS_WORD = r"(?:Ma?c|De|Di|Du|La|Le)?[A-Z][A-Z.'\-]+"
#: "COLUMBUS, Ohio -" or "BEIRUT (AP) -": an upper-case place at the start of a line.
_DATELINE = re.compile(rf"(?m)^[ \t]*({_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}})(?=\s*(?:,|\(|—|–|-|:))")


#: "Headline here. MINNEAPOLIS -- A federal judge": a dateline right after a headline run into the body's line.
_RUN_IN_DATELINE = re.compile(
    rf"[.!?\"”]\s+({_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}})"
    r"(?=(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*"
    r"(?:\((?:AP|Reuters|AFP|UPI)\)\s*)?(?:--|—|–|-)\s)"
)
#: How far into the text a run-in dateline is looked for.
_RUN_IN_REACH = 400


def _datelines(text: str, gaz: Gazetteer) -> list[_Span]:
    """Upper-case datelines opening a line ("COLUMBUS, Ohio -"; a country, division or city of 15,000+) and the
    one run in after a headline ("... sunk in lake. HUDSON -- Officials"; any known place, villages too)."""
    spans = []
    for match in _DATELINE.finditer(text):
        name = match.group(1).title()
        if len(name) > 2 and (gaz.primary_candidates(_known_form(name, gaz)) or _unlisted_dateline(text, match, gaz)):
            spans.append(_Span(match.start(1), match.end(1), "literal"))
    run_in = _RUN_IN_DATELINE.search(text, 0, _RUN_IN_REACH)
    if run_in is not None and len(run_in.group(1)) > 2 and gaz.knows(_known_form(run_in.group(1).title(), gaz)):
        spans.append(_Span(run_in.start(1), run_in.end(1), "literal"))
    return spans


#: The first word of a place named for a feature: a base, fort, mountain, port or lake ("CAMP MURRAY", "FORT HOOD").
_FEATURE_FIRST = re.compile(r"(?:CAMP|FORT|FT\.|MOUNT|MT\.|PORT|LAKE|CAPE|JOINT BASE)\s(?!.*\b(?:OF|THE|AND|FOR)\b)")
#: What closes a dateline's place when no state follows it: an agency or a dash ("FORT HOOD (AP) —").
_DATELINE_CLOSE = re.compile(r"\s*(?:\([A-Za-z]{2,10}\)\s*)?(?:--|—|–|-)\s")


def _unlisted_dateline(text: str, match: re.Match[str], gaz: Gazetteer) -> bool:
    """An upper-case dateline place no primary gazetteer entry bears, a place all the same: one a state or country
    follows ("CAMP MURRAY, Wash. —": a base, a small town), or one named for a feature before an agency or dash."""
    if _container_span(text, match.end(1), gaz) is not None:
        return True
    return _FEATURE_FIRST.match(match.group(1)) is not None and _DATELINE_CLOSE.match(text, match.end(1)) is not None


def _is_title_modifier(doc: Any, mention: EntityMention) -> bool:
    """ "US" in "US Secretary of State": a nationality on a title, not a place."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (
        span is not None
        and span.root.dep_ in ("compound", "amod", "nmod")
        and span.root.head.pos_ in ("PROPN", "NOUN")
        and span.root.head.i > span.root.i
    )


def _role(doc: Any, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "literal"
    root = span.root
    if root.dep_ in _METONYM_DEPS:
        return "metonym"
    if root.dep_ == "pobj" and root.head.lower_ in (
        "by",
        "from",
        "with",
        "against",
        "on",
        "toward",
        "towards",
    ):
        return "metonym"
    return "literal"


def locate_events(doc: Any, events: Sequence[Event], places: Sequence[Place]) -> None:
    """An event's location: a literal place attached to its trigger by in/at/near/off (``location_how`` "attached"),
    else the town its sentence or an earlier one of its paragraph opens with as a scene ("In Vadodara, ...":
    ``eventwire.scenes``), else the town named last before "in the town" in its sentence or the two before ("referred
    back": :func:`eventwire.scenes.locate_by_reference`); none otherwise."""
    _locate_by_attachment(doc, events, places)
    locate_by_scene(doc, events, places)


def _locate_by_attachment(doc: Any, events: Sequence[Event], places: Sequence[Place]) -> None:
    for event in events:
        trigger_span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if trigger_span is None:
            continue
        trigger = trigger_span.root
        for index, place in enumerate(places):
            if place.role != "literal" or place.name is None:
                continue
            if not event.sentence.start <= place.start < event.sentence.end:
                continue
            prep = _attached_by_location_prep(doc, place, trigger)
            if prep is not None:
                event.location, event.location_how = index, "attached"
                event.explanation += f"; location: '{prep} {place.text}' attached to '{event.trigger.text}'"
                break


def _attached_by_location_prep(doc: Any, place: Place, trigger: Any) -> str | None:
    """The preposition ("in", "off") that hangs the place on the trigger or its object; None if none does."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    hops = 0
    while token.i != trigger.i and hops < 4:
        # "attacked a ship in the Red Sea": the place may hang on the trigger or on its object
        on_trigger = token.head.i == trigger.i or (token.head.dep_ == "dobj" and token.head.head.i == trigger.i)
        if token.dep_ == "prep" and token.lower_ in _LOCATION_PREPS and on_trigger:
            return str(token.text)
        if token.head.i == token.i:
            return None
        token, hops = token.head, hops + 1
    return None


#: Sectors that are domestic by nature: with no nationality of their own they belong to the
#: country where the event happens ("police in Minsk" are Belarusian police).
_DOMESTIC_SECTORS = {"COP", "OPP", "CVL", "REB", "GOV", "MIL", "JUD", "LEG", "PTY", "MED", "BUS", "EDU", "REL", "REF"}


#: How much one mention says about the article's country: a country word (name, adjective, capital) and a
#: town, district or state the geocoder placed count alike, each a place the story is about or someone from
#: there; a dateline's place is where the story was filed, which is most often where it happened.
_COUNTRY_WORD_WEIGHT = 1
_PLACE_WEIGHT = 1
_DATELINE_WEIGHT = 2


def story_country(
    entities: Sequence[EntityMention],
    text: str,
    places: Sequence[Place] = (),
    datelines: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The country an article is about: the one its country words (names, adjectives, capitals) and the
    places it names (towns, states the geocoder resolved; a dateline's counts double) point to more often
    than any other, if one does and the article names a country at all. A news outlet's home is not the
    story's, nor a backer's or a stance's ("Ugandan-backed rebels", "pro-Russian separatists": ``text`` is
    the article's, to read them), nor a family's descent ("a judge's Mexican heritage"); a place named as an
    actor ("Washington said") or already counted as a country word votes no more."""
    words = [
        (m.start, m.end, m.actor.country)
        for m in entities
        if m.label in ("COUNTRY", "ALIAS") and m.actor is not None and m.actor.country and m.role != "pronoun"
    ]
    votes: Counter[str] = Counter()
    for start, end, country in words:
        if not (takes_sides(text, start, end) or names_descent(text, start, end)):
            votes[country] += _COUNTRY_WORD_WEIGHT
    if not votes:
        # Towns alone settle no country: read from a bare name ("Punjab", lower-case "male") the geocoder may
        # pick the wrong one, and CAMEO's story country is one the article names.
        return None
    named, named_countries = _leader(votes), set(votes)
    spans = [(start, end) for start, end, _ in words]
    for place in places:
        if place.country is None or place.role != "literal" or overlaps_any(place.start, place.end, spans):
            continue
        filed = any(start <= place.start and place.end <= end for start, end in datelines)
        votes[place.country] += _DATELINE_WEIGHT if filed else _PLACE_WEIGHT
    # The towns may break a tie between the countries named, but where they outvote the country words the
    # story's country is in doubt (a visitor's nationality against the towns of the visit): none is given.
    leader = _leader(votes)
    return leader if leader == named or (named is None and leader in named_countries) else None


def _leader(votes: Counter[str]) -> str | None:
    """The country with more votes than any other; None on a tie or with none."""
    counts = votes.most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def localize_by_story_country(
    events: Sequence[Event],
    entities: Sequence[EntityMention],
    text: str,
    places: Sequence[Place] = (),
    datelines: Sequence[tuple[int, int]] = (),
) -> None:
    """Give the country-less domestic groups left after the event's place ("Police fired tear gas ... The
    opposition accused the government") the article's own country, as CAMEO codes domestic actors by the
    story, and so the named organisations the dictionaries place nowhere; refugees are usually from elsewhere,
    and a story of no one country gives none."""
    country = story_country(entities, text, places, datelines)
    if country is None:
        return
    _congress_mentions_as_party(entities, country)
    for event in events:
        _congress_as_party(event, country)
        _locate_domestic_groups(event, country, ", the article's country", _DOMESTIC_SECTORS - {"REF"})
        _locate_unknown_organisations(event, country, entities)


#: Sectors of bodies that act on their own country's people: a court tries, the police arrest and a legislature
#: summons those under their jurisdiction.
_JURISDICTION_SECTORS = frozenset({"JUD", "COP", "LEG"})
#: Lower-case particles inside personal names ("Khalid bin Mohamed", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "del", "der", "van", "von", "la", "le", "da", "di", "du"})


def localize_named_by_jurisdiction(events: Sequence[Event], entities: Sequence[EntityMention] = ()) -> None:
    """A name the actor stage could not resolve ("found Barbarin guilty", "a lawsuit ... against Thom", "demanded
    that Dbeibeh appear") is of the country whose court, police or legislature acts on it: the one that tries,
    arrests or summons someone has them under its jurisdiction; so is one sued in the one country's courts its
    sentence names ("filed a lawsuit in the United States Nevada District Court against Brandt"). A phrase
    that is no name stays unresolved."""
    for event in events:
        source, target = event.source, event.target
        if source is None or target is None or target.actor is not None or source.actor is None:
            continue
        if not _is_name(target.span.text):
            continue
        authority = source.actor if _has_jurisdiction(source.actor) else _court_of_sentence(event, entities)
        if authority is not None:
            target.actor = ActorRef(target.span.text, authority.country, None, "unknown")
            event.explanation += (
                f"; {target.span.text} placed in {authority.country} by {authority.name}'s jurisdiction"
            )


#: Trigger lemmas of a state releasing or jailing people: whoever it frees or jails was or is in its own custody.
_CUSTODY_VERBS = frozenset({"free", "release", "pardon", "jail", "imprison"})
#: Sectors of private people a state may hold.
_HELD_SECTORS = frozenset({"CVL", "CRM"})


def localize_held_by_state(events: Sequence[Event]) -> None:
    """People a state frees or jails with no country of their own are held in its custody, as a coder reads
    "Egypt freed 20 prisoners" (EGY), where the sentence's other countries leave the story's country undecided."""
    for event in events:
        source, target = event.source, event.target
        if source is None or target is None or source.actor is None or target.actor is None or target.unplaced:
            continue
        state, held = source.actor, target.actor
        if event.trigger_lemma not in _CUSTODY_VERBS:
            continue
        if state.kind != "country" or not state.country or state.members:
            continue
        if held.kind == "group" and not held.country and not held.members and held.sector in _HELD_SECTORS:
            target.actor = dataclasses.replace(held, country=state.country, name=f"{state.country} {held.name}")
            event.explanation += f"; {held.name} held by {state.name}"


def _has_jurisdiction(actor: ActorRef) -> bool:
    """One country's court, police or legislature, which has whom it acts on under its jurisdiction."""
    return not actor.members and bool(actor.country) and actor.sector in _JURISDICTION_SECTORS


def _court_of_sentence(event: Event, entities: Sequence[EntityMention]) -> ActorRef | None:
    """The court an event's sentence names, when its courts are all of one country (the case is heard there)."""
    courts = [
        m.actor
        for m in entities
        if m.actor is not None and m.actor.sector == "JUD" and m.actor.country and not m.actor.members
        if event.sentence.start <= m.start and m.end <= event.sentence.end and m.role != "pronoun"
    ]
    return courts[0] if courts and len({c.country for c in courts}) == 1 else None


def _is_name(text: str) -> bool:
    """A proper name of at most five words: each capitalised, or a name particle ("Khalid bin Mohamed")."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > 5 or words[0].lower() in _NAME_PARTICLES:
        return False
    return all((w[:1].isupper() and w[:1].isalpha()) or w.lower() in _NAME_PARTICLES for w in words)


def localize_domestic_actors(events: Sequence[Event], places: Sequence[Place]) -> None:
    """Give country-less domestic group actors the country of the event's location."""
    for event in events:
        if event.location is None or by_scene(event):  # a scene says where, not whose police
            continue
        country = places[event.location].country
        if country is not None:
            _locate_domestic_groups(event, country, " by the event's place", _DOMESTIC_SECTORS)


def _locate_unknown_organisations(event: Event, country: str, entities: Sequence[EntityMention]) -> None:
    """A named organisation the dictionaries place nowhere ("Milrem LCM OU", a company beside "Estonian" bodies)
    is of the article's country, as CAMEO codes it; an armed group of no country stays transnational (IMG), an
    international body (IGO, NGO) has none, and a people the parser tagged as a nationality ("Arabs") is no body."""
    for part in (event.source, event.target):
        actor = part.actor if part is not None else None
        if part is None or actor is None or actor.country or actor.members or actor.kind != "organisation":
            continue
        if part.unplaced:
            continue
        if part.entity is not None and part.entity < len(entities) and entities[part.entity].label == "NORP":
            continue
        if actor.sector is None or actor.sector in _DOMESTIC_SECTORS - {"REB"}:
            part.actor = dataclasses.replace(actor, country=country)
            event.explanation += f"; {actor.name} located in {country}, the article's country"


#: Countries whose news means a party by a bare "Congress" (the Indian National Congress): there "the Congress" and
#: "Congress leaders" are the party's, as the legislatures called Congress (the US's, the Philippines') are elsewhere.
_CONGRESS_PARTIES = frozenset({"IND"})
_CONGRESS_WORD = re.compile(r"\bCongress\b")


def _congress_as_party(event: Event, country: str) -> None:
    """A legislature written "Congress" in a story of a country whose Congress is a party is that party (PTY)."""
    if country not in _CONGRESS_PARTIES:
        return
    for part in (event.source, event.target):
        if part is None or not _is_congress_legislature(part.actor, part.span.text, country):
            continue
        part.actor = _congress_party(part.actor, country)
        event.explanation += f"; {part.span.text}: the Congress party in a story of {country}"


def _congress_mentions_as_party(entities: Sequence[EntityMention], country: str) -> None:
    """The same reading for the article's mentions, so that its entities and its events code one Congress alike."""
    if country not in _CONGRESS_PARTIES:
        return
    for mention in entities:
        if _is_congress_legislature(mention.actor, mention.text, country):
            mention.actor = _congress_party(mention.actor, country)


def _is_congress_legislature(actor: ActorRef | None, written: str, country: str) -> TypeGuard[ActorRef]:
    return (
        actor is not None
        and actor.sector == "LEG"
        and actor.country in (None, country)
        and not actor.members
        and _CONGRESS_WORD.search(written) is not None
    )


def _congress_party(actor: ActorRef, country: str) -> ActorRef:
    return dataclasses.replace(actor, country=country, sector="PTY", name=f"{country} Congress party")


def _locate_domestic_groups(event: Event, country: str, why: str, sectors: set[str]) -> None:
    """Give the event's country-less group actors of a domestic sector ``country``, saying ``why``."""
    for part in (event.source, event.target):
        actor = part.actor if part is not None else None
        if part is None or actor is None or actor.country or actor.members or part.unplaced:
            continue
        if actor.kind == "group" and actor.sector in sectors:
            part.actor = dataclasses.replace(actor, country=country, name=f"{country} {actor.name}")
            event.explanation += f"; {actor.name} located in {country}{why}"
