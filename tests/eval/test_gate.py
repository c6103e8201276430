"""CI's accuracy gate: no stage may fall below the floors pinned in eval/floors.json."""

from __future__ import annotations

import pytest

from eventwire.eval import gate


@pytest.mark.slow
@pytest.mark.parametrize("name", list(gate.CHECKS))
def test_scores_stay_above_their_floors(name: str) -> None:
    if not gate.available(name):
        pytest.skip(f"gold data for {name} not found under {gate.eval_root()}")
    floors = gate.load_floors()
    assert name in floors, f"no floors pinned for {name}: run python -m eventwire.eval.gate --update"
    assert gate.regressions(name, gate.run_check(name), floors) == []


@pytest.mark.parametrize(
    ("metrics", "floors", "expected"),
    [
        ({"f1": 0.80}, {"c": {"f1": 0.80}}, []),
        ({"f1": 0.797}, {"c": {"f1": 0.80}}, []),  # within the tolerance
        ({"f1": 0.79}, {"c": {"f1": 0.80}}, ["c.f1: 0.79 < floor 0.8"]),
        ({}, {"c": {"f1": 0.80}}, ["c.f1: None < floor 0.8"]),
        ({"f1": 0.5}, {}, []),  # nothing pinned yet
    ],
)
def test_regressions_compare_with_tolerance(
    metrics: gate.Metrics, floors: dict[str, gate.Metrics], expected: list[str]
) -> None:
    assert gate.regressions("c", metrics, floors) == expected


@pytest.mark.parametrize(
    ("allow", "expected"),
    [(False, {"f1": 0.8, "acc": 0.9}), (True, {"f1": 0.7, "acc": 0.9})],
)
def test_update_never_lowers_a_floor_unless_told(allow: bool, expected: gate.Metrics) -> None:
    floors = {"c": {"f1": 0.8, "acc": 0.85}}
    assert gate.updated(floors, "c", {"f1": 0.7, "acc": 0.9}, allow) == expected


class _Scored(Exception):
    """Raised by a stand-in scorer with the split it was asked for."""


@pytest.mark.parametrize("name", ["places-geowebnews", "places-lgl"])
def test_the_places_checks_pass_both_halves_explicitly(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # The floors were pinned on both halves; the scorer's own default is the dev half.
    def scorer(set_name: str, limit: int | None = None, *, split: str = "dev", **_: object) -> dict[str, object]:
        raise _Scored(split)

    monkeypatch.setattr("eventwire.eval.places.score", scorer)
    with pytest.raises(_Scored, match=r"^all$"):
        gate.CHECKS[name][1]()
