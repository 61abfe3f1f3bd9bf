"""Work run in a child process under limits: each limit stops it with a message, and a
result comes back whole."""

from __future__ import annotations

import time
from typing import Callable

import pytest

from timeline.errors import TemplateError
from timeline.isolate import Limits, run_limited


def _echo(text: str) -> str:
    return text


def _spin(_: str) -> str:
    while True:
        pass


def _hog(_: str) -> str:
    return "x" * (10**10)


def _nap(seconds: str) -> str:
    time.sleep(float(seconds))
    return "awake"


def _fail(_: str) -> str:
    return str(1 / 0)


def _known(_: str) -> str:
    raise TemplateError("a message that says enough")


def test_isolate_returns_the_text_whole() -> None:
    text = "é" * 1_000_000 + "\n"
    assert run_limited(_echo, (text,), Limits()).text == text


LIMITED = [
    (_spin, "", Limits(cpu_seconds=1), "used more than 1 s of processor time"),
    (_hog, "", Limits(memory_mb=64), "needed more than 64 MB of memory"),
    (_nap, "30", Limits(wall_seconds=0.5), "took longer than 0.5 s"),
    (_echo, "x" * 11, Limits(output_chars=10), "wrote more than 10 characters"),
    (_fail, "", Limits(), "ZeroDivisionError: division by zero"),
    (_known, "", Limits(), "a message that says enough"),
]


@pytest.mark.parametrize(("work", "argument", "limits", "message"), LIMITED,
                         ids=["cpu", "memory", "wall", "output", "error", "known-error"])
def test_isolate_stops_work_at_its_limit(work: Callable[[str], str], argument: str,
                                         limits: Limits, message: str) -> None:
    outcome = run_limited(work, (argument,), limits, known=(TemplateError,))
    assert outcome.text is None and outcome.error == message
