"""Words whose own phrase is a fragment that names no happening, and the clause that does.

Seven facts of English, each a word the parse may take for the event but whose phrase
says nothing alone:

- an infinitive after "than" belongs with the clause it is compared to: "Acme is
  expected to do little better than [break] even" is what happened, not "Break even";
- so does an auxiliary standing for the compared verb ("police report crimes more
  accurately than they [have] in the past"): "Police have" says nothing;
- a question clause whose wh-word phrase is its object ("talked about [what actions
  they will take]") is told with the verb it is the question of;
- a participle that only says from when ("an ultimatum to withdraw within a week,
  [starting] at noon Saturday", "fares rise, [beginning] Monday") tells when the verb
  it hangs on happens, not that anyone started;
- a noun that only sets the time in a phrase before its verb ("[At the close] of
  business Friday, the banks said") holds the date but is no event: the clause the
  phrase modifies is;
- a participle set off after a subject by commas is an aside of that subject
  ("the police, [wondering] how the thief escaped, searched the house"): the subject's
  own verb is the happening;
- a relative clause that dates an event noun with no party ("at [closing], which is
  expected in June") tells the clause whose phrase holds the noun, which names the
  party ("Holders will receive $20 a share at closing");
- a copula whose complement is only the date ("World Health Day is next Tuesday, April
  seventh") tells its subject, and a proper name headed by a calendar word (Day, Week)
  names an occasion that reads alone: "World Health Day".

Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import base_form, is_event_noun
from timeline.eventwords import TIME_WORDS
from timeline.shortening import finish_words
from timeline.wording import is_wh_phrase

# Nouns of a moment that set when the clause they modify happened, never a happening.
TIME_SETTING = frozenset({"close", "end", "start", "beginning", "opening", "time", "day"})
# Words that point a date from now, which the tagger may leave out of it ("this
# [coming] Sunday").
DATE_MODIFIERS = frozenset({"coming", "past", "following", "upcoming"})
# Verbs an elided clause keeps of the verb it stands for: "than they [have]", "as it [did]".
ELIDING = frozenset({"do", "have", "be", "can", "could", "will", "would", "should", "may",
                     "might", "must"})
# Dependencies of a verb's own content: a verb with none of them stands for another.
CONTENT = frozenset({"dobj", "xcomp", "ccomp", "acomp", "attr", "oprd", "dative", "prt",
                     "advcl", "pcomp"})
# Participles that can only say from when a happening runs: "[starting] at noon Saturday".
BEGINNING = frozenset({"start", "begin"})
# Prepositions of a phrase that only sets the time.
TIME_PREPOSITIONS = frozenset({"at", "by", "until", "till", "before", "after", "since",
                               "from", "on", "in", "toward", "towards"})


def happening_word(trigger: Any) -> Any:
    """The word whose clause tells what happened when the trigger's own phrase is a
    fragment: the clause a "than" infinitive is compared to, the verb a time-setting
    phrase modifies, the main verb of a subject whose aside the trigger opens, or the
    clause holding an event noun with no party that the trigger's relative clause dates;
    else the trigger."""
    for find in (_compared_to, _elided_compared, _from_when, _asked_of, _time_set, _aside_of,
                 _unowned_event):
        word = find(trigger)
        if word is not None:
            return word
    return trigger


def named_occasion(trigger: Any, skip: set[int]) -> str:
    """The named occasion a copula dates when its complement is only date words ("[World
    Health Day] is next Tuesday, April seventh"); else ""."""
    copula = trigger if base_form(trigger) == "be" else trigger.head
    if base_form(copula) != "be" or copula.dep_ != "ROOT":
        return ""
    subject = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
    if subject is None or subject.pos_ != "PROPN" or subject.lower_ not in TIME_WORDS:
        return ""
    after = [t for t in copula.doc[copula.i + 1:copula.sent.end] if not t.is_punct]
    if not after or not all(t.i in skip or t.lower_ in TIME_WORDS or t.like_num
                            or t.lower_ in DATE_MODIFIERS for t in after):
        return ""
    return finish_words([t for t in subject.subtree if t.i not in skip])


def dated_complement(trigger: Any, skip: set[int]) -> str:
    """The complement of a copula whose only subject is its date, which the parse reads as
    a modifier ("[Monday] is [the deadline for bids]", "Monday was [the day the talks
    collapsed]"): that complement names what the date is; else ""."""
    copula = trigger if base_form(trigger) == "be" else trigger.head
    if base_form(copula) != "be" or copula.dep_ != "ROOT" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in copula.children):
        return ""
    dated = [c for c in copula.children if c.i < copula.i and not c.is_punct]
    attr = next((c for c in copula.children if c.dep_ == "attr" and c.i > copula.i), None)
    if attr is None or attr.pos_ not in ("NOUN", "PROPN") or not dated \
            or not all(t.i in skip for c in dated for t in c.subtree):
        return ""
    return finish_words([t for t in attr.subtree if t.i not in skip])


def dated_by_complement(span: Any) -> bool:
    """Whether the date expression `span` is the subject of a copula whose complement is
    only another date ("[Christmas Day] is this Friday"): the complement dates the
    occasion, and the subject's own event would read "Christmas Day is"."""
    root = span.root
    copula = root.head
    if root.dep_ != "nsubj" or base_form(copula) != "be" or copula.dep_ != "ROOT":
        return False
    after = [t for t in copula.doc[copula.i + 1:copula.sent.end] if not t.is_punct]
    return bool(after) and all(t.lower_ in TIME_WORDS or t.like_num
                               or t.lower_ in DATE_MODIFIERS or t.tag_ == "DT" for t in after)


def _compared_to(verb: Any) -> Any:
    """The verb of the clause an infinitive after "than" is compared to ("do little better
    than [break] even", "would rather wait than [sell]"); else None."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "pcomp", "conj", "dobj") \
            or verb.tag_ != "VB":  # "do little more than [break] even": parsed as object
        return None
    than = any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children) \
        or verb.dep_ == "pcomp" and verb.head.lower_ == "than"
    return _verb_above(verb) if than else None


def _compared(verb: Any) -> Any:
    """The verb a "than" clause compares with, its own verb told or elided; else None."""
    return _compared_to(verb) or _elided_compared(verb)


def _elided_compared(verb: Any) -> Any:
    """The verb of the clause a "than" or "as" clause compares with when its verb is only
    an auxiliary standing for it ("more accurately than they [have] in the past", "as it
    [did] in 1990"); else None."""
    if base_form(verb) not in ELIDING or any(c.dep_ in CONTENT for c in verb.children) \
            or not any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children):
        return None
    return _verb_above(verb)


def _from_when(verb: Any) -> Any:
    """The verb a participle of beginning hangs on when it only says from when, with no
    object ("withdraw within a week, [starting] at noon Saturday"); else None."""
    if verb.tag_ != "VBG" or base_form(verb) not in BEGINNING \
            or verb.dep_ not in ("advcl", "acl", "xcomp", "conj") \
            or any(c.dep_ in CONTENT or c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return _verb_above(verb)


def _asked_of(verb: Any) -> Any:
    """The verb whose object a question clause is, when the clause's wh-word phrase is its
    object ("talked about [what actions the two countries will take]"): the clause alone
    reads as a statement with its object first ("The two countries what actions will
    take"), so the verb it is the question of is told, with it; else None."""
    if verb.dep_ not in ("pcomp", "ccomp") or not any(
            c.dep_ in ("dobj", "attr") and is_wh_phrase(c) and c.i < verb.i
            for c in verb.children):
        return None
    return _verb_above(verb)


def _verb_above(token: Any) -> Any:
    """The first verb above `token` within three steps of the parse, or None."""
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _time_set(noun: Any) -> Any:
    """The verb a phrase that only sets the time modifies ("[At the close] of business
    Friday, the banks said"); else None."""
    if noun.pos_ != "NOUN" or noun.lower_ not in TIME_SETTING or noun.dep_ != "pobj":
        return None
    preposition = noun.head
    if preposition.lower_ not in TIME_PREPOSITIONS or preposition.dep_ != "prep":
        return None
    verb = preposition.head  # fronted, it sets the scene; after the verb it may be a
    # deadline the headline keeps ("didn't respond by the close of business")
    return verb if verb.pos_ in ("VERB", "AUX") and preposition.i < verb.i else None


def _unowned_event(verb: Any) -> Any:
    """The verb whose phrase holds an event noun with no party that the relative clause
    `verb` dates ("will receive $20 a share at [closing], which is expected in June");
    else None."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.dep_ != "pobj" \
            or not is_event_noun(noun) or any(  # "the [Acme] acquisition", "[its] sale"
                c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep"
                and c.lower_ in ("of", "by") for c in noun.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
           or c.dep_ == "agent" for c in verb.children):
        return None  # "[which the two presidents signed]": the clause names its own party
    holder = noun.head.head
    return holder if noun.head.dep_ == "prep" and holder.pos_ in ("VERB", "AUX") else None


def _aside_of(participle: Any) -> Any:
    """The main verb of a subject that a participle set off by commas follows ("the police,
    [wondering] how ..., searched the house"), when the parse gave the subject to the
    participle and left that verb without one; else None."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    verb = participle.head
    subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > participle.i or verb.i < participle.i \
            or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    between = participle.doc[subject.i + 1:participle.i]
    return verb if any(t.text == "," for t in between) else None


def aside_subject(verb: Any, phrase: Any) -> set[Any]:
    """The words (`phrase` of a noun) of the subject a verb lost to a participle set off
    by commas before it ("[the police], wondering how ..., searched"); else none."""
    for child in verb.children:
        aside = _aside_of(child) if child.i < verb.i else None
        if aside is not None and aside.i == verb.i:
            subject = next(c for c in child.children if c.dep_ == "nsubj")
            return set(phrase(subject)) - set(child.subtree) | {subject}
    return set()


def compared_words(verb: Any, skip: set[int]) -> set[Any]:
    """The comparison a verb is told with: its comparative adverb and the "than" clause
    that needs it ("do [little better than break even]"), or the clause and the adverb
    just before the verb ("would [rather] wait [than sell the plant]"); else none."""
    for child in verb.children:
        if child.dep_ in ("advmod", "dobj") and child.tag_ in ("JJR", "RBR") and any(
                getattr(_compared(c), "i", None) == verb.i for c in child.children):
            return {t for t in child.subtree if t.i not in skip}
        if getattr(_compared(child), "i", None) == verb.i and child.i > verb.i:
            before = {t for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1
                      for t in c.subtree}  # "[more accurately] report crimes than they have"
            return before | {t for t in child.subtree if t.i not in skip}
    return set()
