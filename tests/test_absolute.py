"""Tests of `timeline.absolute`: dateparser reads the day of the absolute dates the rules find."""

from __future__ import annotations

from datetime import date

import pytest

import timeline
from timeline import absolute
from timeline.absolute import DAY_FIRST, MONTH_FIRST, read_date


@pytest.mark.parametrize(("text", "order", "expected"), [
    # written with a month name
    ("May 23, 2018", MONTH_FIRST, date(2018, 5, 23)),
    ("23 May 2018", MONTH_FIRST, date(2018, 5, 23)),
    ("5th of May 2018", MONTH_FIRST, date(2018, 5, 5)),
    ("Sept. 5 2018", MONTH_FIRST, date(2018, 9, 5)),
    # in figures: the field order decides
    ("5/6/2018", MONTH_FIRST, date(2018, 5, 6)),
    ("5/6/2018", DAY_FIRST, date(2018, 6, 5)),
    ("2018-05-23 10:35", MONTH_FIRST, date(2018, 5, 23)),
    # no such day
    ("Feb. 30, 2018", MONTH_FIRST, None),
    ("2/29/2019", MONTH_FIRST, None),
], ids=["month-day-year", "day-month-year", "ordinal-of", "dotted-month", "month-first",
        "day-first", "iso-time", "february-30", "not-a-leap-year"])
def test_absolute_read_date(text: str, order: str, expected: date | None) -> None:
    assert read_date(text, order) == expected


def test_absolute_answer_decides_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger takes the day dateparser reads: another answer gives another value."""
    sentence = "The deal was signed on May 23, 2018, in Paris."
    assert [t.value for t in timeline.tag(sentence, published="2020-01-01")] == ["2018-05-23"]
    monkeypatch.setattr("timeline.rules.days.read_date", lambda text, order=MONTH_FIRST:
                        date(2017, 1, 2))
    assert [t.value for t in timeline.tag(sentence, published="2020-01-01")] == ["2017-01-02"]
    monkeypatch.setattr("timeline.rules.days.read_date", lambda text, order=MONTH_FIRST: None)
    assert timeline.tag(sentence, published="2020-01-01") == ()


def test_absolute_reads_each_string_once() -> None:
    absolute.read_date.cache_clear()
    for _ in range(3):
        read_date("June 5, 2009")
    assert absolute.read_date.cache_info().hits == 2
