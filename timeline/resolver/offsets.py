"""Place readings counted from an anchor: "next week", "that year", "the next day", "two days
ago", "three weeks later", "a year earlier", "twenty-five years ago this week", "now"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Callable

from timeline.calendar import (
    duration_value, fiscal_year_label, format_day, format_month, shift_day, shift_value,
)
from timeline.era import FIRST_STAND_IN, SHIFT
from timeline.lexicon import NARRATIVE_DIRS, PLUS_WORDS, SIGNAL_DIRS
from timeline.placed import Placed, Reference
from timeline.readings import Ago, Deixis, FiscalYear, Frame, Next, Reading, Relative
from timeline.timex import is_before_era

# How near (in characters, about two sentences) a month must have been named for a
# comparison "from a year earlier" to mean that month.
NEAR_MENTION = 200
# Words after a count that count from the present: "3 hours ago", "an hour from now".
FROM_NOW = ("ago", "from now", "hence")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Counted units in the units `shift_day` knows, and how many: a decade ago is ten years.
_AGO_UNITS = {"WE": ("W", 1), "2W": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100),
              "ML": ("Y", 1000)}


def _steps(unit: str, count: int) -> tuple[str, int]:
    """`count` units as a unit `shift_day` knows and a number of them."""
    base, factor = _AGO_UNITS.get(unit, (unit, 1))
    return base, count * factor


def place_relative(r: Relative, frame: Frame) -> Placed:
    """"next week", "this year", "the end of the month" from publication; "that day", "the
    same week", "that quarter" from the story's time."""
    if not r.story:
        return Placed(shift_value(frame.published, r.unit, r.amount), "DATE", r.mod)
    if r.unit == "D":
        ref = frame.story()
        return Placed(format_day(ref.day), "DATE", r.mod, narrative=ref.value)
    if r.unit == "Q" and frame.quarter is not None:  # "that quarter": the one the report named
        latest = frame.latest
        named = latest.value if latest is not None and latest.granularity == "quarter" \
            else (frame.named_quarter or frame.quarter).value
        return Placed(named, "DATE", r.mod, narrative=named)
    ref = frame.story(r.unit)
    return Placed(_stretch(ref.day.year, r.unit, r.amount) if r.unit in ("DE", "CE")
                  else shift_value(ref.day, r.unit, r.amount), "DATE", r.mod,
                  narrative=ref.value)


def _stretch(year: int, unit: str, amount: int = 0) -> str:
    """The decade or century `amount` away from the one holding `year`; a story's
    stand-in year (`timeline.era`) gives the BC decade or century: "the following decade"
    after 490 BC is the 480s BC, `BC048`."""
    astronomical = year - SHIFT if year >= FIRST_STAND_IN else year
    if astronomical >= 1:
        return shift_value(date(astronomical, 1, 1), unit, amount)
    before = 1 - astronomical  # 490 BC
    return f"BC{before // 10 - amount:03d}" if unit == "DE" else f"BC{before // 100 - amount:02d}"


def place_fiscal_year(r: FiscalYear, frame: Frame) -> Placed:
    """"fiscal 1989", "FY '98"; "the end of the fiscal year (on June 30)": the current one."""
    published = frame.published
    if r.year is None:
        return Placed(f"{fiscal_year_label(published, r.end):04d}", "DATE", r.mod)
    year = r.year
    if r.short:
        year += 1900
        if year + 100 <= published.year + 10:
            year += 100
    return Placed(f"{year:04d}", "DATE", r.mod)


def place_next(r: Next, frame: Frame) -> Placed:
    """"the next day", "the previous week", "the following morning": from the story's time."""
    ref = frame.story(None if r.pod else r.unit)
    if r.pod:
        day = ref.day + timedelta(days=r.shift)
        return Placed(f"{format_day(day)}T{r.pod}", "TIME", narrative=ref.value)
    return Placed(shift_value(ref.day, r.unit or "D", r.shift), "DATE", narrative=ref.value)


def place_deixis(r: Deixis, frame: Frame) -> Placed:
    """"now", "recently", "the future"; "until then": the date the story last named;
    "days later", "weeks earlier": the future (past) of the happening just told."""
    if r.kind == "then":
        latest = frame.latest
        if latest is not None:
            return Placed(latest.value, "DATE", narrative=latest.value)
        return Placed("PAST_REF", "DATE")
    return Placed({"present": "PRESENT_REF", "past": "PAST_REF"}.get(r.kind, "FUTURE_REF"),
                  "DATE", narrative=_told(frame) if r.anchor in NARRATIVE_DIRS else None)


def _told(frame: Frame) -> str | None:
    """The date of the happening the story just told, which a vague "days later" or
    "weeks earlier" points from (its TIMEX3 value stays FUTURE_REF, PAST_REF or PXD: the
    distance is not given); None when the text has named no day yet."""
    return frame.story().value


def place_ago(r: Ago, frame: Frame) -> Placed:
    """"two days ago" from publication, "two days later" from the story's time; "[three
    days] after the vote" is a duration that dates its event; a vague count is the past or
    the future; hours and fractions are lengths."""
    if r.this:
        return _anniversary(r, frame)
    if r.base is not None:
        return _counted_from_base(r, r.base, frame)
    compared = _year_ago(r, frame)
    if compared is not None:
        return compared
    later = r.word in PLUS_WORDS
    count = r.count
    narrative = frame.narrative and r.word in NARRATIVE_DIRS
    if count is None and narrative:
        # a history dates the point: "[A few days later]" is FUTURE_REF, as TimeML's
        # narrative annotators (WikiWars) write it
        return Placed("FUTURE_REF" if later else "PAST_REF", "DATE", r.mod,
                      narrative=_told(frame))
    if count is not None and count == int(count) and r.unit in ("MIN", "H") \
            and r.word in FROM_NOW:
        # "[3 hours ago]": TimeML's dated point, the publication day (its hour is unknown)
        return Placed(format_day(frame.published), "DATE", r.mod)
    if count is None or count != int(count) or r.unit in ("S", "MIN", "H"):
        if count is None and r.word in SIGNAL_DIRS:
            # "[a few days] later": a vague stretch from another event, a duration; "later"
            # points from the happening just told, "after the vote" from the one it names
            return Placed(duration_value(None, r.unit), "DURATION", r.mod, keep=r.keep,
                          narrative=_told(frame) if r.word == "later" else None)
        if count is None:
            # "[a few days earlier]": before the happening just told, as "later" is after
            return Placed("FUTURE_REF" if later else "PAST_REF", "DATE", r.mod,
                          narrative=_told(frame) if r.word == "earlier" else None)
        return Placed(duration_value(count, r.unit), "DURATION", r.mod)
    if r.lasting and r.word in SIGNAL_DIRS:
        # "continued for [two days] after the election": the length of the event, which
        # dates no day of its own
        return Placed(duration_value(count, r.unit), "DURATION", r.mod, keep=r.keep)
    ref = frame.story() if r.word in NARRATIVE_DIRS else Reference(frame.published, None)
    unit, amount = _steps(r.unit, int(count) if later else -int(count))
    try:
        point = shift_value(ref.day, unit, amount)
    except ValueError:
        # "a million years ago", "in 20,000 years": before 9999 BC (after AD 9999) no
        # TIMEX3 value names the year, and the past (future) is all the words still say
        point = None
    if r.word in SIGNAL_DIRS and not narrative:
        # "voted Tuesday, two days after the House did": counted from another event,
        # which the text does not date, so the duration places nothing.
        apart = r.word in ("after", "before") and r.appositive or point is None
        return Placed(duration_value(count, r.unit), "DURATION", r.mod, keep=r.keep,
                      point=None if apart else point, narrative=None if apart else ref.value)
    if point is None:
        return Placed("FUTURE_REF" if later else "PAST_REF", "DATE", r.mod,
                      reason="no TIMEX3 value names a year before 9999 BC or after AD 9998")
    return Placed(point, "DATE", r.mod, narrative=ref.value,
                  reason=_before_era(ref.day.year, amount, point))


def _counted_from_base(r: Ago, named: Reading, frame: Frame) -> Placed:
    """ "two weeks from Friday": the day that far after the day `named`, placed as that day
    would be alone ("will be held two weeks from Friday" counts from the coming Friday)."""
    base = frame.place(named)
    if not _DAY.fullmatch(base.value[:10]):
        raise ValueError(f"{base.value} is no day to count from")
    unit, amount = _steps(r.unit, int(r.count or 0))
    point = format_day(shift_day(date.fromisoformat(base.value[:10]), unit, amount))
    return Placed(point, "DATE", r.mod,
                  reason=f"counting {duration_value(r.count, r.unit)} from {base.value[:10]}")


def _before_era(year: int, amount: int, point: str) -> str | None:
    """The arithmetic of a count back past the year 1, for the explanation; else None."""
    if not is_before_era(point):
        return None
    # BC/AD counting has no year 0: the astronomical year 0 is 1 BC, -982 is 983 BC.
    return (f"{year} - {-amount} is the astronomical year {year + amount}, which is "
            f"{1 - year - amount} BC (there is no year 0: 1 BC is followed by AD 1)")


def _anniversary(r: Ago, frame: Frame) -> Placed:
    """"Twenty-five years ago this week", "a week ago today": the week (month, day) that
    far before this one."""
    day = frame.published - timedelta(days=1 if r.this == "yesterday" else 0)
    unit, amount = _steps(r.unit, -int(r.count or 0))
    try:
        then = shift_day(day, unit, amount)
    except ValueError:
        # "3000 years ago this week": no week before AD 1 has a value; the year has one
        return replace(place_ago(replace(r, this=None), frame), narrative=None)
    granularity = {"this week": "W", "this month": "M"}.get(r.this or "", "D")
    return Placed(shift_value(then, granularity, 0), "DATE", r.mod)


def _year_ago(r: Ago, frame: Frame) -> Placed | None:
    """Reports compare with the same period a year before: "rose 5% in March from a year
    earlier" is March of last year, "a year ago" in a quarterly report that quarter."""
    if r.unit != "Y" or r.count != 1:
        return None
    latest, gap = frame.latest, frame.latest_gap
    if latest is not None and latest.granularity == "month" and r.compared \
            and gap is not None and gap <= NEAR_MENTION:
        # the month just reported, named in this sentence or the one before
        return Placed(format_month(latest.start.year - 1, latest.start.month), "DATE", r.mod,
                      narrative=latest.value)
    if frame.quarter is None or not r.report:
        return None
    return Placed(frame.quarter.shift(-4).value, "DATE", r.mod, narrative=frame.quarter.value)


PLACERS: dict[type, Callable[[Any, Frame], Placed]] = {
    Relative: place_relative, FiscalYear: place_fiscal_year, Next: place_next,
    Deixis: place_deixis, Ago: place_ago,
}
