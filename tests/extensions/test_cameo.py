"""CAMEO codes to PLOVER types and modes (the table in eventwire.extensions.cameo)."""

from __future__ import annotations

import pytest

from eventwire.events.ontology import PLOVER_TYPES
from eventwire.extensions.cameo import MODES, ROOT_TYPES, TYPE_EXCEPTIONS, cameo_digits, plover_of, why_not


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("03", ("AGREE", None)),
        ("036", ("AGREE", None)),
        ("042", ("CONSULT", "visit")),
        ("064", ("COOPERATE", None)),
        ("081", ("CONCEDE", None)),  # 081-083: the verbal half of YIELD
        ("0841", ("RETREAT", "release")),  # 084-087: the material half
        ("0871", ("RETREAT", "ceasefire")),
        ("090", ("ACCUSE", "investigate")),
        ("1053", ("REQUEST", "yield")),
        ("111", ("ACCUSE", "disapprove")),
        ("125", ("REJECT", "meet")),
        ("138", ("THREATEN", "violence")),
        ("163", ("COERCE", "restrict")),  # moved out of SANCTION
        ("1712", ("ASSAULT", "seize")),  # destroying property is an assault (mode as the 2021 table has it)
        ("173", ("COERCE", "arrest")),
        ("194", ("ASSAULT", "heavy-weapons")),
        ("2042", ("ASSAULT", "unconventional")),
        ("174L", ("COERCE", "deport")),  # a letter suffix is a dictionary's own refinement
        ("1010", ("REQUEST", "assist")),  # an unlisted 4-digit code falls back to its 3-digit parent
    ],
)
def test_codes_map_to_plover(code: str, expected: tuple[str, str | None]) -> None:
    assert plover_of(code) == expected


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("010", "CAMEO 01 (statements) has no PLOVER type"),
        ("023", "CAMEO 02 (appeals) has no PLOVER type"),
        ("223", "code '223' has no CAMEO root (01-20)"),
        ("---", "code '---' is not a CAMEO code"),
        ("abc", "code 'abc' is not a CAMEO code"),
    ],
)
def test_codes_without_a_plover_type_say_why(code: str, reason: str) -> None:
    assert plover_of(code) is None
    assert why_not(code) == reason


def test_every_table_value_is_a_plover_type() -> None:
    assert set(ROOT_TYPES.values()) | set(TYPE_EXCEPTIONS.values()) <= set(PLOVER_TYPES)
    assert all(cameo_digits(code) == code for code in MODES)
