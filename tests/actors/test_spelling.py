"""Misspelt country and people names are read as the one form they are a typo of."""

from __future__ import annotations

import pytest

from eventwire.actors.spelling import SpellingIndex, WordIndex, one_edit_apart

_FORMS = ["Ethiopia", "Chechen", "Chechens", "Nigeria", "Niger", "Algeria", "Austria", "Australia", "Iraq", "Iran"]


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("ethopia", "ethiopia", True),  # a letter dropped
        ("chenchen", "chechen", True),  # a letter added
        ("algeira", "algeria", True),  # two letters swapped
        ("austrie", "austria", True),  # a letter changed
        ("austria", "australia", False),  # two letters apart
        ("austria", "austria", False),  # the same word is no typo
    ],
)
def test_one_edit_apart(a: str, b: str, near: bool) -> None:
    assert one_edit_apart(a, b) is near


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("Ethopia", "Ethiopia"),
        ("Chenchen", "Chechen"),
        ("Algeira", "Algeria"),
        ("Nigera", None),  # one edit from both Nigeria and Niger: no guess
        ("Irak", None),  # too short to guess
        ("Ethiopia", None),  # a known form is no typo
        ("ethopia", None),  # not a proper noun
        ("Uthiopia", None),  # a typo keeps the first letter
    ],
)
def test_a_typo_is_read_as_its_one_near_form(word: str, form: str | None) -> None:
    assert SpellingIndex(_FORMS).correct(word) == form


_WORDS = ["peacekeepers", "government", "commission", "soldiers", "militants", "militant", "police"]


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("peackeepers", "peacekeepers"),  # two letters swapped
        ("goverment", "government"),  # a letter dropped
        ("Commision", "commission"),  # any case
        ("militans", None),  # one edit from both "militants" and "militant": no guess
        ("polise", None),  # too short to guess
        ("government", None),  # a known word is no typo
        ("hovernment", None),  # a typo keeps the first letter
    ],
)
def test_a_long_word_typo_is_read_as_its_one_near_word(word: str, form: str | None) -> None:
    assert WordIndex(_WORDS).correct(word) == form
