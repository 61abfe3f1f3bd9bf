"""The English of temporal expressions: word tables, the regex pieces built from them, lookups.

Every stage reads its English words from here (the rules and their readings, the direction
and anchor policies, the publication-date inference, datelines), so that another variety
of English, or another language, is a new table rather than a fork of the code. Words and
patterns that only one rule reads (the names of holidays) live with that rule in
`timeline.rules`; the words of events (event nouns, verb classes) in `timeline.eventwords`;
the words the publication-date inference reads, and the zones of clock times, in
`timeline.dctwords`.
"""

from __future__ import annotations

import re
from typing import Iterable

# --- calendar words -----------------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = ("january", "february", "march", "april", "may", "june",
               "july", "august", "september", "october", "november", "december")
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
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI", "noon": "MI", "midday": "MI"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
# Unit words and the unit codes the readings carry (TIMEX3 letters; DE decade, CE century,
# ML millennium, WE weekend, 2W fortnight).
UNIT_CODES = {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D",
              "week": "W", "weekend": "WE", "fortnight": "2W", "month": "M",
              "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
              "centuries": "CE", "millennium": "ML", "millennia": "ML"}
# Short unit words of posts and messages ("1hr", "4 min", "nxt yr") and their unit codes.
SHORT_UNITS = {"hr": "H", "hrs": "H", "min": "MIN", "mins": "MIN", "sec": "S", "secs": "S",
               "wk": "W", "wks": "W", "yr": "Y", "yrs": "Y", "mth": "M", "mths": "M"}
# Adverbs of a set: every so many units ("quarterly": every 3 months).
SET_ADVERBS = {"daily": (1, "D"), "nightly": (1, "D"), "weekly": (1, "W"), "biweekly": (2, "W"),
               "monthly": (1, "M"), "quarterly": (3, "M"), "yearly": (1, "Y"),
               "annually": (1, "Y"), "semiannually": (6, "M"), "hourly": (1, "H")}

# --- words that place or bound an expression ----------------------------------------------

MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
        "middle": "MID", "late": "END", "end": "END"}
APPROX_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
               "roughly": "APPROX", "nearly": "APPROX", "almost": "APPROX", "some": "APPROX",
               "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
               "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
               "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS"}
# "June last year", "the first half of next year": the year the anchor word names.
YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
# "August of that year", "March of the following year": years from the story's year.
STORY_YEAR_SHIFT = {"that": 0, "same": 0, "following": 1, "previous": -1}
STORY_YEAR = "that|same|following|previous"
# Words that point ahead of, or back from, where they count from.
PLUS_WORDS = {"next", "coming", "following", "upcoming", "later", "after", "hence",
              "from now"}
MINUS_WORDS = {"last", "past", "previous", "prior", "ago", "earlier", "before"}
# Days away from the publication date that deictic words name.
DAY_SHIFT = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}
# "two days later", "three weeks after the vote": counted from the story's time, not now.
NARRATIVE_DIRS = {"earlier", "later", "before", "after", "since"}
# Words TimeML tags as a SIGNAL, outside the expression: "[three days] after the vote".
SIGNAL_DIRS = {"later", "before", "after", "since"}
# Words before a count that make it the length its event lasts, not a day counted to:
# "continued for [two days] after the election", "lasted [two weeks] after June 12", "runs
# for [two weeks] from Friday".
LASTING = re.compile(r"(?i)\b(?:for|over|during|throughout|within|in\s+the|lasts|lasted"
                     r"|lasting|(?:will|would|to|could|should|may|might|can)\s+last)\s+"
                     r"(?:about\s+|nearly\s+|almost\s+|some\s+|only\s+|just\s+)?$")
# Verbs of a forecast: "expects second-quarter revenue" is of a quarter still to come.
FORECAST_VERBS = re.compile(r"(?i)\b(?:expect|forecast|project|predict|sees?\b|estimat|anticipat"
                            r"|guid|target)")
REPORT_WORDS = re.compile(r"\b(?:quarter|period|earnings|profit|net|revenue|sales|income"
                          r"|results|loss|per share|a share)\b")
# An amount of money: "from $93.3 million [a year earlier]" compares reported figures.
MONEY = re.compile(r"[$€£¥]\s?\d|\b\d[\d.,]*\s+(?:million|billion)\b")
# Verbs of saying: "..., authorities said Sunday" dates the telling, not the story.
ATTRIBUTION_VERBS = {"said", "says", "say", "told", "tells", "tell", "added", "adds", "stated"}
# Verbs of a timetable: in the present they look ahead ("the trial opens Monday", "the
# Patriots open the season in September"); other present tenses ("stocks fall Friday" in a
# headline) say nothing about direction.
SCHEDULE_VERBS = {"begin", "start", "open", "resume", "end", "expire", "arrive", "depart",
                  "leave", "return", "meet", "vote", "travel", "visit", "host", "launch",
                  "debut", "premiere", "kick", "take", "go", "head", "face", "hold", "run"}
DEADLINE = "deadline"
# Words just before an expression that bound it ("as early as Thursday"): the pattern, the
# TIMEX3 mod it gives and the direction it points (DEADLINE: ahead unless told as past).
BOUND_BEFORE = (
    (re.compile(r"(?i)\b(?:as\s+early\s+as|as\s+soon\s+as|no\s+earlier\s+than)\s*$"),
     "ON_OR_AFTER", "future"),
    (re.compile(r"(?i)\b(?:no\s+later\s+than|as\s+late\s+as)\s*$"), "ON_OR_BEFORE", None),
    (re.compile(r"(?i)\bearlier\s*$"), None, "past"),
    # Deadlines and schedules look ahead ("payable Dec. 7", "by Jan. 14", "extended to"),
    # unless the clause tells of them as past ("had not called him until Thursday").
    (re.compile(r"(?i)\b(?:payable|effective|due|expires?|extended\s+to|deadline\s+(?:of|is))"
                r"\s+(?:on\s+)?$"), None, "future"),
    (re.compile(r"(?i)\b(?:by|until|till|through)\s+(?:on\s+)?$"), None, DEADLINE),
    # An event called or set "for" a date is ahead of the calling: "a snap election for June 8"
    (re.compile(r"(?i)\b(?:election|vote|referendum|ballot|hearing|trial|meeting|summit|talks"
                r"|session|ceremony|launch|deadline|appointment|date|(?:planned|scheduled|slated"
                r"|set|booked|penciled|pencilled)(?:\s+to\s+(?:begin|start|open|end))?)s?"
                r"\s+for\s+$"), None, "future"),
    (re.compile(r"(?i)\blater\s*$"), None, "future"),
)
# A past verb that moves something ahead: "postponed until Tuesday" is still to come.
POSTPONED = re.compile(r"(?i)\b(?:postpone|delay|extend|adjourn|defer|put\s+off|push(?:ed)?\s+back"
                       r"|recess|gave|given|grant|has|have|had\s+until)\w*\s+(?:\S+\s+){0,4}?"
                       r"(?:until|till|to|by|through)\s+(?:on\s+)?$")
# A plan told in the past perfect was overtaken: "it had been due to expire Friday" (and
# was extended) lies before publication, though "due to expire" alone looks ahead.
OVERTAKEN = re.compile(r"(?i)\bhad\s+(?:been\s+)?(?:due|scheduled|slated|set|planned|expected"
                       r"|supposed)\b[^.;!?]*$")
# A plan said to have come first was given up: "the trial, [originally set for] March 3,
# was postponed"; its date may lie on either side of publication, so "set for" points no way.
SUPERSEDED = re.compile(r"(?i)\b(?:originally|initially|previously|first|once)\s+(?:been\s+)?"
                        r"(?:due|scheduled|slated|set|planned|expected|supposed)\b[^.;!?]*$")
# "under a [June] agreement", "the [Aug. 7] bombings": a date between a determiner and a
# noun of a happening names something done, unless the noun is of an event one schedules
# ("the [June] meeting", "the [Jan. 14] deadline"), which may still be ahead.
ATTRIBUTIVE = re.compile(r"(?i)(?:^|\s)(?:a|an|the|its|their|his|her|our|whose)\s+$")
# the noun, or a modifier and the noun: "[June] agreement", "[Aug. 7] terrorist blasts"
NOUN_AFTER = re.compile(r"^\s+(?P<first>[a-z]+(?:-[a-z]+)?)(?:\s+(?P<second>[a-z]+))?\b")
# Words after a noun that end its phrase: "a June agreement [with]".
PHRASE_END = frozenset("""
with of to and or in on at for by from that which who was were is are has had have will
would could said says as but than between among after before over under about into
""".split())
SCHEDULED_NOUNS = frozenset("""
auction briefing broadcast campaign celebration ceremony championship concert conference
contest date deadline debate debut departure arrival election festival final finals flight
funeral game hearing inauguration interview journey launch march match meeting mission
negotiation offering opening payment premiere race rally referendum release repayment
return sale session speech summit talk talks test tour tournament trial trip visit vote
voyage wedding expiration maturity closing
""".split())
# "Thursday's closing price": a possessive date names something already done,
# unless the noun says it is still ahead.
POSSESSIVE_PAST = re.compile(r"(?i)^['’]s\s+(?!(?:scheduled|planned|upcoming|expected|proposed)\b)")
EVENT_TIME_BEFORE = re.compile(r"(?i)\b(?:during|at|before|ahead\s+of|until|for|after|in|on)\s+$")
# "the highest level since September 2013": a record's starting point, not a time the
# story moves to ("from a year earlier" after it still means the month just reported).
COMPARED_SINCE = re.compile(
    r"(?i)\b(?:highest|lowest|largest|biggest|smallest|most|least|first|best|worst|strongest"
    r"|weakest|fastest|slowest|sharpest|steepest|deepest|greatest|longest|shortest)\b"
    r"[^.;]{0,50}\bsince\s+$")
# A year written in an expression ("1998", "'90s", "nineteen ninety", "two thousand").
YEAR_IN_TEXT = re.compile(r"(?i)\b(?:1[5-9][0-9]{2}|20[0-9]{2})\b|'[0-9]{2}s?\b"
                          r"|\b(?:eighteen|nineteen)[\s-]+\w|\btwo\s+thousand\b")

# Spellings of "today", "tomorrow", "tonight", "yesterday" in posts, and the day each names.
SHORT_DAYS = {"tmr": 1, "tmrw": 1, "tmrow": 1, "tmro": 1, "trmw": 1, "tomo": 1, "tomolo": 1,
              "tomoz": 1, "2moro": 1, "2morrow": 1, "2mrw": 1, "tdy": 0, "2day": 0,
              "tonite": 0, "2nite": 0, "ystd": -1, "yday": -1}
# Those of SHORT_DAYS that say "tonight", not only "today".
SHORT_TONIGHT = frozenset({"tonite", "2nite"})

# --- words that make a match no expression -----------------------------------------------

# A lone month or season word that is more often a verb or modal ("May", "fall").
AMBIGUOUS_MONTHS = {"may", "march", "august", "june", "april"}
SEASON_VERBS = {"fall", "spring"}
# Capitalized words that frame a date rather than name it: "Since May", "Last spring";
# and those that greet a month or say it has come: "Hello February", "It's July".
FRAME_WORDS = {"In", "Since", "By", "Until", "Till", "Through", "During", "From", "Of", "On",
               "For", "Last", "Next", "This", "That", "Early", "Late", "Mid", "Every", "Each",
               "Before", "After", "Between", "And", "Or", "But", "Then", "Also", "Only",
               "Around", "About", "Earlier", "Later", "Past", "The", "A", "As", "At", "To",
               "Than", "Because", "When", "Whole", "Entire", "Most", "All",
               "Hello", "Goodbye", "Bye", "Welcome", "It's", "Its"}
# Money or a number just before: "$1998", "No. 2000", "3.1990".
MONEY_BEFORE = re.compile(r"(?:[$£€¥#]|\d[.,]|\bNo\.\s?)$")
# Counted nouns after a number that is not a year: "1,500 people", "2000 troops".
COUNTED_NOUNS = ("people|persons|troops|soldiers|workers|jobs|shares|units|cars|homes|votes|"
                 "members|students|employees|residents|tons|miles|feet|meters|kilometers|acres|"
                 "points|barrels|dollars|yen|euros|marks|francs|cases|deaths|copies|words|pages|"
                 "calories")


# --- triggers: a word (lower case) that every match of a kind of expression contains ---------

DIGITS = tuple("0123456789")
MONTH_TRIGGER = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
UNIT_TRIGGER = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month",
                "quarter", "year", "decade", "centur", "millenni")


# --- regex pieces -------------------------------------------------------------------------

def alternation(words: Iterable[object]) -> str:
    """A regex alternation of `words`, longest first, escaped."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_MONTH_FULL = ("January|February|March|April|May|June|July|August|September|October"
               "|November|December")
# Lower-case month names that are not also words ("may", "march", names like "june").
_MONTH_LOWER = "january|february|july|september|october|november|december"
MONTH = (rf"(?-i:(?:{_MONTH_FULL}|{_MONTH_FULL.upper()}|{_MONTH_LOWER})"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL"
         r"|AUG|SEPT|SEP|OCT|NOV|DEC)\.?(?=\s*[0-9]))")
MONTH_DOTTED = (r"(?-i:(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
# A month as a dateline prints it: "Aug. 5", "August 5".
DATELINE_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October"
                  r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
# The weekdays' names as written in running text, capitalized (an alternation).
WEEKDAY_NAME = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = rf"(?-i:(?:{WEEKDAY_NAME}|{WEEKDAY_NAME.upper()}|{WEEKDAY_NAME.lower()})s?)"
NUMBER_WORD = alternation([w for w in NUMBERS if " " not in w]
                          + ["a couple of", "couple of", "a dozen"])
# "10,000 years", "2.5 million years", "two hundred years ago": groups of three digits, a scale.
SCALES = {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
NUMBER = (rf"(?:(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+\s+1/2|[0-9]+(?:\.[0-9]+)?|(?:{alternation(['twenty', 'thirty', 'forty', 'fifty', 'sixty'])})"
          rf"[- ](?:{alternation(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])})"
          rf"|{NUMBER_WORD})(?:\s+(?:{alternation(SCALES)})(?![\w-]))?)")
VAGUE = alternation(VAGUE_NUMBERS)
UNIT = (r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year"
        r"|decade|century|centuries|millennium|millennia)")
YEAR = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])(?![0-9]|,[0-9]|\s*(?:%|percent|per\s?cent))"
# The letters of the era before the common era, in capitals: "490 BC", "149 B.C", "BCE".
BC_WORDS = r"BC|B\.C\.E\.|B\.C\.?|BCE"
BC_ERA = rf"(?-i:{BC_WORDS})"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TWO_DIGITS = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              rf"(?:[\s-](?:{_UNITS_WORDS}))?|{_TEENS_WORDS}|oh[\s-](?:{_UNITS_WORDS}))")
# Years as broadcast transcripts write them: "nineteen ninety-four", "the year two thousand".
SPOKEN_YEAR = (rf"(?:(?:eighteen|nineteen)[\s-](?:hundred|{TWO_DIGITS})"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS_WORDS}|{_UNITS_WORDS}))?)")
YEAR_ANY = rf"(?:{YEAR}|{SPOKEN_YEAR})"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
POD = r"(?:morning|afternoon|evening|night)"
ORDINAL = alternation([w for w in ORDINALS if w not in ("last", "final")]) + r"|1st|2nd|3rd|4th"
MOD_PREFIX = (r"(?:(?:the\s+)?(?:early|earlier|mid|middle|late|later|end|beginning|start)"
              r"(?:\s+(?:of|in)(?:\s+the)?)?[\s-]+)")
APPROX = r"(?:(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|over" \
         r"|less\s+than|under|at\s+least|up\s+to|at\s+most|no\s+more\s+than)\s+)"
# "a month or so", "two years or so ago": about that long (`count_mod`).
OR_SO = r"\s+or\s+so(?![\w-])"
# Before "the past two years", "over" and "under" are prepositions, not bounds.
APPROX_WORDS = r"(?:(?:about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than" \
    r"|at\s+least|up\s+to|at\s+most|no\s+more\s+than)\s+)"
# A time of day as written: "10:35 a.m.", "430pm", "1800 hours", "4 in the morning", and a
# post's "5+am" (just past five), written as its hour.
TIME_OF_DAY = (r"(?:(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]){1,2}(?:\s*(?:[ap]\.?\s?m\.?(?![\w])"
               r"|hrs?\b))?"
               r"|(?:1[0-2]|0?[1-9])\.?[0-5][0-9]\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
               r"|(?<!for\s)(?<!than\s)(?:[01][0-9]|2[0-3])[0-5][0-9]\s+(?:hours|hrs)\b(?!\s+of\b)"
               r"|(?:1[0-2]|0?[1-9])\+?(?:\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock))"
               r"|(?:1[0-2]|0?[1-9])(?=\s+in\s+the\s+(?:morning|afternoon|evening|night))"
               r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
               r"\s*(?:[ap]\.m\.|[ap]m\b|o'clock)"
               r"|noon|midday|midnight)(?:\s+(?-i:(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT"
               r"|BST|CET|CEST|JST|ET|PT|CT|MT|AEST|AEDT|IST|HKT|SGT)\b)|\s+local\s+time)?")
ANCHOR_WORD = r"(?:this|last|next|past|previous|coming|current|following|same|that|upcoming)"


# "the end of the fiscal year on June 30", "the fiscal year ending Sept. 30"
FISCAL_END = re.compile(rf"(?i)^\s*,?\s*(?:on|ending|that\s+ends|which\s+ends)\s+"
                        rf"(?P<month>{MONTH})\s+(?P<day>[0-9]{{1,2}})")


# --- lookups ------------------------------------------------------------------------------

def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation as the rules match it ("Sept.", "JUNE").

    Raises: KeyError for a word that is not a month.
    """
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """ISO 1-7 for a weekday name, singular or plural ("Fridays"), full or short with or
    without its period ("Thurs.", "tues").

    Raises: KeyError for a word that is not a weekday.
    """
    key = word.lower().rstrip(".")
    return WEEKDAYS.get(key) or WEEKDAYS[key.rstrip("s")]


def unit_code(word: str) -> str:
    """The unit code of a unit word, singular or plural: "weeks" -> "W"."""
    key = word.lower()
    return UNIT_CODES.get(key) or UNIT_CODES[key.rstrip("s")]


def words(text: str | None) -> str:
    """`text` lower-cased with its runs of white space made single spaces."""
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def prefix_mod(prefix: str | None) -> str | None:
    """START, MID or END for "early", "mid" or "late" before an expression."""
    if not prefix:
        return None
    found = re.findall(r"[a-z]+", prefix.lower())
    return next((MODS[w] for w in found if w in MODS), None)


def approx_mod(prefix: str | None) -> str | None:
    """APPROX, MORE_THAN, LESS_THAN... for "about", "more than", "less than"..."""
    return APPROX_MODS.get(words(prefix))


def count_mod(m: re.Match[str]) -> str | None:
    """The bound of a count: its prefix's ("about", "more than": group `approx`), or APPROX
    for "or so" after its unit (group `or_so`: "a month or so", TimeBank's APPROX)."""
    return approx_mod(m["approx"]) or ("APPROX" if m["or_so"] else None)


def fiscal_end(after: str) -> tuple[int, int] | None:
    """The month and day a fiscal year ends on, when the words after it say ("on June 30")."""
    m = FISCAL_END.match(after)
    return (month_number(m["month"]), int(m["day"])) if m else None


def year_number(text: str) -> int:
    """The year `text` names: "1998", "nineteen ninety-eight", "two thousand and one"."""
    spoken = re.sub(r"[\s-]+", " ", text.strip().lower()).replace(" and ", " ").split()
    if len(spoken) == 1:
        return int(spoken[0])
    if spoken[:2] == ["two", "thousand"]:
        return 2000 + int(sum(NUMBERS[w] for w in spoken[2:]))
    century = int(NUMBERS[spoken[0]]) * 100
    rest = [w for w in spoken[1:] if w not in ("hundred", "oh")]
    return century + int(sum(NUMBERS[w] for w in rest))


def word_number(word: str) -> float | None:
    """The number a numeral or number word stands for; None for vague words."""
    key = re.sub(r"\s+", " ", word.strip().lower()).replace(",", "")
    head, _, scale = key.rpartition(" ")
    if head and scale in SCALES:  # "2.5 million", "two hundred"
        base = word_number(head)
        return None if base is None else base * SCALES[scale]
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
