"""Ranges: two expressions joined as one stretch ("between Wednesday and Friday", "from June
to August"), the start re-dated from the end."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.errors import NormalizationError
from timeline.mentions import Found, index_by_start
from timeline.resolver import range_start

RANGE_JOIN = re.compile(r"^\s*(?:and|to|through|thru|until|till|-|–|—)\s*$", re.I)
RANGE_START = re.compile(r"(?i)\b(?:between|from)\s+(?:the\s+)?$")


def range_pairs(found: list[Found], ranges: list[tuple[int, int]]) -> list[tuple[Found, Found]]:
    """The expressions at the start offsets of each range (`pair_ranges`), first and second."""
    by_start = index_by_start(found)
    return [(by_start[a], by_start[b]) for a, b in ranges]


def pair_ranges(text: str, found: list[Found]) -> list[tuple[int, int]]:
    """The start offsets of expressions that form a range, first and second."""
    pairs = []
    for first, second in zip(found, found[1:]):
        between = text[first.timex.end:second.timex.start]
        joiner = RANGE_JOIN.match(between)
        opener = RANGE_START.search(text[max(0, first.timex.start - 20):first.timex.start])
        if not joiner or not (opener or between.strip() in ("-", "–", "through", "to")):
            continue
        if between.strip().lower() == "and" and not opener:
            continue
        if first.timex.type in ("DATE", "TIME") and second.timex.type in ("DATE", "TIME"):
            pairs.append((first.timex.start, second.timex.start))
    return pairs


def resolve_ranges(found: list[Found], ranges: list[tuple[int, int]]) -> list[Found]:
    """Re-date the start of a range from its end: "between Wednesday and Friday"."""
    starts = {a: b for a, b in ranges}
    by_start = index_by_start(found)
    out = []
    for item in found:
        partner = starts.get(item.timex.start)
        if partner is not None:
            item = _range_start(item, by_start[partner])
        out.append(item)
    return out


def _range_start(first: Found, second: Found) -> Found:
    if first.reading is None or second.reading is None:
        return first
    try:
        start = range_start(first.reading, first.timex.text, first.timex.value, second.reading,
                            second.timex.value)
    except NormalizationError:  # "February 29-March 2, 2019": no such first day
        return first
    if start is None:
        return first
    value, explanation = start
    return replace(first, timex=replace(first.timex, value=value, explanation=explanation))
