"""The date's own words in its sentence, which a headline leaves out: the expression, the
words that only introduce it ("on", "as early as", "mid-"), and what only it holds ("in
recent weeks [and months]"); none where the noun it modifies would say nothing without it
("below the [1987] level", "get around [Wednesday's] ruling", "took [three months] to
complete"). Works on parsed spaCy tokens and spans (duck-typed).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import base_form
from timeline.eventwords import MEASURING, TIME_WORDS
from timeline.lexicon import MONTHS, WEEKDAYS
from timeline.phrase import has_to, is_time_phrase

# Words that only lead into a date: "as early as", "earlier", "mid-".
INTRODUCING = {"as", "early", "earlier", "late", "later", "since", "until", "by", "from",
               "between", "of", "mid", "-", "mid-"}
# A date's links to a noun after it that it only modifies ("the third-quarter loss").
MODIFYING = {"poss", "amod", "compound", "nmod", "nummod", "det"}


# Words right after a date that set it apart from others: "last week [alone]".
FOCUSING = {"alone"}


def date_words(span: Any) -> set[int]:
    """The expression's tokens and the words that only introduce it ("on", "as early as")."""
    held = _LAST[0]  # read once: a thread may swap it meanwhile, never half of it
    if held[0] is span.doc and held[1] == span.start and held[2] == span.end:
        return set(held[3])  # a headline asks about its one span a dozen times
    words = frozenset(_date_words(span))
    _LAST[0] = (span.doc, span.start, span.end, words)
    return set(words)


# The span `date_words` read last (its doc, start and end) and its words, swapped whole.
_LAST: list[tuple[Any, int, int, frozenset[int]]] = [(None, -1, -1, frozenset())]


def _date_words(span: Any) -> set[int]:
    """`date_words`, worked out."""
    doc = span.doc
    noun = span.root.head
    if span.root.dep_ in MODIFYING and noun.i >= span.end and span.start > 0 \
            and doc[span.start - 1].lower_ == "the" and doc[span.start - 1].head.i == noun.i \
            and all(c.i < noun.i and (c.i in range(span.start - 1, span.end)) or c.dep_ in (
                "punct", "relcl", "acl") for c in noun.children):
        return set()  # "below the [1987] level": "the level" alone would say nothing
    if span.root.dep_ == "poss" and noun.i >= span.end and noun.pos_ == "NOUN" \
            and not any(c.dep_ == "det" for c in noun.children):
        return set()  # "get around [Wednesday's] ruling": the date is its only determiner
    if span.root.dep_ in ("dobj", "npadvmod") and base_form(noun) in MEASURING and not any(
            c.dep_ == "dobj" and c.i not in range(span.start, span.end) for c in noun.children):
        return set()  # "took [three months] to complete": the length is what it took; not
        # beside an object of its own: "took a detour [this week]"
    if _is_needed_object(span):
        return set()  # "gave them [five months] to develop a plan": the object
    skip = {t.i for t in span if not (  # the noun's article: "make the [late-November] trip"
        t.i == span.start and t.dep_ == "det" and t.head.i >= span.end)}
    i = span.start - 1
    prepositions = 0
    if span.root.head.i >= span.end and span.root.dep_ in MODIFYING:
        i = -1  # "in [the third-quarter] loss", "of [today's] computers": the noun's words
    while i >= span.sent.start and doc[i].dep_ != "prt" and prepositions < 2 and (
            doc[i].pos_ == "ADP" or doc[i].lower_ in INTRODUCING):
        prepositions += doc[i].pos_ == "ADP" and doc[i].lower_ != "as"
        skip.add(i)
        i -= 1
    for token in span:
        skip |= {t.i for t in token.children if t.dep_ in ("prep",) and t.i > span.end - 1
                 and (is_time_phrase(t) or t.lower_ == "of" and _is_year(t))}
    skip |= _range_end(span, skip)
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].dep_ == "cc" and after[1].dep_ == "conj" \
            and after[1].lower_ in TIME_WORDS and not list(after[1].children):
        skip |= {after[0].i, after[1].i}  # "in recent weeks [and months]"
    if len(after) and after[0].lower_ in FOCUSING and after[0].dep_ == "advmod" \
            and after[0].head.i not in skip:
        skip.add(after[0].i)  # "streamed out last week [alone]": "alone" sets the date apart
    return skip


def _is_year(prep: Any) -> bool:
    """A phrase of a year after a date, which says nothing without it: "for the first nine
    months [of 1997]"."""
    return any(c.dep_ == "pobj" and c.like_num and len(c.text) == 4 and not list(c.children)
               for c in prep.children)


def _range_end(span: Any, skip: set[int]) -> set[int]:
    """The other end of a range the date opens: "bought from Aug. 26 [to Oct. 20]", whose
    "to Oct. 20" alone would read as where they went."""
    doc = span.doc
    opener = doc[span.start - 1] if span.start > 0 else None
    if opener is None or opener.i not in skip or opener.lower_ not in ("from", "between"):
        return set()
    end = doc[span.end] if span.end < len(doc) else None
    if end is None or end.lower_ not in ("to", "until", "through", "and") or not any(
            c.dep_ in ("pobj", "conj") and c.lower_.rstrip(".") in MONTHS.keys() | WEEKDAYS.keys()
            | TIME_WORDS for c in end.children):
        return set()
    return {t.i for t in end.subtree}


def _is_needed_object(span: Any) -> bool:
    """Whether the date is a verb's object that what follows it leans on: the verb's
    infinitive or role after it ("gave them [five months] to develop a plan", "chose [1992]
    as the target year") or the date's own infinitive or "of" phrase ("follows [six
    months] of infighting"). Left out, it leaves "gave them to develop" or "follows of";
    a date object with nothing after it ("reconvenes [Jan. 24]") goes as any date does."""
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    return any(c.i >= span.end and (c.dep_ in ("xcomp", "oprd", "ccomp")
                                    or c.dep_ == "advcl" and has_to(c)
                                    or c.dep_ == "prep" and c.lower_ == "as")
               for c in verb.children) \
        or any(c.i >= span.end and (c.dep_ == "prep" and c.lower_ == "of"
                                    or c.dep_ == "acl" and has_to(c)) for c in root.children)
