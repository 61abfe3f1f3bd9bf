"""Clues that two reports tell one happening: trigger stems, story words, names."""

from __future__ import annotations

import pytest

from timeline.evidence import (content_stems, count_shared, find_story_words, name_links,
                               trigger_stem)
from timeline.model import Event, Interval, Trigger, When


def _event(sentence: str, trigger: Trigger | None = None) -> Event:
    when = When("Friday", "2018-06-08", "DATE", None, Interval("2018-06-08", "2018-06-09", "day"))
    return Event(id="", doc="a", when=when, summary="", sentence=sentence,
                 offsets=(0, len(sentence)), timex_offsets=(0, 0), trigger=trigger)


STEMS = [
    # derivations share the stem: "bombed" / "bombing"
    (Trigger("bombing", 0, 7, lemma="bombing", pos="NOUN"), "bomb"),
    (Trigger("bombed", 0, 6, lemma="bomb"), "bomb"),
    # every quotation has "said"; "is" names no happening
    (Trigger("said", 0, 4, lemma="say", event_class="REPORTING"), ""),
    (Trigger("announced", 0, 9, lemma="announce"), ""),
    (Trigger("is", 0, 2, lemma="be", event_class="STATE"), ""),
    (None, ""),
]


@pytest.mark.parametrize(("trigger", "stem"), STEMS,
                         ids=["noun", "verb", "reporting-class", "reporting-lemma", "copula",
                              "no-trigger"])
def test_evidence_trigger_stem(trigger: Trigger | None, stem: str) -> None:
    assert trigger_stem(_event("Bombs exploded Friday.", trigger)) == stem


def test_evidence_story_words_are_in_more_events_than_documents() -> None:
    events = [frozenset({"elia", "fath", f"w{i}"}) for i in range(6)] + [frozenset({"dead"})] * 3
    assert find_story_words(events, documents=3) == {"elia", "fath"}
    # below five events no word is the story's
    assert find_story_words(events[:4], documents=2) == frozenset()


SHARED = [
    # a name of several words is one clue
    ("The Immigration and Naturalization Service ruled.",
     "The Immigration and Naturalization Service spoke.", 1),
    # the same words, lower case, are several
    ("the immigration and naturalization service ruled.",
     "the immigration and naturalization service spoke.", 3),
    # story words count for nothing
    ("Elian met his father.", "Elian called his father.", 0),
]


@pytest.mark.parametrize(("first", "second", "clues"), SHARED,
                         ids=["one-name", "lower-case-words", "story-words"])
def test_evidence_count_shared(first: str, second: str, clues: int) -> None:
    a, b = (content_stems(_event(s)) for s in (first, second))
    words_a, words_b = (frozenset(w for w, _ in seq) for seq in (a, b))
    names = name_links(a) & name_links(b)
    assert count_shared(words_a, words_b, names, frozenset({"elia", "fath"})) == clues
