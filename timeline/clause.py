"""The clause around an expression: its tense, read from the verbs above it.

Works on parsed spaCy tokens and spans (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.eventwords import (COPULAS, EVENT_ENDINGS, EVENT_NOUNS, NOT_EVENT_NOUNS, REPORTING,
                                  SAYING, TIME_WORDS)

PAST, PRESENT, FUTURE = "past", "present", "future"
# Adjectives whose infinitive tells of their subject ("The bid was due to expire").
RAISING = {"due", "set", "scheduled", "slated", "able", "unable", "about", "bound"}
# How far up the parse a pronoun's antecedent, or a clause's speaker, is looked for.
MAX_CLIMB = 6
# Verbs whose "it" is often no thing at all: "it is time", "it seems", "it looks like".
DUMMY_IT_VERBS = {"be", "seem", "appear", "become", "remain", "look", "happen", "take",
                  "make", "matter"}
# Verbs a dummy "it" opens whose clause after "like", "as", "that" is what seems so.
_SEEMING = {"look", "seem", "appear", "sound"}
_SEEMING_MARKS = {"like", "as", "that"}
# What "it" is before a clause of "before" or "until" when it stands for nothing: "it is
# a matter of days before Elian will be reunited", "it was weeks until the rains came".
WAITS = {"matter", "question", "time", "minutes", "hours", "days", "weeks", "months",
         "years", "decades"}
# "made clear that it ...", "made known": "make" says something only with these.
_MADE_SAYING = {"clear", "plain", "known"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
MODAL_AUX = {"could", "may", "might", "should", "can", "must", "ought", "would"}
# Predicates and modifiers that place what they govern ahead of the speaker.
FUTURE_LEMMAS = {
    "plan", "schedule", "slate", "expect", "intend", "aim", "prepare", "hope", "set",
    "propose", "due", "upcoming", "forthcoming", "scheduled", "planned", "slated",
    "expected", "proposed", "likely", "poised", "going", "want", "seek", "vow", "pledge",
    "promise", "threaten", "agree", "decide",
}
# Verbs of planning: told in the past, what they plan may lie on either side of publication.
PLAN_LEMMAS = {"plan", "schedule", "slate"}
FUTURE_TO_LEMMAS = {"plan", "intend", "aim", "prepare", "hope", "expect", "want", "seek",
                    "vow", "pledge", "promise", "threaten", "agree", "decide", "set", "be",
                    "go", "schedule", "slate", "due", "likely", "poised", "suppose",
                    # an order, request, call or summons looks ahead: "ordered residents
                    # to leave by", "subpoenaed him to testify on Feb. 10"
                    "order", "urge", "ask", "tell", "direct", "instruct", "require", "invite",
                    "advise", "call", "encourage", "vote", "subpoena", "summon"}


def base_form(token: Any) -> str:
    """The token's lemma, lower-cased: from the parse, else from the lemmatizer on demand."""
    if token.lemma_:
        return str(token.lemma_).lower()
    key = (token.text, token.tag_)
    known = _LEMMAS.get(key)
    if known is None:
        try:
            known = str(token._.base).lower()
        except AttributeError:
            known = str(token.lower_)
        if len(_LEMMAS) >= MAX_LEMMAS:
            _LEMMAS.clear()
        _LEMMAS[key] = known
    return known


# The rule lemmatizer's answer depends only on the word and its tag; the event rules ask
# for the same few verbs and nouns many times over.
_LEMMAS: dict[tuple[str, str], str] = {}
MAX_LEMMAS = 50_000


def clause_tense(span: Any) -> tuple[str | None, str]:
    """Past, present or future for the clause governing `span` (None when unknown),
    and the word that decided it. A plan told in the past ("protesters planned a rally on
    Saturday", "a service planned for Saturday was canceled") gives no direction (None),
    with the plan's word: what was planned may be behind or still ahead."""
    token = span.root
    for _ in range(12):
        if token.i != span.root.i and _is_future_marker(token):
            if token.dep_ == "acl" and clause_tense_of_token(token.head) == PAST:
                return None, token.text
            return FUTURE, token.text
        if token.i != span.root.i and _plans_an_event(token, span.root):
            return None, token.text
        if token.pos_ in ("VERB", "AUX") and token.i != span.root.i and not token.like_url:
            # a link the parser took for a verb ("... http://t.co/x1") tells no tense
            tense = _verb_tense(token)
            if tense is not None:
                return tense, _verb_phrase(token)
        if token.head.i == token.i:
            return None, ""
        token = token.head
    return None, ""


def _plans_an_event(verb: Any, expression: Any) -> bool:
    """"planned a rally on Saturday": a planning verb in the past with the planned event as
    its object and the expression after it ("On Friday, the government planned to pay" is
    the day of the planning)."""
    return verb.tag_ == "VBD" and base_form(verb) in PLAN_LEMMAS and expression.i > verb.i \
        and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ == "xcomp" for c in verb.children)


def _verb_phrase(verb: Any) -> str:
    """The verb with its auxiliaries and negation, as written: "could not be located"."""
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    return " ".join(t.text for t in sorted([*words, verb], key=lambda t: t.i))


def _is_future_word(token: Any) -> bool:
    if base_form(token) == "set" and not any(c.lower_ == "for" or c.dep_ == "xcomp"
                                             for c in token.children):
        return False  # "a vote set for Friday" is ahead; "the record set on Aug. 6" is not
    return base_form(token) in FUTURE_LEMMAS or token.lower_ in FUTURE_LEMMAS


def _is_future_marker(token: Any) -> bool:
    if _is_future_word(token) and token.pos_ in ("ADJ", "NOUN"):
        return True
    if token.tag_ in ("VBN", "JJ") and _is_future_word(token) \
            and token.dep_ in ("acl", "amod", "relcl"):
        return True
    return any(child.dep_ == "amod" and child.lower_ in FUTURE_LEMMAS
               for child in token.children)


def _verb_tense(verb: Any) -> str | None:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if not aux and verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") \
            and {c.lower_ for c in verb.head.children if c.dep_ == "aux"} & FUTURE_AUX:
        return FUTURE  # "will close Thursday and remain closed Friday": the "will" is shared
    if "could" in words and _is_negated(verb):
        return PAST  # "could not be reached Wednesday": an attempt already made
    if verb.tag_ == "VBN" and "have" in words and words & MODAL_AUX \
            and not words & {"will", "shall", "'ll"}:
        return PAST  # "may have been responsible for a drop on Wednesday": a guess at the past
    if words & FUTURE_AUX or words & MODAL_AUX:
        return FUTURE
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in aux):
        return _infinitive_tense(verb)
    if verb.tag_ == "VBD" or words & {"did", "had", "was", "were", "has", "have"}:
        if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
            return FUTURE
        return PAST
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return FUTURE
    if verb.tag_ == "VBN" and words & {"is", "are", "am", "'s", "'re"} and _is_future_word(verb):
        return FUTURE  # "opening statements are expected Monday"
    if verb.tag_ in ("VBZ", "VBP"):
        # "analysts expect record sales on Black Friday": planning verbs look ahead
        return FUTURE if _is_future_word(verb) else PRESENT
    if verb.tag_ == "VBN" and (verb.dep_ in ("acl", "relcl") or not aux):
        # A bare participle reports a done deed: "the decision, announced Wednesday".
        return FUTURE if _is_future_word(verb) else PAST
    return None


def _is_negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("neither", "nor") for c in verb.subtree
               if c.i < verb.i)


def _infinitive_tense(verb: Any) -> str | None:
    """An infinitive looks forward from its governor: "plans to meet", "agreed to hold"."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "csubj":  # "countries to accede Friday were Poland and...": the head's time
        return clause_tense_of_token(head)
    if base_form(head) in FUTURE_TO_LEMMAS:
        if any(c.lower_ == "had" for c in head.children if c.dep_ in ("aux", "auxpass")):
            return PAST  # "had been scheduled to begin Tuesday": a plan already overtaken
        return FUTURE
    return clause_tense_of_token(head)


def clause_tense_of_token(token: Any) -> str | None:
    """The tense of the verb `token` itself, or of the nearest verb above it."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            tense = _verb_tense(token)
            if tense is not None:
                return tense
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def is_event_noun(token: Any) -> bool:
    """Whether a noun names a happening: a listed event noun or a regular deverbal one."""
    lemma = base_form(token)
    word = token.lower_
    if lemma in NOT_EVENT_NOUNS or word in NOT_EVENT_NOUNS or word in TIME_WORDS:
        return False
    if lemma in EVENT_NOUNS or word in EVENT_NOUNS or hyphenated(token) in EVENT_NOUNS:
        return True
    return token.pos_ == "NOUN" and len(lemma) > 6 and lemma.endswith(EVENT_ENDINGS)


def hyphenated(token: Any) -> str:
    """The whole hyphenated word a token ends, lower-cased ("buy-out" for "out" of "the
    buy-out"; the tokenizer splits at the hyphen), or "" when it ends none: a noun made of
    a verb and its particle names the happening as one word ("a write-down", "the sell-off")."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{base_form(token)}"


def is_reporting(verb: Any) -> bool:
    """A verb of saying; not a price "quoted at 87.5 cents", which tells a market's news."""
    return base_form(verb) in REPORTING and not (base_form(verb) == "quote" and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in verb.children))


def is_tag_infinitive(verb: Any) -> bool:
    """An infinitive the parse hangs on a speech tag set inside the sentence: "a desire,
    its proponents said, [to cement] the gains". A tag takes no infinitive (the desire
    does), so the infinitive is no clause of the tag's speaker ("Its proponents to
    cement ..." says what the sentence does not)."""
    head = verb.head
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.dep_ == "xcomp" and head.dep_ == "parataxis" \
        and is_reporting(head)


def is_dummy(verb: Any) -> bool:
    """Whether "it" of `verb` may stand for nothing: "it seems", "it looks like", a copula
    with a clause put after it ("it is important to act", "it was clear that ...") or a
    wait before a clause ("it is a matter of days before ...")."""
    lemma = base_form(verb)
    if lemma in DUMMY_IT_VERBS - COPULAS:
        return True
    if lemma not in COPULAS:
        return False
    complements = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    if any(t.lower_ in WAITS for t in complements[1:]) and any(
            c.dep_ == "advcl" and any(m.lower_ in ("before", "until") for m in c.children)
            for c in verb.children):
        return True  # "it is a matter of days [before ...]", "it was weeks [until ...]"
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") and not (
        t.lower_ in RAISING and c.dep_ == "xcomp")  # "it was due to expire": the bid was
        for t in complements for c in t.children)


def is_happening_it(verb: Any) -> bool:
    """Whether "it" of `verb` stands for a happening, not for a name: a copula whose noun
    names one ("Jones said it was a warning": what happened was the warning, not Jones)."""
    return base_form(verb) in COPULAS and any(
        c.dep_ == "attr" and is_event_noun(c) for c in verb.children)


def dummy_content(verb: Any) -> Any:
    """The clause a dummy "it" of `verb` puts off, which tells the news: "it looks like
    [the West just wants to destroy Iraq]", "it seems that ..."; else `verb`. A wait ("it
    is just a matter of days before ...") keeps its "it": `is_dummy` tells it whole."""
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return verb
    marks = _SEEMING_MARKS if base_form(verb) in _SEEMING else set()
    for clause in verb.children:
        if clause.dep_ in ("advcl", "ccomp") and clause.i > verb.i and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and any(
                c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            return clause
    return verb


def is_saying(verb: Any) -> bool:
    """A verb of saying or thinking, or "made clear (plain, known)"."""
    return base_form(verb) in SAYING or base_form(verb) == "make" and any(
        c.lower_ in _MADE_SAYING for c in verb.children)


def time_reported(verb: Any) -> Any:
    """The clause a verb of saying reports where the parse hung it on the verb's own "at
    the time" as a relative clause ("saying at the time [he was willing to resign]"): a
    verb of saying with nothing reported says nothing, so the clause after "the time"
    with no relative word of its own is what was said; else None."""
    if base_form(verb) not in REPORTING or any(
            c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lower_ not in ("time", "moment"):
            continue
        clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
        if clause is not None and clause.pos_ in ("VERB", "AUX") and not any(
                t.tag_ in ("WDT", "WP", "WRB") or t.lower_ == "that"
                for t in clause.subtree if t.i < clause.i):
            return clause
    return None


def fronted_report(verb: Any) -> Any:
    """The clause set first and closed by a comma that `verb` takes, with no object of its
    own: "Retail sales rose 2 percent in April, [government figures showed]". A clause put
    before its verb is what the verb reports, whatever the verb ("show", "find",
    "suggest"); that clause, else None."""
    if any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None) \
        or next((p for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                 for p in c.children if misread_finite(p)), None)  # "the rate [held]"
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    end = max(t.i for t in clause.subtree)
    return clause if end + 1 < verb.i and verb.doc[end + 1].text == "," else None


def fronted_ruling(verb: Any) -> Any:
    """The clause put before `verb` that it rules or finds ("The boy must be returned,
    [authorities ruled]"), else None; not one a semicolon closes, which ends a sentence of
    its own: "The bridge was closed in March; in April, engineers found cracks"."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1:verb.i]):
        return None
    return clause

def misread_finite(participle: Any) -> bool:
    """Whether a past participle the parse hangs on the noun before it is that noun's verb:
    the noun has no other verb (it is the sentence's root: "The jobless rate held at 4
    percent in April"), or it is one of two subjects the parse gives a verb, the first,
    before a comma ("The jobless rate [held] at 4 percent, data showed": the rate held,
    the data showed it)."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") or noun.i > participle.i \
            or any(c.dep_ == "agent" for c in participle.children):  # "passed [by the Senate]"
        return False
    if noun.dep_ == "ROOT":
        return noun.pos_ in ("NOUN", "PROPN") and not any(
            t.pos_ in ("VERB", "AUX") and t.i != participle.i and t.head.i == noun.i
            and t.dep_ not in ("acl", "relcl") for t in noun.sent)
    end = max(t.i for t in participle.subtree)
    verb = noun.head
    return noun.dep_ == "nsubj" and end + 1 < len(noun.doc) and noun.doc[end + 1].text == "," \
        and any(c.dep_ == "nsubj" and c.i > end for c in verb.children) and verb.i > end
