"""Output identity: the same commands on the same corpora give byte-identical output.

Runs the command line in process (click's CliRunner on `timeline.cli.cli`, the code path
of the `timeline` command) over every source below and writes, per run, its standard
output and standard error. `--write-baseline DIR` records them; `--check DIR` runs again
and compares, listing every document whose output line changed, with the old and new
line. The baseline holds corpus text, so it lives outside the repository (by default
`.cache/identity`, ignored by git).

    python bench/identity.py --write-baseline .cache/identity   # on the base commit
    python bench/identity.py --check .cache/identity            # after each change

Runs: `tag -f jsonl --explain` on all 256 TBAQ documents, each held-out set of
`fixtures/heldout/`, `../shared/corpora/wikiwars-dev` and `tweets-dev`; `extract -f json`
on TBAQ (events, summaries, statuses, explanations of events); `batch -f json` on TBAQ
(the batch path: one timeline per document); `extract -f json` on each sample input of
`fixtures/ingest`, `fixtures/webpages` and `seeds`, alone and with `--published` 1998 or
2018-06-14 (the publication-date paths, their notes, warnings and errors).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
HELDOUT = sorted((ROOT / "fixtures" / "heldout").glob("*.jsonl"))
MAX_SHOWN = 40
# Texts whose publication date comes from the dateline or from inference.
DATED_TEXTS = {
    "xinhua.txt": "WASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton Saturday vowed "
                  "to hunt down those who bombed two U.S. embassies on Friday.\n",
    "friday.txt": "Officials said Friday that the talks had failed.\n",
    "dateline.txt": "LONDON, Aug. 5, 1998 (AP) -- Talks ended Monday and resume next week.\n",
    "header_dateline.txt": "Published: 1998-08-30\n\nLONDON, Aug. 5, 1998 (AP) -- Talks "
                           "ended Monday.\n",
    "editorial.txt": "The Senate voted Thursday, Oct. 26, to end the debate, a year after "
                     "it began in 1999. It meets again next month, on Nov. 14.\n",
}
INPUTS = sorted([*(ROOT / "fixtures" / "ingest").iterdir(), *(ROOT / "seeds").iterdir(),
                 *(ROOT / "fixtures" / "webpages").glob("*.html")])


def _tml(folder: Path) -> list[str]:
    return [str(p) for p in sorted(folder.rglob("*.tml"))]


def runs() -> dict[str, Callable[[], tuple[str, str]]]:
    """Each run's name and a function giving its (stdout, stderr)."""
    tbaq = _tml(CORPORA / "tbaq")
    out: dict[str, Callable[[], tuple[str, str]]] = {
        "tag-tbaq": lambda: _cli(["tag", *tbaq, "-f", "jsonl", "--explain"]),
    }
    for path in HELDOUT:
        out[f"tag-heldout-{path.stem}"] = (
            lambda p=path: _cli(["tag", str(p), "-f", "jsonl", "--explain"]))
    for name in ("wikiwars-dev", "tweets-dev"):
        out[f"tag-{name}"] = (lambda n=name: _cli(["tag", *_tml(CORPORA / n), "-f", "jsonl",
                                                   "--explain"]))
    out["extract-tbaq"] = lambda: _cli(["extract", *tbaq, "-f", "json"])
    out["batch-tbaq"] = lambda: _batch(str(CORPORA / "tbaq"))
    out["extract-inputs"] = _inputs
    return out


def _inputs() -> tuple[str, str]:
    """`extract -f json` on each sample input alone, with its own date and with a year to
    complete: the ways to a publication date (header, page, TimeML, JSON, dateline,
    inference) and their notes, warnings and errors."""
    from click.testing import CliRunner

    from timeline.cli import cli

    stdout, stderr = [], []
    with tempfile.TemporaryDirectory() as scratch:
        written = []
        for name, text in DATED_TEXTS.items():
            written.append(Path(scratch) / name)
            written[-1].write_text(text, encoding="utf-8")
        for path in [*INPUTS, *written]:
            for extra in ([], ["--published", "1998"], ["--published", "2018-06-14"]):
                args = ["extract", str(path), "-f", "json", *extra]
                result = CliRunner().invoke(cli, args)
                name = f"## {path.name} {' '.join(extra)} exit {result.exit_code}"
                stdout += [name, result.stdout.replace(scratch, "TMP")]
                stderr += [name, result.stderr.replace(scratch, "TMP")]
    return "\n".join(stdout), "\n".join(stderr)


def _cli(args: list[str]) -> tuple[str, str]:
    from click.testing import CliRunner

    from timeline.cli import cli

    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"timeline {args[0]} exited {result.exit_code}:\n{result.stderr}")
    return result.stdout, result.stderr


def _batch(corpus: str) -> tuple[str, str]:
    """`timeline batch CORPUS --out TMP -f json`: every output file as one JSON line."""
    from click.testing import CliRunner

    from timeline.cli import cli

    with tempfile.TemporaryDirectory() as out:
        result = CliRunner().invoke(cli, ["batch", corpus, "--out", out, "--quiet"],
                                    catch_exceptions=False)
        if result.exit_code != 0:
            raise SystemExit(f"timeline batch exited {result.exit_code}:\n{result.stderr}")
        lines = []
        for path in sorted(Path(out).glob("*.json")):
            if path.name == "summary.json":
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            lines.append(json.dumps({"file": path.name, **data}, sort_keys=True))
        errors = (Path(out) / "errors.jsonl").read_text(encoding="utf-8")
    return "\n".join(lines) + "\n", errors + result.stderr


def write(directory: Path, selected: list[str]) -> None:
    """Run every selected run and store its output under `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, run in runs().items():
        if selected and name not in selected:
            continue
        started = time.perf_counter()
        stdout, stderr = run()
        (directory / f"{name}.out").write_text(stdout, encoding="utf-8")
        (directory / f"{name}.err").write_text(stderr, encoding="utf-8")
        print(f"{name}: {len(stdout.splitlines())} lines ({time.perf_counter() - started:.1f} s)")


def check(directory: Path, selected: list[str]) -> int:
    """Run again and compare with the stored outputs; 1 when anything differs."""
    changed = 0
    for name, run in runs().items():
        if selected and name not in selected:
            continue
        stdout, stderr = run()
        before_run = changed
        for suffix, now in ((".out", stdout), (".err", stderr)):
            stored = directory / f"{name}{suffix}"
            if not stored.exists():
                print(f"{name}{suffix}: no baseline (run --write-baseline)")
                changed += 1
                continue
            before = stored.read_text(encoding="utf-8")
            if before == now:
                continue
            changed += 1
            _show(f"{name}{suffix}", before, now)
        print(f"{name}: {'identical' if changed == before_run else 'DIFFERENT'}")
    print("IDENTICAL" if not changed else f"DIFFERENT: {changed} outputs")
    return 1 if changed else 0


def _show(name: str, before: str, now: str) -> None:
    """The changed lines, one JSON document line (or timex) at a time."""
    old, new = before.splitlines(), now.splitlines()
    print(f"--- {name}: {len(old)} -> {len(new)} lines")
    shown = 0
    for group in difflib.SequenceMatcher(None, old, new, autojunk=False).get_grouped_opcodes(0):
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                continue
            for a, b in zip(old[i1:i2] + [""] * (j2 - j1), new[j1:j2] + [""] * (i2 - i1)):
                for line in _timex_diff(a, b):
                    print("   ", line)
                    shown += 1
                    if shown >= MAX_SHOWN:
                        print("    ...")
                        return


def _timex_diff(a: str, b: str) -> list[str]:
    """For two `tag -f jsonl` lines, the timexes that differ; else the lines themselves."""
    try:
        left, right = json.loads(a), json.loads(b)
    except json.JSONDecodeError:
        return [f"- {a[:300]}", f"+ {b[:300]}"]
    if not (isinstance(left, dict) and "timexes" in left and isinstance(right, dict)
            and "timexes" in right):
        return [f"- {a[:300]}", f"+ {b[:300]}"]
    lt = [json.dumps(t, sort_keys=True) for t in left["timexes"]]
    rt = [json.dumps(t, sort_keys=True) for t in right["timexes"]]
    out = [f"doc {left.get('doc')}:"]
    for line in difflib.unified_diff(lt, rt, lineterm="", n=0):
        if not line.startswith(("---", "+++", "@@")):
            out.append(line[:400])
    return out


def main(argv: list[str] | None = None) -> int:
    """Write a baseline or check against one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write-baseline", metavar="DIR", type=Path)
    mode.add_argument("--check", metavar="DIR", type=Path)
    mode.add_argument("--list", action="store_true", help="name the runs")
    parser.add_argument("--only", action="append", default=[], metavar="RUN",
                        help="only this run (repeatable)")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(runs()))
        return 0
    if not (CORPORA / "tbaq").is_dir():
        print(f"Error: corpora not found at {CORPORA}", file=sys.stderr)
        return 2
    if args.write_baseline:
        write(args.write_baseline, args.only)
        return 0
    return check(args.check, args.only)


if __name__ == "__main__":
    sys.exit(main())
