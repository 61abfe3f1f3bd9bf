"""The TIMEX3 value algebra: anchored values as half-open intervals, by property and by example."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline.errors import NormalizationError
from timeline.timex import (
    GRANULARITIES, PART_OF_DAY_HOURS, SEASON_MONTHS, format_day, format_decade, format_month,
    format_week, is_anchored, is_valid_value, value_granularity, value_interval,
)

# Years whose intervals and neighbours are all representable by `datetime`.
DAYS = st.dates(min_value=date(1000, 1, 1), max_value=date(9898, 12, 31))
HOURS = st.integers(min_value=0, max_value=23)
MINUTES = st.integers(min_value=0, max_value=59)
SEASON_OF_MONTH = {m: s for s, (lo, hi) in SEASON_MONTHS.items() for m in range(lo, hi)}
PODS_WITHIN_DAY = sorted(p for p, (lo, hi) in PART_OF_DAY_HOURS.items() if hi <= 24)


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _span(value: str) -> tuple[datetime, datetime]:
    interval = value_interval(value)
    return _moment(interval.start), _moment(interval.end)


def _season_value(day: date) -> str:
    season = SEASON_OF_MONTH.get(day.month) or SEASON_OF_MONTH[day.month + 12]
    year = day.year - 1 if season == "WI" and day.month < 3 else day.year
    return f"{year:04d}-{season}"


def _values_of_day(day: date, hour: int, minute: int, pod: str) -> dict[str, str]:
    """One value of every granularity that holds `day` (and the time `hour:minute` on it)."""
    iso = format_day(day)
    return {
        "century": f"{day.year // 100:02d}",
        "decade": format_decade(day.year),
        "year": f"{day.year:04d}",
        "season": _season_value(day),
        "quarter": f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}",
        "month": format_month(day.year, day.month),
        "week": format_week(day),
        "day": iso,
        "part-of-day": f"{iso}T{pod}",
        "hour": f"{iso}T{hour:02d}",
        "minute": f"{iso}T{hour:02d}:{minute:02d}",
        "second": f"{iso}T{hour:02d}:{minute:02d}:{minute:02d}",
    }


@st.composite
def anchored_values(draw: st.DrawFn) -> tuple[str, str]:
    """An anchored value of any granularity, with that granularity."""
    values = _values_of_day(draw(DAYS), draw(HOURS), draw(MINUTES),
                            draw(st.sampled_from(sorted(PART_OF_DAY_HOURS))))
    granularity = draw(st.sampled_from(GRANULARITIES))
    return values[granularity], granularity


def _expected_span(value: str, granularity: str) -> tuple[datetime, datetime]:
    """The interval of `value` computed independently of `timex.py`, with `calendar`."""
    year = int(value[:4]) if len(value) >= 4 and value[:4].isdigit() else 0
    if granularity == "century":
        return datetime(int(value) * 100, 1, 1), datetime(int(value) * 100 + 100, 1, 1)
    if granularity == "decade":
        first_year = int(value[:3]) * 10
        return datetime(first_year, 1, 1), datetime(first_year + 10, 1, 1)
    if granularity == "year":
        return datetime(year, 1, 1), datetime(year + 1, 1, 1)
    if granularity in ("season", "quarter"):
        first = SEASON_MONTHS[value[5:]][0] if granularity == "season" else \
            3 * (int(value[6]) - 1) + 1
        start = datetime(year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
        last = first + 3
        return start, datetime(year + (last - 1) // 12, (last - 1) % 12 + 1, 1)
    if granularity == "month":
        month = int(value[5:7])
        return datetime(year, month, 1), datetime(year, month, 1) + timedelta(
            days=calendar.monthrange(year, month)[1])
    if granularity == "week":
        monday = date.fromisocalendar(year, int(value[6:8]), 1)
        start = datetime(monday.year, monday.month, monday.day)
        return start, start + timedelta(days=7)
    day = datetime.fromisoformat(value[:10])
    if granularity == "day":
        return day, day + timedelta(days=1)
    if granularity == "part-of-day":
        lo, hi = PART_OF_DAY_HOURS[value[11:]]
        return day + timedelta(hours=lo), day + timedelta(hours=hi)
    clock = [int(p) for p in value[11:].split(":")]
    start = day + timedelta(hours=clock[0], minutes=(clock + [0])[1], seconds=(clock + [0, 0])[2])
    return start, start + timedelta(**{f"{granularity}s": 1})


# --- properties -------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(anchored_values())
def test_timex_interval_starts_before_it_ends(case: tuple[str, str]) -> None:
    start, end = _span(case[0])
    assert start < end


@settings(max_examples=300, deadline=None)
@given(anchored_values())
def test_timex_interval_length_matches_granularity(case: tuple[str, str]) -> None:
    value, granularity = case
    start, end = _span(value)
    length = end - start
    allowed = {
        "century": {timedelta(days=36524), timedelta(days=36525)},
        "decade": {timedelta(days=3652), timedelta(days=3653)},
        "year": {timedelta(days=366 if calendar.isleap(start.year) else 365)},
        "season": {timedelta(days=n) for n in (90, 91, 92)},
        "quarter": {timedelta(days=n) for n in (90, 91, 92)},
        "month": {timedelta(days=calendar.monthrange(start.year, start.month)[1])},
        "week": {timedelta(days=7)},
        "day": {timedelta(days=1)},
        "hour": {timedelta(hours=1)},
        "minute": {timedelta(minutes=1)},
        "second": {timedelta(seconds=1)},
    }
    if granularity == "part-of-day":
        lo, hi = PART_OF_DAY_HOURS[value[11:]]
        assert length == timedelta(hours=hi - lo)
    else:
        assert length in allowed[granularity], (value, start, end)


@settings(max_examples=300, deadline=None)
@given(anchored_values())
def test_timex_interval_matches_calendar(case: tuple[str, str]) -> None:
    value, granularity = case
    assert _span(value) == _expected_span(value, granularity)


@settings(max_examples=300, deadline=None)
@given(anchored_values())
def test_timex_granularity_agrees_with_value(case: tuple[str, str]) -> None:
    value, granularity = case
    assert value_granularity(value) == granularity
    assert value_interval(value).granularity == granularity


@settings(max_examples=200, deadline=None)
@given(DAYS, HOURS, MINUTES, st.sampled_from(PODS_WITHIN_DAY))
def test_timex_coarser_interval_contains_finer(day: date, hour: int, minute: int,
                                               pod: str) -> None:
    values = _values_of_day(day, hour, minute, pod)
    chains = [
        ["second", "minute", "hour", "day", "month", "quarter", "year", "decade", "century"],
        ["part-of-day", "day", "week"],
        ["day", "season"],
    ]
    for chain in chains:
        for finer, coarser in zip(chain, chain[1:]):
            (fs, fe), (cs, ce) = _span(values[finer]), _span(values[coarser])
            assert cs <= fs < fe <= ce, (values[finer], values[coarser])


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9898, 12, 31)))
def test_timex_iso_week_contains_its_seven_days(day: date) -> None:
    year, week, _ = day.isocalendar()
    start, end = _span(f"{year:04d}-W{week:02d}")
    for wday in range(1, 8):
        ds, de = _span(f"{year:04d}-W{week:02d}-{wday}")
        assert start <= ds < de <= end
        assert ds == start + timedelta(days=wday - 1)
    assert start <= datetime(day.year, day.month, day.day) < end


@settings(max_examples=300, deadline=None)
@given(anchored_values(), anchored_values())
def test_timex_range_spans_first_start_to_last_end(a: tuple[str, str],
                                                   b: tuple[str, str]) -> None:
    (a_start, _), (_, b_end) = _span(a[0]), _span(b[0])
    assume(a_start < b_end)
    interval = value_interval(f"{a[0]}/{b[0]}")
    assert (_moment(interval.start), _moment(interval.end)) == (a_start, b_end)
    assert interval.granularity == max(a[1], b[1], key=GRANULARITIES.index)


@settings(max_examples=100, deadline=None)
@given(anchored_values(), anchored_values())
def test_timex_range_ending_before_it_starts_raises(a: tuple[str, str],
                                                   b: tuple[str, str]) -> None:
    (a_start, _), (_, b_end) = _span(a[0]), _span(b[0])
    assume(b_end <= a_start)
    with pytest.raises(NormalizationError):
        value_interval(f"{a[0]}/{b[0]}")


@settings(max_examples=200, deadline=None)
@given(DAYS)
def test_timex_formatters_round_trip_through_intervals(day: date) -> None:
    day_start = date.fromisoformat(value_interval(format_day(day)).start)
    assert format_day(day_start) == format_day(day)
    month_start = date.fromisoformat(value_interval(format_month(day.year, day.month)).start)
    assert format_month(month_start.year, month_start.month) == format_month(day.year, day.month)
    week_start = date.fromisoformat(value_interval(format_week(day)).start)
    assert week_start.isoweekday() == 1 and format_week(week_start) == format_week(day)
    decade_start = date.fromisoformat(value_interval(format_decade(day.year)).start)
    assert format_decade(decade_start.year) == format_decade(day.year)


@settings(max_examples=300, deadline=None)
@given(anchored_values())
def test_timex_anchored_values_are_valid(case: tuple[str, str]) -> None:
    assert is_anchored(case[0])
    assert is_valid_value(case[0])


# Strings shaped like anchored values, most of them not real dates or times.
VALUE_LIKE = st.from_regex(
    r"\A(?:\d{2}|\d{3}X|\d{4}(?:-(?:SP|SU|FA|WI|Q[0-9]|H[0-9]|W\d\d(?:-\d)?(?:-WE)?"
    r"|\d\d(?:-\d\d(?:T(?:MO|MI|AF|EV|NI|DT|\d\d(?::\d\d(?::\d\d)?)?))?)?))?)"
    r"(?:/\d{4}(?:-\d\d(?:-\d\d)?)?)?\Z")


@settings(max_examples=500, deadline=None)
@given(st.one_of(VALUE_LIKE, st.text(max_size=24)))
def test_timex_interval_raises_only_normalization_error(value: str) -> None:
    try:
        value_interval(value)
    except NormalizationError:
        pass


@settings(max_examples=500, deadline=None)
@given(VALUE_LIKE)
def test_timex_is_anchored_exactly_when_each_part_has_an_interval(value: str) -> None:
    def has_interval(part: str) -> bool:
        try:
            value_interval(part)
        except NormalizationError:
            return False
        return True

    assert is_anchored(value) == all(has_interval(p) for p in value.split("/"))


# --- examples ---------------------------------------------------------------------------

EXAMPLES = [
    # days
    ("2018-05-23", "2018-05-23", "2018-05-24", "day"),
    ("2020-02-29", "2020-02-29", "2020-03-01", "day"),
    ("2018-12-31", "2018-12-31", "2019-01-01", "day"),
    # ISO weeks and weekends
    ("2018-W01", "2018-01-01", "2018-01-08", "week"),
    ("2018-W21", "2018-05-21", "2018-05-28", "week"),
    ("2020-W53", "2020-12-28", "2021-01-04", "week"),
    ("2020-W01", "2019-12-30", "2020-01-06", "week"),
    ("2018-W21-3", "2018-05-23", "2018-05-24", "day"),
    ("2018-W21-WE", "2018-05-26", "2018-05-28", "week"),
    # months, quarters, halves
    ("2018-02", "2018-02-01", "2018-03-01", "month"),
    ("2020-02", "2020-02-01", "2020-03-01", "month"),
    ("2018-12", "2018-12-01", "2019-01-01", "month"),
    ("2018-Q2", "2018-04-01", "2018-07-01", "quarter"),
    ("2018-Q4", "2018-10-01", "2019-01-01", "quarter"),
    ("2018-H2", "2018-07-01", "2019-01-01", "quarter"),
    # seasons
    ("2018-SP", "2018-03-01", "2018-06-01", "season"),
    ("2018-SU", "2018-06-01", "2018-09-01", "season"),
    ("2018-FA", "2018-09-01", "2018-12-01", "season"),
    ("2018-WI", "2018-12-01", "2019-03-01", "season"),
    # years, decades, centuries
    ("2018", "2018-01-01", "2019-01-01", "year"),
    ("197X", "1970-01-01", "1980-01-01", "decade"),
    ("200X", "2000-01-01", "2010-01-01", "decade"),
    ("19", "1900-01-01", "2000-01-01", "century"),
    ("20", "2000-01-01", "2100-01-01", "century"),
    ("00", "0001-01-01", "0100-01-01", "century"),
    ("000X", "0001-01-01", "0010-01-01", "decade"),
    # parts of the day and times
    ("2018-05-23TNI", "2018-05-23T21:00", "2018-05-24T06:00", "part-of-day"),
    ("2018-05-23TMO", "2018-05-23T06:00", "2018-05-23T12:00", "part-of-day"),
    ("2018-05-23TEV", "2018-05-23T18:00", "2018-05-24", "part-of-day"),
    ("2018-05-23T15:00", "2018-05-23T15:00", "2018-05-23T15:01", "minute"),
    ("2018-05-23T15", "2018-05-23T15:00", "2018-05-23T16:00", "hour"),
    ("2018-05-23T15:00:30", "2018-05-23T15:00:30", "2018-05-23T15:00:31", "second"),
    ("2018-05-23T00:00", "2018-05-23", "2018-05-23T00:01", "minute"),
    ("2018-12-31T23:59", "2018-12-31T23:59", "2019-01-01", "minute"),
    ("2018-05-23T24:00", "2018-05-24", "2018-05-24T00:01", "minute"),
    # ranges
    ("2018-05-23/2018-05-25", "2018-05-23", "2018-05-26", "day"),
    ("2018-11/2019-02", "2018-11-01", "2019-03-01", "month"),
    ("2018/2018-05-23", "2018-01-01", "2018-05-24", "day"),
    ("2018-05-23T15:00/2018-05-23TEV", "2018-05-23T15:00", "2018-05-24", "minute"),
]


@pytest.mark.parametrize(("value", "start", "end", "granularity"), EXAMPLES,
                         ids=[e[0] for e in EXAMPLES])
def test_timex_value_interval_examples(value: str, start: str, end: str,
                                       granularity: str) -> None:
    interval = value_interval(value)
    assert (interval.start, interval.end, interval.granularity) == (start, end, granularity)


NOT_INTERVALS = [
    # days and months that are not in the calendar
    "2018-02-29", "2019-02-29", "2018-04-31", "2018-05-32", "2018-05-00", "2018-13",
    "2018-00", "2018-13-01",
    # ISO weeks a year does not have
    "2018-W53", "2018-W00", "2018-W54", "2018-W21-8", "2018-W21-0",
    # times that are not on a clock
    "2018-05-23T25:00", "2018-05-23T29:00", "2018-05-23T12:60", "2018-05-23T12:00:60",
    "2018-05-23T24:30",
    # years `datetime` cannot hold, and values that are not anchored
    "0000", "9999", "99", "999X", "2018-Q5", "2018-Q0", "PRESENT_REF", "P3Y", "XXXX-WXX-1",
    "XXXX-SU", "", "2018-5-3", "٢٠١٨", "2018-05-23TXX",
    # ranges that end before they start
    "2018-05-25/2018-05-23", "2019/2018",
]


@pytest.mark.parametrize("value", NOT_INTERVALS, ids=[v or "<empty>" for v in NOT_INTERVALS])
def test_timex_value_interval_rejects_non_intervals(value: str) -> None:
    with pytest.raises(NormalizationError):
        value_interval(value)


VALIDITY = [
    # anchored values
    ("2018-05-23", True), ("2020-W53", True), ("2018-W21-WE", True), ("197X", True),
    ("2018-05-23TNI", True), ("2018-05-23T15:00", True), ("2018-05-23/2018-05-25", True),
    # reference words, durations, sets
    ("PRESENT_REF", True), ("P3Y", True), ("PXM", True), ("PT24H", True), ("P1Y", True),
    ("XXXX-WXX-1", True), ("XXXX-SU", True), ("XXXX-WI", True), ("XXXX-12-25", True),
    # not values: not in the calendar, not ASCII digits, not TIMEX3
    ("2018-02-30", False), ("2018-13", False), ("2018-05-23T29:00", False),
    ("2018-W53", False), ("2018-5-3", False), ("٢٠١٨-05-23", False), ("P٣Y", False),
    ("", False), ("tomorrow", False), ("P1e+06Y", False),
]


@pytest.mark.parametrize(("value", "valid"), VALIDITY, ids=[v or "<empty>" for v, _ in VALIDITY])
def test_timex_is_valid_value_examples(value: str, valid: bool) -> None:
    assert is_valid_value(value) is valid
