"""TempEval-3 Task A scores and speed of `timeline` and of a `dateparser` baseline.

Both systems tag the same TimeML gold documents (text of `<TEXT>`, DCT as the
publication date) and are scored by `timeline.evaluate`, micro-averaged.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateparser.date import DateDataParser  # type: ignore[import-untyped]
from dateparser.search import search_dates  # type: ignore[import-untyped]

import timeline
from timeline.errors import InputError
from timeline.evaluate import METRICS, GoldDocument, Scores, evaluate_documents, read_gold_dir
from timeline.model import Document, Timex

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"
# TIMEX3 part-of-day codes for dateparser's PartOfDay values ("tonight" -> TNI).
PART_OF_DAY = {"early_morning": "MO", "morning": "MO", "afternoon": "AF",
               "evening": "EV", "night": "NI"}

# (text, dct) -> the timexes found, and how many found strings could not be located
TagFunction = Callable[[str, str], tuple[list[Timex], int]]


@dataclass(frozen=True, slots=True)
class Run:
    """One system's output on the corpus: its scores, tagging time and failures.

    failed: ids of the documents where tagging raised (scored as no output)
    unlocated: dateparser strings not found in the text, hence dropped
    """

    name: str
    scores: Scores
    seconds: float
    failed: tuple[str, ...] = ()
    unlocated: int = 0
    system: dict[str, list[Timex]] | None = None


def tag_with_timeline(text: str, dct: str) -> tuple[list[Timex], int]:
    """The timexes `timeline.tag` finds in `text`, published at `dct` (all located)."""
    document = Document(id="gold", text=text, published=dct, published_from="timeml")
    return list(timeline.tag(document)), 0


def _settings(dct: str) -> dict[str, Any]:
    """dateparser settings with every relevant option pinned to the document's DCT."""
    return {"RELATIVE_BASE": datetime.fromisoformat(dct), "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DATES_FROM": "current_period", "TIMEZONE": "UTC"}


@lru_cache(maxsize=8)
def _period_parser(dct: str) -> DateDataParser:
    """One parser per DCT to read the granularity of a found string.

    RETURN_TIME_AS_PERIOD is on here only: without it dateparser never reports "time".
    """
    settings = {**_settings(dct), "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


def to_timex3(found: datetime, period: str | None, part_of_day: str | None) -> tuple[str, str]:
    """The TIMEX3 (type, value) of a dateparser result at the granularity `period` gives."""
    if period == "time":
        return "TIME", found.strftime("%Y-%m-%dT%H:%M")
    if period == "part_of_day" and part_of_day in PART_OF_DAY:
        return "TIME", f"{found:%Y-%m-%d}T{PART_OF_DAY[part_of_day]}"
    if period == "week":
        year, week, _ = found.isocalendar()
        return "DATE", f"{year}-W{week:02d}"
    if period == "quarter":
        return "DATE", f"{found.year}-Q{(found.month - 1) // 3 + 1}"
    formats = {"year": "%Y", "month": "%Y-%m"}
    return "DATE", found.strftime(formats.get(period or "day", "%Y-%m-%d"))


def tag_with_dateparser(text: str, dct: str) -> tuple[list[Timex], int]:
    """dateparser's `search_dates` results as timexes, and how many could not be located.

    search_dates gives no offsets: each string is looked up in the text from the end
    of the previous one.
    """
    results = search_dates(text, languages=["en"], settings=_settings(dct)) or []
    timexes: list[Timex] = []
    position, unlocated = 0, 0
    for substring, found in results:
        start = text.find(substring, position)
        if start < 0:
            unlocated += 1
            continue
        position = start + len(substring)
        data = _period_parser(dct).get_date_data(substring)
        part = data.part_of_day.value if getattr(data, "part_of_day", None) else None
        kind, value = to_timex3(found, data.period if data.date_obj else None, part)
        timexes.append(Timex(start, position, substring, kind, value))
    return timexes, unlocated


SYSTEMS: dict[str, TagFunction] = {"timeline": tag_with_timeline,
                                   "dateparser": tag_with_dateparser}


def run_system(name: str, gold: Sequence[GoldDocument]) -> Run:
    """Tag and score every gold document with system `name`, timing the tagging only."""
    tag_fn = SYSTEMS[name]
    system: dict[str, list[Timex]] = {}
    failed: list[str] = []
    unlocated = 0
    with contextlib.suppress(Exception):  # warm-up: models load outside the timing
        tag_fn(gold[0].text, gold[0].dct)
    started = time.perf_counter()
    for document in gold:
        try:
            system[document.doc], missing = tag_fn(document.text, document.dct)
            unlocated += missing
        except Exception:  # one document crashing is scored as no output, not fatal
            failed.append(document.doc)
    seconds = time.perf_counter() - started
    return Run(name, evaluate_documents(gold, system), seconds, tuple(failed), unlocated,
               system)


# Other annotators' ways of writing a value that TIMEX3 writes another way, for the same
# time: a year as 2014-XX-XX, a weekday's date with its weekday (2014-12-12-WXX-5), a week
# with its month (2015-01-W02), hours without the T (P12H). The tagger writes TIMEX3's form
# (docs/accuracy.md, "Convention differences we decline to follow"); --either-notation
# scores values equal when only the notation differs, to show what the rest costs.
_NOTATIONS = [(re.compile(r"^(\d{4})(?:-XX){1,2}$"), r"\1"),
              (re.compile(r"^(\d{4}-\d{2}-\d{2})-WXX-\d(T.*)?$"), r"\1\2"),
              (re.compile(r"^(\d{4})-\d{2}-(W\d{2}.*)$"), r"\1-\2"),
              (re.compile(r"^P(\d+(?:\.\d+)?)H$"), r"PT\1H")]


def one_notation(value: str) -> str:
    """`value` in TIMEX3's notation where another annotator's names the same time."""
    for pattern, form in _NOTATIONS:
        value = pattern.sub(form, value)
    return value


def either_notation_scores(run: Run, gold: Sequence[GoldDocument]) -> Scores:
    """The run's scores with values compared after `one_notation` on both sides."""
    def canonical(timexes: Sequence[Timex]) -> list[Timex]:
        return [replace(t, value=one_notation(t.value)) for t in timexes]
    system = {doc: canonical(timexes) for doc, timexes in (run.system or {}).items()}
    return evaluate_documents([replace(g, timexes=tuple(canonical(g.timexes))) for g in gold],
                              system)


def count_genres(gold: Sequence[GoldDocument]) -> dict[str, int]:
    """How many documents `--genre auto` reads as news, narrative or colloquial."""
    from collections import Counter

    from timeline.extraction import parse_documents
    from timeline.genre import choose_genre
    from timeline.pipeline import load_pipeline

    documents = [Document(id=g.doc, text=g.text) for g in gold]
    mentions = parse_documents(documents, load_pipeline())
    chosen = Counter(choose_genre(g.text, found, date.fromisoformat(g.dct[:10]) if g.dct
                                  else None).name for g, found in zip(gold, mentions))
    return dict(sorted(chosen.items()))


def count_words(gold: Sequence[GoldDocument]) -> int:
    """The number of words (whitespace-separated tokens) in the documents."""
    return sum(len(document.text.split()) for document in gold)


def speed(run: Run, gold: Sequence[GoldDocument]) -> dict[str, float]:
    """Tagging seconds, documents per second and words per second."""
    words = count_words(gold)
    seconds = max(run.seconds, 1e-9)
    return {"seconds": round(run.seconds, 2), "words_per_second": round(words / seconds, 1),
            "documents_per_second": round(len(gold) / seconds, 2)}


def run_to_dict(run: Run, gold: Sequence[GoldDocument]) -> dict[str, Any]:
    """One system's counts, P/R/F1 of every metric, speed and failures, JSON-ready."""
    scores = run.scores
    data: dict[str, Any] = {"gold": scores.gold, "system": scores.system}
    for name in METRICS:
        metric = scores.metric(name)
        data[name] = {"precision": round(metric.precision, 4), "recall": round(metric.recall, 4),
                      "f1": round(metric.f1, 4)}
    failures = {"failed_documents": list(run.failed), "unlocated_strings": run.unlocated}
    return {**data, **speed(run, gold), **failures}


def format_report(runs: Sequence[Run], gold: Sequence[GoldDocument], corpus: Path) -> str:
    """The side-by-side score table and the speed table, as text."""
    lines = [f"corpus {corpus}: {len(gold)} documents, {count_words(gold)} words, "
             f"{runs[0].scores.gold} gold timexes", "",
             f"{'system':<11}{'found':>6} {'strict P':>8} {'R':>6} {'F1':>6}"
             f" {'relax P':>8} {'R':>6} {'F1':>6} {'value F1':>9} {'type F1':>8}"]
    for run in runs:
        s = run.scores
        cells = [f"{m.precision:8.3f} {m.recall:6.3f} {m.f1:6.3f}" for m in (s.strict, s.relaxed)]
        lines.append(f"{run.name:<11}{s.system:>6} {cells[0]} {cells[1]}"
                     f" {s.value.f1:9.3f} {s.type.f1:8.3f}")
    lines += ["", f"{'system':<11}{'seconds':>9} {'docs/s':>8} {'words/s':>9} {'failed':>7}"]
    for run in runs:
        figures = speed(run, gold)
        lines.append(f"{run.name:<11}{figures['seconds']:>9.2f} "
                     f"{figures['documents_per_second']:>8.2f} "
                     f"{figures['words_per_second']:>9.1f} {len(run.failed):>7}")
    unlocated = sum(run.unlocated for run in runs)
    if unlocated:
        lines.append(f"({unlocated} dateparser strings not found in the text were dropped)")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run both systems on the corpus and print their scores and speed; the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help=f"directory of TimeML gold files, or a .jsonl file of gold "
                             f"passages (default {DEFAULT_CORPUS})")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all",
                        help="dev: the 1st, 3rd, 5th... document; test: the 2nd, 4th...; "
                             "keep the test half for measuring, not for reading errors")
    parser.add_argument("--genres", action="store_true",
                        help="also print the genre --genre auto chooses, counted over the "
                             "documents (TBAQ and the held-out sets are news)")
    parser.add_argument("--either-notation", action="store_true",
                        help="also print value F1 counting a value right when only its "
                             "notation differs from the gold's (2014-XX-XX for 2014, "
                             "2014-12-12-WXX-5 for 2014-12-12, 2015-01-W02, P12H)")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated systems to run (default: all; the dateparser "
                             "baseline is slow on long history pages)")
    args = parser.parse_args(argv)
    names = [name for name in args.systems.split(",") if name]
    if not names or any(name not in SYSTEMS for name in names):
        parser.error(f"--systems takes some of {', '.join(SYSTEMS)}, got {args.systems!r}")
    if args.limit is not None and args.limit < 1:
        parser.error(f"--limit must be a positive integer, got {args.limit}")
    if not (args.corpus.is_dir() or args.corpus.suffix == ".jsonl" and args.corpus.is_file()):
        print(f"Error: no corpus directory or .jsonl file at {args.corpus}; pass CORPUS",
              file=sys.stderr)
        return 2
    try:
        gold = read_gold_dir(args.corpus)
        gold = {"all": gold, "dev": gold[0::2], "test": gold[1::2]}[args.split][: args.limit]
        if not gold:
            raise InputError("no .tml files in the corpus directory", source=str(args.corpus))
    except InputError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    runs = [run_system(name, gold) for name in names]
    if args.json:
        report = {"corpus": str(args.corpus), "documents": len(gold), "words": count_words(gold),
                  "gold": runs[0].scores.gold,
                  "systems": {run.name: run_to_dict(run, gold) for run in runs}}
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        print(format_report(runs, gold, args.corpus), end="")
    if args.either_notation:
        for run in runs:
            print(f"{run.name}: value F1 {either_notation_scores(run, gold).value.f1:.3f} "
                  "when only the notation differs")
    if args.genres:
        chosen = count_genres(gold)
        print("genre (auto): " + ", ".join(f"{name} {count}" for name, count in chosen.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
