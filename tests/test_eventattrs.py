"""TimeML attributes of event triggers: class, tense, aspect, polarity, modality, relation."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.eventattrs import event_class, instance_attributes, link_relation
from timeline.trigger import find_trigger


def _span(nlp: Any, text: str, timex: str) -> Any:
    doc = nlp(text)
    spans = [s for s in doc.spans["timex"] if s.text == timex]
    assert spans, f"the tagger found no {timex!r} in {text!r}"
    return spans[0]


@pytest.mark.parametrize(("text", "timex", "expected"), [
    ("The talks would resume Monday.", "Monday", ("NONE", "NONE", "POS", "would")),
    ("The company will pay the claims Friday.", "Friday", ("FUTURE", "NONE", "POS", None)),
    ("The leaders did not meet on Monday.", "Monday", ("PAST", "NONE", "NEG", None)),
    ("Prices have risen sharply since January.", "January", ("PRESENT", "PERFECTIVE", "POS",
                                                             None)),
    ("The market was falling on Friday.", "Friday", ("PAST", "PROGRESSIVE", "POS", None)),
], ids=["modal", "future", "negated", "perfective", "progressive"])
def test_instance_attributes(nlp: Any, text: str, timex: str,
                             expected: tuple[str, str, str, str | None]) -> None:
    assert instance_attributes(find_trigger(_span(nlp, text, timex))) == expected


@pytest.mark.parametrize(("text", "timex", "expected"), [
    ("Officials said on Monday that prices rose.", "Monday", "REPORTING"),
    ("Talks began on Monday.", "Monday", "ASPECTUAL"),
    ("Bombs exploded on Friday.", "Friday", "OCCURRENCE"),
], ids=["reporting", "aspectual", "occurrence"])
def test_event_class(nlp: Any, text: str, timex: str, expected: str) -> None:
    assert event_class(find_trigger(_span(nlp, text, timex))) == expected


@pytest.mark.parametrize(("text", "timex", "type_", "expected"), [
    ("Prices have risen since January.", "January", "DATE", "BEGUN_BY"),
    ("The offer was extended until Friday.", "Friday", "DATE", "ENDED_BY"),
    ("The siege lasted three days.", "three days", "DURATION", "DURING"),
    ("Bombs exploded on Friday.", "Friday", "DATE", "IS_INCLUDED"),
    # a signal word puts the event on one side of the date, not on it
    ("Members will gather before June 12 to discuss the plan.", "June 12", "DATE", "BEFORE"),
    ("The signal arrived shortly before 3 p.m. on Monday.", "3 p.m.", "TIME", "BEFORE"),
    ("Leaders met ahead of Friday to prepare.", "Friday", "DATE", "BEFORE"),
    ("Work will resume after July 4.", "July 4", "DATE", "AFTER"),
    # ... unless the date belongs to a noun of its own
    ("Members gathered before Tuesday's vote.", "Tuesday", "DATE", "IS_INCLUDED"),
    ("Gaps remain before next week's talks in London.", "next week's", "DATE", "IS_INCLUDED"),
    ("Thousands gathered after Friday prayers in Baghdad.", "Friday", "DATE", "IS_INCLUDED"),
], ids=["since", "until", "duration", "on", "before", "shortly-before-time", "ahead-of",
        "after", "before-possessive", "before-possessive-in-span", "after-compound-noun"])
def test_link_relation(nlp: Any, text: str, timex: str, type_: str,
                       expected: str) -> None:
    assert link_relation(_span(nlp, text, timex), type_) == expected
