"""Matrix products for spaCy's layers: NumPy's BLAS on one thread instead of the BLIS that thinc bundles.

Thinc's CPU layers call BLIS for their matrix products (the token-vector CNNs, the first layer of the parser and
of the entity recognizer).  The BLIS wheel knows no newer AMD processor (family 25: ``BLIS_ARCH_DEBUG=1`` prints
"selecting sub-configuration 'generic'") and then runs its reference kernels, about three times slower than the
OpenBLAS that NumPy ships; these products were a third of the parse's CPU (``benchmarks/classify.py``).  The
products differ only in their last float bits: the annotations (tags, parses, lemmas, entities) of the 1,602 texts
of the classify benchmark and PLV train are identical, and so are ``eventwire classify``'s outputs.  The parser's
per-step products stay with BLIS (compiled code picks them).
"""

from __future__ import annotations

from typing import Any

from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController


class OneThreadNumpyOps(NumpyOps):  # type: ignore[misc]  # thinc's compiled ops have no type information
    """Thinc's NumPy ops with NumPy's matrix product, one BLAS thread per product: spaCy's products are small, and
    a second thread mostly spins waiting (the parse took twice the CPU with two threads on two busy cores)."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)
        self._blas = ThreadpoolController().select(user_api="blas")

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        with self._blas.limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def multiply_with_numpy(nlp: Any) -> None:
    """Give every layer of ``nlp``'s components :class:`OneThreadNumpyOps` (the layers keep their weights)."""
    ops = OneThreadNumpyOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for layer in model.walk():
                layer.ops = ops
