"""One row per happening: events of one article that report the same happening merge."""

from __future__ import annotations

import pytest

import timeline
from timeline.merge import _overlapping
from timeline.model import Interval

DCT = "1998-08-08"


@pytest.mark.parametrize(("text", "values", "mentions"), [
    # a date and a clock time of one sentence: one event at the finer value
    ("The summit will be held on August 12 in Singapore and will start at 10 a.m.",
     ["1998-08-12T10:00"], [2]),
    # coordinated dates of one event: one event spanning both
    ("They worked for a resolution of the abduction of Japanese nationals in the 1970s "
     "and 1980s.", ["197X/198X"], [2]),
    # the same happening told twice
    ("Presidents Leonid Kuchma and Boris Yeltsin signed an economic cooperation plan "
     "Friday. The two presidents on Friday signed the plan in Moscow.", ["1998-08-07"], [2]),
], ids=["clock-time-of-a-date", "coordinated-decades", "retold"])
def test_merge_one_event_per_happening(text: str, values: list[str],
                                       mentions: list[int]) -> None:
    events = timeline.extract(text, published=DCT).events
    assert [e.when.value for e in events] == values
    assert [len(e.mentions) for e in events] == mentions


@pytest.mark.parametrize("text", [
    "London share prices closed sharply lower Friday. Frankfurt prices closed lower Friday.",
    "The committee met on Monday. The court ruled on Tuesday.",
], ids=["same-verb-other-subject", "different-days"])
def test_merge_keeps_different_happenings_apart(text: str) -> None:
    events = timeline.extract(text, published=DCT).events
    assert len(events) == 2
    assert all(not e.mentions for e in events)


def test_merge_coordinated_decades_interval_spans_both() -> None:
    text = "Pyongyang abducted Japanese nationals in the 1970s and 1980s."
    event = timeline.extract(text, published="2018-05-23").events[0]
    assert (event.when.text, event.when.interval.start, event.when.interval.end) == (
        "the 1970s and 1980s", "1970-01-01", "1990-01-01")


def test_merge_live_blog_stamp_and_entry_time_are_one_event() -> None:
    # Regression (issue 13): "8:04 p.m. ET — Polls closed at 8 p.m." made two events and
    # the stamp's headline was "8:04".
    text = "8:04 p.m. ET — The polls closed at 8 p.m. in Ohio. Results are expected Thursday."
    events = timeline.extract(text, published="2020-11-04").events
    assert [(e.when.value, e.summary) for e in events][0] == (
        "2020-11-04T20:00", "The polls closed")
    assert len(events[0].mentions) == 2


@pytest.mark.parametrize(("interval", "expected"), [
    pytest.param(("1998-08-07", "1998-08-08"), [0, 2], id="same-day-and-its-week"),
    pytest.param(("1998-08-08", "1998-08-09"), [2], id="next-day-only-in-week"),
    pytest.param(("1998-08-01", "1998-08-07"), [2], id="end-is-exclusive"),
    pytest.param(("1999-01-01", "1999-01-02"), [], id="no-overlap"),
])
def test_overlapping_keeps_order_of_earlier_events(interval: tuple[str, str],
                                                   expected: list[int]) -> None:
    members = [("1998-08-07", "1998-08-08", 0), ("1998-08-10", "1998-08-11", 1),
               ("1998-08-03", "1998-08-10", 2)]
    assert _overlapping(members, Interval(*interval, "day")) == expected
