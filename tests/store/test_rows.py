"""Result dicts flattened into child-table rows, one column spec per table."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

import pytest

from eventwire.store.rows import CHILD_TABLES, EVENTS, at, result_json

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


@pytest.mark.parametrize(
    "result",
    [
        {"id": "a1", "text": "Zoë met", "events": [EVENT, EVENT], "quotes": [], "places": None, "x": 1.5},
        {"events": [EVENT], "id": "a2", "entities": [{"text": "Kyiv", "start": 0}], "meta": {"n": [1, None]}},
        {"id": "a3", "events": (EVENT,)},  # a tuple is encoded as json encodes it, not spliced
        {"id": "a4", "text": "no child lists"},
        {"id": "a5", "events": [EVENT], 7: "a key json turns into a string"},
    ],
)
def test_result_json_is_json_dumps_byte_for_byte(result: dict[Any, Any]) -> None:
    rows = {table.key: table.rows("a1", result) for table in CHILD_TABLES}
    assert result_json(result, rows) == json.dumps(result, ensure_ascii=False)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (EVENT, ("MEET", "Kyiv", "Ukraine", "UKR", "2024-05-06")),
        ({"type": "MEET", "source": "not a dict", "date": None}, ("MEET", None, None, None, None)),
    ],
)
def test_nested_columns_read_dicts_and_nothing_else(item: Any, expected: tuple[Any, ...]) -> None:
    (row,) = EVENTS.rows("a1", {"events": [item]})
    assert (row[2], row[7], row[8], row[9], row[15]) == expected
