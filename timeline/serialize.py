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
from typing import Any, Callable, Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import icalendar

from timeline.model import Document, Event, Mention, Timeline, Timex, Trigger
from timeline.status import STATUS_WORDS

logger = logging.getLogger(__name__)

CSV_COLUMNS = (
    "id", "doc", "when.text", "when.value", "when.type", "when.mod", "when.start", "when.end",
    "when.granularity", "when.explanation.text", "when.explanation.rule",
    "when.explanation.anchor", "when.explanation.anchor_value", "when.explanation.direction",
    "status", "summary", "sentence", "offsets.start", "offsets.end",
    "timex_offsets.start", "timex_offsets.end", "trigger.text", "trigger.start", "trigger.end",
)  # fmt: skip
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
_ISO_PARTS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?")

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


def write_timelinejs(timeline: Timeline, label: Labeller, legend: Sequence[str]) -> str:
    """The JSON data file of Knight Lab's TimelineJS 3: a title slide and one slide per event.

    Its `text` fields are HTML, so everything from the article is escaped, and autolink
    is off so that no link is made from article text.
    label: the reader's date label of an event ("on or after May 24, 2018")
    """
    docs = {d.id: d for d in timeline.documents}
    titles = [d.title for d in timeline.documents if d.title]
    title = titles[0] if len(timeline.documents) == 1 and titles else "Timeline"
    data = {
        "title": {"text": {"headline": html.escape(title),
                           "text": html.escape(" ".join(legend))}},
        "events": [_timelinejs_slide(e, docs[e.doc], label(e)) for e in timeline.events],
    }
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _timelinejs_slide(event: Event, doc: Document, label: str) -> dict[str, Any]:
    granularity = event.when.interval.granularity
    fields = TIMELINEJS_FIELDS.get(granularity, 3)
    slide: dict[str, Any] = {
        "unique_id": f"{event.doc}-{event.id}",
        "start_date": _timelinejs_date(event.when.interval.start, fields),
        "text": {"headline": html.escape(event.summary), "text": _slide_text(event, doc)},
        "group": doc.title or doc.id,
        "autolink": False,
    }
    parts = event.when.value.split("/")
    if len(parts) == 2 and _ISO_PARTS.match(parts[1]):
        slide["end_date"] = _timelinejs_date(parts[1], len([g for g in _iso_groups(parts[1]) if g]))
    if event.when.mod or granularity not in EXACT_GRANULARITIES or len(parts) == 2:
        slide["display_date"] = label
    return slide


def _iso_groups(value: str) -> tuple[str | None, ...]:
    match = _ISO_PARTS.match(value)
    return match.groups() if match else ()


def _timelinejs_date(value: str, fields: int) -> dict[str, str]:
    """A TimelineJS date object: year, month, day, hour, minute, second as strings."""
    names = ("year", "month", "day", "hour", "minute", "second")
    groups = _iso_groups(value)
    out = {}
    for name, part in list(zip(names, groups))[:fields]:
        if part is None:
            break
        out[name] = str(int(part))
    return out


def _slide_text(event: Event, doc: Document) -> str:
    """The slide's HTML: the sentence with the expression in bold, status, explanation, source."""
    before, expression, after = quote_parts(event, doc)
    text = f"<p>{html.escape(before)}<strong>{html.escape(expression)}</strong>{html.escape(after)}</p>"
    if event.status:
        text += f"<p>Status: {html.escape(status_word(event))}</p>"
    if event.when.explanation:
        text += f"<p>Why this date: {html.escape(event.when.explanation.text)}</p>"
    return text + f"<p>Source: {html.escape(doc.title or doc.id)}</p>"


def status_word(event: Event) -> str:
    """The event's status as a reader's word ("did not happen"), or '' when unknown."""
    return STATUS_WORDS.get(event.status or "", event.status or "")


def quote_parts(event: Event, doc: Document) -> tuple[str, str, str]:
    """The event's sentence as (text before the expression, the expression, text after)."""
    s_start, s_end = event.offsets
    t_start, t_end = event.timex_offsets
    text = doc.text
    if not (s_start <= t_start <= t_end <= s_end):
        return " ".join(event.sentence.split()), "", ""
    before = " ".join(text[s_start:t_start].split())
    after = " ".join(text[t_end:s_end].split())
    if before and text[t_start - 1:t_start].isspace():
        before += " "
    if after and text[t_end:t_end + 1].isspace():
        after = " " + after
    return before, text[t_start:t_end], after


# --- iCalendar ----------------------------------------------------------------------------


def calendar_events(timeline: Timeline) -> tuple[list[Event], list[Event]]:
    """The events iCalendar can hold (a day or finer) and the ones it leaves out."""
    kept = [e for e in timeline.events if e.when.interval.granularity in ICS_GRANULARITIES]
    left = [e for e in timeline.events if e.when.interval.granularity not in ICS_GRANULARITIES]
    return kept, left


def write_ics(timeline: Timeline, label: Labeller) -> str:
    """An iCalendar file: one VEVENT per event with a day or finer granularity.

    All-day events are DATE values, ranges are DTSTART/DTEND (DTEND exclusive, as our
    intervals); UIDs hash the document, expression offsets and value, so they are stable.
    DTSTAMP is the document's publication date, which keeps the output deterministic.
    """
    docs = {d.id: d for d in timeline.documents}
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for event in calendar_events(timeline)[0]:
        cal.add_component(_vevent(event, docs[event.doc], label(event)))
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")


def _vevent(event: Event, doc: Document, label: str) -> icalendar.Event:
    vevent = icalendar.Event()
    key = f"{event.doc}|{event.timex_offsets[0]}|{event.timex_offsets[1]}|{event.when.value}"
    vevent.add("uid", hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@timeline")
    vevent.add("dtstamp", _stamp(doc.published))
    start = _ics_moment(event.when.interval.start)
    end = _ics_moment(event.when.interval.end)
    if isinstance(start, datetime) and not isinstance(end, datetime):
        # RFC 5545: DTEND has DTSTART's value type; "evening" ends at midnight.
        end = datetime(end.year, end.month, end.day)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    vevent.add("summary", event.summary)
    lines = [f"{label}: {event.sentence}"]
    if event.status:
        lines.append(f"Status: {status_word(event)}")
    if event.when.explanation:
        lines.append(f"Why this date: {event.when.explanation.text}")
    lines.append(f"Source: {doc.title or doc.id}")
    vevent.add("description", "\n".join(" ".join(line.split()) for line in lines))
    return vevent


def _ics_moment(iso: str) -> date | datetime:
    """A DATE for `YYYY-MM-DD`, a floating DATE-TIME for a time of day."""
    if "T" in iso:
        return datetime.fromisoformat(iso)
    return date.fromisoformat(iso)


def _stamp(published: str | None) -> datetime:
    day = date.fromisoformat((published or "1970-01-01")[:10])
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
                    ) -> list[tuple[Trigger, list[int]]]:
    """Each distinct trigger in text order with the numbers of the TIMEX3s that date it;
    a trigger overlapping an expression or another trigger is left out."""
    linked: dict[tuple[int, int], tuple[Trigger, list[int]]] = {}
    for event in events:
        mentions = event.mentions or (Mention(event.when.text, event.when.value, event.sentence,
                                              event.offsets, event.timex_offsets,
                                              event.trigger),)
        for mention in mentions:
            trigger = mention.trigger
            if trigger is None:
                continue
            start, end = mention.timex_offsets
            numbers = [n for n, t in enumerate(timexes, start=1) if start <= t.start < end]
            entry = linked.setdefault((trigger.start, trigger.end), (trigger, []))
            entry[1].extend(n for n in numbers if n not in entry[1])
    out: list[tuple[Trigger, list[int]]] = []
    for (start, end), entry in sorted(linked.items()):
        clash = any(t.start < end and start < t.end for t in timexes) \
            or (out and start < out[-1][0].end)
        if not clash:
            out.append(entry)
    return out


def _instances(triggers: Sequence[tuple[Trigger, list[int]]]) -> list[str]:
    """A MAKEINSTANCE per EVENT, then the TLINKs from each instance to its dates."""
    lines, links = [], []
    for n, (trigger, numbers) in enumerate(triggers, start=1):
        modality = f" modality={quoteattr(trigger.modality)}" if trigger.modality else ""
        lines.append(f'<MAKEINSTANCE eventID="e{n}" eiid="ei{n}" tense={quoteattr(trigger.tense)}'
                     f" aspect={quoteattr(trigger.aspect)} polarity={quoteattr(trigger.polarity)}"
                     f" pos={quoteattr(trigger.pos)}{modality} />")
        links += [(n, number, trigger.relation) for number in numbers]
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
