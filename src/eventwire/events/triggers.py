"""The event trigger lexicon (``data/event_triggers.tsv``): verbs and nouns that signal an event.

Optional ``before`` and ``after`` columns (used by user dictionaries, see docs/extensions.md)
require words before the trigger in its sentence or after it in its phrase, in order, gaps
allowed: space-separated slots, ``a|b`` alternatives in a slot, ``a_b`` consecutive words,
``word*`` a prefix. An optional ``target`` column names more prepositions whose object is the
target ("from|in"; "*" any preposition). A row with ``cameo`` "---" and no type is a stop pattern.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.events.ontology import PLOVER_TYPES

#: The ``objects`` cell "+": the verb counts only with a direct object, whatever it is.
ANY_OBJECT = frozenset({"+"})

#: The ``cameo`` cell of a stop pattern: where it matches, the word codes no event.
NO_EVENT = "---"

#: One context slot: its alternatives, each a run of consecutive words.
Slot = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Trigger:
    lemma: str  # "criticize", "test-fire", "call for"
    pos: str  # "V" or "N"
    objects: frozenset[str]  # object lemmas required; empty = none required; {"+"} = any direct object
    type: str
    mode: str | None
    cameo: str
    excluded: frozenset[str] = frozenset()  # "!a|b": any object but these ("released a statement" is no release)
    before: tuple[Slot, ...] = ()  # words required before the trigger in its sentence
    after: tuple[Slot, ...] = ()  # words required after the trigger in its phrase
    target_preps: tuple[str, ...] = ()  # more prepositions whose object is the target ("*": any)

    @property
    def needs_object(self) -> bool:
        return bool(self.objects)

    @property
    def stops(self) -> bool:
        """A stop pattern: where it matches, no event (and no later rule for the word)."""
        return self.cameo == NO_EVENT

    @property
    def has_context(self) -> bool:
        return bool(self.before or self.after)

    @property
    def context_text(self) -> str:
        """The required words as an explanation says them: "before 'said' after 'diplomatic tie'"."""
        parts = [
            f"{where} '{format_slots(slots)}'" for where, slots in (("before", self.before), ("after", self.after))
        ]
        return " ".join(part for part in parts if not part.endswith("''"))


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
        trigger = row_to_trigger(row, f"{origin}:{n}")
        table = verbs if trigger.pos == "V" else nouns
        table.setdefault(trigger.lemma, []).append(trigger)
    return TriggerLexicon(
        {k: _constrained_first(v) for k, v in verbs.items()},
        {k: _constrained_first(v) for k, v in nouns.items()},
    )


def _constrained_first(triggers: list[Trigger]) -> tuple[Trigger, ...]:
    """Rules with object constraints are tried before the catch-all rule of the same trigger."""
    return tuple(sorted(triggers, key=lambda t: t.needs_object is False))


def row_to_trigger(row: dict[str, str], where: str) -> Trigger:
    """One TSV row as a Trigger; ValueError naming ``where`` when a cell is invalid."""
    event_type = (row.get("type") or "").strip().upper()
    stops = (row.get("cameo") or "").strip() == NO_EVENT
    if event_type not in PLOVER_TYPES and not (stops and not event_type):
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
        before=parse_slots(row.get("before") or ""),
        after=parse_slots(row.get("after") or ""),
        target_preps=tuple(p for p in (row.get("target") or "").lower().split("|") if p.strip()),
    )


def parse_slots(cell: str) -> tuple[Slot, ...]:
    """ "said|told not" -> ((("said",), ("told",)), (("not",),)); "austrian_florin" is one two-word run."""
    slots = []
    for slot in cell.lower().split():
        alternatives = tuple(tuple(w for w in alt.split("_") if w) for alt in slot.split("|"))
        alternatives = tuple(alt for alt in alternatives if alt)
        if alternatives:
            slots.append(alternatives)
    return tuple(slots)


def format_slots(slots: tuple[Slot, ...]) -> str:
    """The cell text of parsed slots (the inverse of ``parse_slots``)."""
    return " ".join("|".join("_".join(alt) for alt in slot) for slot in slots)


def context_matches(trigger: Trigger, token: Any) -> bool:
    """Whether the words a trigger requires stand before it in its sentence and after it in its phrase."""
    doc = token.doc
    if trigger.before and not _in_order(trigger.before, list(doc[token.sent.start : token.i])):
        return False
    after = list(doc[token.i + 1 : max(token.right_edge.i, token.i) + 1])
    return not trigger.after or _in_order(trigger.after, after)


def trigger_lemma(trigger: Trigger, token: Any) -> str | None:
    """The lemma an event keeps of its trigger (``Event.trigger_lemma``), lower case: the lexicon entry that matched
    the trigger's head word, without the particle or preposition that follows it ("call for" -> "call"; "test-fire",
    "cease-fire" whole), which also mends the lemmatizer's slips ("staged" is "stag" to it, "stage" in the lexicon);
    else (an entry made by rule, such as a demand "X said Y must step up" under "say ... must") the head word's own
    lemma ("step"). The head word of "held talks" is the light verb: "hold"."""
    lemma, word = str(token.lemma_).lower(), str(token.lower_)
    key = trigger.lemma.split(" ", 1)[0]
    if key and (key == lemma or key.endswith(f"-{lemma}") or word in _inflections(key)):
        return key
    return lemma or None


def _inflections(key: str) -> frozenset[str]:
    """The regular inflections of a verb or noun: "stage" -> stages, staged, staging; "stop" -> stopped, "deny" ->
    denied."""
    forms = {key + ending for ending in ("s", "es", "d", "ed", "ing")}
    forms |= {key[:-1] + ending for ending in ("ing", "ied", "ies") if len(key) > 2}
    forms |= {key + key[-1] + ending for ending in ("ed", "ing") if key}
    return frozenset(forms)


def lemma_candidates(word: str) -> frozenset[str]:
    """The lemmas a word a user typed may be a form of, itself among them ("accused" -> accuse, "denied" -> deny,
    "stopped" -> stop, "talks" -> talk): the inverse of the inflections above, so a query by "accused" finds the
    events stored under "accuse". Over-generous on purpose: only stored lemmas are ever matched against them."""
    word = word.strip().lower()
    found = {word}
    for ending in ("ing", "ed", "es", "s", "d"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            found |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "stopped" -> stop
    if word.endswith(("ied", "ies")):
        found.add(word[:-3] + "y")  # "denied" -> deny
    return frozenset(found)


def _in_order(slots: tuple[Slot, ...], tokens: list[Any]) -> bool:
    """Every slot matches somewhere after the previous one (gaps allowed)."""
    position = 0
    for slot in slots:
        found = _find_slot(slot, tokens, position)
        if found is None:
            return False
        position = found
    return True


def _find_slot(slot: Slot, tokens: list[Any], start: int) -> int | None:
    """The position just after the first match of any alternative at or after ``start``."""
    for i in range(start, len(tokens)):
        for alternative in slot:
            end = i + len(alternative)
            if end <= len(tokens) and all(_word_matches(w, t) for w, t in zip(alternative, tokens[i:end], strict=True)):
                return end
    return None


def _word_matches(word: str, token: Any) -> bool:
    if word.endswith("*") and len(word) > 1:
        return bool(token.lower_.startswith(word[:-1]))
    return bool(word == token.lower_ or word == token.lemma_.lower())


@functools.cache
def load_triggers(path: str | None = None) -> TriggerLexicon:
    """The bundled lexicon, or a user's file in the same format."""
    if path is not None:
        return parse_triggers(Path(path).read_text(encoding="utf-8"), path)
    text = resources.files("eventwire").joinpath("data/event_triggers.tsv").read_text(encoding="utf-8")
    return parse_triggers(text, "event_triggers.tsv")
