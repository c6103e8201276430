"""In-document resolution of aliases, titles and pronouns to the actor they refer to.

Rules, applied in text order (no model: no coreference model installs offline):
- a person's later, shorter name ("Blinken") refers to the earlier full name; when several people share it
  ("Hillary Clinton ... Bill Clinton ... Clinton"), to the one it has meant most so far, unless "Mr."/"Mrs."
  says otherwise;
- a definite title ("the Secretary of State") refers to the last person who carried it;
- "the North" / "the South" refer to North / South Korea once a Korea was named;
- an object pronoun never refers to its own verb's subject ("the police arrested them": not the police);
- "he"/"she" refer to the last person of a compatible gender (from "Mr."/"Mrs.", gendered title words and
  common given names) named outside quotation marks and not as a modifier ("a Trump ally"); "it"/"its" to
  the last country or organisation named as a subject nearby; "they"/"them" to the last group;
- "both the leaders" is the two people last named, one compound actor ("both the governments": two bodies);
- a definite group phrase of a determiner and a noun alone that repeats the head noun of a group named shortly
  before, in the same number ("Pakistani militants ... the militants"), is that group;
- a definite collective noun alone ("the delegation", "the group", "the team") is the group of people named
  last within the plural pronouns' reach (a plural head: "504 ram sevaks ... as the group descended"); a
  definite plural of one ("the groups", "the sides") is the compound actor named last; one with nothing to
  refer to is no mention;
- first-person pronouns inside quotations are left for ``link_first_person`` once quotes are known.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from eventwire.actors.lexicon import Lexicon, read_rows
from eventwire.actors.media import is_reporting_medium
from eventwire.actors.sides import qualified_noun
from eventwire.annotate import text_of
from eventwire.model import ActorRef, EntityMention, Provenance, Quote
from eventwire.words import COLLECTIVE_NOUNS, ENVOY_WORDS

STAGE = "actors.coref"
VERSION = "coref.rules.v3"

_PERSON_PRONOUNS = {"he", "him", "she", "her"}
_THING_PRONOUNS = {"it", "its"}
_PLURAL_PRONOUNS = {"they", "them", "their"}
_FIRST_PERSON = {"i", "me", "we", "us", "our", "my"}
#: How far back (in sentences) a pronoun may look for its antecedent.
_PRONOUN_REACH = {"person": 3, "thing": 1, "plural": 2}
_KOREA_ALIAS = re.compile(r"\b[Tt]he (North|South)\b(?! ?[A-Z])")


def _prov(confidence: float) -> Provenance:
    return Provenance(STAGE, VERSION, confidence)


def _name_tokens(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'-]+", text)}


def add_aliases(
    doc: Any, mentions: list[EntityMention], lexicon: Lexicon, excluded: Sequence[tuple[int, int]]
) -> list[EntityMention]:
    """Add "the North"/"the South" and pronoun mentions; returns a new list sorted by offset."""
    # The parser often tags "the North" as an ORG: the alias wins over a bare organisation guess.
    guesses = {"ORG", "NORP"}
    taken = [(m.start, m.end) for m in mentions if m.label not in guesses]
    aliases = _korea_aliases(text_of(doc), lexicon, taken, excluded)
    aliases += _repeated_names(doc, mentions, [*taken, *((a.start, a.end) for a in aliases)], excluded)
    out = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in aliases)]
    out += aliases
    taken = [(m.start, m.end) for m in out]
    out += _pronoun_mentions(doc, taken, excluded)
    out += _collective_mentions(doc, [(m.start, m.end) for m in out], excluded)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _korea_aliases(
    text: str, lexicon: Lexicon, taken: list[tuple[int, int]], excluded: Sequence[tuple[int, int]]
) -> list[EntityMention]:
    out = []
    for match in _KOREA_ALIAS.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in [*taken, *excluded]):
            continue
        name = "North Korea" if match.group(1) == "North" else "South Korea"
        found = lexicon.country(name)
        if found is None:
            continue
        entry = found[0]
        actor = ActorRef(entry.name, entry.iso3, None, "country")
        out.append(EntityMention(start, end, match.group(0), "ALIAS", actor, _prov(0.6), role="alias"))
    return out


#: Entity types a later mention of a person's name may carry: the parser often calls a lone surname an
#: organisation or a people ("Museveni said", "Prayuth said"); a date, number or place it is not.
_NAME_GUESSES = frozenset({"", "PERSON", "ORG", "NORP"})


def _bare_guess(m: EntityMention) -> bool:
    """An organisation or people the parser guessed and no dictionary or keyword resolved (no country, no sector)."""
    return m.label in ("ORG", "NORP") and (m.actor is None or not (m.actor.country or m.actor.sector))


def _repeated_names(
    doc: Any,
    mentions: Sequence[EntityMention],
    taken: Sequence[tuple[int, int]],
    excluded: Sequence[tuple[int, int]],
) -> list[EntityMention]:
    """A later mention of a person by part of the full name an earlier mention gave ("Prime Minister Raila
    Odinga ... Odinga said") that the parser did not tag as a person: a person mention, which ``resolve``
    links to the full name so that it carries that person's country and sector. A run of such words must
    be a name of its own: a word of a longer organisation name ("the Mandela Foundation") is not one."""
    people = [
        (i, m.end, _name_tokens(m.text))
        for i, m in enumerate(mentions)
        if m.label == "PERSON" and m.actor is not None and m.actor.kind == "person"
    ]
    if not people:
        return []
    known = set().union(*(words for _, _, words in people))
    ents = [(e.start, e.end) for e in doc.ents]
    out: list[EntityMention] = []
    i, n = 0, len(doc)
    while i < n:
        j = i
        # the words of one earlier full name, in a run of capitalised proper nouns
        words: set[int] | None = None  # the earlier person mentions every word so far is part of
        while j < n:
            token = doc[j]
            if not (token.text[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_ in _NAME_GUESSES):
                break
            if token.lower_ not in known or len(token) < 3:
                break
            owners = {k for k, p_end, p_words in people if p_end <= token.idx and token.lower_ in p_words}
            if not owners:
                break
            words = owners if words is None else words & owners
            if not words:
                break
            j += 1
        if j == i:
            i += 1
            continue
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        ent_edges = {(lo, hi) for lo, hi in ents if lo < j and i < hi}
        inside_longer = any(lo < i or hi > j for lo, hi in ent_edges)
        covered = [(s, e) for s, e in [*taken, *excluded] if s < end and start < e]
        guessed = [m for m in mentions if m.start < end and start < m.end]
        if not inside_longer and not covered and all(_bare_guess(m) for m in guessed):
            actor = ActorRef(text_of(doc)[start:end], None, None, "person")
            out.append(EntityMention(start, end, actor.name, "PERSON", actor, _prov(0.6), role="name"))
        i = j
    return out


def _pronoun_mentions(
    doc: Any, taken: list[tuple[int, int]], excluded: Sequence[tuple[int, int]]
) -> list[EntityMention]:
    out = []
    for token in doc:
        lower = token.lower_
        if token.pos_ != "PRON" and lower not in _THING_PRONOUNS:
            continue
        if lower not in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS | _FIRST_PERSON:
            continue
        start, end = token.idx, token.idx + len(token)
        if any(s <= start < e for s, e in [*taken, *excluded]):
            continue
        out.append(EntityMention(start, end, token.text, "PRON", None, _prov(0.5), role="pronoun"))
    return out


#: A definite phrase with one of the COLLECTIVE_NOUNS refers back to a group named before; so do their plurals
#: and words for the parties to a conflict: "the groups clashed" after two groups were named.
_COLLECTIVE_PLURALS = frozenset({"groups", "delegations", "teams", "gangs", "sides", "camps", "factions"})
_COLLECTIVE_ROLE = "collective"


def _collective_mentions(
    doc: Any, taken: Sequence[tuple[int, int]], excluded: Sequence[tuple[int, int]]
) -> list[EntityMention]:
    """Definite collective nouns alone ("the delegation", "the groups"), unresolved: ``resolve`` links them or
    drops them. A word of their own ("the age group", "the group of youths") says which group they are."""
    out = []
    for token in doc:
        lower = token.lower_
        if token.pos_ != "NOUN" or (lower not in _COLLECTIVE_PLURALS and lower not in COLLECTIVE_NOUNS):
            continue
        if token.i == 0 or token.dep_ == "compound" or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
            continue
        det = doc[token.i - 1]
        if det.lower_ not in _DEFINITE or det.head.i != token.i or any(c.i < det.i for c in token.lefts):
            continue
        start, end = det.idx, token.idx + len(token)
        if any(s < end and start < e for s, e in [*taken, *excluded]):
            continue
        text = text_of(doc)[start:end]
        out.append(EntityMention(start, end, text, "GROUP", None, _prov(0.5), role=_COLLECTIVE_ROLE))
    return out


def _without_unresolved_collectives(mentions: list[EntityMention]) -> None:
    """Drop the collective nouns that found no antecedent, in place, keeping the others' ``refers_to`` right."""
    kept = [i for i, m in enumerate(mentions) if m.role != _COLLECTIVE_ROLE or m.actor is not None]
    if len(kept) == len(mentions):
        return
    new_index = {old: new for new, old in enumerate(kept)}
    out = [mentions[i] for i in kept]
    for m in out:
        if m.refers_to is not None:
            m.refers_to = new_index.get(m.refers_to)
    mentions[:] = out


def _refers_to_two(doc: Any, mentions: list[EntityMention], i: int, sent_of: list[int]) -> bool:
    """A definite plural collective noun ("the sides", "the groups") with no compound actor named before it: it
    is the two bodies named last ("India and Pakistan exchanged fire. The sides agreed to talks")."""
    mention = mentions[i]
    if mention.role != _COLLECTIVE_ROLE or mention.text.split()[-1].lower() not in _COLLECTIVE_PLURALS:
        return False
    return _earlier_collective(doc, mentions, i, sent_of) is None


#: Nouns that count people as numbers do ("a dozen persons", "scores of people").
_COUNT_NOUNS = frozenset({"dozen", "dozens", "score", "scores", "hundreds", "thousands"})


def _uncounted_owner(doc: Any, m: EntityMention) -> bool:
    """A state, organisation or group not counted by a number: "a dozen persons from both the sides" are some of
    the sides' people, not a side."""
    if not _is_owner(m):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is None or not any(t.like_num or t.pos_ == "NUM" or t.lower_ in _COUNT_NOUNS for t in span)


def _earlier_collective(doc: Any, mentions: list[EntityMention], i: int, sent_of: list[int]) -> int | None:
    """What a definite collective noun refers to, within the plural pronouns' reach: for "the groups", the last
    compound actor; for "the delegation", the group of people an earlier phrase with the same noun named."""
    noun = mentions[i].text.split()[-1].lower()
    if noun in _COLLECTIVE_PLURALS:
        return _last_compound(doc, mentions, i, sent_of)
    return _group_named_with(doc, mentions, i, sent_of, noun)


def _within_plural_reach(doc: Any, here: int, char: int, sent_of: list[int]) -> bool:
    """Whether character ``char`` lies within the plural pronouns' reach back from sentence number ``here``."""
    return here - _sent_no(doc, char, sent_of) <= _PRONOUN_REACH["plural"]


def _last_compound(doc: Any, mentions: list[EntityMention], i: int, sent_of: list[int]) -> int | None:
    """The compound actor named last before mention ``i`` ("the BJP and the Congress ... the groups")."""
    here = _sent_no(doc, mentions[i].start, sent_of)
    for j in range(i - 1, -1, -1):
        candidate = mentions[j]
        if not _within_plural_reach(doc, here, candidate.start, sent_of):
            return None
        if candidate.actor is not None and candidate.actor.members and candidate.role != _COLLECTIVE_ROLE:
            return j
    return None


def _group_named_with(doc: Any, mentions: list[EntityMention], i: int, sent_of: list[int], noun: str) -> int | None:
    """The group of people named in the last earlier phrase with the collective ``noun`` ("a delegation of
    congress leaders ... the delegation": congress leaders), by a plural head of its own."""
    mention = mentions[i]
    here = _sent_no(doc, mention.start, sent_of)
    before = itertools.takewhile(lambda t: t.idx < mention.start, doc)  # not the whole document per mention
    earlier = [
        t for t in before if t.lower_ == noun and t.pos_ == "NOUN" and _within_plural_reach(doc, here, t.idx, sent_of)
    ]
    if not earlier:
        return None
    named = earlier[-1]
    lo = named.left_edge.idx
    hi = named.right_edge.idx + len(named.right_edge)
    for j, candidate in enumerate(mentions[:i]):
        actor = candidate.actor
        if not lo <= candidate.start < hi or actor is None or actor.kind != "group" or actor.members:
            continue
        head = _head_token(doc, candidate)
        if (
            head is not None
            and head.i != named.i
            and head.tag_ in ("NNS", "NNPS")
            and not _modifies_noun(doc, candidate)
        ):
            return j
    return None


def resolve(doc: Any, mentions: list[EntityMention], quotes_spans: Sequence[tuple[int, int]] = ()) -> None:
    """Set ``refers_to`` and share the antecedent's ActorRef, in place."""
    sent_of = _sentence_index(doc)
    genders = _Genders(text_of(doc), mentions)
    for i, mention in enumerate(mentions):
        both = _both_of(doc, mentions, i, sent_of)
        if both is None and _refers_to_two(doc, mentions, i, sent_of):
            both = _last_two(doc, mentions, i, sent_of, lambda m: _uncounted_owner(doc, m))
        if both is not None:
            mention.actor = both
            continue
        antecedent = _antecedent(doc, mentions, i, sent_of, quotes_spans, genders)
        if antecedent is None:
            continue
        root = _root(mentions, antecedent)
        # a group phrase that refers back ("the mps") stays what refers to it points at, so that "police said the
        # mps were denied ... for them to visit" keeps "them"'s antecedent in its own sentence
        mention.refers_to = antecedent if mentions[antecedent].label == "GROUP" else root
        if mention.label in ("PERSON", "TITLE"):
            genders.join(root, i)
        root_actor = mentions[root].actor
        if mention.actor is not None and root_actor is not None and mention.role == "name":
            _merge_into(root_actor, mention.actor)
        mention.actor = root_actor
    _countries_for_titled_people(doc, mentions)
    _countries_of_possessors(doc, mentions, sent_of)
    _dominant_country_for_groups(doc, mentions, sent_of)
    _without_unresolved_collectives(mentions)


#: "both the leaders", "both sides", "both of the groups": a group phrase that counts the two just named.
_BOTH = re.compile(r"\bboth(?:\s+of)?\s+(?:(?:the|these|those)\s+)?([a-z]+)\Z", re.IGNORECASE)
#: Characters before a group mention that may hold the "both" (or " both of ") the parser left out of it.
_BOTH_BEFORE = 9
#: Plural heads of "both ..." that stand for bodies (states, organisations, groups), not for people.
_COLLECTIVE_HEADS = frozenset(
    {"sides", "groups", "communities", "countries", "nations", "parties", "states", "camps", "factions"}
    | {"governments", "organisations", "organizations", "teams", "armies", "forces", "militias", "outfits"}
)


def _both_of(doc: Any, mentions: list[EntityMention], i: int, sent_of: list[int]) -> ActorRef | None:
    """The two actors a "both the X" group phrase refers back to, as one compound actor: the two people last
    named within the plural pronouns' reach ("Fernandes met Modi and both the leaders discussed ..."), or the
    two states, organisations or groups for a head that names bodies ("both the sides"); None when the phrase
    is something else or two such actors were not named before it."""
    mention = mentions[i]
    if mention.role != "group" or mention.actor is None or mention.actor.members:
        return None
    # the parser leaves "both" out of the mention: look that far before it
    match = _BOTH.search(text_of(doc)[max(0, mention.start - _BOTH_BEFORE) : mention.end])
    if match is None:
        return None
    accept = _is_owner if match.group(1).lower() in _COLLECTIVE_HEADS else _is_person
    return _last_two(doc, mentions, i, sent_of, accept)


def _last_two(
    doc: Any, mentions: list[EntityMention], i: int, sent_of: list[int], accept: Callable[[EntityMention], bool]
) -> ActorRef | None:
    """The two actors ``accept`` takes last named before mention ``i`` within the plural pronouns' reach, as one
    compound actor; None when there are not two."""
    here = _sent_no(doc, mentions[i].start, sent_of)
    roots: list[int] = []
    for j in range(i - 1, -1, -1):
        candidate = mentions[j]
        if here - _sent_no(doc, candidate.start, sent_of) > _PRONOUN_REACH["plural"] or len(roots) == 2:
            break
        root = _root(mentions, j)
        actor = mentions[root].actor
        if not accept(candidate) or root in roots or actor is None or actor.members or _modifies_noun(doc, candidate):
            continue
        roots.append(root)
    if len(roots) < 2:
        return None
    # in the order the text introduced them
    members = [actor for actor in (mentions[root].actor for root in sorted(roots)) if actor is not None]
    countries = {m.country for m in members if m.country}
    sectors = {m.sector for m in members}
    return ActorRef(
        ", ".join(m.name for m in members),
        countries.pop() if len(countries) == 1 else None,
        sectors.pop() if len(sectors) == 1 else None,
        "group",
        members=members,
    )


def _head_token(doc: Any, mention: EntityMention) -> Any | None:
    """The syntactic head of a mention's tokens; None where its characters map to no tokens."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None else span.root


def _modifies_noun(doc: Any, mention: EntityMention) -> bool:
    """A name used as a noun's modifier ("a Trump ally", "the Obama legacy"): not an actor a phrase refers to."""
    head = _head_token(doc, mention)
    return head is not None and head.dep_ == "compound" and head.head.pos_ == "NOUN"


def _countries_for_titled_people(doc: Any, mentions: list[EntityMention]) -> None:
    """ "The North said ... leader Kim Jong Un attended": a titled person with no country of their
    own takes the country of the nearest state or national body named in the same sentence."""
    for i, mention in enumerate(mentions):
        actor = mention.actor
        if mention.label != "PERSON" or mention.refers_to is not None or actor is None:
            continue
        if actor.country is not None or actor.sector in (None, "IGO", "NGO"):
            continue  # an organisation's official has no country of their own
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span[0].sent
        skip = _reporters(mentions, sent) | _envoys_and_holders(doc, mentions, sent)
        country = _country_of_own_phrase(span.root, mentions, i)
        country = country or _nearest_country(mentions, i, sent.start_char, sent.end_char, skip)
        if country is not None:
            actor.country = country
            mention.provenance = dataclasses.replace(mention.provenance, confidence=0.6)


#: Places of custody whose owner a detainee is not of ("held at a U.S. military base in Iraq").
_CUSTODY_WORDS = frozenset({"prison", "jail", "gaol", "camp", "base"})


def _envoys_and_holders(doc: Any, mentions: list[EntityMention], sent: Any) -> frozenset[int]:
    """The mentions in ``sent`` that name or qualify an envoy ("the British ambassador") or a place of custody ("a
    U.S. military base"): the sending state's and the jailer's country say nothing of a person's own ("President
    Mendoza refused to meet the British ambassador"; "Ahmed Salim, a suspected insurgent, was tortured at a U.S.
    military base in Iraq")."""
    out = set()
    for j, mention in enumerate(mentions):
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        head = _head_token(doc, mention)
        if head is not None and qualified_noun(head).lemma_.lower() in ENVOY_WORDS | _CUSTODY_WORDS:
            out.add(j)
    return frozenset(out)


def _country_of_own_phrase(root: Any, mentions: list[EntityMention], i: int) -> str | None:
    """The country an "of" or "from" phrase on the name gives ("John Bruton of Ireland", "Luis Vidal of Chile"),
    nearer to the person than any country merely closer in the text."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        lo, hi = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)
        for j, other in enumerate(mentions):
            actor = other.actor
            if j != i and lo <= other.start and other.end <= hi and _names_country(other) and actor is not None:
                return actor.country
    return None


def _countries_of_possessors(doc: Any, mentions: list[EntityMention], sent_of: list[int]) -> None:
    """ "President Habyarimana and his ruling party", "Israel said its army ...": a group phrase with no country
    of its own that a possessive pronoun opens is the possessor's, as a coder reading the sentence codes it."""
    for i, mention in enumerate(mentions):
        actor = mention.actor
        if mention.role not in ("group", "title") or actor is None or actor.country or actor.members:
            continue
        if actor.sector in (None, "IGO", "NGO"):
            continue
        pronoun = mention.text.split(maxsplit=1)[0].lower() if mention.text.strip() else ""
        if pronoun not in _POSSESSIVE_ANTECEDENTS:
            continue
        here = _sent_no(doc, mention.start, sent_of)
        found = _recent(doc, mentions, i, here, sent_of, _PRONOUN_REACH["person"], _POSSESSIVE_ANTECEDENTS[pronoun])
        owner = mentions[found].actor if found is not None else None
        if owner is None:
            continue
        if actor.sector == "GOV" and owner.kind != "country" and owner.sector not in (None, "GOV", "IGO", "NGO"):
            actor.sector = owner.sector  # "the rebels ... their leaders": the rebels' own, not a government
        actor.country = owner.country or actor.country


#: Sectors of unnamed groups that are the article's own country's unless the text says otherwise ("police",
#: "prisoners", "the government"); refugees are usually from elsewhere, organisations have no country.
_FOREIGN_OR_STATELESS = frozenset({"REF", "IGO", "NGO"})


def _names_country(m: EntityMention) -> bool:
    """A mention that names a country itself ("Iraq", "Iraqi", "Iraqis", "Baghdad", "the North")."""
    return m.label in ("COUNTRY", "ALIAS") and m.actor is not None and bool(m.actor.country)


def _dominant_country_for_groups(doc: Any, mentions: list[EntityMention], sent_of: list[int]) -> None:
    """An unnamed domestic group ("prisoners rioted at a jail in East Timor's capital Dili ... Indonesian rule")
    whose sentence names several countries takes the country the article names most, when one is named more
    often than any other: CAMEO codes domestic actors by the country of the story. A sentence that names exactly
    one country is left to the event coder (which gives that one), one that names none to the event's place."""
    named = Counter(m.actor.country for m in mentions if _names_country(m) and m.actor is not None)
    top = named.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return
    dominant = top[0][0]
    by_sentence: dict[int, set[str]] = {}
    for m in mentions:
        if _names_country(m) and m.actor and m.actor.country:
            by_sentence.setdefault(_sent_no(doc, m.start, sent_of), set()).add(m.actor.country)
    for mention in mentions:
        actor = mention.actor
        if mention.role not in ("group", "title") or actor is None or actor.country or actor.members:
            continue
        if actor.sector is None or actor.sector in _FOREIGN_OR_STATELESS or actor.kind != "group":
            continue
        if len(by_sentence.get(_sent_no(doc, mention.start, sent_of), set())) < 2:
            continue  # one country: the event coder gives that one; none: the event's place will
        lo, hi = _noun_phrase(doc, mention)
        if not any(_names_country(m) and lo <= m.start and m.end <= hi for m in mentions):
            actor.country = dominant  # a country word in its own phrase ("16 Russian civilian advisers") decides


def _noun_phrase(doc: Any, mention: EntityMention) -> tuple[int, int]:
    """The character bounds of the noun phrase a mention heads or modifies ("civilian" in "Russian civilian
    advisers")."""
    head = _head_token(doc, mention)
    if head is None:
        return mention.start, mention.end
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head
    return min(mention.start, head.left_edge.idx), max(mention.end, head.right_edge.idx + len(head.right_edge))


def _reporters(mentions: list[EntityMention], sent: Any) -> frozenset[int]:
    """The news media that report the sentence ``sent`` ("Reuters reported that ..."): no context country."""
    return frozenset(
        j for j, m in enumerate(mentions) if sent.start_char <= m.start < sent.end_char and is_reporting_medium(m)
    )


def _nearest_country(
    mentions: list[EntityMention], i: int, lo: int, hi: int, skip: frozenset[int] = frozenset()
) -> str | None:
    """The country of the closest other non-person mention in [lo, hi), earlier ones first on ties; the
    mentions in ``skip`` (media reporting the sentence) do not count."""
    best: tuple[int, int, str] | None = None
    for j, other in enumerate(mentions):
        actor = other.actor
        if j == i or not lo <= other.start < hi or actor is None or not actor.country or actor.kind == "person":
            continue
        if j in skip:
            continue
        rank = (abs(other.start - mentions[i].start), int(j > i), actor.country)
        if best is None or rank < best:
            best = rank
    return best[2] if best else None


def _root(mentions: Sequence[EntityMention], index: int) -> int:
    seen = set()
    while mentions[index].refers_to is not None and index not in seen:
        seen.add(index)
        index = mentions[index].refers_to  # type: ignore[assignment]
    return index


def _merge_into(root: ActorRef, other: ActorRef) -> None:
    """A later mention with a title fills what the first mention lacked."""
    root.country = root.country or other.country
    root.sector = root.sector or other.sector


def _sentence_index(doc: Any) -> list[int]:
    """Start offsets of the sentences, for bisecting."""
    return [sent.start_char for sent in doc.sents]


def _sent_no(doc: Any, char: int, sent_starts: list[int]) -> int:
    return max(0, bisect.bisect_right(sent_starts, char) - 1)


def _inside(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in spans)


def _antecedent(
    doc: Any,
    mentions: list[EntityMention],
    i: int,
    sent_of: list[int],
    quotes_spans: Sequence[tuple[int, int]],
    genders: _Genders,
) -> int | None:
    mention = mentions[i]
    if mention.role == _COLLECTIVE_ROLE:
        return _earlier_collective(doc, mentions, i, sent_of)
    if mention.label == "PERSON":
        return _earlier_person(mentions, i, genders)
    if mention.label == "TITLE":
        return _earlier_title_holder(doc, mentions, i)
    if mention.label == "ALIAS":
        return _earlier_country(mentions, i, mention.actor.country if mention.actor else None)
    if mention.label == "GROUP":
        return _earlier_group(doc, mentions, i, sent_of)
    if mention.label != "PRON":
        return None
    lower = mention.text.lower()
    if lower in _FIRST_PERSON:
        return None  # resolved through the quote's speaker
    in_quote = _inside(mention.start, quotes_spans)
    here = _sent_no(doc, mention.start, sent_of)
    subjects = _clause_subjects(doc, mention)
    # the actors the subject of the pronoun's own verb is ("Obama praised him": not Obama, nor "Barack Obama")
    bound = {_root(mentions, j) for j in range(i) if subjects and _is_token_of(doc, mentions[j], subjects)}

    def free(j: int) -> bool:
        return _root(mentions, j) not in bound

    if lower in _PERSON_PRONOUNS and not in_quote:
        gender = _PRONOUN_GENDER[lower]

        def agrees(j: int) -> bool:
            return _may_be(doc, mentions, j, gender, genders, quotes_spans) and free(j)

        def agrees_as_subject(j: int) -> bool:
            return agrees(j) and _main_subject(doc, mentions[j])

        if _main_subject(doc, mention):  # "Reid said Sanders had energized voters. He added ...": Reid
            found = _recent(doc, mentions, i, here, sent_of, 1, _is_person, agrees_as_subject)
            if found is not None:
                return found
        found = _recent(doc, mentions, i, here, sent_of, _PRONOUN_REACH["person"], _is_person, agrees)
        if found is not None:
            return found

        def agrees_as_modifier(j: int) -> bool:  # "Clinton gun-control offensive; She points to ..."
            return _may_be(doc, mentions, j, gender, genders, quotes_spans, modifier=True) and free(j)

        return _recent(doc, mentions, i, here, sent_of, _PRONOUN_REACH["person"], _is_person, agrees_as_modifier)
    if lower in _THING_PRONOUNS and not in_quote:
        subject = _acts(doc, mention)

        def named_here(candidate: EntityMention) -> bool:
            # "what people could expect from the administration when it refused ...": a body named by a singular
            # noun in the pronoun's own sentence, for a subject "it"
            return subject and _sent_no(doc, candidate.start, sent_of) == here and _singular_body(doc, candidate)

        def owner(j: int) -> bool:
            candidate = mentions[j]
            # "The state-run Oman News Agency said it ...": the body, not the country word inside its name
            inside_body = any(_encloses(other, candidate) and named_here(other) for other in mentions[:i])
            return free(j) and not inside_body and (_is_state_like(candidate) or named_here(candidate))

        return _recent(doc, mentions, i, here, sent_of, _PRONOUN_REACH["thing"], _has_actor, owner)
    if lower in _PLURAL_PRONOUNS:
        quote = _quote_of(mention.start, quotes_spans)
        nearer = _plural_subject_before(doc, mention)

        def referable(j: int) -> bool:
            # "police sources said ... they were killed": a noun's modifier is not what "they" refers to, nor a
            # group named before a plural subject of the pronoun's own sentence ("14 bodies were recovered and
            # they were killed"); in a quote, "they" is a group the quote itself named ("the kar sevaks ... kill
            # them"), in the same sentence: a quote's later sentences are the speaker's view of whoever it names
            candidate = mentions[j]
            same_quote = quote is None or quote[0] <= candidate.start < quote[1]
            return free(j) and same_quote and candidate.end > nearer and not _modifies_noun(doc, candidate)

        reach = _PRONOUN_REACH["plural"] if quote is None else 0
        return _recent(doc, mentions, i, here, sent_of, reach, _is_group, referable)
    return None


def _plural_subject_before(doc: Any, mention: EntityMention) -> int:
    """Where the last plural noun standing as a subject before a subject pronoun in its own sentence starts
    ("police sources said 14 bodies were recovered and they ..."): the nearer plural "they" may stand for; -1 if
    none, or if the pronoun is no subject ("the killers lay in wait to kill them": not the killers)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return -1
    for token in reversed(doc[span.sent.start : span.start]):
        if token.tag_ in ("NNS", "NNPS") and token.dep_ in ("nsubj", "nsubjpass"):
            return int(token.idx)
    return -1


def _quote_of(char: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The quote span a character lies in; None outside every quote."""
    return next(((s, e) for s, e in spans if s <= char < e), None)


#: Relative pronouns that may stand for a relative clause's object ("Trump, whom he blasted").
_RELATIVE_OBJECTS = frozenset({"who", "whom", "which", "that"})


def _clause_subjects(doc: Any, mention: EntityMention) -> frozenset[int]:
    """The tokens a pronoun cannot refer to because they fill another role of its own verb: the subjects of the
    verb it is the object of ("the police arrested them", "fired at them"; the subject itself would be
    "themselves"), and for the subject of a relative clause whose relative pronoun is the object, the noun that
    pronoun stands for ("Donald Trump, who he blasted": not Trump)."""
    token = _head_token(doc, mention)
    if token is None:
        return frozenset()
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl":
        # "Donald Trump, who he blasted": the relative pronoun is the verb's object, so "he" is not Trump
        verb = token.head
        relative = any(c.dep_ in ("dobj", "dative") and c.lower_ in _RELATIVE_OBJECTS for c in verb.children)
        return frozenset({verb.head.i}) if relative else frozenset()
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        verb = token.head.head
    elif token.dep_ in ("dobj", "dative", "iobj"):
        verb = token.head
    else:
        return frozenset()
    if verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    return frozenset(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _is_token_of(doc: Any, mention: EntityMention, tokens: frozenset[int]) -> bool:
    head = _head_token(doc, mention)
    return head is not None and head.i in tokens


def _has_actor(m: EntityMention) -> bool:
    return m.actor is not None


def _acts(doc: Any, mention: EntityMention) -> bool:
    """The subject of an active verb that is no copula ("it refused"; not "it was old", "it was crossed")."""
    head = _head_token(doc, mention)
    return head is not None and head.dep_ == "nsubj" and head.head.pos_ == "VERB"


#: Sectors of bodies a singular noun names ("the administration", "the army", "the party"), not crowds of people.
_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "MIL", "COP", "BUS", "MED", "NGO", "IGO"})


def _singular_body(doc: Any, m: EntityMention) -> bool:
    """A definite group phrase whose singular head names a body ("the administration", "the state government",
    "the Oman News Agency")."""
    actor = m.actor
    if m.role != "group" or actor is None or actor.members or actor.sector not in _BODY_SECTORS:
        return False
    head = _head_token(doc, m)
    return m.text.split(maxsplit=1)[0].lower() in _DEFINITE and head is not None and head.tag_ in ("NN", "NNP")


def _encloses(outer: EntityMention, inner: EntityMention) -> bool:
    """``outer``'s span holds ``inner``'s and more ("the Oman News Agency" holds "Oman")."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.end - outer.start > inner.end - inner.start


def _is_person(m: EntityMention) -> bool:
    return m.actor is not None and m.actor.kind == "person"


def _is_state_like(m: EntityMention) -> bool:
    return (
        m.actor is not None
        and m.actor.kind in ("country", "organisation")
        and m.role in ("name", "capital", "metonym", "alias")
    )


def _is_group(m: EntityMention) -> bool:
    return m.actor is not None and (m.actor.kind == "group" or bool(m.actor.members))


def _is_owner(m: EntityMention) -> bool:
    """A state, organisation or group that can own a body of people ("its army", "their leaders")."""
    return _is_state_like(m) or _is_group(m)


#: Possessive pronouns and the antecedent each takes ("his party", "its army", "their leaders").
_POSSESSIVE_ANTECEDENTS: dict[str, Any] = {"his": _is_person, "her": _is_person, "its": _is_owner, "their": _is_owner}


def _recent(
    doc: Any,
    mentions: list[EntityMention],
    i: int,
    here: int,
    sent_of: list[int],
    reach: int,
    accept: Any,
    also: Callable[[int], bool] | None = None,
) -> int | None:
    for j in range(i - 1, -1, -1):
        candidate = mentions[j]
        if here - _sent_no(doc, candidate.start, sent_of) > reach:
            return None
        if accept(candidate) and (also is None or also(j)):
            return j
    return None


def _earlier_person(mentions: list[EntityMention], i: int, genders: _Genders) -> int | None:
    """The earlier full name this name is part of. Several people sharing it ("Hillary Clinton", "Bill
    Clinton", then "Clinton"): the one "Mr."/"Mrs." before the name allows, and of those the one the
    short name has meant most often so far (news names the principal by surname and the other by full
    name each time), then one that opens with a given name ("Donald Trump", not "Trump Tower"), then one
    the people dictionary knows, then the first introduced."""
    words = _name_tokens(mentions[i].text)
    if not words:
        return None
    found: list[int] = []
    for j in range(i - 1, -1, -1):
        other = mentions[j]
        if other.label == "PERSON" and other.refers_to is None and words <= _name_tokens(other.text):
            found.append(j)
    names = {j: _name_tokens(mentions[j].text) for j in found}
    fullest = [j for j in found if not any(names[j] < names[k] for k in found)]
    if len({frozenset(names[j]) for j in fullest}) < 2:
        return found[0] if found else None  # one person: the nearest mention of the name
    wanted = genders.own[i]
    fitting = [j for j in fullest if wanted is None or genders.of(j) in (None, wanted)] or fullest
    named = Counter(m.refers_to for m in mentions[:i] if m.refers_to is not None)

    def salience(j: int) -> tuple[int, int, int, int]:
        actor = mentions[j].actor
        known = actor is not None and bool(actor.country or actor.sector)
        first = mentions[j].text.split(maxsplit=1)[0].lower() if mentions[j].text.strip() else ""
        return (-named[j], -int(first in _given_names()), -int(known), j)

    return min(fitting, key=salience)


def _earlier_title_holder(doc: Any, mentions: list[EntityMention], i: int) -> int | None:
    """The last person named with the same title ("prime minister atal bihari vajpayee"), at the first mention
    of the name or a later one ("Obama lays out stakes ... President Obama told his advisers")."""
    carried = _title_before_name(mentions[i].text)
    if carried is None:
        return None
    for j in range(i - 1, -1, -1):
        other = mentions[j]
        if other.label != "PERSON":
            continue
        if carried.search(text_of(doc)[max(0, other.start - 60) : other.start].lower()):
            return j
    return None


@functools.lru_cache(maxsize=256)
def _title_before_name(title: str) -> re.Pattern[str] | None:
    """The title's words in order right before the name, or with "of" and a place ("of india,"): a title
    merely near a name ("met the prime minister about the narendra modi government") is not that person's."""
    words = [w for w in re.findall(r"\w+", title.lower()) if w not in ("the", "a", "an")]
    if not words:
        return None
    phrase = r"\W+".join(re.escape(w) for w in words)
    return re.compile(rf"\b{phrase}\W+(?:of\W+(?:\w+\W+){{1,2}})?$")


#: Determiners that make a group phrase definite: it points back to a group the reader already knows.
_DEFINITE = frozenset({"the", "these", "those"})
#: Words that make a group phrase no one group a later "the ..." can point back to ("any party", "no army").
_NOT_ONE_GROUP = frozenset({"any", "every", "each", "no", "another", "other", "either", "neither", "different"})


def _group_head(doc: Any, mention: EntityMention) -> tuple[str, bool] | None:
    """The lemma of a group phrase's head noun and whether the head is plural ("the militants": militant, True)."""
    head = _head_token(doc, mention)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head.lemma_.lower(), head.tag_ in ("NNS", "NNPS")


def _earlier_group(doc: Any, mentions: list[EntityMention], i: int, sent_of: list[int]) -> int | None:
    """A definite group phrase of a determiner and a noun alone ("the militants", "the troops", "the mob") refers
    to the last group named within reach whose head noun is the same word in the same number ("Pakistani militants
    attacked a post. Police said the militants fled": Pakistani militants). A phrase with a word of its own ("the
    Gujarat government") already says which group it is; "the soldier" after "soldiers" is one of them, not them."""
    mention = mentions[i]
    actor = mention.actor
    words = mention.text.split()
    if actor is None or actor.country or actor.members or len(words) != 2 or words[0].lower() not in _DEFINITE:
        return None  # a word of its own ("the Gujarat government", "the state police") says it is another
    head = _group_head(doc, mention)
    if head is None:
        return None
    here = _sent_no(doc, mention.start, sent_of)
    for j in range(i - 1, -1, -1):
        candidate = mentions[j]
        if here - _sent_no(doc, candidate.start, sent_of) > _PRONOUN_REACH["person"]:
            return None
        other = candidate.actor
        if candidate.role != "group" or other is None or other.members or candidate.end > mention.start:
            continue
        if _NOT_ONE_GROUP & {w.lower() for w in candidate.text.split()[:2]}:
            continue
        if _group_head(doc, candidate) == head and other.sector == actor.sector:
            return j
    return None


def _earlier_country(mentions: list[EntityMention], i: int, country: str | None) -> int | None:
    korea = {"PRK", "KOR"}
    for j in range(i - 1, -1, -1):
        actor = mentions[j].actor
        if actor and actor.country in korea and mentions[j].role == "name" and actor.country == country:
            return j
    return None


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Madam|Madame)\.?\s+$")
_HONORIFIC_GENDER = dict.fromkeys(("mr", "sir"), "m") | dict.fromkeys(
    ("mrs", "ms", "miss", "dame", "madam", "madame"), "f"
)
#: Title and kin words that say a person's sex, in a mention or just before it ("Congresswoman Waters",
#: "his wife, Jane", "Queen Elizabeth").
_GENDER_WORDS = {
    **dict.fromkeys(
        [
            "queen",
            "princess",
            "duchess",
            "empress",
            "lady",
            "congresswoman",
            "councilwoman",
            "chairwoman",
            "spokeswoman",
            "businesswoman",
            "assemblywoman",
            "wife",
            "mother",
            "daughter",
            "sister",
            "widow",
            "grandmother",
            "aunt",
            "niece",
            "girl",
            "woman",
            "actress",
        ],
        "f",
    ),
    **dict.fromkeys(
        [
            "king",
            "prince",
            "duke",
            "emperor",
            "lord",
            "congressman",
            "councilman",
            "spokesman",
            "businessman",
            "assemblyman",
            "husband",
            "father",
            "son",
            "brother",
            "widower",
            "grandfather",
            "uncle",
            "nephew",
            "boy",
            "actor",
        ],
        "m",
    ),
}


@functools.cache
def _given_names() -> dict[str, str]:
    """Given names that name one sex ("hillary": "f")."""
    return {name: row["gender"] for row in read_rows("given_names.tsv") for name in row["names"].split()}


def _own_gender(text: str, mention: EntityMention) -> str | None:
    """What the words of a person mention and the two words before it say of the person's sex."""
    before = text[max(0, mention.start - 40) : mention.start]
    honorific = _HONORIFIC.search(before)
    if honorific:
        return _HONORIFIC_GENDER[honorific.group(1).lower()]
    words = re.findall(r"[A-Za-z]+", mention.text)
    context = [w.lower() for w in re.findall(r"[A-Za-z]+", before)[-2:]] + [w.lower() for w in words[:-1]]
    said = {_GENDER_WORDS[w] for w in context if w in _GENDER_WORDS}
    if len(said) == 1:
        return said.pop()
    if len(words) >= 2:
        return _given_names().get(words[0].lower())
    return None


class _Genders:
    """The sex of each person as far as its mentions so far say: each mention's own evidence, and each root's
    joined over the mentions that refer to it (None: unknown or contradictory)."""

    def __init__(self, text: str, mentions: Sequence[EntityMention]) -> None:
        self.mentions = mentions
        self.own: list[str | None] = [
            _own_gender(text, m) if m.label in ("PERSON", "TITLE") else None for m in mentions
        ]
        self.root: dict[int, set[str]] = {}

    def join(self, root: int, i: int) -> None:
        if self.own[i] is not None:
            self.root.setdefault(root, set()).add(self.own[i])  # type: ignore[arg-type]

    def of(self, j: int) -> str | None:
        """The sex of the person mention ``j`` refers to."""
        root = _root(self.mentions, j)
        said = set(self.root.get(root, set()))
        if self.own[root] is not None:
            said.add(self.own[root])  # type: ignore[arg-type]
        return said.pop() if len(said) == 1 else None


def _may_be(
    doc: Any,
    mentions: list[EntityMention],
    j: int,
    gender: str,
    genders: _Genders,
    quotes_spans: Sequence[tuple[int, int]],
    modifier: bool = False,
) -> bool:
    """Whether person mention ``j`` may be what a "he"/"she" outside quotation marks refers to: of that sex or
    of none known, not named inside a quotation (the quoted speaker's words), not a noun's modifier ("a staunch
    Donald Trump ally", "the Obama legacy") unless ``modifier`` (when no other person is near)."""
    candidate = mentions[j]
    if candidate.label == "PRON":
        own = _PRONOUN_GENDER.get(candidate.text.lower())
        if own is not None and own != gender:
            return False
    if genders.of(j) not in (None, gender):
        return False
    if _inside(candidate.start, quotes_spans):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is not None:
        head = span.root
        if head.dep_ == "compound" and head.head.pos_ == "NOUN" and not modifier:
            return False
    return True


def _main_subject(doc: Any, mention: EntityMention) -> bool:
    """Whether a mention is the subject of its sentence's main verb ("Reid said ...", "He added ...")."""
    head = _head_token(doc, mention)
    if head is None:
        return False
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"


def link_first_person(mentions: list[EntityMention], quotes: list[Quote], lexicon: Lexicon) -> None:
    """Inside a direct or mixed quote, "I" is the speaker and "we" the speaker's country (or
    organisation); in indirect speech the words are the writer's ("he said I was wrong")."""
    for quote in quotes:
        speaker = quote.speaker_actor
        if speaker is None or quote.kind == "indirect":
            continue
        lo, hi = quote.content.start, quote.content.end
        for mention in mentions:
            if mention.label != "PRON" or not lo <= mention.start < hi:
                continue
            lower = mention.text.lower()
            if lower in ("i", "me", "my"):
                mention.actor = speaker
                mention.refers_to = quote.speaker_entity
            elif lower in ("we", "us", "our"):
                mention.actor = _collective_of(speaker, lexicon)
                mention.refers_to = quote.speaker_entity
            mention.provenance = dataclasses.replace(mention.provenance, confidence=0.6)


def _collective_of(speaker: ActorRef, lexicon: Lexicon) -> ActorRef:
    """ "We" said by a government official is the government of the official's country."""
    if speaker.kind == "person" and speaker.country:
        entry = lexicon.country_by_iso3.get(speaker.country)
        name = entry.name if entry else speaker.country
        return ActorRef(name, speaker.country, speaker.sector, "country")
    return speaker
