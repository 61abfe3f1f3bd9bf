"""Whose a reported clause's opening possessive is: "Unisys said [its] European business
was weak" tells of Unisys' business, so the headline says so ("Unisys' European business
was weak") rather than leaving "Its" with no one named.

Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.wording import possessive

# A possessive pronoun and the number of the speaker it can stand for.
SINGULAR = {"its", "his", "her"}
PLURAL = {"their"}
# Speakers this long or longer are told no better than the pronoun is.
MAX_OWNER_WORDS = 4


def sayer_possessive(headline: str, named: list[Any], verb: Any,
                     is_saying: Callable[[Any], bool]) -> str:
    """`headline` with the possessive pronoun it opens with replaced by the speaker of the
    verb of saying the clause is reported by, when the pronoun agrees with that speaker,
    a name or a noun with "the" of at most MAX_OWNER_WORDS words with nothing after its
    noun; else `headline`. is_saying: clause.is_saying, passed in to keep the import
    graph shallow."""
    owner = _speaker(verb, is_saying) if named and named[0].dep_ == "poss" else None
    word = named[0].lower_ if named else ""
    if owner is None or not headline.startswith(named[0].text.capitalize() + " ") \
            or word not in (PLURAL if owner.tag_ in ("NNS", "NNPS") else SINGULAR) \
            or word in ("his", "her") and owner.pos_ != "PROPN":
        return headline
    words = [t for t in owner.subtree if not t.is_space]  # all of it: "The nation [of X]"
    if owner.pos_ == "NOUN" and words[0].lower_ != "the" or len(words) > MAX_OWNER_WORDS \
            or words[-1].i != owner.i or any(t.dep_ == "poss" or t.is_punct for t in words):
        return headline
    name = " ".join(t.text for t in words)
    return f"{possessive(name[:1].upper() + name[1:])}{headline[len(named[0].text):]}"


def _speaker(verb: Any, is_saying: Callable[[Any], bool]) -> Any:
    """The subject of the verb of saying whose reported clause `verb` heads; else None."""
    if verb.dep_ != "ccomp" or not is_saying(verb.head):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
