"""Asides set off by commas (appositions, participle clauses, a superlative after the
clause) and what a date inside one dates: the aside's own happening, not the main clause's.

"Stephen Akerfeldt, [currently vice president finance], will succeed Mr. McAlpine": now is
when he is vice president, not when he succeeds; "Unemployment fell to 3.9% in April, [the
lowest since 2000]": 2000 is where the comparison reaches back to, not when it fell; "The
festival, [held every year since 1970], was canceled": 1970 dates the holding.
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import is_event_noun
from timeline.eventwords import TIME_WORDS
from timeline.phrase import OBJECT_WORDS, SUBJECT_WORDS, noun_phrase
from timeline.wording import finish_text, join_words, trim_words

# Links by which a date sits inside a noun phrase, before its noun: "[the fabled 11th
# century] temple", "[its current] source", "[the 1998] winner", "[currently] vice president".
PREMODIFIERS = {"amod", "compound", "nmod", "nummod", "npadvmod", "advmod", "poss"}
# Date words that tell of the time of writing, whose apposition holds now: "its current
# source", "currently vice president".
PRESENT_WORDS = {"current", "currently", "now", "present", "presently", "today"}
NOUNS = ("NOUN", "PROPN")


def is_set_off(word: Any) -> bool:
    """Whether the phrase `word` heads opens right after a comma (or a dash) and follows
    the word it hangs on: an aside, not a restrictive modifier."""
    first = word.left_edge.i
    return word.head.i < word.i and first > 0 \
        and word.doc[first - 1].text in (",", "--", "\u2014")


def is_superlative_aside(word: Any) -> bool:
    """A superlative set off after the clause it rates ("fell to 3.9%, [the lowest] since
    2000", "rose 5%, [its highest level] since 1991"): the date inside tells where the
    comparison reaches back to, and the aside is told with the clause it rates."""
    if word.dep_ not in ("appos", "npadvmod") or word.pos_ not in ("NOUN", "ADJ") \
            or not is_set_off(word):
        return False
    return word.tag_ == "JJS" or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.tag_ == "RBS" for g in c.children))
        for c in word.children)


def is_dated_apposition(noun: Any, span: Any) -> bool:
    """Whether the date `span` sits before the noun of an apposition, inside its phrase
    ("Angkor Wat, [the fabled 11th century temple]", "Akerfeldt, [currently vice
    president]"): it dates what the apposition says of the noun before, not the clause
    that noun is in."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.head.pos_ not in NOUNS \
            or span.end > noun.i or is_event_noun(noun) or not is_set_off(noun) \
            or noun.like_num or noun.lower_ in TIME_WORDS:  # "Sunday, March [eighth]"
        return False
    token = span.root
    for _ in range(6):
        if token.head.i == noun.i:
            return token.dep_ in PREMODIFIERS
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def apposition_headline(noun: Any, skip: set[int]) -> str:
    """ "Stephen Akerfeldt, currently vice president finance, will succeed" → "Stephen
    Akerfeldt is vice president finance": the apposition told as what its noun is, with
    "was" where the clause around is in the past and the date is not the present;
    "" unless the date words `skip` sit before the apposition's noun inside its phrase."""
    head = noun.head
    dated = [t for t in noun.subtree if t.i in skip and t.i < noun.i]
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or head.pos_ not in NOUNS \
            or not dated or is_event_noun(noun):
        return ""
    told = {t.i for t in noun.subtree}
    subject = trim_words(sorted(noun_phrase(head, skip | told, SUBJECT_WORDS),
                                key=lambda t: t.i))
    clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    rest = trim_words(sorted(noun_phrase(noun, skip | clauses, OBJECT_WORDS),
                             key=lambda t: t.i))
    if not subject or not rest:
        return ""
    plural = head.tag_ in ("NNS", "NNPS")
    present = any(t.lower_ in PRESENT_WORDS for t in dated) or not _is_past(head)
    copula = ("are" if plural else "is") if present else ("were" if plural else "was")
    return finish_text(f"{join_words(subject)} {copula} {join_words(rest)}")


def _is_past(noun: Any) -> bool:
    """Whether the nearest verb above `noun` is told in the past ("was clearing mines from
    Angkor Wat", "hired John Doe")."""
    token = noun
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children)
        if token.head.i == token.i:
            return False
        token = token.head
    return False
