"""Rules for stretches counted from an anchor: "next week", "this year", "earlier this month",
"the end of the year", "that day", "the next day", "the day before", "now", "recently",
"the future", "until then", "years ago"."""

from __future__ import annotations

import re
from typing import Any

from timeline.lexicon import (
    MINUS_WORDS, PARTS_OF_DAY, PLUS_WORDS, UNIT, fiscal_end, prefix_mod, unit_code, words,
)
from timeline.readings import (
    Context, Deixis, Example, FiscalYear, Next, Reading, Relative, Rule, rule_pattern,
)


_SINCE = re.compile(r"(?i)\bsince\s+$")


def _read_relative(m: re.Match[str], context: Context) -> Reading:
    mod = prefix_mod(m["mod"])
    if m["day_unit"]:  # "that day", "the same day": the day the story is telling
        return Relative(unit="D", story=True, mod=mod)
    if m["in_unit"]:  # "earlier in the week", "late in the year": this week, this year
        return Relative(unit=unit_code(m["in_unit"]), mod=prefix_mod(m["in_mod"]))
    if m["end_fiscal"]:  # "by the end of the fiscal year (on June 30)"
        return FiscalYear(end=fiscal_end(context.after), mod="END")
    if m["end_unit"] or m["end_unit2"]:
        # "up 12% since year-end": the end a change is counted from has passed, and the end
        # of the year still running has not, so it is last year's
        amount = -1 if _SINCE.search(context.before) else 0
        return Relative(unit=unit_code(m["end_unit"] or m["end_unit2"]), amount=amount,
                        mod="END")
    anchor = m["anchor"].lower()
    unit = unit_code(m["unit"])
    if anchor in ("same", "that"):
        return Relative(unit=unit, story=True, anchor=anchor, mod=mod)
    if anchor in ("following", "previous") and unit in ("DE", "CE"):
        # "in the following decade", "the previous century": from the story's time, as
        # "the following year" is (`Next`); only "next decade" counts from the present
        return Relative(unit=unit, amount=1 if anchor == "following" else -1, story=True,
                        anchor=anchor, mod=mod)
    amount = 1 if anchor in PLUS_WORDS else -1 if anchor in MINUS_WORDS else 0
    return Relative(unit=unit, amount=amount, anchor=anchor, mod=mod)


def _read_before_last(m: re.Match[str], context: Context) -> Reading:
    """ "the week before last": two weeks back from publication; "the year after next"."""
    amount = -2 if m["side"].lower().startswith("before") else 2
    return Relative(unit=unit_code(m["unit"]), amount=amount, anchor=m["side"].lower())


def _read_the_next(m: re.Match[str], context: Context) -> Reading:
    if m["side"]:  # "the day before", with nothing after it: the day before the story's day
        anchor = "previous" if m["side"].lower() == "before" else "next"
        word = m["unit2"].lower()
    else:
        anchor, word = m["anchor"].lower(), m["unit"].lower()
    shift = {"next": 1, "following": 1, "previous": -1, "prior": -1}.get(anchor, 0)
    if word in PARTS_OF_DAY:
        return Next(pod=PARTS_OF_DAY[word], shift=shift, anchor=anchor)
    return Next(unit=unit_code(word), shift=shift, anchor=anchor)


def _read_reference(m: re.Match[str], context: Context) -> Reading:
    if m["then"]:  # "until then": the date the story last named
        return Deixis(kind="then")
    return Deixis(kind="present" if m["present"] else "past" if m["past"] else "future")


def _read_unit_ago(m: re.Match[str], context: Context) -> Reading:
    direction = words(m["dir"])
    # "days later", "weeks earlier" point from the happening just told (`anchor`); "years
    # ago" from the present
    return Deixis(kind="future" if direction == "later" else "past",
                  anchor=None if direction == "ago" else direction)


def _is_title(text: str, start: int, end: int) -> bool:
    """A quoted title: ABC's "This Week", ABC-TV's "This Week With David Brinkley"."""
    if not re.search(r"[\"“`']\s*$", text[max(0, start - 6):start]):
        return False
    if re.match(r"[.,!?]?\s*[\"”']", text[end:end + 24]):
        return True
    return text[start].isupper() and bool(re.match(
        r"(?:\s+(?:[A-Z][\w'.-]*|of|the|and|with|in|on|at|a|to|for)){1,6}[.,!?]?\s*[\"”']",
        text[end:end + 60]))


# Before a bare "future" that is the time to come: an owner ("Elian's future", "my
# future"), "in", "for", "bright" ("more in future", "a bright future").
_OWNED = ("(?:" + "|".join(rf"(?<=\b{word}\s)" for word in (
    "my", "your", "his", "her", "our", "their", "its", "'s", "in", "for", "bright")) + ")")


def _future_qualifies_noun(span: Any) -> bool:
    """A bare "future" that qualifies a noun is no time: "future losses", "in future years",
    "the company's future earning power"."""
    last = span[-1]
    if len(span) != 1 or last.lower_ != "future":
        return False
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return last.dep_ in ("amod", "compound", "nmod") and last.head.i > last.i \
        or following is not None and (following.pos_ in ("NOUN", "PROPN")
                                      or following.tag_ == "VBG")


RULES = (
    Rule("relative", "DATE", rule_pattern(r"""(?P<mod>(?:(?:early|earlier|mid|late|later|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?)
          (?:(?P<anchor>this|last|next|past|previous|coming|current|following|same|that|upcoming)\s+
          (?P<unit>week|weekend|month|quarter|year|decade|century)
          |(?P<day_anchor>that|the\s+same|that\s+same)\s+(?P<day_unit>day)(?!-))(?P<poss>'s)?
          |(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\baround\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bsince\s))
          (?P<end_unit>year|month|week)(?:[\s-]end|'s\s+end)(?![\w-])
          |(?P<end2>(?:the\s+|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bat\s))
          end\s+of\s+the\s+)(?P<end_fiscal>fiscal\s+)?(?P<end_unit2>year|month|week|decade|century)(?![\w-])
          |(?P<in_mod>earlier|later|early|late)\s+in\s+the\s+(?P<in_unit>week|month|year)(?![\w-])"""),
         180, _read_relative,
         (Example("next month", Relative(unit="M", amount=1, anchor="next")),
          Example("year-end", Relative(unit="Y", amount=-1, mod="END"), before="up 12% since "),
          Example("year-end", Relative(unit="Y", mod="END"), before="close by "),
          Example("earlier this month", Relative(unit="M", anchor="this")),
          Example("that day", Relative(unit="D", story=True)),
          Example("the end of the year", Relative(unit="Y", mod="END")),
          Example("end of the month", Relative(unit="M", mod="END"), before="close by "),
          Example("that year", Relative(unit="Y", story=True, anchor="that"))),
         excludes=_is_title, flags=frozenset({"year-clue"}),
         trigger=("week", "month", "quarter", "year", "decade", "century", "day")),
    Rule("before_last", "DATE", rule_pattern(r"""the\s+(?P<unit>week|month|year)\s+
          (?P<side>before\s+last|after\s+next)\b(?!['’]s|\s+(?:year|month|week|weekend
          |night|morning|quarter|season|time|\w+day)\b)"""), 175, _read_before_last,
         (Example("the week before last", Relative(unit="W", amount=-2,
                                                   anchor="before last")),
          Example("the year after next", Relative(unit="Y", amount=2, anchor="after next"))),
         trigger=("last", "next")),
    Rule("unit_ago", "DATE", rule_pattern(rf"""(?P<unit>{UNIT})s?\s+(?P<dir>ago|earlier|later)"""), 200, _read_unit_ago,
         (Example("years ago", Deixis(kind="past")),
          Example("months later", Deixis(kind="future", anchor="later"))),
         trigger=("ago", "earlier", "later")),
    Rule("the_next", "DATE", rule_pattern(r"""the\s+(?P<anchor>next|following|previous|same|prior)\s+
          (?P<unit>day|week|month|year|morning|afternoon|evening|night)
          |the\s+(?P<unit2>day|week|month|year)\s+(?P<side>before|after)(?=\s*(?:[.,;:)'"]|$))"""),
         210, _read_the_next,
         (Example("the next day", Next(unit="D", shift=1, anchor="next")),
          Example("the following morning", Next(pod="MO", shift=1, anchor="following")),
          Example("the day before", Next(unit="D", shift=-1, anchor="previous"))),
         trigger=("next", "following", "previous", "same", "prior", "before", "after")),
    # TimeML leaves out "previously", "soon", "so far", "eventually": they order events
    # without naming a time, so they are not expressions here either.
    Rule("reference", "DATE", rule_pattern(rf"""(?P<present>now|currently|current|nowadays|at\s+present
          |the\s+present|these\s+days|right\s+now)
          |(?P<past>the\s+past|recently|recent\s+(?:years|months|weeks|days)
          |(?<=\bat\s)the\s+time(?!\s+(?:of|when|being|that))(?![\w-]))
          |(?P<then>(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s))then(?![\w-]))
          |(?P<future>the\s+(?:near\s+)?future|going\s+forward|{_OWNED}future(?![\w-])
          |the\s+coming\s+(?:years|months|weeks|days)
          |(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bover\s)|(?<=\bof\s))the\s+(?:near|short)\s+term(?![\w-]))"""),
         260, _read_reference,
         (Example("now", Deixis(kind="present")),
          Example("recently", Deixis(kind="past")),
          Example("then", Deixis(kind="then"), before="until "),
          Example("the near future", Deixis(kind="future")),
          Example("future", Deixis(kind="future"), before="Elian's "),
          Example("future", Deixis(kind="future"), before="stars more in "),
          # "the challenges of the near term": the time just ahead, as TimeBank tags it
          Example("the short term", Deixis(kind="future"), before="placate holders in ")),
         ambiguous=_future_qualifies_noun,
         trigger=("now", "current", "present", "days", "past", "recent", "time", "then", "future",
                  "forward", "coming", "term")),
)
