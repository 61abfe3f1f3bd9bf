"""Whom a pronoun subject stands for, when the sentence itself says so plainly.

A headline that starts "He was charged" or "It will issue rights" names nobody. English
ties a subject pronoun to a subject of its own sentence in two plain cases: the one who
says or thinks the clause ("Intel said it had corrected the problems", "Albright said she
was heartened") and the subject of the clause a subordinate or coordinate clause hangs on
("Slepian was the mainstay of the clinic before he was shot"). The pronoun gives way to
that subject only when it can stand for it: "he" and "she" for a name not marked as the
other sex or as a company, "it" for a singular company, country or thing, "they" for a
plural. Anything less plain keeps the pronoun. No entity recognizer runs (the pipeline
leaves it out for speed): kinds come from the parse's tags, titles and company words, and
the document's own text ("Intel Corp.", "Mr. Weil").
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from timeline.clause import base_form
from timeline.eventwords import COPULAS, REPORTING

# Verbs whose subject is who a pronoun of their reported clause usually is.
SAYING = REPORTING | {"believe", "think", "hope", "admit", "deny", "acknowledge", "argue",
                      "maintain", "contend", "promise", "vow", "indicate"}
# Verbs of telling whose passive subject is whom a pronoun of the told clause usually is.
TOLD = {"tell", "inform", "warn", "assure", "notify", "advise", "remind"}
MALE = {"mr", "mr.", "king", "prince", "sir", "lord", "pope", "father", "brother", "duke"}
FEMALE = {"mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "lady", "madame", "sister",
          "duchess"}
# Nouns of one sex: another person the pronoun may stand for ("Calling the mother of Elian
# an excellent girl, Castro said she had been kidnapped").
MALE_NOUNS = {"man", "men", "boy", "father", "son", "husband", "brother", "uncle", "nephew",
              "grandfather", "king", "prince", "gentleman", "boyfriend"}
FEMALE_NOUNS = {"woman", "women", "girl", "mother", "daughter", "wife", "sister", "aunt",
                "niece", "grandmother", "queen", "princess", "lady", "girlfriend", "widow"}
# Words of a person's title: a phrase holding one names a person, not a company.
PERSON_TITLES = MALE | FEMALE | {
    "president", "minister", "secretary", "senator", "sen.", "rep.", "gov.", "governor",
    "gen.", "general", "dr.", "judge", "justice", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "leader", "commander", "ambassador", "prosecutor", "attorney", "officer",
    "director", "executive", "analyst", "col.", "lt.", "sgt.", "adm.", "rev.", "mayor"}
# Words that make a phrase a company, body or place.
ORGANIZATION_WORDS = {
    "corp", "corp.", "inc", "inc.", "co", "co.", "cos", "cos.", "ltd", "ltd.", "plc", "ag",
    "group", "bank", "association", "service", "department", "ministry", "agency", "party",
    "committee", "council", "court", "company", "government", "union", "organization",
    "board", "commission", "office", "police", "army", "industries", "systems", "airlines",
    "fund", "trust", "exchange", "institute", "university", "administration", "federation"}
QUOTES = {'"', "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019", "`"}
# How far up the parse a pronoun's antecedent is looked for.
MAX_CLIMB = 6
# Verbs whose "it" is often no thing at all: "it is time", "it seems", "it looks like".
DUMMY_IT_VERBS = {"be", "seem", "appear", "become", "remain", "look", "happen", "take",
                  "make", "matter"}
# Capitalized words before a name that are no first name or title: "The Paribas offer".
FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "For", "By", "To", "From", "With",
                  "Of", "And", "But", "Or", "As", "If", "When", "After", "Before", "Since",
                  "That", "This", "Under", "Against", "Like", "Unlike", "While"}
_SUFFIX = r"(?:Corp|Inc|Co|Cos|Ltd|PLC|Group|Bank|Industries|Association|Systems)\b"


def antecedent(pronoun: Any, verb: Any, text: str = "") -> Any:
    """The subject token that the subject pronoun `pronoun` of `verb` stands for, or None.

    text: the document's text, read for what a name is ("Unisys Corp.", "Mrs. Castro").
    """
    word = pronoun.lower_
    if word not in ("he", "she", "it", "they"):
        return None
    if word == "it" and _is_dummy(verb):
        return None  # "said it was important to ...", "it looks like": no thing meant
    sayer = _sayer(verb)
    for candidate in [sayer] if sayer is not None else _subjects_above(verb):
        if candidate.pos_ == "PRON":
            return None  # "we", "you", another pronoun: nothing plain to name
        if _can_stand_for(pronoun, candidate, text):
            return candidate
        inner = _plural_of(candidate) if word == "they" else None
        if inner is not None:  # "the price of Columbia shares ..., when they traded"
            return inner
    return None


def _plural_of(candidate: Any) -> Any:
    """The plural noun after "of" in a singular subject's phrase ("The price of [Columbia
    shares]"), which "they" can stand for where the subject cannot; else None."""
    if candidate.tag_ not in ("NN", "NNP"):
        return None
    of = next((c for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None and inner.tag_ in ("NNS", "NNPS") else None


def _can_stand_for(pronoun: Any, candidate: Any, text: str) -> bool:
    """Whether `pronoun` can stand for the subject `candidate`: number, kind and sex."""
    word = pronoun.lower_
    if word == "they":
        return bool(candidate.tag_ in ("NNS", "NNPS"))
    if candidate.tag_ == "NNS" or _is_coordinated(candidate):
        return False
    phrase = {t.lower_ for t in candidate.subtree if t.i <= candidate.i}
    if word == "it":
        return _is_thing(candidate, phrase, text)
    if candidate.tag_ == "NNPS" or _other_person(pronoun, candidate):
        return False
    return _is_person(candidate, phrase, text, word == "she")


def _is_dummy(verb: Any) -> bool:
    """Whether "it" of `verb` may stand for nothing: "it seems", "it looks like", a copula
    with a clause put after it ("it is important to act", "it was clear that ...")."""
    lemma = base_form(verb)
    if lemma in DUMMY_IT_VERBS - COPULAS:
        return True
    if lemma not in COPULAS:
        return False
    complements = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") for t in complements for c in t.children)


def _other_person(pronoun: Any, candidate: Any) -> bool:
    """Whether the sentence names, outside the candidate's phrase, a person of the
    pronoun's sex by a common noun: then "she" may be that mother, not the speaker."""
    nouns = FEMALE_NOUNS if pronoun.lower_ == "she" else MALE_NOUNS
    own = {t.i for t in candidate.subtree}
    return any(t.lower_ in nouns and t.i not in own for t in pronoun.sent)


def _sayer(verb: Any) -> Any:
    """The subject of the verb of saying or thinking whose clause `verb` is; also of a
    second clause joined to the first ("said the agreement is subject to approval, and
    that it hopes to complete")."""
    if verb.dep_ == "conj" and any(c.dep_ == "mark" for c in verb.children) \
            and verb.head.dep_ == "ccomp":
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or _is_quoted(verb):
        return None
    if base_form(verb.head) in TOLD:  # "Sununu was told by Bush's son that he had ..."
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if base_form(verb.head) not in SAYING:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _is_quoted(clause: Any) -> bool:
    """Whether the reported clause is a direct quotation: there the speaker is "I" or
    "we", and "it" or "he" is someone else (" "It doesn't bode well," said Jacobson")."""
    start = min(t.i for t in clause.subtree)
    doc = clause.doc
    opening = any(doc[i].text in QUOTES for i in range(max(clause.sent.start, start - 2), start))
    return opening or clause.head.i > clause.i and any(
        t.text in QUOTES for t in clause.sent if t.i < start)


def _subjects_above(verb: Any) -> Iterator[Any]:
    """The subjects above the clause of `verb`, nearest first, of the clauses a
    subordinate, coordinate or relative clause hangs on: "Slepian was the mainstay of the
    clinic [before he was shot]", "Kopp purports to be a Catholic, and the jobs [he has
    held] ..."; a subject that is the same pronoun passes the question up ("Dow Jones said
    it extended the circular [that it mailed]")."""
    word = next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), "")
    token = verb
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i or token.dep_ == "ccomp" and (
                base_form(token.head) not in SAYING or _is_quoted(token)) \
                or token.dep_ == "conj" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            return
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass",
                                                                 "expl")), None)
        if subject is not None and subject.dep_ == "expl":  # "there were sell programs"
            subject = next((c for c in token.children if c.dep_ == "attr"), None)
        if subject is not None and subject.lower_ != word:
            yield subject
        if subject is None and token.dep_ == "ccomp":
            return


def _is_coordinated(token: Any) -> bool:
    return any(c.dep_ == "conj" for c in token.children)


def _is_person(head: Any, phrase: set[str], text: str, female: bool) -> bool:
    """A name that "he" (or "she", `female`) can stand for: a proper name with no company
    word, not titled as the other sex here or elsewhere in the document."""
    if head.pos_ == "NOUN":  # "The top commander of a resistance force said he ..."
        return head.lower_ in PERSON_TITLES and not head.lower_.endswith(
            "woman" if not female else "man") and not phrase & ORGANIZATION_WORDS
    if head.pos_ != "PROPN" or phrase & ORGANIZATION_WORDS or is_company(head.text, text):
        return False
    other = MALE if female else FEMALE
    if phrase & other:
        return False
    honorifics = "Mr" if female else "Mrs|Ms|Miss"
    return re.search(rf"\b(?:{honorifics})\.? {re.escape(head.text)}\b", text) is None


def _is_thing(head: Any, phrase: set[str], text: str) -> bool:
    """A singular that "it" can stand for: a common noun ("the company"), or a name that is
    a company, body or place rather than a person."""
    if phrase & PERSON_TITLES:
        return False
    if head.tag_ == "NN":
        return True
    if head.tag_ == "NNPS" and not (phrase & ORGANIZATION_WORDS or _has_name(head)):
        return False
    if head.pos_ != "PROPN":
        return False
    if re.search(rf"\b(?:Mrs?|Ms|Miss)\.? {re.escape(head.text)}\b", text):
        return False  # "Mr. Weil"
    return bool(phrase & ORGANIZATION_WORDS) or is_company(head.text, text) \
        or head.text.isupper() and len(head.text) > 1 \
        or _has_name(head) or _is_untitled(head.text, text)


def _is_untitled(name: str, text: str) -> bool:
    """Whether the document never gives the one-word name `name` a title or a first name,
    as news does a person's ("Fidel Castro", "Mr. Weil"): then it names a company, body or
    place ("Paribas said Monday that it intends to bid")."""
    for match in re.finditer(rf"\b([A-Z][\w.]*)\s+{re.escape(name)}\b", text):
        if match.group(1) not in FUNCTION_WORDS:
            return False  # "Fidel Castro", "Mr. Weil", "Banque Paribas": maybe a person
    return True


def _has_name(head: Any) -> bool:
    """A name of several words: "North Korea", "Dow Jones", "Ogden Projects"."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


def is_company(name: str, text: str) -> bool:
    """Whether the document names `name` as a company: "Intel Corp.", "Unisys Inc."."""
    return re.search(rf"\b{re.escape(name)}(?:[ -][A-Z][\w&.-]*){{0,3}} {_SUFFIX}", text) \
        is not None
