"""Event status: whether the article reports a dated event as happened, planned, possible or denied.

Works on parsed spaCy tokens and spans (duck-typed, spaCy is not imported here). The
decision reads the clause that governs the temporal expression: negation, modal and
future auxiliaries, planning and expectation predicates ("is slated for", "plans to",
"is likely to"), "as early as" before the expression, and the clause tense. In reported
speech ("said it will hold") the reported clause decides, not the verb of saying.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Iterable

from timeline.clause import FUTURE, PAST, PRESENT, base_form, clause_tense
from timeline.model import Event, Timeline

OCCURRED, SCHEDULED, EXPECTED, NEGATED = "occurred", "scheduled", "expected", "negated"
STATUSES = (OCCURRED, SCHEDULED, EXPECTED, NEGATED)
# The word each status is shown as in every human format (HTML, Markdown, wikitext,
# TimelineJS, iCalendar); JSON and CSV keep the status itself.
STATUS_WORDS = {OCCURRED: "happened", SCHEDULED: "scheduled", EXPECTED: "expected",
                NEGATED: "did not happen"}
STATUS_ALIASES = {word: status for status, word in STATUS_WORDS.items()} | {
    "did-not-happen": NEGATED, "not happened": NEGATED}
SCHEDULE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
EXPECT_AUX = {"could", "may", "might", "should", "can", "must", "ought", "ca"}
# Words that put what they modify on a calendar ("slated for", "the planned vote") ...
SCHEDULE_WORDS = {"planned", "scheduled", "slated", "due", "set", "upcoming", "forthcoming",
                  "poised", "plan", "schedule", "slate"}
# ... and verbs that do so for the infinitive they govern ("plans to", "agreed to hold"),
# but not for a date of their own ("agreed Wednesday" occurred).
SCHEDULE_GOVERNORS = {"plan", "intend", "agree", "decide", "vow", "pledge", "promise",
                      "prepare", "arrange", "schedule", "set", "go", "slate", "due", "resolve",
                      "be"}
# Words that make it only expected or possible.
EXPECT_WORDS = {
    "expected", "likely", "unlikely", "possible", "possibly", "probably", "perhaps",
    "maybe", "predicted", "anticipated", "forecast", "projected", "potential", "proposed",
    "tentative", "tentatively", "prospective",
}
EXPECT_GOVERNORS = {"expect", "hope", "predict", "anticipate", "forecast", "project",
                    "propose", "consider", "seek", "want", "wish", "try", "likely", "unlikely",
                    "possible", "threaten", "aim"}
OBJECT_DEPS = {"xcomp", "ccomp", "acomp"}
NEGATION_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}
# "decline" is left out: prices "declined to 3.8 percent" far more often than anyone
# "declined to comment".
NEGATING_PREDICATES = {"fail", "refuse", "deny", "cancel", "postpone"}
CONDITION_MARKS = {"if", "unless", "whether"}
COMPARATIVES = {"later", "earlier", "sooner", "longer", "more", "less", "before", "after"}
MAX_CLIMB = 12
# "not ... until Thursday", "not ... since April 3": the date bounds the negation; the
# dated event itself happens then (the release on Thursday, the last loss on April 3).
NEGATION_BOUND = re.compile(r"(?i)\b(until|till|since)\s+(?:the\s+)?$")
# "as early as Thursday", "as soon as next week": the date is a possibility, not a plan.
EXPECT_BEFORE = re.compile(
    r"(?i)\b(?:as\s+(?:early|soon|late)\s+as|possibly|perhaps|probably|likely|maybe|"
    r"expected|at\s+the\s+earliest)\s*$"
)


def status_word(event: Event) -> str:
    """The event's status as a reader's word ("did not happen"), or '' when unknown."""
    return STATUS_WORDS.get(event.status or "", event.status or "")


def event_status(span: Any, *, after_publication: bool | None = None,
                 before_publication: bool = False) -> str:
    """`occurred`, `scheduled`, `expected` or `negated` for the event that `span` dates.

    span: the parsed temporal expression (a spaCy Span, or any object with `root`,
        `sent`, `doc` and `start_char` like one).
    after_publication: whether the expression starts after the publication day. A
        later date cannot have occurred ("promised a referendum next year" is scheduled),
        and it decides when the clause has no tense (a headline, a bare noun phrase).
    before_publication: whether the whole interval lies before the publication day; such
        an event is no longer `scheduled` (an overtaken plan is reported as done).
    """
    status = _clause_status(span, after_publication)
    if status == SCHEDULED and before_publication:
        return OCCURRED
    return status


def _clause_status(span: Any, after_publication: bool | None) -> str:
    before = _text_before(span, 30)
    clause = list(_clause_tokens(span))
    if any(_is_negated(token) for token, _ in clause) or _is_denied(clause):
        bound = NEGATION_BOUND.search(before)
        if bound is None:
            return NEGATED
        if bound.group(1).lower() == "since":
            return OCCURRED  # "had not lost at home since April 3": the loss of April 3
        # "would not release results until Thursday": the release is on Thursday
    if EXPECT_BEFORE.search(before) or any(_is_expected(t, via) for t, via in clause):
        return EXPECTED
    if any(_is_scheduled(token, via) for token, via in clause):
        return SCHEDULED
    tense = _own_tense(clause) or clause_tense(span)
    if after_publication or tense == FUTURE:
        return SCHEDULED
    return OCCURRED


def _text_before(span: Any, width: int) -> str:
    """The last `width` characters of `span`'s sentence before it.

    Read from the tokens: `doc.text` joins every token of the parsed chunk on each call,
    which made a chunk dense with dates ("Monday, Monday, ...") cost its length squared.
    """
    doc, first, out = span.doc, span.sent.start, ""
    i = span.start - 1
    while i >= first and len(out) < width:
        out = doc[i].text_with_ws + out
        i -= 1
    return out[-width:]


def select_status(timeline: Timeline, statuses: Iterable[str]) -> Timeline:
    """The timeline with only the events whose status is one of `statuses`.

    Events keep their ids, so that `e3` names the same event with and without the filter.
    statuses: STATUSES or the words readers see (`happened`, `did not happen`, as in
        STATUS_ALIASES).
    Raises: ValueError for a status that is not one of STATUSES.
    """
    wanted = {STATUS_ALIASES.get(s.strip().lower(), s) for s in statuses}
    unknown = sorted(wanted - set(STATUSES))
    if unknown:
        raise ValueError(f"unknown status {', '.join(unknown)}; choose from {', '.join(STATUSES)}")
    kept: tuple[Event, ...] = tuple(e for e in timeline.events if e.status in wanted)
    return dataclasses.replace(timeline, events=kept)


def _clause_tokens(span: Any) -> Iterable[tuple[Any, str]]:
    """The tokens from the expression up to the first finite verb above it, each with
    the dependency of the token the climb came from.

    The climb stops at that verb, so that in "officials said the talks will resume
    Monday" the reported clause ("will resume") decides, not "said".
    """
    token = span.root
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            return
        via = token.dep_
        token = token.head
        yield token, via
        if _is_finite(token) or _is_participle_clause(token):
            return


def _is_finite(token: Any) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
        return False  # "expect the merger to close": the governor above decides
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.tag_ == "MD"
               for c in token.children)


def _own_tense(clause: list[tuple[Any, str]]) -> str | None:
    """Past or present from the verb the climb stopped at, None when it is no such verb.

    Read here rather than taken from `clause.clause_tense`, whose forward-looking words
    ("sought", "set") serve resolving a bare weekday, not telling what happened.
    """
    if not clause:
        return None
    top = clause[-1][0]
    if top.pos_ not in ("VERB", "AUX"):
        return None
    aux = {c.lower_ for c in top.children if c.dep_ in ("aux", "auxpass")}
    if top.tag_ == "VBD" or aux & {"did", "was", "were", "had", "has", "have", "'d"} \
            or (top.tag_ == "VBN" and _is_participle_clause(top)):
        return PAST
    if top.tag_ in ("VBZ", "VBP"):
        return PRESENT
    return None


def _is_participle_clause(token: Any) -> bool:
    """"The deal, announced Monday, ...", "Speaking Wednesday, ...": a clause of its own."""
    return token.pos_ == "VERB" and token.tag_ in ("VBN", "VBG") \
        and token.dep_ in ("acl", "relcl", "advcl")


def _is_negated(token: Any) -> bool:
    """A negation on the predicate ("did not meet", "never entered", "no talks")."""
    if token.tag_ in ("JJR", "RBR") or token.lower_ in COMPARATIVES:
        return False  # "no later than Friday" is a deadline, not a denial
    for child in token.children:
        word = child.lower_
        if child.dep_ == "neg" or (word in NEGATION_WORDS and child.dep_ in ("advmod", "det")):
            return True
    return token.pos_ == "VERB" and base_form(token) in NEGATING_PREDICATES


def _is_denied(clause: list[tuple[Any, str]]) -> bool:
    """A clause reported by a denial: "denied that talks took place on Tuesday"."""
    if not clause:
        return False
    top = clause[-1][0]
    return top.dep_ == "ccomp" and base_form(top.head) in NEGATING_PREDICATES


def _is_conditional(token: Any) -> bool:
    """A predicate under a condition: "If the weather holds, the launch will happen"."""
    return any(child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                             for g in child.children)
               for child in token.children)


def _is_expected(token: Any, via: str) -> bool:
    """A modal, an expectation word or a condition on the predicate ("could", "is likely to")."""
    lemma = base_form(token)
    if token.lower_ in EXPECT_WORDS and token.pos_ in ("VERB", "ADJ", "ADV"):
        return True
    if via in OBJECT_DEPS and lemma in EXPECT_GOVERNORS:
        return True
    if _is_conditional(token):
        return True
    for child in token.children:
        word = child.lower_
        if child.dep_ in ("aux", "auxpass") and word in EXPECT_AUX:
            return True
        if child.dep_ == "mark" and word in CONDITION_MARKS:
            return True
        if child.dep_ in ("amod", "advmod", "acomp") and word in EXPECT_WORDS \
                and token.tag_ != "VBD":
            return True  # "tentatively decided on Feb. 11" was decided
    return False


def _is_scheduled(token: Any, via: str) -> bool:
    """A future auxiliary or a planning word on the predicate ("will hold", "slated for")."""
    lemma = base_form(token)
    if token.lower_ in SCHEDULE_WORDS and token.tag_ in ("VBN", "JJ", "VBG"):
        return True
    if via in OBJECT_DEPS and lemma in SCHEDULE_GOVERNORS and lemma != "be":
        return True
    if via == "xcomp" and lemma == "be" and token.tag_ != "VBD":
        return True  # "is to visit"
    for child in token.children:
        word = child.lower_
        if child.dep_ in ("aux", "auxpass") and word in SCHEDULE_AUX:
            return True
        if child.dep_ in ("amod", "compound") and word in SCHEDULE_WORDS:
            return True
    return False
