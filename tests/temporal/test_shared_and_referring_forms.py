"""Rules v11: forms read from English and the TIMEX3 conventions (developed on folds 3-4 of
``eventwire eval times --folds 5``, checked on folds 0-2; no gold sentence is copied here).

Every case is read in a story published on Thursday 26 October 1989 unless the text says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.temporal import find_times

PUB = dt.date(1989, 10, 26)


def _found(text: str, pub: dt.date | None = PUB) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(text, pub)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural after joined weekdays is shared by every one of them: each is a SET.
        (
            "Flights will leave on Monday and Tuesday nights.",
            [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        ),
        (
            "The shop opens Monday, Wednesday and Friday mornings.",
            [
                ("Monday", "SET", "XXXX-WXX-1TMO"),
                ("Wednesday", "SET", "XXXX-WXX-3TMO"),
                ("Friday mornings", "SET", "XXXX-WXX-5TMO"),
            ],
        ),
        (
            "Stores close on Saturday and Sundays.",
            [("Saturday", "SET", "XXXX-WXX-6"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
        # Without a plural the days stay single days.
        ("They met Monday and Tuesday.", [("Monday", "DATE", "1989-10-23"), ("Tuesday", "DATE", "1989-10-24")]),
        (
            "They met Monday and Tuesday night.",
            [("Monday", "DATE", "1989-10-23"), ("Tuesday night", "TIME", "1989-10-24TNI")],
        ),
    ],
)
def test_a_plural_is_shared_by_joined_weekdays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # "the quarter a year ago" is one DATE: the quarter the text means, one year back.
        ("It lost money in the third quarter. For the quarter a year ago, it earned $16 million.",
         "the quarter a year ago", "1988-Q3"),
        ("Sales in the fourth quarter a year earlier were flat.", "the fourth quarter a year earlier", "1988-Q4"),
        ("Output in the month a year ago was higher.", "the month a year ago", "1988-10"),
    ],
)  # fmt: skip
def test_a_period_a_year_back_is_one_expression(text: str, surface: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(text, PUB)}
    assert found.get(surface) == value
    assert "a year ago" not in found and "a year earlier" not in found


def test_a_period_and_a_year_apart_stay_two_expressions() -> None:
    found = _found("Sales rose in the quarter, a year after the merger.")
    assert [text for text, _, _ in found] == ["the quarter", "a year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until then", "by then": the time last mentioned.
        ("Rights terminate on Nov. 30. Until then, the stock remains convertible.",
         [("Nov. 30", "DATE", "1989-11-30"), ("then", "DATE", "1989-11-30")]),
        ("The plant opens in 1992. By then, demand will have doubled.",
         [("1992", "DATE", "1992"), ("then", "DATE", "1992")]),
        # With no time before it there is nothing to copy: nothing is marked.
        ("Until then, the stock remains convertible.", []),
        # Other uses of "then" name no time.
        ("He was then named chairman.", []),
    ],
)  # fmt: skip
def test_until_then_is_the_time_last_mentioned(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "High Noon" (the film) and a figurative "high noon" are a showdown, not 12:00.
        ("The poster showed Gary Cooper from the film ``High Noon.''", []),
        ("For the people of Poland, high noon comes at last.", []),
        ("They met at high noon.", [("noon", "TIME", "1989-10-26T12:00")]),
        ("They met at noon.", [("noon", "TIME", "1989-10-26T12:00")]),
        # "the people of tomorrow", "the world of today": an age, not a day.
        ("I would have chosen the people of tomorrow.", []),
        ("It is the world of today.", []),
        # "today's" before a people or an age is the present age; before the day's own things it is the day.
        ("Prejudice has no place in today's world.", []),
        ("The case is for today's youth what the blockade was for their parents.", []),
        ("He spoke to today's young families.", []),
        ("The offer appears in today's editions of the paper.", [("today", "DATE", "1989-10-26")]),
        ("Today's vote was close.", [("Today", "DATE", "1989-10-26")]),
        # "for the foreseeable future" means "indefinitely"; "the near future" is a time ahead.
        ("Ukraine would remain neutral for the foreseeable future.", []),
        ("The firm will go public in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
        # A part of the day keeps it: "by the end of today".
        ("It will close by the end of today.", [("today", "DATE", "1989-10-26")]),
    ],
)
def test_names_and_ages_are_no_clock_time_or_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # A decimal point inside an amount does not end the comparison: "from $1.2 million, or 9.5 cents a share,
        # a year earlier" compares with the period reported (the publication date), not with a year told before.
        ("The company was founded in 1975. Profit rose to $1.5 million from $1.2 million, or 9.5 cents a share, "
         "a year earlier.", "a year earlier", "1988"),
        # ... while a story's own earlier date still counts: "two years later" from 1975.
        ("The company was founded in 1975. Two years later it went public.", "Two years later", "1977"),
    ],
)  # fmt: skip
def test_a_comparison_across_a_decimal_point_is_still_a_comparison(text: str, surface: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(text, PUB)}
    assert found.get(surface) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in N units" with a future verb counts ahead from publication: a point in time (TIMEX3 DATE).
        ("The stock would be redeemed in five years.", [("five years", "DATE", "1994")]),
        ("He will return in three days.", [("three days", "DATE", "1989-10-29")]),
        ("The plant will open in six months.", [("six months", "DATE", "1990-04")]),
        # Past or no tense: how long something took, a length.
        ("It was built in three years.", [("three years", "DURATION", "P3Y")]),
        ("His second letter in two weeks was published.", [("two weeks", "DURATION", "P2W")]),
        # A count with its own noun or a range stays a length.
        ("It will be repaid in a five-year period.", [("a five-year period", "DURATION", "P5Y")]),
        ("It will be repaid in two to three years.", [("two to three years", "DURATION", "P2Y")]),
    ],
)
def test_in_a_count_of_units_ahead_is_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
