"""Timeline order: by start, the shorter interval first, then document order."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Event, Trigger, When
from timeline.order import order_events
from timeline.timex import value_interval

# Few values, some with equal intervals ("2018-05" and "2018-05-01/2018-05-31"), so that
# ties in start and length are common.
VALUES = ["2018-05-23", "2018-05-23TNI", "2018-05-23T15:00", "2018-05", "2018-05-01/2018-05-31",
          "2018-W21", "2018-05-21/2018-05-27", "2018", "2018-Q2", "201X", "2018-05-22",
          "2018-05-23/2018-05-25", "2018-SU", "20"]
DOCS = ["a", "b", "c"]


@st.composite
def events(draw: st.DrawFn) -> Event:
    value = draw(st.sampled_from(VALUES))
    start = draw(st.integers(min_value=0, max_value=3))
    end = start + draw(st.integers(min_value=1, max_value=3))
    return Event(
        id=draw(st.sampled_from(["", "e1", "x"])),
        doc=draw(st.sampled_from(DOCS)),
        when=When(text=draw(st.sampled_from(["May", "Wednesday"])), value=value,
                  type=draw(st.sampled_from(["DATE", "TIME"])),
                  mod=draw(st.sampled_from([None, "START"])), interval=value_interval(value)),
        summary=draw(st.sampled_from(["", "Talks resumed", "He left"])),
        sentence=draw(st.sampled_from(["", "Talks resumed.", "He left."])),
        offsets=(start, end + draw(st.integers(min_value=0, max_value=2))),
        timex_offsets=(start, end),
    )


def _without_ids(ordered: tuple[Event, ...] | list[Event]) -> list[str]:
    return sorted(repr(replace(e, id="")) for e in ordered)


@settings(max_examples=300, deadline=None)
@given(st.lists(events(), max_size=8).flatmap(
    lambda evs: st.tuples(st.just(evs), st.permutations(evs))),
    st.lists(st.sampled_from(DOCS), unique=True))
def test_order_is_the_same_for_any_shuffle(pair: tuple[list[Event], list[Event]],
                                           documents: list[str]) -> None:
    original, shuffled = pair
    assert order_events(shuffled, documents) == order_events(original, documents)


@settings(max_examples=200, deadline=None)
@given(st.lists(events(), max_size=8), st.lists(st.sampled_from(DOCS), unique=True))
def test_order_numbers_events_e1_to_en(evs: list[Event], documents: list[str]) -> None:
    ordered = order_events(evs, documents)
    assert [e.id for e in ordered] == [f"e{i}" for i in range(1, len(evs) + 1)]
    assert _without_ids(ordered) == _without_ids(evs)


@settings(max_examples=200, deadline=None)
@given(st.lists(events(), max_size=8), st.lists(st.sampled_from(DOCS), unique=True))
def test_order_is_by_start_then_shorter_first(evs: list[Event], documents: list[str]) -> None:
    ordered = order_events(evs, documents)
    keys = [(datetime.fromisoformat(e.when.interval.start),
             datetime.fromisoformat(e.when.interval.end)) for e in ordered]
    assert keys == sorted(keys)


def _event(value: str, doc: str = "a", offset: int = 0, summary: str = "s") -> Event:
    return Event(id="", doc=doc, when=When(value, value, "DATE", None, value_interval(value)),
                 summary=summary, sentence=summary, offsets=(offset, offset + 1),
                 timex_offsets=(offset, offset + 1))


ORDERS = [
    # start first, then the shorter interval
    ([("2018-05-23", "a", 0), ("2018-05-22", "a", 10)], ["2018-05-22", "2018-05-23"]),
    ([("2018", "a", 0), ("2018-01-01", "a", 10), ("2018-01", "a", 20)],
     ["2018-01-01", "2018-01", "2018"]),
    ([("2018-05-23TNI", "a", 0), ("2018-05-23T21:00", "a", 10)],
     ["2018-05-23T21:00", "2018-05-23TNI"]),
    # equal intervals: documents in the given order, then place in the document
    ([("2018-05", "b", 0), ("2018-05", "a", 50)], ["2018-05@a", "2018-05@b"]),
    ([("2018-05", "a", 50), ("2018-05-01/2018-05-31", "a", 10)],
     ["2018-05-01/2018-05-31@a", "2018-05@a"]),
    # one interval: what the article puts before the date, on it, after it ("going forward",
    # "after May 23", follows what happened on May 23 whatever its place in the article)
    ([("2018-05-23:AFTER", "a", 0), ("2018-05-23", "a", 10), ("2018-05-23:BEFORE", "a", 20)],
     ["2018-05-23:BEFORE", "2018-05-23", "2018-05-23:AFTER"]),
    ([("2018-05-23:link-AFTER", "a", 0), ("2018-05-23", "a", 10)],
     ["2018-05-23", "2018-05-23:link-AFTER"]),
    # a bound never moves an event past a different start or length
    ([("2018-05-23:AFTER", "a", 0), ("2018-05-24", "a", 10)], ["2018-05-23:AFTER", "2018-05-24"]),
]


@pytest.mark.parametrize(("given_events", "expected"), ORDERS, ids=[str(i) for i in range(len(ORDERS))])
def test_order_examples(given_events: list[tuple[str, str, int]], expected: list[str]) -> None:
    ordered = order_events([_bounded(v, d, o) for v, d, o in given_events], ["a", "b"])
    labels = [e.when.text if "@" not in expected[0] else f"{e.when.value}@{e.doc}"
              for e in ordered]
    assert labels == expected


def _bounded(spec: str, doc: str, offset: int) -> Event:
    """An event of `value[:MOD]` or `value[:link-RELATION]`, its text the spec itself."""
    value, _, bound = spec.partition(":")
    event = _event(value, doc, offset)
    when = replace(event.when, text=spec, mod=bound if bound and "link-" not in bound else None)
    trigger = Trigger("t", 0, 1, relation=bound[len("link-"):]) if "link-" in bound else None
    return replace(event, when=when, trigger=trigger)
