"""Event dates: own time expression, else inherited through the text's structure, else the publication date."""

from __future__ import annotations

import pytest

from eventwire.api import extract
from eventwire.model import ArticleResult

pytestmark = pytest.mark.slow

# text, publication date, event trigger -> (value, granularity, method prefix)
CASES = [
    # The parser hangs "on Thursday" on the subject; it still dates the verb.
    ("Blinken on Thursday criticized North Korea.", "2022-01-13", "criticized",
     ("2022-01-13", "day", "own time expression")),
    ("Russia attacked Ukraine in late 2021.", "2022-01-13", "attacked", ("2021", "year", "own time expression")),
    # "came a day after X said ...": X is a day before its clause's date (here the publication date, and said so).
    ("The interview came a day after North Korea said it conducted a missile test.", "2022-01-13",
     "conducted a missile test", ("2022-01-12", "day", "relative: 'a day after' the publication date")),
    ("The talks on Friday came three days after Iran fired a missile.", "2022-03-04", "fired a missile",
     ("2022-03-01", "day", "relative: 'three days after' its clause's date")),
    # Months and years shift to the month or the year, not to a falsely precise day.
    ("The election came a year after the army seized power.", "2022-03-04", "seized",
     ("2021", "year", "relative: 'a year after'")),
    # A later sentence with no date of its own inherits the story's date.
    ("On Monday, Russian troops attacked Kyiv. Hours later, Ukraine accused Moscow of war crimes.", "2022-03-02",
     "accused", ("2022-02-28", "day", "inherited from an earlier event")),
    # No date anywhere: the publication date, flagged as such; none without one.
    ("China criticized Japan.", "2022-01-13", "criticized", ("2022-01-13", "day", "publication date")),
    ("China criticized Japan.", None, "criticized", (None, "none", "none")),
    # An impossible day keeps its month.
    ("France condemned Iran on February 30.", "2022-03-04", "condemned", ("2022-02", "month", "own time expression")),
    # A past tense happened before the report: no borrowed date after publication, from another clause ...
    ("The delegation will visit Godhra on Friday, where 58 people were killed by a mob.", "2002-03-06", "killed",
     ("2002-03-06", "day", "publication date")),
    ("The chief minister promised us things would be normal by Saturday.", "2002-03-06", "promised",
     ("2002-03-06", "day", "publication date")),
    # ... or from an earlier event; a future one still inherits it.
    ("Troops will be deployed in Ahmedabad on Friday. Rioters have attacked the police there.", "2002-03-06",
     "attacked", ("2002-03-06", "day", "publication date")),
    ("Troops will be deployed in Ahmedabad on Friday. Rioters will attack the police there.", "2002-03-06",
     "attack", ("2002-03-08", "day", "inherited from an earlier event")),
    # Its own words may still date it (a report of plans told in the past tense is not changed).
    ("The minister promised on Monday that the army would attack the rebels on Saturday.", "2002-03-06", "attack",
     ("2002-03-09", "day", "own time expression")),
    # A day word in a direct quote counts from the quote's own moment: the day on its cue ...
    ('"We attacked them yesterday," the commander said on Tuesday.', "2016-07-29", "attacked",
     ("2016-07-25", "day", "own time expression, from the quote's day")),
    # ... else the date the story has reached ...
    ('Obama took the stage Wednesday night and urged voters to back her. "Tonight, I ask you to vote for Hillary '
     'Clinton," he said.', "2016-07-29", "ask", ("2016-07-27TNI", "time", "own time expression, from the quote's")),
    # ... not another quote's day; with neither, the publication date's; never in reported speech.
    ('"We attacked them yesterday," the commander said on Tuesday.\n\n"We will attack them tomorrow," the commander '
     "said.", "2016-07-29", "attack", ("2016-07-30", "day", "own time expression")),
    ('"We will attack them tomorrow," the commander said.', "2016-07-29", "attack",
     ("2016-07-30", "day", "own time expression")),
    ("On Tuesday the commander said they attacked the town yesterday.", "2016-07-29", "attacked",
     ("2016-07-28", "day", "own time expression")),
    # A time in a clause on another noun, nested in a further clause, dates that noun, not the event (ipe-717) ...
    ("At least two persons were killed in overnight violence in Gujarat as more areas of Ahmedabad were brought "
     "under curfew following a fresh bout of tension sparked by the VHP's programme on Friday.", "2002-03-17",
     "killed", ("2002-03-17", "day", "publication date")),
    ("The state government has asked for 15 days to respond to the commission's notice issued on March 1 seeking a "
     "report on the violence.", "2002-03-04", "asked", ("2002-03-04", "day", "publication date")),
    ("The president denounced what he called the ''deeply pessimistic'' vision of America that emerged from Mr. "
     "Trump's convention in Cleveland last week.", "2016-07-29", "denounced", ("2016-07-29", "day", "publication")),
    ("Advani denied that the police played a passive role in the riots since they had resorted to firing to check "
     "the violence that erupted last Wednesday.", "2002-03-03", "denied", ("2002-03-03", "day", "publication")),
    # ... but one clause on a noun, or a chain of actions, is told of the event's own moment.
    ("In a memorandum submitted to the governor on Monday, the parties condemned the attack on the train.",
     "2002-03-05", "condemned", ("2002-03-04", "day", "same sentence")),
    ("A boy was killed when police fired several rounds to disperse a mob indulging in arson in the Astodia area on "
     "Tuesday afternoon.", "2002-03-27", "killed", ("2002-03-26TAF", "time", "same sentence")),
    ("A student was killed in Bharuch when he was returning home after taking the board exam on Monday.",
     "2002-03-21", "killed", ("2002-03-18", "day", "same sentence")),
    # A time on the object of an "after" phrase dates that object's event; the event the phrase hangs on takes it
    # as the nearest day the text gives, borrowed rather than its own (ipe-268, ipe-1076) ...
    ("Vajpayee's appeal for calm after Wednesday's attack on the train has not been heeded.", "2002-03-01",
     "appeal", ("2002-02-27", "day", "after 'attack'")),
    ("Vajpayee's appeal for calm after Wednesday's attack on the train has not been heeded.", "2002-03-01",
     "attack", ("2002-02-27", "day", "own time expression")),
    ("Indefinite curfew was imposed in Bharuch town after eruption of violence on Monday.", "2002-03-19", "imposed",
     ("2002-03-18", "day", "after 'eruption'")),
    ("Clinton said Wednesday that she called Sanders after Tuesday night's primaries.", "2016-06-09", "called",
     ("2016-06-07TNI", "time", "after 'primaries'")),
    ("The charred bodies epitomise the devilry that has ravaged Gujarat following the Godhra massacre on Wednesday.",
     "2002-03-03", "massacre", ("2002-02-27", "day", "own time expression")),
    ("Advani said the violence erupted in the wake of an attack on the Sabarmati Express in Godhra last Wednesday.",
     "2002-03-03", "attack", ("2002-02-27", "day", "own time expression")),
    # ... and the object of a preposition of cause is no date for the event at all (ipe-324) ...
    ("The left parties would also stage a dharna in protest against the incidents in Gujarat on Wednesday.",
     "2002-03-03", "dharna", ("2002-03-03", "day", "publication date")),
    # ... while an event told in or at another keeps its time ("killed in an attack on Tuesday").
    ("Ten people were killed in an attack on a bus on Tuesday.", "2002-03-20", "killed",
     ("2002-03-19", "day", "own time expression")),
    ("At a meeting here on Friday, the BJP leaders expressed anger.", "2002-03-02", "expressed anger",
     ("2002-03-01", "day", "own time expression")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), CASES)
def test_event_dates(text: str, date: str | None, trigger: str, expected: tuple[str | None, str, str]) -> None:
    result = extract(text, date=date)
    assert isinstance(result, ArticleResult)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert event.date is not None
    value, granularity, method = expected
    assert (event.date.value, event.date.granularity) == (value, granularity)
    assert event.date.method.startswith(method)
    if event.date.time_index is not None:
        assert result.times[event.date.time_index].value is not None


# text, publication date, event trigger -> the date's TimeML mod, carried from its time expression
MOD_CASES = [
    ("Russia attacked Ukraine in late 2021.", "2022-01-13", "attacked", "END"),
    ("Russia attacked Ukraine in early 2021.", "2022-01-13", "attacked", "START"),
    ("Russia attacked Ukraine in mid-2021.", "2022-01-13", "attacked", "MID"),
    ("Russia attacked Ukraine in 2021.", "2022-01-13", "attacked", None),
    # A later sentence that inherits the date inherits its modifier too.
    ("In late 2021, Russian troops attacked Kyiv. Ukraine accused Moscow of war crimes.", "2022-03-02", "accused",
     "END"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "trigger", "mod"), MOD_CASES)
def test_event_dates_carry_the_time_modifier(text: str, date: str, trigger: str, mod: str | None) -> None:
    result = extract(text, date=date)
    assert isinstance(result, ArticleResult)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert event.date is not None
    assert event.date.mod == mod
    assert event.date.to_dict()["mod"] == mod
