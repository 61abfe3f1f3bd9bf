"""Cut a text into paragraphs and sentences, with their offsets, for the parser."""

from __future__ import annotations

import re

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
MAX_CHUNK = 20_000
# The stop (and a closing quote) ends the sentence; the space after it belongs to neither.
SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"'\u201d)]?)\s+(?=[\"'\u201c(]?[A-Z])")
# A short capitalised word, an initial, dotted initials ("U.S."), "vs." of a case or match
# ("Roe vs. Wade") or a number before the stop.
ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z][a-z]{0,3}|\b[A-Za-z](?:\.[A-Za-z])*|\b(?:[A-Z]\.)+[A-Z]?|\bvs|\d)\.[\"'\u201d)]?$")


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """The blank-line separated paragraphs of `text` with their start offsets.

    Parsing paragraph by paragraph keeps a headline out of the lead sentence and lets
    the parser skip paragraphs without a temporal expression.
    """
    out = []
    start = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, text[start:m.start()]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def split_sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of each paragraph of `text`, with their start offsets.

    A conservative split: a stop, question or exclamation mark, then space and a capital,
    but not after an abbreviation or initial ("U.S.", "Mr.", "Jan.", "J."). A missed split
    only makes a chunk longer; the parser still finds the sentences inside it.
    """
    out = []
    for start, paragraph in split_paragraphs(text):
        begin = 0
        for m in SENTENCE_END.finditer(paragraph):
            if ABBREVIATION_END.search(paragraph[max(begin, m.start() - 12):m.start()]):
                continue
            out.extend(_bounded(start + begin, paragraph[begin:m.end("close")]))
            begin = m.end()
        if paragraph[begin:].strip():
            out.extend(_bounded(start + begin, paragraph[begin:]))
    return out


def _bounded(start: int, chunk: str) -> list[tuple[int, str]]:
    """`chunk` cut at whitespace into pieces of at most MAX_CHUNK characters.

    No prose sentence is that long; a text without stops (a table, a run-on dump) must
    still reach the parser in pieces it accepts.
    """
    pieces = []
    while len(chunk) > MAX_CHUNK:
        cut = chunk.rfind(" ", 0, MAX_CHUNK)
        cut = cut if cut > 0 else MAX_CHUNK
        pieces.append((start, chunk[:cut]))
        start, chunk = start + cut, chunk[cut:]
    pieces.append((start, chunk))
    return pieces
