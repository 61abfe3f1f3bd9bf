"""The HTML outputs in the programs that consume them: headless Chromium (every event
visible, in order; screenshots) and the Nu HTML Checker (no errors).

Both are opt-in by what is installed: `.ci/run` installs Debian's `chromium` and
`vnu-jar` (npm, into the git-ignored `.tools/`); elsewhere these tests skip with the reason.
Screenshots go to $TIMELINE_SCREENSHOTS when set, else to pytest's temporary directory.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, ROOT
from timeline.model import Timeline, timeline_from_dict
from timeline.render import date_label, render_timeline

CHROMIUM = Path("/usr/bin/chromium")
VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / ".tools" / "node_modules" / "vnu-jar" / "build"
                              / "dist" / "vnu.jar"))
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
CASES = ["seed", "wsj_0541", "annotated"]
VIEWS = [("page", {}), ("fragment", {"fragment": True}),
         ("nostyle", {"fragment": True, "no_style": True})]
# Runs in the page after it is laid out and writes what it measured into the DOM, which
# --dump-dom prints: each event item's box, whether it is shown, and what is on top of it.
PROBE = """<script>
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll("ol > li"));
  var width = document.documentElement.clientWidth;
  var out = items.map(function (li) {
    var time = li.querySelector("time");
    li.scrollIntoView({block: "center"});
    var box = time.getBoundingClientRect();
    var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    var style = getComputedStyle(li);
    var whole = li.getBoundingClientRect();
    return {top: whole.top + window.scrollY, height: whole.height, left: whole.left,
            right: whole.right, shown: style.visibility !== "hidden" && style.display !== "none"
            && parseFloat(style.opacity) > 0.3 && box.width > 0 && box.height > 0,
            onTop: hit !== null && (hit === time || time.contains(hit) || hit.contains(time)),
            label: time.textContent};
  });
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify({items: out, width: width});
  document.body.appendChild(pre);
})();
</script>"""
WIKI_PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A wiki page'
             "</title></head><body><h1>A wiki page</h1>{fragment}</body></html>")


def _timeline(case: str) -> Timeline:
    return timeline_from_dict(json.loads((FIXTURES / "render" / case / "timeline.json")
                                         .read_text()))


def _page(case: str, options: dict[str, Any]) -> str:
    html = render_timeline(_timeline(case), "html", **options)
    return WIKI_PAGE.format(fragment=html) if options.get("fragment") else html


def _chromium(args: list[str], profile: Path) -> str:
    command = [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium "
                    "(.ci/run installs Debian's chromium package)")
    return CHROMIUM


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = os.environ.get("TIMELINE_SCREENSHOTS")
    path = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.browser
@pytest.mark.parametrize(("view", "options"), VIEWS, ids=[v for v, _ in VIEWS])
@pytest.mark.parametrize("case", CASES)
def test_render_browser_every_event_visible_in_order(
        chromium: Path, screenshots: Path, tmp_path: Path, case: str, view: str,
        options: dict[str, Any]) -> None:
    page = _page(case, options)
    shot = tmp_path / "shot.html"
    shot.write_text(page, encoding="utf-8")
    _chromium(["--window-size=1000,2600", f"--screenshot={screenshots / f'{case}-{view}.png'}",
               shot.as_uri()], tmp_path / "profile-shot")
    probed = tmp_path / "probe.html"
    probed.write_text(page.replace("</body>", PROBE + "</body>") if "</body>" in page
                      else page + PROBE, encoding="utf-8")
    dom = _chromium(["--window-size=1000,800", "--dump-dom", probed.as_uri()],
                    tmp_path / "profile-dom")
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match, "the probe did not run"
    result = json.loads(match.group(1).replace("&quot;", '"').replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&amp;", "&"))
    items = result["items"]
    timeline = _timeline(case)
    assert [i["label"] for i in items] == [date_label(e.when) for e in timeline.events]
    assert all(i["shown"] and i["onTop"] and i["height"] > 0 for i in items), items
    assert all(0 <= i["left"] and i["right"] <= result["width"] for i in items), items
    tops = [i["top"] for i in items]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert (screenshots / f"{case}-{view}.png").stat().st_size > 10_000


def _vnu() -> list[str]:
    java = shutil.which("java")
    if not java or not VNU_JAR.is_file():
        pytest.skip(f"the Nu HTML Checker is not installed (java: {java}, {VNU_JAR}); "
                    ".ci/run installs it with: npm install --prefix .tools vnu-jar")
    return [java, "-jar", str(VNU_JAR), "--format", "json"]


@pytest.mark.browser
def test_render_browser_html_validates(tmp_path: Path) -> None:
    command = _vnu()
    files = []
    for case in CASES:
        for view, options in VIEWS:
            path = tmp_path / f"{case}-{view}.html"
            path.write_text(_page(case, options), encoding="utf-8")
            files.append(str(path))
    done = subprocess.run([*command, *files], capture_output=True, text=True, timeout=300,
                          check=False)
    messages = json.loads(done.stderr or done.stdout)["messages"]
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert not errors, errors[:5]
