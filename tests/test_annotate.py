"""The annotation stage's tokenizer: punctuation glued to an opening quote mark is split off, nothing
else changes (same characters, same offsets)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.annotate import load_nlp
from eventwire.errors import StageError

pytest.importorskip("spacy")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    try:
        return load_nlp()
    except StageError:
        pytest.skip("no spaCy English model is installed")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("He said,“Look at this.”", ["He", "said", ",", "“", "Look", "at", "this", ".", "”"]),
        ('Trump said:"We will win."', ["Trump", "said", ":", '"', "We", "will", "win", ".", '"']),
        ("She wrote;‘No’", ["She", "wrote", ";", "‘", "No", "’"]),
        # untouched: times, numbers, apostrophes, a quote mark after a space
        ("At 3:30 he said, “ok”", ["At", "3:30", "he", "said", ",", "“", "ok", "”"]),
        ("Rock ’n’ roll", ["Rock", "’", "n", "’", "roll"]),
    ],
)
def test_glued_quote_marks_are_split(nlp: Any, text: str, tokens: list[str]) -> None:
    doc = nlp(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text


def test_a_tokenizer_without_infix_rules_gets_the_quote_rule_alone() -> None:
    spacy = pytest.importorskip("spacy")
    from eventwire.annotate import split_glued_quotes

    bare = spacy.blank("en")
    bare.tokenizer.infix_finditer = None
    split_glued_quotes(bare)
    assert [t.text for t in bare("He said,“Look")] == ["He", "said", ",", "“", "Look"]


@pytest.fixture(scope="module")
def plain(nlp: Any) -> Any:
    """The same spaCy model with its attribute ruler as spaCy loads it (no looked-up rules)."""
    spacy = pytest.importorskip("spacy")
    from eventwire.annotate import split_glued_quotes

    loaded = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    split_glued_quotes(loaded)
    return loaded


@pytest.mark.parametrize(
    "text",
    [
        "He said his government may not accept the deal, but we wo n't give up.",
        "The U.S. has been gotta-go about it; they're gonna sanction Iran.",
        "Protesters   marched\n\nthrough Dhaka on Friday.  Police fired tear gas.",
        "This is someone's own problem: itself, ours and theirs.",
        "“No,” she said. ‘Never’ -- (maybe) 3.5% of 1,000 $ were paid!",
    ],
)
def test_looked_up_ruler_rules_give_the_attributes_of_the_matcher(nlp: Any, plain: Any, text: str) -> None:
    def attributes(doc: Any) -> list[tuple[str, ...]]:
        return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    assert type(plain.get_pipe("attribute_ruler").matcher).__name__ == "Matcher"
    assert attributes(nlp(text)) == attributes(plain(text))


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        ([[{"TAG": "NN"}]], {"TAG": "NN"}),
        ([[{"TAG": "PRP", "LOWER": "he"}]], {"TAG": "PRP", "LOWER": "he"}),
        ([[{"LOWER": "wo"}]], {"LOWER": "wo"}),
        ([[{"LOWER": "got"}, {"LOWER": "ta"}]], None),  # two tokens
        ([[{"TAG": "NN"}], [{"TAG": "NNS"}]], None),  # two patterns
        ([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], None),
        ([[{"TAG": "_SP", "IS_SPACE": False}]], None),
        ([[{"TAG": ""}]], None),
        ([[{}]], None),
    ],
)
def test_which_ruler_rules_are_looked_up(patterns: Any, expected: dict[str, str] | None) -> None:
    from eventwire.annotate import _looked_up

    assert _looked_up(patterns) == expected
