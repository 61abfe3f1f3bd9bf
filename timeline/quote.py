"""An event's sentence as a quote: the text before its expression, the expression, the rest.

Every human format shows the sentence with the expression marked; this is where it is cut.
"""

from __future__ import annotations

from timeline.model import Document, Event


def quote_parts(event: Event, doc: Document) -> tuple[str, str, str]:
    """The event's sentence as (text before the expression, the expression, text after)."""
    s_start, s_end = event.offsets
    t_start, t_end = event.timex_offsets
    text = doc.text
    if not (s_start <= t_start <= t_end <= s_end):
        return " ".join(event.sentence.split()), "", ""
    before = " ".join(text[s_start:t_start].split())
    after = " ".join(text[t_end:s_end].split())
    if before and text[t_start - 1:t_start].isspace():
        before += " "
    if after and text[t_end:t_end + 1].isspace():
        after = " " + after
    return before, text[t_start:t_end], after
