"""The clues an article's text gives about the day it was written, read with their tense.

Each temporal expression that bears on the publication day becomes a `Clue`: a weekday
("said Friday"), a month and day ("on Oct. 19"), a weekday with its date ("Friday, Oct.
27"), a month name, or a deictic word ("yesterday", "today"). The clause's tense says on
which side of the publication day it lies. The text is parsed once; nothing is
normalized, so no publication date is needed. `dayscore` weighs the clues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from timeline.clause import clause_tense
from timeline.grammar import MONTHS, WEEKDAYS, match_rule
from timeline.pipeline import load_pipeline
from timeline.sentences import split_paragraphs
from timeline.tagger import has_candidates

LEAD_PARAGRAPHS = 1
DATED_RULES = ("month_day", "day_month", "weekday", "month", "deictic", "this_pod", "time",
               "relative")
# Words before an expression that make it a deadline or a period, not a day of news.
_SPAN_WORDS = re.compile(r"(?i)\b(?:since|until|till|through|by|from|between|before|after"
                         r"|as\s+of|ended|ending|ends)\s+(?:the\s+)?$")
_DEICTIC_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0,
                   "the day before yesterday": -2, "the day after tomorrow": 2}


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


def read_clues(text: str, skip: int = 0) -> list[Clue]:
    """The clues of `text` after offset `skip` (e.g. a dateline), in text order.

    Clues of the first LEAD_PARAGRAPHS paragraphs after `skip` are marked `lead`.
    """
    nlp = load_pipeline()
    paragraphs = [(start, chunk) for start, chunk in split_paragraphs(text)
                  if start + len(chunk) > skip]
    last = paragraphs[:LEAD_PARAGRAPHS][-1] if paragraphs else (0, "")
    lead_end = last[0] + len(last[1])
    chunks = [(start, chunk) for start, chunk in paragraphs if has_candidates(chunk)]
    out: list[Clue] = []
    for (base, _), doc in zip(chunks, nlp.pipe(chunk for _, chunk in chunks)):
        for span in doc.spans["timex"]:
            start, end = (base + offset for offset in span._.timex_chars)
            if start < skip or span._.timex_rule not in DATED_RULES:
                continue
            clue = _clue(text, start, end, span._.timex_rule, span)
            if clue is not None:
                out.append(replace(clue, lead=start < lead_end))
    return out


def _clue(text: str, start: int, end: int, rule: str, span: Any) -> Clue | None:
    words = text[start:end]
    match = match_rule(rule, words)
    if match is None:
        return None
    groups = {k: v for k, v in match.groupdict().items() if v}
    tense = clause_tense(span)[0]
    bounded = _SPAN_WORDS.search(text[max(0, start - 20):start]) is not None
    base = Clue(words, start, "", tense, bounded=bounded,
                anchor=(groups.get("anchor") or "").lower() or None)
    if match.groupdict().get("plural") is not None or groups.get("mod"):
        return None
    if rule in ("deictic", "this_pod"):
        return _deictic(base, groups)
    month, day = _month(groups.get("month")), _int(groups.get("day"))
    year = _int(groups.get("year"))
    weekday = _weekday(groups.get("wday"))
    if rule == "time" and weekday is None and day is None:
        return None
    if month is not None and day is not None:
        return _with(base, "date", month, day, year if year and year > 999 else None, weekday)
    if rule in ("weekday", "time") and weekday is not None:
        return _with(base, "weekday", None, None, None, weekday)
    if rule == "month" and month is not None and not groups.get("year_anchor"):
        return _with(base, "month", month, None, None, None)
    return None


def _with(base: Clue, kind: str, month: int | None, day: int | None, year: int | None,
          weekday: int | None) -> Clue:
    return Clue(base.text, base.start, kind, base.tense, month, day, year, weekday,
                base.anchor, None, base.bounded)


def _deictic(base: Clue, groups: dict[str, str]) -> Clue | None:
    word = " ".join((groups.get("word") or groups.get("anchor") or "").lower().split())
    if word not in _DEICTIC_OFFSET or (word == "this" and not groups.get("pod")):
        return None
    return Clue(base.text, base.start, "deictic", base.tense, offset=_DEICTIC_OFFSET[word],
                bounded=base.bounded)


def _month(value: str | None) -> int | None:
    if not value:
        return None
    return MONTHS.get(value.lower().rstrip("."))


def _weekday(value: str | None) -> int | None:
    if not value:
        return None
    return WEEKDAYS.get(value.lower().rstrip("s"))


def _int(value: str | None) -> int | None:
    digits = re.sub(r"\D", "", value or "")
    return int(digits) if digits else None
