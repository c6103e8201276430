"""Participant phrases that name a thing or an act, not an actor ("the railway station", "lathis and swords",
"permission", "the deployment of army"): the actor stage resolves nobody from them.

The classes are a small curated table of head nouns (WordNet's lexnames would do, but no pinned PyPI package
ships the data offline). A head is judged from spaCy's parse of the phrase: a proper noun or a token inside a
named organisation, person or group is never a thing ("the White House", "the Kremlin"), and only the head
counts ("security forces" are an actor, "security" alone is not).
"""

from __future__ import annotations

from typing import Any, Literal

ThingClass = Literal["weapon", "object", "abstract"]

#: Weapons and the like: the instrument of an act, never its source or target.
WEAPONS = frozenset(
    {"lathi", "lathis", "sword", "swords", "knife", "knives", "trishul", "trishuls", "stone", "stones", "brick",
     "bricks", "gun", "guns", "rifle", "rifles", "pistol", "pistols", "weapon", "weapons", "arms", "ammunition",
     "acid", "kerosene", "petrol", "cylinder", "cylinders", "spear", "spears", "axe", "axes", "stick", "sticks",
     "rod", "rods", "bullet", "bullets", "tear-gas", "teargas", "firearm", "firearms", "explosive", "explosives",
     "missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar", "mortars", "grenade", "grenades",
     "bomb", "bombs", "munition", "munitions", "projectile", "projectiles",
     "warhead", "warheads", "gas"}
)  # fmt: skip

#: Buildings, vehicles and their parts, property: a physical act may still be aimed at one (kept as text).
#: Not "office", "school" or "hospital": news quotes them as speakers ("the governor's office said").
OBJECTS = frozenset(
    {"station", "building", "buildings", "shop", "shops", "house", "houses", "home", "homes", "hut", "huts",
     "temple", "temples", "mosque", "mosques", "church", "churches", "dargah", "shrine", "shrines", "hotel",
     "hotels", "vehicle", "vehicles", "car", "cars", "bus", "buses", "truck", "trucks", "train", "trains",
     "bogie", "bogies", "bogy", "coach", "coaches", "compartment", "compartments", "wagon", "wagons", "property",
     "properties", "wall", "walls", "door", "doors", "roof", "window", "windows", "road", "roads", "bridge",
     "bridges", "track", "tracks", "platform", "platforms", "factory", "factories", "market",
     "markets", "graveyard", "godown", "godowns", "stall", "stalls",
     "establishment", "establishments", "premises", "structure", "structures", "railway"}
)  # fmt: skip

#: Abstract nouns and nouns of an act or a state of affairs: what an event is about, not who.
ABSTRACTS = frozenset(
    {"permission", "security", "deployment", "situation", "situations", "incident", "incidents", "violence",
     "carnage", "fact", "facts", "possibility", "story", "research", "toll", "aftermath", "view", "light",
     "manifestation", "fabric", "design", "failure", "delay", "involvement", "law", "order", "peace", "safety",
     "protection", "curfew", "tension", "tensions", "issue", "issues", "matter", "question", "time", "way",
     "atmosphere", "tragedy", "mayhem", "strife", "unrest", "sentiment", "sentiments", "crisis"}
)  # fmt: skip

#: Entity types that make a head an actor's name whatever its word ("the White House", "the Kremlin").
_ACTOR_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def thing_class(head: Any) -> ThingClass | None:
    """What kind of thing the phrase headed by the spaCy token ``head`` names; None for a possible actor."""
    if head.pos_ != "NOUN" or head.ent_type_ in _ACTOR_ENTITIES:
        return None
    for word in (head.lower_, head.lemma_.lower()):
        if word in WEAPONS:
            return "weapon"
        if word in OBJECTS:
            return "object"
        if word in ABSTRACTS:
            return "abstract"
    return None


#: Prepositions that attach a thing's place ("the station in Godhra") or its parts and matter ("four bogies of
#: the Sabarmati Express", "the deployment of army"): an actor named there is not the participant. A building's
#: or a vehicle's owner ("the house of the MP") is: PLOVER codes an attack on property with its owner.
_LOCATIVE_PREPS = frozenset({"in", "at", "on", "near", "inside", "outside", "within", "across", "around", "into"})
_BLOCKING_PREPS: dict[ThingClass, frozenset[str]] = {
    "object": _LOCATIVE_PREPS,
    "weapon": _LOCATIVE_PREPS | {"of"},
    "abstract": _LOCATIVE_PREPS | {"of"},
}


def blocking_preps(kind: ThingClass) -> frozenset[str]:
    """The prepositions under a thing of ``kind`` whose objects do not stand for the phrase's participant."""
    return _BLOCKING_PREPS[kind]


def is_thing(head: Any) -> bool:
    """Whether the phrase headed by ``head`` names a thing or an act rather than an actor."""
    return thing_class(head) is not None
