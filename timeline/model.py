"""Value types of a timeline and their `timeline/1` JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "timeline/1"


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its exact text and what is known about it."""

    id: str
    text: str
    title: str = ""
    published: str | None = None
    published_from: str | None = None
    source: str = "-"
    url: str | None = None
    updated: str | None = None
    published_via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The document's entry in `documents` of the `timeline/1` schema.

        `updated` (a web page's last-modified date) and `published_via` (where in the
        page the date was found, when the date is the page's own) appear only when known.
        """
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "source": self.source,
            "url": self.url,
        }
        if self.updated:
            out["updated"] = self.updated
        if self.published_via and self.published_from == "html":
            out["published_via"] = self.published_via
        return out


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open span of time: `start` inclusive, `end` exclusive, as ISO strings."""

    start: str
    end: str
    granularity: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a document, with its TIMEX3 attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    doc: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The expression as one entry of `timexes` in `tag -f jsonl`."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    """How a value was resolved: a sentence for readers plus machine-readable fields.

    anchor: `publication`, `narrative` (an earlier date in the text) or `none` (absolute)
    direction: `past`, `future` or `same` for values resolved relative to the anchor
    """

    text: str
    rule: str
    anchor: str = "none"
    anchor_value: str | None = None
    direction: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `when.explanation` object of the `timeline/1` schema."""
        return {
            "text": self.text,
            "rule": self.rule,
            "anchor": self.anchor,
            "anchor_value": self.anchor_value,
            "direction": self.direction,
        }


@dataclass(frozen=True, slots=True)
class When:
    """The dated part of an event: the expression (or range) and its interval."""

    text: str
    value: str
    type: str
    mod: str | None
    interval: Interval
    explanation: Explanation | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `when` object of an event in the `timeline/1` schema."""
        return {
            "text": self.text,
            "value": self.value,
            "type": self.type,
            "mod": self.mod,
            "start": self.interval.start,
            "end": self.interval.end,
            "granularity": self.interval.granularity,
            "explanation": self.explanation.to_dict() if self.explanation else None,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """The clause that a temporal expression dates."""

    id: str
    doc: str
    when: When
    summary: str
    sentence: str
    offsets: tuple[int, int]
    timex_offsets: tuple[int, int] = (0, 0)
    status: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The event in the `timeline/1` schema."""
        return {
            "id": self.id,
            "doc": self.doc,
            "when": self.when.to_dict(),
            "summary": self.summary,
            "sentence": self.sentence,
            "offsets": list(self.offsets),
            "timex_offsets": list(self.timex_offsets),
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    """Ordered events of one or more documents, with every expression found."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    timexes: tuple[Timex, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The whole timeline in the `timeline/1` schema."""
        return {
            "schema": SCHEMA,
            "documents": [d.to_dict() for d in self.documents],
            "events": [e.to_dict() for e in self.events],
            "timexes": [dict(t.to_dict(), doc=t.doc) for t in self.timexes],
        }
