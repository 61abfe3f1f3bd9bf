"""TempEval-3 Task A scores of a temporal tagger against TimeML gold files.

Definitions of the TempEval-3 entity scorer (`evaluate_entities.py`, TempEval-3 toolkit):
counts are summed over all documents (micro average); a relaxed match pairs overlapping
gold and system spans one-to-one, a strict match has identical spans; the accuracy of an
attribute is the share of relaxed matches where it equals the gold one, and its P/R/F1
are the relaxed P/R/F1 times that accuracy.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

from timeline.corpus import GoldDocument as GoldDocument  # re-exported for callers
from timeline.corpus import parse_system as parse_system
from timeline.corpus import read_gold as read_gold
from timeline.corpus import read_gold_dir as read_gold_dir
from timeline.corpus import read_system as read_system
from timeline.corpus import read_system_timeml as read_system_timeml
from timeline.corpus import system_timex
from timeline.errors import InputError
from timeline.model import Timex

logger = logging.getLogger(__name__)

CONTEXT_WIDTH = 60
ATTRIBUTES = ("value", "type", "mod")
METRICS = ("strict", "relaxed", *ATTRIBUTES)
# The count behind each metric: matches for the span metrics, agreements for attributes.
COUNT_FIELDS = {
    "strict": "strict_matches",
    "relaxed": "relaxed_matches",
    "value": "value_correct",
    "type": "type_correct",
    "mod": "mod_correct",
}
ERROR_COLUMNS = (
    "doc", "kind", "gold_text", "gold_value", "gold_type",
    "system_text", "system_value", "system_type", "context",
)  # fmt: skip

ErrorKind = Literal["missed", "spurious", "value", "type"]
SystemTimex = Mapping[str, Any] | Timex
TagFunction = Callable[[str, str], Iterable[SystemTimex]]

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Metric:
    """Precision, recall and F1 of one measure."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Counts:
    """The counts behind the TempEval-3 timex scores, and the scores computed from them."""

    gold: int
    system: int
    strict_matches: int
    relaxed_matches: int
    value_correct: int
    type_correct: int
    mod_correct: int

    def is_empty(self) -> bool:
        """Whether there was nothing to find and nothing was found (then every score is 1)."""
        return self.gold == 0 and self.system == 0

    def count(self, name: str) -> int:
        """The count behind metric `name` (see COUNT_FIELDS)."""
        if name not in COUNT_FIELDS:
            raise ValueError(f"unknown metric {name!r}; expected one of {', '.join(METRICS)}")
        return int(getattr(self, COUNT_FIELDS[name]))

    def accuracy(self, attribute: str) -> float:
        """Share of relaxed matches whose `attribute` (value, type or mod) equals the gold one."""
        if self.relaxed_matches:
            return self.count(attribute) / self.relaxed_matches
        return 1.0 if self.is_empty() else 0.0

    def metric(self, name: str) -> Metric:
        """P/R/F1 of `name`: strict, relaxed, or an attribute (relaxed times its accuracy)."""
        self.count(name)
        if self.is_empty():
            return Metric(1.0, 1.0, 1.0)
        matches = self.strict_matches if name == "strict" else self.relaxed_matches
        precision = matches / self.system if self.system else 0.0
        recall = matches / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if matches else 0.0
        share = self.accuracy(name) if name in ATTRIBUTES else 1.0
        return Metric(precision * share, recall * share, f1 * share)

    @property
    def strict(self) -> Metric:
        """Scores of exact-span matches."""
        return self.metric("strict")

    @property
    def relaxed(self) -> Metric:
        """Scores of overlapping-span matches."""
        return self.metric("relaxed")

    @property
    def value(self) -> Metric:
        """Attribute scores of `value`."""
        return self.metric("value")

    @property
    def mod(self) -> Metric:
        """Attribute scores of `mod`."""
        return self.metric("mod")

    @property
    def type(self) -> Metric:
        """Attribute scores of `type`."""
        return self.metric("type")


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentScores(Counts):
    """The counts and scores of one document."""

    doc: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Error:
    """One disagreement between system and gold, for error analysis (a record, not an exception).

    start: start of the gold span (of the system span for `spurious`)
    context: about CONTEXT_WIDTH characters around the span, which is in brackets
    """

    doc: str
    kind: ErrorKind
    start: int
    end: int
    context: str
    gold_text: str | None = None
    gold_type: str | None = None
    gold_value: str | None = None
    system_text: str | None = None
    system_type: str | None = None
    system_value: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores(Counts):
    """Micro-averaged scores over all documents, with each document's scores and every error."""

    documents: tuple[DocumentScores, ...] = ()
    errors: tuple[Error, ...] = ()


def tag_documents(
    gold: Sequence[GoldDocument], tag_fn: TagFunction
) -> dict[str, list[dict[str, Any]]]:
    """Run `tag_fn(text, dct)` on every gold document: document id -> its timex records."""
    system: dict[str, list[dict[str, Any]]] = {}
    for document in gold:
        records = tag_fn(document.text, document.dct)
        system[document.doc] = [r.to_dict() if isinstance(r, Timex) else dict(r) for r in records]
    return system


def evaluate_tagger(gold: Sequence[GoldDocument], tag_fn: TagFunction) -> Scores:
    """Score `tag_fn(text, dct)` against the gold documents."""
    return evaluate_documents(gold, tag_documents(gold, tag_fn))


def evaluate_documents(
    gold: Sequence[GoldDocument], system: Mapping[str, Sequence[SystemTimex]]
) -> Scores:
    """Score system timexes (document id -> records) against gold by TempEval-3 Task A rules.

    A gold document absent from `system` counts as all missed; system documents without
    a gold file are ignored (with a logged warning).
    Raises: InputError when a system timex has invalid offsets or ends past the text.
    """
    documents: list[DocumentScores] = []
    errors: list[Error] = []
    for document in gold:
        scores, found = _score_document(document, _system_timexes(document, system))
        documents.append(scores)
        errors.extend(found)
    extra = sorted(set(system) - {document.doc for document in gold})
    if extra:
        logger.warning("ignoring %d system documents without gold: %s", len(extra), extra[:5])
    totals = {f.name: sum(getattr(d, f.name) for d in documents) for f in fields(Counts)}
    return Scores(**totals, documents=tuple(documents), errors=tuple(errors))


def _system_timexes(
    document: GoldDocument, system: Mapping[str, Sequence[SystemTimex]]
) -> list[Timex]:
    """The system timexes of one document, checked against its text.

    Raises: InputError for invalid offsets or a span past the end of the text.
    """
    source = f"system output for {document.doc}"
    records = system.get(document.doc, ())
    timexes = [system_timex(r, document.doc, f"timex {i}", source) for i, r in enumerate(records)]
    for index, timex in enumerate(timexes):
        if timex.end > len(document.text):
            raise InputError(
                f"timex {index} ends at {timex.end}, past the end of the document text "
                f"({len(document.text)} characters); was it tagged on a different text?",
                source=source,
            )
    shifted = sum(1 for t in timexes if t.text and document.text[t.start : t.end] != t.text)
    if shifted:
        # Offsets that do not select the timex text mean the tagger read a different text.
        logger.warning("%s: %d timexes differ from the text at their offsets", source, shifted)
    return timexes


def _score_document(
    gold: GoldDocument, system: Sequence[Timex]
) -> tuple[DocumentScores, list[Error]]:
    """Count matches and attribute agreements in one document, and list its errors."""
    pairs, strict = _match_timexes(gold.timexes, system)
    correct = {
        name: sum(1 for i, j in pairs if getattr(gold.timexes[i], name) == getattr(system[j], name))
        for name in ATTRIBUTES
    }
    scores = DocumentScores(
        doc=gold.doc,
        gold=len(gold.timexes),
        system=len(system),
        strict_matches=strict,
        relaxed_matches=len(pairs),
        value_correct=correct["value"],
        type_correct=correct["type"],
        mod_correct=correct["mod"],
    )
    return scores, _find_errors(gold, system, pairs)


def _match_timexes(
    gold: Sequence[Timex], system: Sequence[Timex]
) -> tuple[list[tuple[int, int]], int]:
    """Pair gold and system timexes one-to-one: identical spans first, then largest overlap.

    Returns the (gold index, system index) pairs and how many of them are strict.
    """
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, timex in enumerate(system):
        by_span.setdefault((timex.start, timex.end), []).append(j)
    pairs: list[tuple[int, int]] = []
    for i, g in enumerate(gold):
        if by_span.get((g.start, g.end)):
            pairs.append((i, by_span[(g.start, g.end)].pop(0)))
    strict = len(pairs)
    used_gold, used_system = {i for i, _ in pairs}, {j for _, j in pairs}
    candidates = sorted(
        (-_overlap(g, s), i, j)
        for i, g in enumerate(gold)
        if i not in used_gold
        for j, s in enumerate(system)
        if j not in used_system and _overlap(g, s) > 0
    )
    for _, i, j in candidates:
        if i not in used_gold and j not in used_system:
            pairs.append((i, j))
            used_gold.add(i)
            used_system.add(j)
    return pairs, strict


def _overlap(a: Timex, b: Timex) -> int:
    """Number of characters two spans share (negative when they are apart)."""
    return min(a.end, b.end) - max(a.start, b.start)


def _find_errors(
    gold: GoldDocument, system: Sequence[Timex], pairs: list[tuple[int, int]]
) -> list[Error]:
    """Missed and spurious timexes, and relaxed matches with a wrong value or type."""
    matched_gold, matched_system = {i for i, _ in pairs}, {j for _, j in pairs}
    errors = [
        _error("missed", gold, g, None) for i, g in enumerate(gold.timexes) if i not in matched_gold
    ]
    errors += [
        _error("spurious", gold, None, s) for j, s in enumerate(system) if j not in matched_system
    ]
    for i, j in pairs:
        g, s = gold.timexes[i], system[j]
        errors += [_error("value", gold, g, s)] if g.value != s.value else []
        errors += [_error("type", gold, g, s)] if g.type != s.type else []
    return sorted(errors, key=lambda e: (e.start, e.end, e.kind))


def _error(
    kind: ErrorKind, document: GoldDocument, gold: Timex | None, system: Timex | None
) -> Error:
    """One Error record, located at the gold span if there is one, else at the system span."""
    span = gold if gold is not None else system
    start, end = (span.start, span.end) if span is not None else (0, 0)
    return Error(
        doc=document.doc,
        kind=kind,
        start=start,
        end=end,
        context=_context(document.text, start, end),
        gold_text=gold.text if gold else None,
        gold_type=gold.type if gold else None,
        gold_value=gold.value if gold else None,
        system_text=system.text if system else None,
        system_type=system.type if system else None,
        system_value=system.value if system else None,
    )


def _context(text: str, start: int, end: int) -> str:
    """About CONTEXT_WIDTH characters around a span, the span in brackets, whitespace collapsed."""
    pad = max(10, (CONTEXT_WIDTH - (end - start)) // 2)
    window = f"{text[max(0, start - pad) : start]}[{text[start:end]}]{text[end : end + pad]}"
    return _WHITESPACE.sub(" ", window).strip()


def format_table(scores: Scores, *, per_document: bool = False) -> str:
    """A fixed-width text table of the scores (one trailing newline), optionally per document."""
    lines = [
        f"documents {len(scores.documents)}, gold timexes {scores.gold}, "
        f"system timexes {scores.system}",
        "",
        f"{'metric':<8} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'count':>7}",
    ]
    for name in METRICS:
        m = scores.metric(name)
        accuracy = f"{scores.accuracy(name):.3f}" if name in ATTRIBUTES else "-"
        lines.append(
            f"{name:<8} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f} {accuracy:>6}"
            f" {scores.count(name):>7}"
        )
    if per_document:
        lines += ["", *_format_documents(scores.documents)]
    return "\n".join(lines) + "\n"


def _format_documents(documents: Sequence[DocumentScores]) -> list[str]:
    """One fixed-width line per document: its counts, then strict/relaxed/value/type F1."""
    width = max([len("doc"), *(len(d.doc) for d in documents)])
    counts = ("gold", "system", *METRICS[:4])
    f1s = METRICS[:4]
    header = [f"{'doc':<{width}}", *(f"{c:>7}" for c in counts), *(f"{f + '_F1':>10}" for f in f1s)]
    lines = [" ".join(header)]
    for d in documents:
        numbers = (d.gold, d.system, *(d.count(name) for name in METRICS[:4]))
        cells = [f"{d.doc:<{width}}", *(f"{n:>7}" for n in numbers)]
        lines.append(" ".join(cells + [f"{d.metric(f).f1:>10.3f}" for f in f1s]))
    return lines


def scores_to_dict(scores: Scores) -> dict[str, Any]:
    """The scores as JSON-ready data (for `-f json`): totals, per document, errors."""
    return {
        **_counts_to_dict(scores),
        "documents": [{"doc": d.doc, **_counts_to_dict(d)} for d in scores.documents],
        "errors": [asdict(e) for e in scores.errors],
    }


def _counts_to_dict(counts: Counts) -> dict[str, Any]:
    """The counts and every metric of `counts`, floats rounded to 4 decimals."""
    data: dict[str, Any] = {"counts": {f.name: getattr(counts, f.name) for f in fields(Counts)}}
    for name in METRICS:
        data[name] = {key: round(v, 4) for key, v in asdict(counts.metric(name)).items()}
        if name in ATTRIBUTES:
            data[name]["accuracy"] = round(counts.accuracy(name), 4)
    return data


def format_errors(scores: Scores) -> str:
    """Every error as one tab-separated line under a header (one trailing newline)."""
    lines = ["\t".join(ERROR_COLUMNS)]
    for error in scores.errors:
        cells = (getattr(error, column) for column in ERROR_COLUMNS)
        lines.append("\t".join("-" if c is None else _WHITESPACE.sub(" ", c) for c in cells))
    return "\n".join(lines) + "\n"


