"""Clues in the words of two reports that they tell one happening: content words,
names, trigger stems, and the story's words that are no clue (see `timeline.compare`)."""

from __future__ import annotations

import re
from typing import Sequence

from timeline.eventwords import (CARRIER_VERBS, COPULAS, EVENT_ENDINGS, EVENT_NOUNS,
                                 HAPPENING_FAMILIES, NAME_PARTICLES, REACTING, REPORTING,
                                 TIME_WORDS)
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
    (a quotation's "said" or an "is" names no happening). A verb whose subject is the
    happening's noun ("the bombings occurred", "a bomb ripped through") gives the noun's
    (`carried_noun`); a word of a family of near-synonyms (`HAPPENING_FAMILIES`) gives
    the family's name."""
    trigger = event.trigger
    if trigger is None:
        return ""
    lemma = trigger.lemma.lower() or trigger.text.lower()
    if trigger.pos == "VERB" or lemma in CARRIER_VERBS:
        lemma = carried_noun(event) or lemma
    if lemma not in _FAMILY_OF and trigger.event_class == "REPORTING":
        return ""
    if lemma in REPORTING or lemma in COPULAS or lemma in STOP_WORDS:
        return ""
    return _FAMILY_OF.get(lemma, lemma[:STEM_LENGTH])


# Each word of a family of near-synonyms, to the family's name (its first word).
_FAMILY_OF = {word: family[0] for family in HAPPENING_FAMILIES for word in family}
# Event nouns: the TimeML nominals and the nouns of the families ("bombing", "talks").
_EVENT_NOUNS = EVENT_NOUNS | {word for word in _FAMILY_OF if word.endswith(EVENT_ENDINGS)}
# Words before a carrier verb where its subject may be ("the embassy bombings, on Aug. 7,
# killed"), and the prepositions of a passive's agent ("were killed in an explosion").
CARRIER_REACH = 6
AGENT_PREPOSITIONS = frozenset({"in", "by"})


def carried_noun(event: Event) -> str:
    """The happening's noun that a verb reports, its lemma, or "".

    A carrier verb (`CARRIER_VERBS`) reports the nearest event noun before it, within
    `CARRIER_REACH` words ("the blast claimed 217 lives", "the bombings occurred"), or
    after its passive's "in" or "by" ("killed in the blast"); "take" only in "take
    place". Any other verb reports the family word right before it, its subject ("a bomb
    ripped through", "the talks collapsed").
    """
    before, after = _around_trigger(event)
    lemma = event.trigger.lemma.lower() if event.trigger else ""
    if lemma not in CARRIER_VERBS:
        return _FAMILY_OF.get(before[-1], "") if before else ""
    if lemma == "take" and after[:1] != ["place"]:
        return ""
    for word in reversed(before[-CARRIER_REACH:]):
        if noun := event_noun_lemma(word):
            return noun
    if after[:1] and after[0] in AGENT_PREPOSITIONS:
        for word in after[1:4]:
            if noun := event_noun_lemma(word):
                return noun
    return ""


def _around_trigger(event: Event) -> tuple[list[str], list[str]]:
    """The words of the trigger's sentence before and after it, lower-cased, without the
    event's date and adverbs in -ly ("the bombings last week claimed")."""
    trigger = event.trigger
    if trigger is None:
        return [], []
    at, end = trigger.start - event.offsets[0], trigger.end - event.offsets[0]
    date = event.when.text
    parts = (event.sentence[:at], event.sentence[end:])
    words = [[w.lower() for w in WORD.findall(part.replace(date, " ", 1) if date else part)
              if not w.lower().endswith("ly")] for part in parts]
    return words[0], words[1]


# Where a clause begins, looking back from its verb.
CLAUSE_BREAK = re.compile(r"[,;:\"`()]|\b(?:that|which|who|and|but)\b")


def subject_name(event: Event) -> str:
    """The head of the proper name before a reporting or reacting verb in its clause (its
    speaker: "Estrada" in "Philippine President Joseph Estrada on Tuesday condemned", "Iran"
    in "Iran Saturday condemned"), lower-cased; "" for other triggers or no name."""
    trigger = event.trigger
    if trigger is None:
        return ""
    lemma = trigger.lemma.lower()
    if trigger.event_class != "REPORTING" and lemma not in REPORTING | REACTING:
        return ""
    clause = CLAUSE_BREAK.split(event.sentence[:trigger.start - event.offsets[0]])[-1]
    names = [w for w in WORD.findall(clause) if w[0].isupper()
             and w.lower() not in STOP_WORDS and w.lower() not in TIME_WORDS]
    return names[-1].lower() if names else ""


def is_reaction(event: Event) -> bool:
    """Whether the event is a reaction ("condemned", "deplored"): another happening than
    the one it reacts to ("South Africa deplored Friday the bomb blasts")."""
    return event.trigger is not None and event.trigger.lemma.lower() in REACTING


def event_noun_lemma(word: str) -> str:
    """The lemma of `word` if it is a news event noun, singular or plural ("bombings",
    "blasts"); "" otherwise."""
    for lemma in (word, word[:-1] if word.endswith("s") else "",
                  word[:-2] if word.endswith("es") else ""):
        if lemma in _EVENT_NOUNS:
            return lemma
    return ""


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


# A word or one punctuation mark; a name's word may hold periods, hyphens and an
# apostrophe ("U.S.", "Dar-es-Salaam", "Kenya's").
PLACE_TOKEN = re.compile(r"[^\W\d_][\w'.-]*|[^\w\s]")
COORDINATORS = frozenset({"and", "or"})
# Prepositions that say where a happening is: "in Nairobi", and as well "near Lima" or
# "outside Baghdad" (a town's outskirts are told by its name).
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})


def find_places(event: Event) -> tuple[frozenset[str], frozenset[frozenset[str]]]:
    """The proper names the event's sentence puts something "in", "near" or "outside"
    ("the blast in Nairobi", "in Kenya and Tanzania", "near Lima"), lower-cased, and the
    pairs of them in apposition ("in Nairobi, Kenya": a place and the larger one holding
    it).

    A capitalized word before a common noun modifies it ("in U.S. embassies") and is no
    place; the sentence's date is left out.
    """
    sentence = event.sentence.replace(event.when.text, " " * len(event.when.text), 1)
    trigger = event.trigger.start - event.offsets[0] if event.trigger else -1
    tokens = [(m.start(), m.group()) for m in PLACE_TOKEN.finditer(sentence)]
    places: set[str] = set()
    links: set[frozenset[str]] = set()
    for i, (_, word) in enumerate(tokens):
        if word.lower() in PLACE_PREPOSITIONS:
            _read_places(tokens, i + 1, trigger, places, links)
    return frozenset(places), frozenset(links)


def _read_places(tokens: Sequence[tuple[int, str]], at: int, trigger: int,
                 places: set[str], links: set[frozenset[str]]) -> None:
    """Add the names of one "in" phrase from `tokens[at]` on: names joined by "and" or
    "or" are places side by side, a name after a comma is the larger place holding the
    one before it."""
    previous = ""
    while True:
        name, at = _read_name(tokens, at)
        if not name:
            return
        if tokens[at - 1][1].lower().endswith("'s"):
            places.add(name)
            return
        if at < len(tokens) and _is_modified(tokens[at], trigger):
            return
        places.add(name)
        if previous:
            links.add(frozenset((previous, name)))
        following = [w.lower() for _, w in tokens[at:at + 2]] + ["", ""]
        if following[0] in COORDINATORS:
            previous, at = "", at + 1
        elif following[0] == "," and following[1] in COORDINATORS:
            previous, at = "", at + 2
        elif following[0] == ",":
            previous, at = name, at + 1
        else:
            return


def _read_name(tokens: Sequence[tuple[int, str]], at: int) -> tuple[str, int]:
    """The proper name starting at `tokens[at]`, lower-cased (its hyphens as spaces: "Dar
    es Salaam"), and where it ends; "" for none. A possessive ends it ("Kenya's")."""
    words: list[str] = []
    while at < len(tokens):
        word = tokens[at][1].rstrip(".")
        lower = word.lower()
        if word[:1].isupper() and lower not in STOP_WORDS and lower not in TIME_WORDS:
            if lower.endswith("'s"):
                return " ".join(words + [lower[:-2]]).replace("-", " "), at + 1
            words.append(lower)
        elif not (words and lower in NAME_PARTICLES and at + 1 < len(tokens)
                  and tokens[at + 1][1][:1].isupper()):
            break
        else:
            words.append(lower)
        at += 1
    return " ".join(words).replace("-", " "), at


def _is_modified(token: tuple[int, str], trigger: int) -> bool:
    """Whether `token`, right after a name, is the common noun the name modifies ("U.S.
    embassies"): a lower-case content word, not the event's trigger and not a past
    participle or past tense ("the blast in Nairobi killed")."""
    start, word = token
    lower = word.lower()
    return (word[:1].islower() and lower not in STOP_WORDS and lower not in TIME_WORDS
            and start != trigger and not lower.endswith("ed"))


def widen_places(found: Sequence[tuple[frozenset[str], frozenset[frozenset[str]]]]
                 ) -> list[frozenset[str]]:
    """The places of each report (`find_places`) with those any report sets beside them
    in apposition: "in Nairobi, Kenya" once, and "in Kenya" and "in Nairobi" name one place.
    """
    beside: dict[str, set[str]] = {}
    for _, links in found:
        for link in links:
            for place in link:
                beside.setdefault(place, set()).update(link)
    return [names.union(*(beside.get(p, ()) for p in names)) for names, _ in found]


def place_stems(places: frozenset[str]) -> frozenset[str]:
    """The description stems (`content_stems`) of the words of place names."""
    return frozenset(word[:STEM_LENGTH] for name in places for word in name.split()
                     if word not in STOP_WORDS and len(word) > 1)
