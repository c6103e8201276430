"""`eventwire classify` and the shipped classifier: per-line results and errors, and the pipeline's re-coding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.events.classifier import Config, PairClassifier, inputs_for, rule_features
from eventwire.events.classify import (
    classify,
    classify_records,
    load_model,
    penta_model_for,
    recode_events,
    rule_matches,
    sentence_vectors,
    share_batches,
)
from eventwire.events.embed import DEFAULT_ENCODER, QUANTIZED_ENCODER, STATIC_ENCODER
from eventwire.events.ontology import PLOVER_TYPES
from eventwire.events.pairs import Pair

pytestmark = pytest.mark.slow

PAIRS: list[tuple[str, str, str, str]] = [
    # (text, source, target, expected type): plain news sentences, none from the training sets
    (
        "Russian troops shelled Ukrainian positions near Kharkiv overnight.",
        "Russian troops",
        "Ukrainian positions",
        "ASSAULT",
    ),
    ("Ukraine severed diplomatic relations with Russia on Thursday.", "Ukraine", "Russia", "SANCTION"),
    (
        "Japan's prime minister praised South Korea's president for his leadership.",
        "Japan's prime minister",
        "South Korea's president",
        "SUPPORT",
    ),
    (
        "Thousands of students marched against the government in Dhaka.",
        "Thousands of students",
        "the government",
        "PROTEST",
    ),
    ("China accused the United States of interfering in its internal affairs.", "China", "the United States", "ACCUSE"),
]


def _span(text: str, part: str) -> dict[str, int]:
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


def _record(text: str, source: str, target: str) -> dict[str, Any]:
    return {"id": source, "text": text, "source": _span(text, source), "target": _span(text, target)}


@pytest.mark.parametrize(("text", "source", "target", "expected"), PAIRS)
def test_the_shipped_model_codes_plain_news_pairs(text: str, source: str, target: str, expected: str) -> None:
    pair = Pair(text, tuple(_span(text, source).values()), tuple(_span(text, target).values()))  # type: ignore[arg-type]
    (coding,) = classify([pair])
    assert coding.type == expected, coding


@pytest.mark.parametrize(("text", "source", "target", "expected"), PAIRS)
def test_the_shipped_static_model_codes_plain_news_pairs(text: str, source: str, target: str, expected: str) -> None:
    (out,) = classify_records([_record(text, source, target)], kind="static")
    assert out["type"] == expected, out
    assert set(out["scores"]) == set(PLOVER_TYPES) and out["pentaclass"] in range(5)


@pytest.mark.parametrize(
    ("kind", "encoder", "penta_kind"),
    [
        ("full", DEFAULT_ENCODER, "penta"),
        ("static", STATIC_ENCODER, "penta-static"),  # no transformer pass anywhere: its pentaclass reads the same
        ("fast", None, "penta-fast"),
    ],
)
def test_each_shipped_model_reads_its_encoder_beside_its_own_pentaclass_model(
    kind: str, encoder: str | None, penta_kind: str
) -> None:
    model = load_model(kind)
    assert (model.config.encoder if model.config.use_vectors else None) == encoder
    penta = penta_model_for(model)
    assert penta is load_model(penta_kind)
    assert penta.config.use_vectors == model.config.use_vectors and penta.meta["task"] == "penta"
    if model.config.use_vectors:
        assert penta.config.encoder == encoder


def test_an_unknown_model_kind_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="no shipped event classifier 'quick'"):
        load_model("quick")


@pytest.mark.parametrize("kind", ["fast", "static"])
def test_classify_writes_each_line_back_with_its_coding_or_its_error(tmp_path: Path, kind: str) -> None:
    good = [_record(*p[:3]) for p in PAIRS[:2]]
    lines = [
        json.dumps(good[0]),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"text": "Iran condemned Israel.", "source": {"start": 0, "end": 99}, "target": None}),
        json.dumps(
            {"text": "Iran condemned Israel.", "source": {"start": 0, "end": 10}, "target": {"start": 5, "end": 21}}
        ),
        "",
        json.dumps(good[1]),
    ]
    source = tmp_path / "pairs.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", str(source), "--model", kind])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 6, "one output line per non-blank input line"
    assert [("error" in o) for o in out] == [False, True, True, True, True, False]
    assert out[0]["id"] == good[0]["id"] and out[0]["type"] == "ASSAULT"
    assert set(out[0]["scores"]) == set(PLOVER_TYPES) and out[0]["quad_class"] == 4
    assert out[0]["runner_up"] in PLOVER_TYPES and out[0]["because"]
    assert "line 2" in out[1]["error"] and "not inside" in out[3]["error"] and "overlap" in out[4]["error"]
    assert "6 pairs, 4 with errors" in result.stderr


def test_a_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "pairs.jsonl"
    source.write_text("{}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", str(source), "--model-dir", str(tmp_path / "none")])
    assert result.exit_code == 1 and "eventwire train" in result.output


def test_the_pipeline_keeps_rule_events_and_explains_the_models_view() -> None:
    from eventwire.api import extract

    text = "Russian troops shelled Ukrainian positions near Kharkiv overnight."
    result = extract(text, date="2022-03-01")
    assert [e.type for e in result.events] == ["ASSAULT"]
    assert "model" in result.events[0].explanation
    assert recode_events(text, []) == []
    assert load_model("fast").config.use_vectors is False


def test_workers_give_the_same_lines_in_the_same_order() -> None:
    records: list[dict[str, Any] | InputError] = [_record(*p[:3]) for p in PAIRS]
    records.insert(2, InputError("line 3: not JSON"))
    one = list(classify_records(records, kind="fast", batch_size=2))
    two = list(classify_records(records, kind="fast", batch_size=2, workers=2))
    assert one == two
    assert [r.get("type") for r in one] == [p[3] for p in PAIRS[:2]] + [None] + [p[3] for p in PAIRS[2:]]


@pytest.mark.parametrize(
    ("workers", "depth", "first_two"),
    [
        ("started", 1, ["pool", "here"]),  # the pool's one batch is still running: the next is coded here
        ("loading", 1, ["here", "here"]),  # workers still loading their models take nothing
        ("failed", 1, ["here", "here"]),  # a worker whose start failed takes nothing either
        ("started", 0, ["here", "here"]),
    ],
)
def test_batches_are_shared_between_this_process_and_the_pool_in_order(
    workers: str, depth: int, first_two: list[str]
) -> None:
    from concurrent.futures import Future, ThreadPoolExecutor
    from threading import Event

    coded_here = Event()

    def here(batch: list[int]) -> list[tuple[str, int]]:
        coded_here.set()
        return [("here", n) for n in batch]

    def remote(batch: list[int]) -> list[tuple[str, int]]:
        coded_here.wait(5)  # a worker's batch ends only after this process has coded one
        return [("pool", n) for n in batch]

    started: Future[bool] = Future()
    if workers == "started":
        started.set_result(True)
    elif workers == "failed":
        started.set_exception(RuntimeError("the worker could not load its models"))
    batches = [[1, 2], [3], [4, 5], [6], [7]]
    with ThreadPoolExecutor(1) as pool:
        out = list(share_batches(batches, here, pool, remote, started, depth))
    assert [n for _, n in out] == [1, 2, 3, 4, 5, 6, 7]
    assert [out[0][0], out[2][0]] == first_two
    assert all(where == "here" for where, _ in out) == ("pool" not in first_two)


def _pairs_sharing_sentences() -> list[Pair]:
    """The test pairs, plus a second pair over the first sentence with the roles swapped (one parse, two pairs)."""
    pairs = [Pair(text, _span2(text, source), _span2(text, target)) for text, source, target, _ in PAIRS]
    first = pairs[0]
    return [*pairs, Pair(first.text, first.target, first.source), Pair(first.text, first.source, None)]


def _span2(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize("kind", ["fast", "full", "static"])
def test_a_batch_codes_each_pair_as_it_would_be_coded_alone(kind: str) -> None:
    pairs = _pairs_sharing_sentences()
    model = load_model(kind)
    together = classify(pairs, model)
    alone = [classify([pair], model)[0] for pair in pairs]
    assert [(c.type, c.scores, c.pentaclass, c.because) for c in together] == [
        (c.type, c.scores, c.pentaclass, c.because) for c in alone
    ]


LONG = " ".join(["The minister, who spoke at length about the economy and the budget and the weather,"] * 70)
TABLE = "Country | Troops | Date\nRussia | 10,000 | 2022-02-24\nUkraine | 5,000 | 2022-02-25"
HEADLINE = "RUSSIA ATTACKS UKRAINE IN PREDAWN ASSAULT"


@pytest.mark.parametrize(
    "record",
    [
        {"text": LONG + " Russia attacked Ukraine.", "source": None, "target": None},
        {"text": TABLE, "source": {"start": 26, "end": 32}, "target": {"start": 53, "end": 60}},
        {"text": HEADLINE, "source": {"start": 0, "end": 6}, "target": {"start": 15, "end": 22}},
        {"text": "!!! ??? ...", "source": None, "target": None},
    ],
    ids=["1000-word sentence", "table pasted as text", "headline in capitals", "punctuation only"],
)
def test_odd_texts_still_get_a_coding(record: dict[str, Any]) -> None:
    (out,) = classify_records([record], kind="fast")
    assert "error" not in out and out["type"] in PLOVER_TYPES
    assert len(record["text"].split()) < 1200


@pytest.mark.parametrize("content", ['{"format": 99}', "not json", '{"format": 1}'])
def test_a_damaged_model_folder_is_a_clear_error(tmp_path: Path, content: str) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.json").write_text(content, encoding="utf-8")
    source = tmp_path / "pairs.jsonl"
    source.write_text('{"text": "Iran condemned Israel."}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", str(source), "--model-dir", str(folder)])
    assert result.exit_code == 1 and "not a readable eventwire classifier" in result.output


def _user_model(pairs: list[Pair], encoder: str) -> PairClassifier:
    """A small full model trained on ``pairs`` (their expected types) with vectors from ``encoder``."""
    labels = [expected for *_, expected in PAIRS] + ["ASSAULT", "ASSAULT"]
    rules = [rule_features(match, events) for match, events in rule_matches(pairs)]
    vectors = sentence_vectors([p.text for p in pairs], encoder=encoder)
    return PairClassifier(Config(char_features=2_000, encoder=encoder)).fit(inputs_for(pairs, rules, vectors), labels)


def test_a_model_on_another_encoder_still_gets_the_shipped_pentaclass() -> None:
    """A user's full model on the quantized encoder: its own vectors for it, the shipped ones for penta."""
    pairs = _pairs_sharing_sentences()
    user_model = _user_model(pairs, QUANTIZED_ENCODER)
    assert load_model("penta").config.encoder == DEFAULT_ENCODER != QUANTIZED_ENCODER
    shipped = classify(pairs, load_model("full"))
    assert [c.pentaclass for c in classify(pairs, user_model)] == [c.pentaclass for c in shipped]


@pytest.mark.parametrize(("saved_beside", "expected"), [(True, "saved"), (False, "shipped")])
def test_the_pentaclass_model_comes_from_beside_a_model_folder(
    tmp_path: Path, saved_beside: bool, expected: str
) -> None:
    pairs = _pairs_sharing_sentences()
    _user_model(pairs, QUANTIZED_ENCODER).save(tmp_path / "plover-pairs")
    if saved_beside:
        penta = _user_model(pairs, QUANTIZED_ENCODER)
        penta.meta = {"note": "saved"}
        penta.save(tmp_path / "cameo-penta")
    chosen = penta_model_for(load_model("full", tmp_path / "plover-pairs"), tmp_path / "plover-pairs")
    assert (chosen.meta.get("note") == "saved") == (expected == "saved")
    assert chosen.config.encoder == (QUANTIZED_ENCODER if saved_beside else DEFAULT_ENCODER)


@pytest.mark.parametrize(
    ("folder", "beside", "expected"),
    [
        ("plover-pairs-static", "cameo-penta-static", "saved"),  # `train --out DIR` saves both
        ("plover-pairs-static", "cameo-penta", "saved"),  # `train --encoder static-... --out DIR`, renamed
        ("plover-pairs", "cameo-penta-static", "shipped"),  # another variant's pentaclass model is not taken
        ("my-model", "cameo-penta", "saved"),
        ("plover-pairs-static", None, "shipped"),
    ],
)
def test_a_static_model_folder_takes_the_pentaclass_model_beside_it_else_the_shipped_static_one(
    tmp_path: Path, folder: str, beside: str | None, expected: str
) -> None:
    pairs = _pairs_sharing_sentences()
    _user_model(pairs, STATIC_ENCODER).save(tmp_path / folder)
    if beside is not None:
        penta = _user_model(pairs, STATIC_ENCODER)
        penta.meta = {"note": "saved"}
        penta.save(tmp_path / beside)
    chosen = penta_model_for(load_model("static", tmp_path / folder), tmp_path / folder)
    assert (chosen.meta.get("note") == "saved") == (expected == "saved")
    if expected == "shipped":
        assert chosen is load_model("penta-static")
