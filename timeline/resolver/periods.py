"""Place readings of business periods: quarters, halves and the periods reports compare
("the third quarter", "the second half", "the year-ago quarter", "the quarter ended Sept. 30")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

from timeline.calendar import fiscal_year_label, resolve_weekday, shift_value
from timeline.lexicon import FORECAST_VERBS, REPORT_WORDS, unit_code
from timeline.placed import Placed
from timeline.readings import FUTURE, PAST, PRESENT, Frame, Half, Period, Quarter, QuarterOf

# A plan "in" a quarter: "the next meeting is in [Q3]", "the launch is planned for [Q1]".
_PLANNED_IN = re.compile(r"(?i)\b(?:next|upcoming|coming|planned|scheduled|slated|due|expected)"
                         r"\b[^.;!?]*\b(?:in|for|by)\s+(?:the\s+)?$")
_IN_BEFORE = re.compile(r"(?i)\bin\s+(?:the\s+)?$")


def place_quarter(r: QuarterOf, frame: Frame) -> Placed:
    """"the third quarter" of the publication year, or the year before when it is still ahead
    and the clause does not look ahead ("will report fourth-quarter results" in February:
    last year's; "expects second-quarter revenue" forecasts this year's)."""
    if r.year is not None:
        return Placed(f"{r.year:04d}-Q{r.number}", "DATE")
    anchor, published = r.anchor or "", frame.published
    current = Quarter.of(published).number
    year = published.year
    if anchor in ("last", "the previous", "the past") or "year-" in anchor:
        year -= 1
    elif anchor == "next":
        year += 1
    elif r.reported and r.number > current \
            and not FORECAST_VERBS.search(frame.context.tense_word):
        year -= 1
    elif r.number > current and frame.context.tense not in (FUTURE, PRESENT):
        year -= 1  # "profit rose in the third quarter"; "the next meeting is in Q3" is ahead
    elif r.number < current and not r.reported and _planned(frame):
        year += 1  # in November, "the next meeting is in Q3" is next year's
    return Placed(f"{year:04d}-Q{r.number}", "DATE")


def _planned(frame: Frame) -> bool:
    """True when a quarter is when something is to happen, not what a report covers: "the
    plant will open in [the second quarter]", "the next meeting is in [Q3]" (not "will
    report a loss for [the third quarter]")."""
    before, tense = frame.context.before, frame.context.tense
    if REPORT_WORDS.search(before[-60:]):
        return False
    if tense == FUTURE:
        return bool(_IN_BEFORE.search(before))
    return tense == PRESENT and bool(_PLANNED_IN.search(before))


def place_half(r: Half, frame: Frame) -> Placed:
    """"the second half of 1989", "the first half of next year", "the first three months of
    2020" (a quarter), "the second half of the fiscal year"."""
    if r.year is not None:
        year = r.year
    elif r.fiscal:
        year = fiscal_year_label(frame.published, r.fiscal_end)
    else:
        year = frame.published.year + r.shift
    if r.quarter:
        return Placed(f"{year:04d}-Q{1 if r.number == 1 else 4}", "DATE")
    return Placed(f"{year:04d}-H{r.number}", "DATE")


def _ended_quarter(ended: tuple[int, int], published: date) -> str | None:
    """"The quarter ended Sept. 30": the calendar quarter holding most of those three months.

    A fiscal quarter that closes on July 31 ran from May to July, so it is mostly the
    second calendar quarter; its middle day, 45 days before the close, says which.
    """
    month, day = ended
    year = published.year if month <= published.month else published.year - 1
    try:
        middle = date(year, month, day) - timedelta(days=45)
    except ValueError:
        return None
    return Quarter.of(middle).value


def _latest_quarter(frame: Frame, *, current: bool = False) -> Quarter:
    """The quarter a report means: the one the text named last, else the last one ended."""
    if frame.quarter is not None and not current:
        return frame.quarter
    value = Quarter.of(frame.published)
    return value if current else value.shift(-1)


def place_period(r: Period, frame: Frame) -> Placed:
    """"the quarter", "the year-ago period", "the latest week", "the same month", "for the
    year" (a length), "the full year" (reported in the first quarter: the year just ended)."""
    published = frame.published
    if r.year is not None:  # "the 1988 quarter": the quarter under discussion, in that year
        return Placed(f"{r.year}-Q{frame.quarter.number if frame.quarter else 'X'}", "DATE")
    back = r.which in ("year-earlier", "year-ago", "comparable")
    ended = _ended_quarter(r.ended, published) \
        if r.ended and r.unit == "quarter" and not back else None
    if ended:
        return Placed(ended, "DATE")
    if r.unit in ("quarter", "period"):
        if r.which in ("previous", "prior"):
            return Placed(_latest_quarter(frame).shift(-1).value, "DATE")
        value = _latest_quarter(frame, current=r.which == "current")
        named = frame.quarter.value if value == frame.quarter else None  # the report's quarter
        return Placed((value.shift(-4) if back else value).value, "DATE", narrative=named)
    if r.unit == "weekend":
        saturday = resolve_weekday(published, 6, PAST if frame.toward == PAST else FUTURE)
        return Placed(shift_value(saturday, "WE", 0), "DATE")
    unit = unit_code(r.unit)
    if r.which == "same":
        ref = frame.story(unit)
        return Placed(shift_value(ref.day, unit, 0), "DATE", narrative=ref.value)
    if r.unit == "year" and not r.which and r.for_ and r.ended:
        # "net income for the year ended Aug. 31": a reporting year, as a length; "a high
        # for the year" is this year
        return Placed("P1Y", "DURATION")
    if r.unit == "year" and r.which == "full" and frame.context.tense == PAST \
            and published.month <= 3:
        # "For the full year, sales rose", reported in the first quarter: the year just ended
        return Placed(f"{published.year - 1:04d}", "DATE")
    shift = -1 if back or r.which in ("previous", "prior") else 0
    return Placed(shift_value(published, unit, shift), "DATE")


PLACERS: dict[type, Callable[[Any, Frame], Placed]] = {
    QuarterOf: place_quarter, Half: place_half, Period: place_period,
}
