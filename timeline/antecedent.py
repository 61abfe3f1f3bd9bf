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

The headline's subject phrase is built here too (`subject_phrase`); how the finished
headline names who it is about is `timeline.naming`.
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Iterator

from timeline.clause import MAX_CLIMB, base_form, is_dummy, is_happening_it, is_saying
from timeline.eventwords import REPORTING, TOLD
from timeline.kinds import (FEMALE_TITLES, MALE_TITLES, PERSON_NOUNS, PERSON_TITLES,
                            has_other_person, is_person, is_surname, is_thing, is_titled)
from timeline.lexicon import MONTH_NAMES, WEEKDAY_NAME
from timeline.listsubject import ends_list, owner_phrase, subject_list  # "A, B and C planned"
from timeline.phrase import OWNERS, SUBJECT_WORDS, has_to, name_phrase, noun_phrase
from timeline.referent import (inverted_subject, joined_subject, misparsed_name, of_other_number,
                               participle_owner, relative_head, tagged_subject)
from timeline.wording import QUOTE_MARKS, RELATIVE_PRONOUNS

# Prepositions whose gerund the subject did not do: "prohibited [from] organizing".
NOT_DONE = {"from", "without", "against", "instead", "despite"}
# Names of months and days, which no "he" or "she" stands for.
CALENDAR_NAMES = {*MONTH_NAMES, *WEEKDAY_NAME.lower().split("|")}
# Plurals of persons whose singular no table holds: "they" may stand for them.
PEOPLE = {"people", "authorities", "police", "investigators", "relatives", "officials",
          "workers", "residents", "protesters", "rebels", "troops", "leaders", "lawyers"}
# Quantifiers that can follow the plural they count: "The banks each will adopt".
FLOATING = {"each", "both", "all"}
# Adverbs of time that make a participle before a noun a happening of its own ("recently
# passed"), unlike those of manner or degree ("widely used", "wholly owned").
TIME_ADVERBS = {"recently", "newly", "previously", "formerly", "lately", "once", "just",
                "earlier", "already"}


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
    above = [sayer] if sayer is not None else [*_subjects_above(verb), *_subjects_before(
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
    nouns = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")
             and t.dep_ not in ("compound", "poss") and t.lower_ not in CALENDAR_NAMES]
    if any(t.dep_ == "conj" for t in nouns):  # ("In January, ... Howes": no month is "he")
        return None  # "the family of Howes and his brother": either may be meant
    found = [t for t in nouns if _can_stand_for(pronoun, t, text)]
    return found[0] if len(found) == 1 else None


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


def _nearest_subject(verb: Any) -> Any:
    """The verb's subject: of two the parse gives it, the one nearest before it when a
    comma opens it and it runs up to the verb, since a clause has one and the earlier noun
    is a phrase set off before it ("In the year-ago quarter, [the second quarter ended
    Oct. 31], Service Corp. had a loss"); not one with a relative word, which opens a
    relative clause ("Those withdrawals, [most of which] were transferred"). An apposition
    a comma opens and none closes before the verb is its subject, not an aside ("Oshkosh
    Truck Corp., Oshkosh, Wis., [estimated earnings for its quarter] fell"). Neither when
    "a" or "an" opens it: that describes the subject before it though the closing comma is
    left out ("Mary Jones, 52, [a teacher from Ohio] died")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:  # the nearest opens after a comma and runs up to the verb
        last, doc = before[-1], verb.doc
        start, end = min(t.i for t in last.subtree), max(t.i for t in last.subtree)
        if start > 0 and doc[start - 1].text == "," and all(
                t.dep_ in ("aux", "auxpass", "neg") for t in doc[end + 1:verb.i]) \
                and not any(t.tag_ in ("WDT", "WP", "WP$") for t in last.subtree) \
                and not _describes(last):
            return last
    subject = subjects[0] if subjects else None
    unclosed = next((c for c in subject.children if c.dep_ == "appos" and c.i < verb.i
                     and verb.doc[min(t.i for t in c.subtree) - 1].text == ","
                     and not _describes(c) and _runs_to(c, verb) and not ends_list(c)), None) \
        if subject is not None else None
    return unclosed if unclosed is not None else subject


def _describes(phrase: Any) -> bool:
    """Whether an indefinite article opens `phrase`: "X, a teacher from Ohio" describes X."""
    return phrase.doc[min(t.i for t in phrase.subtree)].lower_ in ("a", "an")


def _runs_to(phrase: Any, verb: Any) -> bool:
    """Whether nothing but auxiliaries stands between the end of `phrase` and `verb`."""
    end = max(t.i for t in phrase.subtree)
    return all(t.dep_ in ("aux", "auxpass", "neg") for t in verb.doc[end + 1:verb.i])


def _dated_participles(noun: Any) -> set[int]:
    """The words of a participle before `noun` that an adverb of time makes a happening of
    its own, told as its own event ("the [recently passed] law"); a participle of manner or
    degree stays ("the widely used drug", "a wholly owned unit")."""
    return {t.i for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" and any(
        a.dep_ == "advmod" and a.lower_ in TIME_ADVERBS for a in c.children)
        for t in c.subtree}


def subject_phrase(verb: Any, skip: set[int], text: str = "") -> set[Any]:
    """The subject's phrase; a relative or personal pronoun's antecedent; a shared or
    governing subject."""
    # a speech tag inside: "The advertisement, said Kelli Conlin, ..., is intended"
    subject = tagged_subject(verb) or _nearest_subject(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        head = relative_head(verb)  # "which": its antecedent
        return noun_phrase(head, skip | _dated_participles(head) | {verb.i}, SUBJECT_WORDS)
    if subject is not None and subject.lower_ in FLOATING and not list(subject.children):
        group = next(_subjects_above(verb), None)  # "the banks ..., when each will adopt"
        if group is not None and group.tag_ in ("NNS", "NNPS"):
            return name_phrase(group, skip) | {subject}  # "The banks each will adopt"
    named = antecedent(subject, verb, text) if subject is not None else None
    if named is not None and subject is not None:  # "Kimotho said he and Bushnell"
        return name_phrase(named, skip) | {t for c in subject.children if c.dep_ in (
            "cc", "conj") for t in c.subtree if t.i not in skip}
    if subject is not None and subject.i in skip and subject.pos_ in ("NOUN", "PROPN"):
        # the date is the subject: "[The latest period] had profit of $4 million"
        return noun_phrase(subject, skip - {t.i for t in subject.subtree}, SUBJECT_WORDS)
    if subject is not None:  # "[Maria, her brothers and some neighbours] planned"
        return subject_list(subject, verb, (skip, SUBJECT_WORDS), noun_phrase)
    named = next((c for c in verb.children if c.i < verb.i and (  # a verb has no modifier
        c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod")), None)  # "[White] heads"
    if named is not None and verb.pos_ in ("VERB", "AUX"):  # "[Kopp] purports to be": a
        return noun_phrase(named, skip, SUBJECT_WORDS)  # verb has no compound; its subject
    dashed = _dashed_subject(verb)
    if dashed is not None:  # "[its new strategy] -- started last month -- will mean"
        return noun_phrase(dashed, skip, SUBJECT_WORDS)
    split = _split_subject(verb)
    if split is not None:  # "Many worried [their efforts to keep the boy] would fail"
        return noun_phrase(split, skip, SUBJECT_WORDS) | {
            t for c in split.children if c.dep_ == "acl" and has_to(c) for t in c.subtree
            if t.i not in skip}
    lost = _lost_subject(verb)
    if lost is not None:  # an infinitive it is listed with: that one's subject
        return subject_phrase(lost, skip, text) if lost.pos_ in ("VERB", "AUX") \
            else noun_phrase(lost, skip, SUBJECT_WORDS)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i \
            and verb.head.pos_ in ("VERB", "AUX"):
        return subject_phrase(verb.head, skip, text)  # "will close Thursday and remain closed"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
            and verb.head.lower_ not in NOT_DONE:  # "acquired ... before throwing"
        above = verb.head.head
        if above.pos_ == "ADJ" and above.dep_ in ("acomp", "oprd"):
            above = above.head  # "was found guilty of driving"
        if above.pos_ in ("VERB", "AUX"):
            return subject_phrase(above, skip, text)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in OWNERS:  # "a bid launched",
        return owner_phrase(participle_owner(verb), verb, (skip, SUBJECT_WORDS), noun_phrase)
    opener = misparsed_name(verb)  # "[White] heads a team", "[Albright], after a flight, is"
    return {opener} if opener is not None and opener.i not in skip else set()


def _lost_subject(verb: Any) -> Any:
    """The subject of a verb that the parse gives none, found where English puts it: the
    antecedent of a relative pronoun a verb of saying takes ("the 500 jobs [that Acme said]
    would be moved"), the infinitive a bare verb is listed with, whose subject it shares,
    the noun after the copula an opening participle is the predicate of ("Leading the
    gains was [its industrial products segment]"), the nouns after the "and" that opens
    the clause ("they took hostage and [police] found the body"); else None."""
    reported = reported_by_relative(verb.head) if verb.dep_ == "ccomp" else None
    if reported is not None and reported.i == verb.i:
        return relative_head(verb.head)
    listed = _listed_infinitive(verb)
    if listed is not None:
        return listed
    inverted = inverted_subject(verb)
    return inverted if inverted is not None else joined_subject(verb)


def _dashed_subject(verb: Any) -> Any:
    """The subject the parse gives to an aside set off by dashes before a verb that has
    none: "its new strategy -- started in some markets last month -- will mean lower
    earnings" (the aside tells of the subject, whose verb is "will mean"); else None."""
    aside = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i
                  and c.tag_ == "VBN"), None)
    if aside is None or not any(t.text in ("--", "\u2014") and t.i < aside.i
                                for t in aside.subtree) \
            or not any(t.text in ("--", "\u2014") for t in verb.doc[aside.i:verb.i]):
        return None
    return next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)


def _split_subject(verb: Any) -> Any:
    """The subject of a clause without one that the parse made the object of the verb
    above: "Many worried [their efforts to keep the boy] would fail today"; else None.
    English gives a finite clause its own subject; the noun right before it is that."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or not any(
            c.dep_ == "aux" and c.tag_ == "MD" or c.tag_ in ("VBD", "VBZ", "VBP")
            for c in [verb, *verb.children]):
        return None
    noun = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if noun is None or max(t.i for t in noun.subtree) + 1 != min(t.i for t in verb.subtree):
        return None
    return noun


def _listed_infinitive(verb: Any) -> Any:
    """The infinitive a bare verb is listed with, which the parse joins to a past tense
    before it instead: "the day belonged to Poland, who have had [to cut] the size of their
    militaries, organize civilian control and agree to buy ..." (a past tense lists no
    plain form); else None."""
    first = verb
    while first.dep_ == "conj" and first.head.dep_ == "conj":
        first = first.head
    head = first.head
    if first.dep_ not in ("conj", "advcl") or first.tag_ != "VB" \
            or head.tag_ not in ("VBD", "VBZ") or any(
                c.dep_ in ("aux", "mark", "nsubj") for c in first.children):
        return None
    return next((t for t in reversed(verb.doc[head.i + 1:first.i]) if t.tag_ == "VB"
                 and t.dep_ == "xcomp" and has_to(t) and t.head.pos_ in ("VERB", "AUX")), None)


def reported_by_relative(verb: Any) -> Any:
    """The clause a relative clause of saying reports, whose subject the relative pronoun
    stands for: "the 500 jobs [that Acme said] would be moved to Mexico", "the hikers [who
    police said] had been missing" (the parse makes the pronoun the saying's object, and
    may hang the reported clause elsewhere, its subject the antecedent); else None."""
    if verb.dep_ != "relcl" or base_form(verb) not in REPORTING or not any(
            c.dep_ == "dobj" and c.lower_ in ("that", "which", "who") and c.i < verb.i
            for c in verb.children):
        return None
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if reported is not None:
        return None if any(c.dep_ in ("nsubj", "nsubjpass") for c in reported.children) \
            else reported
    return next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.pos_ in ("VERB", "AUX")
                 and any(c.dep_ in ("nsubj", "nsubjpass") and c.i == verb.head.i
                         for c in t.children)), None)
