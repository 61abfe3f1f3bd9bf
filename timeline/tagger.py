"""Find temporal expressions: the regex grammar over raw text, filtered by spaCy's tags."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from timeline.grammar import RULES

SPAN_KEY = "timex"
# Candidates already found for a Doc's text (`doc.user_data`), so the grammar runs once.
CANDIDATES_KEY = "timeline_candidates"
# The number words a duration may start with that are also plain determiners.
_ARTICLE_UNITS = re.compile(r"(?i)^an?\s+(?:second|minute)$")
_AGE_AFTER = re.compile(r"(?i)^[\s-]*(?:old|of\s+age)\b")
_MONEY_BEFORE = re.compile(r"(?:[$£€¥#]|\d[.,]|\bNo\.\s?)$")
_NUMBER_AFTER = re.compile(r"^(?:[.,]\d|\s*(?:%|percent\b|per\s?cent\b|-\s?\d))")
_AMBIGUOUS_MONTHS = {"may", "march", "august", "june", "april"}
_SEASON_VERBS = {"fall", "spring"}
_YEAR_NOUNS = re.compile(
    r"(?i)^\s*(?:people|persons|troops|soldiers|workers|jobs|shares|units|cars|homes|votes|"
    r"members|students|employees|residents|tons|miles|feet|meters|kilometers|acres|points|"
    r"barrels|dollars|yen|euros|marks|francs|cases|deaths|copies|words|pages|calories|(?-i:[A-Z]{2,}))\b"
)
_TITLE_AFTER = re.compile(r"^\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z])")
_FRACTION_OF = re.compile(r"(?i)\s+of\s+(?:the|a|an|its|their|his|her|our|all|those|these"
                          r"|this|that|every|each|[0-9]|(?-i:[A-Z]))")
_YEAR_BEFORE = re.compile(r"(?i)(?:\bby\s+|\bof\s+|\bto\s+|\bat\s+|\babout\s+|\bsome\s+|"
                          r"\bnearly\s+|\bover\s+|\bthan\s+)$")


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
    for priority, rule in enumerate(RULES):
        for m in rule.pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            if end > start and not _is_excluded(text, start, end, rule.name):
                found.append((-(end - start), priority, start,
                              Candidate(start, end, rule.name, rule.type)))
    found.sort(key=lambda item: item[:3])
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for *_, cand in found:
        if all(cand.end <= s or cand.start >= e for s, e in occupied):
            taken.append(cand)
            occupied.append((cand.start, cand.end))
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


def has_candidates(text: str) -> bool:
    """True when some grammar rule matches somewhere in `text` (a cheap prefilter)."""
    return any(rule.pattern.search(text) for rule in RULES)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,-":
        end -= 1
    while start < end and text[start] in " \t\n,-":
        start += 1
    return start, end


def _is_excluded(text: str, start: int, end: int, rule: str) -> bool:
    """Context checks that need no parse: money, numbers, ages, counted nouns."""
    before, after = text[max(0, start - 6):start], text[end:end + 24]
    span = text[start:end]
    if rule in ("year", "duration", "decade") and _MONEY_BEFORE.search(before):
        return True
    if rule == "year" and (_NUMBER_AFTER.match(after) or _YEAR_NOUNS.match(after)):
        return True
    if rule == "year" and _YEAR_BEFORE.search(text[max(0, start - 12):start]) \
            and re.match(r"\s*(?:percent|%|to\s+\d)", after):
        return True
    if rule in ("month", "season") and span[:1].isupper() and (
            _TITLE_AFTER.match(after) or _is_name_part(text, start, end)):
        return True  # "the March for Life", "Theresa May", "August Wilson's", "Spring Valley"
    if rule == "relative" and re.search(r"[\"“`']\s*$", before) and re.match(r"[.,!?]?\s*[\"”']", after):
        return True  # a quoted title: ABC's "This Week"
    if rule == "set" and span.lower().startswith("per ") \
            and re.search(r"(?i)\b(?:miles|kilometers|kilometres|km|feet|meters|metres|knots"
                          r"|instructions|words|frames|beats|revolutions|cycles|calls|requests)\s+$",
                          text[max(0, start - 14):start]):
        return True  # a speed or frequency, "150 miles per hour", not a recurring time
    if rule in ("duration", "unit_plural") and _AGE_AFTER.match(after):
        return True
    if rule == "duration" and _ARTICLE_UNITS.match(span):
        return True
    if rule == "duration" and re.search(r"(?i)quarters?$", span) \
            and (_FRACTION_OF.match(after) or "-" in span
                 or re.search(r"(?i)\bby\s+$", text[max(0, start - 4):start])):
        return True  # a fraction: "three-quarters", "a quarter of the vote" (not "of losses"),
        # "shrank by a quarter"
    return False


def _is_name_part(text: str, start: int, end: int) -> bool:
    """True when a capitalized month or season word is part of a name: after a
    capitalized word ("Theresa May"), or before a capitalized word that owns something
    ("August Wilson's"), that follows it at the start of a sentence ("Spring Valley"), or
    after a word that does not frame a date ("said April Castillo", not "in April Trump")."""
    head = text[max(0, start - 40):start]
    before = _WORD_BEFORE.search(head)
    if before and before["word"][:1].isupper() and before["word"] not in _FRAME_WORDS \
            and not _DATE_WORD.fullmatch(before["word"]) and not before["comma"]:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None or _DATE_WORD.fullmatch(after["word"]):
        return False
    if after["owner"]:
        return True
    if before is None:  # "Spring Valley residents" opening a sentence or a clause
        return not head.strip() or head.rstrip()[-1] in ".!?\"“\n,"
    # "said April Castillo": a name unless a word that frames dates comes first ("in April")
    return before["word"][:1].islower() and before["word"].capitalize() not in _FRAME_WORDS


_WORD_BEFORE = re.compile(r"\b(?P<word>[A-Za-z][A-Za-z'.-]*)(?P<comma>,?)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[A-Z][a-z]+)(?P<owner>['’]s\b)?")
_DATE_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October"
                        r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
                        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
# Capitalized words that frame a date rather than name it: "Since May", "Last spring".
_FRAME_WORDS = {"In", "Since", "By", "Until", "Till", "Through", "During", "From", "Of", "On",
                "For", "Last", "Next", "This", "That", "Early", "Late", "Mid", "Every", "Each",
                "Before", "After", "Between", "And", "Or", "But", "Then", "Also", "Only",
                "Around", "About", "Earlier", "Later", "Past", "The", "A", "As", "At", "To",
                "Than", "Because", "When", "Whole", "Entire", "Most", "All"}


def _span_is_ambiguous_word(span: Span, rule: str) -> bool:
    """True when a lone month or season word is used as a verb or modal ("May", "fall")."""
    if len(span) != 1:
        return False
    token = span[0]
    word = token.lower_
    if rule == "month" and word in _AMBIGUOUS_MONTHS:
        return token.tag_ == "MD" or token.pos_ in ("VERB", "AUX") or (
            word == "may" and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].pos_ in ("VERB", "AUX"))
    if rule == "season" and word in _SEASON_VERBS:
        return token.pos_ in ("VERB", "AUX")
    return False


class TimexTagger:
    """spaCy component writing `doc.spans["timex"]`, labelled with the TIMEX3 type."""

    def __call__(self, doc: Doc) -> Doc:
        """Find the expressions of `doc` and write them as spans."""
        spans = []
        found = doc.user_data.pop(CANDIDATES_KEY, None)
        for cand in find_candidates(doc.text) if found is None else found:
            span = doc.char_span(cand.start, cand.end, label=cand.type,
                                 alignment_mode="expand")
            if span is None or _span_is_ambiguous_word(span, cand.rule):
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
