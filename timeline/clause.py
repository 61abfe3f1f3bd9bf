"""The clause around an expression: its governing predicate, tense and a short summary.

Works on parsed spaCy tokens and spans (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

PAST, PRESENT, FUTURE = "past", "present", "future"
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
MODAL_AUX = {"could", "may", "might", "should", "can", "must", "ought", "would"}
# Predicates and modifiers that place what they govern ahead of the speaker.
FUTURE_LEMMAS = {
    "plan", "schedule", "slate", "expect", "intend", "aim", "prepare", "hope", "set",
    "propose", "due", "upcoming", "forthcoming", "scheduled", "planned", "slated",
    "expected", "proposed", "likely", "poised", "going", "want", "seek", "vow", "pledge",
    "promise", "threaten", "agree", "decide",
}
FUTURE_TO_LEMMAS = {"plan", "intend", "aim", "prepare", "hope", "expect", "want", "seek",
                    "vow", "pledge", "promise", "threaten", "agree", "decide", "set", "be",
                    "go", "schedule", "slate", "due", "likely", "poised", "suppose",
                    # an order, request or call looks ahead: "ordered residents to leave by"
                    "order", "urge", "ask", "tell", "direct", "instruct", "require", "invite",
                    "advise", "call", "encourage", "vote"}
EVENT_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "attr",
              "dative", "acomp", "oprd", "xcomp", "expl"}
NOUN_DEPS = {"det", "poss", "amod", "compound", "nummod", "prep", "pobj", "case", "nmod",
             "npadvmod", "quantmod", "advmod", "cc", "conj", "acl", "agent", "appos",
             "punct", "hmod", "hyph", "dep"}
MAX_PHRASE = 12


def base_form(token: Any) -> str:
    """The token's lemma, lower-cased: from the parse, else from the lemmatizer on demand."""
    if token.lemma_:
        return str(token.lemma_).lower()
    try:
        return str(token._.base).lower()
    except AttributeError:
        return str(token.lower_)


def clause_tense(span: Any) -> tuple[str | None, str]:
    """Past, present or future for the clause governing `span` (None when unknown),
    and the word that decided it."""
    token = span.root
    for _ in range(12):
        if token.i != span.root.i and _is_future_marker(token):
            return FUTURE, token.text
        if token.pos_ in ("VERB", "AUX") and token.i != span.root.i:
            tense = _verb_tense(token)
            if tense is not None:
                return tense, _verb_phrase(token)
        if token.head.i == token.i:
            return None, ""
        token = token.head
    return None, ""


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


def governing_predicate(span: Any) -> Any:
    """The token that the expression dates: an event noun or the nearest verb above it."""
    token = span.root
    for _ in range(12):
        if token.head.i == token.i:
            return token
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            if token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN":
                return token.head
            return _fronted_event(span, token) or token
        if token.pos_ == "NOUN" and not _is_time_noun(token):
            return token
    return span.sent.root


REPORTING = {"say", "tell", "add", "announce", "state", "note", "report", "stress"}
DEVERBAL = ("ment", "tion", "sion", "ance", "ence", "ure", "ing", "al")


def _fronted_event(span: Any, verb: Any) -> Any:
    """"On a planned dismantlement ... as early as Thursday, Kono said": a date fronted with
    an event noun before a reporting verb dates that event, not the saying (the parser
    hangs both on "said")."""
    if base_form(verb) not in REPORTING:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or span.start >= subject.i:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i >= span.start:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and noun.i < span.start \
                and noun.lower_.endswith(DEVERBAL):
            return noun
    return None


def _is_time_noun(token: Any) -> bool:
    if token.like_num or token.text[:1].isdigit():
        return True
    return token.lower_ in {"day", "week", "month", "year", "time", "date", "period",
                            "morning", "night", "afternoon", "evening"}


def summarize(span: Any) -> str:
    """A short readable clause: the governing predicate with its subject and object."""
    head = governing_predicate(span)
    inside = {t.i for t in span}
    if head.pos_ in ("NOUN", "PROPN"):
        tokens = _phrase(head, NOUN_DEPS, limit=MAX_PHRASE + 4, skip=inside)
        verb = head.head
        if head.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
            tokens |= _verb_core(verb, inside) | _governing_core(verb, inside)
    else:
        tokens = _verb_core(head, inside) | _governing_core(head, inside)
    words = sorted(tokens, key=lambda t: t.i)
    while words and words[-1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "PART", "SPACE"):
        words.pop()
    while words and words[0].pos_ in ("CCONJ", "PUNCT", "SPACE"):
        words.pop(0)
    return _balanced(_join(words)).strip(" ,;:—-")


def _balanced(text: str) -> str:
    """`text` cut before a bracket it opens but does not close: "at 10:35 a.m. (0735 GMT"."""
    depth, cut = 0, None
    for i, char in enumerate(text):
        if char == "(":
            cut = i if depth == 0 else cut
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    return text[:cut] if depth and cut is not None else text


def _governing_core(verb: Any, skip: set[int]) -> set[Any]:
    """For a verb without its own subject ("to mark", "speaking"), the clause above it."""
    parent = verb.head
    if _is_nonfinite(verb) and parent.i != verb.i and parent.pos_ in ("VERB", "AUX"):
        return _verb_core(parent, skip | {verb.i})
    return set()


def _is_nonfinite(verb: Any) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.tag_ in ("VB", "VBG", "VBN") and verb.dep_ in ("xcomp", "advcl", "ccomp", "acl")


def _verb_core(verb: Any, skip: set[int]) -> set[Any]:
    """The verb, its auxiliaries, subject, object (else first prepositional phrase)."""
    tokens = {verb} | _phrase_children(verb, EVENT_DEPS, skip)
    if not any(c.dep_ in ("dobj", "attr", "acomp", "xcomp") for c in verb.children):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i not in skip
                     and c.i > verb.i), None)
        if prep is not None:
            tokens |= _phrase(prep, NOUN_DEPS, limit=MAX_PHRASE, skip=skip)
    return tokens


def _phrase_children(verb: Any, deps: set[str], skip: set[int]) -> set[Any]:
    out: set[Any] = set()
    for child in verb.children:
        if child.dep_ not in deps or child.i in skip:
            continue
        if child.dep_ == "xcomp":
            out |= {child} | _phrase_children(child, {"aux", "dobj", "neg", "prt", "attr"}, skip)
        else:
            out |= _phrase(child, NOUN_DEPS, limit=MAX_PHRASE, skip=skip)
    return out


def _phrase(token: Any, deps: set[str], *, limit: int, skip: set[int]) -> set[Any]:
    """`token` and the dependents in `deps` below it, nearest first, at most `limit`."""
    out = {token}
    frontier = [token]
    while frontier and len(out) < limit:
        current = frontier.pop(0)
        for child in sorted(current.children, key=lambda t: abs(t.i - token.i)):
            if child.dep_ in deps and child.i not in skip and len(out) < limit:
                out.add(child)
                frontier.append(child)
    return _contiguous(out, token)


def _contiguous(tokens: set[Any], anchor: Any) -> set[Any]:
    """Drop tokens cut off from `anchor` by a gap, so the phrase reads as one piece."""
    ordered = sorted(t.i for t in tokens)
    keep = {anchor.i}
    for direction in (1, -1):
        i = anchor.i + direction
        while i in ordered:
            keep.add(i)
            i += direction
    return {t for t in tokens if t.i in keep}


def _join(tokens: list[Any]) -> str:
    parts: list[str] = []
    for prev, tok in zip([None, *tokens], tokens):
        if prev is not None and tok.i != prev.i + 1:
            parts.append(" ")
        elif prev is not None:
            parts.append(prev.whitespace_)
        parts.append(tok.text)
    return "".join(parts)
