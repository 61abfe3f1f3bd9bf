"""The resolver: one place where a reading gets its anchor, its direction and its value.

For every kind of reading the resolver asks the direction policy (`timeline.direction`)
where the expression lies, offers the anchors of the anchor policy (`timeline.anchors`:
the publication date, the time the story has reached), lets the reading's placement
(`timeline.resolver.dates`, `.times`, `.offsets`, `.periods`, `.lengths`) do the calendar
arithmetic, and keeps a record of what it counted from and why. The explanation a reader
sees is written from that record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from timeline.anchors import AnchorPolicy, AnchorState
from timeline.calendar import NEAR_DAYS, format_month
from timeline.direction import Direction, choose_direction
from timeline.errors import NormalizationError
from timeline.lexicon import YEAR_IN_TEXT
from timeline.model import Explanation
from timeline.readings import (
    Context, Frame, MonthDate, Placed, Reading, Reference, Rule, Weekday,
)
from timeline.resolver import dates, lengths, offsets, periods, times
from timeline.timex import is_anchored, start_day, value_interval

PLACERS: dict[type, Callable[[Any, Any], Placed]] = {
    **dates.PLACERS, **times.PLACERS, **offsets.PLACERS, **periods.PLACERS, **lengths.PLACERS,
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_REFERENCES = {"PRESENT_REF": ("the present", "same"), "PAST_REF": ("the past", "past"),
               "FUTURE_REF": ("the future", "future")}


class _Frame:
    """The anchors and direction a placement may use (`timeline.readings.Frame`)."""

    def __init__(self, reading: Reading, published: date, direction: Direction,
                 context: Context, state: AnchorState, policy: AnchorPolicy,
                 gap: int | None) -> None:
        self.published, self.context, self.direction = published, context, direction
        self.bound = direction.mod
        self.toward = direction.pointed(reading.anchor)  # "next", "last" point it
        self.latest, self.latest_gap, self.quarter = state.latest, gap, state.quarter
        self.state, self.policy = state, policy

    def story(self, unit: str | None = None) -> Reference:
        """The story's time as finely as `unit` needs, else the publication date."""
        return self.policy.story(self.state, self.published, unit)

    def place(self, reading: Reading) -> Placed:
        """Another reading placed in this frame, pointed by its own anchor word."""
        return place(reading, _Frame(reading, self.published, self.direction, self.context,
                                     self.state, self.policy, self.latest_gap))


def place(reading: Reading, frame: Frame) -> Placed:
    """The value of `reading` in `frame`.

    Raises: NormalizationError when the reading names no time there (February 30).
    """
    placer = PLACERS.get(type(reading))
    if placer is None:
        raise NormalizationError(f"no placement for a {type(reading).__name__} reading")
    return placer(reading, frame)


@dataclass(frozen=True, slots=True)
class Resolution:
    """A reading resolved: its TIMEX3 attributes and the record of how they were reached.

    keep: the length of the tagged part ("[three days] after"); point: the day such a
    signalled duration names.
    """

    value: str
    type: str
    mod: str | None
    keep: int | None
    point: str | None
    explanation: Explanation


def resolve(rule: Rule, text: str, reading: Reading, context: Context, published: date,
            state: AnchorState, *, start: int = 0,
            policy: AnchorPolicy | None = None) -> Resolution:
    """Resolve `reading` (of expression `text`, found by `rule`, starting at `start`) against
    the publication day and the story so far; `state` is not changed here.

    Raises: NormalizationError when the reading names no time (February 30).
    """
    direction = choose_direction(context)
    frame = _Frame(reading, published, direction, context, state, policy or AnchorPolicy(),
                   state.gap(start))
    placed = place(reading, frame)
    kind = placed.type or rule.type
    shown = text[:placed.keep] if placed.keep else text
    return Resolution(placed.value, kind, placed.mod, placed.keep, placed.point,
                      explain(shown, rule, placed, kind, direction.reason, published))


def explain(text: str, rule: Rule, placed: Placed, kind: str, reason: str,
            published: date) -> Explanation:
    """How `placed` was reached: what it was counted from, in which direction and why."""
    value = placed.point or placed.value
    words = " ".join(text.split())
    if placed.value in _REFERENCES:
        what, direction = _REFERENCES[placed.value]
        return Explanation(f'"{words}" refers to {what}, seen from the publication date.',
                           "reference", "publication", published.isoformat(), direction)
    if not is_anchored(value):
        what = "a recurring time" if kind == "SET" else "a length of time"
        return Explanation(f'"{words}" is {what}, not a point on the calendar.', "duration")
    if placed.narrative:
        return Explanation(
            f'"{words}" is counted from {placed.narrative}, the latest date mentioned before it.',
            "narrative", "narrative", placed.narrative,
            _direction(value, start_day(placed.narrative)))
    if "self-dated" in rule.flags or (rule.written_year or YEAR_IN_TEXT).search(text):
        return Explanation(f'"{words}" names its date in full.', "absolute")
    direction = _direction(value, published)
    return Explanation(_publication_text(words, rule, value, published, direction,
                                         placed.reason or reason),
                       "publication", "publication", published.isoformat(), direction)


def _publication_text(words: str, rule: Rule, value: str, published: date, direction: str,
                      reason: str) -> str:
    where = {"past": "before", "future": "after", "same": "on"}[direction]
    if "infers-year" in rule.flags and direction != "same":
        start = start_day(value)
        if abs((start - published).days) <= NEAR_DAYS:
            reason = "it is within a month of publication"
        return (f'Year {start.year} inferred for "{words}": {reason}; '
                f"publication date {published.isoformat()}.")
    if "directed" in rule.flags:
        return (f'"{words}" resolved to {value}, {where} the publication date '
                f"{published.isoformat()}, by {reason}.")
    return f'"{words}" is counted from the publication date {published.isoformat()}.'


def _direction(value: str, anchor: date) -> str:
    """past, future or same: where the value's interval lies relative to the anchor day."""
    interval = value_interval(value)
    start, end = date.fromisoformat(interval.start[:10]), date.fromisoformat(interval.end[:10])
    if start > anchor:
        return "future"
    if start == anchor or end > anchor:
        return "same"
    return "past"


def range_start(reading: Reading, text: str, value: str, end: Reading,
                end_value: str) -> tuple[str, Explanation] | None:
    """The start of a range re-dated from its end ("between Wednesday and Friday": the
    Wednesday before that Friday; "from June to August 1998": June 1998), with the record of
    it, or None when the start keeps its own value."""
    start: str | None = None
    if isinstance(reading, Weekday) and isinstance(end, Weekday) and _DAY.fullmatch(value) \
            and _DAY.fullmatch(end_value):
        last = date.fromisoformat(end_value)
        back = (last.isoweekday() - reading.weekday) % 7 or 7
        start = (last - timedelta(days=back)).isoformat()
    elif isinstance(reading, MonthDate) and reading.year is None and isinstance(end, MonthDate) \
            and _MONTH.fullmatch(end_value) and "-" in value:
        last_month = start_day(end_value)
        year = last_month.year - 1 if reading.month > last_month.month else last_month.year
        start = format_month(year, reading.month)
    if start is None:
        return None
    words = " ".join(text.split())
    return start, Explanation(f'"{words}" starts a range that ends {end_value}: counted back '
                              f"from that end to {start}.", "range", "narrative", end_value,
                              "past")
