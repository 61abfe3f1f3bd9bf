"""Place readings of lengths of time and sets: their TIMEX3 values need no anchor
("three weeks" is P3W, "every Monday" XXXX-WXX-1, "every quarter" P1Q)."""

from __future__ import annotations

from typing import Any, Callable

from timeline.calendar import duration_value, join_durations
from timeline.readings import Duration, Frame, Placed, Recurring


def place_duration(r: Duration, frame: Frame) -> Placed:
    """"three years" P3Y, "several months" PXM, "three hours and 12 minutes" PT3H12M."""
    value = duration_value(r.count, r.unit)
    if r.unit2 is not None:
        value = join_durations(value, duration_value(r.count2, r.unit2))
    return Placed(value, "DURATION", r.mod)


def place_recurring(r: Recurring, frame: Frame) -> Placed:
    """"every Monday" XXXX-WXX-1, "every Friday night" XXXX-WXX-5TNI, "weekdays" XXXX-WXX-WD,
    "each July" XXXX-07, "every morning" XXXX-XX-XXTMO, "every other week" P2W."""
    if r.weekday is not None:
        return Placed(f"XXXX-WXX-{r.weekday}" + (f"T{r.pod}" if r.pod else ""), "SET")
    if r.weekdays:
        return Placed("XXXX-WXX-WD", "SET")
    if r.season:
        return Placed(f"XXXX-{r.season}", "SET")
    if r.pod:
        return Placed(f"XXXX-XX-XXT{r.pod}", "SET")
    if r.month:
        return Placed(f"XXXX-{r.month:02d}", "SET")
    if r.weekend:
        return Placed("XXXX-WXX-WE", "SET")
    if r.quarters:
        return Placed(f"P{int(r.count or 1)}Q", "SET")
    return Placed(duration_value(r.count, r.unit or "D"), "SET")


PLACERS: dict[type, Callable[[Any, Frame], Placed]] = {
    Duration: place_duration, Recurring: place_recurring,
}
