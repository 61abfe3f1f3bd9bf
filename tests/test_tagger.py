"""Tests of `timeline.tagger`: candidates found by the grammar, pieces bounded for the parser."""

from __future__ import annotations

import pytest

from timeline.tagger import CONTEXT, MAX_CANDIDATES, MAX_PIECE, bound_chunk, find_candidates

# Run-on texts that the sentence splitter leaves whole (issue 16).
RUN_ONS = [
    ("mondays", "Monday, " * 2_000),
    ("from-to", "from 1990 to 1991 " * 1_000),
    ("dated-list", ", ".join(f"June {d % 28 + 1}" for d in range(2_000))),
    ("giant-sentence", ("the talks went on " * 200 + "until Friday ") * 20),
]


@pytest.mark.parametrize("text", [t for _, t in RUN_ONS], ids=[n for n, _ in RUN_ONS])
def test_tagger_bound_chunk_caps_candidates_per_piece(text: str) -> None:
    pieces = bound_chunk(7, text, find_candidates(text))
    assert pieces
    for start, piece, cands in pieces:
        assert 0 < len(cands) <= MAX_CANDIDATES
        assert len(piece) <= MAX_PIECE + 200
        for cand in cands:  # offsets still point at the same words of the text
            assert piece[cand.start:cand.end] == text[start - 7 + cand.start:start - 7 + cand.end]
    read = sum(len(cands) for *_, cands in pieces)
    assert read <= (len(text) // (MAX_PIECE - CONTEXT) + 1) * MAX_CANDIDATES


@pytest.mark.parametrize("text", ["Talks ended Monday, June 4, and resume in July 1998.",
                                  "Nothing dated here."], ids=["sentence", "no-candidate"])
def test_tagger_bound_chunk_keeps_a_sentence_whole(text: str) -> None:
    found = find_candidates(text)
    assert bound_chunk(3, text, found) == ([(3, text, found)] if found else [])


def test_tagger_find_candidates_dense_text_takes_no_overlaps() -> None:
    text = "from 1990 to 1991 " * 500
    found = find_candidates(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert len(found) == 1_000


# Which trigger words a text holds is found once for all rules: a rule runs when the text
# holds any of its own words, whichever rule shares them ("jun" is every month rule's).
@pytest.mark.parametrize("text, expected", [
    # a trigger word shared by several rules: each rule still runs
    ("The vote was set for June 4, 1998 and June 1998.",
     [("June 4, 1998", "month_day"), ("June 1998", "month_year")]),
    # one rule's second trigger word only ("a.m", not "am" or "pm")
    ("The blast came at 10:35 a.m.", [("10:35 a.m.", "time")]),
    # upper-case text holds its trigger words in lower case
    ("TALKS RESUME NEXT WEEK", [("NEXT WEEK", "relative")]),
    # no trigger word: no rule runs
    ("Nothing dated here.", []),
], ids=["shared-trigger", "later-trigger-word", "upper-case", "no-trigger"])
def test_tagger_find_candidates_runs_each_rule_its_text_triggers(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[c.start:c.end], c.rule) for c in find_candidates(text)] == expected
