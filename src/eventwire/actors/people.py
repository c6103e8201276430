"""Well-known political actors that news names without a title ("Putin said...").

``load_people()`` reads the packaged ``data/people.tsv`` once per process;
``load_people_file(path)`` reads a user's dictionary in the same format. Both return a
``PeopleIndex`` whose ``lookup(name, year)`` matches a full name or alias exactly (case,
whitespace, apostrophe, hyphen and accent differences aside) and, when the person held
several roles, picks the role held in ``year``.

File format: ``#`` comment lines, then the header row
``name	aliases	country	sector	role	start	end``. ``aliases`` are |-separated;
``country`` is an ISO-3166 alpha-3 code, empty for officials of international
organisations; ``start``/``end`` are years, ``end`` empty while the role is held.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from os import PathLike
from pathlib import Path

from eventwire.actors.spelling import OneEditIndex
from eventwire.model import ActorRef

COLUMNS: tuple[str, ...] = ("name", "aliases", "country", "sector", "role", "start", "end")

#: Sector codes a person row may carry (CAMEO-style, as in sectors.tsv, plus IGO and PTY).
SECTORS: frozenset[str] = frozenset(
    {
        "GOV", "MIL", "REB", "OPP", "IGO", "NGO", "MED", "BUS", "CVL", "COP", "JUD", "LEG", "PTY",
        "REL", "EDU", "HLH", "REF", "SPY",
    }
)  # fmt: skip

_COUNTRY_RE = re.compile(r"[A-Z]{3}")
_YEAR_RE = re.compile(r"\d{4}")
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʻ`´′"})
_DASHES_RE = re.compile(r"[-‐‑‒–—]")


@dataclass(frozen=True)
class KnownPerson:
    """One role of one person: who, for which country and sector, and when."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    role: str
    start: int | None
    end: int | None
    since: dt.date | None = None  # day-precise bounds (user dictionaries); the years above stay coarse
    until: dt.date | None = None

    def holds(self, when: int | dt.date) -> bool:
        """Whether the role was held in year ``when`` or on day ``when`` (open ends are unbounded)."""
        if isinstance(when, dt.date):
            first, last = self.first_day, self.last_day
            return (first is None or first <= when) and (last is None or when <= last)
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    @property
    def first_day(self) -> dt.date | None:
        return self.since or (dt.date(self.start, 1, 1) if self.start is not None else None)

    @property
    def last_day(self) -> dt.date | None:
        return self.until or (dt.date(self.end, 12, 31) if self.end is not None else None)

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None


def normalise_name(name: str) -> str:
    """The matching key of a name: case, accents, apostrophes, hyphens, dots and spacing folded.

    "Kim Jong-un", "KIM JONG UN" and "Kim  Jong Un" share a key; so do "Recep Tayyip Erdoğan"
    and "Recep Tayyip Erdogan", and "George W. Bush" and "George W Bush".
    """
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DASHES_RE.sub(" ", text).replace(".", " ")
    return " ".join(text.casefold().split())


def _latest_key(person: KnownPerson) -> tuple[float, float]:
    first, last = person.first_day, person.last_day
    start = -math.inf if first is None else float(first.toordinal())
    end = math.inf if last is None else float(last.toordinal())
    return start, end


def _current_key(person: KnownPerson) -> tuple[float, bool]:
    """The most recently started role first; a dated role before an undated default."""
    return _latest_key(person)[0], person.bounded


#: A misspelt full name is read as a dictionary name only when this long (two words, a typo in one).
MIN_MISSPELT = 12
#: The last word of an alias is read as a surname of its own only when this long ("Qaddafi", not "Omar").
_ALIAS_SURNAME = 5
#: A bare surname is looked up only when this long: shorter ones ("Li", "Kim") are shared by too many people.
_MIN_SURNAME = 4


def _surname_key(surname: str) -> str | None:
    """The normalised form of a bare surname, or None for a short one or more than one word."""
    key = normalise_name(surname)
    return None if len(key) < _MIN_SURNAME or " " in key else key


@dataclass(frozen=True)
class PeopleIndex:
    """Every person row, indexed by the normalised forms of names and aliases."""

    people: tuple[KnownPerson, ...]
    by_key: dict[str, tuple[KnownPerson, ...]]
    #: last word of each normalised name -> the (country, sector) pairs of the people who bear it
    by_last_name: dict[str, frozenset[tuple[str | None, str | None]]] = field(default_factory=dict)
    #: the long normalised names of two words or more, for reading a typo in one (see ``lookup_misspelt``)
    long_names: OneEditIndex = field(default_factory=lambda: OneEditIndex(()))
    #: last word of each normalised name (or of a longer alias's other spelling) -> the names of its bearers
    bearers: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, people: Iterable[KnownPerson]) -> PeopleIndex:
        rows = tuple(people)
        index: dict[str, list[KnownPerson]] = {}
        for person in rows:
            keys = dict.fromkeys(normalise_name(form) for form in (person.name, *person.aliases))
            for key in keys:
                if key:
                    index.setdefault(key, []).append(person)
        last: dict[str, set[tuple[str | None, str | None]]] = {}
        bearers: dict[str, dict[str, None]] = {}
        for person in rows:
            words = normalise_name(person.name).split()
            if words:
                last.setdefault(words[-1], set()).add((person.country, person.sector))
                bearers.setdefault(words[-1], {})[person.name] = None
            for alias in person.aliases:  # "Muammar Qaddafi", "Moamer Kadhafi": "Qaddafi said" is Gaddafi too
                alias_words = normalise_name(alias).split()
                other = alias_words[-1] if len(alias_words) > 1 else ""
                if len(other) >= _ALIAS_SURNAME and other not in words[-1:]:
                    last.setdefault(other, set()).add((person.country, person.sector))
                    bearers.setdefault(other, {})[person.name] = None
        return cls(
            people=rows,
            by_key={k: tuple(v) for k, v in index.items()},
            by_last_name={k: frozenset(v) for k, v in last.items()},
            long_names=OneEditIndex(k for k in index if len(k) >= MIN_MISSPELT - 1 and " " in k),
            bearers={k: tuple(v) for k, v in bearers.items()},
        )

    def __len__(self) -> int:
        return len(self.people)

    def by_surname(
        self, surname: str, year: int | dt.date | None = None, country_alone: bool = False
    ) -> ActorRef | None:
        """A bare surname ("Putin") when every dictionary person of that surname shares one country
        and sector; the name stays the surname, since which person is meant is not known. One person of
        several roles ("Musharraf": army chief, then president) is in the role of ``year`` (the latest without
        one), as a full name is; with ``country_alone`` (a name the parser tagged as a person's), several people
        of one country ("Sharif") give the country alone."""
        key = _surname_key(surname)
        if key is None:
            return None
        found = self.by_last_name.get(key, frozenset())
        if len(found) == 1:
            ((country, sector),) = found
            return ActorRef(surname, country, sector, "person")
        names = self.bearers.get(key, ())
        known = self.lookup(names[0], year) if len(names) == 1 else None
        if known is not None:
            actor = self.to_actor(known)
            return ActorRef(surname, actor.country, actor.sector, "person", org_sector=actor.org_sector)
        countries = {country for country, _ in found}
        if country_alone and len(countries) == 1 and None not in countries:
            return ActorRef(surname, countries.pop(), None, "person")
        return None

    def surname_country(self, surname: str) -> str | None:
        """The country of a bare surname when every dictionary person of that surname shares it."""
        key = _surname_key(surname)
        if key is None:
            return None
        found = {country for country, _ in self.by_last_name.get(key, ())}
        return found.pop() if len(found) == 1 else None

    def candidates(self, name: str) -> tuple[KnownPerson, ...]:
        """Every row whose name or alias matches ``name``, in file order."""
        return self.by_key.get(normalise_name(name), ())

    def lookup(self, name: str, year: int | dt.date | None = None) -> KnownPerson | None:
        """The person a full name or alias denotes, in the role held in ``year`` (a year or a day).

        Among the matching rows, the ones whose [start, end] contains ``year`` win, the
        most recently started first (a new role usually supersedes the old one in its first
        year); with no ``year`` or no row covering it, the latest role is returned.
        """
        rows = self.candidates(name)
        if not rows:
            return None
        if year is not None:
            current = [p for p in rows if p.holds(year)]
            if current:
                return max(current, key=_current_key)
        return max(rows, key=_latest_key)

    def lookup_misspelt(self, name: str, year: int | dt.date | None = None) -> KnownPerson | None:
        """The person a full name one typo from one long dictionary name denotes ("Juvenal Habyariman"): a
        name of two words or more and at least ``MIN_MISSPELT`` letters, starting with the same letter."""
        key = normalise_name(name)
        if len(key) < MIN_MISSPELT or " " not in key or key in self.by_key:
            return None
        found = self.long_names.nearest(key)
        return self.lookup(found, year) if found is not None else None

    @staticmethod
    def to_actor(person: KnownPerson) -> ActorRef:
        """The actor a person resolves to: canonical name, country and sector; the dictionary's
        international officials all head or run an organisation, which PLOVER codes GOV inside it."""
        org_sector = "GOV" if person.sector in ("IGO", "NGO") else None
        return ActorRef(person.name, person.country, person.sector, "person", org_sector=org_sector)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _year(cell: str, column: str, where: str) -> int | None:
    cell = cell.strip()
    if not cell:
        return None
    if not _YEAR_RE.fullmatch(cell):
        raise ValueError(f"{where}: bad {column} year {cell!r} (expected four digits or empty)")
    return int(cell)


def _parse_row(cells: list[str], where: str) -> KnownPerson:
    if len(cells) > len(COLUMNS):
        raise ValueError(f"{where}: {len(cells)} columns, expected at most {len(COLUMNS)}")
    cells = [c.strip() for c in cells] + [""] * (len(COLUMNS) - len(cells))
    row = dict(zip(COLUMNS, cells, strict=True))
    if not row["name"]:
        raise ValueError(f"{where}: missing name")
    sector = row["sector"]
    if sector not in SECTORS:
        raise ValueError(f"{where}: unknown sector code {sector!r} (allowed: {', '.join(sorted(SECTORS))})")
    country = row["country"] or None
    if country is not None and not _COUNTRY_RE.fullmatch(country):
        raise ValueError(f"{where}: bad country code {country!r} (expected ISO-3166 alpha-3 or empty)")
    start = _year(row["start"], "start", where)
    end = _year(row["end"], "end", where)
    if start is not None and end is not None and start > end:
        raise ValueError(f"{where}: start {start} is after end {end}")
    return KnownPerson(
        name=row["name"],
        aliases=_split(row["aliases"]),
        country=country,
        sector=sector,
        role=row["role"],
        start=start,
        end=end,
    )


def parse_people(text: str, source: str = "people.tsv") -> tuple[KnownPerson, ...]:
    """The rows of a people TSV text; ``ValueError`` names ``source`` and the line of a bad row."""
    people: list[KnownPerson] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\r\n").split("\t")
        where = f"{source} line {lineno}"
        if not header_seen:
            if tuple(c.strip() for c in cells) != COLUMNS:
                raise ValueError(f"{where}: expected the header row {'<TAB>'.join(COLUMNS)!r}")
            header_seen = True
            continue
        people.append(_parse_row(cells, where))
    if not header_seen:
        raise ValueError(f"{source}: no header row")
    return tuple(people)


def load_people_file(path: str | PathLike[str]) -> PeopleIndex:
    """A user's people dictionary in the packaged format (see the module docstring)."""
    file = Path(path)
    return PeopleIndex.build(parse_people(file.read_text(encoding="utf-8"), source=str(file)))


@functools.cache
def load_people() -> PeopleIndex:
    """The packaged dictionary of well-known political actors, read once per process."""
    text = resources.files("eventwire").joinpath("data").joinpath("people.tsv").read_text(encoding="utf-8")
    return PeopleIndex.build(parse_people(text))
