"""Quote-event links (eventwire.quotes.links): each event points to the quote that carries it,
each quote lists the events it expresses; the founding article's Blinken quotes carry his ACCUSE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.model import Article, Event, Participant, Provenance, Quote, Span
from eventwire.quotes import link_events

PROV = Provenance("test", "test")
ARTICLE = Path(__file__).resolve().parents[2] / "examples" / "blinken-north-korea.txt"

TEXT = "Smith accused Jones of lying, calling it “a disgrace.” Jones said he would attack the plan."


def _span(part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return Span(start, start + len(part), part)


def _quote(content: str, cue: str | None, speaker: str | None) -> Quote:
    return Quote(
        content=_span(content),
        speaker=_span(speaker) if speaker else None,
        cue=_span(cue) if cue else None,
        direct=False,
        kind="indirect",
        speaker_actor=None,
        medium=None,
        provenance=PROV,
    )


def _event(trigger: str, source: str | None) -> Event:
    sentence = next(s for s in (TEXT[:53], TEXT[54:]) if trigger in s)
    start = TEXT.index(sentence)
    return Event(
        type="ACCUSE",
        mode=None,
        cameo="112",
        quad_class=3,
        score=-2.0,
        trigger=_span(trigger),
        sentence=Span(start, start + len(sentence), sentence),
        source=Participant(_span(source), None) if source else None,
        target=None,
        negated=False,
        hypothetical=False,
        future=False,
        provenance=PROV,
    )


QUOTES = [
    _quote("Jones of lying", "accused", "Smith"),
    _quote("it", "calling", "Smith"),
    _quote("a disgrace.", None, None),
    _quote("he would attack the plan", "said", "Jones"),
]


@pytest.mark.parametrize(
    ("event", "quote", "listed_by"),
    [
        (_event("accused", "Smith"), 0, [0, 1]),  # its cue, then the same speaker's words in its sentence
        (_event("attack", "he"), 3, [3]),  # inside the content of what Jones said
        (_event("lying", None), 0, [0]),  # inside content, no source: no speaker rule
        (_event("disgrace", "Jones"), 2, [2]),  # inside a quote with no cue or speaker
    ],
)
def test_event_points_to_its_quote(event: Event, quote: int, listed_by: list[int]) -> None:
    quotes = [Quote(**{**q.__dict__, "events": []}) for q in QUOTES]
    link_events([event], quotes)
    assert event.quote == quote
    assert [i for i, q in enumerate(quotes) if q.events == [0]] == listed_by


def test_unquoted_event_links_nothing_and_links_are_rebuilt() -> None:
    quotes = [Quote(**{**q.__dict__, "events": [7]}) for q in QUOTES]
    event = _event("Smith", None)
    event.quote = 3
    link_events([event], quotes)
    assert event.quote is None
    assert all(q.events == [] for q in quotes)


@pytest.mark.slow
def test_founding_article_blinken_quotes_carry_his_accusation() -> None:
    if not ARTICLE.exists():
        pytest.skip("founding article not present")
    pytest.importorskip("spacy")
    from eventwire.pipeline import extract_one
    from eventwire.serialize import result_to_dict

    article = Article(id="blinken", text=ARTICLE.read_text(encoding="utf-8"), date=dt.date(2022, 1, 13))
    result = extract_one(article)
    accuse = next(e for e in result.events if e.type == "ACCUSE" and e.trigger.text == "criticized")
    assert accuse.quote is not None
    carrier = result.quotes[accuse.quote]
    assert carrier.speaker_actor is not None and carrier.speaker_actor.name == "Antony Blinken"
    index = result.events.index(accuse)
    carrying = [q for q in result.quotes if index in q.events]
    assert carrier in carrying
    assert "profoundly destabilizing" in [q.content.text for q in carrying]
    assert all(q.speaker_actor is not None and q.speaker_actor.name == "Antony Blinken" for q in carrying)
    # Every link is consistent both ways and survives serialisation.
    for e_index, event in enumerate(result.events):
        if event.quote is not None:
            assert e_index in result.quotes[event.quote].events
    data = result_to_dict(result)
    assert data["events"][index]["quote"] == accuse.quote
    assert index in data["quotes"][accuse.quote]["events"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a verbal act said in a reported clause, with no source of its own, is the speaker's
        (
            "Canadian Prime Minister Jean Chretien said Monday that Iraqi President Saddam Hussein could not be "
            "allowed to flout United Nations inspections.",
            "allowed",
            "Prime Minister Jean Chretien",
        ),
        # the object of a cue is no reported clause: an act named in it keeps its own (missing) source
        (
            "A French lawyer has filed a lawsuit in a Paris court against visiting Saudi Crown Prince Mohammed bin "
            "Salman.",
            "visiting",
            None,
        ),
        # an act with a source of its own keeps it
        ("The Egyptian minister said Israel must stop the settlements.", "stop", "The Egyptian minister"),
    ],
)
def test_a_verbal_event_said_in_a_quote_without_a_source_is_the_speakers(
    text: str, trigger: str, source: str | None
) -> None:
    pytest.importorskip("spacy")
    from eventwire.api import extract

    event = next(e for e in extract(text, date="2022-03-02").events if trigger in e.trigger.text)
    assert (event.source.span.text if event.source else None) == source
