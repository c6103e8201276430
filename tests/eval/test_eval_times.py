"""Tests of the TempEval-3 style scorer for the time-expression stage."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

try:
    import eventwire  # noqa: F401
except ImportError:  # running from a checkout without an editable install
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from eventwire.eval.times import aquaint_half, load_split, main, parse_timeml, score_split, score_times

TBAQ = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "time" / "tbaq"

TINY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TINY1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-13"
 functionInDocument="CREATION_TIME">20220113</TIMEX3></DCT>
<TEXT>
Blinken <EVENT eid="e1" class="REPORTING">spoke</EVENT> on
<TIMEX3 tid="t1" type="DATE" value="2022-01-13">Thursday</TIMEX3> &amp; the tests
 <EVENT eid="e2" class="OCCURRENCE">resumed</EVENT>
<TIMEX3 tid="t2" type="DATE" value="2021" mod="END">late 2021</TIMEX3>.
It lasted <TIMEX3 tid="t3" type="DURATION" value="P2Y">about two years</TIMEX3>.
They meet <TIMEX3 tid="t4" type="SET" value="P1W">weekly</TIMEX3>, as they did
<TIMEX3 tid="t5" type="DATE" value="PAST_REF">once</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_strips_tags_and_keeps_offsets() -> None:
    doc = parse_timeml(TINY, "tiny")
    assert str(doc.dct) == "2022-01-13"
    assert [g.text for g in doc.gold] == ["Thursday", "late 2021", "about two years", "weekly", "once"]
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text
    assert "&" in doc.text and "<" not in doc.text


def test_scores_on_a_tiny_document(tmp_path: Path) -> None:
    (tmp_path / "tiny.tml").write_text(TINY, encoding="utf-8")
    report = score_times(tmp_path)
    # System: Thursday, late 2021, about two years (P2Y, mod APPROX), weekly; "once" is missed.
    assert (report["gold"], report["system"]) == (5, 4)
    assert report["strict"]["precision"] == 1.0
    assert report["strict"]["recall"] == 0.8
    assert report["relaxed"]["f1"] == pytest.approx(2 * 1.0 * 0.8 / 1.8, abs=1e-4)
    assert report["type_accuracy"] == 1.0
    assert report["value_accuracy"] == 1.0
    assert report["value"]["recall"] == 0.8


def test_value_f1_counts_only_overlapping_spans_with_the_right_value(tmp_path: Path) -> None:
    wrong = TINY.replace('value="2022-01-13">Thursday', 'value="2022-01-06">Thursday')
    (tmp_path / "wrong.tml").write_text(wrong, encoding="utf-8")
    report = score_times(tmp_path)
    assert report["relaxed"]["precision"] == 1.0
    assert report["value"]["precision"] == 0.75
    assert report["value"]["recall"] == 0.6


def test_value_f1_is_value_accuracy_times_relaxed_f1_as_in_the_official_scorer(tmp_path: Path) -> None:
    # TE3's evaluate_entities.py: attribute F1 = (matches with the gold value / relaxed matches) x relaxed F1;
    # the document creation time (<DCT>, tid t0) is not scored.
    wrong = TINY.replace('value="2022-01-13">Thursday', 'value="2022-01-06">Thursday')
    (tmp_path / "wrong.tml").write_text(wrong, encoding="utf-8")
    report = score_times(tmp_path)
    assert report["gold"] == 5
    assert report["value"]["f1"] == pytest.approx(report["value_accuracy"] * report["relaxed"]["f1"], abs=1e-3)


@pytest.mark.skipif(not TBAQ.exists(), reason="TempEval-3 data not available")
def test_real_data_scores_are_sane() -> None:
    report = score_times(TBAQ / "AQUAINT")
    assert report["gold"] == 579
    assert report["relaxed"]["f1"] > 0.8
    assert report["value"]["f1"] > 0.6


def test_main_prints_one_line_per_set_and_one_for_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("dev", "test"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "tiny.tml").write_text(TINY, encoding="utf-8")
    assert main([str(tmp_path / "dev"), str(tmp_path / "test"), "--limit", "1"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["set"].rsplit("/", 1)[-1] for line in lines] == ["dev", "test", "all"]
    assert [line["gold"] for line in lines] == [5, 5, 10]


def test_main_without_gold_data_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVENTWIRE_EVAL", str(tmp_path))
    assert main([]) == 2
    assert "no gold data" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("doc_name", "half"),
    [
        ("APW19980807.0261.tml", "AQUAINT-dev"),
        ("APW19980807.0261", "AQUAINT-dev"),
        ("APW19980810.0907.tml", "AQUAINT-test"),
    ],
)
def test_aquaint_half_depends_on_the_document_id_alone(doc_name: str, half: str) -> None:
    assert aquaint_half(doc_name) == half


def test_aquaint_halves_follow_the_sha256_rule() -> None:
    for doc_id in ("NYT19980206.0460", "APW19990122.0193", "XIE19980808.0031", "ABC"):
        expected = "AQUAINT-dev" if hashlib.sha256(doc_id.encode()).digest()[0] % 2 == 0 else "AQUAINT-test"
        assert aquaint_half(doc_id + ".tml") == expected


def _tiny_tbaq(root: Path, names: list[str]) -> None:
    for sub in ("TimeBank", "AQUAINT"):
        (root / sub).mkdir(parents=True)
    (root / "TimeBank" / "tb.tml").write_text(TINY, encoding="utf-8")
    for name in names:
        (root / "AQUAINT" / f"{name}.tml").write_text(TINY, encoding="utf-8")


def test_splits_partition_aquaint_and_all_is_timebank_plus_aquaint(tmp_path: Path) -> None:
    names = [f"DOC{i}" for i in range(12)]
    _tiny_tbaq(tmp_path, names)
    dev, test = (load_split(tmp_path, split) for split in ("AQUAINT-dev", "AQUAINT-test"))
    assert dev and test
    assert sorted(d.name for d in dev + test) == sorted(d.name for d in load_split(tmp_path, "AQUAINT"))
    assert len(load_split(tmp_path, "all")) == 1 + len(names)
    with pytest.raises(ValueError, match="unknown split"):
        load_split(tmp_path, "AQUAINT-train")


def test_errors_are_never_printed_for_held_out_splits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = TINY.replace('value="2022-01-13">Thursday', 'value="1999-01-01">Thursday')
    names = [f"DOC{i}" for i in range(12)]
    root = tmp_path / "time" / "tbaq"
    _tiny_tbaq(root, [])
    for name in names:
        (root / "AQUAINT" / f"{name}.tml").write_text(bad, encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_EVAL", str(tmp_path))
    assert main(["--split", "AQUAINT-dev", "--split", "AQUAINT-test", "--split", "AQUAINT", "--errors"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    sets = [json.loads(line)["set"] for line in lines if line.startswith("{")]
    assert sets == ["AQUAINT-dev", "AQUAINT-test", "AQUAINT"]
    first_held_out = next(i for i, line in enumerate(lines) if '"AQUAINT-test"' in line)
    assert any(line.startswith("value\t") for line in lines[:first_held_out])  # the dev half's errors ...
    assert all(line.startswith("{") for line in lines[first_held_out:])  # ... but no held-out error
    assert "AQUAINT-test not printed" in err and "AQUAINT not printed" in err


@pytest.mark.skipif(not TBAQ.exists(), reason="TempEval-3 data not available")
def test_real_aquaint_halves_have_fixed_sizes() -> None:
    halves = [load_split(TBAQ, split) for split in ("AQUAINT-dev", "AQUAINT-test")]
    assert [len(docs) for docs in halves] == [37, 36]
    assert [sum(len(d.gold) for d in docs) for docs in halves] == [286, 293]


def test_score_split_scores_one_half(tmp_path: Path) -> None:
    _tiny_tbaq(tmp_path, ["APW19980807.0261", "APW19980810.0907"])  # one document in each half
    assert [score_split(split, tmp_path)["docs"] for split in ("AQUAINT-dev", "AQUAINT-test", "all")] == [1, 1, 3]


def test_a_bare_run_scores_the_development_splits_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "time" / "tbaq"
    _tiny_tbaq(root, [])
    for i in range(12):
        (root / "AQUAINT" / f"DOC{i}.tml").write_text(TINY, encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_EVAL", str(tmp_path))
    assert main([]) == 0
    sets = [json.loads(line)["set"] for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert sets[:2] == ["TimeBank", "AQUAINT-dev"] and "AQUAINT-test" not in sets
