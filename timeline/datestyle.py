"""Calendar dates written in a reader's order: "May 23, 2018", "23 May 2018" or "2018-05-23".

`display.py` builds every label from these pieces, so `--date-style` changes the order of
day, month and year everywhere and nothing else: "week 21 of 2018", "Q2 2018" and "the
1970s" read the same in every style. Nothing here raises for a valid `date`.
"""

from __future__ import annotations

from datetime import date

# `mdy`: American news style ("May 23, 2018"); `dmy`: British, Commonwealth and most of
# Wikipedia ("23 May 2018"); `iso`: ISO 8601 ("2018-05-23"), for tables and logs.
DATE_STYLES = ("mdy", "dmy", "iso")
DEFAULT_STYLE = "mdy"
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def year_label(year: int, style: str = DEFAULT_STYLE) -> str:
    """A year: "2018"; "AD 18" for a year written with leading zeros ("20 centuries ago")."""
    if style == "iso":
        return f"{year:04d}"
    return str(year) if year >= 1000 else f"AD {year}"


def month_label(year: int, month: int, style: str = DEFAULT_STYLE) -> str:
    """A month of a year: "May 2018", or "2018-05" in ISO style."""
    if style == "iso":
        return f"{year:04d}-{month:02d}"
    return f"{MONTH_NAMES[month - 1]} {year_label(year)}"


def month_day_label(month: int, day: int, style: str = DEFAULT_STYLE) -> str:
    """A day of the month with no year: "May 23", or "23 May" day first."""
    name = MONTH_NAMES[month - 1]
    return f"{name} {day}" if style == DEFAULT_STYLE else f"{day} {name}"


def day_label(day: date, style: str = DEFAULT_STYLE) -> str:
    """One day: "May 23, 2018", "23 May 2018" or "2018-05-23"."""
    if style == "iso":
        return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    year = year_label(day.year)
    if style == "dmy":
        return f"{day.day} {MONTH_NAMES[day.month - 1]} {year}"
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {year}"


def days_label(first: date, last: date, style: str = DEFAULT_STYLE) -> str:
    """The days from `first` to `last`, both included, with what they share said once:
    "May 23–25, 2018", "23–25 May 2018", "May 30 – June 2, 2018"."""
    if first == last:
        return day_label(first, style)
    if style == "iso" or first.year != last.year:
        return f"{day_label(first, style)} – {day_label(last, style)}"
    year = year_label(first.year)
    one, two = MONTH_NAMES[first.month - 1], MONTH_NAMES[last.month - 1]
    if style == "dmy":
        if first.month == last.month:
            return f"{first.day}–{last.day} {one} {year}"
        return f"{first.day} {one} – {last.day} {two} {year}"
    if first.month == last.month:
        return f"{one} {first.day}–{last.day}, {year}"
    return f"{one} {first.day} – {two} {last.day}, {year}"


def timed_label(day_text: str, time_text: str, style: str = DEFAULT_STYLE) -> str:
    """A day and a time of it: "May 23, 2018, 15:00", "2018-05-23 15:00"; a part of the
    day after a comma in every style: "2018-05-23, evening"."""
    if style == "iso" and time_text[:1].isdigit():
        return f"{day_text} {time_text}"
    return f"{day_text}, {time_text}"
