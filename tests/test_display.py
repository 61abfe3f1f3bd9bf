"""How an event's date is shown: labels, HTML datetimes and spans for every value an event
can carry, and no exception for any value at all."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.display import (date_label, datetime_attribute, duration_label, event_span,
                              set_label, value_label)
from timeline.escape import flatten
from timeline.model import Interval, When

NO_INTERVAL = Interval("", "", "")
# A valid HTML datetime value, of the forms we write (HTML's "dates and times" microsyntaxes).
HTML_DATETIME = re.compile(r"^(?!0000)\d{4}(?:-(0[1-9]|1[0-2])(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?$")


def _when(value: str, type_: str = "DATE", mod: str | None = None,
          interval: Interval = NO_INTERVAL) -> When:
    return When("text", value, type_, mod, interval)


LABELS = [
    # dates
    ("2018-05-23", "DATE", None, NO_INTERVAL, "May 23, 2018"),
    ("2018-05", "DATE", None, NO_INTERVAL, "May 2018"),
    ("2018", "DATE", None, NO_INTERVAL, "2018"),
    ("2018-05-24", "DATE", "ON_OR_AFTER", NO_INTERVAL, "on or after May 24, 2018"),
    ("2018-05", "DATE", "START", NO_INTERVAL, "early May 2018"),
    ("2018", "DATE", "MORE_THAN", NO_INTERVAL, "2018"),
    # weeks, quarters, halves, seasons
    ("2018-W21", "DATE", None, NO_INTERVAL, "the week of May 21–27, 2018"),
    ("2000-W13", "DATE", None, NO_INTERVAL, "the week of March 27 – April 2, 2000"),
    ("1998-W53", "DATE", None, NO_INTERVAL, "the week of December 28, 1998 – January 3, 1999"),
    ("2018-W21-WE", "DATE", None, NO_INTERVAL, "the weekend of May 26–27, 2018"),
    ("2018-W21-3", "DATE", None, NO_INTERVAL, "May 23, 2018"),
    ("2018-Q2", "DATE", None, NO_INTERVAL, "Q2 2018"),
    ("2017-H1", "DATE", None, NO_INTERVAL, "the first half of 2017"),
    ("2017-H2", "DATE", "END", NO_INTERVAL, "late in the second half of 2017"),
    ("2018-W21-WE", "DATE", "START", NO_INTERVAL, "early in the weekend of May 26–27, 2018"),
    ("2018-SU", "DATE", None, NO_INTERVAL, "summer 2018"),
    # centuries, decades, early years, BC
    ("19", "DATE", None, NO_INTERVAL, "the 20th century"),
    ("00", "DATE", None, NO_INTERVAL, "the 1st century"),
    ("197X", "DATE", None, NO_INTERVAL, "the 1970s"),
    # "the mid-2020s", not "mid-the 2020s"
    ("202X", "DATE", "MID", NO_INTERVAL, "the mid-2020s"),
    ("197X", "DATE", "START", NO_INTERVAL, "the early 1970s"),
    ("19", "DATE", "END", NO_INTERVAL, "the late 20th century"),
    ("197X", "DATE", "APPROX", NO_INTERVAL, "about the 1970s"),
    ("0018", "DATE", None, NO_INTERVAL, "AD 18"),
    ("BC0044", "DATE", None, NO_INTERVAL, "44 BC"),
    ("-0043", "DATE", None, NO_INTERVAL, "44 BC"),
    # times of day
    ("2018-05-23T15:00", "TIME", None, NO_INTERVAL, "May 23, 2018, 15:00"),
    ("2018-05-23T15", "TIME", None, NO_INTERVAL, "May 23, 2018, 15:00"),
    ("2018-05-23T09:30:15", "TIME", "APPROX", NO_INTERVAL, "about May 23, 2018, 09:30:15"),
    ("2018-05-24TEV", "TIME", None, NO_INTERVAL, "May 24, 2018, evening"),
    # ranges
    ("2018-05-23/2018-05-25", "DATE", None, NO_INTERVAL, "May 23–25, 2018"),
    ("1997/1998-06", "DATE", None, NO_INTERVAL, "1997 – June 1998"),
    ("197X/198X", "DATE", None, NO_INTERVAL, "the 1970s – 1980s"),
    ("18/19", "DATE", None, NO_INTERVAL, "the 19th century – 20th century"),
    ("2012-05-28T08:00/2012-05-28T12:00", "TIME", None, NO_INTERVAL, "May 28, 2012, 08:00–12:00"),
    ("2012-05-28T08:00/2012-05-29T12:00", "TIME", None, NO_INTERVAL,
     "May 28, 2012, 08:00 – May 29, 2012, 12:00"),
    # durations placed in time ("the past five years")
    ("P5Y", "DURATION", None, Interval("2013-05-23", "2018-05-23", "year"),
     "5 years: May 23, 2013 – May 22, 2018"),
    ("P18M", "DURATION", None, Interval("2016-11-23", "2018-05-23", "month"),
     "18 months: November 23, 2016 – May 22, 2018"),
    ("P3D", "DURATION", None, Interval("2018-05-20", "2018-05-23", "day"), "3 days: May 20–22, 2018"),
    ("P1W", "DURATION", None, Interval("2018-05-16", "2018-05-23", "week"),
     "1 week: May 16–22, 2018"),
    ("P10Y", "DURATION", "APPROX", Interval("2008-05-23", "2018-05-23", "year"),
     "about 10 years: May 23, 2008 – May 22, 2018"),
    ("P2Y", "DURATION", "MORE_THAN", Interval("2016-05-23", "2018-05-23", "year"),
     "more than 2 years: May 23, 2016 – May 22, 2018"),
    ("PT3H", "DURATION", None, Interval("2018-05-23T12:00", "2018-05-23T15:00", "hour"),
     "3 hours: May 23, 2018, 12:00–14:59"),
    ("P5Y", "DURATION", None, NO_INTERVAL, "5 years"),
    # sets
    ("XXXX-WXX-1", "SET", None, NO_INTERVAL, "every Monday"),
    ("XXXX-WXX-1TEV", "SET", None, NO_INTERVAL, "every Monday evening"),
    ("XXXX-WXX-WE", "SET", None, NO_INTERVAL, "every weekend"),
    ("XXXX-XX-XXTMO", "SET", None, NO_INTERVAL, "every morning"),
    ("XXXX-07", "SET", None, NO_INTERVAL, "every July"),
    ("XXXX-SU", "SET", None, NO_INTERVAL, "every summer"),
    ("P1W", "SET", None, NO_INTERVAL, "every week"),
    ("P2W", "SET", None, NO_INTERVAL, "every 2 weeks"),
    ("P1Q", "SET", None, NO_INTERVAL, "every quarter"),
    # references and dates without a year
    ("PRESENT_REF", "DATE", None, NO_INTERVAL, "the present"),
    ("PAST_REF", "DATE", None, NO_INTERVAL, "the past"),
    ("XXXX-05-23", "DATE", None, NO_INTERVAL, "May 23, year not given"),
    # values that are not TIMEX3: shown by their interval, else as written
    ("2018-02-30", "DATE", None, Interval("2018-03-02", "2018-03-03", "day"), "March 2, 2018"),
    ("2018-02-30", "DATE", None, NO_INTERVAL, "2018-02-30"),
    ("garbage", "DATE", None, Interval("x", "y", "day"), "garbage"),
    ("", "DATE", None, NO_INTERVAL, "text"),
    ("\x00", "DURATION", None, NO_INTERVAL, "text"),
]


@pytest.mark.parametrize(("value", "type_", "mod", "interval", "expected"), LABELS,
                         ids=[f"{r[0] or 'empty'}-{r[2] or ''}{'-placed' if r[3].start else ''}"
                              for r in LABELS])
def test_display_date_label(value: str, type_: str, mod: str | None, interval: Interval,
                            expected: str) -> None:
    assert date_label(_when(value, type_, mod, interval)) == expected


DATETIMES = [
    ("2018-05-23", NO_INTERVAL, "2018-05-23"),
    ("2018-05", NO_INTERVAL, "2018-05"),
    ("0018", NO_INTERVAL, "0018"),
    ("2018-W21", Interval("2018-05-21", "2018-05-28", "week"), "2018-05-21"),
    ("197X", Interval("1970-01-01", "1980-01-01", "decade"), "1970-01-01"),
    ("2018-05-23/2018-05-25", Interval("2018-05-23", "2018-05-26", "day"), "2018-05-23"),
    ("2018-05-24TEV", Interval("2018-05-24T18:00", "2018-05-25", "part-of-day"), "2018-05-24T18:00"),
    # "midnight Wednesday": the interval starts at a date, ends at a time
    ("2018-05-24T00:00", Interval("2018-05-24", "2018-05-24T00:01", "minute"), "2018-05-24T00:00"),
    ("P5Y", Interval("2013-05-23", "2018-05-23", "year"), "2013-05-23"),
    ("2017-H1", NO_INTERVAL, "2017-01-01"),
    ("XXXX-WXX-1", NO_INTERVAL, ""),
    ("PRESENT_REF", NO_INTERVAL, ""),
    ("0000", NO_INTERVAL, ""),
]


@pytest.mark.parametrize(("value", "interval", "expected"), DATETIMES,
                         ids=[f"{r[0]}{'-placed' if r[1].start else ''}" for r in DATETIMES])
def test_display_datetime_attribute(value: str, interval: Interval, expected: str) -> None:
    got = datetime_attribute(_when(value, interval=interval))
    assert got == expected
    assert not got or HTML_DATETIME.match(got)


def test_display_span_of_a_time_is_timed_even_when_it_starts_at_midnight() -> None:
    span = event_span(_when("2018-05-24T00:00", "TIME",
                            interval=Interval("2018-05-24", "2018-05-24T00:01", "minute")))
    assert span is not None and span.timed
    assert (span.start, span.end) == (datetime(2018, 5, 24), datetime(2018, 5, 24, 0, 1))


@pytest.mark.parametrize("value", ["XXXX-WXX-1", "P1W", "PRESENT_REF", "BC0044"])
def test_display_span_none_for_values_outside_the_calendar(value: str) -> None:
    assert event_span(_when(value)) is None


DURATIONS = [
    ("P5Y", "5 years"), ("P1Y", "1 year"), ("P2Y6M", "2 years 6 months"),
    ("PT3H30M", "3 hours 30 minutes"), ("P1DT12H", "1 day 12 hours"), ("P2.5Y", "2.5 years"),
    ("PXM", "months"), ("P100Y", "100 years"), ("P1C", "1 century"), ("P3L", "3 millennia"),
    ("P1E", "P1E"),
]


@pytest.mark.parametrize(("value", "expected"), DURATIONS, ids=[v for v, _ in DURATIONS])
def test_display_duration_label(value: str, expected: str) -> None:
    assert duration_label(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("P1D", "every day"), ("XXXX", "every year"),
                                                 ("nonsense", "nonsense")],
                         ids=["P1D", "XXXX", "unknown"])
def test_display_set_label(value: str, expected: str) -> None:
    assert set_label(value) == expected


@pytest.mark.parametrize("value", ["2018-13", "2018-W60", "2018-05-32", "-", "BC0000", "X"])
def test_display_value_label_empty_for_forms_outside_the_calendar(value: str) -> None:
    assert value_label(value) == ""


# Values from the TIMEX3 forms, mutated, plus arbitrary text.
VALUE_PARTS = st.sampled_from(["2018", "0018", "19", "197X", "BC", "-", "W21", "W53", "Q2",
                               "H1", "SU", "05", "13", "23", "31", "T", "15:00", "EV", "WE",
                               "P", "5Y", "X", "XXXX", "/", "PRESENT_REF", "3H", "M", "1"])
VALUES = st.one_of(st.lists(VALUE_PARTS, max_size=6).map("".join), st.text(max_size=12))
MOMENTS = st.one_of(st.datetimes(min_value=datetime(1, 1, 1)).map(lambda d: d.isoformat()),
                    st.dates().map(lambda d: d.isoformat()), st.text(max_size=10))


@settings(max_examples=300, deadline=None)
@given(VALUES, st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
       st.sampled_from([None, "START", "MID", "END", "APPROX", "LESS_THAN", "EQUAL_OR_MORE",
                        "BOGUS"]),
       MOMENTS, MOMENTS, st.sampled_from(["day", "year", "minute", "part-of-day", "odd"]))
def test_display_never_fails_on_any_value(value: str, type_: str, mod: str | None, start: str,
                                          end: str, granularity: str) -> None:
    when = _when(value, type_, mod, Interval(start, end, granularity))
    assert flatten(date_label(when)).strip()
    got = datetime_attribute(when)
    assert not got or HTML_DATETIME.match(got), got
