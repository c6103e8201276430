"""Country words that say whom a group sides with, not whose it is: a backer ("Ugandan-backed rebels") or a
stance ("pro-Russian separatists", "anti-American protesters"). CAMEO codes an actor by where it is and whose
it is, never by who arms it or whom it supports, so such a word gives the group no country (the actor stage),
no context country (the event coder) and no weight as the story's country (the place stage).

Two more kinds of word say a country in the sentence is not an actor's own: "foreign" on private people ("foreign
workers in Qatar" are there from elsewhere), and an envoy's title ("the British ambassador" is the sending state's
man in the host's country), read by the actor stage, its coreference and the event coder alike; and a word of
descent ("a judge's Mexican heritage", "a judge whose parents were born in Mexico") says where a family came from,
not whose the person is."""

from __future__ import annotations

import re
from typing import Any

from eventwire.words import ENVOY_WORDS

#: Sectors of private people, whom "foreign" says are from elsewhere (a state's "foreign ministers" are its own).
PRIVATE_SECTORS = frozenset({"CVL", "REF", "CRM", "LAB"})


def called_foreign(head: Any) -> bool:
    """A noun its phrase calls foreign ("foreign nationals", "Foreign workers")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "foreign" for c in head.children)


def qualified_noun(token: Any) -> Any:
    """The noun a modifier qualifies, up through adjectives and compounds ("British" -> "ambassador" in "the British
    ambassador", "U.S." -> "base" in "a U.S. military base")."""
    while token.dep_ in ("amod", "compound", "nmod") and token.head.i != token.i:
        token = token.head
    return token


def names_envoy(token: Any | None) -> bool:
    """A word that heads or qualifies an envoy's title ("the British envoy", "the U.S. ambassador")."""
    return token is not None and qualified_noun(token).lemma_.lower() in ENVOY_WORDS


#: Participles that make a country word before a hyphen the group's backer, not its country ("Ugandan-backed
#: rebels" fight in Congo; CAMEO codes an actor by where it is, never by who arms or pays it).
_BACKING_PARTICIPLES = frozenset(
    {"backed", "sponsored", "supported", "funded", "financed", "armed", "trained", "equipped", "allied",
     "aligned", "friendly", "leaning", "installed", "inspired"}
)  # fmt: skip
#: A hyphen, and the Unicode hyphen and non-breaking hyphen typeset text may use instead.
_HYPHEN_CHARS = "-\u2010\u2011"
_HYPHENS = frozenset(_HYPHEN_CHARS)
_BACKING_WORD = re.compile(f"[{_HYPHEN_CHARS}](\\w+)")
#: Prefixes that make a country word the group's stance ("pro-Russian separatists", "anti-American protesters").
_STANCE_PREFIXES = tuple(f"{prefix}{hyphen}" for prefix in ("pro", "anti") for hyphen in _HYPHEN_CHARS)


#: Modifiers that put an armed group on the state's side ("pro-government militias", "army-backed vigilantes").
_STATE_SIDED = re.compile(
    r"\b(?:pro-(?:government|regime|army|junta)|(?:government|state|army|military|regime|junta)-"
    r"(?:backed|allied|sponsored|armed|aligned|supported|funded|trained))\s*$",
    re.IGNORECASE,
)
#: How far before a group word ``state_sided`` looks: room for "government-supported " and a little more.
_STATE_SIDED_REACH = 30


def state_sided(text: str, at: int) -> bool:
    """Whether the words right before ``at`` put an armed group on the state's side ("pro-government")."""
    return _STATE_SIDED.search(text[max(0, at - _STATE_SIDED_REACH) : at]) is not None


def takes_sides(text: str, start: int, end: int) -> bool:
    """Whether the country word at ``text[start:end]`` says whom a group sides with or is backed by rather than
    whose it is: "Ugandan-backed rebels", "Iran-allied militias", "pro-Russian separatists", "anti-American
    protesters". Such a group is of the country where it is, which the sentence or the event's place says."""
    if text[end : end + 1] in _HYPHENS:  # a cheap test first: most country words stand alone
        after = _BACKING_WORD.match(text, end)
        if after is not None and after.group(1).lower() in _BACKING_PARTICIPLES:
            return True
    return text[start - 1 : start] in _HYPHENS and text[max(0, start - 5) : start].lower().endswith(_STANCE_PREFIXES)


#: Nouns of a person's descent: a country word on one says where the family came from, not whose the person is.
_DESCENT_NOUNS = frozenset(
    {"heritage", "descent", "ancestry", "origin", "origins", "roots", "parentage", "extraction", "lineage"}
)
_DESCENT_AFTER = re.compile(r"[\s\u2010\u2011-]+(?:" + "|".join(sorted(_DESCENT_NOUNS)) + r")\b", re.IGNORECASE)


def names_descent(text: str, start: int, end: int) -> bool:
    """Whether the country word at ``text[start:end]`` qualifies a noun of descent right after it ("Mexican
    heritage", "of Indian origin"): the text-only test of :func:`of_descent`, for the story's country."""
    return start < end and _DESCENT_AFTER.match(text, end) is not None


#: Kin whose birthplace or home a "whose" clause may name ("a judge whose parents were born in Mexico").
_KIN_NOUNS = frozenset(
    {"parents", "parent", "father", "mother", "family", "families", "grandparents", "grandfather", "grandmother",
     "ancestors", "forebears", "forefathers"}
)  # fmt: skip
#: How far up the parse ``of_descent`` climbs from a country word.
_DESCENT_REACH = 6


def of_descent(token: Any | None) -> bool:
    """Whether a country word says someone's descent rather than whose they are: it qualifies a noun of descent ("a
    federal judge's Mexican heritage", "of Indian origin") or stands in a "whose" clause on the person's kin ("a
    judge whose parents were born in Mexico"). CAMEO codes a person by the state they belong to, so such a word gives
    no context country."""
    hops = 0
    while token is not None and hops < _DESCENT_REACH:
        if token.lower_ in _DESCENT_NOUNS and token.pos_ == "NOUN":
            return True
        if token.dep_ == "relcl" and _kin_subject(token):
            return True
        if token.head.i == token.i:
            return False
        token, hops = token.head, hops + 1
    return False


def _kin_subject(verb: Any) -> bool:
    """A relative clause whose subject is "whose" kin ("whose parents were born in Mexico")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _KIN_NOUNS and any(p.lower_ == "whose" for p in c.children)
        for c in verb.children
    )
