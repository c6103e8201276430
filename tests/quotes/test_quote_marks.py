"""Quote-mark pairing (eventwire.quotes.marks): which marks open and close a quotation.

Bad input never raises and loses at most its own quote: odd numbers of marks, typographic and
ASCII marks mixed, nested quotes, a quote left open at a paragraph's end.
"""

from __future__ import annotations

import pytest

from eventwire.quotes.marks import pair_marks, paragraphs


def _quoted(text: str) -> list[str]:
    """What lies between each outermost pair of marks."""
    return [text[p.open_pos + 1 : p.close_pos] for p in pair_marks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” he said.", ["We will win,"]),
        ('"We will win," he said.', ["We will win,"]),
        ('“We will win," he said.', ["We will win,"]),  # typographic opener, ASCII closer
        ('"We will win,” he said. “They lose," she said.', ["We will win,", "They lose,"]),
        ("“Broken quote, she said. “We will win,” he said.", ["We will win,"]),  # odd number: one lost
        ("He said “ and left.", []),
        ("“He called it “fake news” and left,” she said.", ["He called it “fake news” and left,"]),
        ("“He told me ‘we’ve had enough’ and left,” she said.", ["He told me ‘we’ve had enough’ and left,"]),
        ("Korea’s leaders and We’ve no idea", []),  # apostrophes are not quotes
        ("''We will win,'' he said.", ["We will win,"]),  # two apostrophes, old wire style
        ("‘We will respond,’ says Seoul", ["We will respond,"]),  # single marks in a headline
        ("“First part.\n\n“Second part,” she said.", ["First part.\n\n“Second part,"]),  # runs on
        ("“Left open at the end.\n\nNext paragraph.", []),
        ("", []),
        ("“", []),
        ("”", []),
        ('"', []),
        ("“ ” “", [" "]),  # an empty quotation pairs; the quote stage drops it
        ("“It's unusual,“ said Noble. “Yes,” he said.", ["It's unusual,", "Yes,"]),  # a left mark as closer
        ("Is it “the best in the world“ or not?", ["the best in the world"]),
        ("\u202a”This is why,” said John.", ["This is why,"]),  # a direction mark before a sloppy opener
        ("A\u200b”zero-width space” before it.", ["zero-width space"]),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_pairs_are_ordered_and_inside_the_text() -> None:
    text = '“A,” he said. "B" and ‘c’ “d” ” “ "\n\n“e'
    pairs = pair_marks(text)
    assert pairs == sorted(pairs, key=lambda p: p.open_pos)
    assert all(0 <= p.open_pos < p.close_pos < len(text) for p in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\nb", ["a", "b"]), ("a\n\n  \nb\n", ["a", "b"]), ("", []), ("\n\n", [])],
)
def test_paragraphs_are_non_blank_lines(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraphs(text)] == expected
