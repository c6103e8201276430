"""The command line: a thin layer over ``eventwire.api``, ``eventwire.query`` and ``eventwire.export``."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from eventwire import __version__
from eventwire.errors import EventwireError, InputError
from eventwire.ingest.html import DEFAULT_HTML_MODE, HTML_MODES, HtmlMode
from eventwire.model import Rejected

FORMATS = click.Choice(["table", "jsonl", "csv"])
EVENT_COLUMNS = (
    "date",
    "source",
    "source_code",
    "type",
    "mode",
    "target",
    "target_code",
    "cameo",
    "quad_class",
    "trigger",
    "sentence",
)
_TABLE_WIDTHS = {
    "date": 10,
    "source": 22,
    "source_code": 8,
    "type": 9,
    "target": 22,
    "target_code": 8,
    "cameo": 5,
    "trigger": 22,
}


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        default="eventwire.db",
        show_default=True,
        envvar="EVENTWIRE_DB",
        help="SQLite file (or sqlite:/// URL), or postgresql://user@host:port/dbname, of the store.",
    )(func)


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)(func)
    return click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: who did what to whom, when and where, and who said what, from news text."""


# ---------------------------------------------------------------------------------- run
@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--date",
    callback=lambda _ctx, _param, value: _valid_date(value),
    help="Publication date for inputs that carry none (e.g. 2022-01-13).",
)
@db_option
@click.option("--no-store", is_flag=True, help="Do not write to the store; only print.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes.")
@click.option("--batch-size", type=click.IntRange(1, 1000), default=16, show_default=True)
@click.option(
    "--max-mb", type=click.FloatRange(0.001), default=10.0, show_default=True, help="Reject larger input files."
)
@click.option(
    "--html-mode",
    type=click.Choice(HTML_MODES),
    default=DEFAULT_HTML_MODE,
    show_default=True,
    help="How whole HTML pages (files, WARC records) are extracted: fast (trafilatura's own extractor), "
    "accurate (checked against readability and jusText; slower), precision, recall. See `eventwire eval extraction`.",
)
@click.option(
    "--dictionary",
    "dictionaries",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="User dictionary (eventwire TSV or PETRARCH .actors/.agents/.verbs, or a folder of them) merged "
    "over the built-ins; repeatable. Default: the paths in $EVENTWIRE_DICTIONARIES.",
)
@click.option(
    "--home",
    help='The feed\'s home region ("Athens, Georgia", "Ontario", "Israel"): a prior for places the text '
    "leaves ambiguous, for articles that name no home of their own (a JSONL/CSV 'home' column).",
)
@click.option(
    "--statements/--no-statements",
    default=True,
    show_default=True,
    help='Also code CAMEO 01 statements that carry no PLOVER event ("expressed concern about", "claimed '
    "responsibility for\") as events of type STATEMENT, eventwire's extension (docs/architecture.md); "
    "--no-statements keeps to PLOVER's types.",
)
@output_options
def run(
    inputs: tuple[str, ...],
    date: str | None,
    db: str,
    no_store: bool,
    workers: int,
    batch_size: int,
    max_mb: float,
    html_mode: HtmlMode,
    dictionaries: tuple[Path, ...],
    home: str | None,
    statements: bool,
    fmt: str,
    out: Path | None,
) -> None:
    """Extract events, quotes, places and times from INPUT files, folders or - (stdin).

    \b
    Examples:
      eventwire run article.txt --date 2022-01-13
      eventwire run dump.jsonl --format jsonl --out events.jsonl
      eventwire run article.txt --dictionary my-actors.tsv --dictionary my-verbs.tsv
      eventwire run athens-banner-herald/ --home "Athens, Georgia"
    """
    from eventwire.api import run as run_inputs

    chosen = list(dictionaries) or None  # None: EVENTWIRE_DICTIONARIES
    _report_dictionaries(chosen)
    with _open_out(out) as stream:
        writer = _result_writer(fmt, stream)
        try:
            report = run_inputs(
                list(inputs),
                db=None if no_store else db,
                date=date,
                workers=workers,
                batch_size=batch_size,
                max_bytes=int(max_mb * 1_000_000),
                keep_results=False,
                on_result=writer,
                on_failure=_print_failure,
                progress=sys.stderr.isatty(),
                dictionaries=chosen,
                html_mode=html_mode,
                home=home,
                statements=statements,
            )
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            # Each article is stored in its own transaction: what is stored stays, the rest waits.
            click.echo("interrupted: articles stored so far are kept; run the same command to go on", err=True)
            sys.exit(130)
    where = "" if no_store else f" in {_shown(db)}"
    click.echo(
        f"{report.stored} stored, {report.unchanged} unchanged, {len(report.failed)} failed{where}",
        err=True,
    )
    if report.failed:
        sys.exit(1)


def _report_dictionaries(paths: list[Path] | None) -> None:
    """One stderr line per user dictionary with unconverted lines, so a typo does not pass unseen."""
    from eventwire.extensions.merge import load_extensions

    try:
        extensions = load_extensions(paths)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    for dictionary in extensions.dictionaries if extensions else ():
        if dictionary.problems:
            click.echo(f"warning: {dictionary.summary()}; first: {dictionary.problems[0]}", err=True)


def _valid_date(value: str | None) -> str | None:
    """Reject a bad --date before any work, as a usage error rather than a traceback."""
    if value is not None:
        from eventwire.ingest import parse_date

        try:
            parse_date(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--date") from None
    return value


def _print_failure(item: Rejected) -> None:
    click.echo(f"error: {item.origin}: {item.reason} [{item.code}]", err=True)


def _result_writer(fmt: str, stream: TextIO) -> Callable[[dict[str, Any]], None]:
    if fmt == "jsonl":

        def write_line(result: dict[str, Any]) -> None:
            stream.write(json.dumps(result, ensure_ascii=False) + "\n")

        return write_line
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=["article_id", *EVENT_COLUMNS])
        writer.writeheader()
        return lambda result: writer.writerows(_event_rows(result))
    return lambda result: _print_table(result, stream)


def _event_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"article_id": result["id"], **_event_row(e)} for e in result["events"]]


def _event_row(event: dict[str, Any]) -> dict[str, Any]:
    source, target, date = event.get("source") or {}, event.get("target") or {}, event.get("date") or {}
    return {
        "date": date.get("value") or "",
        "source": source.get("name") or source.get("text") or "",
        "source_code": source.get("code") or "",
        "type": event["type"],
        "mode": event.get("mode") or "",
        "target": target.get("name") or target.get("text") or "",
        "target_code": target.get("code") or "",
        "cameo": event["cameo"],
        "quad_class": event["quad_class"],
        "trigger": event["trigger"]["text"],
        "sentence": event["sentence"]["text"],
    }


def _print_table(result: dict[str, Any], stream: TextIO) -> None:
    title = result.get("title") or "(untitled)"
    stream.write(f"\n{title}  [{result['id']}] {result.get('date') or ''}\n")
    rows = [_event_row(e) for e in result["events"]]
    _write_table(rows, stream)
    stream.write(f"{len(result['events'])} events, {len(result['quotes'])} quotes, {len(result['places'])} places\n")


def _write_table(rows: Iterable[dict[str, Any]], stream: TextIO) -> None:
    columns = list(_TABLE_WIDTHS)
    headers = {"source_code": "code", "target_code": "code"}
    stream.write("  ".join(headers.get(c, c).upper().ljust(w) for c, w in _TABLE_WIDTHS.items()).rstrip() + "\n")
    for row in rows:
        cells = [_clip(str(row.get(c, "")), _TABLE_WIDTHS[c]) for c in columns]
        stream.write("  ".join(cells).rstrip() + "\n")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)


# -------------------------------------------------------------------------------- watch
@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--every",
    default="15m",
    show_default=True,
    callback=lambda _ctx, _param, value: _valid_interval(value),
    help="Time between polls: 30s, 15m, 1h, 1h30m.",
)
@click.option("--once", is_flag=True, help="Poll once and exit (for cron or a test).")
@db_option
@click.option(
    "--date",
    callback=lambda _ctx, _param, value: _valid_date(value),
    help="Publication date for inputs that carry none.",
)
@click.option("--state", type=click.Path(dir_okay=False, path_type=Path), help="Checkpoint file [<db>.watch.json].")
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True, help="Seconds per feed fetch.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes.")
@click.option("--max-mb", type=click.FloatRange(0.001), default=10.0, show_default=True, help="Reject larger inputs.")
@click.option(
    "--html-mode",
    type=click.Choice(HTML_MODES),
    default=DEFAULT_HTML_MODE,
    show_default=True,
    help="How whole HTML pages (files, WARC records) are extracted: fast (trafilatura's own extractor), "
    "accurate (checked against readability and jusText; slower), precision, recall. See `eventwire eval extraction`.",
)
@click.option("--home", help='The feeds\' home region ("Athens, Georgia"): a prior for ambiguous places, as in `run`.')
@click.option(
    "--statements/--no-statements",
    default=True,
    show_default=True,
    help="Code CAMEO 01 statements as STATEMENT events, as in `run`.",
)
def watch(
    sources: tuple[str, ...],
    every: float,
    once: bool,
    db: str,
    date: str | None,
    state: Path | None,
    timeout: float,
    workers: int,
    max_mb: float,
    html_mode: HtmlMode,
    home: str | None,
    statements: bool,
) -> None:
    """Poll feed URLs, feed files and folders, processing only what is new; stop with Ctrl-C.

    \b
    Examples:
      eventwire watch https://example.com/world/rss.xml news/ --every 15m
      eventwire watch crawl/ --once --db news.db
    """
    import signal

    from eventwire.ingest import parse_date
    from eventwire.ingest.watch import Watcher

    try:
        watcher = Watcher(
            list(sources),
            db,
            checkpoint=state,
            date=parse_date(date) if date else None,
            max_bytes=int(max_mb * 1_000_000),
            timeout=timeout,
            html_mode=html_mode,
            workers=workers,
            home=home,
            statements=statements,
            on_failure=_print_failure,
            on_poll=lambda number, report: click.echo(f"poll {number}: {report.summary()}", err=True),
            on_note=lambda note: click.echo(f"note: {note}", err=True),
        )
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    # A service manager stops with SIGTERM: end like Ctrl-C, between two articles' transactions.
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        report = watcher.run(every, once=once)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("stopped: articles stored so far are kept; the next watch goes on from here", err=True)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if report.failed:
        sys.exit(1)  # like `run`: a single poll that failed somewhere says so in its status


def _valid_interval(value: str) -> float:
    from eventwire.ingest.watch import parse_interval

    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None


# ------------------------------------------------------------------------------- events
@main.command()
@db_option
@click.option("--actor", help="Source or target name contains this (case-insensitive).")
@click.option("--country", help="Source or target country, ISO-3166 alpha-3 (e.g. PRK).")
@click.option("--type", "event_type", help="PLOVER event type (e.g. ACCUSE), or STATEMENT (CAMEO 01 statements).")
@click.option("--lemma", help="Trigger lemma or a form of it, any case (accuse or accused: accused, accuses).")
@click.option("--since", help="Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Event date on or before.")
@click.option("--article", help="Only this article id.")
@click.option("--limit", type=click.IntRange(1), default=None)
@click.option("--fused", is_flag=True, help="Fused events (one per real-world event; run `eventwire fuse`).")
@output_options
def events(
    db: str,
    actor: str | None,
    country: str | None,
    event_type: str | None,
    lemma: str | None,
    since: str | None,
    until: str | None,
    article: str | None,
    limit: int | None,
    fused: bool,
    fmt: str,
    out: Path | None,
) -> None:
    """Query the stored events."""
    from eventwire.query import query_events

    if fused:
        if actor or country or lemma or since or until or article:
            raise click.UsageError("with --fused only --type and --limit apply")
        _fused_events(db, event_type, limit, fmt, out)
        return
    with _store(db) as store:
        try:
            rows = query_events(
                store,
                actor=actor,
                country=country,
                event_type=event_type,
                lemma=lemma,
                since=since,
                until=until,
                article_id=article,
                limit=limit,
            )
        except (EventwireError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
    with _open_out(out) as stream:
        _write_events(rows, fmt, stream)


def _write_events(rows: list[dict[str, Any]], fmt: str, stream: TextIO) -> None:
    if fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    flat = [{"article_id": r.get("article_id"), **_event_row(r)} for r in rows]
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=["article_id", *EVENT_COLUMNS])
        writer.writeheader()
        writer.writerows(flat)
        return
    _write_table(flat, stream)
    stream.write(f"{len(rows)} events\n")


FUSED_COLUMNS = (
    "id",
    "date",
    "type",
    "source",
    "source_code",
    "target",
    "target_code",
    "place",
    "mentions",
    "articles",
)


def _fused_events(db: str, event_type: str | None, limit: int | None, fmt: str, out: Path | None) -> None:
    from eventwire.fusion import query_fused

    with _store(db) as store:
        try:
            rows = query_fused(store, event_type=event_type, limit=limit)
        except (EventwireError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
    with _open_out(out) as stream:
        if fmt == "jsonl":
            stream.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
            return
        flat = [_fused_row(r) for r in rows]
        if fmt == "csv":
            writer = csv.DictWriter(stream, fieldnames=list(FUSED_COLUMNS))
            writer.writeheader()
            writer.writerows(flat)
            return
        for row in flat:
            stream.write("  ".join(_clip(str(row[c] or ""), 22) for c in FUSED_COLUMNS[1:]).rstrip() + "\n")
        stream.write(f"{len(rows)} fused events\n")


def _fused_row(record: dict[str, Any]) -> dict[str, Any]:
    source, target, place = record.get("source") or {}, record.get("target") or {}, record.get("location") or {}
    return {
        "id": record["id"],
        "date": (record.get("date") or {}).get("value"),
        "type": record.get("type"),
        "source": source.get("name"),
        "source_code": source.get("code"),
        "target": target.get("name"),
        "target_code": target.get("code"),
        "place": place.get("name"),
        "mentions": record.get("num_mentions"),
        "articles": record.get("num_articles"),
    }


# --------------------------------------------------------------------------------- fuse
@main.command()
@db_option
@click.option(
    "--window-days",
    type=click.IntRange(0),
    default=3,
    show_default=True,
    help="An event dated only by its publication date happened up to this many days before.",
)
@click.option(
    "--tolerance-days",
    type=click.IntRange(0),
    default=1,
    show_default=True,
    help="Two reports' own dates of one event may be this many days apart.",
)
@click.option(
    "--max-km", type=click.FloatRange(0), default=50.0, show_default=True, help="Farther apart: different places."
)
@click.option(
    "--min-shared-actors",
    type=click.IntRange(0, 2),
    default=1,
    show_default=True,
    help="Roles (source, target) known on both mentions that must agree.",
)
@click.option("--duplicates", "show", is_flag=True, help="Also print every duplicate-article link.")
def fuse(db: str, window_days: int, tolerance_days: int, max_km: float, min_shared_actors: int, show: bool) -> None:
    """Link duplicate articles and fuse event mentions into one event per real-world event.

    `eventwire run` does both as it stores articles; this re-does fusion with other
    thresholds and checks articles stored before duplicate detection existed. Safe to repeat.
    """
    from eventwire.dedup import dedup_store
    from eventwire.fusion import FusionConfig, fuse_store

    config = FusionConfig(window_days, tolerance_days, max_km, min_shared_actors)
    with _store(db) as store:
        try:
            found = dedup_store(store)
            links = store.duplicates()
            report = fuse_store(store, config)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
    if show:
        for link in links:
            click.echo(f"{link['article_id']}\t{link['duplicate_of']}\t{link['kind']}\t{link['similarity']:.2f}")
    click.echo(f"{len(links)} duplicate articles ({len(found)} new)", err=True)
    click.echo(f"{report.mentions} mentions -> {report.events} events ({report.fused} with several mentions)", err=True)


# ------------------------------------------------------------------------------- quotes
QUOTE_COLUMNS = ("article_id", "speaker", "speaker_code", "kind", "cue", "medium", "content")


@main.command()
@db_option
@click.option("--speaker", help="Speaker text or resolved name contains this (case-insensitive).")
@click.option("--article", help="Only this article id.")
@click.option("--limit", type=click.IntRange(1), default=None)
@output_options
def quotes(db: str, speaker: str | None, article: str | None, limit: int | None, fmt: str, out: Path | None) -> None:
    """Who said what: query the stored quotations."""
    from eventwire.query import query_quotes

    with _store(db) as store:
        try:
            rows = query_quotes(store, speaker=speaker, article_id=article, limit=limit)
        except (EventwireError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
    flat = [_quote_row(r) for r in rows]
    with _open_out(out) as stream:
        if fmt == "jsonl":
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            writer = csv.DictWriter(stream, fieldnames=list(QUOTE_COLUMNS))
            writer.writeheader()
            writer.writerows(flat)
        else:
            for row in flat:
                medium = f" to {row['medium']}" if row["medium"] else ""
                stream.write(f"{row['speaker'] or 'speaker unknown'}{medium} [{row['kind']}]: “{row['content']}”\n")
            stream.write(f"{len(rows)} quotes\n")


def _quote_row(row: dict[str, Any]) -> dict[str, Any]:
    actor = row.get("speaker_actor") or {}
    return {
        "article_id": row.get("article_id"),
        "speaker": actor.get("name") or (row.get("speaker") or {}).get("text"),
        "speaker_code": actor.get("code"),
        "kind": row.get("kind"),
        "cue": (row.get("cue") or {}).get("text"),
        "medium": (row.get("medium") or {}).get("text"),
        "content": " ".join(row["content"]["text"].split()),
    }


# --------------------------------------------------------------------------------- show
@main.command()
@click.argument("article")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The stored result as JSON.")
def show(article: str, db: str, as_json: bool) -> None:
    """Show one stored ARTICLE (id or unique id prefix) with what was extracted from it."""
    with _store(db) as store:
        try:
            result = store.get_article(article)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
    if result is None:
        raise click.ClickException(f"no article {article!r} in {_shown(db)}")
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    from eventwire.report import render_article

    click.echo(render_article(result))


# ------------------------------------------------------------------------------- export
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt-events", "gdelt-mentions", "polecat")


@main.command(name="export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True)
@click.option(
    "--what",
    type=click.Choice(["events", "articles", "quotes", "places", "fused"]),
    default="events",
    show_default=True,
    help="What to export (gdelt-* and polecat always export fused events).",
)
@click.option("--header", is_flag=True, help="gdelt-*/polecat: write a header line (GDELT's own files have none).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Output file (required for parquet).")
def export_command(db: str, fmt: str, what: str, header: bool, out: Path | None) -> None:
    """Export the store as JSONL, CSV, Parquet, GDELT 2.0 events/mentions or POLECAT tables.

    \b
    Examples:
      eventwire export --format gdelt-events --out events.export.CSV
      eventwire export --format gdelt-mentions --out events.mentions.CSV
    """
    from eventwire.export import TSV_FORMATS, export

    if fmt == "parquet" and out is None:
        raise click.ClickException("--out is required for parquet")
    if fmt in TSV_FORMATS:
        what = "fused"
    with _store(db) as store:
        try:
            target: Path | TextIO = sys.stdout if out is None else out
            count = export(store, fmt, target, what=what, header=header)  # type: ignore[arg-type]
        except (EventwireError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            raise click.ClickException(f"cannot write {out}: {exc.strerror}") from exc
    click.echo(f"{count} {what} exported", err=True)


# ----------------------------------------------------------------------------- failures
@main.command()
@db_option
def failures(db: str) -> None:
    """List the inputs that failed, with their reasons."""
    with _store(db) as store:
        rows = store.failures()
    for row in rows:
        click.echo(f"{row['origin']}\t{row['code']}\t{row['reason']}\t(x{row['count']}, last {row['last_seen']})")
    click.echo(f"{len(rows)} failures", err=True)


# ----------------------------------------------------------------------------- classify
@main.command()
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option(
    "--model",
    "kind",
    type=click.Choice(["full", "fast", "static"]),
    default="full",
    show_default=True,
    help="full: n-grams, rule coder and MiniLM sentence vectors; static: the same with sentence vectors from "
    "static token vectors (no transformer pass: about half the CPU per pair, a little less accurate; "
    "docs/BENCHMARKS.md); fast: without sentence vectors.",
)
@click.option(
    "--model-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="A model folder saved by `train --out DIR` (e.g. DIR/plover-pairs; DIR/cameo-penta gives the pentaclass).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes, this one included (the others take work once they have loaded the models).",
)
def classify(input_path: str, out: Path | None, kind: str, model_dir: Path | None, workers: int) -> None:
    """Code source-target pairs: each JSON line with text, source and target spans gets a PLOVER type."""
    from eventwire.events.classify import classify_records, load_model

    try:
        model = load_model(kind, model_dir)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    stream = click.open_file(input_path, encoding="utf-8")
    errors = total = 0
    with stream, _open_out(out) as sink:
        try:
            for result in classify_records(_json_lines(stream), model, workers=workers, kind=kind, folder=model_dir):
                total += 1
                errors += "error" in result
                sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        except EventwireError as exc:  # e.g. a static table that is damaged or cannot be built
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{total} pairs, {errors} with errors", err=True)


def _json_lines(stream: Iterable[str]) -> Iterator[dict[str, Any] | InputError]:
    """Objects of a JSONL stream; a bad line becomes an error for that line only."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"line {number}: not JSON ({exc.msg})")
            continue
        yield value if isinstance(value, dict) else InputError(f"line {number}: not a JSON object")


# -------------------------------------------------------------------------------- train
@main.command()
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the event gold sets (default: ../shared/eval/events or $EVENTWIRE_EVAL/events).",
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Save here, not in the package.")
@click.option("--no-cv", is_flag=True, help="Skip the 5-fold cross-validation.")
@click.option("--fast-only", is_flag=True, help="Train only the models without sentence vectors.")
@click.option(
    "--encoder",
    default="minilm-l6-int8",
    show_default=True,
    help="Sentence encoder of the full models: minilm-l6-int8, minilm-l6-q8 (cheaper, a little less accurate) or "
    "static-minilm-l6-256 / static-ctx-minilm-l6-256 (static token vectors distilled from it: no transformer pass). "
    "The static models (classify --model static) always read static-minilm-l6-256.",
)
def train(data: Path | None, out: Path | None, no_cv: bool, fast_only: bool, encoder: str) -> None:
    """Train the event classifier from the gold sets; prints the cross-validated scores as JSON."""
    from eventwire.eval import eval_root
    from eventwire.events.embed import ENCODERS
    from eventwire.events.training import train as train_models

    root = data or eval_root() / "events"
    if not root.is_dir():
        raise click.ClickException(f"no gold data at {root}: pass --data")
    if encoder not in ENCODERS:
        raise click.BadParameter(f"{encoder!r} is not one of {', '.join(sorted(ENCODERS))}", param_hint="--encoder")
    try:
        report = train_models(root, out, fast_only=fast_only, cv=not no_cv, encoder=encoder)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report, indent=1))


# ------------------------------------------------------------------------- dictionaries
@main.group()
def dictionaries() -> None:
    """User dictionaries: import PETRARCH/TABARI files, check files (docs/extensions.md)."""


@dictionaries.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for actors.tsv, sectors.tsv, verbs.tsv and import-report.txt.",
)
def import_dictionaries(files: tuple[Path, ...], out_dir: Path) -> None:
    """Convert PETRARCH/TABARI .actors, .agents and .verbs FILES to eventwire's TSV format.

    Lines that cannot be converted are counted and listed in import-report.txt with the reason.
    """
    from eventwire.extensions.convert import write_converted

    try:
        written, summaries = write_converted(files, out_dir)
    except OSError as exc:
        raise click.ClickException(f"cannot write {out_dir}: {exc.strerror or exc}") from exc
    for line in summaries:
        click.echo(line, err=True)
    click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)


@dictionaries.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def check_dictionaries(files: tuple[Path, ...]) -> None:
    """Read dictionary FILES as `run --dictionary` would and list every line that is not used."""
    from eventwire.extensions.merge import read_dictionary, resolve_paths

    failed = False
    for path in resolve_paths(files):
        try:
            dictionary = read_dictionary(path)
        except EventwireError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        click.echo(dictionary.summary())
        for problem in dictionary.problems:
            click.echo(f"  {problem}")
    if failed:
        sys.exit(1)


# --------------------------------------------------------------------------------- eval
EVAL_STAGES = ("events", "actors", "places", "times", "quotes", "dedup", "fusion", "extraction", "petrarch", "gate")


@main.command(
    "eval",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
)
@click.argument("stage", type=click.Choice(EVAL_STAGES))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def eval_command(stage: str, args: tuple[str, ...]) -> None:
    """Score a stage on gold data from ../shared/eval (`eventwire eval STAGE --help` for its options)."""
    import importlib

    module = importlib.import_module(f"eventwire.eval.{stage}")
    # Each scorer keeps its own argparse interface; the CLI only dispatches to it.
    status = module.main(list(args))
    raise SystemExit(status or 0)


# -------------------------------------------------------------------------------- helpers
def _shown(db: str) -> str:
    """The store's location as printed: a PostgreSQL URL without its password."""
    from eventwire.store import is_postgres_url
    from eventwire.store.postgresql import masked

    return masked(db) if is_postgres_url(db) else db


class _store:
    """Open the store for reading, turning store errors into one-line CLI errors."""

    def __init__(self, db: str) -> None:
        self.db = db

    def __enter__(self) -> Any:
        from eventwire.store import is_postgres_url, open_store

        if not self.db.startswith("sqlite:") and not is_postgres_url(self.db) and not Path(self.db).exists():
            raise click.ClickException(f"no store at {self.db}: run `eventwire run` first or pass --db")
        try:
            self.store = open_store(self.db)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


class _open_out:
    def __init__(self, out: Path | None) -> None:
        self.out = out
        self.stream: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.out is not None:
            try:
                self.stream = self.out.open("w", encoding="utf-8", newline="")
            except OSError as exc:
                raise click.ClickException(f"cannot write {self.out}: {exc.strerror}") from exc
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.out is not None:
            self.stream.close()


if __name__ == "__main__":  # pragma: no cover
    main()
