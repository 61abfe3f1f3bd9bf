"""What a noun needs to say which thing it means, kept in its headline phrase: the
restrictive relative clause right after a plural or mass noun with no article, owner,
number or name, or after a singular one with "a" or "an" ("[People] who remain in junk
funds could get hit", not "People could get hit again"), and the "of" phrase the parse
hangs on a date right after it ("the redemption [on Dec. 7] of all the remaining shares").
Works on parsed spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any, Callable

# Pronouns that say nothing without the relative clause after them: "those [who were
# responsible]", "anyone [who helped]".
DEFINED_BY_CLAUSE = {"those", "anyone", "anybody", "everyone", "everybody", "whoever",
                     "someone", "somebody"}
# Words opening a restrictive relative clause, which says which of a bare noun's kind
# are meant: "[people] who remain in junk funds", "[doctors] whose names were listed".
DEFINING_WORDS = {"who", "whom", "whose", "that", "which"}
# Dependents that make a noun's reference its own, so no clause is needed to tell it.
DETERMINING = {"det", "poss", "nummod", "predet", "quantmod", "compound", "case"}
# At most this many words for a bare noun with its defining clause, so the predicate still
# fits the headline (about half of MAX_WORDS): "Even terrorist groups that opposed Iraq in
# its war with Iran" (12) would cut "show signs of swinging [behind Saddam Hussein]".
DEFINED_WORDS = 8


def bare_noun_clause(token: Any, skip: set[int]) -> set[Any]:
    """The restrictive relative clause (no comma, a relative word first) right after a
    common noun with no article but "a" or "an", no owner, number or name before it,
    whole: without it the noun names any of its kind ("[Doctors] whose names appeared on
    the list were killed" is no "Doctors were killed"; "[A suspect] who was returned from
    Pakistan"). None when the clause's verb is skipped (it is the event, told after) or
    the date's words open the clause."""
    if token.pos_ != "NOUN" or token.tag_ not in ("NNS", "NN") or any(
            c.dep_ in DETERMINING and c.lower_ not in ("a", "an")
            for c in token.children if c.i < token.i):
        return set()
    clause = next((c for c in token.children if c.dep_ == "relcl" and c.i > token.i), None)
    if clause is None or clause.i in skip:
        return set()
    words = [t for t in clause.subtree if t.i not in skip]
    if not words or words[0].i != token.i + 1 or words[0].lower_ not in DEFINING_WORDS:
        return set()
    return set(words)


def date_parted_of(noun: Any, skip: set[int]) -> tuple[list[Any], set[int]]:
    """An "of" phrase the parse hangs on a date in the phrase right after a noun, which no
    date takes: it names what the noun is of ("calling for the redemption [on Dec. 7] of all
    the remaining shares"). Its words, and the places of the date's phrase between, which
    the noun's phrase reads across; none when the "of" names a time ("Dec. 7 of last year")."""
    doc = noun.doc
    end = max(t.i for t in noun.subtree) + 1
    if noun.dep_ == "prep":  # "calling [for the redemption]": the phrase's noun
        noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
    if noun.pos_ != "NOUN" or end >= len(doc) or doc[end].dep_ != "prep":
        return [], set()
    date = next((c for c in doc[end].children if c.dep_ == "pobj" and c.i in skip), None)
    parted = None if date is None else next((c for c in date.children if c.dep_ == "prep"
                                             and c.lower_ == "of" and c.i not in skip), None)
    if date is None or parted is None or not any(
            c.dep_ == "pobj" and c.i not in skip for c in parted.children):
        return [], set()
    return [t for t in parted.subtree if t.i not in skip], set(range(end, parted.i))


def defined_words(token: Any, skip: set[int], phrase: set[Any], sizes: tuple[int, int],
                  count: Callable[[list[Any]], int]) -> tuple[set[Any], set[int]]:
    """The words a noun phrase (`phrase` so far, `sizes` its words and limit, `count` the
    word counter) takes to say which thing it means, and the places of a date between
    that it reads across: a pronoun's relative clause, its first words that fit; a bare
    noun's defining clause, whole, in at most DEFINED_WORDS words; an "of" phrase parted
    from its noun by a date, its first words that fit."""
    words, limit = sizes
    out: set[Any] = set()
    defining = bare_noun_clause(token, skip)
    clause = next((c for c in token.children if c.dep_ == "relcl"), None) \
        if token.lower_ in DEFINED_BY_CLAUSE else None
    if defining and count(sorted(phrase | defining, key=lambda t: t.i)) <= min(
            limit, DEFINED_WORDS):
        out |= defining  # "[People] who remain in junk funds could get hit"
    elif clause is not None:  # "bring to justice those [who were responsible]"
        told = [t for t in clause.subtree if t.i not in skip]
        if clause.i in skip:  # the clause's verb is the event, told after: "those [who]"
            told = [t for t in told if t.i < clause.i]
        out |= set(told[:max(0, limit - words)])
    parted, between = date_parted_of(token, skip)
    if parted and words < limit:  # "the redemption [on Dec. 7] of all the shares"
        out |= {t for t in parted if count([p for p in parted if p.i <= t.i]) <= limit - words}
    return out, between if parted and words < limit else set()


def whole_members(out: set[Any], skip: set[int], is_amount: Callable[[Any], bool]) -> set[Any]:
    """`out` without a later member of a list that a limit cut inside the "of" phrase
    naming what it is of, with its conjunction: "the volatility of stock prices [and the
    role of ...]" (a bare "the role" says nothing); not one whose "of" phrase is an amount
    ("a tax credit [of $7 million]" only says how much; `wording.is_amount`, passed in to
    keep this module a leaf)."""
    for member in sorted((t for t in out if t.dep_ == "conj" and t.head in out
                          and t.pos_ in ("NOUN", "PROPN")), key=lambda t: t.i):
        if any(c.dep_ == "prep" and c.lower_ == "of" and c.i > member.i
               and not any(is_amount(o) for o in c.children if o.dep_ == "pobj")
               and any(s not in out and s.i not in skip for s in c.subtree)
               for c in member.children):
            drop = {s.i for s in member.subtree} | {
                c.i for c in member.head.children if c.dep_ in ("cc", "punct")
                and member.head.i < c.i < member.i}
            out = {t for t in out if t.i not in drop}
    return out
