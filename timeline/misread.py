"""Words and phrases the parser misreads, read back for the trigger and its headline: a
period hung on the verb of saying before a reported clause, a noun of a verb and its
particle written apart ("a falling out"), a date chosen as an event's time. (The nouns the
trigger reads back, "a falling out" and "a $30 million, or 40 cents a share, write-down",
are in `timeline.carrier`.)
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import base_form, hyphenated
from timeline.eventwords import CHOOSING, REPORTING


def reported_clause(span: Any, verb: Any) -> Any:
    """The reported clause a date after it belongs to, where the parse hangs the date on
    the verb of saying before that clause ("said it had a loss of $92.2 million, or $6.98
    a share, for the quarter"): a date told of the saying stands next to the verb ("said
    Tuesday it had"); else None."""
    if base_form(verb) not in REPORTING or span.start < verb.i:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or clause.right_edge.i >= span.start or clause.left_edge.i < verb.i:
        return None
    return clause


def told_by(token: Any) -> Any:
    """The word a headline tells a trigger from where the parse hangs that trigger off an
    object's words: the verb that has "a falling out", the verb whose object is "a $30
    million, or 40 cents a share, write-down", the verb a place's appositive visit tells
    of ("spend five hours in Dar es Salaam, her first stop"), the verb that chose a date
    for an event; else None."""
    if token.dep_ == "amod" and token.head.pos_ == "ADP" and token.head.dep_ == "dobj":
        return token.head.head  # "had a falling out"
    role = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ in ("pobj", "relcl", "acl") and role.dep_ == "pobj" \
            and role.head.lower_ == "as" and base_form(role.head.head) in CHOOSING:
        return role.head.head  # "set Friday as the deadline for his repatriation"
    doc = token.doc
    start = token.i - 2 if hyphenated(token) else token.i
    after_share = start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ == "share"
    stop = token.dep_ == "appos" and token.head.pos_ == "PROPN" \
        and any(c.dep_ == "poss" for c in token.children)
    if not (token.dep_ == "conj" and after_share or stop):
        return None  # "spend five hours in Dar es Salaam, her first stop Tuesday morning"
    above = token.head
    for _ in range(4):
        if above.pos_ == "VERB":
            return above
        above = above.head
    return None

