"""Event anchoring against TimeML's event-time links: coverage and accuracy of triggers.

For every gold TIMEX3 that a TLINK (IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS or an
inverse) ties to an EVENT of its sentence: does `timeline extract` make an event for it
(coverage), and does that event's trigger overlap a linked EVENT (anchoring accuracy,
strict)? The same scores as `timeline evaluate --events`, plus the development and test
halves (`--split`: every other document in path order, as bench/accuracy.py splits),
the time taken, and `--errors FILE` for the error list.

Usage: python bench/events.py [CORPUS_DIR] [--split all|dev|test] [--errors FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from timeline.api import extract
from timeline.eventscore import (event_scores_to_dict, format_event_errors,
                                 format_event_table, read_event_gold_dir, score_events,
                                 timeline_mentions)
from timeline.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"


def main() -> int:
    """Score the corpus (or one half of it) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all")
    parser.add_argument("--errors", metavar="FILE", help="write the error list here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    gold = read_event_gold_dir(args.corpus)
    gold = {"all": gold, "dev": gold[0::2], "test": gold[1::2]}[args.split]
    started = time.perf_counter()
    mentions = {}
    for document in gold:
        doc = Document(id=document.doc, text=document.text, published=document.dct,
                       published_from="timeml")
        mentions.update(timeline_mentions(extract(doc)))
    scores = score_events(gold, mentions)
    seconds = time.perf_counter() - started
    if args.errors:
        Path(args.errors).write_text(format_event_errors(scores), encoding="utf-8")
    if args.json:
        print(json.dumps({**event_scores_to_dict(scores), "seconds": round(seconds, 1),
                          "split": args.split, "documents": len(gold)}, indent=2))
    else:
        print(f"{args.corpus} ({args.split}, {len(gold)} documents, {seconds:.1f} s)")
        print(format_event_table(scores), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
