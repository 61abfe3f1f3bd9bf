"""Cost on pathological input: seconds per MB and peak memory, next to ordinary news.

Each case is a text of the chosen size built from one pattern (below), written to a
temporary `.txt` file with a `Published:` header and run through the library path of
`timeline extract FILE -f json` (`read_documents`, `extract`, `render_timeline`) in a fresh
subprocess. The spaCy model is loaded before the clock starts, so seconds per MB is the
cost of the text alone; peak memory is the child's peak resident set
(`timeline.runners.peak_memory_mb`, its own `ru_maxrss`), model included. The ratio column divides each
case's seconds per MB by ordinary news's.

Cases: news (the TBAQ articles' text concatenated), mondays ("Monday, " repeated),
from-to ("from 1990 to 1991 " repeated), year-chain ("1900-1901-1902-..."), dated-list
("June 1, June 2, ..."), giant-sentence (news with every stop, comma and line break
removed), digits (one line of digits), short-paragraphs ("It ended Monday.\\n\\n" and
similar, many times) and ago ("3000 years ago, 10,000 years " repeated).

    python bench/adversarial.py                    # every case at 1 MB
    python bench/adversarial.py --size-mb 0.2 --cases mondays,news
    python bench/adversarial.py --big              # also 20 MB of news (minutes)

Exit status 1 when a case is more than `--max-ratio` (5) times news per MB, or above
`--max-rss-mb` (600) of peak memory.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"
PUBLISHED = "2018-05-23"
MAX_RATIO = 5.0
MAX_RSS_MB = 600.0
MB = 1_000_000


def _news_texts() -> Iterator[str]:
    """The text of every TBAQ article (the content of <TEXT>, tags removed), in a loop."""
    paths = sorted(CORPUS.rglob("*.tml"))
    if not paths:
        raise SystemExit(f"corpus not found at {CORPUS}")
    texts = []
    for path in paths:
        node = ET.parse(path).getroot().find(".//TEXT")
        texts.append("".join(node.itertext()).strip() if node is not None else "")
    return itertools.cycle([t for t in texts if t])


def _repeat(parts: Iterator[str], size: int, sep: str = "") -> str:
    """Parts joined by `sep` until the text holds `size` characters."""
    out, total = [], 0
    for part in parts:
        out.append(part)
        total += len(part) + len(sep)
        if total >= size:
            break
    return sep.join(out)[:size]


def news(size: int) -> str:
    """Ordinary news: the TBAQ articles, one after another, blank lines between them."""
    return _repeat(_news_texts(), size, "\n\n")


def giant_sentence(size: int) -> str:
    """News without a stop, comma or line break: one sentence as long as the text."""
    table = str.maketrans({".": " ", ",": " ", "\n": " ", "!": " ", "?": " ", ";": " "})
    return _repeat((t.translate(table) for t in _news_texts()), size, " ")


PATTERNS: dict[str, Callable[[int], str]] = {
    "news": news,
    "mondays": lambda size: _repeat(itertools.repeat("Monday, "), size),
    "from-to": lambda size: _repeat(itertools.repeat("from 1990 to 1991 "), size),
    "year-chain": lambda size: _repeat(
        (str(1900 + i % 200) for i in itertools.count()), size, "-"),
    "dated-list": lambda size: _repeat(
        (f"{m} {d}" for m, d in itertools.cycle(
            [(m, d) for m in ("January", "June", "Sept.") for d in range(1, 29)])), size, ", "),
    "giant-sentence": giant_sentence,
    "digits": lambda size: _repeat(itertools.cycle("0123456789"), size),
    "short-paragraphs": lambda size: _repeat(itertools.cycle(
        ["It ended Monday.", "Talks resume on June 3.", "He left in 1998.", "Rain."]),
        size, "\n\n"),
    "ago": lambda size: _repeat(itertools.repeat("3000 years ago, 10,000 years "), size),
    # Dash ranges read as two expressions each (issue 12), and digits joined by dashes.
    "dash-ranges": lambda size: _repeat(itertools.repeat(
        "6-7 January 1916, 12–14 July, 1915-17, 499-493 BC, "), size),
    "dash-chain": lambda size: _repeat(
        (str(1 + i % 31) for i in itertools.count()), size, "-"),
    # A post's words in a long text: bare parts of the day, glued units, clock words.
    "post-words": lambda size: _repeat(itertools.cycle(
        ["lol at night!! ", "6 am tmrw ", "16days ", "Great weekend :) ", "since morning "]),
        size),
}


def run_child(case: str, size: int) -> dict[str, float]:
    """In this process: build the text, load the model, time extract -f json on the file."""
    from timeline.api import extract
    from timeline.ingest import read_documents
    from timeline.pipeline import load_pipeline
    from timeline.render import RenderOptions, render_timeline

    text = PATTERNS[case](size)
    load_pipeline()
    extract("Talks ended Monday.", PUBLISHED)  # every lazy import and cache warmed
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{case}.txt"
        path.write_text(f"Published: {PUBLISHED}\n\n{text}", encoding="utf-8")
        started, cpu = time.perf_counter(), time.process_time()
        timeline = extract(read_documents(str(path)))
        output = render_timeline(timeline, "json", RenderOptions())
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "timexes": len(timeline.timexes),
            "events": len(timeline.events), "output_bytes": len(output)}


def measure(case: str, size: int) -> dict[str, float]:
    """One case in a fresh subprocess: its timings and peak resident set in MB (the child's
    own, measured by the child)."""
    done = subprocess.run([sys.executable, __file__, "--child", case, "--bytes", str(size)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{case} failed:\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["mb"] = size / MB
    return result


def table(results: dict[str, dict[str, float]]) -> list[str]:
    """A Markdown table: case, size, seconds, seconds per MB, ratio to news, peak memory."""
    base = results["news"]["cpu_seconds"] / results["news"]["mb"] if "news" in results else 0
    rows = ["| case | MB | seconds | CPU s/MB | × news | peak RSS MB | timexes |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for case, r in results.items():
        per_mb = r["cpu_seconds"] / r["mb"]
        ratio = f"{per_mb / base:.2f}" if base else "-"
        rows.append(f"| {case} | {r['mb']:g} | {r['seconds']:.1f} | {per_mb:.1f} | {ratio} "
                    f"| {r['peak_mb']:.0f} | {int(r['timexes'])} |")
    return rows


def _failures(results: dict[str, dict[str, float]], max_ratio: float,
              max_rss: float) -> list[str]:
    base = results["news"]["cpu_seconds"] / results["news"]["mb"] if "news" in results else 0
    out = []
    for case, r in results.items():
        if base and r["cpu_seconds"] / r["mb"] > max_ratio * base:
            out.append(f"{case}: more than {max_ratio:g}x news per MB")
        if r["peak_mb"] > max_rss:
            out.append(f"{case}: peak memory {r['peak_mb']:.0f} MB over {max_rss:g} MB")
    return out


def main() -> int:
    """Parse the options, run each case in its own process, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="size of each case (MB)")
    parser.add_argument("--cases", default=",".join(PATTERNS),
                        help="comma-separated cases (default: all)")
    parser.add_argument("--big", action="store_true", help="also 20 MB of news")
    parser.add_argument("--big-mb", type=float, default=20.0, help="size of the --big case")
    parser.add_argument("--max-ratio", type=float, default=MAX_RATIO)
    parser.add_argument("--max-rss-mb", type=float, default=MAX_RSS_MB)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--bytes", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = run_child(args.child, args.bytes)
        from timeline.runners import peak_memory_mb
        result["peak_mb"] = peak_memory_mb()
        print(json.dumps(result))
        return 0
    cases = [c for c in args.cases.split(",") if c]
    unknown = [c for c in cases if c not in PATTERNS]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; choose from {', '.join(PATTERNS)}")
    results: dict[str, dict[str, float]] = {}
    for case in cases:
        results[case] = measure(case, int(args.size_mb * MB))
        print(f"{case}: {results[case]['cpu_seconds']:.1f} CPU s, "
              f"{results[case]['peak_mb']:.0f} MB", file=sys.stderr, flush=True)
    if args.big:
        results[f"news {args.big_mb:g} MB"] = measure("news", int(args.big_mb * MB))
    print(json.dumps(results, indent=2) if args.json else "\n".join(table(results)))
    failures = _failures(results, args.max_ratio, args.max_rss_mb)
    for line in failures:
        print(f"FAIL {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
