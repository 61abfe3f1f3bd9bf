"""The index page of a batch's HTML pages: entries kept across runs, escaped, in date order."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from timeline.listing import build_index_context, index_json, merge_entries
from timeline.render import render_index

HOSTILE = '<script>alert(1)</script> & "quotes"'


def _entry(file: str, title: str, published: str, events: int) -> dict[str, object]:
    return {"file": file, "id": file, "title": title, "published": published, "events": events}


@pytest.mark.parametrize("style", ["mdy", "dmy", "iso"], ids=["mdy", "dmy", "iso"])
def test_listing_index_page_is_escaped_and_dated(style: str) -> None:
    entries = {"b": _entry("b.html", HOSTILE, "2018-06-12T09:00+09:00", 1),
               "a": _entry("a.html", "Earlier", "1998-08-07", 12),
               "c": _entry("c.html", "Undated", "", 0)}
    out = render_index(build_index_context(entries, style=style))
    assert "<script>" not in out
    page = html.fromstring(out)
    items = list(page.iter("li"))
    assert [li.find("a").get("href") for li in items] == ["./a.html", "./b.html", "./c.html"]
    assert items[1].find("a").text_content() == HOSTILE
    assert [t.get("datetime") for t in page.iter("time")] == ["1998-08-07", "2018-06-12"]
    assert "12 events" in items[0].text_content() and "1 event" in items[1].text_content()


def test_listing_merge_keeps_old_entries(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    path.write_text(index_json({"a": _entry("a.html", "A", "2018-01-01", 1)}))
    merged = merge_entries(path, {"b": _entry("b.html", "B", "2018-01-02", 2)})
    assert sorted(merged) == ["a", "b"]


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '{"pages": 3}'],
                         ids=["garbage", "list", "bad-pages"])
def test_listing_merge_starts_afresh_on_a_bad_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "index.json"
    path.write_text(text)
    assert list(merge_entries(path, {"b": _entry("b.html", "B", "", 0)})) == ["b"]
