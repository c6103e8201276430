"""Bad input for the time stage: a result or a clear "unresolved", never an exception."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from eventwire.temporal import find_times

THU = dt.date(2022, 1, 13)
EDGE_PUBLICATION_DATES = (THU, None, dt.date(1, 1, 1), dt.date(9999, 12, 31))

# text -> (surface, value, anchor fragment); value None: nothing may be found for that surface.
FLAGGED = [
    ("It happened on February 30.", "February 30", "2022-02", "unresolved"),
    ("It happened on February 30, 2021.", "February 30, 2021", "2021-02", "unresolved"),
    ("The deadline is 31 April.", "31 April", "2022-04", "unresolved"),
    ("Filed on February 29, 2021.", "February 29, 2021", "2021-02", "unresolved"),
    ("Filed on February 29, 2020.", "February 29, 2020", "2020-02-29", "explicit"),
    ("Filed on 13/05/2022 in London.", "13/05/2022", "2022-05-13", "day/month order"),
    ("The company was founded in '98.", "'98", "1998", "two-digit year"),
    ("Filed 03/04/05 by the clerk.", "03/04/05", "2005-03-04", "explicit"),
    ("A date of January 5, 9999 was typed.", "January 5, 9999", "9999-01-05", "explicit"),
    ("A date of January 5, 0003 was typed.", "January 5, 0003", "0003-01-05", "explicit"),
    # An impossible numeric date keeps its month; a yearless February 29 with no leap year near publication too.
    ("He was born on 02/31/1985.", "02/31/1985", "1985-02", "unresolved"),
    ("He was born on 31/02/1985.", "31/02/1985", "1985-02", "unresolved"),
    ("The filing was made on Feb. 29.", "Feb. 29", "2022-02", "unresolved"),
    # Years far from the news era are kept where the words make them years, with a low confidence.
    ("The lease runs until 2150.", "2150", "2150", "far from the news era"),
    ("In the year 3000 robots rule.", "the year 3000", "3000", "far from the news era"),
    # Two-digit years: the century nearest publication (not more than ten years ahead).
    ("The March '05 report was late.", "March '05", "2005-03", "two-digit year"),
    ("Sales in FY99 rose.", "FY99", "1999", "fiscal year"),
]


@pytest.mark.parametrize(("text", "surface", "value", "anchor_part"), FLAGGED)
def test_bad_dates_degrade_to_what_can_be_said(text: str, surface: str, value: str, anchor_part: str) -> None:
    found = {t.text: t for t in find_times(text, THU)}
    assert surface in found, found
    assert found[surface].value == value
    assert anchor_part in (found[surface].anchor or "")


def test_unresolved_days_have_low_confidence_and_month_granularity() -> None:
    (item,) = find_times("It happened on February 30.", THU)
    assert item.granularity == "month"
    assert item.provenance.confidence < 0.5
    assert (item.range_start, item.range_end) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


@pytest.mark.parametrize(
    "text",
    [
        "North Korea regularly launches missiles.",
        "There are no dates in this text at all.",
        "He may go. They march on.",
        "Revenue was 2,021 dollars and 1999 percent.",
        "March 45 people came.",
        "They built 2500 homes in 2500 days.",
        "The shift starts in 0800.",
        "Trading resumed as soon as the market opened, soon after the bell.",
        "",
        "   \n\n  ",
    ],
)
def test_text_without_dates_gives_nothing(text: str) -> None:
    for pub in EDGE_PUBLICATION_DATES:
        assert find_times(text, pub) == []


@pytest.mark.parametrize(
    "text",
    [
        "'98' and 03/04/05/06 and 99/99/9999",
        "January 0, 2022 and 2022-13-45 and 0000-01-01",
        "Ω" * 50 + " 12:99 and 25:00",
        "It lasted 99999 years, 1000000 days and 0 hours.",
        "The reign of 5000 years ended 3000 years ago, in 9999 BC.",
        "Since October, last Wednesday, a day after, late 2021, the nineties, this past winter.",
        "In the year 12345 and in 1066 and on 1/1/0001.",
        "Q5 2022, the fifth quarter, the 13th month, week 54.",
        "For the year ended February 30, earlier this year, around 2400 GMT and 2359 GMT, the last half of 9999.",
        "Later yesterday, around the 0003 period, about 25 p.m., three days later, the year ending tomorrow.",
    ],
)
def test_bad_input_never_raises_and_offsets_hold(text: str) -> None:
    for pub in EDGE_PUBLICATION_DATES:
        for item in find_times(text, pub):
            assert text[item.start : item.end] == item.text
            assert item.value
            assert "-02-30" not in item.value and "-13-" not in item.value


def test_absurd_durations_are_skipped_not_raised() -> None:
    found = find_times("It lasted 99999 years and 1000000 days.", THU)
    assert all(t.type != "DURATION" for t in found)


_VALID_CALENDAR_VALUE = re.compile(r"^(?:\d{4}|X{4})(?:-|$)|^(?:\d{2,3}|X{2,3})$|^P|_REF$")

# Counting past the calendar's edge (year 0000 or 9999): (text, publication date, surface, value).
EDGE_COUNTS = [
    ("It closed on Dec. 31, 9999. Two years later it reopened.", dt.date(9999, 12, 31), "Two years later", "XXXX"),
    ("Sales will rise next year.", dt.date(9999, 12, 31), "next year", "XXXX"),
    ("Sales will rise next month.", dt.date(9999, 12, 31), "next month", "XXXX-01"),
    ("Sales will rise next quarter.", dt.date(9999, 12, 31), "next quarter", "XXXX-Q1"),
    ("Prices will rise next decade.", dt.date(9999, 12, 31), "next decade", "XXX"),
    ("Prices will rise next century.", dt.date(9999, 12, 31), "next century", "XX"),
    ("Prices rose last year.", dt.date(9999, 12, 31), "last year", "9998"),
    ("It opened on Jan. 1, 0001. Two years earlier it was planned.", dt.date(1, 1, 1), "two years earlier", "XXXX"),
    ("Prices fell last decade.", dt.date(1, 1, 1), "last decade", "XXX"),
    ("Prices fell last century.", dt.date(1, 1, 1), "last century", "XX"),
    ("Prices fell last year.", dt.date(1, 1, 1), "last year", "0000"),
]


@pytest.mark.parametrize(("text", "pub", "surface", "value"), EDGE_COUNTS)
def test_counting_past_the_calendar_edge_leaves_the_year_unresolved(
    text: str, pub: dt.date, surface: str, value: str
) -> None:
    found = {t.text.lower(): t for t in find_times(text, pub)}
    assert found[surface.lower()].value == value


@pytest.mark.parametrize("pub", EDGE_PUBLICATION_DATES)
def test_values_at_the_calendar_edge_are_timex3_shaped(pub: dt.date | None) -> None:
    text = (
        "Dec. 31, 9999 and Jan. 1, 0001; two years later, a decade earlier, next decade, last century, "
        "three years from now, the next quarter, last summer, a century ago."
    )
    for item in find_times(text, pub):
        assert _VALID_CALENDAR_VALUE.match(item.value), (item.text, item.value)
