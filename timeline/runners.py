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
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Generator, Iterable, TypeVar

from timeline.errors import SchedulerError

logger = logging.getLogger(__name__)

Chunk = TypeVar("Chunk")
Result = TypeVar("Result")
# Chunks queued per worker: enough to keep every worker busy while results are written.
IN_FLIGHT_PER_WORKER = 2
# How long to wait for a worker whose pipe closed to be reaped.
JOIN_SECONDS = 5.0


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
             setup: Callable[[], None] | None = None,
             lost: Callable[[Chunk, str], Result] | None = None
             ) -> Generator[Result, None, None]:
    """Each chunk's results, computed by `workers` local processes.

    Each worker holds one chunk at a time, so a worker that dies (killed, out of memory)
    loses exactly that chunk: its result is `lost(chunk, reason)`, a new worker takes its
    place and the others go on. An error raised by `work` is raised here.
    setup: loads what every worker needs (the spaCy model): run once here before the
        workers are forked, or once in each worker where processes are spawned.
    lost: the result of a chunk whose worker died; without it, RuntimeError is raised.
    """
    preload = "fork" in multiprocessing.get_all_start_methods()
    if preload and setup is not None:
        # Forked workers inherit what `setup` loaded (copy-on-write), instead of each one
        # paying the model load and warm-up; spawn (macOS, Windows) runs it in each worker.
        setup()
    pool = _Pool(work, workers, None if preload else setup,
                 multiprocessing.get_context("fork" if preload else "spawn"))
    finished: dict[int, Result] = {}
    todo = enumerate(chunks)
    issued = emitted = 0
    exhausted = False
    try:
        while True:
            while (not exhausted and pool.idle()
                   and issued - emitted < workers * IN_FLIGHT_PER_WORKER):
                task = next(todo, None)
                exhausted = task is None
                if task is not None:
                    pool.assign(*task)
                    issued += 1
            while emitted in finished:
                yield finished.pop(emitted)
                emitted += 1
            if exhausted and emitted == issued:
                return
            if not pool.busy():  # the window was full until the results above went out
                continue
            for index, chunk, outcome in pool.collect():
                if isinstance(outcome, _Death):
                    if lost is None:
                        raise RuntimeError(outcome.reason)
                    finished[index] = lost(chunk, outcome.reason)
                else:
                    finished[index] = outcome
    finally:
        # On an interrupt (or an error here) nothing more is computed for this run.
        pool.stop()


@dataclass(frozen=True, slots=True)
class _Death:
    """What a worker that died left instead of a result: why, as its exit code tells."""

    reason: str


@dataclass(slots=True)
class _Worker:
    """One worker process, the pipe to it, and the chunk it holds (index, chunk)."""

    process: Any
    conn: Connection
    task: tuple[int, Any] | None = None


class _Pool:
    """Worker processes that each take one chunk at a time through their own pipe, so the
    chunk a dead worker held is known (multiprocessing.Pool would wait for it forever)."""

    def __init__(self, work: Callable[[Any], Any], size: int,
                 setup: Callable[[], None] | None, context: Any) -> None:
        self.work, self.setup, self.context = work, setup, context
        self.workers: list[_Worker] = []
        for _ in range(size):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        mine, theirs = self.context.Pipe()
        # A forked worker closes the other workers' pipe ends it inherited: each worker must
        # see its own pipe close (EOF) when this process goes.
        inherited = ([w.conn for w in self.workers] + [mine]
                     if self.context.get_start_method() == "fork" else [])
        process = self.context.Process(target=_serve, daemon=True,
                                       args=(theirs, self.work, self.setup, inherited))
        process.start()
        theirs.close()
        return _Worker(process, mine)

    def idle(self) -> bool:
        """True when a worker holds no chunk."""
        return any(w.task is None for w in self.workers)

    def busy(self) -> bool:
        """True when a worker holds a chunk."""
        return any(w.task is not None for w in self.workers)

    def assign(self, index: int, chunk: Any) -> None:
        """Send `chunk` to an idle worker (a new one, if the idle one has died)."""
        slot = next(i for i, w in enumerate(self.workers) if w.task is None)
        try:
            self.workers[slot].conn.send(chunk)
        except OSError:  # died while idle: nothing was lost, its successor takes the chunk
            self._replace(slot)
            self.workers[slot].conn.send(chunk)
        self.workers[slot].task = (index, chunk)

    def collect(self) -> list[tuple[int, Any, Any]]:
        """Wait for workers to finish or die: (index, chunk, result or _Death) of each.

        Raises: whatever `work` raised in a worker.
        """
        busy = [w for w in self.workers if w.task is not None]
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
        out: list[tuple[int, Any, Any]] = []
        for slot, worker in enumerate(self.workers):
            if worker.task is None or not ready & {worker.conn, worker.process.sentinel}:
                continue
            (index, chunk), worker.task = worker.task, None
            try:
                kind, value = worker.conn.recv()
            except (EOFError, OSError):
                worker.process.join(JOIN_SECONDS)
                out.append((index, chunk, _Death(_death_reason(worker.process.exitcode))))
                self._replace(slot)
                continue
            if kind == "error":
                raise value
            out.append((index, chunk, value))
        return out

    def _replace(self, slot: int) -> None:
        old = self.workers[slot]
        old.conn.close()
        if old.process.is_alive():
            old.process.kill()
        old.process.join()
        self.workers[slot] = self._start()

    def stop(self) -> None:
        """End every worker, whatever it is doing."""
        for worker in self.workers:
            worker.process.terminate()
        for worker in self.workers:
            worker.process.join()
            worker.conn.close()


def _serve(conn: Connection, work: Callable[[Any], Any], setup: Callable[[], None] | None,
           inherited: list[Connection]) -> None:
    """A worker's life: take a chunk, send back ("ok", result) or ("error", exception),
    until the pipe closes.

    inherited: the parent's pipe ends this process got by forking, closed at once.
    """
    for other in inherited:
        other.close()
    _init_worker(setup)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", work(chunk))
        except Exception as err:  # noqa: BLE001 - raised again in the parent
            reply = ("error", err)
        try:
            conn.send(reply)
        except Exception as err:  # noqa: BLE001 - an error that cannot be pickled
            conn.send(("error", RuntimeError(f"{type(err).__name__}: {err}")))


def _death_reason(exitcode: int | None) -> str:
    """Why a worker ended, from its exit code (a negative one is the signal that ended it)."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory, or killed by someone)" if name == "SIGKILL" else ""
        return f"the worker process was killed by {name}{hint}"
    return f"the worker process ended unexpectedly (exit code {exitcode})"


def run_dask(work: Callable[[Chunk], Result], chunks: Iterable[Chunk], address: str,
             workers: int | None = None, *, timeout: str = "10s",
             lost: Callable[[Chunk, str], Result] | None = None
             ) -> Generator[Result, None, None]:
    """Each chunk's results, computed on the Dask distributed cluster at `address`.

    workers: how many chunks to keep in flight per cluster worker's thread; by default
        the cluster's total thread count decides.
    timeout: how long to try to connect, as Dask writes it ("10s").
    lost: the result of a chunk the cluster could not compute (its workers died, the
        connection broke); without it, the cluster's error is raised.
    Raises: SchedulerError when the scheduler cannot be reached.
    """
    import distributed

    dask: Any = distributed  # untyped: its calls are checked by the tests instead
    try:
        # A malformed address fails here, before a Client half-built from it reports
        # its own failure again from its destructor (a traceback on stderr).
        dask.comm.get_address_host_port(address)
        client = dask.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise SchedulerError(str(err) or type(err).__name__, address=address) from None
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = max(1, (workers or threads) * IN_FLIGHT_PER_WORKER)
        pending: collections.deque[Any] = collections.deque()
        for chunk in chunks:
            pending.append((client.submit(work, chunk, pure=False), chunk))
            if len(pending) >= limit:
                yield _dask_result(pending.popleft(), lost)
        while pending:
            yield _dask_result(pending.popleft(), lost)
    finally:
        client.close()


def _dask_result(task: tuple[Any, Chunk], lost: Callable[[Chunk, str], Result] | None
                 ) -> Result:
    """A future's result, or `lost` for its chunk when the cluster failed it (KilledWorker:
    its workers died; a broken connection)."""
    future, chunk = task
    try:
        result: Result = future.result()
    except Exception as err:  # noqa: BLE001 - `work` isolates documents; this is the cluster
        if lost is None:
            raise
        return lost(chunk, f"the Dask cluster failed it ({type(err).__name__}: {err})")
    return result


def worker_id() -> str:
    """This worker's name in the batch summary: host and process id."""
    return f"{os.uname().nodename}:{os.getpid()}"
