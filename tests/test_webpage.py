"""Tests of `timeline.webpage`: title, main text and dates of saved news pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.ingest import read_documents
from timeline.model import Document
from timeline.webpage import date_origin

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "webpages"


def read_page(name: str) -> Document:
    documents = read_documents(str(PAGES / name))
    assert len(documents) == 1
    return documents[0]


@pytest.mark.parametrize(("page", "title"), [
    ("insight_landing.html", "NASA\u2019s InSight lander touches down on Mars"),
    ("singapore_summit.html", "Trump and Kim sign joint statement at Singapore summit"),
    ("voyager_interstellar.html", "Voyager 2 reaches interstellar space"),
], ids=["wordpress", "cms-url-date", "meta-date"])
def test_webpage_title(page: str, title: str) -> None:
    doc = read_page(page)
    assert doc.title == title
    assert doc.text.startswith(title + "\n\n")


# (page, first words of the article, last words of the article)
ARTICLES = [
    ("insight_landing.html", "NASA\u2019s InSight lander touched down on Mars on Monday",
     "begins lifting them onto the ground in December."),
    ("singapore_summit.html", "U.S. President Donald Trump and North Korean leader Kim Jong Un",
     "invite Kim to the White House at an appropriate time."),
    ("voyager_interstellar.html", "NASA\u2019s Voyager 2 probe has left the heliosphere",
     "running until the mid-2020s."),
]


@pytest.mark.parametrize(("page", "first", "last"), ARTICLES,
                         ids=["wordpress", "cms-url-date", "meta-date"])
def test_webpage_main_text_whole(page: str, first: str, last: str) -> None:
    text = read_page(page).text
    assert first in text and text.rstrip().endswith(last)


# (page, strings of navigation, comments, sidebars and footers)
CHROME = [
    ("insight_landing.html", ["Launches", "Subscribe to our newsletter", "marsfan42",
                              "Watched the landing live", "marsquake", "Most read",
                              "Falcon Heavy", "Proudly powered", "Tagged"]),
    ("singapore_summit.html", ["Business", "Search World Wire", "Tweet", "More from World Wire",
                               "borrowed jet", "Privacy policy"]),
    ("voyager_interstellar.html", ["Sign in", "Climate", "Reader comments", "stargazer",
                                   "Incredible engineering", "Cookie settings"]),
]


@pytest.mark.parametrize(("page", "chrome"), CHROME,
                         ids=["wordpress", "cms-url-date", "meta-date"])
def test_webpage_no_navigation_or_comments(page: str, chrome: list[str]) -> None:
    text = read_page(page).text
    assert [c for c in chrome if c in text] == []


# (page, published, where it was found, updated)
DATES = [
    ("insight_landing.html", "2018-11-26", "json-ld", "2018-11-28"),
    ("singapore_summit.html", "2018-06-12", "url", None),
    ("voyager_interstellar.html", "2018-12-10", "meta", None),
]


@pytest.mark.parametrize(("page", "published", "via", "updated"), DATES,
                         ids=["json-ld-and-modified", "url-only", "meta-tag"])
def test_webpage_dates_and_their_origin(page: str, published: str, via: str,
                                        updated: str | None) -> None:
    doc = read_page(page)
    assert (doc.published, doc.published_from) == (published, "html")
    assert (doc.published_via, doc.updated) == (via, updated)


def test_webpage_dates_in_document_json() -> None:
    entry = read_page("insight_landing.html").to_dict()
    assert (entry["published"], entry["updated"], entry["published_via"]) == \
        ("2018-11-26", "2018-11-28", "json-ld")


@pytest.mark.parametrize(("page", "origin"), [
    ('<html><head><meta name="date" content="2018-05-23"></head></html>', "meta"),
    ('<html><body><time datetime="2018-05-23T10:00">May 23</time></body></html>', "time"),
    ('<html><body><p>Posted May 23, 2018</p></body></html>', "text"),
    ('<html><head><script type="application/ld+json">{"datePublished": "2018-05-23"}'
     '</script></head></html>', "json-ld"),
], ids=["meta", "time", "text", "json-ld"])
def test_webpage_date_origin(page: str, origin: str) -> None:
    assert date_origin(page, "2018-05-23") == origin


def test_webpage_extract_uses_page_date() -> None:
    from timeline.api import extract

    timeline = extract(read_page("singapore_summit.html"))
    values = {e.when.text: e.when.value for e in timeline.events}
    assert values["Tuesday"] == "2018-06-12" and values["May 24"] == "2018-05-24"


def test_webpage_truncated_page_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "cut.html"
    page.write_bytes((PAGES / "voyager_interstellar.html").read_bytes()[:700])
    with pytest.raises(InputError, match="no article text .* it looks truncated"):
        read_documents(str(page))
