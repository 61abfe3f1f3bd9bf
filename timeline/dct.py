"""Choose a document's publication date (the DCT): the one way in, for the command line, the
library and batch alike.

In this order: the `--published` option, the input's own date (TimeML DCT, a page's
metadata, a JSON field, a `Published:` line), a dateline that gives a full date, and last
inference from the tagged text. The choice is a `Published` value (the moment, where it came
from, how sure, and the warnings when sources disagree) that every later stage takes.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable, Sequence

from timeline.dateline import Dateline, find_dateline
from timeline.dayclues import read_clues
from timeline.dctwords import ZONE_OFFSETS
from timeline.errors import InputError, NoPublicationDateError
from timeline.genre import AUTO, NARRATIVE, NEWS, UNDATED, check_genre, reads_as_history
from timeline.infer import THRESHOLD, Inference, infer_published
from timeline.lexicon import MONTH_NAMES
from timeline.mentions import Mention
from timeline.model import Document
from timeline.timex import parse_dct

OPTION = "option"
DATELINE = "dateline"
INFERRED = "inferred"
NONE = "none"
# Sources further apart than this are reported: a day is time zones and late editions.
MAX_GAP_DAYS = 1
MAX_CANDIDATES = 4
SOURCE_NAMES = {
    OPTION: "--published date", "timeml": "TimeML DCT", "html": "page's publication date",
    "json": "JSON 'published' field", "header": "'Published:' header", DATELINE: "dateline",
    INFERRED: "inferred date", NONE: "no publication date", None: "document's date",
}
EXPECTED = "expected YYYY-MM-DD or an ISO date-time"
# The tagged text of a document, read only when its date must be inferred.
Tagged = Callable[[], Sequence[Mention]]

_PARTIAL_RE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}))?$")
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_NAME = r"(?P<name>[a-z]{3,9})\.?"
_YEAR_REST = r"(?P<year>\d{4})(?P<rest>.*)$"
_DATE_RES = (
    # 2018-05-23, 1998-08-07T10:35, 2018/05/23, 20180523
    re.compile(r"^(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?P<rest>.*)$"),
    re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?P<rest>(?:T.*)?)$"),
    # May 23, 2018 / Wednesday, Sept. 5th 2018
    re.compile(_WEEKDAY + _NAME + r"\s+" + _DAY + r",?\s+" + _YEAR_REST, re.IGNORECASE),
    # 23 May 2018 / Wed 23rd May, 2018
    re.compile(_WEEKDAY + _DAY + r"\s+" + _NAME + r",?\s+" + _YEAR_REST, re.IGNORECASE),
    # 05/23/2018 (US order unless the first number cannot be a month), 23.05.2018
    re.compile(r"^(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?P<rest>.*)$"),
    re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?P<rest>.*)$"),
)
_TIME_RE = re.compile(
    r"""^(?:T|\s+at\s+|,?\s+)
    (?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?
    \s*(?P<ampm>[ap]\.?m\.?)?
    \s*(?:(?P<sign>[+-])(?P<zh>\d{2}):?(?P<zm>\d{2})|\(?(?P<abbr>[a-z]{1,5})\)?)?$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Published:
    """A document's chosen publication date: the moment its relative expressions count from.

    value: ISO date or date-time as outputs print it ("2018-05-23T09:00+09:00"), "" for
    none; moment: that local wall-clock time, zone dropped ("today" is the article's own
    calendar day), None for none; source: option, timeml, html, json, header, dateline,
    inferred, or none (a narrative without a date: `choose_published`); confidence and
    evidence: of an inferred date; warnings: sources more than a day apart.
    """

    value: str
    source: str | None
    moment: datetime | None
    confidence: float | None = None
    evidence: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def day(self) -> date | None:
        """The publication day; None for a narrative that has none (source `none`)."""
        return self.moment.date() if self.moment is not None else None

    def stamp(self, doc: Document) -> Document:
        """A copy of `doc` that carries this date (its `published*` fields and warnings)."""
        return dataclasses.replace(doc, published=self.value or None, published_from=self.source,
                                   published_confidence=self.confidence,
                                   published_evidence=self.evidence, warnings=self.warnings)


def choose_published(doc: Document, option: str | None = None, *,
                     tagged: Tagged | None = None, genre: str = AUTO) -> Published:
    """The publication date of `doc`: the option, else its own, its dateline's, or inferred.

    option: the `--published` value; it wins over the document's own date. A partial
    value ("1998", "1998-08") keeps the document's own date where that agrees, and is
    otherwise completed from the text (source "inferred").
    Without either, a dateline with a year ("LONDON, Aug. 5, 1998 (AP) --") is used,
    else the date is inferred from the tagged text (`tagged`, asked only then). Sources
    that disagree by more than a day are named in `warnings`. Choosing again from a
    document that carries its chosen date gives the same date.
    genre: `narrative` (`--genre`) takes no date from inference, which reads news, and
    chooses "no publication date" (source `none`, `day` None) when the input gives none;
    `auto` chooses that too for a text that reads as a history (`timeline.genre`).
    Raises: InputError for an invalid option; NoPublicationDateError when no full date is
    known and none can be inferred (the message lists the candidates).
    """
    tagged = _once(tagged)
    if option is None and check_genre(genre) != NEWS and not (doc.published or "").strip():
        undated = _undated(doc, genre, tagged)
        if undated is not None:
            return undated
    if option is not None and is_partial_date(option):
        chosen = _agree_partial(doc, option.strip(), tagged)
    elif option is not None:
        value = parse_published(option, source=doc.source)
        chosen = dataclasses.replace(doc, published=value, published_from=OPTION)
    elif doc.published is None or not doc.published.strip():
        chosen = _from_text(doc, None, tagged)
    else:
        own = _normalize(doc.published, lenient=True)
        if own is None:
            origin = doc.published_from or "document"
            raise NoPublicationDateError(
                detail=f"the {origin} date '{doc.published}' is not a full date", source=doc.source
            )
        chosen = dataclasses.replace(doc, published=own)
    value = chosen.published or ""
    warnings = tuple(dict.fromkeys(chosen.warnings + _disagreements(doc, chosen)))
    return Published(value, chosen.published_from, parse_dct(value),
                     chosen.published_confidence, chosen.published_evidence, warnings)


def _once(tagged: Tagged | None) -> Tagged | None:
    """`tagged`, asked at most once: the text is parsed once however often it is read."""
    if tagged is None:
        return None
    found: list[Sequence[Mention]] = []

    def once() -> Sequence[Mention]:
        if not found:
            found.append(tagged())
        return found[0]
    return once


def _undated(doc: Document, genre: str, tagged: Tagged | None) -> Published | None:
    """No publication date, for a narrative without one: with `--genre narrative` unless a
    dateline gives a full date, with `auto` when the text reads as a history and no date
    can be found otherwise (or was chosen so before); None to choose as for news."""
    if doc.published_from == NONE:
        return Published("", NONE, None, doc.published_confidence, doc.published_evidence)
    line = find_dateline(doc.text)
    if line is not None and line.year is not None and line.day_in(line.year) is not None:
        return None
    if genre == NARRATIVE:
        return Published("", NONE, None, evidence=(UNDATED,))
    if genre != AUTO:
        return None
    mentions = tagged() if tagged is not None else ()
    try:
        _from_text(doc, None, lambda: mentions)
        return None
    except NoPublicationDateError:
        if not reads_as_history(mentions):
            return None
    return Published("", NONE, None, evidence=(UNDATED, "the text reads as a history"))


def parse_published(value: str, *, source: str = "-") -> str:
    """The ISO form of a `--published` value: "2018-05-23" or "2018-05-23T09:00+09:00".

    Also reads "May 23, 2018", "23 May 2018", "05/23/2018" and "1998-08-07T10:35".
    source: the input the value is for, named in the error.
    Raises: InputError naming what is expected.
    """
    normalized = _normalize(value)
    if normalized is None:
        raise InputError(f"invalid publication date '{value}': {EXPECTED}", source=source,
                         option="published")
    return normalized


def ambiguous_readings(value: str) -> tuple[str, ...]:
    """The two days a numeric date such as "05/06/2018" can name, month first (the reading
    `parse_published` takes) then day first; () when only one reading is on the calendar."""
    match = _DATE_RES[4].match(value.strip())
    if match is None or match["first"] == match["second"]:
        return ()
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first > 12 or second > 12 or not 1 <= min(first, second):
        return ()
    return (date(year, first, second).isoformat(), date(year, second, first).isoformat())


def is_partial_date(value: str) -> bool:
    """True for a year or year-month ("1998", "1998-08") that inference must complete; the
    calendar has no year 0 ("0000" is no date)."""
    match = _PARTIAL_RE.match(value.strip())
    return (match is not None and int(match.group("year")) >= 1
            and 1 <= int(match.group("month") or 1) <= 12)


def _agree_partial(doc: Document, partial: str, tagged: Tagged | None) -> Document:
    """The document's own date when it falls within `partial`; else one inferred from the text."""
    if not is_partial_date(partial):
        raise InputError(f"invalid publication date '{partial}': {EXPECTED}",
                         source=doc.source, option="published")
    own = _normalize(doc.published, lenient=True) if doc.published else None
    if own is not None and own.startswith(partial):
        return dataclasses.replace(doc, published=own)
    return _from_text(doc, partial, tagged)


def _from_text(doc: Document, partial: str | None, tagged: Tagged | None) -> Document:
    """The document dated from its dateline's full date, or by inference within `partial`.

    Raises: NoPublicationDateError listing the candidates when no single day is likely.
    """
    line = find_dateline(doc.text)
    if partial is None and line is not None and line.year is not None:
        day = line.day_in(line.year)
        if day is not None:
            return dataclasses.replace(doc, published=day.isoformat(), published_from=DATELINE)
    result = infer_from(doc.text, partial, tagged() if tagged is not None else ())
    if result.value is None:
        raise NoPublicationDateError(detail=_refusal(result, partial), source=doc.source)
    return dataclasses.replace(doc, published=result.value, published_from=INFERRED,
                               published_confidence=result.confidence,
                               published_evidence=result.evidence)


def infer_from(text: str, partial: str | None, tagged: Sequence[Mention], *,
               threshold: float = THRESHOLD) -> Inference:
    """The publication day `text` gives within `partial`, from its tagged mentions and their
    day clues after the dateline (`timeline.infer`).

    Raises: ValueError for a `partial` that is not YYYY or YYYY-MM.
    """
    line = find_dateline(text)
    clues = read_clues(text, tagged, line.end if line is not None else 0)
    return infer_published(text, partial, tagged, clues, threshold=threshold)


def _refusal(result: Inference, partial: str | None) -> str:
    """What the text offered, for the one-line error: the candidates and their evidence."""
    if not result.candidates:
        return f"only a partial date was given; the text singles out no day in {partial}" \
            if partial else ""
    shown = "; ".join(f"{c.value} ({', '.join(c.evidence)})"
                      for c in result.candidates[:MAX_CANDIDATES])
    if partial is None and all(c.value.startswith("--") for c in result.candidates):
        return (f"the text gives no year; candidates: {shown}; "
                "a year given as the publication date (e.g. 1998) would complete it")
    return f"the text does not settle one day; candidates: {shown}"


def _disagreements(original: Document, chosen: Document) -> tuple[str, ...]:
    """Warnings for the document's own date and its dateline, where more than a day from
    the chosen date; each says which one was used."""
    if not chosen.published:
        return ()
    used = date.fromisoformat(chosen.published[:10])
    others: list[tuple[str, date]] = []
    if chosen.published_from != original.published_from and original.published:
        own = _normalize(original.published, lenient=True)
        if own is not None:
            others.append((SOURCE_NAMES.get(original.published_from, "document's date"),
                           date.fromisoformat(own[:10])))
    line = find_dateline(chosen.text)
    line_day = _nearest_dateline_day(line, used) if line is not None else None
    if line is not None and line_day is not None \
            and chosen.published_from not in (DATELINE, INFERRED):
        others.append((f"dateline '{line.text}'", line_day))
    name_used = SOURCE_NAMES.get(chosen.published_from, "document's date")
    return tuple(
        f"{chosen.source}: the {name} ({day.isoformat()}) is {abs((day - used).days)} days "
        f"from the {name_used} ({chosen.published[:10]}); using the {name_used}"
        for name, day in others if abs((day - used).days) > MAX_GAP_DAYS
    )


def _nearest_dateline_day(line: Dateline, near: date) -> date | None:
    """The dateline's day in its own year, or in the year around `near` closest to it."""
    if line.year is not None:
        return line.day_in(line.year)
    days = [d for d in (line.day_in(near.year + k) for k in (-1, 0, 1)) if d is not None]
    return min(days, key=lambda d: abs((d - near).days)) if days else None


def _normalize(value: str, *, lenient: bool = False) -> str | None:
    """The ISO date or date-time that `value` spells, or None when it is not a full date.

    lenient: for dates the input itself gives, keep the date when what follows is unreadable.
    """
    text = value.strip()
    for pattern in _DATE_RES:
        match = pattern.match(text)
        if match is None:
            continue
        day = _calendar_date(match.groupdict())
        if day is None:
            return None
        rest = match.group("rest")
        if not rest.strip():
            return day.isoformat()
        time = _time_of_day(rest)
        if time is None:
            return day.isoformat() if lenient else None
        return f"{day.isoformat()}T{time}"
    return None


def _calendar_date(groups: dict[str, str | None]) -> date | None:
    """The date of a `_DATE_RES` match, or None when it is not on the calendar."""
    year = int(groups["year"] or 0)
    if groups.get("name"):
        month = _month_number(groups["name"] or "")
    elif groups.get("first"):
        first, second = int(groups["first"] or 0), int(groups["second"] or 0)
        month, day_of_month = (second, first) if first > 12 else (first, second)
        groups = dict(groups, day=str(day_of_month))
    else:
        month = int(groups["month"] or 0)
    try:
        return date(year, month, int(groups["day"] or 0))
    except ValueError:
        return None


def _month_number(name: str) -> int:
    """1-12 for a month name or its abbreviation ("Sept"), 0 for anything else."""
    word = name.lower().rstrip(".")
    for number, month in enumerate(MONTH_NAMES, 1):
        if (len(word) >= 3 and month.startswith(word)) or (word == "sept" and number == 9):
            return number
    return 0


def _time_of_day(rest: str) -> str | None:
    """"09:00", "10:35:00" or "09:00+09:00" from what follows a date, or None if not a time."""
    match = _TIME_RE.match(rest.rstrip())
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower()[:1]
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    second = match.group("second")
    if hour > 23 or minute > 59 or (second is not None and int(second) > 59):
        return None
    offset = _offset(match)
    if offset is None:
        return None
    return f"{hour:02d}:{minute:02d}" + (f":{second}" if second is not None else "") + offset


def _offset(match: re.Match[str]) -> str | None:
    """The UTC offset as "+09:00", "" when none was given, None when it is not valid."""
    if match.group("sign"):
        hours, minutes = int(match.group("zh")), int(match.group("zm"))
        if hours > 14 or minutes > 59:
            return None
        return f"{match.group('sign')}{hours:02d}:{minutes:02d}"
    abbr = match.group("abbr")
    if abbr is None:
        return ""
    return ZONE_OFFSETS.get(abbr.upper())
