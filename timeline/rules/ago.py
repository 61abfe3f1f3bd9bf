"""The rule for counts of units from an anchor: "two days ago", "three weeks later", "a year
earlier", "several months before", "[three days] after the vote", "twenty-five years ago
this week", "two weeks from Friday"."""

from __future__ import annotations

import re

from timeline.errors import NormalizationError
from timeline.lexicon import (
    APPROX, DAY, LASTING, MONEY, MONTH, NUMBER, OR_SO, REPORT_WORDS, SHORT_UNITS, UNIT, VAGUE,
    WEEKDAY, YEAR, count_mod, unit_code, word_number, words,
)
from timeline.readings import (
    Ago, Context, DayDate, DayWord, Example, Reading, Rule, Weekday, rule_pattern,
)

# "rose 5% in March from [a year earlier]": a comparison with the same period a year before.
_COMPARED = re.compile(r"(?i)\b(?:from|than|over|versus|vs\.|compared\s+with|against)\s+$")
# "voted Tuesday, [two days after] the House did": counted from an event the text does not date.
_APPOSITIVE = re.compile(r"[,;(]\s*(?:just|only|barely|some|about|nearly|almost|more\s+than"
                         r"|less\s+than)?\s*$")
# Units an anniversary counts in: "a week ago today", "25 years ago this week".
_ANNIVERSARY_UNITS = {"D", "W", "2W", "WE", "M", "Y", "DE", "CE", "ML"}


def _read_ago(m: re.Match[str], context: Context) -> Reading:
    count = word_number(m["num"])
    unit = SHORT_UNITS[m["short"].lower()] if m["short"] else unit_code(m["unit"])
    this = words(m["this"]) or None
    if this and (count is None or count != int(count) or unit not in _ANNIVERSARY_UNITS):
        raise NormalizationError(f"{m[0]!r} names no whole count of days, weeks, months or years")
    return Ago(count=count, unit=unit, word=words(m["dir"]),
               keep=len(m.string[m.start():m.start("dir")].rstrip()), this=this,
               compared=bool(_COMPARED.search(context.before)),
               report=bool(REPORT_WORDS.search(f"{context.before} {context.after}".lower())
                           or MONEY.search(context.before)),
               appositive=bool(_APPOSITIVE.search(context.before)),
               lasting=bool(LASTING.search(context.before)), mod=count_mod(m))


# The rules that read the day a count is counted from: "today", "Friday", "June 12".
_BASE_RULES = ("deictic", "weekday", "month_day")


def _read_count_from(m: re.Match[str], context: Context) -> Reading:
    """ "two weeks from Friday": the day that many units after the day named."""
    base = next((found for rule in _BASE_RULES if context.lookup is not None
                 and (found := context.lookup(rule, m["base"])) is not None), None)
    count = word_number(m["num"])
    if base is None or count is None or count != int(count):
        raise NormalizationError(f"{m[0]!r} counts no whole number of units from a day")
    return Ago(count=count, unit=unit_code(m["unit"]), word="from", base=base, mod=count_mod(m))


def _is_lasting(text: str, start: int, end: int) -> bool:
    """ "runs for [two weeks from Friday]", "lasted two weeks from June 12": a stretch that
    starts on the day named, a length and a date, not the day it ends on."""
    if _SET_FOR.search(text, max(0, start - 30), start):
        return False  # "The vote is set for [two weeks from Friday]": a day fixed
    return bool(LASTING.search(text, max(0, start - 30), start)
                or _LASTING_VERB.search(text, max(0, start - 30), start))


# A day something is fixed for: "scheduled for", "set for", "postponed for" name the day,
# not a stretch.
_SET_FOR = re.compile(r"(?i)\b(?:scheduled|rescheduled|set|slated|planned|postponed|moved"
                      r"|pushed\s+back|due|called|booked)\s+for\s+$")


# A verb of lasting or of a term, or a determiner, right before the count: "runs two weeks
# from Friday", "[the 12 months from June 1]" (a stretch named).
_LASTING_VERB = re.compile(r"(?i)\b(?:runs?|ran|running|continues?|continued|remains?"
                           r"|ha[sdv]e?|given|gets?|got"
                           r"|remained|stays?|stayed|extends?|extended|valid|open|good"
                           r"|the|those|these|its|their|his|her|our)\s+$")


RULES = (
    # a post's "1hr ago", "1+ hr ago" (more than an hour: the hour is what it counts)
    Rule("ago", "DATE", rule_pattern(rf"""(?P<approx>{APPROX})?(?P<num>{NUMBER}|{VAGUE})
          (?:(?<=[0-9])\+?\s*(?P<short>hr|min|sec|wk|yr|mth)|[\s-]+(?P<unit>{UNIT}))s?
          (?P<or_so>{OR_SO})?\s+(?P<dir>ago|earlier|later|before|after|hence|from\s+now|since)
          (?:(?<=ago)\s+(?P<this>this\s+(?:week|month)|today|yesterday))?"""), 190, _read_ago,
         (Example("two years ago", Ago(count=2.0, unit="Y", word="ago", keep=9)),
          Example("a few days later", Ago(count=None, unit="D", word="later", keep=10)),
          Example("two hundred years ago", Ago(count=200.0, unit="Y", word="ago", keep=17)),
          Example("10,000 years ago", Ago(count=10000.0, unit="Y", word="ago", keep=12)),
          Example("about a week ago", Ago(count=1.0, unit="W", word="ago", keep=12,
                                          mod="APPROX")),
          # "or so" makes the count approximate, like "about"
          Example("a week or so ago", Ago(count=1.0, unit="W", word="ago", keep=12,
                                          mod="APPROX")),
          Example("a year earlier", Ago(count=1.0, unit="Y", word="earlier", keep=6,
                                        compared=True), before="rose 5% from "),
          Example("A week ago today", Ago(count=1.0, unit="W", word="ago", keep=6,
                                          this="today")),
          Example("1+ hr ago", Ago(count=1.0, unit="H", word="ago", keep=5)),
          # the length an event lasts: no day counted to
          Example("two weeks after", Ago(count=2.0, unit="W", word="after", keep=9,
                                         lasting=True), before="The strike lasted ")),
         flags=frozenset(),
         trigger=("ago", "earlier", "later", "before", "after", "hence", "now", "since")),
    # TIDES and TimeML tag "three days from today" as one expression, the day it counts to
    Rule("count_from", "DATE", rule_pattern(rf"""(?P<approx>{APPROX})?(?P<num>{NUMBER})
          [\s-]+(?P<unit>day|week|fortnight|month|year)s?(?P<or_so>{OR_SO})?\s+from\s+
          (?P<base>today|tomorrow|yesterday|(?:(?:next|this|last)\s+)?{WEEKDAY}
          |{MONTH}\.?\s+{DAY}(?:,?\s+{YEAR})?)"""), 185, _read_count_from,
         (Example("two weeks from Friday", Ago(count=2.0, unit="W", word="from",
                                               base=Weekday(weekday=5))),
          Example("three days from today", Ago(count=3.0, unit="D", word="from",
                                               base=DayWord(shift=0, anchor="today"))),
          Example("a month from June 12", Ago(count=1.0, unit="M", word="from",
                                              base=DayDate(month=6, day=12)))),
         excludes=_is_lasting, flags=frozenset({"directed"}),
         trigger=tuple(f"{unit}{plural} from" for unit in ("day", "week", "fortnight", "month",
                                                           "year") for plural in ("", "s"))),
)
