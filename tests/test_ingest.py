"""Tests of `timeline.ingest`: every input format, site chrome, exact TimeML text, bad input."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.ingest import read_documents
from timeline.limits import MAX_SIZE
from timeline.model import Document

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "fixtures" / "ingest"
SEED = ROOT / "seeds" / "000_6c7597210edea6ab.txt"
TBAQ = ROOT / ".." / "shared" / "corpora" / "tbaq"
needs_tbaq = pytest.mark.skipif(
    not TBAQ.is_dir(), reason=f"TimeBank/AQUAINT corpus not found at {TBAQ} (../shared from the repo)"
)


def read_one(source: str | Path, data: bytes | None = None, **kwargs: str) -> Document:
    """The single document read from `source`."""
    documents = read_documents(str(source), data, **kwargs)
    assert len(documents) == 1
    return documents[0]


def gold_timexes(tml: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The <TEXT> content and its TIMEX3 spans, computed by a regex walk (not an XML parser)."""
    body = tml[tml.index("<TEXT>") + len("<TEXT>"): tml.index("</TEXT>")]
    text, spans, opened = "", [], []
    for token in re.findall(r"<[^>]*>|&[#\w]+;|[^<&]+", body):
        if token.startswith("<TIMEX3"):
            opened.append(len(text))
        elif token == "</TIMEX3>":
            start = opened.pop()
            spans.append((start, len(text), text[start:]))
        elif not token.startswith("<"):
            text += html.unescape(token)
    return text, spans


# --- plain text ---------------------------------------------------------------------------


def test_ingest_seed_article_title() -> None:
    assert read_one(SEED).title == "Japan, U.S. affirm resolve on N. Korea ahead of Trump-Kim summit"


def test_ingest_seed_article_chrome_removed() -> None:
    doc = read_one(SEED)
    assert "print PRINT" not in doc.text.lower()
    for link in ("Ambassador", "Ukraine", "COVID-19", "Trending Japan"):
        assert link not in doc.text
    assert doc.text.startswith(doc.title + "\n")
    assert doc.text.endswith("Kono said.")


def test_ingest_seed_article_body_unchanged() -> None:
    raw = SEED.read_text(encoding="utf-8")
    doc = read_one(SEED)
    assert doc.text in raw
    assert (doc.id, doc.source, doc.published) == (SEED.stem, str(SEED), None)


@pytest.mark.parametrize(
    ("name", "title", "published", "first_line"),
    [
        ("chrome.txt", "Storm closes schools across the region on Monday", None,
         "Storm closes schools across the region on Monday"),
        ("header.txt", "Council approves budget for 2019", "May 23, 2018", "Council approves budget for 2019"),
        ("headline_then_date.txt", "Council approves budget for 2019", "2018-05-23T09:00+09:00",
         "Council approves budget for 2019"),
        ("no_title.txt", "", None, "The city council approved the budget on Tuesday after a two-hour debate, "
         "officials said."),
    ],
    ids=["chrome", "title-and-published-headers", "headline-then-date-header", "sentence-is-no-title"],
)
def test_ingest_text_fixture(name: str, title: str, published: str | None, first_line: str) -> None:
    doc = read_one(FIXTURES / name)
    assert (doc.id, doc.title, doc.published) == (Path(name).stem, title, published)
    assert doc.published_from == ("header" if published else None)
    assert doc.text.split("\n")[0] == first_line
    assert "Published:" not in doc.text and "Date:" not in doc.text and "Title:" not in doc.text


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        # site chrome
        ("Print PRINT", True),
        ("print PRINT", True),
        ("Share | Tweet | Email", True),
        ("  COMMENTS  ", True),
        ("Share this", True),
        # article text
        ("Print the report.", False),
        ("Share prices fell", False),
        ("Email", True),
    ],
    ids=["print-print", "print-lowercase", "share-tweet-email", "comments", "share-this",
         "sentence-with-print", "sentence-with-share", "email-alone"],
)
def test_ingest_chrome_line(line: str, removed: bool) -> None:
    data = f"Headline here\n\nFirst paragraph.\n{line}\nLast paragraph.\n".encode()
    assert (line.strip() not in read_one("-", data).text) == removed


@pytest.mark.parametrize(
    ("tail", "removed"),
    [
        ("  • Ambassador\n  • Ukraine\n  • COVID-19", True),
        ("* World\n\n* Business\n", True),
        ("- Sports\n· Culture\n▪ Opinion", True),
        ("  • Ambassador", False),
        ("- The vote was 7 to 2.\n- The mayor will sign it next week.", False),
        ("- a list item with many more words than a link\n- another long item of many words here", False),
    ],
    ids=["bullets", "stars-with-blank-line", "mixed-markers", "single-item", "sentences", "long-items"],
)
def test_ingest_trailing_bullets(tail: str, removed: bool) -> None:
    body = "Headline here\n\nThe only paragraph of the article.\n"
    doc = read_one("-", (body + tail).encode())
    assert (doc.text == body.rstrip("\n")) == removed


def test_ingest_bullets_before_the_end_kept() -> None:
    data = "Headline\n\n• One\n• Two\n\nA closing paragraph.".encode()
    assert "• One\n• Two" in read_one("-", data).text


@given(
    st.lists(
        st.text(alphabet="abcdefgh ,;'\u00e9\u2014", min_size=1, max_size=40).map(lambda s: s + "."),
        min_size=1, max_size=8,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_ingest_text_without_chrome_unchanged(paragraphs: list[str], newline: str) -> None:
    data = newline.join(paragraphs).encode()
    assert read_one("-", data).text == "\n".join(paragraphs)


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("\ufeffCafé opened on Monday.".encode(), None, "Café opened on Monday."),
        ("Café opened on Monday.".encode("latin-1"), "latin-1", "Café opened on Monday."),
        ("Café opened on Monday.".encode("utf-16"), None, "Café opened on Monday."),
        ("Café opened on Monday.".encode("cp1252"), "cp1252", "Café opened on Monday."),
    ],
    ids=["utf8-bom-stripped", "latin1-override", "utf16-bom", "cp1252-override"],
)
def test_ingest_encoding(data: bytes, encoding: str | None, expected: str) -> None:
    kwargs = {"encoding": encoding} if encoding else {}
    assert read_one("-", data, **kwargs).text == expected


def test_ingest_declared_xml_encoding() -> None:
    tml = '<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>Caf\u00e9 on Monday</TEXT></TimeML>'
    assert read_one("x.tml", tml.encode("latin-1")).text == "Café on Monday"


# --- TimeML -------------------------------------------------------------------------------


def test_ingest_timeml_fixture() -> None:
    doc = read_one(FIXTURES / "small.tml")
    assert (doc.id, doc.title) == ("small", "Markets rise & fall")
    assert (doc.published, doc.published_from) == ("1998-08-07T10:35", "timeml")
    assert doc.text.startswith("\nWASHINGTON (AP) _\n\nStocks rose Friday after AT&T said")
    assert "<5%" in doc.text and "NOT PART OF THE TEXT" not in doc.text


def test_ingest_timeml_offsets_match_gold_tags() -> None:
    raw = (FIXTURES / "small.tml").read_text(encoding="utf-8")
    expected_text, spans = gold_timexes(raw)
    doc = read_one(FIXTURES / "small.tml")
    assert doc.text == expected_text
    assert [doc.text[start:end] for start, end, _ in spans] == [t for _, _, t in spans]
    assert [t for _, _, t in spans] == ["Friday", "the third quarter", "two weeks", "now"]


XML_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")) | st.sampled_from("\n\t&<>\"'")
SEGMENTS = st.lists(st.tuples(st.sampled_from(["plain", "TIMEX3", "EVENT"]), st.text(XML_CHARS, max_size=12)))


@settings(max_examples=60, deadline=None)
@given(SEGMENTS)
def test_ingest_timeml_offsets_property(segments: list[tuple[str, str]]) -> None:
    parts, expected, text = [], [], "\n"
    for tag, chunk in segments:
        parts.append(escape(chunk) if tag == "plain" else f'<{tag} a="1">{escape(chunk)}</{tag}>')
        if tag == "TIMEX3":
            expected.append((len(text), len(text) + len(chunk), chunk))
        text += chunk
    tml = f'<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 value="2018-05-23">x</TIMEX3></DCT>' \
          f'<TEXT>\n{"".join(parts)}\n</TEXT></TimeML>'
    doc = read_one("-", tml.encode())
    assert doc.text == text + "\n"
    for start, end, chunk in expected:
        assert doc.text[start:end] == chunk


@needs_tbaq
@pytest.mark.parametrize(
    "name", ["AQUAINT/APW19980807.0261.tml", "TimeBank/ABC19980108.1830.0711.tml"], ids=["aquaint", "timebank"]
)
def test_ingest_tbaq_offsets_match_gold_tags(name: str) -> None:
    path = TBAQ / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the corpus at {TBAQ}")
    expected_text, spans = gold_timexes(path.read_text(encoding="utf-8"))
    doc = read_one(path)
    assert doc.text == expected_text and doc.text.startswith("\n")
    assert spans and all(doc.text[start:end] == t for start, end, t in spans)
    assert doc.id == path.name.removesuffix(".tml") and doc.published_from == "timeml"


# --- JSON records -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "index", "doc_id", "title", "published", "url"),
    [
        ("records.jsonl", 0, "budget", "Council approves budget", "2018-05-23", "https://example.org/budget"),
        ("records.jsonl", 1, "records:3", "", "May 21, 2018", None),
        ("records.jsonl", 2, "42", "", None, None),
        ("records.json", 0, "records:1", "First", None, None),
        ("records.json", 1, "second", "", "2018-06-13T08:30+00:00", None),
        ("single.json", 0, "single", "A single record", "23 May 2018", None),
    ],
    ids=["jsonl-full", "jsonl-id-from-line-number", "jsonl-numeric-id", "list-id-from-position",
         "list-with-id", "single-object"],
)
def test_ingest_json_record(
    name: str, index: int, doc_id: str, title: str, published: str | None, url: str | None
) -> None:
    doc = read_documents(str(FIXTURES / name))[index]
    assert (doc.id, doc.title, doc.published, doc.url) == (doc_id, title, published, url)
    assert doc.published_from == ("json" if published else None)
    assert doc.source == str(FIXTURES / name)


def test_ingest_json_text_exact() -> None:
    assert read_one(FIXTURES / "single.json").text == "Kono met Pompeo on Wednesday.\nThey spoke for an hour."


# --- web pages ----------------------------------------------------------------------------


def test_ingest_html_page() -> None:
    doc = read_one(FIXTURES / "page.html")
    assert (doc.id, doc.title) == ("page", "Japan, U.S. affirm resolve on N. Korea ahead of summit")
    assert (doc.published, doc.published_from) == ("2018-05-23", "html")
    assert doc.url == "https://news.example.org/2018/05/23/japan-us-north-korea"
    assert doc.text.startswith(doc.title) and "slated for June 12 in Singapore" in doc.text
    assert "Copyright" not in doc.text and "Privacy" not in doc.text


# --- formats and sources ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "data", "expected_id", "expected_from"),
    [
        ("-", (FIXTURES / "small.tml").read_bytes(), "-", "timeml"),
        ("-", b'{"text": "On Monday.", "published": "2018-05-21"}', "-", "json"),
        ("-", b'{"text": "On Monday."}\n{"text": "On Tuesday.", "id": "b"}\n', "-:1", None),
        ("-", (FIXTURES / "page.html").read_bytes(), "-", "html"),
        ("-", b"Published: 2018-05-21\n\nOn Monday, it rained.", "-", "header"),
        ("feed.dat", b'[{"text": "On Monday.", "published": "2018-05-21"}]', "feed:1", "json"),
        ("notes.md", b"# Plans for 2019\n\nWe will meet on Monday.", "notes", None),
    ],
    ids=["stdin-timeml", "stdin-json", "stdin-jsonl", "stdin-html", "stdin-text", "unknown-suffix-json",
         "markdown"],
)
def test_ingest_format_sniffed(
    source: str, data: bytes, expected_id: str, expected_from: str | None
) -> None:
    doc = read_documents(source, data)[0]
    assert (doc.id, doc.published_from, doc.source) == (expected_id, expected_from, source)


def test_ingest_markdown_heading_title() -> None:
    assert read_one("notes.md", b"# Plans for 2019\n\nWe will meet on Monday.").title == "Plans for 2019"


def test_ingest_data_used_for_path() -> None:
    doc = read_one("/nonexistent/article.txt", b"Rain fell on Monday.")
    assert (doc.id, doc.source, doc.text) == ("article", "/nonexistent/article.txt", "Rain fell on Monday.")


# --- bad input ----------------------------------------------------------------------------


def make_bad(tmp_path: Path, case: str) -> tuple[str, bytes | None, dict[str, str]]:
    """The (source, data, keyword arguments) of a bad input named `case`."""
    if case == "missing":
        return str(tmp_path / "nope.txt"), None, {}
    if case == "directory":
        return str(tmp_path), None, {}
    if case == "too-large-file":
        path = tmp_path / "big.txt"
        with open(path, "wb") as handle:
            handle.truncate(MAX_SIZE + 1)
        return str(path), None, {}
    datas = {
        "empty": b"", "whitespace": b"  \n\t\n", "nul-bytes": b"Monday\x00\x01\x02",
        "control-bytes": bytes(range(1, 9)) * 50, "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "not-utf8": b"Caf\xe9 on Monday", "unknown-encoding": b"Monday", "bad-xml": b"<TimeML><TEXT>a</TimeML>",
        "no-text-element": b"<TimeML><DCT/></TimeML>", "bad-json": b'{"text": "a",}',
        "bad-jsonl-line": b'{"text": "a"}\n{"text": }\n', "no-text-field": b'{"id": "x"}\n{"title": "y"}',
        "text-not-string": b'{"text": 5}', "not-an-object": b"[1, 2]", "empty-list": b"[]",
        "empty-record-text": b'{"text": "  "}', "title-not-string": b'{"text": "a", "title": 5}',
        "too-large-data": b"a" * (MAX_SIZE + 1), "only-chrome": b"Print PRINT\nShare\n",
        "html-without-text": b"<!doctype html><html><body></body></html>",
    }
    suffixes = {
        "bad-xml": ".tml", "no-text-element": ".xml", "bad-jsonl-line": ".jsonl", "no-text-field": ".jsonl",
    }
    kwargs = {"encoding": "klingon-8"} if case == "unknown-encoding" else {}
    return str(tmp_path / f"in{suffixes.get(case, '')}"), datas[case], kwargs


BAD_INPUTS = [
    # files
    ("missing", "file not found"),
    ("directory", "is a directory"),
    ("too-large-file", "larger than the limit of 8 MB"),
    ("too-large-data", "larger than the limit of 8 MB"),
    # contents
    ("empty", "is empty"),
    ("whitespace", "is empty"),
    ("only-chrome", "no article text"),
    ("nul-bytes", "looks like a binary file, not an article"),
    ("control-bytes", "looks like a binary file, not an article"),
    ("png", "looks like a binary file, not an article"),
    # encodings
    ("not-utf8", "is not valid UTF-8 (byte 0xe9 at offset 3); give its encoding, e.g. latin-1"),
    ("unknown-encoding", "unknown text encoding 'klingon-8'"),
    # TimeML
    ("bad-xml", "is not valid XML (line 1, column 18: mismatched tag)"),
    ("no-text-element", "has no <TEXT> element"),
    # JSON
    ("bad-json", "is not valid JSON (line 1, column 14"),
    ("bad-jsonl-line", "is not valid JSON (line 2, column 10"),
    ("no-text-field", "line 1: record has no 'text' field"),
    ("text-not-string", "the record: record has a 'text' that is not a string"),
    ("not-an-object", "record 1: expected an object with a 'text' field, got int"),
    ("empty-list", "contains no records"),
    ("empty-record-text", "the record: record has an empty 'text'"),
    ("title-not-string", "field 'title' must be a string"),
    # web pages
    ("html-without-text", "no article text could be found in the web page"),
]


@pytest.mark.parametrize(("case", "message"), BAD_INPUTS, ids=[case for case, _ in BAD_INPUTS])
def test_ingest_bad_input(tmp_path: Path, case: str, message: str) -> None:
    source, data, kwargs = make_bad(tmp_path, case)
    with pytest.raises(InputError) as caught:
        read_documents(source, data, **kwargs)
    assert message in str(caught.value)
    assert str(caught.value).startswith(source + ": ") and "\n" not in str(caught.value)
    assert caught.value.__cause__ is None or isinstance(caught.value.__cause__, InputError)


def test_ingest_stdin_without_data() -> None:
    with pytest.raises(InputError, match="standard input"):
        read_documents("-")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_ingest_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("On Monday.")
    path.chmod(0)
    with pytest.raises(InputError, match="cannot be read"):
        read_documents(str(path))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["-", "a.txt", "a.tml", "a.json", "a.jsonl"]))
def test_ingest_arbitrary_bytes_raise_only_input_error(data: bytes, source: str) -> None:
    try:
        documents = read_documents(source, data)
    except InputError:
        return
    assert documents and all(isinstance(doc.text, str) for doc in documents)
