"""Throughput of `timeline batch` with 1 and 2 workers, and of dateparser's search_dates.

Every configuration runs in a fresh process (so peak memory is its own) over the same
documents, in alternating rounds (A B C A B C ...) so that a noisy machine slows all of
them alike; the medians are reported.

- timeline: `run_batch` end to end: reading the .tml files, tagging, normalizing,
  anchoring, writing one JSON timeline per document. Cold is a fresh process (model
  loading included); warm is a second run in the same process (one worker only: a pool's
  workers start afresh on every run). Peak memory is the largest peak resident set of
  any one worker process.
- dateparser: `dateparser.search.search_dates(text, languages=["en"],
  settings={"RELATIVE_BASE": dct})` on the same texts, already read; cold then warm.
- ceiling: a pure-Python loop run in 1 process, then split over 2, in the same rounds: how
  much faster 2 processes can be on this machine at this moment (other jobs share it).

Both start timing with their modules imported and nothing loaded: timeline's time includes
loading the spaCy model (and dateparser's data, which normalization uses), dateparser's
includes loading its language data on the first call. Wall-clock and CPU time are both
reported: on a shared machine, CPU time is the steadier measure of one worker's speed.

Usage: python bench/throughput.py [CORPUS_DIR] [--rounds N] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"
CONFIGS = ("timeline-1", "timeline-2", "dateparser", "ceiling")
# Work units of the pure-Python control that shows how much parallelism the machine gives.
BURN_LOOPS = 4_000_000


def measure_timeline(corpus: Path, workers: int) -> dict[str, Any]:
    """An end-to-end batch over the corpus into a fresh directory, cold then (1 worker) warm."""
    from timeline.batch import BatchOptions, run_batch

    result: dict[str, Any] = {}
    for phase in ("cold", "warm") if workers == 1 else ("cold",):
        cpu = _cpu_seconds()
        with tempfile.TemporaryDirectory() as out:
            summary = run_batch([str(corpus)], BatchOptions(out=out, workers=workers))
        if summary.failed or not summary.written:
            raise SystemExit(f"timeline failed on {summary.failed} documents")
        result[phase] = {"seconds": summary.seconds, "cpu_seconds": _cpu_seconds() - cpu}
        result.update(documents=summary.written, words=summary.words,
                      peak_mb=max(summary.workers.values()))
    return result


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_dateparser(corpus: Path) -> dict[str, Any]:
    """search_dates over every document's text, with RELATIVE_BASE set to its DCT."""
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    from timeline.runners import peak_memory_mb
    from timeline.ingest import read_documents

    docs = [doc for path in sorted(corpus.rglob("*.tml")) for doc in read_documents(str(path))]
    result: dict[str, Any] = {"documents": len(docs),
                              "words": sum(len(d.text.split()) for d in docs)}
    for phase in ("cold", "warm"):
        cpu, started = _cpu_seconds(), time.perf_counter()
        for doc in docs:
            base = datetime.fromisoformat((doc.published or "")[:10])
            search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base})
        result[phase] = {"seconds": time.perf_counter() - started,
                         "cpu_seconds": _cpu_seconds() - cpu}
    result["peak_mb"] = peak_memory_mb()
    return result


def _burn(loops: int) -> int:
    total = 0
    for i in range(loops):
        total += i * i
    return total


def measure_ceiling() -> dict[str, Any]:
    """The same CPU-bound work (4 units) in 1 process, then split over 2: the machine's own
    2-versus-1 speedup at this moment, the ceiling for timeline's."""
    import multiprocessing

    started = time.perf_counter()
    for _ in range(4):
        _burn(BURN_LOOPS)
    serial = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [1000, 1000])
        started = time.perf_counter()
        pool.map(_burn, [BURN_LOOPS] * 4, chunksize=1)
        parallel = time.perf_counter() - started
    return {"serial": serial, "parallel": parallel}


def run_one(config: str, corpus: Path) -> dict[str, Any]:
    """One measurement of `config` in a fresh Python process."""
    command = [sys.executable, __file__, str(corpus), "--only", config]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{config} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def summarize(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Medians per configuration and phase, and the ratios the issue asks about."""
    out: dict[str, Any] = {}
    for config, measured in runs.items():
        if config == "ceiling":
            continue
        first = measured[0]
        for phase in ("cold", "warm"):
            if phase not in first:
                continue
            seconds = statistics.median(r[phase]["seconds"] for r in measured)
            cpu = statistics.median(r[phase]["cpu_seconds"] for r in measured)
            out[f"{config} {phase}"] = {
                "documents": first["documents"], "words": first["words"],
                "seconds_median": round(seconds, 3),
                "seconds_best": round(min(r[phase]["seconds"] for r in measured), 3),
                "seconds_runs": [round(r[phase]["seconds"], 3) for r in measured],
                "documents_per_second": round(first["documents"] / seconds, 1),
                "words_per_second": round(first["words"] / seconds),
                "cpu_seconds_median": round(cpu, 3),
                "words_per_cpu_second": round(first["words"] / cpu),
                "peak_mb_per_worker": round(max(r["peak_mb"] for r in measured), 1),
            }
    out["ratios"] = _ratios(out)
    if runs.get("ceiling"):
        out["ratios"]["machine ceiling, 2 processes vs 1, wall-clock"] = round(statistics.median(
            r["serial"] / r["parallel"] for r in runs["ceiling"]), 2)
        out["rounds"] = [
            {"2 workers vs 1": round(one["cold"]["seconds"] / two["cold"]["seconds"], 2),
             "machine ceiling": round(burn["serial"] / burn["parallel"], 2)}
            for one, two, burn in zip(runs["timeline-1"], runs["timeline-2"], runs["ceiling"])]
    return out


def _ratios(out: dict[str, Any]) -> dict[str, float]:
    def ratio(a: str, b: str, key: str) -> float:
        return round(float(out[a][key]) / float(out[b][key]), 2)

    return {
        "2 workers vs 1, cold, wall-clock": ratio("timeline-1 cold", "timeline-2 cold",
                                                  "seconds_median"),
        "2 workers vs 1, cold, wall-clock, best run of each": ratio(
            "timeline-1 cold", "timeline-2 cold", "seconds_best"),
        "timeline-1 vs dateparser words/s, cold, wall-clock": ratio(
            "timeline-1 cold", "dateparser cold", "words_per_second"),
        "timeline-1 vs dateparser words/s, cold, CPU": ratio(
            "timeline-1 cold", "dateparser cold", "words_per_cpu_second"),
        "timeline-1 vs dateparser words/s, warm, wall-clock": ratio(
            "timeline-1 warm", "dateparser warm", "words_per_second"),
        "timeline-1 vs dateparser words/s, warm, CPU": ratio(
            "timeline-1 warm", "dateparser warm", "words_per_cpu_second"),
    }


def format_table(result: dict[str, Any], rounds: int) -> str:
    """The medians as a table, then the ratios."""
    lines = [f"median of {rounds} alternating rounds, each run in a fresh process",
             "", f"{'runner':<17} {'docs/s':>7} {'words/s':>8} {'seconds':>8} {'CPU s':>6} "
             f"{'words/CPU s':>11} {'peak MB':>8}  wall-clock runs"]
    for name, r in result.items():
        if name in ("ratios", "rounds"):
            continue
        runs = " ".join(f"{s:.2f}" for s in r["seconds_runs"])
        lines.append(f"{name:<17} {r['documents_per_second']:>7} {r['words_per_second']:>8} "
                     f"{r['seconds_median']:>8.2f} {r['cpu_seconds_median']:>6.2f} "
                     f"{r['words_per_cpu_second']:>11} {r['peak_mb_per_worker']:>8}  {runs}")
    lines.append("")
    lines.extend(f"{name}: {value}x" for name, value in result["ratios"].items())
    if result.get("rounds"):
        lines += ["", "per round, 2 workers vs 1 (cold, wall-clock) | machine ceiling:"]
        lines += [f"  round {n}: {r['2 workers vs 1']}x | {r['machine ceiling']}x"
                  for n, r in enumerate(result["rounds"], 1)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"Error: corpus not found at {corpus}", file=sys.stderr)
        return 2
    if args.only:
        result = (measure_dateparser(corpus) if args.only == "dateparser"
                  else measure_ceiling() if args.only == "ceiling"
                  else measure_timeline(corpus, int(args.only[-1])))
        print(json.dumps(result))
        return 0
    runs: dict[str, list[dict[str, Any]]] = {config: [] for config in CONFIGS}
    for _ in range(args.rounds):
        for config in CONFIGS:
            runs[config].append(run_one(config, corpus))
    result = summarize(runs)
    print(json.dumps(result, indent=2, sort_keys=True) if args.json
          else format_table(result, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
