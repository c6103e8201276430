"""Rebuild the quote cue table and cue model (``src/eventwire/data/quote_cues.tsv`` and
``quote_cue_model.json``) from PolNeAR train.

    python -m eventwire.quotes.learn [--out PATH] [--model PATH]

About eight minutes on one core: every train article is parsed as the pipeline parses it (non-body
spans blanked), its reported-speech candidates are counted against the gold attributions (see
:mod:`eventwire.quotes.cuetable`) and the cue model is fitted on them, its threshold picked by
cross-validation over train articles (:mod:`eventwire.quotes.cuemodel`). Only the train split may be
used: dev is where the stage is measured.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc

from eventwire.quotes import cuemodel
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
    ap = argparse.ArgumentParser(description="Rebuild the quote cue table and cue model from PolNeAR train.")
    ap.add_argument("--out", type=Path, default=TABLE)
    ap.add_argument("--model", type=Path, default=cuemodel.MODEL)
    args = ap.parse_args(argv)
    items = list(_polnear("train"))
    rows = build(items, min_annotated=2)
    write(rows, args.out)
    print(f"{len(rows)} rows written to {args.out}")
    model = cuemodel.train(items)
    model.save(args.model)
    print(f"cue model: {len(model.weights)} weights, threshold {model.threshold}, written to {args.model}")


if __name__ == "__main__":
    main()
