"""The event trigger a temporal expression dates: the word that is the event, by the parse.

Follows the TimeML event guidelines: events are verbs, event nominals ("summit",
"bombing", "election") and predicative adjectives or nouns ("is due", "was weak", "was
part of"); a copula, a light verb ("held talks") or an intensional verb governing an
infinitive ("planned to pay Friday") hands the event on to the word that carries it.
Works on parsed spaCy tokens and spans (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import base_form, is_event_noun
from timeline.eventwords import (COPULAS, DISCOVERY, EVENT_NOUNS, FIGURES, I_ACTION, I_STATE,
                                 LIGHT_VERBS, PLANNING, RELATIONAL, REPORTING, TIME_WORDS)

MAX_CLIMB = 12
# How far back an event noun may stand in the phrase the expression ends.
NOUN_REACH = 5
# Subjects of a clause that only tells the time ("as dawn broke Saturday").
TIME_SUBJECTS = {"dawn", "dusk", "night", "day", "darkness", "daylight", "sun", "morning",
                 "evening"}
# Where a copula says someone is; with a purpose infinitive, that is the event ("I'm
# here today to tell you", "we'll be back tomorrow to continue our negotiations").
PLACE_ADVERBS = {"here", "there", "back", "home", "away"}
# Dependencies by which an expression modifies a noun rather than a clause.
NOUN_MODIFIER = {"compound", "amod", "nmod", "poss", "nummod", "appos"}


def event_sentence(span: Any) -> Any:
    """The sentence that tells the event `span` dates: its own, or, for a time stamp that
    the parser cut off ("10:32 a.m. ET — Officials said ..."), the one it stamps."""
    sentence = span.sent
    doc = span.doc
    if span.end <= sentence.end and len(sentence) - len(span) > 3:
        return sentence  # words besides the expression: not a bare stamp (the common case)
    rest = [t for t in sentence if not (span.start <= t.i < span.end) and not t.is_punct]
    if (rest and span.end <= sentence.end) or sentence.end >= len(doc):
        return sentence
    return doc[sentence.start:doc[max(span.end, sentence.end)].sent.end]


def find_trigger(span: Any, sentence: Any = None) -> Any:
    """The token that is the event `span` dates: a verb, an event noun or a predicate.

    sentence: `event_sentence(span)` when the caller has it already
    """
    sentence = sentence if sentence is not None else event_sentence(span)
    if sentence.end > span.sent.end:
        return _sentence_predicate(span, doc_sentence(sentence, span))
    clause = _when_clause(span)
    if clause is not None:
        return _carrier(clause, span)  # "in November, when he was called a witness"
    noun = _event_noun_before(span)
    if noun is not None:
        return noun  # "killed in a bombing in 1995", "a speech six weeks ago"
    token = span.root
    inside = {t.i for t in span}
    for _ in range(MAX_CLIMB):
        head = token.head
        if head.i == token.i:
            break
        via, token = token.dep_, head
        if token.i in inside or _is_time_word(token):
            continue
        if token.pos_ in ("VERB", "AUX"):
            return _fronted_event(span, token) or _carrier(_adjacent_verb(span) or token, span)
        if token.pos_ == "ADJ" and via not in NOUN_MODIFIER:
            if token.dep_ == "amod" and is_event_noun(token.head):
                return token.head  # "the general election due this September"
            if token.dep_ == "acomp" and base_form(token.head) == "become":
                return token.head  # "had become routine over the past decade"
            return token  # "payable Jan. 3", "due March 1, 2011"
        if token.pos_ in ("NOUN", "PROPN") and is_event_noun(token):
            return token
        if token.pos_ == "NOUN" and via in NOUN_MODIFIER and _is_dated_noun(token):
            return token  # "reported third-quarter earnings", "year-earlier results included"
    return _sentence_predicate(span)


def _is_dated_noun(noun: Any) -> bool:
    """Whether a reported figure that the expression modifies is what it dates ("reported
    third-quarter earnings"): not when it is the subject of a verb, which tells what
    happened to it ("third-quarter profit jumped"), nor when it only says what an event
    noun above it is about ("a drop in third-quarter income"). Other nouns are no events
    ("the 11th century temple", "Friday's edition"); event nouns are the climb's."""
    if noun.dep_ in ("nsubj", "nsubjpass") and base_form(noun.head) in RELATIONAL:
        return True  # "third-quarter results included a gain": the results
    if noun.dep_ in ("nsubj", "nsubjpass", "compound") or _is_time_word(noun):
        return False
    if not _is_figure(noun):
        return False  # "Friday's edition", "the 1987 level", "the 11th century temple"
    above = noun.head.head
    return not (noun.dep_ == "pobj" and above.pos_ == "NOUN" and is_event_noun(above))


def _when_clause(span: Any) -> Any:
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


def _event_noun_before(span: Any) -> Any:
    """An event noun right before the expression, in a prepositional phrase: "in a speech
    six weeks ago", "at a news conference Friday".

    Annotators date the nearest event word there; the parser often hangs the date on the
    verb. A gerund ("composite trading Friday") and an object ("complete the transaction
    early next year") leave the date to the verb.
    """
    if span.start == span.sent.start:
        return None
    token = span.doc[span.start - 1]
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and _is_event_nominal(token):
        return token
    return _event_of_chain(span)


def _event_of_chain(span: Any) -> Any:
    """The event noun at the head of an "of" chain right before "in"/"on" and the date:
    "Pyongyang's abduction of Japanese nationals in the 1970s"; a listed happening in a
    verb's adjunct there ("killed in a bombing in 1995"), not a goal or source the verb
    takes ("agreed to the transaction in August 1988"); or the head of another phrase when
    the noun is no verb's object ("whose rescue off Florida's coast two months ago set
    off", but "filed objections to the court's jurisdiction in 1995" dates the filing)."""
    doc, i = span.doc, span.start - 1
    if i <= span.sent.start:
        return None
    if doc[i].lower_ in ("in", "on", "during"):
        i -= 1
    elif span.root.dep_ not in ("npadvmod", "advmod") or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None  # "the creation of NATO 50 years ago", "the close of business Thursday"
    first = doc[i]
    if first.pos_ == "NOUN" and _is_event_nominal(first) and _is_phrase_event(first):
        return first  # "within weeks of his capture on March 26, 1996"
    while i > span.sent.start and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"):
        if doc[i - 1].dep_ == "prep" and doc[i - 1].head.pos_ == "NOUN":
            head = doc[i - 1].head
            if _is_event_nominal(head) and (doc[i - 1].lower_ == "of" or head.dep_ != "dobj"):
                return head  # "whose rescue off Florida's coast two months ago"
            # The parser may hang "of" on the noun after it ("tens of thousands"): the
            # walk goes on leftwards, never back to where it was.
            i = head.i if head.i < i else i - 1
            continue
        i -= 1
    return None


def _is_event_nominal(noun: Any) -> bool:
    """An event noun that is no bare gerund: "a bombing" and "the killing" are listed
    happenings, but "composite trading Friday" leaves the date to the verb ("closed")."""
    return is_event_noun(noun) and (not noun.lower_.endswith("ing")
                                    or base_form(noun) in EVENT_NOUNS
                                    or noun.lower_ in EVENT_NOUNS)


def _is_phrase_event(noun: Any) -> bool:
    """Whether an event noun right before the date's preposition is what it dates: a
    subject, an "of" object, or a listed happening (not only a deverbal ending, as
    "jurisdiction") in an adjunct; "to" and "from" bring the verb's goal or source."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ != "pobj":
        return False
    listed = base_form(noun) in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS
    return noun.head.lower_ == "of" or listed and noun.head.lower_ not in ("to", "from")


def _fronted_event(span: Any, verb: Any) -> Any:
    """"On a planned dismantlement ... as early as Thursday, Kono said", "In a long verbal
    attack read on Iraqi television Thursday, Saddam called": a date fronted with an event
    noun before the subject dates that event (the parser hangs both on the verb); before
    a verb other than of saying, not a bare gerund ("In composite trading Friday, shares
    fell" dates the falling, as `_is_event_nominal` says)."""
    reporting = base_form(verb) in REPORTING
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or span.start >= subject.i:
        return None
    for prep in verb.children:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.i < span.start and noun is not None \
                and noun.i < span.start and (is_event_noun(noun) if reporting
                                             else _is_event_nominal(noun)):
            return noun
    return None


def _adjacent_verb(span: Any) -> Any:
    """A verb right before the expression, or before its preposition: "said on Tuesday"."""
    if span.root.dep_ not in ("npadvmod", "pobj", "advmod", "tmod", "obl"):
        return None  # "said Friday's focus", "reported third-quarter profit jumped"
    doc = span.doc
    i = span.start - 1
    if i >= span.sent.start and doc[i].pos_ == "ADP":
        i -= 1
    if i >= span.sent.start and doc[i].pos_ == "VERB" and doc[i].tag_ in ("VBD", "VBZ", "VBP"):
        return doc[i]
    return None


def _sentence_predicate(span: Any, sentence: Any = None) -> Any:
    """For an expression with no verb above it (a headline, a fragment, a time stamp): the
    root of its sentence (or of `sentence`)."""
    root = (sentence if sentence is not None else span.sent).root
    return _carrier(root, span) if root.pos_ in ("VERB", "AUX") else root


def doc_sentence(sentence: Any, span: Any) -> Any:
    """The parser's sentence after the stamp `span` within `sentence`."""
    return span.doc[max(span.end, span.sent.end)].sent


def _carrier(verb: Any, span: Any) -> Any:
    """The word that carries the event of `verb`: the verb, or what it hands the event to."""
    lemma = base_form(verb)
    children = list(verb.children)
    if _is_time_clause(verb) and verb.head.pos_ in ("VERB", "AUX"):
        return _carrier(verb.head, span)  # "officials said as dawn broke Saturday"
    if _is_carrying_participle(verb) and (is_event_noun(verb.head) or _is_figure(verb.head)):
        return verb.head  # "remarks made last week", "shootings dating to 1994"
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" \
            and verb.head.i < verb.i:
        return verb.head  # "will begin withdrawing troops on Friday", "practiced forming"
    if _is_depictive(verb):
        return verb.head  # "was found clinging to an inner tube on Thanksgiving Day"
    if lemma in COPULAS or verb.pos_ == "AUX":
        carried = _copula_carrier(verb, span)
        if carried is not None:
            return carried
    if lemma == "take" and span.root.head.i == verb.i and span.root.dep_ in ("dobj", "npadvmod"):
        purpose = next((c for c in children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                        and any(a.lower_ == "to" for a in c.children)), None)
        if purpose is not None:
            return purpose  # "the plan took three months to complete": the completing
    if lemma == "take" and _taken_place(verb) is not None:
        return _taken_place(verb)  # "the recapitalization that took place in 1988"
    if lemma == "become":
        noun = next((c for c in children if c.dep_ == "attr" and is_event_noun(c)), None)
        if noun is not None:
            return noun  # "it has now become a tragedy"; "became the subject" is the event
    if lemma in PLANNING or lemma in I_ACTION or lemma in I_STATE:
        planned = next((c for c in children if c.pos_ == "VERB" and (
            c.dep_ == "xcomp" or c.dep_ in ("ccomp", "advcl") and lemma in I_STATE
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children))), None)
        if planned is not None and not _dates_governor(verb, planned, span):
            return _carrier(planned, span)  # "planned to pay the claims on Friday"
    if lemma in PLANNING and not _dates_object(verb, span):
        noun = next((c for c in children if c.dep_ == "dobj" and is_event_noun(c)), None)
        if noun is not None:
            return noun  # "planned a large demonstration on Saturday"
    if lemma in RELATIONAL and (span.start > verb.i or span.root.dep_ == "pobj"):
        # "Results for that quarter included a write-down": what the results include
        related = [c for c in children if c.dep_ == "dobj"] + [
            g for c in children if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for g in c.children if g.dep_ == "pobj"]
        noun = next((c for c in related if is_event_noun(c) or _is_figure(c)), None)
        if noun is not None:
            return noun  # "compared with year-earlier profit", "included a gain"
    if lemma in ("have", "report") and span.start > verb.i:
        # "had sales of $154 million last year" dates the having; "had a loss" the loss
        figure = next((c for c in children if c.dep_ == "dobj" and (
            is_event_noun(c) or base_form(c) == "charge" if lemma == "have"
            else _is_figure(c) or is_event_noun(c))),
            None)
        if figure is not None:
            return figure  # "had a loss of $5.5 million for the quarter"; a date before
            # the verb dates the having: "In the latest quarter, Aetna had a loss"
    if lemma in LIGHT_VERBS:
        noun = next((c for c in children if c.dep_ == "dobj" and is_event_noun(c)), None)
        if noun is not None:
            return noun  # "held talks Monday", "had a loss of $5.5 million"
    return verb


def _taken_place(verb: Any) -> Any:
    """The event noun that "took place": the verb only says that its subject happened
    ("the meeting took place on Friday"), or the noun a relative clause so tells of."""
    children = list(verb.children)
    if not any(c.dep_ == "dobj" and c.lower_ == "place" for c in children):
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
            return _carrier(clause, span)  # "it's not tonight we're worried about"
    complement = next((c for c in children if c.dep_ in ("acomp", "attr", "oprd")
                       and c.i not in inside), None)
    if complement is None and lemma == "be":
        complement = next((c for c in children if c.i > verb.i and c.i not in inside
                           and (c.dep_ == "advmod" and c.pos_ == "ADV"
                                or c.dep_ == "prep" and not _holds(c, inside))), None)
    if complement is not None and complement.lower_ in PLACE_ADVERBS:
        purpose = next((c for c in children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i
                        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)),
                       None)
        complement = purpose or complement  # "we'll be back tomorrow to continue talks"
    if complement is not None:
        return complement  # "was weak during the quarter", "is due Friday", "was down"
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if lemma == "be" and subject is not None and is_event_noun(subject):
        return subject  # "the meeting is on Friday": the date is all that is said of it
    return None


def _is_carrying_participle(verb: Any) -> bool:
    """A participle modifying a noun that only carries it to the date: a light verb's
    ("remarks made last week", "charges taken in the period") or "dating" ("shootings
    dating to 1994")."""
    if verb.dep_ != "acl":
        return False
    lemma = base_form(verb)
    if verb.tag_ == "VBN":
        return lemma in LIGHT_VERBS or lemma == "make"
    return verb.tag_ == "VBG" and lemma == "date"


def _is_depictive(verb: Any) -> bool:
    """A participle that tells the state in which something was found or seen ("was found
    floating off the coast on Thanksgiving Day", "found abandoned at the airport in
    December"): the finding is the event; the state only describes what was found."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("xcomp", "ccomp", "oprd", "advcl") \
        and verb.head.i < verb.i and base_form(verb.head) in DISCOVERY


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


def _dates_governor(verb: Any, planned: Any, span: Any) -> bool:
    """Whether the expression dates the planning itself ("agreed Wednesday to cooperate",
    "Last week, officials sought to have"): it does unless it follows the infinitive, or
    the object the infinitive tells of ("expects revenue in the latest quarter to total")."""
    told = any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start < planned.i
               for c in verb.children) and base_form(verb) in I_STATE
    return bool(span.start < planned.i) and not told


def _is_figure(token: Any) -> bool:
    """A reported figure ("earnings", "a loss"): by its word as well as its lemma, since
    the lemmatizer makes "earnings" "earning"."""
    return base_form(token) in FIGURES or token.lower_ in FIGURES


def _is_time_word(token: Any) -> bool:
    if token.like_num or token.text[:1].isdigit():
        return True
    return token.lower_ in TIME_WORDS
