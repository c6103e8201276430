"""CAMEO codes to PLOVER types and modes, for verb patterns that carry only a CAMEO code.

Facts from the PLOVER manual's CAMEO translation table and the CAMEO-to-PLOVER conversion
table of September 2021: each CAMEO root maps to one PLOVER type except 08 YIELD (081-083
CONCEDE, 084-087 RETREAT) and a few codes moved to another type; 01 MAKE STATEMENT and
02 APPEAL were dropped from PLOVER, so codes under them have no PLOVER type.
"""

from __future__ import annotations

import re

#: The PLOVER type of each CAMEO root (01 and 02 were dropped by PLOVER).
ROOT_TYPES: dict[str, str] = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
    "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip

#: Codes whose PLOVER type is not their root's (the longest listed prefix of a code decides).
TYPE_EXCEPTIONS: dict[str, str] = {
    "084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT", "0813": "RETREAT",
    "0814": "RETREAT", "163": "COERCE", "1712": "ASSAULT", "175": "ASSAULT", "191": "COERCE",
    "192": "COERCE", "201": "ASSAULT",
}  # fmt: skip

#: PLOVER modes by CAMEO code prefix ("10 4" gives 104 and 1041-1044 the mode "change").
_MODES = """
phone 041 | visit 042 043 | third-party 044 | release 0841 | return 0842 | ease 085 | access 086
disarm 087 0873 0874 | ceasefire 0871 | withdraw 0872 161 164 165 | investigate 09
assist 101 102 103 121 122 | change 104 105 123 124 | yield 1051 1052 1053 1054 1055 1056 1243 1244 1245 1246 128 129
meet 106 107 108 125 126 127 | disapprove 110 111 112 113 116 | allege 1121 1122 1123 1124 1125 114 115
relations 1311 1313 133 134 135 139 | restrict 1312 1323 1324 1381 163 172 1721 191 | ban 132 1322 1722
expel 136 166 | violence 137 138 1383 1384 1385 | territory 1382 | demo 141 | hunger 142 | boycott 143
obstruct 144 | riot 145 | police 151 153 | troops 152 154 | discontinue 162 | seize 171 192
curfew 1723 | martial-law 1724 | arrest 173 | deport 174 | abduct 181 184 | beat 182 | sexual 1821
torture 1822 | suicide-attack 183 1831 | explosives 1832 1833 | assassinate 185 186 | firearms 193
heavy-weapons 194 195 | massacre 200 202 | cleansing 201 203 | unconventional 204
"""

_LEADING_DIGITS = re.compile(r"\d{2,4}")


def _mode_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in _MODES.replace("\n", "|").split("|"):
        words = group.split()
        if words:
            for code in words[1:]:
                table[code] = words[0]
    return table


MODES: dict[str, str] = _mode_table()


def cameo_digits(code: str) -> str | None:
    """The 2-4 leading digits of a code as dictionaries write it ("174L" -> "174", "023?" -> "023")."""
    found = _LEADING_DIGITS.match(code.strip())
    return found.group(0) if found else None


def _longest(table: dict[str, str], digits: str) -> str | None:
    for size in range(len(digits), 1, -1):
        hit = table.get(digits[:size])
        if hit is not None:
            return hit
    return None


def plover_of(code: str) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) of a CAMEO code, or None when PLOVER has no type for it."""
    digits = cameo_digits(code)
    if digits is None or digits[:2] not in ROOT_TYPES:
        return None
    event_type = _longest(TYPE_EXCEPTIONS, digits) or ROOT_TYPES[digits[:2]]
    return event_type, _longest(MODES, digits)


def why_not(code: str) -> str:
    """Why a code has no PLOVER type, for the importer's report."""
    digits = cameo_digits(code)
    if digits is None:
        return f"code {code!r} is not a CAMEO code"
    if digits[:2] in ("01", "02"):
        return f"CAMEO {digits[:2]} ({'statements' if digits[:2] == '01' else 'appeals'}) has no PLOVER type"
    return f"code {code!r} has no CAMEO root (01-20)"
