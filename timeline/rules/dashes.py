"""Rules for the ends of a range written with a dash: the [6] of "6-7 January 1916", the [14]
of "June 12-14" (and the [9, 1918] of "March 5-9, 1918"), the [1915] and [17] of "1915-17".

TimeML tags each end of a range as a TIMEX3 of its own ("from [Wednesday] to [Friday]"), and so
do other annotators for the dashed forms ("[6]-[7 January 1916]", "[1915]-[17]"); the end that
names its month or year is found by the day and year rules, these find the other, and
`timeline.ranges` pairs the two and dates the first from the second. A dash joins numbers
that are no dates too, so each rule needs what only a date has: a day before a day and its
month, a day after a month-day, two years that increase. A score ("won 6-7"), a vote
("4-3"), "9-11", a model number ("747-400"), a phone number or an ISO date's parts
("2018-05-23") have none of these.
"""

from __future__ import annotations

import re

from timeline.errors import NormalizationError
from timeline.lexicon import (
    BC_ERA, COUNTED_NOUNS, MONEY_BEFORE, MONTH, MONTH_TRIGGER, YEAR, month_number,
)
from timeline.readings import (
    Context, DayDate, Example, ListedDay, Reading, Rule, Year, rule_pattern,
)

# A hyphen or an en dash, maybe spaced ("May 2 - 3"); a longer dash sets off a clause.
DASH = r"\s?[-–]\s?"
_DASHES = ("-", "–")
# The words that join the ends of a range or pair of days written before their month:
# "from 15 to 22 February", "between 5 and 7 May".
_WORD_JOIN = r"\s+(?:to|through|until|till|and|or)\s+"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
# A month after a day, abbreviated with or without its period ("12-14 Sept.").
_MONTH_AFTER = (rf"(?:{MONTH}|(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?))")
_YEAR_NUMBER = r"(?:1[5-9][0-9]{2}|20[0-9]{2})"
# What ends a number that is a year's last digits: not another part ("2018-05-23", "1-800-
# 555-0100", "12.5"), not a percentage.
_NUMBER_ENDS = r"(?![0-9]|[-–/.,:][0-9]|\s*(?:%|percent\b|per\s?cent\b))"
# The month-day before the second day of "June 12-14" ("May 2 - 3").
_DAY_BEFORE = re.compile(rf"(?P<month>{MONTH})\s+(?P<day>{_DAY}){_ORD}{DASH}$")
# The year before the second year of "1915-17".
_YEAR_BEFORE = re.compile(rf"(?P<year>{_YEAR_NUMBER}){DASH}$")
_COUNTED_AFTER = re.compile(rf"(?i)^\s*(?:{COUNTED_NOUNS})\b")
# The most years a range written with two digits spans across a century ("1998-01").
_CENTURY_TURN = 10
# The longest a range of years spans ("1337-1453", the Hundred Years' War).
MAX_YEARS = 150


def _read_first_day(m: re.Match[str], context: Context) -> Reading:
    """"[6]-7 January 1916": the day, in the month written after the range's end; its year is
    the end's (`timeline.ranges`)."""
    first, last = int(m["day"]), int(m["end"])
    if first >= last:
        raise NormalizationError(f"{m[0]}-{last} is no range of days")
    return DayDate(month=month_number(m["month"]), day=first)


def _read_last_day(m: re.Match[str], context: Context) -> Reading:
    """"June 12-[14]", "March 5-[9, 1918]": a later day of the month just named."""
    before = _DAY_BEFORE.search(context.before)
    if before is None or int(before["day"]) >= int(m["day"]):
        raise NormalizationError(f"{m[0]!r} ends no range of days")
    year = int(m["year"]) if m["year"] else None
    return ListedDay(day=int(m["day"]), month=month_number(before["month"]), year=year)


def _last_year(start: int, written: str) -> int:
    """The year "17" or "1917" names after `start` 1915; "1999-00" turns the century (a
    short range only: "1990-85" is a score).

    Raises: NormalizationError when it is not later (a score, a page range) or too far.
    """
    year = int(written)
    if len(written) == 2:
        year += start - start % 100
        if year <= start and year + 100 - start <= _CENTURY_TURN:
            year += 100
    if not start < year <= start + MAX_YEARS:
        raise NormalizationError(f"{start}-{written} is no range of years")
    return year


def _read_first_year(m: re.Match[str], context: Context) -> Reading:
    """"[1915]-17", "[1861]-1863": the first year of a range of years."""
    start = int(m["year"])
    _last_year(start, m["end"])
    return Year(year=start)


def _read_last_year(m: re.Match[str], context: Context) -> Reading:
    """"1915-[17]", "the 1998-[99] season": the year the last digits name after the first."""
    before = _YEAR_BEFORE.search(context.before)
    if before is None:
        raise NormalizationError(f"{m[0]!r} ends no range of years")
    return Year(year=_last_year(int(before["year"]), m["end"]))


def _not_first_day(text: str, start: int, end: int) -> bool:
    """"6-7 January", "15 to 22 February" are ranges, "7-6 January" is not (checked before
    the parse)."""
    later = re.match(rf"(?:{DASH}|{_WORD_JOIN})({_DAY})", text[end:end + 14])
    return later is None or int(text[start:end].rstrip("stndrh")) >= int(later[1])


def _not_last_day(text: str, start: int, end: int) -> bool:
    """A later day after "June 12-" and nothing else: not the "7" of "won 6-7"."""
    before = _DAY_BEFORE.search(text[max(0, start - 24):start])
    return before is None or int(before["day"]) >= int(re.sub(r"\D.*", "", text[start:end]))


def _read_first_bc_year(m: re.Match[str], context: Context) -> Reading:
    """"[499]-493 BC", "from [264] to 241 BC": the first year of a range before the common
    era, which counts down."""
    start, end = int(m["year"]), int(m["end"])
    if not end < start <= end + MAX_YEARS:
        raise NormalizationError(f"{start}-{end} BC is no range of years")
    return Year(year=start, bc=True)


def _counts_things(text: str, start: int, end: int) -> bool:
    """A range of quantities, not of years: "$1500-2000", "1500-2000 troops", or two numbers
    that do not increase as years do ("1990-85", "2018-05")."""
    after = re.match(rf"{DASH}([0-9]+)", text[end:end + 8])
    first = _YEAR_BEFORE.search(text[max(0, start - 12):start])
    tail, pair = (end + after.end(), (text[start:end], after[1])) if after \
        else (end, (first["year"] if first else "", text[start:end]))
    try:
        _last_year(int(pair[0]), pair[1])
    except (NormalizationError, ValueError):
        return True
    head = start - first.end() + first.start() if first and not after else start
    return bool(MONEY_BEFORE.search(text[max(0, head - 6):head])
                or _COUNTED_AFTER.match(text[tail:tail + 24]))


RULES = (
    Rule("dash_first_day", "DATE", rule_pattern(rf"""(?<![0-9][-–/.:,])(?P<day>{_DAY}){_ORD}
         (?=(?:{DASH}|{_WORD_JOIN})(?P<end>{_DAY}){_ORD}\s+(?:of\s+)?(?P<month>{_MONTH_AFTER})
         (?![\w]))"""),
         141, _read_first_day,
         (Example("6", DayDate(month=1, day=6), after="-7 January 1916"),
          Example("12", DayDate(month=7, day=12), after=" - 14 July"),
          Example("26", DayDate(month=11, day=26), before="(", after="–30 November)"),
          Example("15", DayDate(month=2, day=15), before="From ", after=" to 22 February")),
         excludes=_not_first_day, trigger=MONTH_TRIGGER),
    Rule("dash_last_day", "DATE", rule_pattern(rf"""(?:(?<=[0-9]-)|(?<=[0-9]–)|(?<=[0-9]\s-\s)
         |(?<=[0-9]\s–\s)|(?<=[0-9](?:st|nd|rd|th)-)|(?<=[0-9](?:st|nd|rd|th)–))
         (?P<day>{_DAY}){_ORD}(?:,\s*(?P<year>{YEAR}))?(?![0-9%]|[-–/.:][0-9])"""),
         282, _read_last_day,
         (Example("14", ListedDay(day=14, month=6), before="June 12-"),
          Example("3", ListedDay(day=3, month=5), before="May 2 - "),
          Example("9, 1918", ListedDay(day=9, month=3, year=1918), before="March 5-")),
         excludes=_not_last_day, trigger=_DASHES),
    Rule("dash_first_year", "DATE", rule_pattern(rf"""(?<![0-9][-–/.:,])(?P<year>{_YEAR_NUMBER})
         (?={DASH}(?P<end>[0-9]{{4}}|[0-9]{{2}}){_NUMBER_ENDS})"""),
         138, _read_first_year,
         (Example("1915", Year(year=1915), after="-17"),
          Example("1861", Year(year=1861), after="–1863"),
          Example("1998", Year(year=1998), after="-99 season")),
         excludes=_counts_things, flags=frozenset({"self-dated", "year-clue"}),
         trigger=_DASHES),
    Rule("dash_first_bc_year", "DATE", rule_pattern(rf"""(?<![0-9][-–/.:,])(?P<year>[0-9]{{1,4}})
         (?=(?:{DASH}|\s+(?:to|and|until)\s+)(?P<end>[0-9]{{1,4}})\s*
         {BC_ERA}(?![\w]))"""),
         143, _read_first_bc_year,
         (Example("499", Year(year=499, bc=True), before="(", after="-493 BC)"),
          Example("240", Year(year=240, bc=True), after="–238 B.C."),
          Example("264", Year(year=264, bc=True), before="from ", after=" to 241 BC")),
         flags=frozenset({"self-dated", "year-clue"}),
         trigger=("bc", "b.c")),
    Rule("dash_last_year", "DATE", rule_pattern(rf"""(?:(?<=[0-9]{{4}}-)|(?<=[0-9]{{4}}–)
         |(?<=[0-9]{{4}}\s-\s)|(?<=[0-9]{{4}}\s–\s))(?P<end>[0-9]{{2}}){_NUMBER_ENDS}"""),
         283, _read_last_year,
         (Example("17", Year(year=1917), before="Throughout 1915-"),
          Example("00", Year(year=2000), before="the 1999-"),
          Example("18", Year(year=2018), before="the 2017–")),
         excludes=_counts_things, flags=frozenset({"self-dated", "year-clue"}),
         trigger=_DASHES),
)
