"""Each output format read back by the program that consumes it.

Shared by the corpus render test, the whole-path property and the value tests; these are
plain functions that assert (fixtures live in conftest.py). The Nu HTML Checker runs once
over many files, since starting Java costs seconds.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable, Iterable

import icalendar
import jsonschema
import mwparserfromhell
from mwparserfromhell.nodes import (Argument, Comment, ExternalLink, Heading, Tag, Template,
                                    Text, Wikilink)
from mwparserfromhell.wikicode import Wikicode
from lxml import etree
from markdown_it import MarkdownIt

from tests.conftest import FIXTURES, ROOT
from timeline.comparison import Comparison
from timeline.escape import safe_url
from timeline.model import Document, Timeline
from timeline.serialize import CSV_COLUMNS, calendar_events, timelinejs_left_out

VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / ".tools" / "node_modules" / "vnu-jar" / "build"
                              / "dist" / "vnu.jar"))
# MediaWiki's sanitizer keeps these in wikitext; the fragment may use nothing else.
FRAGMENT_TAGS = {"div", "p", "ol", "li", "time", "blockquote", "span", "strong", "em", "cite",
                 "br"}
LIVE_TAGS = {"script", "img", "a", "iframe", "object", "embed", "form", "input", "style", "link"}
WIKI_PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A wiki page'
             "</title></head><body><h1>A wiki page</h1>{fragment}</body></html>")
# What MediaWiki reads in running text besides the nodes mwparserfromhell gives: behaviour
# switches, signatures and magic links (its own patterns, simplified).
WIKI_MAGIC = re.compile(r"__[A-Z]+__|~~~|\b(?:ISBN|RFC|PMID)\b|\b[a-z][a-z+.-]*://")
_SCHEMA = json.loads((FIXTURES / "render" / "timelinejs.schema.json").read_text())
# Built once: `jsonschema.validate` checks the schema itself on every call.
TIMELINEJS_VALIDATOR = jsonschema.validators.validator_for(_SCHEMA)(_SCHEMA)
# mwparserfromhell's nodes that are markup wherever they appear.
WIKI_NODES = (Template, Argument, Wikilink, ExternalLink, Heading, Comment)
TABLE_MARKUP = ("{|", "|-", "|", "||", "!", "!!", "|+")
# The wikitext output's own layout: a table, or with --wiki-list bulleted lines ("*") and
# an indented line under one (":") for "Why this date".
WIKI_LAYOUT = (*TABLE_MARKUP, "*", ":")


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """The start tags of `html` with their attributes."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def html_text(html: str) -> str:
    """The text of `html` as a browser shows it (character references decoded)."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return "".join(parser.text)


def wiki_markup(text: str | Wikicode, allowed: tuple[str, ...] = TABLE_MARKUP) -> list[str]:
    """What MediaWiki would read as markup in `text` other than HTML tags and the `allowed`
    layout (tables): templates, arguments, links, headings, comments, bold/italic, lists,
    magic words."""
    found = []
    code = mwparserfromhell.parse(text) if isinstance(text, str) else text
    for node in code.filter(recursive=True):
        if isinstance(node, WIKI_NODES) or (isinstance(node, Tag) and node.wiki_markup
                                            and node.wiki_markup not in allowed) \
                or (isinstance(node, Text) and WIKI_MAGIC.search(str(node))):
            found.append(str(node))
    return found


def article_links(documents: Iterable[Document]) -> set[str]:
    """The links an output may hold: each document's URL where it is http(s), made safe."""
    return {link for d in documents if (link := safe_url(d.url))}


def _check_no_live_markup(tags: list[tuple[str, dict[str, str | None]]],
                          links: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """Nothing live but links (`<a href>`) to the articles' own http(s) URLs."""
    live = [(t, a) for t, a in tags if t in LIVE_TAGS]
    assert all(t == "a" and a.get("href") in links for t, a in live), live
    assert not [name for t, attrs in tags for name in attrs if name.startswith("on")
                or name == "src" or (name == "href" and (t != "a" or attrs[name] not in links))]


def check_html_page(text: str, timeline: Timeline) -> None:
    """A page: one list item and one `<time>` per event, nothing live from the article."""
    tags = html_tags(text)
    _check_no_live_markup([t for t in tags if t[0] not in ("style", "meta")],
                          article_links(timeline.documents))
    assert sum(1 for t, a in tags if t == "li" and (a.get("id") or "").startswith("e")) == \
        len(timeline.events)
    assert sum(1 for t, a in tags if t == "time" and "tl-date" in (a.get("class") or "")) == \
        len(timeline.events)


def check_html_fragment(text: str, timeline: Timeline) -> None:
    """A wiki fragment: only what MediaWiki keeps, and no wikitext markup in the text."""
    tags = html_tags(text)
    assert {t for t, _ in tags} <= FRAGMENT_TAGS, {t for t, _ in tags} - FRAGMENT_TAGS
    _check_no_live_markup(tags)
    assert sum(1 for t, _ in tags if t == "li") == len(timeline.events)
    assert wiki_markup(text) == [], wiki_markup(text)[:5]


def check_markdown(text: str, timeline: Timeline) -> None:
    """CommonMark (raw HTML allowed, as GitHub does): the list, and no markup from the text."""
    html = MarkdownIt("commonmark", {"html": True}).render(text)
    tags = html_tags(html)
    assert {t for t, _ in tags} <= {"h1", "ul", "ol", "li", "p", "strong", "em", "blockquote",
                                    "a"}, {t for t, _ in tags}
    _check_no_live_markup(tags, article_links(timeline.documents))
    assert sum(1 for t, _ in tags if t == "li") == len(timeline.events) + len(timeline.documents)


def check_wikitext(text: str, timeline: Timeline) -> None:
    """A wikitable with a row per event (or with --wiki-list a bulleted line per event), its
    citations, and nothing else MediaWiki would read as markup."""
    code = mwparserfromhell.parse(text)
    check_citations(code, timeline)
    if text.startswith("{|"):
        rows = [t for t in code.filter_tags(recursive=True) if t.wiki_markup == "|-"]
        assert len(rows) == len(timeline.events) + 1
    else:
        assert sum(line.startswith("* ") for line in text.splitlines()) == len(timeline.events)
    found = [f for f in wiki_markup(code, allowed=WIKI_LAYOUT)
             if not re.fullmatch(r"'{2,3}.*'{2,3}", f, re.S)]
    assert found == [], found[:5]


def check_citations(code: Wikicode, timeline: Timeline) -> None:
    """One `<ref>` holding one `{{cite news}}` per event whose article has a title or an
    http(s) URL, one `<references />` when there are any, and no other template or link:
    the cite templates are taken out of `code` once checked."""
    docs = {d.id: d for d in timeline.documents}
    links = article_links(timeline.documents)
    cited = [e for e in timeline.events if docs[e.doc].title or safe_url(docs[e.doc].url)]
    tags = code.filter_tags(recursive=True)
    refs = [t for t in tags if str(t.tag).strip() == "ref"]
    assert len(refs) == len(cited), (len(refs), len(cited))
    assert sum(str(t.tag).strip() == "references" for t in tags) == (1 if cited else 0)
    for ref in refs:
        templates = ref.contents.filter_templates(recursive=False)
        assert len(templates) == 1 and templates[0].name.strip() == "cite news", str(ref)
        cite = templates[0]
        assert {str(p.name).strip() for p in cite.params} <= {"title", "url", "date"}
        assert str(cite.get("title").value).strip()
        if cite.has("url"):
            assert str(cite.get("url").value).strip() in links
        code.remove(ref)
    assert not code.filter_templates(recursive=True)
    assert not code.filter_external_links(recursive=True)


def check_json(text: str, timeline: Timeline) -> None:
    """The `timeline/1` document with every event."""
    data = json.loads(text)
    assert data["schema"] == "timeline/1" and len(data["events"]) == len(timeline.events)


def check_timelinejs(text: str, timeline: Timeline) -> None:
    """Knight Lab's schema, a slide per event that has a date, no live markup in its HTML."""
    data = json.loads(text)
    TIMELINEJS_VALIDATOR.validate(data)
    links = article_links(timeline.documents)
    for slide in data["events"]:
        tags = html_tags(slide["text"]["text"]) + html_tags(slide["text"]["headline"])
        assert {t for t, _ in tags} <= {"p", "strong", "a"}, tags
        _check_no_live_markup([(t, {k: v for k, v in a.items() if k not in ("target", "rel")})
                               for t, a in tags], links)
    assert len(data["events"]) == len(timeline.events) - len(timelinejs_left_out(timeline))


def check_ics(text: str, timeline: Timeline) -> None:
    """iCalendar as the `icalendar` library reads it: DTSTART before DTEND, of one type."""
    vevents = list(icalendar.Calendar.from_ical(text).walk("VEVENT"))
    assert len(vevents) == len(calendar_events(timeline)[0])
    for vevent in vevents:
        start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
        assert type(start) is type(end) and start < end


def check_csv(text: str, timeline: Timeline) -> None:
    """RFC 4180 CSV: the header and one row per event."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(timeline.events) + 1


def check_timeml(text: str, timeline: Timeline) -> None:
    """XML that lxml parses, whose `<TEXT>` is the article text (one character for one)."""
    root = etree.fromstring(text.encode("utf-8"))
    body = root.find("TEXT")
    assert body is not None
    assert len("".join(body.itertext())) == len(timeline.documents[0].text)
    for timex in body.iter("TIMEX3"):
        assert timex.get("value") is not None and timex.get("type")


CHECKS: dict[str, Callable[[str, Timeline], None]] = {
    "html": check_html_page, "fragment": check_html_fragment, "md": check_markdown,
    "wikitext": check_wikitext, "wikilist": check_wikitext, "json": check_json,
    "timelinejs": check_timelinejs, "ics": check_ics, "csv": check_csv, "timeml": check_timeml,
}
# Every output of `extract`: (name, format, options).
OUTPUTS: list[tuple[str, str, dict[str, Any]]] = [
    ("html", "html", {}), ("fragment", "html", {"fragment": True}), ("md", "md", {}),
    ("wikitext", "wikitext", {}), ("wikilist", "wikitext", {"wiki_list": True}),
    ("json", "json", {}), ("timelinejs", "timelinejs", {}),
    ("ics", "ics", {}), ("csv", "csv", {}), ("timeml", "timeml", {}),
]


def as_page(name: str, text: str) -> str:
    """An HTML output as a whole page, a fragment set inside a wiki-like page."""
    return WIKI_PAGE.format(fragment=text) if name == "fragment" else text


def vnu_command() -> list[str] | None:
    """The Nu HTML Checker's command line, or None where it is not installed."""
    java = shutil.which("java")
    if not java or not VNU_JAR.is_file():
        return None
    return [java, "-jar", str(VNU_JAR), "--format", "json", "--no-langdetect"]


def nu_errors(command: list[str], paths: list[Path]) -> list[dict[str, Any]]:
    """The Nu checker's errors over all `paths`, in one run."""
    done = subprocess.run([*command, *map(str, paths)], capture_output=True, text=True,
                          timeout=900, check=False)
    messages = json.loads(done.stderr or done.stdout)["messages"]
    return [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]


def check_compare(name: str, text: str, comparison: Comparison) -> None:
    """A comparison in `name` (html, fragment, md, json): a row per aligned happening."""
    rows = len(comparison.rows)
    if name == "json":
        data = json.loads(text)
        assert data["schema"] == "timeline-compare/1" and len(data["rows"]) == rows
        return
    if name == "md":
        text = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    tags = html_tags(text)
    _check_no_live_markup([t for t in tags if t[0] not in ("style", "meta")],
                          article_links(comparison.documents))
    assert sum(1 for t, a in tags if t == "tr" and a.get("class") != "tl-year-row") == rows + 1
    if name == "fragment":
        assert wiki_markup(text) == [], wiki_markup(text)[:5]
