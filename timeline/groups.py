"""The page's timeline shape: events under year and month headings, and the gaps between them.

Grouping and the gaps are decided here, before rendering, so that templates only loop: a
year heading for each run of events that start in one year, a month heading inside it for
events that fall within one month, and a gap bucket per event that the page's CSS turns
into space on the rail ("15 years later" is said in words where the gap is a month or more).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, Sequence, TypeVar

from timeline.datestyle import MONTH_NAMES, SEASON_NAMES, year_label
from timeline.model import Event
from timeline.timex import value_fields

T = TypeVar("T")
# An event's place in the calendar as `display.event_span` gives it (first moment, end
# moment, exclusive), or None where it has none (a set); passed in, so that this module
# stays below `display` in the import graph.
Stretch = tuple[datetime, datetime] | None
# Gap buckets by the empty time before an event, in days: 0 for an event that starts on
# the day the one before it starts, then under a week, a month, a year, and longer.
GAP_DAYS = (7, 31, 365)
# Granularities that sit inside one month, so a month heading can hold them.
MONTH_OR_FINER = ("month", "week", "day", "part-of-day", "hour", "minute", "second")
DECADE_OR_COARSER = ("decade", "century")
WHOLE_YEAR = "All year"


@dataclass(frozen=True, slots=True)
class Gap:
    """The empty time before an event on the page.

    bucket: 0 same day as the event before, 1 under a week, 2 under a month, 3 under a
        year, 4 a year or more (and 0 for the first event)
    label: "3 months later", "15 years later" for a gap of a month or more, else ''
    """

    bucket: int = 0
    label: str = ""


@dataclass(frozen=True, slots=True)
class MonthGroup(Generic[T]):
    """The events of one month under its heading ('' for events not within one month)."""

    heading: str = field(metadata={"help": "'May', or '' for events not within one month"})
    gap: int = field(metadata={"help": "gap bucket 0-4 before the group's first event"})
    gap_label: str = field(metadata={"help": "'3 months later' when the group starts a gap "
                                             "of a month or more, else ''"})
    events: list[T] = field(metadata={"help": "the month's events, in timeline order"})


@dataclass(frozen=True, slots=True)
class YearGroup(Generic[T]):
    """A run of events under one year heading, in month groups."""

    heading: str = field(metadata={"help": "'2018', 'the 1970s', or the date label of "
                                           "events with no place in the calendar"})
    gap: int = field(metadata={"help": "gap bucket 0-4 before the year's first event"})
    gap_label: str = field(metadata={"help": "'15 years later' when the year starts a gap "
                                             "of a month or more, else ''"})
    months: list[MonthGroup[T]] = field(metadata={"help": "the month groups, in order"})


def event_gaps(stretches: Sequence[Stretch]) -> list[Gap]:
    """The gap before each event (in timeline order, by its stretch): the time from the end
    of everything before it (a long stretch covers what falls inside it) to its start."""
    gaps: list[Gap] = []
    reach: datetime | None = None
    last_start: datetime | None = None
    for stretch in stretches:
        if stretch is None:
            gaps.append(Gap())
            continue
        start, end = stretch
        if reach is None or last_start is None:
            gaps.append(Gap())
        elif start.date() == last_start.date():
            gaps.append(Gap(0))
        else:
            days = max(0, (start - reach).days)
            bucket = 1 + sum(days >= limit for limit in GAP_DAYS)
            gaps.append(Gap(bucket, _gap_words(days)))
        reach = end if reach is None else max(reach, end)
        last_start = start
    return gaps


def _gap_words(days: int) -> str:
    if days >= 365:
        years = days // 365
        return f"{years} year{'s' if years != 1 else ''} later"
    if days >= 31:
        months = days // 30
        return f"{months} month{'s' if months != 1 else ''} later"
    return ""


def group_events(events: Sequence[Event], stretches: Sequence[Stretch], labels: Sequence[str],
                 gaps: Sequence[Gap]) -> tuple[list[YearGroup[int]], list[Gap]]:
    """The events (by index, in timeline order) under year and month headings, and each
    event's own gap: a run of events with the same heading is one group, so the headings
    follow the timeline order, and the gap before a group's first event is the group's.

    stretches, labels, gaps: per event, its stretch, its date label, the gap before it
    """
    years: list[YearGroup[int]] = []
    own: list[Gap] = []
    for index, (event, gap) in enumerate(zip(events, gaps)):
        year, month = _headings(event, stretches[index], labels[index])
        if not years or years[-1].heading != year:
            years.append(YearGroup(year, gap.bucket, gap.label, []))
            gap = Gap(0)
            month = "" if month == WHOLE_YEAR else month
        months = years[-1].months
        if not months or months[-1].heading != month:
            months.append(MonthGroup(month, gap.bucket, gap.label, []))
            gap = Gap(0)
        months[-1].events.append(index)
        own.append(gap)
    return years, own


def fill_groups(groups: list[YearGroup[int]], items: list[T]) -> list[YearGroup[T]]:
    """The groups of `group_events` with each index replaced by its item."""
    return [YearGroup(y.heading, y.gap, y.gap_label,
                      [MonthGroup(m.heading, m.gap, m.gap_label, [items[i] for i in m.events])
                       for m in y.months]) for y in groups]


def _headings(event: Event, stretch: Stretch, label: str) -> tuple[str, str]:
    """The year and month headings of an event: ('2018', 'May'), ('2018', 'Summer'),
    ('2018', 'All year'), ('the 1970s', ''); its label where it has no stretch."""
    if stretch is None:
        return label, ""
    start = stretch[0]
    granularity = event.when.interval.granularity
    if granularity in DECADE_OR_COARSER:
        # "the 1970s and 1980s" starts in 1970, and a heading "1970" would misdate it.
        return _coarse_heading(start, granularity), ""
    year = year_label(start.year)
    if granularity in MONTH_OR_FINER:
        return year, MONTH_NAMES[start.month - 1]
    fields = value_fields(event.when.value.split("/")[0])
    if "season" in fields:
        return year, SEASON_NAMES[fields["season"]].capitalize()
    if "quarter" in fields:
        return year, f"Q{fields['quarter']}"
    if "half" in fields:
        return year, f"{'First' if fields['half'] == '1' else 'Second'} half"
    if (start.month, start.day) != (1, 1):
        # A stretch counted from a day ("the past three years" from May 23) starts in that
        # day's month; "All year" would say it covers the year it starts in.
        return year, MONTH_NAMES[start.month - 1]
    # An event of the whole year after others of that year must not read as theirs.
    return year, WHOLE_YEAR if granularity == "year" else ""


def _coarse_heading(start: datetime, granularity: str) -> str:
    if granularity == "decade":
        return f"the {start.year // 10 * 10}s"
    century = start.year // 100 + 1
    suffix = "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
        century % 10, "th")
    return f"the {century}{suffix} century"
