"""Rules for times and parts of the day: "10:35 a.m.", "8 PM Saturday", "noon", "today",
"yesterday morning", "tonight", "this afternoon", "that evening", "overnight", "midday"."""

from __future__ import annotations

import re

from timeline.absolute import read_date
from timeline.errors import NormalizationError
from timeline.lexicon import (
    DIGITS,
    DAY, DAY_SHIFT, MONTH, NUMBERS, PARTS_OF_DAY, SHORT_DAYS, SHORT_TONIGHT, TIME_OF_DAY,
    WEEKDAY, WEEKDAYS, YEAR, alternation, month_number, weekday_number, words,
)
from timeline.readings import (
    Clock, Context, DayDate, DayWord, Example, PartOfDay, Reading, Rule, rule_pattern,
)

_DAY_WORDS = ("today", "tomorrow", "yesterday", "tonight")
# The short forms of posts after a time ("6 am tmrw", "4pm tdy"), as the words they stand for.
_SHORT_DAY_WORDS = {word: "tonight" if word in SHORT_TONIGHT
                    else {1: "tomorrow", 0: "today", -1: "yesterday"}[shift]
                    for word, shift in SHORT_DAYS.items()}
_SHORT_DAY = alternation(SHORT_DAYS)
# "... on Friday", "5:34 AM Baghdad time on March 20, 2003": the day named after a time.
_ON_DAY = re.compile(r"^\s+(?:(?-i:[A-Z][a-z]+)\s+time\s+|local\s+time\s+"
                     r"|in\s+the\s+(?:morning|afternoon|evening|night)\s+)?on\s+"
                     r"(?P<expr>[^.;:]{3,40})")


def clock(text: str, pod: str) -> tuple[int, int] | None:
    """(hour, minute) of a time of day as written ("10:35 a.m.", "8 PM", "noon"; `pod` "evening"
    makes "8" 20:00); hour 24 is the midnight that ends a day; None when it is no time."""
    lowered = text.lower()
    if lowered.startswith(("noon", "midday")):
        return 12, 0
    if lowered.startswith("midnight"):
        return 24, 0
    m = re.match(r"(\d{1,2}?)(?:[:.]?(\d{2}))?(?!\d)", lowered)
    spelled = NUMBERS.get(lowered.split()[0]) if m is None else None
    if m is None and spelled is None:
        return None
    hour, minute = (int(m.group(1)), int(m.group(2) or 0)) if m else (int(spelled or 0), 0)
    pm = re.search(r"p\.?\s?m", lowered) or (pod in ("afternoon", "evening", "night")
                                             and hour < 12)
    if pm and hour < 12:
        hour += 12
    elif re.search(r"a\.?\s?m", lowered) and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def _date(m: re.Match[str]) -> DayDate | None:
    """The month-day written after the time ("10 a.m., Oct. 26, 1998"), its year read by
    dateparser."""
    if not m["month"]:
        return None
    if m["year"]:
        day = read_date(m.string[m.start("month"):m.end("year")])
        if day is None:
            raise NormalizationError(f"{m[0]!r} names no date")
        return DayDate(month=day.month, day=day.day, year=day.year)
    return DayDate(month=month_number(m["month"]), day=int(re.sub(r"\D", "", m["day"])))


def _read_date_time(m: re.Match[str], context: Context) -> Reading:
    """"May 10, 2014 2pm": the time on the date written just before it."""
    found = clock(m["time"], "")
    date = _date(m)
    if found is None or date is None:
        raise NormalizationError(f"{m[0]!r} is not a time on a date")
    return Clock(hour=found[0], minute=found[1], date=date)


def _after(context: Context) -> Reading | None:
    """The day an expression right after the time names ("... on Friday", "on April 15")."""
    follow = _ON_DAY.match(context.after)
    if follow is None or context.lookup is None:
        return None
    for rule in ("month_day", "weekday"):
        reading = context.lookup(rule, follow["expr"])
        if reading is not None:
            return reading
    return None


def _read_time(m: re.Match[str], context: Context) -> Reading:
    word = (m["wday"] or m["wday0"] or "").lower()
    word = _SHORT_DAY_WORDS.get(word, word)  # "6pm tmr" is "6pm tomorrow"
    date = _date(m)
    found = clock(m["time"], (m["pod"] or "").lower())
    if found is None:
        raise NormalizationError(f"{m['time']!r} is not a time of day")
    weekday = weekday_number(word) if word.rstrip("s") in WEEKDAYS else None
    bare = not word and not m["month"]  # no day written in the expression itself
    return Clock(hour=found[0], minute=found[1], approx=bool(m["tapprox"]),
                 day_word=word if word in _DAY_WORDS else None, weekday=weekday,
                 weekday_first=weekday is not None and not m["wday"], date=date,
                 after=_after(context) if bare else None)


# "today's youth", "in today's world", "the people of tomorrow": the present age or the
# future in general, not a day (TimeBank leaves them untagged); "today's session" is a day.
_GENERIC_NOUNS = (r"world|youth|young|society|generation|generations|children|kids|teenagers"
                  r"|teens|students|parents|families|women|men|consumers|workers|voters|culture"
                  r"|standards|terms|dollars|technology|computers|machines|cars|music|media"
                  r"|schools|people|leaders|economy|soldiers|athletes|business|businesses")
_GENERIC_DAY = re.compile(rf"(?i)^['’]s\s+(?:[a-z-]+\s+)?(?:{_GENERIC_NOUNS})\b")
_GENERIC_OF = re.compile(rf"(?i)\b(?:{_GENERIC_NOUNS})\s+of\s+$")


def _is_generic_day(text: str, start: int, end: int) -> bool:
    """"today's world", "tomorrow's leaders", "the people of tomorrow": an age, not a day."""
    word = text[start:end].lower()
    if word not in ("today", "tomorrow"):
        return False
    return bool(_GENERIC_DAY.match(text[end:end + 40])
                or _GENERIC_OF.search(text[max(0, start - 30):start]))


def _read_deictic(m: re.Match[str], context: Context) -> Reading:
    word = words(m["word"])
    pod = PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else None
    return DayWord(shift=DAY_SHIFT.get(word, 0), tonight=word == "tonight", pod=pod,
                   anchor=word, prefixed=bool(m["mod"]))


def _read_this_pod(m: re.Match[str], context: Context) -> Reading:
    if m["mid"]:
        pod = "MI" if m["mid"].lower().endswith("day") else \
            PARTS_OF_DAY[re.sub(r"(?i)^mid[\s-]?", "", m["mid"]).lower()]
        if m["mid_day"]:
            return PartOfDay(pod=pod, shift=DAY_SHIFT.get(m["mid_day"].lower(), 0))
        return PartOfDay(pod=pod, story=True)
    if m["word"]:
        return PartOfDay(pod="NI", shift=-1, anchor="overnight")
    anchor = m["anchor"].lower()
    pod = PARTS_OF_DAY[m["pod"].lower().replace("nite", "night")]  # "last nite" in posts
    if anchor == "that":  # "that evening": of the day the story is telling
        return PartOfDay(pod=pod, story=True, anchor=anchor)
    return PartOfDay(pod=pod, shift={"last": -1, **DAY_SHIFT}.get(anchor, 0), anchor=anchor)


_HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_MINUTE_WORDS = {"quarter": 15, "a quarter": 15, "half": 30, "twenty-five": 25, "twenty five": 25}
# Before "ten to three", "twenty past four": words that make the numbers a time of day.
_CLOCK_BEFORE = re.compile(r"(?i)\b(?:at|by|around|about|until|till|since|it's|it\s+is"
                           r"|was|before|after)\s+$")


def _read_clock_words(m: re.Match[str], context: Context) -> Reading:
    """"a quarter past 6", "ten to three", "half past ten p.m.": minutes from an hour."""
    minutes = _MINUTE_WORDS.get(re.sub(r"\s+", " ", m["min"].lower()))
    if minutes is None:
        minutes = int(m["min"]) if m["min"].isdigit() else int(NUMBERS[m["min"].lower()])
    hour = int(m["hour"]) if m["hour"].isdigit() else int(NUMBERS[m["hour"].lower()])
    if m["rel"].lower() in ("to", "till", "before"):
        hour, minutes = (hour - 1) % 12 or 12, 60 - minutes
    found = clock(f"{hour}:{minutes:02d} {m['ampm'] or ''}", "")
    if found is None or minutes >= 60:
        raise NormalizationError(f"{m[0]!r} is not a time of day")
    return Clock(hour=found[0], minute=found[1])


def _is_not_clock(text: str, start: int, end: int) -> bool:
    """"ten to three" is a time after "at", "by", "it's" or before "o'clock", "p.m."; "a
    quarter past six" and "half past ten" always are."""
    span = text[start:end].lower()
    if re.search(r"(?:o'clock|[ap]\.?m\.?)$", span):
        return False
    if re.match(r"(?:a\s+)?(?:quarter|half)\s+past\b", span):
        return False
    return not _CLOCK_BEFORE.search(text[max(0, start - 12):start])


RULES = (
    Rule("clock_words", "TIME", rule_pattern(rf"""(?P<min>(?:a\s+)?quarter|half|twenty[\s-]five
         |twenty|ten|five|[1-5]?[0-9])\s+(?P<rel>past|after|to|till|before)\s+
         (?P<hour>{_HOUR_WORD}|1[0-2]|[1-9])(?![\w:]|\.[0-9])(?:\s*(?P<ampm>o'clock|[ap]\.m\.|[ap]m\b))?"""),
         75, _read_clock_words,
         (Example("a quarter past 6", Clock(hour=6, minute=15)),
          Example("ten to three", Clock(hour=2, minute=50), before="at "),
          Example("half past ten p.m.", Clock(hour=22, minute=30))),
         excludes=_is_not_clock,
         trigger=("past", "to", "after", "till", "before")),
    Rule("time", "TIME", rule_pattern(rf"""(?P<tapprox>(?:about|around|approximately|roughly)\s+)?
         (?:(?P<wday0>{WEEKDAY})\s+)?(?P<time>{TIME_OF_DAY})
         (?:\s+(?P<wday>{WEEKDAY}|today|tomorrow|yesterday|tonight|{_SHORT_DAY})
         |,?\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?
         (?:(?:(?<!m)(?<!m\.)\s+in\s+the)?\s+(?P<pod>morning|afternoon|evening|night))?"""),
         70, _read_time,
         (Example("10:35 a.m.", Clock(hour=10, minute=35)),
          Example("8 PM", Clock(hour=20, minute=0)),
          Example("430pm", Clock(hour=16, minute=30)),
          Example("1800 hours", Clock(hour=18, minute=0)),
          Example("15:00 GMT Saturday", Clock(hour=15, minute=0, weekday=6)),
          Example("about midnight", Clock(hour=24, minute=0, approx=True)),
          Example("10 a.m. tomorrow", Clock(hour=10, minute=0, day_word="tomorrow")),
          Example("6 am tmrw", Clock(hour=6, minute=0, day_word="tomorrow")),
          # "in the morning" names the hour of "4 in the morning" (TimeBank: one
          # expression); after "3am", whose hour is whole, it is a second expression
          Example("4 in the morning", Clock(hour=4, minute=0)),
          Example("3am", Clock(hour=3, minute=0), after=" in the morning")),
         flags=frozenset({"directed", "day-clue"}),
         trigger=(*DIGITS, "noon", "midday", "midnight", "am", "a.m", "pm", "p.m", "o'clock")),
    # A full date and the time right after it, one point as "10 a.m., Oct. 26, 1998" is
    Rule("date_time", "TIME", rule_pattern(rf"""(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+
         (?P<year>{YEAR}),?\s+(?P<time>{TIME_OF_DAY})"""),
         72, _read_date_time,
         (Example("May 10, 2014 2pm", Clock(hour=14, minute=0,
                                            date=DayDate(month=5, day=10, year=2014))),),
         flags=frozenset({"self-dated", "year-clue"}),
         trigger=("am", "pm", "a.m", "p.m", ":", "noon", "midnight", "o'clock", "hours", "hrs")),
    Rule("deictic", "DATE", rule_pattern(r"""(?P<mod>(?:(?:early|late|earlier|later)\s+)?)
         (?P<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday
         |the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?"""),
         160, _read_deictic,
         (Example("yesterday", DayWord(shift=-1, anchor="yesterday")),
          Example("tonight", DayWord(shift=0, tonight=True, anchor="tonight")),
          Example("tomorrow morning", DayWord(shift=1, pod="MO", anchor="tomorrow"))),
         excludes=_is_generic_day, flags=frozenset({"day-clue"}),
         trigger=("today", "yesterday", "tomorrow", "tonight")),
    Rule("this_pod", "TIME", rule_pattern(r"""(?:(?:early|late|earlier|later)\s+)?
         (?P<anchor>this|last|yesterday|tomorrow|that)\s+(?P<pod>morning|afternoon|evening|night
         |nite)(?:s(?=\s+[a-z]))?
         |(?P<word>overnight)|(?P<mid>mid[\s-]?(?:morning|afternoon|day))(?:\s+(?P<mid_day>yesterday|today|tomorrow))?"""),
         170, _read_this_pod,
         (Example("this morning", PartOfDay(pod="MO", anchor="this")),
          Example("last night", PartOfDay(pod="NI", shift=-1, anchor="last")),
          # a possessive written without its apostrophe, as in posts
          Example("last nights", PartOfDay(pod="NI", shift=-1, anchor="last"), after=" game"),
          Example("that evening", PartOfDay(pod="EV", story=True, anchor="that")),
          Example("mid-afternoon", PartOfDay(pod="AF", story=True)),
          Example("midmorning yesterday", PartOfDay(pod="MO", shift=-1))),
         flags=frozenset({"day-clue"}),
         trigger=("morning", "afternoon", "evening", "night", "nite", "mid")),
)
