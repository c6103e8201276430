"""Tests for marking captions, credits, bylines, datelines and headlines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from eventwire.ingest import blank_spans, dateline_place, mark_non_body
from eventwire.model import MarkedSpan

FOUNDING = Path(__file__).resolve().parents[2] / "examples" / "blinken-north-korea.txt"
BODY = "North Korea fired a ballistic missile into the sea on Thursday, officials in Seoul said."


def _kinds(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(span.kind, span.text) for span in mark_non_body(text, title)]


def _check_offsets(text: str, spans: list[MarkedSpan]) -> None:
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.skipif(not FOUNDING.exists(), reason="founding example not available")
def test_founding_article_caption_and_credit() -> None:
    text = FOUNDING.read_text(encoding="utf-8")
    spans = mark_non_body(text)
    _check_offsets(text, spans)
    assert [(s.kind, s.text) for s in spans[:2]] == [
        ("caption", "Antony Blinken"),
        ("credit", "Antony BlinkenReuters"),
    ]
    first_paragraph = text.index("US Secretary of State")
    assert all(s.end <= first_paragraph or s.start >= text.index("\n", first_paragraph) for s in spans)
    assert "BlinkenReuters" not in blank_spans(text, spans)


CASES: list[tuple[str, str, str | None, list[tuple[str, str]]]] = [
    (
        "caption and glued credit",
        "Antony Blinken\nAntony BlinkenReuters\n\n" + BODY,
        None,
        [("caption", "Antony Blinken"), ("credit", "Antony BlinkenReuters")],
    ),
    ("photo credit line", "Photo: Reuters\n\n" + BODY, None, [("credit", "Photo: Reuters")]),
    ("agency in brackets", "(Reuters)\n\n" + BODY, None, [("credit", "(Reuters)")]),
    (
        "reuters photographer",
        "A view of Seoul\nREUTERS/Kim Hong-Ji\n\n" + BODY,
        None,
        [("caption", "A view of Seoul"), ("credit", "REUTERS/Kim Hong-Ji")],
    ),
    ("getty images", BODY + "\n\nGetty Images\n\n" + BODY, None, [("credit", "Getty Images")]),
    (
        "afp via getty",
        "Kim Jong Un watches a launch\nAFP via Getty Images\n\n" + BODY,
        None,
        [("caption", "Kim Jong Un watches a launch"), ("credit", "AFP via Getty Images")],
    ),
    ("file photo", "File photo\n\n" + BODY, None, [("credit", "File photo")]),
    (
        "caption ending in a credit",
        "Soldiers patrol in Kyiv. Photo: AP\n\n" + BODY,
        None,
        [("caption", "Soldiers patrol in Kyiv."), ("credit", "Photo: AP")],
    ),
    ("byline", "By Jane Doe\n\n" + BODY, None, [("byline", "By Jane Doe")]),
    (
        "byline with agency",
        "By Jane Doe and John Roe, Reuters\n\n" + BODY,
        None,
        [("byline", "By Jane Doe and John Roe, Reuters")],
    ),
    ("byline with bar", "Jane Doe | AP\n\n" + BODY, None, [("byline", "Jane Doe | AP")]),
    (
        "headline equal to title",
        "North Korea fires missile\n\n" + BODY,
        "North  Korea fires missile",
        [("headline", "North Korea fires missile")],
    ),
    (
        "wire trailer",
        BODY + "\n\n(Reporting by Hyonhee Shin; Editing by Tom Hogue)\n",
        None,
        [("byline", "(Reporting by Hyonhee Shin; Editing by Tom Hogue)")],
    ),
    ("dateline", "SEOUL (Reuters) - " + BODY, None, [("dateline", "SEOUL (Reuters) -")]),
    (
        "dateline with date",
        "WASHINGTON, Jan 13 (Reuters) - " + BODY,
        None,
        [("dateline", "WASHINGTON, Jan 13 (Reuters) -")],
    ),
    ("dateline em dash", "PARIS (AFP) — " + BODY, None, [("dateline", "PARIS (AFP) —")]),
    ("dateline region", "KYIV, Ukraine (AP) — " + BODY, None, [("dateline", "KYIV, Ukraine (AP) —")]),
    (
        "dateline after byline",
        "By Jane Doe\n\nSEOUL (Reuters) - " + BODY,
        None,
        [("byline", "By Jane Doe"), ("dateline", "SEOUL (Reuters) -")],
    ),
    (
        "archive date notice",
        "This story is from March 4, 2002\n\nahmedabad: the police arrested two persons on sunday.",
        None,
        [("boilerplate", "This story is from March 4, 2002")],
    ),
    (
        "related stories after the last sentence",
        "ahmedabad: one person succumbed to injuries here. related stories\xa0governor biased\xa0modi visits riot-hit"
        " areas\xa0full coverage  \n\nFacebook Twitter Linkedin Mail",
        None,
        [
            ("boilerplate", "related stories\xa0governor biased\xa0modi visits riot-hit areas\xa0full coverage"),
            ("boilerplate", "Facebook Twitter Linkedin Mail"),
        ],
    ),
    (
        "related stories with a colon, mis-decoded separators",
        "the report would reach the commission. related stories:Â 1 killed in ahmedabadÂ fear still stalks gujarat",
        None,
        [("boilerplate", "related stories:Â 1 killed in ahmedabadÂ fear still stalks gujarat")],
    ),
    (
        "related stories on a line of its own",
        BODY + "\n\nRelated stories: Talks resume in Seoul",
        None,
        [("boilerplate", "Related stories: Talks resume in Seoul")],
    ),
    ("share bar", BODY + "\n\nShare: \n\nFacebook Twitter Email", None, [("boilerplate", "Facebook Twitter Email")]),
    # Conservative: none of these may be marked.
    ("share buttons in a sentence", BODY + "\n\nShare it on Facebook or Twitter.", None, []),
    ("one word", BODY + "\n\nPrint", None, []),
    ("related stories in a sentence", BODY + " The paper ran related stories about the talks.", None, []),
    ("related stories far above the end", "Related stories: a list\n\n" + "\n\n".join([BODY] * 3), None, []),
    ("short real sentence", "Fighting resumed.\n\n" + BODY, None, []),
    ("plain body", BODY + "\n\n" + BODY, None, []),
    ("lone short heading", "Missile launch\n\n" + BODY, None, []),
    ("told reuters", "The talks failed, he told Reuters\n\n" + BODY, None, []),
    ("by in a sentence", "By Thursday the talks had failed.\n\n" + BODY, None, []),
    ("by contrast", "By contrast Japan stayed calm\n\n" + BODY, None, []),
    ("mixed-case start with dash", "North Korea — which denies it — fired again.", None, []),
    ("story told from a date", "This story is from March 4, 2002, when the riots began.\n\n" + BODY, None, []),
    ("sentence start", "US Secretary of State Antony Blinken on Thursday criticized it.", None, []),
]


@pytest.mark.parametrize(("text", "title", "expected"), [row[1:] for row in CASES], ids=[row[0] for row in CASES])
def test_mark_non_body(text: str, title: str | None, expected: list[tuple[str, str]]) -> None:
    spans = mark_non_body(text, title)
    _check_offsets(text, spans)
    assert [(s.kind, s.text) for s in spans] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SEOUL (Reuters) - " + BODY, "SEOUL"),
        ("WASHINGTON, Jan 13 (Reuters) - " + BODY, "WASHINGTON"),
        ("KYIV, Ukraine (AP) — " + BODY, "KYIV, Ukraine"),
        ("NEW YORK (Reuters) - " + BODY, "NEW YORK"),
        # AP keeps a name's prefix in lower case in an all-caps dateline.
        ("McALLEN, Texas — " + BODY, "McALLEN, Texas"),
        ("DeKALB — " + BODY, "DeKALB"),
        ("McDonald — " + BODY, None),
        ("(Reuters) - " + BODY, None),
        (BODY, None),
    ],
)
def test_dateline_place(text: str, place: str | None) -> None:
    found = dateline_place(text, mark_non_body(text))
    assert (text[found[0] : found[1]] if found else None) == place


def test_blank_spans_keeps_length_and_newlines() -> None:
    text = "Antony Blinken\r\nAntony BlinkenReuters\n\nSEOUL (Reuters) - " + BODY
    spans = mark_non_body(text)
    blanked = blank_spans(text, spans)
    assert len(blanked) == len(text)
    assert blanked.startswith(" " * 14 + "\r\n" + " " * 21 + "\n\n")
    assert blanked.endswith(BODY)
    assert [i for i, c in enumerate(blanked) if c in "\r\n"] == [i for i, c in enumerate(text) if c in "\r\n"]


def test_no_spans_leaves_text_unchanged() -> None:
    assert blank_spans(BODY, []) == BODY


@pytest.mark.parametrize(
    "text",
    [
        "A " * 500_000,
        "SEOUL " * 200_000,
        ("Photo: " + "a" * 100 + "\n") * 10_000,
        "." + ")" * 1_000_000 + "x",
        "By " + "Jane " * 100_000,
        ("Aa " * 40 + "Reuters\n") * 5_000,
        "x" * 1_000_000 + "Reuters",
    ],
    ids=["spaces", "caps", "photo-lines", "brackets", "long-byline", "agency-lines", "glued"],
)
def test_pathological_input_is_fast(text: str) -> None:
    # CPU time, not wall time: a loaded CI box must not fail it, while a backtracking regex still would (minutes).
    started = time.process_time()
    mark_non_body(text)
    assert time.process_time() - started < 3.0
