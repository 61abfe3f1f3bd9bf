"""Who a headline is about: its subject's phrase, with the names pronouns stand for.

A headline that starts "He was charged" or "We were pushed out" names nobody. The subject
pronoun gives way to what the sentence says it stands for (`timeline.antecedent`), to the
subject the sentence before opens with (`timeline.continuation`), "whose" to its noun;
a quotation's "we" or "I" is told with who said it ("Adams: We were pushed out of the
talks"), never with a name guessed for "we".
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.antecedent import SAYING, antecedent
from timeline.clause import base_form
from timeline.continuation import previous_subject
from timeline.phrase import SUBJECT_WORDS, name_phrase, noun_phrase
from timeline.wording import MAX_WORDS, RELATIVE_PRONOUNS, finish_text, join_words

# Contractions after a pronoun, written out when a name replaces it ("They're" → "The
# companies are"); "'d" ("had" or "would") is not.
CONTRACTIONS = {"re": "are", "ll": "will", "ve": "have", "m": "am"}
# Words of the first person: a quotation's speaker and those the speaker speaks for.
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}


def subject_phrase(verb: Any, skip: set[int], text: str = "") -> set[Any]:
    """The subject's phrase; a relative or personal pronoun's antecedent; a shared or
    governing subject."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return noun_phrase(verb.head, skip | {verb.i}, SUBJECT_WORDS)  # "the Finals, which"
    named = antecedent(subject, verb, text) if subject is not None else None
    if named is not None and subject is not None:  # "Kimotho said he and Bushnell"
        return name_phrase(named, skip) | {t for c in subject.children if c.dep_ in (
            "cc", "conj") for t in c.subtree if t.i not in skip}
    if subject is not None and subject.i in skip and subject.pos_ in ("NOUN", "PROPN"):
        # the date is the subject: "[The latest period] had profit of $4 million"
        return noun_phrase(subject, skip - {t.i for t in subject.subtree}, SUBJECT_WORDS)
    if subject is not None:
        return noun_phrase(subject, skip, SUBJECT_WORDS)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i \
            and verb.head.pos_ in ("VERB", "AUX"):
        return subject_phrase(verb.head, skip, text)  # "will close Thursday and remain closed"
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return noun_phrase(verb.head, skip | {verb.i}, SUBJECT_WORDS)  # "a bid launched"
    return set()


def name_subject(headline: str, verb: Any, named: list[Any], text: str,
                 start: int | None) -> str:
    """`headline` with who it is about named: "whose" by its noun, a pronoun opening the
    sentence at `start` by the subject the sentence before opens with, a quotation's
    first person with its speaker. named: the subject's words as the headline has them."""
    owner = _owner(verb) if verb is not None else ""
    if owner and named:
        mark = "'" if owner.endswith("s") else "'s"  # "Ogden Projects' shares"
        headline = finish_text(f"{owner}{mark} {headline[:1].lower()}{headline[1:]}")
    if start is not None and named and headline.startswith(named[0].text.title()) \
            and (len(named) == 1 or named[0].pos_ == "PRON"):  # also "He and Arafat meet"
        name = previous_subject(named[0], text, start)  # "Kopp ... . He was charged"
        rest = _contracted(named[0], headline[len(named[0].text):])
        if name and rest is not None:
            return name + rest
    first = headline.split(" ", 1)[0].split("'", 1)[0].lower()
    speaker = _speaker(verb) if verb is not None and first in FIRST_PERSON else ""
    if speaker and len(f"{speaker} {headline}".split()) <= MAX_WORDS + 1:
        return f"{speaker}: {headline}"  # "Adams: We were pushed out of the talks"
    return headline


def _speaker(verb: Any) -> str:
    """Who said the clause of `verb`, named (not a pronoun): "'We were pushed out,' Adams
    said" → "Adams"; else ""."""
    token = verb
    for _ in range(3):
        if token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        elif token.dep_ in ("ccomp", "parataxis") and base_form(token.head) in SAYING:
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return ""
            return join_words(sorted(name_phrase(subject, set()), key=lambda t: t.i))
        else:
            return ""
    return ""


def _contracted(pronoun: Any, rest: str) -> str | None:
    """`rest` of a headline after `pronoun`, a contraction written out for the name that
    replaces the pronoun ("He's expected" → "Annan is expected", not "Annan's"); None for
    one that cannot be."""
    if not rest.startswith("'"):
        return rest
    word = rest[1:].split(" ", 1)[0].lower()
    if word == "s" and pronoun.i + 1 < len(pronoun.doc):
        return f" {'has' if base_form(pronoun.nbor()) == 'have' else 'is'}{rest[2:]}"
    full = CONTRACTIONS.get(word)
    return f" {full}{rest[1 + len(word):]}" if full else None


def _owner(verb: Any) -> str:
    """Whom "whose" of a relative clause's subject stands for: "Ebrahim, whose company has
    been sending travelers" → "Ebrahim"; else ""."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or subject is None \
            or not any(c.lower_ == "whose" for c in subject.children):
        return ""
    head = verb.head
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        head = head.head  # "Coleco Industries Inc., a toy maker whose stock peaked"
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "det")
             or t.i == head.i]
    return join_words(sorted(words, key=lambda t: t.i))
