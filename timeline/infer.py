"""Infer a publication date from the article's own text, completing a partial one.

The year comes from the given partial date or from the text itself (a dateline with a
year, "this year" next to a year, a "Wednesday, March 10" that falls right in only one year
the text names); it is never guessed. The day is then weighed jointly from all the
evidence (`dayscore`): the dateline, the weekdays and month-day dates the text mentions
with the tense of their clauses (`dayclues`), "next month" next to a month. The answer is
the likeliest day when its posterior probability reaches THRESHOLD, else a refusal that
lists the likeliest candidates. Works from the tagged document (its mentions and clues),
never from a parse of its own.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from timeline.dateline import Dateline, find_dateline
from timeline.dayscore import Clue, Scored, score_days
from timeline.dctwords import PUBLICATION_MONTH_SHIFT, PUBLICATION_YEAR_SHIFT
from timeline.mentions import Mention
from timeline.readings import DayDate, MonthDate, NumericDate, Reading, Relative, Weekday, Year

# The posterior probability of the best day needed to answer. Set on the even-numbered
# half of TempEval-3 (sorted by name) as the lowest with no wrong answer there; the odd
# half checks it (docs/accuracy.md).
THRESHOLD = 0.4
DATELINE_SCORE = 3.0
MONTH_SCORE = 0.5
MAX_LISTED = 3
# A day is listed as a candidate when at least this many times likelier than uniform.
LISTED_ODDS = 5.0
YEAR_WINDOW = 120
_PARTIAL_RE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}))?$")
_MONTH_SHIFT = PUBLICATION_MONTH_SHIFT
_YEAR_SHIFT = PUBLICATION_YEAR_SHIFT


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible publication date (a day, or a month or day without a year) and why."""

    value: str
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Inference:
    """The outcome: the chosen day (None when refused), its confidence and evidence.

    candidates: every possibility considered, best first, for the refusal message.
    """

    value: str | None
    confidence: float
    evidence: tuple[str, ...]
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class _Mention:
    """One expression of the text that bears on the date."""

    text: str
    start: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    anchor: str | None = None
    unit: str | None = None


def infer_published(text: str, partial: str | None, tagged: Sequence[Mention],
                    clues: Sequence[Clue], *, threshold: float = THRESHOLD) -> Inference:
    """The most likely publication day of `text`, within `partial` ("1998", "1998-08").

    tagged: the mentions of the tagged text; clues: their day clues after the dateline.
    Returns an Inference whose `value` is None when the evidence does not give one day
    with at least `threshold` confidence (the posterior probability of that day).
    Raises: ValueError for a `partial` that is not YYYY or YYYY-MM.
    """
    year, month = _split_partial(partial)
    dateline = find_dateline(text)
    skip = dateline.end if dateline is not None else 0
    mentions = [m for m in _mentions(tagged) if m.start >= skip]
    evidence: list[str] = []
    if year is None:
        year, year_evidence = _text_year(mentions, dateline)
        evidence.extend(year_evidence)
    if year is None:
        return _refuse(_yearless_candidates(mentions, dateline))
    line_day = dateline.day_in(year) if dateline is not None else None
    month_hint = _month_evidence(mentions)
    scored = score_days(_candidate_days(year, month), list(clues), year, line_day,
                        month_hint[0] if month_hint else None)
    candidates = _day_candidates(scored, month_hint, year)
    best, probability = scored.best()
    confidence = round(probability, 2)
    if confidence < threshold:
        return Inference(None, confidence, tuple(evidence), candidates)
    reasons = tuple(scored.reasons(best))
    return Inference(best.isoformat(), confidence, tuple(evidence) + reasons, candidates)


def _split_partial(partial: str | None) -> tuple[int | None, int | None]:
    if partial is None:
        return None, None
    match = _PARTIAL_RE.match(partial.strip())
    if match is None or not 1 <= int(match.group("month") or 1) <= 12:
        raise ValueError(f"not a year or year-month: {partial!r}")
    month = match.group("month")
    return int(match.group("year")), int(month) if month else None


def _refuse(candidates: tuple[Candidate, ...]) -> Inference:
    return Inference(None, 0.0, (), candidates)


# --- mentions -----------------------------------------------------------------------------


def _mentions(tagged: Sequence[Mention]) -> list[_Mention]:
    """The mentions that name a year, month, day or weekday (rules flagged "year-clue")."""
    out = []
    for mention in tagged:
        if "year-clue" not in mention.rule.flags:
            continue
        found = _mention(mention.text, mention.start, mention.reading)
        if found is not None:
            out.append(found)
    return out


def _mention(text: str, start: int, reading: Reading) -> _Mention | None:
    """A reading's year, month, day, weekday and anchor; a year only when written in figures
    with its century ("5/23/98" and "nineteen ninety" give none)."""
    if isinstance(reading, NumericDate):
        year = None if reading.short_year else reading.year
        return _Mention(text, start, reading.month, reading.day, year)
    if isinstance(reading, DayDate):
        return _Mention(text, start, reading.month, reading.day, reading.year, reading.weekday)
    if isinstance(reading, Weekday):
        return _Mention(text, start, weekday=reading.weekday, anchor=reading.anchor)
    if isinstance(reading, (Year, MonthDate)):
        year = None if reading.spoken else reading.year
        month = reading.month if isinstance(reading, MonthDate) else None
        return _Mention(text, start, month, year=year)
    if isinstance(reading, Relative) and reading.anchor:  # "this year", "next month"
        return _Mention(text, start, anchor=reading.anchor, unit=reading.unit)
    return None


def _day(year: int, month: int | None, day: int | None) -> date | None:
    if month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- the year -----------------------------------------------------------------------------


def _text_year(mentions: list[_Mention],
               dateline: Dateline | None) -> tuple[int | None, list[str]]:
    """The year the text states for itself, with the evidence; None when it does not."""
    votes: Counter[int] = Counter()
    evidence: dict[int, str] = {}
    if dateline is not None and dateline.year is not None:
        votes[dateline.year] += 2
        evidence[dateline.year] = f"the dateline '{dateline.text}' gives {dateline.year}"
    for relative in (m for m in mentions if m.unit == "Y" and m.anchor in _YEAR_SHIFT):
        for other in _near_years(relative, mentions):
            year = (other.year or 0) + _YEAR_SHIFT[relative.anchor or "this"]
            votes[year] += 1
            evidence.setdefault(year, f"'{relative.text}' next to '{other.text}' gives {year}")
    if len(votes) == 1:
        year = next(iter(votes))
        return year, [evidence[year]]
    if votes:
        return None, []
    return _weekday_year(mentions)


def _near_years(relative: _Mention, mentions: list[_Mention]) -> list[_Mention]:
    return [m for m in mentions if m.year is not None and m.unit is None and m.month is None
            and abs(m.start - relative.start) <= YEAR_WINDOW]


def _weekday_year(mentions: list[_Mention]) -> tuple[int | None, list[str]]:
    """The one year named in the text on which every "Wednesday, Aug. 5" falls right."""
    dated = [m for m in mentions if m.weekday and m.month and m.day and m.year is None]
    named = sorted({m.year for m in mentions if m.year is not None})
    if not dated or not named:
        return None, []
    fitting = [y for y in named
               if all(_agrees(y, m) for m in dated)]
    if len(fitting) != 1:
        return None, []
    shown = ", ".join(f"'{m.text}'" for m in dated[:3])
    return fitting[0], [f"{shown} falls on that weekday in {fitting[0]}, a year the text names"]


def _agrees(year: int, mention: _Mention) -> bool:
    day = _day(year, mention.month, mention.day)
    return day is not None and day.isoweekday() == mention.weekday


# --- the day ------------------------------------------------------------------------------


def _candidate_days(year: int, month: int | None) -> list[date]:
    """Every day of `year`, or of `month` in it."""
    first = date(year, month or 1, 1)
    # Counted up to the last day, not to the first of the next month: after December 9999
    # there is none.
    last = date(year, month or 12, monthrange(year, month or 12)[1])
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _day_candidates(scored: Scored, month_hint: tuple[int, str] | None,
                    year: int) -> tuple[Candidate, ...]:
    """The likeliest days, those the evidence singles out from the rest, for the refusal;
    the month alone when the text gives that and no day stands out."""
    floor = LISTED_ODDS / len(scored.days)
    out = [Candidate(day.isoformat(), round(p, 3), tuple(scored.reasons(day)))
           for day, p in scored.ranked(MAX_LISTED) if p >= floor]
    if month_hint is not None:
        out.append(Candidate(f"{year:04d}-{month_hint[0]:02d}", MONTH_SCORE, (month_hint[1],)))
    return tuple(out)


def _month_evidence(mentions: list[_Mention]) -> tuple[int, str] | None:
    """The publication month from "next month" next to "June 12", if the text gives one."""
    for relative in (m for m in mentions if m.unit == "M" and m.anchor in _MONTH_SHIFT):
        near = [m for m in mentions if m.month is not None and m.unit is None
                and abs(m.start - relative.start) <= YEAR_WINDOW]
        if near:
            month = (near[0].month or 1) + _MONTH_SHIFT[relative.anchor or "this"]
            month = (month - 1) % 12 + 1
            return month, f"'{relative.text}' next to '{near[0].text}'"
    return None


def _yearless_candidates(mentions: list[_Mention],
                         dateline: Dateline | None) -> tuple[Candidate, ...]:
    """Without a year: the dateline's month and day, as `--MM-DD`, for the refusal."""
    out = []
    if dateline is not None and dateline.month is not None and dateline.day is not None:
        out.append(Candidate(f"--{dateline.month:02d}-{dateline.day:02d}", DATELINE_SCORE,
                             (f"the dateline '{dateline.text}' (no year)",)))
    month = _month_evidence(mentions)
    if month is not None:
        out.append(Candidate(f"--{month[0]:02d}", MONTH_SCORE, (month[1],)))
    return tuple(out)
