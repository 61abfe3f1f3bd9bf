"""Say how each value was resolved: the anchor it was counted from and what decided it.

Pure: works from the expression, the rule that found it, its normalized result and the
context the normalizer saw.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.context import Context, Normalized, direction_reason
from timeline.model import Explanation
from timeline.resolve import NEAR_DAYS
from timeline.timex import is_anchored, start_day, value_interval

# Rules whose expressions carry their own year (or need none) when the text spells it.
_SELF_DATED = {"iso", "numeric", "year", "fiscal", "century"}
_YEAR_IN_TEXT = re.compile(r"(?i)\b(?:1[5-9][0-9]{2}|20[0-9]{2})\b|'[0-9]{2}s?\b"
                           r"|\b(?:eighteen|nineteen)[\s-]+\w|\btwo\s+thousand\b")
_DIRECTED = {"weekday", "month_day", "day_month", "month", "time", "season", "holiday"}
_REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}


def explain(text: str, rule: str, result: Normalized, context: Context) -> Explanation:
    """How `result` was reached for expression `text` found by grammar `rule`."""
    value = result.point or result.value
    words = " ".join(text.split())
    if result.value in _REFERENCES:
        return Explanation(f'"{words}" refers to {_REFERENCES[result.value]}, '
                           "seen from the publication date.", "reference", "publication",
                           _dct(context), _REF_DIRECTION[result.value])
    if not is_anchored(value):
        kind = "a recurring time" if result.type == "SET" else "a length of time"
        return Explanation(f'"{words}" is {kind}, not a point on the calendar.', "duration")
    if result.narrative:
        return Explanation(
            f'"{words}" is counted from {result.narrative}, the latest date mentioned before it.',
            "narrative", "narrative", result.narrative,
            _direction(value, start_day(result.narrative)))
    if rule in _SELF_DATED or _YEAR_IN_TEXT.search(text) and rule != "decade" \
            or rule == "decade" and re.search(r"[0-9]{4}", text):
        return Explanation(f'"{words}" names its date in full.', "absolute")
    dct = context.dct.date()
    direction = _direction(value, dct)
    return Explanation(_publication_text(words, rule, value, dct, direction, context),
                       "publication", "publication", dct.isoformat(), direction)


def _publication_text(words: str, rule: str, value: str, dct: date, direction: str,
                      context: Context) -> str:
    where = {"past": "before", "future": "after", "same": "on"}[direction]
    if rule in ("month_day", "day_month", "month") and direction != "same":
        start = start_day(value)
        if abs((start - dct).days) <= NEAR_DAYS:
            reason = "it is within a month of publication"
        else:
            reason = direction_reason(context)
        return (f'Year {start.year} inferred for "{words}": {reason}; '
                f"publication date {dct.isoformat()}.")
    if rule in _DIRECTED:
        return (f'"{words}" resolved to {value}, {where} the publication date '
                f"{dct.isoformat()}, by {direction_reason(context)}.")
    return f'"{words}" is counted from the publication date {dct.isoformat()}.'


_REF_DIRECTION = {"PRESENT_REF": "same", "PAST_REF": "past", "FUTURE_REF": "future"}


def _dct(context: Context) -> str:
    return context.dct.date().isoformat()


def _direction(value: str, anchor: date) -> str:
    """past, future or same: where the value's interval lies relative to the anchor day."""
    interval = value_interval(value)
    start, end = date.fromisoformat(interval.start[:10]), date.fromisoformat(interval.end[:10])
    if start > anchor:
        return "future"
    if start == anchor or end > anchor:
        return "same"
    return "past"
