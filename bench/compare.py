"""Cost of `timeline compare`: wall time over corpus documents, and how alignment scales.

Extracts every TimeML document of the corpus once, then aligns growing prefixes of
the list (and, to reach 1,000 documents, copies of the corpus moved 30 years apart
each, as a longer archive would be). For each size it prints the events, the
candidate pairs the time index lets through, the pairs whose text was compared,
the all-pairs count a naive alignment would score, and the alignment time.

    .venv/bin/python bench/compare.py [CORPUS]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from timeline.api import extract
from timeline.compare import align_timelines, count_evidence, find_story_words
from timeline.ingest import read_documents
from timeline.model import Interval, Timeline
from timeline.pairing import AlignOptions, candidate_pairs, prepare_events

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"
YEARS_APART = 30


def read_timelines(corpus: Path) -> list[Timeline]:
    """One timeline per .tml file of the corpus, in file-name order."""
    paths = sorted(corpus.glob("*/*.tml"))
    return [extract(read_documents(str(p))) for p in paths]


def shifted(timeline: Timeline, copy: int) -> Timeline:
    """The timeline as if it were `copy` * 30 years later, its document renamed."""
    if copy == 0:
        return timeline
    def move(iso: str) -> str:
        return str(int(iso[:4]) + YEARS_APART * copy) + iso[4:] if iso[:4].isdigit() else iso
    doc_id = f"{timeline.documents[0].id}+{copy}"
    events = tuple(replace(e, doc=doc_id, when=replace(e.when, interval=Interval(
        move(e.when.interval.start), move(e.when.interval.end), e.when.interval.granularity)))
        for e in timeline.events)
    return Timeline((replace(timeline.documents[0], id=doc_id),), events)


def measure(timelines: list[Timeline]) -> tuple[int, int, int, float]:
    """Events, candidate pairs, text comparisons and the alignment time of `timelines`."""
    options = AlignOptions()
    ranks = {t.documents[0].id: i for i, t in enumerate(timelines)}
    items = prepare_events([e for t in timelines for e in t.events], ranks)
    pairs = candidate_pairs(items, options)
    story = find_story_words(items)
    compared = sum(1 for i, j in pairs
                   if count_evidence(items[i], items[j], story) >= options.shared_words)
    started = time.perf_counter()
    align_timelines(timelines, options)
    return len(items), len(pairs), compared, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print the scaling table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    corpus = read_timelines(args.corpus)
    print(f"extracted {len(corpus)} documents in {time.perf_counter() - started:.1f} s")
    archive = [shifted(t, copy) for copy in range(4) for t in corpus]
    print(f"{'docs':>5} {'events':>7} {'candidates':>10} {'compared':>9} "
          f"{'all pairs':>11} {'align s':>8}")
    for size in (50, 100, 250, 500, 1000):
        timelines = archive[:size]
        runs = [measure(timelines) for _ in range(3)]
        events, pairs, compared, _ = runs[0]
        seconds = statistics.median(r[3] for r in runs)
        print(f"{size:>5} {events:>7} {pairs:>10} {compared:>9} "
              f"{events * (events - 1) // 2:>11} {seconds:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
