"""Rules for the bare time words of posts: "at night", "in the morning", "a long day",
"a long weekend". Read only in the colloquial genre (`POST_ONLY`, `timeline.genre`).

A post tells of its own day: "Busy day, prepping dinner since morning" is the morning of the
day it was posted, "drive cautiously, even at night" that day's night, "Great weekend" the
weekend of its week. News says the same with an anchor word ("this morning", "the
weekend"), and a bare "night" or "day" there is mostly not about one time ("a night",
"the day's news", "good evening" in a broadcast: TimeBank leaves them untagged), so these
rules wait for the genre.

In a post the word counts wherever it stands, as the one set of posts we have annotated
tags it (dev half: 34 of 34 parts of the day): after a preposition of time ("at night",
"since morning"), with a word that measures it ("a late night"), in a list ("Morning,
afternoon and night"), as the head of an event's name ("Date night", "Karaoke NIGHT",
"Halloween horror nights": that night), in a greeting ("Good morning", "Gd morning": one
greets the part of the day one is in), and qualifying what one does in it ("Late for
morning class", "ready for night duty"). It is no time where it qualifies a noun naming a
kind of thing or person ("night market", "morning tea", "night owl", `_qualifies_noun`):
those are there every day. "day" and "weekend" still need a word that says how it went
("a long day", "Busy day", "Great weekend"): a bare "day" is mostly a length or a name.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.lexicon import DIGITS, PARTS_OF_DAY, unit_code
from timeline.readings import (
    Clock, Context, DayWord, Duration, Example, PartOfDay, Reading, Relative, Rule, rule_pattern,
)

# The flag of a rule read only in the colloquial genre (`timeline.normalize`).
POST_ONLY = "post-only"

_NIGHTS = {"nite": "night", "nights": "night", "nites": "night"}
_EVERY_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+$")
# What one does in a part of the day: "morning class", "night duty" are that day's.
_DONE_IN_IT = frozenset("""class classes lesson lessons lecture lectures duty shift run jog walk
    swim ride drive session service prayer prayers mass meeting briefing training workout
    exercise parade rehearsal rehearsals show flight commute patrol exam exams event party
    concert screening match game race""".split())
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


def _is_set_of_parts(text: str, start: int, end: int) -> bool:
    """"every night", "each morning": a set, the other rules' to read."""
    return bool(_EVERY_BEFORE.search(text[max(0, start - 8):start]))


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
    return bool(last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i
                and not last.head.like_url)  # a post's link is no noun: "of sunset http://.."


def _names_kind(span: Any) -> bool:
    """The part of the day qualifies a noun naming a kind of thing or person ("night
    market", "morning tea", "night owl"), not something done in it ("morning class",
    "night duty")."""
    last = span[-1]
    after = last.nbor().lower_ if last.i + 1 < len(last.doc) else ""
    # ... nor a verb's -ing form ("a great day gathering with family", "a successful day
    # shopping"), which the parser may take for a noun
    return _qualifies_noun(span) and not {last.head.lower_, after} & _DONE_IN_IT \
        and not (after.endswith("ing") and len(after) > 5)


# Before a time written as four digits on the 24-hour clock: "left camp at 0530", "came back
# at abt 2250". Elsewhere four digits are a year or a count as often.
_AT_CLOCK = re.compile(r"(?i)\b(?:at|by|till|until|since|before|after)\s+"
                       r"(?:(?:abt|about|around|arnd|ard|approx\.?)\s+)?$")


def _is_not_clock(text: str, start: int, end: int) -> bool:
    """Four digits not after "at" (or "by", "till"...), or before a capitalized word: the
    year of a name ("at 2014 Fusion Film Festival")."""
    return not _AT_CLOCK.search(text[max(0, start - 20):start]) \
        or bool(re.match(r"\s+(?-i:[A-Z])", text[end:end + 2]))


def _read_clock(m: re.Match[str], context: Context) -> Reading:
    return Clock(hour=int(m["hour"]), minute=int(m["minute"]))


# "to this day", "until this day": up to now, not the post's day.
_UP_TO = re.compile(r"(?i)\b(?:to|until|till|til)\s+$")


def _is_up_to_now(text: str, start: int, end: int) -> bool:
    """"to this day": the time up to now."""
    return bool(_UP_TO.search(text[max(0, start - 8):start]))


def _read_this_day(m: re.Match[str], context: Context) -> Reading:
    return DayWord(shift=0)


# Before a bare plural unit, a word that counts or places it: another rule's ("24 hours",
# "a few days", "these days", "recent weeks"), or none ("3-4 hours" read as a range).
_COUNTED_BEFORE = re.compile(r"(?i)(?:[0-9]|\b(?:an?|one|two|three|four|five|six|seven|eight"
                             r"|nine|ten|twelve|twenty|thirty|few|several|many|some|these|those"
                             r"|recent|more|couple|next|last|past|coming|first|final|all)"
                             r"|[-+])\s*$")


def _is_counted(text: str, start: int, end: int) -> bool:
    """A plural unit with a word that counts or places it before: another rule's."""
    return bool(_COUNTED_BEFORE.search(text[max(0, start - 16):start]))


def _read_units(m: re.Match[str], context: Context) -> Reading:
    return Duration(count=None, unit=unit_code(m["unit"]))


# Before a bare singular unit: a word that makes it a date ("the week", "this year", "end
# of year"), a count ("one year", "per hour"), another rule's.
_UNIT_PLACED = re.compile(r"(?i)(?:[0-9](?:st|nd|rd|th)?|\b(?:the|a|an|this|that|next|last|past"
                          r"|every|each|per|one|same|whole|entire|coming|previous|following"
                          r"|an?other|first|second|third|fourth|final|of|mid|end)"
                          r"|[-+#])\s*$")


def _is_placed_or_named(text: str, start: int, end: int) -> bool:
    """A unit that a word before makes a date, counts or orders ("1st year": of a course,
    declined), or a capitalized one after a capitalized word: an event's name ("Digital
    Fashion Week")."""
    if _UNIT_PLACED.search(text[max(0, start - 12):start]):
        return True
    return text[start].isupper() and bool(re.search(r"(?-i:[A-Z])\w*\s+$",
                                                    text[max(0, start - 20):start]))


def _read_unit(m: re.Match[str], context: Context) -> Reading:
    return Duration(count=1.0, unit=unit_code(m["unit"]))


def _read_day(m: re.Match[str], context: Context) -> Reading:
    return Duration(count=1.0, unit="D")


def _read_weekend(m: re.Match[str], context: Context) -> Reading:
    return Relative(unit="WE", amount=0)


RULES = (
    Rule("post_part_of_day", "TIME", rule_pattern(r"""(?:(?:the|an?)\s+)?(?:(?:late|early|whole
         |entire)\s+)?(?P<pod>(?:morning|afternoon|evening|night|nite)s?)(?![\w'])"""),
         300, _read_part_of_day,
         (Example("night", PartOfDay(pod="NI"), before="drive slowly at "),
          Example("the morning", PartOfDay(pod="MO"), before="heading out in "),
          Example("a late night", PartOfDay(pod="NI"), before="cafe for "),
          Example("afternoon", PartOfDay(pod="AF"), before="soup on a rainy "),
          Example("morning", PartOfDay(pod="MO"), before="Gd "),
          Example("nights", PartOfDay(pod="NI"), before="Halloween horror ")),
         excludes=_is_set_of_parts, ambiguous=_names_kind,
         flags=frozenset({POST_ONLY}),
         trigger=("morning", "afternoon", "evening", "night", "nite")),
    Rule("post_clock", "TIME", rule_pattern(r"(?P<hour>[01][0-9]|2[0-3])(?P<minute>[0-5][0-9])"
                                            r"(?![.,:/-]?[0-9]|\s*%)"),
         305, _read_clock,
         (Example("2250", Clock(hour=22, minute=50), before="came back at abt "),
          Example("1015", Clock(hour=10, minute=15), before="left school at ", after=" and")),
         excludes=_is_not_clock,
         flags=frozenset({POST_ONLY}),
         trigger=DIGITS),
    # A post's "this day" ("get me through this day") and its "sunset" ("watching the city go
    # dark during sunset", a caption's "The beauty of sunset") are of the day it tells of,
    # as its annotators date them; TIMEX3 has no value finer than the day for "sunset".
    Rule("post_this_day", "DATE", rule_pattern(r"""(?P<this>this\s+day)|(?:the\s+)?(?P<sun>sunset
         |sunrise|dawn|dusk|daybreak|nightfall)"""),
         315, _read_this_day,
         (Example("this day", DayWord(shift=0), before="get me through "),
          Example("sunset", DayWord(shift=0), before="the city go dark during ")),
         excludes=_is_up_to_now, ambiguous=_qualifies_noun,
         flags=frozenset({POST_ONLY}),
         trigger=("day", "sunset", "sunrise", "dawn", "dusk", "nightfall")),
    # A bare plural unit in a post is a length of some of them, as "for days" is in news
    # ("Even if days are dark", "Days slipping", "the good old days", "Working Long Hours")
    Rule("post_units", "DURATION", rule_pattern(r"""(?:the\s+)?(?P<unit>hours|days|weeks|months
         |years)(?![\w'-])"""),
         325, _read_units,
         (Example("days", Duration(count=None, unit="D"), before="Even if ", after=" are dark"),
          Example("the hours", Duration(count=None, unit="H"), before="Regardless ",
                  after=" waiting")),
         excludes=_is_counted, ambiguous=_names_kind,
         flags=frozenset({POST_ONLY}),
         trigger=("hours", "days", "weeks", "months", "years")),
    # ... and a bare singular one a length of one ("a 50 mile week", "national week of
    # mourning", "the o level year", "its been month since", "lunch hour"). Not "day": after
    # a noun it mostly names an event's day ("wedding day", "sports day"), a date.
    Rule("post_unit", "DURATION", rule_pattern(r"""(?P<unit>hour|week|month|year)
         (?![\w'-]|\s+(?:end|round)\b)"""),
         327, _read_unit,
         (Example("week", Duration(count=1.0, unit="W"), before="1st 50 mile ", after=" ever"),
          Example("month", Duration(count=1.0, unit="M"), before="its been ",
                  after=" since")),
         excludes=_is_placed_or_named, ambiguous=_names_kind,
         flags=frozenset({POST_ONLY}),
         trigger=("hour", "week", "month", "year")),
    Rule("post_day", "DURATION", rule_pattern(r"""(?P<whole>(?:the\s+(?:whole|entire)
         |another)\s+)?day(?![\w'])"""), 310, _read_day,
         (Example("day", Duration(count=1.0, unit="D"), before="after a long "),
          Example("the whole day", Duration(count=1.0, unit="D"), before="there "),
          Example("Another day", Duration(count=1.0, unit="D"))),
         excludes=_is_not_how_it_went, ambiguous=_names_kind,
         flags=frozenset({POST_ONLY}),
         trigger=("day",)),
    Rule("post_weekend", "DATE", rule_pattern(r"(?P<weekend>weekend)(?![\w])"), 320, _read_weekend,
         (Example("weekend", Relative(unit="WE", amount=0), before="a long "),),
         excludes=_is_not_how_it_went,
         flags=frozenset({POST_ONLY}),
         trigger=("weekend",)),
)
