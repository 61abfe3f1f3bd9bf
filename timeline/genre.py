"""The genre of a text: news, a narrative (a history page) or a colloquial post, given by
`--genre` or chosen from the evidence in the text.

The genre decides what a date without its year is placed around (`timeline.anchors`): the
publication date in news and posts, the time the story has reached in a narrative ("In 1939
... On 1 September"). A history page names many years far from the day it was published
and tells them in the past tense, with next to nothing counted from that day ("today",
"last week", "Monday"); a news story names few such years, and counts from its own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from timeline.anchors import COLLOQUIAL, GENRES, NARRATIVE, NEWS, AnchorPolicy, present_sign
from timeline.errors import InputError
from timeline.mentions import Mention
from timeline.readings import (
    PAST, DayDate, Decade, Deixis, Holiday, MonthDate, NumericDate, QuarterOf, Reading, Season,
    Weekday, Year,
)
from timeline.rules.posts import POST_ONLY

AUTO = "auto"
CHOICES = (AUTO, *GENRES)
OPTION, CHOSEN, UNDATED = "option", "auto", "no publication date"
# A year this far from the publication date is "far": a story told about another time.
FAR_YEARS = 2
# A narrative names at least this many far years, this many times as many as the near
# years and the expressions counted from the publication day together, and tells most of
# its dates in the past tense. (The 256 TimeBank/AQUAINT articles name at most 10 far
# years; a Wikipedia war history 8 to 115, with at most 6 "today"/"two years ago".)
NARRATIVE_YEARS = 8
NARRATIVE_RATIO = 5
NARRATIVE_PAST = 0.6
# Without a publication date the alternative is an error: three written years, told in
# the past and hardly ever counted from now, are a history.
UNDATED_YEARS = 3
# A chronicle names at least this many years, near its date or not, this many times as
# many as the expressions counted from its date (news articles name at most a dozen).
CHRONICLE_YEARS = 25
CHRONICLE_RATIO = 10
# A post: short, with a handle, a hashtag or a link ("@nytimes", "#tbt", "http://t.co/").
POST_CHARS = 400
POST_MARKS = re.compile(r"(?:^|\s)[@#]\w|https?://", re.I)
# ... or, without them, written as people chat: an emoticon (":)", ";D", "<3"), doubled
# "!!", "??" or "..", a tilde, a chat word ("lol", "tmr", "gonna", "lah", "dunno"), a
# first word in lower case, the writer as "I", "my", "me" outside quotation marks (not the
# numeral of "World War I veterans", "Phase I"; "cos" in lower case, not "Lowe's Cos."), or a
# negation without its apostrophe ("Didnt come school today"). A news story or its
# one-sentence summary (`fixtures/heldout`: 330 of them, and the 256 TBAQ articles, none
# matched) writes none of these but inside a quote.
INFORMAL_MARKS = re.compile(
    r"""[:;=]-?[()DPpO/\\|](?![\w/])|<3|\^\^|[!?]{2,}|(?<![.])\.\.(?![.])|~
    |(?i:\b(?:lol|lmao|haha\w*|hehe\w*|omg|wtf|fml|idk|btw|gonna|wanna|gotta|lah|leh|loh
    |pls|plz|tmr|tmrw|tdy|nite|yay|yey|ugh|bff|abt|jus|gd|gg|dunno|alr|shiok|coz)\b)
    |\b(?:u|ur|r|im|cos)\b(?!\.)|^(?:I|I'm|Im|My|Me)\b|^[a-z]
    |\b(?:I'm|Im|my|me)\b|(?:^|[^\w\s]\s*|\b[a-z]+\s)I(?=\s+[a-z])
    |(?i:\b(?:didnt|dont|cant|doesnt|isnt|wasnt|havent)\b)""", re.X)
# Quoted words, which news writes in the first person too (British news quotes in ‘…’).
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’')
# Years before the common era, which the readings may not hold ("480 BC").
_BC_YEAR = re.compile(r"\b\d{1,4}\s*(?:BC|B\.C\.|BCE)\b")


@dataclass(frozen=True, slots=True)
class Genre:
    """A text's genre (`name`: news, narrative, colloquial), how it was chosen (`chosen`:
    option or auto) and why, in words for explanations (`reason`)."""

    name: str
    chosen: str
    reason: str

    def policy(self) -> AnchorPolicy:
        """The anchor policy of this genre."""
        return AnchorPolicy(self.name, self.reason)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a text says about its genre: years far from and near the publication date,
    expressions counted from the publication day, and the share told in the past tense."""

    far: int
    near: int
    present: int
    past_share: float

    def is_narrative(self) -> bool:
        """True when the text reads as a history rather than news: many years far from
        its date, or a chronicle of many years (a war of 2003-2009 told in 2009)."""
        if self.past_share < NARRATIVE_PAST:
            return False
        if self.far + self.near >= CHRONICLE_YEARS:
            return self.far + self.near >= CHRONICLE_RATIO * self.present
        return self.far >= NARRATIVE_YEARS \
            and self.far >= NARRATIVE_RATIO * (self.near + self.present)


def check_genre(option: str) -> str:
    """`option` when it is a genre name or `auto`.

    Raises: InputError naming the choices.
    """
    if option not in CHOICES:
        raise InputError(f"unknown genre '{option}': expected one of {', '.join(CHOICES)}")
    return option


def choose_genre(text: str, mentions: Sequence[Mention], published: date | None,
                 option: str = AUTO) -> Genre:
    """The genre of `text` (its `mentions` read, published on `published`): the `option`
    unless it is `auto`, else narrative without a publication date or with a history's
    evidence, colloquial for a short post, news otherwise.

    Raises: InputError for an unknown option.
    """
    if check_genre(option) != AUTO:
        return Genre(option, OPTION, f"--genre {option}")
    if published is None:
        return Genre(NARRATIVE, CHOSEN, "the text has no publication date")
    evidence = weigh_evidence(text, mentions, published)
    if evidence.is_narrative():
        return Genre(NARRATIVE, CHOSEN,
                     f"{evidence.far + evidence.near} years named, {evidence.far} of them more "
                     f"than {FAR_YEARS} years from the publication date, "
                     f"{evidence.present} expressions counted from it")
    short = text.strip()
    if len(short) > POST_CHARS:
        return Genre(NEWS, CHOSEN, "dated from its publication date")
    if POST_MARKS.search(text):
        return Genre(COLLOQUIAL, CHOSEN, "a short post with a handle, hashtag or link")
    if INFORMAL_MARKS.search(_QUOTED.sub("", short)):
        return Genre(COLLOQUIAL, CHOSEN, "a short post written as people chat")
    return Genre(NEWS, CHOSEN, "dated from its publication date")


def weigh_evidence(text: str, mentions: Sequence[Mention], published: date) -> Evidence:
    """Count the evidence for a narrative in `text` (see `Evidence`)."""
    far = near = present = past = 0
    mentions = [m for m in mentions if POST_ONLY not in m.rule.flags]
    for mention in mentions:
        year = _written_year(mention.reading)
        if year:
            far, near = (far + 1, near) if abs(year - published.year) > FAR_YEARS \
                else (far, near + 1)
        elif _counts_from_now(mention.reading):
            present += 1
        past += mention.context.tense == PAST
    before_era = len(_BC_YEAR.findall(text)) if "BC" in text or "B.C." in text else 0
    return Evidence(far + before_era, near, present, past / len(mentions) if mentions else 0.0)


def reads_as_history(mentions: Sequence[Mention]) -> bool:
    """True for the mentions of a text without a publication date that reads as a history:
    many written years, told in the past tense, next to nothing counted from a "now"."""
    mentions = [m for m in mentions if POST_ONLY not in m.rule.flags]
    years = sum(1 for m in mentions if _written_year(m.reading))
    present = sum(1 for m in mentions if _counts_from_now(m.reading))
    past = sum(1 for m in mentions if m.context.tense == PAST)
    return years >= UNDATED_YEARS and years >= NARRATIVE_RATIO * present \
        and past >= NARRATIVE_PAST * len(mentions)


def _written_year(reading: Reading) -> int | None:
    """The year the words of a reading give ("1939", "June 1940", "the 1970s"), if any."""
    if isinstance(reading, (Year, DayDate, MonthDate, Season, NumericDate, Holiday,
                            QuarterOf)):
        return reading.year
    if isinstance(reading, Decade):
        return reading.start
    return None


def _counts_from_now(reading: Reading) -> bool:
    """True for an expression counted from the publication day: "today", "Monday",
    "last week", "two years ago", "this morning"."""
    if isinstance(reading, Deixis):  # "now" and "recently" are in histories too
        return False
    return isinstance(reading, Weekday) or present_sign(reading) is not None


__all__ = ["AUTO", "CHOICES", "COLLOQUIAL", "NARRATIVE", "NEWS", "Evidence", "Genre",
           "check_genre", "choose_genre", "reads_as_history", "weigh_evidence"]
