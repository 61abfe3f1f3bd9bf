"""The complement a word needs, which a cut for length keeps (timeline.needed)."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.needed import is_needed_phrase


@pytest.mark.parametrize(("text", "head", "needed"), [
    # what a deverbal noun, a share or a border is of
    ("They gained $5 million from the sale of the plant.", "sale", True),
    ("The troops moved to the eastern border of the country.", "border", True),
    ("The group bought 30% of the company.", "%", True),
    # an amount's "of" phrase only says how much
    ("The company reported gains of $48 million.", "gains", False),
    ("The firm took a charge of less than $10 million.", "charge", False),
    # the phrase an adjective takes, and one it does not
    ("The shoes are eligible for duty-free treatment.", "eligible", True),
    ("The shoes are popular in the city.", "popular", False),
], ids=["deverbal-noun", "relational-noun", "share", "amount", "amount-less-than",
        "adjective-takes", "adjective-adjunct"])
def test_needed_phrase_of_word(nlp: Any, text: str, head: str, needed: bool) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.text == head)
    prep = next(c for c in word.children if c.dep_ == "prep")
    assert is_needed_phrase(prep) is needed
