"""Event nouns a date belongs to by the words around it, where the parse hangs the date
elsewhere, and the clause set off after a date that describes it.
Works on parsed spaCy tokens and spans (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import base_form, is_event_noun
from timeline.eventwords import EVENT_NOUNS


def when_clause(span: Any) -> Any:
    """The verb of a "when" clause set off after the expression: "since November, when he
    was found"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_punct and doc[i].text not in ".;:":
        i += 1
    # Only a clause set off by a comma or dash describes the date; "left Cuba in 1962
    # when she was 4" dates the leaving.
    if i == span.end or i >= len(doc) or doc[i].lower_ != "when":
        return None
    verb = doc[i].head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i > i else None


def is_event_nominal(noun: Any) -> bool:
    """An event noun that is no bare gerund: "a bombing" and "the killing" are listed
    happenings, but "composite trading Friday" leaves the date to the verb ("closed")."""
    return is_event_noun(noun) and (not noun.lower_.endswith("ing")
                                    or base_form(noun) in EVENT_NOUNS
                                    or noun.lower_ in EVENT_NOUNS)
