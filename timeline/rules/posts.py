"""Rules for the bare time words of posts: "at night", "in the morning", "a long day",
"a long weekend". Read only in the colloquial genre (`POST_ONLY`, `timeline.genre`).

A post tells of its own day: "Busy day, prepping dinner since morning" is the morning of the
day it was posted, "drive cautiously, even at night" that day's night, "Great weekend" the
weekend of its week. News says the same with an anchor word ("this morning", "the
weekend"), and a bare "night" or "day" there is mostly not about one time ("a night",
"the day's news", "good evening" in a broadcast: TimeBank leaves them untagged), so these
rules wait for the genre.

Even in a post the word counts only where its context makes it a time: after a
preposition of time ("at night", "since morning", "for the night", "on a rainy
afternoon"), with a word that measures it ("a late night", "the whole morning"), in a list
of parts of the day ("Morning, afternoon and night"), or, for "day" and "weekend", after a
word that says how it went ("a long day", "Busy day", "Great weekend"). A noun it
qualifies ("night market", "morning tea", "Karaoke night") and a greeting ("Good
morning") are not times (`_qualifies_noun`).
"""

from __future__ import annotations

import re
from typing import Any

from timeline.lexicon import PARTS_OF_DAY
from timeline.readings import (
    Context, Duration, Example, PartOfDay, Reading, Relative, Rule, rule_pattern,
)

# The flag of a rule read only in the colloquial genre (`timeline.normalize`).
POST_ONLY = "post-only"

_NIGHTS = {"nite": "night", "nights": "night", "nites": "night"}
_PREPOSITION = (r"(?:at|in|during|since|by|through|throughout|for|of|on|from|till|until"
                r"|til|before|after|every)")
# Before a bare part of the day: a preposition of time, perhaps with an article and one
# describing word ("on a rainy [afternoon]").
_POD_BEFORE = re.compile(rf"(?i)\b{_PREPOSITION}\s+(?:(?:a|an)\s+[a-z]+\s+)?$")
_POD_LIST = re.compile(r"(?i)^(?:morning|afternoon|evening|night)\s*(?:,|&|\band\b|\bor\b)\s*"
                       r"(?:morning|afternoon|evening|night)\b"
                       r"|(?:morning|afternoon|evening|night)\s*(?:,|&|\band\b|\bor\b)\s*$")
# Words that say how a day or a weekend went: "a long day", "Busy day", "Great weekend".
_HOW_IT_WENT = (r"long|busy|fun|great|nice|good|hot|rainy|chilly|cold|quality|tiring|successful"
                r"|new|lovely|wonderful|productive|lazy|hard|tough|perfect|beautiful|sunny|bad"
                r"|awesome|amazing|hectic|crazy|rough|exhausting|relaxing|wet|best|happy"
                r"|fantastic|terrible|horrible|slow|quiet|memorable|fruitful|eventful")
_DAY_BEFORE = re.compile(rf"(?i)(?:^|[^\w'])(?:(?:{_HOW_IT_WENT})(?:[\s,]+|\s+and\s+))+$"
                         r"|(?i:\bmy\s+)$")


# A day named right after "the whole day": "the whole day tomorrow", "... on Sunday".
_DAY_NAMED_AFTER = re.compile(r"(?i)\s+(?:on\s+)?(?:today|tomorrow|yesterday|tonight|tmrw?|tdy"
                              r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def _read_part_of_day(m: re.Match[str], context: Context) -> Reading:
    word = m["pod"].lower()
    return PartOfDay(pod=PARTS_OF_DAY[_NIGHTS.get(word, word).rstrip("s")])


def _is_not_part_of_day(text: str, start: int, end: int) -> bool:
    """A bare "night" with nothing around it that makes it a time: no preposition of time
    before it, no measuring word in it, no other part of the day listed with it."""
    span = text[start:end]
    if " " in span.strip():  # "a late night", "the whole morning", "the night"
        return not (re.match(r"(?i)(?:(?:an?|the)\s+)?(?:late|early|whole|entire)\s", span)
                    or _POD_BEFORE.search(text[max(0, start - 30):start]))
    return not (_POD_BEFORE.search(text[max(0, start - 30):start])
                or _POD_LIST.search(text[max(0, start - 20):start])
                or _POD_LIST.match(text[start:end + 30]))


def _is_not_how_it_went(text: str, start: int, end: int) -> bool:
    """A bare "day" or "weekend" without a word before it that says how it went."""
    span = text[start:end].lower()
    if span.startswith(("the ", "another ")):  # "the whole day", "Another day"
        # ... but "the whole day tomorrow" is that day, the other word's to read
        return bool(_DAY_NAMED_AFTER.match(text, end))
    return not _DAY_BEFORE.search(text[max(0, start - 40):start])


def _qualifies_noun(span: Any) -> bool:
    """The word qualifies a noun after it ("night market", "morning tea", "day trip")."""
    last = span[-1]
    return bool(last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i)


def _read_day(m: re.Match[str], context: Context) -> Reading:
    return Duration(count=1.0, unit="D")


def _read_weekend(m: re.Match[str], context: Context) -> Reading:
    return Relative(unit="WE", amount=0)


RULES = (
    Rule("post_part_of_day", "TIME", rule_pattern(r"""(?:(?:the|an?)\s+)?(?:(?:late|early|whole
         |entire)\s+)?(?P<pod>morning|afternoon|evening|night|nite)(?![\w'])"""),
         300, _read_part_of_day,
         (Example("night", PartOfDay(pod="NI"), before="drive slowly at "),
          Example("the morning", PartOfDay(pod="MO"), before="heading out in "),
          Example("a late night", PartOfDay(pod="NI"), before="cafe for "),
          Example("afternoon", PartOfDay(pod="AF"), before="soup on a rainy ")),
         excludes=_is_not_part_of_day, ambiguous=_qualifies_noun,
         flags=frozenset({POST_ONLY}),
         trigger=("morning", "afternoon", "evening", "night", "nite")),
    Rule("post_day", "DURATION", rule_pattern(r"""(?P<whole>(?:the\s+(?:whole|entire)
         |another)\s+)?day(?![\w'])"""), 310, _read_day,
         (Example("day", Duration(count=1.0, unit="D"), before="after a long "),
          Example("the whole day", Duration(count=1.0, unit="D"), before="there "),
          Example("Another day", Duration(count=1.0, unit="D"))),
         excludes=_is_not_how_it_went, ambiguous=_qualifies_noun,
         flags=frozenset({POST_ONLY}),
         trigger=("day",)),
    Rule("post_weekend", "DATE", rule_pattern(r"(?P<weekend>weekend)(?![\w])"), 320, _read_weekend,
         (Example("weekend", Relative(unit="WE", amount=0), before="a long "),),
         excludes=_is_not_how_it_went,
         flags=frozenset({POST_ONLY}),
         trigger=("weekend",)),
)
