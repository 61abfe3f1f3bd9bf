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
    if any(c.dep_ == "conj" for c in pronoun.children):
        return None  # "he and Bushnell had been talking"
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
    if head.pos_ != "PROPN" or phrase & ORGANIZATION_WORDS or _is_company(head.text, text):
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
    return bool(phrase & ORGANIZATION_WORDS) or _is_company(head.text, text) \
        or head.text.isupper() and len(head.text) > 1 \
        or _has_name(head)


def _has_name(head: Any) -> bool:
    """A name of several words: "North Korea", "Dow Jones", "Ogden Projects"."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


def _is_company(name: str, text: str) -> bool:
    """Whether the document names `name` as a company: "Intel Corp.", "Unisys Inc."."""
    return re.search(rf"\b{re.escape(name)}(?:[ -][A-Z][\w&.-]*){{0,3}} {_SUFFIX}", text) \
        is not None


# The subject a sentence opens with, read from the raw text of the sentence before the
# pronoun's (that sentence is not parsed: only sentences with dates are). A subject
# pronoun that opens a sentence continues the subject of the one before ("Kopp, 44, of St.
# Albans, Vt., became the subject of a manhunt. He was charged Thursday ...").
_TITLE = (r"(?P<title>Mr|Mrs|Ms|Miss|Dr|Gen|Rep|Sen|Gov|Col|Lt|Adm|Rev|President|Judge|"
          r"Justice|King|Queen|Prince)\.?\s+")
_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_OPENING = re.compile(rf"^(?:(?:But|And|So|Then|Meanwhile|However),?\s+)?(?:{_TITLE})?"
                      rf"(?P<name>{_WORD}(?:\s+(?:[A-Z]\.\s+)?{_WORD}){{0,2}})(?=,|\s+[a-z])")
_THING = re.compile(r"^(?:(?:But|And|So|Then|Meanwhile|However),?\s+)?(?P<name>[Tt]he\s+"
                    r"(?:[\w.'-]+\s+){0,3}?(?:company|concern|firm|bank|thrift|unit|maker|"
                    r"group|agency|government|alliance|organization|union|court|ministry|"
                    r"department|board|commission|council|committee|airline|carrier|"
                    r"insurer|retailer|utility|publisher|association))(?=,|\s+[a-z])")
# Plural groups "they" continues: "The companies said ... . They said they expect ...".
_THINGS = re.compile(r"^(?:(?:But|And|So|Then|Meanwhile|However),?\s+)?(?P<name>[Tt]he\s+"
                     r"(?:[\w.'-]+\s+){0,3}?(?:companies|concerns|firms|banks|units|makers|"
                     r"groups|agencies|governments|unions|airlines|carriers|insurers|"
                     r"officials|analysts|investigators|lawyers|authorities|rebels|"
                     r"leaders|negotiators|ministers|relatives|shares|countries|nations|"
                     r"two sides|allies))(?=,|\s+[a-z])")
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019]*\s+")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Rep|Sen|Gov|Inc|Corp|Co|Jr|Sr|Lt|Col|"
                           r"Vt|Ala|Calif|Fla|Ill|Mass|Mich|Wash|No)|\b[A-Z])$")
_NOT_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December", "Monday", "Tuesday",
              "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
              "Yesterday", "Tomorrow", "Now", "In", "On", "At", "For", "After", "Before",
              "When", "While", "Although", "If", "As", "Since", "Until", "During", "This",
              "That", "These", "Those", "There", "It", "He", "She", "They", "We", "I"}
BEFORE_CHARS = 600


def previous_subject(pronoun: Any, text: str, start: int) -> str:
    """The subject that the sentence before `start` in `text` opens with, when the subject
    pronoun `pronoun` that opens the sentence at `start` can stand for it; else "".

    "they": a plural group ("The companies", "The two banks"); "he"/"she": a name with a
    title or a first name, not a company, not titled as the
    other sex; "it": a company named so in the document or "the company", "the bank" ...
    """
    word = pronoun.lower_
    head = pronoun.head
    speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None) \
        if head.dep_ == "ccomp" else None
    if speaker is not None and speaker.lower_ == word:
        pronoun = speaker  # "They said they expect": the same "they" as the speaker
    if word not in ("he", "she", "it", "they") or not _opens_sentence(pronoun):
        return ""
    sentence = _sentence_before(text, start)
    if not sentence or sentence[0] in "\"'`\u201c\u2018(":
        return ""  # a quotation's speaker is no subject to continue
    if word == "they":
        group = _THINGS.match(sentence)
        return group.group("name") if group is not None else ""
    match = _OPENING.match(sentence)
    if word == "it":
        thing = _THING.match(sentence)
        if thing is not None:
            return thing.group("name")
        if match is None or match.group("title"):
            return ""
        name = match.group("name")
        return name if _is_company(name.split()[-1], text) else ""
    if match is None:
        return ""
    name, title = match.group("name"), match.group("title") or ""
    words = name.split()
    if words[0] in _NOT_NAMES or set(w.lower() for w in words) & ORGANIZATION_WORDS \
            or _is_company(words[-1], text):
        return ""
    other = ("Mr", "King", "Prince") if word == "she" else ("Mrs", "Ms", "Miss", "Queen")
    if title in other or re.search(rf"\b(?:{'|'.join(other)})\.? {re.escape(words[-1])}\b",
                                   text):
        return ""
    if not title and len(words) < 2 and re.search(
            rf"\b(?:{_TITLE}|{_WORD}\s+){re.escape(words[-1])}\b", text) is None:
        return ""  # a bare word may be a place or a thing: "Cuba has ..."
    return f"{title}. {name}" if title in ("Mr", "Mrs", "Ms", "Dr") else \
        f"{title} {name}".strip()


def _opens_sentence(pronoun: Any) -> bool:
    """The pronoun is the main clause's subject and only an opening phrase comes before
    it ("Then yesterday, he tried ...")."""
    head = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or head.dep_ != "ROOT":
        return False
    before = [t for t in pronoun.sent if t.i < pronoun.i and not t.is_punct]
    if before and all(t.dep_ in ("advmod", "npadvmod") and t.head.i == head.i
                      for t in before):
        return True  # "Yesterday it closed at $4.375"
    return not before or any(t.is_punct and t.i == pronoun.i - 1 for t in pronoun.sent) \
        and not any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "dobj")
                    for t in before)


def _sentence_before(text: str, start: int) -> str:
    """The sentence of `text` that ends right before `start`, as written."""
    before = text[max(0, start - BEFORE_CHARS):start].rstrip()
    cut = 0
    for boundary in _BOUNDARY.finditer(before[:-1]):
        if not _ABBREVIATION.search(before[:boundary.start()]):
            cut = boundary.end()
    return " ".join(before[cut:].split())
