"""Whom an object pronoun of a headline stands for, when its sentence names it before it.

A headline "Spitzer attacked him" or "MindSpring closed it" leaves the reader asking who
or what. English lets an object pronoun stand for a noun phrase said before it, but not
for the subject of its own clause ("Spitzer attacked him": not Spitzer; "Gadhafi agreed
to hand them over": not Gadhafi, the subject "to hand" shares), nor for a phrase it is
itself part of ("the lack of opportunities for them": not the opportunities). Among the
noun phrases before it in its sentence the pronoun takes the nearest that it can stand
for: "him" and "her" a person (a name the document gives a title or a first name, or a
noun of a person: "In the debate against Vacco, Spitzer attacked him" → Vacco), "them" a
plural, "it" a singular company, place or thing ("MindSpring, which provided space for
the site, closed it" → the site), and one that is asked or urged "to" do something a
company or body ("the parent asked it to respond": the committee, not "the proposal"). A date's words
are no antecedent. A pronoun whose antecedent the headline already names stays ("Elian's
father demanded that the boy be returned to him"); so does any pronoun left unsure: a
wrong name is worse than a pronoun. A "him" or "her" whose sentence names nobody before it
stands for the person the sentence before opens with ("Mr. Hale fled in June. Police
arrested him" → Mr. Hale; `timeline.continuation`).
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from timeline.clause import base_form
from timeline.continuation import previous_opener
from timeline.eventwords import SAYING, TIME_WORDS, TOLD
from timeline.kinds import ORGANIZATION_WORDS, has_name, is_company, is_person, is_thing, \
    is_untitled

# Object pronouns and the subject pronoun of the same person, number and sex.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}
# Where an object pronoun stands: a verb's object, its indirect object, a preposition's.
_ROLES = ("dobj", "dative", "pobj")
# Verbs whose object "it" may stand for nothing or for what follows: "made it clear that",
# "find it hard to", "take it", "have it both ways".
_DUMMY_OBJECT_VERBS = {"make", "find", "take", "have", "keep", "leave", "call", "consider",
                       "get"}
# A clause the subject of a verb without one shares: an infinitive, a participle, a
# second verb ("Spitzer debated Vacco and attacked him").
_SHARED = ("xcomp", "advcl", "conj", "pcomp")
# Titles that stay with a surname ("Mr. DaPuzzo").
_SHORT_TITLES = {"mr.", "mrs.", "ms.", "dr."}
MAX_CLIMB = 4


def object_antecedent(pronoun: Any, text: str) -> Any:
    """The noun token that the object pronoun `pronoun` stands for, or None."""
    word = pronoun.lower_
    if word not in OBJECT_PRONOUNS or pronoun.tag_ != "PRP" or pronoun.dep_ not in _ROLES:
        return None
    verb = _verb_of(pronoun)
    argument = pronoun.dep_ != "pobj" or verb.pos_ in ("VERB", "AUX")
    if word == "it" and argument and _is_dummy_object(verb, pronoun):
        return None
    if word != "them" and _is_second_clause(verb):
        return None  # "X struck Gaza, and the U.N. condemned it": the striking, or unsure
    barred = {a.i for a in pronoun.ancestors} | _told(verb)
    if argument:
        barred |= {t.i for t in _own_subjects(verb)}
    agent = argument and any(c.dep_ == "xcomp" and c.i > pronoun.i for c in verb.children)
    for candidate in sorted(pronoun.sent, key=lambda t: -t.i):
        if candidate.i >= pronoun.i or candidate.i in barred or not _is_noun(candidate):
            continue
        if _fits(word, candidate, text, agent):
            return candidate
    return None


def name_objects(headline: str, tokens: list[Any], text: str, start: int | None) -> str:
    """`headline` with each object pronoun among its `tokens` replaced by the short name
    of what it stands for (in its sentence, else the subject the sentence before at
    `start` opens with), unless the headline already names that or the pronoun is not
    found there once."""
    for pronoun in tokens:
        named = object_antecedent(pronoun, text)
        name = short_name(named, pronoun.lower_ in ("him", "her")) if named is not None \
            else _before(pronoun, text, start)
        if not name:
            continue
        pattern = rf"(?<![\w'-]){re.escape(pronoun.text)}(?![\w'-])"
        if len(re.findall(pattern, headline)) != 1 \
                or re.search(rf"\b{re.escape(name.split()[-1])}\b", headline):
            continue
        headline = re.sub(pattern, lambda _: name, headline)
    return headline


def name_inner_subjects(headline: str, tokens: list[Any],
                        resolve: Callable[[Any], Any]) -> str:
    """`headline` with a "he" or "she" subject of a clause it reports named by what
    `resolve` (the subject pronoun's antecedent) gives, as the headline's own subject is
    ("British police officers who had been searching for Howes concluded he had been
    killed" → "... concluded Howes had been killed"), unless the headline names that one
    already or holds the pronoun more than once."""
    for pronoun in tokens:
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass") \
                or pronoun.head.dep_ != "ccomp":
            continue
        named = resolve(pronoun)
        name = short_name(named, True) if named is not None else ""
        pattern = rf"(?<![\w'-]){re.escape(pronoun.text)}(?![\w'-])"
        if name and len(re.findall(pattern, headline)) == 1 \
                and not re.search(rf"\b{re.escape(name.split()[-1])}\b", headline):
            headline = re.sub(pattern, lambda _: name, headline)
    return headline


def short_name(head: Any, person: bool) -> str:
    """How a headline names an antecedent again: a `person` named by the surname
    ("Vacco" for "Governor Dennis Vacco", "Mr. DaPuzzo"), a thing by its name ("Del
    Monte"), a common noun with "the" and the nouns before it ("the site", "the Miami
    relatives")."""
    before: list[Any] = []
    for child in sorted(head.children, key=lambda c: -c.i):
        if child.i != head.i - 1 - len(before) or child.dep_ not in ("compound", "det"):
            break
        before.insert(0, child)
    if head.pos_ == "PROPN" and (person or not head.tag_.endswith("S") and not has_name(head)):
        titles = [c.text for c in before if c.lower_ in _SHORT_TITLES]
        return " ".join([*titles[-1:], head.text])
    words = [c.text for c in before if c.dep_ == "compound"]
    if head.pos_ == "PROPN":
        return " ".join([*(["the"] if any(c.lower_ == "the" for c in before) else []),
                         *words, head.text])
    return " ".join(["the", *words, head.text])


def _before(pronoun: Any, text: str, start: int | None) -> str:
    """The person the sentence before opens with, for "him" or "her" whose own sentence
    names nobody it can stand for; "" when its clause's subject is a pronoun of the same
    kind ("He thanked him": "he" continues that subject, "him" cannot be it). An object
    "it" or "them" is more often something the sentence before tells of than its subject
    ("The Senate was to vote on the bill. They voted to approve it"): it stays."""
    word = pronoun.lower_
    if start is None or word not in ("him", "her") or pronoun.tag_ != "PRP" \
            or pronoun.dep_ not in _ROLES or any(
                _fits(word, t, text, False) for t in pronoun.sent
                if t.i < pronoun.i and _is_noun(t)):
        return ""
    verb = _verb_of(pronoun)
    if any(t.pos_ == "PRON" and t.lower_ == OBJECT_PRONOUNS[word] for t in _own_subjects(verb)):
        return ""
    return previous_opener(OBJECT_PRONOUNS[word], text, start)


def _verb_of(pronoun: Any) -> Any:
    """The word whose object `pronoun` is: its verb, or the verb of its preposition."""
    return pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head


def _own_subjects(verb: Any) -> list[Any]:
    """The subject of `verb`'s clause, which its object pronoun cannot stand for, also the
    one a verb without its own shares (the subject of the verb it hangs on)."""
    for _ in range(MAX_CLIMB):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in _SHARED or verb.head.i == verb.i:
            return subjects
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return []


def _is_second_clause(verb: Any) -> bool:
    """Whether `verb` opens a clause of its own joined to one before ("..., and the union
    denounced it"): there "it" is as likely the happening told before as a thing in it,
    and "him" either person of it, so the pronoun stays ("them" has no such reading: "The
    relatives sued, but a judge ruled against them")."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _told(verb: Any) -> set[int]:
    """The person a clause is told to, which a pronoun in what was told does not stand
    for: in "Ms. Diaz told the officer that a neighbor had threatened her" "her" is the
    teller, not the officer."""
    clause = verb
    for _ in range(MAX_CLIMB):
        if clause.dep_ == "ccomp" and base_form(clause.head) in SAYING | TOLD:
            return {t.i for c in clause.head.children if c.dep_ in ("dobj", "dative")
                    for t in c.subtree}
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    return set()


def _is_noun(token: Any) -> bool:
    """A noun phrase's head that names something: not a modifier of another noun, a
    pronoun or a word of time ("Thursday", "years", "Aug.")."""
    if token.dep_ in ("compound", "nmod") or token.lower_ in TIME_WORDS \
            or token.ent_type_ in ("DATE", "TIME"):
        return False
    return bool(token.pos_ in ("NOUN", "PROPN"))


def _fits(word: str, candidate: Any, text: str, agent: bool) -> bool:
    """Whether the object pronoun `word` can stand for `candidate`: number, kind, sex; an
    `agent` (asked "to" do something) a person or a body."""
    phrase = {t.lower_ for t in candidate.subtree if t.i <= candidate.i}
    if any(c.dep_ == "conj" for c in candidate.children):
        return False  # "Smith and Jones": no one of them alone
    if word == "them":
        return bool(candidate.tag_ in ("NNS", "NNPS"))
    if candidate.tag_ in ("NNS", "NNPS"):
        return False
    if word == "it":
        return is_thing(candidate, phrase, text) and (not agent or bool(
            phrase & ORGANIZATION_WORDS) or is_company(candidate.text, text))
    if candidate.pos_ == "PROPN" and is_untitled(candidate.text, text):
        return False  # "the capital, Abuja": a bare name may be a place
    return is_person(candidate, phrase, text, word == "her")


def _is_dummy_object(verb: Any, pronoun: Any) -> bool:
    """Whether the object "it" (`pronoun`) of `verb` may stand for nothing or for a
    clause after it: "made it clear that ...", "take it"."""
    return base_form(verb) in _DUMMY_OBJECT_VERBS or any(
        c.dep_ in ("oprd", "acomp", "ccomp") and c.i > pronoun.i for c in verb.children)
