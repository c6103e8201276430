"""Table tests: results copy refers to the quarter it reports on (TIMEX3 anchors anaphora on the time in focus)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

try:
    import eventwire  # noqa: F401
except ImportError:  # running from a checkout without an editable install
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from eventwire.temporal import find_times

NOV2 = dt.date(1989, 11, 2)  # a TimeBank WSJ publication date: the third quarter is the latest one ended

# (text, expected surface, value): the quarter the text reports on, "a year ago" that quarter a year back
CASES = [
    # A company's own (fiscal) quarter is the one "a year earlier", "the quarter" and "the 1988 period" refer to.
    (
        "Sun earned $5.2 million in the fiscal first quarter. Sales rose 39% from $388.5 million a year earlier.",
        "a year earlier",
        "1988-Q1",
    ),
    ("Sun earned $5.2 million in the fiscal first quarter. Sun shipped 28,000 systems in the quarter.", "the quarter",
     "1989-Q1"),
    ("Sun earned $5.2 million in the fiscal first quarter. In the 1988 period, it earned $20.6 million.",
     "the 1988 period", "1988-Q1"),
    ("The company posted a loss for its second quarter. Sales were $5 million, up from $4 million a year ago.",
     "a year ago", "1988-Q2"),
    # A quarter still running is reported when told in the past ...
    ("Ralston reported a 47% decline in fourth-quarter earnings. Sales were $1.7 billion, up from $1.5 billion a "
     "year earlier.", "a year earlier", "1988-Q4"),
    # ... not in a forecast: the quarter reported stays the third.
    ("Travelers earned $100 million in the third quarter. The earthquake will result in a fourth-quarter charge. "
     "In the latest period, sales fell.", "the latest period", "1989-Q3"),
    # An earlier quarter with no company's own label looks back; a comparison a year back reports no quarter.
    ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter, earnings rose. "
     "In the year-earlier period, charges were $11 million.", "the year-earlier period", "1988-Q3"),
    ("Acme earned $5 million in the third quarter, up from $4 million a year ago. Sales in the quarter rose.",
     "the quarter", "1989-Q3"),
    # Results told apart from any talk of quarters follow the quarter reported when it is the time last told ...
    ("Acme's third-quarter net income rose to $3 million. Sales rose 10%. Costs were flat. A year earlier, net "
     "income was $2.1 million.", "A year earlier", "1988-Q3"),
    ("Acme's third-quarter net income rose to $3 million. Sales rose 10%. Costs were flat. Year-earlier results "
     "included a gain of $1.6 million.", "Year-earlier", "1988-Q3"),
    # ... else the year stays: here "last year" was told after it.
    ("Aetna's third-quarter net income fell 22%. Claims rose. Costs rose. Last year catastrophe losses totaled $5 "
     "million. The year-earlier results have been restated.", "year-earlier", "1988"),
    # "the 1989 period" beside talk of quarters is that year's quarter reported, results words or not.
    ("Kimberly-Clark posted a gain in third-quarter net income. In the 1989 period also, interest expense was lower.",
     "the 1989 period", "1989-Q3"),
    # No results, no quarter: the year, counted from publication or from the time last told.
    ("Oil prices were higher than a year ago.", "a year ago", "1988"),
    ("He joined Acme in 1985. A year earlier he had earned a degree.", "A year earlier", "1984"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value"), CASES)
def test_results_copy_refers_to_the_quarter_reported(text: str, surface: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(text, NOV2)}
    assert found.get(surface) == value, found


@pytest.mark.parametrize(
    "text",
    [
        # A compound adjective is no time: "the quarter-to-quarter comparison", "the quarter-point cut".
        "The quarter-to-quarter comparison was also enhanced by charges.",
        "The Fed made the quarter-point cut.",
    ],
)
def test_a_compound_adjective_is_no_quarter(text: str) -> None:
    assert [t.text for t in find_times(text, NOV2)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the quarter ended Sept. 30" is the quarter that closed that day: the calendar quarter holding most of it.
        ("Coast had a loss of $92.2 million for the quarter ended Sept. 30.",
         [("the quarter", "DATE", "1989-Q3"), ("Sept. 30", "DATE", "1989-09-30")]),
        ("In the quarter ended July 31, Jayark had 5.6 million shares outstanding.",
         [("the quarter", "DATE", "1989-Q2"), ("July 31", "DATE", "1989-07-31")]),
        ("Acme reported a gain for the quarter ended Jan. 31.",
         [("the quarter", "DATE", "1988-Q4"), ("Jan. 31", "DATE", "1989-01-31")]),
        # A year named with the day is that year's; an impossible day marks nothing.
        ("Acme lost $2 million in the quarter ended Sept. 30, 1988.",
         [("the quarter", "DATE", "1988-Q3"), ("Sept. 30, 1988", "DATE", "1988-09-30")]),
        ("Acme lost $2 million in the quarter ended Feb. 30.", [("Feb. 30", "DATE", "1989-02")]),
        # "ending" looks ahead with its clause.
        ("Acme expects a loss for the quarter ending Dec. 31.",
         [("the quarter", "DATE", "1989-Q4"), ("Dec. 31", "DATE", "1989-12-31")]),
        # A year, week or month "ended" on a day stays as it was: a length, or no time.
        ("Revenue was $76 million for the year ended March 31.",
         [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")]),
        ("Sales rose in the week ended Oct. 20.", [("Oct. 20", "DATE", "1989-10-20")]),
    ],
)  # fmt: skip
def test_the_quarter_ended_a_day_is_that_quarter(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in find_times(text, NOV2)] == expected


def test_the_quarter_ended_a_day_leaves_the_reported_fiscal_quarter() -> None:
    # A closing day cannot tell the fiscal quarter's number: "the quarter" after it follows the one the copy names.
    text = (
        "Sun earned $5.2 million in the fiscal first quarter. It reported sales of $538 million for the quarter "
        "ended Sept. 29. Sun shipped 28,000 systems in the quarter."
    )
    values = [(t.text, t.value) for t in find_times(text, NOV2)]
    assert values[-1] == ("the quarter", "1989-Q1"), values
