"""Tests of `timeline.runners`: runners keep the input order; a bad scheduler is one error."""

from __future__ import annotations

import os
import signal

import pytest

from timeline import runners
from timeline.errors import SchedulerError

CHUNKS = [[1, 2], [3], [], [4, 5, 6], [7], [8, 9]]


def test_runners_serial_keeps_order() -> None:
    assert list(runners.run_serial(sum, iter(CHUNKS))) == [3, 3, 0, 15, 7, 17]


@pytest.mark.parametrize("workers", [1, 2, 3], ids=["one", "two", "three"])
def test_runners_pool_keeps_order(workers: int) -> None:
    assert list(runners.run_pool(sum, iter(CHUNKS), workers)) == [3, 3, 0, 15, 7, 17]


def _pid(_: object) -> int:
    return os.getpid()


def test_runners_pool_runs_in_other_processes() -> None:
    pids = set(runners.run_pool(_pid, iter(CHUNKS), 2))
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def test_runners_pool_stops_on_error() -> None:
    with pytest.raises(TypeError):
        list(runners.run_pool(sum, iter([[1], ["x"], [2]]), 2))


def test_runners_peak_memory_is_plausible() -> None:
    assert 10 < runners.peak_memory_mb() < 4096


def test_runners_unreachable_scheduler_is_one_error() -> None:
    with pytest.raises(SchedulerError, match="cannot use the Dask scheduler at tcp://127.0.0.1:9"):
        list(runners.run_dask(sum, iter(CHUNKS), "tcp://127.0.0.1:9", timeout="1s"))


def _die_on_13(chunk: list[int]) -> int:
    if 13 in chunk:
        os.kill(os.getpid(), signal.SIGKILL)
    return sum(chunk)


def test_runners_pool_killed_worker_loses_its_chunk_only() -> None:
    chunks = [[1], [2], [13, 4], [5], [6], [13], [7]]
    results = list(runners.run_pool(_die_on_13, iter(chunks), 2,
                                    lost=lambda chunk, why: (chunk, why)))
    assert results[:2] == [1, 2] and results[3:5] == [5, 6] and results[6] == 7
    for lost in (results[2], results[5]):
        assert isinstance(lost, tuple) and 13 in lost[0]
        assert "killed by SIGKILL" in lost[1]


def test_runners_pool_killed_worker_without_lost_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="killed by SIGKILL"):
        list(runners.run_pool(_die_on_13, iter([[1], [13], [2]]), 2))
