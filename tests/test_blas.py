"""Tests of `timeline.blas`: the models' matrix products on one BLAS thread, while parsing only."""

from __future__ import annotations

from typing import Any

import numpy
from threadpoolctl import ThreadpoolController

from timeline.blas import one_thread


def _blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in ThreadpoolController().info()
            if pool["user_api"] == "blas"]


def test_blas_one_thread_inside_the_block_only() -> None:
    assert numpy.ones(1).sum() == 1  # numpy (and its BLAS) is loaded
    before = _blas_threads()
    with one_thread():
        assert set(_blas_threads()) <= {1}
    assert _blas_threads() == before


def test_blas_models_use_numpy_not_blis(nlp: Any) -> None:
    kinds = {(type(node.ops).__name__, node.ops.use_blis)
             for _, component in nlp.pipeline if hasattr(component, "model")
             for node in component.model.walk()}
    assert kinds == {("NumpyOps", False)}
