"""PLOVER event types, their QuadClass, conflict-cooperation scores and CAMEO roots.

Sources: the PLOVER manual (shared/codebooks/PLOVER_MANUAL.tex: quad categories and the
type/mode score table) and the CAMEO 1.1b3 manual (root codes).
"""

from __future__ import annotations

from typing import Final

VERBAL_COOPERATION: Final = 1
MATERIAL_COOPERATION: Final = 2
VERBAL_CONFLICT: Final = 3
MATERIAL_CONFLICT: Final = 4

#: The 16 event types of the current PLOVER manual, in manual order.
PLOVER_TYPES: Final = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

QUAD_CLASS: Final[dict[str, int]] = {
    "AGREE": VERBAL_COOPERATION,
    "CONSULT": VERBAL_COOPERATION,
    "SUPPORT": VERBAL_COOPERATION,
    "CONCEDE": VERBAL_COOPERATION,
    "COOPERATE": MATERIAL_COOPERATION,
    "AID": MATERIAL_COOPERATION,
    "RETREAT": MATERIAL_COOPERATION,
    "REQUEST": VERBAL_CONFLICT,
    "ACCUSE": VERBAL_CONFLICT,
    "REJECT": VERBAL_CONFLICT,
    "THREATEN": VERBAL_CONFLICT,
    "PROTEST": MATERIAL_CONFLICT,
    "SANCTION": MATERIAL_CONFLICT,
    "MOBILIZE": MATERIAL_CONFLICT,
    "COERCE": MATERIAL_CONFLICT,
    "ASSAULT": MATERIAL_CONFLICT,
}

#: PLOVER manual score table (type-level rows); the manual prints ACCUSE as "3",
#: a sign slip next to its modes (-2 to -3.5), so -3 is used.
TYPE_SCORE: Final[dict[str, float]] = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5.0,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10.0,
    "RETREAT": 6.5,
    "REQUEST": 0.0,
    "ACCUSE": -3.0,
    "REJECT": -2.0,
    "THREATEN": -3.5,
    "PROTEST": -5.0,
    "SANCTION": -6.0,
    "MOBILIZE": -5.5,
    "COERCE": -7.0,
    "ASSAULT": -9.0,
}

#: Type-and-mode rows of the same table, keyed "TYPE:mode" (modes lower case).
MODE_SCORE: Final[dict[str, float]] = {
    "CONSULT:visit": 4.0,
    "CONSULT:third-party": 1.0,
    "CONSULT:multilateral": 4.0,
    "CONSULT:phone": 1.5,
    "RETREAT:withdraw": 8.0,
    "RETREAT:release": 6.5,
    "RETREAT:disarm": 10.0,
    "RETREAT:ceasefire": 7.5,
    "RETREAT:access": 6.5,
    "RETREAT:resign": 4.5,
    "REQUEST:assist": 0.5,
    "REQUEST:change": -1.0,
    "REQUEST:yield": -1.0,
    "REQUEST:meet": 0.0,
    "ACCUSE:disapprove": -2.0,
    "ACCUSE:investigate": -3.5,
    "ACCUSE:allege": -3.5,
    "REJECT:assist": -1.5,
    "REJECT:change": -2.0,
    "REJECT:yield": -2.0,
    "REJECT:meet": -2.0,
    "THREATEN:restrict": -3.0,
    "THREATEN:arrest": -3.5,
    "THREATEN:relations": -3.5,
    "THREATEN:expel": -3.5,
    "THREATEN:territory": -4.0,
    "THREATEN:violence": -3.5,
    "PROTEST:demo": -5.0,
    "PROTEST:riot": -7.0,
    "PROTEST:strike": -5.0,
    "PROTEST:hunger": -4.5,
    "PROTEST:boycott": -4.5,
    "PROTEST:obstruct": -4.5,
    "SANCTION:convict": -6.0,
    "SANCTION:expel": -5.5,
    "SANCTION:withdraw": -6.0,
    "SANCTION:discontinue": -6.0,
    "MOBILIZE:troops": -6.5,
    "MOBILIZE:weapons": -6.5,
    "MOBILIZE:police": -5.5,
    "MOBILIZE:militia": -6.0,
    "COERCE:seize": -7.0,
    "COERCE:restrict": -7.0,
    "COERCE:censor": -6.5,
    "COERCE:curfew": -6.5,
    "COERCE:martial-law": -7.5,
    "COERCE:arrest": -7.0,
    "COERCE:deport": -7.0,
    "COERCE:withhold": -7.0,
    "COERCE:misinformation": -6.5,
    "COERCE:cyber": -7.0,
    "ASSAULT:abduct": -8.5,
    "ASSAULT:beat": -7.5,
    "ASSAULT:torture": -8.5,
    "ASSAULT:sexual": -8.5,
    "ASSAULT:targeted": -9.5,
    "ASSAULT:destroy": -8.5,
    "ASSAULT:primitive": -8.0,
    "ASSAULT:firearms": -9.0,
    "ASSAULT:explosives": -9.0,
    "ASSAULT:suicide-attack": -9.5,
    "ASSAULT:aerial": -9.5,
    "ASSAULT:drone": -9.5,
    "ASSAULT:heavy-weapons": -9.5,
    "ASSAULT:crowd-control": -7.5,
    "ASSAULT:unconventional": -10.0,
}

#: The event type of a CAMEO 01 statement (``eventwire.events.statements``, opt-in): eventwire's extension, not one
#: of PLOVER's types, which dropped CAMEO 01. Its QuadClass is GDELT's for CAMEO 01, verbal cooperation.
STATEMENT: Final = "STATEMENT"
STATEMENT_QUAD_CLASS: Final = VERBAL_COOPERATION

#: Default CAMEO root for each PLOVER type, used when a rule gives no finer code.
DEFAULT_CAMEO: Final[dict[str, str]] = {
    "AGREE": "03",
    "CONSULT": "04",
    "SUPPORT": "05",
    "COOPERATE": "06",
    "AID": "07",
    "CONCEDE": "08",
    "RETREAT": "08",
    "REQUEST": "10",
    "ACCUSE": "11",
    "REJECT": "12",
    "THREATEN": "13",
    "PROTEST": "14",
    "MOBILIZE": "15",
    "SANCTION": "16",
    "COERCE": "17",
    "ASSAULT": "18",
}


def quad_class(event_type: str) -> int:
    return QUAD_CLASS[event_type]


def score(event_type: str, mode: str | None) -> float:
    """The PLOVER conflict-cooperation score of a type, refined by its mode where the table has it."""
    if mode:
        refined = MODE_SCORE.get(f"{event_type}:{mode.lower()}")
        if refined is not None:
            return refined
    return TYPE_SCORE[event_type]


def cameo_root(code: str) -> str:
    """The two-digit CAMEO root of a 2-4 digit code ("0311" -> "03")."""
    return code[:2]
