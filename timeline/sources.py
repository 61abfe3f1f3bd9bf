"""Corpora as inputs: directories, globs, files and standard input, expanded to documents."""

from __future__ import annotations

import glob
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from timeline.errors import InputError
from timeline.ingest import STDIN, SUFFIX_FORMATS, iter_documents
from timeline.limits import MAX_SIZE
from timeline.model import Document

KEY_MAX = 120
# Names a document's output may not take: the batch's own files.
RESERVED_KEYS = frozenset({"summary", "errors", "index"})
_UNSAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class Item:
    """One document of a corpus, or the error that kept it from being read.

    key: the document's unique, file-name-safe name within the batch
    note: why the key is not the id (an id used twice), for the user to know
    """

    key: str
    id: str
    source: str
    document: Document | None = None
    error: InputError | None = None
    note: str | None = None


def expand_inputs(inputs: Sequence[str], *, skip: str | None = None) -> list[str]:
    """The files that `inputs` name: files, directories (recursively, by known suffix),
    glob patterns (`**` included) and `-` for standard input, each once, in order.

    skip: a directory whose files a directory or a pattern never takes (a batch's own
        output directory inside its input directory: run again, it would read its outputs)
    Raises: InputError for a path that does not exist or a pattern that matches nothing.
    """
    out: list[str] = []
    skipped = Path(skip).resolve() if skip else None
    for name in inputs:
        path = Path(name)
        if name == STDIN:
            found = [STDIN]
        elif path.is_dir():
            found = sorted(str(p) for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUFFIX_FORMATS
                           and not p.name.startswith(".")
                           and not _is_skipped(p, path, skipped))
            if not found:
                raise InputError("no .txt, .tml, .json, .jsonl or .html files in this directory",
                                 source=name)
        elif path.exists():
            found = [name]
        elif _GLOB_CHARS.search(name):
            found = sorted(p for p in glob.glob(name, recursive=True)
                           if Path(p).is_file()
                           and not _is_skipped(Path(p), _literal_base(name), skipped))
            if not found:
                raise InputError("no files match this pattern", source=name)
        else:
            raise InputError("file not found", source=name)
        out.extend(f for f in found if f not in out)
    return out


def _is_skipped(path: Path, walked: Path, skipped: Path | None) -> bool:
    """Whether `path`, found walking `walked`, lies in `skipped` and that directory is
    inside the one walked (an output directory that is the input directory itself, or
    holds it, is refused by the batch instead, naming an input it would write over)."""
    if skipped is None or skipped not in path.resolve().parents:
        return False
    return walked.resolve() in skipped.parents


def _literal_base(pattern: str) -> Path:
    """The directory a glob pattern walks: its parts before the first wildcard."""
    parts = Path(pattern).parts
    first = next((i for i, part in enumerate(parts) if _GLOB_CHARS.search(part)), len(parts))
    return Path(*parts[:first]) if first else Path(".")


def iter_items(files: Sequence[str], *, stdin: bytes | None = None,
               encoding: str | None = None, max_size: int = MAX_SIZE) -> Iterator[Item]:
    """Every document of `files` as an `Item` with a unique key, in input order.

    An id used again within one input (four JSON Lines records with the same `id`) gets
    `-2`, `-3`, ... in the input's order; one used by an earlier input gets a short hash
    of its source (`document_key`). Either way the item's `note` says so.
    stdin: the bytes of standard input, for a `-` among `files`.
    max_size: the largest input read, in bytes (`timeline.limits.MAX_SIZE`).
    """
    taken: set[str] = set()
    for source in files:
        data = stdin if source == STDIN else None
        uses: dict[str, int] = {}
        for doc_id, result in iter_documents(source, data, encoding=encoding,
                                             max_size=max_size):
            uses[doc_id] = uses.get(doc_id, 0) + 1
            name = doc_id if uses[doc_id] == 1 else f"{doc_id}-{uses[doc_id]}"
            key = document_key(name, source, taken)
            taken.add(key)
            note = _key_note(doc_id, source, key, uses[doc_id])
            if isinstance(result, InputError):
                yield Item(key, doc_id, source, error=result, note=note)
            else:
                yield Item(key, doc_id, source, document=result, note=note)


def _key_note(doc_id: str, source: str, key: str, use: int) -> str | None:
    """Why `key` is not the id itself, or None when it is (up to file-name-safe spelling)."""
    if use > 1:
        return (f"{source}: id '{doc_id}' is used {_ordinal(use)} time in this input; "
                f"written as {key}")
    if key != document_key(doc_id, source):
        return f"{source}: id '{doc_id}' is used by an earlier document too; written as {key}"
    return None


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def document_key(doc_id: str, source: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A file-name-safe key for a document id, made unique against `taken`.

    A clash (the same id in two files) gets a short hash of the source appended, so the
    key does not depend on which of the two was read first in a later run.
    """
    if doc_id == STDIN or doc_id.startswith(STDIN + ":"):
        doc_id = "stdin" + doc_id[len(STDIN):]
    key = _UNSAFE_RE.sub("_", doc_id).strip("._-")[:KEY_MAX] or "document"
    if key.lower() in RESERVED_KEYS:
        key += "_"
    if key in taken:
        digest = hashlib.sha1(f"{source}\0{doc_id}".encode()).hexdigest()[:8]
        key = f"{key}-{digest}"
    return key


def count_documents(files: Sequence[str]) -> int:
    """About how many documents `files` hold (a JSON Lines file counts its lines), for progress."""
    total = 0
    for source in files:
        if source != STDIN and Path(source).suffix.lower() == ".jsonl":
            try:
                with open(source, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
