"""The anchor policy: what a relative expression counts from, and how the story's time moves.

"next week" counts from the publication date; "the next day", "that year", "two days later"
count from the time the story has reached: the latest date it named, as finely as the
expression needs (a day for "the next day", a year for "that year"). `AnchorState` is what a
document has named so far; `AnchorPolicy` chooses an anchor from it and says which dates
move it (not the day a quote was given, "..., officials said Sunday", nor a record's
starting point, "the highest level since September 2013").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.calendar import GRANULARITIES
from timeline.lexicon import ATTRIBUTION_VERBS, COMPARED_SINCE
from timeline.readings import Named, Quarter, Reference

# Narrative anchors must be at least this fine to date "the next day".
REFERENCE_GRANULARITIES = ("day", "part-of-day", "hour", "minute", "second")
_UNIT_GRANULARITY = {"Y": "year", "Q": "quarter", "M": "month"}
# How far back (characters) a comparison's "since" is looked for.
COMPARED_WINDOW = 80


@dataclass(slots=True)
class AnchorState:
    """The times a document has named so far, in text order.

    reference: the latest date named at a day or finer; latest: the latest at any
    granularity from a year down, and where it ended (`latest_end`, a text offset);
    quarter: the latest quarter a report named that had ended by publication.
    """

    reference: Named | None = None
    latest: Named | None = None
    latest_end: int | None = None
    quarter: Quarter | None = None

    def gap(self, start: int) -> int | None:
        """How many characters before `start` the latest date was named."""
        return None if self.latest_end is None else start - self.latest_end


@dataclass(frozen=True, slots=True)
class AnchorPolicy:
    """How the story's time is chosen and moved (news: the latest date named, else the
    publication date)."""

    def story(self, state: AnchorState, published: date, unit: str | None = None) -> Reference:
        """Where "the next day", "that year" count from: the latest date the text named at
        least as finely as `unit` (a day when None), else the publication date."""
        needed = _UNIT_GRANULARITY.get(unit or "")
        latest = state.latest
        if needed and latest is not None \
                and GRANULARITIES.index(latest.granularity) >= GRANULARITIES.index(needed):
            return Reference(latest.start, latest.value)
        if state.reference is not None:
            return Reference(state.reference.start, state.reference.value)
        return Reference(published, None)

    def advance(self, state: AnchorState, named: Named | None, *, end: int, before: str,
                tense_word: str, published: date) -> None:
        """Move the story's time to `named`, a date just resolved whose text ends at `end`,
        unless it only dates a quote or a comparison.

        before: the text before the expression (a comparison's "since"); tense_word: the
        verb of its clause.
        """
        if named is None or _is_attribution(tense_word, named, published) \
                or COMPARED_SINCE.search(before[-COMPARED_WINDOW:]):
            return
        if named.granularity in REFERENCE_GRANULARITIES:
            state.reference = named
        if named.granularity not in ("century", "decade"):
            state.latest, state.latest_end = named, end

    def report(self, state: AnchorState, quarter: Quarter, published: date) -> None:
        """Remember a quarter a report names, when it had ended by publication: "through the
        third quarter of 1990" is a forecast, not the quarter "the year-ago period" is
        compared with."""
        if (quarter.year, quarter.number) < (published.year, Quarter.of(published).number):
            state.quarter = quarter


def _is_attribution(verb_phrase: str, named: Named, published: date) -> bool:
    """True for the day news was told, next to publication ("..., authorities said
    Sunday"): not a day the story is about, so not the reference for "at 10:15 p.m.".
    ("On Aug. 12, 2010, he told his staff" is one: that telling is the story.)"""
    found = verb_phrase.lower().split()
    if not found or found[-1] not in ATTRIBUTION_VERBS or named.granularity != "day":
        return False
    return abs((named.start - published).days) <= 2
