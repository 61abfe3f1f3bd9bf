"""Normalization in news context, continued from test_normalize.py (issue 12): the tense a
verb phrase gives, plans already overtaken, and the quarter a report compares with."""

from __future__ import annotations

import pytest

import timeline


def _value(expression: str, sentence: str, dct: str) -> str:
    timexes = timeline.tag(sentence, published=dct)
    matches = [t for t in timexes if t.text == expression]
    assert matches, f"{expression!r} not found in {[t.text for t in timexes]}"
    return matches[-1].value


CASES = [
    # a modal looks ahead
    ("Tuesday", "The shares could rise on Tuesday.", "2019-03-08", "2019-03-12"),
    ("Friday", "The deal will have closed by Friday.", "2019-03-06", "2019-03-08"),
    # a plan told in the past perfect was overtaken; told in the present it is still ahead
    ("Friday evening", "The bid was extended to Nov. 16. It had been due to expire Friday "
     "evening.", "1989-10-30", "1989-10-27TEV"),
    ("Friday", "The vote had been scheduled for Friday.", "2019-03-11", "2019-03-08"),
    ("Friday", "The offer is due to expire Friday.", "1989-10-30", "1989-11-03"),
    # a plan told in the past may lie on either side of publication: the nearest day
    ("Saturday", "Protesters planned a large demonstration in Little Havana on Saturday.",
     "2000-01-07", "2000-01-08"),
    ("Saturday", "A memorial service planned at the university for Saturday was canceled.",
     "1999-10-24", "1999-10-23"),
    ("Friday", "On Friday, the government planned to pay the first claims.", "1998-09-30",
     "1998-09-25"),
    # "Roe vs. Wade" does not end the sentence, so "killed" gives the tense
    ("January", "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme "
     "Court decision, a clinic bombing in Birmingham killed a security guard.", "1998-10-25",
     "1998-01"),
    # a summons looks ahead from the summoning
    ("Feb. 10", "The lawmaker said he subpoenaed the boy to testify before the committee on "
     "Feb. 10.", "2000-01-07", "2000-02-10"),
    ("Monday", "A judge summoned the former minister to appear in court on Monday.",
     "2017-06-14", "2017-06-19"),
]

# a date between a determiner and the noun of a happening names something done, unless
# the noun is of an event one schedules
ATTRIBUTIVE = [
    ("June", "The bank said it is continuing to try to sell itself, under a June agreement "
     "with a dissident group.", "1989-10-27", "1989-06"),
    ("Aug. 7", "Investigators of the Aug. 7 terrorist blasts will meet again.", "1998-10-27",
     "1998-08-07"),
    ("June", "The company said it will hold the June meeting in Boston.", "1989-10-27",
     "1990-06"),
    ("June", "Sailors will gather for the June sailing season.", "1989-10-27", "1990-06"),
]

# "the previous Friday" in a story about a day before publication counts from that day;
# with no day named, from publication
STORY_DAY = [
    ("the previous Friday", "London share prices closed sharply lower Friday. The index was "
     "down 4.5% from the previous Friday.", "1989-10-30", "1989-10-20"),
    ("the following Monday", "The talks began on Tuesday. They resumed the following Monday.",
     "1989-10-30", "1989-10-30"),
    ("The previous Friday", "The previous Friday, he had resigned.", "1989-10-30",
     "1989-10-27"),
    # "overnight" is the night before publication, whatever day the story named last
    ("overnight", "Shares fell overnight in Tokyo.", "1989-10-30", "1989-10-29TNI"),
]

# A quarterly report compares with the quarter it is about, the latest it names; an earlier
# quarter named on the way is background.
REPORTS = [
    ("the year-earlier period",
     "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
     "quarter, the company attributed the gain to higher prices. The comparison was enhanced "
     "by charges taken in the year-earlier period.", "1989-11-01", "1988-Q3"),
    ("a year ago",
     "Net rose 20% in the third quarter. After a weak second quarter, sales were higher "
     "than a year ago.", "1989-11-01", "1988-Q3"),
    ("that quarter",
     "Net rose 20% in the third quarter. The second quarter ended June 30 was weaker. Results "
     "for that quarter included a write-down.", "1989-11-01", "1989-Q2"),
    # "for the year ended Aug. 31" is a reporting year as a length; "a high for the year"
    # is this year
    ("the year", "Net income for the year ended Aug. 31 was C$2.7 million.", "1989-10-30",
     "P1Y"),
    ("the year", "The stock rose to a high for the year of $42.875 a share in June.",
     "1989-10-30", "1989"),
    # "the fiscal year" like "the year": this one, or a length when it says when it ended
    ("the fiscal year", "The drop will result in lower earnings for the fiscal year.",
     "1989-11-02", "1989"),
    ("the fiscal year", "Net income for the fiscal year ended Sept. 30 rose 5%.",
     "1989-11-02", "P1Y"),
    ("the current fiscal year", "Sales in the current fiscal year will rise.", "1989-11-02",
     "1989"),
    # the same months a year before, as one length like "the first nine months"
    ("the year-earlier nine months", "Net for the year-earlier nine months also included a "
     "gain of $9.7 million.", "1989-10-26", "P9M"),
    # the amount compared with is the report's: "from $93.3 million a year earlier"
    ("a year earlier",
     "Savin reported a third-quarter net loss of $35.2 million. Revenue declined 8% to $85.7 "
     "million, from $93.3 million a year earlier.", "1989-11-02", "1988-Q3"),
]


@pytest.mark.parametrize(("expression", "sentence", "dct", "value"), CASES + ATTRIBUTIVE + STORY_DAY + REPORTS,
                         ids=[f"{c[0]}@{c[2]}:{c[1][:40]}" for c in CASES + ATTRIBUTIVE + STORY_DAY + REPORTS])
def test_normalize_news_value_in_context(expression: str, sentence: str, dct: str,
                                         value: str) -> None:
    assert _value(expression, sentence, dct) == value


def test_normalize_news_year_ago_without_a_report_stays_a_year() -> None:
    """With no quarter named, a figure "a year earlier" is last year, not a quarter."""
    assert _value("a year earlier", "The town had 3,200 residents, up from $2 million a "
                  "year earlier.", "2019-03-08") == "2018"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("\"We don't minimize the challenges of the near term,\" he said.", ["the near term"]),
    ("The plan may placate some holders in the short term.", ["the short term"]),
    ("Proceeds will be used to reduce short-term debt.", []),
    ("It sees no near-term hope for a solution.", []),
])
def test_normalize_news_near_term_is_the_future(sentence: str, expected: list[str]) -> None:
    """TimeBank tags "the near term", "the short term" as the time just ahead (FUTURE_REF);
    the adjectives "short-term", "near-term" qualify a thing and are not expressions."""
    found = [t for t in timeline.tag(sentence, published="1989-10-30") if "term" in t.text]
    assert [t.text for t in found] == expected
    assert all(t.value == "FUTURE_REF" for t in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("\"The case of Elian is for today's youth what the blockade was,\" he said.", []),
    ("The chips are used in many of today's personal computers.", []),
    ("\"If I were choosing the people of tomorrow, I would pick them,\" he said.", []),
    ("Today's session was the busiest of the month.", ["1989-10-30"]),
    ("Tomorrow's meeting was called off.", ["1989-10-31"]),
])
def test_normalize_news_today_as_an_age_is_not_a_day(sentence: str, expected: list[str]) -> None:
    """"today's youth", "the people of tomorrow" name the present age or the future in
    general, which TimeBank leaves untagged; "today's session" is the day."""
    found = [t.value for t in timeline.tag(sentence, published="1989-10-30")
             if t.text.lower().startswith(("today", "tomorrow"))]
    assert found == expected


def test_normalize_news_early_hours_of_a_day_are_not_a_length() -> None:
    """"the early hours of Thursday morning": a part of that day, which the day's own
    expression dates; "hours" there is no length of time."""
    found = timeline.tag("Police arrested him at the airport in the early hours of Thursday "
                         "morning.", published="1999-10-08")
    assert [(t.text, t.value) for t in found] == [("Thursday morning", "1999-10-07TMO")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The loan may be extended for an additional year.", [("an additional year", "P1Y")]),
    ("The builders need two extra weeks.", [("two extra weeks", "P2W")]),
    ("Baker said on ABC-TV's \"This Week With David Brinkley\" that the war went well.", []),
    ("He said: \"This week is big for us.\"", [("This week", "1991-W09")]),
])
def test_normalize_news_lengths_and_titles(sentence: str, expected: list[tuple[str, str]]) -> None:
    """"an additional year" is a length like "one more year"; a quoted programme title
    ("This Week With David Brinkley") is no week, a quoted remark is."""
    found = timeline.tag(sentence, published="1991-02-25")
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "the next two years" is a length from publication even after "in", unlike "in two weeks"
    ("Sales will double in the next two years.", [("the next two years", "P2Y", "DURATION", None)]),
    ("Abortion doctors were attacked in the past four years.",
     [("the past four years", "P4Y", "DURATION", None)]),
    ("The vote will be held in two weeks.", [("two weeks", "1998-W11", "DATE", None)]),
    # "or so" after the unit is "about"
    ("Then, a week or so ago, the general picked Saturday night.",
     [("a week or so ago", "1998-W08", "DATE", "APPROX"),
      ("Saturday night", "1998-02-28TNI", "TIME", None)]),
    ("Shares may double in the next two years or so.",
     [("the next two years or so", "P2Y", "DURATION", "APPROX")]),
    ("The talks lasted an hour or so.", [("an hour or so", "PT1H", "DURATION", "APPROX")]),
    ("Sales will rise in the next year or so.", [("the next year", "1999", "DATE", None)]),
    ("It lasted two years, or so he said.", [("two years", "P2Y", "DURATION", None)]),
    # "one day" before the verb of a modal, "to" or a subject is "some day"
    ("Islam will one day be the second largest religion.",
     [("one day", "FUTURE_REF", "DATE", None)]),
    ("She hopes to one day become president.", [("one day", "FUTURE_REF", "DATE", None)]),
    ("The strike lasted one day.", [("one day", "P1D", "DURATION", None)]),
    ("Visits were cut to one day a week.",
     [("one day", "P1D", "DURATION", None), ("a week", "P1W", "DURATION", None)]),
], ids=["next-two-years-after-in", "past-four-years-after-in", "in-two-weeks-point",
        "week-or-so-ago", "next-two-years-or-so", "hour-or-so", "next-year-or-so-stays-year",
        "or-so-he-said", "will-one-day", "to-one-day", "lasted-one-day", "one-day-a-week"])
def test_normalize_news_lengths_or_so_and_some_day(
        sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Lengths counted from publication, "or so" as "about", and "one day" as "some day"."""
    found = timeline.tag(sentence, published="1998-03-01")
    assert [(t.text, t.value, t.type, t.mod) for t in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Flights leave Bombay on Tuesday nights from March 30.",
     [("Tuesday nights", "XXXX-WXX-2TNI", "SET"), ("March 30", "1998-03-30", "DATE")]),
    ("The show airs Sunday mornings.", [("Sunday mornings", "XXXX-WXX-7TMO", "SET")]),
    ("Flights leave on Monday and Tuesday nights.",
     [("Monday", "XXXX-WXX-1TNI", "SET"), ("Tuesday nights", "XXXX-WXX-2TNI", "SET")]),
    ("The talks ran Monday and Tuesday night.",
     [("Monday", "1998-02-09", "DATE"), ("Tuesday night", "1998-02-10TNI", "TIME")]),
    ("The talks ended Tuesday night.", [("Tuesday night", "1998-02-10TNI", "TIME")]),
], ids=["tuesday-nights", "sunday-mornings", "monday-and-tuesday-nights",
        "monday-and-tuesday-night", "tuesday-night-one-day"])
def test_normalize_news_weekday_with_plural_part_of_day_recurs(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    """"on Tuesday nights" is every Tuesday night, like "on Tuesdays"; "Tuesday night" is one."""
    found = timeline.tag(sentence, published="1998-02-13")
    assert [(t.text, t.value, t.type) for t in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The percentage change is since year-end.", [("year-end", "1988", "END")]),
    ("Prices have risen 12% since the end of the year.", [("the end of the year", "1988", "END")]),
    ("Sales fell 3% since month-end.", [("month-end", "1989-09", "END")]),
    ("The deal should close by year-end.", [("year-end", "1989", "END")]),
], ids=["since-year-end", "since-the-end-of-the-year", "since-month-end", "by-year-end"])
def test_normalize_news_since_the_end_is_the_last_end(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    """A change counted "since year-end" counts from the last end that has passed, last
    year's; "by year-end" is the end of this year."""
    found = timeline.tag(sentence, published="1989-10-30")
    assert [(t.text, t.value, t.mod) for t in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The auction, originally scheduled for April 9, was called off.",
     [("April 9", "2018-04-09", None)]),
    ("The launch, initially set for July 2, was moved up.",
     [("July 2", "2018-07-02", None)]),
    ("The launch is set for April 9.", [("April 9", "2019-04-09", None)]),
    ("The ruling could come as early as tomorrow afternoon.",
     [("tomorrow afternoon", "2018-05-24TAF", "ON_OR_AFTER")]),
    ("Polls may close no later than Sunday evening.",
     [("Sunday evening", "2018-05-27TEV", "ON_OR_BEFORE")]),
    ("Talks could resume as early as next week.", [("next week", "2018-W22", "ON_OR_AFTER")]),
    ("Talks resumed this week.", [("this week", "2018-W21", None)]),
], ids=["originally-scheduled-nearest", "initially-set-nearest", "set-for-ahead",
        "as-early-as-day-word-with-part", "no-later-than-weekday-with-part",
        "as-early-as-next-week", "no-bound-no-mod"])
def test_normalize_news_plan_given_up_and_bounds_of_any_point(
        sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A plan said to have come first ("originally set for") was given up, so its date lies
    on either side of publication (the nearest year); a bounding phrase ("as early as", "no
    later than") bounds whatever point follows it: a day word, a part of a day, a week."""
    found = timeline.tag(sentence, published="2018-05-23")
    assert [(t.text, t.value, t.mod) for t in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The skier broke a leg in a fall on Saturday.", [("Saturday", "2018-05-19")]),
    ("Shares took a steep fall in early trading on Tuesday.", [("Tuesday", "2018-05-22")]),
    ("A fall from a ladder killed the painter last week.", [("last week", "2018-W20")]),
    ("The theater will reopen in the fall.", [("fall", "2018-FA")]),
    ("The mayor faces a fall election.", [("fall", "2018-FA")]),
    ("It was a quiet fall for the market.", [("fall", "2017-FA")]),
], ids=["a-fall-before-preposition", "adjective-fall-before-preposition",
        "a-fall-opening-sentence", "the-fall-is-autumn", "a-fall-before-noun-is-autumn",
        "adjective-fall-before-for-is-autumn"])
def test_normalize_news_a_fall_is_a_falling(sentence: str,
                                            expected: list[tuple[str, str]]) -> None:
    """ "A fall" before a preposition or the end of a clause is a falling, as autumn is
    "the fall" or "fall"; with an adjective, only before a preposition of place or time."""
    found = timeline.tag(sentence, published="2018-05-23")
    assert [(t.text, t.value) for t in found] == expected
