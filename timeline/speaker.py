"""Who speaks a quotation of several sentences, read from the raw text around a sentence.

A "he" or "she" saying more continues the speaker named at the end of the sentence before
("..., Mr. Litvack says. He adds: ...").
News writing names a quotation's speaker once, at the end of its first sentence or of its
last: "``We continue to be concerned,'' said Manny Diaz. ``To that end, we'll be back
tomorrow.''" and "``I would go there. To get him,'' Smith said." A sentence inside such a
quotation that does not name its speaker is said by the one named where the quotation
opens or closes. Only sentences holding a date are parsed, so the text is read as written.
"""

from __future__ import annotations

import re

from timeline.kinds import (FEMALE_NOUNS, MALE_NOUNS, NAME_TITLES, ORGANIZATION_WORDS,
                            PERSON_NOUNS, PERSON_TITLES,
                            is_untitled)
from timeline.lexicon import MONTH_NAMES, WEEKDAY_NAME

AROUND_CHARS = 600
_OPENING = ("``", "\u201c")
_CLOSING = ("''", "\u201d")
_SAYS = r"(?:said|says|told|tells|added|adds|asked|asks|declared|wrote|writes|recalled|explained)"
_NAME = (rf"(?:(?:{'|'.join(NAME_TITLES)})\.? +)?[A-Z][\w'-]*[a-z][\w'-]*"
         r"(?: +(?:[A-Z]\. +)?[A-Z][\w'-]*[a-z][\w'-]*){0,3}")
# A title noun, after which the speaker's own name follows: "said White House spokesman
# [Mike McCurry]", "said Defense Secretary [William Cohen]".
_TITLE = "(?i:" + "|".join(sorted(w for w in PERSON_TITLES | PERSON_NOUNS if w.isalpha())) + ")"
# The end of a quotation and the one who said it: ",'' said Manny Diaz," / ",'' Diaz said";
# after a title ("said State Department spokesman James Rubin"), a possessive's noun in
# apposition ("said Tuesday's winner, Tom Lee") or an owner ("said Acme's Mr. Lee") the
# name that follows.
_AFTER = re.compile(rf"[,.!?]\s*(?:''|\"|\u201d)\s*(?:{_SAYS}\s+(?:"
                    rf"(?:[A-Z][\w'.&-]*\s+){{0,4}}(?:[a-z][\w-]*\s+){{0,2}}?{_TITLE}\s+"
                    rf"|[A-Z][\w-]*'s\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,\s+"
                    rf"|[A-Z][\w.&-]*'s\s+(?=[A-Z]))?"
                    rf"(?P<after>{_NAME})(?=[\s,.;])|(?P<before>{_NAME})\s+{_SAYS}\b)")
# An attribution after an aside on the quotation's last word: ",'' who died at sea, [said
# Roger Bernstein]".
_ASIDE_AFTER = re.compile(rf"^\s*(?:who|which|whose)\b[^,]*,\s*{_SAYS}\s+(?P<after>{_NAME})"
                          r"(?=[\s,.;])")
# The quotation open at a sentence's end closing on "he" or "she" saying it: ",'' she said".
_PRONOUN_AFTER = re.compile(rf"^[^`'\"\u201c\u201d]*[,.!?]\s*(?:''|\"|\u201d)\s*"
                            rf"(?P<word>he|she)\s+{_SAYS}\b")
# A sentence opening with the noun of a person and the name set off after it: "Another
# analyst, [John C. Maxwell Jr.] of ...", "Elian's paternal grandmother, [Mariela], told".
_APPOSED = re.compile(rf"^(?:[A-Z][\w'-]*\s+)?(?:[a-z][\w'-]*\s+){{0,2}}?(?P<noun>[a-z]+),\s+"
                      rf"(?P<name>{_NAME})(?=[\s,.])")
# A transcript's speaker label: a line opening with a name (or one in capitals) and a
# colon, "SENATOR BROWN: ..."; a name, at most its day and a stop or colon before a
# quotation that opens a sentence, "Jones on Friday. ``...".
_LABEL_NAME = r"(?:[A-Z][\w'.-]*[A-Za-z.](?: +[A-Z][\w'.-]*[A-Za-z.]){0,3})"
_LINE_LABEL = re.compile(rf"^\s*(?P<name>{_LABEL_NAME}):\s")
_QUOTE_LABEL = re.compile(rf"(?:^|[.!?:](?:''|\u201d|\")?\s+|\n\s*)(?P<name>{_LABEL_NAME})"
                          rf"(?: +on +(?:{WEEKDAY_NAME}))?[.:]?\s*$")
_NOT_NAMES = {"He", "She", "They", "We", "I", "It", "The", "A", "An", "This", "That",
              *(w.capitalize() for w in (*MONTH_NAMES, *WEEKDAY_NAME.split("|")))}


def quoted_speaker(text: str, start: int, end: int, at: int | None = None) -> str:
    """The named speaker of the quotation that the sentence `text[start:end]` is part of
    without naming its own speaker: named where the quotation closed in the sentence
    before ("``...,'' said Diaz. ``To that end, we'll be back''") or where it closes after
    ("``I would go. To get him,'' Smith said"); else "". at: where the quoted words are,
    whose quotation may close in the sentence on its speaker ("``It helps a region that
    has been torn,'' Solana added"), which the parse need not hang them on."""
    within = _speaker_after(text[:end], at) if at is not None else ""
    if within:
        return within
    sentence = text[start:end]
    if _is_open(sentence):
        closing = re.search(r"''|\u201d|\"", text[end:end + AROUND_CHARS])
        if closing is not None and text[end + closing.start() - 1] == ",":
            return _speaker_after(text, end)  # ",'' who ..., said Bernstein": the one
            # named after it, read or not, never one named before
        return _speaker_after(text, end) or _speaker_before(text, start, sentence) \
            or labelled_speaker(text, start if at is None else at)
    return _speaker_before(text, start, sentence) \
        or labelled_speaker(text, start if at is None else at)


def labelled_speaker(text: str, start: int) -> str:
    """The speaker a transcript's label names for the words at `start`: the line they are
    on opens with a name and a colon ("SENATOR BROWN: I know about the reports"), or the
    quotation open at `start` opens right after a name, with at most its day and a stop or
    colon between ("Jones on Friday. ``Once again, I never asked"); else "". A label names
    who speaks and is never the subject of what is said."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    match = _LINE_LABEL.match(line)
    if match is not None:
        return _label_name(match.group("name"))
    before = text[max(0, start - AROUND_CHARS):start]
    opening = max(before.rfind(mark) for mark in _OPENING)
    if opening < 0 or any(mark in before[opening:] for mark in _CLOSING):
        return ""
    match = _QUOTE_LABEL.search(before[:opening])
    return _label_name(match.group("name")) if match is not None else ""


def _label_name(name: str) -> str:
    """A label's name as a name is written ("SENATOR BROWN" → "Senator Brown"); "" for a
    word that names no one ("The", a day)."""
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split())
    return "" if name.split()[0] in _NOT_NAMES else name


def previous_speaker(text: str, start: int) -> str:
    """The speaker named at the end of the sentence before `start`, whom a "he" or "she"
    saying more continues: "..., Mr. Litvack says. He adds: 'Our fund has had net sales'"
    → "Mr. Litvack"; else ""."""
    before = text[max(0, start - AROUND_CHARS):start].rstrip()
    found = list(_AFTER.finditer(before))
    if not found or not re.fullmatch(r"(?:,[^.!?]*)?[.!?]", before[found[-1].end():]):
        return ""
    return _named(found[-1], text)


def _speaker_before(text: str, start: int, sentence: str) -> str:
    """The speaker named after the first part of a quotation that opens again right after
    that sentence and is still open where `sentence` (at `start`) begins."""
    before = text[max(0, start - AROUND_CHARS):start]
    found = list(_AFTER.finditer(before))
    if not found:
        return ""
    lead = re.match(r"\s*(?:``|\u201c|\")?", sentence)
    rest = before[found[-1].end():] + (lead.group() if lead else "")
    stop = re.search(r"[.!?]\s+(?=[A-Z`\u201c\"])", rest)  # where its sentence ends
    if stop is None or not _is_open(rest[stop.end():]) or rest[stop.end()] not in "`\u201c\"":
        return ""
    return _named(found[-1], text)


def _speaker_after(text: str, end: int) -> str:
    """The speaker named where the quotation still open at `end` closes."""
    after = text[end:end + AROUND_CHARS]
    match = _AFTER.search(after)
    if match is None or any(mark in after[:match.start()]
                            for mark in (*_OPENING, *_CLOSING, '"')):
        closing = re.search(r",(?:''|\u201d|\")", after)  # ",'' who died at sea, said
        tail = re.split(r"[.!?]\s", after[closing.end():], maxsplit=1)[0] if closing else ""
        match = _ASIDE_AFTER.search(tail)  # Roger Bernstein": a relative clause between
        return _named(match, text) if match is not None and not any(
            mark in tail[:match.start()] for mark in (*_OPENING, *_CLOSING, '"')) else ""
    return _named(match, text)


def is_quoted_at(text: str, span: tuple[int, int, int, int]) -> bool:
    """Whether the words of `text` from `at` to `end` stand inside one quotation, in the
    sentence from `start` to `stop` (`span`: start, at, end, stop): one opened before them
    in the sentence ("``Small communities are not going to be left,'' said Rice"), or one
    a sentence before opened that closes after them ("... ,'' said Weil. [``]The future
    looks bleak.''"); not a word or two set off inside a sentence ('profits were "squeezed"').
    """
    start, at, end, stop = span
    if any(mark in text[at:end] for mark in (*_OPENING, *_CLOSING, '"')):
        return False
    before = text[start:at]
    opened = sum(before.count(m) for m in _OPENING)
    closed = sum(before.count(m) for m in _CLOSING)
    if opened > closed or opened == closed and before.count('"') % 2 == 1:
        return True
    if opened or closed or '"' in before:
        return False
    after = re.search(r"``|''|\u201c|\u201d|\"", text[end:stop])
    return after is not None and (after.group() in _CLOSING or after.group() == '"' and text[
        end + after.start() - 1:end + after.start()] in tuple(",.!?"))  # a closing quote


def _is_open(quoted: str) -> bool:
    """Whether `quoted` opens a quotation it does not close."""
    opened = sum(quoted.count(m) for m in _OPENING)
    closed = sum(quoted.count(m) for m in _CLOSING)
    plain = quoted.count('"')
    return opened - closed == 1 and plain == 0 or plain == 1 and opened == closed == 0


def _named(match: re.Match[str], text: str) -> str:
    """The speaker's name `match` found, or "" for what names no one: a possessive
    ("Tuesday's"), a day or a month, a plural common noun written with a capital
    ("Police said", "said Sources close to Smith": one word in "-s" that the document never
    gives a first name or a title, or a word of a body)."""
    name = match.group("after") or match.group("before") or ""
    words = name.split()
    if words[0] in _NOT_NAMES or any(w.endswith("'s") for w in words):
        return ""
    if len(words) == 1 and (name.lower() in ORGANIZATION_WORDS or re.search(
            r"[^s]s$", name) is not None and is_untitled(name, text)):
        return ""
    return name


def closing_pronoun(text: str, end: int) -> str:
    """"he" or "she" when the quotation still open where a sentence ends at `end`, or
    closing with it, closes on that pronoun saying it ("``I would go. To get him,'' she
    said", '"But is it low enough?" he asked'); else ""."""
    match = _PRONOUN_AFTER.match(text[max(0, end - 3):end + AROUND_CHARS])  # '?" he asked'
    return match.group("word") if match is not None else ""


def apposed_person(sentence: str, word: str) -> str:
    """The name set off after the noun of a person that `sentence` opens with, whom "he" or
    "she" (`word`) saying a quotation after it continues: "Another analyst, John C.
    Maxwell Jr. of Wheat, went to a 'sell'" → "John C. Maxwell Jr."; "" for none, or a
    noun of the other sex ("his grandmother, Mariela" is no "he")."""
    match = _APPOSED.match(sentence)
    if match is None:
        return ""
    noun = match.group("noun")
    if noun in (FEMALE_NOUNS if word == "he" else MALE_NOUNS) or noun not in (
            PERSON_NOUNS | PERSON_TITLES | MALE_NOUNS | FEMALE_NOUNS):
        return ""
    name = match.group("name")
    if name.split()[0] in _NOT_NAMES:
        return ""
    return f"{name}." if name.split()[-1] in ("Jr", "Sr") else name
