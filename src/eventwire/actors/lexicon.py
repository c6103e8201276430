"""Actor dictionaries loaded from the TSV files in ``eventwire/data``.

``load_lexicon()`` reads countries, international organisations, sector words and
news outlets once per process and indexes every surface form news uses for them.
``surface_regex()`` compiles all country, IGO and media surface forms into one
alternation for scanning a text in a single pass.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal, TypeVar

CountryRole = Literal["name", "adjective", "demonym", "capital", "metonym"]
SectorKind = Literal["title", "group", "equipment"]
_V = TypeVar("_V")

# Lower-cased forms of these are everyday English words ("turkey", "chad", "polish"),
# so only their exact-case spelling is indexed.
_COMMON_WORDS = frozenset(
    {
        "turkey", "chad", "china", "jordan", "guinea", "georgia", "male", "victoria", "polish",
        "pole", "poles", "swede", "swedes", "danish", "dane", "danes", "afghan", "afghans",
        "french", "swiss", "kiwis", "pentagon", "white house", "number 10", "amnesty",
        "general assembly", "security council", "red cross", "capitol", "the capitol",
        "emirates", "commonwealth", "the commonwealth", "holland", "lima", "kingston",
        "planalto", "miraflores", "langley", "westminster", "whitehall", "papal", "vatican",
        "dutch", "persian", "turk", "panama", "india", "the white house",
    }
)  # fmt: skip

# Names that contain a country form but are not that country ("Latin America", "New Mexico").
# The scanner matches them (longest match wins) so the embedded form is not reported;
# lookups return nothing for them.
NON_ACTOR_SURFACES: tuple[str, ...] = (
    "Latin America", "South America", "North America", "Central America",
    "Latin American", "South American", "North American", "Central American",
    "Latin Americans", "South Americans", "North Americans", "Central Americans",
    "African American", "African Americans", "Native American", "Native Americans",
    "American Indian", "American Indians", "American Samoa", "Indian Ocean", "New Guinea",
    "Northern Ireland", "New Mexico", "New Mexican", "Gulf of Mexico", "British Columbia",
    "Washington State", "Washington state", "Congo River", "Korean Peninsula",
    "Korean peninsula", "Gulf of Guinea", "Sea of Japan", "South China Sea", "East China Sea",
)  # fmt: skip


@dataclass(frozen=True)
class CountryEntry:
    """A country or territory and every way news names it."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[str, ...]
    lat: float
    lon: float

    def surfaces(self) -> Iterator[tuple[str, CountryRole]]:
        """Every surface form with its role; earlier roles win when a form repeats."""
        yield self.name, "name"
        yield from ((a, "name") for a in self.aliases)
        yield from ((a, "adjective") for a in self.adjectives)
        yield from ((d, "demonym") for d in self.demonyms)
        yield from ((c, "capital") for c in self.capitals)
        yield from ((m, "metonym") for m in self.metonyms)


@dataclass(frozen=True)
class IgoEntry:
    """An international organisation (or organ of one) or an international NGO."""

    code: str
    name: str
    aliases: tuple[str, ...]
    sector: str  # IGO or NGO
    org_sector: str | None = None  # the organ's role inside the organisation ("Security Council": GOV)


@dataclass(frozen=True)
class SectorTerm:
    """A role, title or group word and the sector it signals."""

    term: str
    sector: str
    kind: SectorKind


@dataclass(frozen=True)
class GroupEntry:
    """A named armed group, security body, party or company, with its country (None when transnational)."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    # "organisation" for a named body; "group" for a people (peoples.tsv: "Tamils", "Yoruba")
    kind: str = "organisation"


@dataclass(frozen=True)
class MediaEntry:
    """A news outlet and the country it is based in."""

    name: str
    country: str


@dataclass(frozen=True)
class Lexicon:
    """All actor dictionaries with their lookup indexes."""

    countries: tuple[CountryEntry, ...]
    igos: tuple[IgoEntry, ...]
    sectors: tuple[SectorTerm, ...]
    media: tuple[MediaEntry, ...]
    country_by_iso3: dict[str, CountryEntry]
    country_by_surface: dict[str, tuple[CountryEntry, CountryRole]]
    igo_by_surface: dict[str, IgoEntry]
    sector_by_term: dict[str, SectorTerm]
    media_by_name: dict[str, MediaEntry]
    groups: tuple[GroupEntry, ...] = ()
    group_by_surface: dict[str, GroupEntry] = field(default_factory=dict)

    def group(self, surface: str) -> GroupEntry | None:
        """The named group a surface form names, trying the exact form then its normalised form."""
        return self.group_by_surface.get(surface) or self.group_by_surface.get(_normalise(surface))

    def country(self, surface: str) -> tuple[CountryEntry, CountryRole] | None:
        """The country a surface form names, trying the exact form then its normalised form."""
        return self.country_by_surface.get(surface) or self.country_by_surface.get(_normalise(surface))

    def igo(self, surface: str) -> IgoEntry | None:
        """The organisation a surface form names, trying the exact form then its normalised form."""
        return self.igo_by_surface.get(surface) or self.igo_by_surface.get(_normalise(surface))

    def sector(self, term: str) -> SectorTerm | None:
        """The sector term for a word or phrase, in any case."""
        return self.sector_by_term.get(" ".join(term.lower().split()))

    def surface_regex(self) -> re.Pattern[str]:
        """The scanning alternation over this lexicon's country, IGO and media forms."""
        forms = {
            *self.country_by_surface,
            *self.igo_by_surface,
            *self.media_by_name,
            *self.group_by_surface,
            *NON_ACTOR_SURFACES,
        }
        return compile_surfaces(frozenset(forms))

    def extended(
        self,
        countries: Iterable[CountryEntry] = (),
        groups: Iterable[GroupEntry] = (),
        sectors: Iterable[SectorTerm] = (),
        hidden: Iterable[str] = (),
    ) -> Lexicon:
        """This lexicon with a user's entries added: their surface forms and terms win over the
        existing ones, and the ``hidden`` forms (names the user gave elsewhere) are dropped."""
        new_countries, new_groups = tuple(countries), tuple(groups)
        country_index, group_index = _index_countries(new_countries), _index_groups(new_groups)
        taken = {*country_index, *group_index, *(v for form in hidden for v in _variants(form))}

        def keep(index: dict[str, _V]) -> dict[str, _V]:
            return {form: value for form, value in index.items() if form not in taken}

        new_sectors = tuple(sectors)
        return dataclasses.replace(
            self,
            countries=self.countries + new_countries,
            groups=self.groups + new_groups,
            sectors=self.sectors + new_sectors,
            # the first entry of a code names it ("Israel" before "Israeli")
            country_by_iso3={**self.country_by_iso3, **{c.iso3: c for c in reversed(new_countries)}},
            country_by_surface={**keep(self.country_by_surface), **country_index},
            igo_by_surface=keep(self.igo_by_surface),
            group_by_surface={**keep(self.group_by_surface), **group_index},
            media_by_name=keep(self.media_by_name),
            sector_by_term={**self.sector_by_term, **{s.term: s for s in new_sectors}},
        )


def _normalise(surface: str) -> str:
    """Straight apostrophes and single spaces, so a form found in text meets the index."""
    return " ".join(surface.replace("’", "'").split())


def _variants(surface: str) -> Iterator[str]:
    """The form itself, its curly-apostrophe twin and, where safe, its lower-case form."""
    yield surface
    if "'" in surface:
        yield surface.replace("'", "’")
    lower = surface.lower()
    # an acronym's lower-case form is a word part more often than the name ("ocha" in "Chan-ocha")
    if len(surface) > 3 and lower != surface and lower not in _COMMON_WORDS and not surface.isupper():
        yield lower


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def read_rows(filename: str) -> list[dict[str, str]]:
    """The data rows of a packaged TSV file as dicts keyed by the header row."""
    text = resources.files("eventwire").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))  # trailing empty cells may be trimmed by editors
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


def _load_countries() -> tuple[CountryEntry, ...]:
    return tuple(
        CountryEntry(
            iso3=r["iso3"],
            name=r["name"],
            aliases=_split(r["aliases"]),
            adjectives=_split(r["adjectives"]),
            demonyms=_split(r["demonyms"]),
            capitals=_split(r["capitals"]),
            metonyms=_split(r["metonyms"]),
            lat=float(r["lat"]),
            lon=float(r["lon"]),
        )
        for r in read_rows("countries.tsv")
    )


def _load_igos() -> tuple[IgoEntry, ...]:
    return tuple(
        IgoEntry(
            code=r["code"],
            name=r["name"],
            aliases=_split(r["aliases"]),
            sector=r["sector"],
            org_sector=r.get("org_sector", "").strip() or None,
        )
        for r in read_rows("igos.tsv")
    )


def _load_sectors() -> tuple[SectorTerm, ...]:
    terms = []
    for r in read_rows("sectors.tsv"):
        kind: SectorKind = "title" if r["kind"] == "title" else "equipment" if r["kind"] == "equipment" else "group"
        terms.append(SectorTerm(term=r["term"].lower(), sector=r["sector"], kind=kind))
    return tuple(terms)


def _load_media() -> tuple[MediaEntry, ...]:
    return tuple(MediaEntry(name=r["name"], country=r["country"]) for r in read_rows("media.tsv"))


def _index_countries(
    countries: tuple[CountryEntry, ...],
) -> dict[str, tuple[CountryEntry, CountryRole]]:
    """Exact forms first for every country, then lower-case forms, so case variants never shadow."""
    index: dict[str, tuple[CountryEntry, CountryRole]] = {}
    for exact_pass in (True, False):
        for entry in countries:
            for surface, role in entry.surfaces():
                for form in _variants(surface):
                    if (form == surface or "’" in form) == exact_pass:
                        index.setdefault(form, (entry, role))
    return index


def _load_groups() -> tuple[GroupEntry, ...]:
    return tuple(
        GroupEntry(r["name"], _split(r["aliases"]), r["country"] or None, r["sector"]) for r in read_rows("groups.tsv")
    )


def _load_companies() -> tuple[GroupEntry, ...]:
    """Well-known companies, as business bodies of their home country ("Siemens" -> DEU BUS)."""
    return tuple(
        GroupEntry(r["name"], _split(r["aliases"]), r["country"] or None, r["sector"])
        for r in read_rows("companies.tsv")
    )


def _load_peoples() -> tuple[GroupEntry, ...]:
    """Ethnic and communal peoples, as groups of civilians of the country they are coded by (none for a
    people spread over several: their context decides)."""
    return tuple(
        GroupEntry(r["name"], _split(r["aliases"]), r["country"] or None, "CVL", kind="group")
        for r in read_rows("peoples.tsv")
    )


def _index_groups(groups: tuple[GroupEntry, ...]) -> dict[str, GroupEntry]:
    index: dict[str, GroupEntry] = {}
    for entry in groups:
        for surface in (entry.name, *entry.aliases):
            for form in _variants(surface):
                index.setdefault(form, entry)
    return index


def _index_igos(igos: tuple[IgoEntry, ...]) -> dict[str, IgoEntry]:
    index: dict[str, IgoEntry] = {}
    for entry in igos:
        for surface in (entry.name, *entry.aliases):
            for form in _variants(surface):
                index.setdefault(form, entry)
    for form, entry in list(index.items()):
        index.setdefault(_organ_in_lower_case(form, index), entry)
    return index


def _organ_in_lower_case(form: str, index: dict[str, IgoEntry]) -> str:
    """An organ's name with the words after its organisation's in lower case, as news often writes it
    ("United Nations security council", "U.N. human rights council"); the form itself when no other
    organisation's name opens it, or the organ's name is longer or says where ("... Mission in Liberia")."""
    words = form.split()
    for cut in range(len(words) - 1, 0, -1):
        owner, organ = " ".join(words[:cut]), words[cut:]
        if owner in index and index[owner] is not index.get(form):
            if len(organ) > _MAX_ORGAN_WORDS or _ORGAN_LINKS.intersection(w.lower() for w in organ):
                return form
            return " ".join([owner, *(w.lower() for w in organ)])
    return form


#: The longest organ name read in lower case, and the words that make one a longer title (a mission's place).
_MAX_ORGAN_WORDS = 3
_ORGAN_LINKS = frozenset({"in", "of", "for", "to", "on"})


@functools.cache
def load_lexicon() -> Lexicon:
    """Read every actor dictionary once per process."""
    countries = _load_countries()
    igos = _load_igos()
    sectors = _load_sectors()
    media = _load_media()
    return Lexicon(
        countries=countries,
        igos=igos,
        sectors=sectors,
        media=media,
        country_by_iso3={c.iso3: c for c in countries},
        country_by_surface=_index_countries(countries),
        igo_by_surface=_index_igos(igos),
        sector_by_term={s.term: s for s in sectors},
        media_by_name={m.name: m for m in media},
        # named bodies first, so a people's name never shadows one ("Tamil Tigers" stays the LTTE)
        groups=(groups := _load_groups() + _load_companies() + _load_peoples()),
        group_by_surface=_index_groups(groups),
    )


_Trie = dict[str, "_Trie"]
_END = ""  # trie key marking that a surface form ends at this node


def _trie_pattern(node: _Trie) -> str:
    """A regex for a character trie; spaces match any whitespace run, longer continuations first."""
    branches = []
    for char in sorted(k for k in node if k != _END):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _trie_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # Greedy optional: try the longer form first, fall back to ending here.
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


@functools.cache
def compile_surfaces(forms: frozenset[str]) -> re.Pattern[str]:
    """Every form merged into a character trie, so matching does not try thousands of
    alternatives at each position; the greedy trie prefers the longest form ("North Korea"
    over "North", "U.S.A." over "U.S."). The lookarounds stop matches inside words
    ("Oman" in "Romania") while letting a possessive "’s"/"'s" follow unmatched.
    """
    root: _Trie = {}
    for form in forms:
        node = root
        for char in " ".join(form.split()):
            node = node.setdefault(char, {})
        node[_END] = {}
    return re.compile(rf"(?<![\w.]){_trie_pattern(root)}(?!\w)")


def surface_regex() -> re.Pattern[str]:
    """One case-sensitive alternation that finds every country, IGO and media surface form."""
    return load_lexicon().surface_regex()
