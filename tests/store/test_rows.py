"""Result dicts flattened into child-table rows, one column spec per table."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

import pytest

from eventwire.store.rows import CHILD_TABLES, EVENTS, at

EVENT = {
    "type": "MEET",
    "source": {"text": "Kyiv", "name": "Ukraine", "country": "UKR"},
    "date": {"value": "2024-05-06", "granularity": "day"},
    "negated": False,
    "text": "Zoë met",
}


@pytest.mark.parametrize(
    ("item", "keys", "expected"),
    [
        (EVENT, ("type",), "MEET"),
        (EVENT, ("source", "country"), "UKR"),
        (EVENT, ("target", "country"), None),  # a missing step
        (EVENT, ("type", "name"), None),  # a step that is not a dict
        (MappingProxyType(EVENT), ("date", "value"), "2024-05-06"),
        (None, ("type",), None),
    ],
)
def test_at_walks_nested_mappings(item: Any, keys: tuple[str, ...], expected: Any) -> None:
    assert at(item, *keys) == expected


def test_an_event_row_holds_its_columns_in_order() -> None:
    (row,) = EVENTS.rows("a1", {"events": [EVENT]})
    assert row[:6] == ("a1", 0, "MEET", None, None, None)
    assert row[7:9] == ("Kyiv", "Ukraine")


@pytest.mark.parametrize("table", CHILD_TABLES, ids=lambda table: table.name)
def test_every_row_ends_with_its_item_as_json_and_has_a_value_per_column(table: Any) -> None:
    (row,) = table.rows("a1", {table.key: [EVENT]})
    assert json.loads(row[-1]) == EVENT and "Zoë" in row[-1]  # not escaped to ASCII
    assert len(row) == len(table.insert_sql().split("VALUES")[0].split(","))
