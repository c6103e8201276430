"""What `eventwire train` builds: three variants of each task's model, each with the features it reads."""

from __future__ import annotations

import pytest

from eventwire.events.classify import MODEL_NAMES
from eventwire.events.embed import DEFAULT_ENCODER, QUANTIZED_ENCODER, STATIC_ENCODER
from eventwire.events.training import TASKS, variant_config


@pytest.mark.parametrize(
    ("variant", "encoder", "task", "use_vectors", "expected_encoder", "vector_weight"),
    [
        ("full", DEFAULT_ENCODER, "plover", True, DEFAULT_ENCODER, 2.0),
        ("full", QUANTIZED_ENCODER, "penta", True, QUANTIZED_ENCODER, 2.0),  # train --encoder names the full models'
        ("fast", DEFAULT_ENCODER, "plover", False, DEFAULT_ENCODER, 2.0),
        ("static", DEFAULT_ENCODER, "plover", True, STATIC_ENCODER, 2.0),
        ("static", QUANTIZED_ENCODER, "plover", True, STATIC_ENCODER, 2.0),  # whatever --encoder says
        ("static", DEFAULT_ENCODER, "penta", True, STATIC_ENCODER, 1.0),  # chosen by cross-validation
    ],
)
def test_each_variant_reads_its_own_features(
    variant: str, encoder: str, task: str, use_vectors: bool, expected_encoder: str, vector_weight: float
) -> None:
    config = variant_config(variant, encoder, task)
    assert (config.use_vectors, config.encoder, config.vector_weight) == (use_vectors, expected_encoder, vector_weight)


@pytest.mark.parametrize(
    ("task", "names"),
    [
        ("plover", {"full": "plover-pairs", "fast": "plover-pairs-fast", "static": "plover-pairs-static"}),
        ("penta", {"full": "cameo-penta", "fast": "cameo-penta-fast", "static": "cameo-penta-static"}),
    ],
)
def test_train_saves_every_shipped_model(task: str, names: dict[str, str]) -> None:
    assert TASKS[task][2] == names
    assert set(names.values()) <= set(MODEL_NAMES.values())


def test_the_shipped_models_and_static_table_stay_small() -> None:
    from eventwire.events.classify import MODELS_DIR

    total = sum(path.stat().st_size for path in MODELS_DIR.rglob("*") if path.is_file())
    assert total < 100 * 2**20, f"{total / 2**20:.0f} MB shipped under {MODELS_DIR}"
