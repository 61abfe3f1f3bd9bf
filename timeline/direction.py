"""The direction policy: where an expression lies from its anchor, from the words before it
and the tense of its clause ("agreed Wednesday": past; "will meet Monday", "as early as
Thursday", "payable Dec. 7": future), and the words that decided it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.eventwords import EVENT_ENDINGS, EVENT_NOUNS, NOT_EVENT_NOUNS
from timeline.lexicon import (
    ATTRIBUTIVE, BOUND_BEFORE, DEADLINE, EVENT_TIME_BEFORE, MINUS_WORDS, OVERTAKEN, PLUS_WORDS,
    NOUN_AFTER, PHRASE_END, POSSESSIVE_PAST, POSTPONED, SCHEDULE_VERBS, SCHEDULED_NOUNS,
    SUPERSEDED,
)
from timeline.readings import FUTURE, PAST, PRESENT, Context


@dataclass(frozen=True, slots=True)
class Direction:
    """The direction chosen for an expression and why.

    mod: ON_OR_AFTER, ON_OR_BEFORE from bounding words ("as early as"), else None.
    toward: past, present, future or None (no tense). reason: the deciding words, for readers.
    """

    mod: str | None
    toward: str | None
    reason: str

    def pointed(self, anchor: str | None) -> str | None:
        """`toward`, unless an anchor word points the expression: "next" ahead, "last" back."""
        if anchor in PLUS_WORDS:
            return FUTURE
        if anchor in MINUS_WORDS:
            return PAST
        return self.toward


def choose_direction(context: Context) -> Direction:
    """The direction of the expression `context` surrounds: bounding words, else its tense."""
    bound = _bound(context)
    if bound is not None:
        found, mod, direction = bound
        if direction == DEADLINE:
            past = context.tense == PAST and not POSTPONED.search(context.before)
            direction = PAST if past else FUTURE
        elif direction == FUTURE and SUPERSEDED.search(context.before):
            return Direction(mod, None, f'"{" ".join(found.group(0).split())}" in a plan '
                                        'given up, on either side of publication')
        elif direction == FUTURE and OVERTAKEN.search(context.before):
            return Direction(mod, PAST, f'"{" ".join(found.group(0).split())}" in a plan told '
                                        'in the past perfect, so already overtaken')
        return Direction(mod, direction or context.tense,
                         f'"{" ".join(found.group(0).split())}" before it')
    if _possessive_past(context):
        return Direction(None, PAST, "a possessive: something already done")
    if _attributive_past(context):
        return Direction(None, PAST, "a date naming a happening: something already done")
    if context.tense == PRESENT and _is_schedule_verb(context.tense_word):
        return Direction(None, FUTURE, f'"{context.tense_word}", a timetable in the present tense')
    if context.tense:
        return Direction(None, context.tense, f'the {context.tense} tense of "{context.tense_word}"')
    if context.tense_word:
        return Direction(None, None, f'"{context.tense_word}", a plan told in the past, so '
                                     'the nearest one')
    return Direction(None, None, "no tense in its clause, so the nearest one")


def _bound(context: Context) -> tuple[re.Match[str], str | None, str | None] | None:
    """The first bounding phrase before the expression, with its mod and direction."""
    for pattern, mod, direction in BOUND_BEFORE:
        m = pattern.search(context.before)
        if m:
            return m, mod, direction
    return None


def _possessive_past(context: Context) -> bool:
    """"Thursday's ruling" names something done, but "will appear during Sunday's Super
    Bowl" dates the event the future clause is about."""
    return bool(POSSESSIVE_PAST.match(context.after)) and not (
        context.tense == FUTURE and EVENT_TIME_BEFORE.search(context.before))


def _attributive_past(context: Context) -> bool:
    """"under a June agreement", "the Aug. 7 bombings": a date modifying the noun of a
    happening after a determiner names what was done (not "the June meeting")."""
    if not ATTRIBUTIVE.search(context.before):
        return False
    found = NOUN_AFTER.match(context.after)
    if found is None:
        return False
    second = found["second"]
    return _is_done_noun(second if second and second not in PHRASE_END else found["first"])


def _is_done_noun(noun: str) -> bool:
    """A noun of a happening that is not scheduled ahead: "agreement", "bombings"."""
    single = noun.removesuffix("s")
    if {noun, single} & (SCHEDULED_NOUNS | NOT_EVENT_NOUNS):
        return False
    return noun in EVENT_NOUNS or single in EVENT_NOUNS \
        or len(single) > 6 and single.endswith(EVENT_ENDINGS)


def _is_schedule_verb(verb_phrase: str) -> bool:
    """True when the phrase ends in a timetable verb in the present: "begin", "opens"."""
    found = verb_phrase.lower().split()
    word = found[-1] if found else ""
    return bool({word, word.removesuffix("s"), word.removesuffix("es")} & SCHEDULE_VERBS)
