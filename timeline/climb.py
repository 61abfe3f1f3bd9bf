"""Where a headline that would be a fragment finds its clause.

The trigger's own clause is sometimes no clause a reader can read: a participle or
infinitive the parse hangs under another verb ("Anheuser shares plunging $4.375", "The
disappointing trend to continue"), a noun of a word or two ("Loss", "The broadcast"), a
copula whose complement is the date ("The record date is"). The nearest finite clause
that holds the trigger still names the same happening, so it is told instead: "The
projection sent Anheuser shares plunging $4.375", "A major factor in the loss was the
write-down ...", "The record date is Nov. 9". A clause without a subject of its own that
cannot stand alone (an infinitive, a gerund after a preposition) is told from the verb
that governs it (`governing_verb`): "prepares to meet", "has set its sights on buying".
Works on parsed spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import (base_form, dummy_content, fronted_report, is_reporting,
                             is_tag_infinitive, time_reported)
from timeline.eventwords import ASPECTUAL, COPULAS, MOVED_AHEAD, PERCEPTION, REPORTING
from timeline.phrase import (CORE_DEPS, OBJECT_DEPS, OBJECT_WORDS, clause_complement,
                             first_prep, has_to, is_apposed_object, is_serial, noun_phrase)
from timeline.referent import TIME_VERBS
from timeline.wording import FINITE, PARTICLES, is_finite

# Links up from a clause that is the object or complement of the verb above it.
# Prepositions that order a gerund's happening against the clause's, so the gerund tells
# one of its own: "[after] graduating from Yale", "[before] joining the bank".
SEQUENCE = {"after", "before", "since", "upon"}
CLIMB = {"ccomp", "xcomp", "relcl", "acl", "pobj", "prep", "dobj", "pcomp"}
# Links up from an infinitive with its own subject after "for" to what governs it: the
# adjective it completes ("difficult") and its verb.
FOR_LINKS = {"advcl", "acomp"}
# Present forms of "be" that agree with a plural or a group: "the team [are]".
BE_PRESENT = {"are", "'re", "am", "'m"}
# Verbs that take an object and its bare infinitive: "let [the offensive] begin", "made
# [him] resign", "saw [the tower] fall".
BARE_INFINITIVE = PERCEPTION | {"let", "make", "help", "have"}
# Adverbs that are part of their verb, whatever the parse hangs them on: "break [even]"
# (neither gains nor loses), "hold [steady]", "stand [firm]", "come [true]".
IDIOM_ADVERBS = {"break": "even", "hold": "steady", "stand": "firm", "come": "true"}
# Parts of speech of the words of a noun phrase (a misparse may tag "offensive" ADJ).
NOUN_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"}
# Verbs whose object is a happening to come or one begun: "expects growth", "foresees
# the need for a boost", "started a series of demonstrations".
FORESEEING = ASPECTUAL | {"expect", "predict", "forecast", "foresee", "anticipate",
                          "project", "plan", "launch", "stage", "schedule", "promise",
                          "threaten", "seek"}
# Prepositions whose gerund tells what is not done: the clause above is the happening.
UNDONE = {"from", "without", "instead"}
# Verbs of learning news, whose clause is the news when the teller learned it: "we
# learned that the space agency has taken a giant leap forward".
LEARNING = {"learn", "hear", "discover"}
# Subjects of a concession that tells no happening: "whatever happens today".
EVER_WORDS = {"whatever", "whoever", "whichever"}

def clause_around(noun: Any, reach: int = 4) -> Any:
    """The nearest finite verb whose clause holds a noun trigger that the parse leaves
    without one ("A major factor in the third-quarter [loss] was the write-down"): a noun
    of one or two words ("Loss", "The broadcast") says too little alone, and the clause
    it sits in still names it. None when there is none within `reach` steps, or it is one
    of saying (what was said is another event)."""
    token = noun
    for _ in range(reach):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.tag_ == "VB" \
                and token.dep_ in ("xcomp", "advcl") \
                and token.head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            token = token.head  # "which plans [to introduce] a group of workstations":
            # the infinitive's own verb is the finite one above it
        if token.pos_ in ("VERB", "AUX"):  # a passive of saying tells its subject, no
            return token if is_finite(token) and (base_form(token) not in REPORTING or any(
                c.dep_ == "auxpass" for c in token.children)) else None  # clause: "[will
    return None  # be reported] as an item in the company's results"


def foreseeing_clause(noun: Any) -> Any:
    """The finite verb of expecting, planning or beginning whose object a noun trigger is
    (or the noun of its "of"/"for" phrase: "a series of demonstrations", "the need for a
    boost"): "Westinghouse expects [double-digit earnings growth] next year", "analysts
    are predicting ... [more earnings disappointments]", "Operation Rescue started a
    series of [demonstrations] in 1992". The noun alone reads as a thing that happened;
    the clause tells who expects or starts it. None otherwise."""
    token = noun
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "growth -- and [disappointments]"
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "for") \
            and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "a series [of demonstrations]"
        while token.dep_ == "conj" and token.head.pos_ == "NOUN":
            token = token.head
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB" or not is_finite(verb) \
            or base_form(verb) not in FORESEEING \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # a verb the parse leaves without a subject may be misread
    return verb


def existential_clause(noun: Any) -> Any:
    """The "there" clause whose noun phrase holds a noun trigger, which states the
    happening: "there has been a dramatic rise in [the growth] of hate groups" → "There
    has been a dramatic rise in the growth of hate groups"; else None."""
    token = noun
    for _ in range(4):
        if token.dep_ in ("attr", "nsubj") and base_form(token.head) in COPULAS:
            verb = token.head
            expletive = any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
            return verb if expletive and is_finite(verb) and token is not noun else None
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
    return None


def dated_subject_above(verb: Any, skip: set[int]) -> Any:
    """The verb above a participle the parse gives the date as its subject, or None: a
    date does nothing but a verb of time ("1989 was a record year", "the quarter ended"),
    so "The rifle was discovered [April 8] buried one foot below the ground" tells of the
    rifle, the subject of the clause the participle hangs on, not of April 8."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    above = verb.head
    if subject is None or subject.i not in skip or base_form(verb) in TIME_VERBS \
            or verb.dep_ not in ("advcl", "xcomp", "ccomp", "conj") or above.pos_ != "VERB" \
            or not is_finite(above) or above.i > subject.i or base_form(above) in REPORTING:
        return None
    return above


def idiom_adverbs(tokens: set[Any], skip: set[int]) -> set[Any]:
    """The adverbs of idioms right after their verbs among `tokens`, which the parse may
    hang on the next phrase ("break [even] for the quarter"): without them the verb says
    another thing ("break")."""
    out = set()
    for verb in tokens:
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
        if verb.pos_ == "VERB" and IDIOM_ADVERBS.get(base_form(verb)) == after.lower_ \
                and after.i not in skip:
            out.add(after)
    return out


def path_to(trigger: Any, verb: Any, skip: set[int]) -> set[Any]:
    """The words from a noun trigger up to the verb of its clause, with the trigger's own
    phrase: "[a major factor in the] loss"."""
    out = noun_phrase(trigger, skip, OBJECT_WORDS)
    token = trigger.head
    while token.i != verb.i:
        if token.i not in skip:
            out.add(token)
        token = token.head
    return out


def chain_words(trigger: Any, verb: Any, skip: set[int]) -> set[Any]:
    """The words from the verb down to a trigger it governs, with the trigger's object:
    "has set its sights [on buying its second bank holding company]"."""
    path: list[Any] = []
    token = trigger
    while token.i != verb.i and token.head.i != token.i and len(path) < 6:
        path.append(token)
        token = token.head
    out: set[Any] = set()
    if path and path[0].pos_ in ("NOUN", "PROPN") and len(path) > 2 \
            and path[1].dep_ == "prep" and path[2].pos_ == "VERB" \
            and path[2].dep_ not in ("pcomp", "advcl", "prep"):  # not "after accounting"
        path = path[2:]  # "the first official [to refer to resolution 425] in a speech"
        out = {t for p in first_prep(path[0], skip) for t in noun_phrase(p, skip, OBJECT_WORDS)}
    if token.i != verb.i or not path or path[0].pos_ not in ("VERB", "AUX"):
        return set()
    out |= {t for t in path if t.i not in skip}
    out |= {c for t in path if t.dep_ == "conj" for c in t.head.children
            if c.dep_ == "cc" and c.i < t.i}  # "to sell its stake [and] buy back shares"
    for step in path:
        if step.pos_ not in ("VERB", "AUX"):
            continue
        out |= {c for c in step.children if c.i not in skip and (
            c.dep_ in CORE_DEPS | {"aux"} or c.dep_ == "mark" and c.lower_ == "for"
            and has_to(step) or c.dep_ == "advmod" and c.i == step.i + 1
            and step.pos_ == "VERB" and c.lower_ in PARTICLES)}  # "buy [back] shares": a
        # particle the parse calls an adverb
        objects = [c for c in step.children if c.dep_ in OBJECT_DEPS and c.i not in skip
                   and not is_apposed_object(c)]
        if not objects and step.i == trigger.i:
            objects = first_prep(step, skip)  # "announced plans to travel [to a city]"
        for child in objects:
            if child.i not in out:
                out |= noun_phrase(child, skip, OBJECT_WORDS)
    return out


def date_complement(verb: Any, tokens: set[Any], skip: set[int]) -> set[Any]:
    """The date's words when they are all a copula says ("The record date is [Nov. 10]",
    "The percentage change is [since year-end]"): without them the headline ends on "is",
    and the date is the news; so for "come", with the clause the date counts from ("This
    move comes [barely a month after Qantas suspended a number of services]")."""
    moved = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                  and c.lower_ in ("until", "till", "to", "through") and any(
                      g.dep_ == "pobj" and g.i in skip for g in c.children)), None)
    if moved is not None and base_form(verb) in MOVED_AHEAD:  # "postponed [until June 12]":
        return set(moved.subtree)  # where it was moved, not when
    if base_form(verb) not in COPULAS | {"come"} or any(
            t.i > verb.i and t.pos_ not in ("ADP", "DET", "PUNCT")
            and (t.pos_ != "ADV" or base_form(verb) != "come") for t in tokens):
        return set()  # "comes [barely] a month after": the adverb is the date's
    if base_form(verb) in COPULAS:
        return {t for t in verb.subtree if t.i > verb.i and t.i in skip}
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i not in skip and any(
        m.dep_ == "mark" and m.i in skip for m in c.children)), None)
    if clause is None:  # "This move comes [a month after] Qantas suspended services": the
        return set()  # clause the date counts from says what it comes after
    return {t for t in verb.subtree if verb.i < t.i < clause.i and t.i in skip} \
        | clause_complement(verb, skip, "advcl")


def finite_above(verb: Any, tokens: set[Any]) -> Any:
    """The nearest finite verb above a clause whose words hold none, when the clause is
    its object or complement: "[The projection sent] Anheuser shares plunging", "[the
    move would result in] a charge to be spread", "[Mr. Bush let] the offensive begin".
    A participle or infinitive alone is a fragment; the clause above names the same
    happening with a verb a reader can read. None when the words have a finite verb, when
    the clause is adverbial ("with Kuwait now annexed, Iraq has ...": another event) or
    when the verb above is one of saying (what was said is the news). A reduced passive
    ("the arrest announced today") is told with a copula instead (the caller's check)."""
    if is_bare_infinitive(verb):  # "[Mr. Bush let] the offensive begin": no finite verb,
        return verb.head if is_finite(verb.head) else None  # though tagged as one
    wish = is_subjunctive(verb)  # "demanded that the company [rehire]": tagged a present
    if any(t.tag_ in FINITE and not (wish and t.i == verb.i) for t in tokens) \
            or verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "nsubj" for c in verb.children) \
            or verb.dep_ == "prep" and base_form(verb) != "compare" \
            or verb.dep_ in ("acl", "relcl") and not has_to(verb) and not wish \
            or is_sequenced(verb):
        return None  # "including", "according to"; "the plane carrying Albright"; a past
    # with its own subject ("its new strategy -- started last month --") is a clause
    # "[made it difficult] for Sun to meet demand": an infinitive with its own subject
    # after "for" is no clause alone, whatever adjective or noun it hangs on
    links = CLIMB | FOR_LINKS if is_for_infinitive(verb) else CLIMB
    token = verb
    for _ in range(4):
        if token.dep_ not in links or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            if not is_finite(token) or base_form(token) in REPORTING and not wish:
                return None  # but "[insisted] that the city close": a demand, no news
            return token
    return None


def is_sequenced(verb: Any) -> bool:
    """A gerund after a preposition that orders its happening against the clause's ("[after
    graduating] from Yale in 1972", "[before joining] the bank"): one of its own."""
    return bool(verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in SEQUENCE)


def is_for_infinitive(verb: Any) -> bool:
    """An infinitive with its own subject after "for" ("difficult [for Sun to meet
    demand]", "an encouragement [for the Fed to lower rates]"), which reads as a bare
    "Sun to meet demand" without what governs it."""
    return has_to(verb) and any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def is_subjunctive(verb: Any) -> bool:
    """A clause of a wish or demand, whose verb keeps its base form with a subject of its
    own and no auxiliary: "expressed the hope [he one day follow] in the footsteps of
    Glenn", "demanded that [the company rehire] the workers". It tells no fact ("Farkas follow ..." is garbled), so what governs it is told."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.dep_ not in ("ccomp", "relcl", "acl") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # "demanded that [the company rehire]": a present without its "-s" after one thing
    return verb.tag_ == "VB" or verb.tag_ == "VBP" and verb.lower_ not in BE_PRESENT \
        and (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it"))


def governing_verb(verb: Any) -> Any:
    """The verb above a clause that has no subject of its own and cannot stand alone: an
    infinitive ("prepares to meet"), a gerund after a preposition ("set its sights on
    buying"), an infinitive of a verb's object ("face pressure to sell")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if is_infinitive(verb) and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ == "conj" and head.tag_ == verb.tag_ and (verb.tag_ == "VB" or (
            verb.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ in UNDONE)):
        return governing_verb(head)  # "is moving to take write-offs [and prepare]",
        # "prohibited from organizing his defense [or doing anything]": a second infinitive
        # or gerund shares the first one's "to" or preposition and what it hangs on
    if is_infinitive(verb) and head.pos_ == "ADJ" and head.dep_ == "acomp" \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head  # "users are likely to buy"
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and base_form(head) in COPULAS:
        return head  # "troops are expected to be [committed] to Desert Shield"
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and head.pos_ == "VERB":
        return head  # "Wall Street's plunge helped spark the weakness"
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        return head  # "would start producing bugless chips"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if verb.dep_ in ("acl", "relcl") and has_to(verb) and head.dep_ in ("dobj", "attr") \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def is_infinitive(verb: Any) -> bool:
    """A "to" infinitive or a bare participle without a subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.dep_ in ("xcomp", "advcl") and has_to(verb)


def is_bare_infinitive(verb: Any) -> bool:
    """An infinitive without "to" after a verb of letting, making or perceiving and its
    object ("let the offensive [begin]"), which the parse may tag as a present."""
    head = verb.head
    between = verb.doc[head.i + 1:verb.i]  # only the object: "let [the offensive] begin"
    return verb.dep_ in ("ccomp", "xcomp") and verb.tag_ in ("VB", "VBP") \
        and head.i < verb.i and base_form(head) in BARE_INFINITIVE and len(between) > 0 \
        and all(t.pos_ in NOUN_PHRASE_POS for t in between) \
        and not any(c.dep_ in ("aux", "mark") for c in verb.children)


def infinitive_subject(verb: Any, skip: set[int]) -> set[Any]:
    """The words between a verb of letting or perceiving and its bare infinitive, which are
    the infinitive's subject however the parse hangs them: "let [the ground offensive]
    begin" (the parse may make "offensive" a clause of its own); a wish's own subject
    ("the hope [he] follow"), told as written, since what a pronoun there stands for
    is the governing clause's to say."""
    if is_subjunctive(verb):
        return {t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                if t.i not in skip}
    if not is_bare_infinitive(verb):
        return set()
    return {t for t in verb.doc[verb.head.i + 1:verb.i] if t.i not in skip}


def clause_verb(trigger: Any) -> Any:
    """The verb whose clause tells the event: the trigger, the verb above a noun or
    adjective trigger, or the reported clause of a verb of saying."""
    token = trigger
    if token.pos_ not in ("VERB", "AUX"):
        head = token.head
        if head.tag_ == "VBG" and head.dep_ == "prep":
            return None  # "[following] the cease-fire": a participle that is a preposition
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp", "advmod", "prep",
                          "oprd") and head.pos_ in ("VERB", "AUX"):
            token = head
        elif token.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") \
                and head.head.i != head.i and not is_reporting(head.head) \
                and not is_tag_infinitive(head.head):
            token = head.head
        else:
            return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in EVER_WORDS for c in token.children):
        told = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
        if told is not None:  # "whatever happens today, that our relationships will
            return told  # continue": a concession tells nothing; the parse hung the clause
    if base_form(token) in REPORTING or base_form(token) in LEARNING and any(
            c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in token.children):
        reported = next((c for c in token.children if c.dep_ == "ccomp"), None) \
            or time_reported(token)  # "saying at the time [he was willing]"
        if reported is not None and reported.pos_ in ("VERB", "AUX"):
            return dummy_content(reported)  # "Pompeo said he raised human rights issues"
    if fronted_report(token) is not None:  # "Sales rose, [figures showed]"
        return dummy_content(fronted_report(token))
    if is_serial(token):  # "will go [buy] the shares": told with "will go"
        token = token.head
    for _ in range(4):
        if token is trigger and is_sequenced(token):
            break  # "[After graduating] from Yale in 1972, he worked": its own happening
        governor = governing_verb(token)
        if governor is None or is_reporting(governor) and (
                token.dep_ != "acl" or not any(
                c.dep_ == "nsubj" for c in governor.children)):
            break  # but "X announced [plans to travel]": the plans are what was announced
        token = governor  # "prepares to meet", "has set its sights on buying"
    return dummy_content(token)  # "it looks like [the West wants to destroy Iraq]"


def reading_on(verb: Any) -> Any:
    """The verb that goes on a subject whose own verb the parse misread: in "confirmed that
    the body found along a highway belonged to him", "found" is no clause's verb but a
    participle of "the body", as the verb after it with no subject of its own shows
    ("belonged"); that verb, else None."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("ccomp", "ROOT") or not any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children) or any(
                c.dep_ in ("dobj", "aux", "auxpass", "neg", "cc") for c in verb.children):
        return None
    end = max(t.i for t in verb.subtree)
    after = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
    if after is None or after.tag_ != "VBD" or after.head.i not in (verb.i, verb.head.i) \
            or after.dep_ not in ("ccomp", "conj") or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in after.children):
        return None
    return after
