"""What the templates see: the render options, and the one documented context dataclass of
each template (`TimelineContext`, `CompareContext`), built before rendering.

Everything a template shows is decided here (labels in the chosen date style, groups and
gaps, what `--plain` leaves out, which links are safe); templates only loop and format.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from timeline.comparison import Comparison, ComparisonRow
from timeline.datestyle import DATE_STYLES, DEFAULT_STYLE, day_label, year_label
from timeline.display import (clock_zone, date_label, datetime_attribute, event_label,
                               event_span, is_placed_stretch)
from timeline.errors import InputError
from timeline.escape import safe_url
from timeline.groups import Stretch, YearGroup, event_gaps, fill_groups, group_events
from timeline.isolate import Limits
from timeline.model import Document, Event, Timeline, When
from timeline.quote import quote_parts
from timeline.status import STATUS_WORDS, STATUSES, status_word

PUBLISHED_VIA = {"option": "from --published", "timeml": "from the TimeML DCT",
                 "html": "from the page's metadata", "json": "from the record's published field",
                 "header": "from the article's date line", "inferred": "inferred from the text"}


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to write a timeline or a comparison, besides its format.

    Raises: InputError for a date style not in `DATE_STYLES`.
    """

    fragment: bool = False
    no_style: bool = False
    plain: bool = False
    date_style: str = DEFAULT_STYLE
    wiki_list: bool = False
    template: str | None = None
    limits: Limits | None = None

    def __post_init__(self) -> None:
        if self.date_style not in DATE_STYLES:
            raise InputError(f"unknown date style '{self.date_style}'; "
                             f"choose from {', '.join(DATE_STYLES)}")


@dataclass(frozen=True, slots=True)
class SourceView:
    """A source article as a template shows and cites it."""

    id: str = field(metadata={"help": "document id"})
    title: str = field(metadata={"help": "its title, else its id"})
    link: str = field(metadata={"help": "its http(s) URL, made safe for every markup; '' "
                                        "when unknown or not http(s)"})
    published: str = field(metadata={"help": "publication date in the date style: "
                                              "'May 23, 2018'; '' when unknown"})
    datetime: str = field(metadata={"help": "publication day for <time datetime>: "
                                            "'2018-05-23'; '' when unknown"})
    ref: str = field(metadata={"help": "a name for its wikitext <ref>, the same for the same "
                                       "article; '' when it has neither title nor URL"})


@dataclass(frozen=True, slots=True)
class EventView:
    """One event as a template sees it."""

    id: str = field(metadata={"help": "event id, e1, e2... in timeline order"})
    label: str = field(metadata={"help": "the date as a reader expects it: 'June 2018'"})
    datetime: str = field(metadata={"help": "machine-readable value for <time datetime>"})
    value: str = field(metadata={"help": "TIMEX3 value"})
    granularity: str = field(metadata={"help": "century ... second"})
    summary: str = field(metadata={"help": "the event's headline, from its trigger's clause"})
    sentence: str = field(metadata={"help": "the whole sentence"})
    before: str = field(metadata={"help": "sentence text before the expression"})
    expression: str = field(metadata={"help": "the expression as written"})
    after: str = field(metadata={"help": "sentence text after the expression"})
    doc: str = field(metadata={"help": "id of the source document"})
    source: str = field(metadata={"help": "title of the source document"})
    status: str = field(default="", metadata={
        "help": "occurred, scheduled, expected, negated, or '' when unknown (or --plain)"})
    status_label: str = field(default="", metadata={
        "help": "the status as a reader's word: 'scheduled', 'did not happen'; '' when "
                "unknown (or --plain)"})
    explanation: str = field(default="", metadata={
        "help": "how the date was resolved, one sentence; '' when not known (or --plain)"})
    article: SourceView | None = field(default=None, metadata={
        "help": "the source article (title, link, ref), as in ctx.sources"})
    span: bool = field(default=False, metadata={
        "help": "true for a range or placed duration, drawn as a stretch"})
    gap: int = field(default=0, metadata={
        "help": "0-4: the empty time before it (same day, under a week, a month, a year, "
                "more)"})
    gap_label: str = field(default="", metadata={
        "help": "'3 months later' for a gap of a month or more, else ''"})


@dataclass(frozen=True, slots=True)
class TimelineContext:
    """The context of `timeline.html.j2`, `timeline.md.j2` and `timeline.wiki.j2`."""

    title: str = field(metadata={"help": "page title: the document title or 'Timeline'"})
    documents: list[dict[str, Any]] = field(metadata={"help": "documents as in the JSON"})
    events: list[EventView] = field(metadata={"help": "events in timeline order"})
    several: bool = field(metadata={"help": "true when events come from several documents"})
    fragment: bool = field(default=False, metadata={"help": "write a fragment, not a page"})
    style: bool = field(default=True, metadata={
        "help": "fragment: inline style attributes (false with --no-style)"})
    legend: list[str] = field(default_factory=list, metadata={
        "help": "one sentence per document: the publication date the dates are anchored to "
                "(empty with --plain)"})
    sources: list[SourceView] = field(default_factory=list, metadata={
        "help": "the source articles, in document order"})
    groups: list[YearGroup[EventView]] = field(default_factory=list, metadata={
        "help": "the events under year and month headings, in timeline order"})
    plain: bool = field(default=False, metadata={
        "help": "--plain: no status, explanation or legend, for a public page"})
    wiki_list: bool = field(default=False, metadata={
        "help": "wikitext: a bulleted list ('* date – event') instead of a table"})
    statuses: dict[str, str] = field(default_factory=dict, metadata={
        "help": "the statuses its events have, each with its word, in the order of "
                "status.STATUSES (empty with --plain): a key to the markers"})


def source_view(document: Document, style: str = DEFAULT_STYLE) -> SourceView:
    """How a document is named, linked, dated and cited."""
    link = safe_url(document.url)
    day = _day(document.published)
    key = link or document.title
    ref = "tl-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10] if key else ""
    return SourceView(id=document.id, title=document.title or document.id, link=link,
                      published=day_label(day, style) if day else "",
                      datetime=day.isoformat() if day else "", ref=ref)


def _day(published: str | None) -> date | None:
    """The day of a publication date (a date-time gives its own calendar day)."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def event_view(event: Event, document: Document, options: RenderOptions = RenderOptions(),
               article: SourceView | None = None) -> EventView:
    """One event as templates see it, labelled in the date style; no status or explanation
    with `plain`."""
    before, expression, after = quote_parts(event, document)
    plain = options.plain
    return EventView(
        id=event.id, label=event_label(event, options.date_style),
        datetime=datetime_attribute(event.when),
        value=event.when.value, granularity=event.when.interval.granularity,
        summary=event.summary, sentence=event.sentence,
        before=before, expression=expression, after=after,
        doc=event.doc, source=document.title or document.id,
        status="" if plain else event.status or "",
        status_label="" if plain else status_word(event),
        explanation="" if plain or not event.when.explanation else event.when.explanation.text,
        article=article or source_view(document, options.date_style),
        span=is_placed_stretch(event.when) and event_span(event.when) is not None,
    )


def _stretch(event: Event) -> Stretch:
    span = event_span(event.when)
    return (span.start, span.end) if span else None


def build_context(timeline: Timeline, options: RenderOptions | None = None, *,
                  fragment: bool | None = None, style: bool | None = None) -> TimelineContext:
    """The documented template context of a timeline.

    fragment, style: the older keywords, kept for callers from before `RenderOptions`
    """
    options = options or RenderOptions()
    fragment = options.fragment if fragment is None else fragment
    style = (not options.no_style) if style is None else style
    docs = {d.id: d for d in timeline.documents}
    sources = {d.id: source_view(d, options.date_style) for d in timeline.documents}
    titles = [d.title for d in timeline.documents if d.title]
    title = titles[0] if len(timeline.documents) == 1 and titles else "Timeline"
    views = [event_view(e, docs[e.doc], options, sources[e.doc]) for e in timeline.events]
    stretches = [_stretch(e) for e in timeline.events]
    groups, gaps = group_events(timeline.events, stretches, [v.label for v in views],
                                event_gaps(stretches))
    views = [replace(v, gap=g.bucket, gap_label=g.label) for v, g in zip(views, gaps)]
    return TimelineContext(
        title=title, documents=[d.to_dict() for d in timeline.documents],
        events=views, several=len(timeline.documents) > 1, fragment=fragment, style=style,
        legend=[] if options.plain else legend_lines(timeline.documents),
        sources=list(sources.values()),
        groups=fill_groups(groups, views),
        plain=options.plain, wiki_list=options.wiki_list,
        statuses={s: STATUS_WORDS[s] for s in STATUSES if any(v.status == s for v in views)})


def legend_lines(documents: tuple[Document, ...]) -> list[str]:
    """For readers: the publication date each document's dates were resolved against."""
    lines = []
    for doc in documents:
        origin = doc.published_from or "an unknown source"
        via = PUBLISHED_VIA.get(origin, f"from {origin}")
        anchored = f"anchored to the publication date {doc.published} ({via})" \
            if doc.published else "placed in the story's own years (no publication date)"
        lines.append(f"{doc.title or doc.id}: dates {anchored}." if len(documents) > 1
                     else f"Dates are {anchored}.")
    return lines


@dataclass(frozen=True, slots=True)
class DateView:
    """A date as a template shows it."""

    label: str = field(metadata={"help": "the date as a reader expects it: 'June 2018'"})
    datetime: str = field(metadata={"help": "machine-readable value for <time datetime>"})


@dataclass(frozen=True, slots=True)
class RowView:
    """One row of a comparison as a template sees it."""

    id: str = field(metadata={"help": "row id, r1, r2... in timeline order"})
    dates: list[DateView] = field(metadata={
        "help": "the agreed date; when the sources conflict, each date they give"})
    conflict: bool = field(metadata={"help": "true when the sources give incompatible dates"})
    cells: list[EventView | None] = field(metadata={
        "help": "one per document, in document order; None where it does not report this"})
    sources: int = field(metadata={"help": "how many documents report this"})
    year: str = field(default="", metadata={
        "help": "the year heading when this row starts a new one, else ''"})


@dataclass(frozen=True, slots=True)
class CompareContext:
    """The context of `compare.html.j2` and `compare.md.j2`."""

    title: str = field(metadata={"help": "page title"})
    documents: list[dict[str, Any]] = field(metadata={"help": "documents as in the JSON"})
    rows: list[RowView] = field(metadata={"help": "rows in timeline order"})
    summary: str = field(metadata={"help": "'9 events, 2 reported by more than one source, "
                                           "1 conflict'"})
    fragment: bool = field(default=False, metadata={"help": "write a fragment, not a page"})
    sources: list[SourceView] = field(default_factory=list, metadata={
        "help": "the source articles, in document order"})
    plain: bool = field(default=False, metadata={"help": "--plain: no status words"})
    style: bool = field(default=True, metadata={
        "help": "fragment: inline style attributes (false with no_style)"})


def summary_line(comparison: Comparison) -> str:
    """The counts of a comparison as a sentence: events, shared ones, conflicts."""
    counts = comparison.summary()
    events, conflicts = counts["events"], counts["conflicts"]
    return (f"{events} event{'s' if events != 1 else ''}, {counts['shared']} reported by "
            f"more than one source, {conflicts} conflict{'s' if conflicts != 1 else ''}")


def _row_dates(row: ComparisonRow, style: str) -> list[DateView]:
    if row.agreed is not None and row.value is not None:
        agreed = When("", row.value, "DATE", row.mod, row.agreed)
        label = date_label(agreed, style)
        # the zone its sources name for the time, as each source's own label says it
        zones = {clock_zone(e.when.text) for e in row.events if e.when.value == row.value}
        zone = zones.pop() if len(zones) == 1 else None
        return [DateView(f"{label} {zone}" if zone else label, datetime_attribute(agreed))]
    if row.agreed is not None:
        span = When("", "", "DATE", None, row.agreed)
        return [DateView(date_label(span, style), datetime_attribute(span))]
    seen: dict[str, str] = {}
    for event in row.events:
        seen.setdefault(event_label(event, style), datetime_attribute(event.when))
    return [DateView(label, stamp) for label, stamp in seen.items()]


def _row_view(row: ComparisonRow, documents: tuple[Document, ...], docs: dict[str, Document],
              options: RenderOptions, sources: dict[str, SourceView], year: str) -> RowView:
    by_doc = {e.doc: event_view(e, docs[e.doc], options, sources[e.doc]) for e in row.events}
    return RowView(id=row.id, dates=_row_dates(row, options.date_style), conflict=row.conflict,
                   cells=[by_doc.get(d.id) for d in documents], sources=len(row.events),
                   year=year)


def _row_year(row: ComparisonRow) -> str:
    """The year a row's first date starts in, as a heading ('' when it has none)."""
    events = sorted(row.events, key=lambda e: e.when.interval.start)
    span = event_span(events[0].when) if events else None
    return year_label(span.start.year) if span else ""


def build_compare_context(comparison: Comparison, options: RenderOptions | None = None, *,
                          fragment: bool | None = None) -> CompareContext:
    """The documented template context of a comparison."""
    options = options or RenderOptions()
    docs = {d.id: d for d in comparison.documents}
    sources = {d.id: source_view(d, options.date_style) for d in comparison.documents}
    rows, shown = [], ""
    for row in comparison.rows:
        year = _row_year(row)
        rows.append(_row_view(row, comparison.documents, docs, options, sources,
                              year if year != shown else ""))
        shown = year or shown
    return CompareContext(
        title=f"Comparison of {len(comparison.documents)} source"
              f"{'' if len(comparison.documents) == 1 else 's'}",
        documents=[d.to_dict() for d in comparison.documents], rows=rows,
        summary=summary_line(comparison),
        fragment=options.fragment if fragment is None else fragment,
        sources=list(sources.values()), plain=options.plain, style=not options.no_style)
