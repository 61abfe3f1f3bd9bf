"""The Python serializers on hand-built timelines: TimeML text fidelity and overlaps,
iCalendar granularity and ranges, TimelineJS dates, CSV quoting."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, datetime

import icalendar
import pytest

from timeline.model import Document, Event, Mention, Timeline, Timex, Trigger, When
from timeline.serialize import write_csv, write_ics, write_timelinejs, write_timeml
from timeline.timex import value_interval


def _doc(text: str) -> Document:
    return Document(id="d", text=text, title="T", published="2018-05-23", published_from="option")


def _event(value: str, *, mod: str | None = None, status: str | None = None,
           sentence: str = "It happened then.") -> Event:
    interval = value_interval(value)
    return Event(id="e1", doc="d", when=When("then", value, "DATE", mod, interval),
                 summary="It happened", sentence=sentence, offsets=(0, len(sentence)),
                 timex_offsets=(12, 16), status=status)


def _timeml_text(xml: str) -> tuple[str, list[tuple[str, str]]]:
    text = ET.fromstring(xml).find("TEXT")
    assert text is not None
    return "".join(text.itertext()), [(t.text or "", t.get("value", "")) for t in text]


# --- TimeML ----------------------------------------------------------------------------------

TEXTS = [
    ("entities", "A & B <said> \"x\" 'y' ]]> on Monday.\n"),
    ("carriage-returns", "Line one\r\nLine two on Monday.\r"),
    ("leading-newline", "\nThey met on Monday.\n"),
    ("unicode", "Kono’s talks — on Monday — went well.\u2028"),
]


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_serialize_timeml_text_reads_back_exactly(name: str, text: str) -> None:
    start = text.index("Monday")
    timex = Timex(start, start + 6, "Monday", "DATE", "2018-05-21")
    got, tags = _timeml_text(write_timeml(_doc(text), [timex]))
    assert got == text
    assert tags == [("Monday", "2018-05-21")]


def test_serialize_timeml_invalid_xml_characters_keep_offsets() -> None:
    text = "Bell\x07 rang\x0c on Monday."
    start = text.index("Monday")
    got, _ = _timeml_text(write_timeml(_doc(text), [Timex(start, start + 6, "Monday", "DATE", "x")]))
    assert len(got) == len(text) and got[start:start + 6] == "Monday"


def test_serialize_timeml_overlapping_expressions_keep_the_first() -> None:
    text = "Between Wednesday and Friday."
    timexes = [Timex(8, 28, "Wednesday and Friday", "DATE", "2018-05-23/2018-05-25"),
               Timex(8, 17, "Wednesday", "DATE", "2018-05-23"),
               Timex(22, 28, "Friday", "DATE", "2018-05-25")]
    got, tags = _timeml_text(write_timeml(_doc(text), timexes))
    assert got == text and tags == [("Wednesday and Friday", "2018-05-23/2018-05-25")]


def test_serialize_timeml_writes_dct_docid_and_mod() -> None:
    xml = write_timeml(_doc("As early as Thursday."),
                       [Timex(12, 20, "Thursday", "DATE", "2018-05-24", "ON_OR_AFTER")])
    root = ET.fromstring(xml)
    assert root.findtext("DOCID") == "d" and root.findtext("TITLE") == "T"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME"
    assert dct.get("value") == "2018-05-23"
    tag = root.find("TEXT/TIMEX3")
    assert tag is not None and tag.get("mod") == "ON_OR_AFTER" and tag.get("tid") == "t1"


# --- iCalendar -------------------------------------------------------------------------------

ICS_CASES = [
    # day and finer become events
    ("2018-05-24", date(2018, 5, 24), date(2018, 5, 25)),
    ("2018-05-23/2018-05-25", date(2018, 5, 23), date(2018, 5, 26)),
    ("2018-05-23T15:00", datetime(2018, 5, 23, 15, 0), datetime(2018, 5, 23, 15, 1)),
    ("2018-05-24TEV", datetime(2018, 5, 24, 18, 0), datetime(2018, 5, 25, 0, 0)),
]


@pytest.mark.parametrize(("value", "start", "end"), ICS_CASES, ids=[c[0] for c in ICS_CASES])
def test_serialize_ics_event_dates(value: str, start: date, end: date) -> None:
    timeline = Timeline((_doc("It happened then."),), (_event(value),))
    vevents = list(icalendar.Calendar.from_ical(write_ics(timeline, lambda e: "L")).walk("VEVENT"))
    assert len(vevents) == 1
    assert vevents[0].decoded("dtstart") == start
    assert vevents[0].decoded("dtend") == end


@pytest.mark.parametrize("value", ["2018-W21", "2018-06", "2018-SU", "2018-Q2", "2018", "197X"])
def test_serialize_ics_leaves_out_coarser_than_day(value: str) -> None:
    timeline = Timeline((_doc("It happened then."),), (_event(value),))
    assert "BEGIN:VEVENT" not in write_ics(timeline, lambda e: "L")


def test_serialize_ics_status_in_description() -> None:
    timeline = Timeline((_doc("It happened then."),), (_event("2018-05-24", status="negated"),))
    vevent = next(iter(icalendar.Calendar.from_ical(write_ics(timeline, lambda e: "L"))
                       .walk("VEVENT")))
    assert "Status: did not happen" in str(vevent["description"])


# --- TimelineJS ------------------------------------------------------------------------------

TIMELINEJS_CASES = [
    ("2018-05-24", None, {"year": "2018", "month": "5", "day": "24"}, None),
    ("2018-06", None, {"year": "2018", "month": "6"}, None),
    ("197X", None, {"year": "1970"}, "the 1970s"),
    ("2018-05-24", "ON_OR_AFTER", {"year": "2018", "month": "5", "day": "24"},
     "on or after May 24, 2018"),
    ("2018-05-23T15:00", None, {"year": "2018", "month": "5", "day": "23", "hour": "15",
                                "minute": "0"}, None),
]


@pytest.mark.parametrize(("value", "mod", "start", "display"), TIMELINEJS_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TIMELINEJS_CASES])
def test_serialize_timelinejs_start_date_and_display(value: str, mod: str | None,
                                                     start: dict[str, str],
                                                     display: str | None) -> None:
    label = {"197X": "the 1970s"}.get(value, "on or after May 24, 2018")
    timeline = Timeline((_doc("It happened then."),), (_event(value, mod=mod),))
    slide = json.loads(write_timelinejs(timeline, lambda e: label, ["legend"]))["events"][0]
    assert slide["start_date"] == start
    assert slide.get("display_date") == display


def test_serialize_timelinejs_range_has_inclusive_end_date() -> None:
    timeline = Timeline((_doc("It happened then."),), (_event("2018-05-23/2018-05-25"),))
    slide = json.loads(write_timelinejs(timeline, lambda e: "May 23–25", []))["events"][0]
    assert slide["end_date"] == {"year": "2018", "month": "5", "day": "25"}


# --- CSV -------------------------------------------------------------------------------------


def test_serialize_csv_quotes_commas_quotes_and_newlines() -> None:
    sentence = 'He said, "then"\nand left.'
    timeline = Timeline((_doc(sentence),), (_event("2018-05-24", sentence=sentence),))
    out = write_csv(timeline)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[1][rows[0].index("sentence")] == sentence
    assert '"He said, ""then""\nand left."' in out



@pytest.mark.parametrize("sentence", ['=HYPERLINK("http://x.example","click")', "+1 555",
                                      "@SUM(A1:A9)", "-2+3", "\tindented"])
def test_serialize_csv_neutralizes_formulas(sentence: str) -> None:
    """A cell a spreadsheet would evaluate is written as text, with a leading apostrophe."""
    timeline = Timeline((_doc(sentence),), (_event("2018-05-24", sentence=sentence),))
    rows = list(csv.reader(io.StringIO(write_csv(timeline), newline="")))
    assert rows[1][rows[0].index("sentence")] == "'" + sentence


def test_serialize_timeml_events_link_triggers_to_their_dates() -> None:
    text = "Bombs exploded on Friday. Officials said the talks would resume Monday."
    document = _doc(text)
    first = Trigger("exploded", 6, 14, "explode", "VERB", "OCCURRENCE", "PAST")
    second = Trigger("resume", 57, 63, "resume", "VERB", "ASPECTUAL", modality="would")
    timexes = [Timex(18, 24, "Friday", "DATE", "2018-05-18"),
               Timex(64, 70, "Monday", "DATE", "2018-05-28")]
    events = [replace(_event("2018-05-18"), timex_offsets=(18, 24), trigger=first),
              replace(_event("2018-05-28"), timex_offsets=(64, 70), trigger=second)]
    root = ET.fromstring(write_timeml(document, timexes, events))
    body = root.find("TEXT")
    assert body is not None and "".join(body.itertext()) == text
    assert [(e.text, e.get("class")) for e in body.iter("EVENT")] == [
        ("exploded", "OCCURRENCE"), ("resume", "ASPECTUAL")]
    instances = {m.get("eiid"): m.attrib for m in root.iter("MAKEINSTANCE")}
    assert instances["ei1"]["tense"] == "PAST" and instances["ei2"]["modality"] == "would"
    links = [(t.get("eventInstanceID"), t.get("relatedToTime"), t.get("relType"))
             for t in root.iter("TLINK")]
    assert links == [("ei1", "t1", "IS_INCLUDED"), ("ei2", "t2", "IS_INCLUDED")]


def test_serialize_timeml_each_link_keeps_its_mentions_relation() -> None:
    """One trigger dated by two expressions links to each as that mention does: the
    first day BEGUN_BY, the weekly set IS_INCLUDED, not both as the first."""
    text = "Tours depart each Thursday from August 6."
    begun = Trigger("depart", 6, 12, "depart", "VERB", relation="BEGUN_BY")
    weekly = replace(begun, relation="IS_INCLUDED")
    timexes = [Timex(13, 26, "each Thursday", "SET", "XXXX-WXX-4"),
               Timex(32, 40, "August 6", "DATE", "2018-08-06")]
    mentions = (Mention("August 6", "2018-08-06", text, (0, 41), (32, 40), begun),
                Mention("each Thursday", "XXXX-WXX-4", text, (0, 41), (13, 26), weekly))
    event = replace(_event("2018-08-06"), timex_offsets=(32, 40), trigger=begun,
                    mentions=mentions)
    root = ET.fromstring(write_timeml(_doc(text), timexes, [event]))
    links = [(t.get("relatedToTime"), t.get("relType")) for t in root.iter("TLINK")]
    assert links == [("t2", "BEGUN_BY"), ("t1", "IS_INCLUDED")]


def test_serialize_timeml_leaves_out_a_trigger_inside_an_expression() -> None:
    text = "It happened on Friday."
    inside = Trigger("Friday", 15, 21)
    event = replace(_event("2018-05-18"), timex_offsets=(15, 21), trigger=inside)
    xml = write_timeml(_doc(text), [Timex(15, 21, "Friday", "DATE", "2018-05-18")], [event])
    assert "<EVENT" not in xml and "<TLINK" not in xml
    assert _timeml_text(xml)[0] == text
