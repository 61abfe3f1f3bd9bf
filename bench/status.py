"""Event status against the TimeML annotation of TimeBank/AQUAINT, as far as it can say.

TimeML does not annotate our four statuses, but each event instance has a polarity, a
modality and a tense, and TLINKs tie events to the time expressions that date them. For
every TLINK between a TIMEX3 (not the DCT) and an event instance, the gold status is read
off the instance: polarity NEG → negated; modality will/would/shall → scheduled, another
modal (could, may, might, should, can, must) → expected; tense FUTURE → scheduled; tense
PAST → occurred. Other instances (present, infinitive, no tense) are left out: their
status is not given. AQUAINT's polarity is not usable (2,112 of its 4,431 instances are NEG,
"warned" among them, against 246 of 6,679 in TimeBank), so there a NEG instance is left out.
Our status is that of the event `timeline` builds on the same
expression (same start offset; an event merged from several mentions counts for each). Prints the confusion table and the accuracy.

Usage: python bench/status.py ../shared/corpora/tbaq
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from timeline.api import extract
from timeline.ingest import read_documents
from timeline.status import STATUSES

ANCHORING = {"IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS",
             "BEGUN_BY", "ENDED_BY", "IDENTITY"}
SCHEDULE_MODALS = {"will", "would", "shall", "'ll", "'d", "wo"}


def gold_statuses(path: Path) -> dict[int, set[str]]:
    """Start offset of each dating TIMEX3 → the gold statuses of the events it dates."""
    trust_polarity = "AQUAINT" not in path.parts
    root = ET.parse(path).getroot()
    starts, dct_ids = _timex_starts(root)
    instances = {m.get("eiid"): m for m in root.iter("MAKEINSTANCE")}
    out: dict[int, set[str]] = {}
    for link in root.iter("TLINK"):
        if link.get("relType") not in ANCHORING:
            continue
        tid = link.get("relatedToTime") or link.get("timeID")
        eiid = link.get("eventInstanceID") or link.get("relatedToEventInstance")
        if tid is None or eiid is None or tid in dct_ids or tid not in starts:
            continue
        instance = instances.get(eiid)
        if instance is not None and instance.get("polarity") == "NEG" and not trust_polarity:
            continue
        status = _instance_status(instance)
        if status is not None:
            out.setdefault(starts[tid], set()).add(status)
    return out


def _timex_starts(root: ET.Element) -> tuple[dict[str, int], set[str]]:
    """TIMEX3 tid → start offset in the text of <TEXT>, and the tids of the DCT."""
    dct_ids = {t.get("tid") or "" for t in root.iter("TIMEX3")
               if t.get("functionInDocument") == "CREATION_TIME"}
    text = next(root.iter("TEXT"))
    starts: dict[str, int] = {}
    offset = 0

    def walk(element: ET.Element) -> None:
        nonlocal offset
        if element.tag == "TIMEX3" and element.get("tid"):
            starts[element.get("tid") or ""] = offset
        offset += len(element.text or "")
        for child in element:
            walk(child)
            offset += len(child.tail or "")

    walk(text)
    return starts, dct_ids


def _instance_status(instance: ET.Element | None) -> str | None:
    if instance is None:
        return None
    if instance.get("polarity") == "NEG":
        return "negated"
    modality = (instance.get("modality") or "").lower()
    if modality:
        return "scheduled" if modality in SCHEDULE_MODALS else "expected"
    tense = instance.get("tense")
    return {"FUTURE": "scheduled", "PAST": "occurred"}.get(tense or "")


def main(argv: list[str]) -> int:
    """Compare and print the confusion table for the corpus named in `argv`."""
    if not argv or not Path(argv[0]).is_dir():
        print("usage: python bench/status.py CORPUS_DIR", file=sys.stderr)
        return 2
    confusion: Counter[tuple[str, str]] = Counter()
    for path in sorted(Path(argv[0]).rglob("*.tml")):
        gold = gold_statuses(path)
        timeline = extract(read_documents(str(path)))
        for event in timeline.events:
            # A merged event reports one status for every expression that dates it.
            starts = {m.timex_offsets[0] for m in event.mentions} or {event.timex_offsets[0]}
            for start in sorted(starts):
                wanted = gold.get(start)
                if wanted and len(wanted) == 1:
                    confusion[(next(iter(wanted)), event.status or "none")] += 1
    print(_table(confusion))
    return 0


def _table(confusion: Counter[tuple[str, str]]) -> str:
    rows = ["| gold \\ timeline | " + " | ".join(STATUSES) + " | total |",
            "| --- | " + " | ".join("---:" for _ in STATUSES) + " | ---: |"]
    for gold in STATUSES:
        cells = [confusion[(gold, ours)] for ours in STATUSES]
        rows.append(f"| {gold} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    total = sum(confusion.values())
    right = sum(confusion[(s, s)] for s in STATUSES)
    rows.append(f"\naccuracy: {right} of {total} ({100 * right / max(total, 1):.1f}%)")
    return "\n".join(rows)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
