"""A verbless heading of a date, told by the sentence it heads.

A broadcast or a chronology sets a date on a line of its own before what happened then:
"Atlanta nineteen ninety-six. A bomb blast shocks the Olympic games." The heading has no
verb and holds nothing but the date and at most a name; a headline made of it ("Atlanta",
"January") tells no happening. The sentence right after it does, when it is a short
sentence that opens with a capital and needs nothing before it (no pronoun, no
quotation, whose speaker it would need). When that sentence is missing, long, or not so
plain, the heading stays as it is; so too when the document's dates hold one inside it
("Atlanta, July 1996. Police arrested a man on Tuesday.": that happening is Tuesday's, not
July's). The sentence ends at its stop, also one before a number, where split_sentences
ends none ("... shocks the Olympic games. 1997. The FBI ...").
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here); the sentence after
is read from the raw text, as it may not be parsed.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from timeline.sentences import ABBREVIATION_END, split_sentences

# Words that open a sentence leaning on the one before: pronouns, a quotation's mark.
LEANING = {"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those",
           "there", "then", "but", "and", "so", "also"}
# How many characters after a heading are read for the sentence it heads.
AFTER_CHARS = 300
# A headed sentence is at least this many words (fewer is another heading: "Atlanta
# again.") and at most this many.
MIN_WORDS, MAX_WORDS = 3, 15
# A stop before a number, where split_sentences ends no sentence.
_STOP_BEFORE_NUMBER = re.compile(r"[.!?][\"'\u201d)]?\s+(?=\d)")


def is_heading(sentence: Any, dated: set[int]) -> bool:
    """Whether the parsed `sentence` is a verbless heading of the date whose token indices
    are `dated`: no verb, and besides the date at most one name and a preposition; one
    opening with a preposition, adverb or conjunction goes on from the sentence before
    ("Until this week.")."""
    rest = [t for t in sentence if t.i not in dated and not t.is_punct]
    return sentence[0].pos_ not in ("ADP", "SCONJ", "ADV", "CCONJ") \
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence) \
        and sum(t.pos_ == "PROPN" for t in rest) <= 1 \
        and all(t.pos_ in ("PROPN", "ADP") for t in rest)


def headed_sentence(text: str, end: int,
                    speaker: Callable[[str, int], str] | None = None,
                    dated: Callable[[int, int], bool] | None = None) -> str:
    """The sentence of `text` right after offset `end` when it is a plain short one (see
    the module's docstring), without its stop; else "". speaker: who speaks the words of
    `text` at an offset, by a transcript's label (`speaker.labelled_speaker`); a heading
    that labels a quotation ("Clinton on Friday. ``Once again, I never asked ...") is
    told by the quotation's first sentence with its speaker's name, "Clinton: Once again,
    I never asked ...". dated: whether a date of the document starts between two offsets
    of `text`."""
    after = text[end:end + AFTER_CHARS]
    paragraph = re.split(r"\n\s*\n", after, maxsplit=1)[0]
    pieces = split_sentences(paragraph)
    if len(pieces) < 2 and not re.search(r"[.!?](?:''|\u201d|\")?\s*$", paragraph):
        return ""  # cut off by the characters read, or no stop: not whole
    raw = _to_stop(pieces[0][1]) if pieces else ""
    if raw and dated is not None and dated(end + pieces[0][0], end + pieces[0][0] + len(raw)):
        return ""  # "Police arrested a man on Tuesday.": a date of its own
    sentence = " ".join(raw.split())
    name, sentence = _labelled(sentence, text, end + after.find(sentence[:2]), speaker)
    words = sentence.rstrip(".!?").split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not words[0][:1].isupper() \
            or words[0].lower() in LEANING - ({"i", "we"} if name else set()) \
            or not sentence.endswith((".", "!")) \
            or any(mark in sentence for mark in ('"', "``", "''", "\u201c", "\u201d")):
        return ""
    return f"{name}: {' '.join(words)}" if name else " ".join(words)


def _labelled(sentence: str, text: str, at: int,
              speaker: Callable[[str, int], str] | None) -> tuple[str, str]:
    """The speaker a label names for the quotation `sentence` opens (at offset `at` of
    `text`) and the sentence without its quotation marks; else "" and `sentence`."""
    quoted = re.match(r"(?:``|\u201c|\")(?=[A-Z])", sentence)
    name = speaker(text, at + quoted.end()) if quoted is not None and speaker is not None \
        and text[at:at + quoted.end()] == quoted.group() else ""
    if not name or quoted is None:
        return "", sentence
    return name, re.sub(r"(?:''|\u201d|\")$", "", sentence[quoted.end():])


def _to_stop(sentence: str) -> str:
    """`sentence` up to its first stop before a number that ends no abbreviation ("No. 1"):
    "A bomb blast shocks the Olympic games. 1997. The FBI cleared him." → "A bomb blast
    shocks the Olympic games."."""
    for stop in _STOP_BEFORE_NUMBER.finditer(sentence):
        if not ABBREVIATION_END.search(sentence[max(0, stop.start() - 12):stop.start() + 1]):
            return sentence[:stop.start() + 1]
    return sentence
