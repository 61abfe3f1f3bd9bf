"""Run one document through the stages: tag, normalize in context, pair up ranges."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Iterable, Sequence

from timeline import grammar
from timeline.clause import clause_tense
from timeline.tagger import candidate_doc, find_candidates
from timeline.errors import NormalizationError
from timeline.explain import explain
from timeline.model import Document, Explanation, Timex
from timeline.context import Context
from timeline.normalize import normalize_timex
from timeline.sentences import split_sentences
from timeline.timex import is_anchored, parse_dct, value_granularity

logger = logging.getLogger(__name__)
WINDOW = 40
RANGE_JOIN = re.compile(r"^\s*(?:and|to|through|thru|until|till|-|–|—)\s*$", re.I)
RANGE_START = re.compile(r"(?i)\b(?:between|from)\s+(?:the\s+)?$")
# Narrative anchors must be at least this fine to date "the next day".
QUARTER = re.compile(r"\d{4}-Q[1-4]")
REFERENCE_GRANULARITIES = ("day", "part-of-day", "hour", "minute", "second")
BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class Found:
    """A normalized expression with the parsed span it came from."""

    timex: Timex
    span: Any
    rule: str
    base: int = 0
    point: str | None = None


def tag_document(document: Document, nlp: Any) -> tuple[list[Found], list[tuple[Found, Found]]]:
    """The expressions of a document, normalized, and the pairs that form ranges.

    Raises: NormalizationError when the document has no usable publication date.
    """
    return tag_documents([document], nlp)[0]


def tag_documents(documents: Sequence[Document], nlp: Any, *, batch_size: int = BATCH_SIZE
                  ) -> list[tuple[list[Found], list[tuple[Found, Found]]]]:
    """`tag_document` for several documents, their sentences parsed together.

    Only sentences that hold a candidate expression go through the parser, in batches
    of `batch_size` across documents: the parse is the cost, and it decides nothing
    elsewhere.
    Raises: NormalizationError when a document has no usable publication date.
    """
    dcts = []
    for document in documents:
        if not document.published:
            raise NormalizationError(f"{document.id}: no publication date")
        dcts.append(parse_dct(document.published))
    chunks = [[(start, chunk, cands) for start, chunk in split_sentences(d.text)
               if (cands := find_candidates(chunk))] for d in documents]
    parsed = iter(nlp.pipe((candidate_doc(nlp, chunk, cands) for doc_chunks in chunks
                            for _, chunk, cands in doc_chunks), batch_size=batch_size))
    out = []
    for document, dct, doc_chunks in zip(documents, dcts, chunks):
        state = _Narrative()
        found: list[Found] = []
        for base, _, _ in doc_chunks:
            found.extend(normalize_spans(document.text, next(parsed).spans["timex"], dct,
                                         base=base, doc_id=document.id, state=state))
        ranges = _pair_ranges(document.text, found)
        resolved = _resolve_ranges(found, ranges)
        out.append((resolved, [(found_by_start(resolved, a), found_by_start(resolved, b))
                               for a, b in ranges]))
    return out


@dataclass(slots=True)
class _Narrative:
    """The narrative reference times so far: the latest day, date and named quarter."""

    reference: str | None = None
    quarter: str | None = None
    latest: str | None = None
    latest_end: int | None = None  # where `latest` was named (its end offset in the text)


def normalize_spans(text: str, spans: Iterable[Any], dct: datetime, *, base: int = 0,
                    doc_id: str = "", state: _Narrative | None = None) -> list[Found]:
    """Normalize the tagger's spans of one parsed chunk that starts at `base` in `text`."""
    state = state if state is not None else _Narrative()
    found = []
    for span in spans:
        start, end = (base + offset for offset in span._.timex_chars)
        tense, tense_word = clause_tense(span)
        context = Context(dct=dct, tense=tense, tense_word=tense_word,
                          before=text[max(0, start - WINDOW):start],
                          after=text[end:end + WINDOW], reference=state.reference,
                          quarter=state.quarter, latest=state.latest,
                          latest_gap=None if state.latest_end is None
                          else start - state.latest_end)
        try:
            result = normalize_timex(text[start:end], span._.timex_rule, span.label_, context)
        except NormalizationError as err:
            logger.debug("dropped %r: %s", text[start:end], err)
            continue
        if result.keep:
            end = start + result.keep
        timex = Timex(start, end, text[start:end], result.type, result.value, result.mod,
                      doc=doc_id, explanation=explain(text[start:end], span._.timex_rule,
                                                      result, context))
        found.append(Found(timex, span, span._.timex_rule, base, result.point))
        dated = result.point or result.value
        if is_anchored(dated) and not _is_attribution(tense_word, dated, dct) \
                and not _COMPARED_SINCE.search(text[max(0, start - 80):start]):
            granularity = value_granularity(dated)
            if granularity in REFERENCE_GRANULARITIES:
                state.reference = dated
            if granularity not in ("century", "decade"):
                state.latest, state.latest_end = dated, end
        if span._.timex_rule == "quarter" and QUARTER.fullmatch(result.value) \
                and result.value < _dct_quarter(dct):
            # A report is of a quarter that has ended; "through the third quarter of 1990"
            # is a forecast, not the quarter "the year-ago period" is compared with.
            state.quarter = result.value
    return found


# "the highest level since September 2013": a record's starting point, not a time the
# story moves to ("from a year earlier" after it still means the month just reported).
_COMPARED_SINCE = re.compile(
    r"(?i)\b(?:highest|lowest|largest|biggest|smallest|most|least|first|best|worst|strongest"
    r"|weakest|fastest|slowest|sharpest|steepest|deepest|greatest|longest|shortest)\b"
    r"[^.;]{0,50}\bsince\s+$")
_ATTRIBUTION = {"said", "says", "say", "told", "tells", "tell", "added", "adds", "stated"}


def _is_attribution(verb_phrase: str, value: str, dct: datetime) -> bool:
    """True for the day news was told, next to publication ("..., authorities said
    Sunday"): not a day the story is about, so not the reference for "at 10:15 p.m.".
    ("On Aug. 12, 2010, he told his staff" is one: that telling is the story.)"""
    words = verb_phrase.lower().split()
    if not words or words[-1] not in _ATTRIBUTION or value_granularity(value) != "day":
        return False
    return abs((date.fromisoformat(value[:10]) - dct.date()).days) <= 2


def _dct_quarter(dct: datetime) -> str:
    return f"{dct.year:04d}-Q{(dct.month - 1) // 3 + 1}"


def found_by_start(found: list[Found], start: int) -> Found:
    """The expression of `found` that starts at offset `start`."""
    return next(f for f in found if f.timex.start == start)


def _pair_ranges(text: str, found: list[Found]) -> list[tuple[int, int]]:
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


def _resolve_ranges(found: list[Found], ranges: list[tuple[int, int]]) -> list[Found]:
    """Re-date the start of a range from its end: "between Wednesday and Friday"."""
    starts = {a: b for a, b in ranges}
    out = []
    for item in found:
        partner = starts.get(item.timex.start)
        if partner is not None:
            item = _range_start(item, found_by_start(found, partner))
        out.append(item)
    return out


def _range_start(first: Found, second: Found) -> Found:
    end_value = second.timex.value
    if first.rule == "weekday" and second.rule == "weekday" and _is_day(end_value) \
            and _is_day(first.timex.value):
        end_day = date.fromisoformat(end_value)
        wday = grammar.WEEKDAYS[first.timex.text.split()[-1].lower().rstrip("s")]
        back = (end_day.isoweekday() - wday) % 7 or 7
        value = (end_day - timedelta(days=back)).isoformat()
        return replace(first, timex=replace(first.timex, value=value,
                                            explanation=_range_explanation(first, second, value)))
    if first.rule == "month" and second.rule in ("month", "month_year") \
            and re.fullmatch(r"\d{4}-\d{2}", end_value) and "-" in first.timex.value:
        year, month = int(end_value[:4]), int(first.timex.value[5:7])
        if month > int(end_value[5:7]):
            year -= 1
        value = f"{year:04d}-{month:02d}"
        return replace(first, timex=replace(first.timex, value=value,
                                            explanation=_range_explanation(first, second, value)))
    return first


def _range_explanation(first: Found, second: Found, value: str) -> Explanation:
    words = " ".join(first.timex.text.split())
    return Explanation(f'"{words}" starts a range that ends {second.timex.value}: '
                       f"counted back from that end to {value}.", "range", "narrative",
                       second.timex.value, "past")


def _is_day(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
