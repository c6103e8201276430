"""The lemma each coded event keeps of its trigger (``Event.trigger_lemma``, ``eventwire.events.triggers``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventwire.api import extract
from eventwire.events.triggers import Trigger, _inflections, lemma_candidates, load_triggers, trigger_lemma


@dataclass
class Token:
    """The two attributes of a spaCy token that ``trigger_lemma`` reads."""

    lower_: str
    lemma_: str


def entry(lemma: str) -> Trigger:
    return Trigger(lemma, "V", frozenset(), "ACCUSE", None, "112")


@pytest.mark.parametrize(
    ("key", "token", "expected"),
    [
        pytest.param("accuse", Token("accused", "accuse"), "accuse", id="the lemma the lexicon matched"),
        pytest.param("call for", Token("called", "call"), "call", id="the head word of a phrasal entry"),
        pytest.param("test-fire", Token("fired", "fire"), "test-fire", id="a hyphenated entry whole"),
        pytest.param("stage", Token("staged", "stag"), "stage", id="the lexicon mends a lemmatizer slip"),
        pytest.param("stop", Token("stopping", "stop"), "stop", id="a doubled consonant"),
        pytest.param("lift", Token("lifts", "Lifts"), "lift", id="a headline verb read as a name"),
        pytest.param("say ... must", Token("step", "step"), "step", id="an entry made by rule: the head's lemma"),
        pytest.param("", Token("", ""), None, id="nothing to say"),
    ],
)
def test_trigger_lemma(key: str, token: Token, expected: str | None) -> None:
    assert trigger_lemma(entry(key), token) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("China accused the United States of interference.", "accused", "accuse"),
        ("The government denied the accusations by Amnesty International.", "denied", "deny"),
        # a light verb with its object: the verb
        ("Opposition supporters held a protest in Nairobi.", "held a protest", "hold"),
        ("The US imposed sanctions on five North Korean officials.", "imposed sanctions", "impose"),
        # a demand after a modal: the verb demanded
        ("The US said China must step up pressure on North Korea.", "must step", "step"),
        # a noun trigger: the noun
        ("The talks between Russia and Ukraine collapsed.", "talks", "talk"),
        ("Russian forces test-fired a hypersonic missile.", "test-fired", "test-fire"),
        ("Farmers are staging protests across India.", "staging protests", "stage"),
    ],
)
def test_coded_events_keep_their_trigger_lemma(text: str, trigger: str, expected: str) -> None:
    lemmas = {e.trigger_lemma for e in extract(text, date="2022-03-02").events if e.trigger.text == trigger}
    assert lemmas == {expected}


@pytest.mark.parametrize(
    ("typed", "lemma"),
    [
        ("accuse", "accuse"),
        ("Accused", "accuse"),
        ("accuses", "accuse"),
        ("denied", "deny"),
        ("denies", "deny"),
        ("stopped", "stop"),
        ("staging", "stage"),
        ("talks", "talk"),
        ("test-fired", "test-fire"),
        ("  Criticizing ", "criticize"),
    ],
)
def test_a_typed_form_leads_back_to_its_lemma(typed: str, lemma: str) -> None:
    assert lemma in lemma_candidates(typed)


def test_every_regular_form_of_a_shipped_trigger_leads_back_to_it() -> None:
    lexicon = load_triggers()
    keys = {t.lemma.split(" ", 1)[0] for table in (lexicon.verbs, lexicon.nouns) for ts in table.values() for t in ts}
    lost = {
        (form, key)
        for key in keys
        for form in _inflections(key)
        if _real(form, key) and key not in lemma_candidates(form)
    }
    assert not lost


def _real(form: str, key: str) -> bool:
    """Whether a form the matcher tries is one English makes: "-ied" only from "-y", a dropped "e" only from "-e"."""
    if form.endswith(("ied", "ies")) and form[:-3] == key[:-1]:
        return key.endswith("y")
    return form != key[:-1] + "ing" or key.endswith("e")
