"""The HTML outputs in the programs that consume them: headless Chromium (every event
visible, in order; screenshots) and the Nu HTML Checker (no errors).

Both are opt-in by what is installed: `.ci/run` installs Debian's `chromium` and
`vnu-jar` (npm, into the git-ignored `.tools/`); elsewhere these tests skip with the reason.
Screenshots go to $TIMELINE_SCREENSHOTS when set, else to pytest's temporary directory.
"""

from __future__ import annotations

import html
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
from timeline.render import build_context, date_label, render_timeline

CHROMIUM = Path("/usr/bin/chromium")
VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / ".tools" / "node_modules" / "vnu-jar" / "build"
                              / "dist" / "vnu.jar"))
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
CASES = ["seed", "wsj_0541", "annotated"]
VIEWS = [("page", {}), ("fragment", {"fragment": True}),
         ("nostyle", {"fragment": True, "no_style": True}),
         ("plain", {"plain": True, "date_style": "dmy"})]
# Runs in the page after it is laid out and writes what it measured into the DOM, which
# --dump-dom prints: each event item's box, whether it is shown, and what is on top of it.
PROBE = """<script>
(function () {
  var events = document.querySelectorAll("li.tl-event");
  var items = Array.prototype.slice.call(events.length ? events : document.querySelectorAll("ol > li"));
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
    style = options.get("date_style", "mdy")
    assert [i["label"] for i in items] == [date_label(e.when, style) for e in timeline.events]
    assert all(i["shown"] and i["onTop"] and i["height"] > 0 for i in items), items
    assert all(0 <= i["left"] and i["right"] <= result["width"] for i in items), items
    tops = [i["top"] for i in items]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert (screenshots / f"{case}-{view}.png").stat().st_size > 10_000


# Runs in the page at its top, before any scrolling: the year headings, and each event's
# marker (its ::before box) against the rail (the list's left border).
RAIL_PROBE = """<script>
(function () {
  window.scrollTo(0, 0);
  var list = document.querySelector("ol.tl-events");
  var rail = list.getBoundingClientRect().left + parseFloat(getComputedStyle(list).borderLeftWidth) / 2;
  var heads = Array.prototype.slice.call(document.querySelectorAll(".tl-year-head"));
  var out = {rail: rail, heads: heads.map(function (h) {
    return {text: h.textContent, top: h.getBoundingClientRect().top + window.scrollY};
  })};
  out.markers = Array.prototype.slice.call(document.querySelectorAll("li.tl-event")).map(
    function (li) {
      var box = li.getBoundingClientRect();
      var mark = getComputedStyle(li, "::before");
      return {id: li.id, top: box.top + window.scrollY + parseFloat(mark.top),
              center: box.left + parseFloat(mark.left) + parseFloat(mark.width) / 2,
              width: parseFloat(mark.width), height: parseFloat(mark.height),
              content: mark.content,
              year: li.closest(".tl-year").querySelector(".tl-year-head").textContent,
              yearTop: li.closest(".tl-year").querySelector(".tl-year-head")
                         .getBoundingClientRect().top + window.scrollY};
    });
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def _probe(page: str, script: str, tmp_path: Path, width: int = 1000) -> Any:
    """What `script` measured in `page` laid out by Chromium at `width` pixels."""
    probed = tmp_path / "probe.html"
    probed.write_text(page.replace("</body>", script + "</body>"), encoding="utf-8")
    dom = _chromium([f"--window-size={width},800", "--dump-dom", probed.as_uri()],
                    tmp_path / f"profile-{width}")
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match, "the probe did not run"
    return json.loads(html.unescape(match.group(1)))


@pytest.mark.browser
@pytest.mark.parametrize("width", [1000, 400], ids=["wide", "narrow"])
@pytest.mark.parametrize("case", CASES)
def test_render_browser_year_headings_and_markers_in_timeline_order(
        chromium: Path, tmp_path: Path, case: str, width: int) -> None:
    timeline = _timeline(case)
    context = build_context(timeline)
    measured = _probe(render_timeline(timeline, "html"), RAIL_PROBE, tmp_path, width)
    heads, markers = measured["heads"], measured["markers"]
    assert [h["text"] for h in heads] == [y.heading for y in context.groups]
    assert [h["top"] for h in heads] == sorted(h["top"] for h in heads)
    assert [m["id"] for m in markers] == [e.id for e in timeline.events]
    # one marker per event, on the rail, one below the other in timeline order
    assert all(m["content"] != "none" and m["width"] >= 6 for m in markers), markers
    assert all(abs(m["center"] - measured["rail"]) <= 2 for m in markers), markers
    tops = [m["top"] for m in markers]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    # each event under its own year's heading
    years = {e.id: y.heading for y in context.groups for m in y.months for e in m.events}
    assert all(m["year"] == years[m["id"]] and m["yearTop"] < m["top"] for m in markers)
    # a range is drawn as a bar, taller than a point's dot
    dot = min(m["height"] for m in markers)
    spans = {e.id for e in context.events if e.span}
    assert all(m["height"] > 2 * dot for m in markers if m["id"] in spans), markers


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
