"""Rules for one day: written dates ("2018-05-23", "5/23/2018", "Oct. 26", "5 May 2018"),
weekdays ("Wednesday", "last Friday", "Wednesday night") and the second day of "April 24
and 25"."""

from __future__ import annotations

import re
from datetime import date

from timeline.absolute import read_date
from timeline.errors import NormalizationError
from timeline.lexicon import (
    MONTH_TRIGGER, DIGITS,
    ANCHOR_WORD, DAY, FRAME_WORDS, MOD_PREFIX, STORY_YEAR, MONTH, PARTS_OF_DAY, POD, WEEKDAY,
    WEEKDAY_NAME, YEAR, alternation,
    month_number, prefix_mod, weekday_number,
)
from timeline.readings import (
    Context, DayDate, DayOfMonth, Example, ListedDay, NumericDate, Reading, Recurring, Rule, Weekday,
    rule_pattern,
)


def _digits(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _written(text: str) -> date:
    """The day dateparser reads in a date written with its year.

    Raises: NormalizationError when it names no day (February 30).
    """
    day = read_date(text)
    if day is None:
        raise NormalizationError(f"{text!r} is not a date")
    return day


_UNITS_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth")
_TEENS_ORD = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
              "sixteenth", "seventeenth", "eighteenth", "nineteenth")
# "the second of December", "the twenty-first of June": the days of a month in words.
DAY_ORDINALS = {**{w: i + 1 for i, w in enumerate(_UNITS_ORD)},
                **{w: i + 10 for i, w in enumerate(_TEENS_ORD)},
                "twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
                **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS_ORD)
                   for sep in ("-", " ")}}
_DAY_WORD = alternation(DAY_ORDINALS)
# A month written after the day may be abbreviated with or without a period: "13 Apr", "30 Sep."
_MONTH_AFTER_DAY = (r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR"
                    r"|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?)")
_SHORT_WEEKDAY = r"(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.?"
# What may follow "the 30th" (not "the 30th anniversary", "the fourth decline").
_DAY_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|at|in|to|from|until|till|when"
            r"|of\s+(?:this|next|last|the)\s+month)\b)")
# A clock straight after "May 8" is its time ("until May 8 1:00AM"), as a year is its year
# ("January 13 1951"); any other number after the day is not a date ("May 13 15%").
_CLOCK_AFTER = r"[0-2]?[0-9]:[0-5][0-9]"
# "July 25 of that year", "3 March of the following year": the story's year.
_OF_STORY_YEAR = rf"\s+of\s+(?:the\s+)?(?P<story_year>{STORY_YEAR})\s+year\b"
# Words before "the 30th" that make it a day ("on the 30th", "until the 19th").
_DAY_OF_MONTH_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till|from|since|before|after|for"
                                  r"|through|to|and|or|of)\s+$")


def _day_number(m: re.Match[str]) -> int:
    """The day as written in figures ("5th") or in words ("the second of")."""
    word = m.groupdict().get("dword")
    return DAY_ORDINALS[re.sub(r"\s+", " ", word.lower())] if word else _digits(m["day"])


def _day_date(m: re.Match[str], mod: str | None = None, *, prefixed: bool = False,
              plural: bool = False) -> DayDate:
    """A month-day, with the weekday and the year when written ("Monday, Oct. 26, 2015")."""
    weekday = weekday_number(m["wday"]) if m["wday"] else None
    if m["year"] and m.groupdict().get("dword"):
        return DayDate(month=month_number(m["month"]), day=_day_number(m), year=int(m["year"]),
                       weekday=weekday, mod=mod, prefixed=prefixed, plural=plural)
    if m["year"]:
        # the date alone: dateparser reads the day, the weekday stays the rule's
        day = _written(m.string[min(m.start("month"), m.start("day")):m.end()])
        return DayDate(month=day.month, day=day.day, year=day.year, weekday=weekday, mod=mod,
                       prefixed=prefixed, plural=plural)
    story_year = m.groupdict().get("story_year")
    return DayDate(month=month_number(m["month"]), day=_day_number(m), weekday=weekday,
                   mod=mod, prefixed=prefixed, plural=plural,
                   year_anchor=story_year.lower() if story_year else None)


def _read_iso(m: re.Match[str], context: Context) -> Reading:
    day = _written(m.group(0))
    hour, minute = (int(m["hour"]), int(m["minute"])) if m["hour"] else (None, None)
    return NumericDate(year=day.year, month=day.month, day=day.day, hour=hour, minute=minute)


def _read_numeric(m: re.Match[str], context: Context) -> Reading:
    """"5/23/2018" and "23.05.1970" by the part above 12; "04/05/2014" month first as
    written, `swappable` to day first where the document writes dates that way."""
    first, second, short = int(m["first"]), int(m["second"]), len(m["year"]) == 2
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31) or (first > 12 and second > 12):
        raise NormalizationError(f"{m[0]!r} is not a date")
    return NumericDate(year=int(m["year"]), month=month, day=day, short_year=short,
                       swappable=first <= 12 and second <= 12 and first != second)


def _read_month_day(m: re.Match[str], context: Context) -> Reading:
    prefix = m.groupdict().get("mod")
    return _day_date(m, prefix_mod(prefix), prefixed=bool(prefix))


def _read_day_of_month(m: re.Match[str], context: Context) -> Reading:
    """"the 30th", "Tuesday the 19th", "Fri the 13th": a day of a month left unsaid."""
    day = _day_number(m)
    if not 1 <= day <= 31:
        raise NormalizationError(f"{m[0]!r} is no day of a month")
    return DayOfMonth(day=day, weekday=weekday_number(m["wday"]) if m["wday"] else None)


def _is_not_day_of_month(text: str, start: int, end: int) -> bool:
    """"the 19th" without a weekday is a day only after "on", "by", "until"...: not "the
    30th anniversary" or "finished the 19th"."""
    if not re.match(r"(?i)the\s", text[start:end]):
        return False
    return not _DAY_OF_MONTH_BEFORE.search(text[max(0, start - 10):start])


# "on Monday and [Tuesday nights]": the weekday before shares the recurring part of the day.
_SHARED_NIGHTS = re.compile(rf"^\s+(?:and|or)\s+(?-i:{WEEKDAY_NAME})"
                            r"\s+(?P<pod>morning|afternoon|evening|night)s\b")


def _read_weekday(m: re.Match[str], context: Context) -> Reading:
    wday = weekday_number(m["wday"])
    anchor = (m["anchor"] or "").lower() or None
    plural = m["plural"] is not None
    if plural and m["wday"].lower().endswith("s") and not anchor:
        return Recurring(weekday=wday)
    shared = _SHARED_NIGHTS.match(context.after)
    if shared and not (anchor or plural or m["pod"] or m["month"]):
        return Recurring(weekday=wday, pod=PARTS_OF_DAY[shared["pod"].lower()])
    if m["month"] and m["day"]:
        return _day_date(m, plural=plural)
    pod = PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else None
    return Weekday(weekday=wday, pod=pod, anchor=anchor, plural=plural)


# A list of days after their month, of single days or dashed pairs: "April 24 and", "May
# 2 - 3, 9 - 10, 16 -" (the weekends of a course: each number is a day of May).
_LISTED = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_DAY_LIST = re.compile(rf"(?P<month>{MONTH})\s+{_LISTED}(?:(?:,\s*|\s?[-–]\s?){_LISTED})*"
                       r"(?:,?\s+(?:and\s+|or\s+)?|,|\s?[-–]\s?)$")


# "June 12-[14]": the end of a range of days, the dash rules' (`dash_last_day`).
_RANGE_END = re.compile(rf"(?:{MONTH})\s+{_LISTED}\s?[-–]\s?$")


def _is_not_listed(text: str, start: int, end: int) -> bool:
    """No list of days after their month before the number ("1915-17", "won 6-7"), or the
    day ends a range just after its month ("June 12-14", read with its year there)."""
    before = text[max(0, start - 120):start]
    return bool(_RANGE_END.search(before[-20:])) or not _DAY_LIST.search(before)


def _read_weekend_of(m: re.Match[str], context: Context) -> Reading:
    """"the weekend of Saturday": the weekend holding the day the weekday names."""
    return Weekday(weekday=weekday_number(m["wday"]), part="weekend")


def _read_day_and(m: re.Match[str], context: Context) -> Reading:
    """"April 24 and [25]", "May 2 - 3, [9] - [10]": a day of the month listed just before,
    later than the day before it."""
    listed = _DAY_LIST.search(context.before)
    day = _digits(m["day"])
    if listed is None or _digits(re.findall(r"[0-9]+", listed[0])[-1]) >= day:
        raise NormalizationError(f"{m[0]!r} follows no earlier month-day")
    return ListedDay(day=day, month=month_number(listed["month"]))


# "Lester Koh Jia Jun 2": "Jun" and "Jan" are given names too; after a capitalized word
# that frames no date, with no period or comma, they end a name.
_NAME_BEFORE = re.compile(r"\b(?P<first>[A-Z][a-z]+)[ \t]+(?P<word>[A-Z][a-z]+)[ \t]+$")
# A comma or a year after the day makes it a date whatever comes before ("Starting Jan 1,").
_DATED_AFTER = re.compile(r"\s*(?:,|[0-9]{4}\b)")


def _is_given_name(text: str, start: int, end: int) -> bool:
    """"Lester Koh Jia Jun 2": a name's last word after two more, not the month ("Starting
    Jan 1", "Updated Jan 5, 2018" stay dates)."""
    if text[start:start + 3] not in ("Jun", "Jan") or text[start + 3:start + 4] == "." \
            or _DATED_AFTER.match(text, end):
        return False
    before = _NAME_BEFORE.search(text[max(0, start - 30):start])
    return before is not None and not {before["first"], before["word"]} & FRAME_WORDS


_DIRECTED = frozenset({"directed", "infers-year", "day-clue", "year-clue"})
RULES = (
    Rule("iso", "DATE", rule_pattern(r"""(?P<year>[0-9]{4})-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])
         (?:[T\s](?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?)?"""),
         0, _read_iso,
         (Example("2018-05-23", NumericDate(year=2018, month=5, day=23)),
          Example("2018-05-23 10:35", NumericDate(year=2018, month=5, day=23, hour=10,
                                                  minute=35))),
         flags=frozenset({"self-dated", "year-clue"}),
         trigger=("-",)),
    Rule("numeric", "DATE", rule_pattern(r"""(?<![0-9][./-])(?P<first>[0-3]?[0-9])(?P<sep>[/.-])
         (?P<second>[0-3]?[0-9])(?P=sep)(?P<year>[0-9]{4}|[0-9]{2})(?![./-][0-9])"""), 10, _read_numeric,
         (Example("5/23/2018", NumericDate(year=2018, month=5, day=23)),
          Example("5/23/98", NumericDate(year=98, month=5, day=23, short_year=True)),
          Example("23.05.1970", NumericDate(year=1970, month=5, day=23)),
          Example("04/05/2014", NumericDate(year=2014, month=4, day=5, swappable=True))),
         flags=frozenset({"self-dated", "year-clue"}),
         trigger=("/", ".", "-")),
    Rule("month_day", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:(?P<wday>{WEEKDAY}),?\s+)?
         (?P<month>{MONTH})\s+(?P<day>{DAY})(?!\s*(?:%|percent|(?!{YEAR}|{_CLOCK_AFTER})[0-9]))
         (?:(?:,\s*|\s+)(?P<year>{YEAR})|{_OF_STORY_YEAR})?"""), 20, _read_month_day,
         (Example("Oct. 26", DayDate(month=10, day=26)),
          Example("Monday, Oct. 26, 2015", DayDate(month=10, day=26, year=2015, weekday=1)),
          Example("January 13 1951", DayDate(month=1, day=13, year=1951)),
          Example("late June 5", DayDate(month=6, day=5, mod="END", prefixed=True)),
          Example("July 25 of that year", DayDate(month=7, day=25, year_anchor="that"))),
         excludes=_is_given_name,
         flags=_DIRECTED,
         trigger=MONTH_TRIGGER),
    Rule("day_month", "DATE", rule_pattern(rf"""(?:(?P<wday>{WEEKDAY}),?\s+)?(?:the\s+)?
         (?:(?P<day>{DAY})(?:\s+of)?\s+|(?P<dword>{_DAY_WORD})\s+of\s+)
         (?P<month>{MONTH}|{_MONTH_AFTER_DAY})(?:,?\s+(?P<year>{YEAR})|{_OF_STORY_YEAR})?"""),
         30, _read_month_day,
         (Example("23 May 2018", DayDate(month=5, day=23, year=2018)),
          Example("the 5th of May", DayDate(month=5, day=5)),
          Example("13 Apr", DayDate(month=4, day=13)),
          Example("30 Sep.", DayDate(month=9, day=30)),
          Example("the second of December", DayDate(month=12, day=2))),
         flags=_DIRECTED,
         trigger=MONTH_TRIGGER),
    Rule("day_of_month", "DATE", rule_pattern(rf"""(?:(?P<wday>{WEEKDAY}|{_SHORT_WEEKDAY}),?\s+)?
         the\s+(?:(?P<day>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th))(?(wday)|{_DAY_END})
         |(?P<dword>{_DAY_WORD}){_DAY_END})"""),
         33, _read_day_of_month,
         (Example("the 30th", DayOfMonth(day=30), before="on "),
          Example("Tuesday the 19th", DayOfMonth(day=19, weekday=2)),
          Example("Fri the 13th", DayOfMonth(day=13, weekday=5))),
         excludes=_is_not_day_of_month,
         flags=frozenset({"directed"}),
         trigger=("the",)),
    Rule("weekday", "DATE", rule_pattern(rf"""(?:(?:the\s+(?=(?:previous|following)\s))?
         (?P<anchor>{ANCHOR_WORD})\s+)?(?P<wday>{WEEKDAY})
         (?:(?P<plural>(?<=s))|)(?:\s+(?P<pod>{POD}))?
         (?:,?\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?"""),
         60, _read_weekday,
         (Example("Wednesday", Weekday(weekday=3)),
          Example("last Friday", Weekday(weekday=5, anchor="last")),
          Example("the previous Friday", Weekday(weekday=5, anchor="previous")),
          Example("Wednesday night", Weekday(weekday=3, pod="NI")),
          Example("Fridays", Recurring(weekday=5)),
          Example("Monday", Recurring(weekday=1, pod="NI"), after=" and Tuesday nights from"),
          Example("last Monday, Oct. 26", DayDate(month=10, day=26, weekday=1))),
         flags=frozenset({"directed", "day-clue", "year-clue"}),
         trigger=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
    # A weekend is a Saturday and a Sunday: "the weekend of Saturday" is the one that holds
    # that day (placed as the day would be), and names no other weekday.
    Rule("weekend_of_weekday", "DATE", rule_pattern(r"""the\s+weekend\s+of\s+
         (?P<wday>(?-i:Saturday|Sunday|SATURDAY|SUNDAY|saturday|sunday))\b
         (?:\s+(?:and|or|&)\s+(?-i:Saturday|Sunday|SATURDAY|SUNDAY|saturday|sunday)\b)?"""),
         59, _read_weekend_of,
         (Example("the weekend of Saturday", Weekday(weekday=6, part="weekend")),
          Example("the weekend of Sunday", Weekday(weekday=7, part="weekend")),
          # both days of it name the one weekend
          Example("the weekend of Saturday and Sunday", Weekday(weekday=6, part="weekend"))),
         flags=frozenset({"directed", "day-clue"}), trigger=("weekend",)),
    # The second day of "April 24 and 25": a bare number after a month-day and "and"/"or"
    # (the reading checks that a month-day does come before).
    Rule("day_and", "DATE", rule_pattern(r"""(?:(?<=[0-9]\sand\s)|(?<=[0-9]\sor\s)|(?<=[0-9],\s)
         |(?<=[0-9],)|(?<=[0-9]\s[-–]\s)|(?<=[0-9][-–]))
         (?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9%–-]|[.,][0-9])
         (?=\s*(?:$|[.,;:)('"]|(?:and|or|in|at|on|to|when|with|for|as|of|the|respectively)\b)
         |\s?[-–]\s?[0-9]{1,2}(?:st|nd|rd|th)?\s*(?:$|[.,;)(]|(?:and|or)\b))"""),
         280, _read_day_and,
         (Example("25", ListedDay(day=25, month=4), before="on April 24 and "),
          Example("9", ListedDay(day=9, month=5), before="May 2 - 3, ", after=" - 10, 16"),
          Example("10", ListedDay(day=10, month=5), before="May 2 - 3, 9 - ", after=", 16")),
         excludes=_is_not_listed,
         trigger=DIGITS),
)
