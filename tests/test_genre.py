"""Tests of `timeline.genre`: the genre a text is read in, given or chosen from its text."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.errors import InputError
from timeline.extraction import parse_documents
from timeline.genre import Genre, check_genre, choose_genre
from timeline.model import Document

HISTORY = " ".join(
    f"In {year}, the army marched north and took the city. By March {year} it had crossed "
    "the river." for year in range(1939, 1946))
NEWS = ("The council voted Tuesday to close the bridge next month. The mayor said last week "
        "that repairs begun in 2017 would end in June.")
POST = "omg the game tonight at 7pm!!! @jack #finals http://t.co/x1"


def _choose(nlp: Any, text: str, published: date | None, option: str = "auto") -> Genre:
    (mentions,) = parse_documents([Document(id="d", text=text)], nlp)
    return choose_genre(text, mentions, published, option)


@pytest.mark.parametrize(("text", "published", "expected"), [
    (HISTORY, date(2009, 12, 19), "narrative"),
    (HISTORY, None, "narrative"),
    (NEWS, date(2018, 5, 23), "news"),
    (POST, date(2014, 5, 9), "colloquial"),
], ids=["history", "history-undated", "news", "post"])
def test_genre_auto_reads_the_evidence(nlp: Any, text: str, published: date | None,
                                       expected: str) -> None:
    chosen = _choose(nlp, text, published)
    assert (chosen.name, chosen.chosen) == (expected, "auto") and chosen.reason


@pytest.mark.parametrize("text", [
    "feels good to be home after a very long day in school.",
    "Finally second last night in camp!!",
    "I beg all drivers to drive cautiously, even at night please.",
    "Feels like taking MC tmr... At least for once :)",
    "It's been 30 mins. Wtf",
    "Mr Bean pancake for breakfast made my day",
    "Didnt come school today.",
    "Feel so blessed that the boyfriend came to pick me up at the airport today.",
])
def test_genre_auto_short_text_written_as_people_chat_is_a_post(nlp: Any, text: str) -> None:
    chosen = _choose(nlp, text, date(2014, 5, 9))
    assert (chosen.name, chosen.reason) == ("colloquial", "a short post written as people chat")


@pytest.mark.parametrize("text", [
    "Employers added 211,000 jobs in November, the Labor Department said Friday.",
    "Pacific First Financial Corp. said shareholders approved its acquisition on Oct. 12.",
    "Talks resumed over the weekend in Geneva... officials said.",
    "The council voted Tuesday to close\nthe bridge next month, the mayor said.",
    "The home side won 1:3 on Sunday.",
    '"I will not resign," the minister said on Monday.',
    "The minister said on Monday: ‘I will not resign.’",
    "The World War I veterans gathered at night in the square.",
    "Lowe's Cos. said profit rose, helped by a strong year.",
])
def test_genre_auto_short_news_summary_stays_news(nlp: Any, text: str) -> None:
    assert _choose(nlp, text, date(2014, 5, 9)).name == "news"


@pytest.mark.parametrize("option", ["news", "narrative", "colloquial"])
def test_genre_option_wins_over_the_evidence(nlp: Any, option: str) -> None:
    chosen = _choose(nlp, HISTORY, date(2009, 12, 19), option)
    assert (chosen.name, chosen.chosen, chosen.policy().genre) == (option, "option", option)


def test_genre_unknown_option_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown genre 'poem'"):
        check_genre("poem")


def test_genre_auto_chronicle_of_recent_years_is_narrative(nlp: Any) -> None:
    """A war of 2001-2009 told in 2009 names many years near its date: a chronicle."""
    chronicle = " ".join(f"In {year}, the coalition moved north. By May {year}, the city had "
                         f"fallen. In June {year}, talks failed." for year in range(2001, 2010))
    assert _choose(nlp, chronicle, date(2009, 12, 19)).name == "narrative"
