"""The quote scorer (eventwire.eval.quotes): PolNeAR brat files in, content/cue/speaker figures out,
overall and for direct and indirect quotes, as text or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from eventwire.eval import quotes as ev
from eventwire.model import Provenance, Quote, Span

TEXT = "“We will win,” he said, “and they will lose.” Officials said talks would resume in May."
PROV = Provenance("test", "test")


def _at(part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return start, start + len(part)


def _span(part: str, nth: int = 0) -> Span:
    start, end = _at(part, nth)
    return Span(start, end, part)


def _quote(content: str, cue: str | None, speaker: str | None, kind: str, nth: int = 0) -> Quote:
    return Quote(
        content=_span(content),
        speaker=_span(speaker) if speaker else None,
        cue=_span(cue, nth) if cue else None,
        direct=kind == "direct",
        kind=kind,
        speaker_actor=None,
        medium=None,
        provenance=PROV,
    )


def _brat(path: Path) -> Path:
    """Gold in PolNeAR's shape: the split quote is one attribution with a discontinuous content."""
    a1, a2 = _at("“We will win,”"), _at("“and they will lose.”")
    c1, s1 = _at("said"), _at("he")
    c2, s2, t2 = _at("said", 1), _at("Officials"), _at("talks would resume in May")
    lines = [
        f"T1\tContent {a1[0]} {a1[1]};{a2[0]} {a2[1]}\t-",
        f"T2\tCue {c1[0]} {c1[1]}\tsaid",
        f"T3\tSource {s1[0]} {s1[1]}\the",
        "E1\tAttribution:T9 Content:T1 Cue:T2 Source:T3",
        f"T4\tContent {t2[0]} {t2[1]}\t-",
        f"T5\tCue {c2[0]} {c2[1]}\tsaid",
        f"T6\tSource {s2[0]} {s2[1]}\tOfficials",
        "E2\tAttribution:T9 Content:T4 Cue:T5 Source:T6",
        "E3\tAttribution:T9 Cue:T5",  # no content: skipped
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_ann_takes_hulls_and_tells_direct_from_indirect(tmp_path: Path) -> None:
    gold = ev.read_ann(_brat(tmp_path / "a.ann"), TEXT)
    assert [TEXT[a:b] for a, b in (g.content for g in gold)] == [
        "We will win,” he said, “and they will lose",
        "talks would resume in May",
    ]
    assert [g.direct for g in gold] == [True, False]
    assert [TEXT[g.source[0] : g.source[1]] if g.source else None for g in gold] == ["he", "Officials"]


def test_quotes_split_around_one_cue_score_as_one_attribution() -> None:
    quotes = [
        _quote("We will win", "said", "he", "direct"),
        _quote("and they will lose.", "said", "he", "direct"),
        _quote("talks would resume in May", "said", "Officials", "indirect", nth=1),
    ]
    preds = ev.predicted(TEXT, quotes)
    assert [(TEXT[a:b], p.direct) for (a, b), p in ((p.content, p) for p in preds)] == [
        ("We will win,” he said, “and they will lose", True),
        ("talks would resume in May", False),
    ]


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        (  # everything right
            [
                _quote("We will win", "said", "he", "direct"),
                _quote("and they will lose.", "said", "he", "direct"),
                _quote("talks would resume in May", "said", "Officials", "indirect", nth=1),
            ],
            {"all_exact_f1": 1.0, "all_overlap_f1": 1.0, "cue_f1": 1.0, "speaker_accuracy": 1.0},
        ),
        (  # the split quote found as two attributions (second cue missing), the indirect one missed;
            # the larger, speakerless piece is the one matched, so the speaker counts as wrong
            [_quote("We will win", "said", "he", "direct"), _quote("and they will lose.", None, None, "direct")],
            {"direct_overlap_f1": 2 / 3, "indirect_overlap_f1": 0.0, "all_overlap_f1": 0.5, "speaker_accuracy": 0.0},
        ),
        (  # found with the wrong speaker and a partial content
            [_quote("talks would resume", "said", "he", "indirect", nth=1)],
            {"indirect_overlap_f1": 1.0, "indirect_exact_f1": 0.0, "indirect_speaker_accuracy": 0.0},
        ),
        ([], {"all_overlap_f1": 0.0, "cue_f1": 0.0, "speaker_accuracy": 0.0}),
    ],
)
def test_summary_figures(tmp_path: Path, quotes: list[Quote], expected: dict[str, float]) -> None:
    scores = ev.Scores()
    ev.score_article(TEXT, quotes, ev.read_ann(_brat(tmp_path / "a.ann"), TEXT), scores)
    got = ev.summary(scores)
    assert {k: got[k] for k in expected} == pytest.approx(expected, abs=1e-4)


def test_json_has_every_bucket_and_the_gate_keys(tmp_path: Path) -> None:
    scores = ev.Scores()
    ev.score_article(TEXT, [], ev.read_ann(_brat(tmp_path / "a.ann"), TEXT), scores)
    data = json.loads(json.dumps(ev.to_dict(scores, "dev")))
    assert set(data["buckets"]) == {"all", "direct", "indirect"}
    assert set(data["buckets"]["direct"]) == {"content_exact", "content_overlap", "cue", "speaker"}
    assert {"all_overlap_f1", "direct_overlap_f1", "cue_f1", "speaker_accuracy"} <= set(data["summary"])


def _fake_polnear(root: Path) -> Path:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    (root / "metadata.tsv").write_text("compartment\tfilename\tannotators\ndev\tart\tx1|x2\n", encoding="utf-8")
    (root / "dev" / "text" / "art.txt").write_text(TEXT, encoding="utf-8")
    _brat(root / "dev" / "attributions" / "art_x1.ann")
    return root


@pytest.mark.slow
def test_main_scores_the_pipeline_and_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("spacy")
    ev.main(["--root", str(_fake_polnear(tmp_path)), "--split", "dev", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 1
    assert data["summary"]["all_overlap_f1"] == 1.0
    assert 0.0 < data["timing"]["quote_share"] < 1.0


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ([(0, 50), (10, 12)], [(10, 12)], [(1, 0)]),  # the exact hit wins over a longer overlap
        ([(0, 50)], [(10, 12), (20, 40)], [(0, 1)]),  # otherwise the largest overlap
        ([(0, 5)], [(10, 12)], []),
    ],
)
def test_match_prefers_exact_spans(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]], expected: list[tuple[int, int]]
) -> None:
    assert ev._match(pred, gold) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("“We will win,” he said.", "We will win", True),  # marks (and the comma) left out of the content
        ("He said “we will win.”", "we will win.", True),
        ("He said the plan was “dead” for now.", "the plan was “dead” for now", False),  # a quoted phrase inside
        ("He said the plan was “dead.”", "the plan was “dead.”", True),  # mixed: ends at the mark, as gold would
        ("He said talks would resume.", "talks would resume", False),
    ],
)
def test_predicted_direct_follows_the_gold_rule(text: str, content: str, expected: bool) -> None:
    start = text.index(content)
    assert ev.touches_mark(text, start, start + len(content)) is expected


# ---------------------------------------------------------------- cross-validation on train

NAMES = [f"site_2016-0{m}-1{d}_story-{n}" for m in range(1, 7) for d in range(10) for n in range(4)]


@pytest.mark.parametrize("folds", [2, 5, 10])
def test_an_articles_fold_is_fixed_by_its_name(folds: int) -> None:
    assigned = [ev.fold_of(name, folds) for name in NAMES]
    assert assigned == [ev.fold_of(name, folds) for name in NAMES]  # the same on every call and run
    assert set(assigned) == set(range(folds))  # 240 names reach every fold


@pytest.mark.parametrize("folds", [2, 5, 10])
def test_each_folds_learning_and_scored_articles_are_disjoint_and_cover_all(folds: int) -> None:
    scored: list[int] = []
    for fold in range(folds):
        learn, score = ev.fold_split(NAMES, fold, folds)
        assert not set(learn) & set(score)
        assert sorted(learn + score) == list(range(len(NAMES)))
        assert all(ev.fold_of(NAMES[i], folds) == fold for i in score)
        scored += score
    assert sorted(scored) == list(range(len(NAMES)))  # every article is scored exactly once


#: Train articles: each has a positive candidate ("Officials said") and a negative one ("Analysts think") for the
#: cue model to learn from.
TRAIN_TEXT = TEXT + " Analysts think the deal will hold."
TRAIN_NAMES = [f"art{n}" for n in range(6)]


def _fake_polnear_train(root: Path) -> Path:
    (root / "train" / "text").mkdir(parents=True)
    (root / "train" / "attributions").mkdir(parents=True)
    rows = "".join(f"train\t{name}\tx1\n" for name in TRAIN_NAMES)
    (root / "metadata.tsv").write_text("compartment\tfilename\tannotators\n" + rows, encoding="utf-8")
    for name in TRAIN_NAMES:
        (root / "train" / "text" / f"{name}.txt").write_text(TRAIN_TEXT, encoding="utf-8")
        _brat(root / "train" / "attributions" / f"{name}_x1.ann")
    return root


@pytest.mark.slow
def test_a_folds_cues_are_learned_from_the_other_folds_only(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from eventwire.quotes.cues import Cues

    parsed = ev.parse(_fake_polnear_train(tmp_path), "train")
    learned_from: list[set[str]] = []

    def learn(training: Sequence[ev.Parsed]) -> Cues:
        learned_from.append({p.name for p in training})
        return Cues(None, {})

    cv = ev.cross_validate(parsed, 3, learn)
    for fold, names in enumerate(learned_from):
        assert names == {name for name in TRAIN_NAMES if ev.fold_of(name, 3) != fold}
    assert [s.articles for s in cv.folds] == [sum(ev.fold_of(n, 3) == k for n in TRAIN_NAMES) for k in range(3)]
    assert cv.pooled.articles == len(TRAIN_NAMES)


@pytest.mark.slow
def test_main_cross_validates_train_the_same_way_every_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("spacy")
    argv = ["--root", str(_fake_polnear_train(tmp_path)), "--split", "train", "--folds", "2", "--json"]
    ev.main(argv)
    first = capsys.readouterr().out
    ev.main(argv)
    assert capsys.readouterr().out == first
    data = json.loads(first)
    assert [f["fold"] for f in data["folds"]] == [0, 1]
    assert sum(f["articles"] for f in data["folds"]) == data["pooled"]["articles"] == len(TRAIN_NAMES)
    assert {"all_overlap_f1", "direct_exact_f1", "cue_f1", "speaker_accuracy"} <= set(data["pooled"]["summary"])


@pytest.mark.parametrize(
    "argv",
    [
        ["--split", "dev", "--folds", "5"],  # dev is reported, never learned from
        ["--split", "train", "--folds", "1"],
    ],
)
def test_folds_take_train_and_two_or_more(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        ev.main(argv)


# ---------------------------------------------------------------- agreement between annotators


def _brat_lines(path: Path, spans: Sequence[tuple[str, str, str | None, str | None]]) -> Path:
    """A brat file of attributions given as (content, cue, source, which "said") text pieces: one per line."""
    lines: list[str] = []
    for k, (content, cue, source, nth) in enumerate(spans):
        c, q = _at(content), _at(cue, int(nth or 0))
        lines += [f"T{3 * k + 1}\tContent {c[0]} {c[1]}\t-", f"T{3 * k + 2}\tCue {q[0]} {q[1]}\t-"]
        args = f"Content:T{3 * k + 1} Cue:T{3 * k + 2}"
        if source is not None:
            s = _at(source)
            lines.append(f"T{3 * k + 3}\tSource {s[0]} {s[1]}\t-")
            args += f" Source:T{3 * k + 3}"
        lines.append(f"E{k + 1}\tAttribution:T99 {args}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _annotated_by(
    root: Path, annotators: dict[str, dict[str, Sequence[tuple[str, str, str | None, str | None]]]]
) -> Path:
    """A PolNeAR-shaped train split: {article: {annotator: attributions}}, annotators in metadata order."""
    (root / "train" / "text").mkdir(parents=True)
    (root / "train" / "attributions").mkdir(parents=True)
    rows = "".join(f"train\t{name}\t{'|'.join(marked)}\n" for name, marked in annotators.items())
    (root / "metadata.tsv").write_text("compartment\tfilename\tannotators\n" + rows, encoding="utf-8")
    for name, marked in annotators.items():
        (root / "train" / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        for annotator, spans in marked.items():
            _brat_lines(root / "train" / "attributions" / f"{name}_{annotator}.ann", spans)
    return root


BOTH = [
    ("“We will win,”", "said", "he", None),
    ("talks would resume in May", "said", "Officials", "1"),
]


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (BOTH, {"all_overlap_f1": 1.0, "cue_f1": 1.0, "speaker_accuracy": 1.0}),
        # the other annotator leaves the indirect attribution out: half the first's cues found, none invented
        (BOTH[:1], {"direct_cue_f1": 1.0, "indirect_cue_f1": 0.0, "cue_f1": 2 / 3, "all_overlap_f1": 2 / 3}),
        # a longer content and cue ("Officials said") still overlap; the speaker is another's
        (
            [BOTH[0], ("talks would resume", "Officials said", "he", None)],
            {"indirect_overlap_f1": 1.0, "indirect_exact_f1": 0.0, "cue_f1": 1.0, "indirect_speaker_accuracy": 0.0},
        ),
    ],
)
def test_agreement_scores_other_annotators_against_the_first(
    tmp_path: Path, other: list[tuple[str, str, str | None, str | None]], expected: dict[str, float]
) -> None:
    root = _annotated_by(tmp_path, {"art": {"x1": BOTH, "x2": other}})
    found = ev.agreement(root, "train")
    assert (found.scores.articles, found.pairs) == (1, 1)
    got = ev.summary(found.scores)
    assert {k: got[k] for k in expected} == pytest.approx(expected, abs=1e-4)


def test_agreement_counts_each_other_annotator_and_skips_articles_one_annotator_marked(tmp_path: Path) -> None:
    root = _annotated_by(
        tmp_path,
        {
            "three": {"x1": BOTH, "x2": BOTH, "x3": BOTH[:1]},
            "alone": {"x1": BOTH},
            "second missing": {"x1": BOTH, "x2": BOTH},
        },
    )
    (root / "train" / "attributions" / "second missing_x2.ann").unlink()
    found = ev.agreement(root, "train")
    assert (found.scores.articles, found.pairs) == (1, 2)
    assert found.scores.buckets["all"].cue.gold == 4  # the first annotator's two cues, once per other annotator


def test_main_prints_agreement_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _annotated_by(tmp_path, {"art": {"x1": BOTH, "x2": BOTH[:1]}})
    ev.main(["--root", str(root), "--split", "train", "--agreement", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (data["articles"], data["annotator_pairs"]) == (1, 1)
    assert data["summary"]["cue_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert "timing" not in data


@pytest.mark.parametrize("extra", [["--folds", "5"], ["--limit", "3"]])
def test_agreement_scores_no_pipeline(extra: list[str]) -> None:
    with pytest.raises(SystemExit):
        ev.main(["--split", "train", "--agreement", *extra])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--split", "train", "--agreement"], "two or more annotators", id="no article several marked"),
        pytest.param(["--split", "test"], "invalid choice", id="a split PolNeAR does not have"),
    ],
)
def test_main_says_why_it_has_nothing_to_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    root = _annotated_by(tmp_path, {"alone": {"x1": BOTH}})
    with pytest.raises(SystemExit):
        ev.main(["--root", str(root), *args])
    assert message in capsys.readouterr().err


def test_main_without_polnear_data_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        ev.main(["--root", str(tmp_path / "absent"), "--split", "dev"])
    assert "no PolNeAR data" in capsys.readouterr().err
