"""What the normalizer knows around an expression, and the TIMEX3 result it gives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from timeline.resolve import FUTURE, PAST, PRESENT

MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
        "middle": "MID", "late": "END", "end": "END"}
APPROX_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
               "roughly": "APPROX", "nearly": "APPROX", "almost": "APPROX", "some": "APPROX",
               "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
               "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
               "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS"}
DEADLINE = "deadline"
# A past verb that moves something ahead: "postponed until Tuesday" is still to come.
POSTPONED = re.compile(r"(?i)\b(?:postpone|delay|extend|adjourn|defer|put\s+off|push(?:ed)?\s+back"
                       r"|recess|gave|given|grant|has|have|had\s+until)\w*\s+(?:\S+\s+){0,4}?"
                       r"(?:until|till|to|by|through)\s+(?:on\s+)?$")
# Words just before an expression that bound it ("as early as Thursday").
BOUND_BEFORE = (
    (re.compile(r"(?i)\b(?:as\s+early\s+as|as\s+soon\s+as|no\s+earlier\s+than)\s*$"),
     "ON_OR_AFTER", FUTURE),
    (re.compile(r"(?i)\b(?:no\s+later\s+than|as\s+late\s+as)\s*$"), "ON_OR_BEFORE", None),
    (re.compile(r"(?i)\bearlier\s*$"), None, PAST),
    # Deadlines and schedules look ahead ("payable Dec. 7", "by Jan. 14", "extended to"),
    # unless the clause tells of them as past ("had not called him until Thursday").
    (re.compile(r"(?i)\b(?:payable|effective|due|expires?|extended\s+to|deadline\s+(?:of|is))"
                r"\s+(?:on\s+)?$"), None, FUTURE),
    (re.compile(r"(?i)\b(?:by|until|till|through)\s+(?:on\s+)?$"), None, DEADLINE),
    # An event called or set "for" a date is ahead of the calling: "a snap election for June 8"
    (re.compile(r"(?i)\b(?:election|vote|referendum|ballot|hearing|trial|meeting|summit|talks"
                r"|session|ceremony|launch|deadline|appointment|date|(?:planned|scheduled|slated"
                r"|set|booked|penciled|pencilled)(?:\s+to\s+(?:begin|start|open|end))?)s?"
                r"\s+for\s+$"), None, FUTURE),
    (re.compile(r"(?i)\blater\s*$"), None, FUTURE),
)
# "Thursday's closing price": a possessive date names something already done,
# unless the noun says it is still ahead.
POSSESSIVE_PAST = re.compile(r"(?i)^['’]s\s+(?!(?:scheduled|planned|upcoming|expected|proposed)\b)")
# "June last year", "the first half of next year": the year the anchor word names.
YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
PLUS_WORDS = {"next", "coming", "following", "upcoming", "later", "after", "hence",
              "from now"}
MINUS_WORDS = {"last", "past", "previous", "prior", "ago", "earlier", "before"}
UNIT_LETTERS = {"S": "S", "MIN": "M", "H": "H", "D": "D", "W": "W", "WE": "D",
                "2W": "W", "M": "M", "Q": "Q", "Y": "Y", "DE": "DE", "CE": "CE", "ML": "ML"}
SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
               "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y",
               "semiannually": "P6M", "hourly": "PT1H"}


@dataclass(frozen=True, slots=True)
class Context:
    """What the normalizer may know around an expression.

    dct: the publication date-time. tense: "past", "present" or "future" of the
    governing clause, decided by `tense_word`. before/after: a few words of text either
    side. reference: the latest date the text mentioned before, for "the next day" and
    "two days later".
    quarter: the latest quarter the text mentioned, for "the year-ago quarter".
    latest: the latest date the text mentioned at any granularity, for "that year";
    latest_gap: how many characters back it ended (None when there is none).
    """

    dct: datetime
    tense: str | None = None
    tense_word: str = ""
    before: str = ""
    after: str = ""
    reference: str | None = None
    quarter: str | None = None
    latest: str | None = None
    latest_gap: int | None = None


@dataclass(frozen=True, slots=True)
class Normalized:
    """The TIMEX3 attributes of one expression, and the point a signalled duration names."""

    value: str
    type: str
    mod: str | None = None
    # "three days after the vote": TimeML tags "three days" as a DURATION and leaves the
    # signal word out; `keep` is the length of the tagged part, `point` the day it names.
    keep: int | None = None
    point: str | None = None
    # The earlier date in the text the value was counted from ("the next day").
    narrative: str | None = None


def _bound(context: Context) -> tuple[re.Match[str], str | None, str | None] | None:
    """The first bounding phrase before the expression, with its mod and direction."""
    for pattern, mod, direction in BOUND_BEFORE:
        m = pattern.search(context.before)
        if m:
            return m, mod, direction
    return None


def _possessive_past(context: Context) -> bool:
    """"Thursday's ruling" names something done, but "will appear during Sunday's Super
    Bowl" dates the event the future clause is about."""
    return bool(POSSESSIVE_PAST.match(context.after)) and not (
        context.tense == FUTURE and _EVENT_TIME_BEFORE.search(context.before))


_EVENT_TIME_BEFORE = re.compile(
    r"(?i)\b(?:during|at|before|ahead\s+of|until|for|after|in|on)\s+$")


def bound_direction(context: Context) -> tuple[str | None, str | None]:
    """(mod, direction) from bounding words before the expression, else from tense."""
    bound = _bound(context)
    if bound is not None:
        _, mod, direction = bound
        if direction == DEADLINE:
            past = context.tense == PAST and not POSTPONED.search(context.before)
            return mod, PAST if past else FUTURE
        return mod, direction or context.tense
    if _possessive_past(context):
        return None, PAST
    if context.tense == PRESENT and _is_schedule_verb(context.tense_word):
        return None, FUTURE
    return None, context.tense


# Verbs of a timetable: in the present they look ahead ("the trial opens Monday", "the
# Patriots open the season in September"); other present tenses ("stocks fall Friday" in a
# headline) say nothing about direction.
SCHEDULE_VERBS = {"begin", "start", "open", "resume", "end", "expire", "arrive", "depart",
                  "leave", "return", "meet", "vote", "travel", "visit", "host", "launch",
                  "debut", "premiere", "kick", "take", "go", "head", "face", "hold", "run"}


def _is_schedule_verb(verb_phrase: str) -> bool:
    """True when the phrase ends in a timetable verb in the present: "begin", "opens"."""
    words = verb_phrase.lower().split()
    word = words[-1] if words else ""
    return bool({word, word.removesuffix("s"), word.removesuffix("es")} & SCHEDULE_VERBS)


def direction_reason(context: Context) -> str:
    """Why `bound_direction` looked where it did, in words for a reader."""
    bound = _bound(context)
    if bound is not None:
        return f'"{" ".join(bound[0].group(0).split())}" before it'
    if _possessive_past(context):
        return "a possessive: something already done"
    if context.tense == PRESENT and _is_schedule_verb(context.tense_word):
        return f'"{context.tense_word}", a timetable in the present tense'
    if context.tense:
        return f'the {context.tense} tense of "{context.tense_word}"'
    return "no tense in its clause, so the nearest one"


def dct_date(context: Context) -> date:
    """The publication day."""
    return context.dct.date()


def prefix_mod(prefix: str | None) -> str | None:
    """START, MID or END for "early", "mid" or "late" before an expression."""
    if not prefix:
        return None
    words = re.findall(r"[a-z]+", prefix.lower())
    return next((MODS[w] for w in words if w in MODS), None)


def approx_mod(prefix: str | None) -> str | None:
    """APPROX, MORE_THAN, LESS_THAN... for "about", "more than", "less than"..."""
    return APPROX_MODS.get(re.sub(r"\s+", " ", (prefix or "").strip().lower()))


