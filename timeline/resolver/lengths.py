"""Place readings of lengths of time and sets: their TIMEX3 values need no anchor
("three weeks" is P3W, "every Monday" XXXX-WXX-1, "every quarter" P1Q)."""

from __future__ import annotations

import re
from typing import Any, Callable

from timeline.calendar import duration_value, format_day, join_durations, shift_value
from timeline.placed import Placed
from timeline.readings import PAST, Duration, Frame, Recurring

# Units whose "in N units" names a point: days, weeks, months, years; hours and minutes
# on the publication day.
POINT_UNITS = ("D", "W", "M", "Y", "H", "MIN")
# "in" right before the count: "in [2 weeks]" (not "in about ...").
_IN_BEFORE = re.compile(r"(?:^|\s)in\s+$", re.I)


def place_duration(r: Duration, frame: Frame) -> Placed:
    """"three years" P3Y, "several months" PXM, "three hours and 12 minutes" PT3H12M; "[in
    two weeks]", ahead of a clause not in the past, is the dated point TimeML gives it."""
    point = _dated_point(r, frame)
    if point is not None:
        return Placed(point, "DATE", r.mod)
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


def _dated_point(r: Duration, frame: Frame) -> str | None:
    """The point "in two weeks" names from the publication date ("see you in [2 weeks]",
    "the vote will be held in [three days]"), at the unit's granularity; hours and minutes
    are the publication day. None for a length ("finished it in [two weeks]", "in [the
    past two weeks]", "in [the next two years]" (P2Y in TimeBank), "in [more than 20 years]",
    "in [about 30 minutes]", a narrative)."""
    if frame.narrative or r.bounded or r.mod or r.unit2 is not None or r.count is None \
            or r.count != int(r.count) \
            or r.unit not in POINT_UNITS or frame.context.tense == PAST \
            or not _IN_BEFORE.search(frame.context.before):
        return None
    if r.unit in ("H", "MIN"):
        return format_day(frame.published)
    try:
        return shift_value(frame.published, r.unit, int(r.count))
    except ValueError:  # "in [20,000 years]": past AD 9999, a length all the same
        return None
