"""Choose a document's publication date (the DCT) and normalize it to ISO 8601."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from timeline.errors import InputError, NoPublicationDateError
from timeline.model import Document

OPTION = "option"
EXPECTED = "expected YYYY-MM-DD or an ISO date-time"
# Zone abbreviations that news sites print after a time; ambiguous ones (IST, CST in Asia) are
# read the way English-language wire services use them.
ZONE_OFFSETS = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "BST": "+01:00", "CET": "+01:00",
    "CEST": "+02:00", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
    "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "JST": "+09:00",
    "KST": "+09:00", "IST": "+05:30", "HKT": "+08:00", "SGT": "+08:00", "AEST": "+10:00",
}
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)

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


def choose_published(doc: Document, option: str | None) -> Document:
    """A copy of `doc` whose `published` is the chosen DCT in ISO form, with `published_from`.

    option: the `--published` value; it wins over the document's own date. A partial
    value ("1998", "1998-08") is accepted only where the document's own date agrees.
    Raises: InputError for an invalid option; NoPublicationDateError when no full date is known.
    """
    if option is not None and _PARTIAL_RE.match(option.strip()):
        return _agree_partial(doc, option.strip())
    if option is not None:
        chosen = parse_published(option, source=doc.source)
        return dataclasses.replace(doc, published=chosen, published_from=OPTION)
    if doc.published is None or not doc.published.strip():
        raise NoPublicationDateError(source=doc.source)
    own = _normalize(doc.published, lenient=True)
    if own is None:
        origin = doc.published_from or "document"
        raise NoPublicationDateError(
            detail=f"the {origin} date '{doc.published}' is not a full date", source=doc.source
        )
    return dataclasses.replace(doc, published=own)


def parse_published(value: str, *, source: str = "-") -> str:
    """The ISO form of a `--published` value: "2018-05-23" or "2018-05-23T09:00+09:00".

    Also reads "May 23, 2018", "23 May 2018", "05/23/2018" and "1998-08-07T10:35".
    source: the input the value is for, named in the error.
    Raises: InputError naming what is expected.
    """
    normalized = _normalize(value)
    if normalized is None:
        raise InputError(f"invalid --published value '{value}': {EXPECTED}", source=source)
    return normalized


def is_partial_date(value: str) -> bool:
    """True for a year or year-month ("1998", "1998-08") that inference must complete."""
    match = _PARTIAL_RE.match(value.strip())
    return match is not None and 1 <= int(match.group("month") or 1) <= 12


def _agree_partial(doc: Document, partial: str) -> Document:
    """The document's own date when it falls within `partial`; else no date is known."""
    if not is_partial_date(partial):
        raise InputError(f"invalid --published value '{partial}': {EXPECTED}", source=doc.source)
    own = _normalize(doc.published, lenient=True) if doc.published else None
    if own is not None and own.startswith(partial):
        return dataclasses.replace(doc, published=own)
    raise NoPublicationDateError(detail="only a partial date was given", source=doc.source)


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
    for number, month in enumerate(MONTHS, 1):
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
