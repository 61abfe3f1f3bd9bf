"""Value types of a timeline and their `timeline/1` JSON form."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date, datetime
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
    published_confidence: float | None = None
    published_evidence: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    updated: str | None = None
    published_via: str | None = None
    genre: str | None = None
    genre_from: str | None = None
    genre_reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The document's entry in `documents` of the `timeline/1` schema.

        `published_confidence`/`published_evidence` (an inferred date) and `warnings`
        (publication-date sources that disagree) appear only when there are some.
        `updated` (a web page's last-modified date) and `published_via` (where in the
        page the date was found, when the date is the page's own) appear only when known,
        and so do `genre` (news, narrative, colloquial), `genre_from` (option or auto) and
        `genre_reason`.
        """
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "source": self.source,
            "url": self.url,
        }
        if self.published_confidence is not None:
            out["published_confidence"] = self.published_confidence
            out["published_evidence"] = list(self.published_evidence)
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if self.updated:
            out["updated"] = self.updated
        if self.published_via and self.published_from == "html":
            out["published_via"] = self.published_via
        if self.genre:
            out.update(genre=self.genre, genre_from=self.genre_from,
                       genre_reason=self.genre_reason)
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
    explanation: Explanation | None = field(default=None, compare=False)

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

    @property
    def start(self) -> date | datetime | None:
        """The first day (a `date`) or moment (a `datetime`, when the expression gives a
        time of day) of the interval, inclusive; None off the calendar (a set, a BC year).
        The JSON keeps the ISO string (`interval.start`)."""
        return _moment(self.interval.start)

    @property
    def end(self) -> date | datetime | None:
        """The end of the interval, exclusive, as `start`."""
        return _moment(self.interval.end)

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
class Trigger:
    """The word that is the event, with its TimeML event and instance attributes.

    start/end: character offsets into the document text
    pos: TimeML part of speech (VERB, NOUN, ADJECTIVE, OTHER)
    event_class: TimeML event class (OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE,
        ASPECTUAL, PERCEPTION); `class` in JSON
    tense, aspect, polarity, modality: the MAKEINSTANCE attributes read from the clause
    relation: the TLINK relType from the event to its date (IS_INCLUDED, BEGUN_BY, ...)
    """

    text: str
    start: int
    end: int
    lemma: str = ""
    pos: str = "OTHER"
    event_class: str = "OCCURRENCE"
    tense: str = "NONE"
    aspect: str = "NONE"
    polarity: str = "POS"
    modality: str | None = None
    relation: str = "IS_INCLUDED"

    def to_dict(self) -> dict[str, Any]:
        """The `trigger` object of an event in the `timeline/1` schema."""
        return {
            "text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma,
            "pos": self.pos, "class": self.event_class, "tense": self.tense,
            "aspect": self.aspect, "polarity": self.polarity, "modality": self.modality,
            "relation": self.relation,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Trigger | None:
        """The trigger of a `timeline/1` event (None for null); absent attributes default."""
        if not data:
            return None
        return cls(data["text"], data["start"], data["end"], data.get("lemma", ""),
                   data.get("pos", "OTHER"), data.get("class", "OCCURRENCE"),
                   data.get("tense", "NONE"), data.get("aspect", "NONE"),
                   data.get("polarity", "POS"), data.get("modality"),
                   data.get("relation", "IS_INCLUDED"))


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where the article reports an event: its date expression, sentence, trigger."""

    text: str
    value: str
    sentence: str
    offsets: tuple[int, int]
    timex_offsets: tuple[int, int]
    trigger: Trigger | None = None

    def to_dict(self) -> dict[str, Any]:
        """One entry of an event's `mentions` in the `timeline/1` schema."""
        return {
            "text": self.text, "value": self.value, "sentence": self.sentence,
            "offsets": list(self.offsets), "timex_offsets": list(self.timex_offsets),
            "trigger": self.trigger.to_dict() if self.trigger else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        """One entry of a `timeline/1` event's `mentions`."""
        return cls(data["text"], data["value"], data["sentence"],
                   (data["offsets"][0], data["offsets"][1]),
                   (data["timex_offsets"][0], data["timex_offsets"][1]),
                   Trigger.from_dict(data.get("trigger")))


@dataclass(frozen=True, slots=True)
class Event:
    """The happening that a temporal expression dates.

    summary: a headline for the event, built from its trigger's clause
    trigger: the word that is the event (None for events built without a parse)
    mentions: every place the article reports it, the event's own first; several when
        one happening is dated twice ("June 12 ... at 10 a.m.", a restatement)
    """

    id: str
    doc: str
    when: When
    summary: str
    sentence: str
    offsets: tuple[int, int]
    timex_offsets: tuple[int, int] = (0, 0)
    status: str | None = None
    trigger: Trigger | None = None
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The event in the `timeline/1` schema (`trigger` and `mentions` when known)."""
        out: dict[str, Any] = {
            "id": self.id,
            "doc": self.doc,
            "when": self.when.to_dict(),
            "summary": self.summary,
            "sentence": self.sentence,
            "offsets": list(self.offsets),
            "timex_offsets": list(self.timex_offsets),
            "status": self.status,
        }
        if self.trigger is not None:
            out["trigger"] = self.trigger.to_dict()
        if self.mentions:
            out["mentions"] = [m.to_dict() for m in self.mentions]
        return out

    def all_mentions(self) -> tuple[Mention, ...]:
        """Every place the event is reported: its `mentions`, or itself as the one."""
        return self.mentions or (Mention(self.when.text, self.when.value, self.sentence,
                                         self.offsets, self.timex_offsets, self.trigger),)


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

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per event, in timeline order, for analysis: the `when` fields with
        `start`/`end` as `date`/`datetime` objects, and the document's title and date."""
        docs = {d.id: d for d in self.documents}
        return [{"id": e.id, "doc": e.doc, "title": docs[e.doc].title if e.doc in docs else "",
                 "published": docs[e.doc].published if e.doc in docs else None,
                 "text": e.when.text, "value": e.when.value, "type": e.when.type,
                 "mod": e.when.mod, "start": e.when.start, "end": e.when.end,
                 "granularity": e.when.interval.granularity, "status": e.status,
                 "summary": e.summary, "sentence": e.sentence} for e in self.events]

    def to_dataframe(self) -> Any:
        """`to_records()` as a pandas DataFrame, one row per event.

        Raises: ImportError naming the package when pandas is not installed.
        """
        try:
            pandas = importlib.import_module("pandas")
        except ImportError as err:
            raise ImportError("Timeline.to_dataframe needs pandas: pip install pandas") from err
        return pandas.DataFrame.from_records(self.to_records(), columns=RECORD_FIELDS)

    def _repr_html_(self) -> str:
        """The timeline as an HTML fragment, for notebooks (Jupyter shows it as the cell's
        output). `render` is imported here, not at the top: it imports this module."""
        render = importlib.import_module("timeline.render")
        return str(render.render_timeline(self, "html", fragment=True))


# The columns of `Timeline.to_records()` and `to_dataframe()`, in order.
RECORD_FIELDS = ("id", "doc", "title", "published", "text", "value", "type", "mod", "start",
                 "end", "granularity", "status", "summary", "sentence")


def _moment(iso: str) -> date | datetime | None:
    """An ISO date as a `date`, a date-time as a `datetime`; None when it is neither."""
    try:
        return datetime.fromisoformat(iso) if "T" in iso else date.fromisoformat(iso)
    except ValueError:
        return None


def timeline_from_dict(data: dict[str, Any]) -> Timeline:
    """A timeline back from its `timeline/1` form (document texts from `documents[].text`).

    The schema leaves the article text out, so a document without a `text` key gets an
    empty one; renderers that quote sentences need it.
    Raises: KeyError or TypeError when a required field is missing.
    """
    documents = tuple(
        Document(id=d["id"], text=d.get("text", ""), title=d.get("title") or "",
                 published=d.get("published"), published_from=d.get("published_from"),
                 source=d.get("source") or "-", url=d.get("url"))
        for d in data["documents"])
    events = tuple(_event_from_dict(e) for e in data["events"])
    timexes = tuple(
        Timex(t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod"),
              doc=t.get("doc", ""))
        for t in data.get("timexes", []))
    return Timeline(documents, events, timexes)


def _event_from_dict(data: dict[str, Any]) -> Event:
    when = data["when"]
    explained = when.get("explanation")
    explanation = Explanation(**explained) if explained else None
    interval = Interval(when["start"], when["end"], when["granularity"])
    timex_offsets = data.get("timex_offsets") or (0, 0)
    return Event(
        id=data["id"], doc=data["doc"], summary=data["summary"], sentence=data["sentence"],
        when=When(when["text"], when["value"], when["type"], when.get("mod"), interval,
                  explanation),
        offsets=(data["offsets"][0], data["offsets"][1]),
        timex_offsets=(timex_offsets[0], timex_offsets[1]),
        status=data.get("status"), trigger=Trigger.from_dict(data.get("trigger")),
        mentions=tuple(Mention.from_dict(m) for m in data.get("mentions") or ()))
