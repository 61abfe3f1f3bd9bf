"""What placing a reading gives: a date the text named (`Named`), the day relative
expressions count from (`Reference`) and the placed value (`Placed`). Plain values the
resolver (`timeline.resolver`), the anchors (`timeline.anchors`) and normalization share;
moved out of `timeline.readings`, whose `Frame` still names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Named:
    """A date the text named and resolved: its value, granularity and first day."""

    value: str
    granularity: str
    start: date


@dataclass(frozen=True, slots=True)
class Reference:
    """The day relative expressions count from, and the value named (None: publication)."""

    day: date
    value: str | None


@dataclass(frozen=True, slots=True)
class Placed:
    """A placed reading: TIMEX3 value, type, mod; `keep`, `point`: "[three days] after";
    the `narrative` date it was counted from; the `reason` when not the direction's."""

    value: str
    type: str | None = None
    mod: str | None = None
    keep: int | None = None
    point: str | None = None
    narrative: str | None = None
    reason: str | None = None
