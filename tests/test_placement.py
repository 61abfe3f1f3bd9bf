"""Placing events dated by "now", "recently", "the next two weeks": from the publication date."""

from __future__ import annotations

import pytest

import timeline
from timeline.placement import place_counted, place_reference, place_stretch

DCT = "1989-10-30"


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("now", "PRESENT_REF", ("1989-10-30", None)),
    ("currently", "PRESENT_REF", ("1989-10-30", None)),
    ("recently", "PAST_REF", ("1989-10-30", "BEFORE")),
    ("the future", "FUTURE_REF", ("1989-10-30", "AFTER")),
], ids=["now", "currently", "recently", "future"])
def test_placement_reference_from_publication(text: str, value: str,
                                              expected: tuple[str, str | None]) -> None:
    when = place_reference(text, value, DCT)
    assert when is not None and (when.value, when.mod) == expected
    assert when.explanation is not None and when.explanation.anchor == "publication"


@pytest.mark.parametrize(("text", "value", "options", "expected"), [
    # stretches ahead of publication
    ("the next two weeks", "P2W", {}, ("1989-10-30/1989-11-12", None)),
    ("coming months", "PXM", {}, ("1989-10-30", "AFTER")),
    ("18 months", "P18M", {"ahead": True}, ("1989-10-30/1991-04-29", None)),
    # stretches up to publication
    ("recent weeks", "PXW", {}, ("1989-10-30", "BEFORE")),
    ("nearly two years", "P2Y", {"perfect": True}, ("1987-10-30/1989-10-29", None)),
    ("the last twenty four hours", "PT24H", {}, ("1989-10-29", None)),
    # a year's first months: of the year named, else of the latest one ended
    ("the first nine months", "P9M", {}, ("1989-01/1989-09", None)),
    ("the first nine months", "P9M", {"after": " of 1988, profit"}, ("1988-01/1988-09", None)),
    ("the first three quarters", "P9M", {}, ("1989-01/1989-09", None)),
], ids=["next-two-weeks", "coming-months", "within-18-months", "recent-weeks",
        "perfect-two-years", "last-24-hours", "first-nine-months", "of-1988",
        "three-quarters"])
def test_placement_stretch(text: str, value: str, options: dict[str, object],
                           expected: tuple[str, str | None]) -> None:
    when = place_stretch(text, value, DCT, **options)  # type: ignore[arg-type]
    assert when is not None and (when.value, when.mod) == expected


@pytest.mark.parametrize(("text", "value", "options"), [
    ("three days", "P3D", {}),
    ("a week", "P1W", {"ahead": True, "after": " of his capture"}),
    ("every day", "XXXX-XX-XX", {}),
], ids=["plain-duration", "counted-from-another-event", "not-a-duration"])
def test_placement_leaves_unplaceable_durations(text: str, value: str,
                                                options: dict[str, object]) -> None:
    assert place_stretch(text, value, DCT, **options) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "value", "told", "expected"), [
    ("days later", "FUTURE_REF", "2018-05-24", ("2018-05-24", "AFTER")),
    ("weeks earlier", "PAST_REF", "2018-05-24", ("2018-05-24", "BEFORE")),
    ("now", "PRESENT_REF", "2018-05-24", ("1989-10-30", None)),
], ids=["days-later", "weeks-earlier", "now-stays-at-publication"])
def test_placement_reference_from_the_happening_told(text: str, value: str, told: str,
                                                     expected: tuple[str, str | None]) -> None:
    when = place_reference(text, value, DCT, told=told)
    assert when is not None and (when.value, when.mod) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "days later" after a sentence dated May 24 is after May 24, not after publication
    ("Trump called it off in a letter on May 24, then said days later that it could go "
     "ahead.", ("days later", "2018-05-24", "AFTER")),
    ("The talks collapsed on May 24. Weeks later, they resumed.",
     ("Weeks later", "2018-05-24", "AFTER")),
    ("Kim replied on May 30. Hours later, Trump tweeted.", ("Hours later", "2018-05-30", "AFTER")),
    ("He resigned on May 24. Weeks earlier, he had been warned.",
     ("Weeks earlier", "2018-05-24", "BEFORE")),
    # with no day named before it, the past tense puts it before publication (it is later
    # than a happening the story does not date), the future tense after it
    ("Talks collapsed. Weeks later, they resumed.", ("Weeks later", "2018-06-12", "BEFORE")),
    ("Talks collapsed. Weeks later, they will resume.",
     ("Weeks later", "2018-06-12", "AFTER")),
    # a present perfect is done as a past tense is
    ("The suspect was arrested in a raid. Days later, he has fled the country.",
     ("Days later", "2018-06-12", "BEFORE")),
    # "the future" counts from now, not from the story: a past tense leaves it after
    ("He said they had no plan for the future.", ("the future", "2018-06-12", "AFTER")),
    # "years ago" counts from the present, whatever was named before it
    ("He resigned on May 24. Years ago, he had been warned.",
     ("Years ago", "2018-06-12", "BEFORE")),
    # "[a few days] later" (TimeBank's PXD duration) is placed from the same date
    ("He resigned on May 24. A few days later, he relented.",
     ("A few days later", "2018-05-24", "AFTER")),
    # and "[a few days earlier]" (one expression, PAST_REF) before it
    ("The election was held on May 24. A few days earlier, the minister resigned.",
     ("A few days earlier", "2018-05-24", "BEFORE")),
], ids=["days-later", "weeks-later", "hours-later", "weeks-earlier", "nothing-told",
        "nothing-told-future", "nothing-told-perfect", "the-future-in-the-past",
        "years-ago", "a-few-days-later", "a-few-days-earlier"])
def test_placement_vague_later_counts_from_the_happening_told(
        text: str, expected: tuple[str, str, str]) -> None:
    events = timeline.extract(text, published="2018-06-12").events
    got = {(e.when.text, e.when.value, e.when.mod) for e in events}
    assert expected in got, got


def test_placement_events_of_an_article() -> None:
    text = ("The fund now holds a cash position of about 15%. Magna recently cut its "
            "dividend. Israel-Syrian talks have been cut off for nearly two years.")
    events = timeline.extract(text, published=DCT).events
    got = {(e.summary, e.when.value, e.when.mod) for e in events}
    assert got == {("The fund holds a cash position of about 15%", "1989-10-30", None),
                   ("Magna cut its dividend", "1989-10-30", "BEFORE"),
                   ("Israel-Syrian talks have been cut off", "1987-10-30/1989-10-29", None)}


def test_placement_year_ended_a_date() -> None:
    text = "For the year ended July 2, Rally had net income of $2.4 million."
    event = timeline.extract(text, published=DCT).events[0]
    assert (event.when.text, event.when.value) == ("the year", "1988-07-03/1989-07-02")


@pytest.mark.parametrize(("value", "signal", "anchor", "expected"), [
    # days and weeks from a day
    ("P2D", "before", "2008-12-25", "2008-12-23"),
    ("P1W", "following", "2009-01-01", "2009-01-08"),
    # months from a month, years from a year
    ("P2M", "after", "1999-11", "2000-01"),
    ("P3Y", "prior to", "2010", "2007"),
    # finer than the date it counts from, or off the calendar: no place
    ("P3D", "after", "1995", None),
    ("P2W", "after", "1999-06", None),
    ("P5Y", "before", "0003", None),
], ids=["days-before-day", "week-following-day", "months-after-month", "years-prior-to-year",
        "days-after-year", "weeks-after-month", "before-year-1"])
def test_placement_count_from_a_named_date(value: str, signal: str, anchor: str,
                                           expected: str | None) -> None:
    when = place_counted("the count", value, signal, "the date", anchor)
    assert (when.value if when else None) == expected
