"""Normalize one temporal expression against the publication date into a TIMEX3 value.

The only importer of dateparser, which reads absolute date strings the grammar found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Callable

import dateparser  # type: ignore[import-untyped]

from timeline import grammar, resolve
from timeline.errors import NormalizationError
from timeline.relative import HANDLERS as _RELATIVE_HANDLERS
from timeline.relative import reference_for
from timeline.context import (
    PLUS_WORDS, MINUS_WORDS, YEAR_SHIFT, Context, Normalized, bound_direction, dct_date,
    prefix_mod,
)
from timeline.resolve import FUTURE, PAST
from timeline.timex import format_day, format_decade, format_month, value_granularity

def normalize_timex(text: str, rule: str | None, type_: str, context: Context) -> Normalized:
    """The TIMEX3 value, type and mod of expression `text` found by grammar `rule`.

    Raises: NormalizationError when the expression names no valid time (February 30).
    """
    names = [rule] if rule else [r.name for r in grammar.RULES]
    for name in names:
        m = grammar.match_rule(name, text, context.before, context.after)
        if m is not None:
            result = _HANDLERS[name](m, context)
            return replace(result, type=result.type or type_)
    raise NormalizationError(f"{text!r} is not a temporal expression")


def _month(word: str) -> int:
    return grammar.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _checked(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as err:
        raise NormalizationError(f"{year}-{month:02d}-{day:02d} is not a date") from err


@lru_cache(maxsize=1)
def _date_parser() -> Callable[[str, date], datetime | None]:
    """One dateparser configuration, built once, with every setting pinned."""
    def parse(text: str, dct: date) -> datetime | None:
        settings: Any = {
            "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day),
            "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": "MDY", "PARSERS": ["absolute-time"], "STRICT_PARSING": True,
        }
        try:
            parsed: datetime | None = dateparser.parse(text, languages=["en"], settings=settings)
            return parsed
        except (ValueError, TypeError, OverflowError):
            return None
    return parse


def _absolute(text: str, year: int, month: int, day: int, context: Context) -> date:
    """A full date the text spells out: dateparser reads it, the grammar checks it."""
    expected = _checked(year, month, day)
    parsed = _date_parser()(text, dct_date(context))
    if parsed is not None and parsed.date() == expected:
        return parsed.date()
    return expected


def _full_year(text: str, dct: date) -> int:
    year = int(text.lstrip("'"))
    if len(text.lstrip("'")) > 2:
        return year
    century = dct.year // 100 * 100
    return century + year if century + year <= dct.year + 10 else century - 100 + year


def _iso(m: re.Match[str], context: Context) -> Normalized:
    day = _absolute(m.group(0), int(m["year"]), int(m["month"]), int(m["day"]), context)
    if m["hour"]:
        return Normalized(f"{format_day(day)}T{m['hour']}:{m['minute']}", "TIME")
    return Normalized(format_day(day), "DATE")


def _numeric(m: re.Match[str], context: Context) -> Normalized:
    year = _full_year(m["year"], dct_date(context))
    day = _absolute(m.group(0), year, int(m["month"]), int(m["day"]), context)
    return Normalized(format_day(day), "DATE")


def _month_day(m: re.Match[str], context: Context) -> Normalized:
    month, day = _month(m["month"]), _day(m["day"])
    bound, direction = bound_direction(context)
    if m["year"]:
        when = _absolute(m.group(0), int(m["year"]), month, day, context)
    else:
        year = None
        if m.groupdict().get("wday"):
            wday = grammar.WEEKDAYS[m["wday"].lower().rstrip("s")]
            year = resolve.year_of_weekday(dct_date(context), month, day, wday)
        if year is None:
            # A date told in the present tense is a schedule: "the pact expires Dec. 31".
            ahead = FUTURE if direction == resolve.PRESENT else direction
            year = resolve.infer_year(dct_date(context), month, day, ahead)
        when = _checked(year, month, day)
    return Normalized(format_day(when), "DATE", prefix_mod(m.groupdict().get("mod")) or bound)


def _month_year(m: re.Match[str], context: Context) -> Normalized:
    value = format_month(grammar.year_number(m["year"]), _month(m["month"]))
    return Normalized(value, "DATE", prefix_mod(m["mod"]))


def _month_only(m: re.Match[str], context: Context) -> Normalized:
    month = _month(m["month"])
    bound, direction = bound_direction(context)
    anchor = (m["anchor"] or "").lower()
    if anchor in PLUS_WORDS:
        direction = FUTURE
    elif anchor in MINUS_WORDS:
        direction = PAST
    dct = dct_date(context)
    if m["year_anchor"]:
        year = dct.year + YEAR_SHIFT[m["year_anchor"].lower()]
        return Normalized(format_month(year, month), "DATE", prefix_mod(m["mod"]) or bound)
    year = dct.year if anchor == "this" else resolve.infer_year(dct, month, None, direction)
    if anchor in ("next", "last") and year == dct.year and month == dct.month:
        year += 1 if anchor == "next" else -1
    elif anchor == "last" and (year * 12 + month) == (dct.year * 12 + dct.month - 1):
        year -= 1  # in March, the February just gone is "last month"; "last February" is older
    return Normalized(format_month(year, month), "DATE", prefix_mod(m["mod"]) or bound)


def _weekday(m: re.Match[str], context: Context) -> Normalized:
    wday = grammar.WEEKDAYS[m["wday"].lower().rstrip("s")]
    if m["plural"] is not None and m["wday"].lower().endswith("s") and not m["anchor"]:
        return Normalized(f"XXXX-WXX-{wday}", "SET")
    if m["month"] and m["day"]:
        return _month_day(m, context)
    bound, direction = bound_direction(context)
    anchor = (m["anchor"] or "").lower()
    strict = anchor in PLUS_WORDS or anchor in MINUS_WORDS
    if anchor in PLUS_WORDS:
        direction = FUTURE
    elif anchor in MINUS_WORDS:
        direction = PAST
    elif direction == resolve.PRESENT:
        direction = None
    day = resolve.resolve_weekday(dct_date(context), wday, direction, strict=strict)
    if m["pod"]:
        return Normalized(f"{format_day(day)}T{grammar.PARTS_OF_DAY[m['pod'].lower()]}", "TIME")
    return Normalized(format_day(day), "DATE", bound)


def _time(m: re.Match[str], context: Context) -> Normalized:
    day = dct_date(context)
    word = (m["wday"] or m["wday0"] or "").lower()
    if m["month"]:
        day = date.fromisoformat(_month_day(m, context).value)
    elif word in ("tomorrow", "yesterday"):
        day += timedelta(days=1 if word == "tomorrow" else -1)
    elif word.rstrip("s") in grammar.WEEKDAYS:
        _, direction = bound_direction(context)
        day = resolve.resolve_weekday(day, grammar.WEEKDAYS[word.rstrip("s")],
                                      None if direction == resolve.PRESENT else direction)
    clock = _clock(m["time"], (m["pod"] or "").lower())
    if clock is None:
        raise NormalizationError(f"{m['time']!r} is not a time of day")
    hour, minute = clock
    narrative = None
    bare = not word and not m["month"]  # no day written in the expression itself
    named = _day_after(context) if bare else None
    if named is not None:  # "at 5:42 p.m. on April 15, 2014": the day named next to it
        day = named
    elif bare:
        # "was shot at 10 p.m.": a bare clock time falls on the day the story is telling,
        # unless that day is still ahead and the clause tells of something done
        day, narrative = reference_for(context)
        if day > dct_date(context) and context.tense == PAST:
            day, narrative = dct_date(context), None
    # "spoke at midnight" in today's story is the midnight just gone; any other midnight
    # ends its day ("midnight Friday")
    just_gone = bare and named is None and narrative is None and context.tense == PAST
    if hour == 24:
        day, hour = (day if just_gone else day + timedelta(days=1)), 0
    return Normalized(f"{format_day(day)}T{hour:02d}:{minute:02d}", "TIME",
                      "APPROX" if m["tapprox"] else None, narrative=narrative)


_ON_DAY = re.compile(r"^\s+on\s+(?P<expr>[^.;:]{3,40})")


def _day_after(context: Context) -> date | None:
    """The day an expression right after a clock time names ("... on Friday")."""
    follow = _ON_DAY.match(context.after)
    if follow is None:
        return None
    for rule in ("month_day", "weekday"):
        m = grammar.RULES_BY_NAME[rule].pattern.match(follow["expr"])
        if m is not None:
            value = _HANDLERS[rule](m, context).value
            return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    return None


def _clock(text: str, pod: str) -> tuple[int, int] | None:
    lowered = text.lower()
    if lowered.startswith(("noon", "midday")):
        return 12, 0
    if lowered.startswith("midnight"):
        return 24, 0
    m = re.match(r"(\d{1,2})(?::(\d{2}))?", lowered)
    spelled = grammar.NUMBERS.get(lowered.split()[0]) if m is None else None
    if m is None and spelled is None:
        return None
    hour, minute = (int(m.group(1)), int(m.group(2) or 0)) if m else (int(spelled or 0), 0)
    pm = re.search(r"p\.?\s?m", lowered) or (pod in ("afternoon", "evening", "night")
                                             and hour < 12)
    if pm and hour < 12:
        hour += 12
    elif re.search(r"a\.?\s?m", lowered) and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def _decade(m: re.Match[str], context: Context) -> Normalized:
    if m["decade"]:
        start = int(m["decade"])
    else:
        digit = int(m["short"][0]) if m["short"] else grammar.DECADE_WORDS[m["word"].lower()]
        year = context.dct.year
        start = year // 100 * 100 + digit * 10
        if start > year:
            start -= 100
    return Normalized(format_decade(start), "DATE", prefix_mod(m["mod"]))


def _century(m: re.Match[str], context: Context) -> Normalized:
    word = m["nth"].lower()
    nth = grammar.ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return Normalized(f"{nth - 1:02d}", "DATE", prefix_mod(m["mod"]))


_DAY_LIST = re.compile(rf"(?P<month>{grammar.MONTH})\s+[0-9]{{1,2}}(?:st|nd|rd|th)?"
                       rf"(?:,\s*[0-9]{{1,2}}(?:st|nd|rd|th)?)*,?\s+(?:and\s+|or\s+)?$")


def _day_and(m: re.Match[str], context: Context) -> Normalized:
    """"April 24 and [25]": the month and year of the date just before."""
    listed = _DAY_LIST.search(context.before)
    latest = context.latest
    if listed is None or latest is None or value_granularity(latest) != "day" \
            or int(latest[5:7]) != _month(listed["month"]):
        raise NormalizationError(f"{m[0]!r} follows no month-day")
    day = _checked(int(latest[:4]), int(latest[5:7]), _day(m["day"]))
    return Normalized(format_day(day), "DATE", narrative=latest)


_HANDLERS: dict[str, Callable[[re.Match[str], Context], Normalized]] = {
    "day_and": _day_and,
    "iso": _iso, "numeric": _numeric, "month_day": _month_day, "day_month": _month_day,
    "month_year": _month_year, "month": _month_only, "weekday": _weekday, "time": _time,
    "decade": _decade, "century": _century, **_RELATIVE_HANDLERS,
}
