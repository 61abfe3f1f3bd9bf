"""Which events of different documents may be one happening by their dates (`timeline.compare`).

Two events' dates are

1. *compatible*: the intervals overlap or nest ("August 7, 1998" inside "August 1998",
   "9 a.m. Tuesday" inside "Tuesday"), their granularities at most `granularity_gap`
   levels apart (every level from day to second counts as one: all are a time on one
   day; a range of days counts at the level of its length: "for nearly five months" is
   no day); or
2. in *conflict*: disjoint intervals at the same level (both day-or-finer, or both the
   same coarser granularity), at most `conflict_days` apart for days and adjacent units
   otherwise ("June 11" and "June 12", "1997" and "1998"), neither open-ended ("before
   June 12", by its mod or by the event's link to it).

"Now" (placed on the publication day) is a state at that time, no happening's day: its
date relates to none.

Events are indexed by time first: each event is scored only against events of nearby
granularity whose intervals start within reach of its own, so the number of text
comparisons follows how many events share a date, not the square of all events.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Sequence

from timeline.display import event_mod
from timeline.evidence import (content_stems, find_places, is_reaction, name_links, place_stems,
                               subject_name, trigger_stem, widen_places)
from timeline.model import Event
from timeline.order import event_sort_key
from timeline.placement import is_present_reference

GRANULARITIES = ("century", "decade", "year", "season", "quarter", "month", "week", "day",
                 "part-of-day", "hour", "minute", "second")
DAY_LEVEL = GRANULARITIES.index("day")
HOUR_LEVEL = GRANULARITIES.index("hour")
# The level of a range of days by its length (longer than N days: at most that level).
SPAN_LEVELS = ((366, "decade"), (92, "year"), (31, "quarter"), (7, "month"), (1, "week"))
# A bound on one side says nothing about a date being wrong ("before June 12" vs "June 11").
OPEN_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """How alignment decides that events of different documents are one happening."""

    similarity: float = field(default=50.0, metadata={
        "help": "least rapidfuzz token-set score (0-100) of events with compatible dates "
                "(none for two events at the same clock time)"})
    conflict_similarity: float = field(default=72.0, metadata={
        "help": "least rapidfuzz token-sort score (0-100) of events whose dates conflict"})
    shared_words: int = field(default=3, metadata={
        "help": "least evidence points of one event: a shared content word outside the "
                "story words 1, the same trigger stem 2 (3 on the same day), the same "
                "clock time 2"})
    conflict_days: int = field(default=3, metadata={
        "help": "day-level dates less than this many days apart may conflict"})
    granularity_gap: int = field(default=2, metadata={
        "help": "most levels between granularities that nest (day in month: 2)"})


@dataclass(frozen=True, slots=True)
class AlignItem:
    """An event prepared for alignment: its position, time span and description words.

    What every pair it is scored in asks of its event is read once here: `mod` (the mod a
    reader sees, `timeline.display.event_mod`), `present` (a "now" placed on the
    publication day, `timeline.placement.is_present_reference`) and `reaction`
    (`timeline.evidence.is_reaction`).
    """

    event: Event
    doc: int
    position: float
    level: int
    start: datetime
    end: datetime
    words: frozenset[str]
    text: str
    trigger: str = ""
    links: frozenset[frozenset[str]] = frozenset()
    speaker: str = ""
    places: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    mod: str | None = None
    present: bool = False
    reaction: bool = False


def prepare_events(events: Sequence[Event], ranks: dict[str, int]) -> list[AlignItem]:
    """Events ready for alignment: time span, level, position and words of each.

    ranks: the input position of each document id.
    """
    per_doc: dict[str, list[Event]] = {}
    for event in events:
        per_doc.setdefault(event.doc, []).append(event)
    items = []
    places = []
    for doc, doc_events in per_doc.items():
        doc_events.sort(key=lambda e: e.timex_offsets)
        for i, event in enumerate(doc_events):
            start, length = event_sort_key(event)
            start = start.replace(tzinfo=None)
            sequence = content_stems(event)
            words = frozenset(stem for stem, _ in sequence)
            links = name_links(sequence)
            items.append(AlignItem(event, ranks[doc], i / len(doc_events), _level(event, length),
                                   start, _shift(start, timedelta(seconds=length)), words,
                                   " ".join(sorted(words)), trigger_stem(event), links,
                                   subject_name(event), mod=event_mod(event),
                                   present=is_present_reference(event.when),
                                   reaction=is_reaction(event)))
            places.append(find_places(event))
    wider = widen_places(places)
    return [replace(item, places=where, place_words=place_stems(where))
            for item, where in zip(items, wider)]


def _shift(moment: datetime, delta: timedelta) -> datetime:
    """`moment + delta`, held at the ends of the calendar (years 1 and 9999): an article
    may be dated there, and the search window only needs to reach as far as dates go."""
    try:
        return moment + delta
    except OverflowError:
        return datetime.max if delta > timedelta(0) else datetime.min


def _level(event: Event, seconds: float) -> int:
    """The granularity level of an event's date, no finer than its length: "for nearly five
    months" is a range of days as long as a year's part, not a day to nest a day in."""
    granularity = event.when.interval.granularity
    level = GRANULARITIES.index(granularity) if granularity in GRANULARITIES else DAY_LEVEL
    days = seconds / 86400
    for most_days, name in SPAN_LEVELS:
        if days > most_days:
            return min(level, GRANULARITIES.index(name))
    return level


def is_same_day(a: AlignItem, b: AlignItem) -> bool:
    """Whether `a` and `b` are both dated the same single day."""
    return a.level == b.level == DAY_LEVEL and (a.start, a.end) == (b.start, b.end)


def is_same_clock(a: AlignItem, b: AlignItem) -> bool:
    """Whether `a` and `b` both give a time of day, the same one."""
    return a.level >= HOUR_LEVEL and b.level >= HOUR_LEVEL and a.start == b.start


def _reach(item: AlignItem, options: AlignOptions) -> timedelta:
    """How far past its own interval an event's date may lie and still conflict."""
    if item.mod in OPEN_MODS:
        return timedelta(0)
    if item.level >= DAY_LEVEL:
        return timedelta(days=options.conflict_days)
    return item.end - item.start


def is_conflict_level(a: AlignItem, b: AlignItem) -> bool:
    """Whether disjoint dates of `a` and `b` are at one level, so that they contradict."""
    if a.mod in OPEN_MODS or b.mod in OPEN_MODS:
        return False
    return a.level == b.level or (a.level >= DAY_LEVEL and b.level >= DAY_LEVEL)


def level_gap(first: int, second: int) -> int:
    """Levels between two granularities, all from day to second counting as one."""
    first = first if first < DAY_LEVEL else DAY_LEVEL
    second = second if second < DAY_LEVEL else DAY_LEVEL
    return first - second if first > second else second - first


def relate(a: AlignItem, b: AlignItem, options: AlignOptions) -> str | None:
    """`overlap`, `conflict` or None: how the dates of `a` and `b` may be one happening."""
    if level_gap(a.level, b.level) > options.granularity_gap:
        return None
    # "now" is a state at publication, no happening's day ("Montedison now owns 72%" and
    # "currently owns 72%" of Oct. 30 and Nov. 2 do not conflict).
    if a.present or b.present:
        return None
    if a.start < b.end and b.start < a.end:
        return "overlap"
    if not is_conflict_level(a, b):
        return None
    gap = b.start - a.end if a.start < b.start else a.start - b.end
    return "conflict" if gap < min(_reach(a, options), _reach(b, options)) else None


def candidate_pairs(items: Sequence[AlignItem], options: AlignOptions) -> list[tuple[int, int]]:
    """Pairs `(i, j)`, i < j, of items of different documents whose dates may match.

    A time index per granularity level finds them: for each item only the items whose
    start lies within reach of its interval are looked at.
    """
    index: dict[int, tuple[list[datetime], list[int], timedelta]] = {}
    for level in {it.level for it in items}:
        members = sorted((i for i, it in enumerate(items) if it.level == level),
                         key=lambda i: items[i].start)
        longest = max(items[i].end - items[i].start + _reach(items[i], options)
                      for i in members)
        index[level] = ([items[i].start for i in members], members, longest)
    pairs = []
    for i, item in enumerate(items):
        reach = _reach(item, options)
        for level in index:
            if level_gap(level, item.level) > options.granularity_gap:
                continue
            starts, members, longest = index[level]
            lo = bisect.bisect_left(starts, _shift(item.start, -longest))
            hi = bisect.bisect_left(starts, _shift(item.end, reach))
            for j in members[lo:hi]:
                if i < j and items[j].doc != item.doc and relate(item, items[j], options):
                    pairs.append((i, j))
    return pairs
