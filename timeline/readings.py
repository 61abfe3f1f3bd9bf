"""What the words of an expression say before any date is chosen, and the rules that read them.

A rule (`timeline.rules`) reads a match into a small typed value ("Oct. 26": month 10, day 26,
no year) that knows no publication date; the resolver (`timeline.resolver`) places it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Protocol

from timeline.calendar import Quarter as Quarter
from timeline.placed import Named, Placed, Reference

PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass(frozen=True, slots=True)
class Context:
    """The words `before` and `after` an expression, its clause's `tense` and `tense_word`;
    `lookup` reads a phrase with another rule ("at 5:42 p.m. on [April 15]")."""

    before: str = ""
    after: str = ""
    tense: str | None = None
    tense_word: str = ""
    lookup: Callable[[str, str], Reading | None] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """What an expression says: the `mod` its words give ("early", "about"), the `anchor`
    word pointing it ("last", "that"); `prefixed`: "early", "later" comes first."""

    mod: str | None = None
    anchor: str | None = None
    prefixed: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class NumericDate(Reading):
    """A date in figures: "5/23/2018", "5/23/98" (`short_year`), "2018-05-23 10:35";
    `swappable`: "04/05/2014" reads day first too (`timeline.dateorder`)."""

    year: int
    month: int
    day: int
    short_year: bool = False
    swappable: bool = False
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DayDate(Reading):
    """A month and day: "Oct. 26", "Monday, Oct. 26, 2015", "5 May 2018", "Mondays, Oct. 26";
    "July 25 of that year" (`year_anchor`: the story's year); the week or weekend holding
    it (`part`): "the week of March 6"."""

    month: int
    day: int
    year: int | None = None
    weekday: int | None = None
    plural: bool = False
    year_anchor: str | None = None
    part: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DayOfMonth(Reading):
    """A day of a month the text does not name: "the 30th", "Tuesday the 19th" (`weekday`)."""

    day: int
    weekday: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ListedDay(Reading):
    """A bare day number after a month-day in a list: the [25] of "April 24 and 25", the
    [14] of "June 12-14", the [9, 1918] of "March 5-9, 1918" (`year`)."""

    day: int
    month: int
    year: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthDate(Reading):
    """A month: "June 2018", "last June", "June last year" (`year_anchor` "last"), "August of
    that year" (`year_anchor` "that": the story's year), "April 480 BC" (`bc`); a `part`
    of it: "the first week of June" (week, `nth` 1), "the last weekend of May" (-1)."""

    month: int
    year: int | None = None
    year_anchor: str | None = None
    spoken: bool = False
    bc: bool = False
    part: str | None = None
    nth: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Year(Reading):
    """A year written out: "1998", "the year 2000", "nineteen ninety-four" (`spoken`), "44
    BC" (`bc`), "AD 79"."""

    year: int
    spoken: bool = False
    bc: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Decade(Reading):
    """A decade: "the 1970s" (`start` 1970), "the '90s" or "the nineties" (`digit` 9)."""

    start: int | None = None
    digit: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Century(Reading):
    """A century by its ordinal: "the 20th century" (`number` 20), "the 4th century BC" (`bc`)."""

    number: int
    bc: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Season(Reading):
    """A season (TIMEX3 code SP, SU, FA, WI), with its year when written ("the spring of 480
    BC": `bc`)."""

    season: str
    year: int | None = None
    year_anchor: str | None = None
    bc: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Weekday(Reading):
    """A day named by its weekday (ISO 1-7), with a part of the day: "Wednesday night", or
    the weekend that holds it (`part`): "the weekend of Saturday"."""

    weekday: int
    pod: str | None = None
    plural: bool = False
    part: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Clock(Reading):
    """A time (`hour` 24: midnight ending a day) on the day its words name: `day_word`
    ("tomorrow"), `weekday` (`weekday_first`: "Monday 10 a.m."), `date`, or `after` ("on May 5")."""

    hour: int
    minute: int
    approx: bool = False
    day_word: str | None = None
    weekday: int | None = None
    weekday_first: bool = False
    date: DayDate | None = None
    after: Reading | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DayWord(Reading):
    """"today", "yesterday", "tonight", "tomorrow morning": `shift` days from publication."""

    shift: int
    tonight: bool = False
    pod: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PartOfDay(Reading):
    """A part of a day `shift` days from publication ("last night"), or of the story's day."""

    pod: str
    shift: int = 0
    story: bool = False


@dataclass(frozen=True, slots=True)
class HolidayDate:
    """How a named day falls in a year (`calendar.holiday_date`); `week`: "Easter week";
    `every` so many years counted from the year `since` (a presidential primary)."""

    month: int = 0
    day: int = 0
    nth: int = 0
    weekday: int = 0
    easter: bool = False
    offset: int = 0
    week: bool = False
    years: tuple[tuple[int, int, int], ...] = ()
    every: int = 1
    since: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Holiday(Reading):
    """A named day: "Christmas", "Election Day", "Easter week", with its year when written."""

    name: str
    date: HolidayDate
    year: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Relative(Reading):
    """The `unit` `amount` units from publication: "next week" (W, 1), "the past year" (Y,
    -1); or from the story's time (`story`: "that day", "the same week")."""

    unit: str
    amount: int = 0
    story: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Next(Reading):
    """"the next day", "the following morning": `shift` units from the story's time."""

    unit: str | None = None
    pod: str | None = None
    shift: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Ago(Reading):
    """`count` units from an anchor ("two days ago"; `word` "ago"...); `keep`: "[three days]
    after"; `this`: "ago this week"; `base`: the day counted from ("two weeks from [Friday]");
    `compared`, `report`, `appositive`, `lasting` ("for [two days] after"): words around it."""

    count: float | None
    unit: str
    word: str
    keep: int = 0
    this: str | None = None
    base: Reading | None = None
    compared: bool = False
    report: bool = False
    appositive: bool = False
    lasting: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Deixis(Reading):
    """"now" (present), "recently" (past), "the future", "then" (the story's last date)."""

    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class QuarterOf(Reading):
    """A quarter: "the third quarter", "Q3 2018"; `reported`: "fourth-quarter [results]"."""

    number: int
    year: int | None = None
    reported: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Half(Reading):
    """"the second half of 1989", "next year" (`shift`), the `fiscal` year, or a `quarter`."""

    number: int
    quarter: bool = False
    year: int | None = None
    shift: int = 0
    fiscal: bool = False
    fiscal_end: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FiscalYear(Reading):
    """"fiscal 1989", "FY '98" (`short`), or the current one, ending on `end`."""

    year: int | None = None
    short: bool = False
    end: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Period(Reading):
    """A reporting period: "the quarter", "the year-ago period", "the latest week"; `year`:
    "the 1988 quarter"; `ended`: "the quarter ended Sept. 30"; `for_`: "for" before it."""

    unit: str
    which: str = ""
    year: int | None = None
    ended: tuple[int, int] | None = None
    for_: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Duration(Reading):
    """`count` units (None: "several months"), and more ("three hours and 12 minutes");
    `bounded`: "the past two years", "the next two weeks", a length ending or starting at
    publication, never the point "in [two weeks]" names."""

    count: float | None
    unit: str
    count2: float | None = None
    unit2: str | None = None
    bounded: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Recurring(Reading):
    """A set: "every Monday", "weekdays", "each July", "every other week", "every quarter"."""

    weekday: int | None = None
    weekdays: bool = False
    pod: str | None = None
    season: str | None = None
    month: int | None = None
    weekend: bool = False
    count: float | None = None
    unit: str | None = None
    quarters: bool = False


class Frame(Protocol):
    """What a placement may ask the resolver (`published`: a history's story time, `narrative`;
    `colloquial`: a post)."""

    published: date
    bound: str | None
    toward: str | None
    context: Context
    latest: Named | None
    latest_gap: int | None
    quarter: Quarter | None
    named_quarter: Quarter | None
    narrative: bool
    colloquial: bool
    day_first: bool

    def story(self, unit: str | None = None) -> Reference:
        """Where "the next day", "that year" count from (see `timeline.anchors`)."""

    def place(self, reading: Reading) -> Placed:
        """Another reading placed in the same frame ("at 10 a.m. [Friday]")."""


def _never(*_: Any) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Example:
    """A phrase a rule reads, the words around it, and the reading it gives."""

    text: str
    reading: Reading
    before: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of temporal expression, in one place: its `name` and TIMEX3 `type`, its
    `pattern` (named groups), its `priority` between matches of equal length (lower wins),
    how it is read (`read`), text-only and parse-based exclusions (`excludes`: "$1998";
    `ambiguous`: "May" as a verb), its `flags` for other stages ("self-dated", "directed",
    "infers-year", "day-clue", "year-clue", "report-quarter", "post-only"), the pattern
    that says its text names a year (`written_year`), `examples` with the readings they
    give, and a `trigger` found in any text it matches (checked first: most rules miss
    most sentences)."""

    name: str
    type: str
    pattern: re.Pattern[str]
    priority: int
    read: Callable[[re.Match[str], Context], Reading]
    examples: tuple[Example, ...]
    trigger: tuple[str, ...] = ()
    excludes: Callable[[str, int, int], bool] = _never
    ambiguous: Callable[[Any], bool] = _never
    flags: frozenset[str] = frozenset()
    written_year: re.Pattern[str] | None = None


def rule_pattern(body: str) -> re.Pattern[str]:
    """A rule's pattern: `body` (verbose, case-insensitive) between non-word boundaries."""
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w])", re.I | re.X)
