"""The pipeline: articles in, ``ArticleResult`` out, one small stage after another.

Stages are callables ``(Analysis) -> None`` that read what earlier stages wrote and add
their own items to ``analysis.result``; a failing stage rejects that article only.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from eventwire import __version__
from eventwire.actors import coref
from eventwire.actors.kinds import mark_participant_kinds
from eventwire.actors.lexicon import Lexicon, load_lexicon
from eventwire.actors.media import mark_reporting_slots
from eventwire.actors.mentions import MentionFinder
from eventwire.actors.people import load_people
from eventwire.amounts import find_amounts
from eventwire.annotate import MAX_CHARS, load_nlp, text_of
from eventwire.casing import RECASED, RECASED_HEADLINE, parser_text, places_in_context, restore_source_text
from eventwire.errors import InputError, StageError
from eventwire.events.classify import recode_events
from eventwire.events.coder import EventCoder, dedupe_events, target_from_location
from eventwire.events.dating import date_events
from eventwire.events.statements import statement_events
from eventwire.events.triggers import load_triggers
from eventwire.extensions.merge import Extensions, load_extensions, resolve_paths
from eventwire.geo import Home
from eventwire.ingest import mark_non_body
from eventwire.model import Article, ArticleResult, Rejected, Sentence
from eventwire.places import (
    find_places,
    localize_by_story_country,
    localize_domestic_actors,
    localize_held_by_state,
    localize_named_by_jurisdiction,
    locate_events,
    parse_home,
)
from eventwire.quotes import find_quotes, link_events, speaker_as_source
from eventwire.quotes.marks import pair_marks
from eventwire.temporal import find_times

PIPELINE_VERSION = f"eventwire-{__version__}"
#: Added to the stored pipeline version when STATEMENT events are off (on by default since 0.19.0), so that a
#: re-run with the other setting re-codes.
NO_STATEMENTS_VERSION = "+nostatements"


@dataclass
class Components:
    """Everything a stage needs that is expensive to build: made once per process."""

    lexicon: Lexicon
    mentions: MentionFinder
    coder: EventCoder


_BUILT: dict[str, Components] = {}
_MAX_BUILT = 8  # sets of merged lexicons kept per process (a long-lived process may see many edits)


def components(dictionaries: Sequence[str] = ()) -> Components:
    """The built-in dictionaries with the user dictionaries at these paths merged over them
    (docs/extensions.md); built once per process for each set of dictionary contents."""
    extensions = load_extensions(dictionaries) if dictionaries else None
    key = extensions.fingerprint if extensions is not None else ""
    if key not in _BUILT:
        if len(_BUILT) >= _MAX_BUILT:
            del _BUILT[next(k for k in _BUILT if k)]  # the oldest user set; the built-in one stays
        _BUILT[key] = _build_components(extensions)
    return _BUILT[key]


def _build_components(extensions: Extensions | None) -> Components:
    lexicon, people, triggers = load_lexicon(), load_people(), load_triggers()
    if extensions is not None:
        lexicon, people = extensions.lexicon(lexicon), extensions.people(people)
        triggers = extensions.triggers_over(triggers)
    return Components(lexicon, MentionFinder(lexicon, people), EventCoder(triggers))


def pipeline_version(dictionaries: Sequence[str] = (), statements: bool = True) -> str:
    """The version stored with results: user dictionaries, and STATEMENT events, make another version (a re-run
    re-codes)."""
    extensions = load_extensions(dictionaries) if dictionaries else None
    version = PIPELINE_VERSION if extensions is None else f"{PIPELINE_VERSION}+dict.{extensions.fingerprint}"
    return version if statements else f"{version}{NO_STATEMENTS_VERSION}"


@dataclass
class Analysis:
    """The working state of one article while the stages run."""

    article: Article
    doc: Any  # spaCy Doc over the article text with non-body spans blanked (same offsets)
    result: ArticleResult
    excluded: list[tuple[int, int]] = field(default_factory=list)
    parts: Components = field(default_factory=components)
    statements: bool = True  # add CAMEO 01 STATEMENT events (eventwire.events.statements)


Stage = Callable[[Analysis], None]


# ----------------------------------------------------------------------------- stages
def sentences_stage(a: Analysis) -> None:
    paragraph, last_end = 0, 0
    text = text_of(a.doc)
    for sent in a.doc.sents:
        sent_text = text[sent.start_char : sent.end_char]
        if not sent_text.strip():
            continue
        if "\n" in text[last_end : sent.start_char]:
            paragraph += 1
        start = sent.start_char + (len(sent_text) - len(sent_text.lstrip()))
        end = sent.start_char + len(sent_text.rstrip())
        a.result.sentences.append(Sentence(start, end, paragraph))
        last_end = end


def actors_stage(a: Analysis) -> None:
    parts = a.parts
    mentions = parts.mentions(a.doc, a.excluded, a.article.date, one_case=RECASED in a.result.warnings)
    mentions = coref.add_aliases(a.doc, mentions, parts.lexicon, a.excluded)
    mark_reporting_slots(a.doc, mentions)  # before coreference, which reads them
    coref.resolve(a.doc, mentions, _quote_mark_spans(a.article.text))
    a.result.entities = mentions


def places_stage(a: Analysis) -> None:
    home = _home(a.article, a.result)
    # A text in one case names towns the parser may not see even recased ("curfew in godhra and kawant").
    in_context = places_in_context(text_of(a.doc)) if RECASED in a.result.warnings else []
    a.result.places = find_places(
        a.doc, a.result.entities, a.excluded, marked=a.result.marked, home=home, in_context=in_context
    )


def _home(article: Article, result: ArticleResult) -> Home | None:
    """The home of the article's feed (``meta["home"]``: "Athens, Georgia"); one the gazetteer does not
    know is a warning on the result, and the places are read without a home."""
    given = article.meta.get("home")
    if given is None:
        return None
    try:
        return _parsed_home(str(given))
    except ValueError as error:
        result.warnings.append(str(error))
        return None


@functools.lru_cache(maxsize=256)
def _parsed_home(description: str) -> Home:
    return parse_home(description)


def times_stage(a: Analysis) -> None:
    sentences = [(s.start, s.end) for s in a.result.sentences]
    # A text in one case is read recased, as the parser reads it: the month rules take capitalised names only ("may"
    # the verb is no month), so "on february 27" in a lower-case dump is found only where the recaser named it.
    text = text_of(a.doc) if RECASED in a.result.warnings else a.article.text
    a.result.times = find_times(text, a.article.date, sentences, a.excluded)


def amounts_stage(a: Analysis) -> None:
    a.result.amounts = find_amounts(a.doc, a.excluded)


def quotes_stage(a: Analysis) -> None:
    a.result.quotes = find_quotes(a.doc, a.result.entities, a.excluded)
    coref.link_first_person(a.result.entities, a.result.quotes, a.parts.lexicon)


def events_stage(a: Analysis) -> None:
    events = a.parts.coder(a.doc, a.result.entities, a.result.quotes, a.excluded, a.result.places)
    # The trained classifier checks every rule event's type (and re-codes it when it is sure).
    events = recode_events(a.article.text, events)
    date_events(a.doc, events, a.result.times, a.article.date, a.result.quotes)
    if a.statements:  # after the classifier, which knows PLOVER's types only, and dated apart: no date moves
        extra = statement_events(a.doc, a.result.entities, events, a.excluded, a.result.places)
        date_events(a.doc, extra, a.result.times, a.article.date, a.result.quotes)
        events = sorted(events + extra, key=lambda e: e.trigger.start)
    events = dedupe_events(events)
    locate_events(a.doc, events, a.result.places)
    localize_domestic_actors(events, a.result.places)
    datelines = [(m.start, m.end) for m in a.result.marked if m.kind == "dateline"]
    localize_by_story_country(events, a.result.entities, a.article.text, a.result.places, datelines)
    localize_named_by_jurisdiction(events, a.result.entities)
    localize_held_by_state(events)
    target_from_location(events, a.result.places)
    a.result.events = events


def quote_links_stage(a: Analysis) -> None:
    """Statement events point to the quote that carries them, quotes list their events, and a verbal event
    with no source of its own is its speaker's."""
    link_events(a.result.events, a.result.quotes)
    speaker_as_source(a.doc, a.result.events, a.result.quotes, a.result.entities)


def participant_kinds_stage(a: Analysis) -> None:
    """Each event participant's kind (one person, a group, a state), from the actor it resolved to."""
    mark_participant_kinds(a.result.events, a.result.entities)


DEFAULT_STAGES: tuple[Stage, ...] = (
    sentences_stage,
    actors_stage,
    places_stage,
    times_stage,
    amounts_stage,
    quotes_stage,
    events_stage,
    quote_links_stage,
    participant_kinds_stage,
)
#: The stages that make up the quote work, timed together by ``eventwire eval quotes``.
QUOTE_STAGES: tuple[Stage, ...] = (quotes_stage, quote_links_stage)


def _quote_mark_spans(text: str) -> list[tuple[int, int]]:
    """Spans of paired quote marks (typographic, ASCII or two apostrophes; across paragraphs where a
    quote runs on), for the pronoun rules only: coreference must run before the quote stage (whose
    speakers it resolves), so it cannot use the quote stage's quotes."""
    return [(p.open_pos, p.close_pos + 1) for p in pair_marks(text)]


# --------------------------------------------------------------------------- running
def _prepare(article: Article) -> tuple[ArticleResult, list[tuple[int, int]], str]:
    marked = mark_non_body(article.text, article.title)
    # Reading problems that did not stop the article (a guessed encoding, a future date) stay visible.
    result = ArticleResult(
        article=article, marked=list(marked), warnings=[str(w) for w in article.meta.get("warnings", [])]
    )
    excluded = [(m.start, m.end) for m in marked]
    parsed, recased = parser_text(article.text, marked)
    if recased is not None:  # all lower case or all capitals, or a title-case headline: the parser misreads it
        result.warnings.append(recased)
    return result, excluded, parsed


def parsed_text(article: Article) -> str:
    """The text the pipeline's parser reads for ``article`` (recased where the parser would misread it), for tools
    that parse articles as the pipeline does."""
    return _prepare(article)[2]


def process(
    articles: Iterable[Article],
    *,
    batch_size: int = 16,
    stages: Sequence[Stage] = DEFAULT_STAGES,
    dictionaries: Sequence[str] | None = None,
    statements: bool = True,
) -> Iterator[ArticleResult | Rejected]:
    """Run the pipeline over articles in this process, streaming results in input order.

    ``dictionaries``: user dictionary paths (None: those in ``EVENTWIRE_DICTIONARIES``); ``statements``: add
    CAMEO 01 STATEMENT events (``eventwire.events.statements``)."""
    parts = components(resolve_paths(dictionaries))
    nlp = load_nlp()
    for chunk in _chunks(articles, batch_size):
        prepared = [_prepare(article) for article in chunk if _unfit(article) is None]
        docs = iter(nlp.pipe([text for _, _, text in prepared], batch_size=batch_size))
        ready = iter(prepared)
        for article in chunk:
            unfit = _unfit(article)
            if unfit is not None:
                yield unfit
                continue
            result, excluded, _ = next(ready)
            yield _analyse(Analysis(article, next(docs), result, excluded, parts, statements), stages)


def process_parsed(
    parsed: Iterable[tuple[Article, Any]],
    *,
    stages: Sequence[Stage] = DEFAULT_STAGES,
    dictionaries: Sequence[str] | None = None,
    statements: bool = True,
) -> Iterator[ArticleResult | Rejected]:
    """:func:`process` for articles parsed already, each with its spaCy Doc of :func:`parsed_text`: tools that
    run the stages more than once over the same articles parse them once. A Doc of any other text is an error."""
    parts = components(resolve_paths(dictionaries))
    for article, doc in parsed:
        unfit = _unfit(article)
        if unfit is not None:
            yield unfit
            continue
        result, excluded, text = _prepare(article)
        if text_of(doc) != text:
            raise ValueError(f"article {article.id}: the Doc is not a parse of parsed_text(article)")
        yield _analyse(Analysis(article, doc, result, excluded, parts, statements), stages)


def _analyse(analysis: Analysis, stages: Sequence[Stage]) -> ArticleResult | Rejected:
    """Run the stages over one parsed article, its source text restored where the parser read it recased."""
    done = _run_stages(analysis, stages)
    if isinstance(done, ArticleResult) and {RECASED, RECASED_HEADLINE} & set(done.warnings):
        restore_source_text(done, analysis.article.text)
    return done


def _unfit(article: Article) -> Rejected | None:
    """Texts the pipeline must not take: blank, or longer than the parser's limit."""
    origin = article.origin or article.id
    if not article.text.strip():
        return Rejected(origin, "empty text", "empty", article.id)
    if len(article.text) > MAX_CHARS:
        reason = f"text of {len(article.text):,} characters is over the {MAX_CHARS:,}-character limit"
        return Rejected(origin, reason, "too-large", article.id)
    return None


def _run_stages(analysis: Analysis, stages: Sequence[Stage]) -> ArticleResult | Rejected:
    article = analysis.article
    for stage in stages:
        try:
            stage(analysis)
        # Deliberately broad: one article's failure must reject that article, not stop the batch.
        except Exception as exc:
            reason = f"stage {stage.__name__} failed: {type(exc).__name__}: {exc}"
            return Rejected(article.origin or article.id, reason, "stage-error", article.id)
    return analysis.result


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _process_chunk(
    chunk: list[Article], dictionaries: tuple[str, ...], statements: bool = True
) -> list[ArticleResult | Rejected]:
    return list(process(chunk, dictionaries=dictionaries, statements=statements))


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly; no traceback from every process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def process_parallel(
    articles: Iterable[Article],
    *,
    workers: int,
    batch_size: int = 16,
    dictionaries: Sequence[str] | None = None,
    statements: bool = True,
) -> Iterator[ArticleResult | Rejected]:
    """Spread chunks over ``workers`` processes (each loads spaCy once), results in input order.
    Workers get the dictionary paths resolved here, so they code with the same dictionaries."""
    paths = resolve_paths(dictionaries)
    if workers <= 1:
        yield from process(articles, batch_size=batch_size, dictionaries=paths, statements=statements)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_interrupts) as pool:
        pending = []
        for chunk in _chunks(articles, batch_size):
            pending.append(pool.submit(_process_chunk, chunk, paths, statements))
            if len(pending) >= workers * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def extract_one(article: Article, dictionaries: Sequence[str] | None = None, statements: bool = True) -> ArticleResult:
    """Process a single article, raising on a stage failure (the API's strict path)."""
    out = next(process([article], dictionaries=dictionaries, statements=statements))
    if isinstance(out, Rejected):
        raise (StageError if out.code == "stage-error" else InputError)(out.reason)
    return out
