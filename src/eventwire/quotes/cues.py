"""Which cue model and cue table the quote stage decides indirect cues with.

By default the shipped ones (``data/quote_cue_model.json`` and ``data/quote_cues.tsv``, read once by
:func:`eventwire.quotes.cuemodel.load` and :func:`eventwire.quotes.cuetable.load`). Inside
``with using(Cues(model, table)):`` the quote stage reads the given ones instead, e.g. a model fitted on some
training folds and scored on the others (``eventwire eval quotes --split train --folds K``). The choice is a
context variable: it holds for the pipeline run in this process and thread (``process``,
``process_parsed``), not in ``process_parallel``'s worker processes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from eventwire.quotes import cuemodel, cuetable
from eventwire.quotes.cuemodel import CueModel
from eventwire.quotes.cuetable import Row


@dataclass(frozen=True)
class Cues:
    """A cue model (None: the table decides) and a cue table ({(lemma, frame): Row})."""

    model: CueModel | None
    table: Mapping[tuple[str, str], Row] = field(default_factory=dict)


_GIVEN: ContextVar[Cues | None] = ContextVar("eventwire_quote_cues", default=None)


@functools.cache
def shipped() -> Cues:
    """The package's cue model and table, read once."""
    return Cues(cuemodel.load(), cuetable.load())


def current() -> Cues:
    """The cues given by the innermost :func:`using`, else the shipped ones."""
    given = _GIVEN.get()
    return shipped() if given is None else given


@contextmanager
def using(cues: Cues) -> Iterator[Cues]:
    """Run the quote stage with ``cues`` inside the block (nested blocks: the innermost wins)."""
    token = _GIVEN.set(cues)
    try:
        yield cues
    finally:
        _GIVEN.reset(token)
