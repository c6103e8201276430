"""GDELT 2.0 and POLECAT exports: code written for GDELT's files reads ours."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from eventwire.export import export
from eventwire.fusion import fuse_store
from eventwire.interchange import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    POLECAT_COLUMNS,
    fips_code,
    gdelt_event_row,
    sentence_number,
)
from eventwire.store import Store, open_store

TEXT = "Police arrested 40 rioters in Ahmedabad on Friday.\n\nThe army was called in. Calm returned."

CODES = {"EventCode": str, "EventBaseCode": str, "EventRootCode": str}  # leading zeros matter: "04" is CONSULT
# The column types GDELT's own documentation gives, as a GDELT reader would declare them.
GDELT_EVENT_TYPES = {
    "GLOBALEVENTID": "int64",
    "SQLDATE": "int64",
    "MonthYear": "int64",
    "Year": "int64",
    "FractionDate": "float64",
    "IsRootEvent": "int64",
    "EventCode": "string",
    "EventBaseCode": "string",
    "EventRootCode": "string",
    "QuadClass": "int64",
    "GoldsteinScale": "float64",
    "NumMentions": "int64",
    "NumSources": "int64",
    "NumArticles": "int64",
    "AvgTone": "float64",
    "ActionGeo_Type": "int64",
    "ActionGeo_Lat": "float64",
    "ActionGeo_Long": "float64",
    "DATEADDED": "int64",
}


def event(date: str = "2002-03-01") -> dict[str, Any]:
    return {
        "type": "COERCE",
        "mode": "arrest",
        "cameo": "173",
        "quad_class": 4,
        "score": -7.0,
        "trigger": {"text": "arrested", "start": 7, "end": 15},
        "source": {"text": "Police", "start": 0, "end": 6, "name": "police", "country": "IND", "sector": "COP"},
        "target": {"text": "40 rioters", "start": 16, "end": 26, "name": None, "country": None, "sector": None},
        "date": {"value": date, "granularity": "day", "method": "own time expression"},
        "location": {
            "name": "Ahmedabad",
            "country": "IND",
            "lat": 23.03,
            "lon": 72.58,
            "feature": "city",
            "geonameid": 1279233,
        },
        "negated": False,
        "hypothetical": False,
        "future": False,
        "confidence": 0.8,
        "sentence": {"text": TEXT[:50], "start": 0, "end": 50},
    }


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "ew.db")
    for article_id, source in (("a1", "toi"), ("a2", "hindu")):
        result = {
            "id": article_id,
            "date": "2002-03-02",
            "url": f"https://{source}.example/{article_id}",
            "source": source,
            "text": TEXT,
            "events": [event()],
        }
        s.save(result, origin=None, pipeline_version="1")
    fuse_store(s)
    return s


def gdelt_frame(store: Store, fmt: str, columns: tuple[str, ...], **kwargs: Any) -> pd.DataFrame:
    out = io.StringIO()
    export(store, fmt, out)  # type: ignore[arg-type]
    return pd.read_csv(io.StringIO(out.getvalue()), sep="\t", header=None, names=list(columns), **kwargs)


def test_interchange_gdelt_events_load_with_gdelt_columns_and_types(store: Store) -> None:
    frame = gdelt_frame(store, "gdelt-events", GDELT_EVENT_COLUMNS, dtype=CODES)
    assert len(GDELT_EVENT_COLUMNS) == 61 and frame.shape == (1, 61)
    frame = frame.astype(GDELT_EVENT_TYPES)
    row = frame.iloc[0]
    assert row["SQLDATE"] == 20020301 and row["MonthYear"] == 200203 and row["Year"] == 2002
    assert row["FractionDate"] == pytest.approx(2002.16, abs=0.01)
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("INDCOP", "IND", "COP")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("173", "173", "17")
    assert (row["QuadClass"], row["GoldsteinScale"]) == (4, -7.0)
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (2, 2, 2)
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"], row["ActionGeo_FeatureID"]) == (4, "IN", 1279233)
    assert row["ActionGeo_FullName"] == "Ahmedabad, India"
    assert row["IsRootEvent"] == 1
    assert len(str(row["DATEADDED"])) == 14
    assert row["SOURCEURL"] == "https://toi.example/a1"


def test_interchange_gdelt_mentions_join_their_event(store: Store) -> None:
    events = gdelt_frame(store, "gdelt-events", GDELT_EVENT_COLUMNS)
    mentions = gdelt_frame(store, "gdelt-mentions", GDELT_MENTION_COLUMNS)
    assert mentions.shape == (2, 16)
    assert set(mentions["GLOBALEVENTID"]) == set(events["GLOBALEVENTID"])
    first = mentions.iloc[0]
    assert first["MentionTimeDate"] == 20020302000000
    assert (first["MentionType"], first["MentionSourceName"]) == (1, "toi")
    assert (first["Actor1CharOffset"], first["Actor2CharOffset"], first["ActionCharOffset"]) == (0, 16, 7)
    assert (first["SentenceID"], first["Confidence"], first["MentionDocLen"]) == (1, 80, len(TEXT))
    assert TEXT[first["ActionCharOffset"] :].startswith("arrested")


def test_interchange_header_is_optional(store: Store) -> None:
    out = io.StringIO()
    export(store, "gdelt-events", out, header=True)
    frame = pd.read_csv(io.StringIO(out.getvalue()), sep="\t")
    assert list(frame.columns) == list(GDELT_EVENT_COLUMNS)


def test_interchange_polecat_table(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "polecat", out, header=True) == 1
    frame = pd.read_csv(io.StringIO(out.getvalue()), sep="\t")
    assert list(frame.columns) == list(POLECAT_COLUMNS)
    row = frame.iloc[0]
    assert (row["Event Type"], row["Event Mode"], row["Actor Country"], row["City"]) == (
        "COERCE",
        "arrest",
        "IND",
        "Ahmedabad",
    )
    assert (row["Mentions"], row["Sources"]) == (2, 2)


def test_interchange_fuses_in_memory_when_the_store_was_not_fused(tmp_path: Path) -> None:
    s = open_store(tmp_path / "raw.db")
    s.save({"id": "x", "date": "2002-03-02", "text": TEXT, "events": [event()]}, origin=None, pipeline_version="1")
    out = io.StringIO()
    assert export(s, "gdelt-events", out) == 1
    assert s.fetchall("SELECT COUNT(*) AS n FROM fused_events")[0]["n"] == 0  # an export writes nothing


@pytest.mark.parametrize(
    ("cameo", "codes"), [("042", ("042", "042", "04")), ("1731", ("1731", "173", "17")), (None, ("", "", ""))]
)
def test_interchange_gdelt_event_codes(cameo: str | None, codes: tuple[str, str, str]) -> None:
    record = {"global_id": 1, "cameo": cameo, "num_mentions": 1, "num_sources": 1, "num_articles": 1}
    row = dict(zip(GDELT_EVENT_COLUMNS, gdelt_event_row(record, False, None), strict=True))
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == codes


@pytest.mark.parametrize(("offset", "expected"), [(0, 1), (7, 1), (52, 2), (80, 3), (None, 1)])
def test_interchange_sentence_number(offset: int | None, expected: int) -> None:
    assert sentence_number(TEXT, offset) == expected


@pytest.mark.parametrize(("iso3", "fips"), [("IND", "IN"), ("DEU", "GM"), ("USA", "US"), ("XXX", ""), (None, "")])
def test_interchange_fips_codes(iso3: str | None, fips: str) -> None:
    assert fips_code(iso3) == fips


# -- the command line ---------------------------------------------------------------------------


def test_interchange_cli_fuse_then_export(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    db = tmp_path / "cli.db"
    with open_store(db) as s:
        for article_id in ("a1", "a2"):
            result = {"id": article_id, "date": "2002-03-02", "text": TEXT, "events": [event()]}
            s.save(result, origin=None, pipeline_version="1")
    runner = CliRunner()
    fused = runner.invoke(main, ["fuse", "--db", str(db)])
    assert fused.exit_code == 0, fused.output
    assert "2 mentions -> 1 events" in fused.output
    assert "1 duplicate articles" in fused.output  # same text under two ids: linked, both kept
    out = tmp_path / "events.tsv"
    exported = runner.invoke(
        main, ["export", "--db", str(db), "--format", "gdelt-events", "--header", "--out", str(out)]
    )
    assert exported.exit_code == 0, exported.output
    frame = pd.read_csv(out, sep="\t")
    assert list(frame.columns) == list(GDELT_EVENT_COLUMNS) and frame["NumArticles"].tolist() == [2]
    listed = runner.invoke(main, ["events", "--db", str(db), "--fused", "--format", "jsonl"])
    assert listed.exit_code == 0 and '"num_mentions": 2' in listed.output


def statement_event() -> dict[str, Any]:
    """A STATEMENT event (CAMEO 01, ``eventwire run --statements``) in the second sentence (a made-up one: the
    export reads its codes, not its words)."""
    return {
        **event(),
        "type": "STATEMENT",
        "mode": None,
        "cameo": "012",
        "quad_class": 1,
        "score": -0.4,
        "trigger": {"text": "called in", "start": 65, "end": 74},
        "target": None,
        "sentence": {"text": "The army was called in.", "start": 52, "end": 75},
    }


@pytest.fixture
def store_with_statement(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "ew.db")
    result = {"id": "a1", "date": "2002-03-02", "text": TEXT, "events": [event(), statement_event()]}
    s.save(result, origin=None, pipeline_version="1")
    fuse_store(s)
    return s


def test_interchange_gdelt_writes_a_statement_as_cameo_01_in_quadclass_1(store_with_statement: Store) -> None:
    frame = gdelt_frame(store_with_statement, "gdelt-events", GDELT_EVENT_COLUMNS, dtype=CODES)
    rows = frame[frame["EventRootCode"] == "01"]
    assert [tuple(r) for r in rows[["EventCode", "EventBaseCode", "QuadClass", "GoldsteinScale"]].values] == [
        ("012", "012", 1, -0.4)
    ]


def test_interchange_polecat_leaves_statements_out(store_with_statement: Store) -> None:
    out = io.StringIO()
    assert export(store_with_statement, "polecat", out, header=True) == 1
    assert list(pd.read_csv(io.StringIO(out.getvalue()), sep="\t")["Event Type"]) == ["COERCE"]
