"""Normalize relative, deictic and vague expressions: "last week", "two days later", "the quarter"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable, NamedTuple

from dateutil.easter import easter

from timeline import grammar, resolve
from timeline.errors import NormalizationError
from timeline.context import (
    MINUS_WORDS, PLUS_WORDS, YEAR_SHIFT, Context, Normalized, approx_mod, bound_direction,
    dct_date, prefix_mod,
)
from timeline.durations import HANDLERS as DURATION_HANDLERS
from timeline.durations import duration_value, unit_code
from timeline.resolve import FUTURE, PAST
from timeline.timex import (
    GRANULARITIES, format_day, format_month, is_anchored, start_day, value_granularity,
)

REPORT_WORDS = re.compile(r"\b(?:quarter|period|earnings|profit|net|revenue|sales|income"
                          r"|results|loss|per share|a share)\b")
# Days away from the publication date that deictic words name.
DAY_SHIFT = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}
_UNIT_GRANULARITY = {"Y": "year", "Q": "quarter", "M": "month"}
NARRATIVE_DIRS = {"earlier", "later", "before", "after", "since"}
_APPOSITIVE = re.compile(r"[,;(]\s*(?:just|only|barely|some|about|nearly|almost|more\s+than"
                         r"|less\s+than)?\s*$")
# Words TimeML tags as a SIGNAL, outside the expression: "[three days] after the vote".
SIGNAL_DIRS = {"later", "before", "after", "since"}


class Reference(NamedTuple):
    """The day narrative expressions count from, and the value it came from (None: the DCT)."""

    day: date
    value: str | None


def reference_for(context: Context, unit: str | None = None) -> Reference:
    """Where "the next day", "that year" count from: the latest date the text named at
    least as finely as `unit` (a day when None), else the publication date."""
    needed = _UNIT_GRANULARITY.get(unit or "")
    if needed and context.latest and is_anchored(context.latest):
        granularity = value_granularity(context.latest)
        if GRANULARITIES.index(granularity) >= GRANULARITIES.index(needed):
            return Reference(start_day(context.latest), context.latest)
    if context.reference and is_anchored(context.reference):
        return Reference(start_day(context.reference), context.reference)
    return Reference(dct_date(context), None)


def _season(m: re.Match[str], context: Context) -> Normalized:
    season = grammar.SEASONS[m["season"].lower()]
    anchor = (m["anchor"] or "").lower()
    mod = prefix_mod(m["mod"])
    if m["year"]:
        return Normalized(f"{grammar.year_number(m['year']):04d}-{season}", "DATE", mod)
    day = dct_date(context)
    if m["year_anchor"]:
        year = day.year + YEAR_SHIFT[m["year_anchor"].lower()]
        return Normalized(f"{year:04d}-{season}", "DATE", mod)
    if anchor in ("this", "current"):
        current = resolve.season_value(day)
        value = current if current.endswith(season) else f"{day.year:04d}-{season}"
        return Normalized(value, "DATE", mod)
    if anchor in ("that", "same", "previous", "following") and context.latest \
            and is_anchored(context.latest):
        # "that fall", "the previous fall": counted from the date the story last named
        ref = start_day(context.latest)
        same = anchor in ("that", "same")
        year = ref.year if same else resolve.infer_season_year(
            ref, season, PAST if anchor == "previous" else FUTURE)
        if not same and f"{year}-{season}" == resolve.season_value(ref):
            year += -1 if anchor == "previous" else 1  # not the season it is counted from
        return Normalized(f"{year:04d}-{season}", "DATE", mod, narrative=context.latest)
    _, direction = bound_direction(context)
    if anchor in PLUS_WORDS:
        direction = FUTURE
    elif anchor in MINUS_WORDS:
        direction = PAST
    year = resolve.infer_season_year(day, season, direction)
    current = resolve.season_value(day)
    value = f"{year}-{season}"
    if anchor and value == current:
        value = resolve.season_value(day, 4 if direction == FUTURE else -4)
    return Normalized(value, "DATE", mod)


def _quarter(m: re.Match[str], context: Context) -> Normalized:
    word = (m["nth"] or m["qnth"] or "").lower()
    nth = int(m["qnum"]) if m["qnum"] else 4 if word == "final" else \
        grammar.ORDINALS.get(word) or int(word[0])
    year_text = m["year"] or m["qyear"] or m["qyear2"]
    day = dct_date(context)
    if year_text:
        return Normalized(f"{year_text}-Q{nth}", "DATE")
    anchor = re.sub(r"\s+", " ", (m["anchor"] or "").lower())
    current = (day.month - 1) // 3 + 1
    year = day.year
    if anchor in ("last", "the previous", "the past") or "year-" in anchor:
        year -= 1
    elif anchor == "next":
        year += 1
    elif _REPORTED.match(context.after) and nth > current \
            and not _FORECAST.search(context.tense_word):
        # "will report fourth-quarter results" in February: last year's quarter (but
        # "expects second-quarter revenue of $420 million" forecasts this year's)
        year -= 1
    elif nth > current and context.tense != FUTURE:
        year -= 1
    return Normalized(f"{year:04d}-Q{nth}", "DATE")


_MONEY = re.compile(r"[$€£¥]\s?\d|\b\d[\d.,]*\s+(?:million|billion)\b")
_FORECAST = re.compile(r"(?i)\b(?:expect|forecast|project|predict|sees?\b|estimat|anticipat"
                       r"|guid|target)")
# Figures are reported for a quarter that has ended.
_REPORTED = re.compile(r"(?i)^[\s-]*(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|net"
                       r"|income)\b")


def _fiscal(m: re.Match[str], context: Context) -> Normalized:
    text = m["year"].lstrip("'")
    year = int(text) if len(text) == 4 else 1900 + int(text)
    if len(text) == 2 and year + 100 <= dct_date(context).year + 10:
        year += 100
    return Normalized(f"{year:04d}", "DATE")


def _half(m: re.Match[str], context: Context) -> Normalized:
    if m["bare"]:
        # "results in the second half": a half of this year in a business story; in a
        # game report it is half of a match, not a date.
        window = f"{context.before} {context.after}"
        if not REPORT_WORDS.search(window.lower()) and not _MONEY.search(window):
            raise NormalizationError(f"{m[0]!r} is not a half of a year here")
        which = m["bare"]
        year = dct_date(context).year
    elif m["part"]:  # "the first three months of 2020": the first quarter
        year = int(m["year2"]) if m["year2"] else \
            dct_date(context).year + YEAR_SHIFT.get((m["anchor2"] or "").lower(), 0)
        first = m["part"].lower() == "first"
        if m["months"].lower() in ("three", "3"):
            return Normalized(f"{year:04d}-Q{1 if first else 4}", "DATE")
        return Normalized(f"{year:04d}-H{1 if first else 2}", "DATE")
    else:
        which = m["which"]
        year = int(m["year"]) if m["year"] else fiscal_year_label(context) if m["hfiscal"] \
            else dct_date(context).year + YEAR_SHIFT.get((m["anchor"] or "").lower(), 0)
    return Normalized(f"{year:04d}-H{1 if which.lower() == 'first' else 2}", "DATE")


_FISCAL_END = re.compile(rf"(?i)^\s*,?\s*(?:on|ending|that\s+ends|which\s+ends)\s+"
                         rf"(?P<month>{grammar.MONTH})\s+(?P<day>[0-9]{{1,2}})")


def fiscal_year_label(context: Context) -> int:
    """The year the current fiscal year is named by, the year it ends in: "the end of the
    fiscal year on June 30" in December 2008 is fiscal 2009; with no end date given, the
    year of publication."""
    day = dct_date(context)
    m = _FISCAL_END.match(context.after)
    if m is None:
        return day.year
    month, number = grammar.MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
    try:
        end = date(day.year, month, number)
    except ValueError:
        return day.year
    return day.year if end >= day else day.year + 1


def _year(m: re.Match[str], context: Context) -> Normalized:
    spoken = m["spoken"] or m["spoken2"]
    if spoken:
        return Normalized(f"{grammar.year_number(spoken):04d}", "DATE")
    return Normalized(m["year"], "DATE", prefix_mod(m["mod"]))


def _holiday(m: re.Match[str], context: Context) -> Normalized:
    name = re.sub(r"\s+", " ", m["name"].lower())
    day = dct_date(context)
    anchor = (m["anchor"] or "").lower()
    _, direction = bound_direction(context)
    direction = FUTURE if anchor == "next" else PAST if anchor == "last" else direction
    if m["year"]:
        years = [int(m["year"])]
    else:
        years = [day.year - 1, day.year, day.year + 1]
    dates = [_holiday_date(name, year) for year in years]
    shown = (lambda d: resolve.shift_value(d, "W", 0)) if name.endswith("week") else format_day
    if len(dates) == 1:
        return Normalized(shown(dates[0]), "DATE")
    if direction == PAST:
        when = max(d for d in dates if d <= day)
    elif direction == FUTURE:
        when = min(d for d in dates if d >= day)
    else:
        when = min(dates, key=lambda d: (abs((d - day).days), d < day))
    return Normalized(shown(when), "DATE")


def _holiday_date(name: str, year: int) -> date:
    if name in grammar.EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=grammar.EASTER_HOLIDAYS[name])
    if name in grammar.THANKSGIVING_DAYS:
        thanksgiving = resolve.nth_weekday(year, 11, 4, 4)
        return thanksgiving + timedelta(days=grammar.THANKSGIVING_DAYS[name])
    if name == grammar.ELECTION_DAY:
        return resolve.nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if name in grammar.FLOATING_HOLIDAYS:
        month, nth, weekday = grammar.FLOATING_HOLIDAYS[name]
        return resolve.nth_weekday(year, month, nth, weekday)
    month, day = grammar.HOLIDAYS[name]
    return date(year, month, day)


def _deictic(m: re.Match[str], context: Context) -> Normalized:
    word = re.sub(r"\s+", " ", m["word"].lower())
    shift = DAY_SHIFT.get(word, 0)
    day = format_day(dct_date(context) + timedelta(days=shift))
    if word == "tonight":
        return Normalized(f"{day}TNI", "TIME")
    if m["pod"]:
        return Normalized(f"{day}T{grammar.PARTS_OF_DAY[m['pod'].lower()]}", "TIME")
    return Normalized(day, "DATE")


def _this_pod(m: re.Match[str], context: Context) -> Normalized:
    day = dct_date(context)
    if m["mid"]:
        pod = "MI" if m["mid"].lower().endswith("day") else \
            grammar.PARTS_OF_DAY[re.sub(r"(?i)^mid[\s-]?", "", m["mid"]).lower()]
        if m["mid_day"]:
            shift = DAY_SHIFT.get(m["mid_day"].lower(), 0)
            return Normalized(f"{format_day(day + timedelta(days=shift))}T{pod}", "TIME")
        ref = reference_for(context)
        return Normalized(f"{format_day(ref.day)}T{pod}", "TIME", narrative=ref.value)
    if m["word"]:
        return Normalized(f"{format_day(day - timedelta(days=1))}TNI", "TIME")
    anchor = m["anchor"].lower()
    if anchor == "that":  # "that evening": of the day the story is telling
        ref = reference_for(context)
        return Normalized(f"{format_day(ref.day)}T{grammar.PARTS_OF_DAY[m['pod'].lower()]}",
                          "TIME", narrative=ref.value)
    shift = {"last": -1, **DAY_SHIFT}.get(anchor, 0)
    pod = grammar.PARTS_OF_DAY[m["pod"].lower()]
    return Normalized(f"{format_day(day + timedelta(days=shift))}T{pod}", "TIME")


def _relative(m: re.Match[str], context: Context) -> Normalized:
    if m["day_unit"]:
        ref = reference_for(context)
        return Normalized(format_day(ref.day), "DATE", prefix_mod(m["mod"]), narrative=ref.value)
    if m["in_unit"]:  # "earlier in the week", "late in the year": this week, this year
        unit = unit_code(m["in_unit"])
        return Normalized(resolve.shift_value(dct_date(context), unit, 0), "DATE",
                          prefix_mod(m["in_mod"]))
    if m["end_fiscal"]:  # "by the end of the fiscal year (on June 30)"
        return Normalized(f"{fiscal_year_label(context):04d}", "DATE", "END")
    if m["end_unit"] or m["end_unit2"]:
        unit = unit_code(m["end_unit"] or m["end_unit2"])
        return Normalized(resolve.shift_value(dct_date(context), unit, 0), "DATE", "END")
    anchor = m["anchor"].lower()
    unit = unit_code(m["unit"])
    mod = prefix_mod(m["mod"])
    if anchor in ("same", "that"):
        if unit == "Q" and context.quarter:  # "that quarter": the one the report named
            named = context.latest if context.latest \
                and value_granularity(context.latest) == "quarter" \
                else context.quarter
            return Normalized(named, "DATE", mod, narrative=named)
        ref = reference_for(context, unit)
        return Normalized(resolve.shift_value(ref.day, unit, 0), "DATE", mod, narrative=ref.value)
    shift = 1 if anchor in PLUS_WORDS else -1 if anchor in MINUS_WORDS else 0
    return Normalized(resolve.shift_value(dct_date(context), unit, shift), "DATE", mod)


def _ago(m: re.Match[str], context: Context) -> Normalized:
    if m["this"]:
        return _anniversary(m, context)
    compared = _year_ago(m, context)
    if compared is not None:
        return compared
    count = grammar.word_number(m["num"])
    unit = unit_code(m["unit"])
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    mod = approx_mod(m["approx"])
    later = direction in PLUS_WORDS
    if count is None or count != int(count) or unit in ("S", "MIN", "H"):
        if count is None and direction in SIGNAL_DIRS:
            # "[a few days] later": a vague stretch from another event, a duration
            keep = len(m.string[m.start():m.start("dir")].rstrip())
            return Normalized(duration_value(None, unit), "DURATION", mod, keep=keep)
        if count is None:
            return Normalized("FUTURE_REF" if later else "PAST_REF", "DATE", mod)
        return Normalized(duration_value(count, unit), "DURATION", mod)
    ref = reference_for(context) if direction in NARRATIVE_DIRS \
        else Reference(dct_date(context), None)
    amount = _ago_amount(unit, int(count) if later else -int(count))
    point = resolve.shift_value(ref.day, _agounit_code(unit), amount)
    if direction in SIGNAL_DIRS:
        keep = len(m.string[m.start():m.start("dir")].rstrip())
        # "voted Tuesday, two days after the House did": counted from another event,
        # which the text does not date, so the duration places nothing.
        appositive = direction in ("after", "before") and _APPOSITIVE.search(context.before)
        return Normalized(duration_value(count, unit), "DURATION", mod, keep=keep,
                          point=None if appositive else point,
                          narrative=None if appositive else ref.value)
    return Normalized(point, "DATE", mod, narrative=ref.value)


def _anniversary(m: re.Match[str], context: Context) -> Normalized:
    """"Twenty-five years ago this week", "a week ago today": the week (month, day) that
    far before this one."""
    count = grammar.word_number(m["num"])
    unit = unit_code(m["unit"])
    if count is None or count != int(count) or _agounit_code(unit) not in ("D", "W", "M", "Y"):
        raise NormalizationError(f"{m[0]!r} names no whole count of days, weeks, months or years")
    day = dct_date(context) - timedelta(days=1 if m["this"].lower() == "yesterday" else 0)
    then = resolve.shift_day(day, _agounit_code(unit), -int(count) * _ago_amount(unit, 1))
    this = " ".join(m["this"].lower().split())
    granularity = {"this week": "W", "this month": "M"}.get(this, "D")
    return Normalized(resolve.shift_value(then, granularity, 0), "DATE", approx_mod(m["approx"]))


def _agounit_code(unit: str) -> str:
    return {"WE": "W", "2W": "W", "DE": "Y", "CE": "Y", "ML": "Y"}.get(unit, unit)


def _ago_amount(unit: str, count: int) -> int:
    """How many `_agounit_code(unit)` steps `count` units make: a decade ago is ten years."""
    return count * {"2W": 2, "DE": 10, "CE": 100, "ML": 1000}.get(unit, 1)


def _shift_quarter(value: str, quarters: int) -> str:
    year, quarter = int(value[:4]), int(value[-1]) - 1 + quarters
    return f"{year + quarter // 4:04d}-Q{quarter % 4 + 1}"


def _latest_quarter(context: Context, *, current: bool = False) -> str:
    """The quarter a report means: the one the text named last, else the last one ended."""
    if context.quarter and not current:
        return context.quarter
    day = dct_date(context)
    value = f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return value if current else _shift_quarter(value, -1)


def _period(m: re.Match[str], context: Context) -> Normalized:
    if m["pyear"]:  # "the 1988 quarter": the quarter under discussion, in that year
        nth = context.quarter[-1] if context.quarter else "X"
        return Normalized(f"{m['pyear']}-Q{nth}", "DATE")
    # "the quarter a year ago", "last year's period": the year-ago quarter
    which = "year-ago" if m["cunit"] or m["lunit"] else \
        re.sub(r"\s+", " ", (m["which"] or m["adj"] or "").lower())
    unit = (m["unit"] or m["bare"] or m["cunit"] or m["lunit"] or "quarter").lower()
    back = which in ("year-earlier", "year-ago", "comparable")
    day = dct_date(context)
    ended = _ended_quarter(context) if unit == "quarter" and not back else None
    if ended:
        return Normalized(ended, "DATE")
    if unit in ("quarter", "period"):
        if which == "previous" or which == "prior":
            return Normalized(_shift_quarter(_latest_quarter(context), -1), "DATE")
        value = _latest_quarter(context, current=which == "current")
        named = context.quarter if value == context.quarter else None  # the report's quarter
        return Normalized(_shift_quarter(value, -4) if back else value, "DATE", narrative=named)
    if m["adj"]:
        if context.quarter:
            return Normalized(_shift_quarter(context.quarter, -4), "DATE")
        return Normalized(f"{day.year - 1:04d}", "DATE")
    if unit == "weekend":
        direction = bound_direction(context)[1]
        saturday = resolve.resolve_weekday(day, 6, PAST if direction == PAST else FUTURE)
        return Normalized(resolve.shift_value(saturday, "WE", 0), "DATE")
    if which == "same":
        ref = reference_for(context, unit_code(unit))
        return Normalized(resolve.shift_value(ref.day, unit_code(unit), 0), "DATE",
                          narrative=ref.value)
    if unit == "year" and not which and re.search(r"(?i)\bfor\s+$", context.before):
        return Normalized("P1Y", "DURATION")
    if unit == "year" and which == "full" and context.tense == PAST and day.month <= 3:
        # "For the full year, sales rose", reported in the first quarter: the year just ended
        return Normalized(f"{day.year - 1:04d}", "DATE")
    shift = -1 if back or which in ("previous", "prior") else 0
    return Normalized(resolve.shift_value(day, unit_code(unit), shift), "DATE")


_ENDED = re.compile(rf"(?i)^\s*,?\s*(?:which\s+)?(?:ended|ending|that\s+ended)\s+(?:on\s+)?"
                    rf"(?P<month>{grammar.MONTH})\s+(?P<day>[0-9]{{1,2}})")


def _ended_quarter(context: Context) -> str | None:
    """"The quarter ended Sept. 30": the calendar quarter holding most of those three months.

    A fiscal quarter that closes on July 31 ran from May to July, so it is mostly the
    second calendar quarter; its middle day, 45 days before the close, says which.
    """
    m = _ENDED.match(context.after)
    if m is None:
        return None
    month = grammar.MONTHS[m["month"].lower().rstrip(".")]
    day = dct_date(context)
    year = day.year if month <= day.month else day.year - 1
    try:
        middle = date(year, month, int(m["day"])) - timedelta(days=45)
    except ValueError:
        return None
    return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"


# How near (in characters, about two sentences) a month must have been named for a
# comparison "from a year earlier" to mean that month.
NEAR_MENTION = 200
_COMPARED = re.compile(r"(?i)\b(?:from|than|over|versus|vs\.|compared\s+with|against)\s+$")


def _year_ago(m: re.Match[str], context: Context) -> Normalized | None:
    """Reports compare with the same period a year before: "rose 5% in March from a year
    earlier" is March of last year, "a year ago" in a quarterly report that quarter."""
    if m["unit"].lower() != "year" or grammar.word_number(m["num"]) != 1:
        return None
    latest = context.latest
    if latest and value_granularity(latest) == "month" and _COMPARED.search(context.before):
        year, month = int(latest[:4]), int(latest[5:7])
        # the month just reported, named in this sentence or the one before
        if context.latest_gap is not None and context.latest_gap <= NEAR_MENTION:
            return Normalized(format_month(year - 1, month), "DATE", approx_mod(m["approx"]),
                              narrative=latest)
    if context.quarter is None:
        return None
    window = f"{context.before} {context.after}".lower()
    if not REPORT_WORDS.search(window):
        return None
    return Normalized(_shift_quarter(context.quarter, -4), "DATE", approx_mod(m["approx"]),
                      narrative=context.quarter)


def _unit_ago(m: re.Match[str], context: Context) -> Normalized:
    later = m["dir"].lower() == "later"
    return Normalized("FUTURE_REF" if later else "PAST_REF", "DATE")


def _the_next(m: re.Match[str], context: Context) -> Normalized:
    if m["side"]:  # "the day before", with nothing after it: the day before the story's day
        anchor = "previous" if m["side"].lower() == "before" else "next"
        word = m["unit2"].lower()
    else:
        anchor, word = m["anchor"].lower(), m["unit"].lower()
    shift = {"next": 1, "following": 1, "previous": -1, "prior": -1}.get(anchor, 0)
    ref = reference_for(context, None if word in grammar.PARTS_OF_DAY else unit_code(word))
    if word in grammar.PARTS_OF_DAY:
        day = ref.day + timedelta(days=shift)
        return Normalized(f"{format_day(day)}T{grammar.PARTS_OF_DAY[word]}", "TIME",
                          narrative=ref.value)
    return Normalized(resolve.shift_value(ref.day, unit_code(word), shift), "DATE",
                      narrative=ref.value)


def _reference(m: re.Match[str], context: Context) -> Normalized:
    if m["then"]:  # "until then": the date the story last named
        if context.latest and is_anchored(context.latest):
            return Normalized(context.latest, "DATE", narrative=context.latest)
        return Normalized("PAST_REF", "DATE")
    if m["present"]:
        return Normalized("PRESENT_REF", "DATE")
    return Normalized("PAST_REF" if m["past"] else "FUTURE_REF", "DATE")


HANDLERS: dict[str, Callable[[re.Match[str], Context], Normalized]] = {
    "season": _season, "quarter": _quarter, "half": _half, "fiscal": _fiscal, "year": _year,
    "holiday": _holiday, "deictic": _deictic, "this_pod": _this_pod, "relative": _relative,
    "ago": _ago, "unit_ago": _unit_ago, "the_next": _the_next,
    "reference": _reference, "period": _period, **DURATION_HANDLERS,
}
