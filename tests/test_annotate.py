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
