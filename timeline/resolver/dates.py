"""Place readings of calendar dates: days, months, seasons, years, decades, centuries,
weekdays and named days, from the publication date in the direction the resolver chose."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Callable

from timeline.calendar import (
    NEAR_DAYS, format_day, format_decade, format_month, format_week, full_year, holiday_date,
    infer_season_year, infer_year, resolve_weekday, season_value, shift_day, shift_value,
    year_of_weekday,
)
from timeline.errors import NormalizationError
from timeline.lexicon import MINUS_WORDS, PLUS_WORDS, STORY_YEAR_SHIFT, YEAR_SHIFT
from timeline.placed import Placed
from timeline.readings import (
    FUTURE, PAST, PRESENT, Century, DayDate, DayOfMonth, Decade, Frame, Holiday, ListedDay,
    MonthDate, NumericDate, Season, Weekday, Year,
)


def checked(year: int, month: int, day: int) -> date:
    """The day, when it is on the calendar.

    Raises: NormalizationError for a day that does not exist (February 30).
    """
    try:
        return date(year, month, day)
    except ValueError as err:
        raise NormalizationError(f"{year}-{month:02d}-{day:02d} is not a date") from err


def place_numeric(r: NumericDate, frame: Frame) -> Placed:
    """"5/23/2018", "2018-05-23 10:35"; a two-digit year in the century nearest publication;
    "04/05/2014" is 4 May where the document writes its dates day first."""
    year = full_year(r.year, frame.published) if r.short_year else r.year
    month, day_number = (r.day, r.month) if r.swappable and frame.day_first else (r.month, r.day)
    day = checked(year, month, day_number)
    if r.hour is not None:
        return Placed(f"{format_day(day)}T{r.hour:02d}:{r.minute or 0:02d}", "TIME")
    return Placed(format_day(day), "DATE")


def place_day(r: DayDate, frame: Frame) -> Placed:
    """"Oct. 26": the year its weekday gives ("Monday, Oct. 26"), else the one nearest
    publication in the clause's direction; a date told in the present tense is a
    schedule ("the pact expires Dec. 31")."""
    published, direction = frame.published, frame.toward
    year, narrative = r.year, None
    if year is None and r.year_anchor in STORY_YEAR_SHIFT:
        year, narrative = _story_year(r.year_anchor, frame)
    if year is None and r.weekday:
        year = year_of_weekday(published, r.month, r.day, r.weekday)
    if year is None:
        ahead = FUTURE if direction == PRESENT else direction
        year = infer_year(published, r.month, r.day, ahead)
    day = checked(year, r.month, r.day)
    if r.part == "week" and day.weekday() == 6 and day < date.max:
        # "the week of [Sunday] March 4": the week that Sunday begins, as a calendar
        # starting on Sunday shows it, which is the ISO week of the Monday after
        day += timedelta(days=1)
    value = format_day(day) if r.part is None else \
        format_week(day) + ("-WE" if r.part == "weekend" else "")  # "the week of March 6"
    return Placed(value, "DATE", r.mod or frame.bound, narrative=narrative)


def _story_year(anchor: str, frame: Frame) -> tuple[int, str | None]:
    """The year "of that year", "of the following year" names: counted from the story's
    year (the publication year when the text has named none)."""
    ref = frame.story("Y")
    return ref.day.year + STORY_YEAR_SHIFT[anchor], ref.value


def place_listed_day(r: ListedDay, frame: Frame) -> Placed:
    """"April 24 and [25]": the month and year of the date just before; "March 5-[9, 1918]"
    writes its year."""
    if r.year is not None:
        return Placed(format_day(checked(r.year, r.month, r.day)), "DATE")
    latest = frame.latest
    if latest is None or latest.granularity != "day" or latest.start.month != r.month:
        raise NormalizationError(f"day {r.day} follows no month-day")
    day = checked(latest.start.year, latest.start.month, r.day)
    return Placed(format_day(day), "DATE", narrative=latest.value)


def place_month(r: MonthDate, frame: Frame) -> Placed:
    """"June 2018"; "June" in the year the direction gives; "last June", "June last year";
    "the first week of June": that week of the month placed so."""
    placed = _place_whole_month(r, frame)
    if r.part is None or r.bc:
        return placed
    year, month = (int(p) for p in placed.value.split("-"))
    return replace(placed, value=month_part(year, month, r.part, r.nth))


def month_part(year: int, month: int, part: str, nth: int) -> str:
    """The ISO week (`part` "week") or weekend ("weekend") `nth` (-1: last) of a month.

    A month's first week is the ISO week holding its first Thursday, the week most of
    whose days are in the month, as ISO 8601 counts a year's first week; its last week
    holds its last Thursday. Its weekends are counted by their Saturdays.
    """
    weekday = 4 if part == "week" else 6  # Thursday, Saturday (isoweekday)
    first = date(year, month, 1)
    first_one = first.toordinal() + (weekday - first.isoweekday()) % 7
    if nth > 0:
        day = date.fromordinal(first_one + 7 * (nth - 1))
    else:
        last = date(year, month, monthrange(year, month)[1])
        day = date.fromordinal(last.toordinal() - (last.isoweekday() - weekday) % 7)
    if day.month != month:
        raise NormalizationError(f"month {year}-{month:02d} has no {part} {nth}")
    return format_week(day) + ("-WE" if part == "weekend" else "")


def _place_whole_month(r: MonthDate, frame: Frame) -> Placed:
    """The month of `place_month`."""
    if r.year is not None:
        value = f"BC{r.year:04d}-{r.month:02d}" if r.bc else format_month(r.year, r.month)
        return Placed(value, "DATE", r.mod)
    published, anchor = frame.published, r.anchor or ""
    mod = r.mod or frame.bound
    if r.year_anchor in STORY_YEAR_SHIFT:
        year, narrative = _story_year(r.year_anchor, frame)
        return Placed(format_month(year, r.month), "DATE", mod, narrative=narrative)
    if r.year_anchor:
        return Placed(format_month(published.year + YEAR_SHIFT[r.year_anchor], r.month),
                      "DATE", mod)
    year = published.year if anchor == "this" else \
        infer_year(published, r.month, None, frame.toward)
    if anchor in ("next", "last") and year == published.year and r.month == published.month:
        year += 1 if anchor == "next" else -1
    elif anchor == "last" and (year * 12 + r.month) == (published.year * 12 + published.month - 1):
        year -= 1  # in March, the February just gone is "last month"; "last February" is older
    return Placed(format_month(year, r.month), "DATE", mod)


def place_year(r: Year, frame: Frame) -> Placed:
    """"1998", "nineteen ninety-four"; "44 BC" is `BC0044` (TIMEX2's and WikiWars' form)."""
    return Placed(f"{'BC' if r.bc else ''}{r.year:04d}", "DATE", r.mod)


def place_decade(r: Decade, frame: Frame) -> Placed:
    """"the 1970s"; "the '90s", "the nineties": the latest such decade by publication."""
    if r.start is not None:
        return Placed(format_decade(r.start), "DATE", r.mod)
    year = frame.published.year
    start = year // 100 * 100 + (r.digit or 0) * 10
    if start > year:
        start -= 100
    return Placed(format_decade(start), "DATE", r.mod)


def place_century(r: Century, frame: Frame) -> Placed:
    """"the 20th century" is `19` (the years 1900-1999); "the 4th century BC" `BC03`."""
    return Placed(f"{'BC' if r.bc else ''}{r.number - 1:02d}", "DATE", r.mod)


def place_season(r: Season, frame: Frame) -> Placed:
    """"the spring of 1998", "this summer", "last winter", "that fall" (the story's year)."""
    season, anchor, mod, day = r.season, r.anchor or "", r.mod, frame.published
    if r.year is not None:
        return Placed(f"{'BC' if r.bc else ''}{r.year:04d}-{season}", "DATE", mod)
    if r.year_anchor:
        return Placed(f"{day.year + YEAR_SHIFT[r.year_anchor]:04d}-{season}", "DATE", mod)
    if anchor in ("this", "current"):
        current = season_value(day)
        return Placed(current if current.endswith(season) else f"{day.year:04d}-{season}",
                      "DATE", mod)
    latest = frame.latest
    if anchor in ("that", "same", "previous", "following") and latest is not None:
        # "that fall", "the previous fall": counted from the date the story last named
        ref, same = latest.start, anchor in ("that", "same")
        year = ref.year if same else infer_season_year(
            ref, season, PAST if anchor == "previous" else FUTURE)
        if not same and f"{year}-{season}" == season_value(ref):
            year += -1 if anchor == "previous" else 1  # not the season it is counted from
        return Placed(f"{year:04d}-{season}", "DATE", mod, narrative=latest.value)
    direction = frame.toward
    value = f"{infer_season_year(day, season, direction)}-{season}"
    if anchor and value == season_value(day):
        value = season_value(day, 4 if direction == FUTURE else -4)
    return Placed(value, "DATE", mod)


def place_day_of_month(r: DayOfMonth, frame: Frame) -> Placed:
    """"Tuesday the 19th": the month nearest the reference whose 19th is a Tuesday; "the
    30th": in the month the text last named ("On May 5 ... on the 30th"), else the
    publication month, or the month before or after when the clause looks that way."""
    ref, latest, direction = frame.published, frame.latest, frame.toward
    if r.weekday is not None:
        months = [shift_day(ref.replace(day=1), "M", k) for k in range(-12, 13)]
        found = [d.replace(day=r.day) for d in months if r.day <= monthrange(d.year, d.month)[1]
                 and d.replace(day=r.day).isoweekday() == r.weekday]
        if not found:
            raise NormalizationError(f"no month near {ref} has a weekday {r.weekday} on day {r.day}")
        return Placed(format_day(min(found, key=lambda d: abs((d - ref).days))), "DATE")
    if latest is not None and latest.granularity in ("month", "day"):
        return Placed(format_day(checked(latest.start.year, latest.start.month, r.day)), "DATE",
                      narrative=latest.value)
    month = ref.replace(day=1)
    if direction == PAST and r.day > ref.day:
        month = shift_day(month, "M", -1)
    elif direction == FUTURE and r.day < ref.day:
        month = shift_day(month, "M", 1)
    return Placed(format_day(checked(month.year, month.month, r.day)), "DATE", frame.bound)


def place_weekday(r: Weekday, frame: Frame) -> Placed:
    """"Wednesday": the nearest in the clause's direction (the day itself included); "next
    Tuesday", "last Friday": strictly after or before publication."""
    anchor = r.anchor or ""
    if anchor in ("previous", "following"):
        # "closed lower Friday, down 4.5% from the previous Friday": the one before (after)
        # the day the story tells, not before publication
        ref = frame.story()
        day = resolve_weekday(ref.day, r.weekday, PAST if anchor == "previous" else FUTURE,
                              strict=True)
        return Placed(f"{format_day(day)}T{r.pod}" if r.pod else format_day(day),
                      "TIME" if r.pod else "DATE", narrative=ref.value)
    strict = anchor in PLUS_WORDS or anchor in MINUS_WORDS
    direction = frame.toward
    if direction == PRESENT and not strict:
        direction = None
    day = resolve_weekday(frame.published, r.weekday, direction, strict=strict)
    if r.pod:
        return Placed(f"{format_day(day)}T{r.pod}", "TIME")
    if r.part == "weekend":  # "the weekend of Saturday": the ISO week's weekend holding it
        return Placed(f"{format_week(day)}-WE", "DATE", frame.bound)
    return Placed(format_day(day), "DATE", frame.bound)


def place_holiday(r: Holiday, frame: Frame) -> Placed:
    """"Christmas": the one of the written year, else the nearest in the clause's direction
    ("last Christmas", "next Easter"); a day of some years only ("Super Tuesday") in those."""
    day, rule = frame.published, r.date
    # the occurrences around publication: the years before, of and after it, or for a day
    # that comes every four years, the last and the next two (2012, 2016, 2020 in 2016)
    years = [r.year] if r.year else [year for year in range(day.year - rule.every,
                                                             day.year + rule.every + 1)
                                     if (year - rule.since) % rule.every == 0]
    dates = [holiday_date(year, month=rule.month, day=rule.day, nth=rule.nth,
                          weekday=rule.weekday, easter=rule.easter,
                          offset=rule.offset, years=rule.years) for year in years]
    shown: Callable[[date], str] = \
        (lambda d: shift_value(d, "W", 0)) if r.date.week else format_day
    direction = frame.toward
    if len(dates) == 1:
        return Placed(shown(dates[0]), "DATE")
    near = [d for d in dates if abs((d - day).days) <= NEAR_DAYS]
    if rule.every > 1 and near:
        # a day of every fourth year within a month of publication is that one, whatever
        # the tense: "a final push before Super Tuesday" is not four years back
        return Placed(shown(near[0]), "DATE", reason="its being within a month of publication")
    if direction == PAST:
        when = max(d for d in dates if d <= day)
    elif direction == FUTURE:
        when = min(d for d in dates if d >= day)
    else:
        when = min(dates, key=lambda d: (abs((d - day).days), d < day))
    return Placed(shown(when), "DATE")


PLACERS: dict[type, Callable[[Any, Frame], Placed]] = {
    NumericDate: place_numeric, DayDate: place_day, ListedDay: place_listed_day,
    DayOfMonth: place_day_of_month,
    MonthDate: place_month, Year: place_year, Decade: place_decade, Century: place_century,
    Season: place_season, Weekday: place_weekday, Holiday: place_holiday,
}
