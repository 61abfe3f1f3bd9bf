"""Tests of `timeline.kinds`: a document's answers about a name, searched once per text."""

from __future__ import annotations

import pytest

from timeline.kinds import is_company, is_untitled, per_text


@pytest.mark.parametrize("texts, expected", [
    (["Crossland Corp. fell.", "Crossland fell.", "Crossland Corp. fell."], [True, False, True]),
    (["Analysts like Crossland.", "Crossland Inc. rose."], [False, True]),
], ids=["company-then-not-then-company", "not-then-company"])
def test_kinds_is_company_answers_each_text_anew(texts: list[str], expected: list[bool]) -> None:
    assert [is_company("Crossland", text) for text in texts] == expected


@pytest.mark.parametrize("text, expected", [
    ("Crossland recorded a reserve. Crossland fell.", True),
    ("Mr. Crossland recorded a reserve. Crossland fell.", False),
], ids=["untitled", "titled"])
def test_kinds_is_untitled_reads_its_own_text(text: str, expected: bool) -> None:
    assert is_untitled("Crossland", text) is expected


@pytest.mark.parametrize("names, searched", [
    (["Acme", "Acme", "Acme"], ["Acme"]),
    (["Acme", "Beta", "Acme", "Beta"], ["Acme", "Beta"]),
], ids=["one-name", "two-names"])
def test_kinds_per_text_searches_a_text_once_per_name(names: list[str],
                                                      searched: list[str]) -> None:
    calls: list[str] = []

    @per_text
    def answer(name: str, text: str) -> bool:
        calls.append(name)
        return name in text

    text = "Acme earned $5 million. " * 1000
    assert [answer(name, text) for name in names] == [name == "Acme" for name in names]
    assert calls == searched
    assert answer("Acme", "Beta earned.") is False  # another text: asked anew
    assert calls == [*searched, "Acme"]
