"""What a name is, read from the parse's tags and the document's own text: a person ("Mr.
Weil", "Fidel Castro", "the commander") or a company, body or place ("Intel Corp.",
"Paribas", "North Korea"). No entity recognizer runs (the pipeline leaves it out for speed).
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

import re
from typing import Any, Callable

# Titles written before a name that tell its sex ("Mr. Weil", "Queen Noor"), and the
# abbreviated titles of either sex ("Dr. Slepian", "Gen. Schwarzkopf"), whose stop ends
# no sentence; all the titles a name is read past ("President Boris Yeltsin").
MALE_TITLES = ("Mr", "King", "Prince")
FEMALE_TITLES = ("Mrs", "Ms", "Miss", "Queen")
ABBREVIATED_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Rep", "Sen", "Gov", "Col", "Lt", "Adm",
                      "Rev")
NAME_TITLES = tuple(dict.fromkeys((*ABBREVIATED_TITLES, *MALE_TITLES, *FEMALE_TITLES,
                                   "President", "Judge", "Justice")))
MALE = {t.lower() for t in MALE_TITLES} | {"mr.", "sir", "lord", "pope", "father", "brother",
                                           "duke"}
FEMALE = {t.lower() for t in FEMALE_TITLES} | {"mrs.", "ms.", "princess", "lady", "madame",
                                               "sister", "duchess"}
# What a noun is as a predicate of another, naming no one else: "calling the mother an
# excellent [girl]", "she is a [mother] of three".
PREDICATES = {"oprd", "attr", "appos"}
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
# Nouns of a person of either sex: "a friend of Rabin's assassin said she regretted".
PERSON_NOUNS = {"friend", "witness", "resident", "victim", "survivor", "worker", "employee",
                "member", "activist", "critic", "expert", "economist", "doctor", "nurse",
                "teacher", "student", "pilot", "passenger", "driver", "soldier", "candidate",
                "official", "investor", "trader"}
# Words that make a phrase a company, body or place.
ORGANIZATION_WORDS = {
    "corp", "corp.", "inc", "inc.", "co", "co.", "cos", "cos.", "ltd", "ltd.", "plc", "ag",
    "group", "bank", "association", "service", "department", "ministry", "agency", "party",
    "committee", "council", "court", "company", "government", "union", "organization",
    "board", "commission", "office", "police", "army", "industries", "systems", "airlines",
    "fund", "trust", "exchange", "institute", "university", "administration", "federation",
    "securities"}  # "Pine, Hill Securities": a firm, no "he"
# Capitalized words before a name that are no first name or title: "The Paribas offer".
FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "For", "By", "To", "From", "With",
                  "Of", "And", "But", "Or", "As", "If", "When", "After", "Before", "Since",
                  "That", "This", "Under", "Against", "Like", "Unlike", "While"}
# A company's abbreviated suffix ("Intel Corp."), whose stop ends no sentence but may
# end one; the words after a name that make it a company.
COMPANY_SUFFIXES = ("Corp", "Inc", "Co", "Cos", "Ltd")
_SUFFIX = rf"(?:{'|'.join(COMPANY_SUFFIXES)}|PLC|Group|Bank|Industries|Association|Systems)\b"


def is_person(head: Any, phrase: set[str], text: str, female: bool) -> bool:
    """A name that "he" (or "she", `female`) can stand for: a proper name with no company
    word, not titled as the other sex here or elsewhere in the document."""
    if head.pos_ == "NOUN":  # "The top commander of a resistance force said he ..."
        if head.lower_ in (FEMALE_NOUNS if female else MALE_NOUNS):
            return not phrase & ORGANIZATION_WORDS  # "the boy's mother said she"
        other_sex = head.lower_.endswith("woman") if not female else \
            head.lower_.endswith("man") and not head.lower_.endswith("woman")
        return head.lower_ in PERSON_TITLES | PERSON_NOUNS and not other_sex \
            and not phrase & ORGANIZATION_WORDS
    if head.pos_ != "PROPN" or phrase & ORGANIZATION_WORDS or is_company(head.text, text):
        return False
    other = MALE if female else FEMALE
    if phrase & other:
        return False
    return not is_titled(head.text, text, MALE_TITLES if female else FEMALE_TITLES)


def is_thing(head: Any, phrase: set[str], text: str) -> bool:
    """A singular that "it" can stand for: a common noun ("the company"), or a name that is
    a company, body or place rather than a person."""
    if phrase & (PERSON_TITLES | PERSON_NOUNS):
        return False  # "The official said it will cut": the official is no "it"
    if head.tag_ == "NN":
        return True
    if head.tag_ == "NNPS" and not (phrase & ORGANIZATION_WORDS or has_name(head)):
        return False
    if head.pos_ != "PROPN":
        return False
    if is_titled(head.text, text, (*MALE_TITLES, *FEMALE_TITLES)):
        return False  # "Mr. Weil"
    return bool(phrase & ORGANIZATION_WORDS) or is_company(head.text, text) \
        or head.text.isupper() and len(head.text) > 1 \
        or has_name(head) or is_untitled(head.text, text)


def per_text(answer: Callable[[str, str], bool]) -> Callable[[str, str], bool]:
    """`answer(name, text)`, a search of the whole text, remembered for the last text asked
    about (the same object, not an equal one): a document asks it of the same name once a
    sentence, which made long texts quadratic. Only one text is held; a tuple is swapped
    whole, so a thread never reads another text's answers."""
    last: list[tuple[str, dict[str, bool]]] = [("", {})]

    def remembered(name: str, text: str) -> bool:
        held, answers = last[0]
        if held is not text:
            answers = {}
            last[0] = (text, answers)
        if name not in answers:
            answers[name] = answer(name, text)
        return answers[name]

    remembered.__doc__ = answer.__doc__
    return remembered


def is_titled(name: str, text: str, titles: tuple[str, ...]) -> bool:
    """Whether the document gives `name` one of `titles` ("Mr", "Mrs"...): "Mr. Weil"."""
    return re.search(rf"\b(?:{'|'.join(titles)})\.? {re.escape(name)}\b", text) is not None


@per_text
def is_untitled(name: str, text: str) -> bool:
    """Whether the document never gives the one-word name `name` a title or a first name,
    as news does a person's ("Fidel Castro", "Mr. Weil"): then it names a company, body or
    place ("Paribas said Monday that it intends to bid")."""
    for match in re.finditer(rf"\b([A-Z][\w.]*)\s+{re.escape(name)}\b", text):
        if match.group(1) not in FUNCTION_WORDS \
                and match.group(1).rstrip(".") not in COMPANY_SUFFIXES:  # "Corp. International"
            return False  # "Fidel Castro", "Mr. Weil", "Banque Paribas": maybe a person
    return True


def is_surname(token: Any, text: str) -> bool:
    """A capitalized word the parse takes for a plural ("Howes had been working") that the
    document writes after a first name ("Christopher Howes") and never in lower case: a
    person's name."""
    return bool(token.tag_ == "NNS" and token.text.istitle() and not is_untitled(
        token.text, text) and re.search(rf"\b{re.escape(token.lower_)}\b", text) is None)


def has_name(head: Any) -> bool:
    """A name of several words: "North Korea", "Dow Jones", "Ogden Projects"."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


@per_text
def is_company(name: str, text: str) -> bool:
    """Whether the document names `name` as a company: "Intel Corp.", "Unisys Inc."."""
    return re.search(rf"\b{re.escape(name)}(?:[ -][A-Z][\w&.-]*){{0,3}} {_SUFFIX}", text) \
        is not None


def has_other_person(pronoun: Any, candidate: Any) -> bool:
    """Whether the sentence names, outside the candidate's phrase, a person of the
    pronoun's sex by a common noun: then "she" may be that mother, not the speaker. A noun
    told by the pronoun's own possessive ("The boy was placed with his great-uncle, but
    the INS ruled he must be returned") names that person's kin: the "his" already points
    to the one the pronoun goes on with (not one after it: "since he arrived, and he
    insisted his son wants": the son may be the "he")."""
    nouns, own_possessive = (FEMALE_NOUNS, "her") if pronoun.lower_ == "she" \
        else (MALE_NOUNS, "his")
    own = {t.i for t in candidate.subtree} | {  # "he must be returned to his father":
        t.i for t in pronoun.head.subtree}  # no noun of his own clause is "he"
    return any(t.lower_ in nouns and t.i not in own and t.dep_ not in PREDICATES
               and not (t.i < pronoun.i and any(
                   c.dep_ == "poss" and c.lower_ == own_possessive for c in t.children))
               for t in pronoun.sent)  # "calling the mother [an excellent girl]": no other


def is_listed_modifier(noun: Any) -> bool:
    """Whether a plural is the first of a list of modifiers that the parse took for a noun
    with a singular apposition: "The giant [foods], tobacco and brewing company said it"
    is one company."""
    return noun.tag_ == "NNS" and noun.i + 1 < len(noun.doc) \
        and noun.doc[noun.i + 1].text == "," and any(
        c.dep_ == "appos" and c.tag_ == "NN" and c.i > noun.i + 1
        and any(t.dep_ == "cc" for t in c.subtree) for c in noun.children)
