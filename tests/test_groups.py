"""The page's shape: year and month headings in timeline order, and the gaps between events."""

from __future__ import annotations

import pytest

from timeline.display import date_label, event_span
from timeline.groups import Gap, Stretch, YearGroup, event_gaps, group_events
from timeline.model import Event, Interval, When
from timeline.timex import value_interval


def _event(value: str, number: int = 1) -> Event:
    if value == "PRESENT_REF":
        interval = Interval("", "", "")
    else:
        first, last = value_interval(value.split("/")[0]), value_interval(value.split("/")[-1])
        interval = Interval(first.start, last.end, first.granularity)
    return Event(id=f"e{number}", doc="d", when=When(value, value, "DATE", None, interval),
                 summary="s", sentence="s", offsets=(0, 1), timex_offsets=(0, 1))


def _stretches(events: list[Event]) -> list[Stretch]:
    spans = [event_span(e.when) for e in events]
    return [(s.start, s.end) if s else None for s in spans]


def _group(events: list[Event]) -> tuple[list[YearGroup[int]], list[Gap]]:
    stretches = _stretches(events)
    return group_events(events, stretches, [date_label(e.when) for e in events],
                        event_gaps(stretches))


def _headings(values: list[str]) -> list[tuple[str, list[str]]]:
    groups, _ = _group([_event(v, i) for i, v in enumerate(values, 1)])
    return [(y.heading, [m.heading for m in y.months]) for y in groups]


HEADINGS = [
    # days under their year and month, in timeline order
    (["2018-05-23", "2018-05-24", "2018-06-12"], [("2018", ["May", "June"])]),
    (["2002", "2018-05", "2018-05-23"], [("2002", [""]), ("2018", ["May"])]),
    # decades and centuries are their own heading, not the year they start in
    (["197X/198X", "2002"], [("the 1970s", [""]), ("2002", [""])]),
    (["19", "1999"], [("the 20th century", [""]), ("1999", [""])]),
    # seasons, quarters and halves under their own names
    (["2018-05-01", "2018-SU"], [("2018", ["May", "Summer"])]),
    (["2018-Q2", "2018-H2"], [("2018", ["Q2", "Second half"])]),
    # a whole year after others of it reads as the whole year, not as their month
    (["2018-01-01", "2018"], [("2018", ["January", "All year"])]),
    (["2018", "2018-03"], [("2018", ["", "March"])]),
    # a week or a range that runs into the next month stays under its first month
    (["2018-05-30/2018-06-02"], [("2018", ["May"])]),
    # with no place in the calendar: its own label
    (["PRESENT_REF"], [("the present", [""])]),
]


@pytest.mark.parametrize(("values", "expected"), HEADINGS,
                         ids=["days", "year-then-month", "decade", "century", "season",
                              "quarter-half", "whole-year-after-january", "whole-year-first",
                              "range-across-months", "no-calendar"])
def test_groups_headings(values: list[str], expected: list[tuple[str, list[str]]]) -> None:
    assert _headings(values) == expected


def _placed(value: str, start: str, end: str, number: int) -> Event:
    """A duration placed in time, as "the past three years" is from the publication date."""
    return Event(id=f"e{number}", doc="d",
                 when=When("the past", value, "DURATION", None, Interval(start, end, "year")),
                 summary="s", sentence="s", offsets=(0, 1), timex_offsets=(0, 1))


PLACED = [
    # "the past three years" from May 23, 2018 starts in May 2015, not "All year" 2015
    ("P3Y", "2015-05-23", "2018-05-23", [("2015", ["", "May"])]),
    ("P10Y", "2008-05-23", "2018-05-23", [("2008", ["May"]), ("2015", [""])]),
    # a stretch that starts with its year is the year's
    ("P3Y", "2015-01-01", "2018-01-01", [("2015", ["", "All year"])]),
]


@pytest.mark.parametrize(("value", "start", "end", "expected"), PLACED,
                         ids=["three-years-from-may", "first-in-its-year", "from-new-year"])
def test_groups_heading_of_a_placed_stretch(value: str, start: str, end: str,
                                            expected: list[tuple[str, list[str]]]) -> None:
    events = [_event("2015", 1), _placed(value, start, end, 2)]
    groups, _ = _group(sorted(events, key=lambda e: e.when.interval.start))
    assert [(y.heading, [m.heading for m in y.months]) for y in groups] == expected


GAPS = [
    (["2018-05-23", "2018-05-23"], [0, 0]),
    (["2018-05-23", "2018-05-24"], [0, 1]),
    (["2018-05-01", "2018-05-20"], [0, 2]),
    (["2018-01-05", "2018-05-20"], [0, 3]),
    (["2002", "2018-05"], [0, 4]),
    # a stretch covers what starts inside it: no gap
    (["2018", "2018-07-04"], [0, 1]),
]


@pytest.mark.parametrize(("values", "buckets"), GAPS,
                         ids=["same-day", "next-day", "weeks", "months", "years", "inside"])
def test_groups_gap_buckets(values: list[str], buckets: list[int]) -> None:
    events = [_event(v, i) for i, v in enumerate(values, 1)]
    assert [g.bucket for g in event_gaps(_stretches(events))] == buckets


def test_groups_gap_is_said_from_the_end_of_what_came_before() -> None:
    events = [_event("197X/198X", 1), _event("2002", 2), _event("2018-05", 3)]
    assert [g.label for g in event_gaps(_stretches(events))] == \
        ["", "12 years later", "15 years later"]


def test_groups_gap_moves_to_the_group_it_starts() -> None:
    events = [_event("2002", 1), _event("2018-05-01", 2), _event("2018-10-02", 3)]
    groups, own = _group(events)
    assert [(y.heading, y.gap_label) for y in groups] == [("2002", ""), ("2018", "15 years later")]
    assert [(m.heading, m.gap_label) for m in groups[1].months] == [("May", ""),
                                                                    ("October", "5 months later")]
    assert [g.label for g in own] == ["", "", ""]
