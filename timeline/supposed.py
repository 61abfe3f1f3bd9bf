"""Where a clause the sentence only supposes, doubts or denies is told with the words
that make it the sentence's claim: a negated verb of saying or thinking ("I don't think
Kellogg can get back to 40%"), a verb of doubting or fearing ("Acme doubts the merger will
close"), the clause a condition or question hangs on ("Mr. Maxwell wouldn't be surprised
if General Mills' share increased"). Works on parsed spaCy tokens (duck-typed).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from timeline.clause import base_form
from timeline.eventwords import I_ACTION, I_STATE, PERCEPTION, REPORTING

# Verbs whose clause is their news: "King Hussein assured him [Jordan would close ...]".
CLAUSE_TAKING = REPORTING | I_STATE | I_ACTION | PERCEPTION | {
    "inform", "assure", "notify", "warn", "conclude", "rule", "find", "show", "prove",
    "indicate", "learn", "know", "realize", "wonder", "imply", "suggest", "recommend",
    "decide", "determine", "argue", "acknowledge", "admit", "deny", "insist", "predict"}
# Words opening a clause the sentence supposes or asks, not tells: "wouldn't be surprised
# [if] the share increased", "asked [whether] fees might be seized".
SUPPOSING_MARKS = {"if", "unless", "whether", "lest"}
# Links of such a clause to the words it hangs on: adverbial, object, subject.
SUPPOSED_DEPS = {"advcl", "ccomp", "csubj"}
# Verbs of doubting or fearing, whose clause is no fact: "fear [they are witnessing ...]".
DOUBTING = {"doubt", "fear", "wonder", "question", "suspect", "speculate"}


def supposing_teller(verb: Any, tellers: Collection[str] = CLAUSE_TAKING) -> Any:
    """The words above the clause of `verb` that make it a claim the sentence makes, when
    the sentence only supposes, doubts or denies it: a negated verb of saying or thinking
    `tellers` ("I [don't think] Kellogg can get back to 40%", "He [never said] the plant
    would close"), a verb of doubting or fearing ("Acme [doubts] the merger will close"),
    or the clause a condition or question hangs on ("he [wouldn't be surprised] if Acme's
    share increased", "[is yet to be seen] whether this would prove positive"); else
    None. The clause alone would tell as fact what was only supposed or the opposite of
    what was said, and carrying a negation down is not safe English ("Kellogg can't get
    back" says more than "I don't think"), so the headline keeps the governing words."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if verb.dep_ in SUPPOSED_DEPS and any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS
                                          for c in verb.children):
        return head if head.pos_ != "ADJ" else head.head  # "[is unsure] whether"
    if verb.dep_ != "ccomp":
        return None
    if base_form(head) in DOUBTING:
        return head
    if base_form(head) not in tellers:
        return None
    return head if any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children) \
        else None


def supposing_marks(verb: Any) -> set[Any]:
    """The word opening a supposed clause ("[if] the share increased"), which a headline
    telling it with the words it hangs on keeps."""
    return {c for c in verb.children if c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS}


def supposed_clause(verb: Any, parts: tuple[set[Any], set[Any], Any],
                    clause_of: Callable[[Any], tuple[set[Any], set[Any]]]
                    ) -> tuple[set[Any], set[Any], Any]:
    """The subject, words and verb of what a supposed clause of `verb` hangs on, up through
    every supposition above it ("[I don't think his majesty would be traveling] if the
    leadership did not have ..."), with the words opening each; `parts` are those of the
    first clause above (subject, words, verb), `clause_of` a verb's subject and words."""
    subject, tokens, above = parts
    tokens = tokens | supposing_marks(verb)
    while (further := supposing_teller(above)) is not None:
        outer, more = clause_of(further)
        tokens |= subject | more | supposing_marks(above)
        subject, above = outer, further
    return subject, tokens, above
