"""The TimeML attributes of an event trigger: class, part of speech, tense, aspect,
polarity, modality, and the relation from the event to the date that anchors it.

Read from the trigger's lemma and its clause, as TimeBank's annotators did; `extract -f
timeml` writes them on EVENT, MAKEINSTANCE and TLINK. Works on parsed spaCy tokens and
spans (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import base_form
from timeline.eventwords import (ASPECTUAL, COPULAS, I_ACTION, I_STATE, PERCEPTION, PLANNING,
                                 REPORTING)


def event_class(token: Any) -> str:
    """The TimeML event class of a trigger, from its lemma and part of speech."""
    lemma = base_form(token)
    if lemma in REPORTING:
        return "REPORTING"
    if lemma in PERCEPTION:
        return "PERCEPTION"
    if lemma in ASPECTUAL:
        return "ASPECTUAL"
    if token.pos_ == "ADJ" or lemma in COPULAS or lemma == "have":
        return "STATE"  # "due", "weak", "had 73 million shares outstanding"
    if lemma in I_ACTION:
        return "I_ACTION"
    if lemma in I_STATE or lemma in PLANNING:
        return "I_STATE"
    return "OCCURRENCE"


def timeml_pos(token: Any) -> str:
    """The TimeML part of speech of a trigger: VERB, NOUN, ADJECTIVE, PREPOSITION or OTHER."""
    return {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJECTIVE",
            "ADP": "PREPOSITION"}.get(token.pos_, "OTHER")


def instance_attributes(token: Any) -> tuple[str, str, str, str | None]:
    """TimeML tense, aspect, polarity and modality of a trigger, read from its clause.

    A noun or adjective takes them from the verb it is the subject, object or complement
    of ("the summit will be held" is FUTURE), as TimeBank's annotators did.
    """
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if verb is None:
        return "NONE", "NONE", "POS", None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in aux]
    modality = next((w for w in words if w in MODALS), None)
    polarity = "NEG" if any(c.dep_ == "neg" for c in verb.children) else "POS"
    return _tense(verb, words), _aspect(verb, words), polarity, modality


MODALS = {"could", "may", "might", "should", "can", "must", "would", "ought", "ca"}
FUTURE_WORDS = {"will", "shall", "'ll", "wo"}


def _clause_verb(token: Any) -> Any:
    """The verb whose subject, object or complement `token` is, if it is one."""
    if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp") \
            and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def _tense(verb: Any, words: list[str]) -> str:
    if any(w in FUTURE_WORDS for w in words):
        return "FUTURE"
    if any(w in MODALS for w in words):
        return "NONE"
    finite = words[0] if words else None
    if finite in ("did", "was", "were", "had", "'d"):
        return "PAST"
    if finite in ("do", "does", "is", "are", "am", "'s", "'re", "has", "have", "'ve"):
        return "PRESENT"
    if finite == "to":
        return "INFINITIVE"
    return {"VBD": "PAST", "VBZ": "PRESENT", "VBP": "PRESENT", "VBG": "PRESPART",
            "VBN": "PASTPART", "VB": "INFINITIVE"}.get(verb.tag_, "NONE")


def _aspect(verb: Any, words: list[str]) -> str:
    perfect = any(w in ("has", "have", "had", "'ve") for w in words)
    progressive = verb.tag_ == "VBG" and any(w in ("is", "are", "am", "was", "were", "be",
                                                    "been", "'s", "'re") for w in words)
    if perfect and progressive:
        return "PERFECTIVE_PROGRESSIVE"
    return "PERFECTIVE" if perfect else "PROGRESSIVE" if progressive else "NONE"


def link_relation(span: Any, timex_type: str) -> str:
    """The TLINK relType from the event to its date, from the word that introduces the date.

    "since 1993" begins the event (BEGUN_BY), "until Thursday" ends it (ENDED_BY), a
    duration ("for five months") holds it (DURING); "before June 12", "ahead of Friday",
    "after July 4" put it BEFORE or AFTER the date (TimeML's signal: the date keeps its
    value, the link says the event is not on it), unless the date modifies a noun of its
    own ("before Tuesday's vote", "after Friday prayers": the vote, the prayers are on
    that day); otherwise the date includes it.
    """
    previous = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if previous in ("since", "from"):
        return "BEGUN_BY"
    if previous in ("until", "till", "through", "thru"):
        return "ENDED_BY"
    if timex_type == "DURATION":
        return "DURING"
    two = " ".join(t.lower_ for t in span.doc[max(0, span.start - 2):span.start])
    if _dates_own_noun(span):
        return "IS_INCLUDED"
    if previous == "before" or two in ("ahead of", "prior to"):
        return "BEFORE"
    return "AFTER" if previous == "after" else "IS_INCLUDED"


def _dates_own_noun(span: Any) -> bool:
    """Whether the date modifies a noun after it, "before Tuesday's vote", "after Friday
    prayers": then "before" or "after" places that noun, and the date includes it."""
    doc = span.doc
    # the tagger's span may hold the "'s" ("next week's") or stop before it ("Tuesday")
    if any(doc[i].lower_ in ("'s", "\u2019s", "'") for i in (span.end - 1, span.end)
           if i < len(doc)):
        return True
    head = span.root.head
    return head.i >= span.end and head.pos_ in ("NOUN", "PROPN") \
        and span.root.dep_ in ("compound", "nmod", "amod", "poss")
