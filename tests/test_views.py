"""What the templates see: the render options, what --plain leaves out, how a source is
linked and cited, and the older keyword calls that still work."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES
from timeline.errors import InputError
from timeline.model import Document, Timeline, timeline_from_dict
from timeline.render import RenderOptions, build_context, render_timeline
from timeline.views import source_view


def _annotated() -> Timeline:
    return timeline_from_dict(json.loads((FIXTURES / "render" / "annotated" /
                                          "timeline.json").read_text()))


def test_views_unknown_date_style_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown date style 'ymd'"):
        RenderOptions(date_style="ymd")


def test_views_unknown_render_keyword_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="colour"):
        render_timeline(_annotated(), "html", colour="red")


def test_views_keywords_and_options_give_the_same_output() -> None:
    timeline = _annotated()
    assert render_timeline(timeline, "md", plain=True, date_style="dmy") == \
        render_timeline(timeline, "md", RenderOptions(plain=True, date_style="dmy"))


def test_views_plain_leaves_out_status_explanation_and_legend() -> None:
    full, plain = build_context(_annotated()), build_context(_annotated(),
                                                              RenderOptions(plain=True))
    assert any(e.status_label for e in full.events) and any(e.explanation for e in full.events)
    assert full.legend and full.statuses
    assert not any(e.status or e.status_label or e.explanation for e in plain.events)
    assert plain.legend == [] and plain.statuses == {} and plain.plain
    assert [e.summary for e in plain.events] == [e.summary for e in full.events]


@pytest.mark.parametrize("fmt", ["html", "md", "wikitext", "timelinejs", "ics"])
def test_views_plain_output_has_no_status_or_why(fmt: str) -> None:
    out = render_timeline(_annotated(), fmt, plain=True)
    full = render_timeline(_annotated(), fmt)
    assert "did not happen" in full and "did not happen" not in out
    assert "Why this date" not in out


SOURCES = [
    (Document(id="a", text="", title="Talks", url="https://x.example/talks",
              published="2018-05-23T09:00+09:00"),
     ("Talks", "https://x.example/talks", "May 23, 2018", "2018-05-23", True)),
    (Document(id="b", text="", title="Talks", url="javascript:alert(1)", published=None),
     ("Talks", "", "", "", True)),
    (Document(id="c", text="", title="", url=None, published="2018-05-23"),
     ("c", "", "May 23, 2018", "2018-05-23", False)),
]


@pytest.mark.parametrize(("document", "expected"), SOURCES,
                         ids=["linked", "javascript-url", "no-title-no-url"])
def test_views_source_view(document: Document, expected: tuple[str, str, str, str, bool]) -> None:
    source = source_view(document)
    assert (source.title, source.link, source.published, source.datetime, bool(source.ref)) == \
        expected


def test_views_same_article_same_ref_name() -> None:
    one = Document(id="a", text="x", title="Talks", url="https://x.example/talks")
    other = Document(id="b", text="y", title="Other title", url="https://x.example/talks")
    assert source_view(one).ref == source_view(other).ref
    assert source_view(one).ref != source_view(Document(id="c", text="", title="Talks")).ref


@pytest.mark.parametrize(("count", "title"), [(1, "Comparison of 1 source"),
                                              (2, "Comparison of 2 sources")],
                         ids=["one-source", "two-sources"])
def test_views_compare_title_counts_its_sources(count: int, title: str) -> None:
    """`compare a.txt empty.txt` goes on with one source: it said 'Comparison of 1 sources'."""
    from timeline.comparison import Comparison
    from timeline.views import build_compare_context

    docs = tuple(Document(id=f"d{n}", text="x", published="2018-05-23") for n in range(count))
    assert build_compare_context(Comparison(documents=docs, rows=())).title == title
