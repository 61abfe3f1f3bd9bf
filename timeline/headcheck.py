"""The headline check: does a headline, parsed on its own, read as one?

A headline must have a predicate (a verb, or an event noun heading a nominal headline:
"Bombings at American embassies in Kenya and Tanzania"), open with a capital, leave no
relative pronoun, conjunction, preposition or article dangling at either end, stay short
and say more than clock words. `bench/headlines.py` runs it over a corpus; the rules
live here, apart from how headlines are made (`timeline.headline`). Works on parsed
spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import is_event_noun
from timeline.eventwords import TIME_WORDS
from timeline.wording import (MAX_WORDS, PARTICLES, RELATIVE_PRONOUNS, count_words,
                              is_demonstrative, is_pointing_object)


def headline_problems(doc: Any) -> list[str]:
    """What keeps a parsed headline from reading as one: the rules of the headline check.

    no-predicate (no verb, and not a nominal headline headed by an event noun: "Bombings
    at American embassies in Kenya and Tanzania", nor the name of an occasion headed by a
    calendar word: "International Women's Day"),
    lower-case (first letter not a capital), dangling (starts with a relative pronoun or
    conjunction, ends with a preposition, article, conjunction or relative pronoun),
    too-long (more than MAX_WORDS + 1 words), clock-fragment (digits and clock words only).
    """
    tokens = [t for t in doc if not t.is_space]
    if not tokens:
        return ["empty"]
    problems = []
    root = next((t for t in tokens if t.head.i == t.i), tokens[0])
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens) \
            and not (root.pos_ == "NOUN" and is_event_noun(root)) \
            and not (root.text.istitle() and root.lower_ in TIME_WORDS and any(
                c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                for c in root.children)):  # "Labor Day", "International Women's Day"
        problems.append("no-predicate")
    first = next((c for c in doc.text if c.isalnum()), "")
    if not (first.isupper() or first.isdigit()):
        problems.append("lower-case")
    words = [t for t in tokens if not t.is_punct and t.pos_ != "SYM"]  # "$306" is one word
    if words and (words[0].lower_ in RELATIVE_PRONOUNS | {"and", "or", "but"}
                  and not is_demonstrative(words[0])
                  or not is_pointing_object(words[-1]) and (
                      words[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")
                      and words[-1].dep_ != "prt" and not _is_particle(words)
                      or words[-1].lower_ in RELATIVE_PRONOUNS)):
        problems.append("dangling")
    if count_words(words) > MAX_WORDS + 1:  # "Gonzalez's" is one word
        problems.append("too-long")
    if all(t.like_num or t.text[:1].isdigit() or t.lower_ in TIME_WORDS for t in words):
        problems.append("clock-fragment")
    return problems


def _is_particle(words: list[Any]) -> bool:
    """Whether the last word is a particle after the object its verb moved it past ("hand
    the child over", "turned the offer down"), which the parse of a short headline may
    take for a preposition without its noun."""
    last, before = words[-1], words[-2] if len(words) > 1 else None
    return last.lower_ in PARTICLES and not list(last.children) and before is not None \
        and before.pos_ in ("NOUN", "PROPN", "PRON")
