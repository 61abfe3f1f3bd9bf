"""Tests of `timeline.resolver` and its policies: a reading, an anchor state, a direction in;
a value and the record of how it was reached out."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.anchors import AnchorPolicy, AnchorState
from timeline.direction import choose_direction
from timeline.normalize import named
from timeline.readings import (
    Ago, Context, DayDate, Deixis, Holiday, HolidayDate, MonthDate, Quarter, Reading, Relative,
    Weekday,
)
from timeline.resolver import range_start, resolve
from timeline.rules import RULES_BY_NAME
from timeline.rules.holidays import DATES

WEDNESDAY = date(2018, 5, 23)


def _resolve(rule: str, text: str, reading: Reading, context: Context = Context(),
             state: AnchorState | None = None) -> tuple[str, str, str | None, str | None]:
    result = resolve(RULES_BY_NAME[rule], text, reading, context, WEDNESDAY,
                     state or AnchorState(), start=100)
    return (result.value, result.explanation.anchor, result.explanation.anchor_value,
            result.explanation.direction)


@pytest.mark.parametrize(("rule", "text", "reading", "context", "expected"), [
    # weekdays: the tense, or the anchor word, gives the direction
    ("weekday", "Friday", Weekday(weekday=5), Context(tense="past", tense_word="said"),
     ("2018-05-18", "publication", "2018-05-23", "past")),
    ("weekday", "Friday", Weekday(weekday=5), Context(tense="future", tense_word="will meet"),
     ("2018-05-25", "publication", "2018-05-23", "future")),
    ("weekday", "last Wednesday", Weekday(weekday=3, anchor="last"), Context(),
     ("2018-05-16", "publication", "2018-05-23", "past")),
    # dates without a year: near publication, else by the direction
    ("month_day", "June 12", DayDate(month=6, day=12), Context(),
     ("2018-06-12", "publication", "2018-05-23", "future")),
    ("month", "December", MonthDate(month=12), Context(tense="past", tense_word="fell"),
     ("2017-12", "publication", "2018-05-23", "past")),
    # counted from publication, or from the story's time
    ("relative", "next week", Relative(unit="W", amount=1, anchor="next"), Context(),
     ("2018-W22", "publication", "2018-05-23", "future")),
    ("ago", "two days ago", Ago(count=2.0, unit="D", word="ago", keep=8), Context(),
     ("2018-05-21", "publication", "2018-05-23", "past")),
    # a named day in the clause's direction
    ("holiday", "Christmas", Holiday(name="christmas", date=DATES["christmas"]),
     Context(tense="past", tense_word="closed"),
     ("2017-12-25", "publication", "2018-05-23", "past")),
], ids=["past-tense", "future-tense", "anchor-word", "near-date", "past-month", "next-week",
        "ago", "holiday"])
def test_resolver_publication_anchor_and_direction(
        rule: str, text: str, reading: Reading, context: Context,
        expected: tuple[str, str, str | None, str | None]) -> None:
    assert _resolve(rule, text, reading, context) == expected


@pytest.mark.parametrize(("rule", "text", "reading", "expected"), [
    ("unit_ago", "days later", Deixis(kind="future", anchor="later"),
     ("FUTURE_REF", "narrative", "2015-03-03", "future")),
    ("unit_ago", "weeks earlier", Deixis(kind="past", anchor="earlier"),
     ("PAST_REF", "narrative", "2015-03-03", "past")),
    ("ago", "a few days later", Ago(count=None, unit="D", word="later", keep=10),
     ("PXD", "narrative", "2015-03-03", None)),
    # counted from the present, not from the story
    ("unit_ago", "years ago", Deixis(kind="past"),
     ("PAST_REF", "publication", "2018-05-23", "past")),
], ids=["days-later", "weeks-earlier", "a-few-days-later", "years-ago"])
def test_resolver_vague_later_names_the_happening_told(
        rule: str, text: str, reading: Reading,
        expected: tuple[str, str, str | None, str | None]) -> None:
    # the value stays TimeML's vague one; the record names the date it points from
    state = AnchorState()
    AnchorPolicy().advance(state, named("2015-03-03"), end=50, before="", tense_word="arrived",
                           published=WEDNESDAY)
    assert _resolve(rule, text, reading, state=state) == expected


def test_resolver_story_anchor_is_the_latest_date_named() -> None:
    state = AnchorState()
    AnchorPolicy().advance(state, named("2015-03-03"), end=50, before="", tense_word="arrived",
                           published=WEDNESDAY)
    # "[two days] later": TimeML tags the length; the record dates the event it places
    assert _resolve("ago", "two days later", Ago(count=2.0, unit="D", word="later", keep=8),
                    state=state) == ("P2D", "narrative", "2015-03-03", "future")
    assert _resolve("ago", "two days earlier",
                    Ago(count=2.0, unit="D", word="earlier", keep=8),
                    state=state) == ("2015-03-01", "narrative", "2015-03-03", "past")
    assert _resolve("relative", "that day", Relative(unit="D", story=True),
                    state=state) == ("2015-03-03", "narrative", "2015-03-03", "same")


def test_resolver_records_the_deciding_words() -> None:
    result = resolve(RULES_BY_NAME["weekday"], "Thursday", Weekday(weekday=4),
                     Context(before="could be dismantled as early as ", tense="future",
                             tense_word="could be dismantled"), WEDNESDAY, AnchorState())
    assert (result.value, result.mod) == ("2018-05-24", "ON_OR_AFTER")
    assert result.explanation.text == ('"Thursday" resolved to 2018-05-24, after the '
                                       'publication date 2018-05-23, by "as early as" before it.')


@pytest.mark.parametrize(("context", "toward", "reason"), [
    (Context(tense="past", tense_word="agreed"), "past", 'the past tense of "agreed"'),
    (Context(before="payable ", tense="past", tense_word="said"), "future", '"payable" before it'),
    (Context(before="postponed until ", tense="past", tense_word="postponed"), "future",
     '"until" before it'),
    (Context(tense="present", tense_word="opens"), "future",
     '"opens", a timetable in the present tense'),
    (Context(after="'s ruling"), "past", "a possessive: something already done"),
    (Context(), None, "no tense in its clause, so the nearest one"),
], ids=["tense", "schedule-word", "postponed-deadline", "timetable", "possessive", "none"])
def test_resolver_direction_policy(context: Context, toward: str | None, reason: str) -> None:
    direction = choose_direction(context)
    assert (direction.toward, direction.reason) == (toward, reason)


def test_resolver_anchor_policy_needs_the_unit_granularity() -> None:
    state, policy = AnchorState(), AnchorPolicy()
    policy.advance(state, named("1998-03"), end=10, before="", tense_word="", published=WEDNESDAY)
    assert policy.story(state, WEDNESDAY, "Y").value == "1998-03"   # "that year": a month will do
    assert policy.story(state, WEDNESDAY).value is None              # "that day" needs a day


def test_resolver_anchor_policy_skips_the_day_of_a_quote() -> None:
    state, policy = AnchorState(), AnchorPolicy()
    policy.advance(state, named("2018-05-21"), end=10, before="", tense_word="said",
                   published=WEDNESDAY)
    assert state.reference is None and state.latest is None
    policy.advance(state, named("2013-09"), end=10, before="the highest level since ",
                   tense_word="rose", published=WEDNESDAY)
    assert state.latest is None


def test_resolver_anchor_policy_keeps_quarters_that_have_ended() -> None:
    state, policy = AnchorState(), AnchorPolicy()
    policy.report(state, Quarter(2018, 3), WEDNESDAY)
    assert state.quarter is None
    policy.report(state, Quarter(2018, 1), WEDNESDAY)
    assert state.quarter == Quarter(2018, 1)


def test_resolver_range_start_counts_back_from_the_end() -> None:
    start = range_start(Weekday(weekday=3), "Wednesday", "2018-05-30", Weekday(weekday=5),
                        "2018-05-25")
    assert start is not None and start[0] == "2018-05-23"
    assert (start[1].anchor, start[1].anchor_value, start[1].direction) == \
        ("narrative", "2018-05-25", "past")


@pytest.mark.parametrize(("context", "expected"), [
    (Context(tense="past", tense_word="voted"), "2016-03-01"),
    (Context(tense="future", tense_word="will vote"), "2020-03-03"),
    (Context(), "2020-03-03"),
], ids=["past", "future", "nearest"])
def test_resolver_named_day_of_some_years_only(context: Context, expected: str) -> None:
    """A day that comes every four years (the first Tuesday of March in 1988, 1992, ...)
    is placed among those years only."""
    every_fourth = HolidayDate(month=3, nth=1, weekday=2, every=4, since=1988)
    result = resolve(RULES_BY_NAME["holiday"], "the primary",
                     Holiday(name="the primary", date=every_fourth), context, WEDNESDAY,
                     AnchorState())
    assert result.value == expected


def test_resolver_named_day_of_some_years_near_publication_is_that_one() -> None:
    """Within a month of publication the occurrence is that one, whatever the tense says."""
    every_fourth = HolidayDate(month=3, nth=1, weekday=2, every=4, since=1988)
    result = resolve(RULES_BY_NAME["holiday"], "the primary",
                     Holiday(name="the primary", date=every_fourth),
                     Context(tense="past", tense_word="campaigned"), date(2016, 2, 29),
                     AnchorState())
    assert result.value == "2016-03-01"
    assert result.explanation.text == ('"the primary" resolved to 2016-03-01, after the '
                                       "publication date 2016-02-29, by its being within a "
                                       "month of publication.")


@pytest.mark.parametrize(("text", "expected"), [
    # dated points: TimeML dates "in two weeks", "three hours ago", "a year from now"
    ("The vote will be held in two weeks.", ("two weeks", "DATE", "2018-W23")),
    ("See you in 2 weeks!", ("2 weeks", "DATE", "2018-W23")),
    ("The leak was found 3 hours ago.", ("3 hours ago", "DATE", "2018-05-23")),
    ("A year from now it will be done.", ("A year from now", "DATE", "2019")),
    # a count from a day it names: the day it counts to, one expression (TIDES, TimeML)
    ("The vote will be held two weeks from Friday.", ("two weeks from Friday", "DATE",
                                                      "2018-06-08")),
    ("Talks resume three days from today.", ("three days from today", "DATE", "2018-05-26")),
    ("The vote is two weeks from next Monday.", ("two weeks from next Monday", "DATE",
                                                 "2018-06-11")),
    ("The law takes effect 30 days from June 1.", ("30 days from June 1", "DATE",
                                                   "2018-07-01")),
    # a day something is fixed for, not a stretch after "for"
    ("The vote is set for two weeks from Monday.", ("two weeks from Monday", "DATE",
                                                    "2018-06-11")),
    # lengths: a past clause, an article, a bound or an approximation
    ("He finished it in two weeks.", ("two weeks", "DURATION", "P2W")),
    ("Prices rose in the past two weeks.", ("the past two weeks", "DURATION", "P2W")),
    ("It charges in about 30 minutes.", ("about 30 minutes", "DURATION", "PT30M")),
], ids=["in-weeks-future", "in-weeks-no-tense", "hours-ago", "year-from-now",
        "weeks-from-weekday", "days-from-today", "weeks-from-next-weekday", "days-from-date",
        "set-for-weeks-from",
        "in-weeks-past", "the-past-weeks", "about-minutes"])
def test_resolver_dated_point_or_length(text: str, expected: tuple[str, str, str]) -> None:
    import timeline

    (found,) = timeline.tag(text, "2018-05-23", genre="news")
    assert (found.text, found.type, found.value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a stretch that starts on the day named: a length and a date, not the day it ends on
    ("The ban runs for two weeks from Friday.", [("two weeks", "DURATION", "P2W"),
                                                 ("Friday", "DATE", "2018-05-25")]),
    ("The talks will last two weeks from Friday.", [("two weeks", "DURATION", "P2W"),
                                                    ("Friday", "DATE", "2018-05-25")]),
    ("The offer remains open 30 days from June 1.", [("30 days", "DURATION", "P30D"),
                                                     ("June 1", "DATE", "2018-06-01")]),
    ("Sales fell in the 12 months from June 1.", [("12 months", "DURATION", "P12M"),
                                                  ("June 1", "DATE", "2018-06-01")]),
    ("The company has 30 days from Monday to respond.", [("30 days", "DURATION", "P30D"),
                                                         ("Monday", "DATE", "2018-05-21")]),
], ids=["for-weeks-from", "last-weeks-from", "open-days-from", "the-months-from",
        "has-days-from"])
def test_resolver_length_from_a_day_is_two_expressions(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    import timeline

    found = timeline.tag(text, "2018-05-23", genre="news")
    assert [(t.text, t.type, t.value) for t in found] == expected


@pytest.mark.parametrize(("text", "word", "genre", "expected"), [
    # issue 12: a quarter ahead in the present tense is this year's
    ("The next meeting is in Q3.", "Q3", "news", "2018-Q3"),
    ("Profit rose in the third quarter.", "the third quarter", "news", "2017-Q3"),
    # issue 12: a bare "7pm" still to come is not on a day the text named that has gone by
    ("On May 5 the shop opened. Come at 7pm.", "7pm", "news", "2018-05-23T19:00"),
    ("The premiere is June 16. The curtain falls after 11 p.m.", "11 p.m.", "news",
     "2018-06-16T23:00"),
    ("On May 5 the shop opened. It closed at 7pm.", "7pm", "news", "2018-05-05T19:00"),
    # a post looks ahead
    ("Christmas gift guide: a little something for everyone @shop", "Christmas",
     "colloquial", "2018-12-25"),
], ids=["quarter-ahead", "quarter-reported", "bare-clock-ahead", "bare-clock-story-ahead",
        "bare-clock-past", "post-holiday"])
def test_resolver_issue_12_anchors(text: str, word: str, genre: str, expected: str) -> None:
    import timeline

    values = {t.text: t.value for t in timeline.tag(text, "2018-05-23", genre=genre)}
    assert values[word] == expected
