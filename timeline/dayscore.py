"""Weigh an article's day clues jointly: a likelihood for every candidate publication day.

For each candidate day d (every day of the given year, or month), each clue has a
probability of being written by a reporter writing on d, following news conventions:
an event reported in the past tense happened on d or shortly before (most often the day
before: "said Friday" in Saturday's paper), a future one lies ahead, a past month-day
date is on or before d. The clues are taken as independent, repeats of one clue counting
less, and the posterior over the days (from a uniform prior) gives the best day and its
confidence. The tables below are those conventions; where a value had to be chosen it was
chosen on the even-numbered half of TempEval-3 and checked on the odd one
(docs/accuracy.md). Pure: no parsing, no I/O.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Clue:
    """One expression bearing on the publication day.

    kind: `weekday` ("Friday"), `date` (a month and day, with its weekday when the text
        gives one), `month` (a month name alone) or `deictic` ("yesterday": `offset` -1).
    tense: `past`, `present`, `future` or None, from the governing clause.
    anchor: "last", "next", "this"... before a weekday or month, else None.
    bounded: the expression follows "since", "until", "by"... (a limit, not a day of news).
    """

    text: str
    start: int
    kind: str
    tense: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    anchor: str | None = None
    offset: int | None = None
    bounded: bool = False
    lead: bool = False


# P(a weekday named in the past tense is k days before d), k = 0..6. Wire copy reports the
# day's news and the day before; a paper that says "yesterday" for the day before names
# weekdays only for older days (the Wall Street Journal's convention).
PAST_WEEKDAY = (0.22, 0.40, 0.12, 0.08, 0.07, 0.06, 0.05)
PAST_WEEKDAY_WITH_YESTERDAY = (0.06, 0.04, 0.30, 0.26, 0.14, 0.11, 0.09)
PAST_WEEKDAY_WITH_TODAY = (0.04, 0.45, 0.15, 0.11, 0.09, 0.08, 0.08)
LAST_WEEKDAY = (0.03, 0.05, 0.20, 0.20, 0.19, 0.17, 0.16)
# P(a weekday named in the future tense is k days after d), k = 0..6; in the present tense
# ("the summit opens Monday") it may be d itself.
FUTURE_WEEKDAY = (0.06, 0.30, 0.18, 0.14, 0.12, 0.10, 0.10)
PRESENT_WEEKDAY = (0.25, 0.25, 0.14, 0.11, 0.09, 0.08, 0.08)
NEXT_WEEKDAY = (0.02, 0.08, 0.14, 0.18, 0.20, 0.20, 0.18)
# A month-day date: share of mentions that are recent news (geometric in days, with this
# half-life), that lie anywhere on the expected side; the rest contradict the tense. A
# present-tense date looks ahead ("the offer expires Nov. 20"), as the normalizer reads it.
RECENT = {"past": (0.05, 1.0), "future": (0.10, 7.0), None: (0.20, 3.0)}
SIDE = {"past": 0.80, "future": 0.60, None: 0.0}
# ...and those on the expected side are fewer the further they lie (half-life in days).
SIDE_HALF_LIFE = 90.0
DAYS_IN_YEAR = 365
# A dateline's day is the day of publication or, for wire copy dated abroad, the day before.
DATELINE = (0.5, 0.4)
# A weekday with its date in the lead: the day, or one next to it.
LEAD_DATE = (0.45, 0.2)
REPEAT_WEIGHT = 0.3
MONTH_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Scored:
    """The posterior over candidate days (in calendar order), with each clue's
    log-likelihood per day (a clue, or a description of evidence that is not one)."""

    days: tuple[date, ...]
    posterior: tuple[float, ...]
    clues: tuple[tuple[Clue | str, tuple[float, ...]], ...]

    def best(self) -> tuple[date, float]:
        """The most likely day and its posterior probability."""
        i = max(range(len(self.days)), key=lambda j: self.posterior[j])
        return self.days[i], self.posterior[i]

    def near(self, day: date, width: int = 1) -> float:
        """The posterior mass within `width` days of `day`."""
        return sum(p for d, p in zip(self.days, self.posterior)
                   if abs((d - day).days) <= width)

    def ranked(self, count: int) -> list[tuple[date, float]]:
        """The `count` most likely days with their probabilities."""
        pairs = sorted(zip(self.days, self.posterior), key=lambda dp: -dp[1])
        return pairs[:count]

    def reasons(self, day: date, other: date | None = None, count: int = 4) -> list[str]:
        """The clues that favour `day` most over `other` (or over the average day), as text."""
        i = self.days.index(day)
        j = self.days.index(other) if other is not None else None
        gains = sorted(((logs[i] - (logs[j] if j is not None else sum(logs) / len(logs)), n)
                        for n, (_, logs) in enumerate(self.clues)), reverse=True)
        return [_because(self.clues[n][0], day) for gain, n in gains[:count] if gain > 0.01]


def score_days(days: list[date], clues: list[Clue], year: int,
               dateline_day: date | None = None, month_hint: int | None = None) -> Scored:
    """The posterior over `days` given the clues of a text (all in `year` unless stated)."""
    rows: list[tuple[Clue | str, tuple[float, ...]]] = []
    deictic = {c.offset for c in clues if c.kind == "deictic"}
    lead = next((c for c in clues if c.kind == "date" and c.weekday is not None), None)
    if lead is not None and (not lead.lead or lead.tense == "future" or dateline_day):
        lead = None  # a dateline names the day; a future date is not today's
    seen: Counter[tuple[object, ...]] = Counter()
    for clue in clues:
        key = (clue.kind, clue.month, clue.day, clue.weekday, clue.anchor)
        weight = 1.0 if not seen[key] else REPEAT_WEIGHT
        seen[key] += 1
        probs = _lead_probs(clue, days, year) if clue is lead else None
        probs = probs or _clue_probs(clue, days, year, deictic)
        if probs is not None:
            rows.append((clue, tuple(weight * math.log(p) for p in probs)))
    if dateline_day is not None:
        rows.append((f"the dateline '{dateline_day:%B} {dateline_day.day}'",
                     tuple(math.log(_dateline_p(d, dateline_day)) for d in days)))
    if month_hint is not None:
        rows.append((f"'next month' or 'last month' next to a month name gives "
                     f"{date(year, month_hint, 1):%B}",
                     tuple(MONTH_WEIGHT * math.log(0.8 if d.month == month_hint else 0.02)
                           for d in days)))
    totals = [sum(logs[i] for _, logs in rows) for i in range(len(days))]
    top = max(totals) if totals else 0.0
    weights = [math.exp(t - top) for t in totals]
    norm = sum(weights)
    return Scored(tuple(days), tuple(w / norm for w in weights), tuple(rows))


def _clue_probs(clue: Clue, days: list[date], year: int,
                deictic: set[int | None]) -> list[float] | None:
    if clue.kind == "weekday" and clue.weekday is not None:
        table = _weekday_table(clue, deictic)
        if table is None:
            return None
        sign = -1 if table[1] == "before" else 1
        return [_mix(table[0], sign * (clue.weekday - d.isoweekday()) % 7) for d in days]
    if clue.kind == "date":
        when = _date_of(clue, year)
        if when is None:
            return None
        return [_date_p(clue, (d - when).days) for d in days]
    if clue.kind == "month" and clue.month is not None and clue.tense in ("past", "future"):
        month = clue.month
        return [_month_p(clue.tense, d.month, month) for d in days]
    return None


def _lead_probs(clue: Clue, days: list[date], year: int) -> list[float] | None:
    """A weekday with its date in the lead ("said in an editorial on Monday, Oct. 26"):
    the day of the issue, as a dateline is, give or take a day."""
    when = _date_of(clue, year) if clue.kind == "date" else None
    if when is None:
        return None
    rest = (1 - LEAD_DATE[0] - 2 * LEAD_DATE[1]) / DAYS_IN_YEAR
    return [LEAD_DATE[0] if d == when else LEAD_DATE[1] if abs((d - when).days) == 1 else rest
            for d in days]


def _weekday_table(clue: Clue, deictic: set[int | None]) -> tuple[tuple[float, ...], str] | None:
    """The distribution of the days from the weekday to d, and on which side of d it is.

    deictic: the day offsets the text's deictic words name (-1 "yesterday", 0 "today"):
    a text that says "yesterday" for the day before names no weekday for it.
    """
    if clue.anchor == "last" or clue.anchor == "past":
        return LAST_WEEKDAY, "before"
    if clue.anchor in ("next", "coming", "upcoming"):
        return NEXT_WEEKDAY, "after"
    if clue.anchor is not None and clue.anchor != "this":
        return None
    if clue.tense == "past":
        if -1 in deictic:
            return PAST_WEEKDAY_WITH_YESTERDAY, "before"
        return (PAST_WEEKDAY_WITH_TODAY if 0 in deictic else PAST_WEEKDAY), "before"
    if clue.tense == "future":
        return FUTURE_WEEKDAY, "after"
    if clue.tense == "present":
        return PRESENT_WEEKDAY, "after"  # "the summit opens Monday": today or ahead
    return None


def _mix(table: tuple[float, ...], k: int) -> float:
    """P(k) from `table`, kept off zero: a parse can get the tense wrong."""
    return 0.9 * table[k % 7] + 0.1 / 7


def _date_of(clue: Clue, year: int) -> date | None:
    if clue.month is None or clue.day is None or (clue.year is not None and clue.year != year):
        return None
    try:
        when = date(year, clue.month, clue.day)
    except ValueError:
        return None
    if clue.weekday is not None and clue.weekday != when.isoweekday():
        return None  # "Friday, Oct. 27" of another year
    return when


def _date_p(clue: Clue, gap: int) -> float:
    """P(a date `gap` days before d is mentioned), by the tense of its clause."""
    tense = {"past": "past", "future": "future", "present": "future"}.get(clue.tense or "")
    recent_share, half_life = RECENT[tense]
    if clue.bounded:
        recent_share /= 3
    if clue.weekday is not None:
        recent_share = min(0.8, recent_share * 1.6)  # "Friday, Oct. 27": the news day
    side_share = min(SIDE[tense], 0.95 - recent_share)
    rest = 1.0 - recent_share - side_share
    ahead = gap if tense != "future" else -gap
    if tense is None:
        ahead = abs(gap)
    q = 0.5 ** (1 / half_life)
    recent = (1 - q) * q ** ahead if ahead >= 0 else 0.0
    if tense is None:
        recent /= 2
    if ahead < 0 and clue.year is None:
        ahead += DAYS_IN_YEAR  # "Oct. 24" in the past tense on Oct. 20: last year's
    r = 0.5 ** (1 / SIDE_HALF_LIFE)
    on_side = (1 - r) * r ** ahead if ahead >= 0 else 0.0
    return recent_share * recent + side_share * on_side + rest / (2 * DAYS_IN_YEAR)


def _month_p(tense: str, pub_month: int, month: int) -> float:
    lag = (pub_month - month) % 12 if tense == "past" else (month - pub_month) % 12
    return MONTH_WEIGHT * 0.5 ** (lag + 1) + (1 - MONTH_WEIGHT) / 12


def _dateline_p(day: date, line: date) -> float:
    if day == line:
        return DATELINE[0]
    if (day - line).days == 1:  # the day after (a dateline of 9999-12-31 has none)
        return DATELINE[1]
    return (1 - sum(DATELINE)) / DAYS_IN_YEAR


def _because(clue: Clue | str, day: date) -> str:
    """Why `clue` points to `day`: the clue and where it lies from that day."""
    if isinstance(clue, str):
        return clue
    tense = f" ({clue.tense} tense)" if clue.tense else ""
    words = f"'{' '.join(clue.text.split())}'{tense}"
    if clue.kind == "weekday" and clue.weekday is not None:
        back = (day.isoweekday() - clue.weekday) % 7
        ahead = (clue.weekday - day.isoweekday()) % 7
        gap = back if clue.tense == "past" or clue.anchor in ("last", "past") else ahead
        side = "before" if gap == back else "after"
        return f"{words}: {_days(gap)} {side}" if gap else f"{words}: that day"
    when = _date_of(clue, day.year) if clue.kind == "date" else None
    if when is not None:
        gap = (day - when).days
        return f"{words}: {_days(abs(gap))} {'before' if gap > 0 else 'after'}" if gap \
            else f"{words}: that day"
    return words


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
