"""Events whose headline is told by other words than the trigger's own clause.

A trigger that only bounds a period ("for the year ended July 2, Rally had net income",
"created an office, effective Feb. 1", "costs compared with a year earlier") is headlined
by the clause the period dates; a comparison dated by its earlier figure by that figure
("Sales were C$307.2 million"); an interview or news conference someone said something at
by who spoke there ("Clark spoke in a telephone interview"); a source a clause is told
"according to" by that clause; a list's heading ("The following are ...") by what it lists.
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.clause import base_form, is_event_noun
from timeline.eventwords import COPULAS, REPORTING, TIME_WORDS
from timeline.needed import cut_elsewhere
from timeline.phrase import (CORE_DEPS, OBJECT_WORDS, SUBJECT_WORDS, contiguous, noun_phrase,
                             parted_of)
from timeline.referent import is_figure
from timeline.shortening import finish_words
from timeline.wording import finish_text, join_words, trim_words

# Verbs of saying something somewhere: "said in a telephone interview".
SPEAKING = {"say", "tell", "add", "state", "declare"}
# Where something is said: "said in a telephone interview", "at a news conference".
OCCASIONS = {"interview", "conference", "briefing", "speech", "address", "hearing",
             "meeting", "session", "appearance", "broadcast", "debate", "rally", "summit",
             "ceremony", "visit", "statement"}
# Writings made public, and the verbs of making them so: "said in a letter published
# Wednesday", "in a statement released Monday".
WRITINGS = {"letter", "statement", "editorial", "report", "memo", "memorandum", "note",
            "message", "column", "article", "communique", "essay", "filing", "declaration"}
# How a writing is made public, past and present, where not "published" ("published an
# editorial"): "issued a statement", "wrote a letter".
MADE_PUBLIC = {("issued", "issues"): {"statement", "communique", "declaration", "filing"},
               ("wrote", "writes"): {"letter", "memo", "memorandum", "note", "message"}}
PUBLISHING = {"publish", "release", "issue", "read", "broadcast", "post", "distribute",
              "send", "air", "print", "circulate", "deliver", "make"}
# Participles that work as prepositions.
PREPOSITIONAL = {"following", "including", "preceding", "excluding", "regarding"}
# Participles and adjectives that bound a period rather than tell an event.
BOUNDING = {"end", "ending", "ended", "begin", "beginning", "effective", "compare", "based",
            "dated"}


def clause_word(trigger: Any, skip: set[int]) -> Any:
    """The word whose clause the trigger's date dates: the verb above "the quarter
    [ended] Sept. 30", "[effective] Feb. 1", "[compared] with a year earlier" or "the
    letter, [dated] Monday"; else the trigger."""
    said = _said_in(trigger)
    if said is not None:
        return said
    if base_form(trigger) not in BOUNDING and trigger.lower_ not in BOUNDING:
        return trigger
    if trigger.lower_ == "compared" and any(
            g.dep_ == "pobj" and g.i not in skip for c in trigger.children for g in c.children):
        return trigger
    if trigger.lower_ == "effective" and trigger.dep_ == "amod":
        return trigger  # "the new labor pact effective Dec. 1" is its own predicate
    if base_form(trigger) in ("end", "begin") and not (
            trigger.dep_ == "acl" and trigger.head.lower_ in TIME_WORDS):
        return trigger
    token = trigger
    for _ in range(4):
        if token.head.i == token.i:
            return trigger
        token = token.head
        if token.pos_ in ("VERB", "AUX") and (base_form(token) not in SPEAKING or any(
                c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in token.children)):
            return token  # "will report a write-off for its fourth quarter ended yesterday",
            # "said in the letter, dated Monday": what the letter said; "said it had a
            # loss for the quarter ended Sept. 30": the parse hangs the period on "said"
    return trigger


def compared(trigger: Any, skip: set[int],
             named: Callable[[Any, Any], Any] | None = None) -> str:
    """The earlier figure of a comparison told with its clause's subject and verb: "Net was
    $306 million, compared with a loss of $195 million in the 1988 period" → "Net was a
    loss of $195 million"; "" when the trigger is no such comparison. The trigger may be
    "compared" or the earlier figure itself ("compared with [earnings] of $33 million").
    named: what a pronoun subject stands for, given it and its verb (`timeline.antecedent`)."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("with", "to") \
            and trigger.head.head.lower_ == "compared":
        trigger = trigger.head.head
    head = trigger.head
    if trigger.lower_ != "compared" or trigger.dep_ not in ("prep", "advcl") \
            or head.pos_ not in ("VERB", "AUX"):
        return ""
    with_ = next((c for c in trigger.children if c.lower_ in ("with", "to")), None)
    figure = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
    if figure is None or figure.i in skip:
        return ""
    if not _has_figure(head, trigger):
        return _nominal(figure, skip)  # "earnings fell 59%, compared with [earnings of $6.1m]"
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "PRON" and named is not None:
        subject = named(subject, head)  # "RMS said it had a loss of ...": its antecedent
    if subject is None or subject.pos_ == "PRON":
        return _nominal(figure, skip)
    # The figure compared takes the place of the verb's own ("was [at] $1.8400").
    own = next((c for c in head.children if c.dep_ in ("dobj", "attr") and c.i < trigger.i),
               None)
    if own is not None and is_figure(own) and _amount_of(figure) is not None \
            and base_form(head) not in COPULAS:  # ("net was a loss of $195 million")
        return _nominal(figure, skip)  # "losses totaled [$212 million], compared with net
        # income of $48.7 million": the subject is what the figure measures, not income
    at = next((c for c in head.children if c.lower_ == "at" and c.i < trigger.i
               and any(g.dep_ == "pobj" for g in c.children)), None)
    words = noun_phrase(subject, skip, SUBJECT_WORDS) | {head} | noun_phrase(
        figure, skip, OBJECT_WORDS) | {c for c in head.children if c.dep_ in CORE_DEPS}
    words |= parted_of(figure, skip)  # "earnings [a year earlier] of $382.2 million"
    if own is None and at is not None:
        words.add(at)
    return finish_words(sorted(words, key=lambda t: t.i), cut_elsewhere)


def _said_in(trigger: Any) -> Any:
    """The verb of saying whose words a writing dated by its making public holds: "the
    father said in a letter [published] Wednesday that he wants ..." is what the father
    said, not that a letter was published; else None."""
    medium, prep = trigger.head, trigger.head.head
    if trigger.dep_ != "acl" or base_form(trigger) not in PUBLISHING \
            or base_form(medium) not in WRITINGS or medium.dep_ != "pobj" \
            or prep.lower_ not in ("in", "through") or base_form(prep.head) not in SPEAKING:
        return None
    verb = prep.head
    return verb if any(c.dep_ == "ccomp" for c in verb.children) else None


def written(trigger: Any, skip: set[int]) -> str:
    """ "The Times said in an editorial on Monday:" (what it said follows the sentence) →
    "The Times published an editorial": a verb of saying with nothing said in its sentence
    tells of the writing it was said in; "" otherwise."""
    if base_form(trigger) not in SPEAKING or trigger.pos_ != "VERB" or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for c in trigger.children):
        return ""
    prep = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    medium = next((c for c in prep.children if c.dep_ == "pobj"), None) \
        if prep is not None else None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if medium is None or base_form(medium) not in WRITINGS or medium.i in skip \
            or subject is None or subject.pos_ == "PRON":
        return ""
    who = trim_words(sorted(noun_phrase(subject, skip, SUBJECT_WORDS), key=lambda t: t.i))
    what = trim_words(sorted(noun_phrase(medium, skip, OBJECT_WORDS), key=lambda t: t.i))
    made = next((v for v, nouns in MADE_PUBLIC.items() if base_form(medium) in nouns),
                ("published", "publishes"))
    verb = made[1] if trigger.tag_ in ("VBZ", "VBP") else made[0]
    return finish_text(f"{join_words(who)} {verb} {join_words(what)}")


def spoken(trigger: Any, skip: set[int]) -> str:
    """ "Clark said in a telephone interview Monday" → "Clark spoke in a telephone
    interview"; "" unless the trigger is a noun where someone said something."""
    if trigger.pos_ == "VERB":
        return written(trigger, skip)
    prep = trigger.head
    verb = prep.head
    if trigger.dep_ != "pobj" or trigger.pos_ != "NOUN" or prep.dep_ != "prep" \
            or prep.lower_ not in ("at", "in", "during") or verb.pos_ != "VERB" \
            or base_form(trigger) not in OCCASIONS \
            or base_form(verb) not in SPEAKING:
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return ""
    who = trim_words(sorted(noun_phrase(subject, skip, SUBJECT_WORDS), key=lambda t: t.i))
    where = trim_words(sorted(noun_phrase(trigger, skip, OBJECT_WORDS), key=lambda t: t.i))
    spoke = "speaks" if verb.tag_ in ("VBZ", "VBP") else "spoke"
    return finish_text(f"{join_words(who)} {spoke} {prep.lower_} {join_words(where)}")


def _has_figure(head: Any, trigger: Any) -> bool:
    """Whether the verb compared has a figure of its own for the earlier one to replace."""
    return any(c.dep_ in ("dobj", "attr") and c.i < trigger.i or c.lower_ == "at"
               and c.i < trigger.i for c in head.children)


def _nominal(noun: Any, skip: set[int]) -> str:
    """The noun phrase alone when it names something ("Earnings of $6.1 million"), else ""
    (a bare figure, "$361.8 million", names nothing)."""
    words = sorted(noun_phrase(noun, skip, OBJECT_WORDS), key=lambda t: t.i)
    if noun.pos_ not in ("NOUN", "PROPN") or len(words) < 2:
        return ""  # "Earnings" alone names nothing
    of = _amount_of(noun)
    if noun.tag_ in ("NNS", "NN") and of is not None \
            and all(t.i >= noun.i or t.dep_ in ("amod", "compound") for t in words):
        # "compared with earnings of $6.1 million": the figure is what they were; a
        # singular without an article is a mass ("net income of $48.7 million")
        told = [t for t in words if t.i != of.i]
        return finish_text(f"{join_words([t for t in told if t.i <= noun.i])} "
                           f"{'were' if noun.tag_ == 'NNS' else 'was'} "
                           f"{join_words([t for t in told if t.i > noun.i])}")
    return finish_words(words, cut_elsewhere)


def _amount_of(noun: Any) -> Any:
    """The "of" right after `noun` that gives its amount ("earnings [of] $6.1 million"),
    or None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               and c.i == noun.i + 1), None)
    amount = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    return of if amount is not None and any(
        t.text == "$" or t.tag_ == "CD" for t in amount.subtree) else None


def prepositional(trigger: Any, skip: set[int]) -> str:
    """A participle used as a preposition dates its object: "the week following [last
    month's Campeau Corp. credit squeeze]" → "Campeau Corp. credit squeeze"; else ""."""
    if trigger.dep_ != "prep" or trigger.pos_ != "VERB" \
            or trigger.lower_ not in PREPOSITIONAL:
        return ""
    noun = next((c for c in trigger.children if c.dep_ == "pobj" and c.i not in skip), None)
    return _nominal(noun, skip) if noun is not None and is_event_noun(noun) else ""


def source_told(trigger: Any) -> Any:
    """The verb of the clause a source noun vouches for ("[the mayor has allocated funds],
    according to a news agency report Friday"): the report is dated, what it told is the
    news; else the trigger."""
    according = trigger.head.head if trigger.dep_ == "pobj" else trigger
    if according.lower_ == "according" and according.head.pos_ in ("VERB", "AUX"):
        return according.head
    return trigger


def is_speech_tag(trigger: Any) -> bool:
    """A verb of saying the parse hangs on what was said (parataxis), set inside it
    between commas ("The real problem, U.S. officials now say, was that ...") or after
    it, after a comma ("The plant will close, officials said Monday."): the news is what
    was said, as when "that" introduces it. One with a clause of its own is not."""
    return trigger.dep_ == "parataxis" and base_form(trigger) in REPORTING \
        and trigger.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ == "ccomp" for c in trigger.children)


def list_heading(verb: Any, skip: set[int]) -> str:
    """What a list announced by "the following" is ("The following are [the latest figures
    for the dead and injured]", "Following are [statements made by ...]"): the heading
    itself tells no happening, the list's noun does; else ""."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    listed = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subject is None or listed is None or subject.lower_ != "following" \
            or base_form(verb) not in COPULAS:
        return ""
    dated = skip | {t.i for d in verb.sent if d.dep_ == "npadvmod"
                    and any(t.i in skip for t in d.subtree)
                    for t in d.subtree}  # "made [Friday and Thursday] by ..."
    # All after the copula is the heading's, whatever the parse hangs it on ("for the dead
    # [and injured in the bombings]").
    after = {t for t in verb.sent if t.i > verb.i and t.i not in dated}
    return finish_words(sorted(contiguous(after, listed, dated), key=lambda t: t.i),
                        cut_elsewhere)
