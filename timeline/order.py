"""The timeline order: by start, the shorter interval first, then what the article puts
before the date, on it, after it, then document order."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Iterable

from timeline.display import event_mod
from timeline.model import Event

# Among events of one interval, one the article puts before the date comes first, one it
# puts after the date last: "after May 23" follows what happened on May 23.
BOUND_RANK = {"BEFORE": -1, "AFTER": 1}


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso) if "T" in iso else datetime.fromisoformat(iso + "T00:00")


def event_sort_key(event: Event) -> tuple[datetime, float]:
    """Sort key of an event: start, then the length of its interval."""
    start = _moment(event.when.interval.start)
    length = (_moment(event.when.interval.end) - start).total_seconds()
    return start, length


def order_events(events: Iterable[Event], documents: Iterable[str] = ()) -> tuple[Event, ...]:
    """Events in timeline order, numbered `e1`, `e2`... in that order: by start, the
    shorter interval first, then before / on / after the date (`BOUND_RANK`), then document.

    documents: document ids in input order; events of earlier documents come first
        among equals.
    """
    rank = {doc: i for i, doc in enumerate(documents)}
    ordered = sorted(events, key=lambda e: (event_sort_key(e), _bound(e),
                                            rank.get(e.doc, len(rank)), e.timex_offsets[0],
                                            e.summary, _tie_break(e)))
    return tuple(replace(e, id=f"e{i}") for i, e in enumerate(ordered, start=1))


def _bound(event: Event) -> int:
    return BOUND_RANK.get(event_mod(event) or "", 0)


def _tie_break(event: Event) -> tuple[object, ...]:
    """Every other field but the id, so that the order never depends on the input order."""
    when = event.when
    return (event.doc, event.timex_offsets, event.offsets, when.value, when.text, when.type,
            when.mod is not None, when.mod or "", when.interval.start, when.interval.end,
            when.interval.granularity, event.sentence)
