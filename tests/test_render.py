"""Rendering: golden files for every format from fixed timelines, status and explanation,
the fragment's allowed markup, safety against hostile article text, determinism."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

import mwparserfromhell
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.conftest import FIXTURES
from tests.consumers import WIKI_LAYOUT, check_citations, html_text, wiki_markup
from timeline.compare import align_timelines
from timeline.display import date_label
from timeline.errors import InputError
from timeline.escape import escape_markdown, escape_wiki_html, escape_wikitext, safe_url
from timeline.model import (Document, Event, Explanation, Interval, Timeline, When,
                            timeline_from_dict)
from timeline.render import render_comparison, render_notes, render_timeline

RENDER = FIXTURES / "render"
CASES = ["seed", "wsj_0541", "annotated"]
# (format, options, golden file name)
OUTPUTS = [
    ("html", {}, "expected.html"),
    ("html", {"fragment": True}, "expected.fragment.html"),
    ("html", {"fragment": True, "no_style": True}, "expected.nostyle.html"),
    ("md", {}, "expected.md"),
    ("wikitext", {}, "expected.wiki"),
    ("json", {}, "expected.json"),
    ("timelinejs", {}, "expected.timelinejs.json"),
    ("ics", {}, "expected.ics"),
    ("csv", {}, "expected.csv"),
    ("timeml", {}, "expected.tml"),
]
# MediaWiki's sanitizer keeps these in wikitext; the fragment may use nothing else.
FRAGMENT_TAGS = {"div", "p", "ol", "li", "time", "blockquote", "span", "strong", "em", "cite",
                 "br"}
FRAGMENT_ATTRIBUTES = {"style", "title", "datetime", "class"}


def _timeline(case: str) -> Timeline:
    return timeline_from_dict(json.loads((RENDER / case / "timeline.json").read_text()))


class _Tags(HTMLParser):
    """Every start tag with its attributes, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


# The page options, on the cases that show what they change: --plain on the seed (statuses
# and explanations), dates day first, the wikitext list, and citations with a URL (the
# annotated case: one article's URL is `javascript:`, the other's needs encoding).
OPTION_OUTPUTS = [
    ("seed", "html", {"plain": True}, "expected.plain.html"),
    ("seed", "md", {"plain": True}, "expected.plain.md"),
    ("seed", "wikitext", {"plain": True}, "expected.plain.wiki"),
    ("seed", "timelinejs", {"plain": True}, "expected.plain.timelinejs.json"),
    ("seed", "md", {"date_style": "dmy"}, "expected.dmy.md"),
    ("seed", "html", {"date_style": "dmy"}, "expected.dmy.html"),
    ("seed", "wikitext", {"wiki_list": True}, "expected.list.wiki"),
    ("seed", "wikitext", {"wiki_list": True, "plain": True, "date_style": "dmy"},
     "expected.list.plain.dmy.wiki"),
    ("annotated", "wikitext", {"wiki_list": True}, "expected.list.wiki"),
    ("annotated", "md", {"date_style": "iso"}, "expected.iso.md"),
]
GOLDEN = [(c, f, o, n) for c in CASES for f, o, n in OUTPUTS
          if not (c == "annotated" and f == "timeml")] + OPTION_OUTPUTS


@pytest.mark.parametrize(("case", "fmt", "options", "name"), GOLDEN,
                         ids=[f"{c}-{n.removeprefix('expected.')}" for c, _, _, n in GOLDEN])
def test_render_matches_golden(case: str, fmt: str, options: dict[str, Any], name: str,
                               update_golden: bool) -> None:
    got = render_timeline(_timeline(case), fmt, **options)
    path = RENDER / case / name
    if update_golden:
        path.write_bytes(got.encode("utf-8"))
    assert got == path.read_bytes().decode("utf-8"), f"{path} differs; review the diff and " \
        "rerun with --update-golden"


def test_render_timeml_refuses_several_documents() -> None:
    with pytest.raises(InputError, match="write one file per document") as caught:
        render_timeline(_timeline("annotated"), "timeml")
    assert caught.value.option == "timeml-documents"


@pytest.mark.parametrize(("fmt", "options", "_"), OUTPUTS, ids=[n for _, _, n in OUTPUTS])
def test_render_is_deterministic(fmt: str, options: dict[str, Any], _: str) -> None:
    first = render_timeline(_timeline("seed"), fmt, **options)
    assert first == render_timeline(_timeline("seed"), fmt, **options)
    assert first.endswith("\n") and not first.endswith("\n\n")


# --- status and explanation ----------------------------------------------------------------

STATUS_SHOWN = [
    ("html", {}, '<span class="tl-status tl-status-negated">did not happen</span>'),
    ("html", {"fragment": True}, ">did not happen</em>"),
    ("html", {"fragment": True, "no_style": True}, "<em>did not happen</em>"),
    ("md", {}, "_\\[did not happen\\]_"),
    ("wikitext", {}, "| did not happen\n"),
    ("csv", {}, ",negated,"),
    ("timelinejs", {}, "<p>Status: did not happen</p>"),
    ("ics", {}, "Status: did not happen"),
]


@pytest.mark.parametrize(("fmt", "options", "expected"), STATUS_SHOWN,
                         ids=[f"{f}-{len(o)}" for f, o, _ in STATUS_SHOWN])
def test_render_shows_status_as_a_word(fmt: str, options: dict[str, Any], expected: str) -> None:
    assert expected in render_timeline(_timeline("annotated"), fmt, **options)


EXPLANATION = "May 1 with no year: the latest May 1 before the publication date (2018-05-23)"
EXPLANATION_SHOWN = [
    ("html", {}, f'<time class="tl-date" datetime="2018-05-01" title="{EXPLANATION}'),
    ("html", {"fragment": True},
     f'<time datetime="2018-05-01" title="{escape_wiki_html(EXPLANATION)}'),
    ("md", {}, "_Why this date: May 1 with no year: the latest May 1 before the publication "
               "date \\(2018-05-23\\)"),
    ("wikitext", {}, "<small>May 1 with no year&#58; the latest May 1 before the publication"),
    ("timelinejs", {}, f"<p>Why this date: {EXPLANATION}"),
]


@pytest.mark.parametrize(("fmt", "options", "expected"), EXPLANATION_SHOWN,
                         ids=[f"{f}-{len(o)}" for f, o, _ in EXPLANATION_SHOWN])
def test_render_shows_explanation(fmt: str, options: dict[str, Any], expected: str) -> None:
    assert expected in render_timeline(_timeline("annotated"), fmt, **options)


def test_render_csv_row_per_event_with_flattened_fields() -> None:
    timeline = _timeline("annotated")
    text = render_timeline(timeline, "csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["id"] for r in rows] == [e.id for e in timeline.events]
    first = rows[0]
    assert first["when.explanation.text"].startswith(EXPLANATION)
    assert (first["when.explanation.rule"], first["when.explanation.anchor_value"],
            first["status"], first["when.start"], first["when.end"]) == \
        ("month-day", "2018-05-23", "negated", "2018-05-01", "2018-05-02")
    assert rows[1]["sentence"] == timeline.events[1].sentence
    assert text.count("\r\n") == len(rows) + 1


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_render_legend_names_publication_date_and_origin(fmt: str) -> None:
    out = render_timeline(_timeline("seed"), fmt)
    assert "anchored to the publication date 2018-05-23 (from --published)" in \
        out.replace("\\(", "(").replace("\\)", ")")


def test_render_legend_per_document_when_several() -> None:
    out = render_timeline(_timeline("annotated"), "html")
    assert "Second source: a calm report: dates anchored to the publication date 2018-05-23 " \
           "(from the article&#39;s date line)." in out


# --- the fragment ----------------------------------------------------------------------------


@pytest.mark.parametrize("no_style", [False, True], ids=["styled", "no-style"])
@pytest.mark.parametrize("case", CASES)
def test_render_fragment_uses_only_what_mediawiki_keeps(case: str, no_style: bool) -> None:
    out = render_timeline(_timeline(case), "html", fragment=True, no_style=no_style)
    tags = _tags(out)
    assert {t for t, _ in tags} <= FRAGMENT_TAGS
    assert {a for _, attrs in tags for a in attrs} <= FRAGMENT_ATTRIBUTES - (
        {"style"} if no_style else set())
    assert [attrs.get("class") for _, attrs in tags if "class" in attrs] == ["timeline"]
    assert "<style" not in out and "<script" not in out and "<html" not in out


def test_render_fragment_lists_events_in_order_with_time_elements() -> None:
    timeline = _timeline("seed")
    out = render_timeline(timeline, "html", fragment=True)
    tags = _tags(out)
    assert [t for t, _ in tags].count("li") == len(timeline.events)
    assert [t for t, _ in tags].count("time") == len(timeline.events) + 1
    # Each label is looked for after the previous one: two events may share a label.
    position = 0
    for event in timeline.events:
        position = out.index(f">{date_label(event.when)}</time>", position) + 1


# --- safety ----------------------------------------------------------------------------------

HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) *b* _i_ # h | &amp; `c`'


# The annotated case's second article has an http URL, linked from the page; the first's is
# `javascript:alert(1)`, which must never become a link.
SAFE_LINK = "https://news.example/2018/05/23/calm_report?id=7&page=%5B2%5D"


@pytest.mark.parametrize("options", [{}, {"fragment": True}], ids=["page", "fragment"])
def test_render_html_hostile_article_has_nothing_executable(options: dict[str, Any]) -> None:
    out = render_timeline(_timeline("annotated"), "html", **options)
    tags = _tags(out)
    assert not [t for t, _ in tags if t in {"script", "img", "iframe", "object"}]
    assert {attrs.get("href") for t, attrs in tags if t == "a"} <= {SAFE_LINK}
    assert not [a for t, attrs in tags for a in attrs
                if a.startswith("on") or a == "src" or (a == "href" and t != "a")]
    assert 'href="javascript' not in out
    assert "<script>alert(1)</script>" in html_text(out) and "<b>so</b>" in html_text(out)


def _markdown_html(text: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def test_render_markdown_hostile_article_is_not_interpreted() -> None:
    rendered = _markdown_html(render_timeline(_timeline("annotated"), "md"))
    tags = _tags(rendered)
    assert not [t for t, _ in tags if t in {"script", "img", "h2", "code", "table"}]
    assert [attrs.get("href") for t, attrs in tags if t == "a"] == [SAFE_LINK]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *Vote* [set](javascript:alert(1)) | # &amp; " \
           "&quot;dates&quot;" in rendered


def test_render_wikitext_hostile_article_is_not_markup() -> None:
    out = render_timeline(_timeline("annotated"), "wikitext")
    # the citations are the only templates (tests/consumers.py checks them)
    body = re.sub(r"<ref [^>]*>.*?</ref>", "", out).replace("'''", "").replace("''", "")
    for raw in ("<script", "<img", "[click]", "[[", "{{", "~~~"):
        assert raw not in body
    assert "&#60;script&#62;alert(1)&#60;/script&#62;" in out


def test_render_timelinejs_escapes_article_html() -> None:
    data = json.loads(render_timeline(_timeline("annotated"), "timelinejs"))
    texts = [data["title"]["text"]["headline"]] + [
        s["text"][k] for s in data["events"] for k in ("headline", "text")]
    tags = [tag for text in texts for tag in _tags(text)]
    assert {t for t, _ in tags} <= {"p", "strong", "a"}
    assert {attrs["href"] for t, attrs in tags if t == "a"} == {SAFE_LINK}
    assert all(slide["autolink"] is False for slide in data["events"])


@settings(max_examples=60, deadline=None)
@given(st.text())
@example("- The ministry said on Monday")
@example(" 1. item")
@example("---")
def test_render_arbitrary_text_never_becomes_markup(text: str) -> None:
    assert not _tags(_markdown_html("x " + escape_markdown(text)).replace("<p>", "", 1))
    # a quote starts its line: "- x", "1. x" or "---" there once made a list or a rule
    assert {t for t, _ in _tags(_markdown_html("> " + escape_markdown(text)))} <= \
        {"blockquote", "p"}
    assert not set(escape_wikitext(text)) & set("<>[]{}|'")


@settings(max_examples=40, deadline=None)
@given(st.text())
def test_render_html_arbitrary_summary_never_becomes_markup(text: str) -> None:
    data = json.loads((RENDER / "wsj_0541" / "timeline.json").read_text())
    data["events"][0]["summary"] = text
    data["documents"][0]["title"] = text
    baseline = _tags(render_timeline(timeline_from_dict(
        json.loads((RENDER / "wsj_0541" / "timeline.json").read_text())), "html"))
    assert [t for t, _ in _tags(render_timeline(timeline_from_dict(data), "html"))] == \
        [t for t, _ in baseline]


# --- iCalendar notes -------------------------------------------------------------------------


def test_render_notes_name_events_left_out_of_ics() -> None:
    notes = render_notes(_timeline("annotated"), "ics")
    assert notes == ["e6 (summer 2018, season) left out of the calendar: iCalendar events need "
                     "a day or a time"]


@pytest.mark.parametrize("fmt", ["html", "json", "csv", "timelinejs"])
def test_render_notes_empty_for_complete_formats(fmt: str) -> None:
    assert render_notes(_timeline("annotated"), fmt) == []



# --- the wiki fragment is wiki-safe --------------------------------------------------------

WIKI_HOSTILE = ("{{Delete}} [[Category:Spam]] ~~~~ ''italic'' '''bold''' __NOTOC__ "
                "ISBN 978-3-16-148410-0 RFC 2616 PMID 12345 https://evil.example/x "
                "[https://evil.example y] {{{arg}}} <nowiki>n</nowiki> -{zh}- | !! = * # : ;")


def _hostile_timeline(doc_id: str = "w") -> Timeline:
    sentence = f"The vote {WIKI_HOSTILE} was held on Monday."
    start = sentence.index("Monday")
    return Timeline((Document(id=doc_id, text=sentence, title=WIKI_HOSTILE, published="2018-05-23",
                              published_from="option"),),
                    (Event(id="e1", doc=doc_id, summary=f"The vote {WIKI_HOSTILE}",
                           sentence=sentence, offsets=(0, len(sentence)),
                           timex_offsets=(start, start + 6),
                           when=When("Monday", "2018-05-21", "DATE", None,
                                     Interval("2018-05-21", "2018-05-22", "day"),
                                     Explanation(WIKI_HOSTILE, "publication"))),))


@pytest.mark.parametrize("no_style", [False, True], ids=["styled", "no-style"])
def test_render_fragment_hostile_article_is_no_wikitext(no_style: bool) -> None:
    out = render_timeline(_hostile_timeline(), "html", fragment=True, no_style=no_style)
    assert wiki_markup(out) == []
    assert " ".join(WIKI_HOSTILE.split()) in html_text(out)


def test_render_compare_fragment_hostile_article_is_no_wikitext() -> None:
    comparison = align_timelines([_hostile_timeline("a"), _hostile_timeline("b")])
    out = render_comparison(comparison, "html", fragment=True)
    assert wiki_markup(out) == []
    assert " ".join(WIKI_HOSTILE.split()) in html_text(out)


# A table is kept too; <thead>, <tbody>, <a> and <style> are not (MediaWiki shows them as text).
COMPARE_FRAGMENT_TAGS = FRAGMENT_TAGS | {"table", "tr", "th", "td"}
COMPARE_FRAGMENT_ATTRIBUTES = FRAGMENT_ATTRIBUTES | {"scope", "colspan"}


def _compared_fragment(no_style: bool) -> str:
    first = _hostile_timeline("a")
    linked = replace(first.documents[0], url="https://news.example/a")
    second = _hostile_timeline("b")
    moved = replace(second.events[0], when=replace(second.events[0].when, value="2018-05-22",
                                                   interval=Interval("2018-05-22", "2018-05-23",
                                                                     "day")))
    comparison = align_timelines([replace(first, documents=(linked,)),
                                  replace(second, events=(moved,))])
    assert comparison.summary()["conflicts"] == 1
    return render_comparison(comparison, "html", fragment=True, no_style=no_style)


@pytest.mark.parametrize("no_style", [False, True], ids=["styled", "no-style"])
def test_render_compare_fragment_uses_only_what_mediawiki_keeps(no_style: bool) -> None:
    out = _compared_fragment(no_style)
    tags = _tags(out)
    assert {t for t, _ in tags} <= COMPARE_FRAGMENT_TAGS
    assert {a for _, attrs in tags for a in attrs} <= COMPARE_FRAGMENT_ATTRIBUTES - (
        {"style"} if no_style else set())
    assert {attrs.get("class") for _, attrs in tags if "class" in attrs} == \
        {"timeline-compare", "tl-year-row"}
    assert "<style" not in out and "<html" not in out
    assert "conflicting dates" in out and "news.example" in html_text(out)


@pytest.mark.parametrize("wiki_list", [False, True], ids=["table", "list"])
def test_render_wikitext_hostile_article_has_no_magic(wiki_list: bool) -> None:
    timeline = _hostile_timeline()
    code = mwparserfromhell.parse(render_timeline(timeline, "wikitext", wiki_list=wiki_list))
    check_citations(code, timeline)
    assert [f for f in wiki_markup(code, allowed=WIKI_LAYOUT) if not f.startswith("''")] == []


@pytest.mark.parametrize("text", ["ISBN 978-3-16-148410-0", "RFC 2616", "PMID 12345",
                                  "see ISBN\u00a00-306-40615-2", "x_ISBN 0-306-40615-2",
                                  "&#123;{literal}"],
                         ids=["isbn", "rfc", "pmid", "isbn-nbsp", "after-underscore", "refs"])
def test_render_escape_wikitext_breaks_magic_links(text: str) -> None:
    escaped = escape_wikitext(text)
    assert not re.search(r"\b(?:ISBN|RFC|PMID)\b", escaped)
    assert html.unescape(escaped) == " ".join(text.split())


# --- citations in wikitext -------------------------------------------------------------------

HOSTILE_URL = "https://evil.example/a]] [[b|c]] {{x}} ~~~~ __NOTOC__ 'q' <ref>r</ref>"
CITED = [("seed", None), ("seed", "https://www.example.com/news/2018/05/23/japan-us"),
         ("hostile", HOSTILE_URL)]


def _cited(case: str, url: str | None) -> Timeline:
    timeline = _timeline(case) if case != "hostile" else _hostile_timeline()
    return replace(timeline, documents=tuple(replace(d, url=url) for d in timeline.documents))


@pytest.mark.parametrize("wiki_list", [False, True], ids=["table", "list"])
@pytest.mark.parametrize(("case", "url"), CITED, ids=["seed", "seed-url", "hostile-url"])
def test_render_wikitext_cites_every_event_once(case: str, url: str | None,
                                                wiki_list: bool) -> None:
    timeline = _cited(case, url)
    code = mwparserfromhell.parse(render_timeline(timeline, "wikitext", wiki_list=wiki_list))
    tags = code.filter_tags(recursive=True)
    assert [str(t.tag) for t in tags].count("references") == 1
    templates = code.filter_templates(recursive=True)
    assert [t.name.strip() for t in templates] == ["cite news"] * len(timeline.events)
    expected = {"title": html.unescape(escape_wikitext(timeline.documents[0].title)),
                "date": "May 23, 2018"}
    if url:
        expected["url"] = safe_url(url)
    for template in templates:
        assert {str(p.name).strip(): html.unescape(str(p.value).strip())
                for p in template.params} == {k: html.unescape(v) for k, v in expected.items()}
    # the only links are the cite templates' own url parameters
    links = [str(link.url) for link in code.filter_external_links(recursive=True)]
    assert links == ([safe_url(url)] * len(timeline.events) if url else [])
    for template in templates:
        code.remove(template)
    assert not code.filter_templates(recursive=True) and not code.filter_wikilinks(recursive=True)
    assert not code.filter_external_links(recursive=True)
