"""The subject a finite verb the parse hung on a noun as a modifier tells of: the noun
itself, or when that noun ends a list of subjects, the list ("Maria, her two brothers and
some neighbours [planned] to leave": all of them planned, not only the neighbours); and
whether an apposition is the tail of such a list rather than the subject named again.

Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Callable

# The phrase builder (phrase.noun_phrase), passed in to keep the import graph shallow.
Phrase = Callable[[Any, set[int], int], set[Any]]

from timeline.wording import count_words

# Tags of a verb that can only be finite: the parse's modifier is a misread main verb.
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def owner_phrase(owner: Any, verb: Any, room: tuple[set[int], int],
                 noun_phrase: Phrase) -> set[Any]:
    """The phrase of `owner`, the noun a modifying verb tells of; a misread main verb after
    a list of subjects keeps the whole list when it fits room's limit of words, else the
    list's first item: the list's last item alone would say only part of it. room: the
    tokens to skip and the limit."""
    skip, limit = room
    listed = _listed(owner, verb) if verb.tag_ in FINITE_TAGS else None
    if listed is None:
        return noun_phrase(owner, skip | {verb.i}, limit)
    if count_words(listed) <= limit:
        return {t for t in listed if t.i not in skip}
    first = []
    for token in listed:
        if token.text in (",", ";"):
            break
        first.append(token)
    return {t for t in first if t.i not in skip}


# Prepositions whose object may be a list: "clashes among A, B and C".
LISTING = {"among", "between", "amongst"}


def subject_list(subject: Any, verb: Any, room: tuple[set[int], int],
                 noun_phrase: Phrase) -> set[Any]:
    """The subject's phrase; the whole list when an apposition after it goes on into "and"
    up to the verb and the list fits room's limit of words ("Maria, her brothers and some
    neighbours"). room: the tokens to skip and the limit."""
    skip, limit = room
    tail = next((c for c in subject.children if c.dep_ == "appos" and ends_list(c)
                 and c.right_edge.i < verb.i and all(t.dep_ in ("aux", "auxpass", "neg")
                                                     for t in c.doc[c.right_edge.i + 1:verb.i])),
                None)
    listed = list(subject.doc[subject.left_edge.i:tail.right_edge.i + 1]) \
        if tail is not None else _listed_by_preposition(subject, verb)
    if not listed or count_words(listed) > limit or any(t.i in skip for t in listed):
        return noun_phrase(subject, skip, limit)
    return set(listed)


def _listed_by_preposition(subject: Any, verb: Any) -> list[Any]:
    """The tokens from the noun that opens the sentence up to the end of the list `subject`
    ends, when the parse cut that noun off the verb and its preposition's object opens the
    list: "[Confrontations among Catholic protesters,] Protestant marchers and the police
    have provoked violence" (the confrontations provoked it); else []."""
    doc = subject.doc
    opener = next((c for c in verb.children if c.dep_ in ("dep", "nsubj") and c.pos_ == "NOUN"
                   and c.left_edge.i == c.sent.start and c.i < subject.i), None)
    if opener is None or not any(c.dep_ == "conj" for c in subject.children) \
            or not any(c.dep_ == "prep" and c.lower_ in LISTING for c in opener.children) \
            or opener.right_edge.i + 2 != subject.left_edge.i \
            or doc[opener.right_edge.i + 1].text != ",":
        return []
    return list(doc[opener.left_edge.i:subject.right_edge.i + 1])


def ends_list(apposed: Any) -> bool:
    """Whether an apposition after a subject goes on into "and" or "or": the tail of a list
    the subject opens ("Maria, her brothers and some neighbours planned"), not a phrase
    naming the subject again."""
    return any(t.dep_ == "cc" and t.head.dep_ in ("appos", "conj") for t in apposed.subtree)


def _listed(owner: Any, verb: Any) -> list[Any] | None:
    """The tokens of the list `owner` ends, from its first item, when `owner` is the
    last item after "and" or "or", the verb follows it and the list opens the sentence;
    else None."""
    if owner.dep_ != "conj" or verb.i != owner.i + 1 \
            or not any(c.dep_ == "cc" for c in owner.head.children):
        return None
    top = owner
    while top.dep_ in ("conj", "appos") and top.head.i < top.i:
        top = top.head
    if top.dep_ != "ROOT" and top.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = top.left_edge.i
    if start != top.sent.start:
        return None
    return [t for t in owner.doc[start:owner.i + 1]]
