"""docs/templates.md against the code: every documented key exists, every key is documented,
and every template renders the documented context under StrictUndefined."""

from __future__ import annotations

import json
import re
from dataclasses import fields

import pytest

from tests.conftest import FIXTURES, ROOT
from timeline.model import Document, timeline_from_dict
from timeline.render import EventView, TimelineContext, build_context, render_template

DOC = (ROOT / "docs" / "templates.md").read_text()
TEMPLATES = sorted(p.name for p in (ROOT / "templates").glob("timeline.*.j2"))


def _documented(prefix: str) -> set[str]:
    return set(re.findall(rf"^\| `{prefix}\.(\w+)` \|", DOC, re.M))


KEYS = [
    ("ctx", {f.name for f in fields(TimelineContext)}),
    ("e", {f.name for f in fields(EventView)}),
    ("d", set(Document(id="x", text="").to_dict())),
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


def test_templates_every_template_is_documented() -> None:
    assert TEMPLATES and all(f"`{name}`" in DOC for name in TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("fragment", [False, True], ids=["page", "fragment"])
def test_templates_render_documented_context_strictly(name: str, fragment: bool) -> None:
    timeline = timeline_from_dict(json.loads((FIXTURES / "render" / "annotated" /
                                              "timeline.json").read_text()))
    out = render_template(name, build_context(timeline, fragment=fragment))
    assert all(event.summary.split()[0] in out for event in timeline.events)
