"""Place readings of times of day and parts of days: "10 p.m.", "8 PM Saturday", "today",
"yesterday morning", "tonight", "that evening", "overnight"."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Callable

from timeline.calendar import format_day, resolve_weekday
from timeline.placed import Placed
from timeline.readings import PAST, PRESENT, Clock, DayWord, Frame, PartOfDay, Reading


# Characters between a date and a time written right after it: " ", ", " or ", at ".
ADJACENT = 5


def _day_after(after: Reading | None, frame: Frame) -> date | None:
    """The day an expression right after a clock time names ("... on Friday")."""
    if after is None:
        return None
    value = frame.place(after).value
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:  # "on Mondays": a set names no day
        return None


def place_clock(r: Clock, frame: Frame) -> Placed:
    """A time on the day its words name; a bare clock time on the day the story is telling
    ("was shot at 10 p.m."), unless that day is still ahead and the clause tells of
    something done; "spoke at midnight" in today's story is the midnight just gone, and so
    is a post's "Midnight movie date", any other midnight ends its day ("midnight Friday",
    "Voting closes midnight")."""
    day, tense = frame.published, frame.context.tense
    if r.date is not None:
        day = date.fromisoformat(frame.place(r.date).value)
    elif r.day_word in ("tomorrow", "yesterday"):
        day += timedelta(days=1 if r.day_word == "tomorrow" else -1)
    elif r.weekday is not None:
        direction = frame.toward
        day = resolve_weekday(day, r.weekday, None if direction == PRESENT else direction)
    hour, narrative = r.hour, None
    bare = r.day_word is None and r.weekday is None and r.date is None
    named = _day_after(r.after, frame) if bare else None
    if named is not None:  # "at 5:42 p.m. on April 15, 2014": the day named next to it
        day = named
    elif bare:
        ref = frame.story()
        day, narrative = ref.day, ref.value
        next_to_it = frame.latest_gap is not None and frame.latest_gap <= ADJACENT
        if not next_to_it and (day > frame.published and tense == PAST
                               or day < frame.published and tense != PAST
                               and not frame.narrative):
            # "was shot at 10 p.m." is the story's day, and so is "the premiere is Oct. 16
            # ... until after 11 p.m."; but a time still to come is not on a day gone by:
            # "On May 5 the shop opened. Come at 7pm" is the publication day's 7pm; but a
            # time written right after its date is on it ("May 10, 2014 2pm", "May 10 at 2pm")
            day, narrative = frame.published, None
    # a post's caption without a verb ("Midnight movie date with Hrithik") tells of what
    # it shows, the midnight just gone, as a past tense does
    just_gone = bare and named is None and narrative is None \
        and (tense == PAST or tense is None and frame.colloquial)
    if hour == 24:
        day, hour = (day if just_gone else day + timedelta(days=1)), 0
    return Placed(f"{format_day(day)}T{hour:02d}:{r.minute:02d}", "TIME",
                  "APPROX" if r.approx else None, narrative=narrative)


def place_day_word(r: DayWord, frame: Frame) -> Placed:
    """"yesterday", "tonight", "tomorrow morning": days from the publication day."""
    day = format_day(frame.published + timedelta(days=r.shift))
    if r.tonight:
        return Placed(f"{day}TNI", "TIME")
    if r.pod:
        return Placed(f"{day}T{r.pod}", "TIME")
    return Placed(day, "DATE")


def place_part_of_day(r: PartOfDay, frame: Frame) -> Placed:
    """"this morning", "last night"; "that evening", "at midday": of the story's day."""
    if r.story:
        ref = frame.story()
        return Placed(f"{format_day(ref.day)}T{r.pod}", "TIME", narrative=ref.value)
    return Placed(f"{format_day(frame.published + timedelta(days=r.shift))}T{r.pod}", "TIME")


PLACERS: dict[type, Callable[[Any, Frame], Placed]] = {
    Clock: place_clock, DayWord: place_day_word, PartOfDay: place_part_of_day,
}
