"""Who a finished headline is about, named: "whose" gives way to its noun, a pronoun
opening its sentence continues the subject the sentence before opens with
(`timeline.continuation`), and a quotation's "we" or "I" is told with who said it ("Adams:
We were pushed out of the talks"), never with a name guessed for "we". A contraction is
written out where a name takes a pronoun's place ("She's" → "Ms. Currie is").
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from timeline.clause import MAX_CLIMB, base_form, is_dummy, is_saying
from timeline.conjoined import counted_before, joined_sayer
from timeline.continuation import (BEFORE_CHARS, previous_opener, previous_person,
                                   previous_subject, sentence_before)
from timeline.phrase import name_phrase
from timeline.possessive import opening_figure, sayer_figure, sayer_possessive
from timeline.referent import whose_owner
from timeline.speaker import (apposed_person, closing_pronoun, is_quoted_at, previous_speaker,
                              quoted_speaker)
from timeline.wording import MAX_WORDS, QUOTE_MARKS, finish_text, join_words, possessive

# Contractions after a pronoun, written out when a name replaces it ("They're" → "The
# companies are"); "'d" ("had" or "would") is not.
CONTRACTIONS = {"re": "are", "ll": "will", "ve": "have", "m": "am"}
# Words of the first person: a quotation's speaker and those the speaker speaks for.
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
# The same inside a headline, in lower case ("I" there may be a numeral: "World War I").
INNER_FIRST_PERSON = FIRST_PERSON - {"i"} | {"ours"}
# How many sentences in the first person may stand between a transcript's speaker, named
# before them, and the sentence whose first person is theirs.
SOUNDBITE = 2


def name_subject(headline: str, verb: Any, named: list[Any], text: str,
                 start: int | None) -> str:
    """`headline` with who it is about named: "whose" by its noun, a pronoun opening the
    sentence at `start` by the subject the sentence before opens with, a quotation's
    first person with its speaker. named: the subject's words as the headline has them."""
    if verb is not None:
        headline = sayer_possessive(_spelled_out(headline, verb), named, verb, is_saying,
                                    lambda p: previous_subject(p, text, start)
                                    if start is not None else "", text)
        headline = sayer_figure(headline, named, verb, is_saying, text)  # "Acme's net rose"
        if start is not None:  # "Acme earned $5 million. [Revenue] rose 8%"
            headline = opening_figure(headline, named, verb,
                                      lambda: _sentences_before(text, start), text)
    counted = _counted_subject(headline, verb, named, text, start)
    if counted:  # "Orkem and Coates said that the two were considering a merger"
        return counted
    owner = whose_owner(verb) if verb is not None else ""
    if owner and named:
        # "Ogden Projects' shares"
        headline = finish_text(f"{possessive(owner)} {headline[:1].lower()}{headline[1:]}")
    if start is not None and named and headline.startswith(named[0].text.title()) \
            and (len(named) == 1 or named[0].pos_ == "PRON") \
            and not (named[0].lower_ == "it" and verb is not None
                     and is_dummy(verb)):  # also "He and Arafat"
        name = previous_subject(named[0], text, start)  # "Kopp ... . He was charged"
        rest = _contracted(named[0], headline[len(named[0].text):])
        if name and rest is not None:  # told with its speaker when quoted, as below
            headline = name + rest
    speaker = _said_by(headline, verb, named, text, start)
    if speaker and len(f"{speaker} {headline}".split()) <= MAX_WORDS + 1:
        return f"{speaker[:1].upper()}{speaker[1:]}: {headline}"  # "Adams: We were pushed out"
    return headline


def _said_by(headline: str, verb: Any, named: list[Any], text: str, start: int | None) -> str:
    """Who said `headline` when it tells a quotation: one opening with "we" or "I", one
    with a first person inside ("Elian is the symbol of [our] unity", by name only), one
    whose clause stands inside quotation marks ("``The future looks bleak,'' said Weil", by
    name only); else ""."""
    first = headline.split(" ", 1)[0].split("'", 1)[0].lower()
    inner = first not in FIRST_PERSON and bool(
        INNER_FIRST_PERSON & set(re.findall(r"[a-z]+", headline.split(" ", 1)[-1])))
    direct = first not in FIRST_PERSON and not inner and verb is not None \
        and start is not None and _is_direct(verb, named, text, start)
    if verb is None or not (first in FIRST_PERSON or inner or direct):
        return ""
    speaker = _speaker(verb, text, start)
    if not speaker and start is not None:
        sentence = verb.sent  # "``...,'' said Diaz. ``To that end, we'll be back''"
        end = start + sentence.end_char - sentence.start_char
        speaker = quoted_speaker(text, start, end,
                                 start + verb.idx - sentence.start_char + len(verb.text))
        word = "" if speaker else closing_pronoun(text, end)  # "... grandmother, Mariela,
        speaker = speaker or (_pronoun_speaker(word, text, start)  # told reporters. ``I
                              if word else "")  # would go. To get him,'' she said"
        speaker = speaker or soundbite_speaker(text, start)
    # a name only, its title's lower-case words left out: "[spokesman] Serge Clermont",
    # not "a version of the letter"
    return _name_only(speaker) if inner or direct else speaker


def _speaker(verb: Any, text: str, start: int | None) -> str:
    """Who said the clause of `verb`, named (not a pronoun), through the clauses it is part
    of: "'We were pushed out,' Adams said" → "Adams", "'It is symbolic that we accept the
    guarantee,' Kavan said" → "Kavan"; else ""."""
    token = verb
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i or token.dep_ not in ("conj", "ccomp", "parataxis",
                                                         "advcl", "xcomp"):
            return ""
        token = token.head
        if is_saying(token) and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None and token.dep_ in ("xcomp", "advcl") \
                    or subject is not None and subject.lower_ in FIRST_PERSON:
                continue  # "'I'm here to tell you we have our suspect,' said Tolbert":
                # the quotation's own telling is no speaker; the one who says it is
            if subject is not None and subject.pos_ == "PRON" and start is not None:
                return previous_person(subject, text, start) or (
                    _pronoun_speaker(subject.lower_, text, start)
                    if subject.sent.text.lstrip()[:1] in QUOTE_MARKS else "") or (  # "..., he said"
                    previous_speaker(text, start) if subject.lower_ in ("he", "she")
                    and subject.i == subject.sent.start else "")  # "Litvack says. He adds:"
            if subject is None or subject.pos_ == "PRON":
                return ""
            return join_words(sorted(name_phrase(subject, set()), key=lambda t: t.i))
    return ""


def _counted_subject(headline: str, verb: Any, named: list[Any], text: str,
                     start: int | None) -> str:
    """`headline` with its subject "they", "the two" or "both" named by the joined names
    that report it ("Orkem and Coates were considering a merger"), or "the three" opening
    its sentence by the group of three the sentence before names; else ""."""
    lead = join_words(named)
    if verb is None or not named or not headline.lower().startswith(lead.lower()):
        return ""
    sayers = joined_sayer(named, verb, is_saying)
    if sayers is not None and (start is None or not _is_direct(verb, named, text, start)):
        tail = _contracted(named[-1], headline[len(lead):])
        if tail:
            return join_words(sorted(name_phrase(sayers, set()), key=lambda t: t.i)) + tail
    group = counted_before(named, lambda: sentence_before(text, start or 0)) \
        if start is not None else ""
    return group + headline[len(lead):] if group else ""


def _is_direct(verb: Any, named: list[Any], text: str, start: int) -> bool:
    """Whether the clause of `verb` (subject `named`) stands inside a quotation in `text`,
    its sentence at `start`: what was said, told as fact without its speaker."""
    sentence = verb.sent
    base = start - sentence.start_char
    first = named[0] if named and named[0].i < verb.i else verb
    return is_quoted_at(text, (start, base + first.idx, base + verb.idx + len(verb.text),
                               base + sentence.end_char))


def _pronoun_speaker(word: str, text: str, start: int) -> str:
    """Whom "he" or "she" (`word`) saying a quotation that opens the sentence at `start`
    continues: the person the sentence before opens with ("Mr. Weil said he will remain
    at $1 a share") or names after a person's noun ("Another analyst, John C. Maxwell Jr.,
    went to a 'sell'"); else ""."""
    return previous_opener(word, text, start) \
        or apposed_person(sentence_before(text, start), word)


def _name_only(speaker: str) -> str:
    """`speaker` as a name: without the lower-case words of a title before it ("spokesman
    Serge Clermont" → "Serge Clermont") or an owner ("Acme's Smith" → "Smith"), "" when a word after those is not capitalized or a
    comma follows ("a Spanish version of the letter, dated Feb. 4")."""
    words = speaker.split()
    owner = next((k for k in range(len(words) - 1, -1, -1) if words[k].endswith("'s")), -1)
    words = words[owner + 1:]  # "Florida International's [Fernandez]"
    while words and words[0][:1].islower():
        words = words[1:]
    if not words or "," in speaker or any(not w[:1].isupper() for w in words):
        return ""
    return " ".join(words)


def _spelled_out(headline: str, verb: Any) -> str:
    """`headline` with the contracted verb written out where a name took its pronoun's
    place: "she's not aware" → "Ms. Currie is not aware", not "Ms. Currie 's"."""
    for token in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]:
        word = token.lower_[1:] if token.lower_.startswith("'") else ""
        full = ("has" if base_form(token) == "have" else "is") if word == "s" \
            else CONTRACTIONS.get(word)
        if full and f" {token.text} " in f"{headline} ":
            headline = f"{headline} ".replace(f" {token.text} ", f" {full} ", 1).rstrip()
    return headline


def _contracted(pronoun: Any, rest: str) -> str | None:
    """`rest` of a headline after `pronoun`, a contraction written out for the name that
    replaces the pronoun ("He's expected" → "Annan is expected", not "Annan's"); None for
    one that cannot be."""
    if not rest.startswith("'"):
        return rest
    word = rest[1:].split(" ", 1)[0].lower()
    if word == "s" and pronoun.i + 1 < len(pronoun.doc):
        return f" {'has' if base_form(pronoun.nbor()) == 'have' else 'is'}{rest[2:]}"
    full = CONTRACTIONS.get(word)
    return f" {full}{rest[1 + len(word):]}" if full else None


def soundbite_speaker(text: str, start: int) -> str:
    """Who speaks the first person of the sentence at `start` in a transcript, which marks
    no quotation: a broadcast names whom it plays before the words ("President Lee
    spoke in Ohio. We are ready. And I hope our talks go on"), so the person the nearest
    sentence not in the first person opens with, past at most SOUNDBITE in it; else
    "". Not in a text with quotation marks, whose quotations are marked."""
    if any(mark in text for mark in ('"', "``", "''", "\u201c", "\u201d")):
        return ""
    end = start
    for count, offset in enumerate(_sentence_starts(text, start)):
        if not any(w == "I" or w.lower() in FIRST_PERSON and not w.isupper()  # not "US"
                   for w in re.findall(r"[A-Za-z]+", text[offset:end])):
            return previous_opener("he", text, end) or previous_opener("she", text, end)
        end = offset
        if count >= SOUNDBITE:
            return ""
    return ""


def _sentences_before(text: str, start: int) -> Iterator[str]:
    """The sentences of `text` before `start`, nearest first, as sentence_before reads them."""
    for offset in _sentence_starts(text, start):
        yield sentence_before(text, start)
        start = offset


def _sentence_starts(text: str, start: int) -> Iterator[int]:
    """Where the sentences of `text` before `start` begin, nearest first. Each is looked
    for only in the BEFORE_CHARS characters before where the last began, as sentence_before
    reads no further back: the whole text before it made long texts quadratic."""
    while start > 0:
        sentence = sentence_before(text, start)
        pattern = r"\s+".join(map(re.escape, sentence.split()))
        offset = max(0, start - BEFORE_CHARS)
        found = [offset + m.start() for m in re.finditer(pattern, text[offset:start])] \
            if sentence else []
        if not found or found[-1] >= start:
            return
        yield found[-1]
        start = found[-1]
