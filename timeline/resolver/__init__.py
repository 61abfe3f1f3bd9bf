"""The resolver: one place where a reading gets its anchor, its direction and its value.

For every kind of reading the resolver asks the direction policy (`timeline.direction`)
where the expression lies, offers the anchors of the anchor policy (`timeline.anchors`:
the publication date, the time the story has reached), lets the reading's placement
(`timeline.resolver.dates`, `.times`, `.offsets`, `.periods`, `.lengths`) do the calendar
arithmetic, and keeps a record of what it counted from and why. The explanation a reader
sees is written from that record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Callable

from timeline.anchors import COLLOQUIAL, NARRATIVE, NEWS, AnchorPolicy, AnchorState, present_sign
from timeline.calendar import NEAR_DAYS, format_day, format_month
from timeline.direction import Direction, choose_direction
from timeline.errors import NormalizationError
from timeline.lexicon import MINUS_WORDS, PLUS_WORDS, YEAR_IN_TEXT
from timeline.model import Explanation
from timeline.placed import Placed, Reference
from timeline.placement import told_explanation
from timeline.readings import (
    FUTURE, PAST, Clock, Context, DayDate, DayOfMonth, Duration, Frame, Half, Holiday, ListedDay,
    MonthDate, Period, QuarterOf, Reading, Recurring, Relative, Rule, Season,
    Weekday,
)
from timeline.resolver import dates, lengths, offsets, periods, times
from timeline.timex import is_anchored, is_before_era, start_day, value_interval

PLACERS: dict[type, Callable[[Any, Any], Placed]] = {
    **dates.PLACERS, **times.PLACERS, **offsets.PLACERS, **periods.PLACERS, **lengths.PLACERS,
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
# Readings a narrative places around the story's time when their words give no year
# ("On June 10", "in April", "the summer", "the end of the month" after "In 1940").
_CALENDAR = (DayDate, MonthDate, Season, Holiday, Weekday, QuarterOf, Half, Period, Clock)
# A phrase joined to a date that gives the year: "and June 1955", "-spring of 1920".
_JOINED = re.compile(r"\s*(?:and|or|to|through|until|-|–)\s*(?:the\s+)?(?:early\s+|late\s+"
                     r"|mid-?)?(?:[A-Za-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:of\s+)?(?P<year>1\d{3}|20\d{2})\b")
# How far back from the story's time a month named without a year may lie.
STORY_LOOKBACK_DAYS = 92
_SIGNED = {-1: ("PAST_REF", "past"), 0: ("PRESENT_REF", "same"), 1: ("FUTURE_REF", "future")}
# The century two-digit years are read in when a text has no publication date.
_PIVOT = date(2000, 1, 1)
_REFERENCES = {"PRESENT_REF": ("the present", "same"), "PAST_REF": ("the past", "past"),
               "FUTURE_REF": ("the future", "future")}


class _Frame:
    """The anchors and direction a placement may use (`timeline.readings.Frame`)."""

    def __init__(self, reading: Reading, published: date, direction: Direction,
                 context: Context, state: AnchorState, policy: AnchorPolicy,
                 gap: int | None, start: int = 0) -> None:
        self.published, self.context, self.direction = published, context, direction
        self.present, self.calendar_story = published, None
        self.narrative, self.day_first = policy.genre == NARRATIVE, policy.day_first
        self.colloquial = policy.genre == COLLOQUIAL
        self.bound = direction.mod
        self.toward = direction.pointed(reading.anchor)  # "next", "last" point it
        self.latest, self.latest_gap, self.quarter = state.latest, gap, state.quarter
        self.named_quarter = state.named_quarter
        self.state, self.policy, self.start, self.joined = state, policy, start, False
        self.year: int | None = None  # the year a year-less date takes from its context
        joined = _joined_year(context.after) if isinstance(reading, (DayDate, MonthDate, Season)) \
            and reading.anchor is None and not getattr(reading, "year_anchor", None) else None
        if joined is not None:
            # "In [April] and June 1955", "[the spring] and early summer of 1943": the year
            # of the phrase it is joined to, in any genre
            self.year, self.calendar_story, self.joined = joined, f"{joined:04d}", True
        elif policy.genre == COLLOQUIAL and self.toward is None \
                and isinstance(reading, (DayDate, MonthDate, Season, Holiday, Weekday)):
            # a post looks ahead: "Christmas gift guide", "Spring collection" in October
            self.toward = FUTURE
        elif _is_calendar(reading, policy.genre) \
                and not (isinstance(reading, Weekday) and context.tense == FUTURE):
            # "the funeral will be held Saturday", in an obituary told in the past, is
            # still the Saturday after publication
            around = policy.calendar(state, published, start=start,
                                     background=context.tense == PAST)
            if around is not None and around.value is not None:
                self._around(reading, direction, around)

    def _around(self, reading: Reading, direction: Direction, around: Reference) -> None:
        """Place a year-less date around the story's time `around`, not the tense of a
        narration told in the past: "In 1941 ... [in January]" after "December 7" is
        January 1942."""
        assert around.value is not None
        self.published, self.calendar_story = around.day, around.value
        self.toward = direction.pointed(reading.anchor) \
            if reading.anchor in PLUS_WORDS | MINUS_WORDS else None
        if self.toward is not None:
            return
        if isinstance(reading, (Season, QuarterOf, Half)) or len(around.value) == 4:
            # the story's year: "their main [summer] offensive", "In 1939 ... 1 September"
            self.year = around.day.year
        elif isinstance(reading, (DayDate, MonthDate, Holiday)):
            # a story moves forward: the first such date after a point a little before
            # its time ("in May and again in June ... In early April" is that April; "In
            # February" after September is the next February)
            self.published = around.day - timedelta(days=STORY_LOOKBACK_DAYS)
            self.toward = FUTURE

    def story(self, unit: str | None = None) -> Reference:
        """The story's time as finely as `unit` needs, else the publication date."""
        return self.policy.story(self.state, self.present, unit, self.start)

    def place(self, reading: Reading) -> Placed:
        """Another reading placed in this frame, pointed by its own anchor word."""
        return place(reading, _Frame(reading, self.present, self.direction, self.context,
                                     self.state, self.policy, self.latest_gap, self.start))


def _joined_year(after: str) -> int | None:
    """The year written in a phrase joined to an expression ("and June 1955", "-spring of
    1920", "and early summer of 1943"), if any."""
    found = _JOINED.match(after)
    return int(found["year"]) if found else None


def _is_calendar(reading: Reading, genre: str) -> bool:
    """True for a reading whose year-less date may be placed around the story's time: in a
    narrative "the end of the month" too (but not "next month": that counts from now); in
    a news background paragraph only a month, a day or a season ("On March 3")."""
    if getattr(reading, "year_anchor", None):  # "June last year" says its year
        return False
    if genre != NARRATIVE:
        return isinstance(reading, (DayDate, MonthDate, Season)) and reading.anchor is None
    if isinstance(reading, Relative):
        return not reading.story and reading.anchor is None
    return isinstance(reading, _CALENDAR)


def place(reading: Reading, frame: Frame) -> Placed:
    """The value of `reading` in `frame`.

    Raises: NormalizationError when the reading names no time there (February 30).
    """
    placer = PLACERS.get(type(reading))
    if placer is None:
        raise NormalizationError(f"no placement for a {type(reading).__name__} reading")
    try:
        return placer(reading, frame)
    except (ValueError, OverflowError) as err:  # off the calendar ("the year 9999", or
        # "Monday" after a publication date of Friday, December 31, 9999)
        raise NormalizationError(f"{type(reading).__name__} places nothing a value names: "
                                 f"{err}") from err


@dataclass(frozen=True, slots=True)
class Resolution:
    """A reading resolved: its TIMEX3 attributes and the record of how they were reached.

    keep: the length of the tagged part ("[three days] after"); point: the day such a
    signalled duration names.
    """

    value: str
    type: str
    mod: str | None
    keep: int | None
    point: str | None
    explanation: Explanation


def resolve(rule: Rule, text: str, reading: Reading, context: Context,
            published: date | None, state: AnchorState, *, start: int = 0,
            policy: AnchorPolicy | None = None) -> Resolution:
    """Resolve `reading` (of expression `text`, found by `rule`, starting at `start`) against
    the publication day and the story so far; `state` is not changed here. Without a
    publication day (a history page) the story's time is the only anchor.

    Raises: NormalizationError when the reading names no time (February 30).
    """
    if published is None:
        return _resolve_undated(rule, text, reading, context, state, start,
                                policy or AnchorPolicy(NARRATIVE))
    direction = choose_direction(context)
    frame = _Frame(reading, published, direction, context, state, policy or AnchorPolicy(),
                   state.gap(start), start)
    if frame.year is not None and getattr(reading, "year", 0) is None:
        reading = replace(reading, year=frame.year)  # type: ignore[call-arg]
    placed = place(reading, frame)
    kind = placed.type or rule.type
    if placed.mod is None and frame.bound and kind in ("DATE", "TIME") \
            and is_anchored(placed.value):  # "as early as [Wednesday night]", "[tomorrow]"
        placed = replace(placed, mod=frame.bound)
    shown = text[:placed.keep] if placed.keep else text
    if frame.calendar_story is not None and placed.narrative is None \
            and is_anchored(placed.point or placed.value) \
            and not _names_year(rule, shown):
        told = f"in {frame.calendar_story}, the year of the phrase it is joined to" \
            if frame.joined else \
            _story_told(frame.calendar_story, state.sentences_back(start), policy)
        return Resolution(placed.value, kind, placed.mod, placed.keep, placed.point,
                          Explanation(f'"{" ".join(shown.split())}" is placed {told}.',
                                      "story", "story", frame.calendar_story,
                                      _direction(placed.point or placed.value,
                                                 start_day(frame.calendar_story))))
    return Resolution(placed.value, kind, placed.mod, placed.keep, placed.point,
                      explain(shown, rule, placed, kind, direction.reason, published))


def _resolve_undated(rule: Rule, text: str, reading: Reading, context: Context,
                     state: AnchorState, start: int, policy: AnchorPolicy) -> Resolution:
    """`reading` resolved in a text without a publication date: from the story's time
    (the latest date named), a present reference for what counts from now ("last week":
    PAST_REF), a year left open ("XXXX-09-01") before the text has named any."""
    words = " ".join(text.split())
    sign = present_sign(reading)
    if sign is not None:
        value, direction = _SIGNED[sign]
        return Resolution(value, "DATE", reading.mod, None, None, Explanation(
            f'"{words}" counts from the present, and the text has no publication date.',
            "reference", "none", None, direction))
    latest = state.latest or state.reference
    if isinstance(reading, (Duration, Recurring)):
        # a length or a set needs no anchor ("three years", "every Monday"); "in [two
        # weeks]" counts from now
        result = resolve(rule, text, reading, context, _PIVOT, state, start=start,
                         policy=AnchorPolicy(NEWS))
        if not is_anchored(result.value):
            return result
        return Resolution("FUTURE_REF", "DATE", reading.mod, None, None, Explanation(
            f'"{words}" counts from the present, and the text has no publication date.',
            "reference", "none", None, "future"))
    if latest is None and not _names_year(rule, text):
        open_value = _open_year(reading)
        if open_value is None:
            raise NormalizationError(f"{words!r} needs a date to count from, and none is known")
        return Resolution(open_value, "TIME" if "T" in open_value else "DATE", reading.mod, None, None, Explanation(
            f'"{words}" has no year: the text has no publication date and names no year '
            "before it.", "story", "none"))
    # a written year needs no anchor; two-digit years ("'90s") are read around 2000
    result = resolve(rule, text, reading, context, latest.start if latest else _PIVOT, state,
                     start=start, policy=policy)
    if latest is None or result.explanation.anchor != "publication":
        return result
    return replace(result, explanation=Explanation(
        f'"{words}" is counted from the story\'s time {latest.value} (the text has no '
        "publication date).", "story", "story", latest.value, result.explanation.direction))


def _open_year(reading: Reading) -> str | None:
    """The value of a date whose year nothing gives: "XXXX-09-01", "XXXX-06", "XXXX-SU"."""
    if isinstance(reading, DayDate):
        return f"XXXX-{reading.month:02d}-{reading.day:02d}"
    if isinstance(reading, MonthDate):
        return f"XXXX-{reading.month:02d}"
    if isinstance(reading, Season):
        return f"XXXX-{reading.season}"
    if isinstance(reading, Weekday):
        return f"XXXX-WXX-{reading.weekday}"
    if isinstance(reading, Clock) and reading.date is None and reading.weekday is None \
            and reading.day_word is None and reading.hour < 24:
        return f"XXXX-XX-XXT{reading.hour:02d}:{reading.minute:02d}"
    if isinstance(reading, QuarterOf):
        return f"XXXX-Q{reading.number}"
    return None


def _names_year(rule: Rule, text: str) -> bool:
    """True when the words give their own date in full ("June 10, 1940")."""
    return "self-dated" in rule.flags or bool((rule.written_year or YEAR_IN_TEXT).search(text))


def _story_told(value: str, back: int, policy: AnchorPolicy | None) -> str:
    """Where the story's time came from, for explanations: "in the story's year 1940, named
    2 sentences earlier (narrative: ...)"."""
    what = "year" if len(value) == 4 else "time"
    where = "in the same sentence" if back == 0 else \
        f"named {back} sentence{'s' if back > 1 else ''} earlier"
    if policy is not None and policy.genre == NARRATIVE:
        why = f" (narrative: {policy.reason})" if policy.reason else ""
    else:
        why = " (a background paragraph: a sentence of it opened on that year)"
    return f"in the story's {what} {value}, {where}{why}"


def explain(text: str, rule: Rule, placed: Placed, kind: str, reason: str,
            published: date) -> Explanation:
    """How `placed` was reached: what it was counted from, in which direction and why."""
    value = placed.point or placed.value
    words = " ".join(text.split())
    if placed.value in _REFERENCES and placed.narrative and placed.value != "PRESENT_REF":
        # "days later": TimeML's vague future, seen from the happening just told
        _, direction = _REFERENCES[placed.value]
        return told_explanation(words, placed.narrative, direction)
    if placed.value in _REFERENCES:
        what, direction = _REFERENCES[placed.value]
        why = f" ({placed.reason})" if placed.reason else ""  # "a million years ago"
        return Explanation(f'"{words}" refers to {what}, seen from the publication date{why}.',
                           "reference", "publication", published.isoformat(), direction)
    if is_before_era(value) and placed.reason:  # "3000 years ago": counted back past AD 1
        anchor = placed.narrative or published.isoformat()
        return Explanation(f'"{words}" is counted back from {anchor}: {placed.reason}.',
                           "narrative" if placed.narrative else "publication",
                           "narrative" if placed.narrative else "publication", anchor, "past")
    if is_before_era(value):
        return Explanation(f'"{words}" names its year before the common era.', "absolute")
    if not is_anchored(value) and placed.narrative and kind == "DURATION":
        return Explanation(f'"{words}" is a length of time, counted from '
                           f"{placed.narrative}, the latest date mentioned before it.",
                           "duration", "narrative", placed.narrative)
    if not is_anchored(value):
        what = "a recurring time" if kind == "SET" else "a length of time"
        return Explanation(f'"{words}" is {what}, not a point on the calendar.', "duration")
    if placed.narrative:
        return Explanation(
            f'"{words}" is counted from {placed.narrative}, the latest date mentioned before it.',
            "narrative", "narrative", placed.narrative,
            _direction(value, start_day(placed.narrative)))
    if _names_year(rule, text):
        return Explanation(f'"{words}" names its date in full.', "absolute")
    direction = _direction(value, published)
    return Explanation(_publication_text(words, rule, value, published, direction,
                                         placed.reason or reason),
                       "publication", "publication", published.isoformat(), direction)


def _publication_text(words: str, rule: Rule, value: str, published: date, direction: str,
                      reason: str) -> str:
    where = {"past": "before", "future": "after", "same": "on"}[direction]
    if "infers-year" in rule.flags and direction != "same":
        start = start_day(value)
        if abs((start - published).days) <= NEAR_DAYS:
            reason = "it is within a month of publication"
        return (f'Year {start.year} inferred for "{words}": {reason}; '
                f"publication date {published.isoformat()}.")
    if "directed" in rule.flags:
        return (f'"{words}" resolved to {value}, {where} the publication date '
                f"{published.isoformat()}, by {reason}.")
    return f'"{words}" is counted from the publication date {published.isoformat()}.'


def _direction(value: str, anchor: date) -> str:
    """past, future or same: where the value's interval lies relative to the anchor day."""
    interval = value_interval(value)
    start, end = date.fromisoformat(interval.start[:10]), date.fromisoformat(interval.end[:10])
    if start > anchor:
        return "future"
    if start == anchor or end > anchor:
        return "same"
    return "past"


def range_start(reading: Reading, text: str, value: str, end: Reading,
                end_value: str) -> tuple[str, Explanation] | None:
    """The start of a range re-dated from its end ("between Wednesday and Friday": the
    Wednesday before that Friday; "from June to August 1998": June 1998), with the record of
    it, or None when the start keeps its own value."""
    start: str | None = None
    if isinstance(reading, Weekday) and isinstance(end, Weekday) and _DAY.fullmatch(value) \
            and _DAY.fullmatch(end_value):
        last = date.fromisoformat(end_value)
        back = (last.isoweekday() - reading.weekday) % 7 or 7
        start = (last - timedelta(days=back)).isoformat()
    elif isinstance(reading, DayDate) and reading.year is None and not reading.year_anchor \
            and isinstance(end, (DayDate, ListedDay)) and _DAY.fullmatch(value) \
            and _DAY.fullmatch(end_value):
        # "[6]-7 January 1916", "[June 12]-14": the end's year, the one before where the
        # range turns a year ("December 30 - January 2")
        last = date.fromisoformat(end_value)
        year = last.year - 1 if (reading.month, reading.day) > (last.month, last.day) \
            else last.year
        start = format_day(dates.checked(year, reading.month, reading.day))
    elif isinstance(reading, DayOfMonth) and _DAY.fullmatch(end_value):
        # "from [the 13th] to the 19th of October 1950": the end's month (the month before
        # when the first day is the later one: "the 28th to the 3rd of March")
        last = date.fromisoformat(end_value)
        first = last.replace(day=1) - timedelta(days=1) if reading.day > last.day else last
        start = format_day(dates.checked(first.year, first.month, reading.day))
    elif isinstance(reading, MonthDate) and reading.year is None and isinstance(end, MonthDate) \
            and _MONTH.fullmatch(end_value) and "-" in value:
        last_month = start_day(end_value)
        year = last_month.year - 1 if reading.month > last_month.month else last_month.year
        start = format_month(year, reading.month)
    if start is None:
        return None
    words = " ".join(text.split())
    return start, Explanation(f'"{words}" starts a range that ends {end_value}: counted back '
                              f"from that end to {start}.", "range", "narrative", end_value,
                              "past")
