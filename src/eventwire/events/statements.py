"""CAMEO 01 statements that carry no PLOVER event: eventwire's ``STATEMENT`` events (on by default since 0.19.0).

PLOVER dropped CAMEO 01 (MAKE PUBLIC STATEMENT) and 02 (APPEAL), so the rule coder finds no event in "the
envoy expressed concern about the escalation" or "the Taliban claimed responsibility for the attack". GDELT
and ICEWS code such comments (ICEWS's most frequent class), and Multi-CoPED marks their speaker and what
they are about. With ``statements`` on (the default; ``eventwire run --no-statements`` and
``extract(..., statements=False)`` turn it off) the pipeline adds one event of type ``STATEMENT`` for each
such comment; ``STATEMENT`` is eventwire's extension, not a PLOVER type, so the trained classifier never sees
these events and the POLECAT export skips them.

What is coded (CAMEO 1.1b3 definitions of 01x; only comments with an explicit stance, as CAMEO's 012 and 013
ask, and never a plain "said", which CAMEO's residual 010 codes only as a last resort):

* 011 decline comment: "declined / refused to comment";
* 012 pessimistic comment: "expressed / voiced concern, doubt, pessimism ...", "said it is skeptical /
  pessimistic about" (a stance adjective only where a verb of saying reports it, or in the first person: "the
  pilgrims were apprehensive" is the reporter's description, no comment), "said it fears that";
* 013 optimistic comment: "expressed hope, optimism, confidence", "said it is optimistic / hopeful that", "said
  they hoped that" (a stance verb, too, only said or in the first person: "the leadership fears that ..." is the
  reporter's reading of minds);
* 015 claim responsibility: "claimed / accepted / took responsibility or credit for";
* 016 deny responsibility: "denied responsibility / involvement / the accusation";
* 018 empathetic comment: "expressed / offered condolences, sympathy, sorrow";
* 010 a statement of none of these kinds: "expressed surprise", "said it expects that".

Roles follow Multi-CoPED: the source is the speaker (the subject), except that a comment another named party
reports is the reporter's, about the one who made it ("the office said [Karzai] has expressed concern"); the
target is whom the comment is
addressed to ("expressed concern to the Security Council"), else what it is about, its whole phrase
("pessimistic about [the possibility of a deal]"), else the subject of the clause it is about ("expressed hope
that [the government] will change its policy"). A declined comment has none, nor has a claim of responsibility
for an act ("claimed responsibility for the bombing": the act is the speaker's own), unless it names a party or
what the act was aimed at ("the attack on [a police station]", "the bombing at [a bus stop]").
QuadClass is 1, as GDELT files CAMEO 01; the score is the code's Goldstein weight (:data:`STATEMENT_SCORE`).
A comment whose words already carry an event of the rule coder is left to that event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from eventwire.annotate import TIME_ENTITIES, text_of
from eventwire.events.coder import ParticipantResolver, evidence_sentence, pobj_of, unresolved
from eventwire.events.ontology import STATEMENT, STATEMENT_QUAD_CLASS
from eventwire.model import EntityMention, Event, Participant, Place, Provenance, Span
from eventwire.spans import inside_any, overlaps_any

STAGE: Final = "events"
VERSION: Final = "events.statements.v4"
#: The Goldstein (1992) weight of each CAMEO 01x code, as GDELT's published CAMEO lookup table
#: (CAMEO.goldsteinscale.txt) gives them; checked against that file in 0.19.0 (016 had been +3.4).
STATEMENT_SCORE: Final[dict[str, float]] = {
    "010": 0.0,
    "011": -0.1,
    "012": -0.4,
    "013": 0.4,
    "015": 0.0,
    "016": -2.0,
    "018": 3.4,
}
#: Below every rule event's confidence (0.4 at least): a sentence's PLOVER event stays its main event.
_CONFIDENCE_NAMED: Final = 0.35
_CONFIDENCE_UNNAMED: Final = 0.25

#: Verbs that put a stance noun into words ("expressed concern", "voiced hope", "offered condolences").
_EXPRESSING_VERBS: Final = frozenset(
    {"express", "voice", "convey", "reiterate", "register", "share", "offer", "extend", "send", "air", "raise"}
)
#: Stance nouns and the CAMEO code of the comment that voices them.
_STANCE_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("concern", "worry", "alarm", "fear", "pessimism", "doubt", "skepticism", "scepticism", "dismay",
         "apprehension", "anxiety", "unease", "misgiving", "reservation"),
        "012",
    ),
    **dict.fromkeys(("hope", "optimism", "confidence"), "013"),
    **dict.fromkeys(("condolence", "sympathy", "sorrow", "grief", "commiseration"), "018"),
    "surprise": "010",
}  # fmt: skip
#: "raise" voices only a worry ("raised concerns"), never a hope ("raised hopes" is a change, not a comment).
_RAISED_CODES: Final = frozenset({"012"})
#: Stance adjectives after a copula ("is pessimistic about", "remains hopeful that").
_STANCE_ADJECTIVES: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("pessimistic", "skeptical", "sceptical", "doubtful", "concerned", "worried", "alarmed", "apprehensive"),
        "012",
    ),
    **dict.fromkeys(("optimistic", "hopeful", "confident"), "013"),
    "surprised": "010",
}  # fmt: skip
_COPULAS: Final = frozenset({"be", "remain", "seem", "appear", "feel", "sound", "stay"})
#: Verbs that report a stance as said; a first-person subject says it in a quote ("I am surprised").
_SAYING_VERBS: Final = frozenset(
    {"say", "tell", "add", "state", "declare", "insist", "stress", "write", "announce", "note", "reply", "admit"}
)
_FIRST_PERSON: Final = frozenset({"i", "we"})
#: Verbs of a stance whose that-clause is what the comment is about ("hoped that Bolton would ..."), by their forms
#: (the lemmatizer reads "hoped" as "hop").
_STANCE_VERBS: Final[dict[str, str]] = {
    **dict.fromkeys(("hope", "hopes", "hoped", "hoping"), "013"),
    **dict.fromkeys(("fear", "fears", "feared", "fearing"), "012"),
    **dict.fromkeys(("expect", "expects", "expected", "expecting"), "010"),
}
#: Verbs and nouns of taking or denying responsibility.
_CLAIMING_VERBS: Final = frozenset({"claim", "accept", "take", "acknowledge", "admit", "assume"})
_CLAIMED_NOUNS: Final = frozenset({"responsibility", "credit"})
_DENYING_VERBS: Final = frozenset({"deny", "disclaim"})
_DENIED_NOUNS: Final = frozenset(
    {"responsibility", "involvement", "role", "accusation", "allegation", "charge", "wrongdoing", "complicity"}
)
_DECLINING_VERBS: Final = frozenset({"decline", "refuse"})
#: Prepositions naming what a comment is about ("concern over", "pessimistic about", "responsibility for").
_TOPIC_PREPS: Final = ("about", "over", "regarding", "concerning", "on", "for", "at", "of", "toward", "towards")
_HYPOTHETICAL_MODALS: Final = frozenset({"could", "would", "might", "may", "should", "must"})


@dataclass(frozen=True)
class _Comment:
    cameo: str
    verb: Any  # the verb whose subject speaks ("expressed", "is", "claimed", "declined")
    word: Any  # the stance word ("concern", "pessimistic", "responsibility", "comment")
    reason: str


def statement_events(
    doc: Any,
    mentions: Sequence[EntityMention],
    events: Sequence[Event],
    excluded: Sequence[tuple[int, int]] = (),
    places: Sequence[Place] = (),
) -> list[Event]:
    """The STATEMENT events of ``doc`` whose words carry none of ``events`` (the rule coder's), in text order."""
    resolver = ParticipantResolver(mentions, doc, places)
    taken = [(e.trigger.start, e.trigger.end) for e in events]
    found: list[Event] = []
    for sent in doc.sents:
        if inside_any(sent.start_char, sent.end_char, excluded):
            continue
        for token in sent:
            comment = _comment_at(token)
            if comment is None or _already_coded(comment, taken):
                continue
            event = _event_of(comment, resolver, sent)
            if event is not None:
                found.append(event)
    return found


def _comment_at(token: Any) -> _Comment | None:
    """The comment whose stance word is ``token``, if it is one."""
    lemma = token.lemma_.lower()
    if lemma == "comment" or token.lower_ == "comment":
        return _declined_comment(token)
    if token.pos_ == "NOUN":
        return _noun_comment(token, lemma)
    if lemma in _STANCE_ADJECTIVES or token.lower_ in _STANCE_ADJECTIVES:  # "worried" is a verb to the tagger
        return _adjective_comment(token)
    if token.pos_ == "VERB" and token.lower_ in _STANCE_VERBS and not _participle(token):
        return _stance_verb_comment(token)
    return None


def _stance_verb_comment(token: Any) -> _Comment | None:
    """ "hoped (that) the company would reopen": only with the clause the stance is about ("hoped to win" is an aim)."""
    passive = any(c.dep_ == "auxpass" for c in token.children)  # "it is expected that" is nobody's comment
    if _that_clause(token) is not None and _said(token) and not passive:
        return _Comment(_STANCE_VERBS[token.lower_], token, token, f"'{token.text}' with a clause it is about")
    return None


def _participle(verb: Any) -> bool:
    """ "Democrats, fearing the consequences, failed to ...": a participle with no auxiliary gives a motive, not a
    comment ("is hoping that" is one), however the parser hangs it."""
    return verb.dep_ in ("advcl", "acl") or (verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children))


def _noun_comment(noun: Any, lemma: str) -> _Comment | None:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    verb_lemma = verb.lemma_.lower()
    code = _STANCE_NOUNS.get(lemma)
    if code is not None and verb_lemma in _EXPRESSING_VERBS and (verb_lemma != "raise" or code in _RAISED_CODES):
        return _Comment(code, verb, noun, f"'{verb.text}' + '{noun.text}'")
    # one act's responsibility, singular: "take seriously our responsibilities to monitor" are duties, no claim
    if lemma in _CLAIMED_NOUNS and verb_lemma in _CLAIMING_VERBS and noun.tag_ == "NN":
        return _Comment("015", verb, noun, f"'{verb.text}' + '{noun.text}'")
    if lemma in _DENIED_NOUNS and verb_lemma in _DENYING_VERBS:
        return _Comment("016", verb, noun, f"'{verb.text}' + '{noun.text}'")
    return None


def _declined_comment(word: Any) -> _Comment | None:
    """ "declined to comment": the parser reads "comment" as the infinitive verb or, now and then, a noun."""
    verb = word.head
    if word.dep_ == "xcomp" and verb.lemma_.lower() in _DECLINING_VERBS:
        return _Comment("011", verb, word, f"'{verb.text}' + '{word.text}'")
    return None


def _adjective_comment(adjective: Any) -> _Comment | None:
    """ "said it is skeptical about", "I am surprised": a stance someone voices, not one the reporter describes
    ("the pilgrims were apprehensive about the journey")."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or verb.lemma_.lower() not in _COPULAS:
        return None
    if not _said(verb) or verb.head.lower_ == "far":  # "as far as we're concerned" is an idiom, no stance
        return None
    code = _STANCE_ADJECTIVES.get(adjective.lemma_.lower()) or _STANCE_ADJECTIVES[adjective.lower_]
    return _Comment(code, verb, adjective, f"'{verb.text} {adjective.text}'")


def _said(verb: Any) -> bool:
    """Whether a stance is voiced, not described by the reporter: what a verb of saying reports ("X said it is
    skeptical", "said they hoped"), or in the first person ("I am surprised", "we hope that")."""
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING_VERBS
    return reported or any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children)


def _already_coded(comment: _Comment, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether a rule event's trigger covers the comment's verb or stance word ("expressed support" is SUPPORT)."""
    return any(overlaps_any(t.idx, t.idx + len(t.text), taken) for t in (comment.verb, comment.word))


def _event_of(comment: _Comment, resolver: ParticipantResolver, sent: Any) -> Event | None:
    source, source_how = resolver.source_of_verb(comment.verb)
    if source is None:
        return None  # a comment nobody makes ("it is hoped that ...") is no one's statement
    target, target_how = _target(comment, resolver)
    reporter = _reporter(comment.verb)
    if reporter is not None:  # "the office said Karzai expressed concern": the office speaks, of Karzai
        sayer, sayer_how = resolver.source_of_verb(comment.verb.head)
        # a named party, not a news outlet ("Reuters said ...") nor an unnamed "a statement said"
        named_sayer = sayer is not None and sayer.actor is not None and sayer.actor.sector != "MED"
        if sayer is not None and named_sayer and not _same_party(sayer, source):
            source, source_how, target, target_how = sayer, sayer_how, source, f"whose comment it reports: {source_how}"
    start, end = _trigger_bounds(comment)
    named = source.actor is not None
    why = [
        f"CAMEO {comment.cameo} statement (eventwire's STATEMENT extension): {comment.reason}",
        f"source: {source_how}",
        f"target: {target_how}",
    ]
    return Event(
        type=STATEMENT,
        mode=None,
        cameo=comment.cameo,
        quad_class=STATEMENT_QUAD_CLASS,
        score=STATEMENT_SCORE[comment.cameo],
        trigger=Span(start, end, text_of(sent.doc)[start:end]),
        sentence=evidence_sentence(sent),
        source=source,
        target=target,
        negated=any(c.dep_ == "neg" for c in comment.verb.children),
        hypothetical=any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in comment.verb.children),
        future=False,
        provenance=Provenance(STAGE, VERSION, _CONFIDENCE_NAMED if named else _CONFIDENCE_UNNAMED),
        explanation="; ".join(why),
        trigger_lemma=_lemma(comment.verb),
    )


def _reporter(verb: Any) -> Any | None:
    """The named subject of the verb of saying that reports a comment of another ("X said [Karzai] has expressed
    concern"); None for a comment of its own or a pronoun ("said it is skeptical": the sayer's own)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING_VERBS:
        return None
    speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _same_party(a: Participant, b: Participant) -> bool:
    """Whether two participants are one party: the same span or the same named actor."""
    same_span = (a.span.start, a.span.end) == (b.span.start, b.span.end)
    return same_span or (a.actor is not None and b.actor is not None and a.actor.name == b.actor.name)


def _lemma(verb: Any) -> str:
    """The trigger's lemma: a stance verb's own ("hoped" -> "hope", where the lemmatizer says "hop")."""
    code = _STANCE_VERBS.get(verb.lower_)
    return next(k for k, v in _STANCE_VERBS.items() if v == code) if code else verb.lemma_.lower()


def _trigger_bounds(comment: _Comment) -> tuple[int, int]:
    """The verb through the stance word ("expressed concern", "is pessimistic", "declined to comment")."""
    first, last = sorted((comment.verb, comment.word), key=lambda t: t.i)
    if last.i - first.i > 3:  # "expressed on Friday deep concern": the stance word alone
        first = last = comment.word
    return first.idx, last.idx + len(last.text)


def _target(comment: _Comment, resolver: ParticipantResolver) -> tuple[Participant | None, str]:
    """Whom the comment is addressed to, else what it is about, else the subject of the clause it is about."""
    if comment.cameo == "011":
        return None, "none (a declined comment: Multi-CoPED marks no target)"
    with resolver.targeting():
        addressee = pobj_of(comment.word, ("to",)) or pobj_of(comment.verb, ("to",))
        if addressee is not None and comment.cameo != "015":
            found = resolver.participant(addressee)
            if found is not None:
                return found, f"addressee '{addressee.text}'"
        for holder in (comment.word, comment.verb):
            topic = pobj_of(holder, _TOPIC_PREPS)
            if topic is None:
                continue
            attacked = _attacked(topic, comment.word) if comment.cameo == "015" else None
            if attacked is not None:  # "claimed responsibility for the attack on [a police station]"
                return _party_or_thing(attacked, resolver), f"what '{topic.text}' was aimed at: '{attacked.text}'"
            if comment.cameo == "015" and not resolver.names_actor_near(topic):
                return None, f"none (the act claimed, '{topic.text}', is the speaker's own, no party)"
            return _topic(topic, resolver), f"what '{topic.head.text}' names: '{topic.text}'"
        clause = _that_clause(comment.word) or _that_clause(comment.verb)
        subject = _clause_subject(clause) if clause is not None else None
        if subject is not None:
            return _party_or_thing(subject, resolver), f"subject '{subject.text}' of '{subject.head.text}'"
    return None, "none"


#: Prepositions naming what a claimed act was aimed at ("the attack on", "the bombing at", "the raid against").
_AIMED_PREPS: Final = ("on", "at", "against")
#: Times of day the tagger does not take for dates ("the attack at dawn").
_TIMES_OF_DAY: Final = frozenset(
    {"dawn", "dusk", "night", "midnight", "noon", "daybreak", "nightfall", "sunrise", "sunset"}
)


def _attacked(act: Any, word: Any) -> Any | None:
    """What a claimed act was aimed at: the object of its "on" / "at" / "against" phrase, or of one the parser hung
    on the claimed word after it ("responsibility for an act of arson [at a ski resort]"); "in" only places it."""
    aimed_at = pobj_of(act, _AIMED_PREPS) or _pobj_after(word, act, _AIMED_PREPS)
    return None if aimed_at is None or aimed_at.lemma_.lower() in _TIMES_OF_DAY else aimed_at


def _pobj_after(holder: Any, after: Any, preps: tuple[str, ...]) -> Any | None:
    """The object of the first of ``preps`` on ``holder`` that comes after ``after``, not a date."""
    later = [c for c in holder.children if c.i > after.i and c.dep_ == "prep" and c.lower_ in preps]
    objects = (o for prep in later for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in TIME_ENTITIES)
    return next(objects, None)


def _topic(head: Any, resolver: ParticipantResolver) -> Participant:
    """What a comment is about, its whole phrase ("the prospect of a trade deal with China"), with the actor it
    names where it is one ("Iranian motives")."""
    phrase = unresolved(head)
    party = resolver.participant(head) if resolver.names_actor_near(head) else None
    return phrase if party is None else Participant(phrase.span, party.actor, party.entity)


def _party_or_thing(head: Any, resolver: ParticipantResolver) -> Participant:
    """An actor the phrase names, else the phrase itself (Multi-CoPED marks "the possibility of a deal")."""
    return resolver.participant(head) or unresolved(head)


def _that_clause(word: Any) -> Any | None:
    """The clause a stance word or verb governs ("hope [that the government will change]")."""
    clauses = [c for c in word.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
    if word.dep_ == "dobj":  # "expressed optimism Wednesday that ...": the parser hangs the clause on the verb
        clauses += [c for c in word.head.children if c.dep_ == "ccomp" and c.i > word.i and c.pos_ in ("VERB", "AUX")]
    return clauses[0] if clauses else None


def _clause_subject(clause: Any) -> Any | None:
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "expl" or subject.lower_ in ("there",):
        return None
    return subject
