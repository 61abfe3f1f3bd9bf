"""The matrix products of the spaCy models: numpy's BLAS, one thread at a time.

The tagger and parser spend most of their time in small matrix products (a few thousand
rows by 288 columns). numpy's OpenBLAS does them about 1.6 times faster than BLIS, thinc's
default, with the same results; run on one thread, as a worker has one core (a second
thread contends with the other worker, or the other jobs of the machine, and is slower).
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]


@lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    """The thread pools of the loaded native libraries, found once."""
    return ThreadpoolController()


@contextmanager
def one_thread() -> Iterator[None]:
    """BLAS on one thread inside the block; the process's own setting again after it."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
