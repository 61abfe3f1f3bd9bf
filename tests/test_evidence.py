"""Clues that two reports tell one happening: trigger stems, story words, names."""

from __future__ import annotations

import pytest

from timeline.evidence import (content_stems, count_shared, find_places, find_story_words,
                               name_links, subject_name, trigger_stem)
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


def _triggered(sentence: str, word: str, lemma: str, event_class: str = "OCCURRENCE",
               pos: str = "VERB") -> Event:
    at = sentence.index(word)
    return _event(sentence, Trigger(word, at, at + len(word), lemma=lemma, pos=pos,
                                    event_class=event_class))


# Reports of one happening name it in different words: a verb that only carries the
# happening's noun gives the noun, and near-synonyms of news happenings are one trigger.
CARRIED = [
    ("The suspected car bombings occurred minutes apart on Friday.", "occurred", "occur",
     "OCCURRENCE", "bomb"),
    ("In all, the bombings last week claimed at least 217 lives.", "claimed", "claim",
     "REPORTING", "bomb"),
    ("Four people were killed in an explosion near the embassy Friday.", "killed", "kill",
     "OCCURRENCE", "bomb"),
    ("Friday a blast took place near the embassy.", "took", "take", "OCCURRENCE", "bomb"),
    ("A bomb ripped through an office building Friday.", "ripped", "rip", "OCCURRENCE",
     "bomb"),
    # no event noun: the verb itself, its family's name
    ("Gunmen killed three guards Friday.", "killed", "kill", "OCCURRENCE", "kill"),
    ("The minister took the train Friday.", "took", "take", "OCCURRENCE", "take"),
    ("The rebels claimed victory Friday.", "claimed", "claim", "REPORTING", ""),
    ("The minister quit Friday.", "quit", "quit", "OCCURRENCE", "resign"),
    ("Police detained two men Friday.", "detained", "detain", "OCCURRENCE", "arrest"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "event_class", "stem"), CARRIED,
                         ids=["occur", "claim-lives", "passive-kill-in", "take-place",
                              "bomb-subject", "kill-no-noun", "take-no-place",
                              "claim-no-noun", "family-resign", "family-arrest"])
def test_evidence_trigger_stem_of_carrier_and_family(sentence: str, word: str, lemma: str,
                                                     event_class: str, stem: str) -> None:
    assert trigger_stem(_triggered(sentence, word, lemma, event_class)) == stem


FAMILY_NOUNS = [("explosion", "bomb"), ("blast", "bomb"), ("attack", "bomb"),
                ("bombing", "bomb"), ("talks", "talk"), ("negotiation", "talk"),
                ("slaying", "kill"), ("ballot", "vote"),
                # a shooting may only wound ("was wounded in the elbow but survived"):
                # no killing, so no word of the kill family
                ("shooting", "shoo")]


@pytest.mark.parametrize(("lemma", "stem"), FAMILY_NOUNS,
                         ids=[lemma for lemma, _ in FAMILY_NOUNS])
def test_evidence_family_nouns_share_a_stem(lemma: str, stem: str) -> None:
    sentence = f"The {lemma} was over Friday."
    assert trigger_stem(_triggered(sentence, lemma, lemma, pos="NOUN")) == stem


# Who reacts tells one reaction from another: "Iran condemned" and "the Philippine
# president condemned" the same bombings are two happenings.
SPEAKERS = [
    ("Philippine President Joseph Estrada on Tuesday condemned the bombings.", "condemned",
     "condemn", "estrada"),
    ("Iran Saturday condemned the bombing.", "condemned", "condemn", "iran"),
    ("The Cypriot government Saturday strongly condemned the attacks.", "condemned",
     "condemn", "cypriot"),
    ("The government condemned the attacks Friday.", "condemned", "condemn", ""),
    ("After a call from Clinton, the minister condemned the attacks.", "condemned",
     "condemn", ""),
    # not a reporting or reacting verb
    ("Kenya bombs exploded Friday.", "exploded", "explode", ""),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "speaker"), SPEAKERS,
                         ids=["title-and-name", "country", "adjective", "no-name",
                              "name-in-other-clause", "not-reacting"])
def test_evidence_subject_name(sentence: str, word: str, lemma: str, speaker: str) -> None:
    assert subject_name(_triggered(sentence, word, lemma)) == speaker


# Where a happening is: the proper names after "in", side by side after "and", a larger
# place after a comma; a capitalized word before a common noun is no place.
PLACES = [
    ("The blast in Nairobi occurred at about 10:35 a.m.", "occurred", {"nairobi"}, set()),
    ("The bombings in Kenya and Tanzania claimed 217 lives.", "claimed",
     {"kenya", "tanzania"}, set()),
    ("Bombs at embassies in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed 257.",
     "killed", {"nairobi", "kenya", "dar es salaam", "tanzania"},
     {frozenset({"nairobi", "kenya"}), frozenset({"dar es salaam", "tanzania"})}),
    ("Bombs exploded in U.S. embassies.", "exploded", set(), set()),
    ("The blast in Nairobi killed dozens.", "blast", {"nairobi"}, set()),
    ("The vote in the Senate was close.", "vote", set(), set()),
    ("The talks in Kenya's capital ended.", "ended", {"kenya"}, set()),
    ("A bomb exploded near Lima, killing nine.", "exploded", {"lima"}, set()),
    ("Troops clashed outside Baghdad.", "clashed", {"baghdad"}, set()),
]


@pytest.mark.parametrize(("sentence", "word", "places", "links"), PLACES,
                         ids=["one-place", "coordinated", "apposition", "modifier",
                              "before-past-verb", "determiner", "possessive", "near",
                              "outside"])
def test_evidence_find_places(sentence: str, word: str, places: set[str],
                              links: set[frozenset[str]]) -> None:
    assert find_places(_triggered(sentence, word, "x")) == (places, links)
