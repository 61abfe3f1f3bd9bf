"""Rendering a comparison: arbitrary article text never becomes live markup."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.compare import align_timelines
from timeline.model import Document, Event, Timeline, When
from timeline.render import render_comparison
from timeline.timex import value_interval

OUR_TAGS = {"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "h1", "p",
            "table", "thead", "tbody", "tr", "th", "td", "cite", "br", "time", "blockquote",
            "mark", "span", "div"}


def _timeline(doc: str, title: str, text: str) -> Timeline:
    sentence = f"{text} on June 12"
    start = len(text) + 4
    when = When("June 12", "2018-06-12", "DATE", None, value_interval("2018-06-12"))
    event = Event(id="e1", doc=doc, when=when, summary=text, sentence=sentence,
                  offsets=(0, len(sentence)), timex_offsets=(start, start + 7))
    return Timeline((Document(id=doc, text=sentence, title=title,
                              published="2018-06-01"),), (event,))


@settings(max_examples=60, deadline=None)
@given(title=st.text(max_size=30), text=st.text(max_size=60))
def test_render_compare_arbitrary_text_never_live_markup(title: str, text: str) -> None:
    other = _timeline("other", "Other", "Leaders met in Singapore")
    comparison = align_timelines([_timeline("doc", title, text), other])
    html = render_comparison(comparison, "html")
    tags = set(re.findall(r"</?\s*([!A-Za-z][^\s>/]*)", html))
    assert tags <= OUR_TAGS
    markdown = render_comparison(comparison, "md")
    assert not re.search(r"(?<!\\)<", markdown)
