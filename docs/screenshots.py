"""Rewrite the screenshots in docs/: the seed page (light, dark, 400 px wide) and a
three-article `compare` page, taken by headless Chromium from the current templates.

    .venv/bin/python docs/screenshots.py          (or: make screenshots)

Needs /usr/bin/chromium; the compare page needs ../shared/corpora/tbaq (it is skipped,
with a note, where the corpus is absent). The pages are rendered by the library exactly
as `timeline extract ... -o page.html` and `timeline compare ... -o page.html` write them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.api import compare, extract  # noqa: E402
from timeline.dct import choose_published  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402
from timeline.render import render_comparison, render_timeline  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium reaches for the network at every start
# (refused, many times over, on a machine without one); no sandbox when run as root.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]
SEED = ROOT / "seeds" / "000_6c7597210edea6ab.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq" / "AQUAINT"
# Three reports of the August 1998 embassy bombings (two AP, one Xinhua).
COMPARED = ["APW19980807.0261.tml", "APW19980808.0022.tml", "XIE19980808.0049.tml"]
# (file, page, width, height, extra flags)
SHOTS = [
    ("seed-light.png", "seed", 1000, 1500, []),
    # Blink's enum: 0 is dark; the page follows prefers-color-scheme.
    ("seed-dark.png", "seed", 1000, 1500, ["--blink-settings=preferredColorScheme=0"]),
    ("seed-narrow.png", "seed", 400, 1100, []),
    ("compare.png", "compare", 1280, 1000, []),
]


def _pages(where: Path) -> dict[str, Path]:
    """The pages to photograph, written into `where`."""
    pages = {}
    docs = [choose_published(d, "2018-05-23").stamp(d) for d in read_documents(str(SEED))]
    pages["seed"] = where / "seed.html"
    pages["seed"].write_text(render_timeline(extract(docs), "html"), encoding="utf-8")
    if all((CORPUS / name).is_file() for name in COMPARED):
        docs = [choose_published(d, None).stamp(d) for name in COMPARED
                for d in read_documents(str(CORPUS / name))]
        pages["compare"] = where / "compare.html"
        pages["compare"].write_text(render_comparison(compare(docs), "html"), encoding="utf-8")
    else:
        print(f"note: {CORPUS} not found; compare.png left as it is", file=sys.stderr)
    return pages


def _shoot(page: Path, target: Path, width: int, height: int, extra: list[str],
           profile: Path) -> None:
    command = [CHROMIUM, *FLAGS, *extra, f"--user-data-dir={profile}",
               f"--window-size={width},{height}", f"--screenshot={target}", page.as_uri()]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def main() -> None:
    """Render the pages and take every screenshot into docs/."""
    with tempfile.TemporaryDirectory() as tmp:
        pages = _pages(Path(tmp))
        for name, page, width, height, extra in SHOTS:
            if page in pages:
                _shoot(pages[page], ROOT / "docs" / name, width, height, extra,
                       Path(tmp) / f"profile-{name}")
                print(f"wrote docs/{name} ({width}x{height})")


if __name__ == "__main__":
    main()
