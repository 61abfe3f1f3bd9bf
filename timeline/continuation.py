"""Whom a pronoun that opens a sentence continues: the subject the sentence before opens with.

"James Kopp, 44, of St. Albans, Vt., became the subject of a manhunt. He was charged
Thursday ..." → "Kopp was charged". Only sentences holding a date are parsed, so the
sentence before is read as written (its stop not one of "Oct." or "Corp."). A word that stands for part of a group ("Securities
analysts were cautious. Some had predicted ...") takes that group's noun: "Some securities
analysts had predicted ...".
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

import re
from typing import Any

from timeline.eventwords import REPORTING
from timeline.kinds import (ABBREVIATED_TITLES, COMPANY_SUFFIXES, FEMALE_NOUNS, FEMALE_TITLES,
                            FUNCTION_WORDS, MALE_NOUNS, MALE_TITLES, NAME_TITLES,
                            ORGANIZATION_WORDS, PERSON_NOUNS, PERSON_TITLES, is_company,
                            is_titled, is_untitled)
from timeline.lexicon import (MONTH_NAMES, MONTHS, NARRATIVE_DIRS, UNIT_CODES,
                              WEEKDAY_NAME)

# Words that stand for some of a group named before them ("Some had predicted").
PARTITIVES = {"some", "many", "most", "others", "several"}
# Words before a group's noun that a partitive replaces: "[The] analysts" → "Some analysts".
GROUP_DETERMINERS = {"the", "these", "those", "some", "many", "most", "several", "all"}
BEFORE_CHARS = 600
# The possessive of each subject pronoun: what "they" owns is "their".
_OWN = {"he": "his", "she": "her", "it": "its", "they": "their"}
# What a quotation (or an aside) opens with: its sentence continues no subject.
_OPENING_MARKS = frozenset("\"'`\u201c\u2018(")
_CONJUNCTION = r"^(?:(?:But|And|So|Then|Meanwhile|However|Still|Yet),?\s+)?"
_TITLE = rf"(?P<title>{'|'.join(NAME_TITLES)})\.?\s+"
_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
# A subject is followed by a comma (an aside) or by a lower-case word (its verb).
_ENDS = r"(?=,|\s+[a-z])"
# Words of a title before a name: "Israeli Prime Minister [Benjamin Netanyahu] says".
# (News writes a title after a place in lower case, and may open with a day before it:
# "Yesterday New York governor George Pataki toured ...".)
_TITLE_WORDS = "|".join(sorted(v for w in PERSON_TITLES if w.isalpha()
                               for v in (w.capitalize(), w)))
_OPENING = re.compile(rf"{_CONJUNCTION}(?:{_TITLE})?"
                      rf"(?:(?:[A-Z][a-z]+\s+){{0,3}}(?:{_TITLE_WORDS})\s+)?"
                      rf"(?P<name>{_WORD}(?:\s+(?:[A-Z]\.\s+)?{_WORD}){{0,2}}){_ENDS}")
# Where a subject read from the raw text ends: a comma (an aside) or its verb, a word in
# "-s" or "-ed", an auxiliary or a common irregular past ("The extrusion unit [produces]").
_VERB = (r"(?=,|\s+(?:[a-z]+(?:ed|s)|is|are|was|were|has|have|had|will|would|can|could|"
         r"may|might|must|should|did|do|also|still|now|said|made|took|gave|became|began|"
         r"went|came|got|held|left|told|saw|found|brought|kept|rose|fell|won|lost|paid|sold|"
         r"bought|set|put|cut|led|met|sent|spent|thought|knew|grew|flew|chose|spoke|broke)\b)")
# A singular thing "it" continues: "The extrusion unit", "Its stock", "The Southern
# Poverty Law Center", "The 486" (its last word no plural: not "-s" but "-ss").
_THING = re.compile(rf"{_CONJUNCTION}(?P<name>(?:[Tt]he|Its)\s+(?:[\w.'-]+\s+){{0,3}}?"
                    rf"[\w'-]*(?:ss|[A-Za-z0-9](?<!s))){_VERB}")
# A singular thing a sentence opens with, with "a": "[A C$30-a-share bid] by Ciba-Geigy".
_INDEFINITE = re.compile(rf"{_CONJUNCTION}An?\s+(?P<name>(?:[\w$.'-]+\s+){{0,2}}?"
                         r"(?P<noun>[a-z][\w'-]*(?:ss|[a-z](?<!s))))(?=\s+(?:by|of|for|from|"
                         r"to|with|on|was|is|has|had|will)\b|,)")
# Words of "a" phrases that name no thing "it" can stand for: a stretch of time ("A year
# earlier, ...", "A couple of weeks ago") or an amount of what its "of" names ("A number
# of analysts", "A total of 300 workers").
_NO_THING = {*UNIT_CODES, *(u + "s" for u in UNIT_CODES), *NARRATIVE_DIRS, "ago",
             "couple", "number", "total", "lot", "few", "handful", "pair", "dozen", "score",
             "majority", "minority", "bit", "series", "variety", "range", "host", "share",
             "fraction", "portion", "percentage", "half", "third", "quarter", "while", "time"}
# Plural nouns of groups, which may follow any modifier: "The oil companies", "Securities
# analysts" (another plural only right after "the", a number or a name: "The companies",
# "The two banks", "The U.S. negotiators", never "The company [says]").
_GROUPS = (r"companies|concerns|firms|banks|units|makers|groups|agencies|governments|unions|"
           r"airlines|carriers|insurers|officials|analysts|investors|traders|economists|"
           r"experts|executives|investigators|lawyers|authorities|rebels|leaders|"
           r"negotiators|ministers|relatives|shares|countries|nations|sides|allies|"
           r"diplomats|police|protesters|troops|workers|doctors|residents")
# A group's plural opening the sentence, capitalized: "[Investigators] have been searching".
_OPENING_GROUPS = "(?<![\\w\\s])(?:" + "|".join(
    w.capitalize() for w in _GROUPS.replace("\n", "").split("|")) + ")"
# Plural groups of persons named inside a sentence, in lower case: "the day before
# [authorities] issued a warrant".
_PEOPLE_WORDS = re.compile(r"(?<=\s)(?:officials|analysts|investors|traders|economists|"
                           r"experts|executives|investigators|lawyers|authorities|rebels|"
                           r"negotiators|diplomats|police|protesters|troops|workers|"
                           r"residents|doctors|relatives)\b")
_NUMBERS = r"two|three|four|five|six|seven|eight|nine|ten|both"
# Verbs in "-s" that follow a singular subject ("The Senate [was]", "The Fed [has]").
_VERB_IN_S = r"(?:has|was|is|does|says|goes)"
_GROUP = re.compile(
    rf"{_CONJUNCTION}(?P<name>(?:The|These|Those)\s+(?:(?:[A-Z][\w.'-]*|{_NUMBERS})\s+)"
    rf"{{0,3}}(?:(?!{_VERB_IN_S}\b)[A-Za-z][\w'-]*[a-z](?<!s)s|{_NUMBERS})"
    rf"|(?:(?:The|These|Those)\s+(?:[\w.'-]+\s+){{0,3}}?|(?:[A-Z][a-z-]+\s+)?"
    rf"(?:[a-z-]+\s+)?)(?:{_GROUPS})|{_OPENING_GROUPS}){_ENDS}")
# Nouns of persons, whom "it" does not continue.
_PEOPLE = PERSON_TITLES | PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS
# Persons a name's possessive may open with, whom a "he" may mean ("Kopp's lawyer", "Smith's
# bodyguard", "his campaign manager", "his chief of staff"): a noun of a person of the
# tables, one of kin or company, or one an ending of doers makes ("-er", "-ist", "-ant",
# "-guard", "-man"). A thing such an ending also makes ("career") only keeps the pronoun.
_COMPANIONS = {"aide", "colleague", "deputy", "family", "children", "relatives", "associate",
               "chief", "staff", "spouse", "wife", "husband", "son", "daughter", "kin"}
_DOER = re.compile(r"(?:er|or|ist|ant|(?<!m)ent|ee|ian|guard|man|men)s?$")
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019]*\s+")
# Words whose stop ends no sentence: titles, company words, states, months ("Oct. 23").
_MONTHS = [m.capitalize() for m in MONTHS if len(m) < 5 and m not in MONTH_NAMES]
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{'|'.join([*ABBREVIATED_TITLES, *COMPANY_SUFFIXES, *_MONTHS])}|St|Jr|Sr|No|Bros|"
    r"Vt|Ala|Calif|Fla|Ill|Mass|Mich|Wash)|\b[A-Z])$")
# A company's suffix ends a sentence when a word that starts one follows it.
_SUFFIX_END = re.compile(rf"\b(?:{'|'.join(COMPANY_SUFFIXES)})$")
_STARTER = re.compile(r"(?:The|It|He|She|They|But|And|In|A|This|That|These|Those)\b")
# A sentence of "there" with a plural subject, a group "of" a named whole: "There were 12
# original members of NATO". Its subject is the noun after the verb; "it" cannot stand
# for that plural, but for the singular whole its "of" names (as `antecedent` reads "it"
# of "copies of the rifle" within a sentence).
_EXISTENTIAL = re.compile(
    rf"{_CONJUNCTION}There\s+(?:are|were|have\s+been|had\s+been)\s+(?:[\w.'-]+\s+){{0,3}}?"
    rf"[a-z][\w'-]*[a-z]s\s+of\s+(?P<name>(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)"
    rf"{{0,3}})(?=[\s,.;:])")
# A sentence that reports what someone says: "But analysts say [Sansui is ...]".
_REPORTED = re.compile(rf"{_CONJUNCTION}(?P<sayer>[\w.'-]+(?:\s+[\w.'-]+){{0,3}}?)\s+"
                       r"(?:say|says|said|believe|believes|think|thinks)\s+(?:that\s+)?"
                       r"(?P<rest>[A-Z].*)")
# Where a second clause of a sentence begins: "Poland has been sensitive, [and] Geremek".
_CLAUSES = re.compile(r",\s+(?:and|but)\s+|;\s+")
# Where a name may begin inside a sentence: a capitalized word.
_NAME_START = re.compile(r"(?<![\w.'-])(?=[A-Z][a-z])")
# A capitalized word right before another: the second is inside a name ("Anna [Berg]").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'-]*\s+$")
# A sentence's closing stop, read as the end of a name that closes it.
_STOP = re.compile(r"[.!?;:'\"\u201d\u2019]+$")
# Words before a capitalized word that make it a place or thing, not a person named
# inside a sentence: "in New York", "the United States", "of Cuba".
_PLACE_BEFORE = re.compile(r"\b(?:the|in|at|to|from|of|into|near|across|for|on|a|an|"
                           r"by|with|toward|towards|outside|inside|throughout)\s+$", re.I)
_NOT_NAMES = {m.capitalize() for m in MONTH_NAMES} | set(WEEKDAY_NAME.split("|")) \
    | FUNCTION_WORDS | {"Today", "Yesterday", "Tomorrow", "Now", "Although", "Until",
                        "During", "These", "Those", "There", "It", "He", "She", "They", "We",
                        "I", "So", "Then", "Meanwhile", "However", "Still", "Yet"}


def previous_subject(pronoun: Any, text: str, start: int) -> str:
    """The subject that the sentence before `start` in `text` opens with, when the subject
    pronoun `pronoun` that opens the sentence at `start` can stand for it; else "".

    "they": a plural group ("The companies", "The two banks"); "he"/"she": a name with a
    title or a first name, not a company, not titled as the other sex; "it": a company
    named so in the document or a singular "the ..." or "its ..." subject; "some",
    "many", "others" ...: that many of a plural group ("Some securities analysts").
    """
    word = pronoun.lower_
    root = pronoun.sent.root
    opener = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next(t for t in pronoun.sent if not t.is_punct)
    if first.lower_ in ("and", "but", "so", "yet"):  # "And while she maintains ..., she"
        first = next((t for t in pronoun.sent if t.i > first.i and not t.is_punct), first)
    if first.dep_ == "mark" and first.head.dep_ == "advcl":
        first = next((c for c in first.head.children if c.dep_ == "nsubj"), first)
    opens = _opens_sentence(pronoun)
    for same in (opener, first):
        if same is not None and same.lower_ == word and same.i < pronoun.i \
                and same.dep_ in ("nsubj", "nsubjpass"):
            pronoun, opens = same, True  # "They said they expect", "It has said ...;
            # currently it controls": the same pronoun later in the sentence is the same one
    if word not in {"he", "she", "it", "they"} | PARTITIVES or not opens:
        return ""
    sentence = sentence_before(text, start)
    if word in ("he", "she") and re.match(rf"{_CONJUNCTION}{word.capitalize()}\b", sentence):
        sentence = sentence_before(text, _sentence_start(text, start))  # "Juanita Castro
        # arrived in 1961. She is not certain ... . She frowned": the same one goes on
    if not sentence or sentence[0] in _OPENING_MARKS:
        return _quoted_thing(pronoun, sentence, text)  # a speaker is no subject to continue
    if word == "they" or word in PARTITIVES:
        return _group(word, sentence) or (_only_people(sentence, text) if word == "they"
                                          else "")
    if word == "it":
        return _thing(sentence, text)
    return _person(word, sentence, text) or _only_person(word, sentence, text)


def _quoted_thing(pronoun: Any, sentence: str, text: str) -> str:
    """What a quotation's opening "it" stands for when the sentence before is a quotation
    and this one goes on with no speaker of its own: the singular thing the quoted words
    before open with ("'The new chip is fast,' said Ms. Lee. 'It will lead the market.'")."""
    if pronoun.lower_ != "it" or not sentence or pronoun.i == 0 \
            or pronoun.doc[pronoun.i - 1].text not in _OPENING_MARKS \
            or any(t.lemma_ in REPORTING for t in pronoun.sent):
        return ""
    return _thing(re.split(r"[,.?!]?[\"'\u201d]", sentence[1:], maxsplit=1)[0], text)


def _only_person(word: str, sentence: str, text: str) -> str:
    """The one person `sentence` names anywhere that "he" or "she" (`word`) can stand for,
    when it opens with no such person: "The ordeal has seen Elian catapulted into the
    center of a tug-of-war. He was found ..." → Elian; "" when it names none, two, or a
    person of that sex by a noun ("his father")."""
    nouns = MALE_NOUNS if word == "he" else FEMALE_NOUNS
    if any(w.strip(",.;:'\"").lower() in nouns for w in sentence.split()):
        return ""
    found: dict[str, bool] = {}  # each name that may be a person: after a place word?
    for match in _NAME_START.finditer(sentence):
        before, rest = sentence[:match.start()], _STOP.sub(",", sentence[match.start():])
        name = "" if _NAME_BEFORE.search(before) else \
            _person(word, rest, text) or _first_name(rest, text)
        if name and re.search(rf"\b(?:[Tt]he|[Aa]n?)\s+{re.escape(name.split()[0])}\b", text):
            continue  # the document writes it with an article: no person's name ("Cuban")
        if name:
            found[name] = _PLACE_BEFORE.search(before) is not None
    if len({name.split()[-1] for name in found}) != 1 or any(found.values()):
        return ""  # two people, or a place: "in New Hampshire", "the United States"
    return max(found, key=len)  # "Juanita Castro", not "Castro"


def _first_name(rest: str, text: str) -> str:
    """The one-word name `rest` opens with, when the document writes it before a surname
    as a person's first name ("Manuel returned ..." where "Manuel Gonzalez" is written);
    else ""."""
    match = _OPENING.match(rest)
    name = match.group("name") if match is not None and not match.group("title") else ""
    if not name or " " in name or name in _NOT_NAMES or "'" in name:
        return ""
    full = re.search(rf"\b{re.escape(name)}\s+(?P<surname>{_WORD})\b(?!\s+[A-Z])", text)
    return name if full is not None and not is_company(full.group("surname"), text) \
        and not set(full.group(0).lower().split()) & ORGANIZATION_WORDS else ""


def previous_opener(word: str, text: str, start: int) -> str:
    """The subject the sentence before `start` in `text` opens with, when the subject
    pronoun `word` ("he", "she", "it", "they") can stand for it, as `previous_subject`
    reads it; for an object pronoun of a sentence that names nothing it can stand for
    ("Kopp fled in October. Police arrested him Thursday")."""
    sentence = sentence_before(text, start)
    if not sentence or sentence[0] in _OPENING_MARKS:
        return ""
    if word == "they":
        return _group(word, sentence)
    return _thing(sentence, text) if word == "it" else _person(word, sentence, text)


def previous_person(pronoun: Any, text: str, start: int) -> str:
    """The person the sentence before `start` opens with, whom the speaker pronoun
    `pronoun` ("he", "she") of a quotation opening its sentence continues: "Mr. Swavely
    spoke of Europe. 'We would not be surprised ...,' he said"; else ""."""
    if pronoun.lower_ not in ("he", "she") or pronoun.sent.text.lstrip()[:1] not in _OPENING_MARKS:
        return ""
    sentence = sentence_before(text, start)
    if not sentence or sentence[0] in _OPENING_MARKS:
        return ""
    return next((name for clause in _CLAUSES.split(sentence)
                 if (name := _person(pronoun.lower_, clause, text))), "") \
        or _only_person(pronoun.lower_, sentence, text)  # "The head of the FBI
    # investigation, Kenneth Piernick, said ... . 'Right now my evidence is scant,' he said"


def _group(word: str, sentence: str) -> str:
    """The plural group `sentence` opens with, as "they" (`word`) or a partitive names it."""
    match = _GROUP.match(sentence)
    if match is None:
        return ""
    name = match.group("name")
    if word == "they":
        return name
    words = name.split()
    if words[0].lower() in GROUP_DETERMINERS:
        words = words[1:]
    elif words[0][1:].islower():
        words[0] = words[0].lower()  # capitalized only as the sentence's first word
    lead = "Other" if word == "others" else word.capitalize()
    return " ".join([lead, *words]) if words else ""


def _only_people(sentence: str, text: str) -> str:
    """The one plural of persons `sentence` names anywhere but at its opening, which "they"
    opening the next one continues: "He was last seen Nov. 3, the day before authorities
    issued a warrant. Until Thursday, they had not called Kopp a suspect" →
    "Authorities"; "" for none or two, or when the sentence opens with no single one, who
    cannot be "they" ("Prices rose as traders bought. They closed higher": the prices)."""
    if not re.match(rf"{_CONJUNCTION}(?:He|She|It)\b", sentence) \
            and not _person("he", sentence, text) and not _THING.match(sentence):
        return ""
    found = {m.group(0).lower() for m in _PEOPLE_WORDS.finditer(sentence)}
    return found.pop().capitalize() if len(found) == 1 else ""


def _thing(sentence: str, text: str) -> str:
    """The singular thing `sentence` opens with that "it" can stand for; after a plural
    or a person that says it, the subject of what they say ("But analysts say Sansui is a
    special case. It expects a loss": no analysts are "it")."""
    reported = _REPORTED.match(sentence)
    sayer = reported.group("sayer") if reported is not None else ""
    if reported is not None and (sayer.lower() in ("he", "she", "they")
                                 or _GROUP.match(sayer + " said")
                                 # capitalized only as the sentence's first word
                                 or _GROUP.match(sayer[:1].lower() + sayer[1:] + " said")):
        sentence = reported.group("rest")
    thing = _THING.match(sentence)
    if thing is not None and thing.group("name").split()[-1].lower() not in _PEOPLE:
        return thing.group("name")  # not "The spokesman"
    match = _OPENING.match(sentence)
    name = match.group("name") if match is not None and not match.group("title") else ""
    if name and name.split()[0] not in _NOT_NAMES and (is_company(
            name.split()[-1], text) or " " not in name and is_untitled(name, text)):
        return name
    some = _INDEFINITE.match(sentence)
    if some is not None and some.group("noun").lower() not in _PEOPLE \
            and not {w.lower() for w in some.group("name").split()} & _NO_THING:
        return f"The {some.group('name')}"  # "A C$30-a-share bid by Ciba-Geigy ... was
        # extended. It had been due to expire": what was "a bid" is "the bid" after
    whole = _EXISTENTIAL.match(sentence)
    name = whole.group("name") if whole is not None else ""
    if not name or name.split()[0].rstrip(".") in NAME_TITLES:
        return _person_company(sentence, text)  # "three sons of Mr. Smith": no "it"
    return name[:1].upper() + name[1:]


def _person_company(sentence: str, text: str) -> str:
    """The one company a sentence that opens with a person names, which "it" continues:
    "He took Polly Peck, once a small wholesaler, and built a conglomerate. In September,
    it announced plans" → Polly Peck (a person is no "it"); else ""."""
    if not re.match(rf"{_CONJUNCTION}(?:He|She)\b", sentence) \
            and not _person("he", sentence, text) and not _person("she", sentence, text):
        return ""
    found: dict[str, str] = {}  # each company by its last word, its longest name
    for start in _NAME_START.finditer(sentence):
        match = _OPENING.match(sentence[start.start():])
        name = match.group("name") if match is not None and not match.group("title") else ""
        last = name.split()[-1] if name else ""
        if name and name.split()[0] not in _NOT_NAMES and is_company(last, text):
            found[last] = max(found.get(last, ""), name, key=len)
    return next(iter(found.values())) if len(found) == 1 else ""


def _person(word: str, sentence: str, text: str) -> str:
    """The person `sentence` opens with that "he" or "she" (`word`) can stand for."""
    match = _OPENING.match(sentence)
    if match is None:
        return ""
    name, title = match.group("name"), match.group("title") or ""
    if name.endswith("'s"):  # "Kopp's whereabouts remain unknown. He was last seen": the
        if _owns_person(sentence[match.end():]):  # owner, not a lawyer or wife he has
            return ""
        name = name[:-2]
    words = name.split()
    if words[0] in _NOT_NAMES or set(w.lower() for w in words) & ORGANIZATION_WORDS \
            or is_company(words[-1], text):
        return ""
    other = MALE_TITLES if word == "she" else FEMALE_TITLES
    if title in other or is_titled(words[-1], text, other):
        return ""
    if not title and len(words) < 2 and (is_untitled(words[-1], text) or re.search(
            rf"\b{re.escape(name.lower())}\b", text)):
        return ""  # a bare word may be a place or a thing: "Cuba has ...", "In Poland";
        # one the text writes in lower case too is a noun: "Investigators have been"
    return f"{title}. {name}" if title in ("Mr", "Mrs", "Ms", "Dr") else \
        f"{title} {name}".strip()


def _owns_person(rest: str) -> bool:
    """Whether what a possessive owns (`rest`, the words after it up to its verb) may be a
    person: "bodyguard fled", "chief of staff fled", not "whereabouts remain"."""
    owned = re.match(rf"(?:[\w'-]+\s+){{0,3}}?[\w'-]+{_VERB}", rest.strip())
    words = (owned.group(0) if owned is not None else rest).split()[:4] or [""]
    return any(w in _PEOPLE | _COMPANIONS or w.rstrip("s") in _PEOPLE | _COMPANIONS
               or _DOER.search(w) is not None
               for w in (w.lower().rstrip(",") for w in words))


def _opens_sentence(pronoun: Any) -> bool:
    """The pronoun is the main clause's subject and only an opening phrase comes before
    it ("Then yesterday, he tried ...", "With their membership secure, they": a phrase
    whose nouns are the pronoun's own names no one else)."""
    head = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or head.dep_ != "ROOT":
        return False
    before = [t for t in pronoun.sent if t.i < pronoun.i and not t.is_punct]
    opening = {t.i for c in head.children if c.dep_ in ("advmod", "npadvmod")
               and c.i < pronoun.i for t in c.subtree}
    if before and all(t.i in opening for t in before):
        return True  # "Yesterday it closed at $4.375", "More recently it has followed"
    own = _OWN.get(pronoun.lower_)
    return not before or any(t.is_punct and t.i == pronoun.i - 1 for t in pronoun.sent) \
        and not any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "dobj")
                    and not any(c.dep_ == "poss" and c.lower_ == own for c in t.children)
                    for t in before)  # "With [their] membership secure, they": theirs


def sentence_before(text: str, start: int) -> str:
    """The sentence of `text` that ends right before `start`, as written."""
    opening = _sentence_start(text, start)
    return " ".join(text[opening:start].split())


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence of `text` that ends right before `start` begins."""
    offset = max(0, start - BEFORE_CHARS)
    before = text[offset:start].rstrip()
    cut = 0
    for boundary in _BOUNDARY.finditer(before[:-1]):
        if not _ABBREVIATION.search(before[:boundary.start()]) or _SUFFIX_END.search(
                before[:boundary.start()]) and _STARTER.match(before[boundary.end():]):
            cut = boundary.end()  # "... by Sterling Inc. The companies said ..."
    return offset + cut
