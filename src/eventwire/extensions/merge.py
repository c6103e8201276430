"""User dictionaries merged over the built-in ones (the user's entry wins where both name a thing)."""

from __future__ import annotations

import functools
import hashlib
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.actors.lexicon import CountryEntry, GroupEntry, Lexicon, SectorTerm
from eventwire.actors.people import KnownPerson, PeopleIndex, normalise_name
from eventwire.errors import InputError
from eventwire.events.triggers import Trigger, TriggerLexicon
from eventwire.extensions.entries import ActorEntry, Dictionary, Problem
from eventwire.extensions.tsv import kind_of_header, parse_tsv

#: Paths of dictionaries to use when none are given, separated like PATH (":" on POSIX).
ENV_VAR = "EVENTWIRE_DICTIONARIES"
_PETRARCH_KINDS = ("actors", "agents", "verbs", "discards", "issues")


def dictionaries_from_env() -> tuple[str, ...]:
    """The paths in ``EVENTWIRE_DICTIONARIES``, empty when unset."""
    value = os.environ.get(ENV_VAR, "")
    return tuple(p for p in value.split(os.pathsep) if p.strip())


def resolve_paths(paths: Iterable[str | os.PathLike[str]] | None) -> tuple[str, ...]:
    """The dictionaries to use: the ones given, else the environment's; folders give their files."""
    chosen = dictionaries_from_env() if paths is None else tuple(os.fspath(p) for p in paths)
    out: list[str] = []
    for path in chosen:
        folder = Path(path)
        if folder.is_dir():
            out += sorted(str(f) for f in folder.iterdir() if f.is_file() and not f.name.startswith("."))
        else:
            out.append(path)
    return tuple(out)


def petrarch_kind(path: Path) -> str | None:
    """ "actors", "agents", "verbs" (or the unsupported "discards", "issues") for a PETRARCH file, by its name."""
    name = path.name.lower()
    suffix = path.suffix.lower().lstrip(".")
    if suffix in _PETRARCH_KINDS:
        return suffix
    return next((kind for kind in _PETRARCH_KINDS if kind in name), None)


def read_dictionary(path: str | os.PathLike[str]) -> Dictionary:
    """One dictionary file in our format or PETRARCH's; InputError when it cannot be read at all."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"dictionary {file}: {exc.strerror or exc}") from None
    first = next((ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), "")
    if kind_of_header(first.split("\t")) is not None:
        return parse_tsv(text, str(file))
    kind = petrarch_kind(file)
    if kind is None:
        raise InputError(
            f"dictionary {file}: neither an eventwire TSV header nor a PETRARCH .actors/.agents/.verbs file"
        )
    from eventwire.extensions import petrarch

    return petrarch.parse(text, kind, str(file))


@dataclass(frozen=True)
class Extensions:
    """Every user dictionary of a run, and the merged lexicons the pipeline uses."""

    dictionaries: tuple[Dictionary, ...]
    fingerprint: str  # hash of the files' contents: a run with other dictionaries is another version

    @property
    def actors(self) -> list[ActorEntry]:
        return [a for d in self.dictionaries for a in d.actors]

    @property
    def sectors(self) -> list[SectorTerm]:
        return [s for d in self.dictionaries for s in d.sectors]

    @property
    def triggers(self) -> list[Trigger]:
        return [t for d in self.dictionaries for t in d.triggers]

    @property
    def problems(self) -> list[Problem]:
        return [p for d in self.dictionaries for p in d.problems]

    def lexicon(self, base: Lexicon) -> Lexicon:
        """The built-in lexicon with the user's undated actors and sector terms over it."""
        lexical, personal = _split_actors(self.actors)
        countries = [_country_entry(a) for a in lexical if a.sector is None]
        groups = [_group_entry(a) for a in lexical if a.sector is not None]
        hidden = [form for a in personal for form in (a.name, *a.aliases)]
        return base.extended(countries, groups, self.sectors, hidden)

    def people(self, base: PeopleIndex) -> PeopleIndex:
        """The built-in people with the user's people and dated roles first; a name the user gives
        replaces every built-in person of that name."""
        user = [_known_person(a) for a in _split_actors(self.actors)[1]]
        keys = {normalise_name(form) for a in self.actors for form in (a.name, *a.aliases)}
        kept = [p for p in base.people if not keys & {normalise_name(f) for f in (p.name, *p.aliases)}]
        return PeopleIndex.build([*user, *kept])

    def triggers_over(self, base: TriggerLexicon) -> TriggerLexicon:
        """The user's verb patterns tried before the built-in triggers of the same word."""
        user_verbs = _by_lemma(t for t in self.triggers if t.pos == "V")
        user_nouns = _by_lemma(t for t in self.triggers if t.pos == "N")
        return TriggerLexicon(_merged(user_verbs, base.verbs), _merged(user_nouns, base.nouns))


def _split_actors(actors: list[ActorEntry]) -> tuple[list[ActorEntry], list[ActorEntry]]:
    """(lexicon entries, people-index entries): people and every row of a name with dated roles go
    to the people index, which picks the role of the article's date; the rest to the lexicon, where
    a later entry of a name replaces an earlier one (a later file overrides)."""
    personal_names = {a.name for a in actors if a.dated or a.kind == "person"}
    by_name: dict[str, ActorEntry] = {}
    for actor in actors:
        if actor.name not in personal_names:
            by_name[actor.name] = actor
    return list(by_name.values()), [a for a in actors if a.name in personal_names]


def _country_entry(actor: ActorEntry) -> CountryEntry:
    # No coordinates: only the built-in gazetteer places things on the map.
    return CountryEntry(actor.country or "", actor.name, actor.aliases, (), (), (), (), math.nan, math.nan)


def _group_entry(actor: ActorEntry) -> GroupEntry:
    return GroupEntry(actor.name, actor.aliases, actor.country, actor.sector or "")


def _known_person(actor: ActorEntry) -> KnownPerson:
    return KnownPerson(
        name=actor.name,
        aliases=actor.aliases,
        country=actor.country,
        sector=actor.sector,
        role="",
        start=actor.start.year if actor.start else None,
        end=actor.end.year if actor.end else None,
        since=actor.start,
        until=actor.end,
    )


def _by_lemma(triggers: Iterable[Trigger]) -> dict[str, list[Trigger]]:
    table: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        table.setdefault(trigger.lemma, []).append(trigger)
    return table


def _specificity(trigger: Trigger) -> tuple[int, bool]:
    """Patterns with more required words first, then object-constrained ones, catch-alls last."""
    words = sum(max(len(alt) for alt in slot) for slot in (*trigger.before, *trigger.after))
    return -words, not trigger.needs_object and not trigger.excluded


def _merged(user: dict[str, list[Trigger]], base: dict[str, tuple[Trigger, ...]]) -> dict[str, tuple[Trigger, ...]]:
    merged = dict(base)
    for lemma, triggers in user.items():
        merged[lemma] = tuple(sorted(triggers, key=_specificity)) + base.get(lemma, ())
    return merged


def _signature(paths: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Path and content hash of each file: the cache key, so an edited file is read again."""
    out = []
    for path in paths:
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"dictionary {path}: {exc.strerror or exc}") from None
        out.append((path, hashlib.sha256(content).hexdigest()))
    return tuple(out)


def load_extensions(paths: Iterable[str | os.PathLike[str]] | None = None) -> Extensions | None:
    """The user dictionaries to use (``paths``, else ``EVENTWIRE_DICTIONARIES``); None when there are none."""
    resolved = resolve_paths(paths)
    if not resolved:
        return None
    return _load(_signature(resolved))


@functools.lru_cache(maxsize=8)
def _load(signature: tuple[tuple[str, str], ...]) -> Extensions:
    digest = hashlib.sha256("".join(h for _, h in signature).encode())
    return Extensions(tuple(read_dictionary(path) for path, _ in signature), digest.hexdigest()[:12])
