"""Normalize the tagger's expressions: read each one by its rule, then resolve it in order.

Reading (`read_mentions`) needs no publication date: it is what publication-date inference
works from. Resolving (`resolve_mentions`) goes through a document's mentions in text order,
so that "the next day" counts from the latest date named before it (`timeline.anchors`).
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import replace
from datetime import date
from typing import Any, Iterable, Sequence

from timeline import rules
from timeline.anchors import COLLOQUIAL, NARRATIVE, AnchorPolicy, AnchorState
from timeline.clause import clause_tense
from timeline.era import is_stand_in, stand_in, written, written_text
from timeline.errors import NormalizationError
from timeline.lexicon import PARTS_OF_DAY, SEASONS, YEAR_IN_TEXT
from timeline.mentions import Found, Mention
from timeline.model import Explanation, Timex
from timeline.placed import Named
from timeline.readings import FUTURE, Context, Quarter
from timeline.resolver import Resolution, resolve
from timeline.rules.posts import POST_ONLY
from timeline.timex import is_anchored, is_valid_value, start_day, value_granularity

logger = logging.getLogger(__name__)
# Characters of text either side of an expression that rules and policies may read.
WINDOW = 40
# ... and before it, where a comparison's "since" is looked for.
COMPARED_WINDOW = 80
# Explanation anchors of values counted from the present, not from the story.
FROM_NOW = ("publication", "reference")
_QUARTER = re.compile(r"(?P<year>\d{4})-Q(?P<number>[1-4])")
# "the morning of", "early in the morning of", "the early morning hours of", "the night of"
# right before a date.
_PART_OF = re.compile(r"(?i)\b(?P<pod>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+$")
# A value naming one day (a BC day too).
_DAY_VALUE = re.compile(r"(?:BC)?\d{4}-\d{2}-\d{2}", re.ASCII)


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
            result = _before_era(result, state.latest)
            if policy.genre == NARRATIVE:
                result = _part_of_day(result, text[max(0, start - WINDOW):start])
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
                       written=bool(YEAR_IN_TEXT.search(mention.text))
                       or stand_in(result.value) is not None,
                       aside=result.explanation.anchor in FROM_NOW
                       or mention.context.tense == FUTURE,
                       naming=_names_a_thing(mention, text))
        quarter = _QUARTER.fullmatch(result.value)
        if "report-quarter" in mention.rule.flags and quarter and published is not None:
            policy.report(state, Quarter(int(quarter["year"]), int(quarter["number"])),
                          published)
    return found


def _names_a_thing(mention: Mention, text: str) -> bool:
    """A date that labels what the sentence names, not a time the clause is set in: before
    its noun ("the [August 1792] uprising", "the [1790] constitution") or in brackets
    after it ("the Civil Constitution of the Clergy ([1790])"); not a year before its
    season ("their [1982] summer offensives")."""
    if text[max(0, mention.start - 1):mention.start] == "(" \
            and text[mention.end:mention.end + 1] == ")":
        return True
    span = mention.span
    if span is None:
        return False
    root, doc = span.root, span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return bool(root.dep_ in ("compound", "amod", "nummod", "nmod") and root.head.i >= span.end
                and root.head.pos_ in ("NOUN", "PROPN") and after not in SEASONS)


def _part_of_day(result: Resolution, before: str) -> Resolution:
    """`result` in the part of the day the words before it name, when it is a day: in a
    history "the morning of 31 January 1965", "the night of 20 June 1791" tell when on
    that day the story is (`1965-01-31TMO`, the TIMEX3 value of a part of a day; the
    WikiWars annotators write it so). News keeps the day: TimeBank tags only "Oct. 23" in
    "the night of Oct. 23", valued as the day."""
    found = _PART_OF.search(before)
    if found is None or not _DAY_VALUE.fullmatch(result.value):
        return result
    return replace(result, value=f"{result.value}T{PARTS_OF_DAY[found['pod'].lower()]}",
                   type="TIME")


def named(value: str) -> Named | None:
    """`value` as a date the story named, when it is a definite stretch of time; a BC year
    or date by its stand-in (`timeline.era`), so that the story moves through it."""
    value = stand_in(value) or value
    if not is_anchored(value):
        return None
    return Named(value, value_granularity(value), start_day(value))


def _before_era(result: Resolution, latest: Named | None) -> Resolution:
    """`result` with its value, point and explanation written as the BC dates they stand
    for, when it was counted from a story's stand-in year (`timeline.era`): its anchor is
    one, or the story has reached one (`latest`) and the value is one."""
    why = result.explanation
    if not (why.anchor_value is not None and is_stand_in(why.anchor_value)
            or latest is not None and is_stand_in(latest.value)
            and is_stand_in(result.point or result.value)):
        return result
    point = written(result.point) if result.point else None
    if not is_valid_value(written(result.value)):  # "the year" of 490 BC: no `BC0490-QX`
        raise NormalizationError(f"no value writes {result.value} before the common era")
    return replace(result, value=written(result.value), point=point, explanation=replace(
        why, text=written_text(why.text),
        anchor_value=written(why.anchor_value) if why.anchor_value else None))
