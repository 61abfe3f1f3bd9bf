"""Whom a plural subject stands for: the joined names that report it, the group counted before.

"Orkem and Coates said that the two were considering a merger": "the two", "both" or
"they" that a reported clause opens with are the ones who say it when those are as many
names joined by "and" ("Orkem and Coates were considering a merger"). English gives such a
clause no other plain antecedent: a pronoun of the sayers' number stands for the sayers.
"The three" opening a sentence with no noun of its own is the one group of that many the
sentence before names with "the": "... to include the three former Warsaw Pact nations.
The three are expected to join in April" → "The three former Warsaw Pact nations".
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here); the tests of
saying and the name's phrase are passed in, so this module imports none of the parse's.
"""

from __future__ import annotations

import re
from typing import Any, Callable

# Subjects that count the ones they stand for, by their words.
COUNTED = {("the", "two"): 2, ("both",): 2, ("the", "three"): 3, ("all", "three"): 3,
           ("the", "four"): 4, ("all", "four"): 4}


def joined_sayer(named: list[Any], verb: Any, is_saying: Callable[[Any], bool]) -> Any:
    """The first of the names joined by "and" that say the clause of `verb`, when its
    subject `named` ("they", "the two", "both") stands for as many of them; else None."""
    words = tuple(t.lower_ for t in named)
    count = COUNTED.get(words)
    if count is None and words != ("they",):
        return None
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or not is_saying(clause.head):
        return None
    sayer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    members = _members(sayer) if sayer is not None else []
    if len(members) < 2 or count is not None and len(members) != count \
            or any(m.pos_ != "PROPN" for m in members):
        return None
    return sayer


def _members(head: Any) -> list[Any]:
    """The nouns joined by "and" that `head` opens: "Orkem and Coates" → both; [] when an
    "or" joins them (either, not both, may be meant)."""
    members = [head]
    while True:
        joined = next((c for c in members[-1].children if c.dep_ == "conj"), None)
        if joined is None:
            break
        members.append(joined)
    if any(c.dep_ == "cc" and c.lower_ != "and" for m in members for c in m.children):
        return []
    return members


def counted_before(named: list[Any], sentence_before: Callable[[], str]) -> str:
    """The group of as many that the sentence before names with "the" ("the three former
    Warsaw Pact nations"), which the subject `named` ("the three") opening its sentence
    with no noun of its own counts; "" when that sentence names none or two."""
    words = tuple(t.lower_ for t in named)
    if words[:1] != ("the",) or words not in COUNTED or named[0].i != named[0].sent.start:
        return ""
    found = {m.group("group") for m in re.finditer(
        rf"\b[Tt]he\s+{words[1]}\s+(?P<group>(?:[\w.'-]+\s+){{0,4}}?[a-z][\w'-]*[a-z]s)\b",
        sentence_before())}
    return f"The {words[1]} {found.pop()}" if len(found) == 1 else ""
