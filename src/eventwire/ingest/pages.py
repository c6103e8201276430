"""Whole HTML pages waiting for extraction, done here or spread over worker processes.

Extraction (trafilatura) is most of the cost of reading HTML. Readers hand each page on as a
``PageJob``; ``resolve_pages`` extracts the jobs in order, in this process or, with
``workers > 1``, in a pool of processes, so reading a folder or an archive scales with the
pipeline's workers instead of running in one process beside them.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from eventwire.ingest.base import Reject, Result, build, decode, one_line, rejected
from eventwire.ingest.errors import RejectCode
from eventwire.ingest.html import DEFAULT_HTML_MODE, HtmlMode, page_fields

# Pages in flight per worker: enough to keep every worker busy, few enough to bound memory.
PAGES_PER_WORKER = 4


@dataclass(frozen=True)
class PageJob:
    """One whole HTML page still to extract, with everything ``build`` needs (picklable)."""

    origin: str
    data: bytes
    default_date: dt.date | None = None
    html_mode: HtmlMode = DEFAULT_HTML_MODE
    url: str | None = None
    charset: str | None = None  # the HTTP header's, for a WARC record
    fallback_date: dt.date | None = None  # the crawl date, for a WARC record
    fallback_reason: str = ""


def read_page(job: PageJob) -> Result:
    """The job's article, or why there is none."""
    try:
        text, warnings = decode(job.data, html=True, charset=job.charset)
        fields = page_fields(text, url=job.url, warnings=warnings, mode=job.html_mode)
    except Reject as rej:
        return rejected(job.origin, rej.reason, rej.code)
    if job.fallback_date is not None:
        fields = replace(fields, fallback_date=job.fallback_date, fallback_reason=job.fallback_reason)
    return build(job.origin, fields, job.default_date)


def resolve_pages(items: Iterable[Result | PageJob], workers: int = 1) -> Iterator[Result]:
    """Every item in order, page jobs extracted: here, or over ``workers`` processes once a page comes."""
    if workers <= 1:
        for item in items:
            yield read_page(item) if isinstance(item, PageJob) else item
        return
    pool: ProcessPoolExecutor | None = None
    waiting: deque[tuple[Result | Future[Result], str]] = deque()
    try:
        for item in items:
            if isinstance(item, PageJob):
                # The pool starts with the first page: other inputs never pay for it.
                pool = pool or _pool(workers)
                waiting.append((_submit(pool, item), item.origin))
            else:
                waiting.append((item, ""))
            while len(waiting) > workers * PAGES_PER_WORKER or (waiting and _ready(waiting[0][0])):
                yield _result(*waiting.popleft())
        while waiting:
            yield _result(*waiting.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _pool(workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly; no traceback from every process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _submit(pool: ProcessPoolExecutor, job: PageJob) -> Result | Future[Result]:
    try:
        return pool.submit(read_page, job)
    except BrokenProcessPool:  # a worker died earlier: the pages left are read here
        return read_page(job)


def _ready(item: Result | Future[Result]) -> bool:
    return not isinstance(item, Future) or item.done()


def _result(item: Result | Future[Result], origin: str) -> Result:
    if not isinstance(item, Future):
        return item
    try:
        return item.result()
    except Exception as exc:  # a worker that died (out of memory, killed) costs its page, not the batch
        reason = one_line(f"HTML extraction failed in a worker process: {type(exc).__name__}: {exc}")
        return rejected(origin, reason, RejectCode.NO_ARTICLE)
