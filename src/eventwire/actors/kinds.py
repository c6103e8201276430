"""What kind of actor an event participant is: one person, a group (a body, an organisation, several people), a
state or place, or unknown. Fusion reads it: one person is never the same participant as a group ("the media" /
"Hillary Clinton").

The actor stage knows the kind of a named actor ("person", "organisation", "country"); a role word's kind comes
from the lexicon's entry for it: a title names one person ("the president", "a local activist", "a soldier"),
a group word several ("police", "the media", "activists"). A pronoun is the kind of what it refers back to, or of
its own number ("he" one person, "they" a group). A phrase the actor stage left unresolved is a kind by its own
words, by general English (``phrase_kind``): a collective or a plural noun of people is a group ("a group of mps",
"the delegation", "protesters", "men, women and children"), one noun of a person with a determiner one person ("a
resident", "the driver"); anything else (a thing, a bare name, a pronoun) stays unknown. A phrase whose own words
say several people is a group even where the actor stage resolved it to one person of them ("Sanders supporters",
"a delegation, including Sonia Gandhi").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from eventwire.model import EntityMention, Event, Participant
from eventwire.words import COLLECTIVE_NOUNS

#: The countries the actor stage puts before the label of a group it places ("IND civilians", "USA / GBR government").
_PLACED = re.compile(r"^[A-Z]{3}(?: / [A-Z]{3})* ")


def group_name(places: Sequence[str | None], label: str) -> str:
    """The name the actor stage gives a group: the places it belongs to, then its label ("IND civilians")."""
    return f"{' / '.join(w for w in places if w)} {label}".strip()


def group_label(name: str) -> str:
    """:func:`group_name` undone where the places are country codes: "IND civilians" -> "civilians"."""
    return _PLACED.sub("", name)


Kind = Literal["person", "group", "state", "unknown"]

#: The actor stage's kinds (``ActorRef.kind``) as the kinds of a participant.
_FROM_ACTOR: dict[str, Kind] = {"person": "person", "organisation": "group", "group": "group", "country": "state"}
_ONE_PERSON_PRONOUNS = frozenset(("he", "him", "she", "her", "his"))
_MANY_PRONOUNS = frozenset(("they", "them", "their"))
_CHAIN_LIMIT = 8  # antecedent links followed back from a pronoun

#: Nouns that name one body of people ("a group of mps", "the delegation", "a mob").
_COLLECTIVES = COLLECTIVE_NOUNS | {
    *("crowd", "mob", "couple", "family", "committee", "council", "panel", "troupe", "posse", "faction", "militia"),
    *("organisation", "organization", "members", "people", "police", "public", "staff", "troops"),
}
#: Nouns that name one person, in the singular; "-s" or "-es" makes their plural, except where _IRREGULAR says.
_PERSON_NOUNS = frozenset(
    {"person", "man", "woman", "boy", "girl", "child", "baby", "youth", "teenager", "individual", "resident"}
    | {"villager", "citizen", "neighbour", "neighbor", "owner", "driver", "passenger", "pilot", "worker", "farmer"}
    | {"labourer", "laborer", "student", "teacher", "doctor", "nurse", "patient", "lawyer", "witness", "victim"}
    | {"survivor", "suspect", "gunman", "attacker", "assailant", "killer", "rioter", "miscreant", "militant"}
    | {"fanatic", "extremist", "activist", "protester", "protestor", "demonstrator", "supporter", "follower"}
    | {"member", "preacher", "priest", "monk", "pilgrim", "visitor", "tourist", "journalist", "reporter"}
    | {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "policeman", "soldier", "guard"}
    | {"prisoner", "detainee", "inmate", "refugee", "migrant", "immigrant", "shopkeeper", "trader", "vendor"}
    | {"economist", "liberal", "conservative", "voter", "parent", "mother", "father", "son", "daughter", "wife"}
    | {"husband", "brother", "sister", "friend", "relative", "employee", "leader", "stranger", "customer"}
)
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person", "gunmen": "gunman"} | {
    "policemen": "policeman",
    "spokesmen": "spokesman",
    "spokeswomen": "spokeswoman",
}
#: Words that open a noun phrase about one thing ("a", "the driver", "one person", "that man").
_ONE = frozenset(("a", "an", "the", "this", "that", "one", "another", "each", "every"))
#: Words that end the head's phrase: a preposition ("a group of mps") or a clause ("the man who").
_PHRASE_ENDS = frozenset(
    ("of", "in", "at", "on", "from", "with", "near", "including", "by", "for", "to", "who", "whom", "which", "that")
)
_PHRASE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def participant_kind(participant: Participant, entities: Sequence[EntityMention]) -> Kind:
    """The kind of one participant (module docstring); "unknown" where the text does not say."""
    actor = participant.actor
    if actor is None:
        return phrase_kind(participant.span.text)
    if actor.members:
        return "group"  # "France and Germany", "both the leaders"
    index = participant.entity
    entity = entities[index] if index is not None and 0 <= index < len(entities) else None
    if entity is not None and entity.role == "pronoun":
        word = entity.text.casefold()
        if word in _ONE_PERSON_PRONOUNS:
            return "person"
        if word in _MANY_PRONOUNS:
            return "group"
        entity = _antecedent(entity, entities)
        if entity.role == "pronoun":
            return "unknown"  # a chain of pronouns that names nothing
    if entity is not None and entity.role == "title" and actor.kind == "group":
        return "person"  # a title names one person: "the prime minister", "a local activist"
    kind = _FROM_ACTOR.get(actor.kind, "unknown")
    if kind == "person" and phrase_kind(participant.span.text) == "group":
        return "group"  # several people the actor stage named by one of them: "Sanders supporters"
    return kind


def phrase_kind(phrase: str) -> Kind:
    """The kind of an unresolved phrase by its own words (module docstring): "group", "person" or "unknown"."""
    words = _PHRASE_WORD.findall(phrase.casefold())
    heads: list[str] = []  # the last noun before "and", "or" or the phrase's end: "men, women and children"
    for i, word in enumerate(words):
        if word in _PHRASE_ENDS and i > 0:
            break
        if word in ("and", "or") and heads:
            heads.append("")
        elif heads:
            heads[-1] = word
        else:
            heads.append(word)
    heads = [h for h in heads if h]
    if not heads:
        return "unknown"
    kinds = [_noun_kind(h) for h in heads]
    if len(kinds) > 1:
        return "group" if all(k != "unknown" for k in kinds) else "unknown"  # "the driver and a passenger"
    if kinds[0] == "person" and not (words[0] in _ONE and len(words) > 1):
        return "unknown"  # a bare singular noun: a headline's or a name's word, not one person
    return kinds[0]


def _noun_kind(word: str) -> Kind:
    """One noun's kind: a collective or a plural of people "group", a noun of a person "person"."""
    if word in _COLLECTIVES or (word.endswith("s") and word[:-1] in _COLLECTIVES):
        return "group"
    if word in _PERSON_NOUNS:
        return "person"
    singular = _IRREGULAR.get(word) or (word[:-1] if word.endswith("s") else "")
    if singular in _PERSON_NOUNS or (word.endswith("es") and word[:-2] in _PERSON_NOUNS):
        return "group"
    return "unknown"


def _antecedent(pronoun: EntityMention, entities: Sequence[EntityMention]) -> EntityMention:
    """The mention a pronoun refers back to, through other pronouns (at most ``_CHAIN_LIMIT`` links); the last
    pronoun where the chain stops short of a name or title."""
    entity, seen = pronoun, 0
    while entity.role == "pronoun" and entity.refers_to is not None and seen < _CHAIN_LIMIT:
        if not 0 <= entity.refers_to < len(entities):
            break
        entity, seen = entities[entity.refers_to], seen + 1
    return entity


def mark_participant_kinds(events: Sequence[Event], entities: Sequence[EntityMention]) -> None:
    """Set every event participant's ``kind`` (the last step of the pipeline: roles are final by then)."""
    for event in events:
        for participant in (event.source, event.target):
            if participant is not None:
                participant.kind = participant_kind(participant, entities)
