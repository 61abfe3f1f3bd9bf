"""Several documents' events aligned into rows, and their `timeline-compare/1` JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from timeline.model import Document, Event, Interval

COMPARE_SCHEMA = "timeline-compare/1"


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One happening as several sources report it, with the date they agree on.

    events: one event per reporting document, in document order
    agreed: the interval every source's date contains (the finest they agree on);
        None when the sources give incompatible dates (`conflict`)
    value: the TIMEX3 value of `agreed` (the finest source's when the dates nest, a
        day or range of days when they only partly overlap); None on conflict
    mod: the mod a reader sees on `value` (`timeline.display.event_mod`: the date's TIMEX3
        mod, "about 10:35", "on or after May 24", else BEFORE or AFTER from the event's link
        to it, "after July 4"): the one every source that gives exactly the agreed date
        has, else None (a source that states the date plainly settles it)
    """

    id: str
    events: tuple[Event, ...]
    agreed: Interval | None
    value: str | None
    conflict: bool
    mod: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the documents that report this happening."""
        return tuple(e.doc for e in self.events)

    def to_dict(self) -> dict[str, Any]:
        """The row in the `timeline-compare/1` schema."""
        agreed = None if self.agreed is None else {
            "value": self.value, "mod": self.mod, "start": self.agreed.start,
            "end": self.agreed.end, "granularity": self.agreed.granularity}
        return {
            "id": self.id,
            "sources": list(self.sources),
            "agreed": agreed,
            "conflict": self.conflict,
            "events": [e.to_dict() for e in self.events],
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The events of several documents aligned into rows, in timeline order."""

    documents: tuple[Document, ...]
    rows: tuple[ComparisonRow, ...]

    def summary(self) -> dict[str, int]:
        """Counts: rows (`events`), rows with several sources (`shared`), `conflicts`."""
        return {
            "events": len(self.rows),
            "shared": sum(1 for r in self.rows if len(r.events) > 1),
            "conflicts": sum(1 for r in self.rows if r.conflict),
        }

    def to_dict(self) -> dict[str, Any]:
        """The whole comparison in the `timeline-compare/1` schema."""
        return {
            "schema": COMPARE_SCHEMA,
            "documents": [d.to_dict() for d in self.documents],
            "rows": [r.to_dict() for r in self.rows],
            "summary": self.summary(),
        }
