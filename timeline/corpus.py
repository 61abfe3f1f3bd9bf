"""Read what the scorer compares: TimeML gold files and a tagger's output.

Gold: the text of `<TEXT>` as an XML parser gives it, the DCT and every TIMEX3 with its
offsets; or passages in JSON Lines with their timexes. System output: `tag -f jsonl`
lines, or TimeML files written by `tag -f timeml`.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from timeline.errors import InputError
from timeline.model import Timex
from timeline.records import parse_json


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One TimeML gold file: its `<TEXT>` content, DCT and TIMEX3 annotations."""

    doc: str
    text: str
    dct: str
    timexes: tuple[Timex, ...]


def read_gold(path: str | Path) -> GoldDocument:
    """Read one TimeML file: the text of `<TEXT>`, the DCT and every TIMEX3 with its offsets.

    Raises: InputError when the file cannot be parsed or has no TEXT or DCT.
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read TimeML gold file ({exc})", source=str(path)) from exc
    text_element = root.find("TEXT")
    if text_element is None:
        raise InputError("no <TEXT> element in TimeML gold file", source=str(path))
    dct_element = root.find("DCT/TIMEX3")
    dct = dct_element.get("value") if dct_element is not None else None
    if not dct:
        raise InputError("no <DCT><TIMEX3 value=...> in TimeML gold file", source=str(path))
    doc = path.name.removesuffix(".tml")
    found: list[Timex] = []
    _walk_timexes(text_element, 0, doc, found)
    text = "".join(text_element.itertext())
    timexes = tuple(sorted(found, key=lambda t: (t.start, t.end)))
    return GoldDocument(doc=doc, text=text, dct=dct, timexes=timexes)


def _walk_timexes(element: ET.Element, offset: int, doc: str, found: list[Timex]) -> int:
    """Append the TIMEX3 elements below `element` to `found`; return the offset after it."""
    offset += len(element.text or "")
    for child in element:
        start = offset
        offset = _walk_timexes(child, offset, doc, found)
        if child.tag == "TIMEX3":
            text = "".join(child.itertext())
            kind, value, mod = child.get("type", ""), child.get("value", ""), child.get("mod")
            found.append(Timex(start, offset, text, kind, value, mod or None, doc=doc))
        offset += len(child.tail or "")
    return offset


def read_gold_jsonl(path: str | Path) -> list[GoldDocument]:
    """Read gold passages from JSON Lines, one per line:
    `{"id", "published", "text", "timexes": [{"text", "type", "value", "mod"?}]}`.

    Each timex is the next occurrence of its `text` after the previous timex (list them
    in text order), unless it gives `start` and `end` itself.
    Raises: InputError when a line is not such a record or a timex is not in its text.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold passages ({exc})", source=str(path)) from exc
    documents = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = parse_json(line)
            doc, text, dct = str(record["id"]), record["text"], record["published"]
            timexes = tuple(_gold_timexes(record["timexes"], text, doc, where))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not a gold passage record ({exc})", source=where) from exc
        documents.append(GoldDocument(doc=doc, text=text, dct=dct, timexes=timexes))
    return documents


def _gold_timexes(records: list[dict[str, Any]], text: str, doc: str,
                  where: str) -> Iterable[Timex]:
    position = 0
    for record in records:
        span = record["text"]
        start = record.get("start", text.find(span, position))
        if start < 0:
            raise InputError(f"timex {span!r} is not in the text after offset {position}",
                             source=where)
        end = record.get("end", start + len(span))
        position = end
        yield Timex(start, end, text[start:end], record["type"], record["value"],
                    record.get("mod") or None, doc=doc)


def read_gold_dir(directory: str | Path) -> list[GoldDocument]:
    """Read every `*.tml` file below `directory`, recursively, sorted by path; or, given
    a `.jsonl` file, its gold passages (`read_gold_jsonl`).

    Raises: InputError when `directory` is not a directory, holds no gold document (a
    score over nothing would read as perfect), a file is invalid, or two files have the
    same document id.
    """
    root = Path(directory)
    if root.is_file() and root.suffix.lower() == ".jsonl":
        documents = read_gold_jsonl(root)
        if not documents:
            raise InputError("holds no gold passages", source=str(root))
        return _unique(documents, root)
    if not root.is_dir():
        raise InputError("not a directory of TimeML gold files (nor a .jsonl file of gold "
                         "passages)", source=str(root))
    return _unique([read_gold(path) for path in find_gold_files(root)], root)


def find_gold_files(root: Path) -> list[Path]:
    """The `*.tml` files below the directory `root`, recursively, sorted by path.

    Raises: InputError when there are none.
    """
    files = sorted(root.rglob("*.tml"))
    if not files:
        raise InputError("holds no .tml files; expected a directory of TimeML gold files",
                         source=str(root))
    return files


def _unique(documents: list[GoldDocument], root: Path) -> list[GoldDocument]:
    seen: set[str] = set()
    for document in documents:
        if document.doc in seen:
            raise InputError(f"two gold documents have the id {document.doc}", source=str(root))
        seen.add(document.doc)
    return documents


def read_system(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read a `tag -f jsonl` file: document id -> its timex records.

    Raises: InputError when the file cannot be read or a line is not a valid record.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read system output ({exc})", source=str(path)) from exc
    return parse_system(lines, source=str(path))


def parse_system(lines: Iterable[str], *, source: str = "-") -> dict[str, list[dict[str, Any]]]:
    """Parse `tag -f jsonl` lines (e.g. standard input): document id -> its timex records.

    Raises: InputError naming the line of an invalid record or of a repeated document.
    """
    system: dict[str, list[dict[str, Any]]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = parse_json(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not valid JSON ({exc.msg})", source=source) from exc
        doc = record.get("doc") if isinstance(record, dict) else None
        timexes = record.get("timexes", []) if isinstance(record, dict) else None
        if not isinstance(doc, str) or not isinstance(timexes, list):
            raise InputError(
                f'line {number}: expected {{"doc": "...", "timexes": [...]}}', source=source
            )
        for index, timex in enumerate(timexes):
            system_timex(timex, doc, f"line {number}, timex {index}", source)
        if doc in system:
            raise InputError(f"line {number}: document {doc!r} appears twice", source=source)
        system[doc] = timexes
    return system


def system_timex(record: object, doc: str, where: str, source: str) -> Timex:
    """Turn one system record (a `tag -f jsonl` timex, or a Timex) into a Timex.

    Raises: InputError when the record is not an object or its offsets are not
    integers with 0 <= start <= end.
    """
    if isinstance(record, Timex):
        return record
    if not isinstance(record, Mapping):
        raise InputError(f"{where}: a timex must be a JSON object", source=source)
    start, end = record.get("start"), record.get("end")
    if _is_offset(start) and _is_offset(end) and start <= end:
        text, kind, value = (str(record.get(key) or "") for key in ("text", "type", "value"))
        mod = record.get("mod")
        return Timex(start, end, text, kind, value, str(mod) if mod else None, doc=doc)
    raise InputError(
        f"{where}: start and end must be integers, 0 <= start <= end; got {start!r}, {end!r}",
        source=source,
    )


def _is_offset(value: object) -> TypeGuard[int]:
    """Whether `value` is a usable character offset (an int, not a bool, not negative)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def read_system_timeml(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read system output written as TimeML (`tag -f timeml`): document id -> timex records.

    `path` is one .tml file (one document) or a directory of them, one per document.
    A document's id is its <DOCID>, else the file name without `.tml`; the TIMEX3 tags
    inside <TEXT> are the system's expressions, with offsets into the text of <TEXT>.
    Raises: InputError when a file is not TimeML or two files have the same id.
    """
    root = Path(path)
    files = sorted(root.rglob("*.tml")) if root.is_dir() else [root]
    if not files:
        raise InputError("no .tml files in this directory of system output", source=str(root))
    system: dict[str, list[dict[str, Any]]] = {}
    for file in files:
        document = read_gold(file)
        doc = _timeml_docid(file) or document.doc
        if doc in system:
            raise InputError(f"document {doc!r} appears twice", source=str(file))
        system[doc] = [t.to_dict() for t in document.timexes]
    return system


def _timeml_docid(path: Path) -> str | None:
    """The text of a TimeML file's <DOCID> element, if it has one."""
    element = ET.parse(path).getroot().find("DOCID")
    text = "".join(element.itertext()).strip() if element is not None else ""
    return text or None
