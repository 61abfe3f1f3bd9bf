"""The patterns of English temporal expressions, shared by the tagger and the normalizer.

Each rule is a verbose regex with named groups. The tagger runs them over a text to find
spans; the normalizer matches the same rule against one span to read its parts, so an
expression is described once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3,
    "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a dozen": 12, "dozen": 12, "a half": 0.5, "half": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}
VAGUE_NUMBERS = ("several", "few", "a few", "many", "some", "a number of", "numerous",
                 "recent", "the past few", "coming", "next few", "past few")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "last": -1, "final": -1,
}
UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI", "noon": "MI", "midday": "MI"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "boxing day": (12, 26), "st. patrick's day": (3, 17),
}
# Holidays on the n-th weekday of a month: (month, n, ISO weekday); n = -1 is the last.
FLOATING_HOLIDAYS = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, -1, 1), "mother's day": (5, 2, 7), "father's day": (6, 3, 7),
    "martin luther king day": (1, 3, 1), "presidents' day": (2, 3, 1),
}
# Holidays a number of days from a computed day: Easter Sunday, and U.S. Election Day,
# the Tuesday after the first Monday in November.
# "Easter week" is dated by its Monday and named as the ISO week.
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1,
                   "palm sunday": -7, "ash wednesday": -46, "mardi gras": -47, "pentecost": 49,
                   "easter week": -6}
ELECTION_DAY = "election day"
# Shopping days counted from Thanksgiving (the fourth Thursday of November).
THANKSGIVING_DAYS = {"black friday": 1, "cyber monday": 4}


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_MONTH_FULL = ("January|February|March|April|May|June|July|August|September|October"
               "|November|December")
MONTH = (rf"(?-i:(?:{_MONTH_FULL}|{_MONTH_FULL.upper()})"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL"
         r"|AUG|SEPT|SEP|OCT|NOV|DEC)\.?(?=\s*[0-9]))")
MONTH_DOTTED = (r"(?-i:(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
_WEEKDAY_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = rf"(?-i:(?:{_WEEKDAY_FULL}|{_WEEKDAY_FULL.upper()})s?)"
NUMBER_WORD = _alt([w for w in NUMBERS if " " not in w] + ["a couple of", "couple of", "a dozen"])
NUMBER = (rf"(?:[0-9]+\s+1/2|[0-9]+(?:\.[0-9]+)?|(?:{_alt(['twenty', 'thirty', 'forty', 'fifty', 'sixty'])})"
          rf"[- ](?:{_alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])})"
          rf"|{NUMBER_WORD})")
VAGUE = _alt(VAGUE_NUMBERS)
UNIT = (r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year"
        r"|decade|century|centuries|millennium|millennia)")
YEAR = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])(?![0-9]|,[0-9]|\s*(?:%|percent|per\s?cent))"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TWO_DIGITS = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               rf"(?:[\s-](?:{_UNITS_WORDS}))?|{_TEENS_WORDS}|oh[\s-](?:{_UNITS_WORDS}))")
# Years as broadcast transcripts write them: "nineteen ninety-four", "the year two thousand".
SPOKEN_YEAR = (rf"(?:(?:eighteen|nineteen)[\s-](?:hundred|{_TWO_DIGITS})"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS_WORDS}|{_UNITS_WORDS}))?)")
YEAR_ANY = rf"(?:{YEAR}|{SPOKEN_YEAR})"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
POD = r"(?:morning|afternoon|evening|night)"
ORDINAL = _alt([w for w in ORDINALS if w not in ("last", "final")]) + r"|1st|2nd|3rd|4th"
MOD_PREFIX = (r"(?:(?:the\s+)?(?:early|earlier|mid|middle|late|later|end|beginning|start)"
              r"(?:\s+(?:of|in)(?:\s+the)?)?[\s-]+)")
APPROX = r"(?:(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|over" \
         r"|less\s+than|under|at\s+least|up\s+to|at\s+most|no\s+more\s+than)\s+)"
# Before "the past two years", "over" and "under" are prepositions, not bounds.
APPROX_WORDS = r"(?:(?:about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than" \
    r"|at\s+least|up\s+to|at\s+most|no\s+more\s+than)\s+)"
TIME_OF_DAY = (r"(?:(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]){1,2}(?:\s*(?:[ap]\.?\s?m\.?(?![\w])))?"
               r"|(?:1[0-2]|0?[1-9])(?:\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock))"
               r"|(?:1[0-2]|0?[1-9])(?=\s+in\s+the\s+(?:morning|afternoon|evening|night))"
               r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
               r"\s*(?:[ap]\.m\.|[ap]m\b|o'clock)"
               r"|noon|midday|midnight)(?:\s+(?-i:(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT"
               r"|BST|CET|CEST|JST|ET|PT|CT|MT|AEST|AEDT|IST|HKT|SGT)\b)|\s+local\s+time)?")
ANCHOR_WORD = r"(?:this|last|next|past|previous|coming|current|following|same|that|upcoming)"
# Capitalized only: "a good Friday for stocks", "an easter egg" are not holidays.
HOLIDAY = (_alt([*HOLIDAYS, *FLOATING_HOLIDAYS])
           + r"|(?-i:Easter)(?:\s+(?:Sunday|Monday|[Ww]eek))?|(?-i:Good\s+Friday|Election\s+[Dd]ay"
           r"|Palm\s+Sunday|Ash\s+Wednesday|Mardi\s+Gras|Pentecost|Black\s+Friday|Cyber\s+Monday)")


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of temporal expression: its name, TIMEX3 type and pattern."""

    name: str
    type: str
    pattern: re.Pattern[str]


def _rule(name: str, type_: str, body: str) -> Rule:
    return Rule(name, type_, re.compile(rf"(?<![\w'])(?:{body})(?![\w])", re.I | re.X))


RULES: tuple[Rule, ...] = (
    _rule("iso", "DATE", r"""(?P<year>[0-9]{4})-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])
          (?:[T\s](?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?)?"""),
    _rule("numeric", "DATE", r"""(?P<month>1[0-2]|0?[1-9])/(?P<day>[12][0-9]|3[01]|0?[1-9])
          /(?P<year>[0-9]{4}|[0-9]{2})"""),
    _rule("month_day", "DATE", rf"""(?P<mod>{MOD_PREFIX})?(?:(?P<wday>{WEEKDAY}),?\s+)?
          (?P<month>{MONTH})\s+(?P<day>{DAY})(?!\s*(?:%|percent|[0-9]))
          (?:(?:,\s*|\s+)(?P<year>{YEAR}))?"""),
    _rule("day_month", "DATE", rf"""(?:(?P<wday>{WEEKDAY}),?\s+)?(?:the\s+)?
          (?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"""),
    _rule("month_year", "DATE", rf"""(?P<mod>{MOD_PREFIX})?(?P<month>{MONTH}|{MONTH_DOTTED})
          (?:\s+of)?,?\s+(?P<year>{YEAR_ANY})"""),
    _rule("month", "DATE", rf"""(?P<mod>{MOD_PREFIX})?(?:(?P<anchor>{ANCHOR_WORD})\s+)?
          (?P<month>{MONTH})(?!\s+[0-9])(?:\s+(?P<year_anchor>last|this|next)\s+year\b)?"""),
    _rule("weekday", "DATE", rf"""(?:(?P<anchor>{ANCHOR_WORD})\s+)?(?P<wday>{WEEKDAY})
          (?:(?P<plural>(?<=s))|)(?:\s+(?P<pod>{POD}))?
          (?:,?\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?"""),
    _rule("time", "TIME", rf"""(?P<tapprox>(?:about|around|approximately|roughly)\s+)?
          (?:(?P<wday0>{WEEKDAY})\s+)?(?P<time>{TIME_OF_DAY})
          (?:\s+(?P<wday>{WEEKDAY}|today|tomorrow|yesterday|tonight)
          |,?\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?
          (?:\s+(?:in\s+the\s+)?(?P<pod>morning|afternoon|evening|night))?"""),
    _rule("decade", "DATE", rf"""(?P<mod>{MOD_PREFIX})?(?:the\s+)?
          (?:(?P<decade>1[5-9][0-9]0|20[0-9]0)'?s|'(?P<short>[0-9]0)s|(?P<word>{_alt(DECADE_WORDS)}))"""),
    _rule("century", "DATE", rf"""(?P<mod>{MOD_PREFIX})?(?:the\s+)?
          (?P<nth>{ORDINAL}|[0-9]{{1,2}}(?:st|nd|rd|th))[\s-]+century"""),
    _rule("quarter", "DATE", rf"""(?:(?P<anchor>this|last|next|the\s+(?:latest|current|previous|past|same|year-earlier|year-ago))\s+
          (?:year's\s+)?)?(?:the\s+)?(?:(?P<fiscal>fiscal)\s+)?(?:(?P<nth>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+)
          (?:fiscal\s+)?quarter(?:\s+of\s+(?:(?:fiscal|the\s+year)\s+)?(?P<year>{YEAR}))?
          |(?P<qyear>{YEAR})\s+(?P<qnth>first|second|third|fourth)[\s-]quarter
          |Q(?P<qnum>[1-4])(?:\s+(?P<qyear2>{YEAR}))?"""),
    _rule("half", "DATE", rf"""the\s+(?P<which>first|second|last|latter|final)\s+half\s+of\s+
          (?:(?P<year>{YEAR})|(?P<anchor>this|last|next)\s+year|the\s+(?P<hfiscal>fiscal\s+)?year)
          |the\s+(?P<bare>first|second)\s+half(?![\w-]|\s+of\b)
          |the\s+(?P<part>first|last|final)\s+(?P<months>three|six|3|6)\s+months\s+of\s+
          (?:(?P<year2>{YEAR})|(?P<anchor2>this|last|next)\s+year|the\s+year)"""),
    _rule("fiscal", "DATE", rf"""(?:fiscal(?:\s+year)?|FY)\s*(?P<year>{YEAR}|'?[0-9][0-9])"""),
    _rule("season", "DATE", rf"""(?P<mod>{MOD_PREFIX})?(?:(?:the\s+(?=previous|following|same|next))?(?P<anchor>{ANCHOR_WORD})\s+)?
          (?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR_ANY})|\s+(?P<year_anchor>last|this|next)\s+year\b)?"""),
    _rule("year", "DATE", rf"""(?P<mod>{MOD_PREFIX})?(?:the\s+year\s+)?(?P<year>{YEAR})
          (?:'s)?|(?:the\s+year\s+)?(?P<spoken>(?:eighteen|nineteen)[\s-](?:hundred|{_TWO_DIGITS}))
          |the\s+year\s+(?P<spoken2>{SPOKEN_YEAR})"""),
    _rule("holiday", "DATE", rf"""(?:(?P<anchor>this|last|next)\s+)?(?P<name>{HOLIDAY})
          (?:\s+(?P<year>{YEAR}))?"""),
    _rule("deictic", "DATE", r"""(?P<mod>(?:(?:early|late|earlier|later)\s+)?)
          (?P<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday
          |the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?"""),
    _rule("this_pod", "TIME", r"""(?:(?:early|late|earlier|later)\s+)?
          (?P<anchor>this|last|yesterday|tomorrow|that)\s+(?P<pod>morning|afternoon|evening|night)
          |(?P<word>overnight)|(?P<mid>mid[\s-]?(?:morning|afternoon|day))(?:\s+(?P<mid_day>yesterday|today|tomorrow))?"""),
    _rule("relative", "DATE", r"""(?P<mod>(?:(?:early|earlier|mid|late|later|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?)
          (?:(?P<anchor>this|last|next|past|previous|coming|current|following|same|that|upcoming)\s+
          (?P<unit>week|weekend|month|quarter|year|decade|century)
          |(?P<day_anchor>that|the\s+same|that\s+same)\s+(?P<day_unit>day)(?!-))(?P<poss>'s)?
          |(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\baround\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bsince\s))
          (?P<end_unit>year|month|week)(?:[\s-]end|'s\s+end)(?![\w-])
          |(?P<end2>the\s+end\s+of\s+the\s+)(?P<end_fiscal>fiscal\s+)?(?P<end_unit2>year|month|week|decade|century)(?![\w-])
          |(?P<in_mod>earlier|later|early|late)\s+in\s+the\s+(?P<in_unit>week|month|year)(?![\w-])"""),
    _rule("ago", "DATE", rf"""(?P<approx>{APPROX})?(?P<num>{NUMBER}|{VAGUE})[\s-]+
          (?P<unit>{UNIT})s?\s+(?P<dir>ago|earlier|later|before|after|hence|from\s+now|since)
          (?:(?<=ago)\s+(?P<this>this\s+(?:week|month)|today|yesterday))?"""),
    _rule("unit_ago", "DATE", rf"""(?P<unit>{UNIT})s?\s+(?P<dir>ago|earlier|later)"""),
    _rule("the_next", "DATE", r"""the\s+(?P<anchor>next|following|previous|same|prior)\s+
          (?P<unit>day|week|month|year|morning|afternoon|evening|night)
          |the\s+(?P<unit2>day|week|month|year)\s+(?P<side>before|after)(?=\s*(?:[.,;:)'"]|$))"""),
    _rule("duration_past", "DURATION", rf"""(?P<approx>{APPROX_WORDS})?the\s+(?P<anchor>past|last|next|previous|coming|first|final|recent)\s+
          (?:(?P<num>{NUMBER}|{VAGUE})\s+)?(?P<unit>{UNIT})s?"""),
    _rule("duration", "DURATION", rf"""(?P<approx>{APPROX})?(?:a\s+mere\s+)?
          (?P<num>{NUMBER}|{VAGUE})(?P<hyphen>[\s-]+)(?:(?:and\s+a\s+half|more|full|straight|consecutive)\s+)?
          (?P<unit>{UNIT})s?(?:[\s-]+long)?(?P<half>\s+and\s+a\s+half)?
          (?:,?\s+and\s+(?P<num2>[0-9]+|{NUMBER_WORD})\s+(?P<unit2>{UNIT})s?\b)?"""),
    _rule("unit_plural", "DURATION", r"""(?P<unit>hours|days|weeks|months|years|decades|centuries)
          (?=\s+(?:of|ago|earlier|later))|(?P<unit2>decades|centuries)(?:[\s-]long)?
          |(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)
          |(?<=\btaken\s)|(?<=\bspend\s)|(?<=\bspent\s)|(?<=\blasted\s)|(?<=\blast\s)
          |(?<=\bwaited\s))(?P<unit3>hours|days|weeks|months|years)(?![\w-])
          |(?<=\bover\s)the\s+(?P<unit4>years|decades)(?![\w-])
          |the\s+(?P<unit5>days|weeks|months|years)\s+ahead"""),
    _rule("set", "SET", rf"""(?:every|each|per)\s+(?:other\s+|single\s+)?
          (?P<unit>{UNIT}|(?P<wday>{WEEKDAY})(?:\s+(?P<set_pod>morning|afternoon|evening|night))?
          |(?P<season>{SEASON})|(?P<month>{MONTH})(?!\s+[0-9])
          |(?P<every_pod>morning|afternoon|evening|night))
          |every\s+(?P<every_num>{NUMBER})[\s-]+(?P<every_unit>{UNIT})s
          |(?P<adverb>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually)
          |(?P<wdays>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))"""),
    # TimeML leaves out "previously", "soon", "so far", "eventually": they order events
    # without naming a time, so they are not expressions here either.
    _rule("reference", "DATE", r"""(?P<present>now|currently|current|nowadays|at\s+present
          |the\s+present|these\s+days|right\s+now)
          |(?P<past>the\s+past|recently|recent\s+(?:years|months|weeks|days)
          |(?<=\bat\s)the\s+time(?!\s+(?:of|when|being|that))(?![\w-]))
          |(?P<then>(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s))then(?![\w-]))
          |(?P<future>the\s+(?:near\s+)?future|going\s+forward
          |the\s+coming\s+(?:years|months|weeks|days))"""),
    # Bare "the quarter", "the year", "the weekend" are dated; "the day", "the week"
    # need a qualifier ("the same day"), bare they are mostly not about one time.
    _rule("period", "DATE", rf"""the\s+(?:(?:same|corresponding|comparable)\s+)?(?P<cunit>quarter|period)
          \s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b
          |(?:last\s+year's|the\s+comparable\s+year-(?:ago|earlier))\s+(?P<lunit>quarter|period)
          |the\s+(?:(?P<which>latest|current|same|comparable|year-earlier
          |year-ago|full|recent|previous|prior|just-ended|just\s+ended|latest\s+fiscal)\s+)
          (?P<unit>quarter|period|year|week|weekend|month|day)(?!-)
          |the\s+(?P<bare>quarter|year|weekend)(?![-\w])
          |(?P<adj>year-earlier|year-ago)
          |the\s+(?P<pyear>{YEAR})\s+(?P<punit>quarter|period)"""),
    # The second day of "April 24 and 25": a bare number after a month-day and "and"/"or"
    # (the handler checks that a month-day does come before).
    _rule("day_and", "DATE", r"""(?:(?<=[0-9]\sand\s)|(?<=[0-9]\sor\s)|(?<=[0-9],\s))
          (?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9%-]|[.,][0-9])
          (?=\s*(?:$|[.,;:)'"]|(?:and|or|in|at|on|to|when|with|for|as|of|the|respectively)\b))"""),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}


def match_rule(name: str, text: str, before: str = "", after: str = "") -> re.Match[str] | None:
    """The match of rule `name` over the whole of `text`, if any.

    before/after: the text around it, for rules that look around ("for [years]").
    """
    pattern = RULES_BY_NAME[name].pattern
    m = pattern.fullmatch(text)
    if m is not None or not (before or after):
        return m
    around = before + text + after
    start = len(before)
    for m in pattern.finditer(around, start):
        if m.start() > start:
            break
        if around[start:m.end()].rstrip(" \t\n,-") == text:
            return m
    return None


def year_number(text: str) -> int:
    """The year `text` names: "1998", "nineteen ninety-eight", "two thousand and one"."""
    words = re.sub(r"[\s-]+", " ", text.strip().lower()).replace(" and ", " ").split()
    if len(words) == 1:
        return int(words[0])
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(sum(NUMBERS[w] for w in words[2:]))
    century = int(NUMBERS[words[0]]) * 100
    rest = [w for w in words[1:] if w not in ("hundred", "oh")]
    return century + int(sum(NUMBERS[w] for w in rest))


def word_number(word: str) -> float | None:
    """The number a numeral or number word stands for; None for vague words."""
    key = re.sub(r"\s+", " ", word.strip().lower())
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", key):
        return float(key)
    if re.fullmatch(r"[0-9]+ 1/2", key):
        return float(key.split()[0]) + 0.5
    if key in NUMBERS:
        return float(NUMBERS[key])
    tens, _, unit = key.replace("-", " ").partition(" ")
    if tens in NUMBERS and unit in NUMBERS:
        return float(NUMBERS[tens] + NUMBERS[unit])
    return None
