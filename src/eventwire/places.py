"""The place stage: toponyms in the text resolved offline through ``eventwire.geo``.

Candidates are country names from the actor lexicon (not adjectives or demonyms:
"North Korean" is not a place) and spaCy GPE/LOC/FAC entities. A toponym used as the
subject of a verb or as a possessor ("Pyongyang said", "North Korea's tests") is a
metonym: it stays a place but is never chosen as an event location.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from eventwire.annotate import text_of
from eventwire.geo import Gazetteer, GazetteerEntry, get_gazetteer
from eventwire.model import EntityMention, Event, Place, Provenance
from eventwire.spans import overlaps_any

STAGE = "geo"
VERSION = "geo.gazetteer.v1"

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
) -> list[Place]:
    """Toponyms in the text, each resolved to a gazetteer entry or left unresolved (``name`` None)."""
    gaz = gazetteer or get_gazetteer()
    text = text_of(doc)
    spans = _candidate_spans(doc, mentions, excluded)
    actors = [(m.start, m.end, m.actor.country) for m in mentions if m.actor and m.actor.country]
    entries = resolve_toponyms(text, spans, actors, gaz)
    places = []
    for (start, end), entry in zip(spans, entries, strict=True):
        confidence = 0.85 if entry is not None else 0.3
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
                role=_role(doc, start, end),
                provenance=Provenance(STAGE, VERSION, confidence),
                geonameid=entry.geonameid if entry else None,
            )
        )
    return places


def resolve_toponyms(
    text: str,
    spans: Sequence[tuple[int, int]],
    actors: Sequence[tuple[int, int, str]] = (),
    gazetteer: Gazetteer | None = None,
) -> list[GazetteerEntry | None]:
    """The gazetteer entry of each toponym span of ``text`` (None where nothing fits), read in context.

    Two passes: each name alone (with the countries of the article's actors), then again with
    the countries and first-level divisions of the article's other places as context, and the
    container written right after it ("Springfield, Ill.") as ``within``. ``actors`` are
    (start, end, country) of actor mentions; one overlapping a toponym is not its own context.
    """
    gaz = gazetteer or get_gazetteer()
    names = [place_name(text[start:end]) for start, end in spans]
    first = [gaz.resolve(name, _actor_countries(actors, span)) if name else None for name, span in zip(names, spans)]
    resolved = []
    for index, (name, span) in enumerate(zip(names, spans, strict=True)):
        if not name:
            resolved.append(None)
            continue
        others = [entry for i, entry in enumerate(first) if i != index and entry is not None]
        countries = _actor_countries(actors, span) | {e.country for e in others if e.country}
        regions = {e.admin1 for e in others if e.admin1}
        within = _container(text, span[1], gaz)
        resolved.append(gaz.resolve(name, countries, context_admin1=regions, within=within))
    return resolved


def _actor_countries(actors: Sequence[tuple[int, int, str]], span: tuple[int, int]) -> set[str]:
    return {country for start, end, country in actors if not (start < span[1] and span[0] < end)}


_CONTAINER = re.compile(r",\s*((?:[A-Z][\w.]*\.?)(?:\s+[A-Z][\w.]*\.?){0,2})")


def _container(text: str, end: int, gaz: Gazetteer) -> GazetteerEntry | None:
    """The country or state named right after a toponym and a comma: "Maywood, N.J." -> New Jersey."""
    match = _CONTAINER.match(text, end)
    if match is None:
        return None
    words = match.group(1).split()
    # The longest run of capitalised words that names a division or a country: "Springfield, New York City" no.
    for size in range(len(words), 0, -1):
        name = place_name(" ".join(words[:size]))
        for entry in gaz.candidates(name) + gaz.candidates(name.rstrip(".") + "."):
            if entry.feature in ("admin1", "country"):
                return entry
    return None


def _candidate_spans(
    doc: Any, mentions: Sequence[EntityMention], excluded: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    countries = [(m.start, m.end) for m in mentions if m.label == "COUNTRY"]
    for m in mentions:
        if m.label == "COUNTRY" and m.role in ("name", "capital") and not _is_title_modifier(doc, m):
            spans.append((m.start, m.end))
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS or overlaps_any(ent.start_char, ent.end_char, excluded):
            continue
        if overlaps_any(ent.start_char, ent.end_char, spans + countries):
            continue  # already taken, or a nationality ("the North Koreans", "US" on a title)
        if any(m.start <= ent.start_char < m.end and m.label not in ("COUNTRY",) for m in mentions):
            continue  # part of an organisation or person name
        text = _LEADING_THE.sub("", ent.text).strip()
        if text and text[0].isupper():
            spans.append((ent.start_char, ent.start_char + len(ent.text.rstrip())))
    spans.sort()
    return spans


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
    """An event's location: a literal place attached to its trigger by in/at/near/off; none otherwise."""
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
            if _attached_by_location_prep(doc, place, trigger):
                event.location = index
                break


def _attached_by_location_prep(doc: Any, place: Place, trigger: Any) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    hops = 0
    while token.i != trigger.i and hops < 4:
        # "attacked a ship in the Red Sea": the place may hang on the trigger or on its object
        on_trigger = token.head.i == trigger.i or (token.head.dep_ == "dobj" and token.head.head.i == trigger.i)
        if token.dep_ == "prep" and token.lower_ in _LOCATION_PREPS and on_trigger:
            return True
        if token.head.i == token.i:
            return False
        token, hops = token.head, hops + 1
    return False


#: Sectors that are domestic by nature: with no nationality of their own they belong to the
#: country where the event happens ("police in Minsk" are Belarusian police).
_DOMESTIC_SECTORS = {"COP", "OPP", "CVL", "REB", "GOV", "MIL", "JUD", "LEG", "PTY", "MED", "BUS", "EDU", "REL", "REF"}


def localize_domestic_actors(events: Sequence[Event], places: Sequence[Place]) -> None:
    """Give country-less domestic group actors the country of the event's location."""
    for event in events:
        if event.location is None:
            continue
        country = places[event.location].country
        if country is None:
            continue
        for part in (event.source, event.target):
            actor = part.actor if part is not None else None
            if part is None or actor is None or actor.country or actor.members:
                continue
            if actor.kind == "group" and actor.sector in _DOMESTIC_SECTORS:
                part.actor = dataclasses.replace(actor, country=country, name=f"{country} {actor.name}")
                event.explanation += f"; {actor.name} located in {country} by the event's place"
