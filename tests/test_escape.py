"""Links from records: only http(s) URLs, written so that no markup reads them as its own."""

from __future__ import annotations

import urllib.parse

import pytest

from timeline.escape import safe_url

URLS = [
    # kept as they are
    ("https://news.example/2018/05/23/story.html", "https://news.example/2018/05/23/story.html"),
    ("http://x.example/a?b=1&c=2#d", "http://x.example/a?b=1&c=2#d"),
    (" https://x.example/ ", "https://x.example/"),
    # characters that end or start markup, percent-encoded
    ("https://x.example/a b", "https://x.example/a%20b"),
    ("https://x.example/[1]|{2}", "https://x.example/%5B1%5D%7C%7B2%7D"),
    ("https://x.example/'q'<b>\"", "https://x.example/%27q%27%3Cb%3E%22"),
    ("https://x.example/~~~~", "https://x.example/%7E%7E%7E%7E"),
    ("https://x.example/__NOTOC__", "https://x.example/_%5FNOTOC_%5F"),
    # not links
    ("javascript:alert(1)", ""),
    ("JAVASCRIPT:alert(1)", ""),
    ("data:text/html,<b>x</b>", ""),
    ("/relative/path", ""),
    ("https:///no-host", ""),
    ("https://x.example/\x00", ""),
    ("", ""),
    (None, ""),
]


@pytest.mark.parametrize(("url", "expected"), URLS, ids=[repr(u) for u, _ in URLS])
def test_escape_safe_url(url: str | None, expected: str) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize("url", [u for u, e in URLS if e], ids=[repr(u) for u, e in URLS if e])
def test_escape_safe_url_is_the_same_address(url: str) -> None:
    # Percent-encoding the characters we encode leaves the address a server sees unchanged.
    assert urllib.parse.unquote(safe_url(url)) == urllib.parse.unquote(url.strip())
