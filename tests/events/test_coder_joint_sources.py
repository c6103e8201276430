"""Roles of acts done by several people together: a joint visit of a place is one act by all of them, aimed at
the place; a possessive pronoun on an act in a time adjunct ("during their visit") is the clause subject's. Each
row: a sentence, the (type, source span, target span) event it must give and one it must not."""

from __future__ import annotations

import pytest
from event_roles import participants

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # coordinated visitors of a place: joint sources of one visit, not each visiting the other
        (
            "John Smith and Mary Jones visited the flooded villages on Monday.",
            ("CONSULT", "John Smith and Mary Jones", "the flooded villages"),
            ("CONSULT", "John Smith", "Mary Jones"),
        ),
        (
            "The two ministers and their aides visited the refugee camp.",
            ("CONSULT", "The two ministers and their aides", "the refugee camp"),
            ("CONSULT", "The two ministers", "their aides"),
        ),
    ],
)
def test_a_joint_visit_is_aimed_at_the_place(
    text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = participants(text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no place visited, a meeting of two is still each meeting the other
        ("John Smith and Mary Jones met in Geneva on Monday.", ("CONSULT", "John Smith", "Mary Jones")),
        ("India and Pakistan held talks on Kashmir.", ("CONSULT", "India", "Pakistan")),
    ],
)
def test_a_meeting_of_two_is_still_each_with_the_other(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # "their" in a time adjunct of the clause: the plural subject's visit, not the nearer noun's
        (
            "Shabana Azmi and Raj Babbar have complained of non-cooperation from the Gujarat administration "
            "during their visit to Ahmedabad.",
            ("CONSULT", "Shabana Azmi and Raj Babbar", "Ahmedabad"),
            ("CONSULT", "the Gujarat administration", "Ahmedabad"),
        ),
        (
            "The minister criticised the rebels after his visit to Kabul.",
            ("CONSULT", "The minister", "Kabul"),
            ("CONSULT", "the rebels", "Kabul"),
        ),
    ],
)
def test_a_possessive_in_a_time_adjunct_is_the_subjects(
    text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = participants(text)
    assert expected in found
    assert not_expected not in found
