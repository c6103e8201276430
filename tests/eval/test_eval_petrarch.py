"""The PETRARCH validation scorer: reading the records and scoring codings."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.eval.petrarch import Coding, Record, Scores, main, parse_records, score_record, split, suite_dir

XML = """<Validation>
<Environment><Verbfile>v.verbs.txt</Verbfile><Actorfile>a.actors.txt</Actorfile></Environment>
<!-- <Sentence date="19950101" id="COMMENTED-OUT"> -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="---GOV" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with
Gondor.
</Text>
</Sentence>
<Sentence date = "20080804" id ="NONE-1" category="PARSING" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>South Korea's women have grabbed gold.</Text>
</Sentence>
<Sentence date="20080801" id="ERROR-01" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- a dateline.</Text>
</Sentence>
</Validation>
"""


def test_records_are_read_with_their_codings_and_flags() -> None:
    demo, none, error = parse_records(XML)
    assert demo == Record(
        id="DEMO-00",
        category="DEMO",
        date=dt.date(1995, 1, 1),
        text="Arnor is about to restore full diplomatic ties with Gondor.",
        codings=(Coding("ARN", "GON", "064"), Coding("GOV", "GON", "064")),  # "---" means no country
        noevents=False,
        error=False,
    )
    assert (none.id, none.noevents, none.codings) == ("NONE-1", True, ())
    assert (error.id, error.error) == ("ERROR-01", True)


@pytest.mark.parametrize(
    ("produced", "exact", "root"),
    [
        ({Coding("ARN", "GON", "064")}, 1, 1),
        ({Coding("ARN", "GON", "0641")}, 0, 1),  # the same root, a finer code
        ({Coding("ARN", "GON", "111")}, 0, 0),
        ({Coding("GON", "ARN", "064")}, 0, 0),  # source and target swapped
        (set(), 0, 0),
    ],
)
def test_exact_and_root_matches(produced: set[Coding], exact: int, root: int) -> None:
    scores = Scores()
    record = parse_records(XML)[0]
    score_record(record, produced, scores)
    assert (scores.expected, scores.exact, scores.root) == (2, exact, root)


def test_noevent_records_count_when_nothing_is_coded() -> None:
    scores = Scores()
    none = parse_records(XML)[1]
    score_record(none, set(), scores)
    score_record(none, {Coding("KOR", "", "111")}, scores)
    assert (scores.noevent_records, scores.noevent_right, scores.expected) == (2, 1, 0)


def test_dev_and_test_splits_partition_the_records() -> None:
    records = parse_records(XML)
    assert sorted(r.id for r in split(records, "dev") + split(records, "test")) == sorted(r.id for r in records)


@pytest.mark.slow
@pytest.mark.skipif(not (suite_dir() / "PETR.UnitTest.records.xml").is_file(), reason="suite not available")
def test_scorer_runs_on_the_suite(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--limit", "6", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "reproduced exactly" in out and "dictionary lines:" in out
