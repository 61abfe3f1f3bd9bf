"""Rules for years, decades and centuries: "1998", "nineteen ninety-four", "the 1970s",
"the '90s", "the mid-1990s", "the 20th century" (and not "$1998" or "2000 troops")."""

from __future__ import annotations

import re

from timeline.errors import NormalizationError
from timeline.lexicon import (
    DIGITS,
    BC_ERA, BC_WORDS, COUNTED_NOUNS, DECADE_WORDS, MOD_PREFIX, MONEY_BEFORE, MONTH, ORDINAL,
    ORDINALS, SEASON, SEASONS, SPOKEN_YEAR, TWO_DIGITS, YEAR, alternation, month_number,
    prefix_mod, year_number,
)
from timeline.readings import (
    Century, Context, Decade, Example, MonthDate, Reading, Rule, Season, Year, rule_pattern,
)

_NUMBER_AFTER = re.compile(r"^(?:[.,]\d|\s*(?:%|percent\b|per\s?cent\b|-\s?\d))")
_YEAR_NOUNS = re.compile(rf"(?i)^\s*(?:{COUNTED_NOUNS}|(?-i:[A-Z]{{2,}}))\b")
# The first end of a range of amounts: "$1500-[2000]".
_MONEY_RANGE = re.compile(r"[$£€¥]\s?[0-9][0-9,.]*\s?[-–]\s?$")
_YEAR_BEFORE = re.compile(r"(?i)(?:\bby\s+|\bof\s+|\bto\s+|\bat\s+|\babout\s+|\bsome\s+|"
                          r"\bnearly\s+|\bover\s+|\bthan\s+)$")


def _is_number(text: str, start: int, end: int) -> bool:
    """A number that is not a year: "$1998", "2000 troops", "1,999", "by 1990 percent", the
    end of "$1500-2000"."""
    after = text[end:end + 24]
    if MONEY_BEFORE.search(text[max(0, start - 6):start]) \
            or _MONEY_RANGE.search(text[max(0, start - 16):start]):
        return True
    if _NUMBER_AFTER.match(after) or _YEAR_NOUNS.match(after):
        return True
    return bool(_YEAR_BEFORE.search(text[max(0, start - 12):start])
                and re.match(r"\s*(?:percent|%|to\s+\d)", after))


def _is_money(text: str, start: int, end: int) -> bool:
    return bool(MONEY_BEFORE.search(text[max(0, start - 6):start]))


def _read_year(m: re.Match[str], context: Context) -> Reading:
    spoken = m["spoken"] or m["spoken2"]
    if spoken:
        return Year(year=year_number(spoken), spoken=True)
    return Year(year=int(m["year"]), mod=prefix_mod(m["mod"]))


def _read_decade(m: re.Match[str], context: Context) -> Reading:
    mod = prefix_mod(m["mod"])
    if m["decade"]:
        return Decade(start=int(m["decade"]), mod=mod)
    digit = int(m["short"][0]) if m["short"] else DECADE_WORDS[m["word"].lower()]
    return Decade(digit=digit, mod=mod)


def _read_century(m: re.Match[str], context: Context) -> Reading:
    word = m["nth"].lower()
    return Century(number=ORDINALS.get(word) or int(re.sub(r"\D", "", word)),
                   mod=prefix_mod(m["mod"]), bc=bool(m["era"]))


def _read_era_year(m: re.Match[str], context: Context) -> Reading:
    """"44 BC", "490 B.C.", "AD 79", "79 AD": a year of the era its letters name; "April 480
    BC", "the spring of 480 BC": a month or season of it."""
    parts = m.groupdict()
    year = int((m["year"] or parts.get("ad_year") or "0").replace(",", ""))
    if year == 0:
        raise NormalizationError("there is no year 0")
    bc = bool(m["era"]) and m["era"].replace(".", "").upper().startswith("BC")
    mod = prefix_mod(m["mod"])
    if parts.get("month"):
        return MonthDate(month=month_number(m["month"]), year=year, bc=bc, mod=mod)
    if parts.get("season"):
        return Season(season=SEASONS[m["season"].lower()], year=year, bc=bc, mod=mod)
    return Year(year=year, bc=bc, mod=mod)


_ERA = rf"(?-i:{BC_WORDS}|AD|A\.D\.|CE|C\.E\.)"
RULES = (
    Rule("era_year", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:(?-i:AD|A\.D\.)\s*
         (?P<ad_year>[0-9]{{1,4}})(?![0-9])|(?<![0-9],)(?P<year>[0-9],[0-9]{{3}}|[0-9]{{1,4}})
         \s*(?P<era>{_ERA}))"""),
         135, _read_era_year,
         (Example("44 BC", Year(year=44, bc=True)),
          Example("490 B.C.", Year(year=490, bc=True)),
          Example("AD 79", Year(year=79)),
          Example("late 218 BC", Year(year=218, bc=True, mod="END")),
          Example("1,500 B.C.", Year(year=1500, bc=True)),
          Example("149 B.C", Year(year=149, bc=True))),
         flags=frozenset({"self-dated"}),
         trigger=("bc", "b.c", "ad", "a.d", "ce", "c.e")),
    # A month or season of a year before the common era, read whole: a rule of its own, so
    # that its trigger is the rare "BC" ("AD" and "CE" are in most sentences).
    Rule("era_month", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:(?P<month>{MONTH})\s+
         (?:of\s+)?|(?:the\s+)?(?P<season>{SEASON})\s+of\s+)(?<![0-9],)
         (?P<year>[0-9],[0-9]{{3}}|[0-9]{{1,4}})\s*(?P<era>{BC_ERA})"""),
         134, _read_era_year,
         (Example("April 480 BC", MonthDate(month=4, year=480, bc=True)),
          Example("late autumn of 481 BC", Season(season="FA", year=481, bc=True, mod="END"))),
         flags=frozenset({"self-dated"}),
         trigger=("bc", "b.c")),
    Rule("decade", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:the\s+)?
         (?:(?P<decade>1[5-9][0-9]0|20[0-9]0)'?s|'(?P<short>[0-9]0)s|(?P<word>{alternation(DECADE_WORDS)}))"""),
         80, _read_decade,
         (Example("the 1970s", Decade(start=1970)),
          Example("the '90s", Decade(digit=9)),
          Example("the mid-1990s", Decade(start=1990, mod="MID"))),
         excludes=_is_money, written_year=re.compile(r"[0-9]{4}"),
         trigger=("0s", "0's", "ties")),
    Rule("century", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:the\s+)?
         (?P<nth>{ORDINAL}|[0-9]{{1,2}}(?:st|nd|rd|th))[\s-]+century
         (?:\s+(?P<era>{BC_ERA}))?"""), 90, _read_century,
         (Example("the 20th century", Century(number=20)),
          Example("the 4th century BC", Century(number=4, bc=True)),
          Example("the early 19th century", Century(number=19, mod="START"))),
         flags=frozenset({"self-dated"}),
         trigger=("century",)),
    Rule("year", "DATE", rule_pattern(rf"""(?P<mod>{MOD_PREFIX})?(?:the\s+year\s+)?(?P<year>{YEAR})
         (?:'s)?|(?:the\s+year\s+)?(?P<spoken>(?:eighteen|nineteen)[\s-](?:hundred|{TWO_DIGITS}))
         |the\s+year\s+(?P<spoken2>{SPOKEN_YEAR})"""), 140, _read_year,
         (Example("1998", Year(year=1998)),
          Example("late 1998", Year(year=1998, mod="END")),
          Example("nineteen ninety-four", Year(year=1994, spoken=True)),
          Example("the year two thousand", Year(year=2000, spoken=True))),
         excludes=_is_number, flags=frozenset({"self-dated", "year-clue"}),
         trigger=(*DIGITS, "eighteen", "nineteen", "thousand")),
)
