"""The day of a clock time that names none ("around 1.30 pm"): the day the story last named, as for a part of
the day ("in the morning"); with no day named before it, the publication day. A forecast ("will arrive at 3 pm")
takes no day told before publication.

Every case is read in a story published on Thursday 21 March 2002 unless the case gives another date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.temporal import find_times

THU = dt.date(2002, 3, 21)


def _value(text: str, surface: str, pub: dt.date | None = THU) -> str:
    found = [t for t in find_times(text, pub) if t.text == surface]
    assert len(found) == 1, [t.text for t in find_times(text, pub)]
    return found[0].value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # The day told two sentences back, with a sentence between that names none.
        (
            "Four people were killed in Bharuch on Tuesday. Two were shot in the old city. "
            "Trouble began when mobs gathered around 1.30 pm, forcing the police to open fire.",
            "around 1.30 pm",
            "2002-03-19T13:30",
        ),
        # A second clock time stays on that day.
        (
            "Mobs gathered on Tuesday. Police could not stop them. Firing began at 1.30 pm. Curfew came at 5 pm.",
            "5 pm",
            "2002-03-19T17:00",
        ),
        # After a part of a named day ("monday night"), midnight ends that day.
        (
            "Police fired on a mob late on Monday night. No one was hurt. Stones were thrown after midnight.",
            "midnight",
            "2002-03-18T24:00",
        ),
        # The small hours after the day told are in the night that follows it ...
        (
            "Police fired on a mob late on Monday night. No one was hurt. The clashes lasted till 3 am.",
            "3 am",
            "2002-03-19T03:00",
        ),
        ("Peace held on Tuesday. Tension ran high. A mob gathered around 1 am.", "around 1 am", "2002-03-20T01:00"),
        # ... and a later small hour after one of them stays in that same night.
        (
            "Mobs gathered late on Monday night. No one was hurt. Police fired at 1 am. The crowd left by 4 am.",
            "4 am",
            "2002-03-19T04:00",
        ),
        # A day after "since" starts a state; it is not the day told.
        (
            "Two were killed in Vatva on Wednesday. Modasa stays under curfew since Tuesday. "
            "A mob set a godown ablaze around 5 pm.",
            "around 5 pm",
            "2002-03-20T17:00",
        ),
        # A day in its own sentence still wins over the day named before.
        (
            "Mobs gathered on Tuesday. Police could not stop them. On Wednesday they fired at 4 pm.",
            "4 pm",
            "2002-03-20T16:00",
        ),
        # A story that names no day: the publication day.
        ("Police opened fire at 3 pm. The mob dispersed.", "3 pm", "2002-03-21T15:00"),
        # A day named only after the clock time does not reach back to it.
        ("Police opened fire at 3 pm. The mob dispersed. A curfew was lifted on Tuesday.", "3 pm", "2002-03-21T15:00"),
        # Only a month named before: no day to take, the publication day stays.
        ("The riots began in February. They had eased. Police opened fire at 3 pm.", "3 pm", "2002-03-21T15:00"),
        # "today" is the clock time's own day.
        (
            "Mobs gathered on Tuesday. Police stood by. At 10 am today the road reopened.",
            "10 am today",
            "2002-03-21T10:00",
        ),
    ],
)
def test_a_clock_time_without_a_day_takes_the_day_last_named(text: str, surface: str, value: str) -> None:
    assert _value(text, surface) == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # The day told two sentences back, the sentence before or the clock time's own sentence is past.
        ("Mobs gathered on Tuesday. Police stood by. The minister will arrive at 3 pm.", "3 pm", "2002-03-21T15:00"),
        ("Mobs gathered on Tuesday. The minister will arrive at 3 pm.", "3 pm", "2002-03-21T15:00"),
        ("Mobs gathered on Tuesday and the curfew will be lifted at 6 pm.", "6 pm", "2002-03-21T18:00"),
        # A reporting verb before the forecast, a clock time before its verb, a modal: still a forecast.
        ("Mobs gathered on Tuesday. Police said the curfew will be lifted at 6 pm.", "6 pm", "2002-03-21T18:00"),
        ("Mobs gathered on Tuesday. At 3 pm, the minister will address the crowd.", "3 pm", "2002-03-21T15:00"),
        ("Mobs gathered on Tuesday. Police stood by. The minister may arrive at 3 pm.", "3 pm", "2002-03-21T15:00"),
        # A part of the day in a forecast is no different.
        (
            "Mobs gathered on Tuesday. Police stood by. The minister will arrive in the morning.",
            "the morning",
            "2002-03-21TMO",
        ),
        # A day still ahead is the forecast's day.
        ("The summit opens on Saturday. Delegates met. Leaders will arrive at 3 pm.", "3 pm", "2002-03-23T15:00"),
        # A plan already past, and an infinitive of purpose after a past verb, are no forecast.
        (
            "Mobs gathered on Tuesday. Police stood by. The march was scheduled to start at 9 am.",
            "9 am",
            "2002-03-19T09:00",
        ),
        (
            "Mobs gathered on Tuesday. Dealers placed orders in the morning to start the day.",
            "the morning",
            "2002-03-19TMO",
        ),
    ],
)
def test_a_forecast_takes_no_day_before_publication(text: str, surface: str, value: str) -> None:
    assert _value(text, surface) == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # "the next day", "that day", "in the morning" are the days they refer to by the time a clock time takes one.
        ("Riots broke out on Tuesday. The next day, police fired at 10 am.", "10 am", "2002-03-20T10:00"),
        ("Riots broke out on March 12. That day police fired at 10 am.", "10 am", "2002-03-12T10:00"),
        ("Riots broke out on Tuesday. In the morning around 10 am, a call came.", "around 10 am", "2002-03-19T10:00"),
        # A clock time joined to a reference keeps the reference: "10 am the next day", "10 am on the 14th".
        ("Riots broke out on Tuesday. Police fired at 10 am the next day.", "10 am the next day", "2002-03-20T10:00"),
        ("Talks began on Feb. 3. Police fired at 10 am on the 14th.", "10 am on the 14th", "2002-02-14T10:00"),
        (
            "Talks began on March 4. They resumed at 10 am the following Friday.",
            "10 am the following Friday",
            "2002-03-08T10:00",
        ),
    ],
)
def test_a_clock_time_takes_the_day_a_reference_means(text: str, surface: str, value: str) -> None:
    assert _value(text, surface) == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # A day still ahead, in the clock time's own sentence, the sentence before or two back, is not the day of
        # something told in the past.
        ("The summit opens on Saturday and a clash broke out around 9 pm.", "around 9 pm", "2002-03-21T21:00"),
        ("The summit opens on Saturday. A clash broke out around 9 pm.", "around 9 pm", "2002-03-21T21:00"),
        (
            "The summit opens on Saturday. Delegates met. A clash broke out around 9 pm.",
            "around 9 pm",
            "2002-03-21T21:00",
        ),
        (
            "The summit opens on Saturday. Delegates met. Clashes broke out in the evening.",
            "the evening",
            "2002-03-21TEV",
        ),
        # A day already past still is.
        ("Riots broke out on Tuesday. Police fired at 3 pm.", "3 pm", "2002-03-19T15:00"),
    ],
)
def test_a_past_narrative_takes_no_day_after_publication(text: str, surface: str, value: str) -> None:
    assert _value(text, surface) == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # With no publication date, a calendar date named before still gives the day ...
        ("Riots broke out on March 19, 2002. Two died. Police fired at 3 pm.", "3 pm", "2002-03-19T15:00"),
        # ... and a bare weekday does not (its own date is unknown).
        ("Riots broke out on Tuesday. Two died. Police fired at 3 pm.", "3 pm", "XXXX-XX-XXT15:00"),
    ],
)
def test_without_a_publication_date_only_a_dated_day_is_taken(text: str, surface: str, value: str) -> None:
    assert _value(text, surface, pub=None) == value


def test_the_anchor_names_the_day_taken() -> None:
    text = "Four people were killed on Tuesday. Two were shot. Rioting began around 1.30 pm."
    clock = next(t for t in find_times(text, THU) if t.text == "around 1.30 pm")
    assert "'Tuesday'" in (clock.anchor or "")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # A day told in the past perfect is backstory: the story's clock times go on on the story's day ...
        (
            "At 4.30 pm on Tuesday the minister was to pass the gate. He reached the area around 6.45 pm. He looked "
            "at the building from where some persons had fired on Thursday last. The convoy drove away at 7.15 pm.",
            "7.15 pm",
            "2002-03-19T19:15",
        ),
        (
            "Mobs attacked on Tuesday. He had come to the city on Monday for shopping. Rioting resumed around 1.30 pm.",
            "around 1.30 pm",
            "2002-03-19T13:30",
        ),
        (
            "Mobs attacked on Tuesday. He had come to the city on Monday for shopping. In the evening shops burned.",
            "the evening",
            "2002-03-19TEV",
        ),
        # ... while a day told in the simple past moves the story on,
        (
            "Mobs attacked on Tuesday. He came to the city on Monday for shopping. Rioting resumed around 1.30 pm.",
            "around 1.30 pm",
            "2002-03-18T13:30",
        ),
        # "had to" is no past perfect,
        (
            "Mobs attacked on Tuesday. Police had to fire on Wednesday. Rioting resumed around 1.30 pm.",
            "around 1.30 pm",
            "2002-03-20T13:30",
        ),
        # a backstory day is still the day of its own sentence's clock time,
        ("Mobs attacked on Tuesday. Police had fired at 3 pm on Monday.", "3 pm on Monday", "2002-03-18T15:00"),
        # and with no other day told it is the day last named.
        ("He had come to the city on Monday. Rioting began around 1.30 pm.", "around 1.30 pm", "2002-03-18T13:30"),
    ],
)
def test_a_day_told_as_backstory_does_not_move_the_story(text: str, surface: str, value: str) -> None:
    assert _value(text, surface) == value
