"""Where a batch runs: in this process, in a pool of local processes, or on a Dask cluster.

Each runner takes a picklable `work(chunk) -> results` function and an iterator of
chunks, keeps a bounded number of chunks in flight (the corpus is streamed, never held
in memory), and yields each chunk's results in input order. Workers return finished
results (plain dicts), never spaCy objects.
"""

from __future__ import annotations

import collections
import logging
import multiprocessing
import os
import resource
import signal
import sys
from typing import Any, Callable, Generator, Iterable, TypeVar

from timeline.errors import SchedulerError

logger = logging.getLogger(__name__)

Chunk = TypeVar("Chunk")
Result = TypeVar("Result")
# Chunks queued per worker: enough to keep every worker busy while results are written.
IN_FLIGHT_PER_WORKER = 2


def peak_memory_mb() -> float:
    """The peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def run_serial(work: Callable[[Chunk], Result], chunks: Iterable[Chunk]) -> Generator[Result, None, None]:
    """Each chunk's results, computed in this process."""
    for chunk in chunks:
        yield work(chunk)


def _init_worker(setup: Callable[[], None] | None) -> None:
    # Ctrl-C reaches the whole process group; only the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's handlers; `Pool.terminate` stops it with SIGTERM.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if setup is not None:
        setup()


def run_pool(work: Callable[[Chunk], Result], chunks: Iterable[Chunk], workers: int,
             setup: Callable[[], None] | None = None) -> Generator[Result, None, None]:
    """Each chunk's results, computed by `workers` local processes.

    setup: loads what every worker needs (the spaCy model): run once here before the
        workers are forked, or once in each worker where processes are spawned.
    """
    preload = "fork" in multiprocessing.get_all_start_methods()
    if preload and setup is not None:
        # Forked workers inherit what `setup` loaded (copy-on-write), instead of each one
        # paying the model load and warm-up; spawn (macOS, Windows) runs it in each worker.
        setup()
    context = multiprocessing.get_context("fork" if preload else "spawn")
    pool = context.Pool(workers, initializer=_init_worker,
                        initargs=(None if preload else setup,))
    pending: collections.deque[Any] = collections.deque()
    try:
        for chunk in chunks:
            pending.append(pool.apply_async(work, (chunk,)))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        pool.close()
    finally:
        # On an interrupt (or an error here) nothing more is computed for this run.
        pool.terminate()
        pool.join()


def run_dask(work: Callable[[Chunk], Result], chunks: Iterable[Chunk], address: str,
             workers: int | None = None, *, timeout: str = "10s"
             ) -> Generator[Result, None, None]:
    """Each chunk's results, computed on the Dask distributed cluster at `address`.

    workers: how many chunks to keep in flight per cluster worker's thread; by default
        the cluster's total thread count decides.
    timeout: how long to try to connect, as Dask writes it ("10s").
    Raises: SchedulerError when the scheduler cannot be reached.
    """
    import distributed

    dask: Any = distributed  # untyped: its calls are checked by the tests instead
    try:
        client = dask.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise SchedulerError(str(err) or type(err).__name__, address=address) from None
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = max(1, (workers or threads) * IN_FLIGHT_PER_WORKER)
        pending: collections.deque[Any] = collections.deque()
        for chunk in chunks:
            pending.append(client.submit(work, chunk, pure=False))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()


def worker_id() -> str:
    """This worker's name in the batch summary: host and process id."""
    return f"{os.uname().nodename}:{os.getpid()}"
