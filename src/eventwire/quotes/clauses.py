"""Reported-speech candidates from the parse: a verb, what it reports, and who reports it.

A candidate is a verb with a complement that could be the content of an attribution: a clause
("said (that) CLAUSE"), an infinitive ("urged Congress to act"), an object ("criticized the plan")
or a prepositional object ("called for a ban"). Whether a (lemma, frame) pair is reported speech is
decided by the cue table (:mod:`eventwire.quotes.cuetable`), learned from PolNeAR train.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

# Frames in the order they are preferred when a verb has several complements.
_CLAUSAL = ("ccomp", "xcomp", "dobj")
# Particles and prepositions that belong to the cue ("pointed out", "called for", "referring to").
_CUE_PARTS = frozenset({"prt"})
_RAISING = frozenset({"seem", "appear"})
# "made it clear that X": an adjective that, after "make", turns the verb into a report of the clause it takes.
_MADE_PLAIN = frozenset({"clear", "plain"})
_QUESTION_MARKS = frozenset({"if", "whether"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUN_PREPS = frozenset({"of", "for", "on", "about", "to", "against", "over", "with"})
# How a predicative adjective hangs: "is confident that", "seemed hopeful that", "..., confident that".
_PREDICATIVE = frozenset({"acomp", "oprd", "advcl", "conj"})
_ADJECTIVE_PREPS = _NOUN_PREPS | {"in"}  # "confident in Clinton's victory"
# What follows a verb's object and still belongs to what was said about it.
_OBJECT_TAILS = frozenset({"prep", "oprd"})
# Prepositions that time the act rather than extend what it was about ("criticized the plan after the vote").
_TIME_PREPS = frozenset({"before", "after", "until", "during"})
#: Verbs that tag the clause before them after a comma ("The plan failed, officials said.", "..., a new poll
#: finds."): speech, writing and finding verbs, which report a clause even where the parser hangs none on them.
TAG_LEMMAS = frozenset(
    {
        "say", "add", "note", "insist", "warn", "claim", "argue", "explain", "write", "reply", "state", "announce",
        "declare", "stress", "acknowledge", "admit", "tweet", "respond", "suggest", "predict", "confirm", "report",
        "recall", "remark", "observe", "caution", "complain", "concede", "contend", "maintain", "assert", "allege",
        "testify", "emphasize", "emphasise", "reiterate", "indicate", "conclude", "counter", "retort", "find",
        "show", "believe", "think", "estimate", "agree", "joke", "quip", "recount", "reason", "worry", "fear",
    }
)  # fmt: skip
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SENTENCE_END = frozenset({".", "!", "?"})
_TAG_MODIFIERS = frozenset({"advmod", "aux", "neg", "npadvmod"})  # "officials also said", "he later wrote"
_TAG_WORDS = 12  # words a tag may run to on either side of its verb ("said the company's chief executive")
_TAG_CLAUSE = 80  # tokens the tagged clause may run back from its comma
# How a verb that ends its paragraph with a colon may hang: the main verb, or one the parser joined to the paragraph
# before ("Cruz continued:" as that quote's clause, "and Breitbart News responded:").
_COLON_DEPS = frozenset({"ROOT", "conj", "ccomp"})


@dataclass(frozen=True)
class Candidate:
    """A verb that may report speech: its frame, content tokens and grammatical subject."""

    verb: Token
    frame: str  # ccomp | xcomp | dobj | prep:<preposition>
    first: Token  # first token of the content
    last: Token  # last token of the content
    cue_end: int  # character end of the cue (verb plus particle or preposition)
    head: Token  # syntactic head of the content

    @property
    def key(self) -> tuple[str, str]:
        return lemma_of(self.verb), self.frame


def lemma_of(verb: Token) -> str:
    lemma: str = verb.lemma_.lower()
    return lemma


def is_filler(tok: Token) -> bool:
    """A space or punctuation other than a quote mark, which reported content never starts or ends with (a quote
    mark stays: it shows a mixed quote)."""
    return bool(tok.is_space or (tok.is_punct and not tok.is_quote))


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Drop edge punctuation and spaces (quote marks stay: they show a mixed quote)."""
    while first <= last and is_filler(doc[first]):
        first += 1
    while last >= first and is_filler(doc[last]):
        last -= 1
    return (first, last) if first <= last else None


def _complement(verb: Token) -> tuple[str, Token, Token] | None:
    """(frame, head of the content, token that ends the cue) for the verb's preferred complement."""
    # A child across a paragraph break is a parse error (the quote before "Aides said X" as its ccomp);
    # of two complements, the one after the verb is what it reports.
    children = sorted((c for c in verb.children if not _across_break(verb, c)), key=lambda c: c.i < verb.i)
    for dep in _CLAUSAL:
        for child in children:
            if child.dep_ == dep:
                return dep, child, verb
    for child in verb.rights:
        if child.dep_ == "prep":
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return f"prep:{child.lower_}", obj, child
        if child.dep_ == "advcl" and (mark := _for_to(child)) is not None and mark.i > verb.i:
            return f"prep:{mark.lower_}", child, mark  # "called for Trump to drop out": a "for ... to" clause
    question = next((c for c in verb.rights if c.dep_ == "advcl" and _opens_question(c)), None)
    if question is not None:
        return "ccomp", question, verb  # "asked if he was bullied": the parser hangs the question as an adverbial
    return None


def _opens_question(clause: Token) -> bool:
    """Whether a clause is an indirect yes/no question: "if" or "whether" first ("if he was ever bullied")."""
    return any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS and m.i == clause.left_edge.i for m in clause.children)


def _for_to(clause: Token) -> Token | None:
    """The "for" that opens a "for X to V" infinitive clause ("for Trump to drop out"), if it does."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    if mark is None or mark.i != clause.left_edge.i or not _infinitive_clause(clause):
        return None
    return mark


def _infinitive_clause(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _is_break(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def _across_break(verb: Token, child: Token) -> bool:
    lo, hi = sorted((verb.i, child.i))
    return any(_is_break(t) for t in verb.doc[lo:hi])


def _paragraph_clip(verb: Token, first: int, last: int) -> tuple[int, int]:
    """Keep the content within the cue's paragraph: a subtree across a break is a parse error."""
    doc = verb.doc
    lo = next((i + 1 for i in range(verb.i - 1, first - 1, -1) if _is_break(doc[i])), first)
    hi = next((i - 1 for i in range(verb.i + 1, last + 1) if _is_break(doc[i])), last)
    return lo, hi


def _raises(verb: Token) -> bool:
    """A raising verb or a passive one ("seems to", "is expected to", "is said to"): its subject is
    what the attribution is about, not who makes it."""
    return verb.lemma_.lower() in _RAISING or any(c.dep_ == "auxpass" for c in verb.children)


def _object_phrase_end(verb: Token, end: int) -> int:
    """Last token of an object with the prepositional phrases and predicates the verb takes after it,
    up to the first comma or a phrase that times the act ("after the vote")."""
    doc = verb.doc
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.dep_ not in _OBJECT_TAILS or any(t.text == "," for t in doc[end + 1 : child.i]):
            break
        if child.lower_ in _TIME_PREPS:
            break
        end = child.right_edge.i
    return end


def _noun_complement(noun: Token) -> tuple[str, Token, Token] | None:
    """A noun cue's content: "the claim that X" (noun:that) or "criticism of X", "support for X"."""
    for child in noun.rights:
        if child.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            return "noun:that", child, noun
        if child.dep_ == "prep" and child.lower_ in _NOUN_PREPS:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return f"noun:{child.lower_}", obj, child
        if child.dep_ == "acl" and _infinitive(child):
            return "noun:inf", child, noun  # "his decision to run", "a pledge to be tough"
    return None


def _infinitive(verb: Token) -> bool:
    """A "to" infinitive: "to run", "to be tough"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _passive_subject(verb: Token) -> Token | None:
    """What a passive verb with no complement is about: its passive subject ("Trump was supported by 42
    percent"), or the noun a "by" participle describes ("candidates backed by super PACs")."""
    if not any(c.dep_ == "auxpass" for c in verb.children) and not (
        verb.dep_ in {"acl", "amod"} and verb.tag_ == "VBN"
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is not None:
        return subj
    by = any(c.dep_ == "agent" for c in verb.children)
    return verb.head if by and verb.dep_ in {"acl", "amod"} and verb.head.i < verb.i else None


def _adjective_complement(adj: Token) -> tuple[str, Token, Token] | None:
    """A predicative adjective's content: "is confident that X" (adj:ccomp), "eager to X" (adj:xcomp),
    "nervous about X" (adj:prep:about): a stance its subject holds."""
    if adj.dep_ not in _PREDICATIVE:
        return None
    for child in adj.rights:
        if child.dep_ in {"ccomp", "xcomp"}:
            return f"adj:{child.dep_}", child, adj
        if child.dep_ == "prep" and child.lower_ in _ADJECTIVE_PREPS:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return f"adj:{child.lower_}", obj, child
    return None


def candidate(verb: Token) -> Candidate | None:
    """The reported-speech reading of a verb (or a noun: "criticism of", "the claim that"; or a predicative
    adjective: "confident that"), if it has a complement that could be content."""
    if verb.pos_ in {"NOUN", "ADJ"}:
        found = _noun_complement(verb) if verb.pos_ == "NOUN" else _adjective_complement(verb)
        return None if found is None else _build(verb, *found)
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    found = _complement(verb)
    if found is not None and (plain := _made_plain(verb, found[1])) is not None:
        found = plain
    if found is None and verb.lemma_.lower() in _RAISING:
        # "Rubio seemed hopeful", "both houses seem intent on": the predicate, with its subject, is the content.
        pred = next((c for c in verb.rights if c.dep_ in {"acomp", "oprd"}), None)
        found = None if pred is None else ("xcomp", pred, verb)
    if found is None and _as_clause(verb):
        # "As Crane said, the two have become ...": the clause the "as" phrase hangs on is the content.
        found = ("as", verb.head, verb)
    if found is None and (subject := _passive_subject(verb)) is not None:
        found = ("passive:by" if any(c.dep_ == "agent" for c in verb.children) else "passive", subject, verb)
    if found is None and verb.dep_ == "parataxis":
        # "Otherwise, she said, countries may ...": the clause the cue interrupts is the content.
        found = ("parataxis", verb.head, verb)
    if found is None and tag_bounds(verb) is not None:
        # "The plan failed, officials said.": the clause before the comma, which the parser hung elsewhere.
        found = ("tag", verb, verb)
    if found is None and colon_paragraph(verb) is not None:
        # "Hewitt writes:" at a paragraph's end: the next paragraph is what was written.
        found = ("colon", verb, verb)
    if found is None:
        return None
    return _build(verb, *found)


def _made_plain(verb: Token, head: Token) -> tuple[str, Token, Token] | None:
    """The report in "made it clear (to X) that CLAUSE": the parse hangs the clause on "clear", which is the cue's
    last word and no content (PolNeAR marks "made it clear" and the "that" clause)."""
    if verb.lemma_.lower() != "make" or head.lower_ not in _MADE_PLAIN or head.i < verb.i:
        return None
    clause = next((c for c in head.rights if c.dep_ in {"advcl", "ccomp"} and _reported(c)), None)
    return None if clause is None else ("ccomp", clause, head)


def _reported(clause: Token) -> bool:
    """Whether a clause reads as reported: opened by "that" or by its own subject ("when he arrived" is not)."""
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and (first.lower_ == "that" or first.i == subject.left_edge.i)


def tag_bounds(verb: Token) -> tuple[int, int] | None:
    """First and last token of the clause a speech verb tags after a comma, where the parser gave it no
    complement: "..., police said.", "..., said Alan Abramowitz, a demographer", "..., the poll finds,".
    The tag is a comma, the finite verb with its subject and a few words, then the end of the sentence or a
    comma; the clause runs back from that comma to the start of its sentence."""
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or verb.lemma_.lower() not in TAG_LEMMAS:
        return None
    if verb.dep_ in {"relcl", "acl", "amod", "ccomp", "xcomp", "pcomp"}:
        return None  # "everything he said", a clause something else reports
    doc = verb.doc
    comma = _tag_comma(verb)
    end = _tag_end(verb)
    if comma is None or end is None:
        return None
    # The tag's own subject, after the comma (the parser may hang the clause's subject on the verb too).
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > comma), None)
    if subj is None or subj.lower_ in {"which", "who", "that", "what"}:
        return None
    subject = range(subj.left_edge.i, subj.right_edge.i + 1)
    if any(i not in subject and doc[i].dep_ not in _TAG_MODIFIERS for i in range(comma + 1, verb.i)):
        return None  # ", and he said", ", as he said": not a tag
    if subj.i > end:
        return None
    first = comma - 1
    while first > 0 and comma - first < _TAG_CLAUSE and not _ends_clause(doc, first - 1):
        first -= 1
    if first > 0 and not _ends_clause(doc, first - 1):
        return None  # a clause longer than any tagged one: a parse gone wrong
    last = _clause_past_tag(doc, end) or comma - 1
    if not any(t.tag_ in _FINITE | {"MD"} for t in doc[first : last + 1] if not comma <= t.i <= end):
        return None  # "After the vote, he said": no clause of its own
    return first, last


def colon_paragraph(verb: Token) -> tuple[int, int] | None:
    """First and last token of the paragraph a speech verb introduces with a colon at its own paragraph's end
    ("Fox News reports:", "In a speech last July, he said:"), where the parser hung nothing after the break on
    it: the whole next paragraph is what was said or written."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TAG_LEMMAS or verb.dep_ not in _COLON_DEPS:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None  # "Partial transcript as follows:", "tweeting the following:"
    doc = verb.doc
    colon = verb.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or not _is_break(doc[colon + 1]):
        return None
    first = colon + 1
    while first < len(doc) and doc[first].is_space:
        first += 1
    last = first
    while last + 1 < len(doc) and not _is_break(doc[last + 1]):
        last += 1
    return (first, last) if first < len(doc) else None


def _tag_comma(verb: Token) -> int | None:
    """The comma that opens a tag, within :data:`_TAG_WORDS` before its verb with no other punctuation between;
    None where there is none or it opens the text."""
    doc = verb.doc
    for i in range(verb.i - 1, max(-1, verb.i - _TAG_WORDS - 1), -1):
        if doc[i].text == ",":
            return i or None
        if doc[i].is_punct or _is_break(doc[i]):
            return None
    return None


def _tag_end(verb: Token) -> int | None:
    """Where a tag ends, within :data:`_TAG_WORDS` after its verb: the sentence's end, a comma or a break (the
    text's length at its end); None where it runs on or ends on other punctuation."""
    doc = verb.doc
    end = next(
        (i for i in range(verb.i + 1, min(len(doc), verb.i + _TAG_WORDS + 1)) if doc[i].is_punct or _is_break(doc[i])),
        len(doc) if verb.i + _TAG_WORDS >= len(doc) else None,
    )
    if end is None or (end < len(doc) and doc[end].text not in _SENTENCE_END | {","} and not _is_break(doc[end])):
        return None
    return end


def _clause_past_tag(doc: Doc, end: int) -> int | None:
    """The last token of a clause that goes on past the comma ending its tag ("With each contest, these supporters
    acknowledge, it becomes harder"); None where the tag ends the clause."""
    if not (end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and not _opens_report(doc[end + 1])):
        return None
    last = end + 1
    while last + 1 < len(doc) and last - end < _TAG_CLAUSE and not _ends_clause(doc, last + 1):
        last += 1
    return last


def _ends_clause(doc: Doc, i: int) -> bool:
    """Whether token ``i`` closes the clause before it: a sentence's end, a break, a colon or semicolon, or a
    quote mark right after a sentence's end ('... right." The plan ...')."""
    tok = doc[i]
    if tok.is_quote:
        return i > 0 and doc[i - 1].text in _SENTENCE_END
    return _is_break(tok) or tok.text in _SENTENCE_END or tok.text in {";", ":"}


def _opens_report(tok: Token) -> bool:
    """A tag's comma followed by a quote or by the speaker's next words ("adding", "saying"): not the clause."""
    return tok.is_quote or tok.is_space or tok.tag_ == "VBG" or tok.pos_ in {"CCONJ", "SCONJ"}


def _as_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _build(verb: Token, frame: str, head: Token, cue_last: Token) -> Candidate | None:
    particle = next((c for c in verb.rights if c.dep_ in _CUE_PARTS and c.i == verb.i + 1), None)
    if particle is not None and cue_last.i == verb.i:
        cue_last = particle
    doc = verb.doc
    start = head.left_edge.i
    if cue_last.dep_ == "mark" and cue_last.head.i == head.i:
        start = cue_last.i + 1  # "called for Trump to drop out": the "for" is the cue's, not the content's
    if frame == "xcomp":  # "urged Congress to act": the object is part of what was urged
        start = min([start, *(c.left_edge.i for c in verb.children if c.dep_ == "dobj" and c.i < head.i)])
        if _raises(verb):  # "Trump seems to lead", "talks are expected to resume": the subject is in the content
            start = min([start, *(c.left_edge.i for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i)])
    end = head.right_edge.i
    if frame == "dobj":  # "saw an upside in expanding", "named China as a suspect": the rest of the phrase
        end = _object_phrase_end(verb, end)
    if frame.startswith("passive"):  # the subject's phrase, without the participle when it describes a noun
        start, end = head.left_edge.i, (head.i if verb.i > head.i and verb.head.i == head.i else head.right_edge.i)
    if frame == "tag":
        start, end = tag_bounds(verb) or (head.i, head.i)
    if frame == "colon":
        start, end = colon_paragraph(verb) or (head.i, head.i)
    if frame == "as":  # the host clause without the "as" phrase, on whichever side of it the clause lies
        left, right = verb.left_edge.i, verb.right_edge.i
        start, end = (right + 1, end) if verb.i < head.i else (start, left - 1)
    bounds = _trim(doc, *(_paragraph_clip(verb, start, end) if frame != "colon" else (start, end)))
    if bounds is None:
        return None
    return Candidate(verb, frame, doc[bounds[0]], doc[bounds[1]], cue_last.idx + len(cue_last.text), head)


def candidates(doc: Doc) -> Iterator[Candidate]:
    for tok in doc:
        found = candidate(tok)
        if found is not None:
            yield found
