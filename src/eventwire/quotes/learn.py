"""Rebuild the quote cue table and cue model (``src/eventwire/data/quote_cues.tsv`` and
``quote_cue_model.json``) from PolNeAR train.

    python -m eventwire.quotes.learn [--out PATH] [--model PATH]

About eight minutes on one core: every train article is parsed as the pipeline parses it (non-body
spans blanked), its reported-speech candidates are counted against the gold attributions (see
:mod:`eventwire.quotes.cuetable`) and the cue model is fitted on them, its threshold picked by
cross-validation over train articles (:mod:`eventwire.quotes.cuemodel`). It prints the threshold's
out-of-fold precision and recall on train at a few thresholds, and how long parsing and fitting took.
Only the train split may be used: dev is where the stage is measured.

The shipped files: the table is what this command writes today (byte-identical). The model is the fit of
0.18.0-dev (threshold 0.3438); the candidates have changed a little since, so a run now writes other weights
(threshold 0.3427) and a rewritten model file. That refit was measured in 0.19.0 and not shipped: PolNeAR dev
overlap F1 0.8253 -> 0.8236, cue F1 0.7996 -> 0.7975, speaker 0.912 -> 0.910; ``--split train --folds 5``
refits on every fold, so its figures hold for the refit by construction. Refit when the candidates or
features change, and keep the new files only where dev and the cross-validation agree they help.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from eventwire.quotes import cuemodel
from eventwire.quotes.cuetable import TABLE, Range, Row, build, write

#: Pairs the table keeps: annotated at least this often over the training articles.
MIN_ANNOTATED = 2


def fit_cues(
    items: Sequence[tuple[Doc, Sequence[tuple[Range, Range]]]],
) -> tuple[list[Row], cuemodel.CueModel, cuemodel.OutOfFold]:
    """The cue table's rows and the cue model (with its out-of-fold probabilities) learned from parsed articles
    and their gold (cue, content) ranges: what this command ships, and what ``eventwire eval quotes --folds``
    fits on each fold's training articles."""
    rows = build(items, min_annotated=MIN_ANNOTATED)
    model, held_out = cuemodel.train(items)
    return rows, model, held_out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Rebuild the quote cue table and cue model from PolNeAR train.")
    ap.add_argument("--out", type=Path, default=TABLE)
    ap.add_argument("--model", type=Path, default=cuemodel.MODEL)
    args = ap.parse_args(argv)
    start = time.perf_counter()
    from eventwire.eval.quotes import DEFAULT_ROOT, cue_items, parse

    items = cue_items(parse(DEFAULT_ROOT, "train"))
    parsed = time.perf_counter()
    rows, model, held_out = fit_cues(items)
    write(rows, args.out)
    print(f"{len(rows)} rows written to {args.out}")
    model.save(args.model)
    print(f"cue model: {len(model.weights)} weights, threshold {model.threshold}, written to {args.model}")
    for line in threshold_report(held_out, model.threshold):
        print(line)
    done = time.perf_counter()
    print(f"parsing {parsed - start:.0f} s, table and model {done - parsed:.0f} s")


def threshold_report(held_out: cuemodel.OutOfFold, chosen: float) -> list[str]:
    """The out-of-fold precision / recall trade-off of the threshold on train, the chosen one marked."""
    lines = ["out of fold on train (candidates; recall counts the gold no candidate reaches):"]
    for threshold in sorted({*cuemodel.REPORTED_THRESHOLDS, chosen}):
        p, r, f1 = held_out.precision_recall(threshold)
        mark = "  <- chosen" if threshold == chosen else ""
        lines.append(f"  threshold {threshold:.4f}: P {p:.4f} R {r:.4f} F1 {f1:.4f}{mark}")
    return lines


if __name__ == "__main__":
    main()
