"""Clauses after a noun, and what a headline makes of them: a relative clause whose left-out
object is its noun ("the sharp gains [these issues made]" -> "These issues made the sharp
gains"), a "that" clause a noun of content holds ("played down the likelihood [that either
was involved]": the noun is not its subject), a participle after the group a copula's
subject is among ("Slepian's death was among the first topics [raised in the debate]"),
the noun a passive infinitive after it tells of ("acquisitions [to be made]": they are to
be made), the verb that takes a set a participle describes ("will buy [all shares
tendered]"). Works on parsed spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.clause import base_form
from timeline.defining import bare_noun_clause
from timeline.eventwords import COPULAS, TIME_WORDS
from timeline.phrase import (CLAUSE_SUBJECT_WORDS, CORE_DEPS, OBJECT_DEPS, OBJECT_WORDS,
                             first_prep, has_to, noun_phrase)
from timeline.referent import is_figure
from timeline.wording import MAX_WORDS, RELATIVE_PRONOUNS, count_words, is_finite, join_words

# Nouns a relative clause without a relative word dates or places rather than takes as its
# object: "the day he died", "the way he spoke", "the reason she left".
ADVERBIAL_NOUNS = TIME_WORDS | {"way", "reason", "place", "time", "moment", "extent",
                                "degree", "point", "manner", "day", "night", "hour"}
# Pronouns a relative clause may leave out as its object: "something [that Jaguar doesn't
# want]" -> "Jaguar doesn't want something".
INDEFINITES = {"something", "anything", "nothing", "everything"}
# Nouns whose clause after them, "that" or not, tells what they hold, with no word left
# out: "the hope [he one day follow in Glenn's footsteps]" is no "he follow the hope".
CONTENT_NOUNS = {"hope", "belief", "fact", "news", "claim", "idea", "fear", "view", "word",
                 "assurance", "expectation", "sign", "promise", "warning", "notion", "report",
                 "possibility", "likelihood", "suggestion", "assertion", "allegation",
                 "feeling", "impression", "conclusion", "doubt", "evidence", "indication",
                 "message", "statement", "theory", "rumor", "chance", "risk", "concern"}

# Words that rank a noun among others, which the clause after it defines: "the second
# activist [being sought by the FBI]", "the only company [that reported a loss]".
RANKS = {"first", "second", "third", "fourth", "fifth", "last", "only", "next", "latest"}
# Determiners of a set described, not of things told: "all shares tendered".
QUANTIFIERS = {"all", "any", "every"}


def defining_clause(noun: Any, skip: set[int]) -> set[Any]:
    """The clause after a ranked noun a copula says its subject is, with its subject,
    object or first phrase: "Kopp is the second anti-abortion activist [being sought by
    the FBI]", "the first official word [that the project was in trouble]"; the rank
    alone ("the second activist") says nothing of what it ranks by."""
    if noun.dep_ != "attr" or not any(c.dep_ == "amod" and (c.lower_ in RANKS or c.tag_ == "JJS")
                                      for c in noun.children):
        return set()
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                   and c.i not in skip and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return set()
    out = {clause} | {c for c in clause.children if c.i not in skip
                      and c.dep_ in CORE_DEPS | {"mark"}}
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i not in skip:
            out |= noun_phrase(child, skip, CLAUSE_SUBJECT_WORDS)
    objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS and c.i not in skip]
    for child in objects or first_prep(clause, skip):
        out |= noun_phrase(child, skip, OBJECT_WORDS)
    return out


def defining_relative(noun: Any, skip: set[int], have: set[Any]) -> set[Any]:
    """The defining relative clause of an object with no article but "a" or "an", all it
    says of which one is meant ("heads a team [that is investigating the fires]": "heads a
    team" says nothing), whole when the headline `have` so far has room, else its relative
    word, verb with its auxiliaries and joined verbs, and their object or first phrase;
    nothing when the clause's verb is the event, told on its own (`bare_noun_clause`)."""
    whole = bare_noun_clause(noun, skip) if noun.dep_ == "dobj" else set()
    if not whole or count_words(sorted(have | whole, key=lambda t: t.i)) <= MAX_WORDS:
        return whole
    clause = next(c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i)
    verbs = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.i not in skip
                        and c.pos_ in ("VERB", "AUX")]
    out = {c for v in verbs for c in v.children if c.i not in skip and (
        c.dep_ in CORE_DEPS | {"nsubj", "nsubjpass", "mark", "cc"}
        and c.i < max(t.i for t in verbs))} | set(verbs)
    objects = [c for v in verbs for c in v.children if c.dep_ in OBJECT_DEPS and c.i not in skip]
    for child in objects or [p for v in verbs[-1:] for p in first_prep(v, skip)]:
        out |= noun_phrase(child, skip, OBJECT_WORDS)
    return out if any(t.lower_ in RELATIVE_PRONOUNS for t in out) else set()


def is_content_clause(verb: Any) -> bool:
    """A "that" clause telling what an object noun of content holds, which the parse gives
    no subject of its own ("played down the likelihood [that either was involved]"): the
    noun is not its subject, and the clause is told with the verb whose object the noun is."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.lower_ in CONTENT_NOUNS and noun.dep_ == "dobj" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and noun.head.pos_ in ("VERB", "AUX")


def is_member(participle: Any) -> bool:
    """A participle after a noun (a reduced passive, the caller's check) of the group its
    copula's subject is among: "Slepian's death was among the first topics [raised in the
    debate]" tells of the death, with its copula."""
    noun = participle.head
    return participle.dep_ == "acl" and noun.dep_ == "pobj" \
        and noun.head.lower_ == "among" and base_form(noun.head.head) in COPULAS \
        and any(c.dep_ == "nsubj" for c in noun.head.head.children)


def gap_object(verb: Any, skip: set[int], taken: set[Any]) -> set[Any]:
    """The noun a relative clause is about when it is the clause's object: "the sharp gains
    [these issues made]" → "These issues made the sharp gains"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") and not (
            verb.head.lower_ in INDEFINITES or is_figure(verb.head)) \
            or base_form(verb) in COPULAS or verb.tag_ == "VBN" and any(
                c.dep_ == "auxpass" for c in verb.children):
        return set()
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    relative = [t for t in verb.subtree if t.i < verb.i and t.lower_ in RELATIVE_PRONOUNS]
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS \
            or verb.head.lower_ in ADVERBIAL_NOUNS | CONTENT_NOUNS \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.lower_ not in
                   RELATIVE_PRONOUNS for c in children) \
            or any(t.dep_ not in ("dobj", "mark") for t in relative) \
            or not relative and any(c.dep_ == "prt" and c.i not in skip for c in children):
        return set()  # "the day he died", "where it amounted to", "whose stock peaked"
    head = verb.head
    if head.dep_ == "npadvmod" and head.head.i < head.i and is_figure(head.head):
        head = head.head  # "16 cents [a share] it reported": the clause is the amount's
    noun = noun_phrase(head, skip | {t.i for t in verb.subtree}, OBJECT_WORDS)
    if is_figure(head):  # "the 16 cents a share it reported" -> "It reported 16 cents a
        # share": the article pointed to the clause, and an amount reads without it
        noun = {t for t in noun if not (t.lower_ == "the" and t.head.i == head.i)}
    taken_at = {s.i for s in taken}
    return {t for t in noun if t.i < head.i or t.i not in taken_at}


def place_of(verb: Any, skip: set[int]) -> str:
    """Where a "where" relative clause happened, as a phrase its clause reads with: "a
    home [where Kopp lived] last year" -> "in a home" ("Kopp lived in a home"); without
    it the clause says too little ("Kopp lived"). Else ""."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in TIME_WORDS \
            or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) \
            or any(t.dep_ == "prep" and t.lower_ in ("in", "at") and t.i not in skip
                   for t in verb.subtree):
        return ""  # "where 168 people were killed [in a bombing]" has its own place
    phrase = [t for t in sorted(noun_phrase(noun, skip | {t.i for t in verb.subtree},
                                            OBJECT_WORDS), key=lambda t: t.i)]
    while phrase and phrase[-1].is_punct:
        phrase.pop()
    return f"in {join_words(phrase)}" if phrase else ""


def infinitive_head(verb: Any) -> Any:
    """The noun a passive infinitive right after it tells of, or None: an infinitival
    relative clause's noun is its subject ("acquisitions [to be made during the next 12
    months]": acquisitions are to be made), also where the parse hangs the infinitive on a
    verb above though the noun sits in another noun's phrase ("in anticipation of
    acquisitions to be made"), which leaves it no purpose of that verb."""
    if verb.tag_ != "VBN" or not has_to(verb) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    first = min(c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    noun = verb.doc[first - 1] if first > verb.sent.start else verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:  # "that [new rules] to be published in March will decide",
        # not a verb's object and its infinitive ("expect the transaction to be completed")
        return noun if subject.i == noun.i and noun.pos_ in ("NOUN", "PROPN") \
            and verb.dep_ not in ("ccomp", "xcomp") else None
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in {t.i for t in verb.subtree}:
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.i == noun.i:
        return noun
    inside = noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN")
    return noun if verb.dep_ == "advcl" and inside else None


def described_set(verb: Any) -> Any:
    """The finite verb whose object is a noun that a reduced passive describes under "all",
    "any" or "every": "will buy [all shares tendered] by shareholders" names which shares
    are bought, and tells no tendering as a fact ("All shares were tendered" is not said),
    so the verb is told; else None. `verb` is a reduced passive (the caller's check)."""
    noun = verb.head
    above = noun.head
    if noun.dep_ != "dobj" or above.pos_ != "VERB" \
            or not is_finite(above) or not any(c.dep_ in ("det", "predet")
                                               and c.lower_ in QUANTIFIERS
                                               for c in noun.children):
        return None
    return above


def indefinite_told(verb: Any, climb: Callable[[Any], Any]) -> Any:
    """The verb whose object is an indefinite pronoun that the relative clause `verb`
    defines, or the finite verb `climb` finds above it: the clause says which thing is
    meant and tells no fact of its own ("doing something [that Jaguar doesn't want]" does
    not say that Jaguar doesn't want something), so the clause above tells the happening;
    else None."""
    pronoun = verb.head
    if verb.dep_ != "relcl" or pronoun.lower_ not in INDEFINITES or pronoun.dep_ != "dobj" \
            or pronoun.head.pos_ not in ("VERB", "AUX"):
        return None
    return climb(pronoun.head) or pronoun.head


def dated_relative(span: Any) -> Any:
    """The past relative clause of the noun the date `span` modifies before it, whose
    subject is that noun ("for a [2016] shooting [that left a teenager paralyzed]"): the
    date is the noun's happening, and the clause tells it ("A shooting left a teenager
    paralyzed"); else None."""
    noun = span.root.head
    if span.root.dep_ not in ("nummod", "compound", "amod", "npadvmod", "nmod") \
            or noun.i < span.end or noun.pos_ != "NOUN":
        return None
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
    if clause is None or clause.tag_ != "VBD" or not any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children):
        return None
    return clause
