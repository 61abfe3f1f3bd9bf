"""The English words the publication-date inference reads (`timeline.dayclues`,
`timeline.infer`), and the time zones a clock time's abbreviation names (`timeline.dct`,
for calendars `timeline.serialize` and `timeline.display`). Moved out of
`timeline.lexicon`, which keeps the words of the expressions themselves.
"""

from __future__ import annotations

import re

# Deictic words and the day they name from the publication day.
DEICTIC_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0,
                   "the day before yesterday": -2, "the day after tomorrow": 2}
# Months and years from an anchor word back to the publication: "next month" next to "June"
# was written in May.
PUBLICATION_MONTH_SHIFT = {"next": -1, "last": 1, "this": 0, "past": 1, "previous": 1,
                           "coming": -1}
PUBLICATION_YEAR_SHIFT = {"this": 0, "last": 1, "next": -1, "past": 1, "previous": 1,
                          "coming": -1, "current": 0}
# Words before an expression that make it a deadline or a period, not a day of news.
SPAN_WORDS = re.compile(r"(?i)\b(?:since|until|till|through|by|from|between|before|after"
                        r"|as\s+of|ended|ending|ends)\s+(?:the\s+)?$")
# Zone abbreviations that news sites print after a time; ambiguous ones (IST, CST in Asia) are
# read the way English-language wire services use them.
ZONE_OFFSETS = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "BST": "+01:00", "CET": "+01:00",
    "CEST": "+02:00", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
    "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "JST": "+09:00",
    "KST": "+09:00", "IST": "+05:30", "HKT": "+08:00", "SGT": "+08:00", "AEST": "+10:00",
}
# The zone a clock time's abbreviation names ("10:32 a.m. ET"), for calendars: the place,
# so that summer time is right whichever half of the year the day falls in.
ZONE_NAMES = {"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
              "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
              "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
              "PT": "America/Los_Angeles", "PST": "America/Los_Angeles",
              "PDT": "America/Los_Angeles", "GMT": "UTC", "UTC": "UTC", "Z": "UTC",
              "BST": "Europe/London"}

