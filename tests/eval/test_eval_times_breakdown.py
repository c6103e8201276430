"""Tests of the time stage's error breakdown, document folds and rule ablation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.eval.times import Timex, main, parse_timeml
from eventwire.eval.times_breakdown import (
    ablation,
    breakdown,
    fold_of,
    fold_scores,
    out_of_fold,
    value_cause,
    value_shape,
    verdict,
)

TBAQ = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "time" / "tbaq"

DOC = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-13">20220113</TIMEX3></DCT><TEXT>
Talks resumed on <TIMEX3 tid="t1" type="DATE" value="2022-01-13">Thursday</TIMEX3> after
<TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>, as they did
<TIMEX3 tid="t3" type="DATE" value="PAST_REF">once</TIMEX3>, and again on
<TIMEX3 tid="t4" type="DATE" value="2022-01">Friday</TIMEX3>. Sales fell in 2020.
</TEXT></TimeML>"""


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("2022-01-13", "day"),
        ("2022-01-13TNI", "time"),
        ("2022-W02", "week"),
        ("2000-W7", "week"),
        ("2022-W02-WE", "week"),
        ("2022-01", "month"),
        ("2021-Q4", "part"),
        ("2021-H1", "part"),
        ("1998-WI", "part"),
        ("2021", "year"),
        ("XXXX", "year"),
        ("199", "decade"),
        ("19", "decade"),
        ("P3D", "length"),
        ("PAST_REF", "ref"),
        ("XXXX-WXX-1", "other"),
    ],
)
def test_value_shapes(value: str, shape: str) -> None:
    assert value_shape(value) == shape


THU = dt.date(2022, 1, 13)


@pytest.mark.parametrize(
    ("gold", "system", "anchor", "cause"),
    [
        ("2022-01-06", "2022-01-20", "weekday rule: future cue", "anchoring/tense"),  # past read as future
        ("2022-01-04", "2022-01-11", "weekday rule: most recent such day", "anchoring/reference-time"),
        ("2021-03-02", "2021-03-09", "reference: +1 day from 'March 1'", "anchoring/last-mentioned"),
        ("2021-11-27", "2021-09-27", "explicit", "anchoring/explicit"),
        ("2021", "2021-Q4", "publication date", "granularity"),
        ("2022-01-12", "2022-01-12TNI", "publication date", "granularity"),
        ("2022-01-12TEV", "2022-01-12TNI", "publication date", "granularity"),
        ("2022-WXX", "2022-W01", "publication date", "underspecified"),
        ("2022-W1", "2022-W01", "publication date", "format"),
        ("P1Y", "2021", "publication date", "lexicon/kind"),
        ("PAST_REF", "PXY", "length", "lexicon/kind"),
        ("P6D", "P6M", "length", "lexicon/amount"),
    ],
)
def test_value_causes(gold: str, system: str, anchor: str, cause: str) -> None:
    g = Timex(0, 5, "DURATION" if gold.startswith("P") else "DATE", gold)
    s = Timex(0, 5, "DURATION" if system.startswith("P") else "DATE", system, anchor=anchor)
    assert value_cause(g, s, THU) == cause


def test_breakdown_attributes_each_error_to_one_stage() -> None:
    doc = parse_timeml(DOC, "tiny")
    report = breakdown([doc])
    # "once" missed, "2020" spurious, "Friday" found with another value (a point of another size).
    assert report["errors"] == {"missed": 1, "spurious": 1, "value_given_span": 1}
    assert report["value_causes"] == {"granularity": 1}
    assert report["value_f1"] == pytest.approx(2 * 2 / (4 + 4), abs=1e-4)
    assert report["value_f1_if_fixed"]["value_given_span"] == pytest.approx(2 * 3 / 8, abs=1e-4)


def test_folds_are_fixed_by_the_document_id() -> None:
    names = [f"doc{i}.tml" for i in range(200)]
    folds = [fold_of(n, 5) for n in names]
    assert folds == [fold_of(n.removesuffix(".tml"), 5) for n in names]
    assert set(folds) == {0, 1, 2, 3, 4}


def test_fold_scores_and_ablation_report_every_fold() -> None:
    doc = parse_timeml(DOC, "tiny")
    scores = fold_scores([doc], 5)
    assert [s["docs"] for s in scores].count(1) == 1 and len(scores) == 5
    result = ablation([doc], ["weekday_rule"], 5)
    # Without the weekday rule "Thursday" (right) and "Friday" (wrong) are lost: one fold, one document helped.
    assert result["folds_helped"] == 1 and result["docs_helped"] == 1 and result["docs_hurt"] == 0
    # Gains in one fold only: every other fold is judged on folds without gain, so nothing is won out of fold.
    assert result["value_gain_out_of_fold"] == 0 and result["verdict"] == "untested"
    assert len(result["strict_gain_per_fold"]) == 5


@pytest.mark.parametrize(
    ("gains", "expected"),
    [
        # Gains in every fold: each fold keeps the rule on the others' evidence and gains.
        ([0.01, 0.02, 0.01, 0.01, 0.01], 0.06),
        # One fold's gain only: the other folds see none and drop it; that fold's own decision rests on losses.
        ([0.0, 0.0, 0.01, 0.0, 0.0], 0.0),
        # Even: folds keep it where the others gain, and there it loses.
        ([-0.0053, 0.0055, 0.0044, -0.0013, -0.0036], -0.0102),
        # Mostly gains, one loss: kept everywhere, the loss counts.
        ([0.005, 0.004, -0.002, 0.003, 0.001], 0.011),
        ([], 0.0),
    ],
)
def test_out_of_fold_scores_each_fold_on_the_others_decision(gains: list[float], expected: float) -> None:
    assert out_of_fold(gains) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("value_gains", "strict_gains", "expected"),
    [
        ([0.004, 0.002, 0.0, 0.001, 0.0], [0.0] * 5, "keep"),
        # Values lose out of fold, but the spans it finds win: keep the rule, revisit its values.
        ([-0.005, 0.005, 0.004, -0.001, -0.004], [0.003, 0.009, 0.01, 0.003, 0.01], "keep: spans"),
        ([0.0, 0.0, 0.001, 0.0, -0.001], [0.0, 0.0, 0.001, 0.0, -0.001], "drop"),
        # Only losses, if in one fold: nothing speaks for it.
        ([0.0, 0.0, 0.0, -0.002, 0.0], [0.0, 0.0, 0.0, -0.002, 0.0], "drop"),
        # A gain in one fold or none: the development documents cannot tell.
        ([0.0, 0.0, 0.007, 0.0, 0.0], [0.0] * 5, "untested"),
        ([0.0] * 5, [0.0] * 5, "untested"),
    ],
)
def test_verdict(value_gains: list[float], strict_gains: list[float], expected: str) -> None:
    assert verdict(value_gains, strict_gains) == expected


def test_unknown_rule_is_a_clear_error() -> None:
    doc = parse_timeml(DOC, "tiny")
    with pytest.raises(ValueError, match="unknown rule"):
        ablation([doc], ["no_such_rule"], 5)


def test_cli_refuses_a_breakdown_of_held_out_data(capsys: pytest.CaptureFixture[str]) -> None:
    if not (TBAQ / "AQUAINT").is_dir():
        pytest.skip("TBAQ gold data not present")
    assert main(["--breakdown", "--split", "AQUAINT-test"]) == 2
    assert "development splits only" in capsys.readouterr().err


@pytest.mark.skipif(not (TBAQ / "AQUAINT").is_dir(), reason="TBAQ gold data not present")
def test_cli_breakdown_of_a_development_split(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--breakdown", "--split", "AQUAINT-dev", "--folds", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (
        lines[0]["set"] == "AQUAINT-dev"
        and sum(lines[0]["value_causes"].values()) == lines[0]["errors"]["value_given_span"]
    )
    assert [line["fold"] for line in lines[1:]] == [0, 1]
