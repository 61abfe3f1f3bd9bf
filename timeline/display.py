"""How an event's date is shown: a reader's label, an HTML `datetime`, the stretch of time.

Every renderer takes its dates from here, so every value an event can carry renders in
every format: dates and times, ranges, durations placed in time ("the past five years"),
sets, `PRESENT_REF`, BC years, weeks, quarters and halves. A value this module does not
know is shown by its interval, else as written; nothing here raises on a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from timeline.datestyle import (DEFAULT_STYLE, MONTH_NAMES, SEASON_NAMES, day_label, days_label,
                                month_day_label, month_label, timed_label, year_label)
from timeline.dctwords import ZONE_NAMES
from timeline.errors import NormalizationError
from timeline.escape import printable
from timeline.model import Event, Interval, When
from timeline.timex import is_anchored, is_duration, value_fields, value_interval

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
POD_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
             "NI": "night", "DT": "daytime"}
REFERENCE_NAMES = {"PRESENT_REF": "the present", "PAST_REF": "the past",
                   "FUTURE_REF": "the future"}
MOD_WORDS = {"START": "early {}", "MID": "mid-{}", "END": "late {}", "APPROX": "about {}",
             "ON_OR_AFTER": "on or after {}", "ON_OR_BEFORE": "on or before {}",
             "BEFORE": "before {}", "AFTER": "after {}"}
# A zone abbreviation right after a clock time: "10:32 a.m. ET", "4 a.m. EDT Thursday",
# "noon (CT)", "0900 UTC".
_ZONE = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midnight)\s*\(?(?P<abbr>[ECMP][SD]?T|GMT|UTC|BST|Z)"
                   r"(?![A-Za-z])", re.IGNORECASE)
# Mods that put an event strictly on one side of its date (also TLINK relTypes).
BOUND_MODS = ("BEFORE", "AFTER")
# Inside a "the" phrase that a number follows: "the early 1970s", "the mid-5th century".
INNER_MOD_WORDS = {"START": "early ", "MID": "mid-", "END": "late "}
# Around any other "the" phrase: "early in the first half of 2017".
PHRASE_MOD_WORDS = {"START": "early in {}", "MID": "in the middle of {}", "END": "late in {}"}
# Said of an amount ("more than five years"); a date with these mods reads as the date.
AMOUNT_MOD_WORDS = {"LESS_THAN": "less than {}", "MORE_THAN": "more than {}",
                    "EQUAL_OR_LESS": "at most {}", "EQUAL_OR_MORE": "at least {}"}
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
                  "C": "century", "L": "millennium"}
CLOCK_UNITS = {"H": "hour", "M": "minute", "S": "second"}
# TIMEX2 and HeidelTime write a BC year as `BC0044`; ISO 8601 as a signed year (-0043).
_BC = re.compile(r"^BC(?P<bc>\d{1,4})$|^-(?P<signed>\d{1,6})$", re.ASCII)
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?|X)([A-Z])", re.ASCII)
# A date with parts left open ("XXXX-05-23", "XXXX-WXX-1TEV"): the TIMEX3 form of a set
# or of a date whose year the text does not give.
_OPEN = re.compile(
    r"^(?:XXXX|(?P<year>\d{4}))"
    r"(?:-(?:(?P<season>SP|SU|FA|WI)|(?P<week>W(?:XX|\d{2}))(?:-(?P<wday>[1-7]|WE|WD))?"
    r"|(?P<month>XX|\d{2})(?:-(?P<day>XX|\d{2}))?))?"
    r"(?:T(?P<pod>MO|MI|AF|EV|NI|DT)|T(?P<clock>\d{2}(?::\d{2})?))?$",
    re.ASCII)


@dataclass(frozen=True, slots=True)
class Span:
    """The stretch of time an event covers, as renderers need it.

    timed: true when the value gives a time of day, so calendars need date-times
    """

    start: datetime
    end: datetime
    granularity: str
    timed: bool

    @property
    def last(self) -> datetime:
        """The last moment inside the span (the end is exclusive)."""
        step = timedelta(seconds=1) if self.timed else timedelta(days=1)
        return max(self.start, self.end - step)


def event_span(when: When) -> Span | None:
    """The interval of `when` as datetimes: its own, else its value's; None when neither
    is a stretch of the calendar (a set, an unresolved reference, a BC year)."""
    span = _parse_interval(when.interval)
    if span is None and is_anchored(when.value):
        try:
            span = _parse_interval(value_interval(when.value))
        except NormalizationError:
            return None
    return span


def _parse_interval(interval: Interval) -> Span | None:
    start, end = _moment(interval.start), _moment(interval.end)
    if start is None or end is None or end <= start:
        return None
    timed = "T" in interval.start or "T" in interval.end
    return Span(start, end, interval.granularity, timed)


def _moment(iso: str) -> datetime | None:
    """An ISO date or date-time as a naive datetime; None when it is neither."""
    try:
        if "T" in iso:
            # TIMEX3 and iCalendar count whole seconds at most
            return datetime.fromisoformat(iso).replace(tzinfo=None, microsecond=0)
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    return datetime(day.year, day.month, day.day)


# --- labels ---------------------------------------------------------------------------------


def date_label(when: When, style: str = DEFAULT_STYLE) -> str:
    """The date of `when` as a reader expects it: "June 2018", "the 1970s", "May 23–25, 2018",
    "5 years: May 23, 2013 – May 22, 2018", "every Monday".

    style: the order of day, month and year, one of `datestyle.DATE_STYLES`
    """
    # A value read as written may hold nothing to show (blanks, controls).
    label = " ".join(printable(_core_label(when, style)).split()) or _fallback_label(when, style)
    if is_duration(when.value) and when.mod in AMOUNT_MOD_WORDS:
        return AMOUNT_MOD_WORDS[when.mod].format(label)
    return with_mod(label, when.mod)


def event_mod(event: Event) -> str | None:
    """The mod a reader should see on an event's date: the date's own ("as early as
    Thursday": ON_OR_AFTER), else the side of it that the event's link to it gives
    ("gather before June 12": BEFORE; TimeML keeps such a date's value and mod as written)."""
    if event.when.mod:
        return event.when.mod
    relation = event.trigger.relation if event.trigger else None
    return relation if relation in BOUND_MODS else None


def event_label(event: Event, style: str = DEFAULT_STYLE) -> str:
    """The date of `event` as a reader expects it, with `event_mod` ("before June 12, 2018")
    and the zone its clock time names ("May 24, 2018, 10:30 ET")."""
    label = date_label(replace(event.when, mod=event_mod(event)), style)
    span = event_span(event.when)
    zone = clock_zone(event.when.text) if span and span.timed else None
    return f"{label} {zone}" if zone and not is_duration(event.when.value) else label


def clock_zone(text: str) -> str | None:
    """The zone abbreviation written right after an expression's clock time ("10:32 a.m.
    ET", "3 p.m. (EDT)", "0900 UTC"), as a reader knows it ("Z" is UTC); None without one."""
    match = _ZONE.search(text)
    if not match or not match["abbr"].isupper() or match["abbr"] not in ZONE_NAMES:
        return None
    return "UTC" if match["abbr"] == "Z" else match["abbr"]


def is_bounded_only(event: Event) -> bool:
    """Whether the event is known only to lie before or after its date, never on it."""
    return event_mod(event) in BOUND_MODS


def with_mod(label: str, mod: str | None) -> str:
    """A date label with the words of its TIMEX3 mod: "early May 2018", "about 10:35".

    A label that is a noun phrase with "the" takes "early", "mid-" and "late" inside it, as
    English writes them: "the mid-2020s", "the late 20th century"; or around it when no
    number follows ("late in the second half of 2017"), never "mid-the 2020s".
    """
    if label.startswith("the ") and mod in INNER_MOD_WORDS:
        rest = label[len("the "):]
        if rest[:1].isdigit():
            return f"the {INNER_MOD_WORDS[mod]}{rest}"
        return PHRASE_MOD_WORDS[mod].format(label)
    template = MOD_WORDS.get(mod or "")
    return template.format(label) if template else label


def _core_label(when: When, style: str) -> str:
    value = when.value
    if when.type == "SET":
        return set_label(value, style) or _fallback_label(when, style)
    if is_duration(value):
        amount = duration_label(value)
        span = event_span(when)
        return f"{amount}: {span_label(span, style)}" if span else amount
    parts = value.split("/")
    if len(parts) == 2 and all(value_label(p) for p in parts):
        return _range_label(parts[0], parts[1], style)
    return value_label(value, style) or _fallback_label(when, style)


def _fallback_label(when: When, style: str) -> str:
    """A value this module cannot read: its interval, else the value (or the expression) as
    written, if it has something to show."""
    span = _parse_interval(when.interval)
    if span:
        return span_label(span, style)
    for text in (when.value, when.text):
        shown = " ".join(printable(text).split())
        if shown:
            return shown
    return "an unknown date"


def value_label(value: str, style: str = DEFAULT_STYLE) -> str:
    """A reader's label of one TIMEX3 value, or '' for a form with no label of its own."""
    if value in REFERENCE_NAMES:
        return REFERENCE_NAMES[value]
    bc = _BC.match(value)
    if bc:
        return _bc_label(bc)
    fields = value_fields(value)
    if fields:
        # A form outside the calendar (2018-02-30, the year 0) has no label of its own.
        return _fields_label(fields, style) if is_anchored(value) else ""
    open_date = _OPEN.match(value)
    if open_date and "X" in value:
        label = _open_label(open_date, style)
        year = open_date["year"]
        return f"{label}, year not given" if year is None else f"{label} in {year}"
    return ""


def _bc_label(match: re.Match[str]) -> str:
    if match["bc"] is not None:
        return f"{int(match['bc'])} BC" if int(match["bc"]) else ""
    # ISO 8601 counts a year 0, which is 1 BC: -0043 is 44 BC.
    return f"{int(match['signed']) + 1} BC"


def _fields_label(g: dict[str, str], style: str) -> str:
    if "century" in g:
        return f"the {_ordinal(int(g['century']) + 1)} century"
    if "decade" in g:
        return f"the {int(g['decade']) * 10}s"
    year = year_label(int(g["year"]))
    if "season" in g:
        return f"{SEASON_NAMES[g['season']]} {year}"
    if "quarter" in g:
        return f"Q{g['quarter']} {year}"
    if "half" in g:
        return f"the {'first' if g['half'] == '1' else 'second'} half of {year}"
    if "week" in g:
        return _week_label(g, style)
    if "month" not in g:
        return year_label(int(g["year"]), style) if style == "iso" else year
    if "day" not in g:
        return month_label(int(g["year"]), int(g["month"]), style)
    day = day_label(date(int(g["year"]), int(g["month"]), int(g["day"])), style)
    if "pod" in g:
        return timed_label(day, POD_NAMES[g["pod"]], style)
    clock = _clock(g)
    return timed_label(day, clock, style) if clock else day


def _clock(g: dict[str, str]) -> str:
    """The time of day of a value's fields: "15:00", "09:30:15"; '' when it has none."""
    clock = ":".join(g[k] for k in ("hour", "minute", "second") if k in g)
    return clock + (":00" if len(clock) == 2 else "")


def _week_label(g: dict[str, str], style: str) -> str:
    year, week = int(g["year"]), int(g["week"])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return ""
    if "wday" in g:
        return day_label(monday + timedelta(days=int(g["wday"]) - 1), style)
    if "weekend" in g:
        saturday, sunday = monday + timedelta(days=5), monday + timedelta(days=6)
        return f"the weekend of {days_label(saturday, sunday, style)}"
    if style == "iso":
        return f"{year:04d}-W{week:02d}"
    # Readers know a week by its days, not by its ISO number ("week 33 of 1998").
    return f"the week of {days_label(monday, monday + timedelta(days=6), style)}"


def _open_label(m: re.Match[str], style: str = DEFAULT_STYLE) -> str:
    """The named parts of a date with open parts: "Monday evening", "May 23", "summer"."""
    if m["season"]:
        words = SEASON_NAMES[m["season"]]
    elif m["wday"]:
        words = {"WE": "weekend", "WD": "weekday"}.get(m["wday"]) or \
            WEEKDAY_NAMES[int(m["wday"]) - 1]
    elif m["month"] and m["month"] != "XX" and 1 <= int(m["month"]) <= 12:
        words = MONTH_NAMES[int(m["month"]) - 1]
        if m["day"] and m["day"] != "XX":
            words = month_day_label(int(m["month"]), int(m["day"]), style)
    elif m["week"]:
        words = "week"
    else:
        words = "day" if m["day"] else "month" if m["month"] else "year"
    if m["pod"]:
        words = POD_NAMES[m["pod"]] if words == "day" else f"{words} {POD_NAMES[m['pod']]}"
    elif m["clock"]:
        words += f" at {m['clock']}"
    return words


def set_label(value: str, style: str = DEFAULT_STYLE) -> str:
    """A recurring value as a reader says it: "every Monday", "every 2 weeks", "every July"."""
    if is_duration(value):
        amount = duration_label(value)
        if amount.startswith("1 "):
            return f"every {amount[2:]}"
        return f"every {amount}"
    open_date = _OPEN.match(value)
    if open_date:
        return f"every {_open_label(open_date, style)}"
    return value_label(value, style) or value


def duration_label(value: str) -> str:
    """A TIMEX3 duration in words: `P5Y` "5 years", `P2Y6M` "2 years 6 months",
    `PT3H30M` "3 hours 30 minutes", `PXM` "months"; an unknown unit, as written."""
    date_part, _, time_part = value[1:].partition("T")
    words = []
    for part, units in ((date_part, DURATION_UNITS), (time_part, CLOCK_UNITS)):
        for amount, unit in _AMOUNT.findall(part):
            if unit not in units:
                return value
            name = units[unit]
            plural = "millennia" if name == "millennium" else "centuries" \
                if name == "century" else name + "s"
            words.append(plural if amount == "X" else
                         f"{amount} {name if amount == '1' else plural}")
    return " ".join(words) or value


def span_label(span: Span, style: str = DEFAULT_STYLE) -> str:
    """A stretch of time by its first and last day (or moment): "May 23, 2013 – May 22, 2018"."""
    first, last = span.start, span.last
    if span.timed:
        one = timed_label(day_label(first.date(), style), f"{first:%H:%M}", style)
        if first.date() == last.date():
            return f"{one}–{last:%H:%M}"
        return f"{one} – {timed_label(day_label(last.date(), style), f'{last:%H:%M}', style)}"
    return days_label(first.date(), last.date(), style)


def _range_label(first: str, second: str, style: str) -> str:
    a, b = value_fields(first), value_fields(second)
    if len(first) == len(second) == 10 and first[:7] == second[:7] and "day" in a and "day" in b:
        return days_label(date(int(a["year"]), int(a["month"]), int(a["day"])),
                          date(int(b["year"]), int(b["month"]), int(b["day"])), style)
    if first[:10] == second[:10] and "hour" in a and "hour" in b:
        # "from 8 a.m. to noon" on one day: the day once
        return f"{value_label(first, style)}–{_clock(b)}"
    one, other = value_label(first, style), value_label(second, style)
    if one.startswith("the ") and other.startswith("the "):
        # "the 1970s and 1980s": the article once, as the text has it
        other = other[len("the "):]
    return f"{one} – {other}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- machine-readable forms ------------------------------------------------------------------

_HTML_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$", re.ASCII)


def datetime_attribute(when: When) -> str:
    """A valid HTML `datetime` for `when`: its value where HTML has that form (a year, month
    or day), else the start of its interval; '' when it has no place in the calendar."""
    value = when.value.split("/")[0]
    if _HTML_DATE.match(value) and is_anchored(value):
        return value
    span = event_span(when)
    if span is None:
        return ""
    if not span.timed:
        return span.start.date().isoformat()
    return span.start.isoformat(timespec="seconds" if span.start.second else "minutes")


def is_placed_stretch(when: When) -> bool:
    """True for a range or a duration placed in time: a stretch with a first and a last day,
    rather than one calendar unit."""
    return "/" in when.value or (is_duration(when.value) and when.type != "SET")
