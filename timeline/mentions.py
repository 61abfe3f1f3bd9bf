"""The tagged document: each expression found, what its words read, and once resolved, its timex.

A `Mention` is an expression the tagger found in a parsed sentence, read by its rule, with
the words around it and the tense of its clause: everything but a date. A `Found` is a
mention resolved against the publication date, with the parsed span it came from (for
the event it dates).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from timeline.model import Timex
from timeline.readings import Context, Reading, Rule


@dataclass(frozen=True, slots=True)
class Mention:
    """An expression of a document and its reading.

    start/end: character offsets in the document text; span: the parsed spaCy span;
    base: where the span's parsed chunk starts in the document text.
    """

    start: int
    end: int
    text: str
    rule: Rule
    reading: Reading
    context: Context
    span: Any
    base: int = 0


@dataclass(frozen=True, slots=True)
class Found:
    """A normalized expression with the parsed span it came from."""

    timex: Timex
    span: Any
    rule: str
    base: int = 0
    point: str | None = None
    reading: Reading | None = None


def index_by_start(found: list[Found]) -> dict[int, Found]:
    """The expressions of `found` by start offset (the first, where two share one): one
    look-up per range end rather than a search of every expression."""
    out: dict[int, Found] = {}
    for item in found:
        out.setdefault(item.timex.start, item)
    return out
