"""What a verb hands its event to, after the TimeML guidelines: a copula its complement,
a light verb its event object, a planning verb the infinitive it plans, "took place" its
subject. Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from timeline.clause import base_form, hyphenated, is_event_noun
from timeline.eventwords import (ASPECTUAL, CHOOSING, COPULAS, DISCOVERY, FIGURES, I_ACTION,
                                 I_STATE, LIGHT_VERBS, PLANNING, RELATIONAL)
from timeline.lexicon import ORDINALS

# Verbs whose "to" infinitive is only asked for, tried or voted for: told in the past,
# they are the event a date after the infinitive places ("invited Sinn Fein to rejoin two
# weeks ago"). Not verbs that commit their subject ("agreed to purchase the line in
# February"), whose infinitive is a planned act a date places, as a plan's is.
ASKING = frozenset({"invite", "ask", "urge", "order", "vote", "try", "attempt"})
# Subjects of a clause that only tells the time ("as dawn broke Saturday").
TIME_SUBJECTS = {"dawn", "dusk", "night", "day", "darkness", "daylight", "sun", "morning",
                 "evening"}
# Where a copula says someone is; with a purpose infinitive, that is the event ("I'm
# here today to tell you", "we'll be back tomorrow to continue our negotiations").
PLACE_ADVERBS = {"here", "there", "back", "home", "away"}
# Verbs that move the end of the event they take to the date after "until": "extended
# its offer until Nov. 9", "prolonged the truce until Monday" (the offer ends then).
EXTENDING = {"extend", "prolong", "lengthen"}
UNTIL = {"until", "till", "through"}
# Nouns of a goal that the parser reads as an infinitive after "to": "the revolution that
# brought Castro to power 41 years ago", "came to power in 1959" (the bringing, the coming).
GOAL_NOUNS = {"power", "office", "prominence", "fame"}
# The words `carry_event` has passed the event through on the way to its answer.
_CARRYING: ContextVar[frozenset[int]] = ContextVar("carrying", default=frozenset())


def carry_event(verb: Any, span: Any) -> Any:
    """The word that carries the event of `verb`: the verb, or what it hands the event to.
    The rules hand the event up and down the parse ("planned [to power]" down, a goal's
    "to power" up; "it was [Tuesday] when" down to the clause, a time clause up), and a
    misparse can make them hand it back: a word already passed on this way keeps the event
    rather than loop."""
    seen = _CARRYING.get()
    if verb.i in seen:
        return verb
    entered = _CARRYING.set(seen | {verb.i})
    try:
        return _carry_event(verb, span)
    finally:
        _CARRYING.reset(entered)


def _carry_event(verb: Any, span: Any) -> Any:
    """`carry_event`, one step."""
    lemma = base_form(verb)
    children = list(verb.children)
    if verb.lower_ in GOAL_NOUNS and verb.dep_ in ("xcomp", "advcl") \
            and verb.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in children):
        return carry_event(verb.head, span)  # "brought Castro to power 41 years ago"
    governor = _infinitive_governor(verb, span)
    if governor is not None:
        return governor
    if _is_time_clause(verb) and verb.head.pos_ in ("VERB", "AUX"):
        return carry_event(verb.head, span)  # "officials said as dawn broke Saturday"
    if _is_carrying_participle(verb) and (is_event_noun(verb.head) or is_figure(verb.head)):
        return verb.head  # "remarks made last week", "shootings dating to 1994"
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" \
            and verb.head.i < verb.i:
        return verb.head  # "will begin withdrawing troops on Friday", "practiced forming"
    if _is_depictive(verb):
        return verb.head  # "was found clinging to an inner tube on Thanksgiving Day"
    if verb.dep_ == "xcomp" and base_form(verb.head) in ASPECTUAL:
        return verb.head  # "will continue to be a drag on earnings through 1990", "the
        # situation began to relax in the early 1990s"
    if lemma in COPULAS or verb.pos_ == "AUX":
        carried = _copula_carrier(verb, span)
        if carried is not None:
            return carried
    if lemma == "take" and span.root.head.i == verb.i and span.root.dep_ in ("dobj", "npadvmod"):
        purpose = next((c for c in children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                        and any(a.lower_ == "to" for a in c.children)), None)
        if purpose is not None:
            return purpose  # "the plan took three months to complete": the completing
    taken = _taken_place(verb, span) if lemma in ("take", "come") else None
    if taken is not None:
        return taken  # "the recapitalization that took place in 1988"
    if lemma == "become":
        noun = next((c for c in children if c.dep_ == "attr" and is_event_noun(c)), None)
        if noun is not None:
            return noun  # "it has now become a tragedy"; "became the subject" is the event
    if lemma in PLANNING or lemma in I_ACTION or lemma in I_STATE:
        planned = next((c for c in children if c.pos_ == "VERB" and (
            c.dep_ == "xcomp" or c.dep_ in ("ccomp", "advcl") and lemma in I_STATE
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children))), None)
        if planned is not None and not _dates_governor(verb, planned, span):
            return carry_event(planned, span)  # "planned to pay the claims on Friday"
    planned_noun = _planned_event(verb) if lemma in PLANNING else None
    if planned_noun is not None:
        return planned_noun  # "is scheduled for completion by Dec. 10", "a summit set for
        # Washington in April"
    carried = _object_carrier(verb, lemma, span)
    return verb if carried is None else carried


def _object_carrier(verb: Any, lemma: str, span: Any) -> Any:
    """The object `verb` hands its event to (a plan's event noun, what results include, a
    figure had, a light verb's noun); else None."""
    children = list(verb.children)
    chosen = _chosen_for(verb, lemma, span)
    if chosen is not None:
        return chosen  # "set Friday as the deadline for his repatriation"
    if lemma in PLANNING and not _dates_object(verb, span):
        noun = next((c for c in children if c.dep_ == "dobj" and is_event_noun(c)), None)
        if noun is not None:
            return noun  # "planned a large demonstration on Saturday"
    if lemma in RELATIONAL and (span.start > verb.i or span.root.dep_ == "pobj"):
        # "Results for that quarter included a write-down": what the results include
        related = [_measured(c) for c in children if c.dep_ == "dobj"] + [
            g for c in children if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for g in c.children if g.dep_ == "pobj"]
        noun = next((c for c in related if is_event_noun(c) or is_figure(c)), None)
        if noun is not None:
            return noun  # "compared with year-earlier profit", "included a gain"
    if lemma in ("have", "report") and span.start > verb.i:
        # "had sales of $154 million last year" dates the having; "had a loss" the loss
        objects = [_measured(c) for c in children if c.dep_ == "dobj"]
        figure = next((c for c in objects if (
            is_event_noun(c) or base_form(c) == "charge" if lemma == "have"
            else is_figure(c) or is_event_noun(c))),
            None)
        if figure is not None and not (lemma == "have" and is_per_share(figure, span)):
            return figure  # "had a loss of $5.5 million for the quarter"; a date before
            # the verb dates the having: "In the latest quarter, Aetna had a loss"
    held = next((c for c in children if c.dep_ == "dobj"), None)
    if lemma == "have" and particle_noun(held) is not held:
        return particle_noun(held)  # "In June, the leaders had a falling out"
    if lemma in EXTENDING and span.start > 0 and span.doc[span.start - 1].lower_ in UNTIL:
        noun = next((c for c in children if c.dep_ == "dobj" and is_event_noun(c)), None)
        if noun is not None:
            return noun  # "extended its offer until Nov. 9": the offer lasts until then
    if lemma in LIGHT_VERBS:
        # the first object: a second is the parser's ("took effect Aug. 9 pending
        # ratification" is no taking of the ratification)
        noun = next((c for c in children if c.dep_ == "dobj"), None)
        if noun is not None and is_event_noun(noun):
            return noun  # "held talks Monday", "had a loss of $5.5 million"
    return None


def _chosen_for(verb: Any, lemma: str, span: Any) -> Any:
    """The event a date chosen as its time is for: "set Friday as the deadline for his
    repatriation", "picked Saturday night as the optimal time to start the offensive";
    the choosing is not what happens then. Else None."""
    doc = span.doc
    if lemma not in CHOOSING or span.root.head.i != verb.i or span.end >= len(doc) \
            or doc[span.end].lower_ != "as" or doc[span.end].head.i != verb.i:
        return None
    role = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    for child in role.children if role is not None else ():
        noun = next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ in ("for", "of") and noun is not None \
                and is_event_noun(noun):
            return noun
        if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB":
            return carry_event(child, span)
    return None


def is_per_share(figure: Any, span: Any) -> bool:
    """Whether a figure had is given as a company's result, with its amount a share, before
    the date: "had a loss of $158,666, or 10 cents a share, in the third quarter". A loss
    so reported is an amount like "had net income of $132,000, or three cents a share, a
    year ago", and TimeBank dates the having in all five such sentences of its 256
    documents; a loss without a per-share amount is the event ("had a loss of $5.5
    million for the quarter")."""
    words = [t.lower_ for t in figure.doc[figure.i:span.start]]
    return any(w == "share" and words[i - 1] in ("a", "per")
               for i, w in enumerate(words) if i > 0)


def _planned_event(verb: Any) -> Any:
    """The happening a planning participle places ("is scheduled for completion by Dec.
    10", "a NATO summit set for Washington in April"): the plan only says when it is to
    happen. None when the participle plans an infinitive ("is expected to rise"), which
    the caller reads, or the noun names no happening. A passive's subject is left to the
    verb ("the accession was planned for early March" dates the planning in TimeBank)."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    planned = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "acl":
        planned.append(verb.head)
    return next((n for n in planned if n.pos_ == "NOUN" and is_event_noun(n)), None)


def past_amount(span: Any, noun: Any) -> Any:
    """The verb whose object is a figure given with its amount a share, when the date
    follows that amount: the figure's phrase ends there, though the parser hangs the date
    on the amount ("had a net loss of C$2.3 million, or 14 cents a share, a year ago"
    dates the having, as `carry_event` reads "had"); else None."""
    if noun.dep_ != "dobj" or noun.i > span.start or not is_per_share(noun, span):
        return None
    return carry_event(noun.head, span)


def _measured(noun: Any) -> Any:
    """What an amount measures: "eight million guilders of extraordinary charges" are
    charges, "$30 million of losses" losses; other nouns are themselves."""
    amount = noun.like_num or any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    measured = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if amount and measured is None and noun.like_num:
        measured = noun_after_share(noun)  # "a $30 million, or 40 cents a share, write-down"
    return measured if amount and measured is not None else noun


def _taken_place(verb: Any, span: Any) -> Any:
    """The event noun that "took place" or "comes" at a time: the verb only says that its
    subject happened ("the meeting took place on Friday", "the move comes a month after
    Qantas suspended services"), or the noun a relative clause so tells of."""
    children = list(verb.children)
    if base_form(verb) == "come":
        if span.root.head.i != verb.i or any(c.dep_ in ("prt", "prep") and c.i < span.start
                                             for c in children):
            return None  # "prices have come down from the middle of October"
    elif not any(c.dep_ == "dobj" and c.lower_ == "place" for c in children):
        return None
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    return subject if subject is not None and is_event_noun(subject) else None


def _copula_carrier(verb: Any, span: Any) -> Any:
    """What a copula hands its event to: the clause a cleft singles out, the complement,
    or an event-noun subject the date is all that is said of; None to keep the copula."""
    lemma = base_form(verb)
    children = list(verb.children)
    inside = {t.i for t in span}
    cleft = next((c for c in children if c.dep_ in ("ccomp", "advcl", "relcl")
                  and c.pos_ == "VERB" and any(g.lower_ == "that" for g in c.children)
                  and any(s.lower_ == "it" for s in children)), None)
    if cleft is not None:
        return cleft  # "it was not until Tuesday that Castro revealed"
    if span.root.dep_ == "attr" and span.root.head.i == verb.i \
            and any(c.lower_ == "it" and c.dep_ == "nsubj" for c in children):
        clause = next((c for c in children if c.dep_ in ("ccomp", "relcl", "advcl")
                       and c.i > span.end and c.pos_ in ("VERB", "AUX")), None)
        if clause is not None:
            return carry_event(clause, span)  # "it's not tonight we're worried about"
    complement = next((c for c in children if c.dep_ in ("acomp", "attr", "oprd")
                       and c.i not in inside), None)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if complement is not None and subject is not None and (
            is_figure(subject) and _is_amount(complement)
            or is_event_noun(subject) and _is_ordinal_only(complement)):
        return subject  # "A year earlier, net income was $2.1 million": the figure; "the
        # dividend increase was Du Pont's second this year": the increase
    if complement is None and lemma == "be":
        complement = next((c for c in children if c.i > verb.i and c.i not in inside
                           and (c.dep_ == "advmod" and c.pos_ == "ADV"
                                or c.dep_ == "prep" and not _holds(c, inside))), None)
    if complement is not None and complement.lower_ in PLACE_ADVERBS:
        purpose = next((c for c in children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i
                        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)),
                       None)
        complement = purpose or complement  # "we'll be back tomorrow to continue talks"
    if complement is not None and complement.dep_ == "prep":
        happening = next((c for c in complement.children
                          if c.dep_ == "pobj" and is_event_noun(c)), None)
        complement = happening or complement  # "was behind two killings in Belfast"
    if complement is not None:
        return complement  # "was weak during the quarter", "is due Friday", "was down"
    if lemma == "be" and subject is not None and is_event_noun(subject):
        return subject  # "the meeting is on Friday": the date is all that is said of it
    return None


def _is_ordinal_only(token: Any) -> bool:
    """An ordinal that stands for its subject's noun ("was Du Pont's [second] this
    year", "the strike was the third in a month")."""
    return token.lower_ in ORDINALS and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                 for c in token.children)


def _is_amount(token: Any) -> bool:
    """A sum or count ("$2.1 million", "1.76 billion", "14%", "12 cents a share"): a number
    or a noun a number or a currency sign counts."""
    return bool(token.like_num or token.tag_ == "CD" or token.text in ("$", "%") or any(
        c.dep_ in ("nummod", "quantmod") or c.tag_ == "$" for c in token.children))


def _is_carrying_participle(verb: Any) -> bool:
    """A participle modifying a noun that only carries it to the date: a light verb's
    ("remarks made last week", "charges taken in the period") or "dating" ("shootings
    dating to 1994"); a plan's is `_planned_event`'s."""
    if verb.dep_ != "acl":
        return False
    lemma = base_form(verb)
    if verb.tag_ == "VBN":
        return lemma in LIGHT_VERBS or lemma == "make"
    return verb.tag_ == "VBG" and lemma == "date"


def _is_depictive(verb: Any) -> bool:
    """A participle that tells the state in which something was found or seen ("was found
    floating off the coast", "found abandoned at the airport"): the finding is the event.
    Not one after a comma with its own object, nor one of a verb whose state is told
    already ("left rates unchanged, [signaling] a hike"): a clause of its own."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("xcomp", "ccomp", "oprd", "advcl") \
        and verb.head.i < verb.i and base_form(verb.head) in DISCOVERY \
        and not (verb.doc[verb.left_edge.i - 1].text == "," and any(
            c.dep_ == "dobj" for c in verb.children) or any(
            c.dep_ in ("oprd", "acomp") for c in verb.head.children))


def _is_time_clause(verb: Any) -> bool:
    """A clause that only tells the time: "as dawn broke", "when night fell"."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    # The parser may take the subject for the object of "as": read the words themselves.
    words = [t.lower_ for t in verb.doc[max(verb.i - 3, 0):verb.i]]
    return any(w in TIME_SUBJECTS for w in words[-2:]) \
        and any(w in ("as", "when", "while") for w in words)


def _holds(prep: Any, inside: set[int]) -> bool:
    """Whether a preposition introduces the expression itself ("on Friday")."""
    return any(c.i in inside for c in prep.children)


def _dates_object(verb: Any, span: Any) -> bool:
    """Whether the expression comes before the planning verb, dating the planning."""
    return bool(span.start < verb.i)


def _infinitive_governor(verb: Any, span: Any) -> Any:
    """The verb a "to" infinitive hangs on, where that verb is the event a date after the
    infinitive tells of: a request, attempt or vote told in the past ("invited Sinn Fein
    to rejoin two weeks ago", "voted to support the republic Friday", "were trying to
    cross six weeks ago"): what was asked or tried is not said to have happened, so the
    date is the asking's. None otherwise; an aspectual verb's infinitive ("began to relax
    in the early 1990s") is `carry_event`'s."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ != "VERB" or head.i > verb.i or span.start < verb.i \
            or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return None
    return head if base_form(head) in ASKING and _is_told_past(head) else None


def _is_told_past(verb: Any) -> bool:
    """A verb in the simple past ("invited"), or a past passive or progressive ("were
    invited", "were trying")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were") for c in verb.children)


def _dates_governor(verb: Any, planned: Any, span: Any) -> bool:
    """Whether the expression dates the planning itself ("agreed Wednesday to cooperate",
    "Last week, officials sought to have"): it does unless it follows the infinitive, or
    the object the infinitive tells of ("expects revenue in the latest quarter to total")."""
    told = any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start < planned.i
               for c in verb.children) and base_form(verb) in I_STATE
    return bool(span.start < planned.i) and not told


def is_figure(token: Any) -> bool:
    """A reported figure ("earnings", "a loss"): by its word as well as its lemma, since
    the lemmatizer makes "earnings" "earning"."""
    return base_form(token) in FIGURES or token.lower_ in FIGURES or hyphenated(token) in FIGURES


def particle_noun(noun: Any) -> Any:
    """A noun of a verb and its particle written apart, which the parser reads as the
    particle modified by a participle ("had a falling out"): the participle names the
    happening; any other noun is itself."""
    if noun is None or noun.pos_ != "ADP":
        return noun
    verb = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBG", "VBN")), None)
    return verb if verb is not None else noun


def noun_after_share(amount: Any) -> Any:
    """The noun an amount given with its amount a share modifies, after the closing comma
    ("included a $30 million, or 40 cents a share, write-down"), which the parser hangs on
    the amount as a conjunct; None when no noun follows there."""
    doc = amount.doc
    share = next((t for t in amount.subtree if t.lower_ == "share" and t.i + 2 < len(doc)
                  and doc[t.i + 1].text == ","), None)
    if share is None:
        return None
    j = share.i + 2
    while j < len(doc) and (doc[j].pos_ in ("NOUN", "ADJ") or doc[j].tag_ == "HYPH"
                            or doc[j].text == "-"):
        j += 1
    last = doc[j - 1]
    return last if j > share.i + 2 and last.pos_ == "NOUN" and last.i in {
        t.i for t in amount.subtree} else None
