"""Tests of `timeline.sources`: corpora expanded to documents with unique keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.sources import count_documents, document_key, expand_inputs, iter_items


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Published: 2018-05-23\n\nTalks ended Wednesday.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.tml").write_text("<TimeML><TEXT>x</TEXT></TimeML>")
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub" / ".hidden.txt").write_text("x")
    (tmp_path / "c.jsonl").write_text('{"text": "one", "published": "2018-05-23"}\n\n'
                                      '{"title": "no text"}\n{"id": 7, "text": "three"}\n')
    return tmp_path


def test_sources_directory_recursive_known_suffixes(corpus_dir: Path) -> None:
    names = [Path(p).relative_to(corpus_dir).as_posix() for p in expand_inputs([str(corpus_dir)])]
    assert names == ["a.txt", "c.jsonl", "sub/b.tml"]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("*.txt", ["a.txt"]),
    ("**/*.tml", ["sub/b.tml"]),
    ("*.json*", ["c.jsonl"]),
], ids=["glob", "recursive-glob", "suffix-glob"])
def test_sources_glob(corpus_dir: Path, pattern: str, expected: list[str]) -> None:
    found = expand_inputs([str(corpus_dir / pattern)])
    assert [Path(p).relative_to(corpus_dir).as_posix() for p in found] == expected


def test_sources_each_file_once(corpus_dir: Path) -> None:
    found = expand_inputs([str(corpus_dir / "a.txt"), str(corpus_dir / "*.txt"), "-"])
    assert found == [str(corpus_dir / "a.txt"), "-"]


@pytest.mark.parametrize(("name", "message"), [
    ("missing.txt", "file not found"),
    ("*.html", "no files match this pattern"),
    ("empty", "no .txt, .tml, .json, .jsonl or .html files"),
], ids=["missing-file", "glob-without-match", "empty-directory"])
def test_sources_bad_input_raises(corpus_dir: Path, name: str, message: str) -> None:
    (corpus_dir / "empty").mkdir()
    with pytest.raises(InputError, match=message):
        expand_inputs([str(corpus_dir / name)])


def test_sources_jsonl_bad_line_is_its_own_item(corpus_dir: Path) -> None:
    items = list(iter_items([str(corpus_dir / "c.jsonl")]))
    assert [(i.key, i.error is None) for i in items] == [("c_1", True), ("c_3", False),
                                                          ("7", True)]
    assert "line 3: record has no 'text' field" in str(items[1].error)


def test_sources_unreadable_file_is_one_item(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 on Monday")
    (item,) = iter_items([str(tmp_path / "bad.txt")])
    assert item.key == "bad" and "not valid UTF-8" in str(item.error)


def test_sources_stdin_item() -> None:
    (item,) = iter_items(["-"], stdin=b'{"id": "x", "text": "Talks ended Wednesday."}')
    assert item.key == "x" and item.document is not None


@pytest.mark.parametrize(("doc_id", "taken", "expected"), [
    ("APW19980807.0261", set(), "APW19980807.0261"),
    ("news/2018 06:12?", set(), "news_2018_06_12"),
    ("summary", set(), "summary_"),
    ("..", set(), "document"),
], ids=["plain", "unsafe-characters", "reserved", "nothing-left"])
def test_sources_document_key(doc_id: str, taken: set[str], expected: str) -> None:
    assert document_key(doc_id, "src", taken) == expected


def test_sources_document_key_clash_depends_on_source_only() -> None:
    first = document_key("a", "dir1/a.txt", {"a"})
    assert first.startswith("a-") and first == document_key("a", "dir1/a.txt", {"a", "b"})
    assert first != document_key("a", "dir2/a.txt", {"a"})


def test_sources_count_documents(corpus_dir: Path) -> None:
    assert count_documents(expand_inputs([str(corpus_dir)])) == 1 + 3 + 1
