"""The library entry points: text or documents in, a timeline or expressions out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Iterable

from timeline.compare import align_timelines
from timeline.comparison import Comparison
from timeline.extraction import (Dated, Progress, build_timelines, counted, date_document,
                                 tag_documents)
from timeline.genre import AUTO, check_genre
from timeline.model import Document, Event, Timeline, Timex
from timeline.order import order_events
from timeline.pairing import AlignOptions
from timeline.pipeline import load_pipeline

Source = str | Document | Iterable[Document]


def _dated(source: Source, published: str | date | None, title: str,
           genre: str = AUTO, progress: Progress | None = None) -> list[Dated]:
    """The documents of `source`, each with its publication date chosen (`date_document`)."""
    if isinstance(source, str):
        source = Document(id="text", text=source, title=title)
    docs = [source] if isinstance(source, Document) else list(source)
    option = published.isoformat() if isinstance(published, (date, datetime)) else published
    out = []
    for doc in docs:
        named = replace(doc, source=doc.source if doc.source != "-" else doc.id)
        chosen = date_document(named, option, load_pipeline, genre=check_genre(genre),
                               progress=progress)
        out.append((chosen.stamp(doc), chosen))
    return out


def extract(source: Source, published: str | date | None = None, *,
            title: str = "", genre: str = AUTO, date_order: str = AUTO,
            progress: Progress | None = None) -> Timeline:
    """The ordered timeline of an article's text, or of documents read with `ingest`.

    published: the publication date (ISO string or date), or a year or month ("1998",
        "1998-08") completed from the text; it overrides the documents' own dates when
        given. Without it the date is inferred from the text (a dateline) where possible.
        Sources more than a day apart are named in each document's `warnings`.
    genre: `news`, `narrative` (a history: year-less dates take the story's year; it may
        have no publication date), `colloquial`, or `auto` (chosen from each text).
    date_order: how "04/05/2014" reads: `dayfirst` (4 May), `monthfirst` (April 5), or
        `auto` (from the text's unambiguous dates, `timeline.dateorder`).
    progress: called as the text is parsed, with the characters parsed so far and the
        characters in all (the parse is most of the time a long text takes); first for
        reading the publication date when that must be read from the text (the text is
        then parsed once: the events are placed from that parse, told as all parsed).
    Raises: NoPublicationDateError, InputError.
    """
    dated = _dated(source, published, title, genre, progress)
    timelines = build_timelines(dated, load_pipeline(), genre=genre, date_order=date_order,
                                progress=progress)
    events: list[Event] = [event for timeline in timelines for event in timeline.events]
    timexes: list[Timex] = [timex for timeline in timelines for timex in timeline.timexes]
    docs = [doc for timeline in timelines for doc in timeline.documents]
    return Timeline(tuple(docs), order_events(events, [d.id for d in docs]), tuple(timexes))


def tag(source: Source, published: str | date | None = None, *,
        genre: str = AUTO, date_order: str = AUTO,
        progress: Progress | None = None) -> tuple[Timex, ...]:
    """Every temporal expression of the text or documents, with offsets and values, read
    in `genre` with numeric dates in `date_order`, `progress` told as the text is parsed
    (see `extract`).

    Raises: NoPublicationDateError, InputError.
    """
    tagged = tag_documents(_dated(source, published, "", genre, progress), load_pipeline(),
                           genre=genre, date_order=date_order, events=False,
                           progress=progress)
    return tuple(f.timex for t in tagged for f in t.found)


def compare(documents: Iterable[Document], *, options: AlignOptions | None = None,
            genre: str = AUTO, date_order: str = AUTO,
            progress: Progress | None = None) -> Comparison:
    """The timelines of `documents` side by side: events aligned into rows across sources.

    Each document is extracted against its own publication date. A document given twice
    (or two with one id) is told apart by a `-2`, `-3`... suffix on its id.
    options: thresholds of the alignment (see `timeline.pairing.AlignOptions`).
    progress: told the characters of all the documents parsed so far, of all of them (the
        documents one after another; see `extract`).
    Raises: NoPublicationDateError, InputError.
    """
    docs = _unique_ids(list(documents))
    total, before, timelines = sum(len(doc.text) for doc in docs), 0, []
    for doc in docs:
        timelines.append(extract(doc, genre=genre, date_order=date_order,
                                 progress=counted(progress, before, total)))
        before += len(doc.text)
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
