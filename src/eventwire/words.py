"""Closed-class English word lists shared by the stages (one list, not a copy per module)."""

from __future__ import annotations

#: Relative pronouns that open a relative clause ("the army, which ...", "“...” that is sexist").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
