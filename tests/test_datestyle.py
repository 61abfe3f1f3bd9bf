"""Dates in a reader's order: month first, day first, or ISO 8601, for every piece a label
is built from, and for whole labels through `display.date_label`."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.datestyle import day_label, days_label, month_label, year_label
from timeline.display import date_label
from timeline.model import Interval, When

DAYS = [
    # one day
    (date(2018, 5, 23), date(2018, 5, 23), "mdy", "May 23, 2018"),
    (date(2018, 5, 23), date(2018, 5, 23), "dmy", "23 May 2018"),
    (date(2018, 5, 23), date(2018, 5, 23), "iso", "2018-05-23"),
    # days of one month
    (date(2018, 5, 23), date(2018, 5, 25), "mdy", "May 23–25, 2018"),
    (date(2018, 5, 23), date(2018, 5, 25), "dmy", "23–25 May 2018"),
    (date(2018, 5, 23), date(2018, 5, 25), "iso", "2018-05-23 – 2018-05-25"),
    # across months, across years
    (date(2018, 5, 30), date(2018, 6, 2), "mdy", "May 30 – June 2, 2018"),
    (date(2018, 5, 30), date(2018, 6, 2), "dmy", "30 May – 2 June 2018"),
    (date(2017, 12, 30), date(2018, 1, 2), "dmy", "30 December 2017 – 2 January 2018"),
    # early years
    (date(18, 3, 1), date(18, 3, 1), "dmy", "1 March AD 18"),
    (date(18, 3, 1), date(18, 3, 1), "iso", "0018-03-01"),
]


@pytest.mark.parametrize(("first", "last", "style", "expected"), DAYS,
                         ids=[f"{d[0]}-{d[1]}-{d[2]}" for d in DAYS])
def test_datestyle_days_label(first: date, last: date, style: str, expected: str) -> None:
    assert days_label(first, last, style) == expected
    if first == last:
        assert day_label(first, style) == expected


@pytest.mark.parametrize(("style", "month", "year"), [
    ("mdy", "May 2018", "2018"), ("dmy", "May 2018", "2018"), ("iso", "2018-05", "2018")],
    ids=["mdy", "dmy", "iso"])
def test_datestyle_month_and_year(style: str, month: str, year: str) -> None:
    assert month_label(2018, 5, style) == month
    assert year_label(2018, style) == year


NO_INTERVAL = Interval("", "", "")
LABELS = [
    # dates and times
    ("2018-05-23", None, "dmy", "23 May 2018"),
    ("2018-05-24", "ON_OR_AFTER", "dmy", "on or after 24 May 2018"),
    ("2018-05-23T15:00", None, "dmy", "23 May 2018, 15:00"),
    ("2018-05-23T15:00", None, "iso", "2018-05-23 15:00"),
    ("2018-05-24TEV", None, "iso", "2018-05-24, evening"),
    # weeks by their days, but ISO writes its own week form
    ("2018-W21", None, "dmy", "the week of 21–27 May 2018"),
    ("2018-W21", None, "iso", "2018-W21"),
    ("2018-W21-WE", None, "dmy", "the weekend of 26–27 May 2018"),
    # ranges
    ("2018-05-23/2018-05-25", None, "dmy", "23–25 May 2018"),
    ("2012-05-28T08:00/2012-05-28T12:00", None, "dmy", "28 May 2012, 08:00–12:00"),
    ("2012-05-28T08:00/2012-05-28T12:00", None, "iso", "2012-05-28 08:00–12:00"),
    # the same words in every style
    ("2018-Q2", None, "dmy", "Q2 2018"),
    ("197X", None, "iso", "the 1970s"),
    ("XXXX-05-23", None, "dmy", "23 May, year not given"),
]


@pytest.mark.parametrize(("value", "mod", "style", "expected"), LABELS,
                         ids=[f"{v}-{s}" for v, _, s, _ in LABELS])
def test_datestyle_whole_labels(value: str, mod: str | None, style: str, expected: str) -> None:
    assert date_label(When("x", value, "DATE", mod, NO_INTERVAL), style) == expected


def test_datestyle_placed_duration_in_dmy() -> None:
    when = When("the past five years", "P5Y", "DURATION", None,
                Interval("2013-05-23", "2018-05-23", "day"))
    assert date_label(when, "dmy") == "5 years: 23 May 2013 – 22 May 2018"
