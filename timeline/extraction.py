"""From documents to timelines, one way for the library and batch alike.

A document goes through these stages: its sentences with a candidate expression are parsed
(`parse_documents`: the grammar finds candidates, spaCy parses, each expression is read by
its rule into a `Mention`), its publication date is chosen (`date_document`: the tagged
text is what inference reads), its mentions are resolved against that date in text order
(`tag_documents`), ranges are paired, and the expressions that place something in time
become events in timeline order (`build_timelines`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator, Sequence

import numpy

from timeline.anchor import anchor_events, place_events
from timeline.anchors import AnchorPolicy, AnchorState
from timeline.blas import one_thread
from timeline.dateorder import check_date_order, day_first
from timeline.dct import Published, choose_published, infer_from
from timeline.genre import AUTO, Genre, check_genre, choose_genre
from timeline.infer import THRESHOLD, Inference
from timeline.mentions import Found, Mention
from timeline.merge import merge_events
from timeline.model import Document, Event, Timeline
from timeline.normalize import read_mentions, resolve_mentions
from timeline.order import order_events
from timeline.ranges import pair_ranges, range_pairs, resolve_ranges
from timeline.sentences import split_sentences
from timeline.tagger import Candidate, bound_chunk, candidate_doc, find_candidates

BATCH_SIZE = 32
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")
Dated = tuple[Document, Published]
Piece = tuple[int, str, list[Candidate]]
Ranges = list[tuple[Found, Found]]
# Told how far the parse has come: characters of the texts parsed so far, of how many.
Progress = Callable[[int, int], None]
# Characters of a long text parsed, resolved and placed at a time (`_tag_windows`).
WINDOW = 200_000
# The parse `date_document` made of a text (the text, the pipeline, its windows' mentions),
# until `tag_documents` takes it: at most one, read and written under _KEPT_LOCK, so that
# threads dating several texts at once never hand one text's parse to another.
_KEPT: list[tuple[str, Any, list[list[Mention]]]] = []
_KEPT_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Tagged:
    """A document's expressions, normalized, the pairs of them that form ranges, and the
    genre they were resolved in."""

    found: list[Found]
    ranges: list[tuple[Found, Found]]
    genre: Genre | None = None
    # A text longer than WINDOW: its events, placed window by window and merged as they
    # came (`found` then holds no parse).
    events: tuple[Event, ...] | None = None


def parse_documents(documents: Sequence[Document], nlp: Any, *, batch_size: int = BATCH_SIZE,
                    spans: bool = True,
                    progress: Progress | None = None) -> list[list[Mention]]:
    """The mentions of each document: its expressions read, no date chosen.

    Only sentences that hold a candidate expression go through the parser, in batches
    of `batch_size` across documents: the parse is the cost, and it decides nothing
    elsewhere. Every such sentence is parsed, lengths and sets included: a length can place
    an event ("over the past five years"), which needs its clause. The models run on one
    BLAS thread (`timeline.blas`).
    spans: False to keep no parse (`Mention.span` None): what reading the publication date
        needs, in memory that does not grow with the parse of a long text.
    progress: told the characters parsed so far, of all the documents' (for a progress line).
    """
    return _parse_pieces([(d.text, find_pieces(d.text)) for d in documents], nlp,
                         batch_size=batch_size, spans=spans, progress=progress)


def find_pieces(text: str) -> list[Piece]:
    """The pieces of `text` to parse, each with its start and candidate expressions
    (`timeline.tagger.bound_chunk`), in text order."""
    return [piece for start, chunk in split_sentences(text)
            for piece in bound_chunk(start, chunk, find_candidates(chunk))]


def _parse_pieces(items: Sequence[tuple[str, list[Piece]]], nlp: Any, *, batch_size: int,
                  spans: bool = True, progress: Progress | None = None) -> list[list[Mention]]:
    """The mentions of each (text, its pieces) of `items`; `progress` is told the end of
    each piece parsed, counted through the texts one after another (a piece's start is its
    offset in its whole text, so a window of a long text counts from that text's start)."""
    parsed = iter(nlp.pipe((candidate_doc(nlp, chunk, cands) for _, pieces in items
                            for _, chunk, cands in pieces), batch_size=batch_size))
    total, before = sum(len(text) for text, _ in items), 0
    out = []
    with one_thread():
        for text, pieces in items:
            mentions: list[Mention] = []
            for base, chunk, _ in pieces:
                read = read_mentions(text, _lean(next(parsed)).spans["timex"], base=base)
                mentions.extend(read if spans else [replace(m, span=None) for m in read])
                if progress:
                    progress(before + base + len(chunk), total)
            out.append(mentions)
            before += len(text)
    return out


def _lean(doc: Any) -> Any:
    """`doc` without its `tensor` (the tok2vec output, about 1.5 KB a token): nothing
    reads it once the parse is done, and a window of a date-dense text keeps thousands
    of parsed pieces alive until their events are placed."""
    doc.tensor = _NO_TENSOR
    return doc


def date_document(document: Document, option: str | None,
                  load: Callable[[], Any], *, genre: str = AUTO,
                  progress: Progress | None = None) -> Published:
    """The publication date of `document` (`timeline.dct.choose_published`), its text tagged
    with the pipeline `load` gives when the date must be inferred from it; a narrative
    (`genre`) may have none.
    progress: told how far that tagging has come (`parse_documents`).

    A parse made to read the date is kept for the `tag_documents` of the same text that
    follows (the parse does not depend on the date): the text is parsed once, not twice.
    Only the last parse made is kept, and none when choosing a date fails.

    Raises: InputError, NoPublicationDateError.
    """
    def tagged() -> list[Mention]:
        nlp = load()
        with _KEPT_LOCK:
            _KEPT.clear()  # the last text's parse, let go before this one is made
        windows = parse_windows(document.text, nlp, progress=progress)
        with _KEPT_LOCK:
            _KEPT[:] = [(document.text, nlp, windows)]
        return [mention for window in windows for mention in window]
    try:
        return choose_published(document, option, genre=genre, tagged=tagged)
    except BaseException:
        with _KEPT_LOCK:
            _KEPT.clear()
        raise


def parse_windows(text: str, nlp: Any, *, batch_size: int = BATCH_SIZE,
                  progress: Progress | None = None) -> list[list[Mention]]:
    """The mentions of `text` as `tag_documents` parses it: in one group when the text is
    at most WINDOW characters, else window by window (`_windows`), each parsed alone."""
    pieces = find_pieces(text)
    groups = [pieces] if len(text) <= WINDOW else list(_windows(pieces))
    return [_parse_pieces([(text, group)], nlp, batch_size=batch_size, progress=progress)[0]
            for group in groups]


def _take_kept(text: str, nlp: Any) -> list[list[Mention]] | None:
    """The windows' mentions `date_document` kept from parsing `text` with `nlp`, handed
    over once; None when it kept none for them."""
    with _KEPT_LOCK:
        if _KEPT and _KEPT[0][1] is nlp and _KEPT[0][0] == text:
            return _KEPT.pop()[2]
    return None


def infer_document(document: Document, partial: str | None, nlp: Any, *,
                   threshold: float = THRESHOLD) -> Inference:
    """The publication day the text of `document` gives within `partial` ("1998"), from its
    tagged text (`timeline.dct.infer_from`), whatever date the document carries."""
    return infer_from(document.text, partial, parse_documents([document], nlp, spans=False)[0],
                      threshold=threshold)


def tag_documents(dated: Sequence[Dated], nlp: Any, *, batch_size: int = BATCH_SIZE,
                  genre: str = AUTO, date_order: str = AUTO, events: bool = True,
                  progress: Progress | None = None) -> list[Tagged]:
    """The expressions of each dated document, resolved in its genre (`genre`, or chosen
    from its text when `auto`: `timeline.genre`), with its ranges; `date_order` (`auto`,
    `dayfirst`, `monthfirst`) says how "04/05/2014" reads (`timeline.dateorder`).
    events: False when only the expressions are wanted: a text longer than WINDOW is then
        resolved without placing and merging its events (`Tagged.events` stays None).
    progress: told the characters parsed so far, of all the documents' (`parse_documents`).

    Raises: InputError for an unknown genre or date order.
    """
    check_genre(genre)
    check_date_order(date_order)
    kept = [_take_kept(d.text, nlp) for d, _ in dated]
    short = [d for (d, _), k in zip(dated, kept) if len(d.text) <= WINDOW and k is None]
    total = sum(len(d.text) for d, _ in dated)
    parsed = iter(parse_documents(short, nlp, batch_size=batch_size,
                                  progress=counted(progress, 0, total)))
    out = []
    done = sum(len(d.text) for d in short)
    for (document, published), windows in zip(dated, kept):
        if len(document.text) > WINDOW:
            out.append(_tag_windows(document, published, nlp, batch_size, genre, date_order,
                                    events=events, progress=counted(progress, done, total),
                                    kept=windows))
            done += len(document.text)
            continue
        mentions = windows[0] if windows is not None else next(parsed)
        chosen = choose_genre(document.text, mentions, published.day, genre)
        state = AnchorState(text=document.text)
        policy = replace(chosen.policy(), day_first=day_first(document.text, date_order))
        found, ranges = _resolve(document, published, mentions, state, policy)
        out.append(Tagged(found, ranges, chosen))
    return out


def _resolve(document: Document, published: Published, mentions: list[Mention],
             state: AnchorState, policy: AnchorPolicy) -> tuple[list[Found], Ranges]:
    """`mentions` resolved in order from `state`, and the ranges they form."""
    found = resolve_mentions(document.text, mentions, published.day, doc_id=document.id,
                             state=state, policy=policy)
    ranges = pair_ranges(document.text, found)
    resolved = resolve_ranges(found, ranges)
    return resolved, range_pairs(resolved, ranges)


def counted(progress: Progress | None, before: int, total: int) -> Progress | None:
    """`progress` told of a part of the work: `before` characters come before it, of
    `total` in all."""
    if progress is None:
        return None
    told = progress
    return lambda done, _: told(before + done, total)


def _tag_windows(document: Document, published: Published, nlp: Any, batch_size: int,
                 genre: str, date_order: str = AUTO, *, events: bool = True,
                 progress: Progress | None = None,
                 kept: list[list[Mention]] | None = None) -> Tagged:
    """A text longer than WINDOW, parsed, resolved and placed a window at a time.

    Each window's parse is let go once its events are placed, and its events are merged
    as they come, so memory holds one window's parse and the merged events, not the whole
    text's. Resolving carries the story (`AnchorState`) across windows,
    so the values are those of the whole text at once; the genre is chosen from the first
    window, and a range or merge never spans two windows (they meet between sentences).
    events: False to resolve the expressions only (half the time of a date-dense text).
    kept: the windows' mentions already parsed (`date_document`), each let go once placed.
    """
    found: list[Found] = []
    genres: list[Genre] = []

    def placed() -> Iterator[Event]:
        state = AnchorState(text=document.text)
        for mentions in _window_mentions(document.text, nlp, batch_size, progress, kept):
            if not genres:
                genres.append(choose_genre(document.text, mentions, published.day, genre))
                policy = replace(genres[0].policy(),
                                 day_first=day_first(document.text, date_order))
            window, ranges = _resolve(document, published, mentions, state, policy)
            if events:
                yield from place_events(_with_genre(document, genres[0]), window, ranges)
            found.extend(replace(f, span=None, reading=None) for f in window)

    merged = tuple(merge_events(placed(), document.text)) if events else None
    if merged is None:
        for _ in placed():  # resolves every window into `found`
            pass
    chosen = genres[0] if genres else choose_genre(document.text, [], published.day, genre)
    return Tagged(found, [], chosen, merged)


def _window_mentions(text: str, nlp: Any, batch_size: int, progress: Progress | None,
                     kept: list[list[Mention]] | None) -> Iterator[list[Mention]]:
    """The mentions of each window of `text`: those `kept`, handed over one at a time so
    that each is let go once used (`progress` told at once that all is parsed), else
    parsed a window at a time."""
    if kept is not None:
        if progress:
            progress(len(text), len(text))
        while kept:
            yield kept.pop(0)
        return
    for pieces in _windows(find_pieces(text)):
        yield _parse_pieces([(text, pieces)], nlp, batch_size=batch_size, progress=progress)[0]


def _windows(pieces: list[Piece]) -> Iterator[list[Piece]]:
    """Consecutive pieces in groups that span at most WINDOW characters (or one piece)."""
    window: list[Piece] = []
    for piece in pieces:
        if window and piece[0] + len(piece[1]) - window[0][0] > WINDOW:
            yield window
            window = []
        window.append(piece)
    if window:
        yield window


def build_timeline(document: Document, tagged: Tagged) -> Timeline:
    """The timeline of one tagged document: its events in timeline order, every expression;
    the document records the genre it was read in."""
    document = _with_genre(document, tagged.genre)
    events = (list(tagged.events) if tagged.events is not None
              else anchor_events(document, tagged.found, tagged.ranges))
    return Timeline((document,), order_events(events, [document.id]),
                    tuple(f.timex for f in tagged.found))


def _with_genre(document: Document, genre: Genre | None) -> Document:
    """`document` recording the genre it was read in."""
    if genre is None:
        return document
    return replace(document, genre=genre.name, genre_from=genre.chosen,
                   genre_reason=genre.reason)


def build_timelines(dated: Sequence[Dated], nlp: Any, *, genre: str = AUTO,
                    date_order: str = AUTO,
                    progress: Progress | None = None) -> list[Timeline]:
    """One timeline per dated document (`tag_documents`, then `build_timeline`); `progress`
    is told how far the parse has come."""
    tagged = tag_documents(dated, nlp, genre=genre, date_order=date_order, progress=progress)
    return [build_timeline(document, one) for (document, _), one in zip(dated, tagged)]
