"""Rules for the short forms people write in posts and messages: "tmr", "tmrw night", "tdy",
"fri", "this Sat, 7pm", "every mon", "1hr", "4 min", "2.5 HRS", "nxt yr".

Short weekday names ("sat", "sun", "wed", "mon") are also words; they count only where the
words around them make them days: an anchor word before ("this sun", "last fri"), a
preposition of time ("on sat", "till thurs"), a clock time after ("Sun 1:00pm"), or another
weekday just before in a list ("friday night or [sat]").
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.errors import NormalizationError
from timeline.lexicon import (
    APPROX, NUMBER, PARTS_OF_DAY, SHORT_DAYS, SHORT_TONIGHT, SHORT_UNITS, alternation, approx_mod,
    weekday_number, word_number,
)
from timeline.readings import (
    Clock, Context, DayWord, Duration, Example, Reading, Recurring, Relative, Rule, Weekday,
    rule_pattern,
)

_NIGHTS = {"nite": "night", "nyt": "night"}
_SHORT_WEEKDAY = r"mon|tues?|wed|thur?s?|fri|sat|sun"
_ANCHORS = {"this": "this", "next": "next", "nxt": "next", "last": "last", "coming": "coming",
            "dis": "this"}
# Words before a short weekday that make it a day: "on sat", "till thurs", "by fri".
_DAY_BEFORE = re.compile(r"(?i)\b(?:on|by|till|until|til|from|since|before|after|every"
                         r"|this|next|nxt|last|coming|dis)\s+$")
_WEEKDAY_ANY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
    rf"{_SHORT_WEEKDAY})"
_LIST_BEFORE = re.compile(rf"(?i)\b{_WEEKDAY_ANY}\.?(?:\s+(?:night|nite|morning|evening))?"
                          r"\s*(?:,|/|&|\bor\b|\band\b|-|\bto\b)\s*$")
_LIST_AFTER = re.compile(rf"(?i)^\.?(?:\s+(?:night|nite|morning|evening))?\s*(?:,|/|&|\bor\b|\band\b|-)"
                         rf"\s*{_WEEKDAY_ANY}\b")
# A capitalized word after a short weekday that is no month: the weekday is part of a name.
_NAME_AFTER = re.compile(r"^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s"
                         r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)"
                         r"[A-Z][a-z]")
_TIME_AFTER = re.compile(r"(?i)^,?\s*(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*[ap]\.?m\b|[0-9]{1,2}:[0-9]{2}"
                         r"|(?:night|nite|morning|evening|afternoon)\b)")


def _read_short_day(m: re.Match[str], context: Context) -> Reading:
    word = m["word"].lower()
    pod_word = (m["pod"] or "").lower()
    pod = PARTS_OF_DAY[_NIGHTS.get(pod_word, pod_word)] if pod_word else None
    return DayWord(shift=SHORT_DAYS[word], tonight=word in SHORT_TONIGHT, pod=pod, anchor=word)


def _read_short_weekday(m: re.Match[str], context: Context) -> Reading:
    weekday = weekday_number(m["wday"])
    anchor = _ANCHORS.get((m["anchor"] or "").lower())
    if m["every"]:
        return Recurring(weekday=weekday)
    pod_word = (m["pod"] or "").lower()
    pod = PARTS_OF_DAY[_NIGHTS.get(pod_word, pod_word)] if pod_word else None
    if m["time"]:
        found = context.lookup("time", m["time"]) if context.lookup is not None else None
        if not isinstance(found, Clock):
            raise NormalizationError(f"{m['time']!r} is not a time of day")
        return replace(found, weekday=weekday, anchor=anchor)
    return Weekday(weekday=weekday, pod=pod, anchor=anchor)


def _is_word_not_day(text: str, start: int, end: int) -> bool:
    """A short weekday that is a word here ("sat down", "the sun", "Sun Yat Sen"): no anchor,
    time word or list of days around it, or a name after it."""
    span = text[start:end]
    if re.match(rf"(?i)(?:this|next|nxt|last|coming|dis|every)\s", span) or " " in span.strip():
        return False
    before = text[max(0, start - 30):start]
    if _NAME_AFTER.match(text[end:end + 12]) and not _TIME_AFTER.match(text[end:end + 12]):
        return True  # a name: "after Sun Yat Sen's death"
    return not (_DAY_BEFORE.search(before) or _LIST_BEFORE.search(before)
                or _TIME_AFTER.match(text[end:end + 12]) or _LIST_AFTER.match(text[end:end + 30]))


def _read_short_unit(m: re.Match[str], context: Context) -> Reading:
    if m["unit3"]:  # "Every min is an adventure"
        return Recurring(count=1, unit=SHORT_UNITS[m["unit3"].lower()])
    unit = SHORT_UNITS[(m["unit"] or m["unit2"]).lower()]
    if m["anchor"]:
        return Relative(unit=unit, amount={"last": -1, "this": 0}.get(m["anchor"].lower(), 1),
                        anchor=_ANCHORS[m["anchor"].lower()])
    count = word_number(m["num"]) if m["num"] else 1.0
    return Duration(count=count, unit=unit, mod=approx_mod(m["approx"]))


_CLOCK = (r"(?:1[0-2]|0?[1-9])[:.]?[0-5][0-9]\s*[ap]\.?m\.?|[0-9]{1,2}\s*[ap]\.?m\.?"
          r"|[0-9]{1,2}:[0-9]{2}")
RULES = (
    Rule("short_day", "DATE", rule_pattern(rf"""(?P<word>{alternation(SHORT_DAYS)})
         (?:\s+(?P<pod>morning|afternoon|evening|night|nite|nyt))?"""), 155, _read_short_day,
         (Example("tmr", DayWord(shift=1, anchor="tmr")),
          Example("tmrw night", DayWord(shift=1, pod="NI", anchor="tmrw")),
          Example("tdy", DayWord(shift=0, anchor="tdy"))),
         trigger=("tm", "trmw", "tomo", "2mo", "2mr", "tdy", "2day", "nite", "ystd", "yday")),
    Rule("short_weekday", "DATE", rule_pattern(rf"""(?:(?P<anchor>this|next|nxt|last|coming|dis)\s+
         |(?P<every>every|each)\s+)?(?P<wday>{_SHORT_WEEKDAY})(?:\.(?=,?\s*[0-9]))?(?![\w'])
         (?:\s+(?P<pod>night|nite|morning|afternoon|evening))?(?:,?\s*(?P<time>{_CLOCK}))?"""),
         65, _read_short_weekday,
         (Example("this sun", Weekday(weekday=7, anchor="this")),
          Example("fri", Weekday(weekday=5), before="see you on "),
          Example("Sun 1:00pm", Clock(hour=13, minute=0, weekday=7)),
          Example("this Sat, 7pm", Clock(hour=19, minute=0, weekday=6, anchor="this")),
          Example("this Sat, 430pm", Clock(hour=16, minute=30, weekday=6, anchor="this")),
          Example("next fri night", Weekday(weekday=5, pod="NI", anchor="next")),
          Example("every mon", Recurring(weekday=1))),
         excludes=_is_word_not_day,
         trigger=("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    Rule("short_unit", "DURATION", rule_pattern(rf"""(?P<approx>{APPROX})?(?P<num>{NUMBER}|an?)\s*
         (?P<unit>hrs|hr|mins|min|secs|sec|wks|wk|yrs|yr|mths|mth)(?![\w])
         |(?P<anchor>this|next|nxt|last)\s+(?P<unit2>yr|wk)(?![\w])
         |(?:every|each)\s+(?P<unit3>hr|min|sec|wk|yr|mth)(?![\w])"""), 235, _read_short_unit,
         (Example("1hr", Duration(count=1.0, unit="H")),
          Example("4 min", Duration(count=4.0, unit="MIN")),
          Example("2.5 HRS", Duration(count=2.5, unit="H")),
          Example("nxt yr", Relative(unit="Y", amount=1, anchor="next")),
          Example("Every min", Recurring(count=1, unit="MIN"))),
         trigger=("hr", "min", "sec", "wk", "yr", "mth")),
)
