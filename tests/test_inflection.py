"""The simple past of a gerund, for a headline that tells it as a past happening."""

from __future__ import annotations

import pytest

from timeline.inflection import past_tense


@pytest.mark.parametrize(("gerund", "lemma", "past"), [
    # regular
    ("adding", "add", "added"),
    ("arriving", "arrive", "arrived"),
    ("agreeing", "agree", "agreed"),
    ("stopping", "stop", "stopped"),
    ("carrying", "carry", "carried"),
    ("playing", "play", "played"),
    # irregular
    ("meeting", "meet", "met"),
    ("rising", "rise", "rose"),
    ("striking", "strike", "struck"),
    # none: "lay" or "lied", "was" or "were", or a lemma that is not the form's
    ("lying", "lie", ""),
    ("being", "be", ""),
    ("panicking", "panic", ""),
    ("sewing", "sow", ""),
], ids=["add", "arrive", "agree", "stop", "carry", "play", "meet", "rise", "strike", "lie",
        "be", "panic", "mismatch"])
def test_inflection_past_tense(gerund: str, lemma: str, past: str) -> None:
    assert past_tense(gerund, lemma) == past


@pytest.mark.parametrize(("gerund", "lemma", "past"), [
    ("repaying", "repay", "repaid"),
    ("overrunning", "overrun", "overran"),
    ("reselling", "resell", "resold"),
    ("withholding", "withhold", "withheld"),
    ("relaying", "relay", "relayed"),  # a regular verb that only looks prefixed
    ("reporting", "report", "reported"),
])
def test_inflection_prefixed_irregular_keeps_its_past(gerund: str, lemma: str,
                                                      past: str) -> None:
    """An irregular verb under a prefix ("re-", "over-") keeps its irregular past (the
    read-only review found "repayed", "overrunned", "reselled")."""
    assert past_tense(gerund, lemma) == past
