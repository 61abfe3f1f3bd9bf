"""Reading the day clues of a text: which expressions, of what kind, in what tense."""

from __future__ import annotations

import pytest

from timeline.dayclues import read_clues as read_mention_clues
from timeline.dayscore import Clue
from timeline.extraction import parse_documents
from timeline.model import Document
from timeline.pipeline import load_pipeline


def read_clues(text: str, skip: int = 0) -> list[Clue]:
    """The clues of `text` after `skip`, from its tagged mentions."""
    mentions = parse_documents([Document(id="t", text=text)], load_pipeline())[0]
    return read_mention_clues(text, mentions, skip)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said Friday that the talks failed.", ("weekday", "past", None, None, 5)),
        ("The leaders will meet Monday in Geneva.", ("weekday", "future", None, None, 1)),
        ("The company said on Oct. 19 that profit fell.", ("date", "past", 10, 19, None)),
        ("The Senate voted Thursday, Oct. 26, to end the debate.", ("date", "past", 10, 26, 4)),
        ("The vote will be held on 12 June.", ("date", "future", 6, 12, None)),
        ("Prices rose in October.", ("month", "past", 10, None, None)),
    ],
    ids=["past-weekday", "future-weekday", "past-date", "weekday-date", "future-date", "month"],
)
def test_dayclues_kind_tense_and_values(text: str,
                                        expected: tuple[str, str, int, int, int]) -> None:
    clues = read_clues(text)
    assert len(clues) == 1
    clue = clues[0]
    assert (clue.kind, clue.tense, clue.month, clue.day, clue.weekday) == expected


@pytest.mark.parametrize(
    ("text", "offset"),
    [("The company said yesterday that profit rose.", -1),
     ("The president speaks tonight.", 0),
     ("The plant will reopen tomorrow.", 1)],
    ids=["yesterday", "tonight", "tomorrow"],
)
def test_dayclues_deictic_offsets(text: str, offset: int) -> None:
    assert [(c.kind, c.offset) for c in read_clues(text)] == [("deictic", offset)]


@pytest.mark.parametrize(
    ("text", "bounded"),
    [("Sales rose in the six months ended Oct. 1.", True),
     ("Troops have waited since Aug. 2 for orders.", True),
     ("Troops arrived on Aug. 2.", False)],
    ids=["ended", "since", "on"],
)
def test_dayclues_limits_are_marked_bounded(text: str, bounded: bool) -> None:
    assert [c.bounded for c in read_clues(text)] == [bounded]


def test_dayclues_skip_the_dateline_and_mark_the_lead() -> None:
    text = ("WASHINGTON, Aug. 8 (Xinhua) --\n\nTalks began Friday, Aug. 7.\n\n"
            "They end on Aug. 20, officials said Saturday.")
    clues = read_clues(text, skip=text.index("Talks"))
    assert [(c.text, c.lead) for c in clues] == [("Friday, Aug. 7", True), ("Aug. 20", False),
                                                  ("Saturday", False)]


@pytest.mark.parametrize(
    "text",
    ["Stores close on Fridays.", "Prices fell 4% last year.", "Early October was calm."],
    ids=["plural-weekday", "no-day", "modified-month"],
)
def test_dayclues_ignore_expressions_without_a_day(text: str) -> None:
    assert read_clues(text) == []
