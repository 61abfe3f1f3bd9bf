"""The condition a clause holds under, the content a noun needs (timeline.condition)."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.condition import condition_head, fronted_if


@pytest.mark.parametrize(("text", "verb", "head"), [
    ("He will sign the bill only if the tax is cut.", "sign", "cut"),
    ("He will sign the bill unless the tax is cut.", "sign", "cut"),
    ("He will stay as long as the stadium is rebuilt.", "stay", "long"),
    ("He will sign the bill if the tax is cut.", "sign", None),
    ("He will sign the bill because the tax was cut.", "sign", None),
], ids=["only-if", "unless", "as-long-as", "plain-if", "reason"])
def test_condition_head_of_verb(nlp: Any, text: str, verb: str, head: str | None) -> None:
    doc = nlp(text)
    found = condition_head(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == head


@pytest.mark.parametrize(("text", "verb", "head"), [
    ("If talks fail, the union will strike.", "strike", "fail"),
    ("Unless wages rise, the union will strike.", "strike", "rise"),
    ("Even if talks fail, the union will not strike.", "strike", None),
    ("The union will strike if talks fail.", "strike", None),
], ids=["fronted-if", "fronted-unless", "even-if", "if-after"])
def test_condition_fronted_if_of_verb(nlp: Any, text: str, verb: str, head: str | None) -> None:
    doc = nlp(text)
    found = fronted_if(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == head
