"""The anchor policy: what a relative expression counts from, and how the story's time moves.

"next week" counts from the publication date; "the next day", "that year", "two days later"
count from the time the story has reached: the latest date it named, as finely as the
expression needs (a day for "the next day", a year for "that year"). `AnchorState` is what a
document has named so far; `AnchorPolicy` chooses an anchor from it and says which dates
move it (not the day a quote was given, "..., officials said Sunday", nor a record's
starting point, "the highest level since September 2013").

In a narrative (a history page, a story told in the past), a date written without its year
("On 1 September" after "In 1939") is also placed around the story's time, not the
publication date: `AnchorPolicy(genre="narrative").calendar` offers that anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.calendar import GRANULARITIES
from timeline.lexicon import ATTRIBUTION_VERBS, COMPARED_SINCE
from timeline.placed import Named, Reference
from timeline.readings import Ago, Clock, DayWord, Deixis, PartOfDay, Quarter, Reading, Relative

# Anchor words that count from the present: "this week", "next month", "last year".
PRESENT_ANCHORS = frozenset({"this", "next", "last", "past", "coming"})
# Words after a count that count from the present: "two years ago", "a year from now".
FROM_NOW = frozenset({"ago", "from now", "hence"})
# Narrative anchors must be at least this fine to date "the next day".
REFERENCE_GRANULARITIES = ("day", "part-of-day", "hour", "minute", "second")
_UNIT_GRANULARITY = {"CE": "century", "DE": "decade", "Y": "year", "Q": "quarter",
                     "M": "month"}
# How far back (characters) a comparison's "since" is looked for.
COMPARED_WINDOW = 80
NEWS, NARRATIVE, COLLOQUIAL = "news", "narrative", "colloquial"
# A news paragraph that opened on a year this many years from publication is background.
BACKGROUND_YEARS = 2
GENRES = (NEWS, NARRATIVE, COLLOQUIAL)
# In a narrative, a date this many years after the story's, named inside a sentence, is a
# later look back (a study, a declassification, a memorial), not the story moving on. (A
# history's jumps of ten to twenty years are real: "just 14 years later".)
LATER_LOOK_YEARS = 20
# A sentence ends at . ! ? (and a closing quote or bracket) before a space: for "named 2
# sentences earlier" in explanations.
# A sentence that opens on its date ("In 2015, ...", "On Aug. 12, 2010, ..."): the
# words between the sentence's start and the date.
_OPENER = re.compile(r"(?:\A|[.!?][\"')\]]*\s+|\n\s*)(?:in|on|by|during|throughout|since"
                     r"|early in|late in|later in|until)?\s*$", re.I)
# "since" before a date: where a state began, not a time the story reaches.
_SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")
# The baseline of a comparison: "490 in November 2008 as against 3,500 in January 2007",
# "a peak of nearly 1,600 in summer 2007", "compared with 2006": the date of what the story
# is measured against, not a time it reaches.
_BASELINE = re.compile(r"(?i)\b(?:as\s+opposed\s+to|as\s+against|compared\s+(?:with|to)"
                       r"|in\s+comparison\s+(?:with|to)|(?:a|its|their)\s+(?:peak|high|low)"
                       r"\s+of|against\s+a\s+(?:figure|total)\s+of)\b[^.;!?]{0,50}$"
                       # the other side of a comparison or a likeness: "busier than [on
                       # Christmas Eve]", "it felt like [Christmas]"; not a deadline ("no
                       # later than [Friday]", "sooner than", "other than")
                       r"|(?<!later\s)(?<!earlier\s)(?<!sooner\s)(?<!other\s)(?<!rather\s)"
                       r"\bthan\s+(?:on\s+|in\s+|at\s+|during\s+)?(?:the\s+)?$"
                       r"|\b(?:feels?|felt|looks?|looked|seems?|seemed|sounds?|sounded)"
                       r"\s+(?:just\s+|much\s+)?like\s+(?:on\s+|in\s+)?(?:the\s+)?$")
# A date inside a relative clause set off by a comma ("online sales, which began on
# [Christmas Eve] at many chains, had taken a bite"): the background of a thing the
# sentence names, not the day its main clause tells.
_RELATIVE_ASIDE = re.compile(r"(?i),\s*(?:which|who|whose)\b[^,.;:!?()\"“”]{0,60}$")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


@dataclass(slots=True)
class AnchorState:
    """The times a document has named so far, in text order.

    reference: the latest date named at a day or finer; latest: the latest at any
    granularity from a year down, where it ended (`latest_end`, a text offset) and the year
    a sentence `opened` on ("In 2015, ..."); quarter: the quarter a report is about (the
    latest ended quarter it named); named_quarter: the ended quarter named last, which
    "that quarter" means; text: the document's text; relative: the latest date named in a
    relative clause ("The strike, which began on [May 14], ended two days later"), which
    moves no story but is what a count in its own sentence counts from (`relative_end`).
    """

    reference: Named | None = None
    latest: Named | None = None
    latest_end: int | None = None
    quarter: Quarter | None = None
    named_quarter: Quarter | None = None
    text: str = ""
    opened: int | None = None
    relative: Named | None = None
    relative_end: int | None = None

    def gap(self, start: int) -> int | None:
        """How many characters before `start` the latest date was named."""
        return None if self.latest_end is None else start - self.latest_end

    def same_paragraph(self, start: int) -> bool:
        """True when no line break lies between the latest date named and `start`."""
        return self.latest_end is not None and bool(self.text) \
            and "\n" not in self.text[self.latest_end:start]

    def sentences_back(self, start: int) -> int:
        """How many sentence ends lie between the latest date named and `start` (0: the
        same sentence); 0 when the text is not known."""
        if self.latest_end is None or not self.text:
            return 0
        return len(_SENTENCE_END.findall(self.text, self.latest_end, start))


@dataclass(frozen=True, slots=True)
class AnchorPolicy:
    """How the story's time is chosen and moved (news: the latest date named, else the
    publication date), and what a date without its year is placed around: the
    publication date in news and posts, the story's time in a narrative (`genre`)."""

    genre: str = NEWS
    reason: str = ""
    day_first: bool = False  # "04/05/2014" is 4 May (`timeline.dateorder`)

    def calendar(self, state: AnchorState, published: date | None, *, start: int = 0,
                 background: bool = False) -> Reference | None:
        """The day a year-less date ("June 10", "in April", "the summer") is placed around:
        the publication day, or the time the story has reached (the latest year or date it
        named; the middle of a year named alone, so that every month of it is nearer than
        the same month a year off). None: neither is known.

        In a narrative that is always the story's time. In news only in a background
        paragraph (`background`: a past-tense clause that may turn to it): "In 2015 ...
        On March 3, ..." when a sentence of the paragraph holding `start` opened on a year
        at least two years from publication; the next paragraph is back at the
        publication date. ("arrested since 1990 ... found at the airport in December" is
        last December: only an opening "In 2015," turns the story back.)
        """
        latest = state.latest
        if latest is None or latest.granularity in ("century", "decade") or not (
                self.genre == NARRATIVE
                or background and published is not None
                and abs(published.year - latest.start.year) >= BACKGROUND_YEARS
                and state.same_paragraph(start) and state.opened == latest.start.year):
            return Reference(published, None) if published is not None else None
        if latest.granularity == "year":
            return Reference(date(latest.start.year, 7, 2), latest.value)
        return Reference(latest.start, latest.value)

    def story(self, state: AnchorState, published: date, unit: str | None = None,
              start: int | None = None) -> Reference:
        """Where "the next day", "that year" count from: the latest date the text named at
        least as finely as `unit` (a day when None), else the publication date. A date of a
        relative clause earlier in the sentence at `start` comes first: "The workers, who
        walked out on [Monday], returned the next day"."""
        needed = _UNIT_GRANULARITY.get(unit or "")
        relative = _relative_before(state, start)
        if relative is not None and (
                GRANULARITIES.index(relative.granularity) >= GRANULARITIES.index(needed)
                if needed else relative.granularity in REFERENCE_GRANULARITIES):
            return Reference(relative.start, relative.value)
        latest = state.latest
        if needed and latest is not None \
                and GRANULARITIES.index(latest.granularity) >= GRANULARITIES.index(needed):
            return Reference(latest.start, latest.value)
        reference = state.reference
        if self.genre == NARRATIVE and latest is not None and (
                reference is None or not reference.value.startswith(latest.value)):
            # a history moves on: "In 1943 ... two days later" is not counted from the
            # last full date of 1941, but from the start of what the story reached
            return Reference(latest.start, latest.value)
        if reference is not None:
            return Reference(reference.start, reference.value)
        return Reference(published, None)

    def advance(self, state: AnchorState, named: Named | None, *, end: int, before: str,
                tense_word: str, published: date | None, written: bool = False,
                aside: bool = False, naming: bool = False) -> None:
        """Move the story's time to `named`, a date just resolved whose text ends at `end`,
        unless it only dates a quote or a comparison, or is a narrative's aside.

        before: the text before the expression (a comparison's "since"); tense_word: the
        verb of its clause; written: its words give the year ("In 2015", not "Four years
        ago": only a written year opens a background paragraph); aside: in a narrative, a
        date counted from the present ("two years ago" in a quote) or a plan ("will end by
        1976"), which the story has not reached; naming: the date names when something the
        sentence mentions happened ("the [August 1792] uprising", "the Constitution
        ([1790])"), which takes a history back only where the clause itself goes back.
        """
        if named is None or _is_attribution(tense_word, named, published) \
                or COMPARED_SINCE.search(before[-COMPARED_WINDOW:]):
            return
        if self.genre == NARRATIVE and (aside or (not written or naming or _SINCE.search(before))
                                        and _goes_back(state, named)):
            # a history goes back only where it writes the year: "the previous year",
            # "two decades earlier" look back from the story, which stays where it was;
            # nor where a state began ("part of the empire since 513 BC") or a date
            # labels a thing named ("the August 1792 uprising")
            return
        if _BASELINE.search(before):
            # the date a comparison measures against is no time the story reaches, in a
            # history or in news ("down 4.5 percent by 3 p.m. compared with Boxing Day
            # 2015. Stores opened at 5 a.m." is this Boxing Day's 5 a.m.)
            return
        if _RELATIVE_ASIDE.search(before):
            # nor is a date in a relative clause about a thing named, beyond its sentence
            state.relative, state.relative_end = named, end
            return
        if self.genre == NARRATIVE and written and _leaps_ahead(state, named) \
                and not _OPENER.search(before):
            # a date a generation after the story inside a sentence is a later look back
            # at it ("An NSA publication declassified in 2005 revealed that there was no
            # attack on 4 August" of 1964); a history moves on where a sentence opens on
            # its date ("In 1975, ...")
            return
        if self.genre == NARRATIVE and _holds_story(state, named):
            # "On December 7 (December 8 in Asian time zones), 1941 ... In January": the year
            # written again names no new time; the story is still in December 1941
            return
        if named.granularity in REFERENCE_GRANULARITIES:
            state.reference = named
        if named.granularity not in ("century", "decade"):
            state.latest, state.latest_end = named, end
            if written:  # a later date of that year stays in the background it opened
                state.opened = named.start.year if _OPENER.search(before) else None

    def report(self, state: AnchorState, quarter: Quarter, published: date) -> None:
        """Remember a quarter a report names, when it had ended by publication: "through the
        third quarter of 1990" is a forecast, not the quarter "the year-ago period" is
        compared with. A report is about its latest quarter; an earlier one it names is
        background ("posted a gain in third-quarter net ... After a flat second quarter"),
        so "the year-earlier period" after it still means the third quarter of last year."""
        ended = (quarter.year, quarter.number) < (published.year, Quarter.of(published).number)
        if ended:
            state.named_quarter = quarter
        if ended and (state.quarter is None or (quarter.year, quarter.number)
                      >= (state.quarter.year, state.quarter.number)):
            state.quarter = quarter


def _relative_before(state: AnchorState, start: int | None) -> Named | None:
    """The date of a relative clause named since the story's latest date, in the same
    sentence as `start`; None when there is none or the text is not known."""
    end = state.relative_end
    if state.relative is None or end is None or start is None or end > start or not state.text \
            or state.latest_end is not None and state.latest_end > end:
        return None
    return None if _SENTENCE_END.search(state.text, end, start) else state.relative


def _goes_back(state: AnchorState, named: Named) -> bool:
    """True when `named` starts before the year the story has reached."""
    return state.latest is not None and named.start.year < state.latest.start.year


def _leaps_ahead(state: AnchorState, named: Named) -> bool:
    """True when `named` starts at least a generation (LATER_LOOK_YEARS) after the year
    the story has reached."""
    return state.latest is not None \
        and named.start.year >= state.latest.start.year + LATER_LOOK_YEARS


def _holds_story(state: AnchorState, named: Named) -> bool:
    """True when `named` is a year alone holding the finer time the story has reached
    (the story is on 7 December 1941 and the text names 1941)."""
    latest = state.latest
    return latest is not None and named.granularity == "year" \
        and latest.granularity not in ("century", "decade", "year") \
        and latest.value.startswith(named.value + "-")


def _is_attribution(verb_phrase: str, named: Named, published: date | None) -> bool:
    """True for the day news was told, next to publication ("..., authorities said
    Sunday"): not a day the story is about, so not the reference for "at 10:15 p.m.".
    ("On Aug. 12, 2010, he told his staff" is one: that telling is the story.)"""
    found = verb_phrase.lower().split()
    if published is None or not found or found[-1] not in ATTRIBUTION_VERBS \
            or named.granularity != "day":
        return False
    return abs((named.start - published).days) <= 2


def present_sign(reading: Reading) -> int | None:
    """For an expression that counts from the present ("today", "last week", "two years
    ago", "now", "this morning"): -1, 0 or 1 for before, at or after it; None for others
    (a date, a weekday, "the next day")."""
    if isinstance(reading, (DayWord, PartOfDay)):
        return None if getattr(reading, "story", False) else _sign(reading.shift)
    if isinstance(reading, Clock):
        return None if reading.day_word is None \
            else {"tomorrow": 1, "yesterday": -1}.get(reading.day_word, 0)
    if isinstance(reading, Relative):
        return _sign(reading.amount) \
            if not reading.story and reading.anchor in PRESENT_ANCHORS else None
    if isinstance(reading, Ago):
        return (1 if reading.word != "ago" else -1) if reading.word in FROM_NOW else None
    if isinstance(reading, Deixis):
        return {"present": 0, "past": -1, "future": 1}.get(reading.kind)
    return None


def _sign(number: int) -> int:
    return (number > 0) - (number < 0)
