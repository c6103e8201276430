"""The command line, end to end: `eventwire run | events | show | export | failures`.

Every test drives ``eventwire.cli.main`` through ``click.testing.CliRunner`` (or, for the
kill-and-restart check, a real child process) against a database under ``tmp_path``.
Inputs are one- or two-sentence articles except where the founding article is the point.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from eventwire.cli import EVENT_COLUMNS, main
from eventwire.query import PLOVER_TYPES
from eventwire.store import open_store

FOUNDING = Path(__file__).resolve().parents[1] / "examples" / "blinken-north-korea.txt"
FOUNDING_DATE = "2022-01-13"

SUMMARY = re.compile(r"^(\d+) stored, (\d+) unchanged, (\d+) failed(?: in (.+))?$", re.MULTILINE)

# Short English articles: each yields at least one event and is fast to process.
SHORT = {
    "fra-irn": ("France condemned Iran on Friday.", "2022-03-04"),
    "chn-jpn": ("China criticized Japan on Tuesday.", "2022-03-02"),
    "rus-ukr": ("The Russian army attacked Kyiv on Monday.", "2022-03-02"),
}

FRENCH = (
    "Le président de la République a annoncé mardi une série de mesures destinées à soutenir les "
    "agriculteurs touchés par la sécheresse. Selon le ministre de l'Agriculture, ces aides seront "
    "versées dès le mois prochain aux exploitations les plus fragiles, et le gouvernement prévoit "
    "aussi de réduire les charges sociales pour les jeunes agriculteurs qui s'installent dans les "
    "régions rurales."
)

NAV_ONLY_HTML = (
    "<html><head><title>Menu</title></head><body>"
    '<nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>'
)


# -- helpers ---------------------------------------------------------------------------


def invoke(*args: str | Path, input: str | None = None) -> Result:
    """Run ``eventwire ARGS`` in-process, stdout and stderr kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def summary(result: Result) -> tuple[int, int, int, str | None]:
    """The ``N stored, N unchanged, N failed [in DB]`` line that `run` prints on stderr."""
    match = SUMMARY.search(result.stderr)
    assert match is not None, result.stderr
    return int(match[1]), int(match[2]), int(match[3]), match[4]


def assert_clean_error(result: Result, *fragments: str) -> None:
    """Non-zero exit, one ``Error: ...`` line on stderr, and no traceback anywhere."""
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("Error: "), lines
    for fragment in fragments:
        assert fragment in lines[0]


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_jsonl(path: Path, records: Sequence[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def table_types(stdout: str) -> set[str]:
    """The TYPE column of `run`'s table output."""
    return {word for word in re.findall(r"\b[A-Z]{3,}\b", stdout) if word in PLOVER_TYPES}


def event_key(row: dict[str, Any]) -> tuple[str, int, str]:
    return row["article_id"], row["trigger"]["start"], row["type"]


# -- 1. the founding article, and re-running it ---------------------------------------------


@pytest.mark.slow
def test_run_founding_article_then_rerun_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    args = ("run", FOUNDING, "--date", FOUNDING_DATE, "--db", db)

    first = invoke(*args)
    assert first.exit_code == 0, first.output
    assert {"ACCUSE", "SANCTION", "MOBILIZE"} <= table_types(first.stdout)
    assert summary(first) == (1, 0, 0, str(db))
    assert "1 stored" in first.stderr
    with open_store(db) as store:
        counts = store.counts()
    assert counts["articles"] == 1
    assert counts["events"] >= 3

    second = invoke(*args)
    assert second.exit_code == 0, second.output
    assert "0 stored, 1 unchanged" in second.stderr
    assert summary(second) == (0, 1, 0, str(db))
    # The stored result is still printed, identically.
    assert second.stdout == first.stdout
    with open_store(db) as store:
        assert store.counts() == counts


# -- 2./3. machine-readable output of `run` ------------------------------------------------

ARTICLE_KEYS = {"id", "title", "date", "text", "events", "quotes", "places", "times", "entities", "amounts"}
EVENT_KEYS = {
    "type",
    "mode",
    "cameo",
    "quad_class",
    "source",
    "target",
    "date",
    "location",
    "negated",
    "hypothetical",
    "confidence",
    "sentence",
}


@pytest.fixture(scope="module")
def three_line_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The founding article plus two short ones, one JSON object per line."""
    records = [
        {"id": "founding", "title": "Blinken", "text": FOUNDING.read_text("utf-8"), "date": FOUNDING_DATE},
        {"id": "fra-irn", "text": SHORT["fra-irn"][0], "date": SHORT["fra-irn"][1]},
        {"id": "chn-jpn", "text": SHORT["chn-jpn"][0], "date": SHORT["chn-jpn"][1]},
    ]
    return write_jsonl(tmp_path_factory.mktemp("jsonl") / "three.jsonl", records)


def spans_of(result: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every (where, span dict) in a result that must point into its text."""
    found: list[tuple[str, dict[str, Any] | None]] = []
    for n, event in enumerate(result["events"]):
        for key in ("source", "target", "trigger", "sentence", "location"):
            found.append((f"events[{n}].{key}", event[key]))
    for n, quote in enumerate(result["quotes"]):
        for key in ("content", "speaker", "cue", "medium"):
            found.append((f"quotes[{n}].{key}", quote[key]))
    for section in ("places", "times", "entities", "amounts"):
        found += [(f"{section}[{n}]", item) for n, item in enumerate(result[section])]
    return [(where, span) for where, span in found if span is not None]


@pytest.mark.slow
def test_run_jsonl_writes_one_complete_object_per_article(tmp_path: Path, three_line_jsonl: Path) -> None:
    out = invoke("run", three_line_jsonl, "--no-store", "--format", "jsonl")
    assert out.exit_code == 0, out.output
    results = jsonl(out.stdout)

    assert [r["id"] for r in results] == ["founding", "fra-irn", "chn-jpn"]
    for result in results:
        assert set(result) >= ARTICLE_KEYS
        assert result["events"], result["id"]
        for event in result["events"]:
            assert set(event) >= EVENT_KEYS
            assert set(event["date"]) >= {"value", "granularity"}
            assert set(event["sentence"]) >= {"start", "end"}
            assert event["type"] in PLOVER_TYPES
    founding = results[0]
    assert founding["date"] == FOUNDING_DATE
    assert founding["quotes"] and founding["amounts"] and founding["times"]

    checked = 0
    for result in results:
        text = result["text"]
        for where, span in spans_of(result):
            assert text[span["start"] : span["end"]] == span["text"], (result["id"], where)
            checked += 1
    assert checked > 50


@pytest.mark.slow
def test_run_csv_has_a_header_and_one_row_per_event(three_line_jsonl: Path) -> None:
    as_json = invoke("run", three_line_jsonl, "--no-store", "--format", "jsonl")
    as_csv = invoke("run", three_line_jsonl, "--no-store", "--format", "csv")
    assert as_csv.exit_code == 0, as_csv.output

    reader = csv.DictReader(io.StringIO(as_csv.stdout))
    rows = list(reader)
    assert reader.fieldnames == ["article_id", *EVENT_COLUMNS]
    expected = [(r["id"], e["type"], e["trigger"]["text"]) for r in jsonl(as_json.stdout) for e in r["events"]]
    assert [(row["article_id"], row["type"], row["trigger"]) for row in rows] == expected


# -- 4. bad input: every kind rejected with its code, the good ones stored ----------------

# name -> (how to make it, expected origin suffix, expected code)
BAD_INPUTS: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty.txt", "empty"),
    "binary.txt": (lambda p: p.write_bytes(b"PK\x03\x04\x00\x00\x01\x02 text" * 20), "binary.txt", "binary"),
    "latin1.txt": (
        lambda p: p.write_bytes("Paris a condamné la décision.".encode("latin-1")),
        "latin1.txt",
        "bad-encoding",
    ),
    "huge.txt": (lambda p: _sparse(p, 50 * 1024 * 1024), "huge.txt", "too-large"),
    "nav.html": (lambda p: p.write_text(NAV_ONLY_HTML, "utf-8"), "nav.html", "no-article"),
    "french.txt": (lambda p: p.write_text(FRENCH, "utf-8"), "french.txt", "not-english"),
    "mixed.jsonl": (
        lambda p: write_jsonl(
            p,
            [
                {"id": "good-1", "text": SHORT["fra-irn"][0], "date": SHORT["fra-irn"][1]},
                '{"id": "broken", "text": ',
                {"id": "good-2", "text": SHORT["chn-jpn"][0], "date": SHORT["chn-jpn"][1]},
            ],
        ),
        "mixed.jsonl:2",
        "bad-json",
    ),
    "baddate.txt": (
        lambda p: p.write_text("Date: not a date\n\nFrance condemned Iran on Friday.\n", "utf-8"),
        "baddate.txt",
        "bad-date",
    ),
    "missing.txt": (lambda p: None, "missing.txt", "not-found"),
}
GOOD_STORED = 3  # good.txt + the two good lines of mixed.jsonl


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)


@pytest.fixture
def bad_input_run(tmp_path: Path) -> tuple[list[str], Path]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = []
    for name, (make, _, _) in BAD_INPUTS.items():
        make(inputs / name)
        paths.append(str(inputs / name))
    good = inputs / "good.txt"
    good.write_text(SHORT["rus-ukr"][0] + "\n", "utf-8")
    paths.append(str(good))
    db = tmp_path / "x.db"
    return ["run", *paths, "--date", "2022-03-02", "--db", str(db)], db


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def failure_rows(db: Path) -> dict[tuple[str, str], str]:
    """`eventwire failures` as {(origin, code): '(xN, last ...)'}."""
    listing = invoke("failures", "--db", db)
    assert listing.exit_code == 0, listing.output
    rows = {}
    for line in listing.stdout.splitlines():
        origin, code, _reason, seen = line.split("\t")
        rows[(origin, code)] = seen
    return rows


@pytest.mark.slow
def test_bad_inputs_are_rejected_one_line_each_and_good_ones_stored(
    bad_input_run: tuple[list[str], Path],
) -> None:
    args, db = bad_input_run
    huge = Path(args[1]).parent / "huge.txt"
    assert huge.stat().st_size == 50 * 1024 * 1024

    result = invoke(*args)

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = error_lines(result.stderr)
    assert len(errors) == len(BAD_INPUTS), errors
    for _, suffix, code in BAD_INPUTS.values():
        matching = [e for e in errors if e.endswith(f"[{code}]")]
        assert len(matching) == 1, (code, errors)
        assert matching[0].startswith("error: ") and f"{suffix}: " in matching[0]
    assert "over the limit" in next(e for e in errors if e.endswith("[too-large]"))
    assert summary(result)[:3] == (GOOD_STORED, 0, len(BAD_INPUTS))

    with open_store(db) as store:
        counts = store.counts()
        stored_ids = {a["id"] for a in store.articles()}
    assert counts["articles"] == GOOD_STORED
    assert counts["failures"] == len(BAD_INPUTS)
    assert {"good-1", "good-2"} <= stored_ids

    listed = failure_rows(db)
    assert sorted(code for _, code in listed) == sorted(code for _, _, code in BAD_INPUTS.values())
    for origin, code in listed:
        suffix = next(s for _, s, c in BAD_INPUTS.values() if c == code)
        assert origin.endswith(suffix)
    assert all(seen.startswith("(x1,") for seen in listed.values())


@pytest.mark.slow
def test_rerunning_bad_inputs_counts_failures_instead_of_duplicating(
    bad_input_run: tuple[list[str], Path],
) -> None:
    args, db = bad_input_run
    invoke(*args)
    with open_store(db) as store:
        before = store.counts()

    again = invoke(*args)

    assert again.exit_code == 1
    assert len(error_lines(again.stderr)) == len(BAD_INPUTS)
    assert summary(again)[:3] == (0, GOOD_STORED, len(BAD_INPUTS))
    with open_store(db) as store:
        assert store.counts() == before
        assert sorted(row["count"] for row in store.failures()) == [2] * len(BAD_INPUTS)
    listed = failure_rows(db)
    assert len(listed) == len(BAD_INPUTS)
    assert all(seen.startswith("(x2,") for seen in listed.values())


# -- 5./6./7. querying a populated store ------------------------------------------------------


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the founding article, a French-Iranian spat in March, and two id-prefix twins."""
    folder = tmp_path_factory.mktemp("store")
    march = folder / "march.txt"
    march.write_text(f"Date: {SHORT['fra-irn'][1]}\n\n{SHORT['fra-irn'][0]}\n", "utf-8")
    twins = write_jsonl(
        folder / "twins.jsonl",
        [
            {"id": "twin-a", "text": SHORT["chn-jpn"][0], "date": SHORT["chn-jpn"][1]},
            {"id": "twin-b", "text": SHORT["rus-ukr"][0], "date": SHORT["rus-ukr"][1]},
        ],
    )
    db = folder / "x.db"
    result = invoke("run", FOUNDING, march, twins, "--date", FOUNDING_DATE, "--db", db)
    assert result.exit_code == 0, result.output
    assert summary(result)[:3] == (4, 0, 0)
    return db


@pytest.fixture(scope="module")
def all_events(store_db: Path) -> list[dict[str, Any]]:
    result = invoke("events", "--db", store_db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = jsonl(result.stdout)
    with open_store(store_db) as store:
        assert len(rows) == store.counts()["events"]
    return rows


def _names(row: dict[str, Any]) -> str:
    parts = [row.get(role) or {} for role in ("source", "target")]
    return " ".join(str(p.get(k) or "") for p in parts for k in ("name", "text")).casefold()


def _countries(row: dict[str, Any]) -> set[str | None]:
    return {(row.get(role) or {}).get("country") for role in ("source", "target")}


def _calendar_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a TimeML date value covers (day, ISO week, month, quarter, year); None otherwise."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        year, week = int(m[1]), int(m[2])
        return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        first = dt.date(int(m[1]), int(m[2]), 1)
        return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        first = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        return first, (first + dt.timedelta(days=92)).replace(day=1) - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})", value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    return None


def _overlaps(row: dict[str, Any], since: str = "0001-01-01", until: str = "9999-12-31") -> bool:
    """Whether the event's (possibly coarse) date overlaps [since, until]."""
    covered = _calendar_range((row.get("date") or {}).get("value") or "")
    if covered is None:
        return False
    return covered[0] <= dt.date.fromisoformat(until) and covered[1] >= dt.date.fromisoformat(since)


# filter arguments -> which of all events must come back (and only those)
EVENT_FILTERS: list[Any] = [
    (["--country", "PRK"], lambda r: "PRK" in _countries(r)),
    (["--country", "prk"], lambda r: "PRK" in _countries(r)),
    (["--country", "IRN"], lambda r: "IRN" in _countries(r)),
    (["--type", "ACCUSE"], lambda r: r["type"] == "ACCUSE"),
    (["--type", "sanction"], lambda r: r["type"] == "SANCTION"),
    (["--actor", "blinken"], lambda r: "blinken" in _names(r)),
    (["--actor", "BLINKEN"], lambda r: "blinken" in _names(r)),
    (["--since", "2022-01-10", "--until", "2022-01-13"], lambda r: _overlaps(r, "2022-01-10", "2022-01-13")),
    (["--since", "2021-01-01", "--until", "2021-12-31"], lambda r: _overlaps(r, "2021-01-01", "2021-12-31")),
    pytest.param(["--since", "2022-03-01"], lambda r: _overlaps(r, since="2022-03-01")),
    pytest.param(
        ["--since", "2022-01-01", "--until", "2022-01-31"],
        lambda r: _overlaps(r, "2022-01-01", "2022-01-31"),
    ),
    (
        ["--country", "USA", "--type", "SANCTION"],
        lambda r: r["type"] == "SANCTION" and "USA" in _countries(r),
    ),
    (["--article", "twin-a"], lambda r: r["article_id"] == "twin-a"),
    (["--lemma", "criticize"], lambda r: r.get("trigger_lemma") == "criticize"),  # "China criticized Japan"
    (["--lemma", "CRITICIZE"], lambda r: r.get("trigger_lemma") == "criticize"),
    (["--lemma", "criticize", "--article", "twin-a"], lambda r: r["article_id"] == "twin-a"),
]


def _filter_id(value: Any) -> str | None:
    return " ".join(value) if isinstance(value, list) else None


@pytest.mark.slow
@pytest.mark.parametrize(("args", "wanted"), EVENT_FILTERS, ids=_filter_id)
def test_events_filters_return_exactly_the_matching_events(
    store_db: Path,
    all_events: list[dict[str, Any]],
    args: list[str],
    wanted: Callable[[dict[str, Any]], bool],
) -> None:
    result = invoke("events", "--db", store_db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    expected = [event_key(r) for r in all_events if wanted(r)]
    assert expected, "the filter should match something in the fixture store"
    assert sorted(event_key(r) for r in jsonl(result.stdout)) == sorted(expected)


@pytest.mark.slow
def test_events_limit_keeps_the_first_rows(store_db: Path, all_events: list[dict[str, Any]]) -> None:
    result = invoke("events", "--db", store_db, "--format", "jsonl", "--limit", "2")
    assert [event_key(r) for r in jsonl(result.stdout)] == [event_key(r) for r in all_events[:2]]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "FOO"], "unknown event type 'FOO'"),
        (["--country", "North Korea"], "ISO 3166 alpha-3"),
        (["--since", "last week"], "since must be an ISO date"),
        (["--until", "13/01/2022"], "until must be an ISO date"),
    ],
)
def test_events_bad_filter_is_a_one_line_error(store_db: Path, args: list[str], message: str) -> None:
    assert_clean_error(invoke("events", "--db", store_db, *args), message)


@pytest.mark.slow
def test_events_fused_has_no_lemma_filter(store_db: Path) -> None:
    result = invoke("events", "--db", store_db, "--fused", "--lemma", "accuse")
    assert result.exit_code == 2 and "with --fused only --type and --limit apply" in result.output


@pytest.mark.slow
def test_events_output_formats_agree(store_db: Path, all_events: list[dict[str, Any]]) -> None:
    as_csv = invoke("events", "--db", store_db, "--format", "csv")
    reader = csv.DictReader(io.StringIO(as_csv.stdout))
    rows = list(reader)
    assert reader.fieldnames == ["article_id", *EVENT_COLUMNS]
    assert [(r["article_id"], r["type"]) for r in rows] == [(e["article_id"], e["type"]) for e in all_events]

    as_table = invoke("events", "--db", store_db)
    lines = as_table.stdout.strip().splitlines()
    assert {"DATE", "SOURCE", "TYPE", "TARGET", "TRIGGER"} <= set(lines[0].split())  # the header row
    assert lines[-1] == f"{len(all_events)} events"
    assert len(lines) == len(all_events) + 2


@pytest.mark.slow
def test_events_out_writes_a_file(tmp_path: Path, store_db: Path, all_events: list[dict[str, Any]]) -> None:
    target = tmp_path / "events.jsonl"
    result = invoke("events", "--db", store_db, "--type", "ACCUSE", "--format", "jsonl", "--out", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert len(jsonl(target.read_text("utf-8"))) == sum(e["type"] == "ACCUSE" for e in all_events)


def founding_id(db: Path) -> str:
    with open_store(db) as store:
        (row,) = [a for a in store.articles() if a["origin"] == str(FOUNDING)]
    return str(row["id"])


@pytest.mark.slow
def test_show_by_prefix_prints_every_section(store_db: Path) -> None:
    full = founding_id(store_db)
    result = invoke("show", full[:6], "--db", store_db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for section in ("EVENTS", "QUOTES", "PLACES", "TIMES", "AMOUNTS"):
        assert section in lines
    assert f"id {full}" in result.stdout
    assert "Antony Blinken" in result.stdout


@pytest.mark.slow
def test_show_json_is_the_stored_result(store_db: Path) -> None:
    full = founding_id(store_db)
    result = invoke("show", full[:6], "--db", store_db, "--json")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    with open_store(store_db) as store:
        assert shown == store.get_article(full)
    assert shown["id"] == full and shown["date"] == FOUNDING_DATE


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["show", "no-such-article"], ["no article 'no-such-article'"]),
        (["show", "twin-"], ["ambiguous", "twin-a", "twin-b"]),
        (["export", "--format", "parquet"], ["--out is required for parquet"]),
    ],
    ids=["unknown-id", "ambiguous-prefix", "parquet-without-out"],
)
def test_store_commands_fail_cleanly(store_db: Path, args: list[str], fragments: list[str]) -> None:
    assert_clean_error(invoke(*args, "--db", store_db), *fragments)


@pytest.mark.parametrize(
    "args",
    [["events"], ["show", "abc"], ["export"], ["failures"]],
    ids=["events", "show", "export", "failures"],
)
def test_missing_database_is_a_clean_error_and_is_not_created(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "missing.db"
    assert_clean_error(invoke(*args, "--db", missing), f"no store at {missing}")
    assert not missing.exists()


@pytest.mark.slow
def test_export_parquet_has_one_row_per_event(tmp_path: Path, store_db: Path) -> None:
    target = tmp_path / "f.parquet"
    result = invoke("export", "--db", store_db, "--format", "parquet", "--out", target)
    assert result.exit_code == 0, result.output
    with open_store(store_db) as store:
        events = store.counts()["events"]
    table = pq.read_table(target)
    assert table.num_rows == events
    assert {"type", "source_country", "target_country", "date"} <= set(table.column_names)
    assert f"{events} events exported" in result.stderr


@pytest.mark.slow
def test_export_articles_as_jsonl_gives_the_stored_results(store_db: Path) -> None:
    result = invoke("export", "--db", store_db, "--format", "jsonl", "--what", "articles")
    assert result.exit_code == 0, result.output
    articles = jsonl(result.stdout)
    with open_store(store_db) as store:
        assert len(articles) == store.counts()["articles"]
        for article in articles:
            assert article == store.get_article(article["id"])
    assert f"{len(articles)} articles exported" in result.stderr


# -- 8. standard input -------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stdin", "exit_code", "expect"),
    [
        ("France condemned Iran on Friday.\n", 0, "ACCUSE"),
        ("", 1, "error: <stdin>: article text is empty or only whitespace [empty]"),
        ("France condemned\x00Iran.", 1, "[binary]"),
        (FRENCH, 1, "[not-english]"),
    ],
    ids=["article", "empty", "nul-bytes", "french"],
)
def test_run_reads_stdin_without_a_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stdin: str, exit_code: int, expect: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("run", "-", "--date", FOUNDING_DATE, "--no-store", input=stdin)
    assert result.exit_code == exit_code, result.output
    assert expect in result.output
    stored, _, failed, where = summary(result)
    assert (stored, failed) == ((1, 0) if exit_code == 0 else (0, 1))
    assert where is None  # --no-store names no database
    assert list(tmp_path.iterdir()) == []  # and creates none


@pytest.mark.parametrize(
    ("home", "exit_code", "expect"),
    [
        ("Athens, Georgia", 0, '"country": "USA"'),
        ("Xanthuvia", 1, "--home: unknown home place 'Xanthuvia'"),
    ],
)
def test_run_home_is_a_prior_for_places_or_a_clear_error(home: str, exit_code: int, expect: str) -> None:
    text = "The Athens City Council met on Monday to discuss the budget."
    result = invoke("run", "-", "--no-store", "--format", "jsonl", "--home", home, input=text)
    assert result.exit_code == exit_code, result.output
    assert expect in result.output


@pytest.mark.parametrize(("flags", "statements"), [((), 1), (("--statements",), 1), (("--no-statements",), 0)])
def test_run_codes_statements_unless_told_not_to(flags: tuple[str, ...], statements: int) -> None:
    text = "The foreign minister expressed concern about the fate of the detained sailors."
    result = invoke("run", "-", "--no-store", "--format", "jsonl", *flags, input=text)
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    assert sum(e["type"] == "STATEMENT" for e in events) == statements


# -- 9. a run killed half way and started again ------------------------------------------------

KILL_ARTICLES = 20
_COUNTRIES = [
    ("France", "Italy"),
    ("Germany", "Spain"),
    ("China", "Norway"),
    ("Japan", "Sweden"),
    ("Russia", "Greece"),
    ("Iran", "Cuba"),
    ("Israel", "Peru"),
    ("Egypt", "Ghana"),
    ("India", "Qatar"),
    ("Pakistan", "Oman"),
    ("Brazil", "Chad"),
    ("Mexico", "Mali"),
    ("Canada", "Niger"),
    ("Turkey", "Laos"),
    ("Syria", "Nepal"),
    ("Iraq", "Fiji"),
    ("Poland", "Iceland"),
    ("Kenya", "Ireland"),
    ("Nigeria", "Austria"),
    ("Chile", "Belgium"),
]


def _db_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or not migrated yet


@pytest.mark.slow
def test_killed_run_resumes_and_stores_every_article_once(tmp_path: Path) -> None:
    records = [
        {
            "id": f"kill-{n:02d}",
            "date": "2022-01-13",
            "text": f"{a} criticized {b} on Monday over border incident number {n}. "
            f"Officials in {a} said talks with {b} would continue next week in the capital.",
        }
        for n, (a, b) in enumerate(_COUNTRIES[:KILL_ARTICLES])
    ]
    source = write_jsonl(tmp_path / "many.jsonl", records)
    db = tmp_path / "x.db"
    command = [sys.executable, "-c", "from eventwire.cli import main; main()"]
    args = ["run", str(source), "--db", str(db), "--format", "jsonl", "--batch-size", "1"]
    # stdout is a pipe nobody reads: once it fills, the child blocks after storing some articles.
    child = subprocess.Popen([*command, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 90  # model loading alone can take tens of seconds on a loaded box
        while _db_articles(db) < 3 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        finished = child.poll() is not None
        if not finished:
            child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=10)
        assert child.stdout is not None
        child.stdout.close()
    if finished:
        pytest.skip("the first run finished before it could be killed")
    assert child.returncode == -signal.SIGKILL
    before = _db_articles(db)
    assert 3 <= before <= KILL_ARTICLES, "the poll stopped on the timeout, not on stored articles"

    resumed = invoke(*args)

    assert resumed.exit_code == 0, resumed.output
    stored, unchanged, failed, _ = summary(resumed)
    assert (stored + unchanged, failed) == (KILL_ARTICLES, 0)
    assert unchanged == before  # what the killed run stored is not processed again
    assert [r["id"] for r in jsonl(resumed.stdout)] == [r["id"] for r in records]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = dict(conn.execute("SELECT id, COUNT(*) FROM articles GROUP BY id").fetchall())
        assert ids == {r["id"]: 1 for r in records}
        results = [json.loads(rj) for (rj,) in conn.execute("SELECT result_json FROM articles")]
        for table in ("events", "quotes", "places", "entities"):
            rows = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert rows == sum(len(r[table]) for r in results), table
            orphans = conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            assert orphans == 0, table
    assert sum(len(r["events"]) for r in results) >= KILL_ARTICLES


@pytest.mark.slow
def test_workers_give_the_same_results_in_input_order(tmp_path: Path) -> None:
    texts = [f"China criticized Japan over incident {n} on Tuesday." for n in range(6)]
    src = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"a{n}", "text": t, "date": "2022-03-02"} for n, t in enumerate(texts)]
    )
    one = invoke("run", src, "--no-store", "--format", "jsonl", "--batch-size", "2")
    two = invoke("run", src, "--no-store", "--format", "jsonl", "--batch-size", "2", "--workers", "2")
    assert one.exit_code == two.exit_code == 0
    assert [r["id"] for r in jsonl(two.stdout)] == [f"a{n}" for n in range(6)]
    assert jsonl(one.stdout) == jsonl(two.stdout)


def test_a_bad_date_option_is_a_usage_error_not_a_traceback() -> None:
    result = invoke("run", "-", "--date", "notadate", "--no-store", input="China met Japan.")
    assert result.exit_code == 2
    assert "Invalid value for --date: unrecognised date 'notadate'" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["run", "watch"])
def test_an_unknown_html_mode_is_a_usage_error(command: str) -> None:
    result = invoke(command, "-", "--html-mode", "quick")
    assert result.exit_code == 2
    assert "Invalid value for '--html-mode'" in result.output and "Traceback" not in result.output


def test_export_to_an_unwritable_place_is_a_clean_error(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert invoke("run", "-", "--db", db, "--date", "2022-03-02", input="China criticized Japan.").exit_code == 0
    result = invoke("export", "--db", db, "--format", "csv", "--out", tmp_path / "missing" / "x.csv")
    assert result.exit_code == 1
    assert_clean_error(result, "cannot write", "No such file or directory")


@pytest.mark.slow
def test_quotes_lists_who_said_what(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    assert invoke("run", FOUNDING, "--date", "2022-01-13", "--db", db).exit_code == 0
    table = invoke("quotes", "--db", db, "--speaker", "blinken")
    assert table.exit_code == 0
    assert table.stdout.count("Antony Blinken to MSNBC [direct]") == 4
    rows = jsonl(invoke("quotes", "--db", db, "--speaker", "BLINKEN", "--format", "jsonl").stdout)
    assert rows and all(r["speaker_actor"]["name"] == "Antony Blinken" for r in rows)
    assert invoke("quotes", "--db", db, "--format", "csv").stdout.startswith("article_id,speaker,speaker_code")


@pytest.mark.parametrize(
    "stage", ["events", "actors", "places", "times", "quotes", "dedup", "fusion", "extraction", "petrarch", "gate"]
)
def test_eval_dispatches_to_the_stage_scorer(stage: str) -> None:
    result = CliRunner().invoke(main, ["eval", stage, "--help"])
    assert result.exit_code == 0
    assert "usage:" in result.output


def test_eval_rejects_an_unknown_stage() -> None:
    result = CliRunner().invoke(main, ["eval", "nothing"])
    assert result.exit_code == 2
    assert "nothing" in result.output
