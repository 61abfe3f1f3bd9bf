"""Clues in the words of two reports that they tell one happening: content words,
names, trigger stems, and the story's words that are no clue (see `timeline.compare`)."""

from __future__ import annotations

import re
from typing import Sequence

from timeline.eventwords import COPULAS, REPORTING
from timeline.model import Event

# A document tells a happening once (a row takes one event per document), so a word in
# more events than there are documents is used for several happenings: the story's.
# Below five events no word is common enough to say so.
STORY_MIN_EVENTS = 5
STEM_LENGTH = 4
WORD = re.compile(r"[^\W_]+")
# Function words and reporting verbs: shared by unrelated sentences, they identify nothing.
STOP_WORDS = frozenset("""
a about after against all also an and any are as at be been before being but by can could
did do does during each for from had has have he her his how i if in into is it its just
more most much no not now of on once only or other our out over she so some such than that
the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your
him me my us myself himself herself itself themselves
said says say saying told tells according reported reports added
""".split())


def trigger_stem(event: Event) -> str:
    """The stem of the event's trigger lemma; "" for none, a reporting verb or a copula
    (a quotation's "said" or an "is" names no happening)."""
    trigger = event.trigger
    if trigger is None or trigger.event_class == "REPORTING":
        return ""
    lemma = trigger.lemma.lower() or trigger.text.lower()
    if lemma in REPORTING or lemma in COPULAS or lemma in STOP_WORDS:
        return ""
    return lemma[:STEM_LENGTH]


def find_story_words(descriptions: Sequence[frozenset[str]], documents: int) -> frozenset[str]:
    """Words in more of the event `descriptions` than there are `documents` (and in at
    least `STORY_MIN_EVENTS`): the story's, not one happening's."""
    counts: dict[str, int] = {}
    for words in descriptions:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    least = max(STORY_MIN_EVENTS, documents + 1)
    return frozenset(w for w, n in counts.items() if n >= least)


def count_shared(first: frozenset[str], second: frozenset[str],
                 names: frozenset[frozenset[str]], story: frozenset[str]) -> int:
    """Content words of both descriptions outside the `story` words, the parts of one
    name counting once.

    names: pairs of neighbouring capitalized words found in both sentences (`name_links`)
    """
    shared = (first & second) - story
    if not shared:
        return 0
    # "the Immigration and Naturalization Service", "United States" name one thing
    # however many words they take.
    return max(len(shared) - sum(1 for link in names if link <= shared), 1)


def describe_event(event: Event) -> frozenset[str]:
    """The content words of an event's sentence, its temporal expression left out."""
    return frozenset(stem for stem, _ in content_stems(event))


def content_stems(event: Event) -> list[tuple[str, bool]]:
    """The stems of the content words of an event's sentence, in order, without its date,
    each with whether the word is capitalized."""
    sentence = event.sentence.replace(event.when.text, " ", 1)
    stems = []
    for raw in WORD.findall(sentence):
        word = raw.lower()
        if word not in STOP_WORDS and not word.isdigit() and len(word) > 1:
            stems.append((word[:STEM_LENGTH], raw[0].isupper()))
    return stems


def name_links(sequence: list[tuple[str, bool]]) -> frozenset[frozenset[str]]:
    """Pairs of neighbouring capitalized content words: the parts of one name."""
    return frozenset(frozenset((first, second))
                     for (first, upper), (second, next_upper) in zip(sequence, sequence[1:])
                     if upper and next_upper and first != second)
