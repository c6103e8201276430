"""Which cues the quote stage reads (eventwire.quotes.cues): the shipped model and table, or those given to
``using`` for the length of a block."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.quotes import cuemodel, cues
from eventwire.quotes.cuemodel import CueModel
from eventwire.quotes.cues import Cues, using

ACCEPT_ALL = Cues(CueModel({}, 30.0, 0.5))
REJECT_ALL = Cues(CueModel({}, -30.0, 0.5))
#: No model: the table decides, and a pair it has not seen falls to the hand-written list ("say", not "believe").
EMPTY_TABLE = Cues(None, {})


def _cues_found(text: str) -> list[str]:
    from eventwire.pipeline import extract_one

    return [q.cue.text for q in extract_one(Article(id="a", text=text)).quotes if q.cue is not None]


def test_the_shipped_cues_are_read_outside_any_block() -> None:
    assert cues.current() == Cues(cuemodel.load(), cues.shipped().table)
    with using(REJECT_ALL):
        assert cues.current() is REJECT_ALL
        with using(ACCEPT_ALL):
            assert cues.current() is ACCEPT_ALL  # the innermost block wins
        assert cues.current() is REJECT_ALL
    assert cues.current() is cues.shipped()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("Officials said talks would resume in May.", None, ["said"]),
        ("Officials said talks would resume in May.", REJECT_ALL, []),
        ("Officials said talks would resume in May.", EMPTY_TABLE, ["said"]),
        ("Analysts believe the deal will hold.", None, ["believe"]),
        ("Analysts believe the deal will hold.", REJECT_ALL, []),
        ("Analysts believe the deal will hold.", EMPTY_TABLE, []),
        ("Analysts believe the deal will hold.", ACCEPT_ALL, ["believe"]),
    ],
)
def test_the_given_cues_decide_indirect_quotes(text: str, given: Cues | None, expected: list[str]) -> None:
    pytest.importorskip("spacy")
    if given is None:
        assert _cues_found(text) == expected
        return
    shipped = _cues_found(text)
    with using(given):
        assert _cues_found(text) == expected
    assert _cues_found(text) == shipped  # the block's cues are gone after it
