"""Infer a publication date from the article's own text, completing a partial one.

Evidence comes from the dateline and from the temporal expressions the grammar finds
(no parse, no normalization): dates with a year, month-day dates with their weekday,
"this year" next to a year, "next month" next to a month, and the weekday the story
leads with against the month-day dates it mentions. A year is used only when the given
partial date or the text states it; weekdays only choose among years the text names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from timeline.dateline import Dateline, find_dateline
from timeline.grammar import MONTHS, WEEKDAYS, match_rule
from timeline.tagger import find_candidates

THRESHOLD = 0.75
# A dateline names the day a story was filed; wire copy is often dated the next day
# (7 of the 14 Xinhua stories of TempEval-3), so even unopposed evidence stays below 1.
MAX_CONFIDENCE = 0.9
DATELINE_SCORE = 3.0
AGREEMENT_SCORE = 1.0
MONTH_SCORE = 0.5
YEAR_WINDOW = 120
_PARTIAL_RE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}))?$")
_MONTH_SHIFT = {"next": -1, "last": 1, "this": 0, "past": 1, "previous": 1, "coming": -1}
_YEAR_SHIFT = {"this": 0, "last": 1, "next": -1, "past": 1, "previous": 1, "coming": -1,
               "current": 0}


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


def infer_published(text: str, partial: str | None = None) -> Inference:
    """The most likely publication day of `text`, within `partial` ("1998", "1998-08").

    Returns an Inference whose `value` is None when the evidence does not give one day
    with at least THRESHOLD confidence.
    Raises: ValueError for a `partial` that is not YYYY or YYYY-MM.
    """
    year, month = _split_partial(partial)
    dateline = find_dateline(text)
    skip = dateline.end if dateline is not None else 0
    mentions = [m for m in _mentions(text) if m.start >= skip]
    evidence: list[str] = []
    if year is None:
        year, year_evidence = _text_year(mentions, dateline)
        evidence.extend(year_evidence)
    if year is None:
        return _refuse(_yearless_candidates(mentions, dateline))
    scores = _day_scores(year, month, mentions, dateline)
    ranked = sorted(scores.values(), key=lambda c: (-c.score, c.value))
    if not ranked:
        month_hint = _month_candidates(year, mentions)
        return _refuse(tuple(month_hint))
    best = ranked[0]
    confidence = _confidence(best, ranked)
    if confidence < THRESHOLD:
        return Inference(None, confidence, tuple(evidence), tuple(ranked))
    return Inference(best.value, confidence, tuple(evidence) + best.evidence, tuple(ranked))


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


def _confidence(best: Candidate, ranked: list[Candidate]) -> float:
    """The best score's share of the evidence, lowered when it rests on one weak clue."""
    total = sum(c.score for c in ranked)
    share = best.score / total if total else 0.0
    strength = min(1.0, best.score / DATELINE_SCORE)
    raw = share * (0.7 + 0.3 * strength) if best.score >= 2 else share * 0.6
    return round(min(MAX_CONFIDENCE, raw), 2)


# --- mentions -----------------------------------------------------------------------------


def _mentions(text: str) -> list[_Mention]:
    """The expressions the grammar finds that name a year, month, day or weekday."""
    out = []
    for cand in find_candidates(text):
        if cand.rule not in ("iso", "numeric", "month_day", "day_month", "weekday", "year",
                             "relative", "month_year"):
            continue
        span = text[cand.start:cand.end]
        match = match_rule(cand.rule, span)
        if match is None:
            continue
        mention = _mention(span, cand.start, match.groupdict())
        if mention is not None:
            out.append(mention)
    return out


def _mention(span: str, start: int, groups: dict[str, str | None]) -> _Mention | None:
    month = _month(groups.get("month"))
    day = _int(groups.get("day"))
    year = _int(groups.get("year"))
    if year is not None and year < 100:
        year = None  # "5/23/98": the century is not stated
    weekday = WEEKDAYS.get((groups.get("wday") or "").lower().rstrip("s")) \
        if groups.get("wday") else None
    unit = (groups.get("unit") or "").lower() or None
    anchor = (groups.get("anchor") or "").lower() or None
    if groups.get("plural"):
        return None
    return _Mention(span, start, month, day, year, weekday, anchor, unit)


def _month(value: str | None) -> int | None:
    if not value:
        return None
    if value.isdigit():
        return int(value)
    return MONTHS.get(value.lower().rstrip("."))


def _int(value: str | None) -> int | None:
    digits = re.sub(r"\D", "", value or "")
    return int(digits) if digits else None


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
    for relative in (m for m in mentions if m.unit == "year" and m.anchor in _YEAR_SHIFT):
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


def _day_scores(year: int, month: int | None, mentions: list[_Mention],
                dateline: Dateline | None) -> dict[str, Candidate]:
    """Candidate days in `year` (and `month`) with their summed scores and evidence."""
    scores: dict[str, Candidate] = {}

    def add(day: date | None, score: float, why: str) -> None:
        if day is None or day.year != year or (month is not None and day.month != month):
            return
        key = day.isoformat()
        old = scores.get(key, Candidate(key, 0.0, ()))
        scores[key] = Candidate(key, old.score + score, old.evidence + (why,))

    line_day = dateline.day_in(year) if dateline is not None else None
    if dateline is not None and line_day is not None:
        add(line_day, DATELINE_SCORE, f"the dateline '{dateline.text}' "
                                      f"gives {line_day:%B} {line_day.day}")
    for mention, day in _weekday_agreements(year, mentions):
        add(day, AGREEMENT_SCORE, f"'{mention}' falls on {day:%A} {day.isoformat()}")
    pub_month = _month_evidence(mentions)
    if pub_month is not None and scores:
        for key in list(scores):
            if int(key[5:7]) == pub_month[0]:
                add(date.fromisoformat(key), MONTH_SCORE, pub_month[1])
    return scores


def _weekday_agreements(year: int, mentions: list[_Mention]) -> list[tuple[str, date]]:
    """Month-day dates whose weekday is stated with them, or is the weekday the story
    leads with: the day of the news the story reports."""
    lead = next((m.weekday for m in mentions if m.weekday and m.month is None), None)
    out = []
    for mention in mentions:
        day = _day(year, mention.month, mention.day)
        if day is None or (mention.year is not None and mention.year != year):
            continue
        if mention.weekday is not None and mention.weekday == day.isoweekday():
            out.append((mention.text, day))
        elif mention.weekday is None and lead is not None and day.isoweekday() == lead:
            out.append((f"{mention.text}' and the lead weekday '{day:%A}", day))
    return out


def _month_evidence(mentions: list[_Mention]) -> tuple[int, str] | None:
    """The publication month from "next month" next to "June 12", if the text gives one."""
    for relative in (m for m in mentions if m.unit == "month" and m.anchor in _MONTH_SHIFT):
        near = [m for m in mentions if m.month is not None and m.unit is None
                and abs(m.start - relative.start) <= YEAR_WINDOW]
        if near:
            month = (near[0].month or 1) + _MONTH_SHIFT[relative.anchor or "this"]
            month = (month - 1) % 12 + 1
            return month, f"'{relative.text}' next to '{near[0].text}'"
    return None


def _month_candidates(year: int, mentions: list[_Mention]) -> list[Candidate]:
    found = _month_evidence(mentions)
    if found is None:
        return []
    return [Candidate(f"{year:04d}-{found[0]:02d}", MONTH_SCORE, (found[1],))]


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
