"""The Python API that notebooks, the CLI and (later) the web layer call.

>>> import eventwire
>>> result = eventwire.extract("Russia's army attacked Kyiv on Monday.", date="2022-03-02")
>>> [(e.source.actor.country, e.type) for e in result.events]  # doctest: +SKIP
[('RUS', 'ASSAULT')]
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.extensions.merge import resolve_paths
from eventwire.ingest import article_id, parse_date, read_inputs
from eventwire.ingest.html import DEFAULT_HTML_MODE, HtmlMode
from eventwire.model import Article, ArticleResult, Rejected
from eventwire.pipeline import PIPELINE_VERSION, extract_one, pipeline_version, process_parallel
from eventwire.serialize import result_to_dict

DateLike = dt.date | str | None


def _as_date(value: DateLike) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InputError(f"publication date: {exc}") from None


#: User dictionary paths (docs/extensions.md); None means those in ``EVENTWIRE_DICTIONARIES``.
Dictionaries = Sequence[str | Path] | None


def _paths(dictionaries: Dictionaries) -> list[str] | None:
    return None if dictionaries is None else [str(p) for p in dictionaries]


def extract(
    text: str,
    date: DateLike = None,
    *,
    title: str | None = None,
    id: str | None = None,
    dictionaries: Dictionaries = None,
    statements: bool = True,
) -> ArticleResult:
    """Everything eventwire finds in one text, as typed objects (offsets into ``text``).

    ``dictionaries``: user actor, sector and verb-pattern files merged over the built-ins; ``statements``: add
    CAMEO 01 STATEMENT events (eventwire's extension, ``eventwire.events.statements``)."""
    article = Article(id=id or article_id(text), text=text, title=title, date=_as_date(date))
    return extract_one(article, _paths(dictionaries), statements)


def extract_many(
    texts: Iterable[str | Article],
    date: DateLike = None,
    *,
    workers: int = 1,
    batch_size: int = 16,
    dictionaries: Dictionaries = None,
    statements: bool = True,
) -> Iterator[ArticleResult | Rejected]:
    """Stream results for many texts or Articles, in input order; failures come back as Rejected.
    ``statements``: add CAMEO 01 STATEMENT events, as :func:`extract`."""
    default = _as_date(date)

    def articles() -> Iterator[Article]:
        for item in texts:
            if isinstance(item, Article):
                yield item
            else:
                yield Article(id=article_id(item), text=item, date=default)

    yield from process_parallel(
        articles(), workers=workers, batch_size=batch_size, dictionaries=_paths(dictionaries), statements=statements
    )


def to_dict(result: ArticleResult) -> dict[str, Any]:
    """The public JSON form of a result (docs/output-format.md)."""
    return result_to_dict(result)


@dataclass
class RunReport:
    """What a run did: counts, and every failure with its reason."""

    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0  # stored articles that duplicate an earlier one (linked, not dropped)
    fused_events: int | None = None  # events after fusion; None when fusion did not run
    failed: list[Rejected] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def run(
    inputs: Sequence[str | Path],
    *,
    db: str | Path | None = "eventwire.db",
    date: DateLike = None,
    workers: int = 1,
    batch_size: int = 16,
    max_bytes: int = 10_000_000,
    keep_results: bool = True,
    on_result: Callable[[dict[str, Any]], None] | None = None,
    on_failure: Callable[[Rejected], None] | None = None,
    progress: bool = False,
    stdin: Any = None,
    fuse: bool = True,
    dictionaries: Dictionaries = None,
    html_mode: HtmlMode = DEFAULT_HTML_MODE,
    home: str | None = None,
    statements: bool = True,
) -> RunReport:
    """Read inputs, process what is not stored yet, store each article in its own transaction.

    Re-running the same inputs stores nothing new; a run killed half way and started
    again processes only the articles that were not stored. Each stored article is checked
    for duplicates of earlier ones (``eventwire.dedup``); when anything new was stored and
    ``fuse`` is true, the store's events are fused again at the end (``eventwire.fusion``).
    ``html_mode`` is how whole HTML pages are extracted (``eventwire.ingest.html.HTML_MODES``).
    ``home`` ("Athens, Georgia") is the feed's home region for articles that name none in
    ``meta["home"]``: a prior for places the text leaves ambiguous (``eventwire.places.parse_home``).
    ``statements`` adds CAMEO 01 STATEMENT events (``eventwire.events.statements``); stored under another
    pipeline version, so switching it re-codes stored articles.
    """
    from eventwire.dedup import load_index
    from eventwire.store import open_store

    check_home(home)  # an unknown home fails before any work, not as a warning on every article
    paths = resolve_paths(_paths(dictionaries))
    version = homed_version(pipeline_version(paths, statements), home)  # reads the dictionaries: a bad path fails first
    store = open_store(db) if db is not None else None
    index = load_index(store) if store is not None else None
    try:
        items = read_inputs(
            inputs,
            _as_date(date),
            stdin=stdin or sys.stdin,
            max_bytes=max_bytes,
            html_mode=html_mode,
            workers=read_workers(workers),
        )
        if home is not None:
            items = with_default_home(items, home)
        report = run_items(
            items,
            store=store,
            index=index,
            workers=workers,
            batch_size=batch_size,
            keep_results=keep_results,
            on_result=on_result,
            on_failure=on_failure,
            progress=progress,
            dictionaries=paths,
            version=version,
            statements=statements,
        )
        if store is not None and fuse and report.stored:
            from eventwire.fusion import fuse_store

            report.fused_events = fuse_store(store).events
        return report
    finally:
        if store is not None:
            store.close()


def check_home(home: str | None) -> None:
    """Raise InputError for a home region the gazetteer does not know (None is no home)."""
    from eventwire.places import parse_home

    if home is not None:
        try:
            parse_home(home)
        except ValueError as exc:
            raise InputError(f"--home: {exc}") from None


def homed_version(version: str, home: str | None) -> str:
    """The stored pipeline version under a default home: another home resolves places differently,
    so a re-run with it re-codes what is stored."""
    return version if home is None else f"{version}+home.{home}"


def with_default_home(items: Iterable[Article | Rejected], home: str) -> Iterator[Article | Rejected]:
    """The items with ``home`` as ``meta["home"]`` of each article that names no home of its own."""
    for item in items:
        if isinstance(item, Article) and "home" not in item.meta:
            item.meta["home"] = home
        yield item


#: Pipeline workers from which whole HTML pages are extracted over processes too. Reading takes
#: about 19 ms of CPU per page, the pipeline about 160 ms per article (benchmarks/ingest_overhead.py):
#: with fewer workers the parent reads faster than they consume, and a pool only adds its start-up.
READ_POOL_MIN_WORKERS = 8


def read_workers(workers: int) -> int:
    """Processes for HTML extraction when the pipeline runs in ``workers`` processes."""
    return workers if workers >= READ_POOL_MIN_WORKERS else 1


def run_items(
    items: Iterable[Article | Rejected],
    *,
    store: Any,
    index: Any = None,
    workers: int = 1,
    batch_size: int = 16,
    keep_results: bool = False,
    on_result: Callable[[dict[str, Any]], None] | None = None,
    on_failure: Callable[[Rejected], None] | None = None,
    progress: bool = False,
    dictionaries: Sequence[str] = (),
    version: str = PIPELINE_VERSION,
    statements: bool = True,
) -> RunReport:
    """Process what was read (articles and rejections) into an open store, or none; ``run`` and ``watch`` share it.

    With a dedup ``index`` (``eventwire.dedup.load_index``), each newly stored article is checked
    for duplicates of earlier ones and linked to them.
    """
    from eventwire.dedup import check_article

    report = RunReport()
    deliver = functools.partial(_deliver, report=report, keep=keep_results, on_result=on_result)
    wanted = keep_results or on_result is not None  # else an unchanged article's JSON is not read back
    pending = _skip_stored(items, store, report, deliver if wanted else None, on_failure, version)
    results = process_parallel(
        pending, workers=workers, batch_size=batch_size, dictionaries=dictionaries, statements=statements
    )
    for out in _progress(results, progress):
        if isinstance(out, Rejected):
            _fail(out, store, report, on_failure)
            continue
        as_dict = result_to_dict(out)
        if store is not None:
            stored = store.save(as_dict, origin=out.article.origin, pipeline_version=version)
            report.stored += int(stored)
            report.unchanged += int(not stored)
            if stored and index is not None:
                report.duplicates += int(check_article(store, index, out.article.id, out.article.text) is not None)
        else:
            report.stored += 1
        deliver(as_dict)
    return report


def _skip_stored(
    items: Iterable[Article | Rejected],
    store: Any,
    report: RunReport,
    deliver: Callable[[dict[str, Any]], None] | None,
    on_failure: Callable[[Rejected], None] | None,
    version: str = PIPELINE_VERSION,
) -> Iterator[Article]:
    """Yield only articles whose text is not already stored by this pipeline version."""
    from eventwire.store import content_hash

    for item in items:
        if isinstance(item, Rejected):
            _fail(item, store, report, on_failure)
            continue
        if store is not None and store.has(item.id, content_hash(item.text), version):
            report.unchanged += 1
            stored = store.get_article(item.id) if deliver is not None else None
            if stored is not None and deliver is not None:
                deliver(stored)
            continue
        yield item


def _deliver(
    result: dict[str, Any],
    *,
    report: RunReport,
    keep: bool,
    on_result: Callable[[dict[str, Any]], None] | None,
) -> None:
    if keep:
        report.results.append(result)
    if on_result is not None:
        on_result(result)


def _fail(item: Rejected, store: Any, report: RunReport, on_failure: Callable[[Rejected], None] | None) -> None:
    report.failed.append(item)
    if store is not None:
        store.record_failure(item.origin, item.code, item.reason, item.article_id)
    if on_failure is not None:
        on_failure(item)


def _progress(results: Iterable[Any], enabled: bool) -> Iterable[Any]:
    if not enabled:
        return results
    from tqdm import tqdm

    wrapped: Iterable[Any] = tqdm(results, unit="article", file=sys.stderr, leave=False)
    return wrapped


def _rows(results: Iterable[ArticleResult | Rejected | dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """The items under ``key`` of every result, each with its article's id, title and date."""
    rows = []
    for result in results:
        if isinstance(result, Rejected):
            continue
        as_dict = result if isinstance(result, dict) else result_to_dict(result)
        article = {"article_id": as_dict["id"], "article_title": as_dict["title"], "article_date": as_dict["date"]}
        rows += [{**item, **article} for item in as_dict[key]]
    return rows


def events_frame(results: Iterable[ArticleResult | Rejected | dict[str, Any]]) -> Any:
    """A pandas DataFrame of the events in ``results`` (typed results, JSON dicts; Rejected skipped)."""
    from eventwire import query

    return query.events_frame(_rows(results, "events"))


def quotes_frame(results: Iterable[ArticleResult | Rejected | dict[str, Any]]) -> Any:
    from eventwire import query

    return query.quotes_frame(_rows(results, "quotes"))


def places_frame(results: Iterable[ArticleResult | Rejected | dict[str, Any]]) -> Any:
    from eventwire import query

    return query.places_frame(_rows(results, "places"))
