"""The joint weighing of day clues: which days each kind of clue favours."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline.dayscore import Clue, score_days

YEAR = 1998
DAYS = [date(YEAR, 1, 1) + timedelta(days=i) for i in range(365)]
FRIDAY, MONDAY = 5, 1


def _weekday(tense: str, weekday: int, anchor: str | None = None) -> Clue:
    return Clue("Friday", 0, "weekday", tense, weekday=weekday, anchor=anchor)


def _date(tense: str | None, month: int, day: int, weekday: int | None = None,
          lead: bool = False) -> Clue:
    return Clue(f"{month}/{day}", 0, "date", tense, month=month, day=day, weekday=weekday,
                lead=lead)


def _deictic(offset: int) -> Clue:
    return Clue("yesterday" if offset == -1 else "today", 0, "deictic", "past", offset=offset)


@pytest.mark.parametrize(
    ("clues", "weekdays"),
    [
        # "said Friday": most often in Saturday's paper
        ([_weekday("past", FRIDAY)], {6}),
        # a paper that says "yesterday" names weekdays only for older days
        ([_weekday("past", FRIDAY), _deictic(-1)], {7}),
        # ...and one that says "today" names none for the day itself
        ([_weekday("past", FRIDAY), _deictic(0)], {6}),
        # "will meet Monday": the day before, most often
        ([_weekday("future", MONDAY)], {7}),
        # "last Friday": at least two days back
        ([_weekday("past", FRIDAY, "last")], {7, 1}),
        # "the summit opens Monday": that day or shortly before it
        ([_weekday("present", MONDAY)], {1, 7}),
    ],
    ids=["past", "past-with-yesterday", "past-with-today", "future", "last", "present"],
)
def test_dayscore_weekday_favours_weekdays(clues: list[Clue], weekdays: set[int]) -> None:
    best, probability = score_days(DAYS, clues, YEAR).best()
    assert best.isoweekday() in weekdays
    assert probability < 0.1  # a weekday alone: one of 52 such days


@pytest.mark.parametrize(
    ("clues", "first", "last"),
    [
        # a past date and a future one bound the day from both sides
        ([_date("past", 10, 24), _date("future", 10, 27)], date(1998, 10, 24),
         date(1998, 10, 27)),
        # ...and a past weekday inside the window settles it
        ([_date("past", 10, 19), _weekday("past", FRIDAY), _date("future", 10, 27)],
         date(1998, 10, 24), date(1998, 10, 24)),
        # a present-tense date looks ahead, as the normalizer reads it ("the offer expires")
        ([_date("past", 10, 19), _date("present", 10, 27)], date(1998, 10, 19),
         date(1998, 10, 27)),
        # a weekday with its date in the lead: that day or one next to it
        ([_date("past", 8, 7, weekday=FRIDAY, lead=True)], date(1998, 8, 6), date(1998, 8, 8)),
    ],
    ids=["bounds", "bounds-and-weekday", "present-date", "lead-date"],
)
def test_dayscore_dates_bound_the_day(clues: list[Clue], first: date, last: date) -> None:
    best, _ = score_days(DAYS, clues, YEAR).best()
    assert first <= best <= last


def test_dayscore_dateline_or_the_day_after() -> None:
    scored = score_days(DAYS, [], YEAR, dateline_day=date(1998, 8, 7))
    assert scored.best() == (date(1998, 8, 7), pytest.approx(0.5, abs=0.05))
    assert scored.near(date(1998, 8, 7)) > 0.85


@pytest.mark.parametrize(
    "clue",
    [_date("past", 8, 7, weekday=MONDAY),  # Aug. 7 was a Friday in 1998
     Clue("1997", 0, "date", "past", month=8, day=7, year=1997)],
    ids=["weekday-of-another-year", "another-year"],
)
def test_dayscore_ignores_dates_of_other_years(clue: Clue) -> None:
    scored = score_days(DAYS, [clue], YEAR)
    assert max(scored.posterior) == pytest.approx(1 / 365)


def test_dayscore_repeats_count_less_than_new_clues() -> None:
    once = score_days(DAYS, [_weekday("past", FRIDAY)], YEAR).best()[1]
    twice = score_days(DAYS, [_weekday("past", FRIDAY)] * 2, YEAR).best()[1]
    both = score_days(DAYS, [_weekday("past", FRIDAY), _date("past", 8, 7)], YEAR).best()[1]
    assert once < twice < both
