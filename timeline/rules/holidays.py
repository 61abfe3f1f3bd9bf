"""Rules for named days: "Christmas" ("Xmas"), "Thanksgiving", "Easter", "Good Friday", "Election
Day", "Black Friday", "Super Tuesday", "Tax Day", "Columbus Day", "last Christmas", "Easter
1998" (and not "a good Friday for stocks")."""

from __future__ import annotations

import re

from timeline.lexicon import YEAR, alternation, words
from timeline.readings import Context, Example, Holiday, HolidayDate, Reading, Rule, rule_pattern

# The names of holidays are this rule's own words (no other rule reads them).
HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "xmas day": (12, 25), "xmas eve": (12, 24), "xmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "boxing day": (12, 26), "st. patrick's day": (3, 17),
}
# Holidays on the n-th weekday of a month: (month, n, ISO weekday); n = -1 is the last.
FLOATING_HOLIDAYS = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, -1, 1), "mother's day": (5, 2, 7), "father's day": (6, 3, 7),
    "martin luther king day": (1, 3, 1), "presidents' day": (2, 3, 1),
}
# Holidays a number of days from a computed day: Easter Sunday, and U.S. Election Day,
# the Tuesday after the first Monday in November.
# "Easter week" is dated by its Monday and named as the ISO week.
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1,
                   "palm sunday": -7, "ash wednesday": -46, "mardi gras": -47, "pentecost": 49,
                   "easter week": -6}
ELECTION_DAY = "election day"
# Shopping days counted from Thanksgiving (the fourth Thursday of November).
THANKSGIVING_DAYS = {"black friday": 1, "cyber monday": 4}

# Named days whose date varies from year to year more than a rule says, or that come only
# some years; written capitalized ("a super Tuesday for stocks" is none).
VARYING_DAYS = {
    # U.S. presidential primaries, every four years: the first Tuesday of March, except
    # where the states voted on another day
    "super tuesday": HolidayDate(month=3, nth=1, weekday=2, every=4, since=1988,
                                 years=((1988, 3, 8), (1992, 3, 10), (1996, 3, 12),
                                        (2008, 2, 5))),
    # U.S. income tax returns: April 15, or the next business day (Emancipation Day in
    # Washington, a weekend), and the pandemic's postponements
    "tax day": HolidayDate(month=4, day=15, years=(
        (2006, 4, 17), (2007, 4, 17), (2011, 4, 18), (2012, 4, 17), (2016, 4, 18),
        (2017, 4, 18), (2018, 4, 17), (2020, 7, 15), (2021, 5, 17), (2022, 4, 18),
        (2023, 4, 18))),
    "columbus day": HolidayDate(month=10, nth=2, weekday=1),
    "indigenous peoples' day": HolidayDate(month=10, nth=2, weekday=1),
    "indigenous peoples day": HolidayDate(month=10, nth=2, weekday=1),
    # January 20 after a presidential election (the Twentieth Amendment, from 1937)
    "inauguration day": HolidayDate(month=1, day=20, every=4, since=1937),
}

# How each named day falls in a year.
DATES: dict[str, HolidayDate] = {
    **VARYING_DAYS,
    **{name: HolidayDate(month=m, day=d) for name, (m, d) in HOLIDAYS.items()},
    **{name: HolidayDate(month=m, nth=n, weekday=w) for name, (m, n, w) in FLOATING_HOLIDAYS.items()},
    **{name: HolidayDate(easter=True, offset=days, week=name.endswith("week"))
       for name, days in EASTER_HOLIDAYS.items()},
    **{name: HolidayDate(month=11, nth=4, weekday=4, offset=days)
       for name, days in THANKSGIVING_DAYS.items()},
    # the Tuesday after the first Monday in November
    ELECTION_DAY: HolidayDate(month=11, nth=1, weekday=1, offset=1),
}
# Capitalized only: "a good Friday for stocks", "an easter egg" are not holidays.
HOLIDAY = (alternation([*HOLIDAYS, *FLOATING_HOLIDAYS])
           + r"|(?-i:Easter|EASTER)(?:\s+(?:Sunday|Monday|[Ww]eek))?|(?-i:Good\s+Friday|Election\s+[Dd]ay"
           r"|Palm\s+Sunday|Ash\s+Wednesday|Mardi\s+Gras|Pentecost|Black\s+Friday|Cyber\s+Monday)"
           + "|(?-i:" + "|".join(r"\s+".join(
               re.escape(word.capitalize()) if word != "day" else "[Dd]ay"
               for word in name.split()) for name in VARYING_DAYS) + ")")


# Every name starts with one of these words (a cheap check before the pattern).
HOLIDAY_TRIGGER = tuple(sorted({name.split()[0] for name in DATES}))


def _read_holiday(m: re.Match[str], context: Context) -> Reading:
    name = words(m["name"])
    return Holiday(name=name, date=DATES[name], year=int(m["year"]) if m["year"] else None,
                   anchor=(m["anchor"] or "").lower() or None)


RULES = (
    Rule("holiday", "DATE", rule_pattern(rf"""(?:(?P<anchor>this|last|next)\s+)?(?P<name>{HOLIDAY})
          (?:\s+(?P<year>{YEAR}))?"""), 150, _read_holiday,
         (Example("Christmas", Holiday(name="christmas", date=DATES["christmas"])),
          Example("last Thanksgiving", Holiday(name="thanksgiving", date=DATES["thanksgiving"],
                                               anchor="last")),
          Example("Easter week", Holiday(name="easter week", date=DATES["easter week"])),
          Example("Election Day 1998", Holiday(name="election day", date=DATES["election day"],
                                               year=1998)),
          Example("Super Tuesday", Holiday(name="super tuesday", date=DATES["super tuesday"])),
          Example("Tax Day", Holiday(name="tax day", date=DATES["tax day"])),
          Example("Inauguration day", Holiday(name="inauguration day",
                                              date=DATES["inauguration day"]))),
         flags=frozenset({"directed"}),
         trigger=HOLIDAY_TRIGGER),
)
