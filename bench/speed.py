"""Speed of the tagger alone and of the whole pipeline, against an earlier commit.

Each measurement runs in its own process (model loaded and warmed outside the timing)
on the same TimeML documents. With --baseline REV the same measurement also runs on a
checkout of REV (a temporary git worktree), alternating baseline and current A B A B,
and the medians and their ratio are printed: the machines are shared and noisy, so
only ratios measured in one run mean anything. Each stage is timed twice: by the wall
clock and by the process's CPU time, which other processes on a shared machine disturb
far less (it still counts the work of every thread of the measured process).

    python bench/speed.py ../shared/corpora/tbaq --baseline 56cb181 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"

# Runs inside the measured checkout: only the API that every version has (tag, extract).
CHILD = r"""
import json, sys, time, re
from pathlib import Path
import timeline
from timeline.model import Document

def documents(corpus):
    out = []
    for path in sorted(Path(corpus).rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        tag = re.search(r'<TIMEX3[^>]*CREATION_TIME[^>]*>', raw).group(0)
        value = re.search(r'value="([0-9]{4}-[0-9]{2}-[0-9]{2})', tag).group(1)
        body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
        text = re.sub(r"<[^>]+>", "", body).replace("&amp;", "&").replace("&lt;", "<") \
            .replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
        out.append(Document(id=path.stem, text=text, published=value, published_from="timeml"))
    return out

docs = documents(sys.argv[1])
timeline.tag(docs[0])
timeline.extract([docs[0]])
started, cpu = time.perf_counter(), time.process_time()
for doc in docs:
    timeline.tag(doc)
tag_seconds, tag_cpu = time.perf_counter() - started, time.process_time() - cpu
started, cpu = time.perf_counter(), time.process_time()
for doc in docs:
    json.dumps(timeline.extract([doc]).to_dict())
extract_seconds, extract_cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"documents": len(docs), "words": sum(len(d.text.split()) for d in docs),
                  "tag": tag_seconds, "extract": extract_seconds,
                  "tag_cpu": tag_cpu, "extract_cpu": extract_cpu}))
"""


def measure(checkout: Path, corpus: Path) -> dict[str, Any]:
    """One timed pass over the corpus with the package of `checkout`."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    result = subprocess.run([sys.executable, "-c", CHILD, str(corpus.resolve())], env=env,
                            cwd=checkout, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"measuring {checkout} failed:\n{result.stderr[-2000:]}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def baseline_checkout(rev: str, into: Path) -> Path:
    """A detached worktree of `rev` under `into`."""
    path = into / f"baseline-{rev}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path), rev],
                   check=True)
    return path


def report(runs: dict[str, list[dict[str, Any]]]) -> str:
    """Medians per version: wall seconds, documents/s and words/s, and CPU seconds, for
    tagging and end to end; with a baseline, the speed ratios of both clocks."""
    lines = [f"{'version':<10}{'stage':<9}{'median s':>9} {'docs/s':>8} {'words/s':>9} "
             f"{'cpu s':>7}"]
    medians: dict[tuple[str, str], float] = {}
    for version, figures in runs.items():
        for stage in ("tag", "extract"):
            seconds = statistics.median(f[stage] for f in figures)
            medians[version, stage] = seconds
            # a baseline older than the CPU clock has none: "-"
            cpus = [f[f"{stage}_cpu"] for f in figures if f"{stage}_cpu" in f]
            cpu = f"{statistics.median(cpus):>7.2f}" if cpus else f"{'-':>7}"
            if cpus:
                medians[version, f"{stage}_cpu"] = statistics.median(cpus)
            docs, words = figures[0]["documents"], figures[0]["words"]
            lines.append(f"{version:<10}{stage:<9}{seconds:>9.2f} {docs / seconds:>8.1f} "
                         f"{words / seconds:>9.0f} {cpu}")
    if "baseline" in runs:
        for stage in ("tag", "extract"):
            ratio = medians["baseline", stage] / medians["current", stage]
            line = f"current/baseline speed, {stage}: {ratio:.2f}x"
            if ("baseline", f"{stage}_cpu") in medians:
                cpu_ratio = medians["baseline", f"{stage}_cpu"] / medians["current", f"{stage}_cpu"]
                line += f" (CPU time: {cpu_ratio:.2f}x)"
            lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, alternating baseline and current when a baseline is given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--baseline", metavar="REV", help="git revision to compare with")
    parser.add_argument("--rounds", type=int, default=3, help="A B rounds (default 3)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"Error: no corpus directory at {args.corpus}", file=sys.stderr)
        return 2
    runs: dict[str, list[dict[str, Any]]] = {"current": []}
    with tempfile.TemporaryDirectory() as scratch:
        checkouts = {"current": ROOT}
        if args.baseline:
            checkouts = {"baseline": baseline_checkout(args.baseline, Path(scratch)), **checkouts}
            runs = {"baseline": [], "current": []}
        try:
            for _ in range(max(1, args.rounds)):
                for version, checkout in checkouts.items():
                    runs[version].append(measure(checkout, args.corpus))
        finally:
            if args.baseline:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(checkouts["baseline"])], check=False)
    print(report(runs), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
