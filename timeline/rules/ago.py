"""The rule for counts of units from an anchor: "two days ago", "three weeks later", "a year
earlier", "several months before", "[three days] after the vote", "twenty-five years ago
this week"."""

from __future__ import annotations

import re

from timeline.errors import NormalizationError
from timeline.lexicon import (
    APPROX, MONEY, NUMBER, OR_SO, REPORT_WORDS, SHORT_UNITS, UNIT, VAGUE, count_mod, unit_code,
    word_number, words,
)
from timeline.readings import Ago, Context, Example, Reading, Rule, rule_pattern

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
               mod=count_mod(m))


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
          Example("1+ hr ago", Ago(count=1.0, unit="H", word="ago", keep=5))),
         flags=frozenset(),
         trigger=("ago", "earlier", "later", "before", "after", "hence", "now", "since")),
)
