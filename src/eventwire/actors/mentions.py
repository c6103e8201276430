"""Actor mentions: countries, IGOs, media, people with their titles, and sector groups.

Each mention is resolved to an ``ActorRef`` (ISO-3166 alpha-3 country + CAMEO-style
sector). Aliases and pronouns are linked afterwards by ``eventwire.actors.coref``.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Span as SpacySpan

from eventwire.actors.kinds import group_name
from eventwire.actors.lexicon import Lexicon, compile_surfaces, load_lexicon
from eventwire.actors.people import KnownPerson, PeopleIndex, load_people
from eventwire.actors.sides import PRIVATE_SECTORS, called_foreign, of_descent, state_sided, takes_sides
from eventwire.actors.spelling import SpellingIndex, WordIndex
from eventwire.annotate import text_of
from eventwire.casing import common_words
from eventwire.geo import get_gazetteer
from eventwire.model import ActorRef, EntityMention, Provenance
from eventwire.spans import inside_any, overlaps_any

STAGE = "actors"
VERSION = "actors.rules.v5"

#: Words that end a title window to the left of a name ("said that leader Kim").
_TITLE_STOP_POS = {"VERB", "AUX", "SCONJ", "CCONJ", "PUNCT", "PRON", "SPACE", "NUM"}
_MAX_TITLE_TOKENS = 7

#: Organisation name keywords that give a sector when the lexicon does not know the name.
_ORG_KEYWORDS: tuple[tuple[str, str], ...] = (
    # a news outlet first: "Xinhua news agency" is media, not a government agency
    ("news", "MED"),
    ("press", "MED"),
    ("television", "MED"),
    ("radio", "MED"),
    ("judicial", "JUD"),  # "Supreme Judicial Council", "Judicial Service Commission": the courts' own bodies
    ("ministry", "GOV"),
    ("commission", "GOV"),
    ("government", "GOV"),
    ("department", "GOV"),
    ("agency", "GOV"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("forces", "MIL"),
    ("navy", "MIL"),
    ("guard", "MIL"),
    ("police", "COP"),
    ("party", "PTY"),
    ("university", "EDU"),
    ("court", "JUD"),
    ("tribunal", "JUD"),
    ("parliament", "LEG"),
    ("governing", "GOV"),
    ("assembly", "LEG"),
    ("congress", "LEG"),
    ("senate", "LEG"),
    ("bank", "BUS"),
    ("inc", "BUS"),
    ("corp", "BUS"),
    ("corporation", "BUS"),
    ("company", "BUS"),
    ("ltd", "BUS"),
    ("limited", "BUS"),
    ("plc", "BUS"),
    ("llc", "BUS"),
    ("holdings", "BUS"),
    ("industries", "BUS"),
    ("airlines", "BUS"),
    ("airways", "BUS"),
    ("times", "MED"),
    ("post", "MED"),
    ("front", "REB"),
    ("brigade", "REB"),
    ("brigades", "REB"),
    ("militia", "REB"),
    ("rebels", "REB"),
    ("insurgents", "REB"),
    ("mujahideen", "REB"),
    ("union", "LAB"),
    ("unions", "LAB"),
    ("newspaper", "MED"),
    ("daily", "MED"),
    ("broadcasting", "MED"),
    ("broadcaster", "MED"),
    ("magazine", "MED"),
    ("tribune", "MED"),
    ("herald", "MED"),
    ("gazette", "MED"),
    ("gendarmerie", "COP"),
    ("intelligence", "SPY"),
    ("prosecutor", "JUD"),
    ("church", "REL"),
    ("diocese", "REL"),
    ("hospital", "HLH"),
    ("college", "EDU"),
    ("school", "EDU"),
    ("academy", "EDU"),
    ("rights", "NGO"),
    ("foundation", "NGO"),
    ("charity", "NGO"),
    ("observatory", "NGO"),
    ("service", "GOV"),  # last: a state's service ("U.S. Fish and Wildlife Service"), unless a word above says whose
)

#: Words that make an unknown organisation of no country the world's, not the story country's.
_WORLD_WORDS = frozenset({"world", "global"})

#: Words for a federation of bodies: with a trade word, of trade unions ("Nigeria Labour Congress", not a legislature).
_FEDERATION_WORDS = frozenset({"congress", "federation", "confederation", "council"})

#: Words that make a union a trade union ("Trade Union Congress", "Union of Teachers", "Mineworkers Union").
_TRADE_WORDS = frozenset({"trade", "trades", "labour", "labor", "workers", "employees", "staff"})


#: Plurals with an occupation's ending that organise no trade ("students' union": their studies, not work).
_NOT_TRADES = frozenset({"students", "liberties", "parents", "residents", "consumers", "voters", "christians"})


def _of_workers(words: set[str]) -> bool:
    """Whether a union's name says whose work it organises: a trade word or a plural of an occupation
    ("teachers", "journalists", "practitioners", "students")."""
    occupations = ("ers", "ists", "ees", "ors", "ents", "ians")
    return bool(words & _TRADE_WORDS) or any(w.endswith(occupations) and w not in _NOT_TRADES for w in words)


#: Prepositions whose objects are the countries of a group ("officials of X", "governments in X and Y").
_MEMBER_PREPS = ("in", "of", "from", "throughout", "across")

#: Dependencies that keep a token inside a group phrase to the left of its head noun.
_PHRASE_MODIFIERS = {"det", "nummod", "amod", "compound", "poss", "case", "conj", "cc", "nmod", "quantmod"}

_SECTOR_NAMES = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "REB": "rebels",
    "OPP": "opposition",
    "MED": "media",
    "BUS": "business",
    "CVL": "civilians",
    "JUD": "judiciary",
    "LEG": "legislature",
    "IGO": "international organisation",
}


@dataclass(frozen=True)
class TermMatch:
    """A sector term found over a run of tokens ("secretary of state" -> GOV, title)."""

    start_token: int
    end_token: int  # exclusive
    sector: str
    kind: str  # title | group
    term: str


def _provenance(confidence: float) -> Provenance:
    return Provenance(STAGE, VERSION, confidence)


def _term_root(doc: Any, term: TermMatch) -> Any:
    """The syntactic head of a multi-word term ("Secretary" in "Secretary of State")."""
    for i in range(term.start_token, term.end_token):
        head = doc[i].head.i
        if head == i or not term.start_token <= head < term.end_token:
            return doc[i]
    return doc[term.end_token - 1]


_TERM_TOKEN = re.compile(r"[^\W_]+\.?(?=\s|$)|[^\W_]+|[^\w\s]")


def _token_variants(term: str) -> list[tuple[str, ...]]:
    """The token sequences the tokenizer may make of a term: hyphens split off ("secretary - general"),
    an abbreviation's period kept or split off ("lt . gen." as well as "lt. gen.")."""
    variants: list[tuple[str, ...]] = [()]
    for token in _TERM_TOKEN.findall(term):
        if len(token) > 1 and token.endswith("."):
            variants = [(*v, token) for v in variants] + [(*v, token[:-1], ".") for v in variants]
        else:
            variants = [(*v, token) for v in variants]
    return variants


#: Entity types of names that are not peoples ("American Airlines", "Iraqi Airways").
_NAMED_THINGS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})

#: Determiners that make a plural nationality a nation ("the Palestinians"), not a count of people.
_NATION_DETERMINERS = {"the", "these", "those", "both"}


#: Prepositions whose plural-nationality object is a party to relations ("talks with Israelis").
_PARTNER_PREPS = frozenset({"with", "between", "among", "by", "from", "of", "against"})


def _counted_people(doc: Any, start: int, end: int) -> bool:
    """A plural nationality counted, quantified or described ("two Iraqis", "thousands of Afghans",
    "young Algerians"): people of that country, which CAMEO codes as civilians."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or (span[0].tag_ not in ("NNPS", "NNS") and not span.text.endswith("s")):
        return False
    token = span[0]
    for child in token.children:
        if child.i > token.i:
            continue
        if child.dep_ in ("nummod", "quantmod", "amod", "compound") and child.ent_type_ in ("", "CARDINAL"):
            return True
        if child.dep_ == "det":
            return child.lower_ not in _NATION_DETERMINERS
    head = token.head
    # "thousands of Afghans", "some of the Kurds"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NUM", "NOUN", "PRON", "DET"):
        return True
    # people acted upon ("arrested Palestinians", "refused entry to Ghanaians"); a partner is the nation
    return token.dep_ == "dobj" or (token.dep_ == "pobj" and head.lower_ not in _PARTNER_PREPS)


#: Entity types a misspelt country or people name may carry (the parser guesses a place, a people, or nothing).
_PLACE_OR_NOTHING = frozenset({"", "GPE", "NORP", "LOC"})

#: Terms that, capitalised inside a sentence, are a word of a name ("National Assembly", "Public Security Ministry").
_NAME_PART_TERMS = frozenset({"national", "public"})

#: Words before an office that say its holder no longer holds it ("former president", "ex-minister").
_FORMER_WORDS = frozenset({"former", "ex", "ousted", "exiled", "deposed", "toppled", "overthrown", "retired"})
#: Offices whose former holders PLOVER codes ELI (elites: former officials, exiled or ousted ones).
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})


def _former_sector(doc: Any, lo: int, term: TermMatch) -> str:
    """The sector a title gives, ELI when a word between ``lo`` and the title says the office is past."""
    if term.sector in _OFFICE_SECTORS and any(doc[i].lower_ in _FORMER_WORDS for i in range(lo, term.start_token)):
        return "ELI"
    return term.sector


#: Participles that make a group word before them the holder of a place ("rebel-held", "army-controlled").
_HOLDING_PARTICIPLES = frozenset({"held", "controlled", "occupied", "run", "dominated"})

#: Places a force or body holds or works from: an attack on "rebel positions", "military bases" or "the parliament
#: building" is aimed at the body that holds them, so a sector word before them still names an actor (CAMEO codes
#: the target so).
_HELD_PLACES = frozenset(
    {
        "position", "positions", "base", "bases", "camp", "camps", "stronghold", "strongholds", "hideout",
        "hideouts", "outpost", "outposts", "post", "posts", "barracks", "checkpoint", "checkpoints",
        "territory", "territories", "convoy", "convoys", "patrol", "patrols", "headquarters", "building",
        "buildings", "office", "offices", "compound", "compounds", "station", "stations", "premises", "garrison",
        "garrisons", "installation", "installations", "facility", "facilities",
    }
)  # fmt: skip

#: Nouns for people or bodies of people that a sector word can modify ("opposition figures", "police sources").
_PEOPLE_NOUNS = frozenset(
    {
        "people", "personnel", "staff", "leader", "leaders", "chief", "chiefs", "head", "heads", "official",
        "officials", "member", "members", "figure", "figures", "group", "groups", "unit", "units", "force",
        "forces", "delegation", "delegations", "team", "teams", "body", "bodies", "source", "sources",
        "candidate", "candidates", "side", "camp", "faction", "factions", "wing", "elite", "elites",
        "junta", "regime", "command", "commanders", "authorities", "authority", "circles", "ranks",
        "ally", "allies", "partner", "partners", "proxy", "proxies", "expert", "experts", "specialist",
        "specialists", "veteran", "veterans", "representative", "representatives", "delegate", "delegates",
        "envoy", "envoys", "aide", "aides", "organization", "organizations", "organisation", "organisations",
        "network", "networks", "movement", "movements", "cell", "cells", "outfit", "outfits", "coalition",
        "alliance", "committee", "council", "union", "unions", "association", "front", "wings",
    }
)  # fmt: skip
#: Attacks and the weapons that deliver them: a sector word before one names its agent ("U.S. military airstrikes",
#: "Syrian government missiles"; PLOVER codes the source span by the force behind the act).
_AGENT_ACTS = frozenset(
    {
        "airstrike", "airstrikes", "strike", "strikes", "missile", "missiles", "rocket", "rockets", "shelling",
        "bombardment", "bombardments", "bombing", "bombings", "raid", "raids", "offensive", "offensives",
        "artillery", "crackdown", "assault", "assaults",
    }
)  # fmt: skip
#: Endings of nouns for people ("protesters", "activists", "militiamen", "detainees", "bulldozers" alike).
_PEOPLE_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents",
                   "man", "men", "ee", "ees", "person", "persons", "woman", "women")  # fmt: skip


def _describes_thing(head: Any, terms: list[TermMatch]) -> bool:
    """A sector word used as a modifier of a noun for a thing ("official contact", "military aid
    program", "Israeli military policies"): the phrase names no actor of that sector."""
    noun = head.head
    if head.dep_ not in ("amod", "compound") or noun.i <= head.i or noun.pos_ != "NOUN":
        return False
    if any(t.start_token <= noun.i < t.end_token for t in terms):
        return False  # "government troops": the noun is a sector word of its own
    word = noun.lower_
    if word in _PEOPLE_NOUNS or word in _HELD_PLACES or word in _AGENT_ACTS:
        return False
    return not word.endswith(_PEOPLE_ENDINGS)


class _Role(enum.Flag):
    """The uses of a word for a person's role towards a body (``_ROLE_WORDS``)."""

    #: a title that says only that the person speaks or acts for a body, whichever it is ("Hamas official")
    ANY_BODY_TITLE = enum.auto()
    #: someone who acts for a body but holds no office of its own ("army spokesman"): the body's sector
    AGENT = enum.auto()
    #: the people who lead, speak for or belong to a body: "leaders of opposition parties" are the opposition's,
    #: "members of the teachers' union" the union's (PLOVER codes a body's people by its sector)
    BODY_PEOPLE = enum.auto()
    #: the heads of a community; a people's ones are elites (ELI), not a government ("Basque government" is)
    COMMUNITY_HEAD = enum.auto()
    #: the heads of an armed force; a non-state group's word before them says whose ("rebel commanders")
    COMMANDER = enum.auto()
    #: the people a body employs: "employees of an aid group" are its staff, not organised labour
    STAFF = enum.auto()
    #: an international organisation's people below its head ("a UN mediator", "a UNICEF official"): the
    #: organisation's, in none of its organs' roles, as PLOVER codes them (its secretary-general is GOV)
    ORG_STAFF = enum.auto()


#: The one table of words for a person's role towards a body, each with its uses (a plural is listed only
#: where a use takes it).
_ROLE_WORDS: dict[str, _Role] = {
    "official": _Role.ANY_BODY_TITLE | _Role.BODY_PEOPLE | _Role.ORG_STAFF,
    "officials": _Role.BODY_PEOPLE | _Role.ORG_STAFF,
    "leader": _Role.ANY_BODY_TITLE | _Role.BODY_PEOPLE | _Role.COMMUNITY_HEAD,
    "leaders": _Role.BODY_PEOPLE | _Role.COMMUNITY_HEAD,
    "chief": _Role.ANY_BODY_TITLE | _Role.BODY_PEOPLE | _Role.COMMUNITY_HEAD,
    "chiefs": _Role.BODY_PEOPLE | _Role.COMMUNITY_HEAD,
    "head": _Role.ANY_BODY_TITLE | _Role.BODY_PEOPLE,
    "heads": _Role.BODY_PEOPLE,
    "representative": _Role.ANY_BODY_TITLE | _Role.BODY_PEOPLE | _Role.ORG_STAFF,
    "representatives": _Role.BODY_PEOPLE | _Role.ORG_STAFF,
    "spokesman": _Role.ANY_BODY_TITLE | _Role.AGENT | _Role.BODY_PEOPLE,
    "spokesmen": _Role.AGENT,
    "spokeswoman": _Role.ANY_BODY_TITLE | _Role.AGENT | _Role.BODY_PEOPLE,
    "spokesperson": _Role.AGENT | _Role.BODY_PEOPLE,
    "member": _Role.AGENT | _Role.BODY_PEOPLE,
    "members": _Role.BODY_PEOPLE,
    "negotiator": _Role.ANY_BODY_TITLE | _Role.BODY_PEOPLE | _Role.ORG_STAFF,
    "negotiators": _Role.BODY_PEOPLE | _Role.ORG_STAFF,
    "envoy": _Role.ORG_STAFF,
    "envoys": _Role.ORG_STAFF,
    "special envoy": _Role.ORG_STAFF,
    "mediator": _Role.ORG_STAFF,
    "mediators": _Role.ORG_STAFF,
    "diplomat": _Role.ORG_STAFF,
    "diplomats": _Role.ORG_STAFF,
    "commander": _Role.ANY_BODY_TITLE | _Role.COMMANDER,
    "commanders": _Role.COMMANDER,
    "adviser": _Role.AGENT,
    "advisor": _Role.AGENT,
    "aide": _Role.AGENT,
    "employee": _Role.AGENT | _Role.STAFF,
    "employees": _Role.STAFF,
    "staff": _Role.STAFF,
    "staffer": _Role.STAFF,
    "staffers": _Role.STAFF,
    "figure": _Role.AGENT | _Role.COMMUNITY_HEAD,
    "figures": _Role.COMMUNITY_HEAD,
    "elder": _Role.COMMUNITY_HEAD,
    "elders": _Role.COMMUNITY_HEAD,
}


def _role_words(use: _Role) -> frozenset[str]:
    """The words of ``_ROLE_WORDS`` that have the use ``use``."""
    return frozenset(word for word, uses in _ROLE_WORDS.items() if use in uses)


_GENERIC_TITLES = _role_words(_Role.ANY_BODY_TITLE)
_AGENT_NOUNS = _role_words(_Role.AGENT)
#: Words for someone who speaks or works for a body, with or without a title of their own.
_WORKS_FOR_A_BODY = _GENERIC_TITLES | _AGENT_NOUNS
_BODY_PEOPLE = _role_words(_Role.BODY_PEOPLE)
_COMMUNITY_HEADS = _role_words(_Role.COMMUNITY_HEAD)
_COMMANDERS = _role_words(_Role.COMMANDER)
_STAFF_WORDS = _role_words(_Role.STAFF)
_ORG_STAFF = _role_words(_Role.ORG_STAFF)


#: Words before a news outlet that make it the state's own ("official", "state-run"): it speaks for the government.
_STATE_OWNED_WORDS = frozenset({"official", "state", "government", "state-run", "state-owned", "government-run"})


def _state_owned(doc: Any, lo: int, hi: int) -> bool:
    """Whether a word between tokens ``lo`` and ``hi`` says the outlet is the state's ("state-run television")."""
    return any(doc[i].lower_ in _STATE_OWNED_WORDS for i in range(lo, hi))


def _inner_hyphen(doc: Any, i: int) -> bool:
    """Token ``i`` is a hyphen inside a word, with no space on either side ("state-run", "US-backed")."""
    return i > 0 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _after_word(doc: Any, start: int, word: str) -> bool:
    """Whether the token before the one at character ``start`` is ``word`` (any case)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == word


def _leading_people(start: int, end: int, lexical: Sequence[EntityMention], actor: ActorRef) -> str | None:
    """The people whose name gives a group phrase its country (peoples.tsv: "Tamil leaders"), if any."""
    for m in lexical:
        if start <= m.start and m.end <= end and _is_people(m) and m.actor and m.actor.country == actor.country:
            return m.actor.name
    return None


def _named_body(inside: Sequence[ActorRef]) -> ActorRef | None:
    """The one named organisation (groups.tsv, media) that gives a group phrase its country, if that is all there is."""
    if len(inside) == 1 and inside[0].kind == "organisation" and inside[0].sector:
        return inside[0]
    return None


def _leading_nationality(start: int, end: int, lexical: Sequence[EntityMention]) -> str | None:
    """The country of a nationality word the parser put inside a person's name ("Kenyan Odinga Oginga")."""
    for m in lexical:
        if m.start == start and m.end < end and m.role in ("adjective", "demonym") and m.actor is not None:
            return m.actor.country
    return None


def _qualified_peoples(mentions: list[EntityMention], text: str) -> set[int]:
    """The ids of the country words that another right before them qualifies ("Bosnian Serb forces", "Iraqi
    Kurdish fighters", "Russian Chechen rebels"): the second is a people of the first's country, so only the
    first says whose."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {
        id(second)
        for first, second in itertools.pairwise(ordered)
        if first.role == "adjective" and text[first.end : second.start].strip() == "" and first.end < second.start
        if second.actor is not None and second.actor.kind == "country"
    }


def _one_nationality(nationalities: Sequence[EntityMention]) -> bool:
    """Whether the country words of the phrase name exactly one country ("the Chinese ambassador")."""
    countries = {m.actor.country for m in nationalities if m.actor is not None}
    return len(countries) == 1 and None not in countries


def _is_people(mention: EntityMention) -> bool:
    return mention.label == "ORG" and mention.actor is not None and mention.actor.kind == "group"


def _without_peoples_inside(lexical: list[EntityMention], groups: Sequence[EntityMention]) -> list[EntityMention]:
    """A people's name inside a group phrase ("a group of Yoruba leaders") only gives the group its
    country: the group, not the whole people, is the actor (a country adjective is handled likewise)."""
    spans = [(g.start, g.end) for g in groups]
    return [m for m in lexical if not (_is_people(m) and any(s <= m.start and m.end <= e for s, e in spans))]


def _stateless(actor: ActorRef) -> bool:
    """An international organisation, or a transnational armed group (PLOVER's IMG: al-Qaeda)."""
    transnational = actor.sector == "REB" and actor.kind == "organisation" and actor.country is None
    return actor.sector in ("IGO", "NGO") or transnational


#: Participles that attach where a group sits ("a group based in Trinidad", "troops stationed in Kosovo").
_SEATED = frozenset({"based", "operating", "stationed", "living", "headquartered"})


def _place_preps(head: Any) -> list[Any]:
    """The prepositions that say where a group phrase's people are from or sit: "from Calgary", "in Dili",
    "based in Trinidad" (not a clause about something else: "arrested in Lebanon")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _MEMBER_PREPS]
    for clause in head.children:
        if clause.dep_ == "acl" and clause.lower_ in _SEATED:
            preps += [c for c in clause.children if c.dep_ == "prep" and c.lower_ in _MEMBER_PREPS]
    return preps


#: Plural names of political camps (parties' members, not communities): their party decides their sector.
_POLITICAL_CAMPS = frozenset(
    {
        "democrats", "republicans", "conservatives", "socialists", "communists", "liberals", "tories",
        "greens", "labourites", "unionists", "loyalists", "royalists", "monarchists", "federalists",
    }
)  # fmt: skip


def _community(ent: Any) -> bool:
    """A qualified plural name of a faith or people the dictionaries do not know ("Shiite Muslims", "Maronite
    Christians"), as the parser tags it (NORP); not a political camp ("Republicans"), and not a bare name of a
    people of many countries ("called on Arabs to unite"), which the sentence's one country would misplace."""
    if len(ent) < 2:
        return False
    last = ent[-1]
    plural = last.tag_ == "NNPS" or (last.text.endswith("s") and last.text[:1].isupper())
    return ent.label_ == "NORP" and plural and last.lower_ not in _POLITICAL_CAMPS


#: Dependencies of a noun that stands as an argument of its own (not a modifier of another noun).
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "agent", "attr"})


#: Prepositions that put what follows them on a map ("in Quetta", "near Kandahar").
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "outside", "around", "across", "throughout", "inside"})


def _placed(ent: Any) -> bool:
    """A name right after a locative preposition ("protested in Quetta"): where, not who."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in _LOCATIVE_PREPS


def _a_place(ent: Any, gazetteer: Any) -> bool:
    """A one-word name the gazetteer knows as a city of 15,000 people or more, a division or a region."""
    return len(ent) == 1 and bool(gazetteer.primary_candidates(ent.text))


def _names_place(ent: Any, spans: Sequence[tuple[int, int]], where: Sequence[tuple[int, int]], gazetteer: Any) -> bool:
    """A place name in a group phrase or its place prepositions; the parser often calls a city that modifies a
    group an organisation ("Karachi police"), and one that modifies a noun in a preposition of place ("fighters in
    the Idlib countryside"; ``where``: the phrase and those prepositions, not "members of Toyota")."""
    if ent.label_ in ("GPE", "LOC"):
        return inside_any(ent.start_char, ent.end_char, spans)
    if ent.label_ != "ORG" or not _a_place(ent, gazetteer):
        return False
    modifier = ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN"
    return inside_any(ent.start_char, ent.end_char, where if modifier else spans[:1])


def _seat_sector(doc: Any, lo: int, hi: int, lexical: Sequence[EntityMention]) -> str | None:
    """The sector of a seat of government named in a person's title window beside a word for someone who works
    for a body ("White House adviser", "Kremlin spokesman"): the person is that government's staff."""
    if not any(doc[i].lower_ in _WORKS_FOR_A_BODY for i in range(lo, hi)):
        return None
    lo_char, hi_char = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    seats = (m for m in lexical if m.role == "metonym" and m.actor and lo_char <= m.start and m.end <= hi_char)
    return next((m.actor.sector for m in seats if m.actor is not None and m.actor.sector), None)


def _reach(token: Any) -> tuple[int, int]:
    """The character bounds of a token and everything it governs."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _place_country(head: Any, lexical: Sequence[EntityMention], phrase: tuple[int, int]) -> str | None:
    """The one country of the towns, cities and regions named in a group phrase (``phrase``: its bounds before
    the head's prepositions) or its place prepositions, by the gazetteer (the most likely place of each name,
    the article's countries helping): people "from Calgary" and "Karachi police" are of those places' country,
    as a coder reading the phrase would code them."""
    preps = _place_preps(head)
    spans = [phrase, *(_reach(prep) for prep in preps)]
    where = [phrase, *(_reach(prep) for prep in preps if prep.lower_ != "of")]
    named = {
        m.actor.country
        for m in lexical
        if m.actor is not None and m.role in ("name", "capital") and inside_any(m.start, m.end, spans)
    }
    gazetteer = get_gazetteer()
    names = [
        ent.text
        for ent in head.doc.ents
        if _names_place(ent, spans, where, gazetteer)
        if not any(m.start < ent.end_char and ent.start_char < m.end for m in lexical)
        if not takes_sides(text_of(head.doc), ent.start_char, ent.end_char)  # "Iran-backed militias": a backer
    ]
    if names:
        context = {m.actor.country for m in lexical if m.actor is not None and m.actor.country}
        named |= {place.country if place else None for place in (gazetteer.resolve(n, context) for n in names)}
    return named.pop() if len(named) == 1 else None


def _maybe_misspelt_name(token: Any) -> bool:
    """A proper noun the parser took for no person or organisation, or a capitalised modifier the parser took
    for an adjective or a one-word organisation ("Isreali soldiers", "the Phillipine army")."""
    if token.pos_ == "PROPN" and token.ent_type_ in _PLACE_OR_NOTHING:
        return True
    modifier = token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN" and token.text[:1].isupper()
    if not modifier or (token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_):
        return False  # "pre-Columbian artifacts": a word part
    return token.pos_ == "ADJ" or (token.ent_type_ == "ORG" and token.ent_iob_ == "B" and not token.nbor(1).ent_type_)


def _without_title_bodies(
    doc: Any, orgs: list[EntityMention], people: Sequence[EntityMention], terms: Sequence[TermMatch]
) -> list[EntityMention]:
    """An organisation the dictionaries do not know, named in a person's title ("Movement for Democratic Change
    leader Morgan Tsvangirai"), is part of the title: the titled person is the actor, not an unknown body the
    parser may make the phrase's head."""
    starts = {m.start for m in people if m.actor is not None}
    title_tokens = {i for t in terms if t.kind == "title" for i in range(t.start_token, t.end_token)}
    kept = []
    for org in orgs:
        actor = org.actor
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if actor is None or actor.country or actor.sector or span is None:
            kept.append(org)
            continue
        i, titled = span.end, False
        while i < min(len(doc), span.end + 4) and not doc[i].is_punct and doc[i].idx not in starts:
            if doc[i].pos_ not in ("NOUN", "ADJ", "PROPN") or doc[i].ent_type_ == "PERSON":
                break
            titled = titled or i in title_tokens
            i += 1
        if not (titled and i < len(doc) and doc[i].idx in starts):
            kept.append(org)
    return kept


def _described_orgs(doc: Any, orgs: Sequence[EntityMention], groups: Sequence[EntityMention]) -> None:
    """An organisation the dictionaries do not know takes what an apposition says it is: "the Democratic
    Alliance, South Africa's main opposition party" and "Kenya's biggest union, COTU" are that country's
    opposition and labour; the organisation's own name keywords win over the apposition's sector."""
    for org in orgs:
        actor = org.actor
        if actor is None or (actor.country and actor.sector):
            continue
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        others = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            others.append(root.head)
        for other in others:
            if span.start <= other.i < span.end:
                continue
            lo, hi = (other.left_edge.idx, other.right_edge.idx + len(other.right_edge))
            if root.dep_ == "appos" and other is root.head:
                lo, hi = other.left_edge.idx, other.idx + len(other)  # the head's words, not the organisation's
            found = next(
                (g.actor for g in groups if g.actor and lo <= g.start and g.end <= hi and not g.actor.members), None
            )
            if found is not None and (found.country or found.sector):
                actor.country = actor.country or found.country
                actor.sector = actor.sector or found.sector
                break


#: Words that may stand between a nationality and the name it describes ("Chinese social media video-sharing app
#: TikTok", "the German carmaker Volkswagen"): modifiers of the name's own noun phrase, never a clause or a phrase.
_DESCRIPTION_DEPS = frozenset({"amod", "compound", "det", "nmod", "npadvmod", "nummod", "advmod", "punct"})


def _nationality_before_name(doc: Any, orgs: Sequence[EntityMention], lexical: Sequence[EntityMention]) -> None:
    """An organisation the dictionaries place nowhere is of the one country its own noun phrase names before
    it: "Chinese social media video-sharing app TikTok" is China's, "the Dutch firm Philips" the Netherlands';
    a backer or a stance names no owner ("the US-backed group X")."""
    text = text_of(doc)
    for org in orgs:
        actor = org.actor
        if actor is None or actor.country or actor.members or _stateless(actor):
            continue
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None:
            continue
        lead = doc[span.root.left_edge.i : span.start]
        if not lead or any(t.dep_ not in _DESCRIPTION_DEPS or (t.dep_ == "punct" and t.tag_ != "HYPH") for t in lead):
            continue
        lo = lead.start_char
        countries = {
            m.actor.country
            for m in lexical
            if m.label == "COUNTRY" and m.actor is not None and m.actor.country and lo <= m.start and m.end <= org.start
            if not takes_sides(text, m.start, m.end)
        }
        if len(countries) == 1:
            org.actor = replace(actor, country=countries.pop())


#: Nouns that describe the named body right after them ("the militant group Hamas", "the rebel movement UNITA").
_DESCRIBING_NOUNS = frozenset(
    {"group", "groups", "movement", "organisation", "organization", "faction", "militia", "outfit", "front", "network"}
)
#: Sectors of named non-state armed bodies, whose fighters and commanders are the body's own (REB), not a state's.
_NON_STATE_ARMED = frozenset({"REB", "SEP", "INS", "UAF"})


def _describing(token: Any) -> bool:
    """A lower-case describing noun, not the first word of a name ("Movement for Democratic Change")."""
    return bool(token.lower_ in _DESCRIBING_NOUNS and token.text.islower())


def _body_start(doc: Any, i: int, bodies: Sequence[EntityMention]) -> EntityMention | None:
    """The named body (a dictionary party or armed group, or a keyword-named organisation of known sector) that
    begins at token ``i``, if one does."""
    if i >= len(doc):
        return None
    at = doc[i].idx
    return next((m for m in bodies if m.start == at and (_is_national_body(m) or _stateless_body(m))), None)


def _stateless_body(m: EntityMention) -> bool:
    return m.actor is not None and m.label == "ORG" and m.actor.kind == "organisation" and _stateless(m.actor)


def _names_body_at(doc: Any, i: int, lexical: Sequence[EntityMention]) -> bool:
    """A named body, not a person, follows at token ``i``, after any describing nouns ("the separatist Tamil
    Tigers" the parser reads as a person)."""
    while i < len(doc) and _describing(doc[i]):
        i += 1
    return _body_start(doc, i, lexical) is not None


def _named_after_description(doc: Any, groups: Sequence[EntityMention], bodies: Sequence[EntityMention]) -> None:
    """A definite description right before a body's name is that body: "the militant group Hamas", "the
    separatist Tamil Tigers", "the Basque separatist group ETA" are the named group (its own country, else the
    description's: ETA is Spain's), never a group of whichever country the sentence names (Hamas firing at Israel
    is no Israeli militant). The parser often makes the description the subject and the name a second one."""
    for group in groups:
        actor = group.actor
        if actor is None or actor.members or actor.kind != "group":
            continue
        span = doc.char_span(group.start, group.end, alignment_mode="expand")
        if span is None or not _definite(doc, span.start):
            continue
        i = span.end
        described = doc[span.end - 1].tag_ != "NNS"  # "the militant group", "the separatist": one body
        while i < len(doc) and _describing(doc[i]) and doc[i].sent == span.sent:
            described = described or doc[i].tag_ != "NNS"
            i += 1
        if not described:
            continue
        unknown = _unknown_org_at(doc, i, bodies)
        if unknown is not None and unknown.actor is not None and actor.sector:
            # "the opposition Democratic Alliance": a name the dictionaries lack is what its description says
            unknown.actor.country = unknown.actor.country or actor.country
            unknown.actor.sector = actor.sector
            continue
        body = _body_start(doc, i, bodies)
        if body is None or body.actor is None:
            continue
        country = None
        if body.actor.sector not in ("IGO", "NGO"):
            country = body.actor.country or actor.country or _country_before(doc, span.start, bodies)
        if body.actor.country is None and country:
            body.actor = replace(body.actor, country=country)
        group.actor = replace(body.actor, country=body.actor.country or country)


def _unknown_org_at(doc: Any, i: int, bodies: Sequence[EntityMention]) -> EntityMention | None:
    """An organisation name of no known country or sector that begins at token ``i``."""
    if i >= len(doc):
        return None
    at = doc[i].idx
    return next(
        (
            m
            for m in bodies
            if m.start == at and m.label == "ORG" and m.actor is not None and m.actor.kind == "organisation"
            if not m.actor.country and not m.actor.sector
        ),
        None,
    )


#: Words before a party's name that say whether it governs: "the ruling ANC" is the government (PLOVER: "the
#: executive, governing parties"), "the opposition Labour Party" the opposition.
_PARTY_STANDING = {"ruling": "GOV", "governing": "GOV", "opposition": "OPP"}


def _standing_of_parties(doc: Any, bodies: Sequence[EntityMention]) -> None:
    """A named party takes the standing the word right before it gives (at most one modifier between)."""
    for body in bodies:
        actor = body.actor
        if actor is None or actor.members:
            continue
        named = actor.kind == "organisation" and body.label == "ORG" and actor.sector in ("PTY", None)
        if not named and not (actor.kind == "group" and actor.sector == "PTY"):  # "the ruling Zanu-PF party"
            continue
        span = doc.char_span(body.start, body.end, alignment_mode="expand")
        if span is None:
            continue
        lo = span.start - 1
        if not named:  # the group word's own modifiers: "the ruling Jubilee Party"
            lo = max((t.i for t in span[:-1] if t.lower_ in ("ruling", "governing")), default=lo)
        for i in range(lo, max(span.sent.start, span.start - 3) - 1, -1):
            standing = _PARTY_STANDING.get(doc[i].lower_)
            if standing == "OPP" and actor.sector is None:
                break  # an unknown name after "opposition" is read with the group word (_named_after_description)
            if standing is not None:
                body.actor = replace(actor, sector=standing)
                break
            if doc[i].pos_ not in ("ADJ", "PROPN") and doc[i].tag_ != "HYPH":
                break


def _definite(doc: Any, start: int) -> bool:
    """A determiner ("the", a possessive) opens the phrase, over at most two modifiers before ``start``."""
    if doc[start].lower_ in ("the", "its", "their"):
        return True
    for i in range(start - 1, max(doc[start].sent.start, start - 3) - 1, -1):
        token = doc[i]
        if token.lower_ in ("the", "its", "their") or token.tag_ == "POS":
            return True
        if token.pos_ not in ("ADJ", "PROPN", "NOUN") or token.is_punct:
            return False
    return False


def _country_before(doc: Any, start: int, mentions: Sequence[EntityMention]) -> str | None:
    """The country of a people or country word among the (at most two) modifiers before token ``start``."""
    lo = doc[max(doc[start].sent.start, start - 2)].idx
    hi = doc[start].idx
    return next(
        (m.actor.country for m in mentions if m.actor and m.actor.country and lo <= m.start and m.end <= hi), None
    )


def _body_of(
    head: Any, bodies: Sequence[EntityMention], own: EntityMention, stateless_too: bool = False
) -> EntityMention | None:
    """The organisation or sector group the phrase headed by ``head`` is "of" ("leaders of the union"), if any;
    a country ("leaders of Kenya") and an international organisation (done by the group finder) are not. A
    name the finder did not take whole ("the LAUSD Union of Teachers") is read by the sector words inside it."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            lo, hi = pobj.idx, pobj.idx + 1
            if pobj.pos_ == "PROPN":
                lo, hi = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)
            for m in bodies:
                actor = m.actor
                if m is own or actor is None or actor.members or not (m.start < hi and lo < m.end):
                    continue
                kind_ok = actor.kind in ("organisation", "group")
                if actor.sector and kind_ok and (stateless_too or not _stateless(actor)):
                    return m
    return None


#: Sectors of the groups whose leaders and members a word before the role word names ("cartel leader", "student
#: leaders", "militia commanders", "Senate negotiators": a legislature's are legislators): theirs, not a
#: government's. The state's own executive bodies (army, police) keep the table's.
_SECTORS_OF_MEMBERS = frozenset(
    {"CRM", "REB", "OPP", "LAB", "UAF", "EDU", "REL", "AGR", "BUS", "MED", "JUD", "LEG", "CVL", "REF"}
)


def _body_before(span: Any, bodies: Sequence[EntityMention], own: EntityMention) -> EntityMention | None:
    """The non-state group a sector word before the role word names ("a drug cartel leader": the cartel's)."""
    head = span.root
    for m in bodies:
        actor = m.actor
        if m is own or actor is None or actor.members or actor.sector not in _SECTORS_OF_MEMBERS or _is_people(m):
            continue  # a people's officials ("Iraqi Kurdish officials") are a government's, as the table says
        if own.start <= m.start and m.end <= head.idx and actor.kind == "group":
            return m
    return None


def _staff_body_before(span: Any, bodies: Sequence[EntityMention], own: EntityMention) -> EntityMention | None:
    """The body a word before a staff word names ("an embassy employee", "hospital staff"), of any
    sector, a state's too: its staff are its people."""
    head = span.root
    for m in bodies:
        actor = m.actor
        if m is own or actor is None or actor.members or not actor.sector or _is_people(m):
            continue
        if own.start <= m.start and m.end <= head.idx and actor.kind in ("group", "organisation"):
            return m
    return None


#: Sectors the role-word table gives a group ("officials": GOV, "commanders": MIL, "employees": LAB, "former
#: leaders": ELI) that the body it heads, serves or belongs to may replace.
_BODY_HEADED_SECTORS = frozenset({"GOV", "MIL", "LAB", "ELI"})


def _headed_body(span: Any, sector: str, bodies: Sequence[EntityMention], group: EntityMention) -> EntityMention | None:
    """The body whose leaders, commanders or staff the group phrase ``span`` of the table's ``sector`` names."""
    word = span.root.lower_
    if sector == "MIL":  # "rebel commanders", "militia commanders": an armed group's, not an army's
        return _body_before(span, bodies, group) if word in _COMMANDERS else None
    if sector == "LAB":  # "employees of an aid group", "a consulate employee": the body's staff, not organised labour
        if word not in _STAFF_WORDS:
            return None
        return _body_of(span.root, bodies, group, stateless_too=True) or _staff_body_before(span, bodies, group)
    if word in _BODY_PEOPLE:
        return _body_of(span.root, bodies, group) or _body_before(span, bodies, group)
    return None


def _heads_of_bodies(doc: Any, groups: Sequence[EntityMention], bodies: Sequence[EntityMention]) -> None:
    """A leader or member of a body is of the body's sector, not a government: "leaders of opposition parties"
    (OPP), "leaders of the LAUSD Union of Teachers" (LAB); a people's leaders are its elites ("leaders of the
    Tamils": ELI, as "Tamil leaders" are). The phrase keeps a country of its own, else takes the body's."""
    for group in groups:
        actor = group.actor
        if actor is None or actor.sector not in _BODY_HEADED_SECTORS or actor.kind != "group" or actor.members:
            continue
        span = doc.char_span(group.start, group.end, alignment_mode="expand")
        if span is None:
            continue
        body = _headed_body(span, actor.sector, bodies, group)
        if body is None or body.actor is None:
            continue
        owner = body.actor
        if actor.sector == "ELI" and (owner.sector in _OFFICE_SECTORS or _is_people(body)):
            continue  # "former leaders of the ruling party" are elites; "exiled leaders of the Brotherhood" its own
        actor.sector = "ELI" if _is_people(body) else owner.sector
        actor.country = actor.country or owner.country
        actor.name = f"{owner.name} {span.root.lower_}"


#: Words for a party's rank and file: "BJP workers" and "Congress activists" are the party's people, not labour or
#: private activists (PLOVER codes a body's people by its sector).
_PARTY_FOLLOWERS = frozenset({"worker", "workers", "activist", "activists", "cadre", "cadres", "supporters"})
#: Words for the executive a party forms ("the TMC government"): PLOVER codes governing parties as the government.
_EXECUTIVE_WORDS = frozenset({"government", "governments", "administration", "regime", "cabinet"})
#: Sectors of a named party: its own, or the opposition's ("the opposition BNP"); a ruling party's name (GOV) is
#: left alone, as a ministry's workers are staff.
_PARTY_SECTORS = frozenset({"PTY", "OPP"})


def _party_followers(doc: Any, groups: Sequence[EntityMention], bodies: Sequence[EntityMention]) -> None:
    """A follower word after a named party's name in its own phrase takes the party's sector and country."""
    for group in groups:
        actor = group.actor
        if actor is None or actor.kind != "group" or actor.members:
            continue
        span = doc.char_span(group.start, group.end, alignment_mode="expand")
        if span is None or span.root.lower_ not in _PARTY_FOLLOWERS:
            continue
        party = _party_before(span.root, bodies, group)
        if party is None or party.actor is None:
            continue
        actor.sector = party.actor.sector
        actor.country = actor.country or party.actor.country
        actor.name = f"{party.actor.name} {span.root.lower_}"


def _party_before(head: Any, bodies: Sequence[EntityMention], own: EntityMention) -> EntityMention | None:
    """The named party (an organisation the dictionaries code PTY) between a phrase's start and its head."""
    for m in bodies:
        actor = m.actor
        if m is own or actor is None or actor.members or actor.kind != "organisation":
            continue
        if actor.sector in _PARTY_SECTORS and own.start <= m.start and m.end <= head.idx and m.label == "ORG":
            return m
    return None


#: Armed groups of no state that words before them may put on the state's side ("pro-government militias").
_IRREGULAR_FORCES = frozenset({"REB", "UAF"})
#: Faiths and sects: forces a state raises are named by its nationality, so forces named by a faith are a
#: community's armed group ("Moslem forces in east Bosnia", "Christian militiamen"), not a state's army.
_FAITH_WORDS = frozenset(
    {"muslim", "moslem", "christian", "hindu", "sikh", "shia", "shiite", "shi'ite", "sunni", "druze", "catholic",
     "protestant", "buddhist", "islamist"}
)  # fmt: skip


def _refine_group_sector(
    doc: Any,
    term: TermMatch,
    terms: Sequence[TermMatch],
    actor: ActorRef,
    start_tok: int,
    phrase: tuple[int, int],
    lexical: Sequence[EntityMention],
) -> None:
    """Correct the sector the table gives a group word by the words before it (the phrase's own modifiers
    from ``start_tok``; ``phrase`` the character range its country words are read in)."""
    if actor.sector == term.sector and _former_sector(doc, start_tok, term) == "ELI":
        actor.sector = "ELI"  # "the former minister"
    if actor.sector in _IRREGULAR_FORCES and state_sided(text_of(doc), doc[term.start_token].idx):
        # "pro-government militias": CAMEO codes a state's known paramilitaries MIL
        actor.sector, actor.name = "MIL", f"{actor.country or ''} military".strip()
    if actor.sector == "MED" and _state_owned(doc, start_tok, term.start_token):
        actor.sector = "GOV"  # "an official Syrian newspaper": the state's own voice
    if actor.sector == "MIL" and any(doc[i].lower_ in _FAITH_WORDS for i in range(start_tok, term.start_token)):
        actor.sector, actor.name = "REB", f"{actor.country or ''} rebels".strip()  # "Moslem forces": a faith's fighters
    people_name = _leading_people(phrase[0], phrase[1], lexical, actor)
    sector_word_before = any(
        t is not term and start_tok <= t.start_token < term.start_token and t.sector != "GOV" for t in terms
    )  # "Kashmiri separatist leaders": the separatists' leaders (their group's sector), not elites
    if term.term in _COMMUNITY_HEADS and actor.sector == "GOV" and people_name and not sector_word_before:
        # "Yoruba leaders": a people's leaders are elites, not its state's government
        actor.name, actor.sector = f"{people_name} {term.term}", "ELI"


def _distinct_countries(actors: list[ActorRef]) -> list[ActorRef]:
    seen: dict[str | None, ActorRef] = {}
    for actor in actors:
        seen.setdefault(actor.country, actor)
    return list(seen.values())


def _english_noun(word: str) -> bool:
    """Whether a plural word is English (the parser's lemma lists): "activists", "parties", "buses" are;
    "sevaks", "sainiks" (Hindi words in Indian English news) are not."""
    function_words, nouns = common_words()
    singulars = {word, word[:-1]}
    if word.endswith("es"):
        singulars.add(word[:-2])
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    return any(w in nouns or w in function_words for w in singulars)


#: The shortest plural read as a borrowed group word ("sevaks"): shorter words ending in -s ("bus", "gas")
#: are too often English or a name's end.
_MIN_GROUP_PLURAL = 5


def _compound_group_nouns(
    doc: Any, mentions: list[EntityMention], excluded: Sequence[tuple[int, int]]
) -> list[EntityMention]:
    """A plural noun from outside English after a modifier word ("58 kar sevaks", "the shiv sainiks") is one
    group word naming people, as English news written in India uses them: one group mention for the pair,
    not a person "kar" the parser guessed from the first word. Only words written in lower case (a name in
    capitals is the name finder's), no head the parser put in a name ("george fernandes"), and no pair that
    a dictionary mention already covers."""
    text = text_of(doc)
    function_words, _ = common_words()
    found: list[EntityMention] = []
    for head in doc:
        # the parser's tags of a word it does not know are guesses ("sevaks" VBZ): the plural ending decides
        if (
            head.i == 0
            or head.ent_type_
            or not head.is_alpha
            or len(head) < _MIN_GROUP_PLURAL
            or not head.lower_.endswith("s")
        ):
            continue
        modifier = doc[head.i - 1]
        start, end = modifier.idx, head.idx + len(head)
        written = modifier.is_lower or (modifier.is_sent_start and modifier.text[1:].islower())  # "Kar sevaks were"
        if not (modifier.is_alpha and written and head.is_lower and modifier.whitespace_):
            continue
        if modifier.lower_ in function_words or _english_noun(head.lower_) or overlaps_any(start, end, excluded):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(not _bare_guess(m) for m in inside):
            continue
        actor = ActorRef(text[start:end], None, None, "group")
        found.append(EntityMention(start, end, text[start:end], "GROUP", actor, _provenance(0.6), role="group"))
    if not found:
        return mentions
    return [m for m in mentions if not any(g.start < m.end and m.start < g.end for g in found)] + found


def _without_leading_verbs(ent: Any) -> Any:
    """A name the parser tagged with the verb that opens its sentence ("Entrusting Donald Trump with our future
    is ...", "Blaming Hillary Clinton ..."), or with the modal that opens a question ("Will Sanders come down?"):
    the name without the verb. A verb is no part of a name."""
    first = 0
    while first < len(ent) - 1 and (_opening_verb(ent[first]) or _question_modal(ent[first])):
        first += 1
    return SpacySpan(ent.doc, ent.start + first, ent.end, label=ent.label_) if first else ent


def _says_descent(doc: Any, mention: EntityMention) -> bool:
    """Whether a mention's country word says a family's descent, not whose the person is (:func:`of_descent`)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and of_descent(span.root)


#: The possessive endings a tagger may leave on a name, with the typographic apostrophes news text uses.
_POSSESSIVES = ("'s", "\u2019s", "\u2018s")


def _possessive_length(name: str) -> int:
    """How many closing characters of a tagged name are its possessive ending ("Donald Trump\u2018s"), else 0."""
    return 2 if name.endswith(_POSSESSIVES) and len(name) > 3 else 0


def _opening_verb(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.tag_.startswith("VB")


def _question_modal(token: Any) -> bool:
    """A modal the parser reads as the auxiliary of its clause ("Will" of "Will Sanders come down"): a name word
    ("Will Smith attended") is a proper noun in a compound instead."""
    return bool(token.tag_ == "MD" and token.dep_ == "aux")


#: Armed acts a state carries out through its armed forces: a country word before one names them ("US Predator
#: attacks", "Israeli air strikes" -> MIL, as CAMEO codes the agent of a state's armed attack).
_ARMED_ACTS = frozenset(
    {"attack", "attacks", "airstrike", "airstrikes", "shelling", "bombardment", "bombardments", "offensive",
     "offensives", "invasion", "incursion", "incursions"}
)  # fmt: skip
#: Words that make a "strike" an armed one ("air strikes", "drone strikes"; a bare "French strikes" are labour's).
_STRIKE_KINDS = frozenset({"air", "drone", "missile", "rocket", "artillery"})


def _armed_act(token: Any) -> bool:
    if token.pos_ != "NOUN":
        return False
    if token.lower_ in ("strike", "strikes"):
        return any(c.dep_ in ("compound", "amod") and c.lower_ in _STRIKE_KINDS for c in token.children)
    return token.lower_ in _ARMED_ACTS


def _act_modified(doc: Any, mention: EntityMention) -> Any | None:
    """The armed act a country word modifies, through the names between them ("US Predator attacks"), else None."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.dep_ == "compound" and token.head.i > token.i and not _armed_act(token.head):
        token = token.head  # "US Predator attacks": the weapon's name is no agent of its own
    if token.dep_ not in ("amod", "compound", "nmod") or token.head.i < token.i:
        return None  # a possessor owns the act as a state ("Turkey's military offensive"): left as the state
    return token.head if _armed_act(token.head) else None


def _armed_agents(doc: Any, lexical: Sequence[EntityMention], groups: Sequence[EntityMention]) -> list[EntityMention]:
    """A country word before an armed act names the state's armed forces, or the body a sector word beside it names
    ("Syrian regime air strikes" -> SYR GOV); one the sector word's own group holds ("U.S. military") is left to it."""
    out: list[EntityMention] = []
    for m in lexical:
        actor = m.actor
        if m.role not in ("name", "adjective") or actor is None or actor.kind != "country" or not actor.country:
            continue
        if actor.sector or any(g.start <= m.start and m.end <= g.end for g in groups):
            continue
        act = _act_modified(doc, m)
        if act is None or takes_sides(text_of(doc), m.start, m.end):
            continue
        beside = [g.actor.sector for g in groups if g.actor and g.actor.sector and _modifies(doc, g, act)]
        sector = beside[0] if beside else "MIL"
        name = f"{actor.country} {_SECTOR_NAMES.get(sector, sector.lower())}"
        agent = ActorRef(name, actor.country, sector, "group")
        out.append(EntityMention(m.start, m.end, m.text, "GROUP", agent, _provenance(0.7), role="group"))
    return out


def _modifies(doc: Any, mention: EntityMention, noun: Any) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.head.i == noun.i and span.root.dep_ in ("amod", "compound")


def _bare_guess(mention: EntityMention) -> bool:
    """A name the parser guessed that no dictionary resolved: no country, no sector ("kar" of "kar sevaks")."""
    actor = mention.actor
    return mention.label in ("PERSON", "ORG", "NORP") and (actor is None or not (actor.country or actor.sector))


class MentionFinder:
    """Finds actor mentions in one spaCy Doc; build once, call per document."""

    def __init__(self, lexicon: Lexicon | None = None, people: PeopleIndex | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.people = people or load_people()
        # Known names are scanned for directly: the parser misses some ("Xi Jinping met ...").
        forms = {form for person in self.people.people for form in (person.name, *person.aliases)}
        self._people_re = compile_surfaces(frozenset(forms))
        self._surface_re: re.Pattern[str] = self.lexicon.surface_regex()
        peoples = (form for form, group in self.lexicon.group_by_surface.items() if group.kind == "group")
        self._spelling = SpellingIndex([*self.lexicon.country_by_surface, *peoples])
        self._terms = self._index_terms()
        self._max_term = max((len(key) for key in self._terms), default=1)
        self._starts = self._first_words()
        # typos of long one-word sector words and organisation keywords ("peackeepers", "Anti-Corruption Commision")
        self._term_typos = WordIndex(key[0] for key in self._terms if len(key) == 1)
        self._keyword_typos = WordIndex(word for word, _ in _ORG_KEYWORDS)

    def _first_words(self) -> frozenset[str]:
        return frozenset(key[0] for key in self._terms)

    def _index_terms(self) -> dict[tuple[str, ...], tuple[str, str, str]]:
        index: dict[tuple[str, ...], tuple[str, str, str]] = {}
        for term in self.lexicon.sector_by_term.values():
            index[tuple(term.term.lower().split())] = (term.sector, term.kind, term.term)
            for tokens in _token_variants(term.term.lower()):
                index.setdefault(tokens, (term.sector, term.kind, term.term))
        return index

    # ------------------------------------------------------------------ public
    def __call__(
        self,
        doc: Any,
        excluded: Sequence[tuple[int, int]] = (),
        year: int | dt.date | None = None,
        *,
        one_case: bool = False,
    ) -> list[EntityMention]:
        """The actor mentions of ``doc``; ``one_case``: its text came in one case and was recased for the parser, so
        a name the recaser did not know is still written in lower case ("jilani said")."""
        lexical = self._lexicon_mentions(doc, excluded)
        lexical = [_capital_as_namesake(doc, m, lexical) for m in lexical]
        terms = self._term_matches(doc)
        people = self._person_mentions(doc, excluded, lexical, terms, year, one_case)
        taken = [(m.start, m.end) for m in lexical + people]
        groups = self._group_mentions(doc, excluded, terms, lexical, taken, people)
        taken += [(m.start, m.end) for m in groups]
        taken += [(doc[t.start_token].idx, doc[t.end_token - 1].idx + len(doc[t.end_token - 1])) for t in terms]
        countries = [(m.start, m.end) for m in lexical if m.label == "COUNTRY" and m.role in ("name", "adjective")]
        orgs = self._org_mentions(doc, excluded, taken, countries, groups)
        # "the Nigerian Union of Teachers": a union, not teachers; the organisation's name keyword wins
        groups = [g for g in groups if not any(o.start <= g.start and g.end <= o.end for o in orgs)]
        orgs = _without_title_bodies(doc, orgs, people, terms)
        _described_orgs(doc, orgs, groups)
        _nationality_before_name(doc, orgs, lexical)
        _named_after_description(doc, groups, [*lexical, *orgs])
        _standing_of_parties(doc, [*lexical, *orgs, *groups])
        _heads_of_bodies(doc, groups, [*lexical, *groups, *orgs])
        _party_followers(doc, groups, [*lexical, *orgs])
        groups += _armed_agents(doc, lexical, groups)
        lexical = _without_peoples_inside(lexical, groups)
        mentions = self._national_groups(doc, lexical + people + groups + orgs)
        mentions = _compound_group_nouns(doc, mentions, excluded)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    @staticmethod
    def _national_groups(doc: Any, mentions: list[EntityMention]) -> list[EntityMention]:
        """A country adjective before a people's name ("Iraqi Kurds", "Bosnian Serbs") is one group of
        that country's civilians; the people's own mention (or a PERSON misreading of the pair) goes."""
        merged: list[EntityMention] = []
        for adjective in mentions:
            if adjective.role != "adjective" or adjective.actor is None or adjective.actor.country is None:
                continue
            span = doc.char_span(adjective.start, adjective.end, alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            people = doc[span.end]
            if (
                people.tag_ != "NNPS"
                and not any(m.role == "demonym" and m.start == people.idx for m in mentions)
                and people.ent_type_ != "NORP"
            ):
                continue
            if not people.text[:1].isupper() or not people.text.endswith("s") or people.ent_type_ in _NAMED_THINGS:
                continue  # "American Airlines" is a company
            if any(m.role in ("group", "title") and m.start <= people.idx < m.end for m in mentions):
                continue  # "Syrian Refugees" in a headline's capitals: a sector word's group, refugees
            end = people.idx + len(people)
            actor = ActorRef(f"{adjective.text} {people.text}", adjective.actor.country, "CVL", "group")
            text = text_of(doc)[adjective.start : end]
            merged.append(EntityMention(adjective.start, end, text, "GROUP", actor, _provenance(0.8), role="group"))
        if not merged:
            return mentions
        covered = [(m.start, m.end) for m in merged]
        kept = [m for m in mentions if m.role == "adjective" or not inside_any(m.start, m.end, covered)]
        return kept + merged

    # -------------------------------------------------------------- lexicon hits
    def _lexicon_mentions(self, doc: Any, excluded: Sequence[tuple[int, int]]) -> list[EntityMention]:
        out: list[EntityMention] = []
        for match in self._surface_re.finditer(text_of(doc)):
            start, end = match.span()
            if overlaps_any(start, end, excluded):
                continue
            mention = self._lexicon_mention(text_of(doc)[start:end], start, end)
            if mention is None:
                continue
            if mention.role == "demonym" and mention.actor is not None and _counted_people(doc, start, end):
                mention.actor.sector = "CVL"  # "more than 100 Palestinians": people, not the nation
            if mention.role in ("demonym", "adjective") and _after_word(doc, start, "ethnic"):
                # "ethnic Albanians" in Serbia: an ethnicity, coded (as CAMEO does) by where they live
                mention.actor = ActorRef(f"ethnic {mention.text}", None, "CVL", "group")
            out.append(mention)
        return out + self._misspelt_mentions(doc, excluded, out)

    def _misspelt_mentions(
        self, doc: Any, excluded: Sequence[tuple[int, int]], found: list[EntityMention]
    ) -> list[EntityMention]:
        """Proper nouns one typo away from one country or people ("Ethopia", "Chenchen refugees") that are no
        place, person or organisation of their own, and a country's possessive written without its apostrophe."""
        out: list[EntityMention] = []
        for token in doc:
            form = self._possessive_without_apostrophe(token)
            if form is None and _maybe_misspelt_name(token):
                form = self._spelling.correct(token.text)
            if form is None:
                continue
            start, end = token.idx, token.idx + len(token)
            if overlaps_any(start, end, [*excluded, *((m.start, m.end) for m in found)]):
                continue
            if get_gazetteer().knows(token.text) or self.people.lookup(token.text) is not None:
                continue
            mention = self._lexicon_mention(form, start, end)
            if mention is not None:
                mention.text, mention.provenance = token.text, _provenance(0.7)
                out.append(mention)
        return out

    def _possessive_without_apostrophe(self, token: Any) -> str | None:
        """A country's name with an "s" and no apostrophe before a noun it owns ("Nepals government", "on Israels
        border"): the country, which one-edit spelling cannot tell from its people's name ("Nepali")."""
        word = token.text
        if len(word) < 4 or not word.endswith("s") or not word[0].isupper() or token.head.pos_ != "NOUN":
            return None
        if token.dep_ not in ("compound", "poss", "amod", "nmod") or token.head.i != token.i + 1:
            return None
        found = self.lexicon.country(word[:-1])
        return word[:-1] if found is not None and found[1] == "name" else None

    def _lexicon_mention(self, surface: str, start: int, end: int) -> EntityMention | None:
        lex = self.lexicon
        found = lex.country(surface)
        if found is not None:
            entry, role = found
            sector = "GOV" if role in ("capital", "metonym") else None
            kind = "group" if role == "demonym" else "country"
            actor = ActorRef(entry.name, entry.iso3, sector, kind)
            return EntityMention(start, end, surface, "COUNTRY", actor, _provenance(0.95), role=role)
        igo = lex.igo(surface)
        if igo is not None:
            actor = ActorRef(igo.name, None, igo.sector, "organisation", org_sector=igo.org_sector)
            return EntityMention(start, end, surface, igo.sector, actor, _provenance(0.95))
        group = lex.group(surface)
        if group is not None:
            actor = ActorRef(group.name, group.country, group.sector or None, group.kind)  # the PLO: no sector
            return EntityMention(start, end, surface, "ORG", actor, _provenance(0.9))
        media = lex.media_by_name.get(surface) or lex.media_by_name.get(surface.lower())
        if media is not None:
            actor = ActorRef(media.name, media.country, "MED", "organisation")
            return EntityMention(start, end, surface, "MEDIA", actor, _provenance(0.9))
        return None

    # ------------------------------------------------------------ sector terms
    def _term_matches(self, doc: Any) -> list[TermMatch]:
        """Longest-first sector terms over tokens, matching the last word by its lemma too."""
        out: list[TermMatch] = []
        i, n = 0, len(doc)
        lowers = [t.lower_ for t in doc]
        while i < n:
            if lowers[i] not in self._starts and doc[i].lemma_.lower() not in self._starts:
                typo = self._term_typo(doc[i])
                if typo is not None:
                    out.append(typo)
                i += 1
                continue  # cheap skip: no term starts with this word
            match = self._term_at(doc, i, n)
            if match is None:
                i += 1
                continue
            out.append(match)
            i = match.end_token
        return out

    def _term_typo(self, token: Any) -> TermMatch | None:
        """A common noun one typo from one long one-word sector term ("UN peackeepers", "the goverment")."""
        if len(token) < 8 or token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha or token.is_title:
            return None
        form = self._term_typos.correct(token.text)
        hit = self._terms.get((form,)) if form is not None else None
        return TermMatch(token.i, token.i + 1, hit[0], hit[1], hit[2]) if hit is not None else None

    def _term_at(self, doc: Any, i: int, n: int) -> TermMatch | None:
        for size in range(min(self._max_term, n - i), 0, -1):
            words = [doc[j].lower_ for j in range(i, i + size)]
            last = doc[i + size - 1]
            # by its lemma only a noun: "was illegally spied on" names no spy
            lemma_key = None if last.pos_ in ("VERB", "AUX") else (*words[:-1], last.lemma_.lower())
            for key in (tuple(words), lemma_key):
                hit = self._terms.get(key) if key is not None else None
                if hit is not None and not (
                    hit[2] in _NAME_PART_TERMS and doc[i].is_title and not doc[i].is_sent_start
                ):
                    return TermMatch(i, i + size, hit[0], hit[1], hit[2])
        return None

    # ------------------------------------------------------------------ people
    def _person_mentions(
        self,
        doc: Any,
        excluded: Sequence[tuple[int, int]],
        lexical: list[EntityMention],
        terms: list[TermMatch],
        year: int | dt.date | None,
        one_case: bool = False,
    ) -> list[EntityMention]:
        out: list[EntityMention] = []
        for tagged in doc.ents:
            ent = _without_leading_verbs(tagged)
            if overlaps_any(ent.start_char, ent.end_char, excluded):
                continue
            if ent.label_ != "PERSON" and not self._titled_name(doc, ent, terms):
                continue
            covering = next((m for m in lexical if m.start <= ent.start_char and ent.end_char <= m.end), None)
            if covering is not None:  # "Washington" tagged PERSON but known as a capital
                self._titled_lexical(doc, ent, covering, lexical, terms)
                continue
            text = ent.text.strip()
            cut = _possessive_length(text)  # "Hillary Clinton’s campaign": the name is Clinton's
            end, text = ent.end_char - cut, text[: len(text) - cut].rstrip()
            if not text or not any(ch.isalpha() for ch in text):
                continue
            if not one_case and len(ent) == 1 and text.islower():
                continue  # "comb the bush": a common noun tagged as a name
            if _only_country_and_title_words(ent, lexical, terms):
                continue  # "Estonian MEP has demanded": a title with its nationality, no one's name
            country, sector, conf, org_sector = self._title_of(doc, ent, lexical, terms)
            country = country or _leading_nationality(ent.start_char, ent.end_char, lexical)
            actor = ActorRef(text, country, sector, "person", org_sector=org_sector)
            known = self.people.lookup(text, year) if country is None or sector is None else None
            if known is None and country is None and len(ent) > 1:
                known = self.people.lookup_misspelt(text, year)  # "Juvenal Habyariman", "Slobodan Milosovic"
            if known is not None and country is not None and known.country != country:
                known = None  # a namesake of another country
            if known is not None:  # the title in the text wins; the dictionary fills what it lacks
                actor = self._known_actor(known, year)
                actor.sector = sector or actor.sector
                actor.org_sector = org_sector or actor.org_sector
                if sector == "IGO":  # "NATO Secretary General Jens Stoltenberg": the IGO's, not his nation's
                    actor.country = None
                conf = 0.85
            elif country is None and sector is not None and len(ent) == 1:
                # "President Obama": the title gives the role, the dictionary's surname the country
                actor.country = self.people.surname_country(text)
            elif country is None and sector is None and len(ent) == 1:
                guess = self.people.by_surname(text, year, country_alone=True)
                if guess is not None:  # later replaced by an earlier full name in the article, if any
                    found = EntityMention(ent.start_char, end, text, "PERSON", guess, _provenance(0.6), role="surname")
                    out.append(found)
                    continue
            out.append(EntityMention(ent.start_char, end, text, "PERSON", actor, _provenance(conf)))
        out += self._known_names(doc, excluded, [*lexical, *out], year)
        return out + self._untagged_surnames(doc, excluded, [*lexical, *out], terms, year)

    def _untagged_surnames(
        self,
        doc: Any,
        excluded: Sequence[tuple[int, int]],
        taken: list[EntityMention],
        terms: list[TermMatch],
        year: int | dt.date | None = None,
    ) -> list[EntityMention]:
        """A dictionary person's bare surname the parser did not tag as a person ("Demirel said", "Rawlings
        accused", "Erdogan has accused" taken for a place no gazetteer knows): one proper noun standing as
        an argument, alone or as an organisation guess of one word, whose surname the dictionary gives one
        country and sector (as for a surname tagged as a person)."""
        out: list[EntityMention] = []
        lengths = {i: e.end - e.start for e in doc.ents for i in range(e.start, e.end)}
        blocked = [*excluded, *((m.start, m.end) for m in taken)]
        in_terms = {i for t in terms for i in range(t.start_token, t.end_token)}
        for token in doc:
            if token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in _ARGUMENT_DEPS or not token.text[:1].isupper():
                continue
            if token.ent_type_ not in ("", "ORG", "NORP", "GPE") or (token.ent_type_ and lengths.get(token.i) != 1):
                continue
            start, end = token.idx, token.idx + len(token)
            if token.i in in_terms or overlaps_any(start, end, blocked):
                continue
            if token.ent_type_ == "GPE" and (token.dep_ == "pobj" or get_gazetteer().primary_candidates(token.text)):
                continue  # "Since 2013, Erdogan has": a surname taken for a place, unless it may be one
            guess = self.people.by_surname(token.text, year)
            if guess is not None:
                out.append(EntityMention(start, end, token.text, "PERSON", guess, _provenance(0.55), role="surname"))
        return out

    def _titled_lexical(
        self, doc: Any, ent: Any, mention: EntityMention, lexical: list[EntityMention], terms: list[TermMatch]
    ) -> None:
        """A dictionary name right after a title is a person in that role ("Prime Minister Romendacil",
        a name a user dictionary codes with a country only): the title gives the sector."""
        if mention.actor is None or mention.role != "name" or mention.actor.sector is not None:
            return
        if not any(t.end_token == ent.start and t.kind == "title" for t in terms):
            return
        others = [m for m in lexical if m is not mention]
        country, sector, _, _ = self._title_of(doc, ent, others, terms)
        if sector is not None:
            mention.actor = ActorRef(mention.actor.name, country or mention.actor.country, sector, "person")

    def _known_actor(self, known: KnownPerson, year: int | dt.date | None) -> ActorRef:
        """The dictionary's actor; outside the dates of every role, only the country is certain."""
        actor = self.people.to_actor(known)
        if year is not None and not known.holds(year):
            actor.sector = actor.org_sector = None
        return actor

    def _known_names(
        self, doc: Any, excluded: Sequence[tuple[int, int]], taken: list[EntityMention], year: int | dt.date | None
    ) -> list[EntityMention]:
        """Dictionary names the parser did not tag as people."""
        out = []
        for match in self._people_re.finditer(text_of(doc)):
            start, end = match.span()
            if overlaps_any(start, end, excluded) or any(m.start < end and start < m.end for m in taken):
                continue
            known = self.people.lookup(match.group(0), year)
            if known is not None:
                actor = self._known_actor(known, year)
                out.append(EntityMention(start, end, match.group(0), "PERSON", actor, _provenance(0.8)))
        return out

    @staticmethod
    def _titled_name(doc: Any, ent: Any, terms: list[TermMatch]) -> bool:
        """An ORG/NORP guess that is really a person: a title right before it or in apposition."""
        if ent.label_ not in ("ORG", "NORP") or not 2 <= len(ent) <= 4:
            return False
        if not all(t.is_title for t in ent):
            return False
        before = any(t.end_token == ent.start and t.kind == "title" for t in terms)
        appos = any(
            c.dep_ == "appos" and any(t.start_token <= c.i < t.end_token and t.kind == "title" for t in terms)
            for c in ent.root.children
        )
        return before or appos

    def _title_of(
        self, doc: Any, ent: Any, lexical: list[EntityMention], terms: list[TermMatch]
    ) -> tuple[str | None, str | None, float, str | None]:
        """Country, sector, confidence and (for an official of an organisation) the sector of the
        title inside it, from the title before a name or in an apposition after it."""
        window = self._left_title_window(doc, ent)
        windows = [window] if window else []
        inner = self._leading_title(ent, terms)
        if inner is not None:  # the parser took the title into the name ("Archbishop Desmond Tutu")
            windows.append((ent.start, inner.end_token))
        windows += [(t.left_edge.i, t.right_edge.i + 1) for t in ent.root.children if t.dep_ == "appos"]
        head = ent.root.head
        if ent.root.dep_ == "appos" and head.i < ent.start:  # "The Senegalese President, Jean Mbaye"
            windows.append((head.left_edge.i, head.i + 1))
        country = sector = None
        title_word = ""
        for lo, hi in windows:
            lo_char, hi_char = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            title = next((t for t in terms if lo <= t.start_token and t.end_token <= hi and t.kind == "title"), None)
            if sector is None and title is not None:
                sector = _former_sector(doc, lo, title)
                title_word = title.term
            country = country or next(
                (
                    m.actor.country
                    for m in lexical
                    if m.actor and lo_char <= m.start and m.end <= hi_char and m.actor.country
                    if not _posted_to(doc, m, terms)
                ),
                None,
            )
        if sector is None or title_word in _GENERIC_TITLES:
            # "Foreign Ministry spokesman Zhao Lijian", "X, a spokesman for the army", "X, leader of the party"
            sector = next((e for lo, hi in windows if (e := self._employer_sector(doc, lo, hi, terms))), sector)
        if sector is None or title_word in _GENERIC_TITLES:
            # "Hamas spokesman X", "Hezbollah leader X": the named body's own people, not a government
            body = next((b for lo, hi in windows if (b := self._named_body_in(lexical, doc, lo, hi))), None)
            sector = body.sector if body is not None else sector
            generic = body is None and title_word in _GENERIC_TITLES
            unknown = self._unknown_body_in(doc, windows, lexical) if generic else None
            if unknown is not None:
                # "Democratic Alliance leader X": the leader of a body no dictionary knows, of its keyword's
                # sector ("Jubilee Party": PTY) or of none, never a government's leader
                sector = unknown.sector
        if sector is None:
            # "White House adviser X", "Kremlin spokesman X": a seat of government's own staff
            sector = next((e for lo, hi in windows if (e := _seat_sector(doc, lo, hi, lexical))), None)
        # "Prime ministers John Major of Britain and John Bruton of Ireland": the plural titles each name
        sector = sector or self._plural_title_sector(doc, ent, terms)
        igo = next((found for lo, hi in windows if (found := self._igo_in(lexical, doc, lo, hi))), None)
        if country is None and igo is not None:
            # "U.N. Secretary-General Kofi Annan": an official of the organisation, in the role the title gives;
            # "U.N. mediator X" is its staff, in no organ's role
            role = None if title_word in _ORG_STAFF and sector == "GOV" else sector
            return None, igo.sector, 0.9, role or igo.org_sector
        return country, sector, 0.9 if sector else 0.8, None

    def _plural_title_sector(self, doc: Any, ent: Any, terms: list[TermMatch]) -> str | None:
        """The sector of a plural title before the first of conjoined names, which titles each of them
        ("Foreign ministers X of Peru and Y of Chile": GOV for both)."""
        first = _first_of_list(ent.root)
        opening = next((e for e in doc.ents if e.start <= first.i < e.end and e.label_ == "PERSON"), None)
        window = self._left_title_window(doc, opening) if opening is not None else None
        if window is None:
            return None
        lo, hi = window
        plural = (t for t in terms if lo <= t.start_token and t.end_token <= hi if doc[t.end_token - 1].tag_ == "NNS")
        return next((_former_sector(doc, lo, t) for t in plural), None)

    def _unknown_body_in(
        self, doc: Any, windows: Sequence[tuple[int, int]], lexical: Sequence[EntityMention]
    ) -> ActorRef | None:
        """An organisation name (the parser's) in a title window that no dictionary mention covers."""
        for lo, hi in windows:
            for ent in doc[lo:hi].ents:
                if ent.label_ != "ORG" or any(m.start < ent.end_char and ent.start_char < m.end for m in lexical):
                    continue
                return self._org_actor(ent.text)
        return None

    @staticmethod
    def _igo_in(lexical: list[EntityMention], doc: Any, lo: int, hi: int) -> ActorRef | None:
        """An international or non-governmental organisation between tokens ``lo`` and ``hi``."""
        return _actor_in_window(lexical, doc, lo, hi, _is_international_body)

    @staticmethod
    def _named_body_in(lexical: list[EntityMention], doc: Any, lo: int, hi: int) -> ActorRef | None:
        """A named party, armed group or other body of one country (groups.tsv) between tokens ``lo`` and ``hi``."""
        return _actor_in_window(lexical, doc, lo, hi, _is_national_body)

    @staticmethod
    def _employer_sector(doc: Any, lo: int, hi: int, terms: list[TermMatch]) -> str | None:
        """The sector of the body a person speaks or works for, when a word for such a role (no title of its
        own) stands in the window: "army spokesman", "a spokesman for the police", "a member of the
        opposition". The person is of that body's sector, as PLOVER codes a spokesman by whom he speaks for."""
        if not any(doc[i].lower_ in _WORKS_FOR_A_BODY for i in range(lo, hi)):
            return None
        return next((t.sector for t in terms if lo <= t.start_token and t.end_token <= hi and t.kind == "group"), None)

    @staticmethod
    def _leading_title(ent: Any, terms: list[TermMatch]) -> TermMatch | None:
        """A title that opens a person's name and leaves a name after it ("Archbishop Desmond Tutu")."""
        return next(
            (t for t in terms if t.kind == "title" and t.start_token == ent.start and t.end_token < ent.end),
            None,
        )

    @staticmethod
    def _left_title_window(doc: Any, ent: Any) -> tuple[int, int] | None:
        lo = ent.start
        floor = max(ent.sent.start, ent.start - _MAX_TITLE_TOKENS)
        while lo > floor:
            token = doc[lo - 1]
            stop = token.pos_ in _TITLE_STOP_POS and token.tag_ != "HYPH"  # "Secretary-General" is three tokens
            # a verb's preposition opens the name's own phrase: "discussed Libya with U.S. President X" (not Libya's)
            stop = stop or (token.pos_ == "ADP" and token.head.pos_ in ("VERB", "AUX") and token.head.i < token.i)
            if stop or token.ent_type_ == "PERSON" or token.lower_ in ("the", "a"):
                break
            lo -= 1
        return (lo, ent.start) if lo < ent.start else None

    # ------------------------------------------------------------------ groups
    def _group_mentions(
        self,
        doc: Any,
        excluded: Sequence[tuple[int, int]],
        terms: list[TermMatch],
        lexical: list[EntityMention],
        taken: list[tuple[int, int]],
        people: Sequence[EntityMention] = (),
    ) -> list[EntityMention]:
        """Sector nouns as actors: "five North Korean officials", "the Secretary of State", "police"."""
        out: list[EntityMention] = []
        for term in terms:
            head = _term_root(doc, term)
            if (
                term.kind == "title"
                and self._before_person(doc, term.end_token, people)
                and not _names_body_at(doc, term.end_token, lexical)
            ):
                continue  # part of a person's title, handled with the person ("the separatist Tamil Tigers": no person)
            if self._in_hyphenated_word(doc, term) and not self._holder_of(doc, term):
                continue  # "multi-party", "anti-government": a word part, not an actor
            if term.kind == "title" and self._after_name(doc, term.start_token, lexical):
                continue  # "Antony Blinken, Secretary..." handled through apposition
            if head.dep_ == "appos" and any(s <= head.head.idx < e for s, e in taken):
                continue  # "Olaf Scholz, the German chancellor": the title belongs to the person
            if self._in_known_name(doc, term, lexical):
                continue  # "Kurdistan Workers' Party": the dictionary's group, not a party of Kurdistan
            if term.kind != "equipment" and term.sector != "CVL" and _describes_thing(head, terms):
                continue  # "official contact", "military policies": a thing ("civilian buildings" are civilians)
            held = self._held_place(doc, term)
            if held is not None:  # "Albanian rebel-held territory": the whole place phrase stands for the group
                lo_tok = held.left_edge.i
                start, end = doc[lo_tok].idx, held.idx + len(held)
                if overlaps_any(start, end, excluded) or inside_any(start, end, taken):
                    continue
                actor = self._group_actor(doc, term, held, start, end, [*lexical, *people])
                text = text_of(doc)[start:end]
                out.append(EntityMention(start, end, text, "GROUP", actor, _provenance(0.7), role="group"))
                continue
            start_tok = self._left_modifiers_start(doc, term.start_token, head)
            last = doc[term.end_token - 1]
            start, end = doc[start_tok].idx, last.idx + len(last)
            if overlaps_any(start, end, excluded) or inside_any(start, end, taken):
                continue
            # the country words of the whole phrase count, the mention stays the sector word's own
            phrase = self._phrase_head(head, term, terms)
            lo = doc[self._left_modifiers_start(doc, term.start_token, phrase)].idx
            hi = max(end, phrase.idx + len(phrase))
            actor = self._group_actor(doc, term, phrase, lo, hi, [*lexical, *people])
            if term.kind == "equipment" and actor.country is None and not actor.members and not actor.org_sector:
                continue  # "offered attack helicopters": the thing, not an actor ("NATO warplanes" are NATO's)
            _refine_group_sector(doc, term, terms, actor, start_tok, (lo, hi), lexical)
            if actor.members:
                end = self._prep_phrase_end(phrase, end)  # "governments in the US, South Korea and Japan"
            label, role = ("TITLE", "title") if term.kind == "title" else ("GROUP", "group")
            out.append(EntityMention(start, end, text_of(doc)[start:end], label, actor, _provenance(0.8), role=role))
        return out

    @staticmethod
    def _in_known_name(doc: Any, term: TermMatch, lexical: list[EntityMention]) -> bool:
        """The term is a word of an organisation's or group's name the dictionaries know."""
        last = doc[term.end_token - 1]
        start, end = doc[term.start_token].idx, last.idx + len(last)
        names = [(m.start, m.end) for m in lexical if m.role == "name" and m.label not in ("COUNTRY", "MEDIA")]
        return inside_any(start, end, names)

    @staticmethod
    def _before_person(doc: Any, end_token: int, people: Sequence[EntityMention]) -> bool:
        """A person's name follows the title, possibly after the rest of the title ("Speaker of the House")."""
        for i in range(end_token, min(end_token + _MAX_TITLE_TOKENS, len(doc))):
            token = doc[i]
            if token.ent_type_ == "PERSON" or any(p.start == token.idx for p in people):
                return True
            if token.pos_ in _TITLE_STOP_POS or (i > end_token and token.pos_ not in ("ADP", "DET", "PROPN")):
                return False
        return False

    @staticmethod
    def _in_hyphenated_word(doc: Any, term: TermMatch) -> bool:
        """The term is joined by a hyphen to the word before or after it ("multi-party", "rebel-held")."""
        lo, hi = term.start_token, term.end_token
        joined_left = (
            lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_ and not doc[lo - 1].whitespace_
        )
        joined_right = (
            hi + 1 < len(doc) and doc[hi].text == "-" and not doc[hi - 1].whitespace_ and not doc[hi].whitespace_
        )
        return joined_left or joined_right

    @staticmethod
    def _holder_of(doc: Any, term: TermMatch) -> bool:
        """A group word joined to a participle of holding ("rebel-held territory", "government-controlled
        areas"): the place is the group's, and an attack on it or a blockade of it is aimed at the group."""
        lo, hi = term.start_token, term.end_token
        return (
            hi + 1 < len(doc)
            and doc[hi].text == "-"
            and doc[hi + 1].lower_ in _HOLDING_PARTICIPLES
            and not doc[hi - 1].whitespace_
            and not doc[hi].whitespace_
            and not (lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_)
        )

    def _held_place(self, doc: Any, term: TermMatch) -> Any | None:
        """The noun of the place a group holds ("rebel-held territory": territory), else None."""
        if not self._holder_of(doc, term):
            return None
        noun = doc[term.end_token + 1].head
        if noun.i <= term.end_token + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        return noun

    @staticmethod
    def _phrase_head(head: Any, term: TermMatch, terms: list[TermMatch]) -> Any:
        """The noun a sector word modifies ("opposition candidates", "police station"), which carries
        the phrase's country words ("Ugandan opposition candidates", "groups in Zimbabwe")."""
        noun = head.head
        if term.kind == "title" or head.dep_ not in ("compound", "amod") or noun.pos_ not in ("NOUN", "PROPN"):
            return head
        if not 0 <= noun.i - term.end_token < 3 or any(t.start_token <= noun.i < t.end_token for t in terms):
            return head  # a sector word of its own ("government troops") makes its own mention
        return noun

    @staticmethod
    def _after_name(doc: Any, start_tok: int, lexical: list[EntityMention]) -> bool:
        """A title right after a proper name that is not a country or organisation word ("U.S. official")."""
        if start_tok == 0 or doc[start_tok - 1].pos_ != "PROPN":
            return False
        prev = doc[start_tok - 1]
        if prev.ent_type_ in ("NORP", "GPE", "LOC"):
            return False  # "Christian missionary", "Texan farmer"
        return not any(m.start <= prev.idx < m.end for m in lexical)

    @staticmethod
    def _left_modifiers_start(doc: Any, start_tok: int, head: Any) -> int:
        """Extend left over the head's own determiners, numbers and adjectives ("five North Korean")."""
        lo = start_tok
        # Tokens left of the head inside its own subtree ("Senior Hungarian and Romanian officials").
        while lo > head.left_edge.i:
            token = doc[lo - 1]
            if _inner_hyphen(doc, lo - 1) and lo - 2 >= head.left_edge.i:
                lo -= 2  # "the state-run Oman News Agency": a hyphenated modifier is one word, kept whole
                continue
            if token.is_space or token.dep_ not in _PHRASE_MODIFIERS:
                break
            lo -= 1
        return lo

    def _group_actor(
        self, doc: Any, term: TermMatch, head: Any, start: int, end: int, lexical: list[EntityMention]
    ) -> ActorRef:
        text = text_of(doc)
        if term.sector in _STATE_BODY_SECTORS:  # "Victoria Police": the Australian state's, not a capital's
            lexical = [_capital_as_division(m) if start <= m.start and m.end <= end else m for m in lexical]
        # a backer or a stance is not whose the group is ("Ugandan-backed rebels", "pro-Russian separatists"),
        # and a people after a country word is that country's ("Bosnian Serb forces")
        qualified = _qualified_peoples([m for m in lexical if start <= m.start and m.end <= end], text)
        lexical = [m for m in lexical if id(m) not in qualified and not takes_sides(text, m.start, m.end)]
        # a country word of descent is not whose the person is ("a judge's Mexican heritage", "of Indian origin")
        lexical = [m for m in lexical if not (start <= m.start and m.end <= end and _says_descent(doc, m))]
        inside = [m.actor for m in lexical if start <= m.start and m.end <= end and m.actor and m.actor.country]
        # a nationality on the phrase says whose it is; a place after it only where ("the Chinese ambassador
        # in Berlin", "US troops in Iraq"), as CAMEO codes them
        nationalities = [
            m
            for m in lexical
            if start <= m.start and m.end <= end and m.actor and m.actor.kind == "country"
            if not text.startswith(("'s", "’s"), m.end)  # "Israel's militia ally in southern Lebanon": whose ally
        ]
        joint = self._joint_with_igo(text, (start, end), lexical, term)
        if joint is not None:  # "UK and EU negotiators": the UK's and the EU's
            return joint
        if not nationalities and not inside:
            igo = self._igo_inside(start, end, lexical)
            if igo is not None:  # "an al-Qaeda commander in Mali": al-Qaeda's, wherever it is
                return self._igo_group(igo, term)
        # "foreign workers in Qatar" are there from elsewhere ("foreign ministers of X" are X's: a state's people)
        elsewhere = term.sector in PRIVATE_SECTORS and called_foreign(head)
        members = self._prep_countries(head, lexical) if not (_one_nationality(nationalities) or elsewhere) else []
        if len({a.country for a in inside}) > 1:
            members = _distinct_countries(inside)  # "Hungarian and Romanian officials"
        country = inside[0].country if inside and not members else None
        if country is None and len(members) == 1:
            country, members = members[0].country, []
        if country is None and not members:
            # "European Community foreign ministers", "foreign ministers of the European Union"
            igo = self._igo_inside(start, end, lexical) or self._igo_of(head, lexical)
            if igo is not None:  # "UN peacekeepers": the organisation's, in the term's role
                return self._igo_group(igo, term)
        if country is None and not members and not nationalities and not elsewhere:
            # "a missionary from Calgary", "a group based in Trinidad", "Karachi police"
            country = _place_country(head, lexical, (start, end))
        if country is None and not members and not nationalities and term.sector in _STATE_BODY_SECTORS:
            country = _division_country(text[start:end])  # "The Kerala High Court", "the Ontario Provincial Police"
        if country is None and not members and not nationalities and term.sector in _STATE_ARMS:
            country = _conjunct_nationality(head, lexical)  # "the Iraqi government, security forces and ..."
        if country is None and not members and not nationalities and term.sector == "LEG":
            country = _party_legislature_country(text[start:end])  # "Republican senators", "House Democrats"
        org = _named_body(inside) if term.sector in ("GOV", "UAF", "MIL", "COP") and not members else None
        if org is not None and term.sector in ("MIL", "COP") and org.sector not in _NON_STATE_ARMED:
            org = None  # "IDF soldiers" are the state's; "Hezbollah commanders" the armed group's own
        if org is not None and org.sector in _PARTY_SECTORS and term.term in _EXECUTIVE_WORDS:
            country, org = country or org.country, None  # "the BJP government": the executive the party formed
        if org is not None:  # "Hamas leaders", "Hamas gunmen": the group's own people, not a government or unknowns
            return ActorRef(f"{org.name} {term.term}", org.country, org.sector, "group")
        name = self._group_name(term, country, members)
        member_refs = [ActorRef(m.name, m.country, term.sector, "country") for m in members]
        return ActorRef(name, country, term.sector, "group", member_refs)

    def _joint_with_igo(
        self, text: str, span: tuple[int, int], lexical: list[EntityMention], term: TermMatch
    ) -> ActorRef | None:
        """A group of a country and an international organisation named together before its sector word ("UK and
        EU negotiators"): a compound actor of the country's group and the organisation's, as PLOVER codes both."""
        named = [m for m in lexical if span[0] <= m.start and m.end <= span[1] and m.actor is not None]
        countries = [m for m in named if m.actor and m.actor.country and m.actor.kind == "country"]
        igos = [m for m in named if m.actor and _stateless(m.actor)]
        if len(countries) != 1 or len(igos) != 1:
            return None
        first, second = sorted((countries[0], igos[0]), key=lambda m: m.start)
        if text[first.end : second.start].strip() not in ("and", "&"):
            return None
        country, igo = countries[0].actor, igos[0].actor
        if country is None or igo is None:
            return None
        members = [ActorRef(country.name, country.country, term.sector, "country"), self._igo_group(igo, term)]
        return ActorRef(self._group_name(term, None, [members[0], igo]), None, term.sector, "group", members)

    @staticmethod
    def _igo_group(igo: ActorRef, term: TermMatch) -> ActorRef:
        """A group of an international organisation or transnational armed group, in the term's role."""
        # an NGO's "officials" and an IGO's "officials" and "mediators" are their staff, not a government
        staff = igo.sector == "NGO" or term.term in _ORG_STAFF
        role = None if staff and term.sector == "GOV" else term.sector
        kind = "organisation" if igo.sector == "REB" else "group"  # "al-Qaeda leaders": still al-Qaeda
        return ActorRef(f"{igo.name} {term.term}", None, igo.sector, kind, org_sector=role)

    @staticmethod
    def _igo_inside(start: int, end: int, lexical: list[EntityMention]) -> ActorRef | None:
        """An international organisation, or an armed group of no one country (al-Qaeda), in the phrase."""
        for m in lexical:
            # overlapping, not inside: "al-Qaeda leaders" makes a group of "Qaeda leaders"
            if m.start < end and start < m.end and m.actor is not None and _stateless(m.actor):
                return m.actor
        return None

    @staticmethod
    def _igo_of(head: Any, lexical: list[EntityMention]) -> ActorRef | None:
        """An international organisation a group phrase is "of" or "from" ("ministers of the European Union")."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge)
                found = MentionFinder._igo_inside(lo, hi, lexical)
                if found is not None:
                    return found
        return None

    def _group_name(self, term: TermMatch, country: str | None, members: list[ActorRef]) -> str:
        label = term.term if term.kind == "title" else _SECTOR_NAMES.get(term.sector, term.term)
        return group_name([country] if country else [m.country or m.name for m in members], label)

    @staticmethod
    def _prep_phrase_end(head: Any, end: int) -> int:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _MEMBER_PREPS:
                return max(end, int(prep.right_edge.idx) + len(prep.right_edge))
        return end

    @staticmethod
    def _prep_countries(head: Any, lexical: list[EntityMention]) -> list[ActorRef]:
        """Countries in "governments in X, Y and Z" / "officials of X"."""
        out: list[ActorRef] = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _MEMBER_PREPS:
                continue
            lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge)
            for m in lexical:
                inside = lo <= m.start and m.end <= hi and m.role in ("name", "capital")
                if inside and m.actor and m.actor.country and all(o.country != m.actor.country for o in out):
                    out.append(m.actor)
        return out

    # ----------------------------------------------------------- organisations
    def _org_mentions(
        self,
        doc: Any,
        excluded: Sequence[tuple[int, int]],
        taken: list[tuple[int, int]],
        countries: Sequence[tuple[int, int]] = (),
        groups: Sequence[EntityMention] = (),
    ) -> list[EntityMention]:
        """Organisations the dictionaries do not know, by a keyword of their name ("Zambia Electoral Commission":
        a government body of Zambia); one that holds a country's name needs the keyword to be more than it, and
        one that holds a sector word's group a keyword of another sector ("Nigerian Union of Teachers": labour)."""
        out: list[EntityMention] = []
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "NORP"):
                continue
            start, end = ent.start_char, _org_end(doc, ent)
            inner = [(s, e) for s, e in countries if start <= s and e <= end]
            members = [g for g in groups if start <= g.start and g.end <= end and g.actor is not None]
            if overlaps_any(start, end, excluded) or any(
                s < end and start < e and (s, e) not in inner and not any(g.start <= s and e <= g.end for g in members)
                for s, e in taken
            ):
                continue
            # "the U.S. Department of Justice": a name inside a sentence may open with its article, and is kept
            # then only when its keyword or country says what it is
            after_article = len(ent) > 1 and ent[0].lower_ == "the" and ent[1].text[:1].isupper()
            if len(ent.text) < 2 or not (ent.text[0].isupper() or after_article):
                continue
            name = text_of(doc)[start:end]
            actor = self._org_actor(name)
            if actor is None or (inner and actor.sector is None):
                continue
            if not ent.text[0].isupper() and actor.sector is None and actor.country is None:
                continue
            if members and (actor.sector is None or any(g.actor and g.actor.sector == actor.sector for g in members)):
                continue  # "the Iraqi Army": the sector word's own group says it all
            if actor.sector is None and actor.country is None and _placed(ent) and _a_place(ent, get_gazetteer()):
                continue  # "protested in Quetta": a city the parser took for an organisation is left to places
            if actor.sector is None and actor.country is None and _party_chamber(ent):
                actor = ActorRef(ent.text, "USA", "LEG", "organisation")  # "the Democratic House"
            if actor.sector is None and actor.country is None and _community(ent):
                # "Shiite Muslims marched": members of a faith or people, civilians of the story's country
                actor = ActorRef(ent.text, None, "CVL", "group")
            out.append(EntityMention(start, end, name, ent.label_, actor, _provenance(0.6)))
        return out

    def _org_actor(self, text: str) -> ActorRef | None:
        lowered = text.lower()
        words = set(re.findall(r"[a-z]+", lowered))
        corrected = {self._keyword_typos.correct(word) for word in words}  # the index skips short words itself
        words |= {word for word in corrected if word}  # "Anti-Corruption Commision"
        sector = next((code for word, code in _ORG_KEYWORDS if word in words), None)
        if sector == "LAB" and not _of_workers(words):
            sector = None  # "Civil Liberties Union", "Africa Union": a union of no trade is no labour union
        if words & _FEDERATION_WORDS and words & _TRADE_WORDS:
            sector = "LAB"  # "Nigeria Labour Congress", "Trades Union Congress": a federation of trade unions
        if sector is None and _ends_in_company_form(text):
            sector = "BUS"  # "Milrem LCM OU", "Volkswagen AG": a company by its legal form
        country = None
        for match in self._surface_re.finditer(text):
            found = self.lexicon.country(match.group(0))
            if found is not None:
                country = found[0].iso3
                break
        if country is None and sector in _STATE_BODY_SECTORS:
            country = _division_country(text)
        if country is None and sector is None and words & _WORLD_WORDS:
            sector = "NGO"  # "the Third World Water Forum": a body of the world's, no one state's
        return ActorRef(text, country, sector, "organisation")


#: Legal forms of companies outside the English-speaking world that close a company's name ("Siemens AG", "Eni SpA",
#: "Gazprom PJSC"); forms that are also common abbreviations ("SA", "AS", "SE", "Co") are left out.
_COMPANY_FORMS = frozenset(
    {"gmbh", "ag", "spa", "nv", "bv", "oy", "oyj", "asa", "pty", "bhd", "tbk", "jsc", "pjsc", "ojsc", "llp", "ou",
     "oü", "kk", "sarl", "srl"}
)  # fmt: skip


def _ends_in_company_form(name: str) -> bool:
    words = name.replace(".", "").split()
    return len(words) > 1 and words[-1].lower() in _COMPANY_FORMS


#: Sectors of a state's bodies, which a state or province of one country in their name places there.
_STATE_BODY_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


def _only_country_and_title_words(ent: Any, lexical: Sequence[EntityMention], terms: Sequence[TermMatch]) -> bool:
    """Every word of a name the parser tagged as a person is a country word or a sector word ("Estonian MEP")."""
    countries = [(m.start, m.end) for m in lexical if m.label == "COUNTRY"]
    in_term = {i for t in terms for i in range(t.start_token, t.end_token)}
    words = [token for token in ent if not token.is_punct]
    return bool(words) and all(
        token.i in in_term or inside_any(token.idx, token.idx + len(token), countries) for token in words
    )


def _posted_to(doc: Any, mention: EntityMention, terms: Sequence[TermMatch]) -> bool:
    """The mention names where a title's holder is posted, not whose they are: "envoy for Somalia", "Ambassador to
    the United States" (a title word, then "to" or "for", then the mention, its article aside)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("to", "for"):
        return False
    return any(t.kind == "title" and t.end_token == i for t in terms)


#: Capitalised party words that, beside a legislature word, name the United States' two parties (groups.tsv codes
#: the Republican Party USA): "the Republican Senate", "Democratic lawmakers", "GOP senators".
_US_PARTY_WORDS = frozenset({"Republican", "Republicans", "Democratic", "Democrats", "Democrat", "GOP"})


def _party_legislature_country(phrase: str) -> str | None:
    """USA for a legislature phrase that one of the US parties' names qualifies, else None."""
    words = set(re.findall(r"[A-Za-z]+", phrase))
    return "USA" if words & _US_PARTY_WORDS else None


#: Sectors of a state's own arms, which a nationality before the first of a list of them qualifies all through.
_STATE_ARMS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def _conjunct_nationality(head: Any, lexical: Sequence[EntityMention]) -> str | None:
    """The nationality word before the first noun of a list that ``head`` closes, when that noun is itself a
    state's arm ("the Iraqi government, security forces and militias", "Israeli soldiers and police"): the adjective
    qualifies the whole list, as a coder reads it; none for a list whose first noun is no state arm."""
    if head.dep_ != "conj":
        return None
    first = _first_of_list(head)
    if first.lower_ not in _STATE_ARM_NOUNS and first.lemma_.lower() not in _STATE_ARM_NOUNS:
        return None
    lo, hi = first.left_edge.idx, first.idx
    found = {m.actor.country for m in lexical if m.actor and m.actor.kind == "country" and lo <= m.start < hi}
    return found.pop() if len(found) == 1 else None


def _first_of_list(token: Any) -> Any:
    """The first of the conjuncts ``token`` is one of ("Y" in "X and Y": X)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


#: Nouns for a state or its arms that open such a list.
_STATE_ARM_NOUNS = frozenset(
    {"state", "government", "authorities", "army", "military", "police", "forces", "troops", "soldiers",
     "officials", "ministry", "courts", "judiciary", "parliament", "security"}
)  # fmt: skip


def _party_chamber(ent: Any) -> bool:
    """A bare "House" or "Senate" a US party's name qualifies ("the Democratic House"): that Congress's chamber."""
    words = [token.text for token in ent if token.lower_ != "the"]
    if ent.start > 0 and ent.doc[ent.start - 1].text in _US_PARTY_WORDS:
        words = [ent.doc[ent.start - 1].text, *words]
    return len(words) == 2 and words[0] in _US_PARTY_WORDS and words[1] in ("House", "Senate")


def _division_country(name: str) -> str | None:
    """The country of the one first-level division (a state, province or region of government) named by one or two
    capitalised words of an organisation's name: "the Michigan Department of Environmental Quality" -> USA,
    "The Kerala High Court" -> IND, "Victoria Police" -> AUS (a far larger division than any other of its name),
    "the Munich I Regional Court" -> DEU (a city of millions, no division's name);
    none when the name is also a country's, divisions of two countries of like size share it ("Punjab Police"), or
    the word is ordinary English ("the Coast Guard")."""
    words = [word for word in re.findall(r"[A-Z][a-z]+", name) if word.lower() not in _ORDINARY_DIVISION_WORDS]
    gazetteer = get_gazetteer()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            candidates = gazetteer.primary_candidates(" ".join(words[i : i + size]))
            if any(e.feature == "country" for e in candidates):
                continue
            country = _leading_division(candidates)
            if country is not None:
                return country
    return None


#: How many times more people a division must hold than any other of its name, in another country, to be the one
#: a bare name means (Australia's Victoria, not Gozo's).
_DIVISION_LEAD = 10

#: One-word names of a first-level division somewhere that are ordinary English words in a body's name.
_ORDINARY_DIVISION_WORDS = frozenset(
    {
        "act", "bar", "bay", "cascades", "coast", "delta", "forest", "gulf", "maritime", "oriental", "pool", "store",
        "trinity", "unity",
    }
)  # fmt: skip


#: The smallest city whose name alone places a state body named after it ("the Munich I Regional Court").
_BODY_CITY_POPULATION = 1_000_000


def _leading_division(candidates: Sequence[Any]) -> str | None:
    """The country of the first-level division a name means: the only country with one, or the one whose division
    is ``_DIVISION_LEAD`` times as populous as any other country's; with no division of the name, that of a city of
    ``_BODY_CITY_POPULATION`` or more as far ahead of its namesakes abroad."""
    largest: dict[str, int] = {}
    for entry in candidates:
        if entry.feature == "admin1" and entry.country is not None:
            largest[entry.country] = max(largest.get(entry.country, 0), entry.population)
    ranked = sorted(largest.items(), key=lambda item: -item[1])
    cities = sorted((e for e in candidates if e.feature == "city" and e.country), key=lambda e: -e.population)
    if not ranked and cities and cities[0].population >= _BODY_CITY_POPULATION:
        # no division of that name: a city of a million or more that far outgrows its namesakes ("Munich")
        others = [e.population for e in cities if e.country != cities[0].country]
        if not others or cities[0].population >= _DIVISION_LEAD * max(others):
            return str(cities[0].country)
    if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] >= _DIVISION_LEAD * ranked[1][1]):
        return ranked[0][0]
    return None


def _capital_as_namesake(doc: Any, mention: EntityMention, lexical: Sequence[EntityMention]) -> EntityMention:
    """A capital's name in a place phrase of a sentence that names other countries but not the capital's is the
    place the gazetteer reads there, with those countries as context ("rival militias in Tripoli ... the north
    Lebanese port": Tripoli, Lebanon), as the place stage reads it."""
    if mention.role != "capital" or mention.actor is None:
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in _LOCATIVE_PREPS:
        return mention
    lo, hi = span.sent.start_char, span.sent.end_char
    named = {
        m.actor.country
        for m in lexical
        if m.actor and m.actor.country and m.role in ("name", "adjective", "demonym") and lo <= m.start < hi
        if not takes_sides(text_of(doc), m.start, m.end)
    }
    if not named or mention.actor.country in named:
        return mention
    place = get_gazetteer().resolve(mention.text, named)
    if place is None or place.country not in named:
        return mention
    return replace(mention, actor=ActorRef(place.name, place.country, None, "country"))


def _capital_as_division(mention: EntityMention) -> EntityMention:
    """A capital's name in a state body's name that the gazetteer reads first as a first-level division of another
    country stands for that division ("Victoria Police" are Australia's, not the Seychelles' capital's)."""
    if mention.role != "capital" or mention.actor is None:
        return mention
    candidates = get_gazetteer().primary_candidates(mention.text)
    country = _leading_division(candidates)
    if country is None or country == mention.actor.country or candidates[0].feature != "admin1":
        return mention
    actor = ActorRef(candidates[0].name, country, None, "country")
    return replace(mention, actor=actor)


#: Name keywords that may follow a parenthesis inside an organisation's name ("the Umma (Nation) party").
_NAME_KEYWORDS = frozenset(word for word, _ in _ORG_KEYWORDS) | {"movement", "organisation", "organization"}


def _org_end(doc: Any, ent: Any) -> int:
    """Where an organisation name ends: the parser stops some names inside a parenthesis ("Movement for
    Democratic Change (MDC", "Umma (Nation"); the name runs to the closing bracket and over a name keyword
    right after it ("Umma (Nation) party")."""
    if ent.text.count("(") <= ent.text.count(")") or ent.end >= len(doc) or doc[ent.end].text != ")":
        return int(ent.end_char)
    close = doc[ent.end]
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if after is not None and after.lower_ in _NAME_KEYWORDS and after.pos_ in ("NOUN", "PROPN"):
        return int(after.idx + len(after))
    return int(close.idx + len(close))


def _actor_in_window(
    lexical: list[EntityMention], doc: Any, lo: int, hi: int, keep: Callable[[EntityMention], bool]
) -> ActorRef | None:
    """The actor of the first mention wholly between tokens ``lo`` and ``hi`` that ``keep`` accepts."""
    lo_char, hi_char = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    found = next((m for m in lexical if lo_char <= m.start and m.end <= hi_char and keep(m)), None)
    return found.actor if found is not None else None


def _is_international_body(m: EntityMention) -> bool:
    return m.actor is not None and m.actor.sector in ("IGO", "NGO")


def _is_national_body(m: EntityMention) -> bool:
    return (
        m.actor is not None
        and m.actor.kind == "organisation"
        and m.label == "ORG"
        and m.actor.sector not in (None, "IGO", "NGO")
    )
