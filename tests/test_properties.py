"""Properties of the whole tagger: normalization against any publication date, any text in.

These go through `timeline.tag` and `timeline.extract` with the real spaCy pipeline, so
every test keeps `max_examples` modest and has no deadline.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import timeline
from timeline.errors import InputError
from timeline.model import Timex
from timeline.timex import is_valid_value, value_interval

DCTS = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
SHIFTS = st.integers(min_value=-800, max_value=800)
WEEKS = st.integers(min_value=-120, max_value=120)
TIMEX3_TYPES = {"DATE", "TIME", "DURATION", "SET"}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
                       "Sept.", "Oct.", "Nov.", "Dec."]
# Edges of months, years and leap days, tried on every run before the random dates.
EDGE_DCTS = [date(2019, 1, 1), date(2018, 12, 31), date(2020, 2, 29), date(2020, 3, 1),
             date(2019, 3, 1), date(2000, 2, 29), date(2000, 3, 1), date(2030, 12, 31),
             date(1990, 1, 1)]


def _value(expression: str, sentence: str, dct: date) -> str:
    found = [t for t in timeline.tag(sentence, published=dct.isoformat()) if t.text == expression]
    assert found, f"{expression!r} not found in {sentence!r} at {dct}"
    return found[0].value


def _day(expression: str, sentence: str, dct: date) -> date:
    return date.fromisoformat(_value(expression, sentence, dct))


def _with_edges(test: Callable[[date], None]) -> Callable[[date], None]:
    """Add the edge publication dates as explicit examples of a one-date property."""
    for dct in EDGE_DCTS:
        test = example(dct)(test)
    return test


# --- normalize: deictic days against the publication date --------------------------------

@settings(max_examples=40, deadline=None)
@given(DCTS)
@_with_edges
def test_normalize_today_is_the_publication_day(dct: date) -> None:
    assert _day("today", "The law takes effect today.", dct) == dct


@settings(max_examples=40, deadline=None)
@given(DCTS)
@_with_edges
def test_normalize_yesterday_is_the_day_before(dct: date) -> None:
    assert _day("yesterday", "The law took effect yesterday.", dct) == dct - timedelta(days=1)


@settings(max_examples=40, deadline=None)
@given(DCTS)
@_with_edges
def test_normalize_tomorrow_is_the_day_after(dct: date) -> None:
    assert _day("tomorrow", "The law takes effect tomorrow.", dct) == dct + timedelta(days=1)


@settings(max_examples=40, deadline=None)
@given(DCTS)
@_with_edges
def test_normalize_tomorrow_is_yesterday_two_days_later(dct: date) -> None:
    tomorrow = _day("tomorrow", "The law takes effect tomorrow.", dct)
    later = dct + timedelta(days=2)
    assert tomorrow == _day("yesterday", "The law took effect yesterday.", later)


@settings(max_examples=40, deadline=None)
@given(DCTS, SHIFTS)
def test_normalize_yesterday_shifts_with_the_publication_date(dct: date, k: int) -> None:
    sentence = "The law took effect yesterday."
    shifted = _day("yesterday", sentence, dct + timedelta(days=k))
    assert shifted == _day("yesterday", sentence, dct) + timedelta(days=k)


@settings(max_examples=40, deadline=None)
@given(DCTS, SHIFTS)
def test_normalize_days_ago_shifts_with_the_publication_date(dct: date, k: int) -> None:
    sentence = "He arrived three days ago."
    shifted = _day("three days ago", sentence, dct + timedelta(days=k))
    assert shifted == _day("three days ago", sentence, dct) + timedelta(days=k)


NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]


@settings(max_examples=40, deadline=None)
@given(DCTS, st.integers(min_value=1, max_value=12), st.booleans())
@example(date(2020, 3, 1), 1, True)
@example(date(2019, 1, 1), 12, False)
def test_normalize_n_days_ago_counts_back_from_the_publication_date(
        dct: date, n: int, as_word: bool) -> None:
    expression = f"{NUMBER_WORDS[n - 1] if as_word else n} days ago"
    assert _day(expression, f"He arrived {expression}.", dct) == dct - timedelta(days=n)


WEEKDAY_SENTENCES = [
    ("Monday", "The board met on Monday.", 1, "past"),
    ("Friday", "The board will meet on Friday.", 5, "future"),
]


@pytest.mark.parametrize(("expression", "sentence", "wday", "tense"), WEEKDAY_SENTENCES,
                         ids=[s for _, s, _, _ in WEEKDAY_SENTENCES])
@settings(max_examples=30, deadline=None)
@given(dct=DCTS, weeks=WEEKS)
def test_normalize_weekday_shifts_by_whole_weeks(expression: str, sentence: str, wday: int,
                                                 tense: str, dct: date, weeks: int) -> None:
    shifted = _day(expression, sentence, dct + timedelta(weeks=weeks))
    assert shifted == _day(expression, sentence, dct) + timedelta(weeks=weeks)


@pytest.mark.parametrize(("expression", "sentence", "wday", "tense"), WEEKDAY_SENTENCES,
                         ids=[s for _, s, _, _ in WEEKDAY_SENTENCES])
@settings(max_examples=30, deadline=None)
@given(dct=DCTS)
def test_normalize_weekday_is_that_day_within_a_week_of_the_publication_date(
        expression: str, sentence: str, wday: int, tense: str, dct: date) -> None:
    day = _day(expression, sentence, dct)
    assert day.isoweekday() == wday
    offset = (day - dct).days
    assert (-6 <= offset <= 0) if tense == "past" else (0 <= offset <= 7), (dct, day)


@st.composite
def spelled_dates(draw: st.DrawFn) -> tuple[str, date]:
    """A date with its year, spelled in one of the ways articles write it."""
    day = draw(st.dates(min_value=date(1500, 1, 1), max_value=date(2099, 12, 31)))
    name = MONTH_NAMES[day.month - 1]
    spellings = [
        f"{name} {day.day}, {day.year}",
        f"{MONTH_ABBREVIATIONS[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {name} {day.year}",
        f"{day.month}/{day.day}/{day.year}",
        day.isoformat(),
    ]
    return draw(st.sampled_from(spellings)), day


@settings(max_examples=60, deadline=None)
@given(spelled_dates(), DCTS, DCTS)
@example(("May 23, 2018", date(2018, 5, 23)), date(2020, 1, 1), date(1990, 1, 1))
@example(("Feb. 29, 2020", date(2020, 2, 29)), date(2021, 3, 1), date(2019, 2, 28))
def test_normalize_absolute_date_ignores_the_publication_date(
        spelled: tuple[str, date], dct: date, other: date) -> None:
    expression, day = spelled
    sentence = f"The deal was signed on {expression}."
    assert _value(expression, sentence, dct) == day.isoformat()
    assert _value(expression, sentence, other) == day.isoformat()


# --- tagger: any text in, well-formed expressions out ------------------------------------

TEMPORAL_WORDS = [
    *MONTH_NAMES, *MONTH_ABBREVIATIONS, "Sep", "MAY", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "today", "yesterday", "tomorrow",
    "tonight", "now", "ago", "last", "next", "this", "the", "of", "in", "on", "at", "early",
    "late", "mid-", "the 1970s", "'90s", "the nineties", "century", "first", "21st", "1st",
    "quarter", "Q3", "fiscal", "FY", "spring", "summer", "fall", "winter", "every", "each",
    "daily", "annually", "noon", "midnight", "a.m.", "p.m.", "PM", "GMT", "o'clock", "year",
    "years", "days", "weeks", "months", "hours", "minutes", "decades", "centuries", "later",
    "earlier", "before", "after", "between", "and", "from", "to", "through", "Christmas",
    "Thanksgiving", "weekend", "morning", "night", "evening", "the past", "the future",
    "about", "nearly", "more than", "half", "a couple of", "several", "two", "twenty-one",
    "T", ":", "/", "-", "'", "s", "th", "$", "%", "percent", "per", "old",
]
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=3000).map(str),
    st.from_regex(r"\A[0-9]{1,2}(?::[0-9]{1,2}){1,2}\Z"),
    st.from_regex(r"\A[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}\Z"),
    st.from_regex(r"\A[0-9]{1,7}\.[0-9]{1,7}\Z"),
    st.from_regex(r"\A[12][0-9]{3}-[0-3][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9]\Z"),
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ", ", ". ", "-", "/", ":"])
TOKENS = st.one_of(st.sampled_from(TEMPORAL_WORDS), NUMBERS, st.text(max_size=4))
ARTICLES = st.one_of(
    st.text(max_size=80),
    st.lists(st.tuples(TOKENS, SEPARATORS), max_size=24).map(
        lambda parts: "".join(word + sep for word, sep in parts)),
)
TAGGER_SETTINGS = settings(max_examples=150, deadline=None,
                           suppress_health_check=[HealthCheck.too_slow])


def _tag(text: str) -> tuple[Timex, ...]:
    try:
        return timeline.tag(text, published="2018-05-23")
    except InputError:  # the documented error of `tag`
        return ()


@TAGGER_SETTINGS
@given(ARTICLES)
@example("Rome grew in the first century.")
def test_tagger_offsets_slice_the_text(text: str) -> None:
    for timex in _tag(text):
        assert 0 <= timex.start < timex.end <= len(text), timex
        assert text[timex.start:timex.end] == timex.text, timex


@TAGGER_SETTINGS
@given(ARTICLES)
def test_tagger_types_are_timex3_types(text: str) -> None:
    for timex in _tag(text):
        assert timex.type in TIMEX3_TYPES, timex


@TAGGER_SETTINGS
@given(ARTICLES)
@example("The festival is held every summer.")
def test_tagger_values_are_valid_timex3(text: str) -> None:
    for timex in _tag(text):
        assert is_valid_value(timex.value), timex


@TAGGER_SETTINGS
@given(ARTICLES)
@example("Rome grew in the first century.")
def test_extract_events_have_proper_intervals(text: str) -> None:
    try:
        tl = timeline.extract(text, published="2018-05-23")
    except InputError:  # the documented error of `extract`
        return
    for event in tl.events:
        interval = event.when.interval
        assert datetime.fromisoformat(interval.start) < datetime.fromisoformat(interval.end), event
        if "/" not in event.when.value and event.when.type in ("DATE", "TIME"):
            assert value_interval(event.when.value) == interval, event


# Minimal texts on which the tagger once wrote a value that is not TIMEX3, found by the
# properties above: regression rows, named after the bug, with what must be tagged now.
INVALID_VALUE_BUGS = [
    # iso times: hour and minute digits were copied from the text as they were
    ("2018-05-23 25:00", ["2018-05-23"], "iso_time_hour_past_23"),
    ("2018-05-23T29:00", [], "iso_time_hour_29"),
    ("2018-05-23T1٥:00", [], "iso_time_non_ascii_hour_digit"),
    ("2018-05-23 10:0٥", ["2018-05-23"], "iso_time_non_ascii_minute_digit"),
    # decimal durations: `f"{total:g}"` switched to e-notation
    ("1000000.5 days", ["1000000.5 days"], "duration_large_decimal_e_notation"),
    ("0.00001 days", ["0.00001 days"], "duration_tiny_decimal_e_notation"),
]


@pytest.mark.parametrize(("text", "tagged", "bug"), INVALID_VALUE_BUGS,
                         ids=[b for *_, b in INVALID_VALUE_BUGS])
def test_tagger_values_are_valid_timex3_found_bugs(text: str, tagged: list[str], bug: str) -> None:
    timexes = _tag(f"It happened {text}.")
    assert [t.text for t in timexes] == tagged
    assert all(is_valid_value(t.value) for t in timexes), timexes


# --- anchors: a narrative's year-less dates take the story's year (issue 12) --------------

STORY_YEARS = st.integers(min_value=1800, max_value=2030)


@settings(max_examples=40, deadline=None)
@given(STORY_YEARS, st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=11),
       st.integers(min_value=2, max_value=20), DCTS, st.sampled_from(["auto", "narrative"]))
def test_anchors_narrative_dates_take_the_story_year(year: int, day: int, month: int,
                                                     later: int, dct: date, genre: str) -> None:
    """"In YEAR ... On DAY MONTH ... N days later ...": every year-less date is in YEAR for
    any publication date more than two years away, read as a narrative or chosen by auto."""
    if abs(dct.year - year) <= 2:
        dct = dct.replace(year=year + 3 if year + 3 <= 2030 else year - 3)
    text = (f"In {year}, the army crossed the river. On {day} {MONTH_NAMES[month - 1]}, the "
            f"city fell after a siege. {later} days later, the king fled to the coast.")
    found = timeline.tag(text, published=dct.isoformat(), genre=genre)
    (on_day,) = [t for t in found if t.text == f"{day} {MONTH_NAMES[month - 1]}"]
    assert on_day.value == f"{year:04d}-{month:02d}-{day:02d}", on_day.explanation
    points = [t for t in found if t.text.startswith(f"{later} days")]
    assert all(t.value.startswith(f"{year:04d}-") or t.type == "DURATION" for t in points)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=2000), st.integers(min_value=1, max_value=28),
       st.integers(min_value=1, max_value=11), st.integers(min_value=2, max_value=20), DCTS)
def test_anchors_bc_story_dates_take_the_story_year(year: int, day: int, month: int,
                                                    later: int, dct: date) -> None:
    """The same story told in a year before the common era ("In 490 BC ... On 12 September
    ... N days later"): the year-less date and the day counted from it are of that BC year
    (`timeline.era`), whatever the publication date."""
    text = (f"In {year} BC, the army crossed the river. On {day} {MONTH_NAMES[month - 1]}, "
            f"the city fell after a siege. {later} days later, the king fled to the coast.")
    found = timeline.tag(text, published=dct.isoformat(), genre="narrative")
    (on_day,) = [t for t in found if t.text == f"{day} {MONTH_NAMES[month - 1]}"]
    assert on_day.value == f"BC{year:04d}-{month:02d}-{day:02d}", on_day.explanation
    assert all(is_valid_value(t.value) for t in found), found
    points = [t for t in found if t.text.startswith(f"{later} days")]
    assert all(t.value.startswith("BC") or t.type == "DURATION" for t in points), points
    assert all(t.explanation.anchor_value is None or t.explanation.anchor == "publication"
               or t.explanation.anchor_value.startswith("BC") for t in found), found
