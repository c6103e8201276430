"""Time expressions that news uses and TimeBank/AQUAINT rarely hold, checked against the TIMEX3 rules.

Written from the TimeML/TIMEX3 guidelines and English news usage, not from any gold corpus. Every
case is read in a story published on Thursday 13 January 2022 unless the text says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import TimeExpression
from eventwire.temporal import find_times

THU = dt.date(2022, 1, 13)


def _find(text: str, surface: str) -> TimeExpression:
    found = find_times(text, THU)
    for item in found:
        if item.text == surface:
            assert text[item.start : item.end] == surface
            return item
    raise AssertionError(f"{surface!r} not found in {[(t.text, t.value) for t in found]}")


# (text, extent, type, value, mod)
NEWS_FORMS = [
    # A half or quarter of a month is no half or quarter of the year: the month alone is marked.
    ("The conventions will come in the second half of July.", "July", "DATE", "2022-07", None),
    ("Sales rose in the first quarter of the year.", "the first quarter", "DATE", "2022-Q1", None),
    # ... while a quotation that opens with "Today" keeps it.
    ("''Today, we won,'' he said.", "Today", "DATE", "2022-01-13", None),
    # "the Sept. 11 attacks" in later news are the 2001 attacks; another September 11 keeps the usual year.
    ("Security has been tight since the Sept. 11 attacks.", "Sept. 11", "DATE", "2001-09-11", None),
    ("The September 11th commission met.", "September 11th", "DATE", "2001-09-11", None),
    ("The vote will be held on Sept. 11.", "Sept. 11", "DATE", "2022-09-11", None),
    # "one day" after a modal or a hope is an indefinite future, otherwise a length.
    ("Researchers hope one day to cure it.", "one day", "DATE", "FUTURE_REF", None),
    ("She could one day lead the party.", "one day", "DATE", "FUTURE_REF", None),
    ("The strike lasted one day.", "one day", "DURATION", "P1D", None),
    # "a quarter of a century" is 25 years.
    ("It took a quarter of a century.", "a quarter of a century", "DURATION", "P25Y", None),
    # A season of a year however the year is said: one DATE, that year's season.
    ("It fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", None),
    ("Prices fell in the spring of last year.", "the spring of last year", "DATE", "2021-SP", None),
    ("The plant opens in the summer of next year.", "the summer of next year", "DATE", "2023-SU", None),
    ("It rained in the summer of the year 2000.", "the summer of the year 2000", "DATE", "2000-SU", None),
    # A week after the date last told ("the following week"): a DATE counted from that date.
    (
        "Polls closed on March 3, 2021. The following week the count ended.",
        "The following week",
        "DATE",
        "2021-W10",
        None,
    ),
    (
        "Police raided the camp on May 4, 2021. That same day, two men fled.",
        "That same day",
        "DATE",
        "2021-05-04",
        None,
    ),
    ("The treaty was signed in 2019 and ratified that very year.", "that very year", "DATE", "2019", None),
    # Days later or earlier: TimeML's event-relative length, the signal word outside the extent.
    ("The bomb exploded on Monday. Two days later, police arrested him.", "Two days", "DURATION", "P2D", None),
    # Months and years later or earlier count from the date last told, not from publication.
    ("He joined the party in 1995. Two years later he quit.", "Two years later", "DATE", "1997", None),
    ("The plant opened in March 2019. Six months later it closed.", "Six months later", "DATE", "2019-09", None),
    # ... but a comparison in results copy is with the period reported.
    ("Sales were $5 million, up from $4 million a year earlier.", "a year earlier", "DATE", "2021", None),
    # Deictic periods, their modifiers inside the extent.
    ("Prices rose earlier this month.", "earlier this month", "DATE", "2022-01", None),
    ("Fans gathered this past weekend.", "this past weekend", "DATE", "2022-W01-WE", None),
    ("The vote is due in mid-March.", "mid-March", "DATE", "2022-03", "MID"),
    ("Sales fell last spring.", "last spring", "DATE", "2021-SP", None),
    ("The vote was counted late Tuesday.", "late Tuesday", "DATE", "2022-01-11", "END"),
    ("By the end of the decade, output will double.", "the end of the decade", "DATE", "202", "END"),
    # Parts of years, decades and fiscal labels.
    ("Sales grew in the first half of 2021.", "the first half of 2021", "DATE", "2021-H1", None),
    ("It was popular in the 1990s.", "the 1990s", "DATE", "199", None),
    ("He was born in the late 1980s.", "the late 1980s", "DATE", "198", "END"),
    ("Profit rose in Q3.", "Q3", "DATE", "2021-Q3", None),  # the latest third quarter
    ("Spending rises in fiscal 2024.", "fiscal 2024", "DATE", "2024", None),
    (
        "The firm lost money in the last week of December 2021.",
        "the last week of December 2021",
        "DATE",
        "2021-12",
        "END",
    ),
    # Holidays, the Orthodox ones by the Julian computus.
    ("Christians celebrated Orthodox Easter.", "Orthodox Easter", "DATE", "2021-05-02", None),
    ("Serbs marked Orthodox Christmas.", "Orthodox Christmas", "DATE", "2022-01-07", None),
    ("Crowds gathered on the eve of Jan. 6.", "the eve of Jan. 6", "DATE", "2022-01-05", None),
    # Numeric forms.
    ("The report was filed 2021-03-14.", "2021-03-14", "DATE", "2021-03-14", None),
    ("The report was filed 3/14/2021.", "3/14/2021", "DATE", "2021-03-14", None),
    # A bare ordinal day: of the month last told, else the nearest such day in the clause's tense.
    ("The meeting is on the 14th.", "the 14th", "DATE", "2022-01-14", None),
    ("He was elected on the 3rd.", "the 3rd", "DATE", "2022-01-03", None),
    ("Talks began on March 3, 2021 and ended on the 14th.", "the 14th", "DATE", "2021-03-14", None),
    # Lengths: ISO 8601 has no decade unit; an adjectival length without a number is still one.
    ("Prices rose for two decades.", "two decades", "DURATION", "P20Y", None),
    ("The year-long war ended.", "year-long", "DURATION", "P1Y", None),
    ("The decades-long feud ended.", "decades-long", "DURATION", "PXY", None),
    # "the past week" and "the past century" are lengths ending now; "the past year" and "the past decade" are dated
    # like "last year" (TimeBank's reading; the TIMEX3 length reading lost on the development folds).
    ("Inflation has doubled over the past week.", "the past week", "DURATION", "P1W", None),
    ("Inflation has doubled over the past year.", "the past year", "DATE", "2021", None),
    ("Violence has surged during the past decade.", "the past decade", "DATE", "201", None),
    ("Ties frayed over the past century.", "the past century", "DURATION", "P100Y", None),
    ("Budgets will tighten in the coming year.", "the coming year", "DATE", "2023", None),
    ("Sales fell last year.", "last year", "DATE", "2021", None),
    # A bare midnight in the past is the one that began the publication day; ahead, the one that ends it.
    ("The blast came shortly after midnight.", "midnight", "TIME", "2022-01-12T24:00", None),
    ("The curfew starts at midnight.", "midnight", "TIME", "2022-01-13T24:00", None),
    # "now" is the present; "the year" in results copy is the publication year; quarters name their year.
    ("Prices are now higher than in 2019.", "now", "DATE", "PRESENT_REF", None),
    ("The company expects a loss for the year.", "the year", "DATE", "2022", None),
    ("Profit rose in the fourth quarter.", "the fourth quarter", "DATE", "2021-Q4", None),
    ("Sales will rise in the second quarter.", "the second quarter", "DATE", "2022-Q2", None),
    ("Spending fell in fiscal 2021.", "fiscal 2021", "DATE", "2021", None),
    # A year may name what happened in it ("the 1992 riots") and end a range of years: no count.
    ("Unlike the 1992 riots, this was planned.", "1992", "DATE", "1992", None),
    ("From 1998 to 2000 he led the party.", "2000", "DATE", "2000", None),
]


@pytest.mark.parametrize(("text", "surface", "ttype", "value", "mod"), NEWS_FORMS)
def test_news_forms_follow_timex3(text: str, surface: str, ttype: str, value: str, mod: str | None) -> None:
    item = _find(text, surface)
    assert (item.type, item.value, item.mod) == (ttype, value, mod)


# The governing verb of the expression's own clause decides a bare weekday's direction.
WEEKDAY_TENSE = [
    # An attribution after a comma ("officials said") does not govern the clause before it.
    ("The summit will be held in Paris on Monday, officials said.", "Monday", "2022-01-17"),
    # Reported future: "would" after a reporting verb looks ahead from the report.
    ("The minister told reporters on Tuesday that talks would resume on Friday.", "Tuesday", "2022-01-11"),
    ("The minister told reporters on Tuesday that talks would resume on Friday.", "Friday", "2022-01-14"),
    # ... but a possessive names a day already past.
    ("Lawyers said they would fight Wednesday's ruling.", "Wednesday", "2022-01-12"),
    # A relative clause keeps its own tense.
    ("The president, who arrived Monday, is due to leave on Saturday.", "Monday", "2022-01-10"),
    ("The president, who arrived Monday, is due to leave on Saturday.", "Saturday", "2022-01-15"),
    ("Police said Monday they had arrested a man who attacked a guard Saturday.", "Saturday", "2022-01-08"),
    # Present-tense schedules look ahead.
    ("The funeral is Saturday.", "Saturday", "2022-01-15"),
    ("The vote is set for Tuesday.", "Tuesday", "2022-01-18"),
    ("Voters go to the polls on Sunday.", "Sunday", "2022-01-16"),
    ("The funeral was Saturday.", "Saturday", "2022-01-08"),
    # ... as does an arrangement in the progressive, and more schedule verbs of the present.
    ("Blinken is traveling to Geneva on Monday.", "Monday", "2022-01-17"),
    ("The leaders are meeting Saturday in Vienna.", "Saturday", "2022-01-15"),
    ("The president leaves Sunday for Asia.", "Sunday", "2022-01-16"),
    ("Voting ends Saturday.", "Saturday", "2022-01-15"),
    ("The court hears the case Monday.", "Monday", "2022-01-17"),
    ("The court heard the case Monday.", "Monday", "2022-01-10"),
    # An infinitive of intent leaves a weekday to the verb: "went to see him" happened.
    ("He went to see her on Monday.", "Monday", "2022-01-10"),
    # Publication day itself: "on Thursday" in a Thursday story.
    ("It was agreed on Thursday.", "Thursday", "2022-01-13"),
    # What one gets ahead of lies ahead: "ahead of" before the day looks forward, after it says nothing.
    ("Polls show the senator trailing just ahead of Tuesday's vote.", "Tuesday", "2022-01-18"),
    ("Troops deployed on Saturday ahead of the vote.", "Saturday", "2022-01-08"),
    ("Traders sell shares ahead of the weekend.", "the weekend", "2022-W02-WE"),
    ("Traders sell shares over the weekend.", "the weekend", "2022-W01-WE"),
    # ... but a verb of the clause gives its tense first: a past narrative keeps its past.
    ("Traders sold shares ahead of the weekend.", "the weekend", "2022-W01-WE"),
    ("Polls were steady ahead of Tuesday's vote.", "Tuesday", "2022-01-11"),
    # At equal distance the verb before the day governs it, not an infinitive after it.
    ("The senator promised Monday to begin hearings.", "Monday", "2022-01-10"),
    # Short and irregular pasts ("died", "fled", "withdrew") are past cues of their own clause.
    ("The actress, who died Sunday at 94, will be buried on Friday.", "Sunday", "2022-01-09"),
    ("The actress, who died Sunday at 94, will be buried on Friday.", "Friday", "2022-01-14"),
    ("The suspect, who fled Monday, will appear in court.", "Monday", "2022-01-10"),
    # "coming into/off/from" is a verb of motion, no future: "the coming week" is.
    ("Coming into Tuesday's debate, the stakes were high.", "Tuesday", "2022-01-11"),
    # A modal names no day already past: "Friday's agreement may ..." is last Friday's.
    ("Friday's agreement may change the industry.", "Friday", "2022-01-07"),
    ("He may need a win on Saturday.", "Saturday", "2022-01-15"),
    # A past that is also the bare verb is no past after a modal: the future decides.
    ("The storm will hit the coast on Monday.", "Monday", "2022-01-17"),
    ("The storm hit the coast on Monday.", "Monday", "2022-01-10"),
    # A bare verb cue followed by a verb is a noun ("an all-party meet was convened"): the verb gives the tense.
    ("On Friday, an all-party meet was convened in the capital.", "Friday", "2022-01-07"),
    ("The leaders meet on Friday.", "Friday", "2022-01-14"),
    # "due to" before a noun phrase is a cause, before a verb a schedule.
    ("There is no school due to the violence on Tuesday.", "Tuesday", "2022-01-11"),
    ("The bill is due to pass on Tuesday.", "Tuesday", "2022-01-18"),
    # "it may be recalled that" recalls the past (Indian English); "may" before a verb looks ahead.
    ("It may be recalled that on Sunday, the police station registered a case.", "Sunday", "2022-01-09"),
    ("He may leave on Sunday.", "Sunday", "2022-01-16"),
    # "by" before a possessive day is an agent, no deadline (also with an escaped apostrophe).
    ("There is anger at the damage done by Wednesday's attack on the train.", "Wednesday", "2022-01-12"),
    ("there is anger at the damage done by saturday''s attack on the train.", "saturday", "2022-01-08"),
    ("The forms must be filed by Saturday.", "Saturday", "2022-01-15"),
    # "must have" is a guess about the past, "must" alone an obligation ahead.
    ("The boy must have gone missing after the stone-pelting on Tuesday.", "Tuesday", "2022-01-11"),
    ("The talks must resume on Tuesday.", "Tuesday", "2022-01-18"),
    # Regular pasts in -red and -bed ("captured", "declared", "bombed") are past cues of their clause ...
    ("The talks will go on after the rebels captured the town on Sunday.", "Sunday", "2022-01-09"),
    ("The strikes will go on after jets bombed the port on Sunday.", "Sunday", "2022-01-09"),
    ("The governor will resign, she declared on Friday.", "Friday", "2022-01-07"),
    # ... while the names and nouns that end so are no verbs.
    ("Mildred will marry on Saturday.", "Saturday", "2022-01-15"),
    ("The hundred delegates will arrive on Sunday.", "Sunday", "2022-01-16"),
    ("Hotels on the seabed will open on Sunday.", "Sunday", "2022-01-16"),
    # ... and names in -ed ("Ahmed", "Mohammed", "Javed"; lower-cased in some feeds), "indeed" and "bloodshed" are
    # no pasts, while "trimmed" and "jammed" are.
    ("The court will hear the plea of Ahmed on Monday.", "Monday", "2022-01-17"),
    ("the minister will meet the family of mohammed on saturday.", "saturday", "2022-01-15"),
    ("Police will question Javed on Sunday.", "Sunday", "2022-01-16"),
    ("Officials will meet bloodshed victims on Monday.", "Monday", "2022-01-17"),
    ("The budget will go ahead after it was trimmed on Monday.", "Monday", "2022-01-10"),
    ("Traffic will flow after the road jammed on Tuesday.", "Tuesday", "2022-01-11"),
    # A forecast of likelihood looks ahead; seen from the past ("was likely to") it is a plan already past.
    ("The president is likely to sign the bill on Friday.", "Friday", "2022-01-14"),
    ("Talks are unlikely to resume before Sunday.", "Sunday", "2022-01-16"),
    ("The president was likely to sign the bill on Friday.", "Friday", "2022-01-07"),
]


@pytest.mark.parametrize(("text", "surface", "value"), WEEKDAY_TENSE)
def test_weekdays_take_the_tense_of_their_clause(text: str, surface: str, value: str) -> None:
    assert _find(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # Results copy compares a quarter's figure with last year's: that quarter, a year back (the latest quarter
        # before publication, as for "a year ago") ...
        (
            "Acme earned $24 million in the fourth quarter, compared with a loss of $3 million last year.",
            "last year",
            "2020-Q4",
        ),
        ("Fourth-quarter sales rose to $5 billion from $4.2 billion last year.", "last year", "2020-Q4"),
        ("Acme's fourth-quarter profit rose 10%. Last year's profit was $3 million.", "Last year", "2020-Q4"),
        # ... but a year told for itself, nine months, this year's figures and other talk keep the year.
        ("Acme earned $2 million in the fourth quarter. Last year, its losses were $5 million.", "Last year", "2021"),
        (
            "Acme earned $2 million in the fourth quarter. For the nine months, net rose to $5 million from $4 million "
            "last year.",
            "last year",
            "2021",
        ),
        (
            "Acme earned $2 million in the fourth quarter. Sales this year rose to $5 billion from $4 billion last "
            "year.",
            "last year",
            "2021",
        ),
        ("Tourism rose in the fourth quarter compared with last year.", "last year", "2021"),
    ],
)
def test_results_copy_compares_with_last_years_quarter(text: str, surface: str, value: str) -> None:
    assert _find(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The law takes effect July 1.", "July 1", "2022-07-01"),
        ("The ban comes into force in March.", "March", "2022-03"),
        ("The election is in November.", "November", "2022-11"),
        ("The election was in November.", "November", "2021-11"),
        # A future reported ("said ... would") is ahead of the report, not of publication: the nearest date.
        ("Officials said the talks would be held on Jan. 5.", "Jan. 5", "2022-01-05"),
        ("He said the plant would close in March.", "March", "2022-03"),
        # An infinitive of intent looks ahead from its event: the nearest such month, not the one behind the verb.
        ("The board agreed to sell the unit in March.", "March", "2022-03"),
        ("The board sold the unit in March.", "March", "2021-03"),
        # An ongoing present is no schedule: a month keeps the nearest reading.
        ("The bank is continuing talks under a November agreement.", "November", "2021-11"),
        # A forecast looks ahead: a later quarter is this year's.
        ("The company expects sales to rise in the third quarter.", "the third quarter", "2022-Q3"),
        ("Sales rose in the third quarter.", "the third quarter", "2021-Q3"),
        # "would" looks ahead without a reporting verb too: the nearest such month, not the one behind.
        ("Under the plan the bonds would mature in June.", "June", "2022-06"),
        # A regular past after an article is an adjective ("the renamed company"), no past-tense cue.
        ("The renamed company lists its shares in March.", "March", "2022-03"),
        ("The company renamed its unit in March.", "March", "2021-03"),
        # "ahead of" without a verb tense looks ahead like a reported future: the nearest such month or date.
        ("Candidates crisscross the state ahead of the March 15 primary.", "March 15", "2022-03-15"),
        # A modal of possibility or a condition looks ahead: "can win in November" is this year's election.
        ("Polls suggest she can win in November.", "November", "2022-11"),
        ("Can he win in November?", "November", "2022-11"),
        ("Should she win in November, taxes will rise.", "November", "2022-11"),
        ("Gains might come in March.", "March", "2022-03"),
        # ... but "May" the month is no modal.
        ("Sales rose in May.", "May", "2021-05"),
        # "cut", "put", "set", "hit" are bare verbs after a modal or "to", nouns after an article: no past cue.
        ("The company plans to cut 300 jobs in March.", "March", "2022-03"),
        ("The company will cut jobs in March.", "March", "2022-03"),
        ("A cut in March is likely.", "March", "2022-03"),
        ("The company cut 300 jobs in March.", "March", "2021-03"),
    ],
)
def test_months_and_days_take_present_tense_schedules_as_ahead(text: str, surface: str, value: str) -> None:
    assert _find(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # Two years in a row are one fiscal year or season, named by its first year (as "fiscal 2000" is).
        ("They met in 1990-91.", [("1990-91", "1990")]),
        ("Growth was 2.3 per cent in 2001-02.", [("2001-02", "2001")]),
        ("The 1999-00 season was his last.", [("1999-00", "1999")]),
        (
            "Growth was 2.3 per cent in 2001-02 against 5.8 in the previous year.",
            [("2001-02", "2001"), ("the previous year", "2000")],
        ),
        # A longer range gives both ends.
        ("The war of 1939-1945 ended.", [("1939", "1939"), ("1945", "1945")]),
        ("Prices fell from 1990-95.", [("1990", "1990"), ("95", "1995")]),
        # A fiscal year keeps its own rule, and a length with a determiner stays a length.
        ("In fiscal 2000-01 sales rose.", [("fiscal 2000", "2000")]),
        ("They imposed a 72 hour curfew.", [("72 hour", "PT72H")]),
    ],
)
def test_ranges_of_years_and_counts(text: str, spans: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, THU)] == spans


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # A reported future counts from the day of the report the story told, in the week before publication ...
        (
            'He told them, "We had planned a dharna for Friday. The minister promised us things would be normal '
            'by Saturday."',
            "Saturday",
            "2022-01-08",
        ),
        ("He said on Monday that talks would resume Friday.", "Friday", "2022-01-14"),
        # ... and from publication with no day told, or one long past.
        ("Officials said talks would resume Friday.", "Friday", "2022-01-14"),
        ("The war began in 2019. Officials said talks would resume Friday.", "Friday", "2022-01-14"),
        ("On Dec. 1 officials said talks would resume Friday.", "Friday", "2022-01-14"),
    ],
)
def test_a_reported_future_counts_from_the_report(text: str, surface: str, value: str) -> None:
    assert _find(text, surface).value == value


@pytest.mark.parametrize(
    "text",
    [
        # TimeBank leaves "the eve of <an event>" unmarked: no day is named, none is invented.
        "Protests flared on the eve of the election.",
        # "overnight", a bare "the day/year/night before/after" (0.8.0: both lost out of fold on the development
        # documents, and AQUAINT's annotators leave them unmarked).
        "The change won't happen overnight.",
        "Troops advanced overnight.",
        "Shares fell, hit by overnight losses in Asia.",
        "He had arrived the day before.",
        "The day after, he rested.",
        "He was freed the night after.",
        # An ordinal that heads a noun is no day of the month.
        "Fire broke out on the 14th floor.",
        "He served in the 3rd Infantry.",
        # "the day before the election": the anchor is an event, left to the event stage.
        "He rallied the day before the election.",
        # TIMEX3 marks no adjective of time order: "former", "recent", "previous" before a noun.
        "The former president met a recent arrival.",
        "A previous owner sold the site.",
        # A newspaper and a programme named "Today" are no publication day.
        "He told USA Today he would run.",
        "He told USA TODAY he would run.",
        "She is joining the ''Today'' show as an anchor.",
        # A four-digit count, where numbers go without a thousands comma, is no year.
        "Our 1000 employees stayed home.",
        "An estimated 2000-strong mob gathered near the station.",
        "The number of girls per 1000 boys is 878.",
        "For every 1000 men there are 919 women.",
        "Entries should be 800 to 1000 words long.",
        "Losses were put at rs 1500 crore.",
        # Run-together headlines: a count then a singular unit and a noun, with no determiner, is no length.
        "Official death toll put at 231 night curfew in Gandhinagar.",
        "Toll rises to 48 day curfew stays.",
        # A range of counts is no range of years.
        "Between 1000-1500 people gathered.",
        # A quarter of an amount is no quarter of the year.
        "They have spoken to a quarter-of-a-million voters.",
        # A half of another period is no half of a year, and TIMEX3 has no value for it.
        "Growth slowed in the first half of the decade.",
    ],
)
def test_no_time_where_news_names_none(text: str) -> None:
    assert find_times(text, THU) == []


def test_a_last_week_of_a_month_is_not_last_week() -> None:
    found = find_times("The last week of December was quiet.", THU)
    assert [(t.text, t.value, t.mod) for t in found] == [("The last week of December", "2021-12", "END")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The meeting is on the 14th.", "the 14th", "XXXX-XX-14"),
        ("He joined the party in 1995. Two years later he quit.", "Two years later", "1997"),
    ],
)
def test_without_a_publication_date_values_stay_underspecified(text: str, surface: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(text, None)}
    assert found.get(surface) == value


@pytest.mark.parametrize(
    ("text", "pub", "surface", "value"),
    [
        # February has no 31st: the nearest month that has one.
        ("It ended on the 31st.", dt.date(2021, 2, 10), "the 31st", "2021-01-31"),
        ("It will end on the 31st.", dt.date(2021, 2, 10), "the 31st", "2021-03-31"),
        # The month last named has no such day: the publication month's reading stays.
        ("Talks began on Feb. 3, 2021 and ended on the 30th.", THU, "the 30th", "2021-12-30"),
    ],
)
def test_days_of_the_month_that_do_not_exist_are_never_invented(
    text: str, pub: dt.date, surface: str, value: str
) -> None:
    found = {t.text: t.value for t in find_times(text, pub)}
    assert found.get(surface) == value
