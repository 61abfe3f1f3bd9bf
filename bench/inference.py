"""Publication-date inference over a TimeML corpus with the DCT hidden.

For every .tml file, the text of <TEXT> alone is given to the inference, (a) with nothing
else and (b) with only the DCT's year, and the answer is compared with the DCT: exact,
within one day, refused, or wrong (more than a day off). Prints a Markdown table for the
even-numbered files (in sorted order: the half the threshold was set on), the odd-numbered
ones (held out) and all, then the outcomes of setting (b) at other thresholds per half.

It also prints the evidence ceiling: how many documents name their own publication day,
or a day near it, at all (as a month-day date or in the dateline). Without a day named
within a few days of publication, no evidence in the text singles out one day.

Usage: python bench/inference.py ../shared/corpora/tbaq [--details]
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.dateline import find_dateline
from timeline.extraction import infer_document
from timeline.infer import THRESHOLD
from timeline.ingest import read_documents
from timeline.lexicon import MONTHS
from timeline.pipeline import load_pipeline
from timeline.rules import match_rule
from timeline.tagger import find_candidates

OUTCOMES = ("exact", "within 1 day", "refused", "wrong")
SETTINGS = ("(a) nothing given", "(b) only the year given")
HALVES = ("even", "odd", "all")
SWEEP = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def outcome(inferred: str | None, dct: str) -> str:
    """exact, within 1 day, refused or wrong for one inferred value against the DCT."""
    if inferred is None:
        return "refused"
    gap = abs((date.fromisoformat(inferred[:10]) - date.fromisoformat(dct[:10])).days)
    return "exact" if gap == 0 else "within 1 day" if gap == 1 else "wrong"


@dataclass(frozen=True, slots=True)
class Answer:
    """One document in one setting: its half, the DCT, the best day and its confidence."""

    setting: str
    half: str
    dct: str
    value: str | None
    confidence: float


def run(corpus: Path, details: bool) -> list[Answer]:
    """The best day and confidence for every .tml file under `corpus`, in both settings."""
    answers = []
    nlp = load_pipeline()
    for index, path in enumerate(sorted(corpus.rglob("*.tml"))):
        doc = read_documents(str(path))[0]
        dct = doc.published or ""
        for setting, partial in zip(SETTINGS, (None, dct[:4])):
            result = infer_document(doc, partial, nlp, threshold=0.0)
            answers.append(Answer(setting, HALVES[index % 2], dct, result.value,
                                  result.confidence))
            kind = outcome(result.value if result.confidence >= THRESHOLD else None, dct)
            if details and kind != "refused":
                print(f"{path.name} {setting[:3]} dct={dct[:10]} got={result.value} "
                      f"{kind} conf={result.confidence} {'; '.join(result.evidence)}",
                      file=sys.stderr)
    return answers


def counts(answers: list[Answer], setting: str, half: str,
           threshold: float = THRESHOLD) -> Counter[str]:
    """The outcomes of `setting` in `half` ("even", "odd", "all") at `threshold`."""
    return Counter(outcome(a.value if a.confidence >= threshold else None, a.dct)
                   for a in answers if a.setting == setting and half in (a.half, "all"))


def table(answers: list[Answer]) -> str:
    """The outcomes per setting and half as a Markdown table with percentages."""
    rows = ["| setting | half | documents | " + " | ".join(OUTCOMES) + " |",
            "| --- | --- | ---: | " + " | ".join("---:" for _ in OUTCOMES) + " |"]
    for setting in SETTINGS:
        for half in HALVES:
            count = counts(answers, setting, half)
            total = sum(count.values())
            cells = [f"{count[o]} ({100 * count[o] / total:.1f}%)" for o in OUTCOMES]
            rows.append(f"| {setting} | {half} | {total} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def sweep(answers: list[Answer]) -> str:
    """Setting (b) at other thresholds: exact / within 1 day / wrong per half."""
    rows = ["| threshold | even: exact / within 1 / wrong | odd: exact / within 1 / wrong |",
            "| ---: | ---: | ---: |"]
    for threshold in SWEEP:
        cells = []
        for half in HALVES[:2]:
            count = counts(answers, SETTINGS[1], half, threshold)
            cells.append(f"{count['exact']} / {count['within 1 day']} / {count['wrong']}")
        mark = " (used)" if threshold == THRESHOLD else ""
        rows.append(f"| {threshold}{mark} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def named_days(text: str, year: int) -> set[date]:
    """Every day the text names as month and day (in `year` unless it says), and its dateline's."""
    days = set()
    for cand in find_candidates(text):
        match = match_rule(cand.rule, text[cand.start:cand.end])
        groups = match.groupdict() if match else {}
        if not groups.get("month") or not groups.get("day"):
            continue
        month = MONTHS.get(str(groups["month"]).lower().rstrip("."))
        with_year = int(groups["year"]) if (groups.get("year") or "").isdigit() else year
        try:
            days.add(date(with_year, month or 0, int("".join(c for c in groups["day"] if c.isdigit()))))
        except ValueError:
            continue
    line = find_dateline(text)
    line_day = line.day_in(year) if line else None
    return days | ({line_day} if line_day else set())


def ceiling(corpus: Path) -> tuple[int, Counter[str]]:
    """Documents, and how far from its DCT the nearest day each one names lies."""
    total = 0
    near: Counter[str] = Counter()
    for path in sorted(corpus.rglob("*.tml")):
        doc = read_documents(str(path))[0]
        dct = date.fromisoformat((doc.published or "")[:10])
        gaps = [abs((d - dct).days) for d in named_days(doc.text, dct.year)]
        total += 1
        gap = min(gaps, default=None)
        near["0"] += gap == 0
        near["1"] += gap == 1
        near["2-3"] += gap is not None and 2 <= gap <= 3
        near["4-7"] += gap is not None and 4 <= gap <= 7
    return total, near


def main(argv: list[str]) -> int:
    """Run the benchmark on the corpus named in `argv` and print the table."""
    if not argv or not Path(argv[0]).is_dir():
        print("usage: python bench/inference.py CORPUS_DIR [--details]", file=sys.stderr)
        return 2
    corpus = Path(argv[0])
    answers = run(corpus, "--details" in argv)
    sys.stdout.write(table(answers))
    print(f"\nsetting (b) at other thresholds (used: {THRESHOLD}):\n")
    sys.stdout.write(sweep(answers))
    total, near = ceiling(corpus)
    print(f"\nevidence ceiling: {near['0']} of {total} documents ({100 * near['0'] / total:.1f}%)"
          f" name their publication day; the nearest day named is 1 day off in {near['1']}, "
          f"2-3 days in {near['2-3']}, 4-7 days in {near['4-7']}; the other "
          f"{total - sum(near.values())} name no day within a week of it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
