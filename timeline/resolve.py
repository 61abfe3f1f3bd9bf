"""Calendar arithmetic for relative expressions: weekdays, missing years, unit shifts.

Pure functions of explicit dates; pendulum does the month and year arithmetic.
"""

from __future__ import annotations

from datetime import date, timedelta

import pendulum

from timeline.timex import format_day, format_decade, format_month, format_week

PAST, PRESENT, FUTURE = "past", "present", "future"
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # winter last: it belongs to the year it starts in
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
NEAR_DAYS = 31
NEAR_MONTH_DAYS = 31


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


def shift_value(dct: date, unit: str, amount: int) -> str:
    """The value of the unit-sized stretch `amount` units away from `dct`.

    unit: one of D, W, WE, M, Q, Y, DE, CE (TIMEX3 unit letters; DE decade, CE century).
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
    return f"{dct.year + amount:04d}"


def shift_day(day: date, unit: str, amount: int) -> date:
    """The day `amount` units (D, W, M, Q, Y) from `day`; a month end stays in its month
    (a year before February 29 is February 28)."""
    moment = pendulum.date(day.year, day.month, day.day)
    if unit == "D":
        return _as_date(moment.add(days=amount))
    if unit == "W":
        return _as_date(moment.add(weeks=amount))
    months = {"M": 1, "Q": 3, "Y": 12}.get(unit)
    if months is None:
        raise ValueError(f"no day shift by unit {unit!r}")
    return _as_date(moment.add(months=months * amount))


def nth_weekday(year: int, month: int, n: int, weekday: int) -> date:
    """The n-th `weekday` (ISO 1-7) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _as_date(moment: pendulum.Date) -> date:
    return date(moment.year, moment.month, moment.day)
