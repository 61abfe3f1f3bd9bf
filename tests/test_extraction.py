"""Tests of `timeline.extraction`: documents parsed together, dated, resolved, made timelines."""

from __future__ import annotations

from typing import Any

import pytest

import timeline
from timeline import extraction
from timeline.dct import choose_published
from timeline.errors import NoPublicationDateError
from timeline.extraction import build_timelines, parse_documents, tag_documents
from timeline.model import Document
from timeline.pipeline import load_pipeline
from timeline.readings import DayDate, Weekday

TEXTS = ["Talks ended Monday. They resume next month.", "Nothing dated here.",
         "The vote is on June 12. It was set two weeks ago."]


def _dated(texts: list[str]) -> list[Any]:
    docs = [Document(id=f"d{n}", text=text, published="2018-05-23", published_from="json")
            for n, text in enumerate(texts)]
    return [(doc, choose_published(doc)) for doc in docs]


def test_extraction_tag_documents_same_as_one_by_one(nlp: Any) -> None:
    dated = _dated(TEXTS)
    batched = tag_documents(dated, nlp)
    alone = [tag_documents([one], nlp)[0] for one in dated]
    assert [[f.timex for f in t.found] for t in batched] == \
        [[f.timex for f in t.found] for t in alone]
    assert [len(t.found) for t in batched] == [2, 0, 2]


def test_extraction_parse_reads_without_a_date(nlp: Any) -> None:
    (mentions,) = parse_documents([Document(id="d", text="Talks ended Monday, June 4.")], nlp)
    assert [(m.text, m.reading) for m in mentions] == [
        ("Monday, June 4", DayDate(month=6, day=4, weekday=1))]
    (mentions,) = parse_documents([Document(id="d", text="They met last Friday.")], nlp)
    assert [m.reading for m in mentions] == [Weekday(weekday=5, anchor="last")]


@pytest.mark.parametrize("text", TEXTS, ids=["events", "none", "two"])
def test_extraction_library_and_batch_build_the_same_timeline(nlp: Any, text: str) -> None:
    (doc, published), = _dated([text])
    (built,) = build_timelines([(doc, published)], nlp)
    assert built == timeline.extract(doc)


# Bounded cost on long and pathological texts (issue 16).
STORY = ("Talks ended Monday in Geneva. They resume on June 12, officials said.\n\n"
         "The agreement was signed in 1998. Prices have risen over the past five years.\n\n"
         "A vote is set for next Tuesday. It was delayed two weeks ago.\n\n")


@pytest.mark.parametrize("window", [150, 400], ids=["window-150", "window-400"])
def test_extraction_windows_give_the_same_timexes_and_events(
        nlp: Any, monkeypatch: pytest.MonkeyPatch, window: int) -> None:
    (doc, published), = _dated([STORY * 6])
    (whole,) = build_timelines([(doc, published)], nlp)
    monkeypatch.setattr("timeline.extraction.WINDOW", window)
    (tagged,) = tag_documents([(doc, published)], nlp)
    assert tagged.events is not None  # the text went through in windows
    (streamed,) = build_timelines([(doc, published)], nlp)
    assert streamed.timexes == whole.timexes
    assert streamed.events == whole.events
    assert all(doc.text[t.start:t.end] == t.text for t in streamed.timexes)


@pytest.mark.parametrize("window", [150, 400], ids=["window-150", "window-400"])
def test_extraction_windows_without_events_give_the_same_timexes(
        nlp: Any, monkeypatch: pytest.MonkeyPatch, window: int) -> None:
    (doc, published), = _dated([STORY * 6])
    monkeypatch.setattr("timeline.extraction.WINDOW", window)
    (placed,) = tag_documents([(doc, published)], nlp)
    (tagged,) = tag_documents([(doc, published)], nlp, events=False)
    assert tagged.events is None and placed.events
    assert [f.timex for f in tagged.found] == [f.timex for f in placed.found]


def test_extraction_200kb_of_mondays_completes_with_a_bounded_output(nlp: Any) -> None:
    text = "Monday, " * 25_000
    (doc, published), = _dated([text])
    (built,) = build_timelines([(doc, published)], nlp)
    assert 0 < len(built.timexes) <= len(text) // 50  # 32 per piece of ~2,000, not 25,000
    assert all(t.text == "Monday" and t.value == "2018-05-21" for t in built.timexes)
    assert len(built.events) == 1 and len(built.events[0].mentions) <= 100


# A progress line for a long text (session 25): told how far the parse has come.
@pytest.mark.parametrize(("texts", "window"), [
    ([STORY * 6], None),
    ([STORY * 6], 400),
    ([STORY, "Nothing dated here.", STORY * 3], 400),
], ids=["one-text", "in-windows", "short-and-long"])
def test_extraction_progress_counts_to_the_end(nlp: Any, monkeypatch: pytest.MonkeyPatch,
                                               texts: list[str], window: int | None) -> None:
    if window:
        monkeypatch.setattr("timeline.extraction.WINDOW", window)
    told: list[tuple[int, int]] = []
    build_timelines(_dated(texts), nlp, progress=lambda done, total: told.append((done, total)))
    total = sum(len(text) for text in texts)
    assert {t for _, t in told} == {total}
    assert [d for d, _ in told] == sorted(d for d, _ in told)  # never goes back
    assert told[-1][0] >= total - len(texts[-1]) // 10  # the last piece ends near the end


# Bounded memory on date-dense text (issue 16).
def test_extraction_parsed_pieces_keep_no_tensor(nlp: Any) -> None:
    (mentions,) = parse_documents([Document(id="d", text="It ended Monday.\n\nRain on June 3.")],
                                  nlp)
    assert len(mentions) == 2
    assert all(m.span.doc.tensor.size == 0 for m in mentions)


def test_extraction_equal_timexes_share_their_explanation_and_strings(nlp: Any) -> None:
    (tagged,) = tag_documents(_dated(["It ended Monday.\n\nIt ended Monday."]), nlp)
    first, second = (f.timex for f in tagged.found)
    assert first.explanation is second.explanation
    assert first.text is second.text and first.value is second.value


# A text whose date is read from it is parsed once (session 25): the parse made to read the
# date is kept for the tagging that follows, which then parses nothing.
LEAD = ("WASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton Saturday vowed to act "
        "against those who bombed two U.S. embassies on Friday.\n\n")


@pytest.mark.parametrize("window", [None, 150], ids=["one-piece", "in-windows"])
def test_extraction_date_parse_is_kept_for_tagging(nlp: Any, monkeypatch: pytest.MonkeyPatch,
                                                    window: int | None) -> None:
    if window:
        monkeypatch.setattr("timeline.extraction.WINDOW", window)
    doc = Document(id="a", text=LEAD + STORY * 2, source="a.txt")
    published = extraction.date_document(doc, "1998", load_pipeline)
    assert published.value == "1998-08-08" and len(extraction._KEPT) == 1
    # dating it again from the date it now carries parses nothing and keeps the parse
    assert extraction.date_document(published.stamp(doc), None, load_pipeline) == published
    dated = [(published.stamp(doc), published)]
    parses: list[int] = []  # the pieces parsed
    parse = extraction._parse_pieces
    monkeypatch.setattr("timeline.extraction._parse_pieces", lambda items, *a, **k: (
        parses.extend(p[0] for _, pieces in items for p in pieces) or parse(items, *a, **k)))
    told: list[tuple[int, int]] = []
    (reused,) = build_timelines(dated, nlp, progress=lambda *done: told.append(done))
    assert parses == [] and extraction._KEPT == []  # handed over once
    assert told == ([(len(doc.text), len(doc.text))] if window else [])  # all parsed
    (parsed,) = build_timelines(dated, nlp)
    assert parses and reused == parsed


def test_extraction_date_parse_not_kept_when_no_date_is_found() -> None:
    doc = Document(id="a", text=LEAD, source="a.txt")
    with pytest.raises(NoPublicationDateError):
        extraction.date_document(doc, None, load_pipeline)
    assert extraction._KEPT == []


def test_extraction_kept_parse_only_for_its_own_text(nlp: Any) -> None:
    extraction.date_document(Document(id="a", text=LEAD, source="a.txt"), "1998",
                             load_pipeline)
    assert extraction._take_kept(LEAD + " ", nlp) is None
    assert extraction._take_kept(LEAD, object()) is None
    kept = extraction._take_kept(LEAD, nlp)
    assert kept is not None and [m.text for m in kept[0]] == ["August 8", "Saturday", "Friday"]
    assert extraction._take_kept(LEAD, nlp) is None  # once


@pytest.mark.parametrize("window", [None, 150], ids=["one-group", "windows"])
def test_extraction_parse_windows_as_tagging_parses(nlp: Any, monkeypatch: pytest.MonkeyPatch,
                                                    window: int | None) -> None:
    if window:
        monkeypatch.setattr("timeline.extraction.WINDOW", window)
    text = STORY * 3
    windows = extraction.parse_windows(text, nlp)
    assert len(windows) == (1 if window is None else len(list(extraction._windows(
        extraction.find_pieces(text)))))
    assert len(windows) > 1 or window is None
    (whole,) = parse_documents([Document(id="d", text=text)], nlp)
    assert [(m.start, m.text, m.reading) for w in windows for m in w] == \
        [(m.start, m.text, m.reading) for m in whole]
