"""eventwire's own dictionary format: tab-separated files whose header row says what they hold.

Three kinds (docs/extensions.md has the details and examples):

* actors: ``name  aliases  country  sector  kind  start  end``
* sector terms: ``term  sector  kind`` (the format of the built-in ``sectors.tsv``)
* verb patterns: ``trigger  pos  objects  type  mode  cameo  [before  after  target]`` (the format of the
  built-in ``event_triggers.tsv``; ``type`` may be left empty when ``cameo`` gives it)

``#`` lines are comments. A bad row is reported and skipped; the rest of the file is used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from eventwire.actors.lexicon import SectorKind, SectorTerm
from eventwire.events.triggers import NO_EVENT, Trigger, format_slots, row_to_trigger
from eventwire.extensions.cameo import plover_of, why_not
from eventwire.extensions.entries import ACTOR_KINDS, ActorEntry, Dictionary

ACTOR_COLUMNS = ("name", "aliases", "country", "sector", "kind", "start", "end")
SECTOR_COLUMNS = ("term", "sector", "kind")
TRIGGER_COLUMNS = ("trigger", "pos", "objects", "type", "mode", "cameo", "before", "after", "target")
_REQUIRED_TRIGGER_COLUMNS = TRIGGER_COLUMNS[:6]

_COUNTRY = re.compile(r"[A-Z]{3}")
_SECTOR = re.compile(r"[A-Z0-9]{2,}")
_DAY = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2}))?")


def kind_of_header(cells: list[str]) -> str | None:
    """Which of the three kinds a header row introduces, or None."""
    names = tuple(c.strip().lower() for c in cells)
    if names[:4] == ACTOR_COLUMNS[:4]:
        return "actors"  # the people.tsv header (with "role" for "kind") is read as actors too
    if names[:2] == SECTOR_COLUMNS[:2]:
        return "sectors"
    if names[:6] == _REQUIRED_TRIGGER_COLUMNS:
        return "triggers"
    return None


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line.rstrip("\r\n")


def parse_tsv(text: str, source: str) -> Dictionary:
    """Read one file of our format; a file whose first row is no known header is one problem."""
    found = Dictionary(source=source, format="eventwire")
    lines = list(_content_lines(text))
    if not lines:
        return found
    header_line, header = lines[0]
    cells = header.split("\t")
    kind = kind_of_header(cells)
    found.lines = len(lines)
    if kind is None:
        found.problem(header_line, header, "unknown header row (see docs/extensions.md for the three formats)")
        return found
    found.structural = 1
    columns = [c.strip().lower() for c in cells]
    for number, line in lines[1:]:
        row = dict(zip(columns, (c.strip() for c in line.split("\t")), strict=False))
        try:
            if kind == "actors":
                found.actors.append(actor_from_row(row))
            elif kind == "sectors":
                found.sectors.append(sector_from_row(row))
            else:
                found.triggers.append(trigger_from_row(row, f"{source}:{number}"))
        except ValueError as exc:
            found.problem(number, line, str(exc))
            continue
        found.converted += 1
    return found


def _day(cell: str, end: bool) -> dt.date | None:
    """ "2014" is 1 January (a start) or 31 December (an end); "2014-03-09" is that day."""
    if not cell:
        return None
    match = _DAY.fullmatch(cell)
    if match is None:
        raise ValueError(f"bad date {cell!r} (expected YYYY or YYYY-MM-DD)")
    year, month, day = match.groups()
    if month is None:
        return dt.date(int(year), 12, 31) if end else dt.date(int(year), 1, 1)
    return dt.date(int(year), int(month), int(day))


def actor_from_row(row: dict[str, str]) -> ActorEntry:
    name = row.get("name", "")
    if not name:
        raise ValueError("missing name")
    country = row.get("country") or None
    sector = row.get("sector") or None
    if country is not None and not _COUNTRY.fullmatch(country):
        raise ValueError(f"bad country code {country!r} (expected three capital letters)")
    if sector is not None and not _SECTOR.fullmatch(sector):
        raise ValueError(f"bad sector code {sector!r} (expected capital letters or digits)")
    if country is None and sector is None:
        raise ValueError("neither country nor sector: the actor would have no code")
    default = "person" if "role" in row else "country" if sector is None else "organisation"
    kind = row.get("kind") or default
    if kind not in ACTOR_KINDS:
        raise ValueError(f"unknown kind {kind!r} (allowed: {', '.join(ACTOR_KINDS)})")
    start, end = _day(row.get("start", ""), end=False), _day(row.get("end", ""), end=True)
    if start is not None and end is not None and start > end:
        raise ValueError(f"start {start} is after end {end}")
    aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
    return ActorEntry(name, aliases, country, sector, kind, start, end)


def sector_from_row(row: dict[str, str]) -> SectorTerm:
    term = " ".join(row.get("term", "").lower().split())
    sector = row.get("sector", "")
    if not term:
        raise ValueError("missing term")
    if not _SECTOR.fullmatch(sector):
        raise ValueError(f"bad sector code {sector!r} (expected capital letters or digits)")
    kind_cell = row.get("kind") or "group"
    if kind_cell not in ("title", "group"):
        raise ValueError(f"kind must be title or group, not {kind_cell!r}")
    kind: SectorKind = "title" if kind_cell == "title" else "group"
    return SectorTerm(term=term, sector=sector, kind=kind)


def trigger_from_row(row: dict[str, str], where: str) -> Trigger:
    """A verb pattern row; an empty type is taken from the CAMEO code."""
    row = dict(row)
    if not row.get("type") and row.get("cameo", "").strip() != NO_EVENT:
        mapped = plover_of(row.get("cameo", ""))
        if mapped is None:
            raise ValueError(f"no type and {why_not(row.get('cameo', ''))}")
        row["type"] = mapped[0]
        row["mode"] = row.get("mode") or (mapped[1] or "")
    trigger = row_to_trigger(row, where)
    if not trigger.lemma:
        raise ValueError("missing trigger")
    return trigger


# ------------------------------------------------------------------------------ writing
def _tsv(header: Iterable[str], rows: Iterable[Iterable[str]], comment: str) -> str:
    lines = [f"# {line}" for line in comment.splitlines()]
    lines.append("\t".join(header))
    lines += ["\t".join(cells) for cells in rows]
    return "\n".join(lines) + "\n"


def _day_text(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def actors_tsv(actors: Iterable[ActorEntry], comment: str = "") -> str:
    rows = (
        (
            a.name,
            "|".join(a.aliases),
            a.country or "",
            a.sector or "",
            a.kind,
            _day_text(a.start),
            _day_text(a.end),
        )
        for a in actors
    )
    return _tsv(ACTOR_COLUMNS, rows, comment)


def sectors_tsv(terms: Iterable[SectorTerm], comment: str = "") -> str:
    return _tsv(SECTOR_COLUMNS, ((t.term, t.sector, t.kind) for t in terms), comment)


def _objects_cell(trigger: Trigger) -> str:
    if trigger.excluded:
        return "!" + "|".join(sorted(trigger.excluded))
    return "|".join(sorted(trigger.objects)) or "*"


def triggers_tsv(triggers: Iterable[Trigger], comment: str = "") -> str:
    rows = (
        (
            t.lemma,
            t.pos,
            _objects_cell(t),
            t.type,
            t.mode or "",
            t.cameo,
            format_slots(t.before),
            format_slots(t.after),
            "|".join(t.target_preps),
        )
        for t in triggers
    )
    return _tsv(TRIGGER_COLUMNS, rows, comment)
