"""Tests of bench/accuracy.py's --either-notation: which other annotators' notations it
counts as the TIMEX3 value for the same time, and which it does not."""

from __future__ import annotations

import pytest

from tests.benchscripts import load_bench

accuracy = load_bench("accuracy.py", "bench_accuracy")


@pytest.mark.parametrize(("value", "expected"), [
    ("2014-XX-XX", "2014"),
    ("2014-XX", "2014"),
    ("2014-12-12-WXX-5", "2014-12-12"),
    ("2014-12-12-WXX-5T20:00", "2014-12-12T20:00"),
    ("2015-01-W02", "2015-W02"),
    ("P12H", "PT12H"),
    ("P1.5H", "PT1.5H"),
    # the same notation on both sides, or a different time: left alone
    ("2014-12-12", "2014-12-12"),
    ("XXXX-WXX-5", "XXXX-WXX-5"),
    ("P3M", "P3M"),  # three months, even where the annotator meant minutes
    ("PT12H", "PT12H"),
    ("2014-12", "2014-12"),
])
def test_bench_accuracy_one_notation(value: str, expected: str) -> None:
    assert accuracy.one_notation(value) == expected
