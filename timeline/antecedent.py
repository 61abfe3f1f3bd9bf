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
the document's own text ("Intel Corp.", "Mr. Weil"; `timeline.kinds`).

The headline's subject phrase, which asks this module whom a pronoun stands for, is
`timeline.subject`; how the finished headline names who it is about is `timeline.naming`.
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Iterator

from timeline.clause import MAX_CLIMB, base_form, is_dummy, is_happening_it, is_saying
from timeline.eventwords import TOLD
from timeline.kinds import (FEMALE_TITLES, MALE_TITLES, PERSON_NOUNS, PERSON_TITLES,
                            has_other_person, is_person, is_surname, is_thing, is_titled)
from timeline.lexicon import MONTH_NAMES, WEEKDAY_NAME
from timeline.referent import of_other_number
from timeline.wording import QUOTE_MARKS

# Names of months and days, which no "he" or "she" stands for.
CALENDAR_NAMES = {*MONTH_NAMES, *WEEKDAY_NAME.lower().split("|")}
# Plurals of persons whose singular no table holds: "they" may stand for them.
PEOPLE = {"people", "authorities", "police", "investigators", "relatives", "officials",
          "workers", "residents", "protesters", "rebels", "troops", "leaders", "lawyers"}


def antecedent(pronoun: Any, verb: Any, text: str = "") -> Any:
    """The subject token that the subject pronoun `pronoun` of `verb` stands for, or None.

    text: the document's text, read for what a name is ("Unisys Corp.", "Mrs. Castro").
    """
    word = pronoun.lower_
    if word not in ("he", "she", "it", "they"):
        return None
    if word == "it" and (is_dummy(verb) or is_happening_it(verb)):
        return None  # "said it was important to ...", "it looks like": no thing meant
    sayer = _sayer(verb)
    above = [sayer] if sayer is not None else [*subjects_above(verb), *_subjects_before(
        verb, pronoun)]
    if sayer is not None and sayer.pos_ == "PRON" and sayer.lower_ != word:
        above = list(_subjects_before(verb, pronoun))  # "he said they ...": "he" is not
        # "they"; a clause before may name them
    for candidate in above:
        if candidate.pos_ == "PRON" and candidate.lower_ in (word, "you", "i") \
                or candidate.pos_ == "PRON" and word == "it":
            return None  # the same pronoun, "you", "I": nothing plain to name
        if candidate.pos_ == "PRON":
            continue  # "We have seen hate group numbers dropping, but they jumped": no "we"
        if _can_stand_for(pronoun, candidate, text):
            return candidate
        inner = of_other_number(candidate, word == "they") or _possessor(candidate, pronoun, text)
        if inner is not None:  # "the price of Columbia shares ..., when they traded"
            return inner
    if word == "they" and above and verb.dep_ == "conj":
        return _plural_object(verb.head)  # "increase its armed forces and they number"
    before = _subject_before(pronoun, verb, text)
    if before is None and word == "they":
        return _people_before(pronoun, verb)
    if before is not None or word not in ("he", "she"):
        return before
    return _only_person_before(pronoun, text)


def _people_before(pronoun: Any, verb: Any) -> Any:
    """The nearest plural of persons before "they" in its sentence, outside its own
    clause, where no subject can be it: "a trend that has given back to workers some of
    the earning power they lost" → workers (earning power loses nothing); else None."""
    own = {t.i for t in verb.subtree}
    return next((t for t in sorted(pronoun.sent, key=lambda t: -t.i)
                 if t.i < pronoun.i and t.i not in own and t.tag_ == "NNS"
                 and t.dep_ not in ("compound", "poss") and (
                     base_form(t) in PERSON_NOUNS | PERSON_TITLES or t.lower_ in PEOPLE)),
                None)


def _subject_before(pronoun: Any, verb: Any, text: str) -> Any:
    """The nearest subject of a clause before `pronoun` in its sentence that it can stand
    for, where the one who says its clause cannot: "The boy was placed in Miami, but the
    INS ruled that he must be returned" → the boy; "Fournier noted that Navigation Mixte
    joined ... when Paribas was denationalized, and said it holds 5% of Paribas's shares"
    → Navigation Mixte, not Paribas, which the pronoun's own clause names (English says
    "its own shares" of a thing's own). None in a quotation, or when none can."""
    if _is_quoted(verb):
        return None
    own = {t.lower_ for t in verb.subtree if t.pos_ == "PROPN" or t.pos_ == "NOUN"}
    for candidate in sorted((t for t in pronoun.sent if t.i < pronoun.i
                             and t.dep_ in ("nsubj", "nsubjpass")
                             and t.pos_ in ("NOUN", "PROPN") and _is_finite_main(t.head)),
                            key=lambda t: -t.i):
        if candidate.lower_ not in own and _can_stand_for(pronoun, candidate, text):
            return candidate
    return None


def _is_finite_main(verb: Any) -> bool:
    """Whether `verb` heads a finite clause that is the sentence's, one joined to it or
    what it reports, not a subordinate one ("once Gonzalez arrives") nor an infinitive."""
    return verb.dep_ in ("ROOT", "conj", "ccomp") and any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in [verb, *verb.children]
        if t.i == verb.i or t.dep_ in ("aux", "auxpass"))


def _only_person_before(pronoun: Any, text: str) -> Any:
    """The one person named before `pronoun` in its sentence that it can stand for, where
    no subject above can: "the family of Howes, 37 years old when he was kidnapped, that
    he probably died" → Howes; None when there is none or more than one."""
    own = _shared_subject_words(pronoun)
    nouns = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")
             and t.dep_ not in ("compound", "poss") and t.lower_ not in CALENDAR_NAMES
             and t.i not in own]
    if any(t.dep_ == "conj" for t in nouns):  # ("In January, ... Howes": no month is "he")
        return None  # "the family of Howes and his brother": either may be meant
    found = [t for t in nouns if _can_stand_for(pronoun, t, text)]
    return found[0] if len(found) == 1 else None


def _shared_subject_words(pronoun: Any) -> set[int]:
    """The words of the participles and gerunds set before the clause of the subject
    `pronoun`, whose subject is the pronoun itself, so none of them is what it stands for:
    "[Born in 1950 in Ohio], she moved", "[After leaving Texas], he"."""
    verb = pronoun.head
    return {t.i for c in verb.children if c.i < pronoun.i and (
        c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")
        or c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}


def _possessor(candidate: Any, pronoun: Any, text: str) -> Any:
    """The named possessor of a subject the pronoun cannot stand for, when it can stand
    for the possessor: "Elian's relatives have cared for him since November, when he was
    found" → Elian; else None."""
    owner = next((c for c in candidate.children if c.dep_ == "poss"
                  and c.pos_ == "PROPN"), None)
    return owner if owner is not None and _can_stand_for(pronoun, owner, text) else None


def _subjects_before(verb: Any, pronoun: Any) -> Iterator[Any]:
    """The subjects of the clauses hanging on `verb` before its pronoun subject, nearest
    first: "If holders avoid tendering, they can expect strong dividends", "New loans
    continue to slow; they were $6.6 million"."""
    # A speech tag set in the sentence ("If holders avoid tendering, [he added,] they can
    # expect") is no clause of its own: the parse may hang the clause before on it.
    tags = [c for c in verb.children if c.dep_ == "parataxis" and is_saying(c)]
    children = [*verb.children, *(c for tag in tags for c in tag.children)]
    for clause in sorted((c for c in children if c.dep_ in ("advcl", "ccomp")
                          and c.i < pronoun.i), key=lambda c: -c.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and any(c.dep_ == "expl" for c in clause.children):
            subject = next((c for c in clause.children if c.dep_ == "attr"), None)  # "while
            # there was no profit from discontinued operations, they contributed"
        if subject is not None:
            yield subject


def _plural_object(verb: Any) -> Any:
    """The plural object of the clause (or its infinitive) that a "they" clause is joined
    to, when its subject cannot be "they"; else None."""
    for token in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        found = next((c for c in token.children if c.dep_ == "dobj"
                      and c.tag_ in ("NNS", "NNPS")), None)
        if found is not None:
            return found
    return None


def _can_stand_for(pronoun: Any, candidate: Any, text: str) -> bool:
    """Whether `pronoun` can stand for the subject `candidate`: number, kind and sex."""
    word = pronoun.lower_
    if word == "they":
        return bool(candidate.tag_ in ("NNS", "NNPS"))
    if word in ("he", "she") and is_surname(candidate, text):  # "Howes ... when he was"
        return not is_titled(candidate.text, text, FEMALE_TITLES if word == "he"
                             else MALE_TITLES)
    if candidate.tag_ == "NNS" or _is_coordinated(candidate):
        return False
    phrase = {t.lower_ for t in candidate.subtree if t.i <= candidate.i}
    if word == "it":
        return is_thing(candidate, phrase, text)
    told = candidate.dep_ == "nsubjpass" and base_form(candidate.head) in TOLD
    if candidate.tag_ == "NNPS" or not told and has_other_person(pronoun, candidate):
        return False  # ("Sununu was told by Bush's son that he had ...": whom it was told)
    return is_person(candidate, phrase, text, word == "she")


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
    if not is_saying(verb.head):
        return None
    sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if sayer is None and verb.head.dep_ in ("advcl", "conj", "xcomp"):
        # "Mordechai was the first ..., saying at the time he was willing"
        sayer = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    return sayer


def _is_quoted(clause: Any) -> bool:
    """Whether the reported clause is a direct quotation: there the speaker is "I" or
    "we", and "it" or "he" is someone else (" "It doesn't bode well," said Jacobson")."""
    start = min(t.i for t in clause.subtree)
    doc = clause.doc
    opening = any(doc[i].text in QUOTE_MARKS
                  for i in range(max(clause.sent.start, start - 2), start))
    return opening or clause.head.i > clause.i and any(
        t.text in QUOTE_MARKS for t in clause.sent if t.i < start)


def subjects_above(verb: Any) -> Iterator[Any]:
    """The subjects above the clause of `verb`, nearest first, of the clauses a
    subordinate, coordinate or relative clause hangs on: "Slepian was the mainstay of the
    clinic [before he was shot]", "Kopp purports to be a Catholic, and the jobs [he has
    held] ..."; a subject that is the same pronoun passes the question up ("Dow Jones said
    it extended the circular [that it mailed]")."""
    word = next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), "")
    token = verb
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i or token.dep_ == "ccomp" and (
                not is_saying(token.head) or _is_quoted(token)) \
                or token.dep_ == "conj" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            return
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass",
                                                                 "expl")), None) \
            or next((c for c in token.children if c.dep_ == "compound" and c.i < token.i
                     and c.pos_ == "PROPN"), None)  # "[Kopp] purports": a misparsed subject
        if subject is not None and subject.dep_ == "expl":  # "there were sell programs"
            subject = next((c for c in token.children if c.dep_ == "attr"), None)
        if subject is not None and subject.lower_ != word:
            yield subject
        if subject is None and token.dep_ == "ccomp":
            return


def _is_coordinated(token: Any) -> bool:
    return any(c.dep_ == "conj" for c in token.children)
