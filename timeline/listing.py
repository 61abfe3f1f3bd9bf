"""The index page of a batch written as HTML: one entry per page, kept across runs.

`index.json` in the output directory holds the entries (a resumed batch adds to them);
`index.html` lists every page with its title, publication date and event count.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from timeline.datestyle import DEFAULT_STYLE, day_label
from timeline.model import Document
from timeline.records import parse_json

logger = logging.getLogger(__name__)
INDEX_DATA = "index.json"
INDEX_PAGE = "index.html"
INDEX_SCHEMA = "timeline-batch-index/1"


@dataclass(frozen=True, slots=True)
class PageView:
    """One page of the index."""

    file: str = field(metadata={"help": "the page's file name, relative to the index"})
    title: str = field(metadata={"help": "the article's title, else its id"})
    published: str = field(metadata={"help": "the publication date in the date style, or ''"})
    datetime: str = field(metadata={"help": "the publication date as ISO, or ''"})
    events: int = field(metadata={"help": "how many events the page lists"})


@dataclass(frozen=True, slots=True)
class IndexContext:
    """The context of `index.html.j2`."""

    title: str = field(metadata={"help": "page title"})
    pages: list[PageView] = field(metadata={
        "help": "every page, by publication date (undated last), then title"})
    fragment: bool = field(default=False, metadata={"help": "always false: a whole page"})


def page_entry(file: str, doc: Document, events: int) -> dict[str, Any]:
    """The `index.json` entry of one written page."""
    return {"file": file, "id": doc.id, "title": doc.title or doc.id,
            "published": doc.published or "", "events": events}


def merge_entries(path: Path, new: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The entries of the old `index.json` at `path` (if any), updated with `new`, by key."""
    try:
        old = parse_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = None
    pages = old.get("pages") if isinstance(old, dict) else None
    if old is not None and not isinstance(pages, dict):
        logger.warning("%s is not a batch index; it is written afresh", path)
    merged = dict(pages) if isinstance(pages, dict) else {}
    merged.update(new)
    return merged


def index_json(entries: dict[str, dict[str, Any]]) -> str:
    """`index.json`: the entries by document key."""
    return json.dumps({"schema": INDEX_SCHEMA, "pages": entries}, indent=2, sort_keys=True,
                      ensure_ascii=False) + "\n"


def build_index_context(entries: dict[str, dict[str, Any]], *, title: str = "Timelines",
                        style: str = DEFAULT_STYLE) -> IndexContext:
    """The index page's context: every entry, dated ones first by date, then by title."""
    pages = []
    for entry in entries.values():
        iso = str(entry.get("published") or "")
        try:
            label = day_label(date.fromisoformat(iso[:10]), style) if iso else ""
        except ValueError:
            iso, label = "", ""
        pages.append(PageView(str(entry["file"]), str(entry.get("title") or entry["file"]),
                              label, iso[:10] if iso else "", int(entry.get("events", 0))))
    pages.sort(key=lambda p: (p.datetime == "", p.datetime, p.title.casefold(), p.file))
    return IndexContext(title=title, pages=pages)
