"""Align the events of several timelines: one row per happening, its sources and agreed date.

Two events of different documents are the same happening when there is evidence of one
event (below) and

1. their dates are *compatible* (`timeline.pairing`: the intervals overlap or nest, their
   granularities near) and their descriptions score at least `similarity` (unless both
   give the same clock time); or
2. their dates *conflict* (`timeline.pairing`: disjoint at one level, near, neither
   open-ended) and their descriptions score at least `conflict_similarity` on the
   stricter token-sort ratio: the two must be alike as a whole, not one contained in the
   other (generic earnings sentences, "sales rose from a year earlier", must not
   conflict).

Evidence of one event is scored in points and must reach `shared_words`: a content word
both descriptions share is a point, unless it is a *story word*; the same trigger (its
stem: "bombed"/"bombing", "explode"/"explosion"; near-synonyms of one family, "blast"/
"bombing"; a verb's event-noun subject, "the bombings occurred"; not a reporting verb,
which every quotation shares) is two, three on the same day; the same clock time is two
("9 a.m. Tuesday" twice is rarely a coincidence, a shared day often is). The same clock
time, or two nouns of one family of news happenings on one day ("the Aug. 7 bombings",
"the Aug. 7 blasts"), need no alike descriptions. Different named speakers of a
reporting or reacting verb ("Iran condemned", "Estrada condemned") are two happenings,
whatever else they share (`timeline.evidence`), a reaction ("South Africa deplored the
blasts") and what it reacts to are two, and so are two reports that put their
happening "in" (or "near", "outside") different places ("the blast in Nairobi", "an
explosion in Dar es Salaam"; "in Nairobi, Kenya" elsewhere makes "in Kenya" the same
place). "Now" (placed
on the publication day) is a state at that time, no happening's day: it joins nothing.
Story words are those found in more events than there are documents (and in at least
`STORY_MIN_EVENTS`): a document tells one happening once, so such a word is used for
several happenings. In articles on one story, "Elian", "Gonzalez", "Cuba", "father" are
in most sentences and tell one happening of that story from another no better than the
date does.

Descriptions are the event's sentence without its temporal expression, reduced to
content words cut to their first letters (a crude stem: "bombs"/"bombing"), and scored
with rapidfuzz's token-set ratio (compatible dates) or token-sort ratio (conflicting
dates).

Alignment is one-to-one per document: the best-scoring pairs are merged first, and two
groups merge only when they hold no document in common.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from timeline.comparison import Comparison, ComparisonRow
from timeline.errors import InputError
from timeline.eventwords import HAPPENING_FAMILIES
from timeline.evidence import count_shared
from timeline.evidence import find_story_words as story_words
from timeline.model import Document, Interval, Timeline
from timeline.pairing import (AlignItem, AlignOptions, candidate_pairs, is_same_clock,
                              is_same_day, prepare_events, relate)

# Evidence points: the same trigger stem is the event itself, and so nearly is the same
# clock time (two happenings of one story at the same minute are rare, on the same day
# common); a shared content word outside the story words is a clue.
TRIGGER_POINTS = 2
CLOCK_POINTS = 2
# The same trigger on the same day: "the Aug. 7 bombings" named by date and happening.
DAY_POINTS = 1
# The trigger stems of news happenings named in other words (`HAPPENING_FAMILIES`).
FAMILY_NAMES = frozenset(family[0] for family in HAPPENING_FAMILIES)


def align_timelines(timelines: Sequence[Timeline],
                    options: AlignOptions | None = None) -> Comparison:
    """The events of `timelines` aligned into rows in timeline order.

    Raises: InputError when two documents share an id.
    """
    options = options or AlignOptions()
    documents = tuple(d for t in timelines for d in t.documents)
    ranks = _document_ranks(documents)
    items = prepare_events([e for t in timelines for e in t.events], ranks)
    scored = score_pairs(items, options, find_story_words(items))
    groups = _group(items, scored, options)
    rows = sorted((_row(items, g) for g in groups), key=lambda kr: kr[0])
    numbered = tuple(
        ComparisonRow(f"r{i}", r.events, r.agreed, r.value, r.conflict, r.mod)
        for i, (_, r) in enumerate(rows, start=1))
    return Comparison(documents, numbered)


def _document_ranks(documents: Sequence[Document]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for i, doc in enumerate(documents):
        if doc.id in ranks:
            raise InputError(f"document id {doc.id!r} appears twice; give each document "
                             "its own id", source=doc.source)
        ranks[doc.id] = i
    return ranks


def find_story_words(items: Sequence[AlignItem]) -> frozenset[str]:
    """The story words of the events compared (`timeline.evidence.find_story_words`)."""
    return story_words([it.words for it in items], len({it.doc for it in items}))


def count_evidence(a: AlignItem, b: AlignItem, story: frozenset[str]) -> int:
    """Evidence points that `a` and `b` tell one happening (see the module docstring)."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return 0
    if is_elsewhere(a, b) or a.reaction != b.reaction:
        return 0
    points = 0
    if a.trigger and a.trigger == b.trigger:
        points += TRIGGER_POINTS + (DAY_POINTS if is_same_day(a, b) else 0)
    if is_same_clock(a, b):
        points += CLOCK_POINTS
    if not a.words.isdisjoint(b.words):
        names = a.links & b.links if a.links and b.links else frozenset()
        # Where it happened is one clue however many words its names take ("in Nairobi,
        # Kenya, and Dar es Salaam, Tanzania").
        where = (a.place_words | b.place_words) - story
        points += count_shared(a.words, b.words, names, story | where)
        points += 1 if not where.isdisjoint(a.words & b.words) else 0
    return points


def is_elsewhere(a: AlignItem, b: AlignItem) -> bool:
    """Whether `a` and `b` happen in different places: both name where, and no place of
    one is a place of the other (or beside it: `timeline.evidence.widen_places`)."""
    return bool(a.places) and bool(b.places) and a.places.isdisjoint(b.places)


def is_named_happening(a: AlignItem, b: AlignItem) -> bool:
    """Whether `a` and `b` name one news happening by its noun and its day: "the Oct. 23
    slaying", "the August 7 bombings" (`HAPPENING_FAMILIES` nouns on one day)."""
    return (a.trigger in FAMILY_NAMES and a.trigger == b.trigger and is_same_day(a, b)
            and _is_noun(a) and _is_noun(b))


def _is_noun(item: AlignItem) -> bool:
    return item.event.trigger is not None and item.event.trigger.pos == "NOUN"


def score_pairs(items: Sequence[AlignItem], options: AlignOptions,
                story: frozenset[str] = frozenset()) -> list[tuple[float, int, int, bool]]:
    """Candidate pairs with evidence of one event and similar enough descriptions:
    `(score, i, j, conflict)`.

    story: the story words, no evidence of one happening (`find_story_words`).
    """
    scored = []
    for i, j in candidate_pairs(items, options):
        a, b = items[i], items[j]
        if count_evidence(a, b, story) < options.shared_words:
            continue
        if relate(a, b, options) == "overlap":
            # The same clock time stands for the words two reports do not share: "has
            # given the relatives until 9 a.m. Tuesday", "extended its deadline until 9
            # a.m. EST Tuesday" score 47. So does a happening's noun on its day: "the
            # probe into the August 7 bombings" and "the Aug. 7 terrorist blasts" score 48.
            named = is_same_clock(a, b) or is_named_happening(a, b)
            cutoff = 0.0 if named else options.similarity
            score = max(fuzz.token_set_ratio(a.text, b.text, score_cutoff=cutoff),
                        1.0 if named else 0.0)
            conflict = False
        else:
            score = fuzz.token_sort_ratio(a.text, b.text,
                                          score_cutoff=options.conflict_similarity)
            conflict = True
        if score:
            scored.append((score, i, j, conflict))
    return scored


def _group(items: Sequence[AlignItem], scored: Iterable[tuple[float, int, int, bool]],
           options: AlignOptions) -> list[list[int]]:
    """Greedy one-to-one grouping: best pairs first, groups never share a document."""
    def priority(entry: tuple[float, int, int, bool]) -> tuple[float, float, int, int]:
        score, i, j, conflict = entry
        a, b = items[i], items[j]
        same_date = (a.start, a.end) == (b.start, b.end)
        bonus = 0 if conflict else 10 if same_date else 5
        return -(score + bonus), abs(a.position - b.position), i, j

    ranked = sorted(scored, key=priority)
    conflicts = {(i, j) for _, i, j, conflict in ranked if conflict}
    group_of = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    for _, i, j, _ in ranked:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _can_merge(items, members[gi], members[gj], conflicts, options):
            continue
        if len(members[gi]) < len(members[gj]):
            gi, gj = gj, gi
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    return list(members.values())


def _can_merge(items: Sequence[AlignItem], first: list[int], second: list[int],
               conflicts: set[tuple[int, int]], options: AlignOptions) -> bool:
    """Whether two groups may become one: no common document, no two places (a report
    naming both must not chain Nairobi's and Dar es Salaam's), and every two dates of
    theirs compatible, or in conflict only where that pair's descriptions passed the
    stricter conflict score (a month must not chain three different days into one row).
    """
    docs = {items[i].doc for i in first}
    if any(items[j].doc in docs for j in second):
        return False
    for i in first:
        for j in second:
            relation = relate(items[i], items[j], options)
            if relation is None or is_elsewhere(items[i], items[j]):
                return False
            if relation == "conflict" and (min(i, j), max(i, j)) not in conflicts:
                return False
    return True


def _row(items: Sequence[AlignItem], group: list[int]) -> tuple[tuple[object, ...], ComparisonRow]:
    """The row of a group, with its sort key: agreed start, shorter first, document order."""
    members = sorted((items[i] for i in group), key=lambda it: it.doc)
    events = tuple(it.event for it in members)
    first = members[0]
    start = max(it.start for it in members)
    end = min(it.end for it in members)
    if start >= end:
        earliest = min(members, key=lambda it: (it.start, it.end - it.start, it.doc))
        key = (earliest.start, earliest.end - earliest.start, first.doc,
               first.event.timex_offsets)
        return key, ComparisonRow("", events, None, None, True)
    key = (start, end - start, first.doc, first.event.timex_offsets)
    exact = [it for it in members if (it.start, it.end) == (start, end)]
    if exact:
        best = max(exact, key=lambda it: (it.level, -it.doc))
        when = best.event.when
        mods = {it.mod for it in exact}
        mod = mods.pop() if len(mods) == 1 else None
        return key, ComparisonRow("", events, when.interval, when.value, False, mod)
    return key, ComparisonRow("", events, *_partial_overlap(members, start, end), False)


def _partial_overlap(members: Sequence[AlignItem], start: datetime,
                     end: datetime) -> tuple[Interval, str | None]:
    """The common part of dates that overlap without nesting (a week across two months).

    Whole days become a day or a range of days in TIMEX3 form; a part of a day has no value.
    """
    midnight = datetime.min.time()
    if start.time() == midnight and end.time() == midnight:
        first, last = start.date(), (end - timedelta(days=1)).date()
        value = first.isoformat() if first == last else f"{first}/{last}"
        return Interval(first.isoformat(), end.date().isoformat(), "day"), value
    finest = max(members, key=lambda it: (it.level, -it.doc))
    interval = Interval(start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes"),
                        finest.event.when.interval.granularity)
    return interval, None
