"""News media as the reporters of a sentence ("Reuters reported that the minister ...", "according to Xinhua",
"told AFP"): the outlet's home country says where the outlet is, not whose the sentence's other actors are, so a
reporting medium gives no context country to them (a state medium is coded GOV, not MED, and still does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.model import EntityMention

#: Verbs whose subject is the reporter of what follows ("Reuters reported", "AFP quoted", "the agency said").
_REPORTING_VERBS = frozenset(
    {"report", "say", "quote", "cite", "claim", "add", "write", "broadcast", "announce", "carry", "publish",
     "state", "air", "learn", "reveal", "confirm"}
)  # fmt: skip
#: Verbs whose object or "to"-object is the outlet spoken to ("told Reuters", "said to AFP", "spoke to the BBC").
_SPOKEN_TO_VERBS = frozenset({"tell", "say", "speak", "talk"})
#: Dependencies that join a word to the noun of its phrase ("the Reuters news agency", "Xinhua, the agency").
_INSIDE_PHRASE = frozenset({"compound", "amod", "nmod", "appos", "poss"})


def phrase_head(root: Any) -> Any:
    """The noun whose phrase the token ``root`` is part of ("agency" for "Reuters" in "the Reuters news agency")."""
    seen = 0
    while root.dep_ in _INSIDE_PHRASE and root.head.i != root.i and seen < 5:
        root, seen = root.head, seen + 1
    return root


def in_reporting_slot(root: Any) -> bool:
    """Whether the token ``root`` (a mention's syntactic head) stands where the reporter of its sentence
    stands: the subject of a reporting verb, the object of "according to" or "quoted by", or the one someone
    told something to."""
    token = phrase_head(root)
    head = token.head
    lemma = head.lemma_.lower()
    if token.dep_ in ("nsubj", "nsubjpass") and lemma in _REPORTING_VERBS:
        return True
    if token.dep_ in ("dobj", "dative") and lemma in _SPOKEN_TO_VERBS:
        return True
    if token.dep_ == "pobj":
        governor = head.head.lemma_.lower()
        if head.lower_ == "to" and (head.head.lower_ == "according" or governor in _SPOKEN_TO_VERBS):
            return True
        if head.lower_ == "by" and governor in _REPORTING_VERBS:
            return True
    return False


def mark_reporting_slots(doc: Any, mentions: Sequence[EntityMention]) -> None:
    """Set each mention's ``reporting_slot``, in place (the actor stage, once its mention list is complete)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        mention.reporting_slot = span is not None and in_reporting_slot(span.root)


def is_reporting_medium(mention: EntityMention) -> bool:
    """Whether ``mention`` is a news medium that reports its sentence: a medium (by its actor as it is now) in
    the reporting slot that ``mark_reporting_slots`` found."""
    actor = mention.actor
    return mention.reporting_slot and actor is not None and actor.sector == "MED"
