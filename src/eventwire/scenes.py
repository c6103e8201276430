"""The scene a sentence sets: a town it opens with as a frame ("In Vadodara, police fired 11 rounds ...").

Round-ups tell each town's incidents after a fronted place ("in vadodara, ...", "meanwhile in anand, ...") and the
sentences after it name no place of their own ("the mobs injured nine policemen"). A *scene* is a sentence opening
with a phrase, closed by a comma within :data:`PHRASE_TOKENS` words, of "in" or "at" and one town (a literal place
the gazetteer resolved to a city), with nothing else in the phrase but "the", a kind of town after it ("in anand
town,"), a part of it before it ("in the gomtipur area of ahmedabad,"), an incident word ("in another incident at
kalol,") or a day ("in nadiad on friday,"); "meanwhile" or "elsewhere" may come first. An event with no location of
its own (:func:`eventwire.places.locate_events`) takes the scene of its sentence (``location_how`` "scene"), or the
scene of one of the :data:`CARRY_SENTENCES` sentences before it in its paragraph (``location_how`` "scene carried"),
unless a sentence since (its own included):

- opens with another fronted phrase naming a place (a new scene, or one no scene is set with: "elsewhere in
  gujarat,", "in rural vadodara,"), or with "meanwhile", "elsewhere" or an incident word ("in another incident,"):
  the story moves on;
- names a place finer than a country other than the scene's own ("police had to resort to firing in shinor"), or
  a town, village or district the places stage did not find ("trouble began at adas village", "modasa and bharuch
  towns"): the sentences after it may be about that place.

An event that still has no location after that, whose sentence refers back to a town ("curfew was imposed in the
town", "riot-torn areas of the city", "fresh violence was reported in the village": :data:`BACK_REFERENCE`), takes
the town named last before it, in its sentence or the :data:`BACK_SENTENCES` before (``location_how`` "referred
back"): a place the gazetteer resolved to a town, read literally, and not as its district ("viramgam town of
ahmedabad rural district" refers to viramgam), and not after a word of another time or a comparison in its sentence
("after the violence in godhra, mobs attacked shops in the city": :data:`_OTHER_TIME`). None when a town, village or
district the places stage did not find is named since ("trouble began at adas village ... outside the village"): the
reference may be to that one. "Here" is not read: in datelined news it is most often where the story was filed.

A quotation's sentence (one opening with a quotation mark) takes no carried scene: speech tells of the situation at
large. None rather than a guess (issue #4): a country, a state, a district or a region sets no scene (it says little
of where in it; "in rural vadodara," is no town), nor do two places in one phrase ("in ahmedabad and vadodara,"), and
a "X:" opening is not read as a scene (in the news read here it is the dateline, already the story's place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.annotate import text_of
from eventwire.model import Event, Place

#: The prepositions a scene opens with, and the words that may come before them ("meanwhile in anand,").
SCENE_PREPOSITIONS = frozenset(("in", "at"))
_LEADS = frozenset(("meanwhile", "elsewhere"))
#: The place features a scene is set with: a town, not a country, state, district or region.
SCENE_FEATURES = frozenset(("city",))
#: How many sentences after its own a scene still locates (a round-up tells a town's incidents in a few).
CARRY_SENTENCES = 3
#: The longest opening phrase read as a scene, in tokens, the comma left out.
PHRASE_TOKENS = 10
#: Kinds of town written after its name ("anand town"), and parts of a town written before "of" and its name
#: ("the gomtipur area of ahmedabad"), whose own name the phrase may hold.
_TOWN_KINDS = frozenset(("city", "town", "village"))
_TOWN_PARTS = frozenset(("area", "areas", "locality", "part", "parts", "outskirts", "suburbs", "city"))
_DIVISION_WORDS = frozenset(("district", "districts", "taluka", "state", "region", "division"))
_INCIDENT = frozenset(("incident", "incidents", "another", "separate", "similar", "other"))
_DAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening")
)
_FRAME_WORDS = frozenset(
    ["the", "a", "an", "on", "late", "early", "afternoon", "nearby", "neighbouring", "neighboring"]
)
#: "<name> town", "<name> villages": a town named in passing, found by the places stage or not.
_NAMED_TOWN = re.compile(r"\b([a-z][a-z-]+)\s+(?:towns?|villages?|district|taluka)\b")
_DETERMINERS = ("the", "this", "that", "a", "same", "their", "our", "his", "her", "its", "of", "in", "other", "both")
_DESCRIPTIONS = ("small", "whole", "entire", "rural", "nearby", "neighbouring", "walled", "old", "home", "native")
_COUNTS = (
    "these",
    "those",
    "two",
    "three",
    "several",
    "many",
    "some",
    "all",
    "adjoining",
    "border",
    "affected",
    "city",
)
_NOT_A_NAME = frozenset((*_DETERMINERS, *_DESCRIPTIONS, *_COUNTS))
_QUOTE_MARKS = ('"', "\u201c", "``", "''", "'")


#: The ``Event.location_how`` values a scene gives.
SCENE_HOWS = frozenset(("scene", "scene carried"))
#: The ``Event.location_how`` value of a town a sentence refers back to ("in the town").
REFERRED_BACK = "referred back"
#: A reference back to a town named before: a preposition, "the" and a kind of town ("curfew in the town").
BACK_REFERENCE = re.compile(r"\b(?:in|of|at|to|into|around|across|near) the (?:town|city|village)\b(?!['\u2019]s)")
#: How many sentences before its own the town a back-reference means may be named in.
BACK_SENTENCES = 2
#: Words that put a town named after them in its sentence in another event's time or in a comparison.
_OTHER_TIME = frozenset(("after", "before", "since", "following", "unlike", "than", "like"))
#: Words after a town's name that make it the name of its district ("ahmedabad rural district").
_DISTRICT_AFTER = re.compile(r"\s*(?:rural\b|urban\b|(?:district|districts|taluka|division)\b)")


def by_scene(event: Event) -> bool:
    """Whether the event's location is a scene's or a town referred back to: it says where, not who (the actor
    rules read only places the sentence hangs on its trigger)."""
    return event.location_how in SCENE_HOWS or event.location_how == REFERRED_BACK


@dataclass(frozen=True)
class Scene:
    """A scene: the place (index into the article's places) and where its sentence and opening phrase lie."""

    place: int
    sentence_start: int
    sentence_end: int
    phrase: str  # "in vadodara," as written: what an explanation quotes


def locate_by_scene(doc: Any, events: Sequence[Event], places: Sequence[Place]) -> None:
    """Give each event with no location the scene of its sentence, or one carried from earlier, else the town its
    sentence refers back to (:func:`locate_by_reference`; module docstring)."""
    text = text_of(doc)
    current: Scene | None = None
    carried = 0
    for sent in doc.sents:
        if not text[sent.start_char : sent.end_char].strip():
            continue
        phrase, lead = _opening(sent)
        if current is not None and _scene_ends(text, sent, phrase, lead, current, places, carried):
            current = None
        scene = _scene_of(text, sent, phrase, places)
        if scene is not None:
            current, carried = scene, 0
        elif current is not None:
            carried += 1
        if current is None or (carried and _quotes(text, sent)):
            continue
        for event in events:
            if event.location is None and sent.start_char <= event.trigger.start < sent.end_char:
                _place_in_scene(event, current, carried)
        if scene is not None and _names_another_place(text, sent, scene, places, outside=phrase):
            current = None  # "in vadodara, police fired in shinor ...": what follows may be of shinor
    locate_by_reference(doc, events, places)


def locate_by_reference(doc: Any, events: Sequence[Event], places: Sequence[Place]) -> None:
    """Give each event still with no location the town its sentence refers back to ("in the town"), if one was
    named last in its sentence or the :data:`BACK_SENTENCES` before (module docstring)."""
    text = text_of(doc)
    sents = [s for s in doc.sents if text[s.start_char : s.end_char].strip()]
    for k, sent in enumerate(sents):
        found = BACK_REFERENCE.search(text[sent.start_char : sent.end_char].casefold())
        if found is None:
            continue
        first = max(0, k - BACK_SENTENCES)
        window = (sents[first].start_char, sent.start_char + found.start())
        starts = [s.start_char for s in sents[first : k + 1]]
        town = _town_named_last(text, window, starts, places)
        if town is None:
            continue
        for event in events:
            if event.location is None and sent.start_char <= event.trigger.start < sent.end_char:
                event.location, event.location_how = town, REFERRED_BACK
                event.explanation += f"; location: '{found.group()}' refers back to '{places[town].text}'"


def _town_named_last(text: str, window: tuple[int, int], starts: Sequence[int], places: Sequence[Place]) -> int | None:
    """The town (index) named last in ``window`` (its sentences start at ``starts``), if no town the places stage
    did not find is named after it."""
    start, end = window
    towns = [
        i
        for i, p in enumerate(places)
        if start <= p.start
        and p.end <= end
        and p.role == "literal"
        and p.name is not None
        and p.feature in SCENE_FEATURES
        and not set(p.text.casefold().split()) & _DIVISION_WORDS
        and _DISTRICT_AFTER.match(text, p.end) is None
        and not _in_other_time(text[max(s for s in starts if s <= p.start) : p.start])
    ]
    if not towns:
        return None
    after = text[places[towns[-1]].end : end].casefold()
    unfound = (m.group(1) for m in _NAMED_TOWN.finditer(after))
    return None if any(word not in _NOT_A_NAME for word in unfound) else towns[-1]


def _place_in_scene(event: Event, scene: Scene, carried: int) -> None:
    event.location = scene.place
    if carried == 0:
        event.location_how = "scene"
        event.explanation += f"; location: the scene '{scene.phrase}' opening its sentence"
    else:
        event.location_how = "scene carried"
        event.explanation += f"; location: the scene '{scene.phrase}' set {carried} sentence(s) before"


def _scene_ends(
    text: str,
    sent: Any,
    phrase: tuple[Any, ...],
    lead: bool,
    scene: Scene,
    places: Sequence[Place],
    carried: int,
) -> bool:
    """Whether ``sent`` no longer tells of ``scene``: too far, a new paragraph, a fronted place or incident, or
    another place named."""
    if carried >= CARRY_SENTENCES or "\n" in text[scene.sentence_end : sent.start_char]:
        return True
    if lead or any(t.lower_ in _INCIDENT for t in phrase) or _in_phrase(phrase, places):
        return True
    return _names_another_place(text, sent, scene, places, outside=())


def _names_another_place(text: str, sent: Any, scene: Scene, places: Sequence[Place], outside: tuple[Any, ...]) -> bool:
    """A place finer than a country in the sentence (beyond ``outside``) other than the scene's, or a town, village
    or district named there ("adas village") that is not the scene's."""
    own = places[scene.place]
    skip = (outside[0].idx, outside[-1].idx + 1) if outside else (0, 0)
    found = any(
        sent.start_char <= p.start < sent.end_char
        and not skip[0] <= p.start < skip[1]
        and p.feature not in ("country", "continent")
        and p.name != own.name
        for p in places
    )
    own_words = set(own.text.casefold().split())
    named = (m.group(1) for m in _NAMED_TOWN.finditer(text[skip[1] or sent.start_char : sent.end_char].casefold()))
    return found or any(word not in _NOT_A_NAME and word not in own_words for word in named)


def _in_other_time(before: str) -> bool:
    """Whether a town follows a word of another time or a comparison in its sentence ("after the violence in
    godhra, mobs attacked shops in the city"): the place of that other event, not the one referred to."""
    return any(word in _OTHER_TIME for word in re.findall(r"[a-z]+", before.casefold()))


def _quotes(text: str, sent: Any) -> bool:
    """A sentence opening with a quotation mark: speech, not the round-up's account."""
    return text[sent.start_char : sent.end_char].lstrip().startswith(_QUOTE_MARKS)


def _opening(sent: Any) -> tuple[tuple[Any, ...], bool]:
    """The sentence's fronted "in"/"at" phrase up to its comma ("in rural vadodara,"; none: empty), and whether
    "meanwhile" or "elsewhere" opens the sentence."""
    tokens = [t for t in sent if not t.is_space]
    lead = bool(tokens) and tokens[0].lower_ in _LEADS
    if lead:
        tokens = tokens[1:]
        if tokens and tokens[0].text == ",":
            tokens = tokens[1:]
    if not tokens or tokens[0].lower_ not in SCENE_PREPOSITIONS:
        return (), lead
    comma = next((i for i, t in enumerate(tokens[: PHRASE_TOKENS + 1]) if t.text == ","), None)
    return (() if comma is None else tuple(tokens[: comma + 1])), lead


def _in_phrase(phrase: tuple[Any, ...], places: Sequence[Place]) -> list[int]:
    """The places (indexes) that lie within the phrase."""
    if not phrase:
        return []
    start, end = phrase[0].idx, phrase[-1].idx
    return [i for i, p in enumerate(places) if p.start < end and start < p.end]


def _scene_of(text: str, sent: Any, phrase: tuple[Any, ...], places: Sequence[Place]) -> Scene | None:
    """The scene the opening phrase sets: one town, and nothing else but the words a frame holds."""
    inside = _in_phrase(phrase, places)
    if len(inside) != 1:
        return None
    place = places[inside[0]]
    if place.role != "literal" or place.name is None or place.feature not in SCENE_FEATURES:
        return None
    if place.text.casefold().split()[-1] in _DIVISION_WORDS:
        return None  # "in vadodara district,": the district, which the gazetteer read as its town
    before = [t for t in phrase if t.idx < place.start]
    after = [t for t in phrase[:-1] if t.idx >= place.end]
    if not (_frames_before(before) and all(_frames(t) or t.lower_ in _TOWN_KINDS for t in after)):
        return None
    written_end = sent.start_char + len(text[sent.start_char : sent.end_char].rstrip())  # before a paragraph break
    return Scene(inside[0], sent.start_char, written_end, text[phrase[0].idx : phrase[-1].idx + 1])


def _frames_before(tokens: Sequence[Any]) -> bool:
    """The words before the town: frame words only, or a part of the town named before "of" ("in the gomtipur area
    of ahmedabad")."""
    words = [t.lower_ for t in tokens]
    if len(words) >= 3 and words[-1] == "of" and words[-2] in _TOWN_PARTS:
        return _frames(tokens[0])
    return all(_frames(t) for t in tokens)


def _frames(token: Any) -> bool:
    """A word a scene phrase may hold besides its town: a preposition, an article, an incident word, a day."""
    word = token.lower_
    return word in SCENE_PREPOSITIONS or word in _INCIDENT or word in _DAYS or word in _FRAME_WORDS
