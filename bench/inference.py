"""Publication-date inference over a TimeML corpus with the DCT hidden.

For every .tml file, the text of <TEXT> alone is given to the inference, (a) with nothing
else and (b) with only the DCT's year, and the answer is compared with the DCT: exact,
within one day, refused, or wrong (more than a day off). Prints a Markdown table.

It also prints the evidence ceiling: how many documents name their own publication day
at all (as a month-day date or in the dateline), i.e. the most that any inference which
never guesses a day could get exactly right once the year is known.

Usage: python bench/inference.py ../shared/corpora/tbaq [--details]
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

from timeline.dateline import find_dateline
from timeline.grammar import MONTHS, match_rule
from timeline.infer import infer_published
from timeline.ingest import read_documents
from timeline.tagger import find_candidates

OUTCOMES = ("exact", "within 1 day", "refused", "wrong")


def outcome(inferred: str | None, dct: str) -> str:
    """exact, within 1 day, refused or wrong for one inferred value against the DCT."""
    if inferred is None:
        return "refused"
    gap = abs((date.fromisoformat(inferred[:10]) - date.fromisoformat(dct[:10])).days)
    return "exact" if gap == 0 else "within 1 day" if gap == 1 else "wrong"


def run(corpus: Path, details: bool) -> dict[str, Counter[str]]:
    """The outcome counts per setting over every .tml file under `corpus`."""
    counts: dict[str, Counter[str]] = {"(a) nothing given": Counter(),
                                       "(b) only the year given": Counter()}
    for path in sorted(corpus.rglob("*.tml")):
        doc = read_documents(str(path))[0]
        dct = doc.published or ""
        for setting, partial in (("(a) nothing given", None),
                                 ("(b) only the year given", dct[:4])):
            result = infer_published(doc.text, partial)
            kind = outcome(result.value, dct)
            counts[setting][kind] += 1
            if details and kind != "refused":
                print(f"{path.name} {setting[:3]} dct={dct[:10]} got={result.value} "
                      f"{kind} conf={result.confidence} {'; '.join(result.evidence)}",
                      file=sys.stderr)
    return counts


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


def ceiling(corpus: Path) -> tuple[int, int, int]:
    """Documents; those that name their DCT day; those that name a day next to it."""
    total = exact = near = 0
    for path in sorted(corpus.rglob("*.tml")):
        doc = read_documents(str(path))[0]
        dct = date.fromisoformat((doc.published or "")[:10])
        days = named_days(doc.text, dct.year)
        total += 1
        exact += dct in days
        near += dct not in days and any(abs((d - dct).days) == 1 for d in days)
    return total, exact, near


def table(counts: dict[str, Counter[str]]) -> str:
    """The counts as a Markdown table with percentages."""
    rows = ["| setting | documents | " + " | ".join(OUTCOMES) + " |",
            "| --- | ---: | " + " | ".join("---:" for _ in OUTCOMES) + " |"]
    for setting, count in counts.items():
        total = sum(count.values())
        cells = [f"{count[o]} ({100 * count[o] / total:.1f}%)" for o in OUTCOMES]
        rows.append(f"| {setting} | {total} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def main(argv: list[str]) -> int:
    """Run the benchmark on the corpus named in `argv` and print the table."""
    if not argv or not Path(argv[0]).is_dir():
        print("usage: python bench/inference.py CORPUS_DIR [--details]", file=sys.stderr)
        return 2
    corpus = Path(argv[0])
    sys.stdout.write(table(run(corpus, "--details" in argv)))
    total, exact, near = ceiling(corpus)
    print(f"\nevidence ceiling: {exact} of {total} documents ({100 * exact / total:.1f}%) name "
          f"their publication day; {near} more ({100 * near / total:.1f}%) a day next to it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
