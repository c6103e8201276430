"""The near-duplicate test set: each edit changes the text as described, and a small run meets the target."""

from __future__ import annotations

import random

import pytest

from eventwire.dedup import DedupConfig
from eventwire.eval.dedup import EDITS, KINDS, Original, build_collection, load_originals, polnear_dir, score

ARTICLE = Original(
    "pub_2016-01-01_a",
    "pub",
    "2016-01-01",
    "A made-up headline.\n\n"
    + "\n\n".join(f"Paragraph {n} says something new. It has a second sentence {n}." for n in range(10)),
)
OTHER = Original("pub_2016-01-01_b", "pub", "2016-01-01", "Other headline.\n\nSomething else entirely. More of it.")


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("exact", lambda text: text == ARTICLE.text),
        ("headline", lambda text: text.startswith("UPDATE") and "(" in text.split("\n\n")[1]),
        ("lead", lambda text: "Something else entirely." in text and "Paragraph 0 " not in text),
        ("cut-end", lambda text: "Paragraph 9" not in text and text.startswith(ARTICLE.text[:100])),
        ("truncated", lambda text: len(text) < 0.75 * len(ARTICLE.text)),
        ("updated", lambda text: "(updated)" in text and text.endswith("More of it.")),
        ("shuffled", lambda text: sorted(text.split()) == sorted(ARTICLE.text.split())),
        ("syndicated", lambda text: text.endswith("(Reporting by staff; Editing by the desk)")),
    ],
)
def test_eval_dedup_edits(kind: str, check: object) -> None:
    text = EDITS[kind](ARTICLE, random.Random(1), [OTHER])
    assert callable(check) and check(text)


def test_eval_dedup_collection_has_one_copy_per_kind() -> None:
    docs = build_collection([ARTICLE, OTHER])
    assert len(docs) == 2 + 2 * len(KINDS)
    assert {d.cluster for d in docs if d.kind != "original"} == {ARTICLE.id, OTHER.id}


@pytest.mark.skipif(not polnear_dir().is_dir(), reason="PolNeAR gold data not available")
def test_eval_dedup_small_run_meets_the_target() -> None:
    report = score(build_collection(load_originals("dev", limit=20)), DedupConfig())
    assert report["precision"] >= 0.95 and report["recall"] >= 0.95
