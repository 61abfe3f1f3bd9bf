"""Find temporal expressions: the rules' patterns over raw text, filtered by spaCy's tags."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from timeline.rules import RULES, RULES_BY_NAME

SPAN_KEY = "timex"
# Candidates already found for a Doc's text (`doc.user_data`), so the grammar runs once.
CANDIDATES_KEY = "timeline_candidates"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of text that one grammar rule matched."""

    start: int
    end: int
    rule: str
    type: str


def find_candidates(text: str) -> list[Candidate]:
    """Every non-overlapping match of the grammar, longest first, in text order."""
    found: list[tuple[int, int, int, Candidate]] = []
    contains = text.lower().__contains__
    for priority, rule in enumerate(RULES):
        if rule.trigger and not any(map(contains, rule.trigger)):
            continue
        for m in rule.pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            if end > start and not rule.excludes(text, start, end):
                found.append((-(end - start), priority, start,
                              Candidate(start, end, rule.name, rule.type)))
    found.sort(key=lambda item: item[:3])
    taken: list[Candidate] = []
    # One flag per character rather than a list of taken spans to compare with: a text
    # dense with dates would compare every candidate with every one taken before it.
    occupied = bytearray(len(text))
    for *_, cand in found:
        if not any(occupied[cand.start:cand.end]):
            taken.append(cand)
            occupied[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(taken, key=lambda c: c.start)


def candidate_doc(nlp: Any, text: str, found: list[Candidate]) -> Doc:
    """A tokenized Doc of `text` that carries the candidates already found in it, so the
    tagger component does not run the grammar again."""
    doc: Doc = nlp.make_doc(text)
    doc.user_data[CANDIDATES_KEY] = found
    for candidate in found:
        # The parser respects boundaries set before it: no sentence starts inside an
        # expression ("10:32 a.m. ET" is not "10:32 a.m." and a sentence "ET ...").
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        for token in span[1:] if span is not None else ():
            token.is_sent_start = False
    return doc


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,-":
        end -= 1
    while start < end and text[start] in " \t\n,-":
        start += 1
    return start, end


class TimexTagger:
    """spaCy component writing `doc.spans["timex"]`, labelled with the TIMEX3 type."""

    def __call__(self, doc: Doc) -> Doc:
        """Find the expressions of `doc` and write them as spans."""
        spans = []
        found = doc.user_data.pop(CANDIDATES_KEY, None)
        for cand in find_candidates(doc.text) if found is None else found:
            span = doc.char_span(cand.start, cand.end, label=cand.type,
                                 alignment_mode="expand")
            if span is None or RULES_BY_NAME[cand.rule].ambiguous(span):
                continue
            span._.timex_rule = cand.rule
            span._.timex_chars = (cand.start, cand.end)
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


for _name in ("timex_rule", "timex_chars"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@Language.factory(
    "timeline_timex_tagger",
    assigns=["doc.spans"],
    requires=["token.tag", "token.pos"],
)
def make_timex_tagger(nlp: Language, name: str) -> Any:
    """Build the component that finds temporal expressions."""
    return TimexTagger()
