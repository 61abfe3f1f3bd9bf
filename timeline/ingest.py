"""Read articles (text, TimeML, JSON records, web pages) into `Document`s with exact text."""

from __future__ import annotations

import codecs
import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator
from xml.parsers.expat import ErrorString

from timeline.errors import InputError
from timeline.limits import MAX_SIZE, check_size, read_limited
from timeline.model import Document
from timeline.records import is_json_lines, read_json, read_jsonl_record
from timeline.webpage import read_webpage

logger = logging.getLogger(__name__)

STDIN = "-"
SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".tml": "timeml", ".xml": "timeml",
    ".json": "json", ".jsonl": "jsonl",
    ".html": "html", ".htm": "html",
}
CHROME_WORDS = frozenset({
    "print", "share", "email", "e-mail", "mail", "tweet", "comment", "comments",
    "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "save",
    "copy", "link", "this", "on", "article",
})
BULLETS = "•*-·▪►‣◦–"
HEADER_KEYS = {
    "published": "published", "publication date": "published", "date": "published",
    "posted": "published", "dateline": "published", "title": "title",
}
TITLE_MAX_WORDS = 25
# The share of NUL bytes at every other position that marks UTF-16 without a BOM.
UTF16_NUL_SHARE = 0.9
BULLET_MAX_WORDS = 5

_CHROME_SPLIT_RE = re.compile(r"[\s|/·•]+")
_HEADER_RE = re.compile(
    r"""^\s*(?P<key>publication\ date|published|posted|dateline|date|title)
    \s*:\s*(?P<value>\S.*?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_DECLARED_ENCODING_RE = re.compile(
    rb"""^[^>]{0,200}?encoding=["'](?P<xml>[\w.:-]+)["']
    | <meta[^>]{0,200}?charset=["']?(?P<html>[\w.:-]+)""",
    re.IGNORECASE | re.VERBOSE,
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"


def read_documents(
    source: str, data: bytes | None = None, *, encoding: str | None = None,
    max_size: int = MAX_SIZE,
) -> list[Document]:
    """Read the article(s) at `source` (a path, or "-" for `data` read from stdin).

    data: the input's bytes; read from `source` when None.
    encoding: overrides UTF-8 (and any encoding the file declares).
    max_size: the largest input accepted, in bytes.
    Raises: InputError for a missing, unreadable, binary, undecodable, malformed or too
        large input.
    """
    raw = _read_bytes(source, max_size) if data is None else data
    check_size(len(raw), source, max_size)
    stem = STDIN if source == STDIN else Path(source).stem
    fmt = None if source == STDIN else SUFFIX_FORMATS.get(Path(source).suffix.lower())
    text = _decode(raw, source, encoding, fmt)
    if not text.strip():
        raise InputError("is empty", source=source)
    fmt = fmt or _sniff_format(text)
    logger.debug("reading %s as %s", source, fmt)
    if fmt == "timeml":
        return [_read_timeml(text, source, stem)]
    if fmt in ("json", "jsonl"):
        return read_json(text, source, stem, lines=fmt == "jsonl")
    if fmt == "html":
        return [read_webpage(text, source, stem)]
    return [_read_text(text, source, stem)]


def iter_documents(
    source: str, data: bytes | None = None, *, encoding: str | None = None,
    max_size: int = MAX_SIZE,
) -> Iterator[tuple[str, Document | InputError]]:
    """Each document of `source` with its id, or the error that kept it from being read.

    Unlike `read_documents`, one bad record of a JSON Lines input (a `.jsonl` file, or
    standard input that `is_json_lines`) is reported on its own (id `name:line`) and the
    other records are still read; any other bad input is one error under the file's id.
    """
    stem = STDIN if source == STDIN else Path(source).stem
    try:
        raw = _read_bytes(source, max_size) if data is None else data
        fmt = None if source == STDIN else SUFFIX_FORMATS.get(Path(source).suffix.lower())
        if fmt is None and is_json_lines(_decode(raw, source, encoding, fmt)):
            fmt = "jsonl"  # `cat articles.jsonl | timeline batch -`: one record per line too
        if fmt != "jsonl":
            documents = read_documents(source, raw, encoding=encoding, max_size=max_size)
            yield from ((doc.id, doc) for doc in documents)
            return
        check_size(len(raw), source, max_size)
        text = _decode(raw, source, encoding, fmt)
    except InputError as err:
        yield stem, err
        return
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            doc = read_jsonl_record(line, source, stem, number)
        except InputError as err:
            yield f"{stem}:{number}", err
            continue
        yield doc.id, doc


def _read_bytes(source: str, max_size: int) -> bytes:
    """The bytes of the file at `source`, checked for existence, type and size (a pipe or
    device, whose size is not known ahead, is read no further than the limit)."""
    if source == STDIN:
        raise InputError("standard input must be passed to read_documents as data", source=source)
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError("is a directory, not a file", source=source)
        check_size(path.stat().st_size, source, max_size)
        with path.open("rb") as handle:
            return read_limited(handle, source, max_size)
    except FileNotFoundError:
        raise InputError("file not found", source=source) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", source=source) from None
    except OSError as err:
        raise InputError(f"cannot be read ({err.strerror or err})", source=source) from None


def _decode(raw: bytes, source: str, encoding: str | None, fmt: str | None) -> str:
    """Decode `raw` with `encoding`, else a UTF-16 BOM, a declared XML/HTML charset, or UTF-8."""
    explicit = encoding is not None
    encoding = encoding or _detect_encoding(raw, fmt)
    name = text_encoding(encoding)
    if name is None:
        raise InputError(
            f"unknown text encoding '{encoding}'; pass a name such as utf-8, latin-1 or cp1252",
            source=source,
        ) from None
    if not name.startswith(("utf-16", "utf-32")) and _is_binary(raw):
        utf16 = _utf16_order(raw)
        if utf16:
            raise InputError(f"looks like {utf16.upper()} text without a byte-order mark",
                             source=source, remedy=f"give its encoding, {utf16}",
                             option=utf16)
        raise InputError("looks like a binary file, not an article", source=source)
    shift = len(codecs.BOM_UTF8) if name == "utf-8" and raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[shift:].decode(name)
    except UnicodeDecodeError as err:
        where = f"byte 0x{raw[err.start + shift]:02x} at offset {err.start + shift}"
        if explicit or name != "utf-8":
            detail, remedy = f"is not valid {encoding} ({where})", "give the right encoding"
        else:
            detail, remedy = f"is not valid UTF-8 ({where})", "give its encoding, e.g. latin-1"
        raise InputError(detail, source=source, remedy=remedy, option="encoding") from None
    return text.removeprefix("\ufeff")


def _detect_encoding(raw: bytes, fmt: str | None) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if fmt in (None, "timeml", "html"):
        match = _DECLARED_ENCODING_RE.search(raw[:2048])
        if match:
            declared = (match.group("xml") or match.group("html")).decode("ascii")
            name = text_encoding(declared)
            # A declared name that is no text encoding ("rot13", "zlib") is ignored, and so
            # is UTF-16 or UTF-32 declared in bytes that read as ASCII: in those, ASCII takes
            # two or four bytes (the HTML standard's prescan reads such a page as UTF-8).
            return declared if name and not name.startswith(("utf-16", "utf-32")) else "utf-8"
    return "utf-8"


def text_encoding(name: str) -> str | None:
    """The codec name of the text encoding `name`, or None when there is none: unknown,
    or a bytes-to-bytes or str-to-str codec such as rot13 or zlib."""
    try:
        b"a".decode(name)  # an empty input is not decoded at all, so not checked
    except UnicodeDecodeError:  # a text encoding that needs more bytes (UTF-16)
        pass
    except LookupError:
        return None
    return codecs.lookup(name).name


def _utf16_order(raw: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` for UTF-16 without a BOM (Western text: every other byte
    is NUL, the others are not), else None."""
    head = raw[:8192]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= UTF16_NUL_SHARE and nul_even <= 1 - UTF16_NUL_SHARE:
        return "utf-16-le"
    if nul_even >= UTF16_NUL_SHARE and nul_odd <= 1 - UTF16_NUL_SHARE:
        return "utf-16-be"
    return None


def _is_binary(raw: bytes) -> bool:
    """True for NUL bytes or a head of mostly control bytes, as in images and archives."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > 0.1 * len(head)


def _sniff_format(text: str) -> str:
    head = text.lstrip()[:1024].lower()
    if head.startswith("<?xml"):
        return "html" if "<!doctype html" in head or "<html" in head else "timeml"
    if head.startswith("<timeml"):
        return "timeml"
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


# --- plain text ---------------------------------------------------------------------------


def _read_text(text: str, source: str, stem: str) -> Document:
    """A plain-text article: headers and site chrome removed, headline taken as title."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    keep = [not _is_chrome_line(line) for line in lines]
    headers = _take_headers(lines, keep)
    for index in _trailing_bullets(lines, keep):
        keep[index] = False
    body = _join_kept(lines, keep)
    if not body.strip():
        detail = "has no article text after removing headers and site chrome"
        raise InputError(detail, source=source)
    return Document(
        id=stem,
        text=body,
        title=headers.get("title") or _headline(body),
        published=headers.get("published"),
        published_from="header" if "published" in headers else None,
        source=source,
    )


def _is_chrome_line(line: str) -> bool:
    """True for a line of only sharing words, such as `Print PRINT` or `Share | Tweet | Email`."""
    words = [w for w in _CHROME_SPLIT_RE.split(line.strip().lower()) if w]
    return bool(words) and len(words) <= 8 and all(w in CHROME_WORDS for w in words)


def _take_headers(lines: list[str], keep: list[bool]) -> dict[str, str]:
    """Read `Key: value` header lines at the top; drop them from `keep`.

    A `Title:` line is kept as the bare title, so that dates in the headline are tagged.
    """
    headers: dict[str, str] = {}
    seen = 0
    for index, line in enumerate(lines):
        if not keep[index] or not line.strip():
            continue
        match = _HEADER_RE.match(line)
        if match:
            key, value = HEADER_KEYS[match.group("key").lower()], match.group("value")
            headers.setdefault(key, value)
            keep[index] = key == "title"
            lines[index] = value
            continue
        seen += 1
        # The header block may follow the headline, but ends at the first paragraph.
        if seen > 1 or not _is_headline(line):
            break
    return headers


def _trailing_bullets(lines: list[str], keep: list[bool]) -> list[int]:
    """Indexes of a trailing block of short bullet items (section links), if at least two."""
    found: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip()
        if not keep[index] or not line:
            continue
        if not _is_bullet_link(line):
            break
        found.append(index)
    return found if len(found) >= 2 else []


def _is_bullet_link(line: str) -> bool:
    if line[0] not in BULLETS:
        return False
    label = line.lstrip(BULLETS).strip()
    return bool(label) and len(label.split()) <= BULLET_MAX_WORDS and label[-1] not in ".?!:;,"


def _join_kept(lines: list[str], keep: list[bool]) -> str:
    """Join the kept lines, dropping the blank lines that removed ones leave at either end."""
    content = [i for i, line in enumerate(lines) if keep[i] and line.strip()]
    if not content:
        return ""
    first, last = content[0], content[-1]
    if all(keep[:first]):
        first = 0
    if all(keep[last + 1:]):
        last = len(lines) - 1
    return "\n".join(lines[i] for i in range(first, last + 1) if keep[i])


def _headline(body: str) -> str:
    """The first non-empty line when it reads as a headline, else ""."""
    for line in body.split("\n"):
        if line.strip():
            return line.strip().lstrip("#").strip() if _is_headline(line) else ""
    return ""


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and stripped[-1] not in ".?!," and len(stripped.split()) < TITLE_MAX_WORDS


# --- TimeML -------------------------------------------------------------------------------


def _read_timeml(text: str, source: str, stem: str) -> Document:
    """A TimeML file: the text content of <TEXT> exactly, the title, and the DCT value."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        line, column = err.position
        where = f"line {line}, column {column + 1}: {ErrorString(err.code)}"
        raise InputError(f"is not valid XML ({where})", source=source) from None
    elements = {_local_name(el.tag): el for el in reversed(list(root.iter()))}
    body = elements.get("TEXT")
    if body is None:
        raise InputError("has no <TEXT> element; expected a TimeML file", source=source)
    title = elements.get("TITLE")
    dct = _timeml_dct(root)
    return Document(
        id=stem,
        text="".join(body.itertext()),
        title="".join(title.itertext()).strip() if title is not None else "",
        published=dct,
        published_from="timeml" if dct else None,
        source=source,
    )


def _local_name(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _timeml_dct(root: ET.Element) -> str | None:
    """The `value` of the TIMEX3 inside <DCT>, or of the one marked CREATION_TIME."""
    for element in root.iter():
        if _local_name(element.tag) != "DCT":
            continue
        for timex in element.iter():
            if _local_name(timex.tag) == "TIMEX3" and timex.get("value"):
                return timex.get("value")
    for timex in root.iter():
        is_timex = _local_name(timex.tag) == "TIMEX3"
        if is_timex and timex.get("functionInDocument") == "CREATION_TIME":
            return timex.get("value") or None
    return None
