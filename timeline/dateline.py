"""News datelines at the start of an article: "WASHINGTON, August 8 (Xinhua) --".

A dateline names where a story was filed and, with many wire services, the day. It is
read from the text alone (pure regular expressions); which date wins is `dct`'s choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.lexicon import DATELINE_MONTH, MONTHS

MAX_LINES = 3
_MONTH = DATELINE_MONTH
_DATELINE_RE = re.compile(
    rf"""^[ \t]*
    (?P<place>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*)*)            # NAIROBI, THE HAGUE
    (?:,[ \t]*(?!{_MONTH}[ \t]+\d)(?P<region>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*))?  # , Kenya
    (?:,[ \t]*(?P<month>{_MONTH})[ \t]+(?P<day>\d{{1,2}})(?:,[ \t]*(?P<year>\d{{4}}))?)?
    [ \t]*(?:\((?P<agency>[A-Za-z][\w .&-]{{0,30}}?)[ \t]*\))?
    [ \t]*(?:--|_|—|–|-|:)(?=\s|$)""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: place, the month and day when given, the year when given, offsets."""

    text: str
    place: str
    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None

    def has_day(self) -> bool:
        """True when the dateline gives a month and a day."""
        return self.month is not None and self.day is not None

    def day_in(self, year: int) -> date | None:
        """The dateline's day in `year`, or None when it gives none or is not on the calendar."""
        if self.month is None or self.day is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline that opens one of the first non-empty lines of `text`, if any.

    The first lines may hold a headline before it. A line of capitals alone is not a
    dateline: it needs an agency in parentheses, a date, or the dash that ends one.
    """
    offset = 0
    seen = 0
    for line in text.split("\n"):
        if line.strip():
            found = _match_line(line, offset)
            if found is not None:
                return found
            seen += 1
            if seen >= MAX_LINES:
                return None
        offset += len(line) + 1
    return None


def _match_line(line: str, offset: int) -> Dateline | None:
    match = _DATELINE_RE.match(line)
    if match is None:
        return None
    place = match.group("place").strip()
    if len(place.replace(".", "")) < 2 or not any(c.isalpha() for c in place):
        return None
    month = _month_number(match.group("month")) if match.group("month") else None
    day = int(match.group("day")) if match.group("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    year = int(match.group("year")) if match.group("year") else None
    text = match.group(0).strip()
    start = offset + match.start("place")
    return Dateline(text, place, start, offset + match.end(), month, day, year,
                    (match.group("agency") or "").strip() or None)


def _month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))
