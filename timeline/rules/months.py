"""Rules for months and seasons: "June 2018", "last June", "June last year", "late November",
"the spring of 1998", "this summer", "the first week of June" (and not "Theresa May", "Spring
Valley", "may")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from timeline.errors import NormalizationError
from timeline.lexicon import (
    MONTH_TRIGGER, DAY, WEEKDAY,
    AMBIGUOUS_MONTHS, ANCHOR_WORD, FRAME_WORDS, MOD_PREFIX, MONTH, MONTH_DOTTED, ORDINALS,
    SEASON, SEASON_VERBS, SEASONS, STORY_YEAR, YEAR, YEAR_ANY, month_number, prefix_mod,
    year_number,
)
from timeline.readings import (
    Context, DayDate, Example, MonthDate, Reading, Rule, Season, rule_pattern,
)


def _anchor(m: re.Match[str]) -> str | None:
    return (m["anchor"] or "").lower() or None


def _read_month_year(m: re.Match[str], context: Context) -> Reading:
    return MonthDate(month=month_number(m["month"]), year=year_number(m["year"]),
                     spoken=not m["year"].isdigit(), mod=prefix_mod(m["mod"]),
                     prefixed=bool(m["mod"]))


def _read_month(m: re.Match[str], context: Context) -> Reading:
    return MonthDate(month=month_number(m["month"]), anchor=_anchor(m),
                     year_anchor=(m["year_anchor"] or m["story_year"] or "").lower() or None,
                     mod=prefix_mod(m["mod"]), prefixed=bool(m["mod"]))


def _read_month_part(m: re.Match[str], context: Context) -> Reading:
    """ "the first week of June", "the last weekend of May", "the second half of March"."""
    word = (m["nth"] or m["half_nth"]).lower()
    nth = 2 if word == "latter" else ORDINALS[word]
    month, year = month_number(m["month"]), year_number(m["year"]) if m["year"] else None
    if m["half"]:
        # a month has no TIMEX3 halves: its first half is its start, as "early June" is
        return MonthDate(month=month, year=year, mod="START" if nth == 1 else "END")
    return MonthDate(month=month, year=year, part=m["part"].lower(), nth=nth)


def _read_week_of(m: re.Match[str], context: Context) -> Reading:
    """ "the week of March 6", "the weekend of June 2": the ISO week (weekend) holding it."""
    found = next((found for rule in ("month_day", "day_month") if context.lookup is not None
                  and (found := context.lookup(rule, m["date"])) is not None), None)
    if not isinstance(found, DayDate):
        raise NormalizationError(f"{m['date']!r} names no day of a month")
    return replace(found, part=m["part"].lower())


def _read_season(m: re.Match[str], context: Context) -> Reading:
    return Season(season=SEASONS[m["season"].lower()],
                  year=year_number(m["year"]) if m["year"] else None,
                  year_anchor=(m["year_anchor"] or "").lower() or None, anchor=_anchor(m),
                  mod=prefix_mod(m["mod"]), prefixed=bool(m["mod"]))


_TITLE_AFTER = re.compile(r"^\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z])")
_WORD_BEFORE = re.compile(r"\b(?P<word>[A-Za-z][A-Za-z'.-]*)(?P<comma>,?)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[A-Z][a-z]+)(?P<owner>['’]s\b)?")
_DATE_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October"
                        r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
                        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")


def _is_name_part(text: str, start: int, end: int) -> bool:
    """True when a capitalized month or season word is part of a name: after a
    capitalized word ("Theresa May"), or before a capitalized word that owns something
    ("August Wilson's"), that follows it at the start of a sentence ("Spring Valley"), or
    after a word that does not frame a date ("said April Castillo", not "in April Trump")."""
    head = text[max(0, start - 40):start]
    before = _WORD_BEFORE.search(head)
    if before and before["word"][:1].isupper() and before["word"] not in FRAME_WORDS \
            and not _DATE_WORD.fullmatch(before["word"]) and not before["comma"]:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None or _DATE_WORD.fullmatch(after["word"]):
        return False
    if after["owner"]:
        return True
    if before is None:  # "Spring Valley residents" opening a sentence or a clause
        return not head.strip() or head.rstrip()[-1] in ".!?\"“\n,"
    # "said April Castillo": a name unless a word that frames dates comes first ("in April")
    return before["word"][:1].islower() and before["word"].capitalize() not in FRAME_WORDS


def _in_name(text: str, start: int, end: int) -> bool:
    """"the March for Life", "Theresa May", "August Wilson's", "Spring Valley"."""
    return text[start:start + 1].isupper() and (
        bool(_TITLE_AFTER.match(text[end:end + 24])) or _is_name_part(text, start, end))


# After "fall", what makes it a capture, not autumn: "the fall of Budapest", "the fall of
# the city", "fall-back plans" (not "the fall of that year", "the fall of last year").
_FALL_OF = re.compile(r"^(?:\s+of\s+(?!(?:the\s+)?(?:last|this|next|that|same|following"
                      r"|previous|year)\b)(?:the\s+)?[A-Za-z]|-[a-z])")


# Before "fall", an owner that is no time: "Baghdad's fall", "the city's fall" (not "this
# year's fall", "last season's fall").
_OWNED_FALL = re.compile(r"(?i)\b(?!(?:year|season|week|month)\b)[a-z]+['’]s\s+$")


# A lone "fall" after "a" and before a preposition or the end of a clause is a falling, as
# autumn is "the fall" or "fall": "hurt in [a fall] on Sunday", "[a fall] in prices"; with
# an adjective, before a preposition ("a sharp fall in prices", not "a mild fall."); not
# "a fall election", "a fall day".
_A_FALL_BEFORE = re.compile(r"(?i)\ban\s+$|\ba\s+$")
_AN_ADJECTIVE_FALL_BEFORE = re.compile(r"(?i)\ban?\s+[a-z]+\s+$")
_FALL_PREPOSITION = (r"\s+(?:on|in|from|of|to|by|at|last|this|that|which|since|after"
                     r"|during)\b")
_A_FALL_AFTER = re.compile(rf"^(?:\s*[.,;:!?)]|{_FALL_PREPOSITION}|\s*$)")
_AN_ADJECTIVE_FALL_AFTER = re.compile(rf"^{_FALL_PREPOSITION}")


def _not_season(text: str, start: int, end: int) -> bool:
    """A name ("Spring Valley") or the fall of a place ("the fall of Atlanta, on September
    2", "the sixth anniversary of Baghdad's fall"): "fall" alone followed by "of" and words
    that name no year, or owned by what is no time, is the city's fall."""
    return _in_name(text, start, end) or text[end - 4:end].lower() == "fall" and (
        bool(_FALL_OF.match(text[end:end + 12])) or end - start == 4 and (
            bool(_OWNED_FALL.search(text[max(0, start - 24):start]))
            or _is_a_falling(text[max(0, start - 24):start], text[end:end + 12])))


def _is_a_falling(before: str, after: str) -> bool:
    """Whether a lone "fall" between `before` and `after` is a falling, not autumn."""
    return bool(_A_FALL_BEFORE.search(before) and _A_FALL_AFTER.match(after)
                or _AN_ADJECTIVE_FALL_BEFORE.search(before)
                and _AN_ADJECTIVE_FALL_AFTER.match(after))


# Who a wish begins with after "May", its verb perhaps cut off: "May Allah...", "May God".
_BLESSING = frozenset({"god", "allah", "jesus", "heaven"})


# Verb forms no modal takes: "the workers laid off in [May] sued the company" is the month.
_NOT_AFTER_MODAL = frozenset({"VBD", "VBZ", "VBN", "VBG"})


def _is_modal_month(span: Any) -> bool:
    """A lone month word used as a verb or modal: "they May decide", "March on"."""
    if len(span) != 1 or span[0].lower_ not in AMBIGUOUS_MONTHS:
        return False
    token = span[0]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return bool(token.tag_ == "MD" or token.pos_ in ("VERB", "AUX") or (
        token.lower_ == "may" and after is not None
        and (after.pos_ in ("VERB", "AUX") and after.tag_ not in _NOT_AFTER_MODAL
             or after.lower_ in _BLESSING)))


def _is_season_verb(span: Any) -> bool:
    """A lone season word used as a verb: "prices fall", "spring into action"."""
    return len(span) == 1 and span[0].lower_ in SEASON_VERBS \
        and span[0].pos_ in ("VERB", "AUX")


# An abbreviated month without a day ("Aug", "Jun", "Dec."), a name as often ("Jia Jun",
# "Jan van Eyck"): a month only in a list with another month ("June, July and [Aug]", "[Jan]
# to March") or after a preposition of time ("camps in [Aug.]", "exam in [Jun]").
_SHORT_MONTH = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_ANY_MONTH = (rf"(?:{MONTH}|{_SHORT_MONTH}\.?)")
_LIST_JOIN = r"\s*(?:,|&|/|-|–|\band\b|\bor\b|\bto\b|\btill\b|\buntil\b|\bthrough\b)\s*"
_MONTH_LISTED_BEFORE = re.compile(rf"{_ANY_MONTH}{_LIST_JOIN}$")
_MONTH_LISTED_AFTER = re.compile(rf"^{_LIST_JOIN}{_ANY_MONTH}(?![\w])")
# ("by", "from" and "of" are left out: "a painting by Jan van Eyck", "a letter from Jan.")
_TIME_PREPOSITION = re.compile(r"(?i)\b(?:in|since|until|till|before|after|during|through"
                               r"|early|late|mid|end\s+of|start\s+of)[\s-]+$")
# After a month without its period: a capitalized word, a possessive, a hyphen or a name's
# particle makes it a name ("Mar-a-Lago", "Mar del Plata").
_NAME_AFTER = re.compile(r"^(?:\s+(?-i:[A-Z])|['’]s\b|-[a-z]|\s+(?:del|de|da|la|van|von)\b)")


def _is_not_short_month(text: str, start: int, end: int) -> bool:
    """An abbreviation neither listed with a month nor after a preposition of time, or one
    a capitalized word or a possessive follows ("Jun Wei", "Jan's") without its period."""
    if not text[end - 1:end] == "." and _NAME_AFTER.match(text[end:end + 3]):
        return True
    before = text[max(0, start - 24):start]
    return not (_MONTH_LISTED_BEFORE.search(before) or _TIME_PREPOSITION.search(before)
                or _MONTH_LISTED_AFTER.match(text[end:end + 24]))


def _read_short_month(m: re.Match[str], context: Context) -> Reading:
    return MonthDate(month=month_number(m["month"]))


RULES = (
    Rule("short_month", "DATE", rule_pattern(rf"(?P<month>{_SHORT_MONTH}\.?)(?!\s*[0-9])"),
         55, _read_short_month,
         (Example("Aug", MonthDate(month=8), before="June, July and "),
          Example("Aug.", MonthDate(month=8), before="camps in ", after=" and study"),
          Example("Jun", MonthDate(month=6), before="exam in "),
          Example("Jan", MonthDate(month=1), after=" to March")),
         excludes=_is_not_short_month,
         flags=frozenset({"directed", "infers-year", "day-clue"}),
         trigger=MONTH_TRIGGER),
    Rule("month_year", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?P<month>{MONTH}|{MONTH_DOTTED})
         (?:\s+of)?,?\s+(?P<year>{YEAR_ANY})"""), 40, _read_month_year,
         (Example("June 2018", MonthDate(month=6, year=2018)),
          Example("early Sept. 1998", MonthDate(month=9, year=1998, mod="START", prefixed=True))),
         flags=frozenset({"year-clue"}),
         trigger=MONTH_TRIGGER),
    Rule("month", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:(?P<anchor>{ANCHOR_WORD})\s+)?
         (?P<month>{MONTH})(?!\s+[0-9])(?:\s+(?P<year_anchor>last|this|next)\s+year\b
         |\s+of\s+(?:the\s+)?(?P<story_year>{STORY_YEAR})\s+year\b)?"""),
         50, _read_month,
         (Example("June", MonthDate(month=6)),
          Example("last February", MonthDate(month=2, anchor="last")),
          Example("June last year", MonthDate(month=6, year_anchor="last")),
          Example("August of that year", MonthDate(month=8, year_anchor="that")),
          Example("March of the following year", MonthDate(month=3, year_anchor="following")),
          Example("late November", MonthDate(month=11, mod="END", prefixed=True))),
         excludes=_in_name, ambiguous=_is_modal_month,
         flags=frozenset({"directed", "infers-year", "day-clue"}),
         trigger=MONTH_TRIGGER),
    # TimeML names the week or weekend itself (2018-W23, 2018-W21-WE), a date, not a length
    # and a month (docs/accuracy.md, "Parts of a month")
    Rule("month_part", "DATE", rule_pattern(rf"""the\s+(?:(?P<nth>first|second|third|fourth|last
         |final)\s+(?P<part>week|weekend)|(?P<half_nth>first|second|last|latter)\s+(?P<half>half))
         \s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"""),
         45, _read_month_part,
         (Example("the first week of June", MonthDate(month=6, part="week", nth=1)),
          Example("the last weekend of May 2018", MonthDate(month=5, year=2018, part="weekend",
                                                            nth=-1)),
          Example("the second half of March", MonthDate(month=3, mod="END"))),
         flags=frozenset({"directed", "infers-year"}), trigger=("week", "half")),
    Rule("week_of", "DATE", rule_pattern(rf"""the\s+(?P<part>week|weekend)\s+of\s+
         (?P<date>(?:{WEEKDAY},?\s+)?(?:{MONTH}\.?\s+{DAY}(?:,?\s+{YEAR})?
         |{DAY}\s+{MONTH}(?:,?\s+{YEAR})?))"""),
         44, _read_week_of,
         (Example("the week of March 6", DayDate(month=3, day=6, part="week")),
          Example("the weekend of June 2, 2018", DayDate(month=6, day=2, year=2018,
                                                         part="weekend")),
          Example("the weekend of Saturday, May 12", DayDate(month=5, day=12, weekday=6,
                                                             part="weekend"))),
         flags=frozenset({"directed", "infers-year"}), trigger=("week",)),
    Rule("season", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:(?:the\s+(?=previous|following|same|next))?(?P<anchor>{ANCHOR_WORD})\s+)?
         (?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR_ANY})|\s+(?P<year_anchor>last|this|next)\s+year\b)?"""),
         130, _read_season,
         (Example("last summer", Season(season="SU", anchor="last")),
          Example("spring of 1998", Season(season="SP", year=1998)),
          Example("the previous fall", Season(season="FA", anchor="previous"))),
         excludes=_not_season, ambiguous=_is_season_verb,
         flags=frozenset({"directed"}),
         trigger=("spring", "summer", "fall", "autumn", "winter")),
)
