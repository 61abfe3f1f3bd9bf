"""How well events are anchored: our event triggers against TimeML's event-time links.

Gold: every TIMEX3 of a TimeML file (not the DCT) that a TLINK ties to an EVENT of the
same sentence by an anchoring relation (IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS
or an inverse; read from the event's side, so "time INCLUDES event" is IS_INCLUDED).
System: the mentions of our events, each a date expression with its trigger's span.

- coverage: the share of linked gold dates that some mention's expression overlaps;
- anchoring accuracy: of those, the share whose mention's trigger overlaps an EVENT
  linked to that TIMEX3 (strict: the event word itself, not a summary that contains it).

Sentences, for "the same sentence", are cut here by a plain rule (a stop, then space and
a capital, not after an initial or a short abbreviation), so the gold side does not
depend on the tagger's own splitter.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.corpus import find_gold_files
from timeline.errors import InputError
from timeline.model import Timeline

ANCHORING = ("IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "BEGINS",
             "BEGUN_BY", "ENDS", "ENDED_BY")
# A link written from the time's side is read from the event's side.
INVERSE = {"IS_INCLUDED": "INCLUDES", "INCLUDES": "IS_INCLUDED", "DURING": "DURING_INV",
           "DURING_INV": "DURING", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
           "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "SIMULTANEOUS": "SIMULTANEOUS"}
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
CONTEXT = 70
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d)]*\s+(?=[\"'\u201c(]*[A-Z0-9])|\n\s*\n")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Za-z](?:\.[A-Za-z])*|\b(?:[A-Z]\.)+)\.$")
_SPACE = re.compile(r"\s+")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A gold TIMEX3 with the events that anchoring links tie to it in its sentence.

    relation: the relation of its first such link, read from the event's side
    events: the linked EVENT spans with their text
    """

    start: int
    end: int
    text: str
    type: str
    relation: str
    events: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class EventGold:
    """One TimeML file's text, DCT and linked dates."""

    doc: str
    text: str
    dct: str
    dates: tuple[GoldDate, ...]


@dataclass(frozen=True, slots=True)
class SystemMention:
    """Where our timeline dates an event: the expression's span, the trigger's, the headline."""

    timex: Span
    trigger: Span | None
    summary: str = ""
    trigger_text: str = ""


@dataclass(slots=True)
class EventCounts:
    """Linked gold dates, how many got an event, and how many of those name a linked event."""

    dates: int = 0
    covered: int = 0
    anchored: int = 0

    @property
    def coverage(self) -> float:
        """Share of linked dates that get an event."""
        return self.covered / self.dates if self.dates else 1.0

    @property
    def accuracy(self) -> float:
        """Share of covered dates whose trigger overlaps a linked gold event."""
        return self.anchored / self.covered if self.covered else 1.0


@dataclass(frozen=True, slots=True)
class EventError:
    """A linked date without an event (`uncovered`) or with the wrong one (`wrong`)."""

    doc: str
    kind: str
    timex: str
    type: str
    relation: str
    gold_events: str
    trigger: str
    summary: str
    context: str


@dataclass(slots=True)
class EventScores:
    """Counts overall, by relation and by expression type, and every error."""

    overall: EventCounts = field(default_factory=EventCounts)
    by_relation: dict[str, EventCounts] = field(default_factory=dict)
    by_type: dict[str, EventCounts] = field(default_factory=dict)
    errors: list[EventError] = field(default_factory=list)


def read_event_gold(path: str | Path) -> EventGold:
    """Read one TimeML file's text, DCT and the TIMEX3s linked to an event of their sentence.

    Raises: InputError when the file is not TimeML with a TEXT and a DCT.
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read TimeML gold file ({exc})", source=str(path)) from exc
    text_element, dct = root.find("TEXT"), root.find("DCT/TIMEX3")
    if text_element is None or dct is None or not dct.get("value"):
        raise InputError("not a TimeML file with <TEXT> and <DCT>", source=str(path))
    spans: dict[str, tuple[int, int, str, str]] = {}
    _walk(text_element, 0, spans)
    text = "".join(text_element.itertext())
    instances = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    links: dict[str, list[tuple[str, str]]] = {}
    for link in root.iter("TLINK"):
        relation, tid = link.get("relType") or "", link.get("timeID")
        eiid = link.get("relatedToEventInstance")
        if tid is None:
            tid, eiid = link.get("relatedToTime"), link.get("eventInstanceID")
        elif relation in INVERSE:
            relation = INVERSE[relation]
        eid = instances.get(eiid) if eiid else None
        if relation in ANCHORING and tid in spans and eid in spans:
            links.setdefault(tid, []).append((relation, eid or ""))
    sentences = sentence_starts(text)
    dates = []
    for tid, tied in links.items():
        start, end, kind, words = spans[tid]
        same = [(rel, spans[eid]) for rel, eid in tied
                if _sentence_of(sentences, spans[eid][0]) == _sentence_of(sentences, start)]
        if same:
            events = tuple(sorted({(s[0], s[1], s[3]) for _, s in same}))
            dates.append(GoldDate(start, end, words, kind, same[0][0], events))
    return EventGold(path.name.removesuffix(".tml"), text, dct.get("value") or "",
                     tuple(sorted(dates, key=lambda d: d.start)))


def _walk(element: ET.Element, offset: int, spans: dict[str, tuple[int, int, str, str]]) -> int:
    offset += len(element.text or "")
    for child in element:
        start = offset
        offset = _walk(child, offset, spans)
        key = child.get("tid") if child.tag == "TIMEX3" else child.get("eid")
        if child.tag in ("TIMEX3", "EVENT") and key:
            spans[key] = (start, offset, child.get("type", ""), "".join(child.itertext()))
        offset += len(child.tail or "")
    return offset


def read_event_gold_dir(directory: str | Path) -> list[EventGold]:
    """Every `*.tml` file below `directory`, sorted by path.

    Raises: InputError when `directory` is not a directory, holds no `.tml` file or a
        file is not TimeML.
    """
    root = Path(directory)
    if not root.is_dir():
        raise InputError("scoring events needs a directory of TimeML files with TLINKs",
                         source=str(root))
    return [read_event_gold(path) for path in find_gold_files(root)]


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of `text`, cut by the plain rule of this module."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if m.group().strip() or not _ABBREVIATION.search(text[max(0, m.start() - 8):m.start()]):
            starts.append(m.end())
    return starts


def _sentence_of(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts)
    while high - low > 1:
        mid = (low + high) // 2
        if starts[mid] <= offset:
            low = mid
        else:
            high = mid
    return low


def timeline_mentions(timeline: Timeline) -> dict[str, list[SystemMention]]:
    """The mentions of a timeline's events by document: expression, trigger and headline."""
    out: dict[str, list[SystemMention]] = {}
    for event in timeline.events:
        mentions = event.mentions or ()
        if not mentions:
            trigger = (event.trigger.start, event.trigger.end) if event.trigger else None
            out.setdefault(event.doc, []).append(SystemMention(
                event.timex_offsets, trigger, event.summary,
                event.trigger.text if event.trigger else ""))
        for mention in mentions:
            span = (mention.trigger.start, mention.trigger.end) if mention.trigger else None
            out.setdefault(event.doc, []).append(SystemMention(
                mention.timex_offsets, span, event.summary,
                mention.trigger.text if mention.trigger else ""))
    return out


def score_events(gold: Sequence[EventGold],
                 system: Mapping[str, Sequence[SystemMention]]) -> EventScores:
    """Coverage and anchoring accuracy of the system mentions against the linked gold dates."""
    scores = EventScores()
    for document in gold:
        mentions = system.get(document.doc, ())
        for date in document.dates:
            mention = _best_mention(date, mentions)
            anchored = mention is not None and mention.trigger is not None and any(
                _overlaps(mention.trigger, (s, e)) for s, e, _ in date.events)
            for counts in (scores.overall, scores.by_relation.setdefault(date.relation,
                                                                         EventCounts()),
                           scores.by_type.setdefault(date.type, EventCounts())):
                counts.dates += 1
                counts.covered += mention is not None
                counts.anchored += anchored
            if not anchored:
                scores.errors.append(_error(document, date, mention))
    return scores


def _best_mention(date: GoldDate, mentions: Iterable[SystemMention]) -> SystemMention | None:
    """The mention whose expression overlaps the gold date most (the first on a tie)."""
    best, most = None, 0
    for mention in mentions:
        shared = min(date.end, mention.timex[1]) - max(date.start, mention.timex[0])
        if shared > most:
            best, most = mention, shared
    return best


def _overlaps(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _error(document: EventGold, date: GoldDate, mention: SystemMention | None) -> EventError:
    text = document.text
    left = _SPACE.sub(" ", text[max(0, date.start - CONTEXT):date.start]).lstrip()
    right = _SPACE.sub(" ", text[date.end:date.end + CONTEXT]).rstrip()
    return EventError(
        doc=document.doc, kind="uncovered" if mention is None else "wrong",
        timex=_SPACE.sub(" ", date.text), type=date.type, relation=date.relation,
        gold_events=", ".join(_SPACE.sub(" ", w) for _, _, w in date.events),
        trigger=mention.trigger_text if mention else "",
        summary=mention.summary if mention else "",
        context=f"{left}[{_SPACE.sub(' ', date.text)}]{right}")


def format_event_table(scores: EventScores) -> str:
    """The scores as a text table: overall, by relation, by expression type."""
    def row(name: str, counts: EventCounts) -> str:
        return (f"{name:<16} {counts.dates:>6} {counts.covered:>7} {counts.coverage:>9.3f} "
                f"{counts.anchored:>9} {counts.accuracy:>9.3f}")
    lines = [f"{'linked dates':<16} {'dates':>6} {'events':>7} {'coverage':>9} "
             f"{'anchored':>9} {'accuracy':>9}", row("overall", scores.overall),
             "by relation:"]
    lines += [row(f"  {name}", c) for name, c in sorted(scores.by_relation.items())]
    lines.append("by type:")
    lines += [row(f"  {name}", scores.by_type[name]) for name in TIMEX_TYPES
              if name in scores.by_type]
    return "\n".join(lines) + "\n"


def format_event_errors(scores: EventScores) -> str:
    """Every linked date without the right event, one tab-separated line each."""
    columns = ("doc", "kind", "type", "relation", "timex", "gold_events", "trigger",
               "summary", "context")
    lines = ["\t".join(columns)]
    for error in scores.errors:
        lines.append("\t".join(str(getattr(error, c)) or "-" for c in columns))
    return "\n".join(lines) + "\n"


def event_scores_to_dict(scores: EventScores) -> dict[str, Any]:
    """The scores as JSON-ready data: overall, by relation, by type, and the errors."""
    def counts(c: EventCounts) -> dict[str, Any]:
        return {"dates": c.dates, "covered": c.covered, "anchored": c.anchored,
                "coverage": round(c.coverage, 4), "accuracy": round(c.accuracy, 4)}
    return {
        "overall": counts(scores.overall),
        "by_relation": {k: counts(v) for k, v in sorted(scores.by_relation.items())},
        "by_type": {k: counts(v) for k, v in sorted(scores.by_type.items())},
        "errors": [{c: getattr(e, c) for c in EventError.__slots__} for e in scores.errors],
    }
