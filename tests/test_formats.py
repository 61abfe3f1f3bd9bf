"""The formats people write (issue 12): short forms of posts, lower-case days, day-first
dates, ordinals, clock words, BC/AD years, and numeric dates read day first or month first
per document."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import timeline
from timeline.cli import cli
from timeline.dateorder import day_first
from timeline.errors import InputError

PUBLISHED = "2018-05-23"  # a Wednesday


def _found(text: str, published: str = PUBLISHED, **options: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.value, t.type) for t in timeline.tag(text, published, **options)}


@pytest.mark.parametrize(("text", "expression", "value", "kind"), [
    ("I'll come tmr.", "tmr", "2018-05-24", "DATE"),
    ("Dinner tmrw night with the team.", "tmrw night", "2018-05-24TNI", "TIME"),
    ("Ran 5k tdy.", "tdy", "2018-05-23", "DATE"),
    ("Ndp preview show last nite, hubby and his niece", "last nite", "2018-05-22TNI", "TIME"),
    ("Late post from last nights pba game #pba", "last nights", "2018-05-22TNI", "TIME"),
    ("Camps for June,July and Aug. Then exams", "Aug.", "2018-08", "DATE"),
    ("Long day, left camp at 5+am lol", "5+am", "2018-05-23T05:00", "TIME"),
    ("Posted 1+ hr ago lol", "1+ hr ago", "2018-05-23", "DATE"),
    ("Landed 2hrs ago!", "2hrs ago", "2018-05-23", "DATE"),
    ("Study hard for exam in Jun", "Jun", "2018-06", "DATE"),
    ("Closed from Jan to March for repairs", "Jan", "2018-01", "DATE"),
    ("Haven't run in 16days and been almost 7months since.", "16days", "P16D", "DURATION"),
    ("2 days mc + 2weeks leave then.", "2weeks", "P2W", "DURATION"),
    ("Doors open 4pm tmr @ the hall!", "4pm tmr", "2018-05-24T16:00", "TIME"),
    ("What is my future? Will it be the top?", "future", "FUTURE_REF", "DATE"),
    ("The court would decide Elian's future, the lawyers said.", "future", "FUTURE_REF",
     "DATE"),
    ("More Singapore artistes in future!", "future", "FUTURE_REF", "DATE"),
    ("Driving home for xmas http://t.co/rCgAymbge9", "xmas", "2018-12-25", "DATE"),
    ("EASTER GYM WITH THE CREW @gym", "EASTER", "2019-04-21", "DATE"),
    ("We close both outlets by end of the month", "end of the month", "2018-05", "DATE"),
    ("Midnight movie date with Hrithik. #bollywood", "Midnight", "2018-05-23T00:00", "TIME"),
    ("Voting closes midnight! #finals", "midnight", "2018-05-24T00:00", "TIME"),
    ("Hello June, and hello to a brand new month @gym", "June", "2018-06", "DATE"),
    ("Flow Yoga journey on May 10, 2014 2pm at the studio", "May 10, 2014 2pm",
     "2014-05-10T14:00", "TIME"),
    ("Join us on May 10, 2014, at 2pm!", "2pm", "2014-05-10T14:00", "TIME"),
    ("On May 5 the shop opened. Come at 7pm", "7pm", "2018-05-23T19:00", "TIME"),
    ("It's July and we've signed Sanchez #afc", "July", "2018-07", "DATE"),
    ("Christmas Gift Guide: A Little Something for Everyone http://t.co/oMw78z3DVj",
     "Christmas", "2018-12-25", "DATE"),
    ("11 pm here, so 6 am tmrw Singapore time", "6 am tmrw", "2018-05-24T06:00", "TIME"),
    ("Party next fri night?", "next fri night", "2018-05-25TNI", "TIME"),
    ("The show is this Sat, 7pm at the hall.", "this Sat, 7pm", "2018-05-26T19:00", "TIME"),
    ("how about friday night or sat?", "sat", "2018-05-26", "DATE"),
    ("We met last friday.", "last friday", "2018-05-18", "DATE"),
    ("Parade every mon.", "every mon", "XXXX-WXX-1", "SET"),
    ("Queued for 1hr.", "1hr", "PT1H", "DURATION"),
    ("Queued 4 min for coffee.", "4 min", "PT4M", "DURATION"),
    ("Every min is an adventure with Zayaan!", "Every min", "PT1M", "SET"),
    ("Took 2.5 HRS to get home.", "2.5 HRS", "PT2H30M", "DURATION"),
    ("More members nxt yr.", "nxt yr", "2019", "DATE"),
    ("The doors open at 430pm.", "430pm", "2018-05-23T16:30", "TIME"),
    ("Report at 1800 hours.", "1800 hours", "2018-05-23T18:00", "TIME"),
    ("The division was deployed by 05:30hrs.", "05:30hrs", "2018-05-23T05:30", "TIME"),
    ("It starts at a quarter past 6.", "a quarter past 6", "2018-05-23T06:15", "TIME"),
    ("Be there at ten to three.", "ten to three", "2018-05-23T02:50", "TIME"),
    ("Be there at ten to three p.m.", "ten to three p.m.", "2018-05-23T14:50", "TIME"),
    ("The rally was held on 13 Apr in the square.", "13 Apr", "2018-04-13", "DATE"),
    ("The office will reopen 30 Sep. after repairs.", "30 Sep.", "2018-09-30", "DATE"),
    ("The fair ends on the second of December.", "the second of December", "2018-12-02",
     "DATE"),
    ("The vote will be on Tuesday the 19th.", "Tuesday the 19th", "2018-06-19", "DATE"),
    ("He was born on 23.05.1970 in Bern.", "23.05.1970", "1970-05-23", "DATE"),
    ("On January 13 1951 Giap moved.", "January 13 1951", "1951-01-13", "DATE"),
    ("The vote was held the week before last.", "the week before last", "2018-W19", "DATE"),
    ("Elections are due the year after next.", "the year after next", "2020", "DATE"),
    # not "the week before last" when "last" begins "last year's"
    ("It was calm the week before last year's election.", "last year's", "2017", "DATE"),
    # a comma or year after the day: a date, whatever capitalized word comes before
    ("Updated Jan 5, 2018: more news.", "Jan 5, 2018", "2018-01-05", "DATE"),
    # "cut to one day" is a length, not "some day"
    ("The summit was cut to one day because of the storm.", "one day", "P1D", "DURATION"),
    # "in the morning" between a clock and its day
    ("The blast came at 3am in the morning on Tuesday.", "3am", "2018-05-22T03:00", "TIME"),
    ("The battle lasted until May 8 1:00AM.", "May 8", "2018-05-08", "DATE"),
    ("Caesar was killed in 44 BC.", "44 BC", "BC0044", "DATE"),
    ("Vesuvius erupted in AD 79.", "AD 79", "0079", "DATE"),
    ("Athens grew in the 5th century BC.", "the 5th century BC", "BC04", "DATE"),
], ids=lambda v: v if isinstance(v, str) and " " not in v else None)
def test_formats_expression_is_found_with_its_value(text: str, expression: str, value: str,
                                                    kind: str) -> None:
    assert _found(text).get(expression) == (value, kind)


@pytest.mark.parametrize("text", [
    "She sat by the window.",
    "The sun was out all day.",
    "They wed in a small chapel.",
    "The band played the 19th song of the night.",
    "He may come, and march on.",
    "From ten to three people came.",
    "It could mortgage the company's future earning power.",
    "Payments will fall in future quarters.",
    "Happy #Friday all!! Going strong #10yrs",
    "Prices fell May 13 15% in all.",
    "He flew to Mar-a-Lago and then to Mar del Plata.",
])
def test_formats_words_that_are_not_days_are_left_alone(text: str) -> None:
    assert _found(text) == {}


def test_formats_vote_tally_after_a_date_is_no_day() -> None:
    assert list(_found("The court ruled on June 2, 5–4, that the law stands.")) == ["June 2"]


@pytest.mark.parametrize(("short", "full"), [("this sun", "this Sunday"), ("on fri", "on Friday"),
                                             ("last tues", "last Tuesday")])
def test_formats_short_weekday_reads_as_the_full_name(short: str, full: str) -> None:
    short_values = list(_found(f"We go {short}.").values())
    assert short_values and short_values == list(_found(f"We go {full}.").values())


def test_formats_day_of_month_follows_the_month_the_text_named() -> None:
    found = _found("The shop opened on May 5. It closed again on the 30th.")
    assert found["the 30th"] == ("2018-05-30", "DATE")


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("Paid on 23/05/2014, due 04/06/2014.", "auto", True),
    ("Paid on 05/23/2014, due 04/06/2014.", "auto", False),
    ("LONDON, 23 May 2018 - Paid 04/06/2018.", "auto", True),
    ("WASHINGTON, May 23, 2018 - Paid 04/06/2018.", "auto", False),
    ("Paid 04/06/2018.", "auto", False),
    ("Paid on 05/23/2014, due 04/06/2014.", "dayfirst", True),
    ("Paid on 23/05/2014, due 04/06/2014.", "monthfirst", False),
])
def test_formats_date_order_comes_from_unambiguous_dates(text: str, order: str,
                                                         expected: bool) -> None:
    assert day_first(text, order) is expected


def test_formats_date_order_rejects_an_unknown_order() -> None:
    with pytest.raises(InputError):
        day_first("04/06/2014", "yearfirst")


@pytest.mark.parametrize(("text", "options", "value"), [
    ("Paid on 23/05/2014, due 04/06/2014.", {}, "2014-06-04"),
    ("Paid on 05/23/2014, due 04/06/2014.", {}, "2014-04-06"),
    ("Due 04/06/2014.", {"date_order": "dayfirst"}, "2014-06-04"),
    ("Paid on 23/05/2014, due 04/06/2014.", {"date_order": "monthfirst"}, "2014-04-06"),
])
def test_formats_ambiguous_numeric_date_reads_in_the_document_order(
        text: str, options: dict[str, str], value: str) -> None:
    assert _found(text, **options)["04/06/2014"] == (value, "DATE")


@pytest.mark.parametrize(("flag", "value"), [("--dayfirst", "2014-06-04"),
                                             ("--monthfirst", "2014-04-06"),
                                             (None, "2014-04-06")])
def test_formats_cli_date_order_flags(flag: str | None, value: str) -> None:
    args = ["tag", "-", "--published", "2014-07-01", *([flag] if flag else [])]
    result = CliRunner().invoke(cli, args, input="Due 04/06/2014.")
    assert result.exit_code == 0, result.stderr
    (timex,) = json.loads(result.stdout)["timexes"]
    assert timex["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The next meeting is in Q3.", "2019-Q3"),
    ("The plant will open in the second quarter.", "2019-Q2"),
    ("Results for Q3 were weak.", "2018-Q3"),
    ("Sales in Q3 are up 5%.", "2018-Q3"),
])
def test_formats_a_quarter_gone_by_is_next_years_when_the_clause_looks_ahead(
        text: str, value: str) -> None:
    (found,) = _found(text, "2018-11-10").values()
    assert found == (value, "DATE")


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Come back in 2 weeks.", "2 weeks", "2018-W23"),
    ("He left three hours ago.", "three hours ago", "2018-05-23"),
    ("We will be back a year from now.", "a year from now", "2019"),
    ("The shop was founded on May 5, 1990. Dinner is at 7pm.", "7pm", "2018-05-23T19:00"),
])
def test_formats_dated_points(text: str, expression: str, value: str) -> None:
    assert _found(text)[expression] == (value, "DATE" if "T" not in value else "TIME")


@pytest.mark.parametrize(("expression", "value"), [
    ("August of that year", "1940-08"),
    ("July 25 of that year", "1940-07-25"),
    ("March of the following year", "1941-03"),
])
@pytest.mark.parametrize("genre", ["news", "narrative"])
def test_formats_a_month_of_that_year_takes_the_storys_year(expression: str, value: str,
                                                            genre: str) -> None:
    text = ("In 1940, France fell. In August of that year the Blitz began. On July 25 of "
            "that year it rained. In March of the following year a treaty was signed.")
    assert _found(text, "2009-12-19", genre=genre)[expression] == (value, "DATE")


@pytest.mark.parametrize(("zone", "expression"), [("Baghdad time", "5:34 AM"),
                                                  ("local time", "5:34 AM local time"),
                                                  ("", "5:34 AM")])
def test_formats_a_clock_time_takes_the_day_named_after_its_zone(zone: str,
                                                                 expression: str) -> None:
    text = f"At 5:34 AM {zone} on March 20, 2003 the war began.".replace("  ", " ")
    assert _found(text, "2009-12-19")[expression] == ("2003-03-20T05:34", "TIME")
