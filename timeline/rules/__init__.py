"""The rules of English temporal expressions, one module per family, read in one place.

Each family module (`days`, `months`, `years`, `times`, `offsets`, `ago`, `fiscal`,
`holidays`, `durations`, `colloquial`, `posts`) defines a `RULES` tuple of `timeline.readings.Rule`: the pattern
the tagger runs, the reading it gives, its exclusions, flags and examples. A new rule goes
into its family's module (with its examples); nothing else needs to know about it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.errors import NormalizationError
from timeline.readings import Context, Reading, Rule
from timeline.rules import (
    ago, colloquial, days, durations, fiscal, holidays, months, offsets, posts, times, years,
)

FAMILIES = (days, months, years, times, offsets, ago, fiscal, holidays, durations, colloquial,
            posts)
RULES: tuple[Rule, ...] = tuple(sorted((rule for family in FAMILIES for rule in family.RULES),
                                       key=lambda rule: rule.priority))
RULES_BY_NAME = {rule.name: rule for rule in RULES}


def match_rule(name: str, text: str, before: str = "", after: str = "") -> re.Match[str] | None:
    """The match of rule `name` over the whole of `text`, if any.

    before/after: the text around it, for rules that look around ("for [years]").
    """
    pattern = RULES_BY_NAME[name].pattern
    m = pattern.fullmatch(text)
    if m is not None or not (before or after):
        return m
    around = before + text + after
    start = len(before)
    for m in pattern.finditer(around, start):
        if m.start() > start:
            break
        if around[start:m.end()].rstrip(" \t\n,-") == text:
            return m
    return None


def lookup(name: str, text: str) -> Reading | None:
    """The reading rule `name` gives the start of `text` ("April 15, 2014 at the park"),
    or None when it does not match there.

    Raises: NormalizationError when it matches but names no time (February 30).
    """
    m = RULES_BY_NAME[name].pattern.match(text)
    return RULES_BY_NAME[name].read(m, Context(lookup=lookup)) if m is not None else None


def read(name: str | None, text: str, context: Context) -> tuple[Rule, Reading]:
    """The rule that reads expression `text` (rule `name`, else the first that matches it)
    and its reading.

    Raises: NormalizationError when no rule reads it, or its words name no time.
    """
    for rule in (RULES_BY_NAME[name],) if name else RULES:
        m = match_rule(rule.name, text, context.before, context.after)
        if m is not None:
            return rule, rule.read(m, replace(context, lookup=lookup))
    raise NormalizationError(f"{text!r} is not a temporal expression")
