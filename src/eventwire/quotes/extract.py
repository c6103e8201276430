"""Quote extraction: direct, mixed and indirect quotes and who said them.

Public API: :func:`find_quotes` (re-exported by :mod:`eventwire.quotes`).

Choices (where news conventions leave room):

* Content spans exclude the quote marks and a trailing comma inside them (``“X,” he said`` gives
  ``X``); closing ``.?!`` inside the marks are kept. Where a few words go on past the closing mark before
  the speech tag (``“X” at his rally, he said``), the content runs to the tag, past the mark (as PolNeAR's
  annotators draw it).
* A quote split around its cue (``“A,” he said, “B.”``) gives two quotes sharing speaker and cue.
* A multi-paragraph quote (a paragraph opens a quote without closing it and the next paragraph opens
  again) is one quote; its content runs across the paragraph break and includes the re-opening mark.
* Nested quotes are part of the outer quote and are not reported on their own.
* A direct quote with no cue in reach, in the paragraph of (or the one after) an attributed direct
  quote, takes that quote's speaker, actor and medium at lower confidence, and its cue where the
  quote runs on (same paragraph, or the whole next one: one attribution); but where a later quote
  in its own paragraph has a tag, it takes that tag's cue and speaker.
  An attributed quote with no medium of its own inherits the previous quote's medium when both
  resolve to the same actor in adjacent paragraphs (one interview, several quotes).
* ``excluded`` character ranges yield no quotes and no cues.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.annotate import TIME_ENTITIES
from eventwire.casing import TITLE_MINOR_WORDS
from eventwire.model import ActorRef, EntityMention, Provenance, Quote, Span
from eventwire.quotes import cues
from eventwire.quotes.clauses import TAG_LEMMAS, Candidate, candidate, is_filler
from eventwire.quotes.cuetable import verdict
from eventwire.quotes.marks import DOUBLE, SINGLE, Pair, pair_marks, paragraphs
from eventwire.spans import Range
from eventwire.words import RELATIVE_PRONOUNS

VERSION = "quotes.rules.v7"
STAGE = "quotes"

# Reporting verbs (lemmas); nouns are not cues except in "according to".
CUE_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "continue", "note", "insist", "warn", "claim", "argue", "explain",
        "write", "ask", "reply", "state", "announce", "declare", "accuse", "urge", "stress",
        "acknowledge", "deny", "admit", "describe", "call", "tweet", "post", "respond", "answer",
        "suggest", "predict", "promise", "vow", "pledge", "threaten", "confirm", "report",
        "recall", "remark", "comment", "observe", "point", "caution", "complain", "concede",
        "contend", "maintain", "assert", "allege", "boast", "joke", "quip", "shout", "yell",
        "whisper", "scream", "testify", "emphasize", "emphasise", "reiterate", "repeat",
        "indicate", "conclude", "counter", "retort", "demand", "plead", "mention", "agree",
        "criticize", "criticise", "praise", "blast", "slam", "dub", "label", "brand", "term",
        "characterize", "characterise", "tout", "hail", "lament",
    }
)  # fmt: skip
# Cues for indirect speech: a narrower list, since a ccomp of "describe" or "call" is not speech.
INDIRECT_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "note", "insist", "warn", "claim", "argue", "explain", "write",
        "reply", "state", "announce", "declare", "stress", "acknowledge", "deny", "admit",
        "tweet", "post", "respond", "suggest", "predict", "promise", "vow", "pledge", "threaten",
        "confirm", "report", "recall", "remark", "comment", "observe", "caution", "complain",
        "concede", "contend", "maintain", "assert", "allege", "boast", "testify", "emphasize",
        "emphasise", "reiterate", "indicate", "conclude", "counter", "retort", "mention",
    }
)  # fmt: skip
# Verbs whose "as" aside attributes the clause it hangs on: saying (the broad list), revealing and believing ("As Trump
# pointed out, X", "as the paper revealed", "as some have speculated"); not "as expected", "as we know", "as it goes".
_AS_LEMMAS = CUE_LEMMAS | {"reveal", "speculate", "believe", "think"}
# Gerunds whose clause is what the verb they tell the means of reports ("distanced himself by saying that ...").
_MEANS_LEMMAS = CUE_LEMMAS | TAG_LEMMAS
# Speech acts "make" reports with ("made the case", "made no mention of", "made several statements").
_SPEECH_ACTS = frozenset(
    {
        "case", "point", "comment", "remark", "statement", "claim", "argument", "mention", "reference", "call",
        "promise", "commitment", "pledge", "vow", "announcement", "suggestion", "allegation", "accusation", "charge",
        "secret", "apology", "decision", "observation", "joke", "appeal", "plea", "threat", "pitch", "speech",
        "assertion", "prediction", "admission", "attack", "criticism", "request", "demand", "offer", "proposal",
        "confession", "complaint", "plan", "recommendation", "declaration", "endorsement", "warning", "attempt",
    }
)  # fmt: skip
_MADE_PLAIN = frozenset({"clear", "plain"})  # "made his support for the plan clear": a report whatever the object
# Nouns of saying or thinking whose "is that CLAUSE" reports the clause ("Sanders's argument was that ...", "One view
# is that ...", "her fear is that ..."); not the writer's framing nouns ("the problem is that", "the fact is that").
_STATED_NOUNS = (
    _SPEECH_ACTS
    - {"mention", "reference", "secret", "apology", "speech", "attempt", "attack", "endorsement", "plan", "decision",
       "offer", "call", "appeal", "commitment"}
) | {
    "view", "belief", "fear", "hope", "assumption", "contention", "concern", "worry", "position", "response",
    "theory", "conclusion", "message", "answer", "expectation", "impression", "opinion", "feeling", "suspicion",
    "premise", "insistence", "explanation", "thinking",
}  # fmt: skip
# Headlines often tag these as nouns; accept them whatever the tagger says.
_CUE_FORMS = frozenset({"says", "said", "tells", "told", "adds", "added", "warns", "warned"})

_CLAUSE_PUNCT = frozenset({":", ",", ".", "!", "?", ";", "—", "–", "-", "(", "…"})
_TERMINAL = frozenset({".", "!", "?"})
_WINDOW = 14  # tokens searched either side of a quote for its cue
_PAST_WORDS = 8  # words a sentence may go on past a closing quote mark before its speech tag
# A cue's subject may sit on the verb above: "then added", "before saying", "likely to say".
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "pcomp", "prep", "acomp"})
# Labels that put a colon after themselves without anyone speaking.
_NOT_SPEAKERS = frozenset(
    {
        "note",
        "editor",
        "update",
        "updated",
        "previously",
        "from",
        "related",
        "watch",
        "read",
        "video",
        "photos",
        "correction",
        "warning",
        "q",
        "a",
        "byline",
        "exclusive",
        "breaking",
    }
)
_COLON_REACH = 6  # words before a headline colon that can still name a speaker
_LABEL_WORDS = 4  # words a transcript's speaker label may have ("JAKE TAPPER:", "Alex Seitz-Wald:")
_LABEL_REACH = _LABEL_WORDS + 3  # tokens searched for a label's colon: its words, their hyphens or stops, the colon
# Tokens after a tag's verb that may run to "according to" ('," Obama said of the families of victims, according to').
_TAG_TAIL = 16
# Participles after a comma that start a new report rather than continue the content.
_PARTICIPLE_CUES = CUE_LEMMAS | {"cite", "refer"}
# What may lie between a closing quote mark and the words that go on with the sentence.
_PAST_MARK = frozenset(DOUBLE + SINGLE + ", ")
# Words after a closing quote mark that go on with the reported clause rather than start a tag.
_CONTINUES = frozenset(
    {
        "to", "for", "of", "because", "from", "who", "by", "with", "if", "about", "than", "into", "against",
        "without", "unless", "despite", "that",
    }
)  # fmt: skip
# Nouns for a work or an assumed name: quoted words set right beside one are its title, nobody's speech.
_WORK_NOUNS = frozenset(
    {
        "book", "novel", "memoir", "film", "movie", "documentary", "play", "musical", "opera", "podcast",
        "album", "song", "sitcom", "pseudonym",
    }
)  # fmt: skip
# Finite forms of speech verbs the parser may take for nouns at the end of a tag ("the two write").
_TAG_SUBJECT_WORDS = 8  # words a tag's subject may have after a comma ("a welcome message on the website reads")
_TAG_SUBJECT_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "ADP", "PART", "PUNCT"})
_TAG_FORMS = frozenset({"write", "writes", "state", "states", "read", "reads", "note", "notes", "say", "says"})
_CREDIT_DASHES = ("--", "-", "–", "—", "―")  # what opens a line crediting the quote above it
_CREDIT_WORDS = 12  # tokens a credit line may have ("-President Obama, tweeting after Clinton's speech.")
# Participles after a quote's tag that go on to say more: a quote after their report goes on with it.
_SAYS_MORE = frozenset({"add", "explain", "remark"})
_ASKS_OR_EXCLAIMS = frozenset({"!", "?"})  # a verbless quote that still says something ("Perpetual motion!")
_BLANKS = " \t\xa0"  # spaces that may sit between nested closing quote marks
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Capitalised pronouns that open a new sentence after a quote closing on "?" or "!".
_SENTENCE_PRONOUNS = frozenset({"He", "She", "They", "We", "It"})
# How quoted words hang on a noun after them when they only name or describe it ("“Twin Peaks” fans").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_GAP = 4  # characters of punctuation between reported speech and a quote that goes on with it
_CONTRAST = frozenset({"while", "whereas", "though", "although"})  # marks of a clause set against another
_ASIDE_MARKS = frozenset({",", "—", "–", "-", "--"})  # what sets off a relative clause or apposition
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})  # parts of speech that head a noun phrase
_SAYING = frozenset({"say", "tell", "write", "add"})  # verbs of saying whose prepositions give only the setting
# Prepositions that give where, how or to whom something was said ("said in a statement", "wrote on Twitter").
_SETTING_PREPS = frozenset({"in", "on", "at", "with", "to", "by", "under", "before", "into", "during"})
_MIN_INDIRECT = 2  # characters: "endorsed Trump" reports a stance on a one-word content

_INVERTED_DEPS = frozenset({"dobj", "attr", "npadvmod", "appos"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_SUBJECT_POS = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADJ", "PUNCT"})
_NAME_DEPS = frozenset({"compound", "flat"})
_NOUN_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "case", "flat"})
_MEDIUM_PREPS = frozenset({"on", "to", "with"})
_MEDIUM_HOSTS = frozenset({"interview", "statement", "post", "tweet", "letter", "message", "broadcast"})
# One-word contents of "say": "said so", "said yes".
_ANSWERS = frozenset({"so", "yes", "no"})
_SO_VERBS = frozenset({"think", "believe"})  # "I think so": the "so" is the clause (not "hope so", "do so")
_UNANSWERED = frozenset({"say", "explain", "specify", "disclose"})  # "did not say when", "would not explain why"
_QUESTION_WORDS = frozenset({"when", "why", "how", "where", "whether"})
# "In the latest poll, CLAUSE", "in Forbes' words": the noun is the source, "in" the cue.
_SOURCE_NOUNS = frozenset({"poll", "survey"})
# These need a holder ("in his view"), or "in other words" would count.
_HELD_SOURCE_NOUNS = frozenset({"view", "word", "opinion", "estimation"})

_CONF_DEP = 0.9
_CONF_ADJ = 0.85
_CONF_CONT = 0.6
_CONF_MIXED = 0.7
_CONF_INDIRECT = 0.6
_CONF_NONE = 0.5


@dataclass
class _Attribution:
    cue: Span | None
    speaker_tok: Token | None
    speaker: Span | None
    medium: Span | None
    linked: bool  # cue reached through the dependency parse rather than adjacency only


# ---------------------------------------------------------------- spans and phrases


def _noun_speaker(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """Who holds a noun cue: "Trump's criticism of", "Gillibrand, a supporter of", or the subject of
    the verb it hangs from ("Putin veered close to an admission that")."""
    poss = next((c for c in cue.children if c.dep_ == "poss" and outside(c)), None)
    if poss is not None:
        return poss
    maker = _maker_phrase(cue, outside)
    if maker is not None:
        return maker  # "criticism from rivals", "a suggestion by a potential president"
    if cue.dep_ == "appos" and outside(cue.head):
        return cue.head
    verb = _host_verb(cue)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and outside(c)), None)


# Prepositions whose object made a noun cue: "criticism from rivals", "estimates by the government".
_HOLDER_PREPS = frozenset({"by", "from"})


def _maker_phrase(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """The object of a "by" or "from" phrase on a noun cue: who the criticism, complaint or estimate came from
    (not a time: "questions from Tuesday")."""
    for prep in cue.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _HOLDER_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in _NOMINAL and outside(obj) and not _is_time(obj):
            return obj
    return None


def _name_before(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """A name or pronoun the parser hung on a speech verb it took for a noun, just before it."""
    return next(
        (
            c
            for c in cue.lefts
            if c.i == cue.i - 1 and c.dep_ in {"nsubj", "compound"} and c.pos_ in {"PROPN", "PRON"} and outside(c)
        ),
        None,
    )


def _host_verb(noun: Token) -> Token | None:
    """The verb a noun cue hangs from, within a few steps up."""
    t = noun
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _name_like(tok: Token) -> bool:
    if _is_time(tok):
        return False  # "said Wednesday": when, not who
    return tok.pos_ in {"PROPN", "NOUN"} or (tok.is_title and tok.is_alpha and tok.pos_ not in {"VERB", "AUX", "ADP"})


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in TIME_ENTITIES or tok.lower_ in _WEEKDAYS


def _past(tok: Token) -> bool:
    """Whether a verb may be in the past tense: tagged so, or "read", whose past is spelled as its base
    form, which is why the tagger often takes “...,” read the statement for an imperative."""
    return tok.tag_ == "VBD" or (tok.lower_ == "read" and tok.pos_ == "VERB")


def _inverted_subject(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """ "said Skelly", "declared Alyssa Van Wagenen, 29": a name run right after a finite speech verb that
    the parser did not make its subject (a rare name tagged as an adverb, or hung on the next clause)."""
    doc = cue.doc
    if not (cue.tag_ in _FINITE or _past(cue)) or cue.i + 1 >= len(doc):
        return None
    k = cue.i + 1
    if doc[k].pos_ == "DET" and doc[k].lower_ in {"the", "a", "an"}:
        k += 1  # "said the minister"
    last: Token | None = None
    while k < len(doc) and (_name_like(doc[k]) or (last is not None and doc[k].pos_ == "ADJ")) and outside(doc[k]):
        last = doc[k]
        k += 1
    ends = k >= len(doc) or doc[k].is_punct or doc[k].is_space
    return last if last is not None and ends else None


def _finite_start(cue: Token) -> int | None:
    """Where a speech verb's finite verb group starts: the verb itself when finite, else the first of the
    auxiliaries, negation and adverbs before it, one a finite auxiliary, running unbroken up to it ("Ileana
    Ros-Lehtinen and Carlos Curbelo, have said"); None for a verb with no finite start."""
    if cue.tag_ in _FINITE:
        return cue.i
    auxes = [c for c in cue.lefts if c.dep_ in {"aux", "neg"} or (c.dep_ == "advmod" and c.pos_ == "ADV")]
    if not any(c.dep_ == "aux" and c.tag_ in _FINITE for c in auxes):
        return None
    first, held = min(c.i for c in auxes), {c.i for c in auxes}
    if any(j not in held for j in range(first, cue.i)):
        return None  # not a contiguous verb group
    return first


def _preceding_subject(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """ "her senior policy adviser, Jake Sullivan, said:": the name just before a finite speech verb
    (past a comma and adverbs such as "also"), or before its finite auxiliary ("Sanders hasn't said"),
    when the parser hung it elsewhere."""
    doc = cue.doc
    start = _finite_start(cue)
    if start is None:
        return None
    k = start - 1
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].text == ","):
        k -= 1
    if k >= 2 and doc[k].like_num and doc[k - 1].text == ",":
        k -= 2  # an age: "Ramos, 58, told AFP"
    if k < 0 or not outside(doc[k]) or doc[k].is_quote or _is_time(doc[k]):
        return None
    tok = doc[k]
    return tok if tok.pos_ in {"PROPN", "NOUN", "PRON"} and tok.tag_ not in {"WP", "WDT"} else None


_GERUND_HOLDS = frozenset({"advmod", "acomp", "attr", "dobj", "npadvmod", "prep"})


def _gerund_host(cue: Token) -> Token | None:
    """The clause verb a subjectless gerund after a preposition hangs from, past the adverb or adjective
    the preposition attaches to ("Trump was back to implying", "stopped short of calling", "has been the
    most aggressive in denouncing", "spent much of his campaign railing against"): in English that
    clause's subject is the gerund's."""
    if cue.tag_ != "VBG" or cue.dep_ not in {"pobj", "pcomp"} or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    t = cue.head
    for _ in range(4):
        if t.dep_ not in _GERUND_HOLDS or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
        if t.pos_ not in {"ADJ", "ADV", "ADP"}:
            return None  # "the practice of calling": a noun's, not the clause's
    return None


def _copula_subject(verb: Token) -> Token | None:
    """The subject of "be" whose predicate noun an infinitive modifies: "Grijalva was the first Democrat
    to endorse Sanders", "Cruz is the only contender to have pledged": who the noun names does it."""
    if verb.dep_ not in {"relcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _issued(noun: Token) -> bool:
    """A common noun, no name, that a verb with a subject takes as its object ("issued a statement", "sent
    supporters an email", "carried signs"): what the subject said through, not who said it."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.dep_ not in {"dobj", "dative"}:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in noun.head.children)


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)


_MAKER_PREPS = frozenset({"by", "from"})
_MAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _maker(tok: Token | None) -> Token | None:
    """Who made the thing a speech verb's subject names: "an analysis by the Pew Research Center",
    "a recent report from Bloomberg", "A 2014 estimate by Congress's Joint Committee on Taxation
    projected", "a screen image captured by Outsports.com showed", "Mrs. Clinton's explanations suggested":
    a work (a common noun, no name of its own) speaks for the person or body that made it. Else the token."""
    if tok is None or tok.pos_ != "NOUN" or tok.ent_type_:
        return tok
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _MAKER_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "a screen image captured by Outsports.com"
            obj = _agent(child)
        else:
            continue
        if obj is not None and _names_maker(obj):
            return obj
    poss = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    return poss if poss is not None and _names_maker(poss) else tok


def _names_maker(tok: Token) -> bool:
    """A name, or a word the entity finder takes for a person, body or people, that can make a work."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in _MAKER_ENTITIES


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _content_bounds(text: str, pair: Pair) -> tuple[int, int] | None:
    """Inside the marks, without surrounding whitespace or a trailing comma."""
    start, end = pair.open_pos + 1, pair.close_pos
    if text[end - 1 : end + 1] == "''":
        end -= 1  # two apostrophes closing after a space ("coalitions, '' said"): both are the mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return (start, end) if end > start else None


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """Char bounds of a speaker/medium phrase: a name run, a pronoun, or a short noun phrase."""
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok.text)
    doc = tok.doc
    proper = tok.pos_ == "PROPN"
    left = tok.i
    while left - 1 >= 0:
        t = doc[left - 1]
        if not tok.is_ancestor(t):
            break
        if proper and not (t.dep_ in _NAME_DEPS and t.pos_ == "PROPN"):
            break
        if not proper and t.dep_ not in _NOUN_DEPS:
            break
        left -= 1
    if left - 1 >= 0 and doc[left - 1].dep_ == "det" and doc[left - 1].head.i == tok.i:
        left -= 1  # "The North", "the minister"
    right = tok.i
    for child in tok.rights:
        # "the Secretary of State", "a spokesman for the ministry"
        if child.dep_ == "prep" and child.lower_ in {"of", "for"} and child.i == right + 1:
            right = child.right_edge.i
        break
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _that_said(tok: Token) -> bool:
    """ "That said, ...", "(That said, ...": a phrase that concedes what came before, no one's report."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "said" or i < 1 or i + 1 >= len(doc) or doc[i - 1].lower_ != "that" or doc[i + 1].text != ",":
        return False
    return i == 1 or doc[i - 1].is_sent_start is True or doc[i - 2].text in {"(", "."} or doc[i - 2].is_space


def _is_cue(tok: Token) -> bool:
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "so":
        return False  # "so-called" marks scare quotes, not speech
    if _that_said(tok):
        return False
    if tok.lower_ in _CUE_FORMS:
        return True
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in CUE_LEMMAS


def _tag_verb(after: Sequence[Token], comma: bool = False) -> Token | None:
    """The verb of a speech tag after a quote whatever its lemma ("“...,” he surmised", "“...?” Beck
    questioned"): the first verb after the comma, its subject the words before it. After a quote that
    closes on a comma the sentence must go on to its tag, so a name the parser took for a common noun
    ("“...,” Trump shot back") is a subject too, and a speech verb it took for a noun ("“...,” the two
    write.", "“...,” the editorial read.") still ends the tag."""
    words = [t for t in after if not t.is_space and t.text not in {",", "—", "–"}]
    if comma:
        k = next((k for k, t in enumerate(words) if t.pos_ == "VERB" or t.lower_ in _TAG_FORMS), None)
        subject_pos = {"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "ADP", "PUNCT"}
        if (
            k is not None
            and 0 < k <= 6
            and words[k].pos_ != "VERB"
            and _ends_tag(words[k])
            and all(t.pos_ in subject_pos for t in words[:k])
        ):
            return words[k]
    # A name the parser took for a verb is the tag's subject, not its verb ("“...,” Trump/VB shot back").
    verb = next((k for k, t in enumerate(words) if t.pos_ == "VERB" and t.dep_ not in _SUBJECT_DEPS), None)
    if verb == 0 and _inverted_tag(words, comma):
        return words[0]  # inverted: "“This is fantastic!” beamed Donald Hartley", "“...,” reads a statement"
    if comma and verb is not None and _long_tag(words[: verb + 1]):
        return words[verb]
    if not verb or verb > 4 or words[verb].tag_ not in _FINITE:
        return None
    subject = words[:verb]
    # A pronoun or a name, or a common noun in lower case ("the statement read"): after "“Freedom now!”",
    # "A long silence followed" is a new sentence and tags nothing.
    kinds = {"PRON", "PROPN"} | ({"NOUN"} if subject[0].is_lower or (comma and subject[-1].is_title) else set())
    subj_child = any(c.dep_ == "nsubj" and c.pos_ in kinds and c in subject for c in words[verb].children)
    if not subj_child or any(t.pos_ not in _SUBJECT_POS for t in subject):
        return None
    return words[verb]


def _inverted_tag(words: Sequence[Token], comma: bool) -> bool:
    """Whether a tag starts with its verb, then its subject ("“...!” beamed Donald Hartley"; after a comma
    also in the present, "“...,” reads a Wednesday editorial", or before a number, "“...,” read one")."""
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if _past(first):
        return second.pos_ in ({"PROPN", "DET", "NUM"} if comma else {"PROPN", "DET"})
    # In the present a number names no speaker: "“Nuestra Historia,” features five Hispanic-Americans".
    return comma and first.tag_ == "VBZ" and second.pos_ in {"PROPN", "DET"}


def _long_tag(words: Sequence[Token]) -> bool:
    """A tag after a comma whose subject is a longer noun phrase ("“...,” a Democratic staffer in the room
    wondered", "“...,” the Republican vice-presidential nominee riffed") or whose verb the tagger took for
    a participle ("“...,” Trump barked/VBN"): the words before the verb all belong to a noun phrase with a
    head the verb governs as its subject."""
    verb, subject = words[-1], words[:-1]
    if not subject or len(subject) > _TAG_SUBJECT_WORDS:
        return False
    finite = verb.tag_ in _FINITE or (verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children))
    # The subject's head may carry any tag: the parser's dependency is what marks it ("Trump/VB shot back").
    if not finite or any(t.pos_ not in _TAG_SUBJECT_POS and t.dep_ != "nsubj" for t in subject):
        return False
    if verb.dep_ == "relcl" or any(t.tag_ in {"WDT", "WP"} for t in subject):
        return False  # “anchor baby,” which backers use: a clause on the quoted words, not a tag
    participle = verb.tag_ == "VBN"
    head = next(
        (
            c
            for c in verb.children
            if c in subject and (c.dep_ == "nsubj" or (participle and c.dep_ == "compound" and c.pos_ in _NOMINAL))
        ),
        None,
    )
    if head is None:
        return _subject_lost(verb, subject)
    # After "“Freedom now!”", "A long silence followed" starts a sentence of its own: a capital before a
    # common noun is no tag's subject.
    return subject[0].is_lower or head.pos_ in {"PRON", "PROPN"} or head.is_title


def _subject_lost(verb: Token, subject: Sequence[Token]) -> bool:
    """A tag whose subject the parser hung elsewhere ("“...” the Post's senior politics editor Steven
    Ginsberg responded.": the name an apposition, the verb a conjunct of the quote's clause): a speech
    verb with no subject of its own that ends its sentence, right after a name."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or not (_is_cue(verb) and _ends_tag(verb)):
        return False
    return subject[-1].pos_ == "PROPN" and (subject[0].is_lower or subject[0].pos_ == "PROPN")


def _tag_subject(after: Sequence[Token], verb: Token) -> Token | None:
    """The head of a tag's subject when the parser took its verb for a noun: the last noun, name or
    pronoun before the verb, short of a preposition ("a voice-over in the ad states": "voice-over")."""
    words = [t for t in after if t.i < verb.i and not t.is_space and not t.is_punct]
    cut = next((k for k, t in enumerate(words) if t.pos_ == "ADP"), len(words))
    return next((t for t in reversed(words[:cut]) if t.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "ADJ"}), None)


def _far_tag(f: _Finder, after: Sequence[Token]) -> Token | None:
    """The speech verb of a tag whose subject, a name, carries a long apposition or relative clause
    ("“...,” Trent Lott, who was majority leader under George W. Bush, told lawmakers"): the verb the
    name is the subject of, later in the same sentence, past the window of words searched."""
    name = next((t for t in after[:4] if t.pos_ == "PROPN" and t.dep_ == "nsubj"), None)
    if name is None or name.i + 1 >= len(f.doc) or f.doc[name.i + 1].text != ",":
        return None
    verb = name.head
    if verb.i <= name.i or verb.sent != name.sent or not _is_cue(verb) or verb.tag_ not in _FINITE:
        return None
    return None if any(f.is_break(t) or t.i in f.mark_open for t in f.doc[name.i : verb.i]) else verb


def _ends_tag(tok: Token) -> bool:
    """Whether the sentence ends (or goes on with a comma or a preposition) right after ``tok``."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.text in _TERMINAL or nxt.text == "," or nxt.pos_ == "ADP" or nxt.is_space


def _bare_tag(f: _Finder, after: Sequence[Token]) -> bool:
    """A speech tag alone in its sentence after a quote that closed on a full stop ("“... missing.” Trump
    said."): a few words ending in a speech verb, or a speech verb then a name, then the sentence ends."""
    words = [t for t in after if not t.is_space]
    if not words or len(words) > 4:
        return False
    nxt = words[-1].i + 1
    if nxt < len(f.doc) and not (f.doc[nxt].text in _TERMINAL or f.is_break(f.doc[nxt])):
        return False
    last, first = words[-1], words[0]
    if _is_cue(last) and last.tag_ in _FINITE:
        return all(t.pos_ in _SUBJECT_POS for t in words[:-1]) and len(words) > 1
    return _is_cue(first) and first.tag_ in _FINITE and all(t.pos_ in {"PROPN", "DET", "NOUN"} for t in words[1:])


def _according_to(tok: Token) -> bool:
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


def _source_of_in(tok: Token) -> Token | None:
    """The source noun of "in" that reports a clause ("in a CNN poll", "in his view"), else None."""
    # Only a sentence's main verb: "who leads in the polls", "as he rises in the polls" describe, not report.
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in {"VERB", "AUX"} or tok.head.dep_ != "ROOT":
        return None
    for obj in tok.children:
        if obj.dep_ != "pobj":
            continue
        lemma = obj.lemma_.lower()
        if tok.i > tok.head.i and (lemma not in _SOURCE_NOUNS or obj.tag_ != "NN"):
            continue  # after the verb only one poll reports: "led 2-1 in an NBC poll", not "leads in the polls"
        held = lemma in _HELD_SOURCE_NOUNS and any(c.dep_ == "poss" for c in obj.children)
        if lemma in _SOURCE_NOUNS or held:
            return obj
    return None


def _in_source_end(tok: Token) -> int:
    """Where the cue of a reporting "in" ends: after a holder's noun ("in his view": PolNeAR marks "view" as often as
    "in", so the cue holds both), else after "in" ("In a CNN poll")."""
    source = _source_of_in(tok)
    if source is None or source.lemma_.lower() not in _HELD_SOURCE_NOUNS:
        return tok.idx + len(tok.text)
    return source.idx + len(source.text)


def _respondents_say(tok: Token) -> bool:
    """ "In a CNN poll, 31% said they ...": a poll before the clause reports what its respondents say in it
    (PolNeAR marks "In" with the whole clause, the respondents' "said" inside it)."""
    return tok.i < tok.head.i and tok.head.lemma_.lower() == "say"


# ---------------------------------------------------------------- attribution


class _Finder:
    """Per-document lookups: token at a character, paragraph of a character, entity near a span."""

    def __init__(self, doc: Doc, entities: Sequence[EntityMention]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tok_starts = [t.idx for t in doc]
        self.paras = paragraphs(self.text)
        self.para_starts = [p[0] for p in self.paras]
        self.entities = entities
        self.ent_order = sorted(range(len(entities)), key=lambda k: entities[k].start)
        self.ent_starts = [entities[k].start for k in self.ent_order]
        self.mark_open: set[int] = set()
        self.mark_close: set[int] = set()
        self.quoted: list[Range] = []  # sorted, disjoint (open mark, close mark + 1) of the paired quote marks

    def quoted_apart(self, tok: Token, cue: Token) -> bool:
        """Whether tok lies inside quote marks that do not also hold the cue: the words of another
        attribution ("Emphasizing X, Trump said, “If we ...”": not "we")."""
        k = bisect.bisect_right(self.quoted, (tok.idx, len(self.text) + 1)) - 1
        if k < 0 or not self.quoted[k][0] < tok.idx < self.quoted[k][1]:
            return False
        return not self.quoted[k][0] < cue.idx < self.quoted[k][1]

    def inside_marks(self, char: int) -> bool:
        k = bisect.bisect_right(self.quoted, (char, len(self.text) + 1)) - 1
        return k >= 0 and self.quoted[k][0] < char < self.quoted[k][1]

    def tok_at(self, char: int) -> Token:
        return self.doc[max(0, bisect.bisect_right(self.tok_starts, char) - 1)]

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def entity_for(self, span: Span) -> int | None:
        """Index of the entity mention overlapping the span best (most overlap, closest length)."""
        hi = bisect.bisect_left(self.ent_starts, span.end)
        best: tuple[int, int] | None = None
        best_k: int | None = None
        for pos in range(hi - 1, -1, -1):
            ent = self.entities[self.ent_order[pos]]
            if ent.start < span.start - 200:
                break  # mentions are short; none earlier can reach the span
            overlap = min(ent.end, span.end) - max(ent.start, span.start)
            if overlap <= 0:
                continue
            score = (overlap, -abs((ent.end - ent.start) - (span.end - span.start)))
            if best is None or score > best:
                best, best_k = score, self.ent_order[pos]
        return best_k

    def resolve(self, k: int | None) -> ActorRef | None:
        """Follow refers_to to the root mention; the root's actor is the speaker's actor."""
        seen: set[int] = set()
        actor: ActorRef | None = None
        while k is not None and 0 <= k < len(self.entities) and k not in seen:
            seen.add(k)
            ent = self.entities[k]
            actor = ent.actor or actor
            k = ent.refers_to
        return actor

    def is_break(self, tok: Token) -> bool:
        return tok.is_space and "\n" in tok.text

    def window_after(self, close_tok: Token) -> list[Token]:
        out: list[Token] = []
        for t in self.doc[close_tok.i + 1 : close_tok.i + 1 + _WINDOW]:
            if self.is_break(t) or t.i in self.mark_open or t.text in _TERMINAL:
                break
            if not t.is_space:  # a no-break space is a token of its own, not a word
                out.append(t)
        return out

    def window_before(self, open_tok: Token) -> list[Token]:
        """Tokens before a quote in its clause; across one paragraph break after a colon
        ("He said:" then the quote as its own paragraph)."""
        out: list[Token] = []
        lo = max(0, open_tok.i - _WINDOW)
        for t in reversed(self.doc[lo : open_tok.i]):
            if self.is_break(t) and not out and t.i - 1 >= lo and self.doc[t.i - 1].text == ":":
                continue
            if self.is_break(t) or t.i in self.mark_close or t.text in _TERMINAL:
                break
            if not t.is_space:  # "Clinton in 1992:\xa0“...”": the no-break space is no word of the lead-in
                out.append(t)
        out.reverse()
        return out

    def speaker_of(self, cue: Token, content: Range | None = None) -> Token | None:
        """nsubj of the cue (or of the verb it hangs from); else an inverted noun right after it.
        Nothing inside the content is its own speaker (a misparsed quote often looks like a subject)."""

        def outside(t: Token) -> bool:
            in_content = content is not None and content[0] <= t.idx < content[1]
            return not in_content and not self.quoted_apart(t, cue)

        verb: Token = cue
        if cue.pos_ == "NOUN":
            held, host = _noun_speaker(cue, outside), _host_verb(cue)
            if held is None and host is None:
                return _name_before(cue, outside)  # "Merkel talks about": a verb tagged as a noun
            if held is not None or host is None:
                return held
            verb = host  # "appeared to make a joke about", "has been a critic of": climb from the verb
        verb = _gerund_host(verb) or verb
        for _ in range(6):
            agent = _agent(verb)
            if agent is not None and outside(agent):
                return agent  # "was confirmed by the minister": the one who confirmed
            # A subject in another paragraph is a headline the parser ran into the lead; of several, the nearest.
            para = self.para_of(verb.idx)
            subj = [
                c
                for c in verb.children
                if c.dep_ in {"nsubj", "nsubjpass"} and outside(c) and self.para_of(c.idx) == para
            ]
            if subj:
                return min(subj, key=lambda c: abs(c.i - verb.i))
            held = _copula_subject(verb)
            if held is not None and outside(held) and self.para_of(held.idx) == para:
                return held  # "Grijalva was the first Democrat to endorse": the one the noun names
            if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and outside(verb.head):
                if not _issued(verb.head):
                    return verb.head  # "voters saying ...", "a poll showing ..."
                verb = verb.head.head  # "X issued a statement saying ...": X speaks through it
                continue
            # "Clinton paused, then revealed why": a finite verb the parser left unlabelled shares its subject
            run_on = verb.dep_ == "dep" and verb.tag_ in _FINITE and verb.head.pos_ in {"VERB", "AUX"}
            if (verb.dep_ not in _CLIMB_DEPS and not run_on) or verb.head.i == verb.i:
                break
            verb = verb.head
        if cue.lemma_ in CUE_LEMMAS and cue.lemma_ != "tell":
            for c in cue.rights:  # "said the minister" parsed as an object
                if c.dep_ in _INVERTED_DEPS and c.pos_ in {"PROPN", "NOUN", "PRON"} and outside(c) and not _is_time(c):
                    return c
        # The parser gave the verb (or the one it hangs from) no subject: read the words around it instead.
        for v in dict.fromkeys((cue, verb)):
            if not any(c.dep_ in _SUBJECT_DEPS and self.para_of(c.idx) == self.para_of(v.idx) for c in v.children):
                found = _inverted_subject(v, outside) or _preceding_subject(v, outside)
                if found is not None:
                    return found
        return None

    def medium_of(self, cue: Token) -> Span | None:
        """Addressee or outlet: "told MSNBC", "said in an interview with CNN", "wrote on Twitter"."""
        if cue.lemma_ == "tell":
            for c in cue.rights:
                if c.dep_ in {"dobj", "dative"}:
                    return self.phrase(c)
        for c in cue.children:
            if c.dep_ != "prep":
                continue
            for obj in c.children:
                if obj.dep_ != "pobj":
                    continue
                if c.lower_ in _MEDIUM_PREPS:
                    return self.phrase(obj)
                if obj.lemma_ in _MEDIUM_HOSTS:
                    for pp in obj.children:
                        if pp.dep_ == "prep" and pp.lower_ in _MEDIUM_PREPS:
                            return next((self.phrase(o) for o in pp.children if o.dep_ == "pobj"), None)
        return None

    def phrase(self, tok: Token) -> Span:
        start, end = _noun_phrase(tok)
        return _span(self.text, start, end)

    def attribution(self, cue: Token, linked: bool, content: Range | None = None) -> _Attribution:
        if _according_to(cue):
            to = cue.nbor(1)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is None and to.i + 1 < len(self.doc) and to.nbor(1).pos_ in {"PROPN", "NOUN", "PRON"}:
                obj = to.nbor(1)
            cue_span = _span(self.text, cue.idx, to.idx + len(to.text))
            obj = _maker(obj)
            sp = self.phrase(obj) if obj is not None else None
            return _Attribution(cue_span, obj, sp, None, linked)
        if _reportedly(cue):  # the clause's subject is what is reported on, not who reports
            return _Attribution(_span(self.text, cue.idx, cue.idx + len(cue.text)), None, None, None, linked)
        source = _source_of_in(cue)
        if source is not None:
            return _Attribution(
                _span(self.text, cue.idx, cue.idx + len(cue.text)), source, self.phrase(source), None, linked
            )
        spk = _maker(self.speaker_of(cue, content))
        return _Attribution(
            _span(self.text, cue.idx, cue.idx + len(cue.text)),
            spk,
            self.phrase(spk) if spk is not None else None,
            self.medium_of(cue),
            linked,
        )


def _chars(toks: SpacySpan) -> Range:
    return toks.start_char, toks.end_char


def _top_tokens(toks: SpacySpan) -> list[Token]:
    """Tokens of the span whose syntactic head lies outside it (its roots), punctuation aside."""
    return [t for t in toks if not t.is_punct and not t.is_space and not (toks.start <= t.head.i < toks.end)]


def _linked(cue: Token, toks: SpacySpan) -> bool:
    return any(t.head.i == cue.i for t in _top_tokens(toks))


def _adjacent_cue(f: _Finder, toks: SpacySpan, open_tok: Token, pair: Pair) -> _Attribution | None:
    """A cue right after the quote (“X,” he said) or right before it (He said: “X.”)."""
    close_tok = f.tok_at(pair.close_pos)
    # What closes the words inside the marks ("thing,’”" ends with a comma inside a nested quote, as does
    # "Avenue,'  ''" with spaces between the nested marks).
    inner = f.text[toks.start_char : pair.close_pos].rstrip(DOUBLE + SINGLE + _BLANKS)
    after = f.window_after(close_tok)
    if inner[-1:] in {"?", "!"} and after and after[0].text in _SENTENCE_PRONOUNS:
        after = []  # "“...?” He answered, “...”": a new sentence with its own quote, not this one's tag
    after_ok = bool(after) and (
        inner[-1:] in {",", "?", "!", "—", "–", "…", "-"} or after[0].text == "," or _bare_tag(f, after)
    )
    if after_ok:
        for t in after:
            if _according_to(t) or _is_cue(t):
                return f.attribution(t, _linked(t, toks), _chars(toks))
        comma = inner[-1:] == "," or after[0].text == ","
        # After a question or an exclamation the tag must follow as well ("“...?” Hannity pressed").
        tag = _tag_verb(after, comma or inner[-1:] in {"?", "!"}) or (_far_tag(f, after) if comma else None)
        if tag is not None:
            return _with_tag_subject(f, f.attribution(tag, _linked(tag, toks), _chars(toks)), after, tag)
    tag = _unpunctuated_tag(f, toks, open_tok, after) if not after_ok and inner[-1:].isalnum() else None
    if tag is not None:
        return _with_tag_subject(f, f.attribution(tag, _linked(tag, toks), _chars(toks)), after, tag)
    before = f.window_before(open_tok)
    for t in reversed(before):
        if _according_to(t):
            return f.attribution(t, False)
        if _is_cue(t) and (before[-1].text in {":", ","} or before[-1].i == t.i or _linked(t, toks)):
            return f.attribution(t, _linked(t, toks), _chars(toks))
    lead = _lead_verb(before, _has_verb(toks)) or (_tag_before(f, open_tok) if not before else None)
    return None if lead is None else f.attribution(lead, _linked(lead, toks), _chars(toks))


def _with_tag_subject(f: _Finder, att: _Attribution, after: Sequence[Token], tag: Token) -> _Attribution:
    """A tag's attribution, its speaker the words before the verb where the parse gave it none (a verb the
    tagger took for a noun or a participle, a subject hung elsewhere)."""
    if att.speaker is None:
        head = _tag_subject(after, tag)
        att.speaker_tok, att.speaker = head, None if head is None else f.phrase(head)
    return att


def _unpunctuated_tag(f: _Finder, toks: SpacySpan, open_tok: Token, after: Sequence[Token]) -> Token | None:
    """The speech verb of a tag after a quoted sentence that closes on a word, its comma left out
    ("“... out of business, too" Sweeny said", "“... the campaign" the Post's editor responded"): only a
    clause that starts its sentence, and only a speech verb, since a quoted phrase may run into any verb."""
    if not (_starts_clause(f, open_tok) and _has_verb(toks)):
        return None
    tag = _tag_verb(after, True)
    return tag if tag is not None and tag.pos_ == "VERB" and _is_cue(tag) else None


def _tag_past_words(f: _Finder, toks: SpacySpan, pair: Pair) -> tuple[_Attribution, int] | None:
    """ "“... to accurately measure'' income, he said.", "“... next week” at the convention, he said.": a few
    words with no verb (or a relative clause on the quoted words: "“... to people” that the border is secure,
    he said") go on past the closing mark, then a comma and a speech tag end the sentence. Returns the
    tag's attribution and the end of those words (where the content ends)."""
    after = f.window_after(f.tok_at(pair.close_pos))
    comma = next((k for k, t in enumerate(after) if t.text == ","), None)
    relative = bool(after) and after[0].text in RELATIVE_PRONOUNS  # "“...of the past” that is sexist": on the words
    if not comma or comma > _PAST_WORDS or any(t.is_quote for t in after[:comma]):
        return None
    if not relative and any(t.pos_ in {"VERB", "AUX"} for t in after[:comma]):
        return None
    tag = after[comma + 1 :]
    verb = _tag_verb(after[comma:])
    if verb is None and tag and _is_cue(tag[0]) and tag[0].tag_ in _FINITE:
        verb = tag[0]  # "..., said Sanders"
    if verb is None or not _is_cue(verb) or len(tag) > 6:
        return None
    last = after[comma - 1]
    return f.attribution(verb, _linked(verb, toks), _chars(toks)), last.idx + len(last.text)


def _tag_before(f: _Finder, open_tok: Token) -> Token | None:
    """A sentence of its own that ends in a speech verb right before the quote, in its paragraph ("Iowa
    State's Dianne Bystrom agreed. “Mainstream Republicans are ...”"): that verb, when it has a subject
    and nothing it reports."""
    k = open_tok.i - 1
    while k >= 0 and f.doc[k].is_space and not f.is_break(f.doc[k]):
        k -= 1
    if k < 1 or f.doc[k].text not in _TERMINAL or f.doc[k].i in f.mark_close:
        return None
    verb = _before_medium(f.doc[k - 1])
    if not (_is_cue(verb) and verb.tag_ in _FINITE) or f.para_of(verb.idx) != f.para_of(open_tok.idx):
        return None
    children = {c.dep_ for c in verb.children if not _names_medium(c)}
    if not children & {"nsubj"} or children & {"ccomp", "xcomp", "dobj", "prep"}:
        return None
    return verb


def _names_medium(prep: Token) -> bool:
    """Whether a preposition names where words were said ("in a statement", "on Twitter"), not what about."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"in", "on"}
        and any(c.dep_ == "pobj" and c.lemma_.lower() in _MEDIUM_HOSTS for c in prep.children)
    )


def _before_medium(last: Token) -> Token:
    """The verb a sentence's last word belongs to when the sentence ends in the medium of the speech
    ("... said in a statement."): the verb right before that preposition, else the word itself."""
    prep = last.head if last.dep_ == "pobj" else None
    if prep is None or not _names_medium(prep):
        return last
    verb = prep.head
    return verb if verb.pos_ == "VERB" and prep.i == verb.i + 1 else last


def _lead_verb(before: Sequence[Token], clause: bool = False) -> Token | None:
    """The verb of a lead-in whatever its lemma: "McConnell delivered a blunt message to Trump: “...”",
    "Clinton cracked, “...”", "As Milbank puts it, “...”": a finite verb with a subject of its own,
    anywhere before a colon, or just before a comma; before a quoted clause also with its own words
    between it and the comma (``_verb_with_its_phrase``)."""
    if len(before) < 2 or before[-1].text not in {":", ","}:
        return None
    words = [t for t in before[:-1] if not t.is_space]
    if before[-1].text == ",":
        phrase = list(words)
        while words and (words[-1].lower_ == "it" or words[-1].pos_ in {"ADV", "PART"}):
            words.pop()  # "puts it", "said again"
        words = words[-1:]
        if not (words and _lead_finite(words[-1])):
            # A quoted phrase with no verb after a comma more often names the last noun than it is said
            # ("shares more with the campaign than their slogan, “Stronger Together.”").
            return _verb_with_its_phrase(phrase) if clause else None
    for t in reversed(words):
        if _lead_finite(t):
            return t
    return None


def _lead_finite(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.tag_ in _FINITE and any(c.dep_ == "nsubj" for c in tok.children)


def _verb_with_its_phrase(words: Sequence[Token]) -> Token | None:
    """The verb of a lead-in whose own words run on to the comma before the quote ("Clinton shared a bit
    of her anxiety with an audience at a fundraiser, “...”", "reacted skeptically to the deal, “...”",
    "and then boomed, ''...''"): the last verb, finite in a main clause, every word after it its own and
    none of them another verb."""
    verb = next((t for t in reversed(words) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in _FINITE or verb.dep_ not in {"ROOT", "conj"}:
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        return None  # "When Trump took the stage, “USA!” rang out": a clause that only sets the scene
    tail = [t for t in words if t.i > verb.i]
    if not all(verb in t.ancestors for t in tail):
        return None
    host = verb.head if verb.dep_ == "conj" else verb
    return verb if any(c.dep_ == "nsubj" for c in host.children) else None


def _governing_cue(f: _Finder, toks: SpacySpan) -> _Attribution | None:
    """For a fragment: climb from the quote to the reporting verb that governs it."""
    tops = _top_tokens(toks)
    if not tops:
        return None
    t = tops[0].head
    paras = {f.para_of(toks.start_char), f.para_of(toks.end_char)}
    for _ in range(8):
        if f.para_of(t.idx) not in paras:
            break  # a headline the parser ran into the lead is not governed by the lead's verb
        if not (toks.start <= t.i < toks.end) and _is_cue(t):
            if toks.end <= t.i and not _reports(t, toks):
                return (
                    None  # a title or name before the cue, outside what it reports ("On “This Week,” Carson admitted")
                )
            att = f.attribution(t, True, _chars(toks))
            spk = att.speaker_tok
            # The quote as the cue's own subject ("The “experts” say") is not what it quotes.
            if spk is None or not (toks.start <= spk.i < toks.end):
                return att
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _reports(cue: Token, toks: SpacySpan) -> bool:
    """Whether a fragment before its cue lies in the content the cue reports ("The plan, with its
    “poison pills,” is dead, she said")."""
    cand = candidate(cue)
    return cand is not None and cand.first.i <= toks.start and toks.end - 1 <= cand.last.i


def _clause_after(cue: Token, toks: SpacySpan) -> bool:
    """Whether the cue reports a clause that starts after the fragment."""
    cand = candidate(cue)
    return cand is not None and cand.frame == "ccomp" and cand.first.i >= toks.end


def _governing_in_sentence(f: _Finder, toks: SpacySpan, open_tok: Token, close_tok: Token) -> _Attribution | None:
    """ "“Let me thank the volunteers” for the victory, Sanders said": a whole-clause quote the sentence
    goes on after, its reporting verb in the sentence the quote opens or closes in."""
    att = _governing_cue(f, toks)
    if att is None or att.cue is None:
        return None
    cue = f.tok_at(att.cue.start)
    same_para = f.para_of(cue.idx) in {f.para_of(open_tok.idx), f.para_of(close_tok.idx)}
    return att if same_para and cue.sent.start in {open_tok.sent.start, close_tok.sent.start} else None


def _headline_speaker(f: _Finder, open_tok: Token) -> _Attribution | None:
    """Headline style "Blinken: “...”": a bare name and a colon before the quote."""
    before = f.window_before(open_tok)
    if len(before) < 2 or before[-1].text != ":":
        return None
    names = before[:-1]
    if not all(t.pos_ == "PROPN" or t.is_title for t in names) and not _recased_headline_name(f, names):
        return None
    sp = _span(f.text, names[0].idx, names[-1].idx + len(names[-1].text))
    colon = before[-1]
    return _Attribution(_span(f.text, colon.idx, colon.idx + 1), names[-1], sp, None, False)


def _dash_credit(f: _Finder, pair: Pair) -> _Attribution | None:
    """A quote that is its paragraph, then a paragraph that credits it with a dash and a person's name (a
    fact-check list's layout: "“...”" / "- Bernie Sanders." or "-President Obama, tweeting after ..."):
    the dash is the cue, as PolNeAR marks it, and the name the speaker."""
    k = f.para_of(pair.close_pos)
    if k + 1 >= len(f.paras) or not _quote_is_paragraph(f, pair):
        return None
    lo, hi = f.paras[k + 1]
    at = lo + len(f.text[lo:hi]) - len(f.text[lo:hi].lstrip())
    dash = next((d for d in _CREDIT_DASHES if f.text.startswith(d, at)), None)
    first = f.tok_at(at)
    line = [t for t in f.doc[first.i : f.tok_at(hi - 1).i + 1] if not t.is_space]
    if dash is None or len(line) > _CREDIT_WORDS:
        return None
    # The tokenizer may keep the dash on the name ("-President Obama").
    words = line if len(first.text) > len(dash) else line[1:]
    name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" or t.is_title, words))
    rest = words[len(name) :]
    if not name or name[-1].pos_ != "PROPN" or (rest and rest[0].text not in {",", *_TERMINAL}):
        return None  # "– An immigrant himself –.": a heading, nobody's name
    speaker = _span(f.text, max(name[0].idx, at + len(dash)), name[-1].idx + len(name[-1].text))
    if not _names_person(f, name, speaker):
        return None  # "- Reuters.": a wire credit, nobody quoted
    return _Attribution(_span(f.text, at, at + len(dash)), name[-1], speaker, None, False)


def _names_person(f: _Finder, words: Sequence[Token], span: Span) -> bool:
    """Whether the parser or the actor stage takes these words for a person, or they are a first and last
    name the parser tags as no other kind of entity (a dash kept on the name hides it from the tagger:
    "-Michelle Marks")."""
    if any(t.ent_type_ == "PERSON" for t in words):
        return True
    k = f.entity_for(span)
    if k is not None:
        return f.entities[k].label == "PERSON"
    return len(words) >= 2 and all(t.pos_ == "PROPN" and t.ent_type_ == "" for t in words)


def _quote_is_paragraph(f: _Finder, pair: Pair) -> bool:
    """Whether nothing but punctuation shares the paragraphs of the quote's opening and closing marks."""
    lo = f.paras[f.para_of(pair.open_pos)][0]
    hi = f.paras[f.para_of(pair.close_pos)][1]
    return not any(c.isalnum() for c in f.text[lo : pair.open_pos] + f.text[pair.close_pos + 1 : hi])


def _recased_headline_name(f: _Finder, names: Sequence[Token]) -> bool:
    """A headline's lead-in that a recased parse no longer reads as a name ("Sidney blumenthal: ‘no idea’
    if ..."): a few words with no verb, the first a capitalised name."""
    return (
        f.para_of(names[0].idx) == 0
        and len(names) <= _COLON_REACH
        and names[0].pos_ == "PROPN"
        and names[0].is_title
        and not _has_verb(names)
        and not any(t.is_punct for t in names)
    )


def _colon_lead(f: _Finder, open_tok: Token) -> Span | None:
    """The colon that introduces a quote whose lead-in names no speech verb ("From Bush's Facebook post:
    “...”", "Clinton's response was: “...”"): PolNeAR's annotators take the lead-in as the cue."""
    before = f.window_before(open_tok)
    if not before or before[-1].text != ":":
        return None
    return _span(f.text, before[-1].idx, before[-1].idx + 1)


_COLON_NAME_ENTITIES = frozenset({"", "PERSON", "ORG", "NORP"})


def _colon_name(f: _Finder, colon: Span) -> Token | None:
    """The name a colon lead-in ends with: "- Michael P. McDonald: “...”", "Republican pollster Daron
    Shaw: “...”", "More from Blumenthal and Cohen: “...”": whose words follow. Not a place or a date
    ("in New York: “...”")."""
    tok = f.tok_at(colon.start)
    if tok.i == 0:
        return None
    name = tok.doc[tok.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in _COLON_NAME_ENTITIES or f.inside_marks(name.idx):
        return None
    return name


def _starts_clause(f: _Finder, open_tok: Token) -> bool:
    """Whether the quote opens a sentence or clause rather than sitting inside a phrase."""
    before = f.window_before(open_tok)
    if not before:
        return True
    last = before[-1]
    return last.text in _CLAUSE_PUNCT or last.i in f.mark_close


def _byline_title(f: _Finder, pair: Pair) -> bool:
    """A title with its byline after it ("“An NYPD sketch artist gets a gallery show,” by Hyperallergic's
    Carey Dunne"): a comma at the closing mark, then "by" and a name: a piece's headline, not a quote."""
    after = [t for t in f.doc[f.tok_at(pair.close_pos).i + 1 : f.tok_at(pair.close_pos).i + 6] if not t.is_space]
    comma = f.text[pair.close_pos - 1] == "," or (after and after[0].text == ",")
    words = [t for t in after if t.text != ","]
    return bool(comma and words and words[0].lower_ == "by" and any(t.pos_ == "PROPN" for t in words[1:4]))


def _excerpt_after_byline(f: _Finder, open_tok: Token) -> bool:
    """A link roundup's excerpt: a quoted headline, its byline and a colon, then the piece's opening
    words (“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: “...”): the writer's
    article quoted, nobody's speech."""
    before = f.window_before(open_tok)
    if len(before) < 3 or before[0].lower_ != "by" or before[-1].text != ":":
        return False
    k = before[0].i - 1
    return k >= 0 and k in f.mark_close and any(t.pos_ == "PROPN" for t in before[1:-1])


def _names_thing(f: _Finder, toks: SpacySpan, open_tok: Token) -> bool:
    """Whether the quoted words name something rather than quote someone: a phrase with no verb set
    beside a noun ("their slogan, “Stronger Together.”", "his show, “The Apprentice.”"), or words that
    modify the noun after them ("“Orange Is the New Black” star", "‘Thin-skinned’ Trump")."""
    tops = _top_tokens(toks)
    if any(t.head.i >= toks.end and t.dep_ in _MODIFIER_DEPS and t.head.pos_ in {"NOUN", "PROPN"} for t in tops):
        return True
    if _has_verb(toks):
        return False
    before = f.window_before(open_tok)
    if len(before) < 2 or before[-1].text != "," or before[-2].pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = before[-2]
    return any(t.head.i == noun.i or (t.dep_ == "appos" and t.head.i < toks.start) for t in tops)


def _titles_work(f: _Finder, open_tok: Token) -> bool:
    """Whether the quoted words come right after a noun for a work or an assumed name, a comma at
    most between ("his new book, ''Doomed to Succeed''", "the Tom Hanks movie ''Bridge of Spies''",
    "wrote under the pseudonym “Carlos Danger”"): a title, whatever its words."""
    before = f.window_before(open_tok)
    if before and before[-1].text == ",":
        before = before[:-1]
    return bool(before) and before[-1].pos_ == "NOUN" and before[-1].lemma_.lower() in _WORK_NOUNS


def _names_title(f: _Finder, toks: SpacySpan, open_tok: Token) -> bool:
    """Whether a quoted phrase inside a sentence is a name in title case right after a possessive or a
    preposition ("on CNN’s “State of the Union,”", "an interview with "The View,"", "In ''Hail, Caesar!''"):
    a show, a work or an event, nobody's words."""
    before = f.window_before(open_tok)
    if not before or not (before[-1].tag_ == "POS" or before[-1].pos_ == "ADP") or before[-1].lower_ == "as":
        return False  # after "as" the quoted words describe ("identified the judge as “Spanish”")
    words = [t for t in toks if t.is_alpha]
    capital = all(t.is_title or t.is_upper or t.lower_ in TITLE_MINOR_WORDS for t in words)
    return bool(words) and words[0].is_title and capital


def _has_verb(toks: Iterable[Token]) -> bool:
    """Whether a verb or an auxiliary is among the tokens."""
    return any(t.pos_ in {"VERB", "AUX"} for t in toks)


# ---------------------------------------------------------------- assembly


@dataclass
class _Found:
    quote: Quote
    para_open: int
    para_close: int


def _make_quote(f: _Finder, content: Span, att: _Attribution | None, direct: bool, kind: str, conf: float) -> Quote:
    ent = f.entity_for(att.speaker) if att is not None and att.speaker is not None else None
    return Quote(
        content=content,
        speaker=att.speaker if att else None,
        cue=att.cue if att else None,
        direct=direct,
        kind=kind,
        speaker_actor=f.resolve(ent),
        medium=att.medium if att else None,
        provenance=Provenance(STAGE, VERSION, conf),
        speaker_entity=ent,
    )


def _continue_from(prev: _Found | None, content: Span, para: int, cue: Span | None, whole: bool) -> Quote | None:
    """An unattributed direct quote next to an attributed one takes its speaker, and its cue too in the
    same paragraph or as the whole next paragraph: "“A,” he said. “B.”" is one attribution. Where the
    earlier quote has a cue but no speaker, only the cue goes on, and only that far."""
    if prev is None or para - prev.para_close > 1:
        return None
    q = prev.quote
    runs_on = para == prev.para_close or whole
    if q.speaker is None and (cue is not None or q.cue is None or not runs_on):
        return None  # a tag whose speaker the parse lost hands on its cue alone, and only as far as the cue goes
    return Quote(
        content=content,
        speaker=q.speaker,
        cue=cue or (q.cue if runs_on else None),
        direct=True,
        kind="direct",
        speaker_actor=q.speaker_actor,
        medium=q.medium,
        provenance=Provenance(STAGE, VERSION, _CONF_CONT),
        speaker_entity=q.speaker_entity,
    )


_GOES_ON = frozenset({"conj", "dep"})  # how the parse hangs a verb coordinated with a tag (with or without "and")


def _clause_after_tag(f: _Finder, cue: Span, pos: int) -> Token | None:
    """A finite verb coordinated with the tag ``cue`` between it and ``pos`` ("“A,” she told the crowd,
    then referred to his slogan.", "“A,” Ebeling said, and her husband cut in."): the sentence goes on
    with a clause of its own, so a quote after it is not the tag's."""
    tag = f.tok_at(cue.end - 1)
    return next((c for c in tag.children if cue.end <= c.idx < pos and _own_clause(c)), None)


def _own_clause(verb: Token) -> bool:
    """A finite verb coordinated with a tag that says or does something of its own: with a subject of its
    own ("and her husband cut in") or a verb of speech ("then referred to"); not one the parse hung there
    from the speaker's description ("said Mike Purdy, a historian and runs a blog")."""
    if verb.dep_ not in _GOES_ON or verb.tag_ not in _FINITE:
        return False
    return (
        any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or _is_cue(verb) or verb.lemma_.lower() in _PARTICIPLE_CUES
    )


def _handing_on(f: _Finder, prev: _Found | None, pair: Pair) -> _Found | None:
    """The earlier quote an untagged one may go on with: none where its tag's sentence goes on with a
    clause of its own before this quote opens."""
    return None if prev is not None and _past_tag(f, prev.quote, pair.open_pos) else prev


def _fills_paragraph(f: _Finder, pair: Pair) -> bool:
    """Whether the quote is all its paragraph holds (punctuation aside)."""
    lo, hi = f.paras[f.para_of(pair.open_pos)]
    outside = f.text[lo : pair.open_pos] + f.text[pair.close_pos + 1 : hi]
    return all(not c.isalnum() for c in outside)


def _same_speaker(a: Quote, b: Quote) -> bool:
    if a.speaker_actor is not None and b.speaker_actor is not None:
        return a.speaker_actor is b.speaker_actor or a.speaker_actor == b.speaker_actor
    return a.speaker_entity is not None and a.speaker_entity == b.speaker_entity


def _one_quote(f: _Finder, pair: Pair, prev: _Found | None) -> _Found | None:
    bounds = _content_bounds(f.text, pair)
    if bounds is None:
        return None
    content = _span(f.text, *bounds)
    open_tok = f.tok_at(pair.open_pos)
    toks = f.doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
    if toks is None or len(toks) == 0:
        return None
    para_open, para_close = f.para_of(pair.open_pos), f.para_of(pair.close_pos)
    if _titles_work(f, open_tok) or _excerpt_after_byline(f, open_tok):
        return None
    att = _adjacent_cue(f, toks, open_tok, pair) or _headline_speaker(f, open_tok) or _dash_credit(f, pair)
    if att is None and _byline_title(f, pair):
        return None  # "“Hamilton” to play Chicago," by Variety's Gordon Cox: a headline, nobody quoted
    ends = content.text.rstrip()[-1:] in _TERMINAL
    starts = _starts_clause(f, open_tok) and (att is not None or not _names_thing(f, toks, open_tok))
    past = _tag_past_words(f, toks, pair) if att is None and starts else None
    if past is not None:  # the sentence goes on past the mark, then the tag: the words before it are said too
        att, content = past[0], _span(f.text, bounds[0], past[1])
    if starts and (att is not None or _has_verb(toks) or ends):
        colon = None if att is not None else _colon_lead(f, open_tok)
        if att is None or att.speaker is None:
            cue = att.cue if att else colon
            cont = _continue_from(_handing_on(f, prev, pair), content, para_open, cue, _fills_paragraph(f, pair))
            if cont is not None:
                return _Found(cont, para_open, para_close)
        att = att or _governing_in_sentence(f, toks, open_tok, f.tok_at(pair.close_pos))
        if att is None and colon is not None:
            name = _colon_name(f, colon)
            att = _Attribution(colon, name, None if name is None else f.phrase(name), None, False)
        conf = _CONF_NONE if att is None else (_CONF_DEP if att.linked else _CONF_ADJ)
        q = _make_quote(f, content, att, True, "direct", conf)
        near = prev is not None and para_open - prev.para_close <= 1
        if q.medium is None and prev is not None and near and _same_speaker(q, prev.quote):
            q.medium = prev.quote.medium  # one interview, several quotes
        return _Found(q, para_open, para_close)
    if _names_title(f, toks, open_tok):
        return None
    governing = _governing_cue(f, toks)
    if governing is None and att is not None and att.cue is not None and _clause_after(f.tok_at(att.cue.start), toks):
        return None  # a title before a tag that reports a clause of its own ("On “This Week,” Carson admitted that")
    att = governing or att
    if att is None:
        return None  # a term in quotation marks (title, scare quote, nickname): nobody is quoted
    conf = _CONF_MIXED if att is not None and att.speaker is not None else _CONF_NONE
    return _Found(_make_quote(f, content, att, False, "mixed", conf), para_open, para_close)


def _in_ranges(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _overlaps(ranges: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of the sorted, disjoint ranges."""
    k = bisect.bisect_left(starts, b) - 1
    return k >= 0 and ranges[k][1] > a  # the nearest range starting before b decides


def _setting_of_speech(cand: Candidate) -> bool:
    """ "said in a statement", "wrote on Twitter", "told to a crowd": after a verb of saying, these
    prepositions give where, how or to whom it was said, never what."""
    lemma, frame = cand.key
    prep = frame.removeprefix("prep:")
    if lemma not in _SAYING or prep == frame or prep not in _SETTING_PREPS:
        return False
    verb = cand.verb
    # right after the verb, on a noun phrase: not "said no to the war", nor a clause the parser hung there
    return verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == prep and cand.head.pos_ in _NOMINAL


def _fronted_question(cand: Candidate) -> bool:
    """A tagged clause that is the question put to the speaker ("Asked if he was ever bullied, the candidate said
    no."): a fronted participle of asking the tag's verb governs, which reports that question itself."""
    first = cand.first
    return (
        cand.frame == "tag"
        and first.lemma_.lower() == "ask"
        and first.tag_ in {"VBN", "VBD"}  # the tagger reads a fronted "Asked" either way
        and first.dep_ == "advcl"
        and not any(c.dep_ in _SUBJECT_DEPS for c in first.children)
        and first.head.i == cand.verb.i
    )


def _reported_clause(tok: Token) -> tuple[Token, Token, int, bool] | None:
    """First and last content token, cue end, and whether the content surrounds the cue, of a verb
    that reports speech according to the cue table."""
    cand = candidate(tok)
    if cand is None or _fronted_question(cand) or _stated_by_noun(tok) is not None:
        return None  # "Her argument was that X": the noun reports X (``_stated_clause``), not the copula
    if _setting_of_speech(cand):
        # "said on CNN, where ..., that X": a "that" clause the parser hung on the setting is what was said
        mark = next((t for t in cand.head.subtree if t.dep_ == "mark" and t.lower_ == "that" and t.i > tok.i), None)
        if mark is None or mark.head.dep_ not in {"ccomp", "acl", "relcl", "advcl"}:
            return None
        return mark, mark.head.right_edge, tok.idx + len(tok.text), False
    given = cues.current()
    model = given.model
    if cand.frame == "as":  # the model has not seen this frame: the hand-written list decides
        accepted: bool | None = cand.key[0] in _AS_LEMMAS
    elif cand.frame in {"tag", "colon"}:  # nor these; only tagging verbs make them
        accepted = True
    elif model is not None:
        accepted = model.accepts(cand)
    else:
        accepted = verdict(*cand.key, given.table)
    if accepted is None:  # a pair the table has too little evidence on: the hand-written list decides
        accepted = cand.frame == "ccomp" and cand.key[0] in INDIRECT_LEMMAS
    if not accepted or _makes_no_speech(cand):
        return None
    return cand.first, cand.last, cand.cue_end, cand.frame == "parataxis"


def _stated_by_noun(verb: Token) -> Token | None:
    """The noun of saying or thinking that is the subject of a copula ("Her argument was that ..."), if it is."""
    if verb.lemma_.lower() != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _STATED_NOUNS else None


def _stated_clause(tok: Token) -> tuple[Token, Token, int, bool] | None:
    """ "Sanders's argument was that superdelegates should ...": the clause after the copula is what the noun's
    holder says or thinks; the cue runs from the noun over the copula ("argument was")."""
    verb = tok.head
    held = _stated_by_noun(verb) if tok.dep_ == "nsubj" else None
    if held is None or held.i != tok.i:
        return None
    cand = candidate(verb)
    if cand is None or cand.frame != "ccomp" or cand.head.i < verb.i or not _that_or_subject(cand.head):
        return None
    return cand.first, cand.last, verb.idx + len(verb.text), False


def _that_or_subject(clause: Token) -> bool:
    """A clause that reads as reported: opened by "that" or by its own subject ("when he arrived" is not)."""
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return first.lower_ == "that" or (subject is not None and first.i == subject.left_edge.i)


def _makes_no_speech(cand: Candidate) -> bool:
    """ "made a visit to X", "made his fortune", "made a show of opening offices": "make" reports only with a
    speech act for its object ("made the case that", "made no mention of") or a predicate ("made his support
    clear"); the cue model reads the light verb alone."""
    verb = cand.verb
    if cand.key != ("make", "dobj") or any(c.lower_ in _MADE_PLAIN for c in verb.subtree):
        return False
    part_of = [o for p in cand.head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return all(n.lemma_.lower() not in _SPEECH_ACTS for n in [cand.head, *part_of])  # "most of his points"


def _short_answer(tok: Token) -> tuple[Token, Token, int, bool] | None:
    """ "55 percent said so", "Democrats said yes": a one-word answer right after "say" is the content; so is the
    "so" that stands for a clause after a belief verb ("I think so"), and a question word a speech verb leaves
    unanswered ("would not say when")."""
    if tok.pos_ != "VERB" or tok.i + 1 >= len(tok.doc):
        return None
    answer, lemma = tok.nbor(1), tok.lemma_.lower()
    if answer.head.i != tok.i:
        return None
    if (lemma == "say" and answer.lower_ in _ANSWERS) or (lemma in _SO_VERBS and answer.lower_ == "so"):
        return answer, answer, tok.idx + len(tok.text), False
    if lemma in _UNANSWERED and answer.lower_ in _QUESTION_WORDS and answer.dep_ == "advmod":
        return answer, answer, tok.idx + len(tok.text), False
    return None


def _reportedly_verb(tok: Token) -> Token:
    """The main verb "reportedly" modifies, past auxiliaries ("reportedly has been itching")."""
    verb = tok.head
    while verb.dep_ in {"aux", "auxpass"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _reportedly(tok: Token) -> bool:
    if tok.lower_ != "reportedly" or tok.dep_ != "advmod" or tok.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = _reportedly_verb(tok)
    # "who reportedly has been" describes; "reportedly said" has its own cue
    return verb.dep_ != "relcl" and not _is_cue(verb)


def _reportedly_clause(tok: Token) -> tuple[Token, Token, int, bool]:
    """ "X has reportedly done Y": the whole clause is reported, the adverb inside it, by nobody named."""
    verb = _reportedly_verb(tok)
    return verb.left_edge, verb.right_edge, tok.idx + len(tok.text), True


def _according_clause(tok: Token) -> tuple[Token, Token] | None:
    """The clause that "according to X" attaches to, minus the attribution phrase itself."""
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    doc, first, last = tok.doc, tok.left_edge.i, tok.right_edge.i
    words_after = any(not (t.is_punct or t.is_space) for t in doc[last + 1 : verb.right_edge.i + 1])
    subject_before = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < first for c in verb.children)
    if first <= verb.left_edge.i or (verb.i > last and not subject_before):
        # "According to X, CLAUSE", "In addition, according to X, CLAUSE"
        return (doc[last + 1], verb.right_edge) if words_after else None
    if words_after:  # "G4S receives, according to one report, $234 million": the clause around it
        return verb.left_edge, verb.right_edge
    return verb.left_edge, doc[first - 1]  # "CLAUSE, according to X"


def _before_quote(f: _Finder, direct: list[Range], d_starts: list[int], start: int, end: int) -> int:
    """End of a reported clause cut before a direct quote that starts inside it ("said he welcomed
    extradition and added, “I'll plead guilty”"), without the words that lead into the quote."""
    k = bisect.bisect_left(d_starts, start)
    if k >= len(direct) or direct[k][0] >= end:
        return end
    tok = f.tok_at(direct[k][0])
    while tok.i > 0:
        tok = f.doc[tok.i - 1]
        if tok.idx < start:
            return start
        if not (tok.is_space or tok.is_punct or tok.pos_ == "CCONJ" or tok.i in f.mark_open or _is_cue(tok)):
            return tok.idx + len(tok.text)
    return start


def _before_participle(f: _Finder, cue: Token, lo: Token, hi: Token) -> tuple[Token, Token | None]:
    """Last content token before a trailing speech participle ("said he has “expanded the party,”
    claiming that ...", "..., referring to the convention"): a new report by the same speaker.
    Returns that token and the participle (None, with ``hi``, where there is none)."""
    for t in f.doc[lo.i + 2 : hi.i + 1]:
        if t.i == cue.i or t.tag_ != "VBG" or t.lemma_.lower() not in _PARTICIPLE_CUES or f.inside_marks(t.idx):
            continue  # not a speech participle, or the quoted words' own
        comma = t.i - 1
        while comma > lo.i and f.doc[comma].is_quote:
            comma -= 1  # '“... party,” claiming'
        if f.doc[comma].text != ",":
            continue
        return _back_over_filler(f.doc[t.i - 1], lo.i), t
    return hi, None


def _finite_tag(verb: Token) -> str:
    """The tag of a verb's finite word: its first auxiliary ("did not suggest": did, VBD), or itself."""
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), None)
    return str(verb.tag_ if aux is None else aux.tag_)


def _conjoined_report(f: _Finder, cue: Token, lo: Token, hi: Token) -> Token | None:
    """A second report that the parser hung inside the content, where English makes it stand beside the
    cue: a speech verb with no subject of its own, conjoined to a word of the content in the cue's own form
    ("said he respects Clinton and called her ...", "said X but did not suggest Y", "acknowledging that X
    but warning that Y": the same speaker again), or a contrasting clause with its own reporter ("said X,
    while Cruz said Y", "show X, though records indicate Y"). None where there is none."""
    for t in f.doc[lo.i + 1 : hi.i + 1]:
        if t.pos_ not in {"VERB", "AUX"} or not lo.i <= t.head.i < t.i or cue not in t.ancestors:
            continue
        subject = any(c.dep_ in _SUBJECT_DEPS for c in t.children)
        if t.dep_ == "conj":
            beside = not subject and (t.tag_ == cue.tag_ or _finite_tag(t) == _finite_tag(cue))
        else:
            beside = (
                t.dep_ == "advcl"
                and subject
                and any(c.dep_ == "mark" and c.lower_ in _CONTRAST and c.i < t.i for c in t.children)
            )
        if beside and not f.inside_marks(t.idx) and _reported_clause(t) is not None:
            return t
    return None


def _clause_on_cue(cue: Token, lo: Token, hi: Token) -> Token | None:
    """A clause with its own subject joined to the cue by ", and" or ", but" that a content around the cue
    took in (a passive report, "The plan was called a failure by the mayor, and the council voted ..."): a new
    statement beside the report, not part of what was said. Not after an interrupting tag, which the clause
    may go on past ("Act now, they said, and you ..."), nor a "that" clause, a second thing said
    (``_conjoined_content``). None where there is none."""
    if cue.dep_ == "parataxis":
        return None
    doc = cue.doc
    for conj in cue.rights:
        if conj.dep_ != "conj" or not lo.i < conj.left_edge.i <= hi.i or conj.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
            continue
        cc = next((c for c in cue.children if c.dep_ == "cc" and lo.i < c.i < conj.left_edge.i), None)
        if cc is not None and cc.lower_ in {"and", "but"} and doc[cc.i - 1].text == ",":
            return conj
    return None


def _before_conjoined(f: _Finder, lo: Token, conj: Token) -> Token:
    """Last content token before a conjoined report: without its conjunction and the comma before it."""
    end = conj.left_edge.i - 1
    while end > lo.i and (is_filler(f.doc[end]) or f.doc[end].dep_ in {"cc", "mark"}):
        end -= 1
    return f.doc[end]


def _indirect(
    f: _Finder,
    marked: list[tuple[int, int]],
    direct: list[tuple[int, int]],
    excluded: Sequence[tuple[int, int]],
) -> list[Quote]:
    """Reported speech without quote marks: "X said (that) CLAUSE"; fragments inside it are fine."""
    m_starts, d_starts = [a for a, _ in marked], [a for a, _ in direct]
    out: list[Quote] = []
    # A trailing participle the parser hung inside the content has no subject of its own: its host's speaks.
    hosts: dict[int, _Attribution] = {}

    for tok in f.doc:
        if _according_to(tok):
            clause = _according_clause(tok)
            bounds = None if clause is None else (*clause, tok.idx + len("according to"), False)
        elif _source_of_in(tok) is not None and (_reported_clause(tok.head) is None or _respondents_say(tok)):
            # "Voters said in the poll that ..." keeps "said" as the cue; otherwise "in" reports the clause.
            clause = _according_clause(tok)
            bounds = None if clause is None else (*clause, _in_source_end(tok), False)
        else:
            bounds = (
                _reported_clause(tok)
                or _stated_clause(tok)
                or _short_answer(tok)
                or (_reportedly_clause(tok) if _reportedly(tok) else None)
            )
        if bounds is None or _that_said(tok) or _in_ranges(tok.idx, excluded):
            continue
        if _overlaps(marked, m_starts, tok.idx, tok.idx + 1):
            continue
        lo, hi, cue_end, around = bounds
        hi = _run_on_clause(tok, hi)
        passive_end = _passive_predicate(tok, hi)
        hi = passive_end or hi
        hi = _noun_infinitive(tok, lo, hi)
        hi = _conjoined_content(tok, hi)
        hi = _past_conjunction(tok, lo, hi)
        while lo.i < hi.i and is_filler(lo):
            lo = f.doc[lo.i + 1]
        hi = _back_over_filler(hi, lo.i)
        hi = _closing_marks(lo, hi)
        hi, participle = _before_participle(f, tok, lo, hi)
        conjoined = _conjoined_report(f, tok, lo, hi)
        if conjoined is not None:
            hi = _before_conjoined(f, lo, conjoined)
        elif (joined := _clause_on_cue(tok, lo, hi)) is not None:
            hi = _before_conjoined(f, lo, joined)
        start, end = lo.idx, hi.idx + len(hi.text)
        end = _before_quote(f, direct, d_starts, start, end)
        if end - start < _MIN_INDIRECT or _overlaps(direct, d_starts, start, end):
            continue
        # Content around the cue ("X, she said, Y", "which the judge said was fair") holds the speaker too.
        if passive_end is not None:  # the subject is what is reported on, never the speaker; the agent is
            att = f.attribution(tok, True, (start, tok.idx))
        else:
            att = f.attribution(tok, True, None if around or start <= tok.idx < end else (start, end))
        host = hosts.get(tok.i)
        if host is not None and host.speaker is not None:
            att.speaker_tok, att.speaker = host.speaker_tok, host.speaker
        if participle is not None:
            hosts[participle.i] = att
        if conjoined is not None and conjoined.dep_ == "conj":
            hosts[conjoined.i] = att
        att.cue = _span(f.text, tok.idx, max(cue_end, tok.idx + len(tok.text)))
        out.append(_make_quote(f, _span(f.text, start, end), att, False, "indirect", _CONF_INDIRECT))
    return out


def _back_over_filler(tok: Token, stop: int) -> Token:
    """``tok``, or the nearest token before it that is no filler, going back no further than index ``stop``."""
    while tok.i > stop and is_filler(tok):
        tok = tok.doc[tok.i - 1]
    return tok


_CLOSERS = {")": "(", "]": "["}


def _closing_marks(lo: Token, hi: Token) -> Token:
    """The end of reported content past the marks that close what it holds: a bracket opened inside it
    ("the endorsement of Sen. Ted Cruz (R-Texas)") and a sign that is read as a word ("a record 39%")."""
    doc = lo.doc
    while hi.i + 1 < len(doc):
        nxt = doc[hi.i + 1]
        if nxt.pos_ != "PUNCT" and nxt.is_punct and nxt.whitespace_ == "" and lo.i <= nxt.head.i <= hi.i:
            hi = nxt  # "%" tagged a noun
        elif nxt.text in _CLOSERS and (text := doc.text[lo.idx : nxt.idx]).count(_CLOSERS[nxt.text]) > text.count(
            nxt.text
        ):
            hi = nxt
        elif nxt.text == "." and hi.i + 2 < len(doc) and doc[hi.i + 2].text in _CLOSERS and not nxt.whitespace_:
            hi = nxt  # "(R-Fla.)": the abbreviation's period, then the bracket
        else:
            return hi
    return hi


_PREDICATE_DEPS = frozenset({"oprd", "acomp", "attr", "xcomp", "prep", "ccomp"})


def _passive_predicate(cue: Token, hi: Token) -> Token | None:
    """The end of a passive report whose content is its subject, where the verb goes on to say what the subject
    is held to be ("Pigs | are considered unclean", "The group | is also known by the acronym ISIL"): the
    predicate is what is reported, so the content is the whole clause around the cue. None otherwise."""
    if hi.i >= cue.i or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.right_edge.i != hi.i:
        return None
    if not any(c.dep_ in _PREDICATE_DEPS and c.i > cue.i for c in cue.children):
        return None
    rest = [c for c in cue.rights if not c.is_punct]
    if rest and rest[-1].dep_ == "agent":  # "... unclean by Muslims": who holds it, not what is held
        rest.pop()
    return _back_over_filler(rest[-1].right_edge if rest else cue, cue.i)


def _past_conjunction(cue: Token, lo: Token, hi: Token) -> Token:
    """The end of reported content that the parser left on a coordinating conjunction ("defended his commitment
    to universal coverage and | provided new details"): a conjunction joins what follows it to what went
    before, so the content takes the conjunct after it, where that has no subject or report of its own;
    otherwise the content ends before the conjunction."""
    doc = cue.doc
    if hi.pos_ != "CCONJ" or hi.i + 1 >= len(doc) or hi.i <= lo.i:
        return hi
    top = doc[hi.i + 1]
    while top.head.i != top.i and top.head.left_edge.i > hi.i and top.head.i != cue.i:
        top = top.head
    joined = top.i != cue.i and top.left_edge.i == hi.i + 1 and top.head.i <= hi.i
    if joined and not any(c.dep_ in _SUBJECT_DEPS for c in top.children) and _reported_clause(top) is None:
        end, stop = top.right_edge, top.i
    else:
        end, stop = doc[hi.i - 1], lo.i
    return _back_over_filler(end, stop)


def _conjoined_content(cue: Token, hi: Token) -> Token:
    """The end of reported content past a second conjunct the parser coordinated with the cue, where English
    makes it a second part of what was said: a "that" clause ("said that X, but that Y") or a noun phrase,
    which cannot stand beside a verb ("voiced concern over the case, and of Emanuel's situation")."""
    doc = cue.doc
    k = hi.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].dep_ != "cc" or doc[k].head.i != cue.i:
        return hi
    conj = next((c for c in cue.rights if c.dep_ == "conj" and c.i > k), None)
    if conj is None or conj.left_edge.i != k + 1:
        return hi
    that = any(c.dep_ == "mark" and c.lower_ == "that" and c.i == conj.left_edge.i for c in conj.children)
    nominal = conj.pos_ in _NOMINAL and doc[hi.i + 1].text == ","
    if not (that or nominal):
        return hi
    return _back_over_filler(conj.right_edge, conj.i)


def _noun_infinitive(cue: Token, lo: Token, hi: Token) -> Token:
    """The end of reported content that is a noun phrase, past an infinitive or participle right after it that
    the parser hung on the cue ("decried Trump's calls | to ban all Muslims", "decrying a rash of speech |
    bubbling to the surface"): in English a subjectless infinitive or participle right after an object noun,
    with no comma between, completes that noun."""
    doc = cue.doc
    if hi.i + 1 >= len(doc):
        return hi
    nxt = doc[hi.i + 1]
    if nxt.lower_ == "to" and nxt.dep_ == "aux":
        verb = nxt.head
    elif nxt.tag_ in {"VBG", "VBN"} and nxt.dep_ in {"advcl", "acl"}:
        verb = nxt  # "released a video | talking about racial healing"
    else:
        return hi
    if verb.head.i != cue.i or verb.dep_ not in {"advcl", "xcomp", "acl"} or verb.left_edge.i != hi.i + 1:
        return hi
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return hi
    roots = [t for t in doc[lo.i : hi.i + 1] if not lo.i <= t.head.i <= hi.i or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in _NOMINAL or roots[0].dep_ not in {"dobj", "pobj"}:
        return hi
    return verb.right_edge


def _run_on_clause(cue: Token, hi: Token) -> Token:
    """The end of reported speech that the parser split into two clauses of the cue with nothing between
    them, the second without a subject ("said the man accused of fraud | will remain in custody": a
    participle read as the verb, which took the subject)."""
    for clause in cue.children:
        if (
            clause.dep_ == "ccomp"
            and clause.left_edge.i == hi.i + 1
            and not clause.left_edge.is_punct
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
            and _reported_clause(clause) is None  # "..., and one in four | said the party was hostile"
        ):
            return clause.right_edge
    return hi


def _governs(outer: Token, inner: Token) -> bool:
    """Whether ``inner`` hangs under ``outer`` through what ``outer`` reports: not as a conjunct of it, nor in
    a relative clause whose subject speaks for itself ("said Mr. Carson, who claimed ..., was wrong"). A noun's
    participle ("issued a statement saying ...": PolNeAR train annotates 24 of 117 such inner cues) or the
    report of a restrictive relative clause ("said the city would fight a law that critics denounced") is part
    of what the outer cue reports, as is a report further down ("said a report showing that officials believed
    ...")."""
    tok = inner
    relative = inner.dep_ == "relcl"
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl" and not (tok.i == inner.i and _restrictive(tok)):
            return False
        if relative and tok.dep_ == "appos":
            return False  # "..., a deal the mayor called a disaster": an aside, which carries its own report
        if tok.head == outer:
            return tok.dep_ not in {"conj", "cc", "parataxis"}
        tok = tok.head
    return False


def _restrictive(clause: Token) -> bool:
    """Whether a relative clause's report is part of the reported speech it sits in: a clause that restricts
    its noun (no comma, dash or bracket before it: "a law that critics denounced as unfair", "critics who
    accused him of lying"), unless it reports a clause and either a "who" subject reports it ("a lawyer who
    argued that ...") or the relative word lies in the reported clause, what someone says of the noun ("a
    plan that officials said would cost millions"): PolNeAR gives those their own attribution."""
    lo = clause.left_edge
    if lo.i == 0 or lo.doc[lo.i - 1].text in _ASIDE_MARKS | {"(", "["}:
        return False
    said = next((c for c in clause.children if c.dep_ == "ccomp"), None)
    if said is None:
        return True
    if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return False
    inside = range(said.left_edge.i, said.right_edge.i + 1)
    return any(_relative_word(t) and t.i not in inside for t in clause.subtree)


def _relative_word(tok: Token) -> bool:
    """A word that opens a relative clause ("that", "which", "who", "whose", "where")."""
    return tok.tag_ in {"WDT", "WP", "WP$", "WRB"} or tok.lower_ == "that"


def _frames_clause(cue: Token, inner: Token) -> bool:
    """Whether a cue attributes a whole clause from outside its grammar, with the report at ``inner`` in
    it: "according to X, CLAUSE" (any report in the clause but one in a relative clause, whose subject
    speaks for itself), or a tag that interrupts a clause ("CLAUSE, she said, CLAUSE": the clause's own
    verb). Such a report is part of what the cue attributes."""
    if _according_to(cue) or _source_of_in(cue) is not None:  # "In a CNN poll, 31% said they ...": the poll's
        return not _in_relative(inner)
    return cue.dep_ == "parataxis" and cue.head.i == inner.i


def _in_relative(tok: Token) -> bool:
    """Whether a word lies in a relative clause ("who claimed ..."), whose subject reports for itself. A noun's
    participle phrase ("sent a letter saying ...") is part of the clause it sits in, as ``_governs`` has it
    (PolNeAR train: 4 fewer nested reports, overlap and cue +0.0001)."""
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _aside_holding(f: _Finder, q: Quote, inner: Token) -> Token | None:
    """The relative clause or apposition set off by a comma or dash inside ``q``'s content that holds the
    word ``inner``."""
    tok = inner
    while tok.head.i != tok.i:
        lo = tok.left_edge
        if q.content.start < lo.idx and tok.dep_ in {"relcl", "appos"} and f.doc[lo.i - 1].text in _ASIDE_MARKS:
            return tok
        tok = tok.head
        if tok.idx < q.content.start:
            break
    return None


def _end_before_inner_reports(f: _Finder, indirect: list[Quote]) -> None:
    """Reported speech stops before an aside at its end that holds another report ("criticized Clinton's
    email use, which an FBI investigation said was careless"; "..., a charge Mrs. Clinton has denied"):
    the aside carries that report, not this one."""
    for q in indirect:
        if q.cue is None:
            continue
        for o in indirect:
            if o is q or o.cue is None or not q.content.start < o.cue.start < q.content.end:
                continue
            aside = _aside_holding(f, q, f.tok_at(o.cue.start))
            if aside is None or aside.right_edge.idx + len(aside.right_edge.text) < q.content.end:
                continue  # an aside in mid-clause ("Mr. Carson, who claimed ..., was wrong") leaves the clause whole
            cut = _back_over_filler(f.doc[aside.left_edge.i - 1], 0)
            end = cut.idx + len(cut.text)
            if q.content.start < end < q.content.end:
                q.content = _span(f.text, q.content.start, end)


def _trailing_according(f: _Finder, q: Quote) -> bool:
    """ "CLAUSE, according to X" after the clause: X frames the whole sentence, reports in it included."""
    return q.cue is not None and _according_to(f.tok_at(q.cue.start)) and q.content.end <= q.cue.start


def _framing_according(f: _Finder, indirect: list[Quote]) -> list[Quote]:
    """ "Kasich said he would have fired him, according to press reports": the trailing "according to" frames
    the whole report, speaker and verb included (PolNeAR train marks the inner report in 2 of 7 such
    sentences). Widens each such quote to its host report's clause and returns the hosts, which go."""
    hosts: list[Quote] = []
    for q in indirect:
        if not _trailing_according(f, q):
            continue
        around = [
            o
            for o in indirect
            if o is not q
            and o.cue is not None
            and o.cue.end <= q.content.start
            and o.content.start <= q.content.start
            and q.content.end <= o.content.end + 1
            and f.para_of(o.cue.start) == f.para_of(q.content.start)
        ]
        if not around:
            continue
        host = max(around, key=lambda o: o.cue.start if o.cue is not None else -1)
        if host.cue is None:
            continue
        start = f.tok_at(host.cue.start).left_edge.idx
        q.content = _span(f.text, min(start, q.content.start), q.content.end)
        hosts.append(host)
    return hosts


def _by_report(tok: Token) -> Token | None:
    """The verb a reporting gerund with a clause tells the means of ("distanced himself from X by saying Y",
    "responded by arguing that Y"), else None."""
    by = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or by.lower_ != "by" or by.dep_ != "prep" or by.head.i == tok.i:
        return None
    if tok.lemma_.lower() not in _MEANS_LEMMAS or not any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "rebuked Trump by expressing sympathy", "punished him by nominating X": no report of a clause
    return by.head if by.head.pos_ in {"VERB", "AUX"} else None


def _means_hosts(f: _Finder, indirect: Sequence[Quote]) -> set[int]:
    """Token indices of the verbs whose report is only the means of a reporting gerund under them: the gerund's
    clause is what was said (PolNeAR marks "saying" with Y, not "distanced" with its whole object), so the
    host's own report goes and the gerund's stays."""
    hosts = (None if q.cue is None else _by_report(f.tok_at(q.cue.start)) for q in indirect)
    return {host.i for host in hosts if host is not None}


def _widen_means_cues(f: _Finder, quotes: Sequence[Quote]) -> None:
    """A reporting gerund's host that is itself a speech verb joins the gerund's cue ("responded by saying", as
    PolNeAR draws it), for every quote the gerund cues (its indirect clause and the quoted words it reports)."""
    for q in quotes:
        if q.cue is None or f.tok_at(q.cue.start).idx != q.cue.start:
            continue
        host = _by_report(f.tok_at(q.cue.start))
        if host is not None and host.lemma_.lower() in CUE_LEMMAS:
            q.cue = _span(f.text, host.idx, q.cue.end)


def _drop_nested(f: _Finder, indirect: list[Quote]) -> list[Quote]:
    """Reported speech inside what another speaker reports is part of that content, not an attribution of
    its own ("Ms. Khan said Mr. Trump claimed that ...": one attribution, by Ms. Khan): an indirect quote
    whose cue lies in the content of another one, under its clause or in the clause an "according to" or
    an interrupting tag attributes, goes; a trailing "according to" takes the report it follows whole. A verb
    whose report is the means of a reporting gerund ("distanced himself by saying that ...") goes, the gerund's
    report stays."""
    framed = _framing_according(f, indirect)
    means = _means_hosts(f, indirect)
    out: list[Quote] = []
    for q in indirect:
        if any(q is host for host in framed) or (q.cue is not None and f.tok_at(q.cue.start).i in means):
            continue
        if q.cue is not None and not _trailing_according(f, q):
            inner = f.tok_at(q.cue.start)
            if any(
                o is not q
                and o.cue is not None
                and f.tok_at(o.cue.start).i not in means
                and o.content.start <= q.cue.start
                and q.cue.end <= o.content.end
                and (
                    _frames_clause(f.tok_at(o.cue.start), inner)
                    or (not o.content.start <= o.cue.start < o.content.end and _governs(f.tok_at(o.cue.start), inner))
                )
                for o in indirect
            ):
                continue
        out.append(q)
    return out


def _colon_clause(f: _Finder, sent: SpacySpan) -> tuple[Token, Token, Token] | None:
    """Headline style "Clinton camp: Trump's rhetoric threatens security": a short name, a colon,
    a clause. Returns (last token of the name, the colon, last token of the clause)."""
    words = [t for t in sent if not t.is_space]
    colon = next((k for k, t in enumerate(words[: _COLON_REACH + 1]) if t.text == ":"), None)
    if colon is not None and colon + 1 == len(words) and sent.end < len(f.doc):
        after = [t for t in f.doc[sent.end].sent if not t.is_space]  # the parser ended the sentence at the colon
        words += [] if any(t.is_quote for t in after) else after  # quoted words there are a direct quote
    if colon is None or colon == 0 or colon + 1 >= len(words):
        return None
    name, clause = words[:colon], words[colon + 1 :]
    para = f.para_of(words[colon].idx)
    clause = [t for t in clause if f.para_of(t.idx) == para]  # a headline the parser ran into the lead
    if any(t.pos_ in {"VERB", "AUX"} or t.lower_ in _NOT_SPEAKERS or t.like_num for t in name):
        return None  # "12:15 p.m.:" heads a live-blog entry, nobody speaks
    if not clause:
        return None  # a label line over the next paragraph
    if not any(t.pos_ in {"PROPN", "NOUN"} for t in name) or clause[0].is_quote:
        return None
    headline = f.para_of(sent.start_char) == 0
    if not any(t.pos_ in {"VERB", "AUX"} for t in clause) and not (headline and len(clause) >= 3):
        return None
    last = next(t for t in reversed(clause) if not (t.is_punct and not t.is_quote))
    return name[-1], words[colon], last


def _headline_with_fragment(f: _Finder, direct: Sequence[Range], start: int, end: int) -> bool:
    """A headline's clause after its colon with quoted words inside it ("Cruz: Trump Would Put Liberals On Court,
    ‘I Fear The Same Thing Is True’ for Rubio"): the words are part of what the clause reports."""
    inside = [(a, b) for a, b in direct if a < end and start < b]
    return f.para_of(start) == 0 and all(start < a and b <= end + 2 for a, b in inside)


def _in_headline_clause(f: _Finder, q: Quote, colon: Sequence[Quote]) -> bool:
    """Whether a quote by marks lies inside a headline's colon clause, which reports it
    (``_headline_with_fragment``)."""
    return f.para_of(q.content.start) == 0 and any(
        c.content.start < q.content.start and q.content.end <= c.content.end + 2 for c in colon
    )


def _colon_quotes(f: _Finder, marked: list[Range], direct: list[Range], excluded: Sequence[Range]) -> list[Quote]:
    m_starts, d_starts = [a for a, _ in marked], [a for a, _ in direct]
    out: list[Quote] = []
    for sent in f.doc.sents:
        found = _colon_clause(f, sent)
        if found is None:
            continue
        name_end, colon, last = found
        first_word = next(t for t in sent if not t.is_space)
        start, end = colon.i + 1, last.idx + len(last.text)
        content_start = f.doc[start].idx if not f.doc[start].is_space else f.doc[start + 1].idx
        if _in_ranges(colon.idx, excluded) or _overlaps(marked, m_starts, colon.idx, colon.idx + 1):
            continue
        if end <= content_start:
            continue
        if _overlaps(direct, d_starts, content_start, end) and not _headline_with_fragment(
            f, direct, content_start, end
        ):
            continue
        speaker = _span(f.text, first_word.idx, name_end.idx + len(name_end.text))
        att = _Attribution(_span(f.text, colon.idx, colon.idx + 1), name_end, speaker, None, False)
        out.append(_make_quote(f, _span(f.text, content_start, end), att, False, "indirect", _CONF_INDIRECT))
    return out


def find_quotes(doc: Doc, entities: Sequence[EntityMention], excluded: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    """Direct and mixed quotes (by quote marks) then indirect ones (by parse), in text order.

    ``entities`` are actor mentions with ``refers_to`` chains; ``excluded`` are character ranges
    (captions, bylines...) that yield nothing. Never raises on unbalanced quote marks.
    """
    f = _Finder(doc, entities)
    pairs = [p for p in pair_marks(f.text) if not _in_ranges(p.open_pos, excluded)]
    for p in pairs:
        f.mark_open.add(f.tok_at(p.open_pos).i)
        f.mark_close.add(f.tok_at(p.close_pos).i)
    f.quoted = sorted((p.open_pos, p.close_pos + 1) for p in pairs)
    found, unclaimed = _marked_quotes(f, pairs)
    marked = sorted((p.open_pos, p.close_pos + 1) for p in pairs)
    direct = sorted((x.quote.content.start, x.quote.content.end) for x in found if x.quote.direct)
    indirect = _drop_nested(f, _indirect(f, marked, direct, excluded))
    _end_before_inner_reports(f, indirect)
    _reach_adjacent_quote(f, pairs, indirect, [x.quote for x in found])
    _reach_closing_fragment(f, unclaimed, indirect)
    colon = _colon_quotes(f, marked, direct, excluded)
    found = [x for x in found if not _in_headline_clause(f, x.quote, colon)]
    reported = indirect + colon
    quotes = [x.quote for x in found] + reported + _edge_fragments(f, pairs, reported, [x.quote for x in found])
    _join_inner_fragments([x.quote for x in found], indirect)
    _join_nearer_report(f, [x.quote for x in found], indirect)
    _run_past_marks(f, quotes, indirect)
    _run_on_phrase(f, quotes)
    _trim_scene_tail(f, quotes)
    _naming_object(f, quotes)
    _lead_in_phrase(f, quotes)
    _object_before_colon(f, quotes)
    _fronted_clause(f, quotes)
    _quoted_predicate(f, quotes)
    quotes.sort(key=lambda q: q.content.start)
    _tag_later_in_paragraph(f, quotes)
    _orphan_takes_later_tag(f, quotes)
    _carry_speakers(f, quotes)
    quotes = _transcript_turns(f, quotes, excluded)
    _according_after_tag(f, quotes)
    quotes = _drop_fronted_words(f, quotes)
    quotes = _drop_lead_in_before_colon(f, quotes)
    quotes = _one_report_per_verb(f, quotes)
    _widen_means_cues(f, quotes)
    return _drop_untagged_single(f, pairs, quotes)


def _one_report_per_verb(f: _Finder, quotes: list[Quote]) -> list[Quote]:
    """One verb, one attribution. Where a verb tags a quote by marks and also heads a reported prepositional
    phrase ("“...,” she said of the episode", "tweeted on Wednesday", "warned of the “fevered dreams” of ..."),
    the two cue spans start on the same word but end apart ("said" / "said of"). Overlapping contents are one
    attribution: both take the longer cue. A prepositional phrase beside the quote the verb tags is only its
    setting, and no attribution of its own."""
    tagged = [q for q in quotes if q.kind != "indirect" and q.cue is not None]
    dropped: set[int] = set()
    for q in quotes:
        if q.kind != "indirect" or q.cue is None:
            continue
        for d in tagged:
            assert d.cue is not None
            if d.cue.start != q.cue.start or d.cue.end == q.cue.end:
                continue
            if d.content.start < q.content.end and q.content.start < d.content.end:
                d.cue = q.cue = max(d.cue, q.cue, key=lambda c: c.end)
            elif _setting_beside(f, d, q):
                dropped.add(id(q))
    return [q for q in quotes if id(q) not in dropped]


def _setting_beside(f: _Finder, tagged: Quote, setting: Quote) -> bool:
    """Whether a verb's reported phrase is only the setting of the quote it tags: the quote ends before the phrase
    ("“...,” he said of X", "“...” Clinton tweeted on Wednesday") or opens right after it, past a comma or colon
    ("had this to say about X: “...”", "called over her shoulder, “...”"), and says something (a verb, or a "!" or
    "?"). A quoted title beside a verb is no quote it tags ("“Planet of the Apes,” the anchor reacted with a
    letter on ...")."""
    between = f.text[setting.content.end : tagged.content.start]
    after = len(between) <= _GAP and not any(c.isalnum() for c in between)
    if tagged.content.end > setting.content.start and not after:
        return False
    words = f.doc.char_span(tagged.content.start, tagged.content.end, alignment_mode="expand")
    return words is not None and (_has_verb(words) or any(t.text in _ASKS_OR_EXCLAIMS for t in words))


def _according_after_tag(f: _Finder, quotes: Sequence[Quote]) -> None:
    """'"...," Welch said, according to Vermont Edition.': the tag is reported too, and "according to" is the
    attribution's cue, its object the source (PolNeAR train: 5 of 5 such tags counted mark "according to" only)."""
    for q in quotes:
        if not q.direct or q.cue is None:
            continue
        cue = f.tok_at(q.cue.start)
        if cue.idx < q.content.end:
            continue  # a tag before its quote
        according = _according_in_tag(f, cue)
        att = f.attribution(according, True) if according is not None else None
        if att is None or att.speaker is None:
            continue
        ent = f.entity_for(att.speaker)
        old = (q.cue.start, q.cue.end)
        for other in quotes:  # every part of a quote split around the tag
            if other.cue is not None and (other.cue.start, other.cue.end) == old:
                other.cue, other.speaker, other.medium = att.cue, att.speaker, None
                other.speaker_entity, other.speaker_actor = ent, f.resolve(ent)


def _according_in_tag(f: _Finder, cue: Token) -> Token | None:
    """The "according" of ", according to" that closes the tag of a quote ('," Welch said, according to ...');
    None where the sentence ends first or there is none."""
    for tok in f.doc[cue.i + 1 : cue.i + 1 + _TAG_TAIL]:
        if tok.text in _TERMINAL or f.is_break(tok):
            return None
        if _according_to(tok) and f.doc[tok.i - 1].text == ",":
            return tok
    return None


def _turn_label(f: _Finder, start: int, end: int) -> tuple[Token, Token, Token] | None:
    """A transcript turn's label at a paragraph's start ("TAPPER:", "Alex Seitz-Wald:"): up to
    :data:`_LABEL_WORDS` capitalised words and no verb before a colon with words after it. Returns the
    label's first and last token and the colon."""
    first = f.tok_at(start)
    while first.is_space and first.i + 1 < len(f.doc):
        first = f.doc[first.i + 1]
    if not first.text[:1].isupper():
        return None  # '"RAMOS: ...': a transcript inside quote marks is a quote already
    colon = next((t for t in f.doc[first.i : first.i + _LABEL_REACH] if t.text == ":"), None)
    if colon is None or colon.i == first.i or colon.idx + 1 >= end or not f.text[colon.idx + 1 : end].strip():
        return None
    words = [t for t in f.doc[first.i : colon.i] if not t.is_punct]
    if not words or len(words) > _LABEL_WORDS or any(not t.text[:1].isupper() or t.like_num for t in words):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and not t.is_upper for t in words) or any(
        t.lower_ in _NOT_SPEAKERS for t in words
    ):
        return None
    return first, f.doc[colon.i - 1], colon


def _counted_labels(f: _Finder, excluded: Sequence[Range]) -> list[tuple[int, tuple[Token, Token, Token]]]:
    """The transcript labels that count, each with the end of its paragraph: a label that heads two paragraphs of
    the article (turns alternate) or names a person."""
    found = []
    for start, end in f.paras:
        label = _turn_label(f, start, end)
        if label is not None and not _in_ranges(label[2].idx, excluded):
            found.append((end, label))
    counts: dict[str, int] = {}
    for _, (first, last, _) in found:
        key = f.text[first.idx : last.idx + len(last.text)].upper()
        counts[key] = counts.get(key, 0) + 1
    out = []
    for end, (first, last, colon) in found:
        name = f.text[first.idx : last.idx + len(last.text)]
        person = all(t.ent_type_ == "PERSON" for t in f.doc[first.i : last.i + 1] if not t.is_punct)
        if counts[name.upper()] >= 2 or person:
            out.append((end, (first, last, colon)))
    return out


def _transcript_turns(f: _Finder, quotes: list[Quote], excluded: Sequence[Range]) -> list[Quote]:
    """Paragraphs of a transcript ("TAPPER: And obviously, you're supporting ...", "FALLIN: Well, I think ..."):
    the paragraph after a label is what the labelled person says, the colon its cue. A label counts where it
    heads two paragraphs of the article (turns alternate) or names a person; reported speech inside a turn is
    part of it, as other reports inside a report are. "Q:" and "A:" are no labels here: taking them as turns
    cost PolNeAR train cue F1 (0.7810 to 0.7796) and speaker accuracy (0.9122 to 0.9107)."""
    for end, (first, last, colon) in _counted_labels(f, excluded):
        if f.para_of(colon.idx) == 0 or any(
            q.direct and q.cue is not None and q.cue.start <= colon.idx < q.cue.end for q in quotes
        ):
            continue  # a headline's colon, or already a direct quote's lead-in
        content_start = next(t.idx for t in f.doc[colon.i + 1 :] if not t.is_space)
        content_end = len(f.text[:end].rstrip())
        if not _has_verb(f.doc[colon.i + 1 : f.tok_at(content_end - 1).i + 1]):
            continue  # "Clinton: 547.", "Carson: A miracle.": a tally or a heading, no one's words
        quotes = [
            q
            for q in quotes
            if q.direct or q.cue is None or not (content_start <= q.cue.start < content_end or q.cue.start == colon.idx)
        ]
        att = _Attribution(
            _span(f.text, colon.idx, colon.idx + 1),
            last,
            _span(f.text, first.idx, last.idx + len(last.text)),
            None,
            False,
        )
        quotes.append(_make_quote(f, _span(f.text, content_start, content_end), att, False, "indirect", _CONF_INDIRECT))
    quotes.sort(key=lambda q: q.content.start)
    return quotes


def _marked_quotes(f: _Finder, pairs: Sequence[Pair]) -> tuple[list[_Found], list[Pair]]:
    """The direct and mixed quotes of the quote-mark pairs, in order, each untagged one going on with the
    attribution before it where it may (``_hands_on``); and the pairs that yield none."""
    found: list[_Found] = []
    unclaimed: list[Pair] = []
    prev: _Found | None = None
    for p in pairs:
        item = _one_quote(f, p, prev)
        if item is None:
            unclaimed.append(p)
            continue
        found.append(item)
        if _hands_on(item.quote):
            prev = item
    return found, unclaimed


def _hands_on(q: Quote) -> bool:
    """Whether an untagged quote after this one may go on with its attribution: a direct quote with a
    speaker, or with a cue whose speaker the parse lost ("“A,” Nate Silver, the polling guru who founded
    the site tweeted. “B.”": one attribution all the same), or a mixed quote whose tag follows it."""
    if q.direct:
        return q.speaker is not None or q.cue is not None
    return q.speaker is not None and _tagged_after(q)


def _tagged_after(q: Quote) -> bool:
    """Whether a mixed quote's tag follows it ("Trump is “learning fast,” Gingrich said."): a quote
    after it with no tag of its own goes on with that speaker, as after a direct quote."""
    return q.kind == "mixed" and q.cue is not None and q.cue.start >= q.content.end


def _reach_adjacent_quote(f: _Finder, pairs: Sequence[Pair], indirect: Sequence[Quote], found: Sequence[Quote]) -> None:
    """Reported speech whose object a quoted phrase describes or completes right after it ("referred to
    him as “the most beautiful soul”", "thanked its members “for their support”", "calling Pence "my
    partner"") runs to the closing mark: the phrase is the speaker's words about the object."""
    by_open = {p.open_pos: p for p in pairs}
    own = {q.content.start for q in found if q.kind == "direct"}
    for q in indirect:
        if q.cue is None or q.cue.start >= q.content.start:
            continue
        end = q.content.end
        gap = 4 if f.text[end : end + 4] == " as " else 1 if f.text[end : end + 1] == " " else 0
        pair = by_open.get(end + gap) if gap else None
        bounds = None if pair is None else _content_bounds(f.text, pair)
        if bounds is None or bounds[0] in own or f.para_of(bounds[1]) != f.para_of(end):
            continue
        q.content = _span(f.text, q.content.start, bounds[1])


def _reach_closing_fragment(f: _Finder, unclaimed: Sequence[Pair], indirect: Sequence[Quote]) -> None:
    """Reported speech that the parse ends early in a sentence that closes on a quoted phrase nobody
    else claims ("He said he intends to win every delegate, so he'll have enough votes to put together
    “the strongest agenda any party has seen.”"): the report runs to the phrase's closing mark, and the
    phrase is the speaker's words (a mixed quote of the same attribution)."""
    for p in unclaimed:
        bounds = _content_bounds(f.text, p)
        if bounds is None or not _ends_sentence(f.text, p, bounds):
            continue
        open_tok = f.tok_at(p.open_pos)
        toks = f.doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        if toks is None or _titles_work(f, open_tok) or _names_title(f, toks, open_tok):
            continue
        host = _report_before(f, p.open_pos, indirect)
        if host is not None:
            host.content = _span(f.text, host.content.start, bounds[1])


def _report_before(f: _Finder, pos: int, indirect: Sequence[Quote]) -> Quote | None:
    """The nearest reported speech ending before ``pos`` in its clause: cue first, content after it, in the
    same paragraph, nothing but the clause's own words between its end and ``pos``."""
    para = f.para_of(pos)
    hosts = [
        r
        for r in indirect
        if r.cue is not None
        and r.cue.end <= r.content.start
        and r.content.end <= pos
        and f.para_of(r.content.start) == para
        and _one_clause(f, r.content.end, pos)
    ]
    return max(hosts, key=lambda r: r.content.end, default=None)


def _ends_sentence(text: str, pair: Pair, bounds: Range) -> bool:
    """Whether the quoted phrase closes its sentence: a full stop, question or exclamation mark just
    inside or just outside the closing mark, or the paragraph ends there."""
    after = text[pair.close_pos + 1 : pair.close_pos + 3].lstrip(" ")
    return text[bounds[1] - 1] in _TERMINAL or after[:1] in _TERMINAL or after[:1] in {"", "\n"}


def _one_clause(f: _Finder, start: int, end: int) -> bool:
    """Whether the text between two points stays in one clause: no sentence or clause end, no line
    break, no quotation and no subject between them."""
    gap = f.text[start:end]
    if any(c in _TERMINAL or c in ";\n" for c in gap):
        return False
    if any(t.dep_ in _SUBJECT_DEPS for t in f.doc[f.tok_at(start).i : f.tok_at(end).i] if start <= t.idx):
        return False  # a subject of its own: a new clause ("supports Trump, Golvach lost his son when “...”")
    k = bisect.bisect_left(f.quoted, (start, -1))
    return k >= len(f.quoted) or f.quoted[k][0] >= end


def _edge_fragments(
    f: _Finder, pairs: Sequence[Pair], indirect: Sequence[Quote], found: Sequence[Quote]
) -> list[Quote]:
    """Reported speech that opens or closes on a quoted phrase ("The ad targets a “corrupt political
    system”") makes that phrase a mixed quote of the same attribution, whatever the verb: the words
    are the speaker's, not a title or a scare quote."""
    taken = {q.content.start: q for q in found}
    by_open = {p.open_pos: p for p in pairs}
    by_close = {p.close_pos: p for p in pairs}
    out: list[Quote] = []
    for q in indirect:
        start, end = q.content.start, q.content.end
        pair = next((by_open[k] for k in (start, start - 1) if k in by_open), None)
        # The closing mark may sit two characters in: a full stop then two apostrophes ("2009.''").
        pair = pair or next((by_close[k] for k in (end - 1, end, end + 1, end - 2) if k in by_close), None)
        bounds = None if pair is None else _content_bounds(f.text, pair)
        if bounds is None or not (start <= bounds[0] and bounds[1] <= end + 1):
            continue
        if pair is not None and _titles_work(f, f.tok_at(pair.open_pos)):
            continue  # "just published the book ''Strangers No More''": a title, not the speaker's words
        known = taken.get(bounds[0])
        if known is not None:
            # One attribution: the reported speech's cue, and its speaker where the fragment had none.
            if known.kind == "mixed":
                known.cue = q.cue
                if known.speaker is None:
                    known.speaker, known.speaker_actor = q.speaker, q.speaker_actor
                    known.speaker_entity, known.medium = q.speaker_entity, q.medium
            continue
        frag = dataclasses.replace(q, content=_span(f.text, *bounds), kind="mixed")
        taken[bounds[0]] = frag
        frag.provenance = Provenance(STAGE, VERSION, _CONF_MIXED)
        out.append(frag)
    return out


def _join_inner_fragments(found: Sequence[Quote], indirect: Sequence[Quote]) -> None:
    """A quoted phrase inside reported speech, its own verb inside it too ("Obama said Americans will
    say “no”", "said her campaign would continue “to break barriers”"), belongs to that report: it takes
    the cue and speaker of the widest reported speech around it (one attribution, as annotators see it)."""
    cues = {(r.cue.start, r.cue.end) for r in indirect if r.cue is not None}
    for q in found:
        if q.kind != "mixed" or q.cue is None or (q.cue.start, q.cue.end) in cues:
            continue  # joined already, as the quoted edge of reported speech
        cue = q.cue
        hosts = [
            r
            for r in indirect
            if r.cue is not None
            and r.content.start <= q.content.start
            and q.content.end <= r.content.end + 1
            and r.content.start <= cue.start < r.content.end
        ]
        if not hosts:
            continue
        host = max(hosts, key=lambda r: r.content.end - r.content.start)
        _take_attribution(q, host)


def _join_nearer_report(f: _Finder, found: Sequence[Quote], indirect: Sequence[Quote]) -> None:
    """A quote that took an earlier cue but follows a nearer report of its own ("“A,” Cook wrote, adding
    that if X, “B.”"; "said Ervin, who thinks his staff “need to ...”") goes on with that report: it
    takes the nearer report's cue and speaker (one attribution, as annotators see it)."""
    for q in found:
        if q.cue is None or q.cue.end > q.content.start:
            continue  # no cue, or its own tag after it
        para = f.para_of(q.content.start)
        hosts = [
            r
            for r in indirect
            if r.cue is not None
            and q.cue.end <= r.cue.start < r.content.start < q.content.start
            and f.para_of(r.cue.start) == para
            and (
                q.content.start <= r.content.end
                or _only_marks(f.text[r.content.end : q.content.start])
                or _after_participle_report(f, r, q)
            )
        ]
        if not hosts:
            continue
        host = max(hosts, key=lambda r: r.cue.start if r.cue is not None else -1)
        _take_attribution(q, host)


def _after_participle_report(f: _Finder, r: Quote, q: Quote) -> bool:
    """Whether quote ``q``, right after the sentence that a report ``r`` ends, goes on with that report rather
    than back to ``q``'s cue so far, the earlier tag: where ``r`` is a sentence of its own between them ("“A,”
    says Roloson. Roloson supports Clinton. “B.”"; "“A,” Greene said. Greene added that X. “B.”") or a
    participle on the tag that says more ("“A,” he said, adding that he had fought for bills. “B.”"). After a
    participle that points at something ("referring to", "noting", "citing") or any other report in the tag's
    own sentence the quote goes back to the tag."""
    if r.cue is None or q.cue is None:
        return False
    cue, tag = f.tok_at(r.cue.start), f.tok_at(q.cue.start)
    gap = f.text[r.content.end : q.content.start]
    stops = [c for c in gap if c in _TERMINAL]
    # The full stop ending the report, then the quote's opening mark: no words, no paragraph break.
    quiet = len(stops) == 1 and len(gap) <= _GAP and not any(c.isalnum() or c == "\n" for c in gap)
    if not quiet:
        return False
    # A report in a sentence of its own between the tag and the quote ("“A,” says Roloson. Roloson supports X. “B.”").
    return cue.sent.start != tag.sent.start or _says_more_of(cue, tag)


def _says_more_of(cue: Token, tag: Token) -> bool:
    """Whether ``cue`` is a participle on the tag that says more ("he said, adding that ...")."""
    return cue.tag_ == "VBG" and cue.lemma_ in _SAYS_MORE and cue.head.i == tag.i


def _only_marks(gap: str) -> bool:
    """Whether reported speech runs on into a quote in the same sentence: only a comma, a colon or a dash
    and spaces between them (after a full stop the quote goes back to the earlier tag)."""
    return all(not c.isalnum() and c not in _TERMINAL for c in gap) and len(gap) <= _GAP


def _run_past_marks(f: _Finder, quotes: Sequence[Quote], indirect: Sequence[Quote]) -> None:
    """Reported speech the parse ends at a closing quote mark while the sentence goes on with a
    preposition, a subordinate clause or a relative clause on the quoted words ("wrote that such a
    request was “futile,” because if ...", "questioned Trump's “New York values” for ...", "forwards an
    email with the subject line “Photo gone viral!” that includes ...") runs to the end of that sentence."""
    ends: dict[Range, int] = {}
    for q in quotes:
        if q.cue is not None:
            key = (q.cue.start, q.cue.end)
            ends[key] = max(ends.get(key, 0), q.content.end)
    direct_starts = sorted(q.content.start for q in quotes if q.kind == "direct")
    for q in indirect:
        if q.cue is None:
            continue
        end = ends[(q.cue.start, q.cue.end)]
        k = end
        while k < len(f.text) and f.text[k] in _PAST_MARK:
            k += 1
        gap = f.text[end:k]
        word = f.text[k : k + 12].split(" ", 1)[0]
        if not any(c in DOUBLE + SINGLE for c in gap) or word.lower() not in _CONTINUES or word[:1].isupper():
            continue  # a capital after the closing mark starts a new sentence ("community.” For someone")
        sent = f.tok_at(k).sent
        last = next((t for t in reversed(sent) if not (t.is_space or t.is_punct) or t.is_quote), None)
        if last is None or f.para_of(last.idx) != f.para_of(k):
            continue
        new_end = last.idx + len(last.text)
        i = bisect.bisect_right(direct_starts, k)
        if new_end <= k or (i < len(direct_starts) and direct_starts[i] < new_end):
            continue  # another speaker's quote in the way
        q.content = _span(f.text, q.content.start, new_end)


def _phrase_top(tok: Token, k: int) -> Token | None:
    """The highest token from ``tok`` up its heads that still starts at or after character ``k``
    (its head lies before ``k``), or None when the chain reaches the root first."""
    while tok.head.idx >= k:
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _phrase_past_mark(f: _Finder, start: int, end: int) -> int | None:
    """The end of the words right after a closing mark (no comma or stop between) that the parse hangs
    on a word inside ``start``-``end``, so that the quoted words are only part of a phrase the sentence
    finishes ("called for more “flexibility” for U.S. military advisers", "pronounced the name “Hamas” as
    if it were ..."): None when they start no such phrase (a tag, a coordinated verb, a time)."""
    k = end
    while k < len(f.text) and f.text[k] in DOUBLE + SINGLE:
        k += 1
    if k == end or k >= len(f.text) or f.text[k] != " ":
        return None
    first = f.tok_at(k + 1)
    if first.idx != k + 1 or not first.text[:1].islower() or first.dep_ == "cc" or f.tok_at(end - 1).sent != first.sent:
        return None
    top = _phrase_top(first, k)
    if top is None or not start <= top.head.idx < end:
        return None  # it hangs on the cue or on words before the content: the sentence's own
    if top.pos_ in {"VERB", "AUX"} and top.dep_ == "conj":
        return None
    last = f.doc[top.right_edge.i]
    while last.i + 1 < len(f.doc) and not (nxt := f.doc[last.i + 1]).is_punct and nxt.sent == first.sent:
        more = _phrase_top(nxt, nxt.idx)
        if more is None or not (start <= more.head.idx < end or k <= more.head.idx <= last.idx):
            break
        last = f.doc[more.right_edge.i]  # a second phrase on the same words ("“patience” from voters in Ohio")
    if any(_is_time(t) for t in f.doc[first.i : last.i + 1]):
        return None  # "tweeted “...” on Friday afternoon": when it was said
    if _sets_scene(top):
        return None  # "called Palin a “clown” on his radio show": where it was said
    while last.i > first.i and (last.is_punct or last.is_space):
        last = f.doc[last.i - 1]
    if f.para_of(last.idx) != f.para_of(k) or any(f.inside_marks(t.idx) for t in f.doc[first.i : last.i + 1]):
        return None
    return last.idx + len(last.text)


_SCENE_PREPS = frozenset({"in", "on", "at", "during"})
# Where words were said or shown: a phrase on one of these names the medium, not what was said.
_SCENE_NOUNS = _MEDIUM_HOSTS | frozenset(
    {
        "show", "page", "book", "blog", "video", "speech", "ad", "column", "email", "radio", "program",
        "appearance", "debate", "rally", "memo", "conversation", "release", "twitter", "facebook", "op-ed",
        "editorial", "podcast", "hearing", "event", "campaign", "news", "television", "tv", "filing", "report",
        "remarks", "comment",
    }
)  # fmt: skip


def _sets_scene(tok: Token) -> bool:
    """Whether ``tok`` is a preposition naming the medium words came in ("in a tweet", "on his radio show")."""
    if tok.dep_ != "prep" or tok.lower_ not in _SCENE_PREPS:
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _SCENE_NOUNS for c in tok.children)


def _scene_tail(f: _Finder, q: Quote) -> int | None:
    """Where a reported phrase with no verb of its own ends when the parse hung the medium phrase after its
    closing mark on it ("called [Palin a “clown]” on his radio show", "called for [a ... “clean energy
    economy]” in a statement"): at that mark, as annotators draw it. None where nothing is to be cut."""
    start, end = q.content.start, q.content.end
    inner = [(a, b) for a, b in f.quoted if start <= a and b < end]
    if not inner:
        return None
    close = inner[-1][1]  # just past the last closing mark inside the content
    k = close
    while k < end and f.text[k] in " ,":
        k += 1
    first = f.tok_at(k) if k < end else None
    if first is None or first.idx != k or not _sets_scene(first):
        return None
    last = f.doc[first.right_edge.i]
    if last.idx + len(last.text) < end - 1:
        return None  # more than the medium phrase follows the mark
    words = f.doc.char_span(start, close, alignment_mode="expand")
    if words is None or any(t.pos_ in {"VERB", "AUX"} and not f.inside_marks(t.idx) for t in words):
        return None  # a reported clause goes on past its quoted words ("said he was being “sarcastic” in ...")
    return close - 1


def _trim_scene_tail(f: _Finder, quotes: Sequence[Quote]) -> None:
    """Indirect contents that run from quoted words into the medium phrase after them end at the closing
    mark (:func:`_scene_tail`)."""
    for q in quotes:
        if q.kind != "indirect" or q.cue is None:
            continue
        cut = _scene_tail(f, q)
        if cut is not None and cut > q.content.start:
            q.content = _span(f.text, q.content.start, cut)


def _run_on_phrase(f: _Finder, quotes: Sequence[Quote]) -> None:
    """An attribution whose content ends at a closing mark while the sentence's phrase goes on takes the
    rest of that phrase in (see :func:`_phrase_past_mark`), as a reader does: the quoted words are part
    of the reported clause, not the whole of it."""
    groups: dict[Range, list[Quote]] = {}
    for q in quotes:
        if q.cue is not None:
            groups.setdefault((q.cue.start, q.cue.end), []).append(q)
    for (cue_start, cue_end), group in groups.items():
        if f.text[cue_start:cue_end] == ":":
            continue  # a headline's lead-in: the quote after its colon is what is quoted, nothing after it
        last = max(group, key=lambda q: q.content.end)
        start = min(q.content.start for q in group)
        new_end = _phrase_past_mark(f, start, last.content.end)
        if new_end is None or last.content.end <= cue_start < new_end:
            continue
        last.content = _span(f.text, last.content.start, new_end)


_NAMING = frozenset({"call", "dub", "label", "brand", "term", "name"})  # verbs that give their object a name
_NAMED_POS = frozenset({"PRON", "PROPN", "NOUN"})
_NAMED_REACH = 8  # words an object named before the quoted name may have


def _named_object(f: _Finder, q: Quote) -> int | None:
    """Where the object starts when a quote is the name a naming verb gives it ("called Trump a
    “blowhard”", "dubbed her a “press conference”"): None when words other than one noun phrase stand
    between the verb and the opening mark (a preposition: "called for a “clean energy economy”"), or
    when the verb is passive ("being dubbed the “presumptive nominee”": the name has no object)."""
    if q.cue is None or q.kind == "indirect" or q.cue.end >= q.content.start:
        return None
    verb = f.tok_at(q.cue.end - 1)
    if verb.lemma_.lower() not in _NAMING or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    gap = [t for t in f.doc[verb.i + 1 : f.tok_at(q.content.start).i] if not t.is_space]
    if not gap or not gap[-1].is_quote or not f.tok_at(q.content.start - 1).is_quote:
        return None
    words = gap[:-1]
    if not 0 < len(words) <= _NAMED_REACH or not _opens_phrase(words[0]):
        return None
    if any(t.is_punct or t.is_quote for t in words) or not any(t.pos_ in _NAMED_POS for t in words):
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in words) or f.inside_marks(words[0].idx):
        return None
    return words[0].idx


def _opens_phrase(tok: Token) -> bool:
    """Whether a word can open a noun phrase: a noun, a determiner, an adjective, a number, or
    "both" / "either" before coordinated nouns."""
    return tok.pos_ in _NAMED_POS | {"DET", "ADJ", "NUM"} or tok.lower_ in {"both", "either", "neither"}


def _naming_object(f: _Finder, quotes: Sequence[Quote]) -> None:
    """A quoted name that a naming verb gives its object starts its content at the object ("called
    [Trump a “blowhard]”"): what is said is that the object is the name, as annotators mark it. A
    speaker the parse found in the object ("calling him “a feminist”") is the one named, not the one
    speaking: it is dropped. Nothing changes where reported speech of the same cue takes the object in
    already (one attribution: its speaker stands)."""
    first = _first_content_starts(quotes)
    for q in quotes:
        start = _named_object(f, q)
        if start is None or q.cue is None or first[(q.cue.start, q.cue.end)] <= start:
            continue
        _start_content_at(f, q, start)


def _first_content_starts(quotes: Sequence[Quote]) -> dict[Range, int]:
    """Where the earliest content of each cue starts."""
    first: dict[Range, int] = {}
    for q in quotes:
        if q.cue is not None:
            key = (q.cue.start, q.cue.end)
            first[key] = min(first.get(key, q.content.start), q.content.start)
    return first


def _start_content_at(f: _Finder, q: Quote, start: int) -> None:
    """Start ``q``'s content at ``start``; a speaker the parse found inside it now is said, not saying: dropped."""
    q.content = _span(f.text, start, q.content.end)
    if q.speaker is not None and start <= q.speaker.start < q.content.end:
        q.speaker, q.speaker_actor, q.speaker_entity = None, None, None


_LEAD_REACH = 10  # words between a cue and a quoted phrase that the phrase may finish


def _quote_top(f: _Finder, start: int, end: int) -> Token | None:
    """The word that heads the quoted words ``start``-``end`` in the parse: of those whose head lies
    outside them, the one with the widest subtree."""
    toks = [t for t in f.doc[f.tok_at(start).i : f.tok_at(end - 1).i + 1] if not (t.is_punct or t.is_space)]
    tops = [t for t in toks if not start <= t.head.idx < end and t.head.i != t.i]
    return max(tops, key=lambda t: t.right_edge.i - t.left_edge.i, default=None)


def _lead_in(f: _Finder, q: Quote) -> int | None:
    """Where the words start that a quoted phrase finishes when they stand between the cue and the
    opening mark with no stop between ("pledged to be “the greatest jobs president”", "accuses the
    campaign of “attempting to bully ...”", "pointed to the case as the epitome of the “rigged
    system”"): the parse hangs the quoted words on one of them. A preposition right after the verb is
    the cue's ("called for"), not content. None where the quote is the cue's own complement or
    punctuation sets it off."""
    if q.cue is None or q.kind == "indirect" or q.cue.end >= q.content.start:
        return None
    verb = f.tok_at(q.cue.end - 1)
    mark = f.tok_at(q.content.start - 1)
    if not mark.is_quote or verb.sent != mark.sent:
        return None
    words = [t for t in f.doc[verb.i + 1 : mark.i] if not t.is_space]
    if words and words[0].pos_ == "ADP" and words[0].head.i == verb.i:
        words = words[1:]  # "called for", "pointed to": the verb's own preposition
    if not 0 < len(words) <= _LEAD_REACH or any(t.is_punct or t.is_quote for t in words):
        return None
    if not any(t.pos_ in _NAMED_POS or t.pos_ in {"VERB", "AUX"} for t in words) or f.inside_marks(words[0].idx):
        return None
    top = _quote_top(f, q.content.start, q.content.end)
    if top is None or not words[0].idx <= top.head.idx <= words[-1].idx:
        return None
    return words[0].idx


def _start_earlier_where(f: _Finder, quotes: Sequence[Quote], locate: Callable[[_Finder, Quote], int | None]) -> None:
    """Start each quote's content where ``locate`` finds an earlier start for it, unless reported speech of the
    same cue already starts before the quote: the parse's clause decides there."""
    first = _first_content_starts(quotes)
    for q in quotes:
        if q.cue is None or first[(q.cue.start, q.cue.end)] < q.content.start:
            continue
        start = locate(f, q)
        if start is not None:
            _start_content_at(f, q, start)


def _lead_in_phrase(f: _Finder, quotes: Sequence[Quote]) -> None:
    """A quoted phrase that finishes words begun after its cue starts its content where those words
    start (see :func:`_lead_in`): the speaker said the whole phrase, as annotators mark it. Not where
    reported speech of the same cue starts before the quote already: the parse's clause decides."""
    _start_earlier_where(f, quotes, _lead_in)


# Nouns that name an utterance: as a verb's object before a colon they label the quote that follows
# ("added a caveat: “...”", "had one message: “...”"), and the quote alone is what is said.
_UTTERANCE_NOUNS = frozenset(
    {
        "message", "retort", "caveat", "compliment", "statement", "warning", "question", "response", "answer",
        "reply", "remark", "comment", "line", "word", "note", "reminder", "plea", "advice", "explanation",
        "prediction", "promise", "vow", "pledge", "threat", "quip", "joke", "rebuke", "rejoinder", "assessment",
        "verdict", "summary", "take", "point", "argument", "request", "appeal", "greeting", "tweet", "post",
        "letter", "email", "speech", "thought", "view", "opinion", "assurance", "apology", "challenge", "slogan",
        "mantra", "motto", "refrain", "pitch", "cry", "toast", "prayer", "praise", "criticism", "defense",
        "defence", "denial", "confession", "admission", "description", "characterization", "version",
        "instruction", "order", "command", "demand", "proposal", "suggestion", "wish", "hope", "fear", "story",
        "anecdote", "tale", "account", "thanks", "congratulations", "condolences", "sentiment", "observation",
        "insight", "lesson", "jab", "dig", "barb", "swipe", "shot", "zinger", "insult", "putdown",
        "accusation", "charge", "claim", "complaint", "objection", "correction", "clarification", "disclaimer",
        "endorsement", "recommendation", "conclusion", "diagnosis", "forecast", "projection", "estimate",
        "whirl", "try", "shout", "shoutout", "case", "nod", "tribute", "farewell", "goodbye", "invitation", "offer",
    }
)  # fmt: skip
# Verbs whose object is the one spoken to ("told the crowd: “...”", "addressed the supporters again: “...”").
_ADDRESSEE_VERBS = frozenset(
    {
        "tell", "address", "ask", "urge", "warn", "remind", "inform", "assure", "thank", "brief", "greet",
        "advise", "caution", "answer", "question", "implore", "beg", "call", "lecture",
        "scold", "interrupt", "correct", "congratulate", "reassure",
    }
)  # fmt: skip
_COLON_OBJECT_REACH = 12  # words an object and its modifiers may have between a cue and its colon


def _colon_object(f: _Finder, q: Quote) -> int | None:
    """Where the verb's object starts when it stands between the cue and a colon before the quote
    ("recalled the three-year freeze on basic federal pay rates: “...”", "celebrated the attacks on
    Twitter: “...”"): the quote speaks to that thing, and annotators take the object in. None where the
    object names the utterance itself ("added a caveat:"), is a pronoun ("put it:", "tweeted this:"),
    is the one spoken to ("told the crowd:") or comes with another object ("gave the Texan a compliment:"),
    or where anything but one phrase stands between."""
    if q.cue is None or q.kind != "direct" or q.cue.end >= q.content.start:
        return None
    gap = f.text[q.cue.end : q.content.start]
    lead = gap.rstrip().rstrip(DOUBLE + SINGLE).rstrip()
    if not lead.endswith(":") or "\n" in gap or lead[:-1].strip() == "":
        return None
    verb = f.tok_at(q.cue.end - 1)
    if verb.pos_ != "VERB" or verb.dep_ not in {"ROOT", "conj"} or verb.lemma_.lower() in _ADDRESSEE_VERBS:
        return None  # the lead-in's own verb, not one inside what it reports ("hoped that Trump wins the election:")
    if any(c.dep_ in {"dative", "auxpass"} for c in verb.children):
        return None
    colon = f.tok_at(q.cue.end + len(lead) - 1)
    words = [t for t in f.doc[verb.i + 1 : colon.i] if not t.is_space]
    while words and words[0].dep_ == "prt" and words[0].head.i == verb.i:
        words = words[1:]  # "played up"
    if not 0 < len(words) <= _COLON_OBJECT_REACH or any((t.is_punct and t.tag_ != "HYPH") or t.is_quote for t in words):
        return None  # hyphens join words ("the three-year freeze"); other punctuation sets off more than one phrase
    if any(t.pos_ in {"VERB", "AUX"} for t in words) or f.inside_marks(words[0].idx):
        return None
    objects = [t for t in words if t.head.i == verb.i and t.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    obj = objects[0]
    if obj.pos_ not in {"NOUN", "PROPN"} or obj.left_edge.i != words[0].i or obj.ent_type_ == "PERSON":
        return None
    if obj.lemma_.lower() in _UTTERANCE_NOUNS:
        return None
    if obj.tag_ != "NNS" and not any(c.dep_ in {"det", "poss", "nummod", "predet"} for c in obj.children):
        return None  # a bare singular word is no object phrase ("added warily:")
    return words[0].idx


def _object_before_colon(f: _Finder, quotes: Sequence[Quote]) -> None:
    """A quote after a colon that follows the cue's object starts its content at the object (see
    :func:`_colon_object`): what is said is about that thing, as annotators mark it. Not where reported
    speech of the same cue starts earlier."""
    _start_earlier_where(f, quotes, _colon_object)


_SUBORDINATORS = frozenset(
    {"if", "whether", "when", "while", "although", "though", "because", "unless", "once", "since", "until"}
)

_COMMA_REACH = 8  # characters before a tag in which the comma that opens it lies ("way, Cohn wrote")


def _fronted_start(f: _Finder, q: Quote) -> int | None:
    """Where a subordinate clause starts that opens the sentence before an interrupting tag whose quote
    goes on in lower case ("If whites were moving his way, Cohn wrote, “the assumption ... may be
    shakier”"): the clause is the quoted sentence's own, set before the tag. None otherwise."""
    if q.cue is None or q.kind == "indirect" or q.cue.end >= q.content.start:
        return None
    if not f.text[q.content.start : q.content.start + 1].islower():
        return None
    tag = q.cue.start if q.speaker is None else min(q.speaker.start, q.cue.start)
    between = f.text[q.cue.end : q.content.start]
    before = f.text[max(0, tag - _COMMA_REACH) : tag]
    if not between.rstrip(DOUBLE + SINGLE).rstrip().endswith(",") or not before.rstrip().endswith(","):
        return None  # the tag stands between two commas
    first = _first_word(f.tok_at(q.cue.start).sent)
    if first is None or first.lower_ not in _SUBORDINATORS or first.idx >= tag:
        return None
    if f.para_of(first.idx) != f.para_of(q.content.start) or any(c in f.text[first.idx : tag] for c in DOUBLE + SINGLE):
        return None
    return first.idx


def _fronted_clause(f: _Finder, quotes: Sequence[Quote]) -> None:
    """A quote that goes on in lower case after an interrupting tag starts its content at a subordinate
    clause that opens the sentence before the tag (see :func:`_fronted_start`): the quoted sentence
    begins there, as annotators mark it."""
    for q in quotes:
        start = _fronted_start(f, q)
        if start is not None:
            q.content = _span(f.text, start, q.content.end)


def _predicate_subject(f: _Finder, q: Quote) -> int | None:
    """Where the sentence starts when a quote tagged after it opens in lower case right after words of
    that sentence ("The people of Scranton “deserve someone who's with them,” said Biden"): the quoted
    words finish a sentence the writer began, and the speaker said the whole of it. None otherwise."""
    if q.cue is None or q.kind == "indirect" or q.cue.start < q.content.end:
        return None
    if not f.text[q.content.start : q.content.start + 1].islower():
        return None
    k = q.content.start
    while k > 0 and f.text[k - 1] in DOUBLE + SINGLE:
        k -= 1
    if k == q.content.start or k < 2 or f.text[k - 1] != " " or not f.text[k - 2].isalnum():
        return None
    first = _first_word(f.tok_at(q.content.start).sent)
    if first is None or first.idx >= k - 1 or f.para_of(first.idx) != f.para_of(q.content.start):
        return None
    return first.idx


def _first_word(sent: SpacySpan) -> Token | None:
    """A sentence's first word (no punctuation or space)."""
    return next((t for t in sent if not (t.is_punct or t.is_space)), None)


def _quoted_predicate(f: _Finder, quotes: Sequence[Quote]) -> None:
    """A quote tagged after it that finishes a sentence begun outside the marks starts its content where
    that sentence starts (see :func:`_predicate_subject`), as annotators mark it."""
    for q in quotes:
        start = _predicate_subject(f, q)
        if start is None or "(" in f.text[start : q.content.start]:
            continue
        if any(_holds_report(r, start, q.content.start) for r in quotes if r is not q):
            continue  # the words before the mark report speech of their own ("The witness said ...")
        q.content = _span(f.text, start, q.content.end)


def _holds_report(r: Quote, start: int, end: int) -> bool:
    """Whether quote ``r``'s cue or content lies within ``start``-``end``."""
    spans = [r.content] + ([r.cue] if r.cue is not None else [])
    return any(start <= x.start < end or start < x.end <= end for x in spans)


def _opens_sentence_after(f: _Finder, q: Quote, cue: Span) -> bool:
    """Whether a direct quote opens right after ``cue`` (only punctuation between) on a capital: a
    sentence of its own starts there."""
    gap = f.text[cue.end : q.content.start]
    return (
        q.kind == "direct"
        and cue.end <= q.content.start
        and not any(c.isalnum() for c in gap)
        and f.text[q.content.start : q.content.start + 1].isupper()
    )


def _drop_fronted_words(f: _Finder, quotes: list[Quote]) -> list[Quote]:
    """Reported speech that the parse finds in the words before a tag, the tag's own subject among
    them ("Still, she added, “...”", "Asked by Matt Lauer whether ..., she said, “I read it once ...”"),
    is no speech of its own when the tag's direct quote opens a sentence of its own on a capital: the
    fronted words set the scene, and what is said starts at the mark. (A quote going on in lower
    case continues the sentence begun before the tag: the words stay.)"""
    opens: set[tuple[int, int]] = set()
    for q in quotes:
        if q.cue is not None and _opens_sentence_after(f, q, q.cue):
            opens.add((q.cue.start, q.cue.end))
    if not opens:
        return quotes
    return [
        q
        for q in quotes
        if not (
            q.kind == "indirect"
            and q.cue is not None
            and (q.cue.start, q.cue.end) in opens
            and q.content.end <= q.cue.start
            and q.speaker is not None
            and q.content.start <= q.speaker.start < q.content.end
        )
    ]


def _lead_in_before_colon(f: _Finder, q: Quote, quotes: Sequence[Quote]) -> bool:
    """Whether ``q`` is reported speech that the parse finds in a lead-in ending in a colon right before a
    direct quote tagged after it by the same cue ("Cruz defends his record in a commercial: “...,” the
    senator says"): the writer's words introducing the quote, not the speaker's."""
    if q.kind != "indirect" or q.cue is None or q.cue.start < q.content.end:
        return False
    cue = (q.cue.start, q.cue.end)
    for d in quotes:
        if d.kind != "direct" or d.cue is None or (d.cue.start, d.cue.end) != cue or d.content.end > cue[0]:
            continue
        gap = f.text[q.content.end : d.content.start]
        if gap.strip(" " + DOUBLE + SINGLE) == ":" and d.content.start > q.content.end:
            return True
    return False


def _labels_quote(f: _Finder, q: Quote, quotes: Sequence[Quote]) -> bool:
    """Whether ``q`` is reported speech that the parse finds in the cue's object right before a colon and
    a direct quote of the same cue, where that object labels the quote or is the one spoken to rather than
    what the quote speaks about ("issued the following statement: “...”", "delivered a blunt message to
    Trump: “...”", "told his audience: “...”", "describes itself in the following way: “...”")."""
    if q.kind != "indirect" or q.cue is None or q.cue.end > q.content.start:
        return False
    cue = (q.cue.start, q.cue.end)
    if not any(
        d.kind == "direct"
        and d.cue is not None
        and (d.cue.start, d.cue.end) == cue
        and d.content.start > q.content.end
        and f.text[q.content.end : d.content.start].strip().strip(DOUBLE + SINGLE).strip() == ":"
        for d in quotes
    ):
        return False
    verb = f.tok_at(q.cue.end - 1)
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.left_edge.idx == q.content.start), None)
    if obj is None:
        return False
    return (
        obj.pos_ == "PRON"
        or obj.lemma_.lower() in _UTTERANCE_NOUNS
        or verb.lemma_.lower() in _ADDRESSEE_VERBS
        or any(c.lower_ == "following" for c in obj.children)
    )


def _drop_lead_in_before_colon(f: _Finder, quotes: list[Quote]) -> list[Quote]:
    """Drop reported speech that is a lead-in to a direct quote after a colon: the writer's words before a
    quote tagged after it (see :func:`_lead_in_before_colon`), or an object that labels the quote (see
    :func:`_labels_quote`). What is said starts at the mark."""
    return [q for q in quotes if not (_lead_in_before_colon(f, q, quotes) or _labels_quote(f, q, quotes))]


def _take_attribution(q: Quote, host: Quote) -> None:
    """Give ``q`` the cue, speaker and medium of ``host``: one attribution, as annotators see it."""
    q.cue, q.speaker, q.medium = host.cue, host.speaker, host.medium
    q.speaker_actor, q.speaker_entity = host.speaker_actor, host.speaker_entity


def _later_tag(f: _Finder, quotes: Sequence[Quote], k: int, para: int) -> Quote | None:
    """The first direct quote after ``quotes[k]`` in paragraph ``para`` whose cue and speaker are both
    known, if its cue is in that paragraph too (“A.” ... “B,” he said)."""
    later = (r for r in quotes[k + 1 :] if r.direct and f.para_of(r.content.start) == para)
    tag = next((r for r in later if r.cue is not None and r.speaker is not None), None)
    if tag is None or tag.cue is None or f.para_of(tag.cue.start) != para:
        return None
    return tag


def _tag_later_in_paragraph(f: _Finder, quotes: list[Quote]) -> None:
    """A quote with no cue of its own whose speaker came from an earlier paragraph takes the cue and
    speaker of a later quote in its own paragraph instead (“A.” ... “B,” he said): one attribution."""
    for k, q in enumerate(quotes):
        if q.cue is not None or q.speaker is None or not q.direct:
            continue
        para = f.para_of(q.content.start)
        if f.para_of(q.speaker.start) == para:
            continue
        tag = _later_tag(f, quotes, k, para)
        if tag is not None:
            _take_attribution(q, tag)


def _orphan_takes_later_tag(f: _Finder, quotes: list[Quote]) -> None:
    """A direct quote with no cue and no speaker takes the tag of a later quote in its paragraph
    (“A.” Employees stay, and “B,” he says): the paragraph's speaker is named once, at its second quote.
    Not a quote whose own tag the parse missed: one closing on a comma, a question or an exclamation
    (“A,” came shouts), or one after a lead-in's comma or colon."""
    for k, q in enumerate(quotes):
        if q.cue is not None or q.speaker is not None or q.kind != "direct":
            continue
        lead = f.text[: q.content.start].rstrip().rstrip(DOUBLE + SINGLE).rstrip()[-1:]
        if lead in {",", ":"} or any(c in ",?!" for c in f.text[q.content.end - 1 : q.content.end + 1]):
            continue
        para = f.para_of(q.content.start)
        tag = _later_tag(f, quotes, k, para)
        if tag is not None:
            _take_attribution(q, tag)


def _single_marked(text: str, pair: Pair) -> bool:
    """Whether the quote is in single marks (not two apostrophes standing for a double mark)."""
    k = pair.open_pos
    return text[k] in SINGLE and text[max(0, k - 1) : k] != "'" and text[k + 1 : k + 2] != "'"


def _drop_untagged_single(f: _Finder, pairs: Sequence[Pair], quotes: list[Quote]) -> list[Quote]:
    """A sentence in single marks with no cue and no speaker below the headline is a subhead quoting
    nobody in particular ("'Carnage on the road' in southern city of Nice."): news text sets quotes in
    double marks and keeps single ones for headlines and for quotes inside quotes."""
    single = {b[0] for p in pairs if _single_marked(f.text, p) and (b := _content_bounds(f.text, p)) is not None}
    return [
        q
        for q in quotes
        if not (
            q.kind == "direct"
            and q.cue is None
            and q.speaker is None
            and q.content.start in single
            and f.para_of(q.content.start) > 0
        )
    ]


def _carry_speakers(f: _Finder, quotes: list[Quote]) -> None:
    """A direct quote with no cue and no speaker that opens right after reported speech ("Rather,
    he said, ...", then the quote as the next paragraph) takes that speaker, at low confidence; in the
    report's own paragraph it takes the cue too ("She said they had made progress. “I really believe
    ...”": one attribution)."""
    last: Quote | None = None
    for q in quotes:
        orphan = q.kind == "direct" and q.speaker is None and q.cue is None
        if orphan and last is not None and not _past_tag(f, last, q.content.start):
            _carry_from(f, last, q)
        if q.speaker is not None and q.cue is not None and f.tok_at(q.cue.start).lemma_.lower() in CUE_LEMMAS:
            last = q  # only speech verbs hand their speaker on ("chanted slogans" does not)
        elif last is not None and _goes_on_with(f, last, q):
            last = q  # "“A,” she told the crowd, then referred to [his slogan]. “B.”": B goes with the later report


def _past_tag(f: _Finder, last: Quote, pos: int) -> bool:
    """Whether the sentence of ``last``'s tag goes on, before ``pos``, with a clause of its own."""
    return last.cue is not None and _clause_after_tag(f, last.cue, pos) is not None


def _goes_on_with(f: _Finder, last: Quote, q: Quote) -> bool:
    """Whether ``q`` is the report of the clause that ``last``'s tag goes on with."""
    if last.cue is None or q.cue is None or q.speaker is None:
        return False
    verb = _clause_after_tag(f, last.cue, q.cue.end)
    return verb is not None and q.cue.start <= verb.idx < q.cue.end


def _carry_from(f: _Finder, report: Quote, orphan: Quote) -> None:
    """``orphan`` takes the speaker of ``report`` when it opens in the same paragraph or the next, and its
    cue too in the same one."""
    paragraphs = f.para_of(orphan.content.start) - f.para_of(report.content.end)
    if not 0 <= paragraphs <= 1:
        return
    orphan.speaker, orphan.speaker_actor, orphan.speaker_entity = (
        report.speaker,
        report.speaker_actor,
        report.speaker_entity,
    )
    orphan.provenance = Provenance(STAGE, VERSION, _CONF_CONT)
    if paragraphs == 0:
        orphan.cue = report.cue  # "She said X. “Y.”": one attribution, as a quote after its tag is
