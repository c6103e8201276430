"""The extraction scorer: the benchmark's shingle metric, the with/without segment metric, and small real runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.extraction import (
    PageScore,
    SegmentCounts,
    main,
    page_score,
    score_reference,
    score_set,
    segment_counts,
    segment_summary,
    set_dir,
    shingle_summary,
    shingles,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one two three four five", {"one two three four": 1, "two three four five": 1}),
        ("Hello, world!", {"Hello world": 1}),  # shorter than a shingle: one shingle of all tokens
        ("a b c d a b c d", {"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}),
        ("", {}),
        ("... --- !!!", {}),
    ],
)
def test_shingles_are_counted_runs_of_four_word_tokens(text: str, expected: dict[str, int]) -> None:
    assert dict(shingles(text)) == expected


GOLD = "The minister said on Monday that the bridge would reopen in May after repairs."


@pytest.mark.parametrize(
    ("predicted", "precision", "recall", "exact"),
    [
        (GOLD, 1.0, 1.0, True),
        (GOLD.upper(), 0.0, 0.0, False),  # tokens are compared as written
        ("The minister said, on Monday, that the bridge would reopen in May after repairs!", 1.0, 1.0, True),
        ("", 0.0, 0.0, False),  # no output scores nothing
        (GOLD + " Subscribe now to read more stories like this one.", 11 / 20, 1.0, False),
        ("The minister said on Monday that the bridge", 1.0, 5 / 11, False),  # 8 of 14 tokens: 5 shingles of 11
    ],
)
def test_page_score_is_shingle_precision_and_recall(
    predicted: str, precision: float, recall: float, exact: bool
) -> None:
    score = page_score(GOLD, predicted)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.exact is exact


def test_shingle_summary_averages_pages_then_takes_the_harmonic_mean() -> None:
    summary = shingle_summary([PageScore(1.0, 0.5, False), PageScore(0.5, 0.5, True)])
    assert summary["precision"] == 0.75 and summary["recall"] == 0.5 and summary["exact"] == 0.5
    assert summary["f1"] == pytest.approx(2 * 0.75 * 0.5 / 1.25)


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("Article body. Second paragraph.", SegmentCounts(tp=2, fn=0, fp=0, tn=2)),
        ("Article body. Share on Facebook", SegmentCounts(tp=1, fn=1, fp=1, tn=1)),
        ("", SegmentCounts(tp=0, fn=2, fp=0, tn=2)),
    ],
)
def test_segment_counts_check_wanted_and_unwanted_segments(output: str, expected: SegmentCounts) -> None:
    assert segment_counts(output, ["Article body", "Second paragraph"], ["Share on Facebook", "Cookie"]) == expected


def test_segment_summary_is_precision_recall_accuracy_over_all_segments() -> None:
    summary = segment_summary(SegmentCounts(tp=8, fn=2, fp=2, tn=8))
    assert summary == {"precision": 0.8, "recall": 0.8, "f1": pytest.approx(0.8), "accuracy": 0.8}


def test_missing_gold_data_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVENTWIRE_EVAL", str(tmp_path))
    assert main(["--limit", "1"]) == 2


HAS_AEB = set_dir("aeb").is_dir()
HAS_TRAFILATURA = set_dir("trafilatura").is_dir()


@pytest.mark.skipif(not HAS_AEB, reason="scrapinghub-aeb gold data not available")
def test_metric_reproduces_the_published_trafilatura_figures() -> None:
    report = score_reference("trafilatura")  # published: P .938 R .978 F1 .958
    assert (round(report["precision"], 3), round(report["recall"], 3), round(report["f1"], 3)) == (0.938, 0.978, 0.958)


@pytest.mark.skipif(not HAS_AEB, reason="scrapinghub-aeb gold data not available")
def test_small_aeb_run_finds_the_articles() -> None:
    report = score_set("aeb", limit=5)
    assert report["pages"] == 5 and report["f1"] > 0.9 and report["ms_per_page"] > 0


@pytest.mark.skipif(not HAS_TRAFILATURA, reason="trafilatura-eval gold data not available")
def test_small_trafilatura_run_counts_every_page() -> None:
    report = score_set("trafilatura", mode="fast", limit=5)
    assert report["pages"] == 5 and 0 < report["recall"] <= 1
