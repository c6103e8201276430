"""The Python API (``eventwire.api``) and the founding-article acceptance check.

The acceptance tests read the public JSON form (``serialize.result_to_dict``) of the
article eventwire was built around: Blinken on North Korea, published 2022-01-13.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from eventwire.api import READ_POOL_MIN_WORKERS, RunReport, extract, extract_many, read_workers, run, to_dict
from eventwire.errors import InputError
from eventwire.fusion import query_fused
from eventwire.ingest import article_id
from eventwire.model import Article, ArticleResult, Event, Participant, Rejected
from eventwire.query import EVENT_COLUMNS, events_frame, query_events
from eventwire.serialize import result_to_dict
from eventwire.store import open_store

FOUNDING = Path(__file__).resolve().parents[1] / "examples" / "blinken-north-korea.txt"

pytestmark = pytest.mark.slow


# -- extract: one text in, typed objects out ------------------------------------------------

# text, publication date -> (source country, PLOVER type, target country, event date)
ONE_EVENT = [
    ("France condemned Iran on Friday.", "2022-03-04", ("FRA", "ACCUSE", "IRN", None)),
    ("China criticized Japan on Tuesday.", "2022-03-02", ("CHN", "ACCUSE", "JPN", "2022-03-01")),
    ("The Russian army attacked Kyiv on Monday.", "2022-03-02", ("RUS", "ASSAULT", "UKR", "2022-02-28")),
    ("Russian troops attacked Kyiv on Monday.", "2022-03-02", ("RUS", "ASSAULT", "UKR", "2022-02-28")),
    pytest.param(
        # The example in the docstring of eventwire/api.py.
        "Russia's army attacked Kyiv on Monday.",
        "2022-03-02",
        ("RUS", "ASSAULT", "UKR", "2022-02-28"),
        id="possessive-docstring-example",
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ONE_EVENT)
def test_extract_codes_who_did_what_to_whom(text: str, date: str, expected: tuple[str, str, str, str | None]) -> None:
    source, kind, target, when = expected
    result = extract(text, date=date)

    assert isinstance(result, ArticleResult)
    assert all(isinstance(e, Event) for e in result.events)
    coded = [
        (
            e.source.actor.country if e.source and e.source.actor else None,
            e.type,
            e.target.actor.country if e.target and e.target.actor else None,
        )
        for e in result.events
    ]
    assert (source, kind, target) in coded
    event = next(e for e in result.events if e.type == kind)
    assert isinstance(event.source, Participant)
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    if when is not None:
        assert event.date is not None and event.date.value == when


@pytest.mark.parametrize("date", ["2022-01-13", dt.date(2022, 1, 13), "13 January 2022", "Jan 13, 2022"])
def test_extract_accepts_a_date_or_a_date_string(date: str | dt.date) -> None:
    result = extract("France condemned Iran on Tuesday.", date=date)
    assert result.article.date == dt.date(2022, 1, 13)
    (event,) = [e for e in result.events if e.type == "ACCUSE"]
    assert event.date is not None and event.date.value == "2022-01-11"


@pytest.mark.parametrize(
    ("kwargs", "expected_id", "expected_title"),
    [
        ({}, article_id("France condemned Iran."), None),
        ({"id": "mine", "title": "Spat"}, "mine", "Spat"),
    ],
    ids=["content-id", "given-id"],
)
def test_extract_article_identity(kwargs: dict[str, str], expected_id: str, expected_title: str | None) -> None:
    result = extract("France condemned Iran.", **kwargs)
    assert (result.article.id, result.article.title, result.article.date) == (
        expected_id,
        expected_title,
        None,
    )
    assert to_dict(result)["id"] == expected_id


# -- extract_many: a stream, in input order, failures as values ------------------------------

MANY = ["France condemned Iran on Friday.", "", "China criticized Japan on Tuesday."]


def test_extract_many_yields_one_result_per_text_in_order() -> None:
    out = list(extract_many(MANY, date="2022-03-04"))

    ids = [o.article.id if isinstance(o, ArticleResult) else o.article_id for o in out]
    assert ids == [article_id(t) for t in MANY]
    first, empty, last = out
    assert isinstance(first, ArticleResult) and [e.type for e in first.events] == ["ACCUSE"]
    assert isinstance(last, ArticleResult) and [e.type for e in last.events] == ["ACCUSE"]
    # The empty string is rejected with a reason, like the file readers do, and the batch goes on.
    assert isinstance(empty, Rejected) and empty.code == "empty"
    assert all(o.article.date == dt.date(2022, 3, 4) for o in out if isinstance(o, ArticleResult))


def test_extract_many_keeps_articles_own_ids_and_dates() -> None:
    articles = [
        Article(id="b", text="China criticized Japan on Tuesday.", date=dt.date(2022, 3, 2)),
        Article(id="a", text="France condemned Iran on Friday.", date=None),
    ]
    out = list(extract_many(articles, date="2000-01-01", batch_size=1))
    assert [(o.article.id, o.article.date) for o in out if isinstance(o, ArticleResult)] == [
        ("b", dt.date(2022, 3, 2)),
        ("a", None),
    ]


# -- query frames and run() -------------------------------------------------------------------


@pytest.fixture
def article_files(tmp_path: Path) -> list[Path]:
    files = {
        "a.txt": "France condemned Iran on Friday.",
        "b.txt": "China criticized Japan on Tuesday. Japan protested to China on Wednesday.",
        "empty.txt": "",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
    return [tmp_path / name for name in files]


def test_events_frame_has_one_row_per_event(tmp_path: Path, article_files: list[Path]) -> None:
    db = tmp_path / "x.db"
    report = run(article_files, db=db, date="2022-03-04")
    with open_store(db) as store:
        rows = query_events(store)
        stored_events = store.counts()["events"]

    frame = events_frame(rows)

    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == EVENT_COLUMNS
    assert len(frame) == len(rows) == stored_events == sum(len(r["events"]) for r in report.results)
    assert sorted(frame["type"]) == sorted(e["type"] for r in report.results for e in r["events"])
    assert set(frame["source_country"]) >= {"FRA", "CHN"}


def test_events_frame_of_nothing_is_empty_with_the_columns() -> None:
    frame = events_frame([])
    assert frame.empty and list(frame.columns) == EVENT_COLUMNS


def test_run_without_a_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article_files: list[Path]) -> None:
    monkeypatch.chdir(tmp_path)
    seen: list[str] = []
    failed: list[Rejected] = []

    report = run(
        article_files,
        db=None,
        date="2022-03-04",
        on_result=lambda r: seen.append(r["id"]),
        on_failure=failed.append,
    )

    assert isinstance(report, RunReport)
    assert (report.stored, report.unchanged, report.ok) == (2, 0, False)
    assert [r["id"] for r in report.results] == seen == [article_id(p.read_text("utf-8")) for p in article_files[:2]]
    assert [(f.origin, f.code) for f in report.failed] == [(str(article_files[2]), "empty")]
    assert failed == report.failed
    assert not (tmp_path / "eventwire.db").exists()


def test_run_reads_a_given_stdin() -> None:
    report = run(["-"], db=None, date="2022-03-04", stdin=io.StringIO("France condemned Iran on Friday."))
    assert (report.stored, report.ok) == (1, True)
    assert [e["type"] for e in report.results[0]["events"]] == ["ACCUSE"]


def test_run_again_with_a_store_is_unchanged(tmp_path: Path, article_files: list[Path]) -> None:
    db = tmp_path / "x.db"
    first = run(article_files, db=db, date="2022-03-04")
    second = run(article_files, db=db, date="2022-03-04", keep_results=False)
    assert (first.stored, first.unchanged, len(first.failed)) == (2, 0, 1)
    assert (second.stored, second.unchanged, len(second.failed), second.results) == (0, 2, 1, [])


@pytest.mark.parametrize(
    ("home", "row_home", "country"),
    [
        (None, None, "GRC"),  # no home: the most populous Athens
        ("Athens, Georgia", None, "USA"),  # the run's home for a line that names none
        ("Athens, Georgia", "Greece", "GRC"),  # a line's own home column wins over the run's
    ],
)
def test_run_home_is_the_default_for_lines_without_their_own(
    tmp_path: Path, home: str | None, row_home: str | None, country: str
) -> None:
    line = {"id": "a", "text": "The Athens City Council met on Monday to discuss the budget.", "date": "2022-03-04"}
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps(line | ({"home": row_home} if row_home else {})) + "\n", "utf-8")
    report = run([dump], db=None, home=home)
    assert [p["country"] for p in report.results[0]["places"]] == [country]


def test_run_with_an_unknown_home_fails_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--home: unknown home place 'Xanthuvia'"):
        run(["-"], db=tmp_path / "x.db", home="Xanthuvia", stdin=io.StringIO("Athens."))
    assert not (tmp_path / "x.db").exists()


def test_run_again_with_another_home_recodes(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    text = "The Athens City Council met on Monday to discuss the budget."
    first = run(["-"], db=db, date="2022-03-04", stdin=io.StringIO(text))
    homed = run(["-"], db=db, date="2022-03-04", stdin=io.StringIO(text), home="Athens, Georgia")
    assert (first.stored, homed.stored, homed.unchanged) == (1, 1, 0)
    assert [p["country"] for p in homed.results[0]["places"]] == ["USA"]


# -- the founding article: acceptance, at the JSON level ---------------------------------------


@pytest.fixture(scope="module")
def founding() -> dict[str, Any]:
    return result_to_dict(extract(FOUNDING.read_text("utf-8"), date="2022-01-13"))


@pytest.fixture(scope="module")
def body_start(founding: dict[str, Any]) -> int:
    """Everything before this offset is the photo caption and credit, not the story."""
    start = founding["text"].index("US Secretary")
    assert founding["text"][:start] == "Antony Blinken\nAntony BlinkenReuters\n\n"
    return start


def _country(part: dict[str, Any] | None) -> str | None:
    return (part or {}).get("country")


def test_founding_blinken_accuses_north_korea_on_publication_day(founding: dict[str, Any]) -> None:
    accusations = [
        e
        for e in founding["events"]
        if e["type"] == "ACCUSE"
        and e["source"]
        and (e["source"]["name"], e["source"]["country"], e["source"]["sector"]) == ("Antony Blinken", "USA", "GOV")
        and _country(e["target"]) == "PRK"
    ]
    assert accusations, [(e["type"], e["source"], e["target"]) for e in founding["events"]]
    assert accusations[0]["date"]["value"] == "2022-01-13"
    assert accusations[0]["date"]["granularity"] == "day"


def test_founding_usa_sanctions_north_korea(founding: dict[str, Any]) -> None:
    assert any(
        e["type"] == "SANCTION" and _country(e["source"]) == "USA" and _country(e["target"]) == "PRK"
        for e in founding["events"]
    )


def test_founding_north_korea_mobilizes(founding: dict[str, Any]) -> None:
    assert any(e["type"] == "MOBILIZE" and _country(e["source"]) == "PRK" for e in founding["events"])


def test_founding_four_direct_quotes_all_by_blinken(founding: dict[str, Any]) -> None:
    direct = [q for q in founding["quotes"] if q["direct"] is True]
    assert len(direct) == 4
    assert [(q["speaker_actor"] or {}).get("name") for q in direct] == ["Antony Blinken"] * 4


def test_founding_last_wednesday_is_january_fifth(founding: dict[str, Any]) -> None:
    values = [t["value"] for t in founding["times"] if t["text"] == "Last Wednesday"]
    assert values == ["2022-01-05"]


def test_founding_nothing_is_extracted_from_the_caption(founding: dict[str, Any], body_start: int) -> None:
    spans: list[tuple[str, dict[str, Any]]] = [("entity", e) for e in founding["entities"]]
    spans += [("place", p) for p in founding["places"]]
    for event in founding["events"]:
        spans += [(f"event.{k}", event[k]) for k in ("trigger", "sentence", "source", "target") if event[k]]
    inside = [(kind, s["text"], s["start"]) for kind, s in spans if s["start"] < body_start]
    assert inside == []
    assert {m["kind"] for m in founding["marked"] if m["end"] <= body_start} >= {"caption", "credit"}


def test_founding_no_entity_runs_the_credit_into_the_name(founding: dict[str, Any]) -> None:
    assert [e["text"] for e in founding["entities"] if "BlinkenReuters" in e["text"]] == []


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_extract_rejects_blank_text_with_a_clear_error(text: str) -> None:
    from eventwire.errors import InputError

    with pytest.raises(InputError, match="empty text"):
        extract(text)


def test_dataframe_views_of_in_memory_results() -> None:
    from eventwire.api import events_frame, places_frame, quotes_frame

    texts = ["“We condemn this,” said Chinese Foreign Minister Wang Yi.", "France condemned Iran in Paris.", ""]
    results = list(extract_many(texts, date="2022-03-04"))
    events = events_frame(results)
    assert len(events) == sum(len(r.events) for r in results if isinstance(r, ArticleResult))
    assert set(events["type"]) == {"ACCUSE"} and "source_country" in events.columns
    assert len(quotes_frame(results)) >= 1
    assert "Paris" in set(places_frame(results)["text"])


def test_extract_rejects_a_bad_date_with_a_clear_error() -> None:
    from eventwire.errors import InputError

    with pytest.raises(InputError, match="publication date: unrecognised date 'bad'"):
        extract("China met Japan.", date="bad")


def test_run_links_duplicate_articles_and_fuses_their_events(tmp_path: Path) -> None:
    story = (
        "China criticized Japan on Tuesday over the disputed islands in the East China Sea. "
        "The foreign ministry in Beijing said the patrol boats had entered waters it claims. "
        "Tokyo said its coast guard was carrying out routine work near the uninhabited rocks. "
        "Fishing fleets from both countries have worked the area for decades without incident. "
        "Analysts expect the two governments to hold talks before the end of the month."
    )
    dump = tmp_path / "wire.jsonl"
    rows = [
        {"id": "wire-1", "text": story, "date": "2022-03-04", "source": "wire"},
        {"id": "paper-1", "text": "UPDATE 1-" + story, "date": "2022-03-04", "source": "paper"},
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    db = tmp_path / "x.db"

    report = run([dump], db=db)

    assert (report.stored, report.duplicates) == (2, 1)
    with open_store(db) as store:
        assert [(d["article_id"], d["duplicate_of"], d["kind"]) for d in store.duplicates()] == [
            ("paper-1", "wire-1", "near")
        ]
        assert store.counts()["articles"] == 2  # the copy is linked, not dropped
        fused = query_fused(store)
    assert report.fused_events == len(fused) >= 1
    assert fused[0]["type"] == "ACCUSE" and fused[0]["num_sources"] == 2


@pytest.mark.parametrize(
    ("workers", "expected"),
    [(1, 1), (2, 1), (READ_POOL_MIN_WORKERS - 1, 1), (READ_POOL_MIN_WORKERS, READ_POOL_MIN_WORKERS), (16, 16)],
)
def test_pages_are_extracted_over_processes_only_when_the_parent_would_hold_the_workers_back(
    workers: int, expected: int
) -> None:
    assert read_workers(workers) == expected
