"""Calendar arithmetic and the TIMEX3 names of calendar units.

Pure functions of explicit dates: weekdays and years nearest a day in a direction, unit
shifts (pendulum does the month and year arithmetic), seasons, holidays, fiscal years,
and the values that name days, weeks, months, decades and durations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pendulum
from dateutil.easter import easter as easter_sunday


GRANULARITIES = (
    "century", "decade", "year", "season", "quarter", "month",
    "week", "day", "part-of-day", "hour", "minute", "second",
)
# Directions as the resolver names them.
PAST, FUTURE = "past", "future"
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # winter last: it belongs to the year it starts in
NEAR_DAYS = 31
# The furthest years a value names either side of the era: four digits (the year 9999 has
# no end `datetime` holds), a year before it as `BC` and four digits (TIMEX2's form, which
# WikiWars and HeidelTime write).
LAST_YEAR, FIRST_BC_YEAR = 9998, 9999
NEAR_MONTH_DAYS = 31
# How a count of units is written as a TIMEX3 duration: (letter, factor, time part).
DURATION_UNITS = {"S": ("S", 1, True), "MIN": ("M", 1, True), "H": ("H", 1, True),
                  "D": ("D", 1, False), "W": ("W", 1, False), "WE": ("D", 2, False),
                  "2W": ("W", 2, False), "M": ("M", 1, False), "Q": ("M", 3, False),
                  "Y": ("Y", 1, False), "DE": ("Y", 10, False), "CE": ("Y", 100, False),
                  "ML": ("Y", 1000, False)}
# ISO 8601 has no quarter unit: three quarters are P9M. The unit below each unit.
_SMALLER = {("Y", False): ("M", 12, False), ("W", False): ("D", 7, False),
            ("D", False): ("H", 24, True), ("H", True): ("M", 60, True),
            ("M", True): ("S", 60, True)}


_ISO_DURATION = re.compile(r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
                           r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?")


# --- values -------------------------------------------------------------------------------

def format_day(day: date) -> str:
    """The TIMEX3 value of one calendar day."""
    return day.isoformat()


def format_month(year: int, month: int) -> str:
    """The TIMEX3 value of one calendar month."""
    return f"{year:04d}-{month:02d}"


def format_week(day: date) -> str:
    """The TIMEX3 value of the ISO week holding `day`."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def format_year(year: int) -> str:
    """The TIMEX3 value of the astronomical year `year`: 2018 is `2018`, 0 is `BC0001`.

    BC/AD counting has no year 0, so the astronomical year 1 - n is n BC: "3000 years ago"
    from 2018 is the year 2018 - 3000 = -982, which is 983 BC (`BC0983`).

    Raises: ValueError after AD 9998 or before 9999 BC, which no value names (a leaf of
        the import graph, this module leaves NormalizationError to the resolver).
    """
    if not 1 - FIRST_BC_YEAR <= year <= LAST_YEAR:
        before = f"{1 - year} BC" if year < 1 else f"AD {year}"
        raise ValueError(f"{before} is past the years a TIMEX3 value names")
    return f"{year:04d}" if year >= 1 else f"BC{1 - year:04d}"


def format_decade(year: int) -> str:
    """The TIMEX3 value of the decade holding `year` (`197X`)."""
    return f"{year // 10:03d}X"


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 duration of `count` units (None: an unknown count, `PX...`).

    A fraction goes to the next smaller unit when it comes out whole there:
    2.5 years is `P2Y6M`, 5.5 hours `PT5H30M`, 1.5 days `P1DT12H`.
    """
    letter, factor, is_time = DURATION_UNITS[unit]
    if count is None:
        return f"PTX{letter}" if is_time else f"PX{letter}"
    total = count * factor
    whole, rest = int(total), total - int(total)
    smaller = _SMALLER.get((letter, is_time))
    if rest and smaller and (rest * smaller[1]).is_integer():
        small, times, small_is_time = smaller
        head = f"{whole}{letter}" if whole else ""
        tail = f"{int(rest * times)}{small}"
        if is_time:
            return f"PT{head}{tail}"
        return f"P{head}T{tail}" if small_is_time else f"P{head}{tail}"
    amount = str(whole) if not rest else f"{total:.6f}".rstrip("0").rstrip(".")
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def join_durations(first: str, second: str) -> str:
    """The sum of two whole-number ISO durations: `PT3H` and `PT12M` make `PT3H12M`;
    weeks beside days become days (`P2W` and `P3D` make `P17D`)."""
    parts = {key: 0 for key in "YMWDhms"}
    for value in (first, second):
        m = _ISO_DURATION.fullmatch(value)
        if m is None:
            return first  # a vague or fractional part: keep the first
        for key, number in m.groupdict().items():
            parts[key] += int(number or 0)
    if parts["W"] and (parts["D"] or parts["Y"] or parts["M"]):
        parts["D"] += 7 * parts.pop("W")
    day_part = "".join(f"{parts[k]}{k}" for k in "YMWD" if parts.get(k))
    time_part = "".join(f"{parts[k]}{k.upper()}" for k in "hms" if parts[k])
    return f"P{day_part}T{time_part}" if time_part else f"P{day_part}"


# --- days and years in a direction --------------------------------------------------------

def resolve_weekday(dct: date, weekday: int, direction: str | None,
                    *, strict: bool = False) -> date:
    """The day named `weekday` (ISO 1-7) nearest `dct` in `direction`.

    direction: "past" looks back, "future" ahead, anything else takes the nearest
        (a tie goes to the future); `strict` skips `dct` itself.
    """
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if direction == PAST:
        return dct - timedelta(days=back)
    if direction == FUTURE:
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back) if back < ahead else dct + timedelta(days=ahead)


def infer_year(dct: date, month: int, day: int | None, direction: str | None) -> int:
    """The year of a month (and day) given without one, nearest `dct` in `direction`.

    A month-day date that cannot exist in a year (February 29) skips that year.
    """
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            when = date(year, month, day or 1)
        except ValueError:
            continue
        candidates.append(when)
    if not candidates:
        candidates = [_next_valid(dct.year, month, day or 1)]
    ref = dct if day else dct.replace(day=1)
    nearest = min(candidates, key=lambda c: (abs((c - ref).days), c < ref))
    # A date within a month of publication is that one, whatever the tense says:
    # writers add the year or "last" for the other ("Nov. 17" on Nov. 2 is this year's).
    if abs((nearest - ref).days) <= (NEAR_DAYS if day else NEAR_MONTH_DAYS):
        return nearest.year
    if direction == PAST:
        before = [c for c in candidates if c <= ref]
        if before:
            return max(before).year
    elif direction == FUTURE:
        after = [c for c in candidates if c >= ref]
        if after:
            return min(after).year
    return nearest.year


def year_of_weekday(dct: date, month: int, day: int, weekday: int) -> int | None:
    """The year near `dct` in which month-day falls on ISO `weekday` ("Monday, Oct. 26")."""
    for year in sorted((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs(y - dct.year)):
        try:
            if date(year, month, day).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def _next_valid(year: int, month: int, day: int) -> date:
    for offset in range(1, 9):
        for candidate in (year - offset, year + offset):
            try:
                return date(candidate, month, day)
            except ValueError:
                continue
    return date(year, month, 1)


def full_year(year: int, dct: date) -> int:
    """The year a two-digit year names: in the century that puts it at most ten years after
    `dct` ("5/23/98" written in 2018 is 1998, "1/5/25" is 2025)."""
    century = dct.year // 100 * 100
    return century + year if century + year <= dct.year + 10 else century - 100 + year


# --- seasons ------------------------------------------------------------------------------

def infer_season_year(dct: date, season: str, direction: str | None) -> int:
    """The year of a season named without one ("in the spring"), by tense."""
    current = _season_of(dct)
    here = SEASON_ORDER.index(current[1])
    there = SEASON_ORDER.index(season)
    year = current[0]
    if there > here and direction == PAST:
        return year - 1
    if there < here and direction == FUTURE:
        return year + 1
    return year


def _season_of(day: date) -> tuple[int, str]:
    """(year, season code) of `day`; winter belongs to the year it starts in."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, ("SP", "SU", "FA")[(day.month - 3) // 3]


def season_value(day: date, shift: int = 0) -> str:
    """The TIMEX3 value of the season holding `day`, moved by `shift` seasons."""
    year, season = _season_of(day)
    index = SEASON_ORDER.index(season) + shift
    year += index // 4
    return f"{year:04d}-{SEASON_ORDER[index % 4]}"


# --- shifts -------------------------------------------------------------------------------

def shift_value(dct: date, unit: str, amount: int) -> str:
    """The value of the unit-sized stretch `amount` units away from `dct`.

    unit: one of D, W, WE, M, Q, Y, DE, CE (TIMEX3 unit letters; DE decade, CE century).

    Raises: ValueError when the stretch is off the calendar: a day, week, month or
        quarter before AD 1 or after 9998, a year before 9999 BC or after AD 9998.
    """
    if unit == "D":
        return format_day(shift_day(dct, "D", amount))
    if unit in ("W", "WE"):
        week = format_week(shift_day(dct, "W", amount))
        return week + "-WE" if unit == "WE" else week
    if unit == "M":
        shifted = shift_day(dct, "M", amount)
        return format_month(shifted.year, shifted.month)
    if unit == "Q":
        shifted = shift_day(dct, "Q", amount)
        return f"{shifted.year:04d}-Q{(shifted.month - 1) // 3 + 1}"
    if unit == "SE":
        return season_value(dct, amount)
    if unit == "DE":
        return format_decade(dct.year + 10 * amount)
    if unit == "CE":
        return f"{dct.year // 100 + amount:02d}"
    return format_year(dct.year + amount)


def shift_day(day: date, unit: str, amount: int) -> date:
    """The day `amount` units (D, W, M, Q, Y) from `day`; a month end stays in its month
    (a year before February 29 is February 28).

    Raises: ValueError when that day is before AD 1 or after 9998 ("a million days
        ago"), which no value names.
    """
    moment = pendulum.date(day.year, day.month, day.day)
    months = {"M": 1, "Q": 3, "Y": 12}.get(unit)
    if months is None and unit not in ("D", "W"):
        raise ValueError(f"no day shift by unit {unit!r}")
    try:
        if unit in ("D", "W"):
            shifted = moment.add(**{"days" if unit == "D" else "weeks": amount})
        else:
            shifted = moment.add(months=(months or 0) * amount)
    except (OverflowError, ValueError) as err:
        raise ValueError(f"{amount} units {unit} from {day} is off the calendar") \
            from err
    if shifted.year > LAST_YEAR:
        raise ValueError(f"{amount} units {unit} from {day} is past AD {LAST_YEAR}")
    return _as_date(shifted)


def _as_date(moment: pendulum.Date) -> date:
    return date(moment.year, moment.month, moment.day)


# --- named days and fiscal years ----------------------------------------------------------

def nth_weekday(year: int, month: int, n: int, weekday: int) -> date:
    """The n-th `weekday` (ISO 1-7) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(year: int, *, month: int = 0, day: int = 0, nth: int = 0, weekday: int = 0,
                 easter: bool = False, offset: int = 0,
                 years: tuple[tuple[int, int, int], ...] = ()) -> date:
    """The day a named day falls on in `year`: a fixed month and day, the `nth` `weekday` of
    a month (-1: the last), or Easter Sunday (`easter`); then `offset` days more.
    `years`: (year, month, day) where a year has its own date."""
    for listed, listed_month, listed_day in years:
        if listed == year:
            return date(year, listed_month, listed_day)
    if easter:
        start = easter_sunday(year)
    elif nth:
        start = nth_weekday(year, month, nth, weekday)
    else:
        start = date(year, month, day)
    return start + timedelta(days=offset)


def fiscal_year_label(dct: date, end: tuple[int, int] | None) -> int:
    """The year the current fiscal year is named by, the year it ends in: "the end of the
    fiscal year on June 30" in December 2008 is fiscal 2009; with no end date given, the
    year of publication."""
    if end is None:
        return dct.year
    try:
        closing = date(dct.year, end[0], end[1])
    except ValueError:
        return dct.year
    return dct.year if closing >= dct else dct.year + 1


@dataclass(frozen=True, slots=True)
class Quarter:
    """A calendar quarter: `year` and `number` 1-4."""

    year: int
    number: int

    @property
    def value(self) -> str:
        """The TIMEX3 value, "1989-Q3"."""
        return f"{self.year:04d}-Q{self.number}"

    def shift(self, quarters: int) -> Quarter:
        """The quarter `quarters` quarters later (earlier when negative)."""
        index = self.number - 1 + quarters
        return Quarter(self.year + index // 4, index % 4 + 1)

    @classmethod
    def of(cls, day: date) -> Quarter:
        """The quarter holding `day`."""
        return cls(day.year, (day.month - 1) // 3 + 1)
