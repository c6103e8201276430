"""The pipeline as a whole: any text in, a result or a clear rejection out, offsets always valid."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.annotate import MAX_CHARS, load_nlp
from eventwire.model import Article, ArticleResult, Rejected
from eventwire.pipeline import DEFAULT_STAGES, Analysis, _quote_mark_spans, parsed_text, process, process_parsed
from eventwire.serialize import result_to_dict

pytestmark = pytest.mark.slow

NEWS_WORDS = [
    "North Korea",
    "said",
    "the",
    "US",
    "imposed",
    "sanctions",
    "on",
    "officials",
    "“",
    "”",
    '"',
    "he",
    "added",
    "Last Wednesday",
    "in",
    "Seoul",
    "police",
    "arrested",
    "protesters",
    ".",
    ",",
    "\n\n",
    "Blinken",
    "criticized",
    "it",
    "will",
    "not",
    "attack",
    "UN",
    "1,000 km",
    "five",
    "’s",
    "(Reuters)",
    "-",
    "Photo:",
    "AFP",
    "if",
    "would",
    "Kim Jong Un",
    "Pyongyang",
    "since October",
    "late 2021",
]


def _spans(result: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for event in result["events"]:
        out += [event["trigger"], event["sentence"]]
        out += [p for p in (event["source"], event["target"], event["location"]) if p]
    for quote in result["quotes"]:
        out += [s for s in (quote["content"], quote["speaker"], quote["cue"], quote["medium"]) if s]
    for key in ("places", "times", "entities", "amounts", "marked"):
        out += result[key]
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(NEWS_WORDS), st.text(max_size=6)), min_size=1, max_size=60))
def test_any_text_gives_a_result_or_a_rejection_with_valid_offsets(words: list[str]) -> None:
    text = " ".join(words)
    (out,) = list(process([Article(id="p", text=text, date=dt.date(2022, 1, 13))]))
    if isinstance(out, Rejected):
        assert out.code == "empty" and not text.strip()
        return
    as_dict = result_to_dict(out)
    for span in _spans(as_dict):
        assert text[span["start"] : span["end"]] == span["text"]


def test_a_failing_stage_rejects_that_article_and_the_batch_goes_on() -> None:
    def explode(analysis: Analysis) -> None:
        if "boom" in analysis.article.text:
            raise RuntimeError("kaput")

    articles = [Article(id=str(i), text=t) for i, t in enumerate(["China criticized Japan.", "boom", "Iran met Iraq."])]
    out = list(process(articles, stages=[*DEFAULT_STAGES, explode]))
    assert [type(o) for o in out] == [ArticleResult, Rejected, ArticleResult]
    assert isinstance(out[1], Rejected) and out[1].code == "stage-error" and "kaput" in out[1].reason


def test_a_text_over_the_parser_limit_is_rejected_not_crashed() -> None:
    articles = [Article(id="big", text="word " * (MAX_CHARS // 5 + 10)), Article(id="ok", text="China met Japan.")]
    out = list(process(articles))
    assert isinstance(out[0], Rejected) and out[0].code == "too-large"
    assert isinstance(out[1], ArticleResult)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He said “I will win” and left.", ["I will win"]),
        ('He said "I will win" and left.', ["I will win"]),
        ("He said ''I will win,'' and left.", ["I will win,"]),  # older wires write two apostrophes
        ("“I will win.\n\n“We all will,” he said.", ["I will win.\n\n“We all will,"]),  # a quote running on
        ("No quotes here, it's Korea's.", []),
    ],
)
def test_quote_mark_spans_cover_the_quoted_words(text: str, inside: list[str]) -> None:
    spans = _quote_mark_spans(text)
    assert len(spans) == len(inside)
    for words, (a, b) in zip(inside, spans, strict=True):
        assert a <= text.find(words) and text.find(words) + len(words) <= b


@pytest.mark.parametrize(
    ("text", "recased"),
    [
        ("Police arrested two men in Delhi on Monday.", False),
        ("POLICE ARRESTED TWO MEN IN DELHI ON MONDAY AFTER A LONG CHASE THROUGH THE OLD CITY.", True),
    ],
)
def test_parsed_text_is_the_text_the_parser_reads_at_the_same_offsets(text: str, recased: bool) -> None:
    parsed = parsed_text(Article(id="a", text=text))
    assert len(parsed) == len(text)
    assert (parsed != text) is recased


@pytest.mark.parametrize(
    "text",
    [
        "Officials said talks with Iran would resume in May.",
        "POLICE ARRESTED TWO MEN IN DELHI ON MONDAY AFTER A LONG CHASE THROUGH THE OLD CITY.",  # parsed recased
    ],
)
def test_articles_parsed_already_give_what_process_gives(text: str) -> None:
    article = Article(id="a", text=text)
    doc = load_nlp()(parsed_text(article))
    assert [result_to_dict(r) for r in process_parsed([(article, doc)])] == [
        result_to_dict(r) for r in process([article])
    ]


def test_a_doc_of_another_text_is_refused() -> None:
    doc = load_nlp()("Something else entirely.")
    with pytest.raises(ValueError, match="not a parse"):
        list(process_parsed([(Article(id="a", text="China met Japan."), doc)]))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # A lower-case dump is read recased: its months and dates are found, with the source's own letters.
        (
            "ahmedabad: the budget was presented on february 27, the day the train was attacked. "
            "the assembly will meet again only on march 12, the speaker said. members of the opposition "
            "walked out of the house and the session was adjourned in view of the continuing violence.",
            "february 27",
            "2002-02-27",
        ),
        (
            "ahmedabad: the budget was presented on february 27, the day the train was attacked. "
            "the assembly will meet again only on march 12, the speaker said. members of the opposition "
            "walked out of the house and the session was adjourned in view of the continuing violence.",
            "march 12",
            "2002-03-12",
        ),
    ],
)
def test_a_text_in_one_case_has_its_dates_found(text: str, surface: str, value: str) -> None:
    (result,) = process([Article(id="a", text=text, date=dt.date(2002, 3, 4))])
    assert isinstance(result, ArticleResult)
    found = {(t.text, t.value) for t in result.times}
    assert (surface, value) in found
