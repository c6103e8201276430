"""Nominal gerunds in the event coder: the sentence's verb candidates are found once, and a gerund among them
is coded as the verb it also is, never again as a noun."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_nlp
from eventwire.events.coder import EventCoder, _nominal_gerund

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "gerund", "verb", "noun"),
    [
        ("Dozens were killed in shelling.", "shelling", True, False),  # the verb candidate codes it
        ("Fighting continued in Kabul.", "Fighting", False, True),  # no verb candidate: the event noun does
    ],
)
def test_a_nominal_gerund_is_a_noun_only_when_it_is_no_verb_candidate(
    text: str, gerund: str, verb: bool, noun: bool
) -> None:
    doc = load_nlp()(text)
    coder = EventCoder()
    token = next(t for t in doc if t.text == gerund)
    assert _nominal_gerund(token)
    coded_as_verbs = {t.i for t in doc if coder._verb_candidate(t) is not None}
    assert (token.i in coded_as_verbs) is verb
    assert (coder._noun_candidate(token, set(), coded_as_verbs) is not None) is noun
