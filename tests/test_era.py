"""Tests of `timeline.era`: a story told in BC years places its year-less dates around them."""

from __future__ import annotations

import pytest

import timeline
from timeline.era import is_stand_in, stand_in, written, written_text
from timeline.timex import is_valid_value


@pytest.mark.parametrize(("value", "expected"), [
    ("BC0490", "7511"),
    ("BC0480-09", "7521-09"),
    ("BC0479-SU", "7522-SU"),
    ("BC0002", "7999"),
    ("BC0001", None),        # next to AD 1: never stood in for
    ("BC2500", None),        # beyond the stand-in years
    ("BC04", None),          # a century: no year to place around
    ("1940", None),
], ids=lambda v: str(v))
def test_era_stand_in(value: str, expected: str | None) -> None:
    assert stand_in(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("7511", "BC0490"),
    ("7522-SU", "BC0479-SU"),
    ("7521-09-13", "BC0480-09-13"),
    ("8000", "BC0001"),      # a year after 2 BC is 1 BC, then AD 1
    ("8001", "0001"),
    ("2009-12-19", "2009-12-19"),
], ids=lambda v: str(v))
def test_era_written(value: str, expected: str) -> None:
    assert written(value) == expected and is_valid_value(expected)


def test_era_every_stand_in_is_written_back_as_itself() -> None:
    for year in range(2, 2001):
        value = f"BC{year:04d}-07"
        code = stand_in(value)
        assert code is not None and is_stand_in(code) and written(code) == value


def test_era_explanation_text_is_written_in_bc_years() -> None:
    assert written_text('counted from 7521-09-12, the latest date') == \
        "counted from BC0480-09-12, the latest date"
    assert written_text('"6500 years later" is counted from 7511.') == \
        '"6500 years later" is counted from BC0490.'


STORY = ("The Persian Wars. In 492 BC Mardonius led the first campaign. The following year, "
         "Darius sent ambassadors. In the summer, the fleet sailed. On 12 September the "
         "battle was fought. The next day the army left. Xerxes crossed in April 480 BC, and "
         "the Greeks met in the spring of 480 BC. The Ionian Revolt (499-493 BC) had failed; "
         "Thrace had been Persian since 513 BC. In 479 BC the war ended.")

EXPECTED = [
    ("492 BC", "BC0492"), ("The following year", "BC0491"), ("summer", "BC0491-SU"),
    ("12 September", "BC0491-09-12"), ("The next day", "BC0491-09-13"),
    ("April 480 BC", "BC0480-04"), ("the spring of 480 BC", "BC0480-SP"),
    ("499", "BC0499"), ("493 BC", "BC0493"), ("513 BC", "BC0513"), ("479 BC", "BC0479"),
]


@pytest.mark.parametrize("published", ["2009-12-19", None], ids=["page-date", "no-date"])
def test_era_story_moves_through_bc_years(published: str | None) -> None:
    found = timeline.tag(STORY, published=published, genre="narrative")
    assert [(t.text, t.value) for t in found] == EXPECTED


def test_era_explanations_name_the_bc_story_time() -> None:
    found = {t.text: t for t in timeline.tag(STORY, genre="narrative")}
    assert found["The next day"].explanation.anchor_value == "BC0491-09-12"
    assert "BC0491-09-12" in found["The next day"].explanation.text
    assert found["April 480 BC"].explanation.text.endswith("names its year before the common era.")
