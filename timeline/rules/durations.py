"""Rules for lengths of time and sets: "three weeks", "2 1/2 years", "the past two years",
"several months", "decades", "every Monday", "each July", "every other week", "annually",
"weekdays" (and not "$2 million a year", "150 miles per hour" or "a five-year-old")."""

from __future__ import annotations

import re

from timeline.errors import NormalizationError
from timeline.lexicon import (
    UNIT_TRIGGER,
    APPROX, APPROX_WORDS, MONEY_BEFORE, MONTH, NUMBER, NUMBER_WORD, PARTS_OF_DAY, SEASON,
    OR_SO, SEASONS, SET_ADVERBS, UNIT, VAGUE, WEEKDAY, WEEKDAY_NAME, count_mod, month_number,
    unit_code, weekday_number, word_number,
)
from timeline.readings import (
    Context, Deixis, Duration, Example, Reading, Recurring, Relative, Rule, rule_pattern,
)

# "$2 million a year", "24 hours a day", "700 seats a week": a rate, which TimeBank mostly
# leaves untagged (so do most of our held-out sets), so not an expression here.
_RATE_BEFORE = re.compile(r"(?i)(?:[0-9%]|\b(?:million|billion|thousand|hundred|dozen|once|twice"
                          r"|cents?|times)|[a-z]{2,}s)\s+$")
# "Islam will one day be ...", "hopes to one day become", "he one day follow": "one day" between
# a modal, a hope's "to" or a subject and its verb is "some day", the time to come (TimeBank
# FUTURE_REF), not a length; "cut to one day a week", "limited to one day this year", "will
# one day later" stay lengths.
_SOMEDAY_BEFORE = re.compile(r"(?i)\b(?:will|would|could|might|may|can|shall|should|must"
                             r"|(?:hop|want|wish|aim|dream|expect|plan|intend)\w*\s+to"
                             r"|he|she|they|we|i|you)\s+$")
_SOMEDAY_AFTER = re.compile(r"^\s+(?!(?:a|an|the|of|per|in|on|at|for|from|to|before|after|later"
                            r"|earlier|ago|each|every|and|or|but|than|more|less|this|that|next"
                            r"|last|because|due|only|instead)\b)[a-z]+\b")
_ARTICLE_UNITS = re.compile(r"(?i)^an?\s+(?:second|minute)$")
_AGE_AFTER = re.compile(r"(?i)^[\s-]*(?:old|of\s+age)\b")
_FRACTION_OF = re.compile(r"(?i)\s+of\s+(?:the|a|an|its|their|his|her|our|all|those|these"
                          r"|this|that|every|each|[0-9]|(?-i:[A-Z]))")


def _read_duration_past(m: re.Match[str], context: Context) -> Reading:
    plural = m.group(0).rstrip().lower().endswith("s")
    unit = unit_code(m["unit"])
    if not m["num"] and not plural and m["anchor"].lower() in ("past", "last") \
            and unit == "Y" and not m["approx"] and not re.match(r"(?i)\s+of\b", context.after):
        # TimeBank dates "over the past year" as the year before publication
        return Relative(unit="Y", amount=-1, anchor=m["anchor"].lower())
    # "the first hours" names no count; "the past year" is one.
    count = word_number(m["num"]) if m["num"] else None if plural else 1.0
    return Duration(count=count, unit=unit, mod=count_mod(m), bounded=True)


def _read_duration(m: re.Match[str], context: Context) -> Reading:
    if m["num"].lower() in ("a", "an") and not m["approx"] and _RATE_BEFORE.search(context.before):
        raise NormalizationError(f"{m[0]!r} is a rate, not a time")
    if m[0].lower() == "one day" and _SOMEDAY_BEFORE.search(context.before) \
            and _SOMEDAY_AFTER.match(context.after):
        return Deixis(kind="future")
    count = word_number(m["num"])
    if count is not None and (m["half"] or re.search(r"(?i)\band\s+a\s+half\b", m.group(0))):
        count += 0.5
    second = bool(m["num2"]) and count is not None  # "three hours and 12 minutes"
    return Duration(count=count, unit=unit_code(m["unit"]),
                    count2=word_number(m["num2"]) if second else None,
                    unit2=unit_code(m["unit2"]) if second else None, mod=count_mod(m))


def _read_unit_plural(m: re.Match[str], context: Context) -> Reading:
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"]
    return Duration(count=None, unit=unit_code(unit))


def _read_set(m: re.Match[str], context: Context) -> Reading:
    if m["adverb"]:
        count, unit = SET_ADVERBS[m["adverb"].lower()]
        return Recurring(count=count, unit=unit)
    if m["pl_wday"]:  # "on Tuesday nights": every Tuesday night
        return Recurring(weekday=weekday_number(m["pl_wday"]),
                         pod=PARTS_OF_DAY[m["pl_pod"].lower()[:-1]])
    if m["wdays"] or m["wday"]:
        pod = PARTS_OF_DAY[m["set_pod"].lower()] if m["set_pod"] else None
        return Recurring(weekday=weekday_number(m["wdays"] or m["wday"]), pod=pod)
    if m["season"]:
        return Recurring(season=SEASONS[m["season"].lower()])
    if m["every_pod"]:  # "every morning"
        return Recurring(pod=PARTS_OF_DAY[m["every_pod"].lower()])
    if m["month"]:  # "each July"
        return Recurring(month=month_number(m["month"]))
    if m["every_unit"]:
        return Recurring(count=word_number(m["every_num"]), unit=unit_code(m["every_unit"]))
    unit = unit_code(m["unit"])
    if unit == "WE":  # "every weekend"
        return Recurring(weekend=True)
    every = 2 if re.search(r"(?i)\bother\b", m[0]) else 1  # "every other week": P2W
    # TimeML writes "every quarter" as P1Q, not P3M
    return Recurring(count=every, unit=unit, quarters=unit == "Q")


def _read_weekdays(m: re.Match[str], context: Context) -> Reading:
    """"open on weekdays", "every weekday": Monday to Friday, every week."""
    return Recurring(weekdays=True)


def _is_not_a_length(text: str, start: int, end: int) -> bool:
    """Money, an age, "a second", a fraction: "$5 years", "a five-year-old", "three-quarters",
    "a quarter of the vote" (not "of losses"), "shrank by a quarter"."""
    span, after = text[start:end], text[end:end + 24]
    if MONEY_BEFORE.search(text[max(0, start - 6):start]) or _AGE_AFTER.match(after):
        return True
    if _ARTICLE_UNITS.match(span):
        return True
    return bool(re.search(r"(?i)quarters?$", span)
                and (_FRACTION_OF.match(after) or "-" in span
                     or re.search(r"(?i)\bby\s+$", text[max(0, start - 4):start])))


def _is_age(text: str, start: int, end: int) -> bool:
    return bool(_AGE_AFTER.match(text[end:end + 24]))


def _is_age_or_part_of_day(text: str, start: int, end: int) -> bool:
    """An age, or "the early hours of Thursday": a part of a day, not a length."""
    return _is_age(text, start, end) or bool(
        re.search(r"(?i)\b(?:early|small|wee)\s+$", text[max(0, start - 8):start]))


def _is_speed(text: str, start: int, end: int) -> bool:
    """A speed or frequency, "150 miles per hour", not a recurring time."""
    return text[start:end].lower().startswith("per ") and bool(re.search(
        r"(?i)\b(?:miles|kilometers|kilometres|km|feet|meters|metres|knots"
        r"|instructions|words|frames|beats|revolutions|cycles|calls|requests)\s+$",
        text[max(0, start - 14):start]))


RULES = (
    Rule("duration_past", "DURATION", rule_pattern(rf"""(?P<approx>{APPROX_WORDS})?the\s+(?P<anchor>past|last|next|previous|coming|first|final|recent
          |year-(?:earlier|ago)(?=\s+(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s))\s+
          (?:(?P<num>{NUMBER}|{VAGUE})\s+)?(?P<unit>{UNIT})s?
          # after a plural only: "the next year or so" is the year ahead (TimeBank `1990` APPROX)
          (?P<or_so>(?<=s){OR_SO})?"""), 220,
         _read_duration_past,
         (Example("the past two years", Duration(count=2.0, unit="Y", bounded=True)),
          Example("the first hours", Duration(count=None, unit="H", bounded=True)),
          Example("the next two years or so", Duration(count=2.0, unit="Y", mod="APPROX",
                                                       bounded=True)),
          Example("the past year", Relative(unit="Y", amount=-1, anchor="past")),
          # the figures of the same months a year before: a length, like "the first nine months"
          Example("the year-earlier nine months", Duration(count=9.0, unit="M", bounded=True))),
         trigger=("past", "last", "next", "previous", "coming", "first", "final", "recent",
                  "year-earlier", "year-ago")),
    Rule("duration", "DURATION", rule_pattern(rf"""(?P<approx>{APPROX})?(?:a\s+mere\s+)?
          (?P<num>{NUMBER}|{VAGUE})(?:[\s-]+|(?<=[0-9])(?=[a-z]))(?:(?:and\s+a\s+half|more|full|straight|consecutive|additional|extra|further)\s+)?
          (?P<unit>{UNIT})s?(?:[\s-]+long)?(?P<half>\s+and\s+a\s+half)?
          (?:,?\s+and\s+(?P<num2>[0-9]+|{NUMBER_WORD})\s+(?P<unit2>{UNIT})s?\b)?
          (?P<or_so>{OR_SO})?"""), 230,
         _read_duration,
         (Example("three years", Duration(count=3.0, unit="Y")),
          Example("about two weeks", Duration(count=2.0, unit="W", mod="APPROX")),
          Example("a month or so", Duration(count=1.0, unit="M", mod="APPROX")),
          Example("one day", Deixis(kind="future"), before="Islam will ", after=" be the"),
          Example("2 1/2 years", Duration(count=2.5, unit="Y")),
          Example("an additional year", Duration(count=1.0, unit="Y")),
          Example("10,000 years", Duration(count=10000.0, unit="Y")),
          Example("2.5 million years", Duration(count=2500000.0, unit="Y")),
          Example("16days", Duration(count=16.0, unit="D")),
          Example("three hours and 12 minutes", Duration(count=3.0, unit="H", count2=12.0,
                                                         unit2="MIN"))),
         excludes=_is_not_a_length,
         trigger=UNIT_TRIGGER),
    Rule("unit_plural", "DURATION", rule_pattern(r"""(?P<unit>hours|days|weeks|months|years|decades|centuries)
          (?=\s+(?:of|ago|earlier|later))|(?P<unit2>decades|centuries)(?:[\s-]long)?
          |(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)
          |(?<=\btaken\s)|(?<=\bspend\s)|(?<=\bspent\s)|(?<=\blasted\s)|(?<=\blast\s)
          |(?<=\bwaited\s))(?P<unit3>hours|days|weeks|months|years)(?![\w-])
          |(?<=\bover\s)the\s+(?P<unit4>years|decades)(?![\w-])
          |the\s+(?P<unit5>days|weeks|months|years)\s+ahead"""), 240, _read_unit_plural,
         (Example("decades", Duration(count=None, unit="DE")),
          Example("years", Duration(count=None, unit="Y"), before="for ")),
         excludes=_is_age_or_part_of_day,
         trigger=("hours", "days", "weeks", "months", "years", "decades", "centuries")),
    Rule("set", "SET", rule_pattern(rf"""(?:every|each|per)\s+(?:other\s+|single\s+)?
          (?P<unit>{UNIT}|(?P<wday>{WEEKDAY})(?:\s+(?P<set_pod>morning|afternoon|evening|night))?
          |(?P<season>{SEASON})|(?P<month>{MONTH})(?!\s+[0-9])
          |(?P<every_pod>morning|afternoon|evening|night))
          |every\s+(?P<every_num>{NUMBER})[\s-]+(?P<every_unit>{UNIT})s
          |(?P<adverb>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually)
          |(?P<wdays>(?-i:(?:{WEEKDAY_NAME})s))
          |(?P<pl_wday>(?-i:{WEEKDAY_NAME}))
          \s+(?P<pl_pod>mornings|afternoons|evenings|nights)(?![\w'-])"""),
         250, _read_set,
         (Example("every Monday", Recurring(weekday=1)),
          Example("every Friday night", Recurring(weekday=5, pod="NI")),
          Example("Sunday mornings", Recurring(weekday=7, pod="MO")),
          Example("each July", Recurring(month=7)),
          Example("every other week", Recurring(count=2, unit="W")),
          Example("every quarter", Recurring(count=1, unit="Q", quarters=True)),
          Example("annually", Recurring(count=1, unit="Y"))),
         excludes=_is_speed,
         trigger=("every", "each", "per", "ly", "days", "mornings", "afternoons", "evenings",
                  "nights")),
    Rule("weekdays", "SET",
         rule_pattern(r"""(?P<weekdays>(?:every|each)\s+weekday|weekdays)"""), 255, _read_weekdays,
         (Example("weekdays", Recurring(weekdays=True)),
          Example("every weekday", Recurring(weekdays=True))),
         trigger=("weekday",)),
)
