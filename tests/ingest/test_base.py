"""Shared reader helpers: binary sniffing and the language check."""

from __future__ import annotations

import pytest

from eventwire.ingest.base import LANG_PREFIX_CHARS, LANG_QUICK_CHARS, _non_english, looks_binary

ENGLISH = (
    "Officials in Kyiv said on Monday that the talks with Moscow would resume next week in Istanbul, "
    "after a pause of almost a month. The foreign ministry gave no details of the agenda. "
) * 12
FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs "
    "touchés par la sécheresse, après des semaines de manifestations dans tout le pays. "
) * 12
# Numbers and names say nothing of a language: the detector is unsure of such a prefix.
UNSURE_PREFIX = ("2024 " * 400)[:LANG_PREFIX_CHARS]


@pytest.mark.parametrize(
    ("head", "binary"),
    [
        (b"", False),
        (b"plain text\nwith lines\tand tabs\r\n", False),
        (b"\x00PNG", True),  # a NUL byte is never text
        (b"\x1b[1mbold\x1b[0m" * 10, False),  # escape sequences are allowed
        (b"ab" * 10 + b"\x01\x02\x03", True),  # over a tenth control bytes
        (b"a" * 90 + b"\x01" * 10, False),  # a tenth exactly is still text
        (b"a" * 89 + b"\x01" * 11, True),
    ],
)
def test_looks_binary(head: bytes, binary: bool) -> None:
    assert looks_binary(head) is binary


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, None),
        (FRENCH, "fr"),
        ("Bonjour tout le monde.", None),  # too few words to judge
        (ENGLISH[:LANG_PREFIX_CHARS] + FRENCH, None),  # the prefix is surely English
        (ENGLISH[: LANG_QUICK_CHARS * 2] + FRENCH, "fr"),  # English first lines alone decide nothing
        (FRENCH[:LANG_QUICK_CHARS] + ENGLISH, None),  # nor do French ones
        (UNSURE_PREFIX + FRENCH, "fr"),  # an unsure prefix: the whole sample decides
        (UNSURE_PREFIX + ENGLISH, None),
    ],
)
def test_non_english_reads_a_prefix_first_and_more_only_when_unsure(text: str, language: str | None) -> None:
    found = _non_english(text)
    assert (found[0] if found else None) == language
