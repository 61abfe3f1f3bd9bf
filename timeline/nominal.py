"""Event nouns a date belongs to by the words around it, where the parse hangs the date
elsewhere: "the Dec. 21, 1988, bombing of Pan Am Flight 103", "the demonstrations of
early December". The small parser often makes such a date a verb's adjunct; the order of
the words alone says which noun it modifies. `told_from` gives a headline the word that
tells such a noun's happening (the last step of `trigger.headline_word`).
Works on parsed spaCy tokens and spans (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.clause import base_form, is_event_noun
from timeline.eventwords import EVENT_NOUNS, MOVING, STATE_NOUNS, TIME_WORDS
from timeline.kinds import FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS, PERSON_TITLES
from timeline.shortening import finish_words
from timeline.wording import FINITE, is_finite, join_words

# Words that open a noun phrase before a date that modifies its noun: "the 1988 bombing".
OPENERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
# Words by which a date says it is past.
PAST_WORDS = {"last", "ago", "yesterday", "past", "recent", "earlier", "previous"}
# Event nouns of two words borrowed whole, whose second word the parser cannot tag:
# "after a coup d'etat last year" (the coup).
LOAN_EVENTS = {("coup", "d'etat"), ("coup", "d'état"), ("coup", "d’etat")}
# Participles that serve as prepositions: "pending ratification", "following the vote".
VERBAL_PREPOSITIONS = {"pending", "following", "including", "excluding", "concerning",
                       "regarding", "barring"}
# Words that place a happening within its day: "in early trading", "late trading".
PART_OF_DAY = {"early", "late", "midday", "morning", "afternoon", "evening", "overnight"}
# Nouns of an aim, whose "of" phrase says what is aimed at: "its goal of a reduction".
AIMS = {"goal", "aim", "target", "objective", "ambition", "hope", "dream"}
# Nouns of people, who take part as much as a name does: "shootings of [doctors]".
PEOPLE_NOUNS = PERSON_NOUNS | PERSON_TITLES | MALE_NOUNS | FEMALE_NOUNS


def current_state(span: Any) -> Any:
    """The state or event noun "current" modifies, when it is no subject: "because of
    current market conditions", "the handling of its current financial difficulties",
    "helped spark the current weakness". "Current" says the state the noun names holds
    now; a subject's verb tells what is said of it ("Kellogg's current share is believed
    to be ..."), and a thing ("its current source of production", "the current market
    price") names no state."""
    root = span.root
    if len(span) != 1 or root.lower_ != "current" or root.dep_ != "amod":
        return None
    noun = root.head
    if noun.pos_ != "NOUN" or noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    return noun if is_event_noun(noun) or base_form(noun) in STATE_NOUNS else None


def premodified_event(span: Any) -> Any:
    """The event noun a date between an article and the noun modifies, which the parse
    hangs elsewhere: "the Dec. 21, 1988, bombing", "the October 1998 shooting death", "a
    Jan. 14 return date". After "the" and before a noun, a date can only be the noun's
    modifier; where the parse says so itself, the climb reads it ("the 1998 abortion
    clinic bombing" is a bombing), unless on a word of time ("a Jan. 14 return date")."""
    doc, sentence = span.doc, span.sent
    if span.start <= sentence.start or doc[span.start - 1].lower_ not in OPENERS:
        return None
    i = span.end
    if i < sentence.end and doc[i].text == "," and "," in span.text:
        i += 1  # "the Dec. 21, 1988, bombing": the comma that closes a date's year
    run = []
    while i < sentence.end and doc[i].pos_ in ("NOUN", "ADJ", "PROPN"):
        run.append(doc[i])
        i += 1
    if span.root.head in run and span.root.head.lower_ not in TIME_WORDS:
        return None  # the parse hangs the date on the noun: the climb reads it
    return next((t for t in run if t.pos_ == "NOUN" and is_event_nominal(t)), None)


def event_of_date(span: Any) -> Any:
    """The event noun right before "of" and the date: "a return to the larger
    demonstrations of early December, when hundreds of thousands rallied", "the incidents
    of Aug. 7". A happening "of" a date took place then; a clause after the date only
    describes it."""
    doc, i = span.doc, span.start - 2
    if i < span.sent.start or doc[i + 1].lower_ != "of":
        return None
    return doc[i] if doc[i].pos_ == "NOUN" and is_event_nominal(doc[i]) else None


def antecedent_event(span: Any) -> Any:
    """The event noun a relative clause after the date tells of, which the parse hangs on
    the date: "the bombings of U.S. embassies in Kenya and Tanzania last year that killed
    224 people". A date takes no relative clause of "that"; the clause and the date
    both belong to the phrase before them, whose happening the date dates."""
    doc = span.doc
    if span.end >= span.sent.end or doc[span.end].lower_ not in ("that", "which"):
        return None
    verb = doc[span.end].head
    if verb.dep_ != "relcl" or verb.head.i not in range(span.start, span.end):
        return None
    for token in reversed(doc[span.sent.start:span.start]):
        if token.pos_ in ("VERB", "AUX", "PUNCT"):
            return None
        if token.pos_ == "NOUN" and is_event_nominal(token):
            return token
    return None


def past_object_event(span: Any, verb: Any) -> Any:
    """The event noun of a present or future verb's object that a past date after it
    dates: "is still considering a request last week", "owes its spectacular growth in
    recent years", "would resolve part of a broad investigation ... in the past year". A
    date of the past cannot date a present state or a future act; the happening named
    between them is what took place then."""
    if verb.i >= span.start or not _is_past_date(span) or not _is_nonpast(verb):
        return None
    between = verb.doc[verb.i + 1:span.start]
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in between):
        return None
    return next((t for t in reversed(between) if t.pos_ == "NOUN" and is_event_nominal(t)),
                None)


def _is_past_date(span: Any) -> bool:
    """A date that says it is past: "last week", "two years ago", "yesterday", "in
    recent years"."""
    return any(t.lower_ in PAST_WORDS for t in span)


def _is_nonpast(verb: Any) -> bool:
    """A simple present ("owes"), a present progressive ("is considering") or a verb
    with a modal ("will pay", "would resolve")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    if verb.tag_ == "VBG":
        return any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    return verb.tag_ == "VB" and any(a.tag_ == "MD" for a in auxes)


def when_clause(span: Any) -> Any:
    """The verb of a "when" clause set off after the expression: "since November, when he
    was found"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_punct and doc[i].text not in ".;:":
        i += 1
    # Only a clause set off by a comma or dash describes the date; "left Cuba in 1962
    # when she was 4" dates the leaving.
    if i == span.end or i >= len(doc) or doc[i].lower_ != "when":
        return None
    verb = doc[i].head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i > i else None


def is_event_nominal(noun: Any) -> bool:
    """An event noun that is no bare gerund: "a bombing" and "the killing" are listed
    happenings, but "composite trading Friday" leaves the date to the verb ("closed").
    A gerund placed within its day is a happening of its own ("shares rose in early
    trading yesterday": TimeBank dates the trading in all 3 such sentences of its 256
    documents, where "composite trading Friday" dates the verb in 13 of 20)."""
    return is_event_noun(noun) and (not noun.lower_.endswith("ing")
                                    or base_form(noun) in EVENT_NOUNS
                                    or noun.lower_ in EVENT_NOUNS
                                    or any(c.dep_ in ("amod", "compound")
                                           and c.lower_ in PART_OF_DAY for c in noun.children))


def is_changed_amount(noun: Any) -> bool:
    """An event noun that a verb of change counts ("third-quarter loan originations
    dropped"): an amount, like a figure, whose change is the event."""
    return bool(noun.dep_ == "nsubj" and base_form(noun.head) in MOVING)


def is_state_phrase(noun: Any) -> bool:
    """A bare event noun after "under", which tells the state something is in ("seized a
    car bomb under construction Sunday", "under review", "under arrest"): the verb is the
    event; not an agreement or law acted under ("under a June agreement")."""
    return bool(noun.dep_ == "pobj" and noun.head.lower_ == "under" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in noun.children))


def told_from(span: Any, trigger: Any) -> Any:
    """The word a headline tells for a trigger read around the date: a noun "of" a date
    by the "when" clause describing the date ("the larger demonstrations of early
    December, when hundreds of thousands of people rallied"), a noun that only names a
    date's kind by the verb that sets the date ("by [setting] a Jan. 14 return date"), an
    infinitive under an adjective of a noun by that noun, whose clause is the sentence's
    ("for a [tour] likely to last over a week"); else the trigger itself."""
    clause = when_clause(span) if trigger.pos_ == "NOUN" else None
    if clause is not None:
        return clause
    above = trigger.head
    if trigger.dep_ == "compound" and above.lower_ in TIME_WORDS and above.dep_ == "dobj" \
            and above.head.pos_ == "VERB":
        return above.head
    if trigger.dep_ == "xcomp" and above.pos_ == "ADJ" and above.dep_ == "amod":
        return above.head
    return trigger


def crosses_preposition(span: Any, noun: Any) -> bool:
    """Whether a preposition stands between the date and the noun after it that the parse
    makes it modify ("took effect Aug. 9 pending ratification by holders"): a modifier
    stays inside its noun phrase, so the date is not that noun's."""
    between = span.doc[span.end:noun.i]
    return any(t.tag_ == "IN" or t.lower_ in VERBAL_PREPOSITIONS for t in between)


def loan_event(token: Any) -> Any:
    """The first word of a borrowed two-word event noun that `token` ends ("a coup d'etat
    last year"), or None."""
    if token.i == 0:
        return None
    first = token.doc[token.i - 1]
    return first if (first.lower_, token.lower_) in LOAN_EVENTS else None


def conjoined_clause(span: Any) -> Any:
    """The clause a date opens after "and" ("was made a general, and the following year he
    was appointed attache"), which the parse joins to the verb before as its conjunct and
    reads the clause as the date's relative one: a clause whose subject follows the date
    and is no relative pronoun. Else None."""
    root = span.root
    if root.dep_ != "conj" or root.head.pos_ not in ("VERB", "AUX"):
        return None
    clause = next((c for c in root.children if c.dep_ in ("relcl", "acl")
                   and c.pos_ in ("VERB", "AUX") and c.i >= span.end), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                   None) if clause is not None else None
    if subject is None or subject.i != span.end or subject.tag_ in ("WDT", "WP"):
        return None
    return clause


def names_participant(words: Any) -> bool:
    """Whether a noun phrase's `words` name who took part or what happened to whom: a
    possessor ("Campeau Corp.'s credit squeeze"), a name, person or pronoun ("The creation
    of NATO", "The bombings at embassies in Kenya", "shootings of doctors"), or a finite
    verb. "Severe violations of human rights", "A reduction of $500 million",
    "Transactions" name none: alone they tell no news, and the clause they sit in does."""
    return any(t.dep_ == "poss" or t.tag_ in FINITE or t.pos_ in ("PROPN", "PRON")
               or base_form(t) in PEOPLE_NOUNS or t.lower_ in PEOPLE_NOUNS for t in words)


def aimed_at(noun: Any) -> Any:
    """The possessed noun of an aim whose "of" phrase `noun` heads ("leaving it within $100
    million of [its goal] of a reduction of $500 million by the end of the year"), or
    None. The aim's "of" phrase says what the aim is, and the possessor whose it is: the
    happening alone ("A reduction of $500 million") names no one."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    aim = noun.head.head
    return aim if base_form(aim) in AIMS and aim.i < noun.i and any(
        c.dep_ == "poss" for c in aim.children) else None


def aim_clause(aim: Any, owner: set[Any], aimed: set[Any]) -> str:
    """The headline that says what the `aim` is: its phrase `owner` (without the "of"
    phrase), the copula, the phrase `aimed` ("Its goal is a reduction of $500 million")."""
    copula = "are" if aim.tag_ in ("NNS", "NNPS") else "is"
    return f"{finish_words(sorted(owner, key=lambda t: t.i))} {copula} " \
        f"{join_words(sorted(aimed, key=lambda t: t.i))}"


def apposed_clause(noun: Any, rates: Callable[[Any], bool]) -> Any:
    """The finite verb of the clause that an event noun set off after it by a comma
    renames ("Frankfurt prices closed lower again Friday, [the fourth decline] in the past
    five days"; "Sales were $1.76 billion, [a 13% increase] from last year's"), or that a
    superlative rates ("fell to 3.9%, [the lowest] since 2000"), or None.
    The parse hangs such a noun on the clause's subject or object, which names no
    happening, or on its verb; alone it names no party, and the clause it renames does.
    rates: whether a word is such a superlative (`aside.is_superlative_aside`)."""
    head, first = noun.head, min(t.i for t in noun.subtree)
    verb = head if noun.dep_ in ("npadvmod", "dobj") else head.head  # or on the verb
    rated = rates(noun)
    if rated and head.dep_ == "pobj":  # "rose to [12 meters], its highest level since"
        verb = head.head.head
    if noun.dep_ not in ("appos", "npadvmod") and not rated \
            or not (is_event_noun(noun) or rated) \
            or noun.dep_ == "appos" and (is_event_noun(head) or head.dep_ not in (
                "nsubj", "nsubjpass", "attr", "dobj") and not rated) \
            or verb.pos_ not in ("VERB", "AUX") or not is_finite(verb) or verb.i > noun.i:
        return None
    return verb if first > 0 and noun.doc[first - 1].text == "," else None


def is_held_noun(noun: Any) -> bool:
    """A noun in a prepositional phrase that only its modifiers go with (no phrase or
    clause of its own): "welcomed the job figures at [a news conference] Friday", "will
    be reported as an extraordinary item in [the company's operating results]". Such a
    phrase says where or within what something happened; its clause tells the news,
    unless the date is the noun's own and the noun names a happening ("before [last
    Tuesday's hearing]", "as a result of [an Aug. 10, 1988, agreement]")."""
    return noun.dep_ == "pobj" and noun.pos_ == "NOUN" and not any(
        c.dep_ in ("prep", "acl", "relcl", "appos", "conj") for c in noun.children)
