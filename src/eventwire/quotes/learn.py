"""Rebuild the quote cue table (``src/eventwire/data/quote_cues.tsv``) from PolNeAR train.

    python -m eventwire.quotes.learn [--out PATH]

About four minutes on one core: every train article is parsed as the pipeline parses it (non-body
spans blanked), its reported-speech candidates are counted against the gold attributions (see
:mod:`eventwire.quotes.cuetable`). Only the train split may be used: dev is where the stage is
measured. The same spaCy model and version give the same table, byte for byte.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc

from eventwire.quotes.cuetable import TABLE, Range, build, write


def _polnear(split: str) -> Iterable[tuple[Doc, Sequence[tuple[Range, Range]]]]:
    from eventwire.annotate import load_nlp
    from eventwire.eval.quotes import DEFAULT_ROOT, articles, read_ann
    from eventwire.model import Article
    from eventwire.pipeline import _prepare

    items = list(articles(DEFAULT_ROOT, split))
    texts = [_prepare(Article(id=name, text=text))[2] for name, text, _ in items]
    for (_, text, ann), doc in zip(items, load_nlp().pipe(texts, batch_size=16), strict=True):
        gold = [(g.cue, g.content) for g in read_ann(ann, text) if g.cue is not None]
        yield doc, gold


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Rebuild the quote cue table from PolNeAR train.")
    ap.add_argument("--out", type=Path, default=TABLE)
    args = ap.parse_args(argv)
    rows = build(_polnear("train"), min_annotated=2)
    write(rows, args.out)
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
