"""Event status: occurred, scheduled, expected or negated, decided from the clause."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.model import Event, Interval, Timeline, When
from timeline.status import STATUSES, event_status, select_status

DCT = "2018-05-23"

CASES = [
    # past: the article reports it as having happened
    ("Japan and the United States agreed Wednesday to closely cooperate.", "Wednesday", "occurred"),
    ("The company said on Monday that profits rose.", "Monday", "occurred"),
    ("Troops entered the city on May 2.", "May 2", "occurred"),
    ("The bill was passed last week by the Senate.", "last week", "occurred"),
    ("Prices have risen sharply since January.", "January", "occurred"),
    ("He resigned in 1998 after the scandal.", "1998", "occurred"),
    ("The storm hit the coast yesterday, killing three people.", "yesterday", "occurred"),
    ("Police arrested two men on Tuesday night.", "Tuesday night", "occurred"),
    # future: planned or scheduled
    ("The summit is slated for June 12 in Singapore.", "June 12", "scheduled"),
    ("North Korea said it will hold a ceremony between Wednesday and Friday.", "Wednesday",
     "scheduled"),
    ("The president plans to visit Tokyo next month.", "next month", "scheduled"),
    ("The vote is scheduled for Friday.", "Friday", "scheduled"),
    ("The minister is to visit Beijing next week.", "next week", "scheduled"),
    ("The two sides agreed to hold talks on June 1.", "June 1", "scheduled"),
    ("The company will report earnings on Thursday.", "Thursday", "scheduled"),
    ("The upcoming election in November will decide the matter.", "November", "scheduled"),
    ("The talks are due to resume on Monday.", "Monday", "scheduled"),
    # modal: expected or possible
    ("The dismantlement could take place as early as Thursday.", "Thursday", "expected"),
    ("The decision may come next week.", "next week", "expected"),
    ("The central bank is likely to raise rates in June.", "June", "expected"),
    ("Analysts expect the merger to close next year.", "next year", "expected"),
    ("The shares might recover by June.", "June", "expected"),
    ("If the weather holds, the launch will happen on Friday.", "Friday", "expected"),
    ("The strike is expected to end on Sunday.", "Sunday", "expected"),
    ("The site should reopen in July.", "July", "expected"),
    # negated: denied or did not happen
    ("The two leaders did not meet on Monday.", "Monday", "negated"),
    ("The inspectors never entered the site in 2017.", "2017", "negated"),
    ("The ministry denied that talks took place on Tuesday.", "Tuesday", "negated"),
    ("The company will not pay a dividend this year.", "this year", "negated"),
    ("The rebels failed to take the town on Sunday.", "Sunday", "negated"),
    # regressions: a deadline is no denial; a participle clause dates its own event
    ("The report must be filed no later than Friday.", "Friday", "expected"),
    ("The deal, announced Monday, is not expected to close soon.", "Monday", "occurred"),
    # reported speech: the reported clause decides, not the verb of saying
    ("Officials said the talks would resume on Monday.", "Monday", "scheduled"),
    ("Police said the suspect fled the country last week.", "last week", "occurred"),
    ("The spokesman said the plant could close in March.", "March", "expected"),
    # "not ... since" and "not ... until" bound the negation; the dated event is not denied
    ("Kono said the ministers had not spoken since April.", "April", "occurred"),
    ("The team had not lost at home since April 3.", "April 3", "occurred"),
    ("Officials would not release more results until Thursday morning.", "Thursday morning",
     "scheduled"),
    ("Pompeo said he raised the issue during his meeting with Kim earlier this month.",
     "earlier this month", "occurred"),
]


def _span(nlp: Any, text: str, timex: str) -> Any:
    doc = nlp(text)
    spans = [s for s in doc.spans["timex"] if s.text == timex]
    assert spans, f"the tagger found no {timex!r} in {text!r}"
    return spans[0]


@pytest.mark.parametrize(("text", "timex", "expected"), CASES,
                         ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_status_of_sentence(nlp: Any, text: str, timex: str, expected: str) -> None:
    assert event_status(_span(nlp, text, timex)) == expected


@pytest.mark.parametrize(("after", "expected"), [(False, "occurred"), (True, "scheduled")],
                         ids=["past-date", "future-date"])
def test_status_untensed_headline_follows_the_date(nlp: Any, after: bool, expected: str) -> None:
    span = _span(nlp, "Summit in Singapore on June 12", "June 12")
    assert event_status(span, after_publication=after) == expected


@pytest.mark.parametrize(("text", "timex"), [
    ("Howard promised to put the question to a national referendum next year.", "next year"),
    ("The council voted to hold elections in March.", "March"),
], ids=["promised-next-year", "voted-to-hold"])
def test_status_later_date_never_occurred(nlp: Any, text: str, timex: str) -> None:
    # Regression: a past-tense verb above a date after publication made it `occurred`.
    assert event_status(_span(nlp, text, timex), after_publication=True) == "scheduled"


@pytest.mark.parametrize(("text", "timex"), [
    ("The two sides will meet on May 2.", "May 2"),
    ("The vote is scheduled for Friday.", "Friday"),
], ids=["will-before-publication", "scheduled-before-publication"])
def test_status_earlier_date_is_not_scheduled(nlp: Any, text: str, timex: str) -> None:
    # Regression (issue 13): events dated before --published were "scheduled".
    assert event_status(_span(nlp, text, timex), before_publication=True) == "occurred"


def test_status_select_takes_the_readers_words() -> None:
    timeline = Timeline((), (_event("occurred", 1), _event("negated", 2)))
    kept = select_status(timeline, ["happened", "did not happen"])
    assert [e.status for e in kept.events] == ["occurred", "negated"]


def _event(status: str, n: int) -> Event:
    when = When("June 12", "2018-06-12", "DATE", None,
                Interval("2018-06-12", "2018-06-13", "day"))
    return Event(f"e{n}", "d", when, "summit", "summit", (0, 1), status=status)


@pytest.mark.parametrize("wanted", [("occurred",), ("scheduled", "negated"), STATUSES],
                         ids=["one", "two", "all"])
def test_status_select_keeps_only_wanted(wanted: tuple[str, ...]) -> None:
    timeline = Timeline((), tuple(_event(s, i) for i, s in enumerate(STATUSES, 1)))
    kept = select_status(timeline, wanted)
    assert sorted(e.status or "" for e in kept.events) == sorted(wanted)
    assert [e.id for e in kept.events] == [e.id for e in timeline.events if e.status in wanted]


@pytest.mark.parametrize("bad", ["took place", "OCCURRED"], ids=["word", "case"])
def test_status_select_rejects_unknown(bad: str) -> None:
    with pytest.raises(ValueError, match="unknown status"):
        select_status(Timeline((), ()), [bad])


SEED_CASES = [
    # (words of the sentence, the event's `when.text`, the statuses the issue accepts)
    ("as early as Thursday", "Thursday", {"expected", "scheduled"}),
    ("between Wednesday and Friday", "Wednesday and Friday", {"scheduled"}),
    ("agreed Wednesday", "Wednesday", {"occurred"}),
]


@pytest.mark.parametrize(("words", "when", "allowed"), SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_status_seed_article(seed_timeline: Timeline, words: str, when: str,
                             allowed: set[str]) -> None:
    matches = [e for e in seed_timeline.events if words in e.sentence and e.when.text == when]
    assert matches, f"no event dated {when!r} in a sentence with {words!r}"
    assert {e.status for e in matches} <= allowed


def test_status_every_event_has_one(seed_timeline: Timeline) -> None:
    assert seed_timeline.events
    assert all(e.status in STATUSES for e in seed_timeline.events)


def test_status_this_morning_of_publication_day_stays_scheduled() -> None:
    # Regression (issue 13): "will be disclosed this morning" ends at noon of the
    # publication day, which is not before it.
    import timeline

    text = "Earnings for GM common stock will be disclosed this morning."
    event = timeline.extract(text, published="1989-10-25").events[0]
    assert event.status == "scheduled"
