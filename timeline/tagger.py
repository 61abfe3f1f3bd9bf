"""Find temporal expressions: the rules' patterns over raw text, filtered by spaCy's tags."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from timeline.rules import RULES, RULES_BY_NAME
from timeline.rules.posts import POST_ONLY

logger = logging.getLogger(__name__)
SPAN_KEY = "timex"
# Candidates already found for a Doc's text (`doc.user_data`), so the grammar runs once.
CANDIDATES_KEY = "timeline_candidates"
# Bounds of one piece of text sent to the parser, and of the expressions read in it. The
# longest sentence in the corpora (TBAQ, WikiWars, tweets, held-out sets) has 946
# characters, the densest 15 expressions.
MAX_PIECE = 2_000
MAX_CANDIDATES = 32
# Characters of context kept before a piece's first expression (past the first piece) and
# after the last expression of a full piece.
CONTEXT = 100
# Every rule's trigger words, and each rule's as a set: which words a text holds is asked
# once per word rather than once per rule (seven rules share the months' twelve).
_TRIGGER_WORDS = tuple(sorted({word for rule in RULES for word in rule.trigger}))
_RULE_TRIGGERS = tuple(frozenset(rule.trigger) for rule in RULES)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of text that one grammar rule matched."""

    start: int
    end: int
    rule: str
    type: str


def find_candidates(text: str) -> list[Candidate]:
    """Every non-overlapping match of the grammar, longest first, in text order."""
    found: list[tuple[bool, int, int, int, Candidate]] = []
    lower = text.lower()
    held = {word for word in _TRIGGER_WORDS if word in lower}
    for priority, (rule, trigger) in enumerate(zip(RULES, _RULE_TRIGGERS)):
        if trigger and held.isdisjoint(trigger):
            continue
        # A rule read only in posts fills the gaps the others leave: in news, where its
        # expressions are dropped, it must not have taken the place of another's.
        post_only = POST_ONLY in rule.flags
        for m in rule.pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            # a hashtag ("#Friday drinks", "#10yrs") labels a topic, it dates nothing
            if end > start and text[start - 1:start] != "#" \
                    and not rule.excludes(text, start, end):
                found.append((post_only, -(end - start), priority, start,
                              Candidate(start, end, rule.name, rule.type)))
    found.sort(key=lambda item: item[:4])
    taken: list[Candidate] = []
    # One flag per character rather than a list of taken spans to compare with: a text
    # dense with dates would compare every candidate with every one taken before it.
    occupied = bytearray(len(text))
    for *_, cand in found:
        if not any(occupied[cand.start:cand.end]):
            taken.append(cand)
            occupied[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(taken, key=lambda c: c.start)


def bound_chunk(start: int, text: str, found: list[Candidate]
                ) -> list[tuple[int, str, list[Candidate]]]:
    """`text` (at `start` in its document) cut into pieces of about MAX_PIECE characters
    with at most MAX_CANDIDATES of its candidates `found` each, with their starts and
    candidates; text far from any candidate is left out, as a sentence without one is.

    A sentence of prose is far within both bounds and stays whole. A run-on list of dates
    ("Monday, Monday, ...", "from 1990 to 1991 ...") would otherwise go to the parser as one
    sentence, each of its expressions would cost the length of that sentence downstream,
    and a few megabytes of it would make millions of expressions: beyond MAX_CANDIDATES in
    one piece, the rest are not read (logged). Cuts fall at a space, never in a candidate.
    """
    if len(found) <= MAX_CANDIDATES and len(text) <= MAX_PIECE:
        return [(start, text, found)] if found else []
    groups: list[tuple[int, list[Candidate]]] = []
    full: set[int] = set()
    for cand in found:
        begin, current = groups[-1] if groups else (0, [])
        if not groups or cand.end - begin > MAX_PIECE:
            groups.append((_piece_start(text, cand, current[-1].end if current else -1), [cand]))
        elif len(current) < MAX_CANDIDATES:
            current.append(cand)
        else:
            full.add(len(groups) - 1)
    if full:
        logger.info("%d expressions beyond %d in %d characters from offset %d not read",
                    len(found) - sum(len(c) for _, c in groups), MAX_CANDIDATES, MAX_PIECE, start)
    out = []
    for i, ((begin, cands), (after, _)) in enumerate(zip(groups, groups[1:] + [(len(text), [])])):
        # A full piece ends soon after its last expression: what follows is not read.
        reach = CONTEXT if i in full else begin + MAX_PIECE - cands[-1].end
        end = min(after, cands[-1].end + max(0, reach))
        space = text.rfind(" ", cands[-1].end, end) if end < after else -1
        end = space if space >= 0 else end
        out.append((start + begin, text[begin:end],
                    [Candidate(c.start - begin, c.end - begin, c.rule, c.type) for c in cands]))
    return out


def _piece_start(text: str, cand: Candidate, previous: int) -> int:
    """Where a piece that opens with `cand` starts: after a space at most CONTEXT
    characters before it and after the `previous` candidate's end (-1: none); the first
    piece starts with the text when its first candidate is within MAX_PIECE / 2."""
    if previous < 0 and cand.start <= MAX_PIECE // 2:
        return 0
    space = text.find(" ", max(cand.start - CONTEXT, previous), cand.start)
    return space + 1 if space >= 0 else cand.start


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
