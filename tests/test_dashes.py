"""Tests of `timeline.rules.dashes`: a range written with a dash is two expressions, each end
with its value, the first taking the month and year of the second, and one range event."""

from __future__ import annotations

import pytest

import timeline

# sentence, publication date, the expressions and values found
ENDS = [
    ("Serbia fought the Battle of Mojkovac on 6-7 January 1916.", "2009-12-19",
     [("6", "1916-01-06"), ("7 January 1916", "1916-01-07")]),
    ("The offensive (26–30 November 1917) failed.", "2009-12-19",
     [("26", "1917-11-26"), ("30 November 1917", "1917-11-30")]),
    ("The summit will be held June 12-14 in Halifax.", "2018-03-01",
     [("June 12", "2018-06-12"), ("14", "2018-06-14")]),
    ("The summit was held 12-14 June 2018 in Quebec.", "2019-03-01",
     [("12", "2018-06-12"), ("14 June 2018", "2018-06-14")]),
    ("The fair is open May 2 - 3.", "2018-03-01", [("May 2", "2018-05-02"), ("3", "2018-05-03")]),
    ("Peace talks were held between March 5-9, 1918 in Buftea.", "2009-12-19",
     [("March 5", "1918-03-05"), ("9, 1918", "1918-03-09")]),
    ("Throughout 1915-17, the British Empire and France attacked.", "2009-12-19",
     [("1915", "1915"), ("17", "1917")]),
    ("The Eastern Theater 1861–1863 saw the bloodiest battles.", "2009-12-19",
     [("1861", "1861"), ("1863", "1863")]),
    ("Prices fell in the 1998-99 season.", "2000-05-01", [("1998", "1998"), ("99", "1999")]),
    ("The rains failed in the 1999-00 season.", "2001-05-01", [("1999", "1999"), ("00", "2000")]),
    ("The club was relegated in the 2017–18 season.", "2019-05-01",
     [("2017", "2017"), ("18", "2018")]),
    ("Unemployment rose from 1990-1992.", "1998-05-01", [("1990", "1990"), ("1992", "1992")]),
    ("The Ionian Revolt (499-493 BC) failed.", "2009-12-19",
     [("499", "BC0499"), ("493 BC", "BC0493")]),
    ("From 15 to 22 February 1984, Iran attacked.", "2009-12-19",
     [("15", "1984-02-15"), ("22 February 1984", "1984-02-22")]),
    ("The talks were held between 5 and 7 May 2010.", "2011-01-01",
     [("5", "2010-05-05"), ("7 May 2010", "2010-05-07")]),
    ("The First Punic War (264 to 241 BC) was fought at sea.", "2009-12-19",
     [("264", "BC0264"), ("241 BC", "BC0241")]),
]

# a dash between numbers that are no dates: nothing found, or only the date the text names
NOT_RANGES = [
    ("The Cubs won 6-7 on Sunday in January.", "2018-01-15", ["Sunday", "January"]),
    ("The court ruled 4-3 in March.", "2018-05-01", ["March"]),
    ("The attacks of 9-11 changed everything in September.", "2002-05-01", ["September"]),
    ("A Boeing 747-400 landed in May.", "2018-06-01", ["May"]),
    ("Call 1-800-555-0100 before June 3.", "2018-05-01", ["June 3"]),
    ("It hired 1500-2000 workers in 2017.", "2018-05-01", ["2017"]),
    ("It cost $1500-2000 in 2017.", "2018-05-01", ["2017"]),
    ("The score was 1990-85 on May 3.", "2018-05-01", ["May 3"]),
    ("The vote was 7-6 January 5.", "2018-05-01", ["January 5"]),
    ("They met on 2018-05-23.", "2018-06-01", ["2018-05-23"]),
    ("He scored 3 and 4 goals in May.", "2018-06-01", ["May"]),
    ("Between 7 and 5 May voters left.", "2018-06-01", ["5 May"]),
]

# sentence, publication date, the range event's expression and value
EVENTS = [
    ("Serbia fought the Battle of Mojkovac on 6-7 January 1916.", "2009-12-19",
     "6-7 January 1916", "1916-01-06/1916-01-07"),
    ("The summit will be held June 12-14 in Halifax.", "2018-03-01", "June 12-14",
     "2018-06-12/2018-06-14"),
    ("Throughout 1915-17, the British Empire and France attacked.", "2009-12-19", "1915-17",
     "1915/1917"),
    ("The festival ran December 30 - January 2, 2018 in Edinburgh.", "2018-03-01",
     "December 30 - January 2, 2018", "2017-12-30/2018-01-02"),
]


@pytest.mark.parametrize(("sentence", "dct", "expected"), ENDS, ids=[e[0][:40] for e in ENDS])
def test_dashes_each_end_is_an_expression(sentence: str, dct: str,
                                          expected: list[tuple[str, str]]) -> None:
    found = timeline.tag(sentence, published=dct)
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize(("sentence", "dct", "expected"), NOT_RANGES,
                         ids=[n[0][:40] for n in NOT_RANGES])
def test_dashes_numbers_that_are_no_dates_stay_untagged(sentence: str, dct: str,
                                                        expected: list[str]) -> None:
    assert [t.text for t in timeline.tag(sentence, published=dct)] == expected


@pytest.mark.parametrize(("sentence", "dct", "words", "value"), EVENTS,
                         ids=[e[0][:40] for e in EVENTS])
def test_dashes_range_is_one_event_in_the_json(sentence: str, dct: str, words: str,
                                               value: str) -> None:
    events = [e.to_dict() for e in timeline.extract(sentence, published=dct).events]
    assert [(e["when"]["text"], e["when"]["value"]) for e in events] == [(words, value)]
    assert events[0]["when"]["explanation"]["text"].startswith(f'"{words.split("-")[0].strip()}')


def test_dashes_first_end_explains_it_takes_the_second_ends_year() -> None:
    (first, _) = timeline.tag("The festival ran December 30 - January 2, 2018 in Edinburgh.",
                              published="2018-03-01")
    assert (first.value, first.explanation.rule) == ("2017-12-30", "range")
