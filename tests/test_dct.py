"""Tests of `timeline.dct`: choosing the publication date and normalizing it to ISO 8601."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.dct import Published, choose_published, is_partial_date, parse_published
from timeline.errors import InputError, NoPublicationDateError
from timeline.extraction import date_document
from timeline.infer import THRESHOLD
from timeline.mentions import Mention
from timeline.model import Document
from timeline.pipeline import load_pipeline

TBAQ = Path(__file__).parents[1] / ".." / "shared" / "corpora" / "tbaq"
EXPECTED = "expected YYYY-MM-DD or an ISO date-time"


def make_doc(published: str | None = None, published_from: str | None = None) -> Document:
    """A small hand-built document with the given own date."""
    return Document(
        id="a", text="It rained on Monday.", published=published, published_from=published_from, source="a.txt"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # ISO dates
        ("2018-05-23", "2018-05-23"),
        ("  2018-05-23\n", "2018-05-23"),
        ("2018/05/23", "2018-05-23"),
        ("2018-5-3", "2018-05-03"),
        ("20180523", "2018-05-23"),
        # ISO date-times, kept as given
        ("1998-12-05T09:42", "1998-12-05T09:42"),
        ("1998-08-07T10:35:00", "1998-08-07T10:35:00"),
        ("2018-05-23 09:00", "2018-05-23T09:00"),
        ("2018-05-23T09:00:00.123", "2018-05-23T09:00:00"),
        # zones
        ("2018-05-23T09:00+09:00", "2018-05-23T09:00+09:00"),
        ("2018-05-23T09:00+0900", "2018-05-23T09:00+09:00"),
        ("2018-05-23T09:00:00Z", "2018-05-23T09:00:00+00:00"),
        ("2018-05-23 09:00 JST", "2018-05-23T09:00+09:00"),
        # month names
        ("May 23, 2018", "2018-05-23"),
        ("May 23 2018", "2018-05-23"),
        ("Wednesday, May 23, 2018", "2018-05-23"),
        ("Sept. 5, 2018", "2018-09-05"),
        ("23 May 2018", "2018-05-23"),
        ("Wed 23rd May, 2018", "2018-05-23"),
        ("May 23, 2018 at 9:00 a.m. EDT", "2018-05-23T09:00-04:00"),
        ("May 23, 2018, 9:30 PM", "2018-05-23T21:30"),
        # numeric
        ("05/23/2018", "2018-05-23"),
        ("23/05/2018", "2018-05-23"),
        ("05/06/2018", "2018-05-06"),
        ("23.05.2018", "2018-05-23"),
    ],
    ids=[
        "iso", "iso-padded", "slashes", "unpadded", "compact",
        "minutes", "seconds", "space-separator", "fraction-dropped",
        "offset", "offset-no-colon", "zulu", "zone-abbreviation",
        "month-day-year", "no-comma", "weekday", "abbreviation-with-dot", "day-month-year", "ordinal",
        "at-am-zone", "pm",
        "us-numeric", "day-first-when-unambiguous", "ambiguous-is-us", "dotted",
    ],
)
def test_dct_parse_published_valid(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        # not on the calendar
        "2018-13-45", "2018-02-30", "13/13/2018", "Foo 23, 2018",
        # not a date
        "yesterday", "", "   ", "next Monday",
        # partial (only `choose_published` accepts these)
        "1998", "1998-08", "May 2018",
        # bad times and zones
        "2018-05-23T25:00", "2018-05-23T09:61", "2018-05-23T13:00 pm", "2018-05-23T09:00+25:00",
        "2018-05-23 09:00 XYZ", "2018-05-23 and more",
    ],
    ids=[
        "month-13", "february-30", "numeric-13-13", "not-a-month",
        "relative", "empty", "blank", "weekday",
        "year", "year-month", "month-year",
        "hour-25", "minute-61", "pm-after-12", "offset-25", "unknown-zone", "trailing-words",
    ],
)
def test_dct_parse_published_invalid(value: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_published(value)
    assert f"invalid publication date '{value}': {EXPECTED}" in str(caught.value)


def test_dct_parse_published_names_source() -> None:
    with pytest.raises(InputError, match=r"^a\.txt: invalid publication date"):
        parse_published("2018-13-45", source="a.txt")


@given(st.dates(min_value=date(1000, 1, 1)))
def test_dct_parse_published_spellings_agree(day: date) -> None:
    month = day.strftime("%B")
    spellings = [
        day.isoformat(),
        f"{month} {day.day}, {day.year:04d}",
        f"{day.day} {month} {day.year:04d}",
        f"{month[:3]}. {day.day}, {day.year:04d}",
        f"{day.month:02d}/{day.day:02d}/{day.year:04d}",
    ]
    assert {parse_published(s) for s in spellings} == {day.isoformat()}


@given(
    st.dates(min_value=date(1000, 1, 1)),
    st.integers(0, 23), st.integers(0, 59),
    st.sampled_from(["", "+09:00", "-05:00", "+05:30"]),
)
def test_dct_parse_published_datetime_round_trip(day: date, hour: int, minute: int, offset: str) -> None:
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}"
    assert parse_published(value) == value


@given(st.text(max_size=40))
def test_dct_parse_published_raises_only_input_error(value: str) -> None:
    try:
        result = parse_published(value)
    except InputError:
        return
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?)?", result)


# --- choosing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("own", "origin"),
    [(None, None), ("1998-08-07", "timeml"), ("yesterday", "header")],
    ids=["no-own-date", "over-timeml", "over-unreadable-header"],
)
def test_dct_option_wins(own: str | None, origin: str | None) -> None:
    chosen = choose_published(make_doc(own, origin), "2018-05-23T09:00+09:00")
    assert (chosen.value, chosen.source) == ("2018-05-23T09:00+09:00", "option")
    assert (chosen.day.isoformat(), chosen.moment.hour) == ("2018-05-23", 9)


@pytest.mark.parametrize(
    ("own", "origin", "expected"),
    [
        ("1998-08-07T10:35", "timeml", "1998-08-07T10:35"),
        ("2018-05-23", "html", "2018-05-23"),
        ("May 21, 2018", "json", "2018-05-21"),
        ("23 May 2018", "header", "2018-05-23"),
        ("05/23/2018", "header", "2018-05-23"),
        ("May 23, 2018 | 9:00 AM", "header", "2018-05-23"),
    ],
    ids=["timeml", "html", "json-month-name", "header-day-first", "header-numeric", "header-unreadable-time"],
)
def test_dct_own_date(own: str, origin: str, expected: str) -> None:
    chosen = choose_published(make_doc(own, origin), None)
    assert (chosen.value, chosen.source) == (expected, origin)


def test_dct_stamp_returns_copy() -> None:
    doc = make_doc("May 21, 2018", "json")
    stamped = choose_published(doc, None).stamp(doc)
    assert doc.published == "May 21, 2018" and stamped is not doc
    assert (stamped.id, stamped.text, stamped.source) == (doc.id, doc.text, doc.source)
    assert (stamped.published, stamped.published_from) == ("2018-05-21", "json")


@pytest.mark.parametrize("option", [None, "1998", "1998-08-03"], ids=["own", "partial", "option"])
def test_dct_choosing_again_gives_the_same_date(option: str | None) -> None:
    doc = Document(id="a", text=XIE_TEXT, published="1998-08-08", published_from="json",
                   source="a.txt")
    first = choose_published(doc, option)
    again = choose_published(first.stamp(doc), None)
    assert again == first


@pytest.mark.parametrize(
    ("own", "option", "expected"),
    [
        ("1998-08-07", "1998", "1998-08-07"),
        ("1998-08-07T10:35", "1998-08", "1998-08-07T10:35"),
        (" 1998-08-07 ", " 1998-08 ", "1998-08-07"),
    ],
    ids=["year-agrees", "month-agrees", "blank-padded"],
)
def test_dct_partial_option_agrees(own: str, option: str, expected: str) -> None:
    chosen = choose_published(make_doc(own, "timeml"), option)
    assert (chosen.value, chosen.source) == (expected, "timeml")


@pytest.mark.parametrize(
    ("own", "option"),
    [(None, "1998"), ("1997-08-07", "1998"), ("1998-09-01", "1998-08"), ("not a date", "1998")],
    ids=["no-own-date", "other-year", "other-month", "unreadable-own-date"],
)
def test_dct_partial_option_disagrees(own: str | None, option: str) -> None:
    with pytest.raises(NoPublicationDateError) as caught:
        date_document(make_doc(own, "json"), option, load_pipeline)
    assert str(caught.value) == (
        "a.txt: no publication date found (only a partial date was given; the text singles out "
        f"no day in {option}); give it as `published` (YYYY-MM-DD); "
        "a history needs none (genre 'narrative')"
    )


def test_dct_partial_option_invalid_month() -> None:
    with pytest.raises(InputError, match="invalid publication date '1998-13'") as caught:
        choose_published(make_doc("1998-08-07", "timeml"), "1998-13")
    assert not isinstance(caught.value, NoPublicationDateError)


@pytest.mark.parametrize("value", ["1998", "1998-08", " 1998-12 "], ids=["year", "month", "padded"])
def test_dct_is_partial_date(value: str) -> None:
    assert is_partial_date(value)


@pytest.mark.parametrize(
    "value", ["1998-13", "1998-08-07", "98", "May 1998"], ids=["month-13", "full", "short", "words"]
)
def test_dct_is_not_partial_date(value: str) -> None:
    assert not is_partial_date(value)


@pytest.mark.parametrize("own", [None, "", "  "], ids=["none", "empty", "blank"])
def test_dct_nothing_found(own: str | None) -> None:
    with pytest.raises(NoPublicationDateError) as caught:
        date_document(make_doc(own, None), None, load_pipeline)
    assert str(caught.value) == ("a.txt: no publication date found; "
                                 "give it as `published` (YYYY-MM-DD); a history needs none (genre 'narrative')")


def test_dct_own_date_unreadable() -> None:
    with pytest.raises(NoPublicationDateError, match="the header date 'last week' is not a full date"):
        choose_published(make_doc("last week", "header"), None)


def test_dct_invalid_option_names_document() -> None:
    with pytest.raises(InputError) as caught:
        choose_published(make_doc("1998-08-07", "timeml"), "2018-13-45")
    assert str(caught.value) == f"a.txt: invalid publication date '2018-13-45': {EXPECTED}"


@pytest.mark.skipif(
    not TBAQ.is_dir(), reason=f"TimeBank/AQUAINT corpus not found at {TBAQ} (../shared from the repo)"
)
def test_dct_tbaq_values_kept_as_given() -> None:
    values = set()
    for path in sorted(TBAQ.glob("*/*.tml")):
        match = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', path.read_text(encoding="utf-8"))
        if match:
            values.add(match.group(1))
    assert values
    assert {v for v in values if parse_published(v) != v} == set()


def _text_doc(text: str, published: str | None = None, origin: str | None = None) -> Document:
    return Document(id="a", text=text, published=published, published_from=origin,
                    source="a.txt")


XIE_TEXT = ("WASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton Saturday vowed to act "
            "against those who bombed two U.S. embassies on Friday.")


@pytest.mark.parametrize(
    ("own", "origin", "option", "expected"),
    [
        # the dateline is a day off the DCT: wire copy filed the day before, no warning
        ("1998-08-09", "timeml", None, ()),
        ("1998-08-08", "timeml", None, ()),
        # more than a day apart: the warning names both and the one used
        ("1998-08-20", "header", None,
         ("a.txt: the dateline 'WASHINGTON, August 8 (Xinhua) --' (1998-08-08) is 12 days from "
          "the 'Published:' header (1998-08-20); using the 'Published:' header",)),
        ("1998-08-08", "json", "1998-08-03",
         ("a.txt: the JSON 'published' field (1998-08-08) is 5 days from the --published date "
          "(1998-08-03); using the --published date",
          "a.txt: the dateline 'WASHINGTON, August 8 (Xinhua) --' (1998-08-08) is 5 days from "
          "the --published date (1998-08-03); using the --published date")),
        # a dateline of a year-end story against a January date: the nearest year counts
        ("1999-01-02", "timeml", None,
         ("a.txt: the dateline 'WASHINGTON, August 8 (Xinhua) --' (1998-08-08) is 147 days from "
          "the TimeML DCT (1999-01-02); using the TimeML DCT",)),
    ],
    ids=["dateline-day-before", "dateline-same-day", "header-vs-dateline", "option-vs-json",
         "across-new-year"],
)
def test_dct_disagreement_warnings(own: str, origin: str, option: str | None,
                                   expected: tuple[str, ...]) -> None:
    assert choose_published(_text_doc(XIE_TEXT, own, origin), option).warnings == expected


def test_dct_library_warns_as_the_command_line_does() -> None:
    from timeline.api import extract

    timeline = extract(_text_doc(XIE_TEXT, "1998-08-20", "header"))
    assert timeline.documents[0].warnings == (
        "a.txt: the dateline 'WASHINGTON, August 8 (Xinhua) --' (1998-08-08) is 12 days from "
        "the 'Published:' header (1998-08-20); using the 'Published:' header",)


def test_dct_dateline_with_year_is_a_source() -> None:
    chosen = choose_published(_text_doc("LONDON, Aug. 5, 1998 (AP) -- Police said."), None)
    assert (chosen.value, chosen.source) == ("1998-08-05", "dateline")


@pytest.mark.parametrize(
    ("own", "option"),
    [(None, "1998"), (None, "1998-08"), ("1997-08-07", "1998")],
    ids=["year", "month", "own-date-outside-partial"],
)
def test_dct_partial_option_inferred_from_dateline(own: str | None, option: str) -> None:
    text_doc = _text_doc(XIE_TEXT, own, "json" if own else None)
    doc = date_document(text_doc, option, load_pipeline).stamp(text_doc)
    assert (doc.published, doc.published_from) == ("1998-08-08", "inferred")
    assert doc.published_confidence is not None and doc.published_confidence >= THRESHOLD
    assert any("dateline" in why for why in doc.published_evidence)
    assert doc.to_dict()["published_from"] == "inferred"


def test_dct_inference_reads_the_tagged_text_only_when_needed() -> None:
    asked: list[bool] = []

    def tagged() -> list[Mention]:
        asked.append(True)
        return []

    chosen = choose_published(_text_doc(XIE_TEXT, "1998-08-08", "json"), None, tagged=tagged)
    assert isinstance(chosen, Published) and asked == []
    with pytest.raises(NoPublicationDateError):
        choose_published(_text_doc("Officials said Friday that the talks had failed."), "1998",
                         tagged=tagged)
    assert asked == [True]


def test_dct_no_year_refusal_lists_candidates() -> None:
    with pytest.raises(NoPublicationDateError) as caught:
        date_document(_text_doc(XIE_TEXT), None, load_pipeline)
    message = str(caught.value)
    assert "--08-08" in message and "the text gives no year" in message
    assert message.endswith("a history needs none (genre 'narrative')") and "\n" not in message
    assert not re.search(r" --[a-z]", message)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # 00:30 in Seoul is still the 22nd in UTC: the article's own day counts
        ("2018-05-23T00:30+09:00", ["2018-05-23", "2018-05-23"]),
        # 23:30 in New York is already the 24th in UTC
        ("2018-05-23T23:30-04:00", ["2018-05-23", "2018-05-23"]),
        ("2018-05-23T12:00Z", ["2018-05-23", "2018-05-23"]),
    ],
    ids=["east-of-utc", "west-of-utc", "utc"],
)
def test_dct_zoned_publication_resolves_in_own_zone(nlp: object, published: str,
                                                    expected: list[str]) -> None:
    from timeline.api import tag

    text_doc = _text_doc("The minister said today that talks ended Wednesday.")
    doc = choose_published(text_doc, published).stamp(text_doc)
    assert [t.value for t in tag(doc)] == expected
