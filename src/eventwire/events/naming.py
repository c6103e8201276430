"""Namings that denounce: "called the deal a disaster", "branded the election a sham" (CAMEO 111).

A naming verb with both the one named and the name is never a phone call: it is an accusation when the
name condemns, and no event when it is neutral or approving ("called the talks constructive").
"""

from __future__ import annotations

from typing import Any

from eventwire.annotate import TIME_ENTITIES
from eventwire.events.triggers import Trigger

#: Verbs that give their object a name or a label ("called the deal a disaster", "branded them terrorists").
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})
#: Words that condemn what they name (CAMEO 111: "called the move a violation", "called it unacceptable").
DENOUNCING_WORDS = frozenset(
    {
        "illegal",
        "unlawful",
        "illegitimate",
        "unacceptable",
        "outrageous",
        "irresponsible",
        "reckless",
        "dangerous",
        "provocative",
        "hostile",
        "aggressive",
        "absurd",
        "ridiculous",
        "ignorant",
        "incompetent",
        "unfit",
        "corrupt",
        "racist",
        "shameful",
        "disgraceful",
        "deplorable",
        "despicable",
        "disgusting",
        "baseless",
        "unfounded",
        "false",
        "hypocritical",
        "criminal",
        "barbaric",
        "brutal",
        "inhumane",
        "cowardly",
        "heinous",
        "unjust",
        "unjustified",
        "unprovoked",
        "destabilizing",
        "destabilising",
        "dishonest",
        "violation",
        "breach",
        "provocation",
        "aggression",
        "crime",
        "atrocity",
        "massacre",
        "genocide",
        "terrorism",
        "terrorist",
        "liar",
        "lie",
        "fraud",
        "crook",
        "thug",
        "traitor",
        "threat",
        "disaster",
        "mistake",
        "stupid",
        "foolish",
        "pathetic",
        "terrible",
        "horrible",
        "evil",
        "disastrous",
        "idiot",
        "fool",
        "clown",
        "joke",
        "embarrassment",
        "scandal",
        "catastrophe",
        "failure",
        "insult",
        "betrayal",
        "farce",
        "sham",
        "hoax",
        "hypocrisy",
        "propaganda",
        "interference",
        "meddling",
        "blackmail",
        "piracy",
        "rapist",
        "murderer",
        "dictator",
        "tyrant",
        "puppet",
    }
)


#: The name given in "call someone names", an insult whatever the names are.
INSULT = "names"


def names_something(verb: Any) -> bool:
    """Whether ``verb`` is a naming verb with both the one it names and the name it gives."""
    return verb.lemma_.lower() in NAMING_VERBS and bool(labels(verb))


def labels(verb: Any) -> list[Any]:
    """What a naming verb calls its object: what follows the object ("called [the deal] [a disaster]",
    "branded [the election] [a sham]": the parser gives the second an object predicate or a second object;
    "called [him] [names]": the named one an indirect object)."""
    parts = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd") and c.ent_type_ not in TIME_ENTITIES]
    if len(parts) == 1 and _names_inside(parts[0]):
        return parts  # "calls [Obama racist]": the parser folded the one named into the name
    if len(parts) < 2:
        return []  # a naming needs the named and the name: a lone object predicate is a misread object
    # "called Clinton a liar": a proper name is the one named, never the name
    return [c for c in parts[1:] if c.pos_ != "PROPN"]


def _names_inside(label: Any) -> bool:
    """An object predicate whose proper-name modifier before it is the one named ("calls [Obama] racist"); a
    proper name is never the name given ("called [defence minister George] [Fernandes]": a phone call)."""
    return (
        label.dep_ == "oprd"
        and label.pos_ != "PROPN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in label.lefts)
    )


def denouncing_trigger(verb: Any) -> Trigger | None:
    """The accusation (CAMEO 111) a naming that condemns makes; None for a neutral or approving one."""
    found = labels(verb)
    words = {t.lemma_.lower() for label in found for t in (label, *label.children) if t.dep_ != "det"}
    insults = any(label.lower_ == INSULT for label in found)  # "called him names": calling names insults
    if not words & DENOUNCING_WORDS and not insults:
        return None
    return Trigger(verb.lemma_.lower(), "V", frozenset(), "ACCUSE", "disapprove", "111")
