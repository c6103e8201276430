"""Filtering stored events, quotes and places, and the flat DataFrame views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.query import (
    EVENT_COLUMNS,
    PLOVER_TYPES,
    events_frame,
    places_frame,
    query_events,
    query_places,
    query_quotes,
    quotes_frame,
)
from eventwire.store import Store, open_store


def side(name: str | None, country: str | None, text: str | None = None) -> dict[str, Any] | None:
    if name is None and text is None:
        return None
    return {"text": text or name, "start": 0, "end": 1, "name": name, "country": country, "sector": None}


def event(
    type_: str,
    source: tuple[str | None, str | None],
    target: tuple[str | None, str | None] | None,
    date: str | None,
) -> dict[str, Any]:
    return {
        "type": type_,
        "cameo": "010",
        "quad_class": 1,
        "score": 1.0,
        "trigger": {"text": "said", "start": 0, "end": 4},
        **({"trigger_lemma": type_.lower()} if type_ != "AID" else {}),  # e4 as stored before 0.11.0
        "source": side(*source),
        "target": side(*target) if target else None,
        "date": {"value": date, "granularity": "day", "method": "own"} if date else None,
        "location": {"name": "Kyiv", "country": "UKR", "lat": 50.4, "lon": 30.5},
        "negated": False,
        "hypothetical": False,
        "future": False,
        "confidence": 0.5,
        "sentence": {"text": f"{source[0]} did {type_}.", "start": 0, "end": 10},
    }


def article(article_id: str, date: str | None, events: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": article_id,
        "title": f"T {article_id}",
        "date": date,
        "text": article_id,
        "events": events,
        **extra,
    }


# Events by label: (article, type, source, target, event date)
EVENTS = {
    "e1": ("a", "ACCUSE", ("Russia", "RUS"), ("Ukraine", "UKR"), "2022-01-05"),
    "e2": ("a", "CONSULT", ("Antony Blinken", "USA"), ("Sergei Lavrov", "RUS"), "2022-01-10"),
    "e3": ("b", "ASSAULT", ("Russian forces", "RUS"), ("Kharkiv", "UKR"), "2022-03-01"),
    "e4": ("b", "AID", ("Germany", "DEU"), None, None),
    "e5": ("c", "PROTEST", (None, None), ("Ministère", "FRA"), "2021"),
    "e6": ("c", "AGREE", ("Japan", "JPN"), ("United States", "usa"), "2021-12-31T22:00"),
    "e7": ("c", "REQUEST", ("Élysée", "FRA"), ("Japan", "JPN"), "PRESENT_REF"),
}
ARTICLE_DATES = {"a": "2022-01-10", "b": "2022-03-02", "c": None}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "q.db") as opened:
        for article_id, date in ARTICLE_DATES.items():
            events = [event(*spec[1:]) for spec in EVENTS.values() if spec[0] == article_id]
            for n, ev in enumerate(events):
                ev["explanation"] = [k for k, v in EVENTS.items() if v[0] == article_id][n]
            opened.save(article(article_id, date, events, **_extras(article_id)), origin=None, pipeline_version="1")
        yield opened


def _extras(article_id: str) -> dict[str, Any]:
    if article_id != "a":
        return {"quotes": [], "places": []}
    quotes = [
        {"content": {"text": "No."}, "speaker": {"text": "he"}, "speaker_actor": {"name": "Sergei Lavrov"}},
        {"content": {"text": "Yes."}, "speaker": {"text": "Blinken"}, "speaker_actor": None},
    ]
    places = [
        {"text": "Kyiv", "name": "Kyiv", "country": "UKR", "lat": 50.4, "lon": 30.5},
        {"text": "Geneva", "name": "Genève", "country": "CHE", "lat": 46.2, "lon": 6.1},
    ]
    return {"quotes": quotes, "places": places}


def labels(rows: list[dict[str, Any]]) -> list[str]:
    return [row["explanation"] for row in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]),
        ({"actor": "russia"}, ["e1", "e3"]),  # name or text, any case, substring
        ({"actor": "LAVROV"}, ["e2"]),  # matches the target too
        ({"actor": "élysée"}, ["e7"]),  # Unicode case folding
        ({"actor": "ministère"}, ["e5"]),
        ({"actor": "nobody"}, []),
        ({"country": "rus"}, ["e1", "e2", "e3"]),
        ({"country": "USA"}, ["e2", "e6"]),  # stored in lower case, still found
        ({"event_type": "assault"}, ["e3"]),
        ({"event_type": "AID"}, ["e4"]),
        ({"country": "RUS", "event_type": "CONSULT"}, ["e2"]),
        ({"since": "2022-01-06"}, ["e2", "e3"]),
        ({"since": dt.date(2022, 1, 5), "until": dt.date(2022, 1, 31)}, ["e1", "e2"]),
        ({"until": "2021-12-31"}, ["e5", "e6"]),  # the time of day stays in the day
        ({"since": "2021-06-01", "until": "2021-06-30"}, ["e5"]),  # a year overlaps its months
        ({"since": "2022"}, ["e1", "e2", "e3"]),
        ({"since": dt.datetime(2022, 3, 1, 12, 0)}, ["e3"]),
        ({"article_id": "b"}, ["e3", "e4"]),
        ({"limit": 2}, ["e1", "e2"]),
        ({"limit": 2, "offset": 5}, ["e6", "e7"]),
        ({"limit": 0}, []),
        ({"lemma": "accuse"}, ["e1"]),
        ({"lemma": " Consult "}, ["e2"]),  # any case, trimmed
        ({"lemma": "accused"}, ["e1"]),  # an inflected form finds its lemma
        ({"lemma": "Consulting"}, ["e2"]),
        ({"lemma": "aid"}, []),  # an event stored without a lemma never matches
        ({"lemma": "accus"}, []),  # the whole lemma
        ({"lemma": ""}, ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]),  # no filter
        ({"lemma": "request", "country": "JPN"}, ["e7"]),
    ],
)
def test_query_events_filters(store: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert labels(query_events(store, **filters)) == expected


def test_query_rows_carry_the_event_and_its_article(store: Store) -> None:
    row = query_events(store, event_type="ACCUSE")[0]
    assert (row["article_id"], row["article_title"], row["article_date"]) == ("a", "T a", "2022-01-10")
    assert row["source"]["name"] == "Russia" and row["date"]["value"] == "2022-01-05"


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"event_type": "INVADE"}, "AGREE, CONSULT.*ASSAULT"),
        ({"country": "US"}, "alpha-3"),
        ({"since": "01/02/2022"}, "since must be an ISO date"),
        ({"until": "2022-1-5"}, "until must be an ISO date"),
        ({"limit": -1}, "limit"),
        ({"offset": -3}, "offset"),
    ],
)
def test_invalid_filters_raise_value_error(store: Store, filters: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        query_events(store, **filters)


def test_every_plover_type_is_accepted(store: Store) -> None:
    assert len(PLOVER_TYPES) == 16
    for plover in PLOVER_TYPES:
        query_events(store, event_type=plover.lower())


def test_filter_values_are_parameters_not_sql(store: Store) -> None:
    assert query_events(store, actor="' OR 1=1 --") == []
    assert query_events(store, actor="%") == []
    assert store.counts()["events"] == len(EVENTS)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["No.", "Yes."]),
        ({"speaker": "lavrov"}, ["No."]),  # the resolved name
        ({"speaker": "BLINK"}, ["Yes."]),  # the speaker text
        ({"article_id": "b"}, []),
        ({"limit": 1}, ["No."]),
    ],
)
def test_query_quotes(store: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert [q["content"]["text"] for q in query_quotes(store, **filters)] == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["Kyiv", "Geneva"]),
        ({"name": "genè"}, ["Geneva"]),
        ({"name": "kyiv", "country": "ukr"}, ["Kyiv"]),
        ({"country": "CHE"}, ["Geneva"]),
    ],
)
def test_query_places(store: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert [p["text"] for p in query_places(store, **filters)] == expected


def test_events_frame_is_flat(store: Store) -> None:
    frame = events_frame(query_events(store))
    assert list(frame.columns) == EVENT_COLUMNS
    assert len(frame) == len(EVENTS)
    first = frame.iloc[0]
    assert (first["source_name"], first["target_country"], first["date"]) == ("Russia", "UKR", "2022-01-05")
    assert (first["date_granularity"], first["sentence"], first["location_name"]) == (
        "day",
        "Russia did ACCUSE.",
        "Kyiv",
    )
    assert first["article_id"] == "a"
    lemmas = [None if value != value else value for value in frame["trigger_lemma"][:4]]  # NaN: missing
    assert lemmas == ["accuse", "consult", "assault", None]  # e4 stored without one


@pytest.mark.parametrize("frame", [events_frame, quotes_frame, places_frame])
def test_empty_frames_keep_their_columns(frame: Any) -> None:
    empty = frame([])
    assert len(empty) == 0 and len(empty.columns) > 3


def test_quote_and_place_frames(store: Store) -> None:
    quotes = quotes_frame(query_quotes(store))
    assert quotes["speaker_name"].iloc[0] == "Sergei Lavrov"
    assert quotes["speaker_name"].isna().iloc[1]  # pandas 3 strings mark missing as NaN
    places = places_frame(query_places(store))
    assert list(places["country"]) == ["UKR", "CHE"]
