"""From documents to timelines, one way for the library and batch alike.

A document goes through these stages: its sentences with a candidate expression are parsed
(`parse_documents`: the grammar finds candidates, spaCy parses, each expression is read by
its rule into a `Mention`), its publication date is chosen (`date_document`: the tagged
text is what inference reads), its mentions are resolved against that date in text order
(`tag_documents`), ranges are paired, and the expressions that place something in time
become events in timeline order (`build_timelines`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

from timeline.anchor import anchor_events
from timeline.blas import one_thread
from timeline.dct import Published, choose_published, infer_from
from timeline.genre import AUTO, Genre, check_genre, choose_genre
from timeline.infer import THRESHOLD, Inference
from timeline.mentions import Found, Mention
from timeline.model import Document, Timeline
from timeline.normalize import read_mentions, resolve_mentions
from timeline.order import order_events
from timeline.ranges import pair_ranges, range_pairs, resolve_ranges
from timeline.sentences import split_sentences
from timeline.tagger import bound_chunk, candidate_doc, find_candidates

BATCH_SIZE = 32
Dated = tuple[Document, Published]


@dataclass(frozen=True, slots=True)
class Tagged:
    """A document's expressions, normalized, the pairs of them that form ranges, and the
    genre they were resolved in."""

    found: list[Found]
    ranges: list[tuple[Found, Found]]
    genre: Genre | None = None


def parse_documents(documents: Sequence[Document], nlp: Any, *,
                    batch_size: int = BATCH_SIZE) -> list[list[Mention]]:
    """The mentions of each document: its expressions read, no date chosen.

    Only sentences that hold a candidate expression go through the parser, in batches
    of `batch_size` across documents: the parse is the cost, and it decides nothing
    elsewhere. Every such sentence is parsed, lengths and sets included: a length can place
    an event ("over the past five years"), which needs its clause. The models run on one
    BLAS thread (`timeline.blas`).
    """
    chunks = [[piece for start, chunk in split_sentences(d.text)
               for piece in bound_chunk(start, chunk, find_candidates(chunk))]
              for d in documents]
    parsed = iter(nlp.pipe((candidate_doc(nlp, chunk, cands) for doc_chunks in chunks
                            for _, chunk, cands in doc_chunks), batch_size=batch_size))
    out = []
    with one_thread():
        for document, doc_chunks in zip(documents, chunks):
            mentions: list[Mention] = []
            for base, _, _ in doc_chunks:
                doc = next(parsed)
                mentions.extend(read_mentions(document.text, doc.spans["timex"], base=base))
            out.append(mentions)
    return out


def date_document(document: Document, option: str | None,
                  load: Callable[[], Any], *, genre: str = AUTO) -> Published:
    """The publication date of `document` (`timeline.dct.choose_published`), its text tagged
    with the pipeline `load` gives when the date must be inferred from it; a narrative
    (`genre`) may have none.

    Raises: InputError, NoPublicationDateError.
    """
    return choose_published(document, option, genre=genre,
                            tagged=lambda: parse_documents([document], load())[0])


def infer_document(document: Document, partial: str | None, nlp: Any, *,
                   threshold: float = THRESHOLD) -> Inference:
    """The publication day the text of `document` gives within `partial` ("1998"), from its
    tagged text (`timeline.dct.infer_from`), whatever date the document carries."""
    return infer_from(document.text, partial, parse_documents([document], nlp)[0],
                      threshold=threshold)


def tag_documents(dated: Sequence[Dated], nlp: Any, *, batch_size: int = BATCH_SIZE,
                  genre: str = AUTO) -> list[Tagged]:
    """The expressions of each dated document, resolved in its genre (`genre`, or chosen
    from its text when `auto`: `timeline.genre`), with its ranges.

    Raises: InputError for an unknown genre.
    """
    check_genre(genre)
    parsed = parse_documents([document for document, _ in dated], nlp, batch_size=batch_size)
    out = []
    for (document, published), mentions in zip(dated, parsed):
        chosen = choose_genre(document.text, mentions, published.day, genre)
        found = resolve_mentions(document.text, mentions, published.day, doc_id=document.id,
                                 policy=chosen.policy())
        ranges = pair_ranges(document.text, found)
        resolved = resolve_ranges(found, ranges)
        out.append(Tagged(resolved, range_pairs(resolved, ranges), chosen))
    return out


def build_timeline(document: Document, tagged: Tagged) -> Timeline:
    """The timeline of one tagged document: its events in timeline order, every expression;
    the document records the genre it was read in."""
    if tagged.genre is not None:
        document = replace(document, genre=tagged.genre.name, genre_from=tagged.genre.chosen,
                           genre_reason=tagged.genre.reason)
    events = anchor_events(document, tagged.found, tagged.ranges)
    return Timeline((document,), order_events(events, [document.id]),
                    tuple(f.timex for f in tagged.found))


def build_timelines(dated: Sequence[Dated], nlp: Any, *, genre: str = AUTO) -> list[Timeline]:
    """One timeline per dated document (`tag_documents`, then `build_timeline`)."""
    return [build_timeline(document, tagged)
            for (document, _), tagged in zip(dated, tag_documents(dated, nlp, genre=genre))]
