"""Tests of `timeline.anchors`: what a date without its year is placed around (the
publication date, the story's time in a narrative or a news background paragraph), and
histories without a publication date."""

from __future__ import annotations

from typing import Any

import pytest

import timeline
from timeline.errors import NoPublicationDateError
from timeline.model import Document

STORY = ("In 1939, Germany invaded Poland. On 1 September the army crossed the border. "
         "Two days later Britain declared war. By the end of the month, Warsaw had fallen. "
         "In April, Germany invaded Denmark. The following month the offensive began.")


def _values(text: str, published: str | None, genre: str) -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, published, genre=genre)}


@pytest.mark.parametrize(("published", "expected"), [
    ("2009-12-19", {"1 September": "1939-09-01", "Two days later": "1939-09-03",
                    "the end of the month": "1939-09", "April": "1940-04",
                    "The following month": "1940-05"}),
    (None, {"1 September": "1939-09-01", "April": "1940-04"}),
], ids=["dated", "undated"])
def test_anchors_narrative_dates_follow_the_story(published: str | None,
                                                  expected: dict[str, str]) -> None:
    values = _values(STORY, published, "narrative")
    assert {text: values[text] for text in expected} == expected


def test_anchors_news_reads_the_same_words_from_publication() -> None:
    values = _values("Germany invaded Denmark in April. The end of the month is near.",
                     "2009-12-19", "news")
    assert (values["April"], values["The end of the month"]) == ("2009-04", "2009-12")


@pytest.mark.parametrize(("text", "expected"), [
    ("In 2015, the firm moved to Ohio. On March 3 it opened a plant.", "2015-03-03"),
    ("In 2015, the firm moved. On Jan. 5 it hired. On March 3 it opened a plant.",
     "2015-03-03"),
    ("In 2015, the firm moved to Ohio.\n\nOn March 3 it opened a plant.", "2018-03-03"),
    # a year in the middle of a sentence opens no background ("arrested since 1990 ...")
    ("He was arrested several times since 2010. His car was found in March.", "2018-03"),
    # nor does a year counted from now
    ("Four years ago he led by 15 points. Since March, he has trailed.", "2018-03"),
], ids=["background", "background-goes-on", "next-paragraph", "mid-sentence-year",
        "years-ago"])
def test_anchors_news_background_paragraph(text: str, expected: str) -> None:
    values = _values(text, "2018-05-23", "news")
    assert values.get("March 3", values.get("March")) == expected


@pytest.mark.parametrize(("text", "time", "expected"), [
    # the baseline of a comparison is no day the story reaches, in news too
    ("Footfall was down 4.5 percent by 3 p.m. compared with Boxing Day 2015. Some stores "
     "opened their doors at 5 a.m.", "5 a.m.", "2016-12-26T05:00"),
    # a likeness: the holiday is not the story's day
    ('"It felt like Christmas," one shopper said. Stores opened at 5 a.m.', "5 a.m.",
     "2016-12-26T05:00"),
    ("Crowds were bigger than on Christmas Eve, police said. Shortly after midnight, the "
     "doors opened.", "midnight", "2016-12-26T00:00"),
    # a relative clause about a thing named: its date is background
    ("Shoppers packed stores on Boxing Day, but online sales, which began on Christmas Eve at "
     "many chains, had taken a bite. Footfall was down by 3 p.m.", "3 p.m.",
     "2016-12-26T15:00"),
    # the day the story tells is still the reference
    ("The fire started on Christmas Day. Shortly after midnight, firefighters arrived.",
     "midnight", "2016-12-26T00:00"),
], ids=["compared-with", "felt-like", "bigger-than", "relative-clause", "story-day"])
def test_anchors_news_passing_dates_leave_the_story(text: str, time: str,
                                                    expected: str) -> None:
    assert _values(text, "2016-12-26", "news")[time] == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    # within its own sentence a relative clause's date is what a count counts from
    ("The workers, who walked out on Monday, returned to work the next day.", "the next day",
     "2018-05-22"),
    ("The strike, which began on May 14, ended two days later. The next day, talks resumed.",
     "The next day", "2018-05-17"),
    # a deadline is no comparison: "no later than Friday" moves the story to Friday
    ("Lawmakers must vote no later than Friday. The next day, the law takes effect.",
     "The next day", "2018-05-26"),
], ids=["relative-clause-own-sentence", "relative-clause-next-sentence", "no-later-than"])
def test_anchors_counts_from_dates_named_in_passing(text: str, count: str,
                                                    expected: str) -> None:
    assert _values(text, "2018-05-23", "news")[count] == expected


@pytest.mark.parametrize(("text", "unit_text", "expected"), [
    # "that year" counts from a relative clause's year; "two days later" needs a day
    ("The firm, which was founded in 1990, was sold that year.", "that year", "1990"),
    ("The firm, which was founded in 1990, closed two days later.", "two days", None),
], ids=["year-counts-that-year", "year-no-day-count"])
def test_anchors_relative_clause_date_counts_only_as_finely_as_it_names(
        text: str, unit_text: str, expected: str | None) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    counted = [e.when.value for e in events if e.when.explanation is not None
               and "1990" in e.when.explanation.text and e.when.value != "1990"]
    assert counted == []
    if expected is not None:
        assert _values(text, "2018-05-23", "news")[unit_text] == expected


def test_anchors_story_explanation_names_the_anchor_and_why() -> None:
    (_, september, *_) = timeline.tag(STORY, "2009-12-19", genre="narrative")
    assert (september.explanation.anchor, september.explanation.anchor_value) == \
        ("story", "1939")
    assert "story's year 1939, named 1 sentence earlier" in september.explanation.text
    assert "narrative: --genre narrative" in september.explanation.text


@pytest.mark.parametrize(("text", "expected"), [
    ("Last week a museum opened, and it is now a memorial.",
     {"Last week": "PAST_REF", "now": "PRESENT_REF"}),
    ("On 1 September the army crossed the border.", {"1 September": "XXXX-09-01"}),
    ("The siege lasted three years, with raids every Monday at 10 p.m.",
     {"three years": "P3Y", "every Monday": "XXXX-WXX-1", "10 p.m.": "XXXX-XX-XXT22:00"}),
    ("In two weeks we meet.", {"two weeks": "FUTURE_REF"}),
], ids=["present", "no-year-yet", "lengths-sets-clock", "in-two-weeks"])
def test_anchors_undated_narrative_needs_no_date(text: str, expected: dict[str, str]) -> None:
    found = timeline.tag(text, genre="narrative")
    assert {t.text: t.value for t in found} == expected
    assert all(t.explanation is not None and t.explanation.anchor == "none" for t in found)


def test_anchors_undated_history_is_chosen_by_auto() -> None:
    history = " ".join(f"In {year}, the army marched north and took the city. By March "
                       f"{year} it had crossed the river." for year in range(1939, 1946))
    (doc,) = timeline.extract(history).documents
    assert (doc.published, doc.published_from, doc.genre) == (None, "none", "narrative")


def test_anchors_undated_news_still_asks_for_a_date() -> None:
    with pytest.raises(NoPublicationDateError):
        timeline.extract(Document(id="d", text="The council voted Tuesday to close the bridge."))


def test_anchors_undated_narrative_renders_in_every_format(tmp_path: Any) -> None:
    from timeline.render import RENDERERS, render_timeline

    built = timeline.extract(STORY, genre="narrative")
    for fmt in RENDERERS:
        assert render_timeline(built, fmt)


@pytest.mark.parametrize(("text", "expected"), [
    # a date counted from the present ("two years ago", in a quote) is an aside
    ('In 1975, Ford said: "We signed it two years ago." On 25 April Thieu left.',
     "1975-04-25"),
    # "the previous year" looks back; the story stays in 1941
    ("In 1941, Japan occupied Indochina, as planned the previous year. In May it struck.",
     "1941-05"),
    # a plan names a year the story has not reached
    ("In 1974, Hanoi planned to win by 1976, it said. In March the offensive began.",
     "1974-03"),
    # a date that labels a thing named: before its noun, or in brackets after it
    ("In 1793, Danton, the leader of the August 1792 uprising, was removed. On 17 August the "
     "Convention voted.", "1793-08-17"),
    ("In 1793, peasants resented the Civil Constitution of the Clergy (1790). On 9 September "
     "the army marched.", "1793-09-09"),
    # a state that began earlier: "since"
    ("In 492 BC, Mardonius subdued Thrace, Persian since 513 BC. The following year Darius "
     "sent envoys.", "BC0491"),
    # a date a generation later inside a sentence looks back at the story
    ("In August 1964, the Maddox was fired upon. A report declassified in 2005 revealed that "
     "there was no attack on 4 August.", "1964-08-04"),
    # the year written again after a full date leaves the story on that date
    ("In June 1941, Germany invaded Russia. On December 7 (December 8 in Asian time zones), "
     "1941, Japan attacked. In January, the Allies issued a declaration.", "1942-01"),
    # the baseline of a comparison: the story stays in 2008
    ("In 2008, attacks numbered 200 a week, as opposed to a peak of 1,600 in summer 2007. "
     "The army launched a March operation in Basra.", "2008-03"),
    ("In 2008, civilian deaths fell to 490 in November as against 3,500 in January 2007. In "
     "December the last British troops left.", "2008-12"),
], ids=["from-now", "looking-back", "plan", "labels-a-thing", "bracketed", "since",
        "later-look-back", "year-again", "peak-of", "as-against"])
def test_anchors_narrative_asides_leave_the_story(text: str, expected: str) -> None:
    values = _values(text, "2009-12-19", "narrative")
    assert expected in values.values(), values


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("In April and June 1955, Diem won.", "April", "1955-04"),
    ("They spent the spring and early summer of 1943 there.", "spring", "1943-SP"),
], ids=["and-month", "and-season"])
def test_anchors_joined_phrase_gives_the_year(text: str, word: str, expected: str) -> None:
    assert _values(text, "2009-12-19", "news")[word] == expected


def test_anchors_narrative_weekday_ahead_counts_from_publication() -> None:
    """An obituary told in the past is a narrative, but "a funeral will be held Saturday"
    is the Saturday after publication."""
    obituary = ("John Smith died Tuesday. Born in 1931, he served in the Army in 1950 and "
                "1951. In 1960 he opened a store. In 1965 he married. In 1972 he won a seat. "
                "He was re-elected in 1976, 1980, 1984 and 1988. He retired in 1992. "
                "A funeral will be held Saturday.")
    values = _values(obituary, "2018-05-23", "auto")
    assert (values["Tuesday"], values["Saturday"]) == ("2018-05-22", "2018-05-26")


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that opens on a later year moves the story there, however far
    ("In 1954, the French left Hanoi. In 1975, the North took Saigon. On 30 April the last "
     "helicopters left.", "1975-04-30"),
    # a jump of a decade inside a sentence is the story moving on
    ("In 1964, the war widened, and it ended in 1975 with the fall of Saigon. On 30 April the "
     "last helicopters left.", "1975-04-30"),
], ids=["opening-year", "decade-inside"])
def test_anchors_narrative_moves_on_to_later_years(text: str, expected: str) -> None:
    values = _values(text, "2009-12-19", "narrative")
    assert expected in values.values(), values


@pytest.mark.parametrize(("text", "genre", "date_text", "expected"), [
    ("The bombing started on the morning of 31 January 1965, when orders went out.",
     "narrative", "31 January 1965", "1965-01-31TMO"),
    ("In 1975, Saigon fell. In the early morning hours of 30 April, the last Marines left.",
     "narrative", "30 April", "1975-04-30TMO"),
    ("In 1791, the King fled on the night of 20 June 1791 and was caught at Varennes.",
     "narrative", "20 June 1791", "1791-06-20TNI"),
    # news keeps the day: TimeBank tags only the date in "the night of Oct. 23"
    ("The ship sank on the night of Oct. 23, officials said.", "news", "Oct. 23", "1998-10-23"),
    # a date not right after "of" keeps its day
    ("In 1944, the army attacked in the morning. On 6 June the landings began.",
     "narrative", "6 June", "1944-06-06"),
], ids=["morning-of", "early-morning-hours", "night-of", "news-keeps-the-day", "not-after-of"])
def test_anchors_narrative_part_of_a_day(text: str, genre: str, date_text: str,
                                         expected: str) -> None:
    assert _values(text, "1998-10-26", genre)[date_text] == expected


@pytest.mark.parametrize(("text", "genre", "expected"), [
    ("In 1950, he was elected, and in the following decade he ruled.", "narrative", "196X"),
    ("Sales rose in 1995 and again in the following decade.", "news", "200X"),
    ("In 1950, he was elected. Prices in that decade rose.", "narrative", "195X"),
    ("In 480 BC, Xerxes invaded, and in the following decade Athens rose.", "narrative",
     "BC047"),
], ids=["following-decade", "news-following-decade", "that-decade", "bc-following-decade"])
def test_anchors_following_decade_counts_from_the_story(text: str, genre: str,
                                                        expected: str) -> None:
    assert expected in _values(text, "2009-12-19", genre).values()
