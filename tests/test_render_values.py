"""Every value an event can carry renders in every format, and each output is read back by
the program that consumes it: the crash class of issue 16 (a duration-dated event broke
html, md, wikitext, timelinejs and ics), tried on every form rather than on one sentence."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.consumers import CHECKS, OUTPUTS
from timeline.cli import cli
from timeline.model import Document, Event, Interval, Timeline, When
from timeline.render import render_notes, render_timeline
from timeline.timex import is_valid_value

NONE = Interval("", "", "")
# (value, type, mod, interval): every form the pipeline writes on an event, and the ones
# other sources (a stored timeline, a future normalizer) may bring.
WHENS = [
    ("2018-05-23", "DATE", None, Interval("2018-05-23", "2018-05-24", "day")),
    ("2018-05-24", "DATE", "ON_OR_AFTER", Interval("2018-05-24", "2018-05-25", "day")),
    ("2018-05", "DATE", "END", Interval("2018-05-01", "2018-06-01", "month")),
    ("2018", "DATE", "MORE_THAN", Interval("2018-01-01", "2019-01-01", "year")),
    ("2018-W21", "DATE", None, Interval("2018-05-21", "2018-05-28", "week")),
    ("2018-W21-WE", "DATE", None, Interval("2018-05-26", "2018-05-28", "week")),
    ("2018-Q2", "DATE", None, Interval("2018-04-01", "2018-07-01", "quarter")),
    ("2017-H1", "DATE", None, Interval("2017-01-01", "2017-07-01", "quarter")),
    ("2018-SU", "DATE", "MID", Interval("2018-06-01", "2018-09-01", "season")),
    ("19", "DATE", None, Interval("1900-01-01", "2000-01-01", "century")),
    ("00", "DATE", None, Interval("0001-01-01", "0100-01-01", "century")),
    ("197X", "DATE", None, Interval("1970-01-01", "1980-01-01", "decade")),
    ("0018", "DATE", None, Interval("0018-01-01", "0019-01-01", "year")),
    ("2018-05-23T15:00", "TIME", None, Interval("2018-05-23T15:00", "2018-05-23T15:01", "minute")),
    ("2018-05-24T00:00", "TIME", None, Interval("2018-05-24", "2018-05-24T00:01", "minute")),
    ("2018-05-24TEV", "TIME", None, Interval("2018-05-24T18:00", "2018-05-25", "part-of-day")),
    ("2018-05-23/2018-05-25", "DATE", None, Interval("2018-05-23", "2018-05-26", "day")),
    ("1997/1998-06", "DATE", None, Interval("1997-01-01", "1998-07-01", "month")),
    ("P5Y", "DURATION", None, Interval("2013-05-23", "2018-05-23", "year")),
    ("P3D", "DURATION", "APPROX", Interval("2018-05-20", "2018-05-23", "day")),
    ("PT3H", "DURATION", None, Interval("2018-05-23T12:00", "2018-05-23T15:00", "hour")),
    ("P2017Y", "DURATION", None, Interval("0001-05-23", "2018-05-23", "year")),
    ("XXXX-WXX-1", "SET", None, NONE),
    ("P1W", "SET", None, NONE),
    ("PRESENT_REF", "DATE", None, NONE),
    ("BC0044", "DATE", None, NONE),
    ("-982", "DATE", None, NONE),
    # issue 16: "3000 years ago" (983 BC), "2018 years ago" (1 BC), "12,000 years ago",
    # "10,000 years", "2.5 million years"
    ("BC0983", "DATE", None, NONE),
    ("BC0001", "DATE", "APPROX", NONE),
    ("BC9983", "DATE", None, NONE),
    ("P10000Y", "DURATION", None, NONE),
    ("P2500000Y", "DURATION", "MORE_THAN", NONE),
    ("2018-02-30", "DATE", None, Interval("2018-02-28", "2018-03-01", "day")),
]


def _timeline(whens: list[tuple[str, str, str | None, Interval]],
              published: str | None = "2018-05-23") -> Timeline:
    """One document with one sentence and event per `when`, in the given order; a
    narrative without a publication date when `published` is None."""
    text, events = "", []
    for number, (value, type_, mod, interval) in enumerate(whens, start=1):
        start = len(text)
        sentence = f"Event {number} happened [[then]] {{{{x}}}}."
        text += sentence + " "
        events.append(Event(
            id=f"e{number}", doc="d", when=When("then", value, type_, mod, interval),
            summary=f"Event {number} happened", sentence=sentence,
            offsets=(start, start + len(sentence)),
            timex_offsets=(start + sentence.index("then"), start + sentence.index("then") + 4)))
    document = Document(id="d", text=text, title="Values ''of'' {{every}} kind",
                        published=published, published_from="option" if published else "none",
                        genre=None if published else "narrative",
                        genre_from=None if published else "option")
    return Timeline((document,), tuple(events))


@pytest.mark.parametrize(("name", "fmt", "options"), OUTPUTS, ids=[o[0] for o in OUTPUTS])
@pytest.mark.parametrize("when", WHENS, ids=[f"{w[0]}-{w[1]}" for w in WHENS])
def test_render_values_every_form_in_every_format(
        when: tuple[str, str, str | None, Interval], name: str, fmt: str,
        options: dict[str, object]) -> None:
    timeline = _timeline([when])
    CHECKS[name](render_timeline(timeline, fmt, **options), timeline)
    assert all(note.startswith("e1 (") for note in render_notes(timeline, fmt))


@pytest.mark.parametrize(("name", "fmt", "options"), OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_render_values_all_forms_in_one_timeline(name: str, fmt: str,
                                                 options: dict[str, object]) -> None:
    timeline = _timeline(WHENS)
    CHECKS[name](render_timeline(timeline, fmt, **options), timeline)


MOMENTS = st.one_of(st.datetimes(min_value=datetime(1, 1, 1)).map(lambda d: d.isoformat()),
                    st.dates().map(lambda d: d.isoformat()), st.text(max_size=8))
RANDOM_WHENS = st.tuples(
    st.one_of(st.sampled_from([w[0] for w in WHENS]), st.text(max_size=10)),
    st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    st.sampled_from([None, "START", "APPROX", "LESS_THAN", "ON_OR_BEFORE"]),
    st.builds(Interval, MOMENTS, MOMENTS, st.sampled_from(["day", "minute", "year", "week"])))


@settings(max_examples=40, deadline=None)
@given(st.lists(RANDOM_WHENS, min_size=1, max_size=4))
def test_render_values_any_when_renders_without_a_publication_date(
        whens: list[tuple[str, str, str | None, Interval]]) -> None:
    """Issue 12: a history has no publication date; every format still renders it."""
    timeline = _timeline(whens, published=None)
    for name, fmt, options in OUTPUTS:
        CHECKS[name](render_timeline(timeline, fmt, **options), timeline)


@settings(max_examples=60, deadline=None)
@given(st.lists(RANDOM_WHENS, min_size=1, max_size=4))
def test_render_values_any_when_renders_in_every_format(
        whens: list[tuple[str, str, str | None, Interval]]) -> None:
    timeline = _timeline(whens)
    for name, fmt, options in OUTPUTS:
        CHECKS[name](render_timeline(timeline, fmt, **options), timeline)


ISSUE_16 = "Prices have risen sharply over the past five years, the ministry said Tuesday."


@pytest.mark.parametrize("fmt", ["html", "md", "wikitext", "json", "timelinejs", "timeml", "ics",
                                 "csv"])
def test_render_values_issue_16_duration_sentence_exits_0(fmt: str) -> None:
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "2018-05-23", "-f", fmt],
                                input=ISSUE_16)
    assert result.exit_code == 0, result.stderr
    shown = result.stdout + result.stderr
    # TimeML marks the event words up ("Prices have <EVENT ...>risen</EVENT>"): read the text.
    text = re.sub(r"<[^>]+>", "", result.stdout) if fmt == "timeml" else result.stdout
    assert ("5 years" in shown or "P5Y" in shown) and "Prices have risen" in text


@pytest.mark.parametrize(("name", "fmt", "options"), OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_render_values_expression_outside_its_sentence(name: str, fmt: str,
                                                       options: dict[str, object]) -> None:
    # held-out n22: "10 a.m. May 28" ran past the end of its sentence, the quote had no
    # expression to embolden, and wikitext got '''''' (which ends the table for a parser)
    timeline = _timeline(WHENS[:2])
    event = timeline.events[0]
    moved = Event(id=event.id, doc=event.doc, when=event.when, summary=event.summary,
                  sentence=event.sentence, offsets=event.offsets,
                  timex_offsets=(event.offsets[1] - 2, event.offsets[1] + 5))
    timeline = Timeline(timeline.documents, (moved, *timeline.events[1:]))
    text = render_timeline(timeline, fmt, **options)
    CHECKS[name](text, timeline)
    assert "''''''" not in text and "****" not in text


FAR_PAST = ("Humans have lived there for 10,000 years. The city was founded 3000 years ago, "
            "and a million years ago the valley was ice. The bridge opened two hundred years ago.")


@pytest.mark.parametrize("fmt", ["html", "md", "wikitext", "json", "timelinejs", "timeml", "ics",
                                 "csv"])
def test_render_values_far_past_sentence_exits_0(fmt: str) -> None:
    # issue 16: "3000 years ago" gave the invalid value -982, "10,000 years" was split
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "2018-05-23", "-f", fmt],
                                input=FAR_PAST)
    assert result.exit_code == 0, result.stderr
    assert "-982" not in result.stdout


def test_render_values_far_past_values_are_valid() -> None:
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "2018-05-23", "-f", "json"],
                                input=FAR_PAST)
    values = {t["text"]: t["value"] for t in json.loads(result.stdout)["timexes"]}
    assert values == {"10,000 years": "P10000Y", "3000 years ago": "BC0983",
                      "a million years ago": "PAST_REF", "two hundred years ago": "1818"}
    assert all(is_valid_value(v) for v in values.values())
