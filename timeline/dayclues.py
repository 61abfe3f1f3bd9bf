"""The clues an article's text gives about the day it was written, read from its mentions.

Each tagged expression that bears on the publication day (its rule has the "day-clue"
flag) becomes a `Clue`: a weekday ("said Friday"), a month and day ("on Oct. 19"), a weekday
with its date ("Friday, Oct. 27"), a month name, or a deictic word ("yesterday",
"today"), with the tense of its clause. Built from the readings, so no publication date is
needed; `dayscore` weighs the clues.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from timeline.dayscore import Clue
from timeline.dctwords import DEICTIC_OFFSETS, SPAN_WORDS
from timeline.mentions import Mention
from timeline.readings import (
    Clock, DayDate, DayWord, MonthDate, PartOfDay, Reading, Weekday,
)
from timeline.sentences import split_paragraphs

LEAD_PARAGRAPHS = 1
# Characters before an expression looked at for "since", "until", "by"...
SPAN_WINDOW = 20


def read_clues(text: str, mentions: Sequence[Mention], skip: int = 0) -> list[Clue]:
    """The clues of the mentions of `text` after offset `skip` (e.g. a dateline), in text
    order; those of the first LEAD_PARAGRAPHS paragraphs after `skip` are marked `lead`."""
    paragraphs = [(start, chunk) for start, chunk in split_paragraphs(text)
                  if start + len(chunk) > skip]
    last = paragraphs[:LEAD_PARAGRAPHS][-1] if paragraphs else (0, "")
    lead_end = last[0] + len(last[1])
    out: list[Clue] = []
    for mention in mentions:
        if mention.start < skip or "day-clue" not in mention.rule.flags:
            continue
        clue = _clue(text, mention)
        if clue is not None:
            out.append(replace(clue, lead=mention.start < lead_end))
    return out


def _clue(text: str, mention: Mention) -> Clue | None:
    reading = mention.reading
    if reading.prefixed or getattr(reading, "plural", False):
        return None  # "early October", "Fridays": no day of news
    start = mention.start
    base = Clue(mention.text, start, "", mention.context.tense,
                bounded=SPAN_WORDS.search(text[max(0, start - SPAN_WINDOW):start]) is not None)
    if isinstance(reading, (DayWord, PartOfDay)):
        word = reading.anchor or ""
        if word not in DEICTIC_OFFSETS:
            return None
        return replace(base, kind="deictic", offset=DEICTIC_OFFSETS[word])
    return _dated(replace(base, anchor=reading.anchor), reading)


def _dated(base: Clue, reading: Reading) -> Clue | None:
    """A date, weekday or month clue from a reading with those fields."""
    if isinstance(reading, Clock):
        if reading.date is not None:
            return _date(base, reading.date, weekday=None)
        weekday = None if reading.weekday_first else reading.weekday
        return replace(base, kind="weekday", weekday=weekday) if weekday else None
    if isinstance(reading, DayDate):
        return _date(base, reading, reading.weekday)
    if isinstance(reading, Weekday):
        return replace(base, kind="weekday", weekday=reading.weekday)
    if isinstance(reading, MonthDate) and reading.year is None and not reading.year_anchor:
        return replace(base, kind="month", month=reading.month)
    return None


def _date(base: Clue, day: DayDate, weekday: int | None) -> Clue:
    return replace(base, kind="date", month=day.month, day=day.day, year=day.year,
                   weekday=weekday)
