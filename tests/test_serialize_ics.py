"""iCalendar times keep the zone their expression names ("10:32 a.m. ET"); an event the article
puts before or after its day is not put on that day."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import icalendar
import pytest

from timeline.api import extract
from timeline.model import Document, Event, Interval, Timeline, Trigger, When
from timeline.render import render_notes, render_timeline
from timeline.serialize import expression_zone

TEXT = ("Quake hits coast\n\nThe quake struck at 10:32 a.m. ET on Wednesday. Officials "
        "spoke at 3 p.m. EDT. Polls closed at 9:15 GMT. Voting ended at 8 p.m. PT. "
        "The meeting began at 4 p.m.\n")


# zone abbreviations
@pytest.mark.parametrize(("text", "zone"), [
    ("10:32 a.m. ET", "America/New_York"),
    ("3 p.m. EDT", "America/New_York"),
    ("3 p.m. (EST)", "America/New_York"),
    ("noon CT", "America/Chicago"),
    ("9 a.m. MST", "America/Denver"),
    ("8 p.m. PT", "America/Los_Angeles"),
    ("9:15 GMT", "UTC"),
    ("0900 UTC", "UTC"),
    ("10 a.m. BST", "Europe/London"),
    ("4 a.m. EDT Thursday", "America/New_York"),
    ("5 p.m. EST Nov. 9", "America/New_York"),
    ("4 p.m.", None),
    ("at 4 p.m. GET", None),
    ("4 p.m. et al", None),
    ("the 1990s ET", None),
], ids=["et", "edt", "est-parenthesized", "ct", "mst", "pt", "gmt", "utc", "bst",
        "zone-then-weekday", "zone-then-date", "none", "not-a-zone", "lower-case", "no-clock"])
def test_serialize_ics_expression_zone(text: str, zone: str | None) -> None:
    found = expression_zone(text)
    assert (found.key if found else None) == zone


@pytest.fixture(scope="module")
def calendar() -> icalendar.Calendar:
    ics = render_timeline(extract(TEXT, "2018-05-23"), "ics")
    return icalendar.Calendar.from_ical(ics)


@pytest.mark.parametrize(("summary", "zone", "hour"), [
    ("The quake struck", "America/New_York", 10),
    ("Officials spoke", "America/New_York", 15),
    ("Voting ended", "America/Los_Angeles", 20),
    ("Polls closed", "UTC", 9),
], ids=["et", "edt", "pt", "gmt"])
def test_serialize_ics_zoned_dtstart(calendar: icalendar.Calendar, summary: str, zone: str,
                                     hour: int) -> None:
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == summary]
    start = event.decoded("DTSTART")
    assert isinstance(start, datetime) and start.hour == hour
    assert str(start.tzinfo) == zone or getattr(start.tzinfo, "key", None) == zone
    assert event.decoded("DTEND").tzinfo is not None


def test_serialize_ics_unzoned_time_stays_floating(calendar: icalendar.Calendar) -> None:
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == "The meeting began"]
    assert event.decoded("DTSTART").tzinfo is None


def test_serialize_ics_declares_each_zone_used(calendar: icalendar.Calendar) -> None:
    declared = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert declared == {"America/New_York", "America/Los_Angeles"}


# The article puts some events on one side of their day, never on it.
BOUNDS = [
    # "will resume after July 4": TimeML's AFTER link, the date as written
    (None, "AFTER", False, "after July 4, 2018"),
    ("AFTER", "IS_INCLUDED", False, "after July 4, 2018"),
    (None, "BEFORE", False, "before July 4, 2018"),
    # "as early as July 4", "by July 4": the day itself is possible, the calendar keeps it
    ("ON_OR_AFTER", "IS_INCLUDED", True, "on or after July 4, 2018"),
    ("ON_OR_BEFORE", "IS_INCLUDED", True, "on or before July 4, 2018"),
    (None, "IS_INCLUDED", True, "July 4, 2018"),
    (None, "BEGUN_BY", True, "July 4, 2018"),
]


def _bounded(mod: str | None, relation: str) -> Timeline:
    sentence = "Work will resume after July 4."
    start = sentence.index("July 4")
    when = When("July 4", "2018-07-04", "DATE", mod, Interval("2018-07-04", "2018-07-05", "day"))
    event = Event(id="e1", doc="d", when=when, summary="Work will resume", sentence=sentence,
                  offsets=(0, len(sentence)), timex_offsets=(start, start + 6),
                  status="scheduled",
                  trigger=Trigger("resume", 10, 16, "resume", "VERB", relation=relation))
    return Timeline((Document(id="d", text=sentence, published="2018-05-23",
                              published_from="option"),), (event,))


@pytest.mark.parametrize(("mod", "relation", "in_calendar", "label"), BOUNDS,
                         ids=["after-signal", "after-mod", "before-signal", "on-or-after",
                              "on-or-before", "on", "since"])
def test_serialize_ics_leaves_out_events_not_on_their_day(
        mod: str | None, relation: str, in_calendar: bool, label: str) -> None:
    timeline = _bounded(mod, relation)
    calendar = icalendar.Calendar.from_ical(render_timeline(timeline, "ics"))
    assert len(calendar.walk("VEVENT")) == (1 if in_calendar else 0)
    notes = render_notes(timeline, "ics")
    assert notes == ([] if in_calendar else
                     [f"e1 ({label}) left out of the calendar: the article puts it before or "
                      "after that date, not on it"])
    # every format shows the same date
    assert f"**{label}**" in render_timeline(timeline, "md")
    assert f">{label}</time>" in render_timeline(timeline, "html")
    slide = json.loads(render_timeline(timeline, "timelinejs"))["events"][0]
    assert slide.get("display_date", "July 4, 2018") == label


@pytest.mark.parametrize(("summary", "label"), [
    ("The quake struck", "May 23, 2018, 10:32 ET"),
    ("Officials spoke", "May 23, 2018, 15:00 EDT"),
    ("Polls closed", "May 23, 2018, 09:15 GMT"),
    ("The meeting began", "May 23, 2018, 16:00"),
], ids=["et", "edt", "gmt", "floating"])
def test_serialize_time_label_names_the_zone_the_calendar_uses(summary: str, label: str) -> None:
    """A reader of the page sees the zone the calendar puts the time in, as the article
    wrote it: "15:00" alone for "3 p.m. EDT" would read as the reader's own time."""
    timeline = extract(TEXT, "2018-05-23")
    (event,) = [e for e in timeline.events if e.summary == summary]
    assert f"**{label}**" in render_timeline(timeline, "md")
    assert f">{label}</time>" in render_timeline(timeline, "html")
    slides = json.loads(render_timeline(timeline, "timelinejs"))["events"]
    (slide,) = [s for s in slides if s["unique_id"].endswith(f"-{event.id}")]
    assert slide.get("display_date", label) == label


@pytest.mark.parametrize(("status", "plain", "expected"), [
    ("occurred", False, "CONFIRMED"),
    ("scheduled", False, "CONFIRMED"),
    ("expected", False, "TENTATIVE"),
    ("negated", False, "CANCELLED"),
    ("negated", True, None),
    (None, False, None),
], ids=["happened", "scheduled", "expected", "did-not-happen", "plain", "unknown"])
def test_serialize_ics_status_is_the_calendar_status(status: str | None, plain: bool,
                                                     expected: str | None) -> None:
    """A calendar draws what may happen as tentative and what did not as cancelled, as the
    page's markers do; --plain leaves statuses out everywhere."""
    timeline = _bounded(None, "IS_INCLUDED")
    timeline = Timeline(timeline.documents, (replace(timeline.events[0], status=status),))
    (vevent,) = icalendar.Calendar.from_ical(
        render_timeline(timeline, "ics", plain=plain)).walk("VEVENT")
    assert vevent.get("STATUS") == expected
