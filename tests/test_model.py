"""The value types as a Python user sees them: dates as objects, records, notebooks."""

from __future__ import annotations

import importlib
import json
from datetime import date, datetime
from typing import Any

import pytest
from lxml import html

from timeline.model import RECORD_FIELDS, Interval, Timeline, When

TEXT = ("Talks end\n\nThe talks ended Wednesday. The summit opens at 10 a.m. on June 12. "
        "Officials meet every Monday.\n")


# whens
@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2018-05-23", "2018-05-24", (date(2018, 5, 23), date(2018, 5, 24))),
    ("2018-06-12T10:00", "2018-06-12T11:00",
     (datetime(2018, 6, 12, 10), datetime(2018, 6, 12, 11))),
    ("", "", (None, None)),
], ids=["day", "time", "off-calendar"])
def test_model_when_start_end_are_date_objects(start: str, end: str,
                                               expected: tuple[Any, Any]) -> None:
    when = When("x", "x", "DATE", None, Interval(start, end, "day"))
    assert (when.start, when.end) == expected
    assert type(when.start) is type(expected[0])
    assert (when.to_dict()["start"], when.to_dict()["end"]) == (start, end)


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    from timeline.api import extract

    return extract(TEXT, "2018-05-23", title="Talks end")


def test_model_json_keeps_iso_strings(timeline: Timeline) -> None:
    data = json.loads(json.dumps(timeline.to_dict()))
    assert all(isinstance(e["when"]["start"], str) for e in data["events"])


def test_model_to_records_one_flat_dict_per_event(timeline: Timeline) -> None:
    records = timeline.to_records()
    assert len(records) == len(timeline.events) >= 2
    assert all(tuple(r) == RECORD_FIELDS for r in records)
    by_text = {r["text"]: r for r in records}
    assert by_text["Wednesday"]["start"] == date(2018, 5, 23)
    assert by_text["Wednesday"]["title"] == "Talks end"
    timed = [r for r in records if isinstance(r["start"], datetime)]
    assert timed and timed[0]["start"] == datetime(2018, 6, 12, 10)


def test_model_to_dataframe_has_a_row_per_event(timeline: Timeline) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas (a test extra) is not installed")
    frame = timeline.to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(RECORD_FIELDS) and len(frame) == len(timeline.events)
    assert list(frame["value"]) == [e.when.value for e in timeline.events]


def test_model_to_dataframe_without_pandas_says_what_to_install(
        timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_pandas(name: str, *args: Any) -> Any:
        if name == "pandas":
            raise ModuleNotFoundError("No module named 'pandas'")
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_pandas)
    with pytest.raises(ImportError, match="needs pandas: pip install pandas"):
        timeline.to_dataframe()


def test_model_repr_html_is_the_page_fragment(timeline: Timeline) -> None:
    fragment = timeline._repr_html_()
    assert "<html" not in fragment and "<body" not in fragment
    tree = html.fromstring(fragment)
    times = tree.findall(".//time")
    assert len(times) >= len(timeline.events)
    assert tree.find(".//ol") is not None
