"""Turn dated expressions into events: the trigger each one dates, its headline and sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pendulum

from timeline.clause import base_form, hyphenated
from timeline.dateline import find_dateline
from timeline.eventattrs import event_class, instance_attributes, link_relation, timeml_pos
from timeline.errors import NormalizationError
from timeline.fragment import dated_by_complement
from timeline.headline import make_headline
from timeline.lexicon import LASTING
from timeline.merge import merge_events
from timeline.model import Document, Event, Explanation, Interval, Mention, Trigger, When
from timeline.placement import (COUNT_VALUE, COUNTED_FROM, place_counted, place_reference,
                                place_stretch)
from timeline.mentions import Found, index_by_start
from timeline.status import event_status
from timeline.timex import is_anchored, value_interval
from timeline.trigger import event_sentence, find_trigger, headline_word

# "the past two years": a duration that ends at the publication date places an event.
_PLACING_DURATION = re.compile(r"(?i)^(?:(?:in|over|during|for)\s+)?the\s+(?:past|last|previous|recent)\b")
# A duration introduced so is the span of its clause's event: "within a week", "over
# three years", "for two months".
_SPAN_WORD = re.compile(r"(?i)\b(?:within|over|for|during)\s+(?:about\s+|nearly\s+|only\s+)?$")
_NEXT_BEFORE = re.compile(r"(?i)\b(?:next|coming)\s+\d+\s+(?:to|or)\s+$")
# Expressions with no place of their own ("three days", "every Thursday") that join the
# event their trigger dates as a further mention: "departing each Thursday from August 6".
UNPLACED_MENTIONS = ("DURATION", "SET")
# After "[three days] after": a happening and the date it took place, with no punctuation
# between: a noun phrase ("the election on November 4", "his arrest in 1998") or a clause
# ("after he arrived on Monday", "after government troops entered the city on Friday",
# "after taking office in January"). The count dates its own clause's event, the date the
# happening's. The happening's words stop at another clause ("three days after workers
# [said they would return on Monday]" is counted from no Monday).
_DATED_HAPPENING = re.compile(r"(?:(?!(?:said|says|say|told|and|but|or|that|which|who|while"
                              r"|because|though|although|as|would|will)\b)[\w'’-]+\s+){1,7}"
                              r"(?:on|of|in)\s+", re.I)
_HAPPENING_END = re.compile(r"\b(?:on|of|in)\s+")
_ENDED = re.compile(r"\s+(?:ended|ending|through)\s+")
# "[a few days] later": a vague length (`PXD`, `PTXH`) counted on from the story's time.
_LATER = re.compile(r"\s+later\b", re.I)
# TimeML tense and aspect of a clause told as done: "he fled", "he has fled".
_DONE = {("PAST", "NONE"), ("PAST", "PERFECTIVE"), ("PAST", "PROGRESSIVE"),
         ("PAST", "PERFECTIVE_PROGRESSIVE"), ("PRESENT", "PERFECTIVE"),
         ("PRESENT", "PERFECTIVE_PROGRESSIVE")}
_ENDS_LATER = re.compile(r"\blater$", re.I)
_VAGUE = re.compile(r"^PT?X[A-Z]+$")
_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_PENDULUM_UNIT = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}


def anchor_events(document: Document, found: list[Found],
                  ranges: list[tuple[Found, Found]]) -> list[Event]:
    """One event per expression that places something in time, ranges as one event.

    Events come in document order with empty ids; `order_events` numbers them. Events
    that report one happening are merged (`timeline.merge`).
    """
    return merge_events(place_events(document, found, ranges), document.text)


def place_events(document: Document, found: list[Found],
                 ranges: list[tuple[Found, Found]]) -> list[Event]:
    """The events of `anchor_events` before merging: a long text is placed a window of
    sentences at a time and merged once."""
    in_range = {b.timex.start for _, b in ranges}
    range_end = {a.timex.start: b for a, b in ranges}
    # "WASHINGTON, August 8 (Xinhua) --" dates the filing, not something that happened.
    dateline = find_dateline(document.text)
    starts = index_by_start(found)
    events = []
    unplaced: list[Mention] = []
    # The date a count is counted from ("two days before [Christmas]"), by its start, with
    # the trigger the count dates: that date dates the same trigger no second time.
    counted: dict[int, int] = {}
    for item in found:
        if item.timex.start in in_range:
            continue
        if dateline is not None and dateline.start <= item.timex.start < dateline.end:
            continue
        partner = range_end.get(item.timex.start)
        try:
            counted_from = _counted_from(document, item, starts) if not partner else None
            when = counted_from[0] if counted_from else _item_when(document, item, partner,
                                                                   starts)
        except NormalizationError:  # a day at the end of the calendar (9999-12-31) ends
            counted_from, when = None, None  # where no `datetime` reaches: it places nothing
        if when is None and item.timex.type not in UNPLACED_MENTIONS:
            continue
        if dated_by_complement(item.span):  # "[Christmas Day] is this Friday"
            continue
        sentence = event_sentence(item.span)
        token = find_trigger(item.span, sentence)
        if counted_from:
            token = _outside(token, item.base, item.timex.start, counted_from[2])
            if token is None:
                counted_from = None
                when = _item_when(document, item, partner, starts)
                token = find_trigger(item.span, sentence)
        if counted.get(item.timex.start) == item.base + token.idx:
            continue
        if counted_from and when is not None:
            counted[counted_from[1]] = item.base + token.idx
        if when is None:
            if item.timex.type in UNPLACED_MENTIONS:
                unplaced.append(Mention(
                    item.timex.text, item.timex.value, sentence.text.strip(),
                    (item.base + sentence.start_char, item.base + sentence.end_char),
                    (item.timex.start, item.timex.end), _trigger(item, token)))
            continue
        events.append(Event(
            id="", doc=document.id, when=when, sentence=sentence.text.strip(),
            summary=make_headline(item.span, headline_word(token, item.span), document.text,
                                  item.base + sentence.start_char,
                                  lambda a, b: any(i in starts for i in range(a, b))),
            offsets=(item.base + sentence.start_char, item.base + sentence.end_char),
            timex_offsets=(item.timex.start, _last_end(item, partner, counted_from)),
            status=event_status(item.span, after_publication=_is_after_publication(document, when),
                                before_publication=_is_before_publication(document, when)),
            trigger=_trigger(item, token),
        ))
    return _with_durations(events, unplaced)


def _item_when(document: Document, item: Found, partner: Found | None,
               starts: dict[int, Found]) -> When | None:
    """The `when` of one expression, or of a range with its `partner`; None where it places
    nothing."""
    when = _range_when(document, item, partner) if partner else _when(document, item)
    if when is None and item.timex.type == "DURATION":
        when = _ended_stretch(document, item, starts)
    return when


def _outside(token: Any, base: int, start: int, end: int) -> Any | None:
    """The event a count dates: `token`, or where it lies in the words counted from (text
    offsets `start`-`end`; the Doc starts at `base`), the verb of the clause those words
    modify ("Three days after he arrived on Monday, [he resigned]"); None when there is
    none."""
    while start <= base + token.idx < end:
        if token.head is token or token.dep_ not in ("advcl", "prep", "pcomp", "pobj") \
                and not _is_marked_clause(token):
            return None
        token = token.head
    return token


def _is_marked_clause(token: Any) -> bool:
    """A clause opened by "after" or "before" that the parse took for a complement: "A
    week after troops entered the city on Friday, [rebels fled]" (entered: ccomp)."""
    return token.dep_ == "ccomp" and any(
        child.dep_ == "mark" and child.lower_ in ("after", "before") for child in token.children)


def _with_durations(events: list[Event], durations: list[Mention]) -> list[Event]:
    """Events with the unplaced durations and sets of their own trigger as further
    mentions: "For the six months ended Aug. 12, Provigo posted net income" is one event,
    dated Aug. 12 and lasting six months; "departing each Thursday from August 6" one
    event, dated August 6 and repeated each Thursday. One whose trigger has no event joins
    the event its sentence places, keeping its own trigger: "people began gathering early
    Tuesday for the two day rally" tells of the rally beside the gathering, and the
    rally's length is said only there (TimeML links it to "rally", as `-f timeml` does).
    One with no trigger at all joins nothing: no word says what lasts, so no event of the
    sentence is known to be the one that does."""
    out = list(events)
    # The first event of each trigger and of each sentence, found once rather than
    # searched for per duration.
    by_trigger = {e.trigger.start: i for i, e in reversed(list(enumerate(out)))
                  if e.trigger is not None}
    by_sentence = {e.offsets: i for i, e in reversed(list(enumerate(out)))}
    for duration in durations:
        trigger = duration.trigger
        if trigger is None:
            continue  # no word says what lasts: no event to join, nor one to name
        index = by_trigger.get(trigger.start)
        if index is None:
            index = by_sentence.get(duration.offsets)
        if index is not None:
            event = out[index]
            out[index] = replace(event, mentions=event.all_mentions() + (duration,))
    return out


def _trigger(item: Found, token: Any) -> Trigger:
    """The event word `token` that the expression dates, with its TimeML attributes."""
    whole = hyphenated(token)
    first = token.doc[token.i - 2] if whole else token  # "buy-out", one word
    start, end = item.base + first.idx, item.base + token.idx + len(token.text)
    tense, aspect, polarity, modality = instance_attributes(token)
    # the words' own text: `doc.text` would join every token of the parsed piece
    return Trigger(token.doc[first.i:token.i + 1].text, start, end,
                   whole or base_form(token),
                   timeml_pos(token), event_class(token), tense, aspect, polarity, modality,
                   link_relation(item.span, item.timex.type))


def _is_after_publication(document: Document, when: When) -> bool | None:
    """Whether the event's interval starts after the publication day; None when unknown."""
    if not document.published:
        return None
    return when.interval.start[:10] > document.published[:10]


def _is_before_publication(document: Document, when: When) -> bool:
    """Whether the event's whole interval ends by the start of the publication day."""
    # "this morning" ends at noon of the publication day: not before it.
    return bool(document.published) and when.interval.end <= (document.published or "")[:10]


def _when(document: Document, item: Found) -> When | None:
    timex = item.timex
    if is_anchored(timex.value):
        return When(timex.text, timex.value, timex.type, timex.mod, value_interval(timex.value),
                    timex.explanation)
    if item.point and is_anchored(item.point):
        text = document.text[timex.start:item.base + item.span.end_char]
        return When(text.strip(), item.point, "DATE", timex.mod, value_interval(item.point),
                    timex.explanation)
    interval = _duration_interval(document, item)
    if interval is None:
        return _placed(document, item)
    explanation = Explanation(
        f'"{" ".join(timex.text.split())}" is the stretch of {timex.value} ending on the '
        f"publication date {document.published}.", "duration", "publication",
        document.published, "past")
    return When(timex.text, timex.value, timex.type, timex.mod, interval, explanation)


def _ended_stretch(document: Document, item: Found, starts: dict[int, Found]) -> When | None:
    """"For the year ended July 2": the stretch of the duration that ends on that date.

    starts: the document's expressions by start offset
    """
    timex = item.timex
    m = _ENDED.match(document.text, timex.end)
    found = starts.get(m.end()) if m is not None else None
    end = found.timex if found is not None else None
    duration = COUNT_VALUE.match(timex.value)
    if end is None or duration is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end.value):
        return None
    last = pendulum.date(*(int(p) for p in end.value.split("-")))
    amount, unit = int(duration.group(1)), duration.group(2)
    try:
        first = last.add(days=1).subtract(**{_PENDULUM_UNIT[unit]: amount})
    except (ValueError, OverflowError):
        return None  # the stretch reaches back before the year 1
    value = f"{first.isoformat()}/{last.isoformat()}"
    return When(timex.text, value, "DATE", None, value_interval(value), Explanation(
        f'"{" ".join(timex.text.split())}" is the stretch of {timex.value} ending on '
        f"{end.value}.", "duration", "narrative", end.value, "past"))


def _last_end(item: Found, partner: Found | None,
              counted_from: tuple[When | None, int, int] | None) -> int:
    """Where the event's dating words end: the range's second date, the date a count is
    counted from ("two days before [Christmas]"), else the expression."""
    if counted_from is not None:
        return counted_from[2]
    return (partner or item).timex.end


def _counted_from(document: Document, item: Found,
                  starts: dict[int, Found]) -> tuple[When | None, int, int] | None:
    """The day a count before or after a named date is (None where the count is finer than
    the date: "a week after taking office in January" places nothing), with that date's
    offsets; None where no date is named after it."""
    # "[two days] before Christmas", "[three days] after the election on November 4": the
    # resolver counts a bare "two days after" from the story's time; the date named here
    # overrides it. A length the event lasts ("continued for two days after ...") is no day.
    timex = item.timex
    if timex.type != "DURATION":
        return None
    signal = COUNTED_FROM.match(document.text, timex.end)
    if signal is None or LASTING.search(document.text, max(0, timex.start - 24), timex.start):
        return None
    anchor = starts.get(signal.end())
    if anchor is None:
        # the date of the happening named: "the attack in Paris on Friday"
        dated = _DATED_HAPPENING.match(document.text, signal.end())
        ends = [signal.end() + m.end() for m in _HAPPENING_END.finditer(dated[0])] \
            if dated is not None else []
        anchor = next((starts[e] for e in ends if e in starts), None)
    if anchor is None:
        return None
    end = anchor.timex
    text = document.text[timex.start:end.end]
    when = place_counted(text, timex.value, signal["signal"].lower(), end.text, end.value)
    return when, end.start, end.end


def _placed(document: Document, item: Found) -> When | None:
    """A reference ("now", "recently") or a stretch ("the next two weeks") placed from the
    publication date (`timeline.placement`)."""
    timex = item.timex
    if not document.published or timex.type == "SET":
        return None
    told = timex.explanation.anchor_value if timex.explanation is not None \
        and timex.explanation.anchor == "narrative" else None
    # "later" counts from a time the story tells ("the future" from now): with none told,
    # a past tense or a present perfect puts "Days later, he fled" ("... he has fled")
    # before publication (`place_reference`)
    past = told is None and timex.value == "FUTURE_REF" and item.span is not None \
        and _ENDS_LATER.search(timex.text) is not None \
        and instance_attributes(find_trigger(item.span))[:2] in _DONE
    placed = place_reference(timex.text, timex.value, document.published, told=told, past=past)
    later = _LATER.match(document.text, timex.end)
    if placed is None and told is not None and later is not None and _VAGUE.match(timex.value):
        # "[a few days] later" after a sentence dated May 24: after May 24 ("[a few days
        # earlier]" is one expression, placed by its own PAST_REF)
        text = document.text[timex.start:later.end()]
        placed = place_reference(text, "FUTURE_REF", document.published, told=told)
    if placed is None and timex.type == "DURATION":
        tense, aspect, _, _ = instance_attributes(find_trigger(item.span))
        perfect = "PERFECTIVE" in aspect and tense == "PRESENT"
        after = document.text[timex.end:timex.end + 30]
        before = document.text[max(0, timex.start - 12):timex.start]
        ahead = bool(_SPAN_WORD.search(before) or _SPAN_WORD.search(timex.text.split()[0] + " ")) \
            and event_status(item.span) in ("scheduled", "expected")
        if _NEXT_BEFORE.search(before):
            ahead = True  # "the next 12 to [18 months]"
        placed = place_stretch(timex.text, timex.value, document.published, after=after,
                               perfect=perfect, ahead=ahead)
    return placed


def _range_when(document: Document, first: Found, second: Found) -> When | None:
    a, b = first.timex, second.timex
    if not (is_anchored(a.value) and is_anchored(b.value)):
        return _when(document, first)
    value = f"{a.value}/{b.value}"
    start, end = value_interval(a.value), value_interval(b.value)
    if end.end <= start.start:
        return _when(document, first)
    text = document.text[a.start:b.end]
    return When(text, value, a.type, a.mod or b.mod, value_interval(value),
                _joined(a.explanation, b.explanation))


def _joined(first: Explanation | None, second: Explanation | None) -> Explanation | None:
    """One explanation for a range: both ends' sentences, the first end's fields."""
    if first is None or second is None:
        return first or second
    return replace(first, text=f"{first.text} {second.text}")


def _duration_interval(document: Document, item: Found) -> Interval | None:
    """The stretch "the past two years" covers, ending on the publication day."""
    timex = item.timex
    m = COUNT_VALUE.match(timex.value)
    if timex.type != "DURATION" or m is None or not _PLACING_DURATION.match(timex.text):
        return None
    if not document.published:
        return None
    end = date.fromisoformat(document.published[:10])
    amount, unit = int(m.group(1)), m.group(2)
    try:
        start = pendulum.date(end.year, end.month, end.day).subtract(
            **{_PENDULUM_UNIT[unit]: amount})
    except (ValueError, OverflowError):
        # "over the past 3,000 years" reaches back before the year 1, which no date holds
        return None
    return Interval(start.isoformat(), end.isoformat(), _GRANULARITY[unit])
