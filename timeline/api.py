"""The library entry points: text or documents in, a timeline or expressions out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Iterable

from timeline.anchor import anchor_events
from timeline.compare import AlignOptions, align_timelines
from timeline.dct import choose_published, is_partial_date, parse_published
from timeline.model import Comparison, Document, Event, Timeline, Timex
from timeline.order import order_events
from timeline.pipeline import load_pipeline
from timeline.process import tag_document

Source = str | Document | Iterable[Document]


def _documents(source: Source, published: str | date | None, title: str) -> list[Document]:
    if isinstance(source, str):
        source = Document(id="text", text=source, title=title)
    docs = [source] if isinstance(source, Document) else list(source)
    out = []
    for doc in docs:
        if published is not None:
            value = published.isoformat() if isinstance(published, (date, datetime)) else published
            if is_partial_date(value):
                doc = choose_published(doc, value)  # "1998": completed from the text
            else:
                doc = replace(doc, published=parse_published(value), published_from="option")
        if not doc.published:
            named = replace(doc, source=doc.source if doc.source != "-" else doc.id)
            doc = replace(choose_published(named, None), source=doc.source)
        out.append(doc)
    return out


def extract(source: Source, published: str | date | None = None, *,
            title: str = "") -> Timeline:
    """The ordered timeline of an article's text, or of documents read with `ingest`.

    published: the publication date (ISO string or date), or a year or month ("1998",
        "1998-08") completed from the text; it overrides the documents' own dates when
        given. Without it the date is inferred from the text (a dateline) where possible.
    Raises: NoPublicationDateError, InputError.
    """
    docs = _documents(source, published, title)
    nlp = load_pipeline()
    events: list[Event] = []
    timexes: list[Timex] = []
    for doc in docs:
        found, ranges = tag_document(doc, nlp)
        timexes.extend(f.timex for f in found)
        events.extend(anchor_events(doc, found, ranges))
    return Timeline(tuple(docs), order_events(events, [d.id for d in docs]), tuple(timexes))


def tag(source: Source, published: str | date | None = None) -> tuple[Timex, ...]:
    """Every temporal expression of the text or documents, with offsets and values.

    Raises: NoPublicationDateError, InputError.
    """
    nlp = load_pipeline()
    out: list[Timex] = []
    for doc in _documents(source, published, ""):
        found, _ = tag_document(doc, nlp)
        out.extend(f.timex for f in found)
    return tuple(out)


def compare(documents: Iterable[Document], *, options: AlignOptions | None = None) -> Comparison:
    """The timelines of `documents` side by side: events aligned into rows across sources.

    Each document is extracted against its own publication date. A document given twice
    (or two with one id) is told apart by a `-2`, `-3`... suffix on its id.
    options: thresholds of the alignment (see `timeline.compare.AlignOptions`).
    Raises: NoPublicationDateError, InputError.
    """
    timelines = [extract(doc) for doc in _unique_ids(list(documents))]
    return align_timelines(timelines, options)


def _unique_ids(documents: list[Document]) -> list[Document]:
    seen: set[str] = {d.id for d in documents}
    used: set[str] = set()
    out = []
    for doc in documents:
        if doc.id in used:
            n = 2
            while f"{doc.id}-{n}" in seen:
                n += 1
            doc = replace(doc, id=f"{doc.id}-{n}")
            seen.add(doc.id)
        used.add(doc.id)
        out.append(doc)
    return out
