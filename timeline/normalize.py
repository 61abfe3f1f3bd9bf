"""Normalize the tagger's expressions: read each one by its rule, then resolve it in order.

Reading (`read_mentions`) needs no publication date: it is what publication-date inference
works from. Resolving (`resolve_mentions`) goes through a document's mentions in text order,
so that "the next day" counts from the latest date named before it (`timeline.anchors`).
"""

from __future__ import annotations

import logging
import re
import sys
from datetime import date
from typing import Any, Iterable, Sequence

from timeline import rules
from timeline.anchors import COLLOQUIAL, AnchorPolicy, AnchorState
from timeline.clause import clause_tense
from timeline.errors import NormalizationError
from timeline.lexicon import YEAR_IN_TEXT
from timeline.mentions import Found, Mention
from timeline.model import Explanation, Timex
from timeline.readings import FUTURE, Context, Named, Quarter
from timeline.resolver import resolve
from timeline.rules.posts import POST_ONLY
from timeline.timex import is_anchored, start_day, value_granularity

logger = logging.getLogger(__name__)
# Characters of text either side of an expression that rules and policies may read.
WINDOW = 40
# ... and before it, where a comparison's "since" is looked for.
COMPARED_WINDOW = 80
# Explanation anchors of values counted from the present, not from the story.
FROM_NOW = ("publication", "reference")
_QUARTER = re.compile(r"(?P<year>\d{4})-Q(?P<number>[1-4])")


def read_mentions(text: str, spans: Iterable[Any], *, base: int = 0) -> list[Mention]:
    """The readings of the tagger's spans of one parsed chunk that starts at `base` in `text`;
    a span whose words name no time ("the second half" of a match) is left out."""
    out = []
    for span in spans:
        start, end = (base + offset for offset in span._.timex_chars)
        tense, tense_word = clause_tense(span)
        context = Context(before=text[max(0, start - WINDOW):start], after=text[end:end + WINDOW],
                          tense=tense, tense_word=tense_word)
        try:
            rule, reading = rules.read(span._.timex_rule, text[start:end], context)
        except NormalizationError as err:
            logger.debug("dropped %r: %s", text[start:end], err)
            continue
        out.append(Mention(start, end, text[start:end], rule, reading, context, span, base))
    return out


def resolve_mentions(text: str, mentions: Sequence[Mention], published: date | None, *,
                     doc_id: str = "", state: AnchorState | None = None,
                     policy: AnchorPolicy | None = None) -> list[Found]:
    """Each mention resolved against the publication day and the story so far, in order;
    a narrative may have no publication day (None: `timeline.resolver.resolve`)."""
    state = state if state is not None else AnchorState(text=text)
    policy = policy or AnchorPolicy()
    found = []
    # A date-dense text repeats the same few expressions and explanations thousands of
    # times; every timex stays in the output, so equal ones share one copy.
    shared: dict[Explanation, Explanation] = {}
    for mention in mentions:
        if POST_ONLY in mention.rule.flags and policy.genre != COLLOQUIAL:
            continue  # "at night", "a long day": times only in a post (`rules.posts`)
        start = mention.start
        try:
            result = resolve(mention.rule, mention.text, mention.reading, mention.context,
                             published, state, start=start, policy=policy)
        except NormalizationError as err:
            logger.debug("dropped %r: %s", mention.text, err)
            continue
        end = start + result.keep if result.keep else mention.end
        explanation = shared.setdefault(result.explanation, result.explanation)
        timex = Timex(start, end, sys.intern(text[start:end]), result.type,
                      sys.intern(result.value), result.mod, doc=doc_id, explanation=explanation)
        found.append(Found(timex, mention.span, mention.rule.name, mention.base, result.point,
                           mention.reading))
        policy.advance(state, named(result.point or result.value), end=end,
                       before=text[max(0, start - COMPARED_WINDOW):start],
                       tense_word=mention.context.tense_word, published=published,
                       written=bool(YEAR_IN_TEXT.search(mention.text)),
                       aside=result.explanation.anchor in FROM_NOW
                       or mention.context.tense == FUTURE)
        quarter = _QUARTER.fullmatch(result.value)
        if "report-quarter" in mention.rule.flags and quarter and published is not None:
            policy.report(state, Quarter(int(quarter["year"]), int(quarter["number"])),
                          published)
    return found


def named(value: str) -> Named | None:
    """`value` as a date the story named, when it is a definite stretch of time."""
    if not is_anchored(value):
        return None
    return Named(value, value_granularity(value), start_day(value))
