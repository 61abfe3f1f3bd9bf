"""A story told before the common era: its year-less dates placed around its BC years.

A history of the Persian Wars moves through 492 BC, 490 BC, 480 BC; "the following year",
"in the summer", "the next day" there are placed around that time like any other story's,
by the same calendar code, which works on `datetime.date` (years 1 to 9999). So the story's
time is carried as a stand-in year: the astronomical year (1 BC is 0, 490 BC is -489)
plus SHIFT. SHIFT is a multiple of 400, so a stand-in year has the leap years and the
weekdays of the proleptic Gregorian year it stands for. What is placed from a stand-in is
written back as a BC value ("7511-SU" is `BC0490-SU`) before it leaves the resolver.

A story reaches a stand-in from a BC year it names (2000 BC to 2 BC: FIRST_STAND_IN to
SHIFT - 1); a value counted from it may cross into the common era ("two years later" after 2
BC is AD 1, stand-in 8001). Only values counted from a stand-in are written back
(`timeline.normalize`), so "in 5,000 years" from a publication date stays AD 7018.
"""

from __future__ import annotations

import re

SHIFT = 8000
FIRST_STAND_IN = SHIFT - 1999
# Values counted from a stand-in reach at most this far into the common era.
LAST_COUNTED = SHIFT + 1000
# A BC value the story may stand in for: a year, and a season, month or day of it.
_BC_VALUE = re.compile(r"^BC(?P<year>\d{4})(?P<rest>-(?:SP|SU|FA|WI|\d{2}(?:-\d{2})?))?$",
                       re.ASCII)
# A value placed from a stand-in: its year, then anything finer.
_STAND_IN = re.compile(r"^(?P<year>\d{4})(?P<rest>(?:-[0-9A-Z:T-]+)?)$", re.ASCII)
# A stand-in year inside an explanation ("counted from 7511-08").
_IN_TEXT = re.compile(r"(?<![\d.])(?P<year>[678]\d{3})(?P<rest>(?:-[0-9A-Z]{2,3})*)(?![\d])",
                      re.ASCII)


def stand_in(value: str) -> str | None:
    """The stand-in of a BC value the story may reach (`BC0490-08` is `7511-08`), or None
    for any other value and for a BC year out of reach (2000 BC and before, 1 BC)."""
    m = _BC_VALUE.match(value)
    if m is None:
        return None
    year = SHIFT + 1 - int(m["year"])
    if not FIRST_STAND_IN <= year < SHIFT:
        return None
    return f"{year:04d}{m['rest'] or ''}"


def is_stand_in(value: str) -> bool:
    """True for a value placed from a stand-in year (`7511-SU`)."""
    m = _STAND_IN.match(value)
    return m is not None and FIRST_STAND_IN <= int(m["year"]) < LAST_COUNTED


def written(value: str) -> str:
    """A value counted from a stand-in as the value it stands for (`7511-SU` is `BC0490-SU`,
    `8001` is `0001`), or unchanged when it is no stand-in."""
    m = _STAND_IN.match(value)
    if m is None or not FIRST_STAND_IN <= int(m["year"]) < LAST_COUNTED:
        return value
    year = int(m["year"]) - SHIFT  # astronomical
    return f"{year:04d}{m['rest']}" if year >= 1 else f"BC{1 - year:04d}{m['rest']}"


def written_text(text: str) -> str:
    """An explanation with every stand-in value in it written as the BC value it stands for;
    the words it quotes ("in 6500 years") are left as written."""
    parts = text.split('"')
    return '"'.join(part if i % 2 else _IN_TEXT.sub(
        lambda m: written(m[0]) if is_stand_in(m[0]) else m[0], part)
        for i, part in enumerate(parts))
