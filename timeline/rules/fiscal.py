"""Rules for fiscal and reporting periods: "the third quarter", "Q3 2018", "fourth-quarter",
"the second half of 1989", "the first three months of 2020", "fiscal 1989", "the year-ago
quarter", "the latest period", "the quarter ended Sept. 30"."""

from __future__ import annotations

import re

from timeline.errors import NormalizationError
from timeline.lexicon import (
    MONEY, MONTH, ORDINALS, REPORT_WORDS, YEAR, YEAR_SHIFT, fiscal_end, month_number, words,
)
from timeline.readings import (
    Context, Example, FiscalYear, Half, Period, QuarterOf, Reading, Rule, rule_pattern,
)

# Figures are reported for a quarter that has ended.
_REPORTED = re.compile(r"(?i)^[\s-]*(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|net"
                       r"|income)\b")
_ENDED = re.compile(rf"(?i)^\s*,?\s*(?:which\s+)?(?:ended|ending|that\s+ended)\s+(?:on\s+)?"
                    rf"(?P<month>{MONTH})\s+(?P<day>[0-9]{{1,2}})")


def _read_quarter(m: re.Match[str], context: Context) -> Reading:
    word = (m["nth"] or m["qnth"] or "").lower()
    number = int(m["qnum"]) if m["qnum"] else 4 if word == "final" else \
        ORDINALS.get(word) or int(word[0])
    year = m["year"] or m["qyear"] or m["qyear2"]
    return QuarterOf(number=number, year=int(year) if year else None,
                     anchor=words(m["anchor"]) or None,
                     reported=bool(_REPORTED.match(context.after)))


def _read_half(m: re.Match[str], context: Context) -> Reading:
    if m["bare"]:
        # "results in the second half": a half of this year in a business story; in a
        # game report it is half of a match, not a date.
        window = f"{context.before} {context.after}"
        if not REPORT_WORDS.search(window.lower()) and not MONEY.search(window):
            raise NormalizationError(f"{m[0]!r} is not a half of a year here")
        return Half(number=1 if m["bare"].lower() == "first" else 2)
    if m["part"]:  # "the first three months of 2020": the first quarter
        return Half(number=1 if m["part"].lower() == "first" else 2,
                    quarter=m["months"].lower() in ("three", "3"),
                    year=int(m["year2"]) if m["year2"] else None,
                    shift=YEAR_SHIFT.get((m["anchor2"] or "").lower(), 0))
    return Half(number=1 if m["which"].lower() == "first" else 2,
                year=int(m["year"]) if m["year"] else None, fiscal=bool(m["hfiscal"]),
                fiscal_end=fiscal_end(context.after) if m["hfiscal"] else None,
                shift=YEAR_SHIFT.get((m["anchor"] or "").lower(), 0))


def _read_fiscal(m: re.Match[str], context: Context) -> Reading:
    text = m["year"].lstrip("'")
    return FiscalYear(year=int(text), short=len(text) == 2)


def _read_period(m: re.Match[str], context: Context) -> Reading:
    if m["pyear"]:  # "the 1988 quarter": the quarter under discussion, in that year
        return Period(unit="quarter", year=int(m["pyear"]))
    # "the quarter a year ago", "last year's period": the year-ago quarter
    which = "year-ago" if m["cunit"] or m["lunit"] else words(m["which"] or m["adj"]
                                                             or m["fwhich"] or "")
    unit = (m["unit"] or m["bare"] or m["cunit"] or m["lunit"] or m["funit"]
            or "quarter").lower()
    ended = _ENDED.match(context.after)
    return Period(unit=unit, which=which,
                  ended=(month_number(ended["month"]), int(ended["day"])) if ended else None,
                  for_=bool(re.search(r"(?i)\bfor\s+$", context.before)))


RULES = (
    Rule("quarter", "DATE", rule_pattern(rf"""(?:(?P<anchor>this|last|next|the\s+(?:latest|current|previous|past|same|year-earlier|year-ago))\s+
          (?:year's\s+)?)?(?:the\s+)?(?:(?P<fiscal>fiscal)\s+)?(?:(?P<nth>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+)
          (?:fiscal\s+)?quarter(?:\s+of\s+(?:(?:fiscal|the\s+year)\s+)?(?P<year>{YEAR}))?
          |(?P<qyear>{YEAR})\s+(?P<qnth>first|second|third|fourth)[\s-]quarter
          |Q(?P<qnum>[1-4])(?:\s+(?P<qyear2>{YEAR}))?"""), 100, _read_quarter,
         (Example("the third quarter", QuarterOf(number=3)),
          Example("the fourth quarter of 2017", QuarterOf(number=4, year=2017)),
          Example("Q2 2018", QuarterOf(number=2, year=2018)),
          Example("fourth-quarter", QuarterOf(number=4, reported=True), after=" results"),
          Example("last year's fourth quarter", QuarterOf(number=4, anchor="last"))),
         flags=frozenset({"report-quarter"}),
         trigger=("quarter", "q1", "q2", "q3", "q4")),
    Rule("half", "DATE", rule_pattern(rf"""the\s+(?P<which>first|second|last|latter|final)\s+half\s+of\s+
          (?:(?P<year>{YEAR})|(?P<anchor>this|last|next)\s+year|the\s+(?P<hfiscal>fiscal\s+)?year)
          |the\s+(?P<bare>first|second)\s+half(?![\w-]|\s+of\b)
          |the\s+(?P<part>first|last|final)\s+(?P<months>three|six|3|6)\s+months\s+of\s+
          (?:(?P<year2>{YEAR})|(?P<anchor2>this|last|next)\s+year|the\s+year)"""), 110, _read_half,
         (Example("the last half of 1989", Half(number=2, year=1989)),
          Example("the first half of next year", Half(number=1, shift=1)),
          Example("the first three months of 2020", Half(number=1, quarter=True, year=2020)),
          Example("the second half", Half(number=2), before="results in ")),
         trigger=("half", "months")),
    Rule("fiscal", "DATE", rule_pattern(rf"""(?:fiscal(?:\s+year)?|FY)\s*(?P<year>{YEAR}|'?[0-9][0-9])"""),
         120, _read_fiscal,
         (Example("fiscal 1989", FiscalYear(year=1989)),
          Example("FY '98", FiscalYear(year=98, short=True))),
         flags=frozenset({"self-dated"}),
         trigger=("fiscal", "fy")),
    # Bare "the quarter", "the year", "the weekend" are dated; "the day", "the week"
    # need a qualifier ("the same day"), bare they are mostly not about one time.
    Rule("period", "DATE", rule_pattern(rf"""the\s+(?:(?:same|corresponding|comparable)\s+)?(?P<cunit>quarter|period)
          \s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b
          |(?:last\s+year's|the\s+comparable\s+year-(?:ago|earlier))\s+(?P<lunit>quarter|period)
          |the\s+(?:(?P<which>latest|current|same|comparable|year-earlier
          |year-ago|full|recent|previous|prior|just-ended|just\s+ended|latest\s+fiscal)\s+)
          (?P<unit>quarter|period|year|week|weekend|month|day)(?!-)
          |the\s+(?P<bare>quarter|year|weekend)(?![-\w])
          |the\s+(?:(?P<fwhich>current|previous|prior)\s+)?fiscal\s+(?P<funit>year)(?![-\w])
          |(?P<adj>year-earlier|year-ago)
          |the\s+(?P<pyear>{YEAR})\s+(?P<punit>quarter|period)"""), 270, _read_period,
         (Example("the year-ago quarter", Period(unit="quarter", which="year-ago")),
          Example("the quarter", Period(unit="quarter")),
          Example("the 1988 quarter", Period(unit="quarter", year=1988)),
          Example("the latest week", Period(unit="week", which="latest")),
          Example("the current fiscal year", Period(unit="year", which="current"))),
         trigger=("quarter", "period", "year", "week", "month", "day")),
)
