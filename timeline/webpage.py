"""Read a saved web page: main text and title (trafilatura), publication date (htmldate)."""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Iterator

from timeline.errors import InputError
from timeline.model import Document
from timeline.records import parse_json

logger = logging.getLogger(__name__)

DATE_FORMAT = "%Y-%m-%d"
# Where a page states its date, in the order `date_origin` looks: structured data first.
PUBLISHED_KEYS = ("datepublished", "datecreated", "article:published_time", "og:published_time",
                  "pubdate", "publishdate", "publication_date", "dc.date", "dc.date.issued",
                  "date", "sailthru.date", "parsely-pub-date", "citation_publication_date")
# A line of at least this many words is prose; menus and link lists are shorter.
SENTENCE_MIN_WORDS = 6
_CLOSING_HTML_RE = re.compile(r"</html\s*>", re.IGNORECASE)
# An HTML tag: closing or not, its name, and whether it closes itself ("<br/>").
_TAG_RE = re.compile(r"<(?P<close>/?)(?P<name>[a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(?P<self>/?)>")
# Elements with no closing tag (HTML's void elements) or whose closing tag may be left out
# ("<li>one<li>two"): counting them would measure depth a page does not have.
_UNCLOSED = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
             "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
             "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb",
             "rt", "rp", "html", "head", "body"}
# Levels of nesting libxml2's HTML parser reads.
_MAX_DEPTH = 255
_URL_DATE_RE = re.compile(r"(?P<year>(?:19|20)\d{2})[/_-](?P<month>[01]?\d)[/_-](?P<day>[0-3]?\d)\b")


def read_webpage(text: str, source: str, stem: str) -> Document:
    """A saved web page as a Document: its main text, title, URL and dates.

    The title is kept as the first line of the text (like a text file's headline) so
    that its dates are tagged. `published_via` says where the date was found;
    `updated` is the page's last-modified date when htmldate finds a later one.
    Raises: InputError when no article text can be found.
    """
    # Imported here: both load lxml and their own data, a cost other formats never pay.
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    fields: dict[str, Any] = {}
    if extracted is not None:
        fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body, title, url = (fields.get(key) or "" for key in ("text", "title", "url"))
    title = str(title).strip()
    if not isinstance(body, str) or not has_sentence(body.replace(title, "", 1)):
        raise InputError(f"no article text could be found in the web page{_why_empty(text)}",
                         source=source)
    if title:
        # A paragraph of its own, so the headline never runs into the lead sentence.
        # Only a whole first line that is the title is taken as it: a title that merely
        # begins the lead ("Talks" in "Talks ended on Monday") is no line of its own.
        first, _, rest = body.lstrip().partition("\n")
        body = f"{title}\n\n{rest.lstrip()}" if first.strip() == title \
            else f"{title}\n\n{body.lstrip()}"
    url = url if isinstance(url, str) and url else None
    published, updated = find_page_dates(text, url)
    return Document(
        id=stem,
        text=body,
        title=title,
        published=published,
        published_from="html" if published else None,
        source=source,
        url=url,
        updated=updated,
        published_via=date_origin(text, published, url) if published else None,
    )


def _why_empty(page: str) -> str:
    """What may have kept a page's text from being found, as a note for the error."""
    if not _CLOSING_HTML_RE.search(page[-4096:]):
        return " (the page ends before </html>: it looks truncated)"
    from lxml import etree, html as lxml_html  # type: ignore[import-untyped,unused-ignore]

    try:  # libxml2 reads 255 levels of nesting, 2048 with huge_tree
        read = lxml_html.fromstring(page).text_content()
        whole = lxml_html.fromstring(page, parser=lxml_html.HTMLParser(huge_tree=True))
    except (etree.LxmlError, ValueError, TypeError):
        return ""
    if len(whole.text_content().split()) > len(read.split()) + SENTENCE_MIN_WORDS \
            or _deepest(page) > _MAX_DEPTH:  # past 2048 levels even huge_tree reads nothing
        return (" (its elements nest more than 255 levels deep, and the HTML parser reads "
                "no deeper)")
    return ""


def _deepest(page: str) -> int:
    """How deep the page's elements nest, counted along its tags (`_UNCLOSED` left out): a
    page too deep for the parser cannot be measured by it."""
    depth = deepest = 0
    for tag in _TAG_RE.finditer(page):
        if tag["name"].lower() in _UNCLOSED or tag["self"]:
            continue
        depth = max(depth - 1, 0) if tag["close"] else depth + 1
        deepest = max(deepest, depth)
    return deepest


def has_sentence(text: str) -> bool:
    """True when some line of `text` reads like prose, not a menu of short links."""
    return any(len(line.split()) >= SENTENCE_MIN_WORDS for line in text.split("\n"))


def find_page_dates(page: str, url: str | None = None) -> tuple[str | None, str | None]:
    """The page's publication date and, when later, its last update, as YYYY-MM-DD."""
    import htmldate

    published = htmldate.find_date(page, original_date=True, outputformat=DATE_FORMAT, url=url)
    latest = htmldate.find_date(page, original_date=False, outputformat=DATE_FORMAT, url=url)
    updated = latest if latest and published and latest > published else None
    return published or None, updated


def date_origin(page: str, day: str, url: str | None = None) -> str:
    """Where the page states `day` (YYYY-MM-DD): `json-ld`, `meta`, `time`, `url` or `text`."""
    from lxml import html as lxml_html  # type: ignore[import-untyped,unused-ignore]

    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, TypeError) as err:  # lxml rejects some inputs it cannot parse at all
        logger.debug("cannot parse the page to locate its date: %s", err)
        return "text"
    if any(value.startswith(day) for value in _json_ld_dates(tree)):
        return "json-ld"
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in PUBLISHED_KEYS and (meta.get("content") or "").strip().startswith(day):
            return "meta"
    if any((t.get("datetime") or "").strip().startswith(day) for t in tree.iter("time")):
        return "time"
    urls = [url or ""] + [link.get("href") or "" for link in tree.iter("link")
                          if (link.get("rel") or "").lower() == "canonical"]
    if any(_url_day(u) == day for u in urls):
        return "url"
    return "text"


def _json_ld_dates(tree: Any) -> Iterator[str]:
    """The `datePublished`/`dateCreated` values of the page's JSON-LD blocks."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = parse_json(script.text)
        except json.JSONDecodeError:
            continue
        yield from _find_keys(data, ("datePublished", "dateCreated"))


def _find_keys(data: Any, keys: tuple[str, ...]) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys and isinstance(value, str):
                yield value.strip()
            else:
                yield from _find_keys(value, keys)
    elif isinstance(data, list):
        for item in data:
            yield from _find_keys(item, keys)


def _url_day(url: str) -> str | None:
    match = _URL_DATE_RE.search(url)
    if match is None:
        return None
    year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
    return f"{year:04d}-{month:02d}-{day:02d}"
