"""Where expressions without a calendar value place their event, from the publication date.

TimeML values "now" PRESENT_REF, "recently" PAST_REF, "the next two weeks" P2W: no date,
yet each places what it dates relative to the publication date, which a timeline can
show. The value of the expression itself is never changed (`tag` output stays as it is);
only the event's `when` is placed:

- PRESENT_REF ("now", "currently"): the publication day;
- PAST_REF ("recently", "in the past"): before the publication day (mod BEFORE);
- FUTURE_REF ("soon", "the future"): after the publication day (mod AFTER); "days
  later", "weeks earlier" (FUTURE_REF, PAST_REF) after (before) the happening the story
  just told, whose date the resolver gives as the narrative anchor;
- a stretch ahead ("the next two weeks", "in coming months", "must withdraw within a
  week"): from the publication day on (the length when it is given, else mod AFTER);
- a stretch just past ("in recent weeks"): before the publication day (mod BEFORE);
- a stretch the clause runs up to now ("have been cut off for nearly two years", a
  present perfect): the stretch ending on the publication day;
- "the first nine months" (of a year's results): from January of the year named after
  it, else of the latest year whose first nine months had ended by publication;
- a count before or after a date named right after it ("two days before Christmas", "a
  week after June 12"): that date moved by the count (`place_counted`).
"""

from __future__ import annotations

import re
from datetime import date

import pendulum

from timeline.calendar import format_day, format_month, shift_day
from timeline.model import Explanation, When
from timeline.timex import value_interval

# How `place_reference` explains a PRESENT_REF: its rule, anchor and direction.
PRESENT = ("reference", "publication", "same")

_DURATION = re.compile(r"^P(?:(\d+|X)([YMWDQ])|T(\d+|X)([HM]))$")
_AHEAD = re.compile(r"(?i)\b(?:next|coming|following|ahead|upcoming)\b")
_JUST_PAST = re.compile(r"(?i)\b(?:recent|past|last|previous)\b")
_FIRST_PART = re.compile(r"(?i)^(?:the\s+)?(?:first\s+)?(?P<n>\w+)\s+(?P<unit>months|quarters)$")
_OF_YEAR = re.compile(r"^\s*(?:of|in)\s+(?:fiscal\s+)?(?P<year>\d{4})\b")
# "within weeks of his capture", "two years after the war": counted from another event.
_RELATIVE_AFTER = re.compile(r"(?i)^\s*(?:of|after|before|later|earlier|ago|from|since)\b")
_UNITS = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "Q": "months",
          "h": "hours", "m": "minutes"}
_UNIT_MONTHS = {"months": 1, "quarters": 3}
# "[two days] before Christmas": the signal between a count and the date it counts from.
COUNTED_FROM = re.compile(r"\s+(?P<signal>before|after|prior\s+to|following)\s+")
# A whole count of days, weeks, months or years: "P2D", "P3Y".
COUNT_VALUE = re.compile(r"^P(?P<amount>\d+)(?P<unit>[YMWD])$")
_DAY = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?$")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11}


def is_present_reference(when: When) -> bool:
    """Whether `when` is a PRESENT_REF ("now", "currently") placed on the publication day
    by `place_reference`."""
    explanation = when.explanation
    return explanation is not None and (explanation.rule, explanation.anchor,
                                        explanation.direction) == PRESENT


def place_reference(text: str, value: str, dct: str, *, told: str | None = None,
                    past: bool = False) -> When | None:
    """The event's `when` for PRESENT_REF, PAST_REF or FUTURE_REF, else None.

    told: the date of the happening the story just told, which a vague "days later" or
        "weeks earlier" points from (`Explanation.anchor_value` of its narrative anchor)
    past: whether a FUTURE_REF that counts from the story ("days later") dates an event
        told in the past tense. "Days later, he fled" with no date told before it is later
        than something the story does not date, and the past tense puts it before
        publication: never after it.
    """
    day = dct[:10]
    mod = {"PAST_REF": "BEFORE", "FUTURE_REF": "AFTER"}.get(value)
    if told is not None and mod is not None:
        return _beside_told(" ".join(text.split()), told, mod)
    words = " ".join(text.split())
    if value == "FUTURE_REF" and past:
        return When(words, day, "DATE", "BEFORE", value_interval(day), Explanation(
            f'"{words}" follows a happening the story does not date; told in the past '
            f"tense, it lies before the publication date {day}.", "reference", "publication",
            day, "past"))
    if value == "PRESENT_REF":
        return When(words, day, "DATE", None, value_interval(day), Explanation(
            f'"{words}" is the publication date {day}.', "reference", "publication", day,
            "same"))
    if mod is None:
        return None
    direction = "past" if mod == "BEFORE" else "future"
    return When(words, day, "DATE", mod, value_interval(day), Explanation(
        f'"{words}" lies {"before" if mod == "BEFORE" else "after"} the publication date '
        f"{day}.", "reference", "publication", day, direction))


def _beside_told(words: str, told: str, mod: str) -> When:
    """"days later" after a sentence dated May 24: after May 24 (mod AFTER), not after
    the publication date."""
    return When(words, told, "DATE", mod, value_interval(told),
                told_explanation(words, told, "future" if mod == "AFTER" else "past"))


def told_explanation(words: str, told: str, direction: str) -> Explanation:
    """Why `words` ("days later", "weeks earlier") lies after (`direction` "future") or
    before ("past") `told`, the date of the happening just told."""
    side = "after" if direction == "future" else "before"
    return Explanation(f'"{words}" lies {side} {told}, the latest date mentioned before it.',
                       "reference", "narrative", told, direction)


def place_stretch(text: str, value: str, dct: str, *, after: str = "",
                  perfect: bool = False, ahead: bool = False) -> When | None:
    """The event's `when` for a duration that runs from or up to publication, else None.

    after: the text right after the expression ("of 1989" names the year)
    perfect: whether its clause is a present perfect ("have been cut off for two years")
    ahead: whether its clause looks ahead and the duration is its span ("must withdraw
        within a week", "can be used over three years")
    """
    m = _DURATION.match(value)
    if m is None:
        return None
    words = " ".join(text.split())
    day = dct[:10]
    first = _first_part(words, day, after)
    if first is not None:
        return first
    amount, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4).lower())
    if _AHEAD.search(words) or (ahead and not _RELATIVE_AFTER.match(after)):
        return _stretch(words, value, day, amount, unit, forward=True)
    if _JUST_PAST.search(words) or perfect:
        return _stretch(words, value, day, amount, unit, forward=False)
    return None


def _stretch(words: str, value: str, day: str, amount: str, unit: str, *,
             forward: bool) -> When | None:
    """The stretch of `amount` units from (forward) or up to the publication day."""
    if amount == "X":
        mod = "AFTER" if forward else "BEFORE"
        return When(words, day, "DATE", mod, value_interval(day), Explanation(
            f'"{words}" lies {"after" if forward else "before"} the publication date {day}.',
            "duration", "publication", day, "future" if forward else "past"))
    count = int(amount) * (3 if unit == "Q" else 1)
    if unit in ("h", "m"):
        # The publication date has no time of day: whole days, at least one.
        count, unit = max(1, -(-count // (24 if unit == "h" else 1440))), "D"
    base = pendulum.date(*(int(p) for p in day.split("-")))
    try:
        other = base.add(**{_UNITS[unit]: count}) if forward else base.subtract(
            **{_UNITS[unit]: count})
    except (ValueError, OverflowError):
        # "over the past 3,000 years" reaches back before the year 1, which no date holds
        return None
    start, end = (base, other) if forward else (other, base)
    # Written as a range of days, a value every renderer can label.
    last = end.subtract(days=1)
    days = start.isoformat() if last == start else f"{start.isoformat()}/{last.isoformat()}"
    explanation = Explanation(
        f'"{words}" is the stretch of {value} {"from" if forward else "ending on"} the '
        f"publication date {day}.", "duration", "publication", day,
        "future" if forward else "past")
    return When(words, days, "DATE", None, value_interval(days), explanation)


def _first_part(words: str, day: str, after: str) -> When | None:
    """ "the first nine months" of a year: January to September of that year."""
    m = _FIRST_PART.match(words)
    if m is None:
        return None
    count = _NUMBERS.get(m.group("n").lower())
    if count is None and m.group("n").isdigit():
        count = int(m.group("n"))
    months = (count or 0) * _UNIT_MONTHS[m.group("unit").lower()]
    if not 0 < months < 12:
        return None
    named = _OF_YEAR.match(after)
    published = date.fromisoformat(day)
    year = int(named.group("year")) if named else (
        published.year if published.month > months else published.year - 1)
    value = f"{year:04d}-01/{year:04d}-{months:02d}"
    return When(words, value, "DATE", None, value_interval(value), Explanation(
        f'"{words}" of {year}: January to the end of month {months}'
        + ("." if named else f", the latest such stretch ended by the publication date {day}."),
        "duration", "none" if named else "publication", None if named else day, "past"))


def place_counted(text: str, value: str, signal: str, anchor_text: str,
                  anchor_value: str) -> When | None:
    """The event's `when` for a count of days, weeks, months or years `signal` ("before",
    "after") a day, month or year `anchor_value`: "[two days] before Christmas" is the day
    two days before it. None where the count is finer than the date ("three days after
    1995") or the result is off the calendar."""
    count, named = COUNT_VALUE.match(value), _DAY.match(anchor_value)
    year_only = re.fullmatch(r"\d{4}", anchor_value)
    if count is None or (named is None and year_only is None):
        return None
    amount = int(count["amount"]) * (-1 if signal.startswith(("before", "prior")) else 1)
    unit = count["unit"]
    try:
        if year_only is not None:
            if unit != "Y":
                return None
            point = f"{int(anchor_value) + amount:04d}"
            if not 0 < int(point) < 10000:
                return None
        elif named is not None and named["day"]:
            point = format_day(shift_day(date.fromisoformat(anchor_value), unit, amount))
        elif named is not None and unit in ("M", "Y"):
            first = date(int(named["year"]), int(named["month"]), 1)
            moved = shift_day(first, unit, amount)
            point = format_month(moved.year, moved.month)
        else:
            return None
    except ValueError:
        return None
    words = " ".join(text.split())
    anchor_words = " ".join(anchor_text.split())
    direction = "past" if amount < 0 else "future"
    return When(words, point, "DATE", None, value_interval(point), Explanation(
        f'"{words}" is counted from "{anchor_words}" ({anchor_value}), the date named after '
        f"it.", "narrative", "narrative", anchor_value, direction))
