"""Asides set off by commas (appositions, participle clauses, a superlative after the
clause) and what a date inside one dates: the aside's own happening, not the main clause's.

"Stephen Akerfeldt, [currently vice president finance], will succeed Mr. McAlpine": now is
when he is vice president, not when he succeeds; "Unemployment fell to 3.9% in April, [the
lowest since 2000]": 2000 is where the comparison reaches back to, not when it fell; "The
festival, [held every year since 1970], was canceled": 1970 dates the holding.
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.clause import base_form, is_event_noun
from timeline.eventwords import COPULAS, MOVING, TIME_WORDS
from timeline.phrase import OBJECT_WORDS, SUBJECT_WORDS, noun_phrase
from timeline.wording import finish_text, join_words, trim_words

# Links by which a date sits inside a noun phrase, before its noun: "[the fabled 11th
# century] temple", "[its current] source", "[the 1998] winner", "[currently] vice president".
PREMODIFIERS = {"amod", "compound", "nmod", "nummod", "npadvmod", "advmod", "poss"}
# Date words that tell of the time of writing, whose apposition holds now: "its current
# source", "currently vice president".
PRESENT_WORDS = {"current", "currently", "now", "present", "presently", "today"}
NOUNS = ("NOUN", "PROPN")
# Ordinals that rate as a superlative does: "won the title, [its first] since 1986".
FIRSTS = {"first", "last"}
# Adverbs of a change told against an earlier figure: "[up] 15% from 4 pence a year earlier".
CHANGE_ADVERBS = {"up", "down", "off"}
# Verbs of change besides `eventwords.MOVING` that take an earlier figure with "from".
WIDENING = {"widen", "narrow", "expand", "rebound", "recover"}


def is_set_off(word: Any) -> bool:
    """Whether the phrase `word` heads opens right after a comma (or a dash) and follows
    the word it hangs on: an aside, not a restrictive modifier."""
    first = word.left_edge.i
    return word.head.i < word.i and first > 0 \
        and word.doc[first - 1].text in (",", "--", "\u2014")


def is_closed_before(verb: Any, span: Any) -> bool:
    """Whether the date `span` follows the comma that closes a participle aside the parse
    hangs it on ("arrested Smith, [wanted since 2015 for fraud], on Friday"): the date is
    the clause's around the aside, not the participle's."""
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ not in ("VBN", "VBD") \
            or not is_set_off(verb):
        return False
    token = span.root
    for _ in range(4):
        if token.head.i == verb.i:
            comma = verb.doc[token.left_edge.i - 1]  # the participle's first comma, not
            return comma.text == "," and comma.head.i == verb.i and verb.i < comma.i \
                and not any(t.text == "," for t in verb.doc[verb.i:comma.i])  # an inner
            # aside's ("increasing reserves to $300 million, or 6.7%, as of Sept. 30")
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def is_superlative_aside(word: Any) -> bool:
    """A superlative set off after the clause it rates ("fell to 3.9%, [the lowest] since
    2000", "rose 5%, [its highest level] since 1991"): the date inside tells where the
    comparison reaches back to, and the aside is told with the clause it rates. One
    before the clause's verb rates its subject ("The strike, [the longest] since 1984,
    ended"): an apposition (`is_dated_apposition`)."""
    second = word.dep_ == "dobj" and any(  # "won the title Sunday, [its first title]":
        c.dep_ == "dobj" and c.i < word.i for c in word.head.children)  # the parse's 2nd
    if word.dep_ not in ("appos", "npadvmod") and not second \
            or word.pos_ not in ("NOUN", "ADJ") or not is_set_off(word):
        return False
    return _is_rank(word) and any(a.pos_ in ("VERB", "AUX") and a.i < word.i
                                  for a in word.ancestors)


def _is_rank(word: Any) -> bool:
    """A superlative or an ordinal, or a noun one modifies: "the lowest", "its highest
    level", "the most", "its first", "the first major tax overhaul"."""
    return word.tag_ == "JJS" or word.lower_ in FIRSTS or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in FIRSTS
                              or any(g.tag_ == "RBS" for g in c.children))
        for c in word.children)


def is_dated_apposition(noun: Any, span: Any) -> bool:
    """Whether the date `span` sits inside the phrase of an apposition, before its noun
    ("Angkor Wat, [the fabled 11th century temple]", "Akerfeldt, [currently vice
    president]") or in its own phrase before the comma that closes it ("Smith, [a senator
    since 1990], said"): it dates what the apposition says of the noun before, not the
    clause that noun is in."""
    if noun.dep_ != "appos" or not _is_apposed(noun) or noun.head.pos_ not in NOUNS \
            or is_event_noun(noun) and not _is_rank(noun) or not is_set_off(noun) \
            or is_superlative_aside(noun) \
            or noun.like_num or noun.lower_ in TIME_WORDS:  # "Sunday, March [eighth]"
        return False
    end = noun.right_edge.i + 1  # closed as an aside is, not run on into a verb
    closed = end >= noun.sent.end or noun.doc[end].text in (",", ";", ".", "--", "\u2014")
    return closed and _dating_link(noun, span) is not None


def _dating_link(noun: Any, span: Any) -> Any:
    """The word by which the date `span` hangs on the apposition's `noun`: a modifier
    before it or a preposition after it with no comma between; else None."""
    token = span.root
    for _ in range(6):
        if token.head.i == token.i:
            return None
        if token.head.i == noun.i:
            before = token.dep_ in PREMODIFIERS and span.end <= noun.i
            after = token.dep_ == "prep" and token.i > noun.i and not any(
                t.text == "," for t in noun.doc[noun.i:span.start])
            return token if before or after else None
        token = token.head
    return None


def apposition_headline(noun: Any, skip: set[int]) -> str:
    """ "Stephen Akerfeldt, currently vice president finance, will succeed" → "Stephen
    Akerfeldt is vice president finance": the apposition told as what its noun is, with
    "was" where the clause around is in the past and the date is not the present, or
    where the date follows the noun not after "since" ("Jones, the mayor from 1990 to
    1998" → "Jones was the mayor"); "" unless the date words `skip` sit in the
    apposition's phrase (`is_dated_apposition`)."""
    head = noun.head
    dated = [t for t in noun.subtree if t.i in skip]
    link = _dating_link(noun, noun.doc[dated[0].i:dated[-1].i + 1]) if dated else None
    if noun.dep_ != "appos" or not _is_apposed(noun) or head.pos_ not in NOUNS \
            or link is None or is_event_noun(noun) and not _is_rank(noun):
        return ""
    told = {t.i for t in noun.subtree}
    subject = trim_words(sorted(noun_phrase(head, skip | told, SUBJECT_WORDS),
                                key=lambda t: t.i))
    clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    rest = trim_words(sorted(noun_phrase(noun, skip | clauses, OBJECT_WORDS),
                             key=lambda t: t.i))
    if not subject or not rest:
        return ""
    plural = head.tag_ in ("NNS", "NNPS")
    # "a senator [since] 1990" still is one; "the mayor [from] 1990 to 1998" was
    present = any(t.lower_ in PRESENT_WORDS for t in dated) \
        or link.lower_ == "since" and noun.tag_ != "JJS" \
        or (link.dep_ != "prep" or noun.tag_ == "JJS") and not _is_past(head)
    copula = ("are" if plural else "is") if present else ("were" if plural else "was")
    return finish_text(f"{join_words(subject)} {copula} {join_words(rest)}")


def _is_apposed(word: Any) -> bool:
    """A common noun or a superlative, which an apposition dated inside says its noun is
    ("Smith, [a senator] since 1990", "the strike, [the longest] since 1984"); a name is
    no such description ("the newspaper, daily [Granma]")."""
    return bool(word.pos_ == "NOUN" or word.tag_ == "JJS")


def _is_past(noun: Any) -> bool:
    """Whether the nearest verb above `noun` is told in the past ("was clearing mines from
    Angkor Wat", "hired John Doe")."""
    token = noun
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def earlier_figure(span: Any, skip: set[int],
                   named_by: Callable[[str, Any, list[Any]], str]) -> str:
    """ "Delta posted net income of $133.1 million, up from $100 million a year earlier" →
    "Delta posted net income of $100 million": a date inside the "from" phrase of a change
    dates the earlier figure, told with the clause's subject: as what it was after a
    copula or a verb of change ("revenues dropped to $300 million, down from $450 million
    the year before" → "Revenues were $450 million"), else with the verb in the past and
    its object's amount swapped. "" otherwise, and where the subject has a time of its own
    ("net sales for this year's third quarter") or is a pronoun.
    named_by: the headline with whose its subject is named, given the verb and the
    subject's words ("[The computer maker's] net was $58 million": `naming.name_subject`)."""
    source = _from_phrase(span)
    figure = next((c for c in source.children if c.dep_ == "pobj"), None) \
        if source is not None else None
    if source is None or figure is None or figure.i in skip or not _is_amount(figure):
        return ""
    verb = source.head.head if source.head.lower_ in CHANGE_ADVERBS else source.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.pos_ not in ("VERB", "AUX") or subject is None or subject.pos_ == "PRON":
        return ""
    named = sorted(noun_phrase(subject, skip, SUBJECT_WORDS), key=lambda t: t.i)
    if any(t.lower_ in TIME_WORDS or t.like_num for t in named):
        return ""
    told = join_words(trim_words(sorted(noun_phrase(figure, skip, OBJECT_WORDS),
                                        key=lambda t: t.i)))
    who = join_words(trim_words(named))
    if base_form(verb) in COPULAS | MOVING | WIDENING:
        copula = "were" if subject.tag_ in ("NNS", "NNPS") else "was"
        return named_by(finish_text(f"{who} {copula} {told}"), verb, named)
    own = next((c for c in verb.children if c.dep_ == "dobj" and c.i < source.i), None)
    at = next((c for c in verb.children if c.lower_ == "at" and c.i < source.i
               and any(g.dep_ == "pobj" and _is_amount(g) for g in c.children)), None)
    if verb.tag_ != "VBD" or own is None and at is None:
        return ""  # "is paying a dividend of 4.6 pence": no past to tell it in
    if own is None:  # "closed [at] $12 on Monday, down from $15 on Friday"
        return named_by(finish_text(f"{who} {verb.text} at {told}"), verb, named)
    if _is_amount(own):  # "earned [$2 billion], up 18% from $1.69 billion"
        return named_by(finish_text(f"{who} {verb.text} {told}"), verb, named)
    of = next((c for c in own.children if c.dep_ == "prep" and c.lower_ == "of"
               and any(g.dep_ == "pobj" and _is_amount(g) for g in c.children)), None)
    if of is None:
        return ""
    what = trim_words(sorted((t for t in noun_phrase(own, skip, OBJECT_WORDS) if t.i < of.i),
                             key=lambda t: t.i))  # "sales [for the quarter] of": no more
    return named_by(finish_text(f"{who} {verb.text} {join_words(what)} of {told}"), verb,
                    named)


def _from_phrase(span: Any) -> Any:
    """The "from" of a change the date sits in ("up from $100 million, or $2.03 a share, [a
    year earlier]", "dropped to $300 million from $450 million [the year before]"), or
    None."""
    token = span.root
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.lower_ == "from" and token.dep_ == "prep" and token.i < span.start and (
                token.head.lower_ in CHANGE_ADVERBS and token.head.dep_ == "advmod"
                or base_form(token.head) in MOVING | WIDENING):
            return token
    return None


def _is_amount(noun: Any) -> bool:
    """A number, or a noun a number or a currency sign counts: "$4 million", "seven",
    "52,000 tons", "5%"."""
    return bool(noun.like_num or any(
        c.dep_ in ("nummod", "quantmod", "compound", "nmod") and (c.like_num or c.tag_ == "$")
        for c in noun.children))


def named_role_headline(span: Any, skip: set[int]) -> str:
    """ "Last year's champion, Rafael Nadal, withdrew" → "Rafael Nadal was last year's
    champion": a date before a subject's noun of a role whose name is set off after it
    dates the role, told as what the name was (is, for a present date); else ""."""
    noun = span.root.head
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and is_set_off(c)), None)
    if name is None or span.root.dep_ not in PREMODIFIERS or noun.i < span.end \
            or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") \
            or is_event_noun(noun):
        return ""
    told = {t.i for t in name.subtree}
    role = trim_words(sorted((t for t in noun_phrase(noun, skip | told, OBJECT_WORDS)
                              if t.i <= noun.i), key=lambda t: t.i))
    who = trim_words(sorted(noun_phrase(name, skip, SUBJECT_WORDS), key=lambda t: t.i))
    if not role or not who or role[0].i in skip:
        return ""
    present = any(t.lower_ in PRESENT_WORDS for t in span)
    article = "" if role[0].dep_ in ("det", "poss") or role[0].i == span.start else "the "
    told_role = join_words(role)
    if role[0].pos_ != "PROPN":  # "[The] 2014 winner" opened the sentence
        told_role = told_role[:1].lower() + told_role[1:]
    return finish_text(f"{join_words(who)} {'is' if present else 'was'} {article}{told_role}")
