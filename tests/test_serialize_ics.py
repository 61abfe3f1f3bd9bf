"""iCalendar times keep the zone their expression names ("10:32 a.m. ET")."""

from __future__ import annotations

from datetime import datetime

import icalendar
import pytest

from timeline.api import extract
from timeline.render import render_timeline
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
