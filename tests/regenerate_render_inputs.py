"""Rebuild the fixed timelines under fixtures/render/ from the current tagger.

Golden tests render every format from these saved timelines, so tagger changes do not
move the goldens; run this on purpose (then `pytest --update-golden`) to take them in:

    .venv/bin/python tests/regenerate_render_inputs.py && .venv/bin/python -m pytest --update-golden tests/test_render.py

The `annotated` case is written by hand and is left alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.api import extract  # noqa: E402
from timeline.dct import choose_published  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402

CASES = {
    "seed": (ROOT / "seeds" / "000_6c7597210edea6ab.txt", "2018-05-23"),
    "wsj_0541": (ROOT.parent / "shared" / "corpora" / "tbaq" / "TimeBank" / "wsj_0541.tml", None),
}


def main() -> None:
    for name, (path, published) in CASES.items():
        docs = [choose_published(d, published).stamp(d) for d in read_documents(str(path))]
        data = extract(docs).to_dict()
        for entry, doc in zip(data["documents"], docs):
            entry["source"] = path.name
            entry["text"] = doc.text
        target = ROOT / "fixtures" / "render" / name / "timeline.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        print(f"wrote {target.relative_to(ROOT)}: {len(data['events'])} events")


if __name__ == "__main__":
    main()
