"""Publication-date inference from the text, completing a partial date or none."""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from timeline.extraction import infer_document
from timeline.infer import THRESHOLD, Inference
from timeline.ingest import read_documents
from timeline.model import Document
from timeline.pipeline import load_pipeline

XIE = ("WASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton Saturday vowed to hunt down "
       "those who bombed two U.S. embassies on Friday.")
# A lone weekday that is the dateline's own day: the story was filed that day, and wire
# copy is as often dated the next day, so the answer may be either.
XIE_LONE = "WASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton Saturday vowed to act."

def infer_published(text: str, partial: str | None) -> Inference:
    """The inference from `text` as the library runs it: on its tagged text."""
    return infer_document(Document(id="t", text=text), partial, load_pipeline())


CHOSEN = [
    # (text, partial, expected day)
    # dateline + the partial year or month
    (XIE, "1998", "1998-08-08"),
    (XIE, "1998-08", "1998-08-08"),
    # dateline + the year the text states for itself
    ("BRUSSELS, March 12 (Xinhua) --\n\nNATO said its 1999 budget, set this year, grows.", None,
     "1999-03-12"),
    ("BRUSSELS, March 12 (Xinhua) --\n\nThe 1998 plan failed last year.", None, "1999-03-12"),
    # dateline + the only named year on which "Wednesday, March 10" is a Wednesday
    ("BRUSSELS, March 12 (Xinhua) --\n\nThe 1998 accord, revised for 1999, took effect "
     "Wednesday, March 10, officials said.", None, "1999-03-12"),
    # a weekday with its date in the lead: the day of the issue
    ("The New York Times said in an editorial on Thursday, Jan. 6:\n\nThe immigration "
     "service ruled that the boy must go home.", "2000", "2000-01-06"),
]
REFUSED = [
    # (text, partial, a candidate the refusal lists, or None when there is no evidence)
    # no year anywhere: the dateline's day without a year
    (XIE, None, "--08-08"),
    # a month the dateline contradicts
    (XIE, "1998-09", None),
    # one weak clue: a weekday agreeing with a mentioned date
    ("Police said on Friday the suspect fled on Aug. 7.", "1998", "1998-08-07"),
    # no date evidence at all
    ("The two leaders did not meet.", "1998", None),
    ("The two leaders did not meet.", None, None),
    # weekdays alone never choose a year the text does not name
    ("Talks resumed Wednesday, March 10, in Brussels.", None, None),
    # "next month" next to "June 12": a month, not a day
    ("The summit, set for June 12, comes next month.", "2018", "2018-05"),
    # a weekday alone: one of 52 Saturdays, none singled out
    ("Officials said Friday that the talks had failed.", "1998", None),
    # a date in the lead that later dates in the past tense contradict
    ("The company said yesterday that profit rose. The stock fell 5% on Friday, Oct. 20, "
     "and again on Tuesday, Oct. 24.", "1989", "1989-10-20"),
]


@pytest.mark.parametrize(("text", "partial", "expected"), CHOSEN,
                         ids=["year", "month", "this-year", "last-year", "weekday-year", "lead-date"])
def test_infer_chooses_day(text: str, partial: str | None, expected: str) -> None:
    result = infer_published(text, partial)
    assert result.value == expected
    assert result.confidence >= THRESHOLD and result.evidence


@pytest.mark.parametrize(("text", "partial", "candidate"), REFUSED,
                         ids=["no-year", "other-month", "weak-clue", "no-evidence-year",
                              "no-evidence", "weekday-without-year", "next-month",
                              "weekday-alone", "contradicted-lead"])
def test_infer_refuses(text: str, partial: str | None, candidate: str | None) -> None:
    result = infer_published(text, partial)
    assert result.value is None
    values = [c.value for c in result.candidates]
    assert (candidate in values) if candidate else not values


@pytest.mark.parametrize("partial", ["98", "1998-13", "1998-08-08", "August"],
                         ids=["short", "month-13", "full", "word"])
def test_infer_rejects_bad_partial(partial: str) -> None:
    with pytest.raises(ValueError, match="not a year or year-month"):
        infer_published(XIE, partial)


WINDOWED = [
    # (text, partial, the days the answer must fall in)
    # a past date, a weekday and a future date bound the day from both sides
    ("The board met Monday, Aug. 10, and the union will vote on Thursday, Aug. 13.", "1998",
     ("1998-08-10", "1998-08-11")),
    # a lone weekday that is the dateline's day: that day or the next
    (XIE_LONE, "1998", ("1998-08-08", "1998-08-09")),
]


@pytest.mark.parametrize(("text", "partial", "window"), WINDOWED, ids=["bounds", "lone-weekday"])
def test_infer_answers_within_the_evidence_window(text: str, partial: str,
                                                  window: tuple[str, str]) -> None:
    result = infer_published(text, partial)
    assert result.value is not None and window[0] <= result.value <= window[1]
    assert result.confidence >= THRESHOLD and result.evidence


def test_infer_evidence_says_how_each_clue_points_to_the_day() -> None:
    result = infer_published(XIE, "1998")
    assert result.evidence == ("the dateline 'August 8'", "'Friday' (past tense): 1 day before",
                               "'Saturday' (past tense): that day")


def test_infer_never_answers_without_a_stated_year() -> None:
    # The dateline's weekday "Saturday" fits 1998, but neither the text nor the user says 1998.
    result = infer_published(XIE + " It was Saturday, August 8.", None)
    assert result.value is None


@lru_cache(maxsize=4)
def _outcomes(corpus: Path, year_given: bool) -> Counter[str]:
    """exact / near / refused / wrong over the corpus, the DCT hidden (bench/inference.py)."""
    counts: Counter[str] = Counter()
    for path in sorted(corpus.rglob("*.tml")):
        doc = read_documents(str(path))[0]
        dct = date.fromisoformat((doc.published or "")[:10])
        result = infer_document(doc, str(dct.year) if year_given else None, load_pipeline())
        if result.value is None:
            counts["refused"] += 1
            continue
        gap = abs((date.fromisoformat(result.value) - dct).days)
        counts["exact" if gap == 0 else "near" if gap == 1 else "wrong"] += 1
    return counts


@pytest.mark.slow
@pytest.mark.parametrize("year_given", [False, True], ids=["nothing-given", "year-given"])
def test_infer_corpus_wrong_and_confident_below_5_percent(corpus: Path, year_given: bool) -> None:
    counts = _outcomes(corpus, year_given)
    assert counts["wrong"] / sum(counts.values()) < 0.05


@pytest.mark.slow
def test_infer_corpus_year_given_exact_rate(corpus: Path) -> None:
    # 13 of 256 (5.1%) exact when measured (docs/accuracy.md), less a margin of 1 point.
    counts = _outcomes(corpus, True)
    assert counts["exact"] / sum(counts.values()) >= 0.04


@pytest.mark.parametrize(("published", "expected"), [("1998", "1998-08-08"), (None, None)],
                         ids=["year", "nothing"])
def test_infer_through_api_extract(published: str | None, expected: str | None) -> None:
    from timeline.api import extract
    from timeline.errors import NoPublicationDateError

    if expected is None:
        with pytest.raises(NoPublicationDateError, match="candidates: --08-08"):
            extract(XIE, published)
        return
    timeline = extract(XIE, published)
    assert (timeline.documents[0].published, timeline.documents[0].published_from) == \
        (expected, "inferred")
