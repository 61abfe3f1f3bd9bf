"""TIMEX3 value algebra: parse and format values, turn them into half-open intervals."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import pendulum

from timeline.calendar import GRANULARITIES as GRANULARITIES
from timeline.calendar import format_day as format_day
from timeline.calendar import format_decade as format_decade
from timeline.calendar import format_month as format_month
from timeline.calendar import format_week as format_week
from timeline.errors import NormalizationError
from timeline.model import Interval
# Values repeat within and across documents ("2018-05-23", "2018"): the four functions that
# read one are cached (results are immutable).
CACHED_VALUES = 16384
REFERENCE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
PART_OF_DAY_HOURS = {"MO": (6, 12), "MI": (12, 13), "AF": (12, 18), "EV": (18, 24),
                     "NI": (21, 30), "DT": (9, 17)}

_VALUE = re.compile(
    r"""^(?:
        (?P<century>\d{2})
      | (?P<decade>\d{3})X
      | (?P<year>\d{4})
        (?:-(?:
            (?P<season>SP|SU|FA|WI)
          | Q(?P<quarter>[1-4])
          | H(?P<half>[12])
          | W(?P<week>\d{2})(?:-(?P<wday>[1-7]))?(?P<weekend>-WE)?
          | (?P<month>\d{2})
            (?:-(?P<day>\d{2})
              (?:T(?:
                  (?P<pod>MO|MI|AF|EV|NI|DT)
                | (?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?
              ))?
            )?
        ))?
    )$""",
    re.VERBOSE | re.ASCII,
)
_DURATION = re.compile(r"^P(?:\d+(?:\.\d+)?|X)[YMWDHSQLCE]$|^PT(?:\d+(?:\.\d+)?|X)[HMS]$"
                       r"|^P(?:(?:\d+|X)[YMWD])+(?:T(?:(?:\d+|X)[HMS])+)?$|^PT(?:(?:\d+|X)[HMS])+$",
                       re.ASCII)
# Underspecified values (sets and dates without a year): at least one `X` somewhere.
_UNDERSPECIFIED = re.compile(
    r"^(?=.*X)(?:XXXX|\d{4})"
    r"(?:-(?:(?:XX|\d{2}|W(?:XX|\d{2}))(?:-(?:XX|\d{1,2}|WE|WD))?|SP|SU|FA|WI))?"
    r"(?:T(?:MO|AF|EV|NI|\d{2}(?::\d{2})?))?$",
    re.ASCII,
)

# Years and centuries before the common era ("44 BC": BC0044), which no calendar type holds.
# A story told in BC years also dates seasons, months and days of them ("BC0480-09").
_BC = re.compile(r"^BC\d{2,4}$", re.ASCII)
_BC_DATE = re.compile(r"^BC\d{4}-(?:SP|SU|FA|WI|\d{2}(?:-\d{2})?)$", re.ASCII)


@lru_cache(maxsize=CACHED_VALUES)
def is_anchored(value: str) -> bool:
    """True when `value` names a definite stretch of calendar time."""
    try:
        for part in value.split("/"):
            _interval(_match(part))
    except NormalizationError:
        return False
    return True


def is_before_era(value: str) -> bool:
    """True for a year or century before the common era, or a date in such a year: `BC0044`,
    `BC03`, `BC0480-09`."""
    return bool(_BC.match(value) or _BC_DATE.match(value))


def is_duration(value: str) -> bool:
    """True for a TIMEX3 duration value such as `P3Y`, `PXM` or `PT5H`."""
    return bool(_DURATION.match(value))


def is_valid_value(value: str) -> bool:
    """True when `value` is a TIMEX3 value this project writes."""
    if value in REFERENCE_VALUES or is_duration(value) or is_anchored(value):
        return True
    return bool(_UNDERSPECIFIED.match(value) or is_before_era(value))


@lru_cache(maxsize=CACHED_VALUES)
def value_granularity(value: str) -> str:
    """The granularity of an anchored value (for a range, of its finer end).

    Raises: NormalizationError when the value is not anchored.
    """
    parts = [_match(p) for p in value.split("/")]
    for m in parts:
        _interval(m)
    return max((_granularity(m) for m in parts), key=GRANULARITIES.index)


@lru_cache(maxsize=CACHED_VALUES)
def value_interval(value: str) -> Interval:
    """The half-open interval an anchored value covers.

    Raises: NormalizationError when the value is not anchored.
    """
    parts = value.split("/")
    first = _interval(_match(parts[0]))
    last = _interval(_match(parts[-1])) if len(parts) > 1 else first
    if last[1] <= first[0]:
        raise NormalizationError(f"range {value!r} ends before it starts")
    return Interval(_iso(first[0]), _iso(last[1]), value_granularity(value))


@lru_cache(maxsize=CACHED_VALUES)
def start_day(value: str) -> date:
    """The first day of the interval an anchored value covers.

    Raises: NormalizationError when the value is not anchored.
    """
    return date.fromisoformat(value_interval(value).start[:10])


def value_fields(value: str) -> dict[str, str]:
    """The named parts of a value of the anchored form (`year`, `month`, `week`, `pod`...),
    or {} for any other value; a form outside the calendar (2018-02-30) still has them."""
    m = _VALUE.match(value)
    return {k: v for k, v in m.groupdict().items() if v is not None} if m else {}


def _match(value: str) -> re.Match[str]:
    m = _VALUE.match(value)
    if m is None:
        raise NormalizationError(f"{value!r} is not an anchored TIMEX3 value")
    return m


def _granularity(m: re.Match[str]) -> str:
    g = m.groupdict()
    for name, key in (("second", "second"), ("minute", "minute"), ("hour", "hour"),
                      ("part-of-day", "pod"), ("day", "day"), ("day", "wday"),
                      ("week", "week"), ("month", "month"), ("quarter", "quarter"),
                      ("quarter", "half"), ("season", "season"), ("year", "year"),
                      ("decade", "decade")):
        if g[key] is not None:
            return name
    return "century"


def _interval(m: re.Match[str]) -> tuple[datetime, datetime]:
    """The interval of one matched value.

    Raises: NormalizationError when it is not in the calendar or not representable
        (the year 0, anything reaching past 9999).
    """
    try:
        return _calendar_interval(m)
    except (ValueError, OverflowError) as err:
        raise NormalizationError(f"{m.group(0)!r} is not a representable interval: {err}") \
            from err


def _calendar_interval(m: re.Match[str]) -> tuple[datetime, datetime]:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if "century" in g:
        # `datetime` has no year 0: the first century and decade start in the year 1.
        start = int(g["century"]) * 100
        return _dt(max(start, 1)), _dt(start + 100)
    if "decade" in g:
        start = int(g["decade"]) * 10
        return _dt(max(start, 1)), _dt(start + 10)
    year = int(g["year"])
    if "month" in g:
        return _month_interval(year, g)
    if "week" in g:
        return _week_interval(year, g)
    if "season" in g:
        first, last = SEASON_MONTHS[g["season"]]
        return _add_months(_dt(year), first - 1), _add_months(_dt(year), last - 1)
    if "quarter" in g or "half" in g:
        size = 3 if "quarter" in g else 6
        index = int(g.get("quarter") or g["half"]) - 1
        return _add_months(_dt(year), index * size), _add_months(_dt(year), (index + 1) * size)
    return _dt(year), _dt(year + 1)


def _month_interval(year: int, g: dict[str, str]) -> tuple[datetime, datetime]:
    month = int(g["month"])
    if "day" not in g:
        start = _dt(year, month)
        return start, _add_months(start, 1)
    try:
        day = _dt(year, month, int(g["day"]))
    except ValueError as err:
        raise NormalizationError(f"{year}-{month:02d}-{g['day']} is not a date") from err
    if "pod" in g:
        lo, hi = PART_OF_DAY_HOURS[g["pod"]]
        return day + timedelta(hours=lo), day + timedelta(hours=hi)
    if "hour" not in g:
        return day, day + timedelta(days=1)
    hour, minute, second = int(g["hour"]), int(g.get("minute", 0)), int(g.get("second", 0))
    # T24:00 is the midnight that ends the day; no other clock reading is past 23:59:59.
    if minute > 59 or second > 59 or hour > 24 or (hour == 24 and (minute or second)):
        raise NormalizationError(f"{hour:02d}:{minute:02d}:{second:02d} is not a time of day")
    start = day + timedelta(hours=hour, minutes=minute, seconds=second)
    unit = "seconds" if "second" in g else "minutes" if "minute" in g else "hours"
    return start, start + timedelta(**{unit: 1})


def _week_interval(year: int, g: dict[str, str]) -> tuple[datetime, datetime]:
    try:
        monday = date.fromisocalendar(year, int(g["week"]), 1)
    except ValueError as err:
        raise NormalizationError(f"{year}-W{g['week']} is not an ISO week") from err
    start = datetime(monday.year, monday.month, monday.day)
    if "wday" in g:
        day = start + timedelta(days=int(g["wday"]) - 1)
        return day, day + timedelta(days=1)
    if "weekend" in g:
        return start + timedelta(days=5), start + timedelta(days=7)
    return start, start + timedelta(days=7)


def _dt(year: int, month: int = 1, day: int = 1) -> datetime:
    return datetime(year, month, day)


def _add_months(moment: datetime, months: int) -> datetime:
    shifted = pendulum.instance(moment).add(months=months)
    return datetime(shifted.year, shifted.month, shifted.day, shifted.hour, shifted.minute)


def _iso(moment: datetime) -> str:
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date().isoformat()
    if moment.second:
        return moment.isoformat(timespec="seconds")
    return moment.isoformat(timespec="minutes")


def parse_dct(dct: str) -> datetime:
    """The publication date-time of an ISO date or date-time string, zone dropped.

    Raises: NormalizationError when `dct` is not ISO.
    """
    try:
        parsed = datetime.fromisoformat(dct)
    except ValueError as err:
        raise NormalizationError(f"publication date {dct!r} is not ISO") from err
    return parsed.replace(tzinfo=None)
