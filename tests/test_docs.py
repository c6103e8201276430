"""The documentation says what is true: every command and every JSON field is documented."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.model import Article
from eventwire.pipeline import process
from eventwire.serialize import result_to_dict

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_cli_command_is_in_the_readme(command: str) -> None:
    assert f"eventwire {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def _keys(value: object, prefix: str = "") -> set[str]:
    """Dotted key paths of a JSON value, lists collapsed ("events.source.name")."""
    if isinstance(value, dict):
        out = set()
        for key, inner in value.items():
            path = f"{prefix}.{key}" if prefix else key
            out |= {path} | _keys(inner, path)
        return out
    if isinstance(value, list):
        return set().union(*(_keys(v, prefix) for v in value)) if value else set()
    return set()


@pytest.mark.slow
def test_every_json_field_is_in_the_output_format_doc() -> None:
    text = (ROOT / "examples" / "blinken-north-korea.txt").read_text(encoding="utf-8")
    (result,) = process([Article(id="x", text=text, date=dt.date(2022, 1, 13))])
    doc = (ROOT / "docs" / "output-format.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", doc))
    missing = {path for path in _keys(result_to_dict(result)) if path.split(".")[-1] not in documented}
    assert not missing, f"undocumented JSON fields: {sorted(missing)}"


def test_the_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```", 2)[1]
    assert "make run" in first_block and "make test" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
