"""Events from expressions: a duration that ends at the publication date places its event;
one with no place of its own joins the event of its trigger."""

from __future__ import annotations

import pytest

import timeline
from timeline.anchor import _with_durations
from timeline.model import Mention

PLACED = [
    # durations ending at the publication date
    ("Prices have risen sharply over the past five years, the ministry said.", "P5Y",
     ("2013-05-23", "2018-05-23")),
    ("The city grew over the past 2017 years.", "P2017Y", ("0001-05-23", "2018-05-23")),
    # reaching before the year 1: the expression is kept, no event is placed
    ("Prices rose over the past 3000 years.", "P3000Y", None),
    ("Prices rose over the past 2018 years.", "P2018Y", None),
]


@pytest.mark.parametrize(("sentence", "value", "interval"), PLACED,
                         ids=["five-years", "to-year-1", "past-3000-years", "past-2018-years"])
def test_anchor_duration_to_publication_places_its_event(
        sentence: str, value: str, interval: tuple[str, str] | None) -> None:
    result = timeline.extract(sentence, published="2018-05-23")
    assert [t.value for t in result.timexes if t.type == "DURATION"] == [value]
    placed = [(e.when.interval.start, e.when.interval.end) for e in result.events
              if e.when.value == value]
    assert placed == ([interval] if interval else [])


MENTIONED = [
    # a duration or a set with no place of its own joins the event of its trigger
    ("Police questioned the suspect for three days last week.", "three days"),
    ("The third flight will depart each Thursday from August 6.", "each Thursday"),
]


@pytest.mark.parametrize(("sentence", "unplaced"), MENTIONED, ids=["duration", "set"])
def test_anchor_unplaced_expression_is_a_mention_of_its_triggers_event(
        sentence: str, unplaced: str) -> None:
    result = timeline.extract(sentence, published="1998-02-13")
    assert len(result.events) == 1
    assert [m.text for m in result.events[0].mentions or ()][1:] == [unplaced]


def test_anchor_unplaced_duration_joins_the_event_its_sentence_places() -> None:
    """A length whose trigger has no event of its own is kept with the event of its
    sentence, under its own trigger (what `-f timeml` links it to)."""
    result = timeline.extract("Thousands began gathering in the capital early Tuesday for "
                              "the two day rally.", published="1998-03-03")
    assert len(result.events) == 1
    joined = [(m.text, m.trigger.text if m.trigger else None)
              for m in result.events[0].mentions or ()][1:]
    assert joined == [("two day", "rally")]


def test_anchor_duration_with_no_trigger_joins_no_event() -> None:
    """A length with no trigger names nothing that lasts: it joins no event of its
    sentence (review: the docstring said so, the code joined it by sentence)."""
    result = timeline.extract("The strike ended on Tuesday.", published="2018-05-23")
    event = result.events[0]
    lasting = Mention("three weeks", "P3W", event.sentence, event.offsets, (0, 11))
    assert _with_durations([event], [lasting]) == [event]


# The trigger's text is its words' own, and the document's text at its offsets.
@pytest.mark.parametrize("text, expected", [
    ("Costs were associated with the company's buy-out of a stake last June.", "buy-out"),
    # a later sentence, parsed as a piece of its own
    ("The plant is quiet. Workers walked out on Friday after a long dispute.",
     "walked"),
    # a hyphenated word after a line break
    ("Shares fell.\n\nThe bank announced a write-down on Tuesday.", "write-down"),
], ids=["hyphenated-word", "later-sentence", "after-line-break"])
def test_anchor_trigger_of_a_hyphenated_word_is_the_whole_word(text: str, expected: str) -> None:
    result = timeline.extract(text, published="1989-10-26")
    trigger = result.events[-1].trigger
    assert trigger is not None
    assert (trigger.text, text[trigger.start:trigger.end]) == (expected, expected)


COUNTED = [
    # a count before or after a date named right after it: that date moved by the count
    ("He left two days before Christmas.", "2017-12-23", "two days before Christmas"),
    ("Talks resumed a week after New Year's Day.", "2018-01-08",
     "a week after New Year's Day"),
    ("The plant reopened two months after March 2017.", "2017-05",
     "two months after March 2017"),
    ("The firm was sold three years prior to 2010.", "2007", "three years prior to 2010"),
]


@pytest.mark.parametrize(("sentence", "value", "words"), COUNTED,
                         ids=["days-before-holiday", "week-after-holiday", "months-after-month",
                              "years-prior-to-year"])
def test_anchor_count_before_a_named_date_is_counted_from_it(sentence: str, value: str,
                                                             words: str) -> None:
    # The date counted from dates the same event no second time ("He left" on Christmas).
    result = timeline.extract(sentence, published="2018-05-23")
    assert [(e.when.value, e.when.text) for e in result.events] == [(value, words)]
    event = result.events[0]
    assert sentence[event.timex_offsets[0]:event.timex_offsets[1]] == words


def test_anchor_count_after_a_finer_date_is_not_counted_from_a_year() -> None:
    # "three days after 1995" names no day: the count is not placed from the year.
    result = timeline.extract("Three days after 1995 began, the firm failed.",
                              published="2018-05-23")
    assert "1995-01-04" not in [e.when.value for e in result.events]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The army attacked three days after the election on November 4.", "2017-11-07"),
    ("Troops stayed two years after the invasion in 2003.", "2005"),
    ("Police arrested him a week after the attack in Paris on Friday.", "2018-05-25"),
], ids=["days-after-dated-noun", "years-after-dated-noun", "week-after-noun-with-place"])
def test_anchor_count_after_a_dated_happening_is_counted_from_its_date(sentence: str,
                                                                      value: str) -> None:
    result = timeline.extract(sentence, published="2018-05-23")
    counted = [e for e in result.events if e.when.explanation
               and "the date named after it" in e.when.explanation.text]
    assert [e.when.value for e in counted] == [value]


@pytest.mark.parametrize(("sentence", "value", "trigger"), [
    ("Three days after he arrived on Monday, he quit.", "2018-05-24", "quit"),
    ("He resigned three days after he arrived on Monday.", "2018-05-24", "resigned"),
    ("He was fired two months after Smith took office in March.", "2018-05", "fired"),
    ("The rebels surrendered three days after government troops entered the city on "
     "Friday.", "2018-05-21", "surrendered"),
    # the parse takes the fronted "after" clause for a complement of the main verb
    ("He left. A week after government troops entered the city on Friday, rebels fled.",
     "2018-05-25", "fled"),
], ids=["clause-first", "clause-after-verb", "months-after-named-subject",
        "days-after-bare-plural-subject", "clause-first-parsed-as-complement"])
def test_anchor_count_after_a_dated_clause_dates_the_clause_it_modifies(
        sentence: str, value: str, trigger: str) -> None:
    # "after he arrived on Monday": the count dates the event of the clause it modifies
    # ("quit"), counted from the date of the one inside it ("arrived"), which keeps its own.
    result = timeline.extract(sentence, published="2018-05-23")
    counted = [e for e in result.events if e.when.explanation
               and "the date named after it" in e.when.explanation.text]
    assert [(e.when.value, e.trigger.text if e.trigger else None) for e in counted] \
        == [(value, trigger)]
    assert len(result.events) == 2


def test_anchor_count_is_not_counted_from_a_date_of_another_clause() -> None:
    # the happening's words stop at another clause: the Monday workers said they would
    # return on is no date of the happening the strike ended three days after
    result = timeline.extract("The strike ended three days after workers said they would "
                              "return on Monday.", published="2018-05-23")
    assert not [e for e in result.events if e.when.explanation
                and "the date named after it" in e.when.explanation.text]


@pytest.mark.parametrize("sentence", [
    "She quit a week after taking office in January.",
    "Three days after 1995 began, the firm failed.",
], ids=["week-after-month", "days-after-year"])
def test_anchor_count_from_a_coarser_date_places_nothing(sentence: str) -> None:
    # a week counted from a month names no day, and the story's or publication's time is
    # not what it counts from either
    result = timeline.extract(sentence, published="2018-05-23")
    assert not [e for e in result.events if e.when.explanation
                and "counted from" in e.when.explanation.text]


@pytest.mark.parametrize("sentence", [
    "Protests continued for two days after the election on November 4.",
    "The strike lasted two weeks after June 12.",
    "The talks lasted two weeks from June 12.",
], ids=["for-days-after", "lasted-weeks-after", "lasted-weeks-from"])
def test_anchor_count_the_event_lasts_is_not_moved_to_a_day(sentence: str) -> None:
    # "continued for two days after ...": the length of the protests, not their day,
    # neither from the date named after it nor from the story's or publication's time.
    result = timeline.extract(sentence, published="2018-05-23")
    assert [e.when.type for e in result.events] == ["DATE"]
    assert not [e for e in result.events if e.when.explanation
                and "counted from" in e.when.explanation.text]
