"""Tests of `timeline.sentences`: sentence chunks for the parser, with exact offsets."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
import pytest

import timeline
from timeline.sentences import MAX_CHUNK, split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    # splits
    ("Talks ended Monday. They resume Friday.", ["Talks ended Monday.", "They resume Friday."]),
    ("Was it Monday? Yes! It was.", ["Was it Monday?", "Yes!", "It was."]),
    ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ("Head line\n\nFirst paragraph.", ["Head line", "First paragraph."]),
    # no split after abbreviations, initials and numbers
    ("U.S. President Trump met Kim.", ["U.S. President Trump met Kim."]),
    ("Mr. Kim met Gen. Lee on Jan. 5.", ["Mr. Kim met Gen. Lee on Jan. 5."]),
    ("J. Smith spoke. It was 1998. Then more.", ["J. Smith spoke.", "It was 1998. Then more."]),
    ("In January, after the Roe vs. Wade anniversary, a bomb killed a guard.",
     ["In January, after the Roe vs. Wade anniversary, a bomb killed a guard."]),
], ids=["stops", "question-exclamation", "closing-quote", "paragraphs", "dotted-initials",
        "titles-and-months", "initial-and-number", "versus"])
def test_sentences_split_sentences(text: str, expected: list[str]) -> None:
    assert [chunk for _, chunk in split_sentences(text)] == expected


@given(st.text(alphabet=st.sampled_from("ab AB.!?\n\"'"), max_size=200))
def test_sentences_split_sentences_offsets_exact(text: str) -> None:
    for start, chunk in split_sentences(text):
        assert text[start:start + len(chunk)] == chunk and chunk.strip()


def test_sentences_longer_than_the_parser_takes_are_cut() -> None:
    text = "word " * 300_000 + "The vote was held on Monday."
    timexes = timeline.tag(text, published="2018-06-06")
    assert [(t.text, t.value) for t in timexes] == [("Monday", "2018-06-04")]
    assert all(len(chunk) <= MAX_CHUNK for _, chunk in split_sentences(text))


@pytest.mark.parametrize("text", [
    "10:32 a.m. ET — Officials said the count would resume at 11 a.m.",
    "Officials said the count would resume at 11 a.m. ET on Thursday.",
], ids=["live-blog-stamp", "time-zone"])
def test_process_no_sentence_starts_inside_an_expression(nlp: Any, text: str) -> None:
    # Regression (issue 13): the parser split "10:32 a.m. ET" into "10:32 a.m." and "ET ...".
    from timeline.tagger import candidate_doc, find_candidates

    doc = nlp(candidate_doc(nlp, text, find_candidates(text)))
    for span in doc.spans["timex"]:
        assert not any(token.is_sent_start for token in span[1:]), span.text
