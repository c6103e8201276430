"""Source-target pairs: a sentence with the spans of who acts and who is acted on.

A pair is what ``eventwire classify`` codes and what the gold sets annotate.  This module checks the
spans a user gives, writes the pair as text a classifier reads (participants marked in place), and
picks which of the rule coder's events a pair refers to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from eventwire.errors import InputError
from eventwire.model import Event, Participant

Span2 = tuple[int, int]

#: Longest text ``classify`` takes (characters): a 1,000-word sentence fits; longer texts are not sentences.
MAX_PAIR_CHARS: Final = 20_000
SOURCE_OPEN, SOURCE_CLOSE = " [SRC] ", " [/SRC] "
TARGET_OPEN, TARGET_CLOSE = " [TGT] ", " [/TGT] "

_TOKEN = re.compile(r"\w+")


class PairError(InputError):
    """A pair that cannot be coded as given (missing text, spans outside the text or overlapping)."""


@dataclass(frozen=True)
class Pair:
    """A sentence and the character spans of its source and target (either may be implicit: None)."""

    text: str
    source: Span2 | None = None
    target: Span2 | None = None


def parse_span(value: Any, text: str, role: str) -> Span2 | None:
    """A ``{"start": .., "end": ..}`` object (or null) checked against ``text``."""
    if value is None:
        return None
    if not isinstance(value, dict) or not {"start", "end"} <= value.keys():
        raise PairError(f"{role} must be null or an object with start and end")
    start, end = value["start"], value["end"]
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise PairError(f"{role} start and end must be integers")
    if not 0 <= start < end <= len(text):
        raise PairError(f"{role} span {start}-{end} is not inside the text (0-{len(text)})")
    return start, end


def make_pair(record: dict[str, Any]) -> Pair:
    """A checked :class:`Pair` from one input record (``text``, ``source``, ``target``)."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise PairError("text must be a non-empty string")
    if len(text) > MAX_PAIR_CHARS:
        raise PairError(f"text of {len(text):,} characters is over the {MAX_PAIR_CHARS:,}-character limit")
    source = parse_span(record.get("source"), text, "source")
    target = parse_span(record.get("target"), text, "target")
    if source and target and source[0] < target[1] and target[0] < source[1]:
        raise PairError(f"source {source[0]}-{source[1]} and target {target[0]}-{target[1]} overlap")
    return Pair(text, source, target)


def first_span(spans: Sequence[Span2]) -> Span2 | None:
    """The first of a role's gold spans (a pair has one source and one target), or None."""
    return spans[0] if spans else None


def marked_text(pair: Pair) -> str:
    """The sentence with the participants marked in place, as the classifier reads it."""
    inserts: list[tuple[int, str]] = []
    for span, opener, closer in ((pair.source, SOURCE_OPEN, SOURCE_CLOSE), (pair.target, TARGET_OPEN, TARGET_CLOSE)):
        if span is not None:
            inserts += [(span[0], opener), (span[1], closer)]
    out, last = [], 0
    for at, tag in sorted(inserts, key=lambda item: item[0]):
        out += [pair.text[last:at], tag]
        last = at
    out.append(pair.text[last:])
    return "".join(out)


def between_text(pair: Pair) -> str:
    """The words between the two participants (where the verb usually is); empty when one is implicit."""
    if pair.source is None or pair.target is None:
        return ""
    left, right = sorted((pair.source, pair.target))
    return pair.text[left[1] : right[0]]


# --------------------------------------------------------------------------- matching events


def tokens_of(text: str, span: Span2) -> set[int]:
    """Indexes of the word tokens of ``text`` that overlap ``span``."""
    start, end = span
    return {i for i, m in enumerate(_TOKEN.finditer(text)) if m.start() < end and m.end() > start}


def f1_of(shared: int, n_pred: int, n_gold: int) -> float:
    p = shared / n_pred if n_pred else 0.0
    r = shared / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def span_counts(text: str, pred: Span2 | None, gold: Sequence[Span2]) -> tuple[int, int, int]:
    """(shared, predicted, gold) token counts against the best-matching gold span."""
    pred_tokens = tokens_of(text, pred) if pred is not None else set()
    if not gold:
        return 0, len(pred_tokens), 0
    best = (0, len(pred_tokens), len(tokens_of(text, gold[0])))
    best_f = -1.0
    for span in gold:
        gold_tokens = tokens_of(text, span)
        shared = len(pred_tokens & gold_tokens)
        f = f1_of(shared, len(pred_tokens), len(gold_tokens))
        if f > best_f:
            best, best_f = (shared, len(pred_tokens), len(gold_tokens)), f
    return best


def span_f1(text: str, pred: Span2 | None, gold: Sequence[Span2]) -> float:
    """Token-overlap F1 of ``pred`` with the best of the ``gold`` spans (0 when either side is missing)."""
    return f1_of(*span_counts(text, pred, gold))


def participant_span(part: Participant | None) -> Span2 | None:
    return (part.span.start, part.span.end) if part is not None else None


def best_event(
    events: Sequence[Event],
    text: str,
    sources: Sequence[Span2],
    targets: Sequence[Span2],
    triggers: Sequence[Span2] = (),
) -> Event | None:
    """The event whose participants (and trigger) best match the given spans, else the first, else None."""
    best: Event | None = None
    best_score = 0.0
    for event in events:
        score = span_f1(text, participant_span(event.source), sources)
        score += span_f1(text, participant_span(event.target), targets)
        score += span_f1(text, (event.trigger.start, event.trigger.end), triggers)
        if score > best_score:
            best, best_score = event, score
    if best is None and events:
        return events[0]
    return best
