"""The event trigger lexicon (``data/event_triggers.tsv``): verbs and nouns that signal an event."""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.events.ontology import PLOVER_TYPES

#: The ``objects`` cell "+": the verb counts only with a direct object, whatever it is.
ANY_OBJECT = frozenset({"+"})


@dataclass(frozen=True)
class Trigger:
    lemma: str  # "criticize", "test-fire", "call for"
    pos: str  # "V" or "N"
    objects: frozenset[str]  # object lemmas required; empty = none required; {"+"} = any direct object
    type: str
    mode: str | None
    cameo: str
    excluded: frozenset[str] = frozenset()  # "!a|b": any object but these ("released a statement" is no release)

    @property
    def needs_object(self) -> bool:
        return bool(self.objects)


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]

    def lookup(self, key: str, pos: str) -> tuple[Trigger, ...]:
        table = self.verbs if pos == "V" else self.nouns
        return table.get(key, ())


def parse_triggers(text: str, origin: str = "triggers") -> TriggerLexicon:
    """Parse the TSV format; a bad row raises ValueError naming the row."""
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(rows)), delimiter="\t")
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for n, row in enumerate(reader, start=2):
        trigger = _row_to_trigger(row, f"{origin}:{n}")
        table = verbs if trigger.pos == "V" else nouns
        table.setdefault(trigger.lemma, []).append(trigger)
    return TriggerLexicon(
        {k: _constrained_first(v) for k, v in verbs.items()},
        {k: _constrained_first(v) for k, v in nouns.items()},
    )


def _constrained_first(triggers: list[Trigger]) -> tuple[Trigger, ...]:
    """Rules with object constraints are tried before the catch-all rule of the same trigger."""
    return tuple(sorted(triggers, key=lambda t: t.needs_object is False))


def _row_to_trigger(row: dict[str, str], where: str) -> Trigger:
    event_type = (row.get("type") or "").strip().upper()
    if event_type not in PLOVER_TYPES:
        raise ValueError(f"{where}: unknown PLOVER type {event_type!r}")
    pos = (row.get("pos") or "").strip().upper()
    if pos not in ("V", "N"):
        raise ValueError(f"{where}: pos must be V or N, not {pos!r}")
    objects = (row.get("objects") or "*").strip()
    excluded = frozenset(objects[1:].split("|")) if objects.startswith("!") else frozenset()
    if excluded:
        objects = "*"
    return Trigger(
        lemma=(row.get("trigger") or "").strip().lower(),
        pos=pos,
        objects=frozenset() if objects in ("", "*") else frozenset(objects.split("|")),
        type=event_type,
        mode=(row.get("mode") or "").strip() or None,
        cameo=(row.get("cameo") or "").strip(),
        excluded=excluded,
    )


@functools.cache
def load_triggers(path: str | None = None) -> TriggerLexicon:
    """The bundled lexicon, or a user's file in the same format."""
    if path is not None:
        return parse_triggers(Path(path).read_text(encoding="utf-8"), path)
    text = resources.files("eventwire").joinpath("data/event_triggers.tsv").read_text(encoding="utf-8")
    return parse_triggers(text, "event_triggers.tsv")
