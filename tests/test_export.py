"""Export to JSON Lines, CSV and Parquet, to paths and streams."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from eventwire.errors import InputError
from eventwire.export import export
from eventwire.query import EVENT_COLUMNS, PLACE_COLUMNS, QUOTE_COLUMNS
from eventwire.store import Store, open_store


def make_event(type_: str, source: str, country: str, date: str | None) -> dict[str, Any]:
    return {
        "type": type_,
        "mode": None,
        "cameo": "042",
        "quad_class": 1,
        "score": 3.5,
        "trigger": {"text": "visited", "start": 0, "end": 7},
        "source": {"text": source, "start": 0, "end": 3, "name": source, "country": country, "sector": "GOV"},
        "target": None,
        "date": {"value": date, "granularity": "day", "method": "own"} if date else None,
        "location": None,
        "negated": False,
        "hypothetical": True,
        "future": False,
        "confidence": 0.75,
        "sentence": {"text": f'{source}, with a comma and "quotes",\nvisited.', "start": 0, "end": 40},
        "quote": None,
        "explanation": "",
        "stage": "events",
        "version": "1",
    }


def make_result(article_id: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "schema": 1,
        "id": article_id,
        "title": f"Title «{article_id}»",
        "date": "2022-02-01",
        "url": None,
        "source": "Wire",
        "text": f"Text of {article_id} — ünïcode 😀",
        "events": events,
        "quotes": [{"content": {"text": "Hi", "start": 1, "end": 3}, "speaker": None, "direct": True}],
        "places": [{"text": "Oslo", "start": 5, "end": 9, "name": "Oslo", "country": "NOR", "lat": 59.9, "lon": 10.7}],
        "times": [],
        "entities": [],
        "amounts": [],
        "marked": [],
        "warnings": ["one warning"],
    }


RESULTS = [
    make_result("a1", [make_event("CONSULT", "France", "FRA", "2022-02-01"), make_event("AID", "Norway", "NOR", None)]),
    make_result("a2", [make_event("AID", "France", "FRA", "2022-02-03")]),
    make_result("a3", []),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "x.db") as opened:
        for result in RESULTS:
            opened.save(result, origin="in.jsonl", pipeline_version="1")
        yield opened


def test_jsonl_articles_round_trip_to_the_same_dicts(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    assert export(store, "jsonl", out, what="articles") == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == RESULTS


@pytest.mark.parametrize(
    ("filters", "ids"),
    [({"article_id": "a2"}, ["a2"]), ({"limit": 2}, ["a1", "a2"]), ({"limit": 1, "offset": 2}, ["a3"])],
)
def test_jsonl_articles_to_a_stream_with_filters(store: Store, filters: dict[str, Any], ids: list[str]) -> None:
    buffer = io.StringIO()
    export(store, "jsonl", buffer, what="articles", **filters)
    assert [json.loads(line)["id"] for line in buffer.getvalue().splitlines()] == ids


def test_jsonl_events_keep_the_nested_event(store: Store) -> None:
    buffer = io.StringIO()
    assert export(store, "jsonl", buffer, event_type="aid") == 2
    rows = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert [r["article_id"] for r in rows] == ["a1", "a2"]
    assert rows[0]["source"]["name"] == "Norway"
    assert {k: v for k, v in rows[1].items() if not k.startswith("article_")} == RESULTS[1]["events"][0]


@pytest.mark.parametrize(
    ("what", "columns", "count"),
    [("events", EVENT_COLUMNS, 3), ("quotes", QUOTE_COLUMNS, 3), ("places", PLACE_COLUMNS, 3)],
)
def test_csv_has_a_header_and_one_row_per_item(
    store: Store, tmp_path: Path, what: Any, columns: list[str], count: int
) -> None:
    out = tmp_path / f"{what}.csv"
    assert export(store, "csv", out, what=what) == count
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == columns
        rows = list(reader)
    assert len(rows) == count


def test_csv_events_survive_commas_quotes_and_newlines(store: Store) -> None:
    buffer = io.StringIO()
    export(store, "csv", buffer, what="events", country="fra")
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert [r["source_name"] for r in rows] == ["France", "France"]
    assert rows[0]["sentence"] == 'France, with a comma and "quotes",\nvisited.'
    assert (rows[0]["date"], rows[0]["hypothetical"], rows[0]["score"]) == ("2022-02-01", "True", "3.5")


def test_csv_articles_are_summaries(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    assert export(store, "csv", out, what="articles") == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["id"], r["events"]) for r in rows] == [("a1", "2"), ("a2", "1"), ("a3", "0")]


@pytest.mark.parametrize("what", ["events", "quotes", "places", "articles"])
def test_parquet_reads_back_with_pyarrow(store: Store, tmp_path: Path, what: Any) -> None:
    out = tmp_path / f"{what}.parquet"
    count = export(store, "parquet", out, what=what)
    table = pq.read_table(out)
    assert table.num_rows == count > 0


def test_parquet_event_columns_are_typed(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    export(store, "parquet", str(out), what="events")
    table = pq.read_table(out)
    assert table.column_names == EVENT_COLUMNS
    rows = table.to_pylist()
    assert [r["source_name"] for r in rows] == ["France", "Norway", "France"]
    assert (rows[0]["score"], rows[0]["quad_class"], rows[0]["hypothetical"]) == (3.5, 1, True)
    assert rows[1]["date"] is None


def test_an_empty_parquet_export_keeps_its_schema(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    assert export(store, "parquet", out, what="events", actor="nobody") == 0
    assert pq.read_table(out).column_names == EVENT_COLUMNS


@pytest.mark.parametrize(
    ("fmt", "out", "what", "message"),
    [
        ("parquet", io.BytesIO(), "events", "needs a file path"),
        ("xml", "x.xml", "events", "unknown export format"),
        ("csv", io.StringIO(), "actors", "unknown export target"),
    ],
)
def test_bad_export_requests_are_clear_errors(store: Store, fmt: Any, out: Any, what: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        export(store, fmt, out, what=what)


def test_invalid_filters_reach_the_query(store: Store) -> None:
    with pytest.raises(ValueError, match="valid PLOVER types"):
        export(store, "csv", io.StringIO(), event_type="INVADE")


@pytest.fixture
def lemma_store(tmp_path: Path) -> Iterator[Store]:
    """One event with the trigger lemma of 0.11.0, one stored before (no lemma)."""
    events = [make_event("CONSULT", "France", "FRA", "2022-02-01") | {"trigger_lemma": "visit"}]
    events.append(make_event("CONSULT", "Norway", "NOR", "2022-02-01"))
    with open_store(tmp_path / "lemma.db") as opened:
        opened.save(make_result("a1", events), origin=None, pipeline_version="1")
        yield opened


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param({}, ["visit", None], id="every event, old ones with none"),
        pytest.param({"lemma": "Visit"}, ["visit"], id="filtered by lemma"),
    ],
)
def test_events_carry_the_trigger_lemma_in_every_format(
    lemma_store: Store, tmp_path: Path, filters: dict[str, Any], expected: list[str | None]
) -> None:
    buffer = io.StringIO()
    export(lemma_store, "jsonl", buffer, **filters)
    assert [json.loads(line).get("trigger_lemma") for line in buffer.getvalue().splitlines()] == expected
    buffer = io.StringIO()
    export(lemma_store, "csv", buffer, **filters)
    assert [r["trigger_lemma"] or None for r in csv.DictReader(io.StringIO(buffer.getvalue()))] == expected
    out = tmp_path / "events.parquet"
    export(lemma_store, "parquet", out, **filters)
    table = pq.read_table(out)
    assert EVENT_COLUMNS.index("trigger_lemma") == EVENT_COLUMNS.index("trigger") + 1
    assert table.column("trigger_lemma").to_pylist() == expected
