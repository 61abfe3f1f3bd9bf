"""The headline's subject phrase: the subject the parse gives a verb, or the one English
gives it where the parse does not.

A relative pronoun gives way to the noun it stands for ("the NBA Finals, which begin" ->
"The NBA Finals begin"), a pronoun to its antecedent, a quantifier after a plural to the
plural it counts ("The banks each will adopt"); a verb without a subject shares the one of
the clause it is joined to, the infinitive it is listed with or the verb of saying it is
reported by; a subject the parse misplaces is found where English puts it (after a comma
or a dash, as the object of the verb above, after an opening "and"). Whom a pronoun stands
for is `timeline.antecedent`'s, passed in as a function, which keeps the import chain short.
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from timeline.clause import base_form
from timeline.eventwords import REPORTING
from timeline.listsubject import ends_list, owner_phrase, subject_list  # "A, B and C planned"
from timeline.phrase import OWNERS, SUBJECT_WORDS, has_to, name_phrase, noun_phrase
from timeline.referent import (inverted_subject, joined_subject, misparsed_name,
                               participle_owner, relative_head, tagged_subject)
from timeline.wording import RELATIVE_PRONOUNS

# Tokens that open a quotation (the parse splits "``" in two).
OPENING_MARKS = {"`", "``", "\u201c"}

# What a pronoun subject stands for, given it and its verb; else None.
Named = Callable[[Any, Any], Any]
# The subjects of the clauses a verb's clause hangs on, nearest first.
Above = Callable[[Any], Iterator[Any]]

# Prepositions whose gerund the subject did not do: "prohibited [from] organizing".
NOT_DONE = {"from", "without", "against", "instead", "despite"}
# Quantifiers that can follow the plural they count: "The banks each will adopt".
FLOATING = {"each", "both", "all"}
# Adverbs of time that make a participle before a noun a happening of its own ("recently
# passed"), unlike those of manner or degree ("widely used", "wholly owned").
TIME_ADVERBS = {"recently", "newly", "previously", "formerly", "lately", "once", "just",
                "earlier", "already"}


# Dashes that close a dateline or label before the sentence's own subject.
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "_"})


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
    if len(before) > 1 and any(t.text in OPENING_MARKS
                               for t in verb.doc[before[0].i:before[-1].i]):
        return before[-1]  # a speaker's label before a quotation is no subject of what it
        # says: "Acme on Monday ``For weeks [we]'ve been hit"
    if len(before) > 1:  # the nearest opens after a comma and runs up to the verb
        last, doc = before[-1], verb.doc
        start, end = min(t.i for t in last.subtree), max(t.i for t in last.subtree)
        if start > 1 and doc[start - 1].text in DASHES and doc[start - 2].whitespace_ \
                and last.tag_ != "PRP":  # a dateline or label a spaced dash closes:
            return last  # "LONDON (Reuters) - [British inflation] fell"; not an aside's
            # pronoun ("strategy -- [it] recently achieved"), a word's hyphen ("Pro-")
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


def _split_word(verb: Any, subject: Any, skip: set[int]) -> set[Any]:
    """The other pieces of a hyphenated subject the parse split into several subjects of
    the verb ("[Pro]-[republicans] hope"): subjects with no space between them are one
    word; else none."""
    pieces = {c.i: c for c in verb.children if c.dep_ == subject.dep_ and c.i < verb.i}
    run = [subject]
    while run[0].i - 1 in pieces and not run[0].doc[run[0].i - 1].whitespace_:
        run.insert(0, pieces[run[0].i - 1])
    while run[-1].i + 1 in pieces and not run[-1].whitespace_:
        run.append(pieces[run[-1].i + 1])
    return {t for piece in run[:-1] + run[1:] for t in piece.subtree if t.i not in skip} \
        if len(run) > 1 else set()


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


def subject_phrase(verb: Any, skip: set[int], stands_for: Named,
                   subjects_above: Above) -> set[Any]:
    """The subject's phrase; a relative or personal pronoun's antecedent; a shared or
    governing subject.

    stands_for: what a pronoun subject stands for, given it and its verb
    (`antecedent.antecedent`).
    subjects_above: the subjects of the clauses a verb's clause hangs on, nearest first
    (`antecedent.subjects_above`).
    """
    # a speech tag inside: "The advertisement, said Kelli Conlin, ..., is intended"
    subject = tagged_subject(verb) or _nearest_subject(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        head = relative_head(verb)  # "which": its antecedent
        return noun_phrase(head, skip | _dated_participles(head) | {verb.i}, SUBJECT_WORDS)
    if subject is not None and subject.lower_ in FLOATING and not list(subject.children):
        group = next(subjects_above(verb), None)  # "the banks ..., when each will adopt"
        if group is not None and group.tag_ in ("NNS", "NNPS"):
            return name_phrase(group, skip) | {subject}  # "The banks each will adopt"
    named = stands_for(subject, verb) if subject is not None else None
    if named is not None and subject is not None:  # "Kimotho said he and Bushnell"
        return name_phrase(named, skip) | {t for c in subject.children if c.dep_ in (
            "cc", "conj") for t in c.subtree if t.i not in skip}
    if subject is not None and subject.i in skip and subject.pos_ in ("NOUN", "PROPN"):
        # the date is the subject: "[The latest period] had profit of $4 million"
        return noun_phrase(subject, skip - {t.i for t in subject.subtree}, SUBJECT_WORDS)
    if subject is not None:  # "[Maria, her brothers and some neighbours] planned"
        return subject_list(subject, verb, (skip, SUBJECT_WORDS), noun_phrase) \
            | _split_word(verb, subject, skip)
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
        return subject_phrase(lost, skip, stands_for, subjects_above) \
            if lost.pos_ in ("VERB", "AUX") else noun_phrase(lost, skip, SUBJECT_WORDS)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i \
            and verb.head.pos_ in ("VERB", "AUX"):
        # "will close Thursday and remain closed"
        return subject_phrase(verb.head, skip, stands_for, subjects_above)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
            and verb.head.lower_ not in NOT_DONE:  # "acquired ... before throwing"
        above = verb.head.head
        if above.pos_ == "ADJ" and above.dep_ in ("acomp", "oprd"):
            above = above.head  # "was found guilty of driving"
        if above.pos_ in ("VERB", "AUX"):
            return subject_phrase(above, skip, stands_for, subjects_above)
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


def auxiliary_subject(verb: Any, subject: set[Any], skip: set[int]) -> set[Any]:
    """The subject the parse hangs on the verb's auxiliary, which has none of its own: the
    verb's whole subject when it has none ("the sale of $200 million [has] been offset"),
    or the rest of one the parse splits in two after a comma ("the divestiture of $300
    million of slow-growth, [low-profit businesses] has been offset"); else nothing."""
    hung = next((g for c in verb.children if c.dep_ in ("aux", "auxpass")
                 for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                 and g.i < c.i and g.i not in skip), None)
    if hung is None:
        return set()
    phrase = noun_phrase(hung, skip, SUBJECT_WORDS)
    if not subject:
        return phrase
    gap = [verb.doc[k] for k in range(max(t.i for t in subject) + 1, min(t.i for t in phrase))]
    if not all(t.is_punct or t.i in skip for t in gap):
        return set()
    return phrase | {t for t in gap if t.is_punct}  # with its comma


def apposed_subject(verb: Any, skip: set[int]) -> set[Any]:
    """The subject of a finite verb the parse leaves without one, made an apposition of an
    earlier noun: the apposition that ends right before the verb's comma ("on behalf of the
    United States, Truman's secretary of state, [Dean Acheson], signed the treaty")."""
    doc = verb.doc
    noun = doc[verb.i - 2] if verb.i >= 2 else verb
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or doc[verb.i - 1].text != "," \
            or noun.dep_ != "appos" or noun.pos_ != "PROPN" or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return set()
    return noun_phrase(noun, skip, SUBJECT_WORDS)
