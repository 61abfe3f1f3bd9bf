"""The headline check over a corpus: does every event's headline read as one?

Runs `timeline extract` on every TimeML file of the corpus, parses each event's headline
(its `summary`) with the same spaCy pipeline and applies the rules of
`timeline.headline.headline_problems`: a predicate, a capital first letter, no dangling
relative pronoun, conjunction, preposition or article, at most about 15 words, not only
clock words. Prints the share that passes and the failures by rule; `--sample N` prints N
events drawn at random (seed `--seed`, default 13) with their sentences, for review;
`--all` lists every event (document, date, headline, sentence, tab-separated), to count a
kind of headline over the whole corpus (`--all | cut -f3 | grep -c '^It '`).

Usage: python bench/headlines.py [CORPUS_DIR] [--sample N] [--seed S] [--failures] [--all]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from timeline.api import extract
from timeline.headcheck import headline_problems
from timeline.ingest import read_documents
from timeline.model import Event
from timeline.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"


def main() -> int:
    """Check every headline of the corpus and print the summary (and a sample)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--failures", action="store_true", help="list every failing headline")
    parser.add_argument("--all", action="store_true",
                        help="list every event: document, date, headline, sentence")
    args = parser.parse_args()
    events: list[Event] = []
    for path in sorted(Path(args.corpus).rglob("*.tml")):
        events.extend(extract(read_documents(str(path))).events)
    if not events:
        parser.error(f"no events from TimeML files under {args.corpus} (is the corpus there?)")
    nlp = load_pipeline()
    problems = Counter()
    failing = []
    for event, doc in zip(events, nlp.pipe(e.summary for e in events)):
        found = headline_problems(doc)
        problems.update(found)
        if found:
            failing.append((event, found))
    passed = len(events) - len(failing)
    print(f"{len(events)} events, {passed} headlines pass ({100 * passed / len(events):.1f}%)")
    for name, count in problems.most_common():
        print(f"  {name}: {count}")
    if args.failures:
        for event, found in failing:
            print(f"{event.doc}\t{','.join(found)}\t{event.summary}\t{event.when.text}")
    if args.all:
        for event in events:
            sentence = " ".join(event.sentence.split())
            print(f"{event.doc}\t{event.when.text}\t{event.summary}\t{sentence}")
    if args.sample:
        sample = random.Random(args.seed).sample(events, args.sample)
        for n, event in enumerate(sample, 1):
            print(f"\n{n}. {event.doc} [{event.when.text}] {event.summary}\n   > {event.sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
