"""One row per happening: events of one article that report the same happening become one.

Three cases, in this order:

1. A date and a clock time or part of day in one sentence that date the same trigger (or
   the finer one inside the coarser: "June 12 ... at 10 a.m.") become one event at the
   finer value; so do a live blog's time stamp and the clock time in its entry.
2. Coordinated dates of one sentence ("in the 1970s and 1980s") become one event whose
   interval spans both; its value joins the two with `/`, as a range's does.
3. The same happening reported twice (the same trigger lemma, or headlines alike, with
   overlapping dates) becomes one event that keeps both mentions.

A merged event keeps every mention (expression, sentence, trigger) in `mentions`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterable, Iterator

from rapidfuzz import fuzz

from timeline.model import Event, Interval, When
from timeline.timex import value_interval

# Granularities finer than a day: a clock time or a part of a day.
CLOCK = ("part-of-day", "hour", "minute", "second")
COORDINATION = re.compile(r"^\s*,?\s*(?:and|or)\s*$")
# "in 1994, 1995 and 1997": a comma joins years; between other dates it is an apposition
# ("the year-ago quarter, the second quarter").
YEAR = re.compile(r"^\d{4}$")
# Headlines at least this alike (rapidfuzz token-set ratio) with overlapping dates are one
# happening told twice.
SAME_HEADLINE = 90.0
# With the same trigger lemma, headlines this alike suffice ("London share prices closed"
# and "Frankfurt prices closed" are not one happening).
SAME_TRIGGER_HEADLINE = 40.0
# Earlier events of the same kind an event is compared with: far more than an article
# holds, few enough to keep a book-length text linear.
MAX_RETOLD_SCAN = 500
# Mentions kept for one event: a text that names one date thousands of times ("Monday,
# Monday, ...") would otherwise carry every sentence in one event, copied at every merge.
MAX_MENTIONS = 100
SENTENCE_STARTS = frozenset({"The", "A", "An", "It", "They", "He", "She", "We", "This",
                             "That", "These", "Those", "Its", "Their", "His", "Her"})
# Trigger lemmas too general to identify a happening by themselves.
GENERAL_LEMMAS = frozenset({"be", "have", "say", "tell", "do", "make", "take", "get", "go",
                            "come", "add", "report", "announce", "expect", "include",
                            "compare", "rise", "fall", "close", "trade"})


def merge_events(events: Iterable[Event], text: str) -> list[Event]:
    """The events of one document with those that report one happening merged.

    events: in document order, as `anchor_events` places them; read once, so a long
        text's events can come window by window without being held unmerged
    text: the document text (to read what joins two expressions)
    """
    out = _merge_pairs(events, _is_clock_of, _finer)
    out = _merge_pairs(out, lambda a, b: _is_coordinated(a, b, text),
                       lambda a, b: _spanning(a, b, text))
    return _merge_retold(out)


def _merge_pairs(events: Iterable[Event], same: Callable[[Event, Event], bool],
                 join: Callable[[Event, Event], Event]) -> Iterator[Event]:
    """Merge each event into the one before it when they match."""
    last: Event | None = None
    for event in events:
        if last is not None and same(last, event):
            last = _with_mentions(join(last, event), last, event)
            continue
        if last is not None:
            yield last
        last = event
    if last is not None:
        yield last


def _merge_retold(events: Iterable[Event]) -> list[Event]:
    """Merge each event into the first earlier one that tells the same happening.

    Only events that can match are compared (one document, trigger, granularity, modifier
    and status: `_is_retold`), only the last MAX_RETOLD_SCAN of those, and of them only
    those whose dates overlap (`_overlapping`): comparing every event with every earlier
    one made a long text cost its length squared, and calling `_is_retold` on each of
    the last MAX_RETOLD_SCAN made a date-dense text cost 500 calls an event.
    """
    out: list[Event] = []
    groups: dict[tuple[str, str, str | None, str | None], list[tuple[str, str, int]]] = {}
    for event in events:
        members = groups.setdefault(_retold_key(event), []) if event.trigger else []
        match = next((i for i in _overlapping(members[-MAX_RETOLD_SCAN:], event.when.interval)
                      if _is_retold(out[i], event)), None)
        if match is None:
            interval = event.when.interval
            members.append((interval.start, interval.end, len(out)))
            out.append(event)
        else:
            out[match] = _with_mentions(out[match], out[match], event)
    return out


def _overlapping(members: list[tuple[str, str, int]], interval: Interval) -> list[int]:
    """The indices of `members` (start, end, index), in their order, whose interval
    overlaps `interval` (as `_overlaps` reads it)."""
    start, end = interval.start, interval.end
    return [i for s, e, i in members if s < end and start < e]


def _retold_key(event: Event) -> tuple[str, str, str | None, str | None]:
    """What two events that tell one happening share (see `_is_retold`)."""
    return event.doc, event.when.interval.granularity, event.when.mod, event.status


def _with_mentions(merged: Event, first: Event, second: Event) -> Event:
    """`merged` with the mentions of both events, at most MAX_MENTIONS of them."""
    kept = first.all_mentions()
    if len(kept) >= MAX_MENTIONS:
        return replace(merged, mentions=kept)
    return replace(merged, mentions=(kept + second.all_mentions())[:MAX_MENTIONS])


def _overlaps(a: Interval, b: Interval) -> bool:
    return a.start < b.end and b.start < a.end


def _is_clock_of(a: Event, b: Event) -> bool:
    """A date and a clock time or part of day of one sentence dating one happening."""
    if a.offsets != b.offsets or a.doc != b.doc:
        return False
    fine = {a.when.interval.granularity in CLOCK, b.when.interval.granularity in CLOCK}
    same_trigger = a.trigger is not None and b.trigger is not None \
        and a.trigger.start == b.trigger.start
    if fine == {True}:
        # A live blog's stamp and the time in its entry ("8:04 p.m. ET — Polls closed at
        # 8 p.m."): one happening at the entry's own time.
        return same_trigger and a.when.interval.start[:10] == b.when.interval.start[:10]
    if fine != {True, False} or not _overlaps(a.when.interval, b.when.interval):
        return False
    return same_trigger or "/" not in a.when.value + b.when.value


def _finer(a: Event, b: Event) -> Event:
    """The finer of a date and a clock time; of two clock times, the later-written one."""
    return b if b.when.interval.granularity in CLOCK else a


def _is_coordinated(a: Event, b: Event, text: str) -> bool:
    """Two dates of one sentence joined by "and", "or" or a comma: "the 1970s and 1980s"."""
    if a.offsets != b.offsets or a.doc != b.doc or "/" in a.when.value + b.when.value:
        return False
    between = text[a.timex_offsets[1]:b.timex_offsets[0]]
    joined = COORDINATION.match(between) or (
        between.strip() == "," and YEAR.match(a.when.value) and YEAR.match(b.when.value))
    return bool(joined) \
        and a.when.interval.granularity == b.when.interval.granularity \
        and a.when.type == b.when.type == "DATE" and a.when.interval.end <= b.when.interval.end


def _spanning(a: Event, b: Event, text: str) -> Event:
    """One event whose interval runs from the first date's start to the second's end."""
    value = f"{a.when.value}/{b.when.value}"
    start, end = a.timex_offsets[0], b.timex_offsets[1]
    explanation = a.when.explanation
    if explanation is not None and b.when.explanation is not None:
        explanation = replace(explanation, text=f"{explanation.text} {b.when.explanation.text}")
    when = When(" ".join(text[start:end].split()), value, a.when.type,
                a.when.mod or b.when.mod, value_interval(value), explanation)
    return replace(a, when=when, timex_offsets=(start, end))


def _is_retold(a: Event, b: Event) -> bool:
    """The same happening told twice: one trigger lemma or alike headlines, dates overlapping."""
    if _retold_key(a) != _retold_key(b) or a.trigger is None or b.trigger is None:
        return False
    if not _overlaps(a.when.interval, b.when.interval):
        return False
    lemma = a.trigger.lemma
    alike = fuzz.token_set_ratio(a.summary, b.summary)
    if lemma and lemma == b.trigger.lemma and lemma not in GENERAL_LEMMAS \
            and a.when.interval.granularity in ("day", *CLOCK) and alike >= SAME_TRIGGER_HEADLINE \
            and not _other_names(a.summary, b.summary):
        return True  # "The two presidents on Friday signed the plan"
    return alike >= SAME_HEADLINE


def _other_names(first: str, second: str) -> bool:
    """Whether both headlines name someone or something and share no name ("London share
    prices closed", "Frankfurt prices closed")."""
    def names(text: str) -> set[str]:
        words = text.split()
        return {w.strip(",.'\u2019s") for i, w in enumerate(words)
                if w[:1].isupper() and (i > 0 or w not in SENTENCE_STARTS)}
    a, b = names(first), names(second)
    return bool(a) and bool(b) and not a & b


