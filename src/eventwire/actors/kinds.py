"""What kind of actor an event participant is: one person, a group (a body, an organisation, several people), a
state or place, or unknown. Fusion reads it: one person is never the same participant as a group ("the media" /
"Hillary Clinton").

The actor stage knows the kind of a named actor ("person", "organisation", "country"); a role word's kind comes
from the lexicon's entry for it: a title names one person ("the president", "a local activist", "a soldier"),
a group word several ("police", "the media", "activists"). A pronoun is the kind of what it refers back to, or of
its own number ("he" one person, "they" a group).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from eventwire.model import EntityMention, Event, Participant

Kind = Literal["person", "group", "state", "unknown"]

#: The actor stage's kinds (``ActorRef.kind``) as the kinds of a participant.
_FROM_ACTOR: dict[str, Kind] = {"person": "person", "organisation": "group", "group": "group", "country": "state"}
_ONE_PERSON_PRONOUNS = frozenset(("he", "him", "she", "her", "his"))
_MANY_PRONOUNS = frozenset(("they", "them", "their"))
_CHAIN_LIMIT = 8  # antecedent links followed back from a pronoun


def participant_kind(participant: Participant, entities: Sequence[EntityMention]) -> Kind:
    """The kind of one participant (module docstring); "unknown" where the text does not say."""
    actor = participant.actor
    if actor is None:
        return "unknown"
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
    return _FROM_ACTOR.get(actor.kind, "unknown")


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
