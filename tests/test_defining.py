"""What a noun needs to say which thing it means, kept in its phrase (timeline.defining)."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.defining import whole_members
from timeline.wording import is_amount


@pytest.mark.parametrize(("text", "cut", "kept"), [
    # "the role" without what it is the role of goes, with its "and"
    ("Worry grew about the cost of loans and the role of computer trading.", "trading",
     "Worry grew about the cost of loans"),
    # an amount's "of" phrase only says how much: the member stays
    ("The firm had a loss and a tax credit of $7 million.", "$", "The firm had a loss and a "
     "tax credit of"),
], ids=["member-loses-needed-of", "member-amount-of-stays"])
def test_defining_whole_members(nlp: Any, text: str, cut: str, kept: str) -> None:
    doc = nlp(text)
    end = next(t.i for t in doc if t.text == cut)
    out = whole_members({t for t in doc if t.i < end}, set(), is_amount)
    assert " ".join(t.text for t in sorted(out, key=lambda t: t.i)) == kept
