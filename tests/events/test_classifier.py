"""The event classifier: training, storage, YIELD split and explanations, on a small hand-made set."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from eventwire.events.classifier import Config, PairClassifier, PairInputs, inputs_for, split_yield
from eventwire.events.embed import DEFAULT_ENCODER, LEGACY_ENCODER
from eventwire.events.ontology import PLOVER_TYPES
from eventwire.events.pairs import Pair

TRAIN = [
    ("Russia attacked Ukraine.", "ASSAULT"),
    ("Rebels shelled the town.", "ASSAULT"),
    ("Troops bombed the village.", "ASSAULT"),
    ("France praised Germany.", "SUPPORT"),
    ("The minister endorsed the plan.", "SUPPORT"),
    ("Japan welcomed the accord.", "SUPPORT"),
    ("Israel withdrew its troops.", "YIELD"),
    ("The army released the prisoners.", "YIELD"),
    ("Police freed the hostages.", "YIELD"),
]
FAST = Config(use_rules=True, use_vectors=False, char_features=2_000)


def _inputs(texts: list[str], rules: list[dict[str, float]] | None = None) -> PairInputs:
    return inputs_for([Pair(t) for t in texts], rules or [{} for _ in texts])


@pytest.fixture(scope="module")
def model() -> PairClassifier:
    texts, labels = zip(*TRAIN, strict=True)
    return PairClassifier(FAST).fit(_inputs(list(texts)), list(labels))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked the village.", "ASSAULT"),
        ("The minister praised the accord.", "SUPPORT"),
        ("The army withdrew from the town.", "RETREAT"),
    ],
)
def test_codes_unseen_sentences_like_its_training_examples(model: PairClassifier, text: str, expected: str) -> None:
    (coding,) = model.code(_inputs([text]))
    assert coding.type == expected
    assert set(coding.scores) == set(PLOVER_TYPES)
    assert sum(coding.scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert coding.runner_up != coding.type
    assert coding.because, "every coding says which features decided it"


@pytest.mark.parametrize(
    ("marked", "rules", "expected"),
    [
        ("Israel withdrew its troops.", {}, "RETREAT"),
        ("The army released the prisoners.", {}, "RETREAT"),
        ("The government conceded defeat.", {}, "CONCEDE"),
        ("Israel withdrew its troops.", {"rule:type=CONCEDE": 1.0}, "CONCEDE"),
        ("The government apologised.", {"rule:type=RETREAT": 1.0}, "RETREAT"),
    ],
)
def test_old_yield_splits_into_concede_or_retreat(marked: str, rules: dict[str, float], expected: str) -> None:
    assert split_yield(marked, rules) == expected


def test_a_saved_model_loads_back_with_the_same_scores(model: PairClassifier, tmp_path: Path) -> None:
    model.meta = {"note": "test"}
    model.save(tmp_path / "m")
    loaded = PairClassifier.load(tmp_path / "m")
    probe = _inputs(["Rebels attacked the village.", "Japan praised France."])
    assert loaded.labels == model.labels
    assert loaded.meta == {"note": "test"}
    np.testing.assert_allclose(loaded.probabilities(probe), model.probabilities(probe), atol=1e-5)
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == ["model.json", "weights.npz"]


def test_a_model_that_reads_sentence_vectors_refuses_inputs_without_them() -> None:
    texts, labels = zip(*TRAIN, strict=True)
    vectors = np.eye(len(texts), 8, dtype=np.float32)
    inputs = inputs_for([Pair(t) for t in texts], [{} for _ in texts], vectors)
    model = PairClassifier(Config(use_vectors=True, char_features=2_000)).fit(inputs, list(labels))
    with pytest.raises(ValueError, match="sentence vectors"):
        model.probabilities(_inputs(["Rebels attacked the village."]))


@pytest.mark.parametrize(
    ("stored_config", "encoder"),
    [
        ({}, LEGACY_ENCODER),  # saved before the config named its encoder (0.3.0)
        ({"encoder": LEGACY_ENCODER}, LEGACY_ENCODER),
        ({"encoder": DEFAULT_ENCODER}, DEFAULT_ENCODER),
    ],
)
def test_a_loaded_model_reads_vectors_from_the_encoder_it_was_trained_on(
    model: PairClassifier, tmp_path: Path, stored_config: dict[str, str], encoder: str
) -> None:
    model.save(tmp_path / "m")
    doc = json.loads((tmp_path / "m" / "model.json").read_text("utf-8"))
    doc["config"] = {k: v for k, v in doc["config"].items() if k != "encoder"} | stored_config
    (tmp_path / "m" / "model.json").write_text(json.dumps(doc), "utf-8")
    assert PairClassifier.load(tmp_path / "m").config.encoder == encoder


def test_new_models_are_trained_on_the_default_encoder() -> None:
    assert Config().encoder == DEFAULT_ENCODER


PAIRS = [
    Pair("Rebels attacked the village near the border.", (0, 6), (20, 27)),
    Pair("The minister praised the accord with Japan.", (0, 12), (21, 31)),
    Pair("Israel withdrew its troops.", (0, 6), None),
    Pair("Police freed the hostages on Monday.", None, (13, 25)),
]


def test_feature_blocks_are_what_each_vectorizer_makes_of_the_texts(model: PairClassifier) -> None:
    inputs = inputs_for(PAIRS, [{"rule:type=ASSAULT": 1.0}, {}, {"rule:none": 1.0}, {}])
    expected = sp.hstack(
        [
            model._word.transform(inputs.marked),
            model._char.transform(inputs.marked),
            model._between.transform(inputs.between),
            model._rules.transform(inputs.rules),
        ]
    ).tocsr()
    assert np.array_equal(model._matrix(inputs).toarray(), expected.toarray())


def test_two_models_reading_one_batch_analyse_its_texts_once(model: PairClassifier) -> None:
    texts, labels = zip(*TRAIN, strict=True)
    other = PairClassifier(Config(use_rules=True, use_vectors=False, c=1.0, char_features=500))
    other.fit(_inputs(list(texts)), list(labels))
    shared = inputs_for(PAIRS, [{} for _ in PAIRS])
    model.probabilities(shared)
    analysed = dict(shared.terms)
    assert len(analysed) == 3  # word and char n-grams of the marked texts, words between the participants
    np.testing.assert_array_equal(
        other.probabilities(shared), other.probabilities(inputs_for(PAIRS, [{} for _ in PAIRS]))
    )
    assert shared.terms.keys() == analysed.keys()


def test_reasons_are_the_strongest_features_pushing_toward_the_type(model: PairClassifier) -> None:
    for coding in model.code(inputs_for(PAIRS, [{} for _ in PAIRS])):
        pushes = [float(reason.rsplit("(+", 1)[1].rstrip(")")) for reason in coding.because]
        assert 0 < len(pushes) <= 3
        assert all(push > 0 for push in pushes)
        assert pushes == sorted(pushes, reverse=True)
