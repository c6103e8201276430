"""What a user dictionary holds once read, whatever its file format, and what could not be read."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from eventwire.actors.lexicon import SectorTerm
from eventwire.events.triggers import Trigger

ACTOR_KINDS = ("country", "organisation", "person", "group")


@dataclass(frozen=True)
class ActorEntry:
    """One actor (or one dated role of it): the surface forms news uses and the code they get."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    kind: str  # one of ACTOR_KINDS
    start: dt.date | None = None  # first day the code applies (None: unbounded)
    end: dt.date | None = None  # last day it applies

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def code(self) -> str:
        return f"{self.country or ''}{self.sector or ''}"


@dataclass(frozen=True)
class Problem:
    """A line that could not be converted, with the reason."""

    source: str
    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}: {self.text.strip()[:80]!r}"


@dataclass
class Dictionary:
    """The entries read from one dictionary file and an account of its lines."""

    source: str
    format: str  # "eventwire" or "petrarch"
    actors: list[ActorEntry] = field(default_factory=list)
    sectors: list[SectorTerm] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lines: int = 0  # lines holding content (not blank, not comments)
    converted: int = 0  # lines that became (part of) an entry
    structural: int = 0  # headers, block and synonym-set lines, null codes: read, nothing to emit

    def problem(self, line: int, text: str, reason: str) -> None:
        self.problems.append(Problem(self.source, line, text, reason))

    def summary(self) -> str:
        """One line: what was read and what was not."""
        parts = [
            f"{self.source}: {self.lines} lines, {self.converted} converted, {self.structural} structural, "
            f"{len(self.problems)} not converted",
            f"({len(self.actors)} actors, {len(self.sectors)} sector terms, {len(self.triggers)} verb patterns)",
        ]
        return " ".join(parts)

    def reasons(self) -> Counter[str]:
        """How many lines failed for each reason (numbers and codes folded out of the reason)."""
        return Counter(p.reason.split(":")[0] for p in self.problems)
