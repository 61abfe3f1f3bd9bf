"""The formats written by Python serializers: CSV, TimelineJS JSON, iCalendar, TimeML.

`render.py` registers them in `RENDERERS`; the TimeML writer is shared with `tag -f timeml`.
Labels come from `render`'s wording helpers; nothing here does date arithmetic or ordering.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import logging
import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from typing import Any, Callable, Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import icalendar

from timeline.dctwords import ZONE_NAMES
from timeline.display import (clock_zone, event_mod, event_span, is_bounded_only,
                               is_placed_stretch)
from timeline.escape import flatten, printable, safe_url
from timeline.model import Document, Event, Timeline, Timex, Trigger
from timeline.quote import quote_parts
from timeline.status import EXPECTED, NEGATED, OCCURRED, SCHEDULED, status_word
from timeline.timex import is_anchored

logger = logging.getLogger(__name__)

CSV_COLUMNS = (
    "id", "doc", "when.text", "when.value", "when.type", "when.mod", "when.start", "when.end",
    "when.granularity", "when.explanation.text", "when.explanation.rule",
    "when.explanation.anchor", "when.explanation.anchor_value", "when.explanation.direction",
    "status", "summary", "sentence", "offsets.start", "offsets.end",
    "timex_offsets.start", "timex_offsets.end", "trigger.text", "trigger.start", "trigger.end",
    # last, so that columns read by position keep their place: BEFORE/AFTER says the event
    # is not on the date of `when.value` ("will resume after July 4")
    "trigger.relation",
)  # fmt: skip
# RFC 5545's STATUS of an event, which calendars draw (hatched for TENTATIVE, struck
# through or hidden for CANCELLED): what the article reports as possible is tentative, what
# it says did not happen is cancelled.
ICS_STATUS = {OCCURRED: "CONFIRMED", SCHEDULED: "CONFIRMED", EXPECTED: "TENTATIVE",
              NEGATED: "CANCELLED"}
# Granularities iCalendar can hold as a DATE or DATE-TIME; coarser ones are left out.
ICS_GRANULARITIES = ("day", "part-of-day", "hour", "minute", "second")
# The date fields TimelineJS shows for each granularity (its date object takes no week).
TIMELINEJS_FIELDS = {
    "century": 1, "decade": 1, "year": 1, "season": 2, "quarter": 2, "month": 2,
    "week": 3, "day": 3, "part-of-day": 3, "hour": 4, "minute": 5, "second": 6,
}
EXACT_GRANULARITIES = ("year", "month", "day", "hour", "minute", "second")
PRODID = "-//timeline//timeline news timelines//EN"
# XML 1.0 has no form, not even a character reference, for these.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Labeller = Callable[[Event], str]


# --- CSV ----------------------------------------------------------------------------------


def write_csv(timeline: Timeline) -> str:
    """One row per event, the `timeline/1` event fields flattened; RFC 4180 quoting."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for event in timeline.events:
        flat = _flatten_dict(event.to_dict())
        writer.writerow(["" if flat.get(c) is None else _inert(flat[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def _inert(cell: Any) -> Any:
    """A text cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM")
    gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV)."""
    if isinstance(cell, str) and cell[:1] in _FORMULA_STARTS:
        return "'" + cell
    return cell


_FORMULA_STARTS = frozenset("=+-@\t\r")


def _flatten_dict(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten_dict(value, name + "."))
        elif isinstance(value, list) and len(value) == 2:
            flat[f"{name}.start"], flat[f"{name}.end"] = value
        else:
            flat[name] = value
    return flat


# --- TimelineJS ---------------------------------------------------------------------------


def write_timelinejs(timeline: Timeline, label: Labeller, legend: Sequence[str], *,
                     plain: bool = False) -> str:
    """The JSON data file of Knight Lab's TimelineJS 3: a title slide and one slide per event.

    Its `text` fields and group names are HTML, so everything from the article is escaped,
    and autolink is off so that no link is made from article text. An event with no place
    in the calendar (a set) has no slide: `timelinejs_left_out` names them.
    label: the reader's date label of an event ("on or after May 24, 2018")
    plain: leave out each slide's status and "Why this date" (for a public page)
    """
    docs = {d.id: d for d in timeline.documents}
    titles = [d.title for d in timeline.documents if d.title]
    title = titles[0] if len(timeline.documents) == 1 and titles else "Timeline"
    data = {
        "title": {"text": {"headline": _html_text(title),
                           "text": _html_text(" ".join(legend))}},
        "events": [slide for e in timeline.events
                   if (slide := _timelinejs_slide(e, docs[e.doc], label(e), plain)) is not None],
    }
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _timelinejs_slide(event: Event, doc: Document, label: str,
                      plain: bool) -> dict[str, Any] | None:
    span = event_span(event.when)
    if span is None:
        return None
    fields = TIMELINEJS_FIELDS.get(span.granularity, 3)
    slide: dict[str, Any] = {
        "unique_id": f"{event.doc}-{event.id}",
        "start_date": _timelinejs_date(span.start, fields),
        "text": {"headline": _html_text(event.summary), "text": _slide_text(event, doc, plain)},
        # TimelineJS writes the group name into the page as HTML.
        "group": _html_text(doc.title or doc.id),
        "autolink": False,
    }
    stretch = is_placed_stretch(event.when)
    if stretch:
        slide["end_date"] = _timelinejs_date(span.last, fields)
    if event_mod(event) or span.granularity not in EXACT_GRANULARITIES or stretch \
            or not is_anchored(event.when.value) or clock_zone(event.when.text):
        slide["display_date"] = label
    return slide


def _timelinejs_date(moment: datetime, fields: int) -> dict[str, str]:
    """A TimelineJS date object: year, month, day, hour, minute, second as strings."""
    parts = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    names = ("year", "month", "day", "hour", "minute", "second")
    return {name: str(part) for name, part in list(zip(names, parts))[:fields]}


def _slide_text(event: Event, doc: Document, plain: bool = False) -> str:
    """The slide's HTML: the sentence with the expression in bold, status, explanation, and
    the source, linked to the article when its URL is known."""
    before, expression, after = quote_parts(event, doc)
    text = f"<p>{_html_text(before)}<strong>{_html_text(expression)}</strong>{_html_text(after)}</p>"
    if event.status and not plain:
        text += f"<p>Status: {_html_text(status_word(event))}</p>"
    if event.when.explanation and not plain:
        text += f"<p>Why this date: {_html_text(event.when.explanation.text)}</p>"
    title, link = _html_text(doc.title or doc.id), safe_url(doc.url)
    if link:
        title = f'<a href="{html.escape(link)}" target="_blank" rel="noopener">{title}</a>'
    return text + f"<p>Source: {title}</p>"


def _html_text(text: str) -> str:
    """Article text for TimelineJS's HTML fields: escaped, and printable."""
    return html.escape(printable(text))


# --- iCalendar ----------------------------------------------------------------------------


def calendar_events(timeline: Timeline) -> tuple[list[Event], list[Event]]:
    """The events iCalendar can hold (a day or finer, on that day) and the ones it leaves
    out: coarser ones, and those the article puts before or after their day ("will resume
    after July 4"), which a calendar would show on the one day they are not on."""
    kept = [e for e in timeline.events if _calendar_span(e) is not None]
    return kept, [e for e in timeline.events if _calendar_span(e) is None]


def timelinejs_left_out(timeline: Timeline) -> list[Event]:
    """The events a TimelineJS slide cannot date (a set, an unresolved reference)."""
    return [e for e in timeline.events if event_span(e.when) is None]


def _calendar_span(event: Event) -> tuple[date, date] | tuple[datetime, datetime] | None:
    """DTSTART and DTEND of an event: DATE values for whole days, DATE-TIME values (both,
    as RFC 5545 wants) when the value gives a time of day; None for coarser events."""
    span = event_span(event.when)
    if span is None or span.granularity not in ICS_GRANULARITIES or is_bounded_only(event):
        return None
    if span.timed:
        return span.start, span.end
    return span.start.date(), span.end.date()


def expression_zone(text: str) -> ZoneInfo | None:
    """The time zone that the abbreviation after an expression's clock time names
    ("10:32 a.m. ET", "3 p.m. (EDT)"), or None (a floating time)."""
    abbreviation = clock_zone(text)
    name = ZONE_NAMES.get(abbreviation) if abbreviation else None
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        logger.warning("time zone %s is not installed; %r stays a floating time", name, text)
        return None


def _zoned(event: Event, span: tuple[date, date] | tuple[datetime, datetime]
           ) -> tuple[date, date] | tuple[datetime, datetime]:
    """A timed span in the zone its expression names, else as it was."""
    start, end = span
    if not isinstance(start, datetime) or not isinstance(end, datetime) or start.tzinfo:
        return span
    zone = expression_zone(event.when.text)
    return span if zone is None else (start.replace(tzinfo=zone), end.replace(tzinfo=zone))


def write_ics(timeline: Timeline, label: Labeller, *, plain: bool = False) -> str:
    """An iCalendar file: one VEVENT per event with a day or finer granularity.

    All-day events are DATE values, ranges are DTSTART/DTEND (DTEND exclusive, as our
    intervals); UIDs hash the document, expression offsets and value, so they are stable.
    DTSTAMP is the document's publication date, which keeps the output deterministic; URL
    is the article's, when known. `plain` leaves the status and explanation out.
    """
    docs = {d.id: d for d in timeline.documents}
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    zoned: list[date] = []
    for event in timeline.events:
        span = _calendar_span(event)
        if span is not None:
            span = _zoned(event, span)
            if isinstance(span[0], datetime) and span[0].tzinfo is not None:
                zoned.append(span[0].date())
            cal.add_component(_vevent(event, docs[event.doc], label(event), span, plain))
    if zoned:
        cal.add_missing_timezones(first_date=date(min(zoned).year, 1, 1),
                                  last_date=date(max(zoned).year + 1, 1, 1))
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")


def _vevent(event: Event, doc: Document, label: str,
            span: tuple[date, date] | tuple[datetime, datetime], plain: bool) -> icalendar.Event:
    vevent = icalendar.Event()
    key = f"{event.doc}|{event.timex_offsets[0]}|{event.timex_offsets[1]}|{event.when.value}"
    vevent.add("uid", hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@timeline")
    vevent.add("dtstamp", _stamp(doc.published))
    vevent.add("dtstart", span[0])
    vevent.add("dtend", span[1])
    vevent.add("summary", printable(event.summary))
    if event.status in ICS_STATUS and not plain:
        vevent.add("status", ICS_STATUS[event.status])
    lines = [f"{label}: {event.sentence}"]
    if event.status and not plain:
        lines.append(f"Status: {status_word(event)}")
    if event.when.explanation and not plain:
        lines.append(f"Why this date: {event.when.explanation.text}")
    link = safe_url(doc.url)
    lines.append(f"Source: {doc.title or doc.id}" + (f" ({link})" if link else ""))
    if link:
        vevent.add("url", link)
    vevent.add("description", "\n".join(flatten(line).strip() for line in lines))
    return vevent


def _stamp(published: str | None) -> datetime:
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        day = date(1970, 1, 1)
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


# --- TimeML -------------------------------------------------------------------------------


def write_timeml(document: Document, timexes: Iterable[Timex],
                 events: Iterable[Event] = ()) -> str:
    """The document as TimeML: DOCID, DCT, TITLE and the text with TIMEX3 tags inserted.

    The text of <TEXT> is the document text exactly (carriage returns as character
    references), so offsets read back from it are the offsets of `tag -f jsonl`.
    Overlapping expressions cannot both be tags; the later one is left out (logged).
    events: the timeline's events; each trigger becomes an EVENT with a MAKEINSTANCE
        (tense, aspect, polarity, modality) and a TLINK to the TIMEX3 that dates it.
    """
    kept = _non_overlapping(timexes, document.id)
    triggers = _event_triggers(events, kept)
    body = _tagged_text(document.text, kept, [t for t, _ in triggers])
    dct = document.published or ""
    dct_type = "TIME" if "T" in dct else "DATE"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        f"<DOCID>{_xml_text(document.id)}</DOCID>",
        f'<DCT><TIMEX3 tid="t0" type="{dct_type}" value={quoteattr(dct)} temporalFunction="false"'
        f' functionInDocument="CREATION_TIME">{_xml_text(dct)}</TIMEX3></DCT>',
    ]
    if document.title:
        parts.append(f"<TITLE>{_xml_text(document.title)}</TITLE>")
    parts += [f"<TEXT>{body}</TEXT>", *_instances(triggers), "</TimeML>"]
    return "\n".join(parts) + "\n"


def _non_overlapping(timexes: Iterable[Timex], doc: str) -> list[Timex]:
    kept: list[Timex] = []
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if kept and timex.start < kept[-1].end:
            logger.warning("%s: %r at %d overlaps %r; not written as a TIMEX3",
                           doc, timex.text, timex.start, kept[-1].text)
            continue
        kept.append(timex)
    return kept


def _event_triggers(events: Iterable[Event], timexes: Sequence[Timex]
                    ) -> list[tuple[Trigger, dict[int, str]]]:
    """Each distinct trigger in text order with the numbers of the TIMEX3s that date it,
    each with the relation of its own mention (a set dating the trigger of a day links as
    that set does, not as the day); a trigger overlapping an expression or another trigger
    is left out."""
    linked: dict[tuple[int, int], tuple[Trigger, dict[int, str]]] = {}
    for event in events:
        for mention in event.all_mentions():
            trigger = mention.trigger
            if trigger is None:
                continue
            start, end = mention.timex_offsets
            links = linked.setdefault((trigger.start, trigger.end), (trigger, {}))[1]
            for n, t in enumerate(timexes, start=1):
                if start <= t.start < end:
                    links.setdefault(n, trigger.relation)  # the first mention's relation
    out: list[tuple[Trigger, dict[int, str]]] = []
    for (start, end), entry in sorted(linked.items()):
        clash = any(t.start < end and start < t.end for t in timexes) \
            or (out and start < out[-1][0].end)
        if not clash:
            out.append(entry)
    return out


def _instances(triggers: Sequence[tuple[Trigger, dict[int, str]]]) -> list[str]:
    """A MAKEINSTANCE per EVENT, then the TLINKs from each instance to its dates."""
    lines, links = [], []
    for n, (trigger, numbers) in enumerate(triggers, start=1):
        modality = f" modality={quoteattr(trigger.modality)}" if trigger.modality else ""
        lines.append(f'<MAKEINSTANCE eventID="e{n}" eiid="ei{n}" tense={quoteattr(trigger.tense)}'
                     f" aspect={quoteattr(trigger.aspect)} polarity={quoteattr(trigger.polarity)}"
                     f" pos={quoteattr(trigger.pos)}{modality} />")
        links += [(n, number, relation) for number, relation in numbers.items()]
    lines += [f'<TLINK lid="l{k}" relType={quoteattr(relation)} eventInstanceID="ei{n}" '
              f'relatedToTime="t{number}" />'
              for k, (n, number, relation) in enumerate(links, start=1)]
    return lines


def _tagged_text(text: str, timexes: Sequence[Timex], triggers: Sequence[Trigger] = ()) -> str:
    tags: list[tuple[int, int, str, str]] = []
    for number, timex in enumerate(timexes, start=1):
        mod = f" mod={quoteattr(timex.mod)}" if timex.mod else ""
        tags.append((timex.start, timex.end,
                     f'<TIMEX3 tid="t{number}" type={quoteattr(timex.type)} '
                     f"value={quoteattr(timex.value)}{mod}>", "</TIMEX3>"))
    for number, trigger in enumerate(triggers, start=1):
        tags.append((trigger.start, trigger.end,
                     f'<EVENT eid="e{number}" class={quoteattr(trigger.event_class)}>', "</EVENT>"))
    out: list[str] = []
    position = 0
    for start, end, opening, closing in sorted(tags):
        out.append(_xml_text(text[position:start]))
        out.append(f"{opening}{_xml_text(text[start:end])}{closing}")
        position = end
    out.append(_xml_text(text[position:]))
    return "".join(out)


def _xml_text(text: str) -> str:
    """Character data that an XML parser gives back unchanged (one character per character)."""
    safe = _XML_INVALID.sub(" ", text)
    return escape(safe, {"\r": "&#13;"})
