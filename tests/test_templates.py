"""docs/templates.md against the code: every documented key exists, every key is documented,
and every template renders the documented context under StrictUndefined."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from timeline.errors import TemplateError
from timeline.isolate import Limits
from timeline.model import Document, Timeline, timeline_from_dict
from timeline.groups import MonthGroup, YearGroup
from timeline.render import (EventView, SourceView, TimelineContext, build_context,
                             render_template, render_timeline)

DOC = (ROOT / "docs" / "templates.md").read_text()
TEMPLATES = sorted(p.name for p in (ROOT / "templates").glob("timeline.*.j2"))


def _documented(prefix: str) -> set[str]:
    return set(re.findall(rf"^\| `{prefix}\.(\w+)` \|", DOC, re.M))


KEYS = [
    ("ctx", {f.name for f in fields(TimelineContext)}),
    ("e", {f.name for f in fields(EventView)}),
    ("d", set(Document(id="x", text="").to_dict())),
    ("s", {f.name for f in fields(SourceView)}),
    ("y", {f.name for f in fields(YearGroup)}),
    ("m", {f.name for f in fields(MonthGroup)}),
]


@pytest.mark.parametrize(("prefix", "keys"), KEYS, ids=[k[0] for k in KEYS])
def test_templates_documented_keys_match_context(prefix: str, keys: set[str]) -> None:
    assert _documented(prefix) == keys


def test_templates_every_context_key_is_in_a_built_context() -> None:
    timeline = timeline_from_dict(json.loads((FIXTURES / "render" / "annotated" /
                                              "timeline.json").read_text()))
    context = build_context(timeline)
    assert _documented("d") <= set(context.documents[0])
    assert all(hasattr(context, key) for key in _documented("ctx"))
    assert all(hasattr(context.events[0], key) for key in _documented("e"))
    assert all(hasattr(context.sources[0], key) for key in _documented("s"))
    assert all(hasattr(context.groups[0], key) for key in _documented("y"))
    assert all(hasattr(context.groups[0].months[0], key) for key in _documented("m"))


def test_templates_every_template_is_documented() -> None:
    assert TEMPLATES and all(f"`{name}`" in DOC for name in TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("fragment", [False, True], ids=["page", "fragment"])
def test_templates_render_documented_context_strictly(name: str, fragment: bool) -> None:
    timeline = timeline_from_dict(json.loads((FIXTURES / "render" / "annotated" /
                                              "timeline.json").read_text()))
    out = render_template(name, build_context(timeline, fragment=fragment))
    assert all(event.summary.split()[0] in out for event in timeline.events)


@pytest.mark.slow
def test_templates_render_from_built_tree(tmp_path: Path) -> None:
    build = tmp_path / "lib"
    subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q",
                    "build_py", "-d", str(build)], cwd=ROOT, check=True, capture_output=True)
    shipped = {p.name for p in (build / "timeline" / "templates").glob("*.j2")}
    assert shipped == {p.name for p in (ROOT / "templates").glob("*.j2")}
    script = ("import json, sys, timeline.render as r, timeline.model as m\n"
              "tl = m.timeline_from_dict(json.load(open(sys.argv[1])))\n"
              "print(r.template_dir())\n"
              "for fmt, fragment in [('html', False), ('html', True), ('md', False), "
              "('wikitext', False)]:\n"
              "    print(len(r.render_timeline(tl, fmt, fragment=fragment)))\n")
    done = subprocess.run(
        [sys.executable, "-c", script, str(FIXTURES / "render" / "annotated" / "timeline.json")],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(build)}, check=True,
        capture_output=True, text=True)
    lines = done.stdout.split()
    assert lines[0] == str(build / "timeline" / "templates")
    assert all(int(n) > 500 for n in lines[1:])


def _annotated() -> Timeline:
    return timeline_from_dict(json.loads((FIXTURES / "render" / "annotated" /
                                          "timeline.json").read_text()))


# Output for -f html is escaped whatever the file is called (a *.txt or *.md.j2 template
# used for HTML once wrote the article's markup raw); Markdown output is not HTML-escaped.
ESCAPING = [("mine.html.j2", "html", "&lt;script&gt;"), ("mine.txt", "html", "&lt;script&gt;"),
            ("mine.md.j2", "html", "&lt;script&gt;"), ("mine.wiki", "html", "&lt;script&gt;"),
            ("mine", "html", "&lt;script&gt;"), ("mine.html.j2", "md", "<script>")]


@pytest.mark.parametrize(("name", "fmt", "expected"), ESCAPING,
                         ids=[f"{n}-as-{f}" for n, f, _ in ESCAPING])
def test_templates_escaping_follows_the_format_not_the_name(tmp_path: Path, name: str, fmt: str,
                                                            expected: str) -> None:
    template = tmp_path / name
    template.write_text("{{ ctx.documents[0].title }}")
    out = render_timeline(_annotated(), fmt, template=str(template))
    assert out.startswith(expected)


# A user's template runs in a child process under limits (small ones here, to be quick).
RUNAWAY = [
    ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
     "processor time"),
    ('{{ "x" * 10 ** 10 }}', "memory"),
    ("{{ 1 / 0 }}", "ZeroDivisionError"),
    ("{{ ctx.nothing }}", "has no attribute 'nothing'"),
]


@pytest.mark.parametrize(("source", "message"), RUNAWAY,
                         ids=["nested-loops", "huge-string", "error", "undefined"])
def test_templates_user_template_stops_at_a_limit(tmp_path: Path, source: str,
                                                  message: str) -> None:
    template = tmp_path / "runaway.html.j2"
    template.write_text(source)
    with pytest.raises(TemplateError, match=f"template runaway.html.j2: .*{message}"):
        render_timeline(_annotated(), "html", template=str(template),
                        limits=Limits(cpu_seconds=1, memory_mb=256))


def test_templates_user_template_extending_ours_renders_as_ours(tmp_path: Path) -> None:
    template = tmp_path / "same.html.j2"
    template.write_text('{% extends "default:timeline.html.j2" %}')
    assert render_timeline(_annotated(), "html", template=str(template)) == \
        render_timeline(_annotated(), "html")


@pytest.mark.parametrize("target", ["default:nosuch.html.j2", "/etc/passwd", "../outside.j2"],
                         ids=["no-such-default", "absolute-path", "parent-folder"])
def test_templates_user_template_naming_no_template_says_so(tmp_path: Path,
                                                            target: str) -> None:
    """A missing include or parent was reported as its bare name ('Error: template x.j2:
    /etc/passwd'), which reads as if the file had been read."""
    template = tmp_path / "mine.html.j2"
    template.write_text(f'{{% include "{target}" %}}')
    with pytest.raises(TemplateError, match=f"no template '{re.escape(target)}' to include or "
                                            "extend: .* default:NAME"):
        render_timeline(_annotated(), "html", template=str(template))
