"""Run untrusted work (a user's template) in a child process with CPU, memory, output and
time limits, so that it cannot spin the caller's CPU or exhaust its memory.

Jinja's sandbox keeps a template away from Python internals, but not from work without
end: nested loops over `range(100000)`, `"x" * 10**10`, `9 ** 9 ** 9`. A child process
is the one boundary that stops all of them, whatever the template does.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, SpawnContext
from typing import Any, Callable

MB = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    """What isolated work may use; past any of these it stops with an error.

    cpu_seconds: processor time of the child
    memory_mb: memory the child may allocate beyond what it starts with
    output_chars: length of the text it returns
    wall_seconds: time the caller waits for it
    """

    cpu_seconds: int = 30
    memory_mb: int = 1024
    output_chars: int = 200_000_000
    wall_seconds: float = 120.0


@dataclass(frozen=True, slots=True)
class Outcome:
    """What isolated work gave: its text, or the reason it gave none."""

    text: str | None = None
    error: str | None = None


def run_limited(work: Callable[..., str], args: tuple[Any, ...], limits: Limits,
                *, known: tuple[type[BaseException], ...] = ()) -> Outcome:
    """`work(*args)` run in a child process under `limits`.

    known: errors of the work whose message says enough by itself; any other error is
        reported with its type name.
    """
    # fork starts at once and shares the caller's loaded state; spawn where there is none.
    if "fork" in multiprocessing.get_all_start_methods():
        context: ForkContext | SpawnContext = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, work, args, limits, known), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(limits.wall_seconds):
            return Outcome(error=f"took longer than {limits.wall_seconds:g} s")
        kind, message = receiver.recv()
    except EOFError:
        child.join()
        return Outcome(error=_death(child.exitcode, limits))
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    return Outcome(text=message) if kind == "text" else Outcome(error=message)


def _death(exitcode: int | None, limits: Limits) -> str:
    """Why a child ended without an answer, from its exit code."""
    if exitcode == -getattr(signal, "SIGXCPU", -1):
        return f"used more than {limits.cpu_seconds} s of processor time"
    if exitcode == -signal.SIGKILL:
        return f"was killed (more than {limits.memory_mb} MB of memory?)"
    return f"stopped with exit code {exitcode}"


def _child(sender: Connection, work: Callable[..., str], args: tuple[Any, ...], limits: Limits,
           known: tuple[type[BaseException], ...]) -> None:
    _apply_limits(limits)
    try:
        text = work(*args)
        answer = ("text", text) if len(text) <= limits.output_chars else \
            ("error", f"wrote more than {limits.output_chars:,} characters")
    except MemoryError:
        answer = ("error", f"needed more than {limits.memory_mb} MB of memory")
    except RecursionError:
        answer = ("error", "recursed too deeply")
    except known as err:
        answer = ("error", str(err))
    except Exception as err:  # the isolation boundary: any failure of the work is its message
        answer = ("error", f"{type(err).__name__}: {err}")
    sender.send(answer)
    sender.close()


def _apply_limits(limits: Limits) -> None:
    """Cap this process's processor time and address space (where the OS allows it)."""
    if sys.platform == "win32":
        return
    import resource

    def cap(kind: int, soft: int, hard: int) -> None:
        _, allowed = resource.getrlimit(kind)
        if allowed != resource.RLIM_INFINITY:
            soft, hard = min(soft, allowed), min(hard, allowed)
        resource.setrlimit(kind, (soft, hard))

    cap(resource.RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 2)
    size = _address_space()
    if size is not None:
        # Relative to what the child inherits: a forked child holds the caller's pages.
        cap(resource.RLIMIT_AS, size + limits.memory_mb * MB, size + limits.memory_mb * MB)


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), or None where unknown."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")
