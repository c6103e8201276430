"""spaCy's matrix products with NumPy's BLAS on one thread: the same products and annotations as thinc's BLIS."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

pytest.importorskip("spacy")

from threadpoolctl import threadpool_info, threadpool_limits

from eventwire.annotate import load_nlp
from eventwire.errors import StageError
from eventwire.matmul import OneThreadNumpyOps


def _blas_threads() -> list[int]:
    return [int(lib["num_threads"]) for lib in threadpool_info() if lib["user_api"] == "blas"]


@pytest.mark.parametrize(
    ("x_shape", "y_shape", "trans1", "trans2"),
    [
        ((7, 5), (5, 3), False, False),
        ((2000, 288), (288, 288), False, True),  # a token-vector layer's product over a batch of sentences
        ((5, 7), (5, 3), True, False),
        ((5, 7), (3, 5), True, True),
        ((1, 64), (192, 64), False, True),
    ],
)
def test_products_are_numpys_and_close_to_blis(
    x_shape: tuple[int, int], y_shape: tuple[int, int], trans1: bool, trans2: bool
) -> None:
    from thinc.api import NumpyOps

    rng = np.random.default_rng(0)
    x, y = rng.standard_normal(x_shape, dtype=np.float32), rng.standard_normal(y_shape, dtype=np.float32)
    threads = _blas_threads()
    product = OneThreadNumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    with threadpool_limits(limits=1, user_api="blas"):  # several threads split a large product and round differently
        expected = np.dot(x.T if trans1 else x, y.T if trans2 else y)
    assert np.array_equal(product, expected)
    blis = NumpyOps(use_blis=True).gemm(x, y, trans1=trans1, trans2=trans2)
    assert np.allclose(product, blis, rtol=1e-4, atol=1e-4)
    assert _blas_threads() == threads  # the one-thread limit is lifted after each product


def test_a_product_into_a_given_array_fills_it() -> None:
    x, y = np.ones((3, 4), dtype=np.float32), np.ones((4, 2), dtype=np.float32)
    out = np.zeros((3, 2), dtype=np.float32)
    assert OneThreadNumpyOps().gemm(x, y, out=out) is out
    assert np.array_equal(out, np.full((3, 2), 4.0, dtype=np.float32))


def test_each_product_runs_on_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from thinc.backends.ops import Ops

    seen: list[list[int]] = []
    original = Ops.gemm

    def recording(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(_blas_threads())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Ops, "gemm", recording)
    OneThreadNumpyOps().gemm(np.ones((4, 4), dtype=np.float32), np.ones((4, 4), dtype=np.float32))
    assert seen and all(count == 1 for count in seen[0])


@pytest.fixture(scope="module")
def nlp() -> Any:
    try:
        return load_nlp()
    except StageError:
        pytest.skip("no spaCy English model is installed")


@pytest.fixture(scope="module")
def with_blis(nlp: Any) -> Any:
    """The same spaCy model and tokenizer and ruler changes, with thinc's BLIS products as spaCy loads it."""
    import spacy

    from eventwire.annotate import index_tag_rules, split_glued_quotes

    loaded = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    split_glued_quotes(loaded)
    index_tag_rules(loaded)
    return loaded


@pytest.mark.slow
@pytest.mark.parametrize("component", ["tok2vec", "tagger", "parser", "ner"])
def test_every_layer_of_the_loaded_pipeline_multiplies_with_numpy(nlp: Any, component: str) -> None:
    layers = list(nlp.get_pipe(component).model.walk())
    assert layers and all(isinstance(layer.ops, OneThreadNumpyOps) for layer in layers)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken criticized North Korea on Thursday for its sixth missile test this year.",
        "Police in Dhaka fired tear gas at thousands of protesters who demanded the minister's resignation.",
        "the army said it had killed 12 militants near kabul, but villagers told reporters that 5 were farmers.",
        "RUSSIA AND UKRAINE AGREE TO A PRISONER EXCHANGE AFTER TALKS IN ISTANBUL",
        "“We will not negotiate,” the spokesman said, adding that sanctions imposed by the EU would be lifted.",
    ],
)
def test_annotations_are_those_of_blis(nlp: Any, with_blis: Any, text: str) -> None:
    def annotations(doc: Any) -> list[tuple[Any, ...]]:
        return [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]

    assert not isinstance(with_blis.get_pipe("ner").model.ops, OneThreadNumpyOps)
    assert annotations(nlp(text)) == annotations(with_blis(text))
