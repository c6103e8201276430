"""The one table of role words (eventwire.actors.mentions._ROLE_WORDS) and the word sets read from it."""

from __future__ import annotations

import pytest

from eventwire.actors import mentions


@pytest.mark.parametrize(
    ("word", "title", "works_for", "body_people", "community_head"),
    [
        ("official", True, True, True, False),
        ("officials", False, False, True, False),
        ("leader", True, True, True, True),
        ("spokesman", True, True, True, False),
        ("spokesmen", False, True, False, False),
        ("member", False, True, True, False),
        ("aide", False, True, False, False),
        ("negotiator", True, True, True, False),
        ("negotiators", False, False, True, False),
        ("elders", False, False, False, True),
        ("minister", False, False, False, False),
    ],
)
def test_each_use_reads_the_one_table(
    word: str, title: bool, works_for: bool, body_people: bool, community_head: bool
) -> None:
    assert (word in mentions._GENERIC_TITLES) is title
    assert (word in mentions._WORKS_FOR_A_BODY) is works_for
    assert (word in mentions._BODY_PEOPLE) is body_people
    assert (word in mentions._COMMUNITY_HEADS) is community_head


@pytest.mark.parametrize(
    ("word", "commander", "staff"),
    [
        ("commander", True, False),
        ("commanders", True, False),
        ("employee", False, True),
        ("employees", False, True),
        ("staff", False, True),
        ("staffers", False, True),
        ("leaders", False, False),
        ("officials", False, False),
    ],
)
def test_commander_and_staff_words_read_the_one_table(word: str, commander: bool, staff: bool) -> None:
    assert (word in mentions._COMMANDERS) is commander
    assert (word in mentions._STAFF_WORDS) is staff
