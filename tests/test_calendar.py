"""Calendar arithmetic: years either side of the era and shifts off the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.calendar import format_year, shift_day, shift_value
from timeline.timex import is_valid_value

YEARS = [
    # (astronomical year, value): BC/AD counting has no year 0, so 1 - n is n BC
    (2018, "2018"),
    (1, "0001"),
    (0, "BC0001"),
    (-43, "BC0044"),
    (-982, "BC0983"),
    (-9998, "BC9999"),
    (9998, "9998"),
]


@pytest.mark.parametrize(("year", "value"), YEARS, ids=[str(y[0]) for y in YEARS])
def test_calendar_format_year_counts_no_year_0(year: int, value: str) -> None:
    assert format_year(year) == value
    assert is_valid_value(value)


@pytest.mark.parametrize("year", [-9999, 9999, 10000, -10 ** 9], ids=str)
def test_calendar_format_year_refuses_years_no_value_names(year: int) -> None:
    with pytest.raises(ValueError):
        format_year(year)


SHIFTS = [
    # issue 16: "3000 years ago" from 2018 gave the invalid value -982
    (date(2018, 5, 23), "Y", -3000, "BC0983"),
    (date(2018, 5, 23), "Y", -2018, "BC0001"),
    (date(2018, 5, 23), "Y", -5, "2013"),
]


@pytest.mark.parametrize(("day", "unit", "amount", "value"), SHIFTS,
                         ids=[f"{s[2]}{s[1]}" for s in SHIFTS])
def test_calendar_shift_value_years_before_the_era(day: date, unit: str, amount: int,
                                                   value: str) -> None:
    assert shift_value(day, unit, amount) == value


OFF_CALENDAR = [("D", -10 ** 6), ("D", -10 ** 12), ("W", 10 ** 9), ("M", -36000),
                ("Q", 10 ** 12), ("Y", 8000), ("M", 12 * 7981)]


@pytest.mark.parametrize(("unit", "amount"), OFF_CALENDAR, ids=[f"{u}{a}" for u, a in OFF_CALENDAR])
def test_calendar_shift_value_off_the_calendar_raises_value_error(unit: str, amount: int) -> None:
    # "a million days ago" crashed with pendulum's OverflowError
    with pytest.raises(ValueError):
        shift_value(date(2018, 5, 23), unit, amount)


def test_calendar_shift_day_off_the_calendar_raises_value_error() -> None:
    with pytest.raises(ValueError):
        shift_day(date(2018, 5, 23), "Y", -3000)
