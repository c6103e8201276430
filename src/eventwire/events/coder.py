"""Clause-level event coding from the dependency parse: trigger, type, actors, modality.

A trigger (verb, verb + object, or event noun with an agent) from ``event_triggers.tsv``
gives the PLOVER type, mode and CAMEO code; the source and target come from the syntax
(subject / passive agent, object / prepositional object) and are resolved through the
actor mentions, pronouns and aliases included.
"""

from __future__ import annotations

import contextlib
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventwire.actors.lexicon import load_lexicon
from eventwire.actors.media import is_reporting_medium
from eventwire.actors.sides import PRIVATE_SECTORS, called_foreign, names_envoy, of_descent, takes_sides
from eventwire.actors.things import ThingClass, blocking_preps, thing_class
from eventwire.annotate import TIME_ENTITIES, text_of
from eventwire.events.naming import denouncing_trigger, names_something
from eventwire.events.ontology import QUAD_CLASS, VERBAL_CONFLICT, quad_class, score
from eventwire.events.triggers import ANY_OBJECT, Trigger, TriggerLexicon, context_matches, load_triggers, trigger_lemma
from eventwire.model import ActorRef, EntityMention, Event, Participant, Place, Provenance, Quote, Span
from eventwire.scenes import by_scene
from eventwire.spans import inside_any
from eventwire.words import RELATIVE_PRONOUNS

STAGE = "events"
VERSION = "events.rules.v6"

_TARGET_PREPS = ("on", "against", "at", "toward", "towards", "with", "into", "to", "over")
_AGENT_PREPS = ("by", "from")
#: Target prepositions that more often name a venue or a cause than whom an act is aimed at: the others go first.
_WEAK_TARGET_PREPS = frozenset({"at", "over"})
#: Prepositions by which an act noun names whom it is aimed at ("sanctions against Moscow", "talks with Iran").
_AIMED_AT_PREPS = tuple(p for p in _TARGET_PREPS if p not in _WEAK_TARGET_PREPS)
#: "with the help / approval / support of X": X backs the act, it is not aimed at X.
_BACKING_NOUNS = frozenset(
    {"approval", "help", "support", "backing", "consent", "assistance", "permission", "blessing", "aid"}
)
#: What a source sends or withdraws is its own, never the target of the event.
_OWN_FORCES = {
    "troop", "troops", "force", "forces", "soldier", "soldiers", "personnel", "army", "weapon", "arm", "military",
    "police", "policeman", "policemen", "peacekeeper", "peacekeepers", "man", "men", "unit", "units", "battalion",
    "brigade", "reservist", "reservists", "navy", "warship", "warships", "jet", "jets", "tank", "tanks",
}  # fmt: skip
#: Types whose direct object is what the source moves ("deployed troops", "withdrew peacekeepers"), never its target.
_MOVED_OBJECT_TYPES = frozenset({"MOBILIZE"})
_MOVED_OBJECT_MODES = frozenset({"withdraw", "troops"})
#: Where an event happens is its target when nothing else is ("set up a station at Digha").
_PLACE_PREPS = ("in", "at", "from", "for")
#: "an investigation of Flynn", "condemnation of the declaration": a noun event's of-object is what it is about.
_NOUN_TARGET_PREPS = (*_TARGET_PREPS, "of", "between")
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis"}
_MODALS_HYPOTHETICAL = {"could", "would", "might", "may", "should", "must"}
_FUTURE_HEADS = {"plan", "intend", "aim", "expect", "set", "go"}
#: Words whose complement is an intention, not an event ("prepared to engage" is AGREE).
_INTENT_HEADS = {
    "prepared",
    "prepare",
    "ready",
    "willing",
    "offer",
    "agree",
    "pledge",
    "promise",
    "commit",
    "vow",
}
#: The CAMEO 03x code of an intention to act, by the act's type ("will support X" is 032, intent to cooperate
#: diplomatically; a stated willingness to praise or forgive is the verbal act itself, see _rewrap).
_INTENT_CAMEO = {
    "CONSULT": "036",
    "COOPERATE": "031",
    "AID": "033",
    "RETREAT": "035",
    "CONCEDE": "035",
    "SUPPORT": "032",
}
_CONCESSIONS = {"RETREAT", "CONCEDE", "AGREE"}
#: A stated future coercive act is a threat of it (CAMEO 13x): the code and mode of the threat.
_THREAT_CAMEO: dict[str, tuple[str, str | None]] = {
    "ASSAULT": ("138", "violence"),
    "MOBILIZE": ("138", "violence"),
    "COERCE": ("132", "restrict"),
    "SANCTION": ("1312", "relations"),
    "PROTEST": ("133", "restrict"),  # boycotts, strikes and blockades are the manual's "restrict" threats
}
#: Verbs whose "would" complement is a future in the past ("said it would boycott"), not a hypothesis.
_REPORTERS_OF_INTENT = {"say", "announce", "tell", "declare", "state", "warn", "insist", "add", "confirm"}
_REFUSAL_HEADS = {"refuse", "reject", "decline", "fail"}
_THREAT_HEADS = {"threaten"}
#: "called on the governor to resign" is a request for the complement, not the complement itself.
_REQUEST_HEADS = {"urge", "call", "ask", "demand", "press", "pressure", "appeal", "implore"}
#: Phrasal triggers whose passive form is a stance its subject holds: "Israel is opposed to the plan".
_STANCE_PASSIVES = frozenset({"oppose to"})
#: Verbs of wishing that, with another party as the subject of their infinitive, ask it to act ("wants Germany
#: to pay"); with no subject of its own the infinitive is the wisher's own intention, left as it is.
_WISH_HEADS = {"want", "push", "need", "require"}
#: Verbs whose object noun is an event the subject receives ("drawing criticism from X").
_RECEIVE_VERBS = {"draw", "face", "receive", "attract", "spark", "prompt", "trigger", "provoke"}


@dataclass
class _Candidate:
    token: Any  # the trigger's head token
    trigger: Trigger
    span: tuple[int, int]
    object_token: Any | None  # the object consumed by a light-verb rule
    speaker: Any | None = None  # a reported demand ("X said Y must ..."): the reporting verb
    impact: Any | None = None  # "fired rockets that hit towns": the verb saying where a projectile struck
    actor_word: Any | None = None  # a headline verb the parser read as a noun: the word naming who acts


#: Reporting verbs whose complement with "must" / "should" is a demand on its subject.
_DEMAND_REPORTERS = {
    "say",
    "state",
    "insist",
    "conclude",
    "declare",
    "stress",
    "argue",
    "add",
    "tell",
    "write",
    "note",
    "reiterate",
    "maintain",
    "announce",
    "emphasize",
    "emphasise",
    "believe",
    "agree",
}
_DEMAND_MODALS = {"must", "should"}
#: "we must not overreact": an exhortation of the speaker's own side, not a demand on another actor.
_SPEAKERS_THEMSELVES = {"we", "i", "us"}


def _speaker_themselves(token: Any) -> bool:
    """A first-person pronoun ("we", "us"), not a name spelt like one ("the US", "US officials")."""
    return token.lower_ in _SPEAKERS_THEMSELVES and token.pos_ == "PRON" and not token.text.isupper()


#: Types whose that-clause names who is asked or charged ("demanded that the US cancel", "alleged that the North ...").
_CLAUSE_TARGET_TYPES = {"REQUEST", "ACCUSE", "THREATEN"}


class EventCoder:
    """Codes events in one document; build once per process."""

    def __init__(self, lexicon: TriggerLexicon | None = None) -> None:
        self.lexicon = lexicon or load_triggers()

    def __call__(
        self,
        doc: Any,
        mentions: Sequence[EntityMention],
        quotes: Sequence[Quote] = (),
        excluded: Sequence[tuple[int, int]] = (),
        places: Sequence[Place] = (),
    ) -> list[Event]:
        resolver = ParticipantResolver(mentions, doc, places)
        events: list[Event] = []
        consumed: set[int] = set()
        for sent in doc.sents:
            if inside_any(sent.start_char, sent.end_char, excluded):
                continue
            found = [(t.i, c) for t in sent if (c := self._verb_candidate(t)) is not None]
            coded_as_verbs = {i for i, _ in found}  # once: a nominal gerund that is one is not coded as a noun
            first = len(events)
            verbs, topics = self._without_protest_topics(
                _purpose_over_carrier([c for _, c in found if not _backing(c)])
            )
            if not any(t.pos_ in ("VERB", "AUX") for t in sent):  # "U.S. lifts travel ban on Cuba"
                verbs += [c for c in (self._headline_candidate(t) for t in sent) if c is not None]
            # "missiles fired by X struck Y": one attack, coded at the firing
            impacts = {c.impact.i for c in verbs if c.impact is not None and c.impact.i != c.token.i}
            verbs = [c for c in verbs if c.token.i not in impacts]
            consumed.update(c.object_token.i for c in verbs if c.object_token is not None)
            events += _with_reciprocals([e for e in (self._code(c, resolver, sent, consumed) for c in verbs) if e])
            words = sent.text.lower()  # the rarer patterns only where their words are
            blames = "responsible" in words or "behind" in words
            demands = [
                c for t in sent if (c := _demand_candidate(t) or (_blame_candidate(t) if blames else None)) is not None
            ]
            coded = (self._code(c, resolver, sent, consumed) for c in demands)
            events += [e for e in coded if e is not None and e.target is not None and e.target.actor is not None]
            givers = [c for t in sent if (c := _giver_candidate(t)) is not None] if _names_givers(words) else []
            consumed.update(c.object_token.i for c in givers if c.object_token is not None)
            coded = (self._code(c, resolver, sent, consumed) for c in givers)
            events += [e for e in coded if e is not None and e.source is not None and e.source.actor is not None]
            nouns = [c for c in (self._noun_candidate(t, consumed, coded_as_verbs) for t in sent) if c is not None]
            events += _with_reciprocals([e for e in (self._code(c, resolver, sent, consumed) for c in nouns) if e])
            events[first:] = _one_protest_per_topic(events[first:], topics)
        events.sort(key=lambda e: e.trigger.start)
        return events

    def _without_protest_topics(self, candidates: list[_Candidate]) -> tuple[list[_Candidate], set[int]]:
        """The demand a protest is held for ("staged demonstrations to demand reforms", "continued their hunger
        strike to demand his resignation") is no REQUEST of its own (the PLOVER manual does not code a protest's
        topic as a separate event): it is coded as the protest, whose target is the one the demand is made of.
        Also returns where those topics' verbs start (for ``_one_protest_per_topic``)."""
        protests = {c.token.i: c.trigger for c in candidates if c.trigger.type == "PROTEST"}
        out, topics = [], set()
        for cand in candidates:
            protest = self._protest_of_topic(cand.token, protests) if cand.trigger.type == "REQUEST" else None
            if protest is not None:
                cand = replace(
                    cand, trigger=replace(cand.trigger, type="PROTEST", mode=protest.mode, cameo=protest.cameo)
                )
                topics.add(int(cand.token.idx))
            out.append(cand)
        return out, topics

    def _protest_of_topic(self, verb: Any, protests: dict[int, Trigger]) -> Trigger | None:
        """The protest whose topic the demand ``verb`` is, if any."""
        head = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in _PROTESTERS:
            return _PROTEST  # "protesters seeking justice for Breonna Taylor": what they protest for
        if verb.dep_ not in ("advcl", "xcomp", "acl") or not _is_purpose(verb) or head.i == verb.i:
            return None
        if head.i in protests:
            return protests[head.i]
        held = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ == "dobj"]
        return next((t for noun in held for t in self._noun_entries(noun) if t.type == "PROTEST"), None)

    # -------------------------------------------------------------- triggers
    def _verb_candidate(self, token: Any) -> _Candidate | None:
        if token.pos_ != "VERB":
            return None
        if names_something(token):  # "called the deal a disaster": a naming, never a phone call
            return _denouncing_candidate(token)
        obj = _direct_object(token) or _participle_head(token) or _object_read_as_clause_subject(token)
        obj_key = _compound_key(obj) if obj is not None else None
        for key in _verb_keys(token):
            for trigger in _own_object_first(self.lexicon.lookup(key, "V"), obj, obj_key):
                if obj is not None and trigger.excluded & {obj_key, obj.lemma_.lower()}:
                    continue
                if trigger.has_context and not context_matches(trigger, token):
                    continue  # a user pattern whose surrounding words are not there
                if trigger.objects == ANY_OBJECT:
                    if obj is None or (obj.dep_ != "dobj" and not _passive_with_agent(token, obj)):
                        continue  # an object or a passive's agent: "defended X", "was stormed by X", not "are defended"
                    if self._is_event_noun(obj) and token.lemma_.lower() not in _ACTS_ON_EVENTS:
                        continue  # "ordered an investigation": the event noun codes the event
                    return _Candidate(token, trigger, _span_of(token, None), None)
                if trigger.needs_object:
                    hit = self._object_match(token, trigger, obj, obj_key)
                    if hit is None or self._only_modifies_event(trigger, obj, obj_key):
                        continue
                    if trigger.mode == "strike" and _owned_by_another(hit):
                        # "the decree stops the work of aid groups": no strike, others' work is curbed (CAMEO 172)
                        trigger = replace(trigger, type="COERCE", mode="restrict", cameo="172")
                    return _on_target(_Candidate(token, trigger, _span_of(token, hit), hit))
                if self._offers_conflict(trigger, obj):
                    continue  # "offered scathing criticism": the criticism is the act
                if obj is None and _attempts_to_act(token):
                    continue  # "the administration seeks to implement tariffs": an attempt, no appeal to anyone
                if trigger.type == "ASSAULT" and obj is not None and _verbal_target(token, obj):
                    trigger = _as_verbal_attack(trigger)
                return _on_target(_Candidate(token, trigger, _span_of(token, None), None))
        return (
            _permission_candidate(token)
            or _territory_candidate(token)
            or _impact_candidate(token)
            or _withdrawal_candidate(token)
            or _taken_people_candidate(token)
        )

    def _offers_conflict(self, trigger: Trigger, obj: Any | None) -> bool:
        """A verb of commitment whose object is a hostile act ("offered scathing criticism", "promised
        retaliation"): no promise of cooperation (AGREE), the act noun codes the event."""
        if trigger.type != "AGREE" or obj is None or obj.dep_ != "dobj":
            return False
        return any(QUAD_CLASS.get(t.type, 0) >= VERBAL_CONFLICT for t in self._noun_entries(obj))

    def _is_event_noun(self, noun: Any) -> bool:
        """Whether the noun is an event noun in this use: "ordered an investigation", but not "defended the
        country's actions" ("action" is an event noun only as "legal action")."""
        return bool(self._noun_entries(noun))

    def _noun_entries(self, noun: Any) -> list[Trigger]:
        """The lexicon's noun entries that apply to this use of the noun: those whose required words are there
        ("war" needs "on" or "against" a party; "action" needs "legal")."""
        return [
            trigger
            for trigger in self.lexicon.lookup(_compound_key(noun), "N")
            if not trigger.needs_object or _has_modifier(noun, trigger.objects)
        ]

    def _headline_candidate(self, token: Any) -> _Candidate | None:
        """A headline with no verb to the parser, whose "-s" verb it read as a noun modifier ("U.S. lifts
        travel ban on Cuba": lifts -> lift, its object the noun it modifies, its actor the name before it).
        Only triggers that require an object word, and only when that object is there."""
        head = token.head
        if token.dep_ != "compound" or token.tag_ not in ("NNS", "NNPS") or head.pos_ != "NOUN" or head.i <= token.i:
            return None
        actor = next((c for c in token.children if c.i < token.i and c.pos_ == "PROPN"), None)
        if actor is None or not token.lower_.endswith("s"):
            return None
        word = token.lower_
        for key in (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],):
            for trigger in self.lexicon.lookup(key, "V"):
                if trigger.needs_object and trigger.objects != ANY_OBJECT and _object_words(head) & trigger.objects:
                    return _Candidate(token, trigger, _span_of(token, head), head, actor_word=actor)
        return None

    def _only_modifies_event(self, trigger: Trigger, obj: Any | None, obj_key: str | None) -> bool:
        """A show of force whose weapon word only modifies an attack ("launched a cruise-missile attack", "a
        rocket attack"): the attack noun codes the event (force, or a verbal attack), not a weapons launch.
        (Not for every verb: "ended mediation efforts" is still the ending of a mediation.)"""
        if trigger.type != "MOBILIZE" or obj is None or _head_words(obj, obj_key) & trigger.objects:
            return False
        return obj.pos_ in ("NOUN", "PROPN") and any(t.type in ("ASSAULT", "ACCUSE") for t in self._noun_entries(obj))

    @staticmethod
    def _object_match(token: Any, trigger: Trigger, obj: Any | None, obj_key: str | None) -> Any | None:
        # "provided photographs and other intelligence": any conjoined object can carry the required word.
        if obj is not None and obj_key in trigger.objects:
            return obj
        for candidate in [obj, *_conjuncts(obj)] if obj is not None else []:
            if _object_words(candidate) & trigger.objects:
                return obj
        # "talk with", "charge with", "commit to": the required word is a preposition or particle.
        particle = next(
            (
                c
                for c in token.children
                if c.dep_ in ("prep", "prt", "dative") and c.lower_ in trigger.objects and not _dates(c)
            ),
            None,
        )
        return particle if particle is not None else _phrasal_object(token, trigger)

    def _noun_candidate(self, token: Any, consumed: set[int], coded_as_verbs: set[int]) -> _Candidate | None:
        """``coded_as_verbs``: the sentence's tokens with a verb candidate (a nominal gerund among them is one)."""
        if token.i in consumed or not (token.pos_ in ("NOUN", "PROPN") or _nominal_gerund(token)):
            return None
        if token.pos_ == "VERB" and token.i in coded_as_verbs:
            return None  # coded as the verb it also is
        key = _compound_key(token) if token.pos_ != "VERB" else str(token.lower_)  # a gerund's lemma is its verb's
        for trigger in self.lexicon.lookup(key, "N"):
            if trigger.needs_object and not _has_modifier(token, trigger.objects):
                continue
            required = _required_of_object(token, trigger.objects) if trigger.needs_object else None
            if trigger.type == "ASSAULT" and _aimed_at_words(token):
                trigger = _as_verbal_attack(trigger)
            return _Candidate(token, trigger, (_noun_start(token), token.idx + len(token)), required)
        return None

    # ---------------------------------------------------------------- coding
    def _appeals_for_conflict(self, token: Any) -> bool:
        """Whether what an appeal asks for is itself a conflict act ("called for sanctions against X",
        "urged followers to join a rally against Y"): CAMEO's appeals (02) are all for cooperation.  An asked
        act the lexicon knows as a verb is judged by its verb ("urged Washington to lift sanctions": a lifting)."""
        asked: list[Any] = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                asked += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "xcomp", "ccomp") or (child.dep_ == "advcl" and _is_purpose(child)):
                # "called on Arabs to unite and mobilize against Sharon" (the parser's purpose clause): each
                # conjoined asked act counts
                verbs = (
                    [c for c in child.children if c.dep_ == "conj" and c.pos_ == "VERB"] if child.pos_ == "VERB" else []
                )
                for part in (child, *verbs):
                    if part.pos_ == "VERB" and any(c.dep_ == "neg" for c in part.children):
                        continue  # "pleading with officers not to shoot": restraint asked for, no act against anyone
                    verb = self._asked_verb(part) if part.pos_ == "VERB" else None
                    if verb is not None:
                        asked.append(verb)
                        continue
                    asked += [part, *(c for c in part.children if c.dep_ in ("dobj", "pobj"))]
                    asked += [g for c in part.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for word in asked:
            # a noun only where its entry's required words are there ("war on X")
            kinds = [word.type] if isinstance(word, Trigger) else [t.type for t in self._noun_entries(word)]
            if any(QUAD_CLASS.get(kind, 0) >= VERBAL_CONFLICT for kind in kinds):
                return True
        return False

    def _ordered_restriction(self, draft: _Draft) -> Trigger | None:
        """The restriction an order imposes on the one ordered ("ordered the newspaper La Prensa to suspend
        publication": CAMEO 1721's example, a restriction on the media, not a demand): the ordered act's COERCE
        reading; None for any other order ("ordered him to appear in court" stays a demand)."""
        token = draft.cand.token
        if draft.event_type != "REQUEST" or draft.negated or token.lemma_.lower() != "order":
            return None
        for child in token.children:
            if child.pos_ == "VERB" and (child.dep_ in ("xcomp", "ccomp") or _is_purpose(child)):
                asked = self._asked_verb(child)
                if asked is not None and asked.type == "COERCE":
                    return asked
        return None

    def _asked_verb(self, verb: Any) -> Trigger | None:
        """The lexicon's reading of an asked-for verb with its own object ("lift sanctions", "impose a curfew")."""
        obj = _direct_object(verb)
        words = {obj.lemma_.lower(), _compound_key(obj)} if obj is not None else set()
        for trigger in self.lexicon.lookup(verb.lemma_.lower(), "V"):
            if not trigger.needs_object or trigger.objects == ANY_OBJECT or trigger.objects & words:
                return None if trigger.stops else trigger
        return None

    def _code(self, cand: _Candidate, resolver: ParticipantResolver, sent: Any, consumed: set[int]) -> Event | None:
        """One candidate coded in steps: what it reads as, who acts on whom, its modality, then the event."""
        draft = _reading(cand)
        if draft is None or not _with_roles(draft, resolver, consumed):
            return None
        _blockade_by_force(draft)
        _forces_sent_at_home(draft)
        _sentenced_to_prison(draft)
        self._with_modality(draft)
        _rallied_against(draft, resolver)
        return _event_of(draft, sent)

    def _with_modality(self, draft: _Draft) -> None:
        """Negation, hypothesis and future of the clause, and the CAMEO code a statement or appeal takes."""
        token = draft.cand.token
        wrapped = draft.wrapper is not None
        draft.negated, draft.hypothetical, draft.future = _modality(draft.clause)
        draft.event_type, draft.cameo, draft.mode, draft.negated, note = _recode_by_modality(
            draft.event_type,
            draft.cameo,
            draft.mode,
            draft.negated,
            draft.hypothetical,
            draft.future,
            wrapped,
            _has_unless(draft.clause),
        )
        if note:
            draft.why.append(note)
        # CAMEO 113 "Rally opposition against": soliciting third parties to disapprove of, protest against or
        # punish another party ("called for sanctions against Nigeria", the manual's example) is a CAMEO 11 act,
        # PLOVER ACCUSE 'disapprove'; CAMEO's appeals (02) are all for cooperation.  The appeal itself, and the
        # hostile act it asks for ("urged the West to impose sanctions on Russia": an appeal against Russia).
        if (draft.cameo.startswith("02") and self._appeals_for_conflict(token)) or _rallies_against(draft):
            draft.recode(
                "ACCUSE",
                "113",
                "disapprove",
                "an appeal for a hostile act rallies opposition against its target: ACCUSE (CAMEO 113)",
            )
        restriction = self._ordered_restriction(draft)
        if restriction is not None:
            draft.recode(
                "COERCE",
                restriction.cameo,
                restriction.mode,
                f"an order to {restriction.lemma} imposes the restriction: COERCE (CAMEO {restriction.cameo})",
            )
        statement = _statement_of(draft)
        if statement is not None:
            draft.cameo = statement
            draft.why.append(f"a statement in CAMEO's terms (CAMEO {statement})")


#: Sectors whose blockade is one by armed forces (CAMEO 191), not a civilian obstruction (144).
_BLOCKADING_SECTORS = frozenset({"MIL", "COP", "GOV", "REB", "INS", "SPY"})


def _blockade_by_force(draft: _Draft) -> None:
    """A blockade by armed forces, armed groups or a state is force (CAMEO 191, a FIGHT code: PLOVER ASSAULT);
    the manual keeps 144 (PROTEST 'obstruct') for civilians blocking roads and buildings."""
    actor = draft.source.actor if draft.source is not None else None
    if draft.cand.trigger.lemma != "blockade" or draft.event_type != "PROTEST" or actor is None:
        return
    if actor.sector in _BLOCKADING_SECTORS or (actor.kind == "country" and actor.sector is None):
        draft.recode("ASSAULT", "191", None, f"a blockade by '{actor.name}' is one by force: ASSAULT (CAMEO 191)")


#: Words of a custodial sentence: "sentenced him to seven years in prison", "to life in jail".
_CUSTODY_WORDS = frozenset({"prison", "jail", "imprisonment", "detention", "custody", "gaol"})


def _prison_term(verb: Any) -> bool:
    """Whether a sentencing verb sends its object to prison ("sentenced him to seven years in prison")."""
    if verb.lemma_.lower() != "sentence":
        return False
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return any(t.lemma_.lower() in _CUSTODY_WORDS for prep in to for t in prep.subtree)


def _sentenced_to_prison(draft: _Draft) -> None:
    """A prison sentence detains the convicted (CAMEO 173; the PLOVER manual: "convictions that result in
    imprisonment should also be coded as COERCE arrest"), beyond the verdict (116, ACCUSE); a
    conviction joined to one ("convicted X ... and sentenced him to seven years in prison") is that sentence."""
    token = draft.cand.token
    if draft.event_type != "ACCUSE" or draft.cand.trigger.lemma not in ("sentence", "convict"):
        return
    if _prison_term(token) or any(c.dep_ == "conj" and _prison_term(c) for c in token.children):
        draft.recode("COERCE", "173", "arrest", "a prison sentence detains: COERCE (CAMEO 173)")


#: Forces whose sending inside their own country is a mobilisation, not military aid.
_ARMED_FORCES = frozenset(_OWN_FORCES - {"weapon", "arm", "man", "men", "peacekeeper", "peacekeepers"})


def _forces_sent_at_home(draft: _Draft) -> None:
    """Troops or police a state sends into its own country ("sent troops and police to Santa Cruz Barillas to
    restore order") mobilise its forces (CAMEO 154); CAMEO 074, military protection, is given to another party."""
    cand = draft.cand
    if draft.event_type != "AID" or cand.trigger.lemma not in _CARRIERS or cand.trigger.pos != "V":
        return
    moved = cand.object_token if cand.object_token is not None else _direct_object(cand.token)
    if moved is None or _quantified(moved).lemma_.lower() not in _ARMED_FORCES or _for_peacekeeping(draft.clause):
        return
    source = draft.source.actor if draft.source is not None else None
    target = draft.target.actor if draft.target is not None else None
    if source is None or target is None or source.country is None or source.sector in ("IGO", "NGO"):
        return
    if target.country == source.country and target.sector not in ("IGO", "NGO"):
        draft.recode("MOBILIZE", "154", "troops", "forces sent inside their own country: MOBILIZE (CAMEO 154)")


#: The types of a hostile act that an appeal for it makes a rallying of opposition (CAMEO 113), not a request.
_RALLIED_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def _rallies_against(draft: _Draft) -> bool:
    """A hostile act asked of another party by an appeal ("urged the West to impose sanctions on Russia"):
    the wrapper made it a request, but an appeal for a hostile act rallies opposition (CAMEO 113)."""
    wrapper = draft.wrapper
    return (
        wrapper is not None
        and draft.event_type == "REQUEST"
        and not draft.negated
        and wrapper.lemma_.lower() in _APPEAL_HEADS
        and draft.cand.trigger.type in _RALLIED_TYPES
    )


def _rallied_against(draft: _Draft, resolver: ParticipantResolver) -> None:
    """An appeal recoded as rallying opposition (CAMEO 113) is aimed at the party opposed, whom the asked act's
    "against" phrase names ("called on Arabs to unite and mobilize against [Sharon]"), not at those rallied."""
    token = draft.cand.token
    if draft.cameo != "113" or draft.wrapper is not None or draft.cand.trigger.pos != "V":
        return
    asked = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and _is_purpose(c))]
    verbs = [v for c in asked if c.pos_ == "VERB" for v in (c, *(j for j in c.children if j.dep_ == "conj"))]
    # "to impose [sanctions against Russia]": the phrase may hang on the asked act's object
    heads = [h for v in verbs if v.pos_ == "VERB" for h in (v, *(o for o in v.children if o.dep_ == "dobj"))]
    for head in heads:
        with resolver.targeting():
            found, how = resolver.prep_object(head, ("against",))
        own = draft.source is not None and found is not None and _same_actor(draft.source, found)
        if found is not None and found.actor is not None and not own:  # never the appealing party itself
            draft.target, draft.tgt_how = found, f"{how} in '{head.text}', the party opposition is rallied against"
            draft.why.append(f"rallied against: {draft.tgt_how}")
            return


@dataclass
class _Draft:
    """An event being coded: its reading so far, its roles with how each was found, and the reasons."""

    cand: _Candidate
    clause: Any  # the clause whose modality the event takes: the reporting verb's for a reported demand
    wrapper: Any | None  # the verb wrapping the trigger ("refused to X", "wants Y to X")
    event_type: str
    cameo: str
    mode: str | None
    why: list[str]
    reported: bool = False  # a noun act the sentence reports as having happened ("four people died in clashes")
    source: Participant | None = None
    src_how: str = ""
    target: Participant | None = None
    tgt_how: str = ""
    harmed: Any | None = None  # the people or property harmed, when no actor is named
    reciprocal: bool = False  # the roles are one side and the other of a joint act
    negated: bool = False
    hypothetical: bool = False
    future: bool = False

    def recode(self, event_type: str, cameo: str, mode: str | None, why: str) -> None:
        """Read the event again as ``event_type`` / ``cameo`` / ``mode``, saying ``why``."""
        self.event_type, self.cameo, self.mode = event_type, cameo, mode
        self.why.append(why)


#: Appeal verbs that, with a to-infinitive and no object, mean trying ("seeks to implement", "sought to block").
_ATTEMPT_VERBS = frozenset({"seek"})


def _attempts_to_act(verb: Any) -> bool:
    """ "seeks to implement the tariffs": the verb is an attempt at the infinitive's act, not an appeal."""
    if verb.lemma_.lower() not in _ATTEMPT_VERBS:
        return False
    return any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in verb.children
    )


def _trigger_reason(cand: _Candidate) -> str:
    """The first reason of an explanation: the trigger, its object and context, and what they code."""
    trigger = cand.trigger
    return (
        f"{'verb' if trigger.pos == 'V' else 'noun'} '{trigger.lemma}'"
        + (f" + object '{cand.object_token.text}'" if cand.object_token is not None else "")
        + (f" with {trigger.context_text}" if trigger.has_context else "")
        + f" -> {trigger.type}"
        + (f"/{trigger.mode}" if trigger.mode else "")
        + f" (CAMEO {trigger.cameo})"
    )


def _for_peacekeeping(clause: Any) -> bool:
    """Whether the clause of a deployment says it is for peacekeeping ("peacekeepers began deploying", "the
    deployment of 230 troops to Liberia on a peacekeeping mission"): the clause of its verb, or of the verb an
    infinitive or gerund complements, outside clauses of their own."""
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    own = [
        t
        for t in clause.subtree
        if not any(a.dep_ in ("advcl", "relcl", "ccomp") and a.i != clause.i for a in _ancestors_below(t, clause))
    ]
    return any(t.lower_.startswith("peacekeep") for t in own)


def _ancestors_below(token: Any, top: Any) -> list[Any]:
    """``token`` and its heads up to (not including) ``top``."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def _reading(cand: _Candidate) -> _Draft | None:
    """The candidate's type, mode and CAMEO code, re-read through a wrapping verb; None for a stop pattern
    or for an event noun that is only another clause's argument."""
    token, trigger = cand.token, cand.trigger
    if trigger.stops:
        return None  # a user's stop pattern: this use of the word is no event
    clause = cand.speaker if cand.speaker is not None else _clause_of(token, trigger)
    draft = _Draft(cand, clause, _wrapper(clause), trigger.type, trigger.cameo, trigger.mode, [_trigger_reason(cand)])
    if trigger.type == "MOBILIZE" and trigger.mode == "troops" and _for_peacekeeping(clause):
        draft.recode("AID", "074", "military", "forces moved for peacekeeping provide it: AID (CAMEO 074)")
    wrapper = draft.wrapper
    if wrapper is not None and _lets_lapse(wrapper, token, draft.event_type):
        draft.recode("RETREAT", "085", "ease", f"'{wrapper.text}' to keep it in force lets it lapse: RETREAT")
    elif wrapper is not None:
        draft.event_type, draft.cameo, draft.mode, note = _rewrap(wrapper, draft.event_type, draft.cameo, draft.mode)
        if note:
            draft.why.append(note)
    draft.reported = trigger.pos == "N" and (
        (draft.event_type in _UNSEEN_AGENT_TYPES and _reported_act(token))
        or (trigger.type in _MEASURE_TYPES and _takes_effect(token))
    )
    if (
        trigger.pos == "N"
        and cand.speaker is None  # a giver named by a copula ("one of the largest donors") is no bare argument
        and token.dep_ in ("dobj", "pobj", "nsubj")
        and not draft.reported
        and not _noun_is_standalone(token, trigger)
    ):
        return None  # an event noun as a bare argument, with no agent of its own: background, not an act
    return draft


def _with_roles(draft: _Draft, resolver: ParticipantResolver, consumed: set[int]) -> bool:
    """Fill the source and target, from the syntax first and then from fallbacks; False when the event is
    dropped (a permission no actor grants, or no actor where the clause does not name who and to whom)."""
    if not _syntactic_roles(draft, resolver):
        return False
    _fallback_target(draft, resolver)
    named_both = _screened_roles(draft, resolver)
    _joint_roles(draft, resolver)
    if not _kept(draft, named_both):
        return False
    if draft.reported:
        _reported_roles(draft, resolver)
    token = draft.cand.token
    if draft.cand.trigger.pos == "V" and draft.target is not None and draft.target.entity is not None:
        consumed.update(t.i for t in token.children if t.dep_ in ("dobj",))
    draft.why.append(f"source: {draft.src_how}")
    draft.why.append(f"target: {draft.tgt_how}")
    return True


def _syntactic_roles(draft: _Draft, resolver: ParticipantResolver) -> bool:
    """Source and target from the clause's grammar; False for a permission that no actor grants."""
    cand, wrapper = draft.cand, draft.wrapper
    trigger = cand.trigger
    draft.source, draft.src_how = resolver.source_of(cand)
    if trigger in _PERMISSIONS.values() and draft.source is not None and draft.source.actor is None:
        return False  # "the rise in prices allowed the company to grow": only an actor grants a permission
    draft.target, draft.tgt_how = resolver.target_of(cand)
    if trigger.pos == "V" and trigger.lemma in _STANCE_PASSIVES:  # "Israel is opposed to French mediation"
        (draft.source, draft.src_how), (draft.target, draft.tgt_how) = resolver.holder_of_state(
            cand.token, (draft.source, draft.src_how), (draft.target, draft.tgt_how)
        )
    if wrapper is not None and _asks_another(wrapper, draft.clause):  # "Sharon wants Germany to pay": Sharon asks
        roles = resolver.asker_and_asked(wrapper, draft.clause, (draft.source, draft.src_how))
        if roles is not None:  # always, as _asks_another saw the asked clause's subject
            (draft.source, draft.src_how), (draft.target, draft.tgt_how) = roles
    return True


def _fallback_target(draft: _Draft, resolver: ParticipantResolver) -> None:
    """A better or missing target: where forces were sent, a place rather than a thing, the parties between."""
    token, required = draft.cand.token, draft.cand.object_token
    if draft.target is not None:
        sum_head = _sum_of_money(token.doc, draft.target.span)
        instead = resolver.instead_of_sum(sum_head) if sum_head is not None else None
        if instead is not None:  # "reduced tariffs on [$120 billion of China's exports]": the exports
            draft.target, draft.tgt_how = instead
        held = _held_thing(token.doc, draft.target.span) if draft.target is not None else None
        if held is not None:  # "seized control of [the charities run by X]": what is held, not the holding
            with resolver.targeting():
                found = resolver.participant(held)
            draft.target, draft.tgt_how = found or unresolved(held), f"what '{draft.target.span.text}' is over"
    sent_for = _sent_for(token)
    obj = _direct_object(token) if sent_for is not None and draft.cand.trigger.pos == "V" else None
    # "sent experts to Iran to investigate the circumstances of the crash of an Ukrainian airliner": an object
    # that names an actor only deep inside its phrase is what the act is about; where they were sent is whom
    deep = obj is not None and draft.target is not None and not resolver.names_actor_near(obj)
    if (_no_actor(draft.target) or deep) and sent_for is not None:
        found, how = resolver.destination(_sent_for(token))
        if found is not None:  # "sent 21 experts to Bosnia to investigate the feasibility of ...": Bosnia
            draft.target, draft.tgt_how = found, f"{how}, where they were sent"
    if draft.cand.trigger.pos == "V" and _is_trigger_word(draft.target, required):
        # "remained on alert in North District": the word the trigger needs is no target; its place may be
        place = resolver.place_in(required)
        if place is not None or (draft.target is not None and draft.target.actor is None):
            draft.target, draft.tgt_how = place, "the place of the trigger's own object" if place else "none"
    event_type = draft.event_type
    place = resolver.recipient_place(token.doc, draft.target) if event_type in _RECIPIENT_PLACE_TYPES else None
    if place is not None:  # "agreed to a ceasefire in eastern Ukraine": Ukraine, not the ceasefire
        draft.target, draft.tgt_how = place, f"{draft.tgt_how}, narrowed to the place '{place.span.text}' of a thing"
    if draft.target is not None and event_type in _ATTACKED_PLACE_TYPES:
        draft.target = _with_following_place(token, draft.target)  # "attacked an army camp in Mali": the camp's place
    if draft.target is None:  # "launched a mediation effort to resolve the rift between Qatar and other Gulf states"
        _try_target(draft, resolver.parties_between(required or token))
    joined = _verb_carrying(token) if draft.cand.trigger.pos == "N" else None
    if draft.target is None and joined is not None and joined.lemma_.lower() in _MEETING_VERBS:
        # "joined Zarif for a meeting", "invited the rebels for talks": the one joined or invited
        for obj in (c for c in joined.children if c.dep_ == "dobj"):
            found = resolver.participant(obj)
            if found is not None:
                draft.target, draft.tgt_how = found, f"object '{obj.text}' of '{joined.text}'"
    if draft.target is None and event_type in _BENEFIT_TYPES:  # "sent aid to help victims of the earthquake"
        _try_target(draft, resolver.beneficiary(token))
    if draft.target is None and event_type in _PLACE_TARGET_TYPES:
        _try_target(draft, resolver.place_of_act(token, draft.clause))
    if event_type == "PROTEST" and (draft.target is None or _only_a_place(draft.target)):
        # "demonstrated in Kirkuk calling for independence from Iraq": Iraq, not the venue
        _take_target(draft, resolver.separated_from(token))
    if draft.target is None and event_type == "REJECT":  # "declined to resign despite pressure by X": X
        refused = [c for c in token.children if c.dep_ == "xcomp"]  # "refused to halt enrichment despite ..."
        _try_target(draft, resolver.pressing_party((token, draft.wrapper, *refused)))


#: Nouns of holding a place or a body ("took control of the town", "gained possession of the airport").
_HOLDING_NOUNS = frozenset({"control", "possession", "command"})


def _held_thing(doc: Any, span: Span) -> Any | None:
    """The of / over object of a target phrase headed by a noun of holding ("full control of [Shoqra city]"): the
    place or body taken or held is what the act is aimed at, the holding is how; None for any other phrase."""
    phrase = doc.char_span(span.start, span.end, alignment_mode="expand")
    head = phrase.root if phrase is not None else None
    if head is None or head.pos_ != "NOUN":
        return None
    return _held_object(head)


def _held_object(noun: Any) -> Any | None:
    """The of / over object of a noun of holding ("control of [the town]"); None for any other noun."""
    if noun.lemma_.lower() not in _HOLDING_NOUNS:
        return None
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "over") for o in _pobjs(c)), None)


def _sum_of_money(doc: Any, span: Span) -> Any | None:
    """The head of a phrase that is a sum of money ("$120 billion of China's exports", "€60 million"), else None."""
    inside = [t for t in doc if span.start <= t.idx < span.end]
    heads = [t for t in inside if not span.start <= t.head.idx < span.end or t.head.i == t.i]
    if len(heads) != 1 or heads[0].ent_type_ != "MONEY":
        return None
    return heads[0]


def _try_target(draft: _Draft, found: tuple[Participant | None, str]) -> None:
    """Take a fallback's target; its explanation only when it found one."""
    draft.target, how = found
    draft.tgt_how = how if draft.target is not None else draft.tgt_how


def _take_target(draft: _Draft, found: tuple[Participant | None, str]) -> None:
    """Take a fallback's target only when it found one (the target found so far stays otherwise)."""
    if found[0] is not None:
        draft.target, draft.tgt_how = found


def _only_a_place(target: Participant) -> bool:
    """Whether a target is only where the act happened: a country or settlement, no party ("in Kirkuk")."""
    return target.actor is not None and target.actor.kind == "country" and target.actor.sector in (None, "CVL")


#: Nouns of breaking away from a state ("independence from Iraq"): whom a people demanding it stands against.
_SEPARATION_NOUNS = frozenset({"independence", "secession", "separation", "autonomy", "liberation"})
#: Verbs of a demand a protest voices in a participle ("calling for", "demanding").
_VOICED_DEMANDS = frozenset({"call", "demand", "seek", "urge", "press", "push", "clamour", "clamor"})


def _separation_state(verb: Any) -> Any | None:
    """The state a protest's voiced demand breaks away from ("calling for independence from [Iraq]", "joining
    demonstrators in demanding a referendum on independence from [Indonesian rule]"), else None."""
    for noun in (t for t in verb.subtree if t.lemma_.lower() in _SEPARATION_NOUNS and t.i > verb.i):
        demands = [a for a in noun.ancestors if a.i > verb.i and a.lemma_.lower() in _VOICED_DEMANDS]
        if not demands or not verb.is_ancestor(demands[0]) or demands[0].tag_ != "VBG":
            continue  # only a demand the protest's own participle voices
        # the parser hangs "from Spain" on the noun or, "demanding independence from Spain", on the demand
        holders = (noun, demands[0]) if noun.head.i == demands[0].i else (noun,)
        froms = (o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for o in _pobjs(c))
        state = next(froms, None)
        if state is not None:
            return state
    return None


def _screened_roles(draft: _Draft, resolver: ParticipantResolver) -> bool:
    """Drop things, weapons and a self-target from the roles, name the harmed and a claimer of responsibility;
    whether the clause itself named both who and to whom (kept then even without a known actor)."""
    token, trigger, event_type = draft.cand.token, draft.cand.trigger, draft.event_type
    if trigger.pos == "V" and event_type in _UNSEEN_AGENT_TYPES and _no_actor(draft.source) and _no_actor(draft.target):
        # "35 persons were arrested", "four people were killed", "shops were looted": to whom or what, as text
        draft.harmed = _harmed_people(token, property_too=event_type == "ASSAULT")
        if draft.harmed is not None and draft.target is None:
            draft.target = unresolved(draft.harmed)
            draft.tgt_how = f"patient '{draft.harmed.text}' (people, no known actor)"
    had = draft.source is not None and draft.target is not None
    draft.source, draft.src_how = _not_a_thing(draft.source, draft.src_how, token.doc, physical=False, target=False)
    claimer = _responsibility_claimer(token) if event_type in _CLAIMED_TYPES and _no_actor(draft.source) else None
    found = resolver.participant(claimer) if claimer is not None else None
    if claimer is not None and found is not None and found.actor is not None:
        # "the Taliban claimed responsibility for the attack, which killed ...": who claims it did it
        draft.source, draft.src_how = found, f"'{claimer.text}', who claimed responsibility"
    physical = quad_class(event_type) in (2, 4)
    draft.target, draft.tgt_how = _not_a_thing(draft.target, draft.tgt_how, token.doc, physical=physical)
    # "the groups clashed with lathis and swords": a clause that names who and what still reports an act
    named_both = had and trigger.pos == "V" and (draft.source is not None or draft.target is not None)
    # "on alert in [the north region]", "its forces in [Europe]": where, not a weapon
    site = _territory_span(token.doc, draft.target)
    if event_type == "MOBILIZE" and draft.target is not None and draft.target.actor is None and not site:
        draft.target, draft.tgt_how = None, "none (the object of a show of force is its weapon, not a target)"
    if draft.source is not None and draft.target is not None and _same_actor(draft.source, draft.target):
        draft.target, draft.tgt_how = None, "dropped: same actor as source"
    words = draft.target.span.text if draft.target is not None else ""
    if words.lower() in _REFLEXIVES:  # "two suicide bombers blew themselves up": no party the act is aimed at
        draft.target, draft.tgt_how = None, f"none ('{words}' is the source itself)"
    return named_both


#: Reflexive pronouns: as an object they are the subject itself.
_REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"})


def _joint_roles(draft: _Draft, resolver: ParticipantResolver) -> None:
    """A joint act with no other party named: the parties of a joint subject or of "between", each to the other."""
    cand = draft.cand
    joint = draft.event_type in _JOINT_TYPES or cand.trigger.type in _JOINT_TYPES  # "X and Y failed to reach agreement"
    # the split itself needs an actor on each side; a meeting's venue is no party when the subject names two
    venue = draft.event_type == "CONSULT" and _is_venue(cand.token.doc, draft.target)
    venue = venue or (joint and _topic_of_thing(cand.token.doc, draft.target))
    # "Smith and Jones visited the flooded villages": a visit of a place by a joint subject is one act by both,
    # aimed at the place, not each visiting the other
    visited = draft.mode == "visit" and draft.target is not None and not _is_venue(cand.token.doc, draft.target)
    if joint and draft.source is not None and (_no_actor(draft.target) or venue) and not visited:
        # "India and Pakistan agreed to a cease-fire": India with Pakistan
        _split_roles(draft, resolver.split_joint_subject(_acting_verb(cand)))
    elif _breaks_pact(cand) and draft.source is not None and _no_actor(draft.target):
        # "Syria and Israel violated agreements": a pact broken by two sides, each against the other
        split = resolver.split_joint_subject(_acting_verb(cand))
        if split is not None and not _allied(cand.token.doc, split[1]):
            _split_roles(draft, split)
    if joint and cand.trigger.pos == "N" and _no_actor(draft.source) and not draft.reciprocal:
        _split_roles(
            draft, resolver.parties_between_two(cand.token)
        )  # "cooperation between the Philippines and the US"


#: Verbs of handing a thing over to someone.
_HANDING_VERBS = frozenset(
    {"give", "offer", "return", "hand", "provide", "deliver", "donate", "transfer", "grant", "lend", "send", "sell"}
)
#: Types of handing a thing over ("provide aid", "give information"): whom it goes to is the target.
_HANDING_TYPES = frozenset({"AID", "COOPERATE"})
#: Nouns of a pact between parties, and verbs that break one.
_PACT_NOUNS = frozenset(
    {"agreement", "ceasefire", "cease-fire", "truce", "accord", "deal", "pact", "treaty", "armistice"}
)
_BREACH_VERBS = frozenset({"violate", "breach", "break"})
#: Prepositions that hang a topic or a host on a noun ("information on North Korea", "a deal on the Irish
#: border", "a meeting of ASEAN"): what a joint act is about, not the other party to it.
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "of"})


def _breaks_pact(cand: _Candidate) -> bool:
    """ "violated the ceasefire agreement": a verb breaking a pact, which binds the parties to each other."""
    obj = cand.object_token
    return (
        cand.trigger.pos == "V"
        and cand.token.lemma_.lower() in _BREACH_VERBS
        and obj is not None
        and obj.lemma_.lower() in _PACT_NOUNS
    )


#: Words that put a party on the other's side ("government forces and aligned militias").
_ALLIED_WORDS = frozenset({"allied", "aligned", "affiliated", "loyal", "loyalist", "friendly", "its", "their"})


def _allied(doc: Any, party: Participant) -> bool:
    """ "aligned youth", "allied fighters", "its allies": the other conjunct is on the first one's side."""
    first = _first_token(doc, party)
    return first is not None and (first.lower_ in _ALLIED_WORDS or first.lemma_.lower() in {"ally", "allies"})


def _first_token(doc: Any, party: Participant) -> Any | None:
    """The token a participant's span starts at (or the next one)."""
    return next((t for t in doc if t.idx >= party.span.start), None)


def _topic_of_thing(doc: Any, target: Participant | None) -> bool:
    """A target named only as the topic or host of a thing ("agreed to share information [on North Korea]",
    "reached the deal [on Senate Bill 2770]"): for a joint act of two named parties, the other party wins."""
    if target is None:
        return False
    first = _first_token(doc, target)
    if first is None or first.i == 0:
        return False
    prep = doc[first.i - 1]
    return prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPS and prep.head.pos_ == "NOUN"


def _split_roles(draft: _Draft, split: tuple[Participant, Participant] | None) -> None:
    """Make the two parties of a joint act the source and the target, when there are two."""
    if split is not None:
        (draft.source, draft.target), draft.src_how, draft.tgt_how = split, JOINT_SOURCE, JOINT_TARGET
        draft.reciprocal = True


def _kept(draft: _Draft, named_both: bool) -> bool:
    """Whether the event keeps enough of an actor: one known actor, or a clause naming who and to whom; a
    noun event needs an agent, since a bare noun is too often background ("the talks")."""
    source, target, pos = draft.source, draft.target, draft.cand.trigger.pos
    if pos == "N" and draft.cand.token.lemma_.lower() in _FIGURATIVE_AIMS and (_no_actor(source) or _no_actor(target)):
        return False  # "the war on drugs", "a possible war against Iraq": a figure or a prospect, not force used
    # "a rights panel opened an investigation against the officials": a noun done by a light verb's subject to a
    # named party is a clause naming who and to whom, as its verb would be
    by_light_verb = pos == "N" and source is not None and target is not None and _light_verb_of(draft.cand.token)
    one_side = (pos == "N" and not by_light_verb) or ((source is None or target is None) and not named_both)
    if _no_actor(source) and _no_actor(target) and one_side and not draft.reported and draft.harmed is None:
        # kept without a known actor only when the clause names both who and to whom, or names the people
        # who protest ("Trump supporters staged protests"): a protest's agent is its crowd, named or not
        return pos == "V" and draft.event_type == "PROTEST" and _names_people(draft.cand.token.doc, source)
    agentless = (source is None or source.actor is None) and not by_light_verb
    return not (pos == "N" and agentless and not _put_under(draft.cand.token, target) and not draft.reported)


def _light_verb_of(noun: Any) -> bool:
    """Whether an event noun is the object of a light verb ("opened an investigation", "launched an attack")."""
    head = noun.head
    return bool(noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _LIGHT_VERBS)


def _names_people(doc: Any, part: Participant | None) -> bool:
    """Whether a participant with no known actor is a group of people ("supporters", "hundreds of workers")."""
    if part is None:
        return False
    words = doc.char_span(part.span.start, part.span.end, alignment_mode="expand")
    return words is not None and _is_people(_quantified(words.root))


def _reported_roles(draft: _Draft, resolver: ParticipantResolver) -> None:
    """The roles of a reported act with no agent: each side of a mutual fight, or the one harmed."""
    token = draft.cand.token
    if _no_actor(draft.source) and (token.lemma_.lower() in _MUTUAL_FIGHTS or _takes_effect(token)):
        # "clashes broke out between police and protesters": each side fights the other; so with a truce that
        # takes effect ("a ceasefire between Israel and Hamas took effect")
        _split_roles(
            draft,
            resolver.parties_between_two(token)
            or (resolver.parties_between_two(token.head) if token.dep_ == "nsubj" else None),
        )
    if draft.target is None:
        _try_target(draft, resolver.harmed_by(token))  # "a party member dies in prison after torture": the member
    if _no_actor(draft.source):
        draft.why.append("an act the sentence reports as having happened, its agent unnamed")


def _statement_of(draft: _Draft) -> str | None:
    """The CAMEO code of a statement the event is in CAMEO's terms ("said it would", "urged X to allow"), if any."""
    token, wrapper, cameo = draft.cand.token, draft.wrapper, draft.cameo
    statement = _statement_code(token, draft.event_type, cameo) if token.pos_ in ("VERB", "AUX") else None
    if (
        statement is None
        and wrapper is not None
        and cameo.startswith("10")
        and draft.cand.trigger.type in _CONCESSIONS | {"CONSULT", "SUPPORT", "AID", "COOPERATE"}
    ):  # "urged Italy to allow the ship to dock": an appeal for cooperation, unlike "urged X to impose sanctions"
        statement = _APPEAL_CAMEO.get(cameo) if wrapper.lemma_.lower() in _APPEAL_HEADS else None
    if statement is None and _considered(token):
        statement = "014"
    return statement


def _event_of(draft: _Draft, sent: Any) -> Event:
    """The coded event, its confidence from the trigger, the roles found and whether a verb wraps it."""
    cand = draft.cand
    start, end = cand.span
    return Event(
        type=draft.event_type,
        mode=draft.mode,
        cameo=draft.cameo,
        quad_class=quad_class(draft.event_type),
        score=score(draft.event_type, draft.mode),
        trigger=Span(start, end, text_of(cand.token.doc)[start:end]),
        sentence=evidence_sentence(sent),
        source=draft.source,
        target=draft.target,
        negated=draft.negated,
        hypothetical=draft.hypothetical,
        future=draft.future,
        provenance=Provenance(
            STAGE, VERSION, _confidence(cand.trigger, draft.source, draft.target, draft.wrapper is not None)
        ),
        explanation="; ".join(draft.why),
        reciprocal=draft.reciprocal,
        trigger_lemma=trigger_lemma(cand.trigger, cand.token),
    )


def _is_trigger_word(target: Participant | None, required: Any | None) -> bool:
    """Whether ``target`` is headed by the object word the trigger itself needs ("remain on [alert]")."""
    if target is None or required is None or required.dep_ != "pobj":
        return False
    return bool(target.span.start <= required.idx < target.span.end and required.left_edge.idx >= target.span.start)


#: How a joint act's two parties are explained; the second event of the pair names them the other way.
JOINT_SOURCE = "first of a joint subject (reciprocal)"
JOINT_TARGET = "its other party"


def _with_reciprocals(events: list[Event]) -> list[Event]:
    """The events, each joint act followed by its mirror: CAMEO codes a reciprocal act ("India and
    Pakistan agreed") as two events with the actors reversed."""
    out: list[Event] = []
    for event in events:
        out.append(event)
        if event.reciprocal and event.source and event.target:
            why = event.explanation.replace(f"source: {JOINT_SOURCE}", "source: other party of a joint subject")
            why = why.replace(f"target: {JOINT_TARGET}", "target: first of the joint subject (reciprocal)")
            out.append(replace(event, source=event.target, target=event.source, explanation=why))
    return out


#: Joint acts of a conjoined subject with no other party: the first conjunct acts with the rest as
#: its target ("India and Pakistan agreed to a cease-fire", as the PLV pairs mark them).
_JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})


#: Types whose target is a thing or people where they are ("an army camp in Mali", "demonstrators in Yerevan").
_ATTACKED_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _with_following_place(verb: Any, target: Participant) -> Participant:
    """The target widened over a place phrase right after it that the parser hung on the verb ("attacked an
    army camp [in Mali]"): where the target is, which annotators mark with it."""
    doc = verb.doc
    after = next((t for t in doc[verb.i :] if t.idx >= target.span.end and not t.is_space), None)
    if after is None or after.dep_ != "prep" or after.head.i != verb.i or after.lower_ not in ("in", "at"):
        return target
    if not any(c.dep_ == "pobj" and c.ent_type_ in _PLACE_ENTITIES for c in after.children):
        return target
    comma = next((t.i for t in doc[after.i : after.right_edge.i + 1] if t.text == ","), None)
    end = _end_before(after, comma) if comma is not None else int(after.right_edge.idx) + len(after.right_edge)
    return Participant(Span(target.span.start, end, text_of(doc)[target.span.start : end]), target.actor, target.entity)


#: Prepositions of a clause on a thing that say whom it was aimed at or where ("imposed on", "imposed in").
_AIMED_PREPS = frozenset({"on", "against", "upon", "in", "to", "over"})


#: Verbs of asking for a thing: the agent of "an order sought by X" is whom granting it is aimed at.
_SEEKING_VERBS = frozenset({"seek", "request", "demand", "ask", "file", "propose", "submit", "bring", "lodge"})


def _conjoined_modifier(head: Any) -> tuple[Any, Any] | None:
    """The two conjoined modifiers of a head noun before it ("Russia and Turkey's", "Nigerian and British")
    or in its of-phrase ("of Brazil and Argentina"): (first, second), exactly two."""
    firsts = [c for c in head.children if c.dep_ in ("amod", "nmod", "compound", "poss") and c.i < head.i]
    firsts += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i for p in _pobjs(c)]
    for first in (f for f in firsts if f.pos_ in _NAMING_POS):
        conjuncts = [c for c in first.children if c.dep_ == "conj"]
        if len(conjuncts) == 1 and conjuncts[0].pos_ in _NAMING_POS and not _has_conjunct(conjuncts[0]):
            return first, conjuncts[0]
    return None


_NAMING_POS = ("ADJ", "PROPN", "NOUN")
_NOUN_POS = ("NOUN", "PROPN", "NUM", "PRON")


def _has_conjunct(token: Any) -> bool:
    return any(c.dep_ == "conj" for c in token.children)


def _in_sector(actor: ActorRef | None, sector: str | None) -> ActorRef | None:
    """A party of a group named by its country ("British" of "British armed forces"), in the group's sector."""
    if actor is None or sector is None or actor.sector or actor.members:
        return actor
    return replace(actor, sector=sector, kind="group")


#: Nouns of acts done to someone: with no of-object, their possessor is who undergoes them ("the tanker's
#: release", "his arrest"), as "Israel's release of prisoners" names the one who acts.
_PATIENT_NOUNS = frozenset(
    {"release", "arrest", "detention", "extradition", "execution", "removal", "dismissal", "deportation",
     "expulsion", "ouster", "trial", "retrial", "prosecution", "sentencing", "capture", "abduction", "kidnapping",
     "assassination", "torture", "conviction", "impeachment", "indictment", "imprisonment", "jailing", "eviction",
     "sacking", "firing", "overthrow"}
)  # fmt: skip


def _patient_possessor(noun: Any) -> Any | None:
    """The possessor of a noun of an act done to someone when the noun has no of-object: who undergoes it."""
    if noun.lemma_.lower() not in _PATIENT_NOUNS or _says_of(noun):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _infinitive_subject(verb: Any) -> Any | None:
    """ "welcomed Putin to mediate", "rejected Netanyahu to postpone": a noun before a to-infinitive that the
    parser made the infinitive's subject is the verb's object (English infinitives take no subject of their own)."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < verb.i or not _is_purpose(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    return None


def _is_venue(doc: Any, part: Participant | None) -> bool:
    """A participant that is where something happens ("met in Moscow"), by its phrase: a place after in / at."""
    phrase = doc.char_span(part.span.start, part.span.end, alignment_mode="expand") if part is not None else None
    head = phrase.root if phrase is not None else None
    if head is None or head.dep_ != "pobj" or head.ent_type_ not in _PLACE_ENTITIES:
        return False
    return bool(head.head.lower_ in _LOCATIVE_PREPS)


#: The parser's entity labels of places (countries and cities, regions and landforms).
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _with_need_after(obj: Any, found: Participant) -> Participant:
    """The span of those helped with the "in need (of ...)" phrase after it that the parser hung on the verb
    ("to help [people in need of humanitarian assistance in Ethiopia]"): it says which ones they are."""
    doc = obj.doc
    prep = next((c for c in obj.head.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
    if prep is None or prep.lower_ != "in" or not any(p.lower_ == "need" for p in _pobjs(prep)):
        return found
    if found.span.end > prep.idx:
        return found
    end = int(prep.right_edge.idx) + len(prep.right_edge)
    return replace(found, span=Span(found.span.start, end, text_of(doc)[found.span.start : end]))


def _territory_span(doc: Any, part: Participant | None) -> bool:
    """A participant with no actor whose phrase is a territory ("the north region", "the border area") or a place
    the parser names that no actor stands for ("strengthened its forces in [Europe]")."""
    phrase = doc.char_span(part.span.start, part.span.end, alignment_mode="expand") if part is not None else None
    return bool(
        part is not None
        and part.actor is None
        and phrase is not None
        and (phrase.root.lemma_.lower() in _TERRITORY_NOUNS or _named_place(phrase.root))
    )


def _site_of_forces(head: Any, pobj: Any) -> bool:
    """A territory noun with no name, where forces are kept on alert, its phrase hung on the verb or on "alert"
    ("troops remained on alert in [the north region]"): where they stand is the mobilisation's target, as CAMEO
    codes its location."""
    alert = head.lower_ == "alert" and head.dep_ == "pobj" and head.head.lower_ == "on"
    alert = alert or any(p.lower_ == "on" and any(o.lower_ == "alert" for o in _pobjs(p)) for p in head.children)
    return alert and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _TERRITORY_NOUNS


#: Titles of one sent to a country or body, whose "to" phrase is part of the title ("the Ambassador to Bahrain").
_ENVOY_NOUNS = frozenset({"ambassador", "envoy", "consul", "emissary", "representative", "delegate"})


def _with_envoy_post(obj: Any, found: Participant) -> Participant:
    """An envoy object's span with the post the parser hung on the verb ("received [the UAE Ambassador to
    Bahrain, Abdulridha Khori]"): the "to" phrase right after the title, and the name set off after it."""
    doc, verb = obj.doc, obj.head
    after = obj.i + 1
    if obj.lemma_.lower() not in _ENVOY_NOUNS or after >= len(doc) or found.span.end > doc[after].idx:
        return found
    to = doc[after]
    posts = _pobjs(to)
    if to.lower_ != "to" or to.dep_ != "prep" or to.head.i != verb.i or not posts or posts[0].ent_type_ != "GPE":
        return found  # "summoned the ambassador to the ministry": where he was summoned, no post
    last = to.right_edge
    comma = last.i + 1 < len(doc) and doc[last.i + 1].text == ","
    named = next((c for c in verb.children if c.dep_ in ("dobj", "appos") and c.left_edge.i == last.i + 2), None)
    if comma and named is not None and named.pos_ == "PROPN" and named.ent_type_ == "PERSON":
        last = named.right_edge  # ", Abdulridha Abdullah Mahmoud Khori": the envoy's name, a second "object"
    while last.is_punct and last.i > to.i:
        last = doc[last.i - 1]
    end = int(last.idx) + len(last)
    return replace(found, span=Span(found.span.start, end, text_of(doc)[found.span.start : end]))


#: Participles of speaking the parser reads as a noun after a name ("an ultimatum to Damascus warning of ..."):
#: they begin a clause on the act, whose speaker is its source, not the party named before them.
_SPEAKING_PARTICIPLES = frozenset({"warning", "saying", "urging", "threatening", "demanding", "calling", "asking"})


def _name_before_participle(token: Any, head: Any) -> bool:
    """``token`` is a name the parser hung as a modifier on a participle of speaking that follows it, the head
    of the argument ("issued an ultimatum to [Damascus] warning of military action")."""
    return bool(
        token.dep_ == "compound"
        and token.head.i == head.i
        and token.pos_ == "PROPN"
        and head.pos_ == "NOUN"
        and head.lower_ in _SPEAKING_PARTICIPLES
        and token.right_edge.i == head.i - 1
    )


#: Verbs of sending or handing a message on, whose participle of speaking says what the message says.
_MESSAGE_VERBS = frozenset({"send", "write", "deliver", "hand", "address", "submit", "issue"})


def _addressee_of_message(verb: Any) -> Any | None:
    """Whom a message was sent to, when ``verb`` is a participle of speaking saying what it says ("sent a letter
    to [the WHO chief] threatening to pull funding", "wrote to [the council], urging it to act"); else None."""
    if verb.lower_ not in _SPEAKING_PARTICIPLES or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return None
    carrier = verb.head.head if verb.head.dep_ == "dobj" else verb.head  # hung on the letter or on "sent"
    if carrier.lemma_.lower() not in _MESSAGE_VERBS:
        return None
    to = (p for p in carrier.children if p.dep_ in ("dative", "prep") and p.lower_ == "to" and p.i < verb.i)
    return next((o for prep in to for o in _pobjs(prep)), None)


#: Participles that, before a name, say what the one named is doing there ("against [visiting] Crown Prince X").
_ATTRIBUTIVE_PARTICIPLES = frozenset({"visiting", "ruling", "fleeing", "departing", "incoming"})


def _named_after_participle(pcomp: Any) -> Any | None:
    """The name an attributive participle stands before, which the parser made its gerund's object ("filed a
    lawsuit against visiting [Crown Prince X]"): the party, without the participle; None for a true gerund."""
    if pcomp.dep_ != "pcomp" or pcomp.tag_ != "VBG" or pcomp.lower_ not in _ATTRIBUTIVE_PARTICIPLES:
        return None
    obj = next((c for c in pcomp.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.pos_ == "PROPN" and obj.left_edge.i == pcomp.i + 1 else None


#: Verbs whose object is a topic and whose "with" phrase is the party talked with ("discussed Libya with Trump").
_DISCUSSING_VERBS = frozenset({"discuss", "debate", "review"})

#: Possessive pronouns that, on the recipient of a thing handed over, stand for the thing ("to its owners").
_THING_POSSESSIVES = frozenset({"its", "their"})
#: Whom a thing belongs to: with such a pronoun, the one it is handed back to ("to their families").
_OWNER_NOUNS = frozenset({"owner", "family", "heir", "descendant", "relative", "proprietor"})


def _owners_of_thing(verb: Any, obj: Any | None) -> Any | None:
    """The "to" object of a verb of handing a thing over whose possessive pronoun stands for that thing
    ("returned a Bible to [its owners]", "a portrait to [its owner]"); None for any other recipient."""
    if obj is None or verb.lemma_.lower() not in _HANDING_VERBS or obj.pos_ not in _NOUN_POS:
        return None
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > obj.i):
        for pobj in _pobjs(prep):
            owned = any(c.dep_ == "poss" and c.lower_ in _THING_POSSESSIVES for c in pobj.children)
            if pobj.pos_ == "NOUN" and owned and pobj.lemma_.lower() in _OWNER_NOUNS:
                return pobj
    return None


def _named_place(noun: Any) -> bool:
    """A noun the parser names as a place, or whose name part it does, or a territory noun with a name
    ("Maungtaw district", "Kachin State")."""
    names = [c for c in noun.children if c.dep_ == "compound"]
    return (
        noun.ent_type_ in _PLACE_LABELS
        or any(c.ent_type_ in _PLACE_LABELS for c in names)
        or (noun.lemma_.lower() in _TERRITORY_NOUNS | {"state"} and any(c.pos_ == "PROPN" for c in names))
    )


def _is_place(part: Participant | None) -> bool:
    """A participant that is a country or a place in one, not a group or a person there."""
    actor = part.actor if part is not None else None
    return actor is not None and bool(actor.country) and not actor.sector and not actor.members


def _owned(noun: Any) -> bool:
    """A noun with a possessive pronoun: "its allies" names the owner's partners, not the owner."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _acting_verb(cand: _Candidate) -> Any | None:
    """The verb whose subject is the event's source: the trigger, a noun event's light verb, the speaker."""
    if cand.speaker is not None:
        return cand.speaker
    if cand.trigger.pos == "V":
        return cand.token
    # "launched war games", "the war game was staged by", "began a new round of joint exercises": the verb
    # carrying the noun, or the counting noun it hangs on
    token = _measured(cand.token)
    return token.head if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") else None


#: Verbs of going somewhere ("went to Moscow", "flew to Cairo"): the core shared by _TRAVEL_VERBS and _GOING_VERBS.
_GOING = frozenset({"go", "come", "travel", "fly", "head"})
#: Verbs of sending people somewhere: "sent experts to investigate", "dispatched envoys".
_SENDERS = frozenset({"send", "dispatch"})
#: Verbs that carry people to an act: "sent experts to investigate" is the investigation.
_CARRIERS = _SENDERS | {"deploy"}


def _moves_object(trigger: Trigger) -> bool:
    """A show of force, a sending or a withdrawal: its object is what the source moves ("deployed troops")."""
    return trigger.type in _MOVED_OBJECT_TYPES or trigger.mode in _MOVED_OBJECT_MODES or trigger.lemma in _CARRIERS


def _forces_moved(noun: Any) -> Any | None:
    """The forces a deployment or withdrawal noun moves: its "of" object, when that is troops or the like."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and _quantified(pobj).lemma_.lower() in _OWN_FORCES:
                    return pobj
    return None


def _clause_of(token: Any, trigger: Trigger) -> Any:
    """The verb whose negation, modality and wrappers the event takes: a noun event's light verb
    ("will not begin talks", "refused to hold talks", "will hold talks") or the verb that carries it
    ("will lead a delegation on a visit"), else the trigger itself."""
    if trigger.pos == "N" and token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    carrying = _verb_carrying(token) if trigger.pos == "N" else None
    return carrying if carrying is not None else token  # "will fly to Cairo for talks": the flying


#: Subordinators of a condition: "if the US goes ahead", "unless the EU pays", "until Cuba undertakes reforms",
#: "will not end the strike before the management is sacked".
_CONDITION_MARKS = frozenset({"if", "unless", "until", "before"})

#: Subordinators of a clause that tells when or why an act happened: that clause reports another event.
_BACKGROUND_MARKS = frozenset({"after", "when", "while", "since", "once", "as", "because"})


#: Nouns that measure how long before or after an act a clause of time is ("days before", "weeks after").
_SPAN_OF_TIME_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})
#: Adverbs that place a "before" clause in time ("shortly before", "just before", "long before").
_TIME_ADVERBS = frozenset({"shortly", "just", "soon", "long", "right", "immediately", "moments", "hours"})


def _reports_another_event(clause: Any) -> bool:
    """An adverbial clause of time or cause ("after Russia seized Crimea", "as the rebels advanced", "when the
    period ends", "days before Britain leaves"): its arguments belong to that other event, not to the act it
    hangs on."""
    if clause.dep_ != "advcl":
        return False
    for word in clause.children:
        if word.lower_ in _BACKGROUND_MARKS and word.i < clause.i and (word.dep_ == "mark" or word.tag_ == "WRB"):
            return True  # "when" is often parsed as the clause's adverb, not its subordinator
        if word.dep_ == "mark" and word.lower_ == "before" and _measured_before(clause, word):
            return True
    return False


def _measured_before(clause: Any, mark: Any) -> bool:
    """ "just days before Britain leaves", "shortly before the vote": a "before" clause placed in time by a span
    or an adverb is when the act happened, not a condition on it ("will not end the strike before X")."""
    words = [*clause.children, *mark.children]
    spans = [w for w in words if w.dep_ == "npadvmod" and w.i < mark.i and w.lemma_.lower() in _SPAN_OF_TIME_NOUNS]
    adverbs = [w for w in words if w.dep_ == "advmod" and w.i < mark.i and w.lower_ in _TIME_ADVERBS]
    return bool(spans or adverbs)


def _threatens(verb: Any, trigger: Trigger) -> bool:
    """A threat, said by its trigger ("threatened") or by the verb that wraps it ("threatened to stop")."""
    wrapper = _wrapper(verb)
    return trigger.type == "THREATEN" or (wrapper is not None and wrapper.lemma_.lower() in _THREAT_HEADS)


def _owned_by_another(work: Any) -> bool:
    """ "stops the work of groups such as MSF": work whose "of" phrase names its owner is not the subject's own."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in work.children)


def _sent_for(verb: Any) -> Any | None:
    """The sending verb whose purpose ``verb`` is ("sent experts to Bosnia to investigate")."""
    if verb.dep_ == "advcl" and _is_purpose(verb) and verb.head.lemma_.lower() in _CARRIERS:
        return verb.head
    return None


def _purpose_over_carrier(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a sending whose purpose clause is itself an event ("France sent experts to investigate", "sent teams
    into Libya in a rush to investigate")."""
    purposes = {head.i for c in candidates if (head := _purpose_head(c.token)) is not None}
    return [c for c in candidates if not (c.trigger.lemma in _CARRIERS and c.token.i in purposes)]


#: Nouns that state an act's purpose as "in a bid to V": the V is what the governing verb was done for. Not
#: _PURPOSE_NOUNS, the "in + noun" adjuncts ("in protest", "in order"), which lacks "rush" and would add "order".
_AIM_NOUNS = frozenset({"bid", "effort", "attempt", "rush", "push", "drive", "move", "quest"})


def _purpose_head(verb: Any) -> Any | None:
    """The verb whose purpose the to-infinitive ``verb`` states: "sent experts to investigate", or through a
    purpose noun, "sent teams in a rush to investigate", "deployed troops in an effort to stop"."""
    if not _is_purpose(verb) or verb.head.i == verb.i:
        return None
    if verb.dep_ == "advcl":
        return verb.head
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in _AIM_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ != "in" or prep.head.i == prep.i or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _one_protest_per_topic(events: list[Event], topics: set[int]) -> list[Event]:
    """A protest coded at its topic's verb ("to demand reforms by the government") stands for the protest only
    where the protest itself found no target: one event per protest, the one that says whom it is against."""
    if not topics:
        return events
    aimed = any(e.type == "PROTEST" and e.target is not None and e.trigger.start not in topics for e in events)
    return [e for e in events if not (aimed and e.type == "PROTEST" and e.trigger.start in topics)]


def _backing(cand: _Candidate) -> bool:
    """Support named in a participle that describes the subject of the sentence's act ("government forces,
    backed by Russian warplanes, continued their attacks"): who stands behind the actor, no act of its own."""
    token = cand.token
    return cand.trigger.type == "SUPPORT" and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "nsubj"


def _demand_candidate(token: Any) -> _Candidate | None:
    """ "Russia said Sudan must return the helicopter": a REQUEST by the speaker of the subject."""
    if token.dep_ != "ccomp" or token.pos_ not in ("VERB", "AUX") or token.head.i == token.i:
        return None
    speaker = token.head
    if speaker.lemma_.lower() not in _DEMAND_REPORTERS:
        return None
    modal = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS), None)
    if modal is None:
        return None
    trigger = Trigger(f"{speaker.lemma_.lower()} ... {modal.lower_}", "V", frozenset(), "REQUEST", None, "100")
    return _Candidate(token, trigger, (int(modal.idx), int(token.idx) + len(token)), None, speaker)


#: Harms one is held responsible for: "said the rebels were responsible for the bombing".
_HARMS = frozenset(
    {"attack", "bombing", "blast", "explosion", "killing", "death", "murder", "assassination", "massacre",
     "violence", "shooting", "abduction", "kidnapping", "shelling", "raid", "strike", "crime", "atrocity",
     "abuse", "ambush", "assault", "hack", "hacking", "cyberattack", "poisoning", "unrest", "riot"}
)  # fmt: skip
_REPORTERS_OF_BLAME = frozenset({"say", "state", "insist", "conclude", "declare", "claim", "allege", "add", "tell"})


def _blame_candidate(token: Any) -> _Candidate | None:
    """ "The government said Taliban militants were responsible (for the attack)", "... was behind the bombing":
    the speaker accuses the clause's subject (CAMEO 112, ACCUSE 'allege'); responsibility
    for anything but a harm ("responsible for security"), a denial ("were not responsible") and a party's own
    claim ("we are responsible") are no accusation (the subject must name another actor)."""
    if token.dep_ != "ccomp" or token.lemma_.lower() != "be" or token.head.i == token.i:
        return None
    speaker = token.head
    if speaker.lemma_.lower() not in _REPORTERS_OF_BLAME or any(c.dep_ == "neg" for c in token.children):
        return None
    blamed = next((c for c in token.children if _names_blame(c)), None)
    if blamed is None:
        return None
    trigger = Trigger(f"{speaker.lemma_.lower()} ... {blamed.lower_}", "V", frozenset(), "ACCUSE", "allege", "112")
    return _Candidate(token, trigger, (int(blamed.idx), int(blamed.idx) + len(blamed)), None, speaker)


def _names_blame(word: Any) -> bool:
    """ "responsible" with no "for" or "for" a harm; "behind" a harm."""
    lemma = word.lemma_.lower()
    if word.dep_ == "acomp" and lemma == "responsible":
        fors = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        return not fors or any(g.lemma_.lower() in _HARMS for g in fors)
    if word.dep_ == "prep" and word.lower_ == "behind":
        return any(g.dep_ == "pobj" and g.lemma_.lower() in _HARMS for g in word.children)
    return False


#: Nouns naming a giver of aid (CAMEO 07), and the things a supplier or provider gives as aid.
_GIVER_NOUNS = frozenset({"donor", "contributor", "provider", "supplier", "benefactor"})
_GIVEN_AID = frozenset(
    {"aid", "assistance", "support", "fund", "funding", "money", "weapon", "arm", "troop", "relief", "food",
     "vaccine", "loan", "grant", "help"}
)  # fmt: skip
_COPULAS = frozenset({"be", "remain", "become"})


def _names_givers(words: str) -> bool:
    """Whether a sentence's lower-cased text holds a giver noun (plurals too): only then is it searched for one."""
    return any(noun in words for noun in _GIVER_NOUNS)


def _giver_candidate(token: Any) -> _Candidate | None:
    """A party said to be a giver of aid ("the United States remains the largest donor of humanitarian assistance
    in Iraq", "Germany is one of the largest bilateral donors"): AID by the subject (CAMEO 07).  A donor may give
    anything; a contributor, provider or supplier only the aid words ("a provider of weapons to the rebels")."""
    lemma = token.lemma_.lower()
    if lemma not in _GIVER_NOUNS or token.pos_ != "NOUN":
        return None
    head = token
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "among") and token.head.head.dep_ == "attr":
        head = token.head.head  # "one of the largest donors", "among the biggest donors"
    copula = head.head
    if head.dep_ != "attr" or copula.lemma_.lower() not in _COPULAS or copula.i == head.i:
        return None
    subjects = [t for c in copula.children if c.dep_ == "nsubj" for t in c.subtree]
    if any(t.lemma_.lower() in _GIVER_NOUNS for t in subjects):
        return None  # "a quarter of her campaign donors are small donors": givers classed, no party giving
    given = next(
        (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if lemma != "donor" and (given is None or _object_words(given).isdisjoint(_GIVEN_AID)):
        return None
    trigger = Trigger(lemma, "N", frozenset(), "AID", None, "070")
    return _Candidate(token, trigger, (int(token.idx), int(token.idx) + len(token)), given, copula)


#: Verbs of permission whose complement says what another actor may do: "allowed the WFP to deliver food",
#: "let the CIA track al-Qaida leaders", "granted the British government to delay Brexit" (CAMEO 083, CONCEDE).
_PERMIT_VERBS = frozenset({"allow", "permit", "let", "grant"})
#: Verbs that also give permission through their object noun: "gave the Pentagon permission to use ...".
_GIVING_VERBS = _PERMIT_VERBS | {"give"}
#: Nouns of a permission given: the actor named beside them is the one allowed.
_PERMISSION_NOUNS = frozenset({"permission", "access", "approval", "consent", "authorization", "authorisation"})
#: The trigger of a permission the lexicon does not list, one per verb.
_PERMISSIONS = {lemma: Trigger(lemma, "V", frozenset(), "CONCEDE", None, "083") for lemma in _PERMIT_VERBS}


#: Verbs whose passive says what something is or serves for, not an act done to it ("is held by", "is used by").
_STATE_PASSIVES = frozenset({"hold", "use"})


#: What a projectile does where it comes down: "rockets that hit towns", "a shell fired by X landed in Y".
_IMPACT_VERBS = frozenset(
    {"hit", "strike", "land", "slam", "crash", "fall", "explode", "impact", "kill", "wound", "injure", "damage",
     "destroy"}
)  # fmt: skip
#: Subjects of a following clause that count the projectiles just fired ("... and one struck a house").
_PROJECTILE_COUNTS = frozenset({"one", "some", "several", "most", "many", "it", "all", "each"})
#: Prepositions naming where a projectile came down ("landed in Sderot", "fell near the airport").
_IMPACT_PREPS = ("in", "near", "inside", "onto")
#: A projectile that hits a place or people is an attack with it (CAMEO 194, rocket and artillery fire).
_PROJECTILE_ATTACK = {"type": "ASSAULT", "mode": "heavy-weapons", "cameo": "194"}
#: Nouns of territory and strongholds: taking one by force is occupying territory (CAMEO 192, a use of
#: military force: PLOVER ASSAULT), unlike seizing goods or property ("seized the tanker's cargo": COERCE).
_TERRITORY_NOUNS = frozenset(
    {"town", "city", "village", "base", "airport", "airbase", "airfield", "territory", "area", "region", "district",
     "province", "hill", "hilltop", "port", "stronghold", "border", "crossing", "outpost", "position", "capital",
     "enclave", "county", "suburb", "neighborhood", "neighbourhood", "garrison", "fort", "fortress",
     "checkpoint", "bastion", "settlement", "island", "peninsula", "valley", "highway", "frontline", "front",
     "headquarters", "oilfield", "refinery", "dam", "bridge", "barracks", "camp", "mosque", "municipality"}
)  # fmt: skip
#: Verbs of taking a place by force; the plain "take" only with a territory noun or "control of" one.
_CAPTURE_VERBS = frozenset({"capture", "seize", "overrun", "recapture", "retake", "occupy", "take over", "take"})
_TAKE_VERBS = frozenset({"take", "retake", "regain", "wrest"})
#: A protest with nothing more specific said of it (CAMEO 141, PLOVER mode 'demo').
_PROTEST = Trigger("protest", "V", frozenset(), "PROTEST", "demo", "141")
#: People named by their protest: what they are described as seeking or demanding is its topic.
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "picketer", "rioter"})
#: Subjects whose seizure of a place is a search or raid, or a sit-in ("protesters occupied the airport"), not a
#: taking of territory by armed force.
_RAIDERS = frozenset(
    {"police", "policeman", "policemen", "officer", "cop", "agent", "authority", "customs", "court", "protester",
     "protestor", "demonstrator", "activist", "student", "worker", "farmer", "crowd"}
)  # fmt: skip
#: Territory nouns that the plain "take" makes a stance or a seat ("took a position", "took the front seat").
_TAKEN_STANCES = frozenset({"position", "front", "area", "border"})
#: "took the city by surprise / by storm": a manner of taking that is no capture.
_FIGURATIVE = frozenset({"surprise", "storm"})
_OCCUPY_TERRITORY = {"type": "ASSAULT", "mode": None, "cameo": "192"}


def _own_object_first(triggers: tuple[Trigger, ...], obj: Any | None, obj_key: str | None) -> list[Trigger]:
    """The entries only a conjunct of the object matches after the others: "fire 31 rounds and lob six tear-gas
    shells" is firing rounds, whatever the misread conjunct shells would make it (the object's own phrase,
    "curfew restrictions", and a preposition, "fired rockets on X", keep the lexicon's order)."""
    conjuncts = _conjuncts(obj) if obj is not None else []
    if obj is None or not conjuncts:
        return list(triggers)
    own = _object_words(obj) | {obj_key, obj.lemma_.lower()}
    joined = set().union(*(_object_words(c) for c in conjuncts))

    def conjunct_only(trigger: Trigger) -> bool:
        return trigger.needs_object and not trigger.objects & own and bool(trigger.objects & joined)

    return sorted(triggers, key=conjunct_only)


def _denouncing_candidate(verb: Any) -> _Candidate | None:
    """A naming that condemns, as an accusation (CAMEO 111); None for a neutral or approving one."""
    trigger = denouncing_trigger(verb)
    return _Candidate(verb, trigger, _span_of(verb, None), None) if trigger is not None else None


def _on_target(cand: _Candidate) -> _Candidate:
    """A show of force that lands on something, or a seizure of territory, recoded as the attack it is."""
    trigger = cand.trigger
    if trigger.type == "MOBILIZE" and trigger.mode == "weapons" and cand.object_token is not None:
        impact = _impact_of(cand.token, cand.object_token)
        if impact is not None:
            return replace(cand, trigger=replace(trigger, **_PROJECTILE_ATTACK), impact=impact)  # type: ignore[arg-type]
    if trigger.type == "COERCE" and trigger.lemma in _CAPTURE_VERBS and _taken_territory(cand.token, named=True):
        return replace(cand, trigger=replace(trigger, **_OCCUPY_TERRITORY))  # type: ignore[arg-type]
    return cand


def _impact_of(verb: Any, projectile: Any) -> Any | None:
    """Where the fired projectile came down: its relative clause ("rockets that hit towns"), the clause it is
    the subject of ("a rocket fired by rebels landed in Jizan"), or the firing verb's own conjunct or participle
    ("fired a rocket and hit a school", "fired shells, killing two")."""
    if projectile.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in projectile.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _IMPACT_VERBS:
            return clause
    head = projectile.head
    if verb.dep_ == "acl" and head.i != projectile.i and projectile.dep_ == "nsubj":
        return head if head.lemma_.lower() in _IMPACT_VERBS and head.pos_ == "VERB" else None
    for clause in verb.children:
        if clause.lemma_.lower() not in _IMPACT_VERBS or clause.pos_ != "VERB" or clause.i < verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "fired rockets into Israel, and one struck a house": a subject counting the projectiles is theirs
        theirs = all(c.lemma_.lower() in _PROJECTILE_COUNTS or c.pos_ == "NUM" for c in subjects)
        if (clause.dep_ == "conj" and theirs) or (clause.dep_ == "advcl" and clause.tag_ == "VBG"):
            return clause
    return None


#: Projectiles of rocket and artillery fire: one that comes down somewhere is an attack there.
_PROJECTILES = frozenset({"rocket", "missile", "shell", "mortar", "projectile"})
#: Verbs of sending a projectile off: "rockets fired from Gaza", "a missile launched by ...".
_FIRING_VERBS = frozenset({"fire", "launch"})
#: Verbs of a projectile coming down that the lexicon lists under no other sense ("hit", "strike" it does).
_LANDING_VERBS = frozenset({"land", "crash", "fall", "explode"})


def _impact_candidate(token: Any) -> _Candidate | None:
    """ "Rockets fired from Gaza landed in Sderot": a projectile coming down on a place, who fired it unsaid."""
    if token.lemma_.lower() not in _LANDING_VERBS:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    head = token.head
    # "Rockets fired from Gaza landed in ...", parsed with "fired" as the main verb of the rockets: a
    # participle that has no object of its own describes its subject, which is what came down
    misread = token.dep_ == "advcl" and head.lemma_.lower() in _FIRING_VERBS
    if subject is None and misread and not any(c.dep_ in ("dobj", "agent") for c in head.children):
        subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or _quantified(subject).lemma_.lower() not in _PROJECTILES:
        return None
    fired = (c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in _FIRING_VERBS)
    if any(_participle_head(c) is not None for c in fired):
        return None  # "a rocket fired by rebels landed in Jizan": the firing, with its agent, codes the attack
    trigger = Trigger(token.lemma_.lower(), "V", frozenset(), **_PROJECTILE_ATTACK)  # type: ignore[arg-type]
    return _Candidate(token, trigger, _span_of(token, None), None, impact=token)


def _taken_territory(verb: Any, named: bool) -> Any | None:
    """The place a verb of capture takes: a territory noun ("captured the town"), "control of" one, or with
    ``named`` a place name ("captured Kidal"); "took control of the company" takes none, and neither does a
    police raid ("police seized the camp": COERCE seize) or a sit-in."""
    subject = _subject(verb)[0]
    if subject is not None and subject.lemma_.lower() in _RAIDERS:
        return None
    obj = _direct_object(verb)
    if obj is None or obj.dep_ != "dobj":
        return None
    if obj.lemma_.lower() == "control":
        obj = next((p for prep in obj.children if prep.lower_ == "of" for p in _pobjs(prep)), None)
        named = True
        if obj is None:
            return None
    if obj.lemma_.lower() in _TERRITORY_NOUNS or (named and obj.ent_type_ in _PLACE_ENTITIES) or _oilfield(obj):
        return obj
    return None


def _oilfield(noun: Any) -> bool:
    """ "seized large Kurdish oil fields": an oil or gas field is held ground, as an "oilfield" is."""
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    return noun.lemma_.lower() == "field" and bool(kinds & {"oil", "gas"})


def _territory_candidate(token: Any) -> _Candidate | None:
    """ "Houthi fighters took the city", "rebels took control of the airport": a taking of territory with no
    lexicon trigger of its own (CAMEO 192); a place name alone is not enough for the plain "take"."""
    taken = _taken_territory(token, named=False) if token.lemma_.lower() in _TAKE_VERBS else None
    if taken is None or taken.lemma_.lower() in _TAKEN_STANCES:
        return None  # "police take a position to disperse the mob": a stance, not a place
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ == "to" or (prep.lower_ == "by" and any(p.lemma_.lower() in _FIGURATIVE for p in _pobjs(prep))):
            return None  # "took the city to court", "took the city by surprise"
    trigger = Trigger(token.lemma_.lower(), "V", frozenset(), **_OCCUPY_TERRITORY)  # type: ignore[arg-type]
    return _Candidate(token, trigger, _span_of(token, None), None)


#: A military withdrawal from a place (CAMEO 087, de-escalation), with no lexicon trigger of its own.
_WITHDRAW_FROM_PLACE = {"type": "RETREAT", "mode": "withdraw", "cameo": "087"}
#: Prepositions of a refusal's defiance ("declined to resign despite pressure by X").
_DESPITE_PREPS = frozenset({"despite", "notwithstanding", "defying"})
#: Nouns of pressing a party to act, whose maker a refusal in spite of them answers.
_PRESSURE_NOUNS = frozenset(
    {"pressure", "call", "demand", "appeal", "request", "plea", "urging", "ultimatum", "insistence", "push"}
)
#: Who withdraws when they leave a place: forces and fighters ("troops began leaving Afghanistan").
_LEAVING_FORCES = frozenset(_OWN_FORCES) | {"fighter", "militant", "rebel", "insurgent", "militia", "coalition"}


#: Name labels that are no place one withdraws from: bodies, times and things ("withdrew from NATO").
_NOT_PLACE_NAMES = TIME_ENTITIES | {"ORG", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}


def _left_place(noun: Any | None, by_forces: bool) -> bool:
    """A place one can withdraw from: a territory noun or a named one ("from a key base", "from Kidal district"),
    or, for forces, any name but a body's or a time's ("troops withdrew from Kherson"; "from NATO" is no place)."""
    if noun is None:
        return False
    noun = _quantified(noun)
    if noun.pos_ == "PROPN" and by_forces:
        return noun.ent_type_ not in _NOT_PLACE_NAMES
    return _named_place(noun) or noun.lemma_.lower() in _TERRITORY_NOUNS


def _by_forces(verb: Any) -> bool:
    """Whether the verb's subject is forces or fighters ("Malian troops", "the coalition", "rebel fighters")."""
    subject, _ = _subject(verb)
    return subject is not None and _quantified(subject).lemma_.lower() in _LEAVING_FORCES


def _withdrawal_candidate(token: Any) -> _Candidate | None:
    """ "Malian troops withdrew from Kidal", "the coalition withdrew from the base", "troops began leaving
    Afghanistan": a withdrawal from a place, which the object rules of "withdraw" (what is withdrawn) miss."""
    lemma = token.lemma_.lower()
    if lemma == "withdraw" and _direct_object(token) is None:
        forces = _by_forces(token)
        froms = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)]
        left = any(_left_place(p, forces) for p in froms)
    elif lemma == "leave":
        dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
        left = dobj is not None and _by_forces(token) and _left_place(dobj, True)
    else:
        return None
    if not left:
        return None
    trigger = Trigger(lemma, "V", frozenset(), **_WITHDRAW_FROM_PLACE)  # type: ignore[arg-type]
    return _Candidate(token, trigger, _span_of(token, None), None)


#: Forces that take people by arrest (CAMEO 173) and armed groups that take them by abduction (CAMEO 181).
_ARRESTING_FORCES = frozenset(_OWN_FORCES) | {"authority", "agent", "officer"}
_ABDUCTING_GROUPS = frozenset({"militant", "rebel", "insurgent", "gunman", "fighter", "militia", "kidnapper"})
_ARREST = {"type": "COERCE", "mode": "arrest", "cameo": "173"}
_ABDUCTION = {"type": "ASSAULT", "mode": "abduct", "cameo": "181"}


def _taken_people_candidate(token: Any) -> _Candidate | None:
    """ "Israeli forces have taken dozens of Palestinians", "gunmen took five villagers": people taken by forces
    (an arrest) or by an armed group (an abduction); not "took the wounded to hospital"."""
    if token.lemma_.lower() != "take" or any(c.dep_ in ("prt", "dative") for c in token.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into", "on", "for") for c in token.children if c.i > token.i):
        return None  # "took the injured to hospital", "took reporters on a tour"
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    subject, _ = _subject(token)
    if obj is None or subject is None:
        return None
    taken = _quantified(obj)
    if not (_is_people(taken) or taken.ent_type_ == "NORP"):
        return None
    taker = _quantified(subject).lemma_.lower()
    kind = _ARREST if taker in _ARRESTING_FORCES else _ABDUCTION if taker in _ABDUCTING_GROUPS else None
    if kind is None:
        return None
    trigger = Trigger("take", "V", frozenset(), **kind)  # type: ignore[arg-type]
    return _Candidate(token, trigger, _span_of(token, None), None)


def _participle_head(verb: Any) -> Any | None:
    """ "tear gas fired by police", "a mine planted by militants": the noun a passive participle with its agent
    modifies is the participle's object."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return verb.head if any(c.dep_ == "agent" for c in verb.children) else None


#: Verbs of a measure's span in time: "declared a state of siege to begin at midnight", "a curfew to last a week".
_SPAN_VERBS = frozenset({"begin", "start", "last", "run", "continue", "remain", "expire", "take"})


def _object_read_as_clause_subject(verb: Any) -> Any | None:
    """The object the parser read as the subject of a clause after the verb: the measure a verb puts in place with
    its time ("declared a state of siege to begin at midnight", "imposed a curfew to last until Monday"), and the
    people a participle describes ("will not accept any refugees fleeing the violence")."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < verb.i:
            continue
        if clause.tag_ == "VBG":
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if subject is not None and verb.i < subject.i < clause.i:
                return subject
            continue
        if clause.lemma_.lower() not in _SPAN_VERBS:
            continue
        if clause.lemma_.lower() == "take" and not any(c.lower_ == "effect" for c in clause.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return None


def _passive_with_agent(verb: Any, subject: Any) -> bool:
    """ "the bookmark was returned by US officials", "the embassy was stormed by protesters": a passive with its
    agent named is the act itself."""
    if subject is _participle_head(verb) and verb.lemma_.lower() not in _STATE_PASSIVES:
        return True  # "the embassy stormed by protesters"
    if subject.dep_ != "nsubjpass" or verb.lemma_.lower() in _STATE_PASSIVES:
        return False
    return any(c.dep_ == "agent" for c in verb.children)


def _permission_candidate(token: Any) -> _Candidate | None:
    """A permission to act ("allowed X to land", "let X track") with no lexicon trigger of its own."""
    lemma, clause = token.lemma_.lower(), _complement_clause(token)
    if lemma not in _PERMIT_VERBS or clause is None or _permitted(token) is None:
        return None
    if lemma == "let" and clause.lemma_.lower() == "go":
        return None  # "the company let him go": a dismissal
    return _Candidate(token, _PERMISSIONS[lemma], _span_of(token, None), None)


def _complement_clause(verb: Any) -> Any | None:
    """The clause saying what a permission verb allows: a complement, or a to-infinitive the parser hung on it."""
    for clause in verb.children:
        if clause.i <= verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.dep_ in ("ccomp", "xcomp") or (clause.dep_ == "advcl" and _is_purpose(clause)):
            return clause
    return None


def _permitted(verb: Any) -> Any | None:
    """Who a permission verb lets act, the event's target: its indirect object ("granted X access"), the
    subject of its complement ("allow X to land", which the parser reads as X <- land <- allow), its object
    or passive subject before the complement ("allowed them to leave", "were allowed to leave"), the one
    freed ("let free X"), or the actor the parser folded into the permission noun ("gave the Pentagon permission")."""
    if verb.lemma_.lower() not in _GIVING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
    obj = _admitted(next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None))
    clause = _complement_clause(verb)
    permission = obj is not None and obj.lemma_.lower() in _PERMISSION_NOUNS
    if clause is not None and (verb.lemma_.lower() in _PERMIT_VERBS or permission):
        # "gave approval for the United Nations to deliver aid": the subject of the allowed clause
        subject = _admitted(next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None))
        if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON"):
            return subject
        if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON") and not permission:
            return obj
        freed = _direct_object(clause) if clause.lemma_.lower() in ("free", "go") else None
        if freed is not None:
            return freed
    if obj is not None and verb.lemma_.lower() == "let" and obj.doc[obj.left_edge.i].lower_ == "free":
        return obj  # "let free activists", the parser reading "free" as the object's adjective
    if obj is not None and obj.dep_ == "pobj":
        return obj
    if obj is not None and obj.lemma_.lower() in _PERMISSION_NOUNS:  # "gave approval for the UN to deliver aid"
        allowed = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "for" for p in _pobjs(c)), None)
        return allowed or next((c for c in obj.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


#: Nouns of coming in whose "of" object is who is let in: "allow the return of UN workers", "access of observers".
_ADMITTANCE_NOUNS = frozenset({"access", "return", "entry", "passage", "arrival", "deployment", "visit", "presence"})


def _admitted(noun: Any | None) -> Any | None:
    """Who a noun of coming in is about ("the return of UN workers" -> workers); other nouns as they are."""
    if noun is None or noun.lemma_.lower() not in _ADMITTANCE_NOUNS:
        return noun
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)), noun)


def _absolute_clause(prep: Any, complement: Any) -> bool:
    """ "..., with Kerry fearing a ruse": the preposition opens a clause of its own, parsed as a complement clause
    with a subject or, after a comma, as a noun with a participle ("with [residents] fearing new attacks")."""
    if complement.dep_ == "pcomp":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in complement.children)
    after_comma = prep.i > 0 and prep.doc[prep.i - 1].text == ","
    return after_comma and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in complement.children)


#: Nouns of "in + noun" adjuncts of condition: "in case of more fighting", "in the event of an attack".
_CONDITION_NOUNS = frozenset({"case", "event"})
#: Nouns of "in / on + noun + of" adjuncts that say when or amid what an act was done: "in the wake of an attack",
#: "on the eve of a visit", "on the sidelines of a summit".
_CIRCUMSTANCE_NOUNS = frozenset({"wake", "aftermath", "midst", "course", "run", "eve", "sideline", "sidelines"})


def _conditional_adjunct(prep: Any) -> bool:
    """ "in case of ...", "in the event of ...", "in the wake of ...", "on the sidelines of ...": a condition or a
    circumstance of the act, never its place or party."""
    objects = _pobjs(prep)
    if prep.lower_ == "in" and any(o.lemma_.lower() in _CONDITION_NOUNS for o in objects):
        return True
    return bool(
        prep.lower_ in ("in", "on")
        and any(o.lemma_.lower() in _CIRCUMSTANCE_NOUNS and _has_prep(o, "of", "up") for o in objects)
    )


def _has_prep(noun: Any, *words: str) -> bool:
    """Whether ``noun`` has a child preposition (or particle) among ``words`` ("wake [of]", "run [-up to]")."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in words for c in noun.children)


def _pobjs(prep: Any) -> list[Any]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _shared_pobj(prep: Any) -> list[Any]:
    """The object a stranded preposition shares with the conjunct after it ("established ties with and opened an
    embassy in [Tehran]"): the first prepositional object after its "and"; none for any other preposition."""
    doc, after = prep.doc, prep.i + 1
    if after >= len(doc) or doc[after].dep_ != "cc" or any(True for _ in prep.children):
        return []
    ends = prep.sent.end
    return next(([t] for t in doc[after + 1 : ends] if t.dep_ == "pobj" and t.head.i > after), [])


def _allowed_party(resolver: ParticipantResolver, permitted: Any) -> Participant:
    """The one allowed, as a participant; one the parser folded into the permission noun ("the Portuguese
    government permission") spans the noun phrase up to it."""
    found = resolver.participant(permitted) or unresolved(permitted)
    first = permitted.doc[permitted.left_edge.i]
    if first.lower_ == "free" and first.dep_ == "amod" and found.span.start == first.idx:  # "let free activists"
        start = int(permitted.doc[first.i + 1].idx)
        span = Span(start, found.span.end, resolver.text[start : found.span.end])
        found = Participant(span, found.actor, found.entity)
    if permitted.dep_ != "compound" or found.span.start <= permitted.head.left_edge.idx:
        return found
    start, end = int(permitted.head.left_edge.idx), found.span.end
    return Participant(Span(start, end, resolver.text[start:end]), found.actor, found.entity)


# ---------------------------------------------------------------------------- participants
class ParticipantResolver:
    """Maps syntactic arguments to actor mentions (the smallest tree distance wins)."""

    def __init__(self, mentions: Sequence[EntityMention], doc: Any, places: Sequence[Place] = ()) -> None:
        self.n_entities = len(mentions)
        self.text = text_of(doc)
        # Places come last: an actor mention wins, but "struck Gaza" still gets a target country.
        # A metonym place the actor stage left unnamed ("a curfew on Basra") stands for its country all the same.
        self.mentions = list(mentions) + [_place_as_actor(p) for p in places if p.country]
        self.roots = [_root_token(doc, m) for m in self.mentions]  # once, not per argument
        # "Reuters reported that the minister ...": the outlet's home is no context country for the sentence
        # (and a place the geocoder read into its name: "According to Xinhua")
        media = [(m.start, m.end) for m in self.mentions if is_reporting_medium(m)]
        self.reporters = frozenset(i for i, m in enumerate(self.mentions) if inside_any(m.start, m.end, media))
        self.marking_target = False  # set while a target is resolved: its span is the party (see _party_span)
        # set while a response's target is resolved: an act ("all") or a choice ("choices") stands for its owner
        self.acts_by_owner = ""

    def participant(self, head: Any, seen: frozenset[int] = frozenset()) -> Participant | None:
        """The actor mention an argument ``head`` stands for (``seen``: heads already on this path)."""
        if head.i in seen:  # a pronoun's antecedent can lead back through conjuncts to where it started
            return None
        seen = seen | {head.i}
        # a country word of descent names no one ("an attack on a judge's Mexican heritage": the judge)
        ranked = [r for r in self._ranked_mentions(head) if not of_descent(self.roots[r[-1]])]
        if not ranked:
            return None
        best = ranked[0]
        mention = self.mentions[best[-1]]
        entity = best[-1] if best[-1] < self.n_entities else None
        antecedent = self._antecedent_in_sentence(head, mention)
        if antecedent is not None:  # "the UN said it will investigate": the source is the UN, as annotators mark it
            entity = mention.refers_to
            mention, head = self.mentions[antecedent], self.roots[antecedent]
            seen = seen | {head.i}
        others = [self.mentions[r[-1]] for r in ranked[1:]]
        # a backer or stance is not whose the group is ("Ugandan-backed rebels", "pro-Russian separatists")
        placed = [m.actor for m in others if not takes_sides(self.text, m.start, m.end)]
        if mention.actor is not None and mention.actor.sector in _PRIVATE_SECTORS and called_foreign(head):
            placed = []  # "Foreign workers in Qatar": where they are, not whose
        actor = _with_country(mention.actor, placed)
        actor = _with_body(actor, mention, [self.mentions[r[-1]] for r in ranked[1:] if r[1] <= best[1] + 1])
        actor = _with_title_head(actor, mention, self.roots[best[-1]], head)
        actor = self._context_country(actor, head)
        actor = _city_as_place(actor, mention, self.roots[best[-1]] if antecedent is None else head)
        actor = _settlement_civilians(actor, head)
        root = self.roots[best[-1]]
        if antecedent is None and _others_of_country(head, root, mention.actor):
            actor = ActorRef(head.lower_, None, None, "group")  # "Japan's creditors", "12 foreign members of ..."
        narrow = self.marking_target and antecedent is None
        span = _party_span(head, root, mention, self.acts_by_owner) if narrow else _phrase_span(head, mention)
        found = Participant(span, actor, entity, unplaced=actor is not None and _unplaced(head, actor))
        if antecedent is None and mention.role == "adjective" and root is not None and root.i != head.i:
            found = self._adjective_with_group(root, found, seen)
        return self._with_conjuncts(head, found, seen)

    def _adjective_with_group(self, root: Any, first: Participant, seen: frozenset[int]) -> Participant:
        """ "scores of Sierra Leonean and Liberian refugees": a nationality conjoined with a group of
        another is a group of both (the parser makes the first adjective the noun)."""
        groups = [p for c in root.children if c.dep_ == "conj" and (p := self.participant(c, seen)) is not None]
        group = next((p.actor for p in groups if p.actor and p.actor.kind == "group" and p.actor.sector), None)
        if group is None or first.actor is None or first.actor.country in (None, group.country):
            return first
        members = [replace(first.actor, sector=group.sector), group]
        actor = ActorRef(", ".join(m.name for m in members), None, group.sector, "group", members)
        end = max(p.span.end for p in groups)
        return Participant(Span(first.span.start, end, text_of(root.doc)[first.span.start : end]), actor, first.entity)

    def _ranked_mentions(self, head: Any) -> list[tuple[int, int, int, int, int, int, int, int]]:
        """The actor mentions inside ``head``'s phrase, best first: (possessive pronoun, distance,
        possessor, an uncoded name, place, -codes known, -length, index). A possessive pronoun comes last ("its
        support for Ukraine" is about Ukraine) and a possessor loses a tie ("Osama bin Laden's al-Qaeda network")."""
        ranked = []
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        thing = thing_class(head)
        for index, mention in enumerate(self.mentions):
            if mention.start < lo or mention.end > hi or mention.actor is None:
                continue
            root = self.roots[index]
            distance = _distance_to(head, root)
            if distance is None or root is None or _named_beside_thing(head, root, thing):
                continue  # "the deployment of army" is not the army
            own = mention.role == "pronoun" and root.dep_ == "poss"  # "pledged its support for Ukraine"
            # on a tie a place comes after any actor mention, then the actor known by more wins
            # ("Israeli army bulldozers": the army, not just Israel)
            place = index >= self.n_entities
            known = -(bool(mention.actor.country) + bool(mention.actor.sector))
            poss = int(root.dep_ == "poss")
            # a name the actor stage could not code loses to the place it names ("withdrew from Sinai": EGY)
            blank = int(known == 0 and not place)
            ranked.append((int(own), distance, poss, blank, int(place), known, -(mention.end - mention.start), index))
        return sorted(ranked) or self._mentions_around(head)

    def _mentions_around(self, head: Any) -> list[tuple[int, int, int, int, int, int, int, int]]:
        """The actor mentions that contain ``head`` itself, for a name the parser broke into pieces
        ("Sheikh Hamad bin Khalifa al-Thani launched ...", each piece a subject of its own)."""
        at = head.idx
        return sorted(
            (0, 0, 0, 0, int(index >= self.n_entities), 0, -(m.end - m.start), index)
            for index, m in enumerate(self.mentions)
            if m.actor is not None and m.start <= at < m.end and m.role != "pronoun"
        )

    def _actor_in_clauses(self, head: Any) -> Participant:
        """An argument that names no actor in its own phrase, by the nearest actor in a clause hanging
        on it ("alleged crimes committed by Croat forces", "property seized by government forces",
        "power lines leading into Kabul"): that actor is who the event is aimed at; else the text."""
        maker = _maker_of(head)
        if maker is not None:  # "dismissed the protest filed by Tolentino against de Lima": who filed it
            found = self.participant(maker)
            if found is not None and found.actor is not None:
                return found
            if maker.pos_ == "PROPN" or maker.ent_type_ in _NAMED_ENTITIES:
                return unresolved(maker)  # "the decision by the World Economic Forum": a name all the same
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        best: tuple[int, int] | None = None
        thing = thing_class(head)
        for index, mention in enumerate(self.mentions):
            root = self.roots[index]
            if mention.actor is None or root is None or mention.role == "pronoun":
                continue
            if _named_beside_thing(head, root, thing):
                continue
            if mention.start < lo or mention.end > hi or not (mention.actor.country or mention.actor.sector):
                continue
            hops = _hops_to(head, root)
            if hops is not None and (best is None or (hops, mention.start) < (best[0], self.mentions[best[1]].start)):
                best = (hops, index)
        if best is None:
            owner = self._named_owner(head) if self.acts_by_owner else None
            return unresolved(owner if owner is not None else head)
        mention, root = self.mentions[best[1]], self.roots[best[1]]
        start, end = _phrase_bounds(head if _inside_identifying_participle(head, root) else root)
        start, end = min(start, mention.start), max(end, mention.end)
        span = Span(start, end, text_of(head.doc)[start:end])
        actor = _city_as_place(mention.actor, mention, root)
        return Participant(span, actor, best[1] if best[1] < self.n_entities else None)

    def _named_owner(self, head: Any) -> Any | None:
        """Whose act ``head`` is, when a name the actor stage does not know says so ("demands from the
        Neighborhood Association", "accusation from a Donegal TD", "the demands of the protesting truck drivers"):
        as with a known owner, that name is the target."""
        choices_only = self.acts_by_owner == "choices"
        for prep in (c for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of")):
            for pobj in _pobjs(prep):
                # "the demands of the protesting truck drivers": people named by what they are, too
                named = pobj.pos_ == "PROPN" or pobj.ent_type_ in _NAMED_ENTITIES or _is_people(pobj)
                if named and (_whose_act(pobj, head, choices_only) or (prep.lower_ == "from" and _is_act_noun(head))):
                    return pobj
        return None

    def _modified_by_actor(self, head: Any) -> bool:
        """An actor is ``head`` or modifies it directly ("a Hamas rocket"), not only named in a
        phrase hanging on it ("a bombing near the town of Samarra")."""
        return any(rank[1] <= 1 for rank in self._ranked_mentions(head))

    def _unidentified_attacker(self, subject: Any) -> Participant:
        """ "A roadside bombing killed two soldiers": whoever set it off, PLOVER's unidentified armed
        forces (UAF), of the one country the phrase or sentence names (the GSR codes it so)."""
        start, end = _phrase_bounds(subject)
        actor = self._context_country(ActorRef("unidentified attackers", None, "UAF", "group"), subject)
        return Participant(_without_scene(subject, Span(start, end, text_of(subject.doc)[start:end])), actor, None)

    def _context_country(self, actor: ActorRef | None, head: Any) -> ActorRef | None:
        """A group, title, person or keyword-named organisation still without a country takes the one
        country named in its whole phrase, clauses included ("workers affiliated with the Serbian Workers'
        Union", "refugees fleeing the war in Liberia"), else the one country its sentence names ("accepted
        demands from Shona rebels" in a sentence about Mozambique), as CAMEO codes domestic actors;
        refugees only the former."""
        if actor is None or actor.country or actor.members or actor.kind not in _DOMESTIC_KINDS:
            return actor
        if actor.sector in _ORGANISATION_SECTORS:
            return actor
        if actor.kind == "organisation" and (actor.sector is None or actor.sector in _STATELESS_ORGANISATIONS):
            return actor  # a name of no known kind ("Arabs"), a news medium, a transnational armed group
        if actor.sector in _PRIVATE_SECTORS and called_foreign(head):
            return actor  # "Foreign workers in Qatar": where they are, not whose
        country = self._only_country(head.left_edge.idx, head.right_edge.idx + len(head.right_edge))
        if country is None and _unplaced(head, actor):
            return actor  # "Germany deported a 40-year-old man", "The presidents condemned ... the United States"
        if country is None and actor.sector != "REF":
            country = self._only_country(head.sent.start_char, head.sent.end_char, skip_reporters=True)
        if country is None and actor.sector in _MOST_NAMED_SECTORS and actor.kind == "group":
            # "Ethnic Albanians ... villages near Macedonia's border with Bulgaria, Macedonian officials said";
            # "opponents of the Maldives government clashed with police ... an ex-president in exile in Britain"
            country = self._most_named_country(head.sent.start_char, head.sent.end_char)
        return actor if country is None else replace(actor, country=country)

    def _most_named_country(self, lo: int, hi: int) -> str | None:
        """The country a people's sentence names more often than any other, if one is."""
        counts = Counter(
            m.actor.country
            for i, m in enumerate(self.mentions[: self.n_entities])
            if m.actor and m.actor.country and lo <= m.start and m.end <= hi and m.role != "pronoun"
            if i not in self.reporters and not of_descent(self._root_at(i))
        ).most_common(2)
        if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
            return None
        return counts[0][0]

    def _root_at(self, index: int) -> Any | None:
        """The root token of mention ``index``; None where it has none, or past the mentions the roots were read for."""
        return self.roots[index] if index < len(self.roots) else None

    def _only_country(self, lo: int, hi: int, skip_reporters: bool = False) -> str | None:
        """The country of the mentions between ``lo`` and ``hi`` when they name exactly one; a country
        in a hyphenated modifier ("Iran-allied group", "US-led forces") says whose ally, not whose,
        and a pronoun names no country of its own; with ``skip_reporters``, nor does a news medium that
        reports the sentence ("Reuters reported that the minister ..."), nor an envoy's ("President Mendoza refused to
        meet the British ambassador": the envoy's country is the sending state's, not the host's)."""
        countries = {
            m.actor.country
            for i, m in enumerate(self.mentions)
            if m.actor and m.actor.country and lo <= m.start and m.end <= hi and m.role != "pronoun"
            if self.text[m.end : m.end + 1] != "-" and not (skip_reporters and i in self.reporters)
            if not takes_sides(self.text, m.start, m.end)
            if not of_descent(self._root_at(i))
            if not (skip_reporters and names_envoy(self._root_at(i)))
        }
        return countries.pop() if len(countries) == 1 else None

    def _antecedent_in_sentence(self, head: Any, mention: EntityMention) -> int | None:
        """The named antecedent of a pronoun argument when it stands earlier in the same sentence."""
        index = mention.refers_to
        if mention.role != "pronoun" or index is None or not 0 <= index < self.n_entities:
            return None
        root = self.roots[index]
        if root is None or root.sent.start != head.sent.start or root.i >= head.i:
            return None
        return index

    def _with_conjuncts(self, head: Any, first: Participant, seen: frozenset[int] = frozenset()) -> Participant:
        """ "France and Germany agreed": one compound actor with both as members (PLOVER style)."""
        conjuncts = (self.participant(c, seen) for c in head.children if c.dep_ == "conj")
        others = [p for p in conjuncts if p is not None]
        if not others or first.actor is None:
            return first
        members = [first.actor] + [m for p in others if p.actor for m in (p.actor.members or [p.actor])]
        countries = {m.country for m in members}
        sectors = {m.sector for m in members}
        actor = ActorRef(
            name=", ".join(m.name for m in members),
            country=countries.pop() if len(countries) == 1 else None,
            sector=sectors.pop() if len(sectors) == 1 else None,
            kind="group",
            members=members,
        )
        end = max(p.span.end for p in others)
        text = text_of(head.doc)[first.span.start : end]
        return Participant(Span(first.span.start, end, text), actor, first.entity)

    def source_of(self, cand: _Candidate) -> tuple[Participant | None, str]:
        """Who acts: the reporting verb's subject for a reported demand, the subject or agent otherwise."""
        if cand.speaker is not None:
            return self.source_of_verb(cand.speaker)
        if cand.actor_word is not None:
            return self.participant(cand.actor_word), f"the name before the headline verb '{cand.actor_word.text}'"
        if cand.trigger.pos == "N":
            found, how = self.agent_of_noun(cand.token)
            forces = _forces_moved(cand.token) if _moves_object(cand.trigger) else None
            if (found is None or found.actor is None) and forces is not None:
                # "the first deployment of NATO peacekeeping troops": with no one sending them, the forces act
                moved = self.participant(forces)
                if moved is not None:
                    return moved, f"the forces moved '{forces.text}'"
            return found, how
        if _moves_object(cand.trigger):
            found, how = self._forces_sent(cand.token)
            if found is not None:
                return found, how
        return self.source_of_verb(cand.token)

    def holder_of_state(
        self, verb: Any, source: tuple[Participant | None, str], target: tuple[Participant | None, str]
    ) -> tuple[tuple[Participant | None, str], tuple[Participant | None, str]]:
        """ "X is opposed to Y": a stance the grammatical passive's subject holds, towards the object of "to"."""
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            return source, target
        holder = self.participant(subject)
        towards, how = self.prep_object(verb, ("to",))
        return (holder, f"subject '{subject.text}' (holds the stance)"), (towards, how)

    def asker_and_asked(
        self, wrapper: Any, clause: Any, fallback: tuple[Participant | None, str]
    ) -> tuple[tuple[Participant | None, str], tuple[Participant | None, str]] | None:
        """Who asks (the subject of the request verb) and who is asked (the subject of the infinitive);
        None when the asked clause has no subject (``_asks_another`` holds only when it has one)."""
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        asker, how = self.source_of_verb(wrapper)
        source = (asker, f"{how} of '{wrapper.text}' (the one who asks)") if asker is not None else fallback
        asked = self.participant(subject)
        return source, (asked, f"the party asked to act '{subject.text}'")

    def split_joint_subject(self, verb: Any | None) -> tuple[Participant, Participant] | None:
        """A subject of two conjoined parties split into the first and the other, each an actor of its own."""
        subject = _subject(verb)[0] if verb is not None else None
        others = [c for c in subject.children if c.dep_ == "conj"] if subject is not None else []
        if subject is not None and not others:
            return self.split_joint_modifier(subject)  # "Russia and Turkey's foreign ministers met"
        if subject is None or len(others) != 1 or any(c.dep_ == "conj" for c in others[0].children):
            return None  # two parties only: three or more attend a meeting together, not with each other
        other = others[0]
        first = self.participant(subject, frozenset({other.i}))  # the conjunct marked seen is left out
        rest = self.participant(other)
        if rest is None and other.pos_ in ("NOUN", "PROPN"):
            # "the Tokyo Stock Exchange and the New York Stock Exchange": a party all the same
            rest = unresolved(other)
        elif first is not None and rest is not None and _same_actor(first, rest) and _owned(other):
            rest = unresolved(other)  # "Kuwait and its gulf war allies": the allies are Kuwait's, not Kuwait
        if first is None or rest is None or first.actor is None or _same_actor(first, rest):
            return None
        end = _before_conjuncts(subject)
        span = Span(first.span.start, end, self.text[first.span.start : end]) if end > first.span.start else first.span
        return Participant(span, first.actor, first.entity), rest

    def split_joint_modifier(self, head: Any) -> tuple[Participant, Participant] | None:
        """A plural head with two conjoined modifiers names two groups, one of each: "Russia and Turkey's
        foreign ministers", "Nigerian and British armed forces", "the armies of Brazil and Argentina"."""
        if head.tag_ not in ("NNS", "NNPS"):
            return None
        found = _conjoined_modifier(head)
        if found is None:
            return None
        first, second = found
        sector = self._head_sector(head)
        one, two = self.participant(first, frozenset({second.i})), self.participant(second)
        if one is None or two is None or one.actor is None or two.actor is None or _same_actor(one, two):
            return None
        if first.dep_ == "pobj":  # "the armies of Brazil": the head and its first party; "Argentina" alone
            stop = min([second.left_edge.i, *(c.i for c in first.children if c.dep_ == "cc")])
            start, end = _phrase_bounds(head)[0], _end_before(first, stop)
            two_span = _phrase_bounds(second)
        else:  # "Russia" of "Russia and Turkey's foreign ministers"; "Turkey's foreign ministers"
            start, end = int(first.left_edge.idx), int(first.idx) + len(first)
            two_span = (int(second.left_edge.idx), _phrase_bounds(head)[1])
        text = self.text
        return (
            Participant(Span(start, end, text[start:end]), _in_sector(one.actor, sector), one.entity),
            Participant(Span(*two_span, text[two_span[0] : two_span[1]]), _in_sector(two.actor, sector), two.entity),
        )

    def _head_sector(self, head: Any) -> str | None:
        """The sector of the group a head noun names on its own ("forces", "ministers"), if the actor stage knows it."""
        for index, root in enumerate(self.roots):
            actor = self.mentions[index].actor
            if root is not None and root.i == head.i and actor is not None and self.mentions[index].role != "adjective":
                return actor.sector
        return None

    @contextlib.contextmanager
    def targeting(self) -> Iterator[None]:
        """Inside the block parties are resolved as targets, their spans as annotators mark a target."""
        before, self.marking_target = self.marking_target, True
        try:
            yield
        finally:
            self.marking_target = before

    def destination(self, verb: Any) -> tuple[Participant | None, str]:
        """Where a sending verb sends to ("to Bosnia"), also when the parser hung it on what is sent ("a team
        of experts to Iran")."""
        with self.targeting():
            found, how = self.prep_object(verb, ("to", "into"))
            sent = _direct_object(verb) if found is None else None
            for prep in sent.subtree if sent is not None else ():
                if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
                    found = next((p for pobj in _pobjs(prep) if _is_place(p := self.participant(pobj))), None)
                    if found is not None:
                        return found, f"'{prep.text} {found.span.text}'"
            return found, how

    def _forces_sent(self, verb: Any) -> tuple[Participant | None, str]:
        """ "Russian soldiers were deployed as peacekeepers": with no agent, the forces sent are the actor."""
        if any(c.dep_ == "agent" for c in verb.children):
            return None, "none"
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        found = self.participant(subject) if subject is not None else None
        return found, f"passive subject '{subject.text}' (the forces sent)" if found and subject is not None else "none"

    def target_of(self, cand: _Candidate) -> tuple[Participant | None, str]:
        """Who is acted on, with its span as annotators mark a target (:func:`_party_span`)."""
        kind = cand.trigger.type
        self.acts_by_owner = "all" if kind in _OWNER_TARGET_TYPES else "choices" if kind in _CHOICE_OWNER_TYPES else ""
        try:
            with self.targeting():
                return self._target_of(cand)
        finally:
            self.acts_by_owner = ""

    def _target_of(self, cand: _Candidate) -> tuple[Participant | None, str]:
        token, trigger = cand.token, cand.trigger
        if cand.speaker is not None:
            return self._target_of_reported(cand)
        if cand.actor_word is not None and cand.object_token is not None:  # "lifts travel ban on Cuba": Cuba
            return self.prep_object(cand.object_token, _TARGET_PREPS)
        if trigger.pos != "V":
            return self._target_of_noun_event(cand)
        if cand.impact is not None:  # "fired rockets that landed in Sderot": Sderot
            return self.target_of_verb(cand.impact, None, (*_TARGET_PREPS, *_IMPACT_PREPS), place_over_thing=False)
        misread = self._target_of_misread_object(cand)
        if misread is not None:
            return misread
        answered = self._answered_or_allowed(token, trigger)
        return answered if answered is not None else self._target_of_verb_event(cand)

    def _target_of_reported(self, cand: _Candidate) -> tuple[Participant | None, str]:
        """The target of an act a speaker reports: whom a demand is made of, where a donor's aid goes."""
        if cand.trigger.type != "AID":
            return self.demanded_of(cand.token)
        found, how = self.prep_object(cand.token, ("to", "in"))  # "the largest donor of aid in Iraq": Iraq
        if found is None and cand.object_token is not None:
            found, how = self.prep_object(cand.object_token, ("to", "in"))
        return found, how

    def _target_of_misread_object(self, cand: _Candidate) -> tuple[Participant | None, str] | None:
        """The target given by a verb's object that the parser read as the subject of a clause after it; None
        when there is no such object or it names no target."""
        if cand.object_token is None:
            return None
        clause_subject = _object_read_as_clause_subject(cand.token)
        if clause_subject is None or clause_subject.i != cand.object_token.i:
            return None
        if clause_subject.head.tag_ == "VBG":  # "will not accept any refugees fleeing X": the refugees
            return self.participant(clause_subject), f"'{clause_subject.text}', the object read as a clause's subject"
        found, how = self.prep_object(clause_subject, ("in", "on", "against", "over"))
        if found is not None:  # "declared a state of siege in Bolivia to begin at midnight": Bolivia
            return found, f"{how} of the measure '{clause_subject.text}'"
        return None

    def _answered_or_allowed(self, token: Any, trigger: Trigger) -> tuple[Participant | None, str] | None:
        """Whoever made the charge a denial answers, or the one a permission allows; None when neither."""
        accuser = _accuser(token) if trigger.type == "REJECT" else None
        if accuser is not None:  # "denied charges by the Government": a denial answers whoever made the charge
            found = self.participant(accuser)
            if found is not None or accuser.pos_ == "PROPN":
                return found or unresolved(accuser), f"'{accuser.head.text} {accuser.text}', who made the charge"
        permitted = _permitted(token)
        if permitted is not None:
            return _allowed_party(self, permitted), f"the one allowed '{permitted.text}'"
        return None

    def _target_of_verb_event(self, cand: _Candidate) -> tuple[Participant | None, str]:
        """A verb trigger's target: its object or prepositional goal, whom a thing is handed to, a threat's
        condition, the other side of a protest that ends."""
        token, trigger = cand.token, cand.trigger
        preps = _TARGET_PREPS + trigger.target_preps
        # "demanded support from the national government": a request's "from" names who is asked
        goals = (*trigger.target_preps, "from") if trigger.type == "REQUEST" else trigger.target_preps
        if _moves_object(trigger):
            preps += ("from",)  # "withdrawing some of its troops from Syria": where from
        moved = cand.object_token
        if moved is None and _moves_object(trigger):
            moved = _direct_object(token)  # "mobilized the army to the border": the army is its own
        guest = _guest_of(token) if trigger.type == "CONSULT" else None
        if guest is not None:  # "hosted a dinner for Netanyahu": the guest, not the meal
            return self.participant(guest) or unresolved(guest), f"guest '{guest.text}' of the meal"
        patient = self._participle_patient(token) if trigger.type in _HARM_TYPES else None
        if patient is not None:  # "two students killed in a police raid": the students, not the raid
            return patient, f"'{patient.span.text}', whom the participle '{token.text}' befell"
        target, how = self.target_of_verb(
            token,
            moved,
            preps,
            trigger.type in _CLAUSE_TARGET_TYPES,
            goals,
            trigger.type not in _ATTACKED_PLACE_TYPES,  # "stormed a police station in Kandahar": the station
        )
        if target is None and moved is not None and trigger.type in _HANDING_TYPES:
            target, how = self._goal_beyond_object(token, moved)
        addressee = _addressee_of_message(token) if target is None else None
        if addressee is not None:  # "sent a letter to the WHO chief threatening to pull funding": the WHO chief
            return self.participant(addressee) or unresolved(addressee), f"'to {addressee.text}', whom it was sent"
        if target is None and (_threatens(token, trigger) or _modality(token)[0]):
            return self.condition_subject(token)
        if trigger.type == "CONCEDE" and _ends_own_protest(token, target):
            return self.settled_with(token)
        if trigger.type == "PROTEST" and target is not None:
            return self._past_own_protest(token.doc, target, how)
        return target, how

    def _participle_patient(self, verb: Any) -> Participant | None:
        """The people a past participle of harm with no agent and no object of its own modifies ("two students
        [killed in a road accident]", "activists [detained in Cairo]"): they are what it befell, as in the passive
        clause "two students were killed"; None for a thing or anything else."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
        if any(c.dep_ in ("agent", "dobj", "nsubj", "nsubjpass") for c in verb.children):
            return None  # "tear gas fired by police": the agent's object, found as such
        head = verb.head
        found = self.participant(head)
        if found is not None and found.actor is not None:
            return found
        return (found or unresolved(head)) if _is_people(_quantified(head)) else None

    def _past_own_protest(self, doc: Any, target: Participant, how: str) -> tuple[Participant | None, str]:
        """ "went on [strike for better pay on Freeport-McMoRan]": a protest's own act noun found as its target is
        the act, not the party; the party is the one its "on" / "at" / "against" phrase names, else none."""
        phrase = doc.char_span(target.span.start, target.span.end, alignment_mode="expand")
        act = phrase.root if phrase is not None else None
        if act is None or act.lemma_.lower() not in _OWN_PROTESTS:
            return target, how
        aimed = pobj_of(act, _PROTESTED_PREPS) or next(
            (o for t in act.subtree if t.i != act.i for o in [pobj_of(t, _PROTESTED_PREPS)] if o is not None), None
        )  # "a strike for better pay and conditions [on Freeport-McMoRan]": hung deeper by the parser
        if aimed is None:
            return None, f"none ('{act.text}' is the protest itself)"
        found = self.participant(aimed) or unresolved(aimed)
        return found, f"'{aimed.head.text} {aimed.text}', what the protest '{act.text}' is aimed at"

    def _goal_beyond_object(self, verb: Any, thing: Any) -> tuple[Participant | None, str]:
        """ "provide ammunition alongside assistance to Turkey", "gave information which ... to the Indian
        government": whom a thing is handed to, though the parser hung "to" deep inside the long object."""
        target, how = self._goal_after(verb, thing, ("to",))
        if target is None:  # "a loan to the Wyoming Brownfield Redevelopment Authority": a name all the same
            target, how = self._goal_after(verb, thing, ("to",), named=False)
        return target, how

    def _target_of_noun_event(self, cand: _Candidate) -> tuple[Participant | None, str]:
        """A noun trigger's target: where forces move to or from, else the noun's own target, a clause's subject,
        or what a protest is against."""
        token, trigger = cand.token, cand.trigger
        if _moves_object(trigger) and _forces_moved(token) is not None:
            return self._forces_moved_where(token)
        target, how = self.target_of_noun(token)
        required = cand.object_token  # "a cessation of hostilities": the word the trigger needs is no target
        if target is not None and target.actor is None and required is not None and target.span.start == required.idx:
            target, how = None, "none"
        if target is None and trigger.type in _CLAUSE_TARGET_TYPES:
            return self.clause_subject_target(token)
        if (target is None or target.actor is None) and trigger.type == "PROTEST":
            found, why = self.protested(token)
            if found is not None:
                return found, why
        return target, how

    def _forces_moved_where(self, noun: Any) -> tuple[Participant | None, str]:
        """ "its withdrawal of troops from Iraq": the troops are the source's own, Iraq is where from."""
        found, how = self.prep_object(noun, ("from", "to", "into", "in"))
        if found is None:  # "the deployment of 230 troops, including 19 officers, to Liberia": hung on the troops
            found, how = self._goal_after(noun, noun, ("to", "into"))
        if found is None and noun.dep_ == "dobj":  # "announced the deployment of troops to Liberia": on the verb
            found, how = self.prep_object(noun.head, ("to", "into"))
            found = found if _is_place(found) else None
        return (found, how) if found is not None else (None, "none (the forces moved are the source's own)")

    def settled_with(self, verb: Any) -> tuple[Participant | None, str]:
        """ "called off the strike after reaching agreement with the government": whom the protest was
        against, the party named in the adjunct that says why it ended (else none: the strike is no party)."""
        obj = _direct_object(verb)  # the parser often hangs "after ..." on the strike itself
        for adjunct in [*verb.children, *(obj.children if obj is not None else ())]:
            marked = any(m.lower_ in _SETTLING_PREPS for m in adjunct.children)
            opens = adjunct.dep_ == "prep" and adjunct.lower_ in _SETTLING_PREPS
            if not opens and not (adjunct.dep_ == "advcl" and marked):
                continue
            for token in adjunct.subtree:
                if token.dep_ in ("pobj", "nsubj", "dobj") and token.pos_ in ("NOUN", "PROPN"):
                    found = self.participant(token)
                    if found is not None and found.actor is not None:
                        return found, f"'{token.text}' in '{adjunct.text} ...', with whom the protest ended"
        return None, "none (the protest called off is the source's own)"

    def protested(self, token: Any) -> tuple[Participant | None, str]:
        """ "a hunger strike in protest of the government's refusal": whom the protest is against."""
        for head in (token, token.head):
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
                for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() == "protest"):
                    found, how = self.prep_object(noun, ("of", "against", "at", "over"))
                    if found is not None:
                        return found, f"{how} of 'in protest'"
        return None, "none"

    def source_of_verb(self, verb: Any) -> tuple[Participant | None, str]:
        subject, how = _subject(verb)
        if subject is None:
            return None, "none in the clause"
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            subject, how = subject.head.head, "relative clause head"
        found = self.participant(subject)
        if found is None and subject.pos_ == "PRON":
            speaker = _reporting_subject(verb)  # "the ELN has said it will release ...": it is the ELN
            if speaker is not None:
                subject, how = speaker, f"{how} '{subject.text}' = subject of the reporting verb"
                found = self.participant(subject)
        if found is None and subject.pos_ == "NOUN":
            found = self.agent_of_noun(subject)[0]
        if subject.lemma_.lower() in _ATTACK_NOUNS and (_names_nobody(found) or not self._modified_by_actor(subject)):
            agent = self._agent_by_preposition(subject)[0]  # "a car bombing by the Islamic State group killed ..."
            if agent is not None and not _names_nobody(agent):
                start, end = _phrase_bounds(subject)
                span = Span(start, end, self.text[start:end])
                return Participant(span, agent.actor, agent.entity), f"{how} '{subject.text}' (its agent named by 'by')"
            return self._unidentified_attacker(subject), f"{how} '{subject.text}' (unidentified attacker)"
        if found is None and subject.pos_ in ("NOUN", "PROPN"):
            unknown = unresolved(subject)
            if subject.lemma_.lower() in _HOSTILE_ACTS:  # "a suicide attack on a convoy [in Afghanistan]"
                unknown = replace(unknown, span=_without_scene(subject, unknown.span))
            return unknown, f"{how} '{subject.text}' (no known actor)"
        return found, f"{how} '{subject.text}'" if found else f"{how} '{subject.text}' (no actor)"

    def names_actor_near(self, head: Any) -> bool:
        """Whether ``head`` is an actor or is modified by one ("its European Community partners"),
        not merely a phrase that mentions one deep inside ("the epidemic of police killings")."""
        ranked = self._ranked_mentions(head)
        return bool(ranked) and ranked[0][1] <= 1

    def clause_subject_target(self, noun: Any) -> tuple[Participant | None, str]:
        """ "its demand that Israel ease restrictions": the subject of the that-clause on a noun, or on the
        verb it is the object of ("reiterated its demand today that Israel ease ...": the parser's choice)."""
        clauses = list(noun.children)
        if noun.dep_ == "dobj":
            clauses += [c for c in noun.head.children if c.i > noun.i and any(m.lower_ == "that" for m in c.children)]
        for clause in clauses:
            if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX"):
                found, subject = self._clause_subject(clause)
                if found is not None:
                    return found, f"subject '{subject}' of '{clause.text}'"
        return None, "none"

    def _clause_subject(self, clause: Any) -> tuple[Participant | None, str]:
        """The actor a clause's subject names, with the subject's words; (None, "") when it names none."""
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not self.names_actor_near(subject):
            return None, ""
        return self.participant(subject), subject.text

    def condition_subject(self, verb: Any) -> tuple[Participant | None, str]:
        """ "threatened to stop the talks if the United States goes ahead", "will not lift the embargo until
        Cuba undertakes reforms": a threat or a conditional refusal is aimed at whoever its condition names
        (the subject or passive agent of an if / unless / until clause under the verb or its complement,
        or of a clause conjoined with it: "until a pay system is reviewed and the management is sacked")."""
        # "will not lift the embargo it has imposed on the island if Cuba does not release ...": the parser hangs
        # the condition on the object's relative clause
        held = [r for c in verb.children if c.dep_ == "dobj" for r in c.children if r.dep_ == "relcl"]
        for head in [verb, *(c for c in verb.children if c.dep_ == "xcomp"), *held]:
            for clause in head.children:
                if clause.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children
                ):
                    continue
                for part in [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]:
                    part = _satisfied_that(part) or part  # "until he is satisfied Vietnam is doing all it can"
                    won = self._won_in_condition(part)
                    if won is not None:  # "vowed to fight until they gain control of [villages near Macedonia]"
                        return won
                    found, subject = self._passive_agent(part)  # "until their demands are met by X": X acts
                    if found is None:
                        found, subject = self._clause_subject(part)
                    if found is not None:
                        return found, f"subject '{subject}' of the condition '{clause.text}'"
        return None, "none"

    def _won_in_condition(self, clause: Any) -> tuple[Participant, str] | None:
        """What the threatener's own side must take for its threat to end ("until they gain control of [villages
        near Macedonia]"): a condition with a pronoun subject and a held place is aimed at that place, not at them."""
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        obj = _direct_object(clause)
        if subject is None or subject.pos_ != "PRON" or obj is None:
            return None
        held = _held_object(obj)
        if held is None:
            return None
        with self.targeting():
            found = self.participant(held)
        if found is None or found.actor is None:
            return None
        return found, f"'{held.text}', what '{obj.text}' in the condition '{clause.text}' is over"

    def recipient_place(self, doc: Any, target: Participant | None) -> Participant | None:
        """The place in a target that is a thing, not a party ("a peacekeeping force in Somalia", "assistance in
        northern Iraq", "a state of siege in Katanga"): the place a cooperative act or a deployment is for, as
        CAMEO codes the location of a ceasefire or of aid as its target; None when the target's head is an
        actor itself ("Syrian refugees in Jordan")."""
        if target is None:
            return None
        phrase = doc.char_span(target.span.start, target.span.end, alignment_mode="expand")
        head = phrase.root if phrase is not None else None
        if head is None or (
            not _being_made(head) and (head.pos_ != "NOUN" or any(r is not None and r.i == head.i for r in self.roots))
        ):
            return None  # a name ("the Pirmasen Museum in Germany") or an actor is a party where it is
        # an owned act's span ends at the act ("United Nations peacekeeping operations"): its place follows it
        for token in [*phrase, *(t for act in phrase if _owned_act(act) for t in act.subtree if t not in phrase)]:
            if (
                token.dep_ != "pobj"
                or token.head.lower_ not in _LOCATIVE_PREPS
                or token.ent_type_ not in _PLACE_ENTITIES
            ):
                continue
            if _distance_to(head, token) is None:
                continue  # in a clause hanging on the thing, not the thing's own place
            found = self.participant(token)
            if _is_place(found):
                return found
        # "set up a company in Berlin", the parser hanging the place on the verb: where the thing is made
        return self.place_in(head.head) if _being_made(head) else None

    def place_in(self, noun: Any) -> Participant | None:
        """The place a locative phrase on ``noun`` names ("alert [in North District]"), as a target."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS):
            for pobj in _pobjs(prep):
                if pobj.ent_type_ not in _PLACE_ENTITIES:
                    continue
                with self.targeting():
                    found = self.participant(pobj)
                if found is not None and found.actor is not None:
                    return found
        return None

    def parties_between(self, head: Any) -> tuple[Participant | None, str]:
        """The parties a "between" phrase inside the trigger's phrase names: whom a mediation, a rift or
        talks are between is whom the act is aimed at. Only an event noun's phrase: a verb's reaches too far."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None, "none"
        for prep in (t for t in head.subtree if t.dep_ == "prep" and t.lower_ == "between" and t.i > head.i):
            for pobj in _pobjs(prep):
                found = self.participant(pobj)
                if found is not None and found.actor is not None:
                    return found, f"'between {pobj.text}' in its phrase"
        return None, "none"

    def parties_between_two(self, noun: Any) -> tuple[Participant, Participant] | None:
        """The two parties of a joint act's noun named in its "between" phrase ("talks between India and
        Pakistan", "cooperation between the Philippines and the United States"): each acts with the other."""
        for pobj in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for p in _pobjs(c)):
            others = [c for c in pobj.children if c.dep_ == "conj"]
            if len(others) != 1 or _has_conjunct(others[0]):
                continue
            first, rest = self.participant(pobj, frozenset({others[0].i})), self.participant(others[0])
            if first is None or rest is None or first.actor is None or rest.actor is None or _same_actor(first, rest):
                continue
            end = _before_conjuncts(pobj)
            return Participant(
                Span(first.span.start, end, self.text[first.span.start : end]), first.actor, first.entity
            ), rest
        return None

    def place_of_act(self, token: Any, clause: Any) -> tuple[Participant | None, str]:
        """The place an act with no other target is done in ("declared a ceasefire in Somalia", "violated the
        ceasefire in occupied Karabakh"): the locative phrase of its trigger, of the verb that carries it, of the
        first of conjoined acts ("killings and beheadings in northern Mexico"), or of the verb's or the noun's
        own adjective ("declared a state of siege in Katanga", "a ceasefire effective Sunday in Somalia")."""
        heads = [token, clause, token.head if token.dep_ in ("dobj", "conj") else token]
        obj = _direct_object(token) if token.pos_ in ("VERB", "AUX") else token
        if obj is not None:  # "a ceasefire effective from Sunday in Somalia": the place on the object's adjective
            heads += [obj, *(c for c in obj.children if c.dep_ == "amod")]
        heads += [o for p in token.children if p.lower_ == "on" for o in _pobjs(p) if o.lower_ == "alert"]
        for head in dict.fromkeys(heads):
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS):
                if _conditional_adjunct(prep) or _is_clause_adjunct(prep):
                    continue  # "in case of more fighting", "in response to missiles in the north": why, not where
                for pobj in _pobjs(prep):
                    found = self.participant(pobj)
                    if _is_place(found):
                        return found, f"the place '{prep.text} {pobj.text}' it is done in"
                    if _names_nobody(found) and _named_place(pobj):  # "in Katanga": a place the gazetteer lacks
                        return found or unresolved(pobj), f"the named place '{prep.text} {pobj.text}' it is done in"
                    if found is None and _site_of_forces(head, pobj):
                        return unresolved(pobj), f"the site '{prep.text} {pobj.text}' the forces are held in"
        return None, "none"

    def _passive_agent(self, clause: Any) -> tuple[Participant | None, str]:
        """The actor a passive clause's by-phrase names ("until their demands are met by the authorities")."""
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for pobj in _pobjs(agent):
                if self.names_actor_near(pobj):
                    return self.participant(pobj), pobj.text
        return None, ""

    def demanded_of(self, verb: Any) -> tuple[Participant | None, str]:
        """Who a reported demand is made of: the subject of the "must" clause."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _speaker_themselves(subject) or not self.names_actor_near(subject):
            return None, "none"  # "the epidemic of police killings should be recognized": no actor is asked
        found = self.participant(subject)
        return found, f"subject '{subject.text}' of the demanded clause" if found else "none"

    def target_of_verb(
        self,
        verb: Any,
        consumed_object: Any | None,
        preps: tuple[str, ...] = _TARGET_PREPS,
        clause_subject: bool = False,
        goal_preps: tuple[str, ...] = (),
        place_over_thing: bool = True,
    ) -> tuple[Participant | None, str]:
        """``clause_subject``: a demand or charge is made of the subject of its that-clause."""
        if consumed_object is not None and consumed_object.dep_ in ("prep", "prt", "dative"):
            consumed_object = None  # "charged X with": the word consumed is a preposition, X is still the object
        heads = [consumed_object] if consumed_object is not None else []
        obj = _direct_object(verb)
        partner = self._discussed_with(verb, obj)
        if partner is not None:  # "discussed Libya with [U.S. President Donald Trump]": the topic is no party
            return partner
        owners = _owners_of_thing(verb, obj)
        if owners is not None:  # "returned a Bible to [its owners]": the thing's owners, not whom "its" stands for
            return unresolved(owners), f"'to {owners.text}', the owners the object goes back to"
        recipient = self.named_recipient(verb) if obj is not None else None
        if recipient is not None:  # "awarded [the Warmbiers] $501 million from the regime": who gets it, not whence
            return recipient
        unknown: Participant | None = None  # an object named by nothing known: a prepositional actor goes first
        if obj is not None and (consumed_object is None or _is_other_party(obj, self) or self._named_people(verb, obj)):
            found = self.participant(obj)  # "summoned the Chinese ambassador": an actor as object is the target
            if found is not None and not _names_nobody(found):
                return _with_envoy_post(obj, found), f"object '{obj.text}'"
            named = _split_object_name(verb, obj)
            named_found = self.participant(named) if named is not None else None
            if named is not None and named_found is not None and named_found.actor is not None:
                start = min(int(obj.left_edge.idx), named_found.span.start)
                span = Span(start, named_found.span.end, self.text[start : named_found.span.end])
                return replace(named_found, span=span), f"object '{obj.text} ... {named.text}'"
            unknown = found
        venue: tuple[Participant, str] | None = None  # "condolences to Bangladesh over a fire": not the fire
        for head in [verb, *heads]:
            # "expelled inspectors of the IAEA", "accepted demands from the rebels": whose the object is
            # "violated a ban by Aoun": whose the consumed object is, or who made it
            found, how, weak = self._ranked_prep_object(
                head, preps if head is verb else (*preps, "of", "from", "by", "for")
            )
            if found is not None and (unknown is None or not _names_nobody(found)):
                if not weak:
                    return found, how  # "return weapons-usable HEU to Russia": Russia
                venue = venue or (found, how)
        if venue is not None:
            return self._actor_past_venue(verb) or venue
        if unknown is not None and obj is not None:
            return unknown, f"object '{obj.text}'"
        handed = self._handed_to(verb, obj) if obj is not None else None
        if handed is not None and obj is not None:  # "offer a package to the cultural sector": named or not
            return handed, f"'to {handed.span.text}', whom the object '{obj.text}' goes to"
        if consumed_object is not None:  # "lifted sanctions imposed on India", "an order sought by the ACLU"
            found, how = self._aimed_by_clause(consumed_object)
            if found is not None:
                return found, how
        if (verb.dep_ == "xcomp" or (verb.dep_ == "conj" and verb.head.pos_ == "VERB")) and _direct_object(verb.head):
            found, how = self.target_of_verb(verb.head, None)
            if found is not None:
                return found, how
        # "returned a silver pendant ...": an object the tagger took for an adjective is a noun all the same
        if obj is not None and consumed_object is None and (obj.pos_ in _NOUN_POS or obj.dep_ == "dobj"):
            found, how = self._goal_after(verb, obj, goal_preps)
            if found is None and thing_class(obj) is not None:  # "returned a painting to the Art Loss Register"
                found, how = self._goal_after(verb, obj, goal_preps, named=False)
            if found is None and place_over_thing:  # "sought refuge in Niger's Maradi region": where, not what
                found, how = self.prep_object(verb, _PLACE_PREPS)
                found = found if _is_place(found) else None
            if found is not None and found.actor is not None:  # "returned 12 human skulls ... to Peru": Peru
                return found, f"{how} (the object '{obj.text}' names no actor)"
            return self._actor_in_clauses(obj), f"object '{obj.text}' (no known actor of its own)"
        raised = _infinitive_subject(verb) if obj is None else None
        if raised is not None:  # "welcomed Putin to mediate": the parser's subject of "to mediate" is the object
            found = self.participant(raised) or unresolved(raised)
            return found, f"'{raised.text}', the object of '{verb.text} ... to {raised.head.text}'"
        found, how = self._complement_target(verb, preps, depth=2, clause_subject=clause_subject)
        if found is not None:
            return found, how
        for head in [verb, *heads]:
            pobj = _prep_argument(head, preps)
            consumed = consumed_object is not None and pobj is not None and pobj.i == consumed_object.i
            if pobj is not None and not consumed:  # "went on strike": the strike is the event, not its target
                return self._actor_in_clauses(pobj), f"'{pobj.head.text} {pobj.text}' (no known actor of its own)"
        return None, "none"

    def _discussed_with(self, verb: Any, obj: Any | None) -> tuple[Participant, str] | None:
        """The party a verb of discussing names in its "with" phrase, whom the talk is held with, before the topic
        its object names ("discussed the migrant crisis ... with [the leaders of France, Germany and Britain]")."""
        if obj is None or verb.lemma_.lower() not in _DISCUSSING_VERBS:
            return None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > obj.i):
            for pobj in _pobjs(prep):
                found = self.participant(pobj)
                if found is not None and found.actor is not None:
                    return (
                        found,
                        f"'with {pobj.text}', whom '{verb.text}' is held with (the object '{obj.text}' is its topic)",
                    )
        return None

    def _handed_to(self, verb: Any, obj: Any) -> Participant | None:
        """The "to" object of a verb of handing a thing over, when neither it nor the thing names a known actor:
        "offer an aid package to the cultural sector", "returned a portrait to its owner"."""
        if verb.lemma_.lower() not in _HANDING_VERBS or self.participant(obj) is not None:
            return None
        for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > obj.i):
            for pobj in _pobjs(prep):
                if pobj.pos_ in ("NOUN", "PROPN") and thing_class(pobj) is None:
                    # "to its owner": the thing's owner, not whoever "its" stands for
                    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children)
                    return unresolved(pobj) if owned else self.participant(pobj) or unresolved(pobj)
        return None

    def _named_people(self, verb: Any, obj: Any) -> bool:
        """An object the trigger needs that is people named by an actor ("training [Iraqi pilots]", "expelled
        [UNSCOM weapons inspectors]"): still the target, unless the verb moves the source's own people."""
        if verb.lemma_.lower() in _CARRIERS | _RECALLING or obj.lemma_.lower() not in _PEOPLE_WORDS | _PEOPLE_BY_TRADE:
            return False
        if any(c.dep_ == "poss" for c in obj.children) or obj.lemma_.lower() in _OWN_FORCES:
            return False
        roots = {r.i for r in self.roots if r is not None}
        # named by a modifier of its own, not by an of-phrase (whose the people are: found as a party anyway)
        return any(c.dep_ in ("amod", "compound", "nmod") and c.i in roots for c in obj.children)

    def _complement_target(
        self, verb: Any, preps: tuple[str, ...], depth: int, clause_subject: bool = False
    ) -> tuple[Participant | None, str]:
        """An actor the event is directed at, named in the clause it governs or in a place phrase:
        "agreed to work with China", "provided $340 million for assistance in northern Iraq"."""
        found, how = self._indirect_object(verb)
        if found is not None:
            return found, how
        found, how = self.prep_object(verb, (*preps, *_PLACE_PREPS))
        if found is not None or depth == 0:
            return found, how
        for clause in verb.children:
            if _reports_another_event(clause):
                continue  # "withdrew peacekeepers from the Golan, after four Filipinos were abducted": not whom
            if clause.dep_ in ("xcomp", "advcl") and clause.pos_ in ("VERB", "AUX") and clause.i > verb.i:
                permitted = _permitted(clause)  # "refused to allow two airlines to land": the airlines
                if permitted is not None:
                    return _allowed_party(self, permitted), f"the one allowed '{permitted.text}' in '{clause.text}'"
                obj = _direct_object(clause)
                if obj is not None and _names_actor(obj, self) and not _sends_own_forces(clause, obj):
                    found = self.participant(obj)
                    if found is not None:
                        return found, f"object '{obj.text}' of '{clause.text}'"
                found, how = self._complement_target(clause, preps, depth - 1)
                if found is not None:
                    return found, f"{how} in '{clause.text}'"
                if obj is not None:  # "threatened to break relations with Russia", "continue aid to Mozambique"
                    found, how = self.prep_object(obj, (*preps, *_PLACE_PREPS))
                    if found is not None:
                        return found, f"{how} of '{obj.text}' in '{clause.text}'"
        for clause in verb.children if clause_subject else ():  # "demanded that the US cancel ...": the US
            # "found Barbarin guilty": a small clause headed by an adjective names its subject too
            # "demanded that Pashinian's government resign", the parser taking "resign" for a noun
            finite = clause.pos_ in ("VERB", "AUX", "ADJ") or any(m.lower_ == "that" for m in clause.children)
            if clause.dep_ == "ccomp" and finite and clause.i > verb.i:
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None:
                    continue
                found = self.participant(subject) if self.names_actor_near(subject) else None
                if found is None and subject.pos_ == "PROPN":  # "found Barbarin guilty": a name all the same
                    found = unresolved(subject)
                if found is not None:
                    return found, f"subject '{subject.text}' of '{clause.text}'"
        return None, "none"

    def _aimed_by_clause(self, thing: Any) -> tuple[Participant | None, str]:
        """The actor a clause on the thing an act undoes or grants names as whom the thing was aimed at or
        who sought it: "sanctions [imposed on India]", "the embargo [it has imposed on the island]", "curfew
        hours [imposed in North Sinai]", "an order [sought by the ACLU]"."""
        for clause in (c for c in thing.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            for prep in (c for c in clause.children if c.dep_ in ("prep", "agent")):
                if prep.dep_ == "prep" and prep.lower_ not in _AIMED_PREPS:
                    continue
                if prep.dep_ == "agent" and clause.lemma_.lower() not in _SEEKING_VERBS:
                    continue  # "an agreement that would be approved by the board": the board is no party to it
                for pobj in _pobjs(prep):
                    found = self.participant(pobj)
                    if found is not None and found.actor is not None:
                        return found, f"'{prep.text} {pobj.text}' in '{clause.text} ...' on '{thing.text}'"
        return None, "none"

    def _goal_after(
        self, verb: Any, obj: Any, preps: tuple[str, ...], named: bool = True
    ) -> tuple[Participant | None, str]:
        """The actor of a trigger's own target preposition ("return ... to") anywhere after its object in the
        clause: the parser often hangs "to Peru" on a clause inside a long object, yet it is where the thing goes.
        ``named=False``: a name the actor stage lacks too, for a thing given back to someone."""
        for prep in (t for t in verb.subtree if t.i > obj.i and t.dep_ == "prep" and t.lower_ in preps):
            for pobj in _pobjs(prep):
                found = self.participant(pobj)
                if found is not None and found.actor is not None:
                    return found, f"'{prep.text} {pobj.text}'"
                if not named and pobj.pos_ == "PROPN" and thing_class(pobj) is None:
                    return found or unresolved(pobj), f"'{prep.text} {pobj.text}' (no known actor of its own)"
        return None, "none"

    def _indirect_object(self, verb: Any) -> tuple[Participant | None, str]:
        """ "provide Sri Lanka with technology", "gave Canada a deadline": the indirect object."""
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN"):
                found = self.participant(child)
                if found is not None:
                    return found, f"indirect object '{child.text}'"
        return None, "none"

    def instead_of_sum(self, amount: Any) -> tuple[Participant, str] | None:
        """What a sum of money stands for as a target: what it measures ("$120 billion of [China's exports]"), else
        the party it is for or goes to ("$234 million in emergency aid for [Zimbabwe]"); None when it names
        neither, and the sum stays the target (PLV marks "[the $3.5 billion spent under the fund]" investigated)."""
        with self.targeting():
            for measured in (p for c in amount.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)):
                return self.participant(measured) or unresolved(measured), f"what the sum '{amount.text}' is of"
            for prep in (t for t in amount.subtree if t.dep_ == "prep" and t.lower_ in ("for", "to")):
                for pobj in _pobjs(prep):
                    found = self.participant(pobj)
                    if found is not None and found.actor is not None:
                        return found, f"'{prep.text} {pobj.text}', whom the sum '{amount.text}' is for"
        return None

    def _actor_past_venue(self, verb: Any) -> tuple[Participant, str] | None:
        """The party an act in another of the verb's phrases is aimed at, which outranks a venue or cause on the
        verb ("called for sanctions [against Moscow] over the Navalny case": Moscow, not the case); else None."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ in _WEAK_TARGET_PREPS:
                continue
            for noun in _pobjs(prep):
                found, how, weak = self._ranked_prep_object(noun, _AIMED_AT_PREPS)
                if found is not None and found.actor is not None and not weak:
                    return found, f"{how} of '{prep.text} {noun.text}'"
        return None

    def beneficiary(self, token: Any) -> tuple[Participant | None, str]:
        """Whom an act of giving or an appeal is for, when it names no recipient: the object of a purpose
        infinitive of helping on its verb ("launched an appeal for $88m to help people in need")."""
        verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" else token
        helped = _helped(verb) or (_helped(token) if verb.i != token.i else None)  # or on the noun itself
        if helped is None:
            return None, "none"
        with self.targeting():
            found = self.participant(helped)
        found = _with_need_after(helped, found or unresolved(helped))
        return found, f"'{helped.head.text} {helped.text}' (whom it is meant to help)"

    def prep_object(self, head: Any, preps: tuple[str, ...]) -> tuple[Participant | None, str]:
        """The first participant named by one of ``preps`` on ``head``; a venue or a cause ("at the University",
        "over a fire") only when no other of them names one ("protested at the University against the siege")."""
        found, how, _ = self._ranked_prep_object(head, preps)
        return found, how

    def _ranked_prep_object(self, head: Any, preps: tuple[str, ...]) -> tuple[Participant | None, str, bool]:
        """:meth:`prep_object` and whether what it found is only a venue or cause (``at``, ``over``)."""
        weak: tuple[Participant | None, str, bool] = (None, "none", False)
        for prep in head.children:
            wildcard = "*" in preps and prep.dep_ != "agent"  # a passive's by-phrase is its source
            if prep.dep_ in ("prep", "agent", "dative") and (prep.lower_ in preps or wildcard):
                for pobj in list(prep.children) or _shared_pobj(prep):
                    if prep.lower_ == "with" and pobj.lemma_.lower() in _BACKING_NOUNS:
                        continue  # "with the approval of Assad": who backs the act, not whom it is aimed at
                    if prep.lower_ == "with" and _absolute_clause(prep, pobj):
                        continue  # "..., with Kerry fearing a ruse": a circumstance of its own, no party to the act
                    if _conditional_adjunct(prep):
                        continue  # "in case of more fighting": a condition, not where or whom
                    if pobj.dep_ in ("pobj", "pcomp"):
                        found = self.participant(_named_after_participle(pobj) or pobj)
                        if found is not None and prep.lower_ not in _WEAK_TARGET_PREPS:
                            return found, f"'{prep.text} {pobj.text}'", False
                        if found is not None and weak[0] is None:
                            weak = found, f"'{prep.text} {pobj.text}'", True
        return weak

    def agent_of_noun(self, noun: Any) -> tuple[Participant | None, str]:
        """Who does what an event noun names: its possessor, its "by" phrase, its modifier, the subject of the verb
        that carries it, in that order."""
        steps = (
            self._agent_as_possessor,
            self._agent_ordering,
            self._agent_by_preposition,
            self._agent_after_patient,
            self._agent_of_light_verb,
            self._agent_as_modifier,
        )
        for step in steps:
            found, how = step(noun)
            if found is not None:
                return found, how
        verb = _verb_carrying(noun)
        if verb is not None:  # "negotiators return to Geneva for talks", "was put under investigation by"
            return self.source_of_verb(verb)
        return self._agent_in_clause(_measured(noun))  # "launched 10 days of war games": the days stand in

    def _agent_as_possessor(self, noun: Any) -> tuple[Participant | None, str]:
        """ "Russia's attack": the possessor, or the subject of its clause where the possessor stands for it."""
        for child in noun.children if not _patient_possessor(noun) else ():
            if child.dep_ == "poss":
                bound = _subject_binding(noun, child)
                found = self.participant(bound) if bound is not None else None
                if bound is not None and found is not None and found.actor is not None:
                    return found, f"possessor '{child.text}' = subject '{bound.text}' of its clause"
                found = self.participant(child)
                if found is not None:
                    return found, f"possessor '{child.text}'"
        return None, "none"

    def separated_from(self, verb: Any) -> tuple[Participant | None, str]:
        """The state a protest demands to break away from: the party the protest is aimed at, not its venue."""
        state = _separation_state(verb)
        with self.targeting():
            found = self.participant(state) if state is not None else None
        if state is None or found is None or found.actor is None:
            return None, "none"
        return found, f"'from {state.text}', the state the protest's demand breaks away from"

    def pressing_party(self, verbs: Sequence[Any | None]) -> tuple[Participant | None, str]:
        """Who pressed for what a refusal withholds ("declined to resign despite growing pressure by the
        commission", "despite the president's calls"): a refusal in the face of a demand answers its maker."""
        for verb in (v for v in verbs if v is not None):
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _DESPITE_PREPS):
                for noun in (n for n in _pobjs(prep) if n.lemma_.lower() in _PRESSURE_NOUNS):
                    for step in (self._agent_as_possessor, self._agent_by_preposition, self._agent_as_modifier):
                        found, how = step(noun)
                        if found is not None and found.actor is not None:
                            return found, f"{how} of '{prep.text} {noun.text}', the demand refused"
        return None, "none"

    def _agent_ordering(self, noun: Any) -> tuple[Participant | None, str]:
        """ "The government of Sindh has ordered patrols by police": who orders an act is its source, as CAMEO
        codes an order, before the "by" phrase that names whom it is carried out by."""
        head = noun.head
        if noun.dep_ != "dobj" or head.pos_ != "VERB" or head.lemma_.lower() not in _ORDERING_VERBS:
            return None, "none"
        found, how = self.source_of_verb(head)
        if found is None or found.actor is None:
            return None, "none"
        return found, f"{how}, who ordered it"

    def _agent_by_preposition(self, noun: Any) -> tuple[Participant | None, str]:
        return self.prep_object(noun, _AGENT_PREPS)

    def _agent_of_light_verb(self, noun: Any) -> tuple[Participant | None, str]:
        """ "Cipollone led the White House attack": Cipollone, the known actor the light verb's subject names."""
        if _light_verb_of(noun):
            found, how = self.source_of_verb(noun.head)
            if found is not None and found.actor is not None:
                return found, how
        return None, "none"

    def _agent_as_modifier(self, noun: Any) -> tuple[Participant | None, str]:
        """ "Palestinian riots", "a Saudi-led strike", "Syrian regime offensive": a modifier naming a country's
        actor, or a force that acts ("police firing", "army shelling"), though not "media attack"."""
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i and not _is_stance_prefix(child):
                found = self.participant(child)
                if found is not None and found.actor is not None and found.actor.country:
                    return found, f"modifier '{child.text}'"
                if found is not None and found.actor is not None and found.actor.sector in _FORCE_SECTORS:
                    return found, f"modifier '{child.text}' (the force that acts)"
        return None, "none"

    def _agent_in_clause(self, noun: Any) -> tuple[Participant | None, str]:
        """The agent the noun's place in its clause gives: who it was received from, a passive's agent, "the
        first by North Korea", the subject of the verb whose object it is."""
        head = noun.head
        received = _first_conjunct(noun)  # "received logistics and financial support from X": both are received
        if received.dep_ == "dobj" and received.head.lemma_.lower() in _RECEIVE_VERBS:
            return self.prep_object(received.head, ("from",))
        if noun.dep_ == "nsubjpass" and head.pos_ == "VERB":  # "the war game was staged by U.S. marines"
            found, how = self.prep_object(head, ("by",))
            if found is not None:
                return found, f"passive agent {how} of '{head.text}'"
        if noun.dep_ in ("nsubj", "nsubjpass"):
            for attr in head.children:  # "the launch was the first by North Korea"
                if attr.dep_ in ("attr", "acomp"):
                    found, how = self.prep_object(attr, ("by",))
                    if found is not None:
                        return found, how
        if noun.dep_ == "dobj" and head.pos_ == "VERB":
            return self.source_of_verb(head)  # "North Korea had a series of tests"
        return None, "none"

    def harmed_by(self, noun: Any) -> tuple[Participant | None, str]:
        """Who an act harmed when the act is the "in" / "after" phrase of a verb of harm: the verb's subject
        ("eleven people were injured in grenade attacks", "a prisoner died after torture")."""
        verb = _harming_verb(noun)
        if verb is None:
            return None, "none"
        for subject in verb.children:
            if subject.dep_ in ("nsubj", "nsubjpass"):
                found = self.participant(subject)
                if found is None and _is_people(subject):
                    found = unresolved(subject)  # "99 persons were killed in police firing": the persons, as text
                if found is not None:
                    return found, f"subject '{subject.text}' of '{verb.text}', whom it harmed"
        return None, "none"

    def _agent_after_patient(self, noun: Any) -> tuple[Participant | None, str]:
        """ "the arrest of the opposition leader by Russian police": a passive nominal's "by" phrase, which the
        parser often hangs on the of-object; a person or group is not "by" anyone, so it is the noun's agent."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in _pobjs(prep):
                    found, how = self.prep_object(pobj, ("by",))
                    if found is not None and found.actor is not None:
                        return found, f"{how} after 'of {pobj.text}' (passive nominal)"
        return None, "none"

    def named_recipient(self, verb: Any) -> tuple[Participant, str] | None:
        """The indirect object of a verb with a direct object, when it names a known actor or is a name ("offered
        [Ankara] six billion euros", "awarded [the Warmbiers] $501 million"): whom the thing goes to, before any
        phrase on the verb or the thing."""
        for child in (c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")):
            found = self.participant(child)
            if found is not None and found.actor is not None:
                return found, f"indirect object '{child.text}', who receives it"
            if child.pos_ == "PROPN":  # a family or a name the actor stage lacks is whom it goes to all the same
                return found or unresolved(child), f"indirect object '{child.text}' (no known actor of its own)"
        return None

    def target_of_noun(self, noun: Any) -> tuple[Participant | None, str]:
        carrier = noun.head if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None
        recipient = self.named_recipient(carrier) if carrier is not None else None
        if recipient is not None:  # "gives Putin a midnight deadline over the attack": Putin, not the attack
            return recipient
        possessor = _patient_possessor(noun)
        found = self.participant(possessor) if possessor is not None else None
        if found is not None and possessor is not None:  # "ordered the tanker's release": the tanker is released
            return found, f"possessor '{possessor.text}', the one it is done to"
        found, how, weak = self._ranked_prep_object(noun, _NOUN_TARGET_PREPS)
        if found is not None and not weak:
            return found, how
        # "an investigation into Khashoggi's death at the Saudi consulate": a venue or cause only when nothing else
        return self._target_of_noun_past_venue(noun, (found, how) if found is not None else None)

    def _target_of_noun_past_venue(
        self, noun: Any, venue: tuple[Participant, str] | None
    ) -> tuple[Participant | None, str]:
        """:meth:`target_of_noun` when the noun's own prepositions name no party, perhaps a ``venue`` or cause: that
        (or one on the light verb) is the target only when no other party and no thing argument is found."""
        for conj in _conjuncts(noun):  # "its total rejection and strong condemnation of the plan"
            found, how = self.prep_object(conj, _NOUN_TARGET_PREPS)
            if found is not None:
                return found, f"{how} of '{conj.text}'"
        found, how = self.prep_object(noun, ("for",))  # "its support for the GNA", "an arrest warrant for X"
        if found is not None and found.actor is not None:
            return found, how
        verb = _verb_carrying(noun)
        if verb is not None and noun.head.lower_ == "under":
            obj = _direct_object(verb)  # "a US national has been put under investigation": the one put under it
            found = self.participant(obj) if obj is not None else None
            if found is not None and obj is not None:
                return found, f"'{obj.text}', put under it"
        measured = _measured(noun)
        if _first_conjunct(measured).head.lemma_.lower() in _RECEIVE_VERBS:
            measured = _first_conjunct(measured)  # "received logistics and financial support": the receiver
        head = measured.head
        light = head if measured.dep_ == "dobj" and head.lemma_.lower() not in _RECEIVE_VERBS else None
        if light is not None:  # "filed a lawsuit in court against X": the light verb carries the argument
            found, how, weak = self._ranked_prep_object(light, _TARGET_PREPS)
            if found is not None and weak:
                venue, found = venue or (found, how), None
            if found is None:
                found, how = self._indirect_object(light)
            if found is not None:
                return found, how
            for clause in light.children:  # "carried out a raid, targeting Islamic State commanders"
                obj = _direct_object(clause) if clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VBG" else None
                if obj is not None and self.names_actor_near(obj):
                    found = self.participant(obj)
                    if found is not None:
                        return found, f"object '{obj.text}' of '{clause.text}'"
        if measured.dep_ == "dobj" and head.lemma_.lower() in _RECEIVE_VERBS:
            clause = _governing_clause(head)
            if clause is not None:
                subject, _ = _subject(clause)
                if subject is not None:
                    found = self.participant(subject) or self.agent_of_noun(subject)[0]
                    if found is not None:
                        return found, f"subject of the clause it comments on '{subject.text}'"
            elif head.pos_ == "VERB":  # "Kenya received aid from Japan", "Kenya faced criticism": the receiver
                subject, _ = _subject(head)
                found = self.participant(subject) if subject is not None else None
                named = found is not None and subject is not None and found.span.start <= subject.idx < found.span.end
                if found is not None and found.actor is not None and subject is not None and named:
                    return found, f"'{subject.text}', who receives it"  # not a party named inside a thing received
        for carrier in (noun, light):
            preps: tuple[str, ...] = _NOUN_TARGET_PREPS if carrier is noun else _TARGET_PREPS
            if venue is not None:
                preps = tuple(p for p in preps if p not in _WEAK_TARGET_PREPS)
            pobj = _prep_argument(carrier, preps) if carrier is not None else None
            if pobj is not None:
                return self._actor_in_clauses(pobj), f"'{pobj.head.text} {pobj.text}' (no known actor of its own)"
        return venue if venue is not None else (None, "none")


def _with_country(actor: ActorRef | None, others: Sequence[ActorRef | None]) -> ActorRef | None:
    """A group or title without a country takes the country its own phrase names:
    "workers affiliated with the Serbian Workers' Union" are Serbian workers."""
    if actor is None or actor.country or actor.members or actor.kind not in ("group", "title", "person"):
        return actor
    if actor.sector in _ORGANISATION_SECTORS:
        return actor  # "UN peacekeepers in Mali": the organisation's, wherever they are
    country = next((o.country for o in others if o is not None and o.country), None)
    return actor if country is None else replace(actor, country=country)


#: Mention kinds a bare nationality word can qualify in one noun phrase: titles and groups ("Sergeant", "police").
_QUALIFIED_KINDS = frozenset({"group", "title"})


def _with_body(actor: ActorRef | None, mention: EntityMention, near: Sequence[EntityMention]) -> ActorRef | None:
    """A nationality word that won its phrase over a title or body of no country is that body's country:
    "Philippine National Police ... officers" are PHL police, "the Colombian Sergeant X" COL military."""
    if actor is None or actor.kind != "country" or actor.sector or actor.members or mention.role != "adjective":
        return actor
    for other in near:
        body = other.actor
        if body is None or body.country or body.members or body.kind not in _QUALIFIED_KINDS:
            continue
        if body.sector and body.sector not in _ORGANISATION_SECTORS:
            return replace(body, name=f"{actor.country} {body.name}", country=actor.country)
    return actor


#: Sectors a title or group word of its own gives a place that modifies it (IGO and NGO staff are their body's).
_OFFICE_WORD_KINDS = frozenset({"title", "group"})


def _with_title_head(actor: ActorRef | None, mention: EntityMention, root: Any | None, head: Any) -> ActorRef | None:
    """A place that modifies a title word the parser took into a name ("The Dubai Ruler", the term finder's
    words unseen) is that place's office holder: the title's sector, of the place's country (a city's
    civilians, the sector a bare city is given, do not stand in the way)."""
    if actor is None or actor.kind != "country" or actor.members or root is None:
        return actor
    if actor.sector and not (mention.role == "place" and actor.sector == "CVL"):
        return actor
    if root.head.i != head.i or root.i >= head.i or root.dep_ not in ("compound", "amod", "nmod", "poss"):
        return actor
    term = load_lexicon().sector_by_term.get(head.lower_)
    if term is None or term.kind not in _OFFICE_WORD_KINDS or term.sector in _ORGANISATION_SECTORS:
        return actor
    return ActorRef(f"{actor.country} {term.term}", actor.country, term.sector, "group")


def _is_stance_prefix(token: Any) -> bool:
    """ "anti-Israel protests", "pro-government rally": the modifier names what the event is about."""
    first = token.doc[token.left_edge.i].lower_
    return first in ("anti", "pro", "against") or first.startswith(("anti-", "pro-"))


def _sends_own_forces(verb: Any, obj: Any) -> bool:
    """Whether ``verb`` sends or withdraws ``obj`` as the source's own forces ("refused to deploy [peacekeepers]
    in Iraq"): what a sending moves is never whom it is aimed at, wrapped or not; its place or goal is."""
    moves = verb.lemma_.lower() in _CARRIERS | _RECALLING
    return moves and _quantified(obj).lemma_.lower() in _OWN_FORCES


def _names_actor(token: Any, resolver: ParticipantResolver) -> bool:
    """Whether an actor mention is rooted at ``token`` itself (not merely a possessor inside its phrase)."""
    return any(root is not None and root.i == token.i for root in resolver.roots)


#: Verbs whose object is followed by the charge or reason ("accused the army of abuses", "blamed X for").
_CHARGE_OF = {"accuse", "convict", "suspect", "acquit"}
_REASON_FOR = {
    "accuse",
    "blame",
    "criticize",
    "criticise",
    "condemn",
    "sanction",
    "punish",
    "fault",
    "arrest",
    "praise",
}


def _is_charge(noun: Any, prep: Any) -> bool:
    """A prepositional phrase the parser hung on the object that is the verb's charge or reason."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head.lemma_.lower()
    return bool((prep.lower_ == "of" and verb in _CHARGE_OF) or (prep.lower_ == "for" and verb in _REASON_FOR))


def _is_other_party(obj: Any, resolver: ParticipantResolver) -> bool:
    """An object consumed by the trigger that is still its target ("summoned the ambassador"),
    not the source's own forces or goods ("withdrew its troops", "sent troops")."""
    own = any(c.dep_ == "poss" for c in obj.children) or obj.lemma_.lower() in _OWN_FORCES
    return not own and _names_actor(obj, resolver)


def _prep_argument(head: Any, preps: tuple[str, ...]) -> Any | None:
    """The first noun object of one of ``preps`` under ``head``, actor or not ("an investigation into the crash")."""
    for prep in head.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps and not _conditional_adjunct(prep):
            for pobj in prep.children:
                is_noun = pobj.pos_ in ("NOUN", "PROPN", "NUM")
                if pobj.dep_ == "pobj" and is_noun and pobj.ent_type_ not in TIME_ENTITIES:
                    # "sit down with no preconditions": a negated noun is a manner, never a party
                    if any(child.dep_ == "det" and child.lower_ == "no" for child in pobj.children):
                        continue
                    if prep.lower_ == "with" and _absolute_clause(prep, pobj):
                        continue  # "..., with residents fearing new attacks": a circumstance, no party
                    return pobj
    return None


def _root_token(doc: Any, mention: EntityMention) -> Any | None:
    """The mention's head token; None for one the parser never read: a dateline's or caption's place, blanked
    to spaces ("CAIRO -- Forces loyal to Libyan commander Khalifa Hifter": the forces are not Egypt's)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None or span.root.is_space else span.root


def unresolved(head: Any) -> Participant:
    """An argument the actor stage does not know: kept as text, so the record still says to whom."""
    start, end = _phrase_bounds(head)
    return Participant(Span(start, end, text_of(head.doc)[start:end]), None, None)


#: Right-hand dependents that start a clause or an adjunct, not part of the argument's noun phrase.
_CLAUSAL_MODIFIERS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "npadvmod", "advmod", "mark", "dep"}


def _without_scene(attack: Any, span: Span) -> Span:
    """An attack's span as a source, less a last phrase that says where it struck ("a car bomb [in Kiev]"): the
    scene of the attack, not who carried it out."""
    doc = attack.doc
    last_prep = None
    for token in doc[attack.i + 1 :]:
        if token.idx >= span.end:
            break
        if token.dep_ == "prep" and token.lower_ in _LOCATIVE_PREPS and token.idx > span.start:
            last_prep = token
    if last_prep is None or last_prep.right_edge.idx + len(last_prep.right_edge) != span.end:
        return span  # the place is not what ends the phrase
    if not any(_names_a_place(o) for o in _pobjs(last_prep)):
        return span  # "a bomb in a car": part of what it was
    end = int(doc[last_prep.i - 1].idx) + len(doc[last_prep.i - 1])
    return Span(span.start, end, text_of(doc)[span.start : end])


def _phrase_bounds(head: Any) -> tuple[int, int]:
    """The argument's noun phrase as annotators mark it: modifiers, appositions and conjuncts
    included ("70 employees of Wargaming", "Yang Jiechi, the State Councillor of China"), clauses
    hanging on it ("which left 30 dead") and edge punctuation not."""
    doc = head.doc
    first = doc[_after_dateline(head)]
    dated = first.ent_type_ in TIME_ENTITIES and first.pos_ != "DET"  # not "a 20th century painting"
    while first.i < head.i and (first.is_punct or first.is_space or (dated and first.ent_type_ in TIME_ENTITIES)):
        first = doc[first.i + 1]  # "21 June Mexican authorities": the clause's date, not the actor
    while first.i < head.i and _leading_quantity_word(first):
        first = doc[first.i + 1]  # "lifted its embargo against both [Libya and Iraq]": how many, not who
    last = doc[_right_end(head)]
    while last.i > head.i and (last.is_space or (last.is_punct and last.text not in (")", "]"))):
        last = doc[last.i - 1]
    if last.i > head.i and last.dep_ == "case" and head.dep_ == "poss":
        last = doc[last.i - 1]  # "Turkey's military offensive": the possessor without its "'s"
    inside = doc[first.i : last.i + 1].text
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ")" and inside.count("(") > inside.count(")"):
        last = doc[last.i + 1]  # "... Refugees (UNHCR)": the bracket the parser hung elsewhere closes the name
    return int(first.idx), int(last.idx) + len(last)


_DASHES = frozenset({"-", "--", "—", "–"})


def _leading_quantity_word(token: Any) -> bool:
    """A word before a party that annotators leave out: the "both" / "either" of a coordination, or "any more"
    ("will not accept any more [Syrian refugees]")."""
    doc = token.doc
    paired = token.dep_ == "preconj" or (token.dep_ == "det" and any(c.dep_ == "conj" for c in token.head.children))
    if paired and token.lower_ in ("both", "either", "neither"):
        return True
    any_more = token.lower_ == "any" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "more"
    return bool(any_more or (token.lower_ == "more" and token.i > 0 and doc[token.i - 1].lower_ == "any"))


def _after_dateline(head: Any) -> int:
    """Index where ``head``'s phrase starts, after a dateline the parser put in it ("Washington - US
    President Donald Trump", "IRNA - Iran's ambassador"): a spaced dash before the head ends it."""
    doc, start = head.doc, int(head.left_edge.i)
    dashes = [
        t.i
        for t in doc[start : head.i]
        if t.text in _DASHES
        and t.whitespace_
        and t.i > start
        and doc[t.i - 1].whitespace_
        and _is_dateline(doc, start, t.i)
    ]
    return dashes[-1] + 1 if dashes else start


def _is_dateline(doc: Any, start: int, dash: int) -> bool:
    """Whether the words from ``start`` to the spaced dash at ``dash`` are a dateline: names only, and a
    capitalised word after the dash. A hyphen written with spaces joins lowercase words or a number
    ("the rebel - held enclave", "Taliban - claimed car bomb", "COVID - 19"), or follows a determiner
    ("the Austin - Morris company"); a dateline does not."""
    after = doc[dash + 1] if dash + 1 < len(doc) else None
    if after is None or not after.text[:1].isupper():
        return False
    return all(not t.is_alpha or t.text[:1].isupper() for t in doc[start:dash])


def _right_end(token: Any, top: Any | None = None, undated: bool = False) -> int:
    """Index of the last token of ``token``'s phrase, leaving out clausal dependents and gerund objects (``top``:
    the head of the whole phrase, when ``token`` is inside it; ``undated``: a date on ``token`` is passed over,
    not where the phrase ends)."""
    top = token if top is None else top
    end = int(token.i)
    for child in token.rights:
        if undated and _is_time_phrase(child):
            continue  # "migrants found [last month] in a truck": the date of what the participle reports
        agent = _by_agent(child) if child.dep_ == "acl" else None
        if agent is not None:  # "20 workers employed by the UNHCR": who they are, up to the agent
            end = max(end, _right_end(agent, top))
            continue
        if child.dep_ == "acl" and _reduced_relative(child):  # "the families of the migrants found in a truck"
            end = max(end, _right_end(child, top, undated=True))
            continue
        if child.dep_ == "relcl" and _victims_clause(child, top):  # "family members of six farmers who were killed"
            end = max(end, _last_undated(child))
            continue
        if child.dep_ in _CLAUSAL_MODIFIERS:
            break  # everything after a clause boundary belongs to the clause
        if child.dep_ == "appos" and token.pos_ == "PROPN" and _is_indefinite(child):
            break  # "Odin Sanchez, a former Colombian Congressman": a description of the one named
        if child.dep_ == "prep" and any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in child.children):
            break  # "accused the party of having incited hatred": the charge, not the party
        if child.dep_ == "prep" and _is_charge(token, child):
            break
        if child.dep_ == "prep" and child.lower_ == "by" and _of_object_of_noun(token):
            break  # "the arrest of the opposition leader by police": the nominal's agent, not part of its object
        if _is_time_phrase(child):
            break  # "Antony Blinken on Thursday criticized": the parser hung the verb's date on the name
        if child.dep_ == "amod" and child.lower_ in _BLAMING_ADJECTIVES and child.i > token.i:
            break  # "Chinese officials [responsible for rights violations]": what they answer for, not who they are
        if _is_clause_adjunct(child):
            break  # "summoned the Turkish ambassador in protest": why or when the act was done, not who
        if child.dep_ == "appos" and _is_attribution_tag(child):
            break  # "withdrawing troops from Syria, Defence Minister Sergei Shoigu said": who said it
        if child.dep_ == "prep" and child.lower_ != "of" and _owned_act(token):
            break  # "rejected [U.S. calls] for a ceasefire in Tigray": an actor's act, not what it is for or on
        end = max(end, _right_end(child, top))
    return end


#: Adjectives after a party that say what it answers for, a charge or a brief ("officials responsible for the
#: crackdown", "representatives responsible for national security"); annotators end the party before them.
_BLAMING_ADJECTIVES = frozenset({"responsible", "accountable", "culpable", "guilty"})

#: Nouns of a hostile act, which like the act nouns name what their owner did ("the regime's attacks").
_HOSTILE_ACTS = frozenset({"attack", "strike", "raid", "assault"})


def _owned_act(token: Any) -> bool:
    """ "the Croatian government's request", "U.S. calls", "the Zionist regime's attacks": a noun naming an
    act that its owner, a possessor or a modifier naming an actor, did.  Annotators end such a target at the
    act: what it asks for or is aimed at follows it ("for a ceasefire", "on the Palestinian people")."""
    if not (_is_act_noun(token) or (token.pos_ == "NOUN" and token.lemma_.lower() in _HOSTILE_ACTS)):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in _NAMED_ENTITIES)
        for c in token.lefts
    )


#: Verbs that make their object ("set up a company in Berlin", "opened an embassy in Tehran").
_MAKING_VERBS = frozenset({"establish", "build", "create", "found", "construct", "open"})


def _being_made(head: Any) -> bool:
    """ "agreed to set up a new transport company in Berlin": the object of a verb that makes it is no party
    to the act, though it names an organisation (it does not exist yet); the act is aimed where it is made."""
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    set_up = lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in _MAKING_VERBS or set_up


def _of_object_of_noun(token: Any) -> bool:
    """Whether ``token`` is the of-object of a noun ("the arrest of the leader", "a painting of the river")."""
    prep = token.head
    return bool(token.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN")


#: Participles that say which ones a group is, by where it is, what it belongs to or what it does ("forces
#: based in Vitez", "a network linked to al-Qaeda", "a ship carrying migrants"); not those that report
#: another event about them ("a man suspected of ...", "a citizen held in Yemen"), which annotators leave out.
_IDENTIFYING_PARTICIPLES = frozenset(
    {"base", "station", "locate", "link", "affiliate", "associate", "tie", "connect", "know", "belong", "live",
     "reside", "stay", "work", "carry", "fight", "involve", "operate", "serve", "find", "back", "loyal", "own",
     "control", "run", "transport", "shelter"}
)  # fmt: skip


def _reduced_relative(acl: Any) -> bool:
    """An identifying participle clause right after its noun, taken whole up to a date it ends with ("migrants
    [found in a truck near London] last month", "people [now living in camps]", "a bus [carrying government
    employees]"): part of the party's phrase."""
    if acl.tag_ not in ("VBN", "VBG") or acl.lemma_.lower() not in _IDENTIFYING_PARTICIPLES:
        return False
    return bool(acl.left_edge.i == acl.head.i + 1 and _right_end(acl, undated=True) == _last_undated(acl))


#: Verbs of a relative clause that says how the dead of a phrase of the bereaved died or were hurt.
_VICTIM_VERBS = frozenset(
    {"kill", "die", "injure", "wound", "murder", "slay", "perish", "massacre", "shoot", "execute", "lose", "drown",
     "abduct", "kidnap"}
)  # fmt: skip
#: Nouns of the bereaved, whose dead a relative clause names ("the families of those who died").
_BEREAVED_NOUNS = frozenset({"family", "families", "relative", "kin", "widow", "orphan", "parent"})


def _victims_clause(relcl: Any, top: Any) -> bool:
    """ "condolences to family members of six farmers [who were killed in police firing]": a relative clause of
    death or harm on the dead of a phrase of the bereaved (``top`` or inside it) says which ones; annotators keep
    it. Not on a phrase that is the dead alone ("six farmers who were killed" is the killing's own target)."""
    if relcl.lemma_.lower() not in _VICTIM_VERBS:
        return False
    noun = relcl.head
    for _ in range(len(relcl.doc)):  # up through of / from phrases and conjuncts to a noun of the bereaved
        if noun.i == top.i:
            return False
        if noun.dep_ == "conj":
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
        else:
            return False
        if _bereaved(noun):
            return True
    return False


def _bereaved(noun: Any) -> bool:
    """ "families", "family members", "the victims": a noun of the bereaved or of victims."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in _BEREAVED_NOUNS or w.lower_ in _BEREAVED_NOUNS for w in words)


def _last_undated(clause: Any) -> int:
    """Index of the last token of ``clause`` outside the dates in it ("found in a truck near London [last month]",
    "who were killed in police firing [on Tuesday]") and its edge punctuation: a date places the event the clause
    reports, not the people it identifies."""
    dated = {t.i for d in clause.subtree if d.i > clause.i and _is_time_phrase(d) for t in d.subtree}
    if not dated:
        return int(clause.right_edge.i)
    kept = [t.i for t in clause.subtree if t.i not in dated and not (t.is_punct or t.is_space)]
    return max(kept, default=int(clause.i))


def _inside_identifying_participle(head: Any, root: Any) -> bool:
    """Whether ``root`` is inside an identifying participle clause on ``head`` ("a bus [carrying government
    employees]"): the thing with the people it carries is the party's phrase, as annotators mark it."""
    token = root
    while token.head.i != token.i and token.head.i != head.i:
        token = token.head
    return bool(token.head.i == head.i and token.dep_ == "acl" and _reduced_relative(token))


def _by_agent(acl: Any) -> Any | None:
    """The agent phrase of a past participle right after a noun ("the resolution proposed [by the UN Security
    Council]", "workers employed [by the UNHCR]"): it says which ones, and annotators keep it in the phrase."""
    if acl.tag_ != "VBN" or acl.i == 0 or acl.doc[acl.i - 1].is_punct:
        return None
    return next((c for c in acl.children if c.dep_ == "agent"), None)


#: States of mind a condition can wait on ("until he is satisfied that ..."): the clause they take names the act.
_SATISFIED_WORDS = frozenset({"satisfied", "convinced", "sure", "certain", "assured"})


def _satisfied_that(clause: Any) -> Any | None:
    """ "until he is satisfied Vietnam is doing all it can": the clause a condition's state of mind takes, whose
    subject the condition is really on; None for any other condition."""
    for word in (clause, *(c for c in clause.children if c.dep_ in ("acomp", "oprd"))):
        if word.lower_ in _SATISFIED_WORDS:
            return next((c for c in word.children if c.dep_ == "ccomp"), None)
    return None


def _maker_of(head: Any) -> Any | None:
    """Who made or did the thing ``head`` names, by a "by" phrase on it or on its of-object ("the decision by
    the World Economic Forum", "the protest filed by Tolentino", "the return of property seized by government
    forces"): the head of that agent, or None."""
    nouns = [head, *(p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c))]
    # an act or a thing has a maker; people or a place "held captive by them", "devastated by a cyclone" not
    for noun in (n for n in nouns if _is_act_noun(n) or thing_class(n) is not None):
        for child in noun.children:
            agent = child if child.dep_ in ("prep", "agent") and child.lower_ == "by" else None
            if child.dep_ == "acl":
                agent = _by_agent(child)
            found = next(iter(_pobjs(agent)), None) if agent is not None else None
            if found is not None and found.pos_ != "PRON":
                return found
    return None


def _is_indefinite(appos: Any) -> bool:
    """An apposition that describes rather than names: "a suspected militant", "a pooled fund"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)


#: Verbs of an attribution tag after a clause (", Defence Minister Sergei Shoigu said").
_TAG_VERBS = frozenset({"say", "tell", "add", "state", "announce", "confirm", "report", "write", "note", "claim"})


def _is_attribution_tag(appos: Any) -> bool:
    """An "apposition" that is the subject of a speech verb right after it: the parser's reading of a tag."""
    doc = appos.doc
    after = appos.right_edge.i + 1
    return after < len(doc) and doc[after].pos_ in ("VERB", "AUX") and doc[after].lemma_.lower() in _TAG_VERBS


#: Prepositions that open an adjunct of the clause, never a modifier of a party ("amid tensions", "following the raid").
_ADJUNCT_PREPS = frozenset({"amid", "amidst", "despite", "following", "during", "after", "before", "as"})
#: Nouns of "in + noun" adjuncts of purpose or manner: "in protest", "in a bid to", "in response to", "in a statement".
_PURPOSE_NOUNS = frozenset(
    {"protest", "bid", "effort", "attempt", "response", "retaliation", "reprisal", "solidarity", "revenge",
     "defiance", "order", "support", "exchange", "return", "connection", "accordance", "line", "violation",
     "reaction", "statement", "letter", "interview", "speech", "communique", "tweet"}
)  # fmt: skip


def _is_clause_adjunct(token: Any) -> bool:
    """A prepositional phrase of purpose, manner or circumstance the parser hung on a noun."""
    if token.dep_ != "prep":
        return False
    doc = token.doc
    if token.lower_ == "as" and (
        (token.i > 0 and doc[token.i - 1].lower_ == "such") or doc[min(token.i + 1, len(doc) - 1)].lower_ == "well"
    ):
        return False  # "groups such as MSF", "as well as": examples and conjuncts of the party
    if token.lower_ in _ADJUNCT_PREPS:
        return True
    if token.lower_ == "over":
        return _reason_over(token)
    return token.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in _PURPOSE_NOUNS for c in token.children)


#: Nouns of a matter an act is over ("over Khashoggi's killing", "over the dispute"), besides act nouns.
_MATTER_NOUNS = frozenset(
    {"death", "dispute", "row", "issue", "concern", "allegation", "charge", "role", "crime", "case", "conflict",
     "practice", "killing", "murder", "abuse", "failure", "handling", "treatment", "use"}
)  # fmt: skip


def _reason_over(prep: Any) -> bool:
    """ "shared evidence with [other nations] over Khashoggi's killing": an "over" phrase of why, hung on a party
    by the parser; not one on an act ("control over", "a dispute over") nor a measure ("people over 60")."""
    if _is_act_noun(prep.head) or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    matters = [o for o in _pobjs(prep) if o.pos_ == "NOUN"]
    return any(_is_act_noun(o) or o.lemma_.lower() in _MATTER_NOUNS for o in matters)


def _is_time_phrase(token: Any) -> bool:
    """A date or time hanging on a noun ("on Thursday", "last week"): it dates the clause, not the actor."""
    if token.dep_ == "npadvmod":
        return bool(token.ent_type_ in TIME_ENTITIES)
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTITIES for c in token.children)


#: Subjects that are an attack with no named attacker ("a roadside bombing killed ...").
_ATTACK_NOUNS = frozenset(
    {"bombing", "bomb", "explosion", "blast", "landmine", "mine", "ambush", "shelling", "gunfire", "shooting",
     "grenade", "rocket", "mortar", "ied", "car-bomb", "suicide-bombing"}
)  # fmt: skip

#: Sectors of actors that belong to no country (international organisations, NGOs).
_ORGANISATION_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC"})
#: Actors a sentence's one country can place: groups, titles, people, and organisations the dictionaries
#: know only by a name keyword ("the Umma party", "the Electoral Commission"), coded by the story's country.
_DOMESTIC_KINDS = frozenset({"group", "title", "person", "organisation"})
#: Organisation sectors that take no country from the sentence: media (reporting media give none) and armed
#: groups with no country of their own (al-Qaeda: transnational).
_STATELESS_ORGANISATIONS = frozenset({"MED", "REB"})

#: Sectors of unnamed groups that take the country their sentence names most when it names several: people
#: ("villagers") and the state's own bodies ("police", "the army", "the government"), domestic to the story.
_MOST_NAMED_SECTORS = frozenset({"CVL", "GOV", "COP", "MIL", "JUD", "LEG"})

#: Verbs whose object a state sends away (a deportee is of elsewhere) and verbs whose subject comes from elsewhere.
_SENT_AWAY_VERBS = frozenset({"deport", "expel", "extradite"})
_ARRIVAL_VERBS = frozenset({"arrive", "immigrate", "migrate"})
#: What people seek in a country not their own ("Two hundred people arrived in Greece seeking asylum").
_SOUGHT_SHELTER = frozenset({"refuge", "asylum", "sanctuary", "shelter"})
#: Sectors of private people, whose nationality the sentence's country may not be (not a state's arms), and an
#: actor of no known sector.
_PRIVATE_SECTORS: frozenset[str | None] = frozenset({None, *PRIVATE_SECTORS})


#: Nouns for the other party of a relation: "Japan's creditors" are not Japanese.
_COUNTERPART_NOUNS = frozenset(
    {"donor", "ally", "partner", "creditor", "lender", "backer", "sponsor", "rival", "enemy", "foe", "adversary"}
)  # fmt: skip


def _others_of_country(head: Any, root: Any | None, found: ActorRef | None) -> bool:
    """People a country named in their phrase is not the country of: the other party of its relation ("Japan's
    creditors"), or people the phrase calls foreign ("12 foreign members of a smuggling ring in Dubai");
    they are a group of no stated country, not the country."""
    if found is None or found.kind != "country" or root is None or root.i == head.i or head.pos_ != "NOUN":
        return False
    if root.dep_ == "poss" and root.head.i == head.i and head.lemma_.lower() in _COUNTERPART_NOUNS:
        return True
    return called_foreign(head) and _is_people(head) and root.dep_ not in ("amod", "compound")


def _unplaced(head: Any, actor: ActorRef) -> bool:
    """A country-less actor whose sentence says the story's country is not its own."""
    return actor.country is None and (_from_elsewhere(head, actor) or _of_several_states(head, actor))


def _from_elsewhere(head: Any, actor: ActorRef) -> bool:
    """Private people the sentence says come from elsewhere: foreign, deported, expelled or extradited, arriving or
    immigrating, or seeking refuge or asylum; the one country it names is where they went, not theirs, and a
    coder leaves their country unstated ("Germany deported a 40-year-old man on Monday")."""
    if actor.sector not in _PRIVATE_SECTORS:
        return False
    if called_foreign(head):
        return True  # "five foreign nationals"
    verb = head.head
    if head.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _SENT_AWAY_VERBS:
        return True
    if head.dep_ == "nsubj" and verb.lemma_.lower() in _ARRIVAL_VERBS:
        return True
    clauses = [c for c in (*head.children, *verb.children) if c.dep_ in ("acl", "relcl", "advcl", "xcomp")]
    return any(
        c.lemma_.lower() == "seek" and any(o.dep_ == "dobj" and o.lemma_.lower() in _SOUGHT_SHELTER for o in c.children)
        for c in clauses
    )


#: Titles a state has one holder of at a time: unnamed in the plural, they are of several states.
_ONE_PER_STATE = frozenset({"president", "premier", "monarch", "king", "chancellor", "emir", "sultan"})
#: Portfolios whose minister a state has one of ("foreign ministers", "prime ministers").
_ONE_PER_STATE_MINISTERS = frozenset({"foreign", "prime", "defence", "defense", "finance", "interior"})


def _of_several_states(head: Any, actor: ActorRef) -> bool:
    """An unnamed plural of a title each state has one of ("heads of state", "foreign ministers", "presidents"):
    the holders of several states, so the one country the sentence names is no more theirs than another's."""
    if actor.sector != "GOV" or head.tag_ not in ("NNS", "NNPS"):
        return False
    lemma = (
        head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_.removesuffix("s")
    )  # "Heads of State", a proper noun
    if lemma == "head":
        return any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("state", "government") for o in p.children)
            for p in head.children
        )
    if lemma == "minister":
        return any(c.dep_ in ("amod", "compound") and c.lower_ in _ONE_PER_STATE_MINISTERS for c in head.children)
    return lemma in _ONE_PER_STATE


#: Prepositions that make a capital the place where something happens ("a curfew in Algiers").
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "into", "inside", "outside", "across", "throughout"})


def _city_as_place(actor: ActorRef | None, mention: EntityMention, root: Any | None) -> ActorRef | None:
    """The GSR's convention for capitals: the government when the capital is the subject or object
    ("Moscow said"), the city's civilians when it is where something happens ("a curfew in Algiers")."""
    if actor is None or mention.role != "capital" or actor.sector != "GOV" or root is None:
        return actor
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS:
        return replace(actor, sector="CVL")
    return actor


#: Head nouns of a settlement or area: a country named in such a phrase stands for the people there
#: ("a strategic village in Western Cambodia", "residential areas near Rafah"; the GSR codes them CVL).
_SETTLEMENT_NOUNS = frozenset(
    {"village", "villages", "town", "towns", "city", "cities", "neighbourhood", "neighborhood", "neighborhoods",
     "neighbourhoods", "suburb", "suburbs", "district", "districts", "area", "areas", "settlement", "camp",
     "camps", "market", "markets", "home", "homes", "house", "houses", "hamlet", "hamlets"}
)  # fmt: skip


def _settlement_civilians(actor: ActorRef | None, head: Any) -> ActorRef | None:
    if actor is None or actor.sector or not actor.country or actor.members:
        return actor
    return replace(actor, sector="CVL") if head.lower_ in _SETTLEMENT_NOUNS else actor


def _place_as_actor(place: Place) -> EntityMention:
    """A place named as an argument stands for its country ("shelled Gaza" -> PSE); a city for its
    civilians, as the GSR codes cities that are not capitals ("a curfew in the town of Cizre" -> TUR CVL)."""
    sector = "CVL" if place.feature in ("city", "admin2") else None
    actor = ActorRef(place.name or place.text, place.country, sector, "country")
    provenance = Provenance(STAGE, VERSION, place.provenance.confidence * 0.8)
    return EntityMention(place.start, place.end, place.text, "PLACE", actor, provenance, role="place")


#: Prepositions that name the other party of an event noun: "a request from [the US authorities]",
#: "talks with [the Afghan government]", "sanctions against [China]" (PLV marks the party, not the noun).
_PARTY_PREPS = frozenset({"from", "to", "with", "against", "by", "among", "between"})


#: Types whose target, when it is a thing in a place, is the place: an act for a country's benefit or a
#: deployment there ("contribute troops to the NATO-led force in Afghanistan", "the group's last holdout in Syria").
_RECIPIENT_PLACE_TYPES = frozenset({"AGREE", "AID", "RETREAT", "CONCEDE"})


#: Responses to another actor's act ("welcomed Germany's decision", "conceded the demands of the strikers"):
#: the PLV pairs mark the act's owner as the target; a charge or a protest marks the act.  A rejection keeps
#: the act ("rejected [Moscow's proposal]"): Multi-CoPED marks it so; PLV's rows are split (4 whole, 5 owner).
_OWNER_TARGET_TYPES = frozenset({"SUPPORT", "CONCEDE", "REQUEST"})


#: Charges and protests are aimed at the owner of a choice or a word ("faulted [Buhari]'s decision", "staged a
#: strike in response to [GE]'s decision"), at other acts themselves ("condemned [Israel's violations]").
_CHOICE_OWNER_TYPES = frozenset({"ACCUSE", "PROTEST"})
_CHOICE_NOUNS = frozenset(
    {"decision", "plan", "move", "call", "appeal", "request", "demand", "remark", "comment", "statement",
     "proposal", "offer", "bid", "suggestion", "announcement", "claim", "order"}
)  # fmt: skip


def _party_span(head: Any, root: Any | None, mention: EntityMention, acts_by_owner: str = "") -> Span:
    """A target's span: the party's own phrase when the actor is the object of a party preposition
    inside the argument (or, with ``acts_by_owner``, the owner of an act); otherwise the whole argument
    phrase ("the death of a Palestinian man")."""
    token = root
    while token is not None and token.i != head.i and token.head.i != token.i:
        if _party_object(token) and not _thing_of_a_nationality(token, mention):
            return _phrase_span(token, mention)
        if _convened_body(token, head):  # "demanded a meeting of [the UN Security Council]": the body convened
            return _phrase_span(token, mention)
        if _person_set_free(token, head, mention):  # "sought the release of [a Utah man]": the one to be freed
            return _phrase_span(token, mention)
        if _name_before_participle(token, head):  # "an ultimatum to [Damascus] warning of military action"
            return _phrase_span(token, mention)
        if acts_by_owner and _whose_act(token, head, acts_by_owner == "choices"):
            return _without_possessive(_phrase_span(token, mention))
        token = token.head
    return _with_place_after(head, _without_trailing_place(head, _phrase_span(head, mention), mention), mention)


def _party_object(token: Any) -> bool:
    """The object of a party preposition ("a request from [the US authorities]"), not one of company."""
    return bool(token.dep_ == "pobj" and token.head.lower_ in _PARTY_PREPS and not _companion(token.head))


def _thing_of_a_nationality(noun: Any, mention: EntityMention) -> bool:
    """ "a military solution to [the North Korean crisis]": a nationality adjective on a singular noun outside its
    mention makes a thing, not a party, of the noun, so the argument stays whole; a plural noun is people of that
    nationality ("negotiations among [Sudanese stakeholders]"), a party marked alone."""
    if mention.role != "adjective" or mention.start <= noun.idx < mention.end:
        return False
    return bool(noun.pos_ == "NOUN" and noun.tag_ == "NN")


def _companion(prep: Any) -> bool:
    """ "the two, along with Smith and Jones", "police together with soldiers": a "with" of company joins its
    object to the party it hangs on; the two are one party, not a party inside a phrase."""
    return bool(prep.lower_ == "with" and prep.head.lower_ in ("along", "together") and prep.head.i != prep.i)


#: Nouns of a sitting of a body ("a meeting of the Security Council", "an emergency session of parliament").
_SITTING_NOUNS = frozenset({"meeting", "session", "sitting", "summit"})


#: Nouns of freeing or handing over a person ("the release of", "the extradition of", "freedom for").
_CUSTODY_NOUNS = frozenset({"release", "freedom", "extradition", "repatriation", "handover", "pardon"})


def _person_set_free(token: Any, head: Any, mention: EntityMention) -> bool:
    """``token``, the party's own word, is whom ``head``, a noun of freeing or handing over, is done to: its "of"
    or "for" object. Annotators mark the person as the target of a demand for their release, not the release;
    "the release of [$1.2 billion in aid to Egypt]" frees no one (the party is further down)."""
    if head.lemma_.lower() not in _CUSTODY_NOUNS or token.dep_ != "pobj":
        return False
    if not mention.start <= token.idx < mention.end:
        return False
    return bool(token.head.lower_ in ("of", "for") and token.head.head.i == head.i)


def _convened_body(token: Any, head: Any) -> bool:
    """``token`` is the body whose sitting ``head`` is: the of-object of a meeting noun. Annotators mark the
    body as whom a call for its meeting, or a meeting of it, is aimed at."""
    if head.lemma_.lower() not in _SITTING_NOUNS or token.dep_ != "pobj":
        return False
    return bool(token.head.lower_ == "of" and token.head.head.i == head.i)


_PLACING_PREPS = frozenset({"in", "at"})
#: Nouns of a part of a country or a site ("the southeast of the country", "the textile unit of ...").
_SITE_NOUNS = _TERRITORY_NOUNS | {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "unit", "plant",
    "factory", "mine", "office", "state", "country", "zone",
}  # fmt: skip


def _names_a_place(noun: Any) -> bool:
    """A named place ("in Syria", "in Camarines Norte") or a site or part of one ("at the textile unit")."""
    if noun.ent_type_ in _PLACE_ENTITIES or (noun.pos_ == "PROPN" and noun.ent_type_ not in TIME_ENTITIES):
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _SITE_NOUNS


def _with_place_after(head: Any, span: Span, mention: EntityMention) -> Span:
    """A group's or a thing's span with the "in" / "at" phrase right after it that the parser hung on the
    verb or event noun above it instead ("strikes against [Islamic State in Syria]", "pressuring [the workers
    at the textile unit]"): a place after a group says which ones (a person's place is cut, see above)."""
    if mention.role == "title" or (mention.actor is not None and mention.actor.kind == "person"):
        return span
    doc = head.doc
    after = next((t for t in doc[head.i + 1 :] if t.idx >= span.end), None)
    if after is None or after.lower_ not in _PLACING_PREPS or after.dep_ != "prep" or after.idx > span.end + 1:
        return span
    governors = {t.i for t in (head.head, head.head.head)}
    if after.head.i not in governors or head.left_edge.i <= after.head.i <= head.right_edge.i:
        return span  # on the party itself (already in its phrase) or on something further off
    objects = [c for c in after.children if c.dep_ == "pobj"]
    if len(objects) != 1 or not _names_a_place(objects[0]):
        return span  # "in a letter", "in its legal feud", "in an 11-34 vote": how or when, not where
    last = after
    for token in doc[after.i + 1 : objects[0].right_edge.i + 1]:
        if token.is_punct and token.text not in ("(", ")"):
            break  # "in western Kabul, the seventh attack": the place, not what follows it
        last = token
    inside = doc[after.i : last.i + 1].text
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ")" and inside.count("(") > inside.count(")"):
        last = doc[last.i + 1]  # "... Reliance Industries Limited (RIL)": close the bracket the parser hung elsewhere
    end = int(last.idx) + len(last)
    return Span(span.start, end, text_of(doc)[span.start : end])


#: Nouns of a meal or a party one hosts or attends ("hosted a dinner for", "attended a banquet given by").
_MEAL_NOUNS = frozenset(
    {"dinner", "lunch", "luncheon", "banquet", "breakfast", "reception", "supper", "feast", "brunch", "tea",
     "cocktail", "gala"}
)  # fmt: skip
_HONOUR_NOUNS = frozenset({"honour", "honor"})


def _guest_of(verb: Any) -> Any | None:
    """The guest of a meal a hosting verb is about: its "for" or "in honour of" object ("hosted a dinner [for
    Netanyahu]"), or, when the verb says who gave a meal someone attended ("attended a banquet hosted by the
    president"), that someone, the subject of the attending verb; None for any other verb."""
    meal = _direct_object(verb)
    if meal is not None and meal.lemma_.lower() in _MEAL_NOUNS:
        return _meal_guest(meal) or _meal_guest(verb)  # "hosted a banquet in honour of ...": hung on the verb
    meal = verb.head
    if verb.dep_ == "acl" and meal.lemma_.lower() in _MEAL_NOUNS and meal.dep_ in ("dobj", "pobj"):
        attender = meal.head if meal.dep_ == "dobj" else meal.head.head
        return next((c for c in attender.children if c.dep_ == "nsubj"), None)
    return None


def _meal_guest(holder: Any) -> Any | None:
    """ "a dinner [for Netanyahu]", "a banquet in honour of [the visiting president]": whom the meal is given for,
    by a phrase on the meal or on the verb that hosts it."""
    for prep in (c for c in holder.children if c.dep_ == "prep"):
        objects = [o for o in _pobjs(prep) if o.ent_type_ not in TIME_ENTITIES]
        if prep.lower_ == "for" and objects:
            return objects[0]
        for honour in (o for o in objects if prep.lower_ == "in" and o.lemma_.lower() in _HONOUR_NOUNS):
            guests = [g for c in honour.children if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)]
            if guests:
                return guests[0]
    return None


#: Types whose missing target may be whom the act is meant to help ("sent aid to help the victims").
_BENEFIT_TYPES = frozenset({"AID", "REQUEST"})
#: Verbs of a purpose infinitive that names whom an act is for.
_HELPING_VERBS = frozenset(
    {"help", "assist", "relieve", "aid", "support", "feed", "rescue", "protect", "benefit", "save", "shelter"}
)
#: Dependencies by which the parser hangs a purpose infinitive on the verb.
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})


def _helped(verb: Any) -> Any | None:
    """The object of a "to help ..." purpose infinitive hanging on ``verb``, or whom the aid of a "to provide aid
    for / to ..." one goes to; else None."""
    for child in verb.children:
        if child.dep_ not in _PURPOSE_DEPS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        if child.lemma_.lower() in _HELPING_VERBS:
            return obj
        if child.lemma_.lower() in _PROVIDING_VERBS and obj.lemma_.lower() in _GIVEN_AID:
            # "an appeal for $80 million to provide immediate help for people affected by flooding": the people
            given_to = (p for c in (obj, child) for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "to"))
            recipient = next((o for prep in given_to for o in _pobjs(prep)), None)
            if recipient is not None:
                return recipient
    return None


#: Verbs of a purpose infinitive that give aid to whom its for- or to-phrase names ("to provide help for people").
_PROVIDING_VERBS = frozenset({"provide", "give", "deliver", "bring", "offer"})


#: Prepositions of a trailing phrase that says where a target is, not who it is ("the ambassador in Berlin").
_WHERE_PREPS = frozenset({"in", "at", "near", "off", "outside", "inside", "including"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _without_trailing_place(head: Any, span: Span, mention: EntityMention) -> Span:
    """A person's span as a target, less a last phrase on its head that places them ("the Chinese
    ambassador [in Berlin]", "Saad Hariri [in Washington]") or lists examples ("[, including ...]")."""
    cut = None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE_PREPS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "including" or any(o.ent_type_ in _PLACE_ENTITIES for o in objects):
            cut = prep
            break
    person = mention.role == "title" or (mention.actor is not None and mention.actor.kind == "person")
    if cut is None or cut.idx < mention.end or not person:
        return span  # a place after a group or a thing is often the party itself ("a force in Somalia")
    end = _end_before(head, cut.i)
    if end <= span.start or end >= span.end:
        return span
    return Span(span.start, end, text_of(head.doc)[span.start : end])


#: Entity labels of a name that stands for an actor.
_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})

#: Nouns ending like a nominalised act ("decision", "recognition") that name a body of people instead.
_BODY_NOUNS = frozenset(
    {"government", "parliament", "department", "establishment", "movement", "management", "administration",
     "commission", "organisation", "organization", "coalition", "opposition", "delegation", "nation", "population",
     "institution", "association", "federation", "confederation", "conference", "presidency", "agency",
     "residence", "station", "formation", "division", "legion", "battalion", "mission", "congregation"}
)  # fmt: skip
#: Nominalised acts without a telling suffix.
_ACT_NOUNS = frozenset(
    {"decision", "call", "appeal", "request", "move", "plan", "visit", "offer", "bid", "policy", "demand",
     "remark", "remarks", "comment", "comments", "proposal", "approval", "withdrawal", "refusal", "removal",
     "arrival", "dismissal", "renewal", "denial", "support", "claim", "claims", "pledge", "promise", "effort",
     "efforts", "handling", "stance", "position", "response", "report", "verdict", "ruling", "bill", "law",
     "attempt", "attempts"}
)  # fmt: skip
_ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")


def _is_act_noun(token: Any) -> bool:
    """ "Germany's decision", "the call of the European Parliament": a noun naming what an actor did."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma in _BODY_NOUNS or token.lower_ in _BODY_NOUNS:
        return False
    return lemma in _ACT_NOUNS or token.lower_ in _ACT_NOUNS or lemma.endswith(_ACT_SUFFIXES)


#: What a state holds rather than does, marked by its owner when backed or ceded ("supporting [Lebanon]'s
#: sovereignty and stability").
_STANDINGS = frozenset({"sovereignty", "independence", "stability", "integrity", "unity"})


def _whose_act(token: Any, head: Any, choices_only: bool = False) -> bool:
    """``token`` is the actor whose act ``head`` is: its possessor or its of / by object. Annotators mark
    that actor as the target ("welcomed [Germany]'s decision"), not the act; with ``choices_only``, only
    for an act that is a choice or a word ("condemned [Netanyahu]'s decision", not "[Netanyahu's policies]")."""
    standing = not choices_only and head.lemma_.lower() in _STANDINGS
    if not (_is_act_noun(head) or standing) or (choices_only and head.lemma_.lower() not in _CHOICE_NOUNS):
        return False
    if token.dep_ == "poss" and token.head.i == head.i:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("of", "by") and token.head.head.i == head.i


def _without_possessive(span: Span) -> Span:
    """The span less a trailing possessive ending ("Germany's" -> "Germany")."""
    for ending in ("'s", "’s", "'", "’"):
        if span.text.endswith(ending):
            text = span.text[: -len(ending)].rstrip()
            return Span(span.start, span.start + len(text), text)
    return span


def _before_conjuncts(head: Any) -> int:
    """End offset of ``head``'s phrase without its coordination ("India" of "India and Pakistan")."""
    stop = min((c.left_edge.i for c in head.rights if c.dep_ in ("cc", "conj")), default=None)
    if stop is None:
        return _phrase_bounds(head)[1]
    return _end_before(head, stop)


def _end_before(head: Any, stop: int) -> int:
    """End offset of ``head``'s phrase cut before token ``stop``, less the punctuation left at its edge."""
    last = head.doc[stop - 1]
    while last.i > head.i and (last.is_punct or last.is_space):
        last = head.doc[last.i - 1]
    return int(last.idx) + len(last)


def _phrase_span(head: Any, mention: EntityMention) -> Span:
    """The argument as annotators mark it: its head with everything to its left in the phrase
    ("US Secretary of State Antony Blinken", "North Korea's latest missile tests"), widened to the
    actor mention when that reaches further."""
    start, end = _phrase_bounds(head)
    left_out = [t for t in head.doc if mention.start <= t.idx < start]  # "any more": left out of the mention too
    if not left_out or not all(_leading_quantity_word(t) for t in left_out):
        start = min(start, mention.start)
    end = max(end, mention.end)
    return Span(start, end, text_of(head.doc)[start:end])


#: At most this many head hops from an argument down to an actor in a clause hanging on it.
_MAX_CLAUSE_HOPS = 4


def _hops_to(head: Any, root: Any) -> int | None:
    """Head hops from ``root`` up to ``head`` through phrases and non-finite clauses ("crimes
    committed by", "an invitation to attend"); None past a clause with a subject of its own ("the
    accusation that it had aided the rebels" is not aimed at the rebels) or too far."""
    token, hops = root, 0
    while token.i != head.i:
        if token.head.i == token.i or hops >= _MAX_CLAUSE_HOPS:
            return None
        if token.dep_ in _CLAUSE_DEPS and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            return None
        token, hops = token.head, hops + 1
    return hops


def _named_beside_thing(head: Any, root: Any, thing: ThingClass | None) -> bool:
    """Whether ``root`` hangs on the thing ``head`` through a preposition that names its place, parts or
    matter ("the station in Godhra", "the deployment of army"), not the participant it stands for."""
    if thing is None:
        return False
    token = root
    for _ in range(len(head.doc)):
        if token.i == head.i or token.head.i == token.i:
            return False
        if token.head.i == head.i:
            return token.dep_ == "prep" and token.lower_ in blocking_preps(thing)
        token = token.head
    return False


def _says_of(head: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _not_a_thing(
    part: Participant | None, how: str, doc: Any, physical: bool, target: bool = True
) -> tuple[Participant | None, str]:
    """An unresolved participant whose phrase names a thing or an act is no actor: the slot stays empty, except
    that a building, vehicle or property stays the target (as text) of a physical act ("burnt four bogies")."""
    if part is None or part.actor is not None:
        return part, how
    phrase = doc.char_span(part.span.start, part.span.end, alignment_mode="expand")
    kind = None if phrase is None else thing_class(phrase.root)
    if kind is None or (physical and kind == "object") or (target and kind == "abstract" and _says_of(phrase.root)):
        return part, how  # "rejected the possibility of a Colombian intervention": PLOVER marks what is rejected
    return None, f"none ('{part.span.text}' names a {kind}, not an actor)"


def _distance_to(head: Any, root: Any | None) -> int | None:
    """Head hops from a mention's root token up to ``head``; None when a clause boundary intervenes."""
    if root is None:
        return None
    token, hops = root, 0
    while token.i != head.i:
        if token.dep_ in _CLAUSE_DEPS or token.head.i == token.i:
            return None
        token, hops = token.head, hops + 1
    return hops


def _is_heading(token: Any) -> bool:
    """A name that opens its sentence and ends at a colon ("new delhi: the opposition leaders met ..."): a
    dateline or a heading set before the clause, which the parser may read as a second subject; never an argument."""
    doc, after = token.doc, token.i + 1
    return bool(token.left_edge.i == token.sent.start and after < len(doc) and doc[after].text == ":")


def _past_heading(subject: Any) -> Any | None:
    """The subject, or for a dateline read as one the phrase after its colon that the parser hung on it as an
    apposition ("new delhi: a 21-member delegation ... is visiting"); None when nothing follows."""
    if not _is_heading(subject):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1), None)


def _subject(verb: Any) -> tuple[Any | None, str]:
    """The subject, passive agent, or the subject inherited from a governing verb."""
    # "shortened by one hour the curfew": a by-phrase beside an active subject is no passive agent
    active = any(child.dep_ == "nsubj" and _past_heading(child) is not None for child in verb.children)
    for child in verb.children:
        if child.dep_ == "agent" and not active:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj, "passive agent"
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and _past_heading(child) is not None:
            return _past_heading(child), "subject"
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() in _STATIVE_PASSIVES and not active:
            return child, "subject"  # "Vietnam is committed to opening up": a state of the subject's own
    if _shared_passive_subject(verb) is not None:
        # "the army seized the town and was accused of ...": a joined passive with no agent names no doer; the
        # subject it shares is what was done to
        return None, f"none (a passive joined to '{verb.head.text}')"
    if verb.dep_ == "advcl" and _is_purpose(verb) and verb.head.lemma_.lower() in _SENDING_VERBS:
        # "troops were sent to the border to support ...": the forces sent do what they were sent for
        sent = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if sent is not None and not active:
            return _antecedent(sent), f"subject of '{verb.head.text}', sent to act"
    accused = _accused_of(verb)
    if accused is not None:  # "the army was accused of killing civilians": the accused is who (allegedly) did it
        return accused, f"the one accused of '{verb.text}'"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and not active:
        # "police were forced to fire": the passive subject of a verb of compulsion or leave is who does the act
        for child in verb.head.children:
            if child.dep_ == "nsubjpass" and verb.head.lemma_.lower() in _CONTROLLED_PASSIVES:
                return _antecedent(child), f"subject of '{verb.head.text}'"
    if verb.dep_ in ("xcomp", "conj", "acomp") and verb.head.i != verb.i:
        found, how = _subject(verb.head)
        return found, f"{how} of '{verb.head.text}'"
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        # "a policeman, who was attacked": the head a passive relative pronoun stands for is what it was done to
        return verb.head, "relative clause head"
    if verb.dep_ == "advcl" and _is_purpose(verb) and verb.head.pos_ in ("VERB", "AUX"):
        found, how = _subject(verb.head)  # "the UN sent 21 experts to Bosnia to investigate ..."
        return found, f"{how} of '{verb.head.text}'"
    aimed = _purpose_head(verb) if verb.dep_ == "acl" else None
    if aimed is not None:  # "sent teams into Libya in a rush to investigate ...": who sent them
        found, how = _subject(aimed)
        return found, f"{how} of '{aimed.text}'"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        found, how = _subject(verb.head)  # "militants stormed the base, killing five officers"
        return found, f"{how} of '{verb.head.text}'"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.dep_ == "acomp":
        found, how = _subject(verb.head.head.head)  # "X and Y were guilty of violating": X and Y violated
        return found, f"{how} of '{verb.head.head.text}'"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _GERUND_ADJUNCT_PREPS:
        clause = verb.head.head  # "the Taliban stepped up the war after launching an offensive": the Taliban
        passive = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "the minister was criticised after meeting the rebels": the minister met them
            return _antecedent(passive), f"subject of '{clause.text}'"
        if clause.pos_ in ("VERB", "AUX"):
            found, how = _subject(clause)
            return found, f"{how} of '{clause.text}'"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by" and verb.head.dep_ == "prep":
        clause = verb.head.head  # "helped the campaign by donating money": the means of the clause's own act
        if clause.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            found, how = _subject(clause)
            if found is not None:
                return found, f"{how} of '{clause.text}', by whose means"
    if _misread_as_modifier(verb):
        return verb.head, "subject (read as the noun it modifies)"  # "A Syrian newspaper called on Arabs to ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        found, how = _subject(verb.head.head)  # "Amnesty put out a report accusing the army"
        return found, f"{how} of '{verb.head.head.text}'"
    misread = _name_misread_as_adverb(verb)
    if misread is not None:
        return misread, "subject (a name the parser read as an adverb)"  # "USAID had announced a suspension"
    return None, "none"


#: Possessive pronouns and the number of the subject they are bound to.
_PLURAL_POSSESSIVES = frozenset({"their"})
_SINGULAR_POSSESSIVES = frozenset({"his", "her"})
#: Prepositions of an adjunct that places an act in time ("complained during their visit", "after his arrest").
_TIME_ADJUNCT_PREPS = frozenset({"during", "after", "before", "following", "throughout"})


def _subject_binding(noun: Any, possessive: Any) -> Any | None:
    """The clause subject a possessive pronoun on an act noun in a time adjunct stands for, where the subject
    agrees with it in number: "Azmi and Babbar complained of non-cooperation from the administration during
    their visit": their visit is Azmi and Babbar's, the subject's, not the nearer noun's."""
    word = possessive.lower_
    if word not in _PLURAL_POSSESSIVES | _SINGULAR_POSSESSIVES:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _TIME_ADJUNCT_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject, how = _subject(verb)
    if subject is None or how != "subject" or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or _has_conjunct(subject)
    return subject if plural == (word in _PLURAL_POSSESSIVES) else None


def _shared_passive_subject(verb: Any) -> Any | None:
    """ "government troops stormed the camp and were attacked by militants": a passive verb joined to an earlier
    verb, with no subject of its own, shares that verb's subject; that subject is what the passive was done to."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or not (before.dep_ == "cc" or before.lower_ in (",", "then")):
        return None  # "fired 50 rounds and 100 persons have been arrested": a subject the parser hung elsewhere
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return _shared_passive_subject(verb.head)
    return _antecedent(subject)


#: Verbs that send forces or people somewhere: their passive subject does what it was sent to do.
_SENDING_VERBS = frozenset({*_CARRIERS, "rush", "fly", "airlift", "station", "post", "mobilize", "mobilise"})
#: Verbs that charge someone with an act: "accused of killing", "charged with attacking" (the accused did it).
_CHARGING_VERBS = frozenset({"accuse", "charge", "suspect", "convict", "blame", "indict"})
_CHARGE_PREPS = frozenset({"of", "with", "for"})


def _accused_of(verb: Any) -> Any | None:
    """ "X was accused of killing", "accused X of killing", "charged X with attacking": the gerund's doer is the
    one accused (the verb's passive subject or its object)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in _CHARGE_PREPS or prep.head.i == prep.i:
        return None
    head = prep.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _CHARGING_VERBS:
        return _antecedent(head)  # "accused the army of killing": the parser hung "of" on the object
    if head.lemma_.lower() not in _CHARGING_VERBS:
        return None
    for child in head.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            return _antecedent(child)
    return _shared_passive_subject(head)


def _name_misread_as_adverb(verb: Any) -> Any | None:
    """ "USAID had announced ...": a clause with no subject whose first word, before the verb, is a name the parser
    read as an adverb; the name is the subject.  Only a main verb, not a compound ("Turkey-backed forces")."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    first = next((c for c in verb.children if c.i < verb.i and c.dep_ not in ("punct",)), None)
    if first is None or first.dep_ not in ("advmod", "npadvmod") or first.i != verb.sent.start:
        return None
    if first.nbor(1).text in ("-", "–"):
        return None
    return first if first.ent_type_ in ("ORG", "GPE", "PERSON") else None


#: Prepositions of time whose gerund shares the subject of the clause it hangs on: "seized the town after /
#: before / while attacking ..."; not "by" (a means, coded on its own in :func:`_subject` and only under an active
#: clause) nor "without" (an act not done).
_GERUND_ADJUNCT_PREPS = frozenset({"after", "before", "while", "since", "upon", "when"})
#: Verbs whose passive subject does the act of their infinitive: "were forced to fire", "was compelled to resign"
#: (not the appeals: "was pressured to resign" is a demand on the subject, which the wrapper rules code).
_CONTROLLED_PASSIVES = frozenset({"force", "compel", "oblige", "obligate"})
#: Verbs whose passive is a stance of its subject, not something done to it ("is committed to", "is prepared to").
_STATIVE_PASSIVES = frozenset({"commit", "prepare", "determine", "dedicate", "resolve"})


def _misread_as_modifier(verb: Any) -> bool:
    """A finite verb the parser hung on the sentence's root noun as a participle ("An official Syrian
    newspaper called Thursday on Arabs": the noun is the subject); a true passive has its agent or
    no object-like dependents ("property seized by forces")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ != "ROOT" or verb.i < verb.head.i:
        return False
    if verb.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "dative") for c in verb.children)


def _is_purpose(verb: Any) -> bool:
    """A to-infinitive adverbial clause ("... to investigate"): its agent is the governing clause's subject."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _reporting_subject(verb: Any) -> Any | None:
    """The noun subject of the verb whose complement clause ``verb`` heads ("X said it would ...")."""
    while verb.dep_ in ("xcomp", "conj", "aux") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


_QUANTIFIERS = {
    "some",
    "all",
    "part",
    "most",
    "many",
    "rest",
    "half",
    "thousand",
    "hundred",
    "dozen",
    "number",
    "batch",
    "contingent",
    "unit",
    "group",
    "thousands",
    "hundreds",
    "dozens",
    # measures and amounts: "tons of food aid", "$4 million worth of equipment"
    "ton",
    "tonne",
    "kilogram",
    "kilo",
    "kg",
    "litre",
    "liter",
    "barrel",
    "crate",
    "box",
    "bag",
    "quantity",
    "amount",
    # bodies of people sent together: "a mission of observers", "a team of inspectors"
    "mission",
    "team",
    "delegation",
    "worth",
    "package",
    "shipment",
    "consignment",
    "load",
    "truckload",
    "planeload",
    "million",
    "billion",
    "round",
    # shares of a whole: "supplied 94% of the equipment", "the bulk of its aid"
    "%",
    "percent",
    "share",
    "portion",
    "proportion",
    "fraction",
    "majority",
    "bulk",
    "lot",
    "lots",
}


def _object_words(obj: Any) -> set[str]:
    """The lemmas an object requirement is checked against: the head, the noun under a quantity
    ("some of its troops", "25,000 tons of food aid") and their noun modifiers ("aid deliveries")."""
    inner = _quantified(obj)
    words = {obj.lemma_.lower(), inner.lemma_.lower(), _compound_key(obj)}
    words |= {c.lemma_.lower() for t in (obj, inner) for c in t.children if c.dep_ in ("compound", "amod")}
    words |= {w for t in (obj, inner) if (w := _plural_stem(t))}
    return words


def _plural_stem(token: Any) -> str | None:
    """A regular plural's singular where the lemmatizer took another noun for it ("bases" -> "basis", "axes" ->
    "axis"): the word less its "-s", checked against the lexicon's object words as the lemma is."""
    word = token.lower_
    if token.tag_ != "NNS" or not word.endswith("es") or word[:-1] == token.lemma_.lower():
        return None
    return str(word[:-1])


def _conjuncts(token: Any) -> list[Any]:
    """ "photographs and other military intelligence": the conjoined heads after ``token``."""
    return [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


def _phrasal_object(token: Any, trigger: Trigger) -> Any | None:
    """The object of a phrasal trigger's own preposition: "went on strike", "remained on alert"."""
    if " " not in trigger.lemma:
        return None
    particle = trigger.lemma.split(" ", 1)[1]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == particle:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and _object_words(pobj) & trigger.objects:
                    return pobj
    return None


def _quantified(obj: Any) -> Any:
    """ "some of its troops" -> troops; other objects are returned as they are."""
    if obj.lemma_.lower() in _QUANTIFIERS or obj.pos_ == "NUM":
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return obj


def _direct_object(verb: Any) -> Any | None:
    shared = _shared_passive_subject(verb)
    if shared is not None:  # "stormed the camp and were attacked", "... but were refused permission": the subject
        return shared  # they share was done to (a passive's retained object is the thing given or refused)
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return _antecedent(child)
    return _counted_object(verb)


def _split_object_name(verb: Any, obj: Any) -> Any | None:
    """The name the parser split off an object as a second object of the verb, right after it: "meet [his
    counterpart] [Italian President Sergio Mattarella]" (the title noun and the name are one party)."""
    after = int(obj.right_edge.i) + 1
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == after), None)


def _antecedent(token: Any) -> Any:
    """ "a policeman, who was attacked": the noun a relative pronoun stands for; other tokens as they are."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        return token.head.head
    return token


def _counted_object(verb: Any) -> Any | None:
    """ "kidnapped up to 16 advisers": the parser reads the quantity's "up to" as a particle and a
    preposition; the counted noun is the object."""
    for up in verb.children:
        if up.dep_ not in ("prt", "advmod", "prep") or up.lower_ != "up":
            continue
        for to in up.children:
            if to.lower_ != "to":
                continue
            for noun in to.children:
                if noun.dep_ == "pobj" and any(c.dep_ in ("nummod", "quantmod") for c in noun.children):
                    return noun
    return None


def _head_words(obj: Any, obj_key: str | None) -> set[str]:
    """The object's own head words: its compound key and its lemma."""
    return {w for w in (obj_key, obj.lemma_.lower()) if w}


def _compound_key(token: Any) -> str:
    """ "test-firing" from the tokens test, -, firing; otherwise the lemma."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].is_space:
        return f"{doc[i - 2].lower_}-{token.lemma_.lower()}"
    return str(token.lemma_.lower())


def _verb_keys(token: Any) -> list[str]:
    """Lookup keys, most specific first: "test-fire", "call for", "launch"."""
    lemma = token.lemma_.lower()
    keys = []
    doc, i = token.doc, token.i
    if i >= 1 and doc[i - 1].lower_ == "test" and doc[i - 1].head.i == i:
        keys.append(f"test-{lemma}")  # "test fired"
    compound = _compound_key(token)
    if compound != lemma:
        keys.append(compound)
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.i > i and not _dates(child):
            keys.append(f"{lemma} {child.lower_}")
    for child in token.children:  # "called for Burma to institute reforms": "for" opens the clause asked for
        mark = _for_clause_mark(child)
        if mark is not None and child.i > i:
            keys.append(f"{lemma} {mark.lower_}")
    keys.append(lemma)
    keys += _stems(token.lower_)  # the lemmatizer slips on some verbs ("staged" -> "stag")
    return keys


def _for_clause_mark(clause: Any) -> Any | None:
    """The "for" of a for-to clause ("for Burma to institute reforms"), when the clause follows its verb."""
    if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.pos_ != "VERB":
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if mark is None or not has_to or mark.i <= clause.head.i:
        return None
    return mark if _only_dates_between(clause.head, mark) else None


def _only_dates_between(verb: Any, word: Any) -> bool:
    """Whether only a date stands between ``verb`` and a later ``word`` ("called on Friday for Britain to stay")."""
    dates = (c for c in verb.children if c.i > verb.i and (_dates(c) or c.ent_type_ in TIME_ENTITIES))
    dating = {t.i for c in dates for t in c.subtree}
    return all(i in dating for i in range(verb.i + 1, word.i))


def _dates(prep: Any) -> bool:
    """ "called Morrison on Wednesday": a preposition that only dates the act makes no phrasal verb."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in TIME_ENTITIES for o in objects)


def _stems(word: str) -> list[str]:
    """Regular-inflection guesses, tried only after the lemma: staged -> stage, stopping -> stop."""
    if word.endswith("ied"):
        return [word[:-3] + "y"]
    if word.endswith("ed"):
        return [word[:-1], word[:-2], word[:-3]]
    if word.endswith("ing"):
        return [word[:-3] + "e", word[:-3], word[:-4]]
    if word.endswith("es"):
        return [word[:-1], word[:-2]]
    if word.endswith("s"):
        return [word[:-1]]
    return []


def _span_of(token: Any, obj: Any | None) -> tuple[int, int]:
    start = token.idx
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-":
        start = doc[i - 2].idx
    elif i >= 1 and doc[i - 1].lower_ == "test":
        start = doc[i - 1].idx
    end = token.idx + len(token)
    if obj is not None and obj.i > token.i:
        end = obj.idx + len(obj)
    return start, end


def _noun_start(token: Any) -> int:
    doc, i = token.doc, token.i
    return int(doc[i - 2].idx) if i >= 2 and doc[i - 1].text == "-" else int(token.idx)


def _required_of_object(token: Any, words: frozenset[str]) -> Any | None:
    """The of-object that carries a noun trigger's required word ("cessation [of hostilities]"), if it does."""
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)
                 if _object_words(p) & words), None)  # fmt: skip


def _has_modifier(token: Any, words: frozenset[str]) -> bool:
    """A required word before the noun ("hostilities cessation"), as its of-object ("cessation of hostilities"),
    or a required preposition of aim with an object that is no time ("a strike on a school bus", not "on Monday"),
    on the noun or on the light verb whose object it is ("increased pressure [on Iran]", as the parser attaches it)."""
    if any(t.lemma_.lower() in words for t in token.children if t.dep_ in ("compound", "amod", "nmod")):
        return True
    carriers = (token, token.head) if _light_verb_of(token) else (token,)
    aims = [c for carrier in carriers for c in carrier.children if c.dep_ == "prep" and c.lower_ in words & _AIM_PREPS]
    if any(p.ent_type_ not in TIME_ENTITIES for prep in aims for p in _pobjs(prep)):
        return True
    return any(
        _object_words(p) & words for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)
    )


#: What only words can attack: "an attack on the impeachment proceedings" is a verbal attack (CAMEO 111).
_VERBAL_TARGETS = frozenset(
    {"proceeding", "plan", "policy", "decision", "law", "bill", "legislation", "report", "proposal", "ruling",
     "verdict", "remark", "comment", "statement", "record", "budget", "reform", "agenda", "inquiry",
     "investigation", "impeachment", "handling", "credibility", "integrity", "reputation", "stance", "claim"}
)  # fmt: skip


def _aimed_at_words(noun: Any) -> bool:
    """An attack noun aimed at a policy, a text or a reputation ("led the attack on the impeachment
    proceedings"), which only words can attack."""
    if noun.lemma_.lower() not in ("attack", "assault"):
        return False
    aims = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS]
    return any(p.lemma_.lower() in _VERBAL_TARGETS for prep in aims for p in _pobjs(prep))


def _verbal_target(verb: Any, obj: Any) -> bool:
    """ "attacked the government's budget plan": attacking what only words can attack."""
    return verb.lemma_.lower() == "attack" and obj.dep_ == "dobj" and obj.lemma_.lower() in _VERBAL_TARGETS


def _as_verbal_attack(trigger: Trigger) -> Trigger:
    """An attack trigger re-read as the verbal attack it is when aimed at words (CAMEO 111, ACCUSE 'disapprove')."""
    return replace(trigger, type="ACCUSE", mode="disapprove", cameo="111")


#: Prepositions that aim an event noun at its target, usable as a noun trigger's required word.
_AIM_PREPS = frozenset({"on", "upon", "against"})


#: Nouns that count or time an event noun: "launched 10 days of war games", "had a series of tests".
_MEASURE_NOUNS = frozenset({"day", "week", "month", "hour", "series", "wave", "round", "spate", "string", "bout"})
#: Verbs that act on another's act, coded themselves when their object is an event noun: "dispersed a protest",
#: "opposed the deployment", "challenged the verdict" (unlike "ordered an investigation", where the noun is the act).
_ACTS_ON_EVENTS = frozenset({"disperse", "oppose", "challenge", "defend", "storm", "harass", "intimidate"})
#: Verbs of going or bringing together whose "for" phrase is the event gone to: "negotiators return to Geneva
#: for talks", "joined his Iranian counterpart for a meeting", "invited the rebels for talks".
_TRAVEL_VERBS = _GOING | {"return", "arrive", "gather", "assemble", "convene", "join", "invite"}
#: Verbs whose object is the other party of the event in their "for" phrase: "joined Zarif for a meeting".
_MEETING_VERBS = frozenset({"join", "invite"})
#: Journeys one travels on: "arrived in Amman on a visit", "flew to Cairo on a mission".
_JOURNEYS = frozenset({"visit", "trip", "tour", "mission"})
#: Verbs of going, or of leading or joining others who go, "on" a journey ("will lead a delegation on a visit").
_JOURNEY_VERBS = _TRAVEL_VERBS | {"lead", "accompany", "embark", "leave", "depart", "set"}
#: Verbs that put someone under an event: "was put under investigation", "placed under house arrest".
_PUT_UNDER_VERBS = frozenset({"put", "place", "keep", "hold"})


#: Noun events reported without their agent that are still events: violence, force and protest happen
#: ("clashes broke out", "killed in a grenade attack"); talks, aid or sanctions without a party are background.
_UNSEEN_AGENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
#: Types of an act of force done to people, whose participle on a noun names them ("civilians killed in a raid").
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Noun events often used as figures of speech or prospects, coded only when waged by and aimed at known actors
#: ("its war on Al Shabaab", not "the war on drugs" nor "a possible war against Iraq").
_FIGURATIVE_AIMS = frozenset({"war"})
#: Measures reported as taking effect, whoever imposed them: a truce (RETREAT), sanctions, bans and curfews.
_MEASURE_TYPES = frozenset({"RETREAT", "SANCTION", "COERCE"})
#: Verbs whose subject is an act that happened: "clashes broke out", "the attack killed five",
#: "the raid was carried out".
_HAPPENING_VERBS = frozenset(
    {"break", "erupt", "occur", "happen", "take", "continue", "rock", "hit", "target", "kill", "injure", "wound",
     "leave", "claim", "destroy", "damage", "strike", "spread", "escalate", "intensify", "resume", "begin", "start",
     "carry", "launch", "conduct", "stage", "hold", "mount", "cause", "trigger", "spark", "shake", "rage", "flare",
     "paralyse", "paralyze", "disrupt", "follow", "mark", "last", "grip", "engulf", "force", "displace", "make"}
)  # fmt: skip
#: Verbs of harm whose "in"/"during" phrase is the act that did it: "injured in a grenade attack",
#: "died in police firing".
_HARMED_VERBS = frozenset(
    {"kill", "injure", "wound", "die", "hurt", "perish", "lose", "maim", "suffer", "sustain", "arrest", "detain",
     "hold", "destroy", "damage", "burn"}
)  # fmt: skip
_HARMED_PREPS = frozenset({"in", "during", "after", "from", "under"})
#: Verbs of dying, whose "of" phrase is the cause: "died of torture".
_DYING_VERBS = frozenset({"die", "perish"})
#: Words that open a cause phrase with "of" or "to": "because of", "due to", "owing to", "as a result of",
#: "as a consequence of".
_CAUSE_WORDS = frozenset({"because", "due", "owing", "result", "consequence"})


def _harming_verb(noun: Any) -> Any | None:
    """The verb of harm whose cause or circumstance an event noun is ("were injured in grenade attacks", "died
    after torture", "died of torture", "died because of / due to / as a result of torture"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.pos_ not in ("ADP", "SCONJ", "PART"):
        return None
    verb = prep.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in _CAUSE_WORDS:
        opener = prep.head  # "due to" (to hangs on due), "as a result of" (of hangs on result, result on as)
        verb = opener.head.head if opener.dep_ == "pobj" and opener.head.lower_ == "as" else opener.head
    elif prep.lower_ == "of":
        verb = verb if verb.lemma_.lower() in _DYING_VERBS else None
    elif prep.lower_ not in _HARMED_PREPS | _CAUSE_WORDS:  # "because of torture": the noun hangs on "because"
        return None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _HARMED_VERBS:
        return None
    return verb


#: Fights with two sides, each acting on the other: "clashes between police and protesters".
_MUTUAL_FIGHTS = frozenset(
    {"clash", "fighting", "skirmish", "gunfight", "gunbattle", "firefight", "shootout", "battle", "confrontation",
     "scuffle"}
)  # fmt: skip


#: Sectors whose name before an act of force is its agent though it names no country ("police firing").
_FORCE_SECTORS = frozenset({"COP", "MIL"})
#: Nouns for people whom an act of force can befall, though the actor stage knows no actor in them.
_PEOPLE_WORDS = frozenset(
    {"person", "people", "man", "woman", "child", "boy", "girl", "youth", "civilian", "villager", "resident",
     "student", "worker", "farmer", "passenger", "pilgrim", "devotee", "suspect", "accused", "individual", "citizen",
     "national", "tourist", "migrant", "refugee", "victim", "teenager", "minor", "family", "member", "supporter",
     "follower", "other", "policeman", "jawan", "constable", "soldier", "trooper", "guard", "officer",
     # kin, trades and states of people that news reports harm befalling
     "brother", "sister", "son", "daughter", "father", "mother", "husband", "wife", "relative", "neighbour",
     "neighbor", "activist", "protester", "demonstrator", "journalist", "reporter", "trader", "shopkeeper",
     "vendor", "driver", "labourer", "laborer", "employee", "doctor", "nurse", "teacher", "patient", "prisoner",
     "detainee", "inmate", "hostage", "volunteer", "pedestrian", "commuter", "fisherman", "herder", "miner",
     "youngster", "adult", "elder", "infant", "baby", "toddler", "shopper", "voter", "monk", "priest", "nun"}
)  # fmt: skip


#: Verbs that take back the source's own people ("withdraw weapons inspectors from Iraq").
_RECALLING = frozenset({"withdraw", "pull", "recall", "evacuate", "remove", "repatriate"})
#: People named by a trade that one state trains, hosts or expels from another ("Iraqi pilots", "UN inspectors").
_PEOPLE_BY_TRADE = frozenset(
    {"pilot", "inspector", "diplomat", "envoy", "official", "observer", "monitor", "expert", "adviser", "advisor",
     "cadet", "recruit", "ambassador", "consul", "crew", "staff", "lawmaker", "leader"}
)  # fmt: skip


def _nominal_gerund(token: Any) -> bool:
    """A gerund used as a noun that the parser tags a verb: "killed in police firing" (a noun modifier, no object
    or subject of its own)."""
    if token.pos_ != "VERB" or token.tag_ != "VBG" or token.dep_ not in ("pobj", "nsubj", "nsubjpass", "dobj"):
        return False
    return not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _harmed_people(verb: Any, property_too: bool = False) -> Any | None:
    """The people an act of force befell when the actor stage names no actor: "35 persons were arrested",
    "gunmen killed four villagers", "120 were detained" (a bare number stands for people); with
    ``property_too`` also buildings and vehicles ("shops were looted"). Not other things."""
    for child in verb.children:
        if child.dep_ not in ("nsubjpass", "dobj"):
            continue
        head = _quantified(_antecedent(child))  # "a number of shops": the shops
        if _is_people(head) or (property_too and head.pos_ == "NOUN" and thing_class(head) == "object"):
            return head
    return None


def _is_people(head: Any) -> bool:
    """A noun for people ("persons", "villagers") or a bare number standing for them ("120 were arrested")."""
    if head.pos_ == "NUM":
        return head.ent_type_ not in TIME_ENTITIES and head.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY")
    return bool(head.pos_ == "NOUN" and head.lemma_.lower() in _PEOPLE_WORDS and thing_class(head) is None)


def _reported_act(noun: Any) -> bool:
    """Whether an event noun is reported as having happened though its agent goes unnamed: the subject of a verb of
    happening or effect ("heavy clashes broke out", "a grenade attack was carried out"), the act that harmed someone
    ("were injured in three grenade attacks", "died after torture"), an act aimed at someone ("strikes on Aleppo"),
    or a headline of its own ("Grenade attack in Srinagar"). Not a name or a date ("March")."""
    if noun.ent_type_ in TIME_ENTITIES or not (noun.pos_ == "NOUN" or _nominal_gerund(noun)):
        return False
    head = noun.head
    if noun.dep_ == "ROOT" or head.i == noun.i:
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return str(head.lemma_).lower() in _HAPPENING_VERBS
    if _harming_verb(noun) is not None:
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and _pobjs(c) for c in noun.children)


def _takes_effect(noun: Any) -> bool:
    """Whether an event noun is the subject of a verb of taking effect: "the ceasefire will start on Tuesday",
    "a ban came into force", "sanctions took effect", "the truce kicked in" (not "the sanctions began to bite")."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = str(head.lemma_).lower()
    children = list(head.children)
    if lemma in ("start", "begin", "commence"):
        return not any(c.dep_ in ("xcomp", "dobj") for c in children)
    if lemma == "kick":
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in children)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in children)
    if lemma in ("come", "enter", "go"):
        return any(
            c.dep_ == "prep" and c.lower_ == "into" and any(p.lower_ in ("force", "effect") for p in _pobjs(c))
            for c in children
        )
    return False


def _put_under(noun: Any, target: Participant | None) -> bool:
    """ "A US national has been put under investigation": an act by an unnamed authority on a known actor."""
    verb = _verb_carrying(noun)
    return verb is not None and noun.head.lower_ == "under" and target is not None and target.actor is not None


def _first_conjunct(noun: Any) -> Any:
    """The first of joined nouns, which holds their shared role ("logistics and financial support": logistics)."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head
    return noun


def _measured(noun: Any) -> Any:
    """The counting noun an event noun hangs on ("10 days" of "10 days of war games"), else the noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return noun
    lemma = prep.head.lemma_.lower()
    return prep.head if lemma in _MEASURE_NOUNS or lemma in _QUANTIFIERS else noun


def _verb_carrying(noun: Any) -> Any | None:
    """The verb a noun event is the goal or state of: "return ... for talks", "put under investigation"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    on_journey = prep.lower_ == "on" and noun.lemma_.lower() in _JOURNEYS
    if on_journey and prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in _JOURNEY_VERBS:
        return prep.head.head  # "led a delegation on a state visit to China"
    if prep.head.pos_ != "VERB":
        return None
    lemma = prep.head.lemma_.lower()
    if (prep.lower_ == "for" and lemma in _TRAVEL_VERBS) or (on_journey and lemma in _JOURNEY_VERBS):
        return prep.head
    if prep.lower_ == "under" and lemma in _PUT_UNDER_VERBS:
        return prep.head
    return None


#: Verbs whose object noun is the act itself, done by their subject: "held talks", "launched an attack",
#: and verbs that join or direct an act ("joined an investigation", "is heading an inquiry into", "performed
#: joint war games"), and verbs of degree that raise or bring one's own act to bear ("increased pressure on Iran",
#: "exerted pressure on"); not verbs of approval, whose subject lets another actor do the act ("approved the
#: deployment").
_LIGHT_VERBS = frozenset(
    {"hold", "stage", "make", "resume", "launch", "carry", "conduct", "issue", "file", "open", "mount", "begin",
     "start", "order", "lodge", "deliver", "announce", "declare", "set", "give", "step", "intensify", "escalate",
     "reach", "continue", "join", "lead", "head", "perform", "undertake", "renew", "pursue", "submit", "speed",
     "accelerate", "complete", "wage", "initiate", "commence", "increase", "exert", "ramp", "ratchet", "heighten",
     "put", "apply", "boost"}
)  # fmt: skip


#: Verbs that direct an act their object noun names: their subject is its source, before its "by" phrase.
_ORDERING_VERBS = frozenset({"order", "command"})


#: Verbs that voice or offer their object: a hostile act noun as their object is the act of their subject.
_VOICING_VERBS = frozenset({"offer", "voice", "express", "level", "promise", "pledge", "vow"})


def _noun_is_standalone(noun: Any, trigger: Trigger) -> bool:
    """A noun event counts only with an agent of its own or as the object of a receive/light verb."""
    if _verb_carrying(noun) is not None:
        return True
    if any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in _AGENT_PREPS for c in noun.children
    ):
        return True
    noun = _measured(noun)  # "months of threats by X" has its agent; "launched 10 days of war games" its verb
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVE_VERBS:
        return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _VOICING_VERBS
        and QUAD_CLASS.get(trigger.type, 0) >= VERBAL_CONFLICT
    ):
        return True  # "offered scathing criticism of X", "voiced strong condemnation", "promised retaliation"
    light = set(_LIGHT_VERBS)
    if trigger.type in ("MOBILIZE", "ASSAULT", "PROTEST"):
        light.add("have")  # "had a series of tests", but not "have strong support"
    return noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_.lower() in light


def _wrapper(token: Any) -> Any | None:
    """The verb or adjective that turns this event into an intention, refusal or threat."""
    head = token.head
    while token.dep_ == "conj" and head.i != token.i:
        token, head = head, head.head
    if head.i != token.i and _asks_another(head, token):
        return head  # "wants Germany to pay", "called for Burma to institute reforms"
    if token.dep_ != "xcomp" or head.i == token.i:
        return None
    if head.lemma_.lower() in _PHASE_VERBS and head.dep_ == "xcomp" and head.head.i != head.i:
        token, head = head, head.head  # "prepared to resume shelling", "refused to begin fighting"
    lemma = head.lemma_.lower()
    if lemma in _INTENT_HEADS | _REFUSAL_HEADS | _THREAT_HEADS | _REQUEST_HEADS or head.lower_ in _INTENT_HEADS:
        return head
    return None


#: Verbs of an act's phase that pass a wrapper through: "prepared to resume shelling" prepares the shelling.
_PHASE_VERBS = frozenset({"resume", "begin", "start", "continue", "restart"})
#: Wrappers of readiness or pledge whose coercive complement is a threat ("vowed to retaliate", "ready to strike").
_READY_HEADS = frozenset({"prepared", "prepare", "ready", "willing", "vow", "pledge", "promise"})


def _preparing(wrapper: Any) -> bool:
    """ "the army prepared to attack", "troops are preparing to storm": an act of preparing, not a stance."""
    return (
        wrapper.pos_ == "VERB"
        and wrapper.lemma_.lower() == "prepare"
        and any(c.dep_ == "nsubj" for c in wrapper.children)
    )


def _lets_lapse(wrapper: Any, token: Any, event_type: str) -> bool:
    """ "failed to renew the arms embargo": not keeping a sanction in force eases it (CAMEO 085)."""
    if wrapper.lemma_.lower() not in _REFUSAL_HEADS or event_type != "SANCTION":
        return False
    verb = token.head if token.dep_ == "dobj" else token
    return verb.lemma_.lower() in _PROLONG_VERBS


#: Verbs that keep a measure in force: failing or refusing to do so lets it lapse.
_PROLONG_VERBS = frozenset({"renew", "extend", "prolong", "maintain"})


def _asks_another(head: Any, clause: Any) -> bool:
    """A request or wish that another party act: "wants Germany to pay", "urged that X withdraw" is not this one."""
    lemma = head.lemma_.lower()
    if (lemma not in _REQUEST_HEADS and lemma not in _WISH_HEADS) or clause.dep_ not in ("ccomp", "advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i < clause.i and subject.i > head.i


def _rewrap(wrapper: Any, event_type: str, cameo: str, mode: str | None) -> tuple[str, str, str | None, str]:
    lemma = wrapper.lemma_.lower()
    if lemma in _WISH_HEADS:
        lemma = "ask"  # wanting another party to act asks it to
    if lemma in _REFUSAL_HEADS:
        code = "125" if event_type == "CONSULT" else "120"
        return "REJECT", code, None, f"refusal '{wrapper.text}' makes it REJECT"
    if lemma in _REQUEST_HEADS:
        mode = "meet" if event_type == "CONSULT" else "assist" if event_type in ("AID", "COOPERATE") else "change"
        code = {"meet": "106", "assist": "101", "change": "104"}[mode]
        return "REQUEST", code, mode, f"'{wrapper.text}' makes it a REQUEST"
    if lemma in _THREAT_HEADS:
        if event_type in ("ASSAULT", "MOBILIZE"):
            return "THREATEN", "138", "violence", f"'{wrapper.text}' makes it THREATEN"
        return "THREATEN", "130", None, f"'{wrapper.text}' makes it THREATEN"
    if event_type == "ASSAULT" and _preparing(wrapper):
        # military posturing short of force (PLOVER MOBILIZE), not a verbal threat
        return "MOBILIZE", "150", None, f"'{wrapper.text}' an attack shows force: MOBILIZE (CAMEO 150)"
    if event_type in _THREAT_CAMEO and (lemma in _READY_HEADS or wrapper.lower_ in _READY_HEADS):
        code, threat_mode = _THREAT_CAMEO[event_type]
        return "THREATEN", code, threat_mode, f"readiness '{wrapper.text}' makes it THREATEN"
    if event_type in _INTENT_CAMEO and event_type != "SUPPORT":  # "willing to forgive X" forgives in saying it
        return "AGREE", _INTENT_CAMEO[event_type], None, f"intention '{wrapper.text}' makes it AGREE"
    return event_type, cameo, mode, ""


#: Heads whose request is an appeal (CAMEO 02), not a demand (10): "urged Italy to allow the ship to dock".
_APPEAL_HEADS = frozenset(_REQUEST_HEADS - {"demand", "press", "pressure"})
#: The appeal (02x) of each demand (10x) code a request head gives (_rewrap): to meet, to assist, for change.
_APPEAL_CAMEO = {"106": "026", "101": "021", "104": "024"}
#: Verbs whose complement is a policy option weighed, not an act (CAMEO 014): "is considering sending aid".
_CONSIDER_HEADS = frozenset({"consider", "mull", "contemplate", "weigh"})


def _considered(token: Any) -> bool:
    head = token.head
    return (
        token.pos_ == "VERB"
        and head.i != token.i
        and token.dep_ in ("xcomp", "ccomp", "dobj", "pcomp")
        and head.lemma_.lower() in _CONSIDER_HEADS
    )


#: What a denial or rejection discards that makes it CAMEO 016 (reject an accusation, deny responsibility).
_ACCUSATION_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "responsibility", "involvement", "wrongdoing", "complicity", "guilt"}
)
_DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "rebuff"})
#: What is expressed or offered in an empathetic comment (CAMEO 018), a verbal act with no support given.
_EMPATHY_NOUNS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "empathy"})
#: Occasions whose attendance is a symbolic act (CAMEO 017: vigils, funerals, ceremonies), not a meeting.
_SYMBOLIC_OCCASIONS = frozenset(
    {"ceremony", "funeral", "vigil", "commemoration", "memorial", "inauguration", "celebration", "parade"}
)


#: A group's own protest acts: calling one off concedes to whom it was against, the act is no party.
_OWN_PROTESTS = frozenset(
    {"strike", "protest", "boycott", "demonstration", "sit-in", "walkout", "blockade", "march", "rally", "agitation",
     "shutdown", "stoppage", "bandh", "dharna"}
)  # fmt: skip
#: Words opening the adjunct that says how a protest ended ("after the agreement with ...").
_SETTLING_PREPS = frozenset({"after", "following", "as"})


#: Prepositions naming whom or where a protest is aimed at, in the order they are tried.
_PROTESTED_PREPS = ("against", "on", "at")


def pobj_of(head: Any, preps: tuple[str, ...]) -> Any | None:
    """The object of the first of ``preps`` (in their order) on ``head``, not a date ("on Tuesday")."""
    for word in preps:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == word):
            found = next((o for o in _pobjs(prep) if o.ent_type_ not in TIME_ENTITIES), None)
            if found is not None:
                return found
    return None


def _ends_own_protest(verb: Any, target: Participant | None) -> bool:
    """ "called off a four-day strike": the target found is the object, one of the source's protest acts."""
    obj = _direct_object(verb)
    if obj is None or obj.lemma_.lower() not in _OWN_PROTESTS:
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return True  # "called off their strike": whatever the pronoun stands for is the striker
    return target is None or (target.actor is None and target.span.start <= obj.idx < target.span.end)


#: Acts whose doer a claim of responsibility names.
_CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})
_CLAIM_VERBS = frozenset({"claim", "accept", "admit", "acknowledge"})


def _responsibility_claimer(token: Any) -> Any | None:
    """The subject of "claimed responsibility" governing the act ("X claimed responsibility for the attack,
    which killed ...", "X claimed responsibility after explosions struck the port") or of "was responsible
    for" it: the act is X's."""
    node, hops = token, 0
    while node.head.i != node.i and hops < 6:
        node, hops = node.head, hops + 1
        if node.lemma_.lower() == "responsible" and node.dep_ == "acomp":  # "the Houthis were responsible for"
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        if node.pos_ != "VERB" or node.lemma_.lower() not in _CLAIM_VERBS:
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in node.children):
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


def _accuser(verb: Any) -> Any | None:
    """Who made the charge a denial rejects: the by / from object of the charge ("denied accusations by
    Maduro against the government", "rejected charges from the opposition"), or that phrase set off by
    commas on the verb ("denied charges, by the Government, that ...")."""
    if verb.lemma_.lower() not in _DENIAL_VERBS:
        return None
    charge = _direct_object(verb)
    if charge is None or charge.lemma_.lower() not in _ACCUSATION_NOUNS:
        return None
    preps = [c for c in charge.children if c.dep_ == "prep"]
    after = int(charge.right_edge.i) + 2  # "denied charges, by the Government, that ...": on the verb, past a comma
    preps += [c for c in verb.children if c.dep_ in ("prep", "agent") and charge.i < c.i <= after]
    for prep in preps:
        if prep.lower_ in ("by", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _statement_code(verb: Any, event_type: str, cameo: str) -> str | None:
    """The CAMEO 01 code of an act that the codebook files as a statement, though its PLOVER type stays:
    "denied charges by Ivory Coast" (016), "expressed condolences to the family" (018), "attended the
    funeral" (017), "agreed with the Senate that ..." (019, an accord voiced with no commitment)."""
    obj = _direct_object(verb)
    head = obj.lemma_.lower() if obj is not None else ""
    lemma = verb.lemma_.lower()
    if event_type == "REJECT" and lemma in _DENIAL_VERBS and head in _ACCUSATION_NOUNS:
        return "016"
    if event_type == "SUPPORT" and (head in _EMPATHY_NOUNS or (obj is not None and obj.lower_ in _EMPATHY_NOUNS)):
        return "018"
    if event_type == "CONSULT" and lemma == "attend" and head in _SYMBOLIC_OCCASIONS:
        return "017"
    if (
        event_type == "AGREE"
        and lemma in ("agree", "concur")
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return "019"
    return None


def _recode_by_modality(
    event_type: str,
    cameo: str,
    mode: str | None,
    negated: bool,
    hypothetical: bool,
    future: bool,
    wrapped: bool,
    unless: bool = False,
) -> tuple[str, str, str | None, bool, str]:
    """PLOVER codes one category, not category + auxiliary mode:
    - a stated future cooperative act or meeting is an intention, AGREE (CAMEO 03x: "will meet",
      "will lay down their arms"); the ``future`` flag still says it has not happened;
    - a stated future coercive act is a threat, THREATEN (CAMEO 13x: "will boycott the elections",
      "will extend the curfew"), and so is any future act on a condition ("will withdraw ... unless");
    - a refused concession is REJECT ("will not lift the embargo", "did not agree")."""
    if wrapped or hypothetical:
        return event_type, cameo, mode, negated, ""
    if future and not negated and event_type != "THREATEN" and (unless or event_type in _THREAT_CAMEO):
        code, threat_mode = _THREAT_CAMEO.get(event_type, ("130", None))
        why = "a conditional" if unless else "a future"
        return "THREATEN", code, threat_mode, negated, f"{why} {event_type} makes it THREATEN"
    if future and not negated and event_type in _INTENT_CAMEO:
        return "AGREE", _INTENT_CAMEO[event_type], None, negated, f"future {event_type} makes it AGREE"
    if negated and (future or event_type in _CONCESSIONS):
        code = "125" if event_type == "CONSULT" else "124" if event_type in _CONCESSIONS else "120"
        return "REJECT", code, None, False, f"negated {event_type} makes it REJECT"
    return event_type, cameo, mode, negated, ""


def _governing_clause(token: Any) -> Any | None:
    """The clause a participial or adverbial clause comments on."""
    while token.dep_ in ("advcl", "conj", "xcomp", "acl") and token.head.i != token.i:
        token = token.head
        if token.dep_ not in ("advcl", "conj", "xcomp", "acl"):
            return token
    return None


def _clause_chain(token: Any) -> list[Any]:
    """The trigger and the verbs it hangs on through xcomp/conj/acomp ("was prepared to engage"), and the going or
    sending verb whose purpose it is ("will not go to Moscow to meet Gorbachev": no meeting)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and (
        chain[-1].dep_ in ("xcomp", "conj", "acomp") or _journey_for(chain[-1]) is not None
    ):
        chain.append(chain[-1].head)
    return chain


#: Verbs of going or sending whose purpose clause is the act itself: its negation and tense are the act's. Not all
#: of _TRAVEL_VERBS (verbs with a "for" event: "arrive", "join", "invite") nor of _CARRIERS ("deploy"), which widen it.
_GOING_VERBS = _GOING | _SENDERS | {"journey"}


def _journey_for(verb: Any) -> Any | None:
    """The verb of going or sending whose purpose ``verb`` is, with no subject of its own ("go to Moscow to meet")."""
    head = _purpose_head(verb)
    if head is None or head.lemma_.lower() not in _GOING_VERBS:
        return None
    return None if any(c.dep_ in _SUBJECTS for c in verb.children) else head


def _negates(child: Any) -> bool:
    return (child.dep_ == "neg" and not _is_not_only(child)) or (child.dep_ == "det" and child.lower_ == "no")


def _hypothetical_marker(child: Any) -> bool:
    if child.dep_ == "mark":
        return bool(child.lower_ in ("if", "unless"))
    return child.dep_ == "aux" and (
        child.lower_ in _MODALS_HYPOTHETICAL or child.lemma_.lower() in _MODALS_HYPOTHETICAL
    )


def _future_aux(child: Any) -> bool:
    return child.dep_ == "aux" and (child.lower_ in ("will", "shall", "'ll", "’ll") or child.lemma_ == "will")


def _modality(token: Any) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) from the clause's auxiliaries, negation and markers."""
    chain = _clause_chain(token)
    children = [child for verb in chain for child in verb.children]
    top = chain[-1]
    reported = top.dep_ == "ccomp" and top.head.lemma_.lower() in _REPORTERS_OF_INTENT
    would = [c for c in children if reported and c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d")]
    negated = any(_negates(c) for verb in _own_clause(chain) for c in verb.children)
    hypothetical = any(_hypothetical_marker(c) for c in children if c not in would)
    # "demanded that Japan apologize": what is demanded has not happened
    hypothetical = hypothetical or (top.dep_ == "ccomp" and top.head.lemma_.lower() in _REQUEST_HEADS)
    future = bool(would) or any(_future_aux(c) for c in children)
    # "it cannot accept any more refugees": a stated inability to act is a refusal, as "will not accept" is
    future = future or (negated and any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in children))
    # "plans to meet", "is going to meet"; not "went to Moscow to meet", a journey made
    future = future or any(
        v.lemma_.lower() in _FUTURE_HEADS for below, v in itertools.pairwise(chain) if _journey_for(below) is None
    )
    return negated, hypothetical, future


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _own_clause(chain: list[Any]) -> list[Any]:
    """The chain up to a clause with its own subject: "police did not fire, but the mob attacked" denies no attack."""
    for n, verb in enumerate(chain[:-1]):
        if verb.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in verb.children):
            return chain[: n + 1]
    return chain


def _has_unless(token: Any) -> bool:
    """ "will withdraw its force unless the president arranges a ceasefire": a conditional act."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for verb in _clause_chain(token)
        for c in verb.children
    )


def _is_not_only(neg: Any) -> bool:
    nxt = neg.i + 1
    return nxt < len(neg.doc) and str(neg.doc[nxt].lower_) == "only"


def _names_nobody(part: Participant | None) -> bool:
    """No participant, or one whose actor is known by nothing (an unknown organisation's name)."""
    actor = part.actor if part is not None else None
    return actor is None or not (actor.country or actor.sector or actor.members)


def _no_actor(part: Participant | None) -> bool:
    return part is None or part.actor is None


def _same_actor(a: Participant, b: Participant) -> bool:
    if a.entity is not None and a.entity == b.entity:
        return True
    if a.actor is None or b.actor is None:
        return False
    return a.actor is b.actor or (a.actor.kind == "person" and a.actor.name == b.actor.name)


def _confidence(trigger: Trigger, source: Participant | None, target: Participant | None, wrapped: bool) -> float:
    base = 0.75 if trigger.pos == "V" else 0.6
    if source is not None and source.actor is not None and target is not None and target.actor is not None:
        base += 0.1
    if source is None or source.actor is None:
        base -= 0.15
    if wrapped:
        base -= 0.05
    return round(max(0.1, min(base, 0.95)), 2)


def evidence_sentence(sent: Any) -> Span:
    text = sent.text.rstrip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text)
    return Span(start, end, text_of(sent.doc)[start:end])


def dedupe_events(events: list[Event]) -> list[Event]:
    """One event per (sentence, type, source, target, date): conjoined triggers repeat the same
    event; a target-less copy of an event that has a target in the same sentence is dropped too.
    Run after dating, so that two launches on different dates in one sentence stay two."""
    seen: set[tuple[int, str, str, str, str]] = set()

    def partial(e: Event) -> tuple[int, str, str, str]:
        return (e.sentence.start, e.type, _actor_key(e.source), e.date.value or "" if e.date else "")

    with_target = {partial(e) for e in events if e.target is not None}
    out = []
    for event in events:
        if event.target is None and partial(event) in with_target:
            continue
        key = (*partial(event), _actor_key(event.target))
        if key in seen:
            continue
        seen.add(key)
        out.append(event)
    out.sort(key=lambda e: e.trigger.start)
    return out


def _actor_key(p: Participant | None) -> str:
    if p is None or p.actor is None:
        return ""
    return f"{p.actor.name}|{p.actor.code}"


#: Types whose place is what they act on: with no target named, the GSR codes the place's country
#: ("suspended aid deliveries in Baghdad", "demonstrated in Serbia"), and a pledge or a plea is for its
#: place ("agreed to a ceasefire in eastern Ukraine", "sought refuge in Germany"); a meeting with no one named to
#: meet is held with its place ("attended a summit in the United Kingdom", "held meetings in Baghdad": PLV marks
#: the place), but a venue is no target beside a topic ("discussed the deployment of the army in Gujarat").
_PLACE_TARGET_TYPES = frozenset(
    {"AID", "RETREAT", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "AGREE", "REQUEST", "CONSULT"}
)
#: Of those, the types whose named target with no actor of its own (people, a building) stays the target,
#: the place giving only its actor.
_HARMED_IN_PLACE_TYPES = frozenset({"ASSAULT"})
#: Of those, the types whose place is the target only when nothing at all is named as one.
_PLACE_WHEN_NO_TARGET_TYPES = frozenset({"CONSULT"})


#: Types an unnamed authority carries out where it rules ("was arrested in Lebanon", "put under
#: investigation in Italy"): with no source named, the GSR codes the country of the place.
_PLACE_SOURCE_TYPES = frozenset({"COERCE", "ACCUSE"})


def target_from_location(events: Sequence[Event], places: Sequence[Place]) -> None:
    """An event of a material type with no target actor, located in a place with a country, is
    directed at that place: its country (its civilians when the place is a city). An arrest or an
    investigation with no source actor is the doing of the place's country."""
    for event in events:
        place = _place_for_open_role(event, places, _PLACE_SOURCE_TYPES, event.source, event.target)
        if place is not None:
            authority = ActorRef(place.name or place.text, place.country, None, "country")
            event.source = Participant(Span(place.start, place.end, place.text), authority, None)
            event.explanation += f"; source: the authorities of the place '{place.text}'"
        place = _place_for_open_role(event, places, _PLACE_TARGET_TYPES, event.target, event.source)
        if place is not None and event.target is not None and event.type in _HARMED_IN_PLACE_TYPES:
            # "tortured a 35-year-old inmate to death in western Iran", "blew up the mosque in Mosul": the
            # people or thing harmed stay the target, of the place's country
            event.target = Participant(event.target.span, _place_as_actor(place).actor, None)
            event.explanation += f"; target's actor: the place '{place.text}'"
        elif place is not None:
            actor = _place_as_actor(place).actor
            event.target = Participant(Span(place.start, place.end, place.text), actor, None)
            event.explanation += f"; target: the place '{place.text}'"


def _place_for_open_role(
    event: Event,
    places: Sequence[Place],
    types: frozenset[str],
    open_role: Participant | None,
    other: Participant | None,
) -> Place | None:
    """The event's place, when a role is open (no actor), the other role has one and the place a country."""
    if event.location is None or by_scene(event) or event.type not in types:
        return None  # a scene's town is where the sentences happen, no participant of theirs
    if (open_role is not None and open_role.actor is not None) or other is None or other.actor is None:
        return None
    if open_role is not None and event.type in _PLACE_WHEN_NO_TARGET_TYPES and open_role is event.target:
        return None
    place = places[event.location]
    return place if place.country is not None else None
