"""Article text made inert for each markup it is written into: Markdown, wikitext, and HTML
that is pasted into a wiki page (the `--fragment`).

`render.py` registers these as template filters, and the wiki fragment's environment
runs every value through `escape_wiki_html`.
"""

from __future__ import annotations

import re
import urllib.parse

MD_SPECIAL = "\\`*_{}[]<>()#|~&!"
# Characters that start wikitext markup anywhere in a line (links, templates, tables,
# bold/italic quotes, signatures, magic words, tags, entities): written as character
# references, which MediaWiki shows as the character and never parses.
WIKI_SPECIAL = "&<>[]{}|'=*#:;~_!"
_WIKI_TABLE = {ord(c): f"&#{ord(c)};" for c in WIKI_SPECIAL}
_MD_TABLE = {ord(c): "\\" + c for c in MD_SPECIAL}
# MediaWiki links "ISBN 0-12-345678-9", "RFC 2616" and "PMID 123" by itself. Its pattern
# needs the word whole, so its first letter written as a reference breaks the link.
_MAGIC_LINK = re.compile(r"\b(?:ISBN|RFC|PMID)\b")
# Controls other than tab, newline and carriage return, and the noncharacters: HTML, XML
# and iCalendar forbid them in text (an article may hold a form feed or an escape).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
                          + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}"
                                    for p in range(0, 0x110000, 0x10000)) + "]")
# At the start of a line "- x", "+ x" and "1. x" are list items, "=" and "-" lines setext
# underlines; a backslash before that punctuation is a plain character anywhere else.
_MD_LINE_START = re.compile(r"^\s*(?:\d{1,9}(?=\.(?:\s|$))|(?=[-+](?:\s|$)|[-=]+\s*$))")


def escape_markdown(text: str) -> str:
    """`text` on one line with every Markdown and HTML metacharacter backslash-escaped.

    Whitespace at either end is kept as one space, so escaped pieces can be joined; a
    piece that may start a line (a quote) has its list or heading marker escaped too.
    """
    escaped = flatten(text).translate(_MD_TABLE)
    return _MD_LINE_START.sub(lambda m: m[0] + "\\", escaped, count=1)


def printable(text: str) -> str:
    """`text` with every character that no text format may hold (a control, a
    noncharacter) as a space."""
    return text if text.isprintable() else _UNPRINTABLE.sub(" ", text)


def flatten(text: str) -> str:
    """`text` printable and on one line; whitespace at either end is kept as one space."""
    text = printable(text)
    flat = " ".join(text.split())
    if flat and text[:1].isspace():
        flat = " " + flat
    if flat and text[-1:].isspace():
        flat += " "
    return flat


def escape_wikitext(text: str) -> str:
    """`text` on one line, every character that could start wikitext markup (and the first
    letter of a magic link word) as a character reference."""
    escaped = flatten(text).translate(_WIKI_TABLE)
    # On the escaped text: MediaWiki reads "&#95;ISBN" (from "_ISBN") as ";" then a word.
    return _MAGIC_LINK.sub(lambda m: f"&#{ord(m[0][0])};{m[0][1:]}", escaped)


def escape_wiki_html(text: str) -> str:
    """`text` for HTML that will be pasted into a wiki page: on one line, with HTML's and
    wikitext's markup characters alike as character references, so that `<b>` stays text
    in the browser and `{{x}}`, `[[x]]` or `~~~~` stay text in the wiki."""
    return escape_wikitext(text).replace('"', "&#34;")


# What may follow the scheme of a link we write: http(s) only, so no `javascript:` or
# `data:` URL from a record becomes live. Characters that end or start markup in HTML,
# Markdown or wikitext (Wikipedia's Help:URL lists space " ' < > [ ] { | } for its cite
# templates; `~~~` signs and `__X__` switches in a wiki) are percent-encoded: the same URL
# to a server, and inert in every format.
_URL_SCHEME = re.compile(r"^https?://[^/?#\s]+", re.IGNORECASE | re.ASCII)
_URL_KEEP = "!#$%&()*+,-./:;=?@_"


def safe_url(url: str | None) -> str:
    """`url` as a link target safe in HTML, Markdown and wikitext, or '' when it is not an
    http(s) URL with a host (a `javascript:` URL, a relative path, blanks)."""
    text = (url or "").strip()
    if not _URL_SCHEME.match(text) or not text.isprintable():
        return ""
    quoted = urllib.parse.quote(text, safe=_URL_KEEP)
    return quoted.replace("~", "%7E").replace("__", "_%5F")
