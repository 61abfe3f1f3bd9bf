"""Turn dated expressions into events: the clause each one dates, as summary and sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pendulum

from timeline.clause import summarize
from timeline.dateline import find_dateline
from timeline.model import Document, Event, Explanation, Interval, When
from timeline.mentions import Found
from timeline.status import event_status
from timeline.timex import is_anchored, value_interval

# "the past two years": a duration that ends at the publication date places an event.
_PLACING_DURATION = re.compile(r"(?i)^(?:(?:in|over|during|for)\s+)?the\s+(?:past|last|previous|recent)\b")
_DURATION_VALUE = re.compile(r"^P(\d+)([YMWD])$")
_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_PENDULUM_UNIT = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}


def anchor_events(document: Document, found: list[Found],
                  ranges: list[tuple[Found, Found]]) -> list[Event]:
    """One event per expression that places something in time, ranges as one event.

    Events come in document order with empty ids; `order_events` numbers them.
    """
    in_range = {b.timex.start for _, b in ranges}
    range_end = {a.timex.start: b for a, b in ranges}
    # "WASHINGTON, August 8 (Xinhua) --" dates the filing, not something that happened.
    dateline = find_dateline(document.text)
    events = []
    for item in found:
        if item.timex.start in in_range:
            continue
        if dateline is not None and dateline.start <= item.timex.start < dateline.end:
            continue
        partner = range_end.get(item.timex.start)
        when = _range_when(document, item, partner) if partner else _when(document, item)
        if when is None:
            continue
        sentence = item.span.sent
        events.append(Event(
            id="", doc=document.id, when=when, summary=summarize(item.span),
            sentence=sentence.text.strip(),
            offsets=(item.base + sentence.start_char, item.base + sentence.end_char),
            timex_offsets=(item.timex.start, (partner or item).timex.end),
            status=event_status(item.span, after_publication=_is_after_publication(document, when)),
        ))
    return events


def _is_after_publication(document: Document, when: When) -> bool | None:
    """Whether the event's interval starts after the publication day; None when unknown."""
    if not document.published:
        return None
    return when.interval.start[:10] > document.published[:10]


def _when(document: Document, item: Found) -> When | None:
    timex = item.timex
    if is_anchored(timex.value):
        return When(timex.text, timex.value, timex.type, timex.mod, value_interval(timex.value),
                    timex.explanation)
    if item.point and is_anchored(item.point):
        text = document.text[timex.start:item.base + item.span.end_char]
        return When(text.strip(), item.point, "DATE", timex.mod, value_interval(item.point),
                    timex.explanation)
    interval = _duration_interval(document, item)
    if interval is None:
        return None
    explanation = Explanation(
        f'"{" ".join(timex.text.split())}" is the stretch of {timex.value} ending on the '
        f"publication date {document.published}.", "duration", "publication",
        document.published, "past")
    return When(timex.text, timex.value, timex.type, timex.mod, interval, explanation)


def _range_when(document: Document, first: Found, second: Found) -> When | None:
    a, b = first.timex, second.timex
    if not (is_anchored(a.value) and is_anchored(b.value)):
        return _when(document, first)
    value = f"{a.value}/{b.value}"
    start, end = value_interval(a.value), value_interval(b.value)
    if end.end <= start.start:
        return _when(document, first)
    text = document.text[a.start:b.end]
    return When(text, value, a.type, a.mod or b.mod, value_interval(value),
                _joined(a.explanation, b.explanation))


def _joined(first: Explanation | None, second: Explanation | None) -> Explanation | None:
    """One explanation for a range: both ends' sentences, the first end's fields."""
    if first is None or second is None:
        return first or second
    return replace(first, text=f"{first.text} {second.text}")


def _duration_interval(document: Document, item: Found) -> Interval | None:
    """The stretch "the past two years" covers, ending on the publication day."""
    timex = item.timex
    m = _DURATION_VALUE.match(timex.value)
    if timex.type != "DURATION" or m is None or not _PLACING_DURATION.match(timex.text):
        return None
    if not document.published:
        return None
    end = date.fromisoformat(document.published[:10])
    amount, unit = int(m.group(1)), m.group(2)
    start = pendulum.date(end.year, end.month, end.day).subtract(**{_PENDULUM_UNIT[unit]: amount})
    return Interval(start.isoformat(), end.isoformat(), _GRANULARITY[unit])
