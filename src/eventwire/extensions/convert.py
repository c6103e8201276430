"""``eventwire dictionaries import``: PETRARCH/TABARI files written out in eventwire's TSV format."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.extensions.entries import Dictionary
from eventwire.extensions.merge import read_dictionary
from eventwire.extensions.tsv import actors_tsv, sectors_tsv, triggers_tsv


def convert(files: Iterable[str | Path]) -> tuple[list[Dictionary], list[str]]:
    """Every readable file's entries, and one summary line per file (unreadable ones say why)."""
    read: list[Dictionary] = []
    summaries: list[str] = []
    for path in files:
        try:
            dictionary = read_dictionary(path)
        except EventwireError as exc:
            summaries.append(f"skipped: {exc}")
            continue
        read.append(dictionary)
        summaries.append(dictionary.summary())
    return read, summaries


def report_text(dictionaries: list[Dictionary]) -> str:
    """The import report: per file the line counts, the reasons with their counts, every failed line."""
    lines = []
    for dictionary in dictionaries:
        lines.append(dictionary.summary())
        lines += [f"  {count:5d}  {reason}" for reason, count in dictionary.reasons().most_common()]
        lines += [f"    {problem}" for problem in dictionary.problems]
    return "\n".join(lines) + "\n"


def write_converted(files: Iterable[str | Path], out_dir: Path) -> tuple[list[Path], list[str]]:
    """Write actors.tsv, sectors.tsv and verbs.tsv (those with entries) and import-report.txt."""
    dictionaries, summaries = convert(files)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = ", ".join(Path(d.source).name for d in dictionaries)
    comment = f"Converted by `eventwire dictionaries import` from {sources}.\nFormat: docs/extensions.md."
    outputs = {
        "actors.tsv": actors_tsv([a for d in dictionaries for a in d.actors], comment),
        "sectors.tsv": sectors_tsv([s for d in dictionaries for s in d.sectors], comment),
        "verbs.tsv": triggers_tsv([t for d in dictionaries for t in d.triggers], comment),
    }
    counts = {
        "actors.tsv": sum(len(d.actors) for d in dictionaries),
        "sectors.tsv": sum(len(d.sectors) for d in dictionaries),
        "verbs.tsv": sum(len(d.triggers) for d in dictionaries),
    }
    written = []
    for name, text in outputs.items():
        if counts[name]:
            (out_dir / name).write_text(text, encoding="utf-8")
            written.append(out_dir / name)
    report = out_dir / "import-report.txt"
    report.write_text(report_text(dictionaries), encoding="utf-8")
    written.append(report)
    return written, summaries
