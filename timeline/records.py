"""Read JSON records (`text`, optional `id`, `title`, `published`, `url`) into Documents."""

from __future__ import annotations

import json
import re
from typing import Any

from timeline.errors import InputError

from timeline.model import Document

_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def parse_json(text: str) -> Any:
    """`json.loads`, except that a value nested deeper than Python's recursion limit (a
    hostile `[[[[...`) is a `json.JSONDecodeError` like any other invalid JSON, not a
    RecursionError that no reader of JSON expects."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def is_json_lines(text: str) -> bool:
    """True for JSON Lines (an input without a name, such as standard input): more than
    one non-blank line, the first a whole JSON object or array by itself. A pretty-printed
    object spans lines, and its first line (`{`) is no value on its own."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not lines[0].lstrip().startswith(("{", "[")):
        return False
    try:
        parse_json(lines[0])
    except json.JSONDecodeError:
        return False
    return True


def read_json(text: str, source: str, stem: str, *, lines: bool) -> list[Document]:
    """A JSON object, a list of objects, or JSON Lines (one object per line).

    stem: the input's name, the id of a record without one (`stem:n` in a list or lines)
    Raises: InputError naming the line or record that is not valid.
    """
    if lines:
        return _read_jsonl(text, source, stem)
    try:
        value = parse_json(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # several values: JSON Lines in a .json file or on stdin
            return _read_jsonl(text, source, stem)
        raise _json_error(err, source, 0) from None
    if not isinstance(value, list):
        return [_record(value, source, stem, "the record")]
    if not value:
        raise InputError("contains no records", source=source)
    return [_record(item, source, f"{stem}:{n}", f"record {n}") for n, item in enumerate(value, 1)]


def _read_jsonl(text: str, source: str, stem: str) -> list[Document]:
    # Only \n ends a record: str.splitlines() would also split at U+2028 inside a string.
    return [read_jsonl_record(line, source, stem, number)
            for number, line in enumerate(text.split("\n"), 1) if line.strip()]


def read_jsonl_record(line: str, source: str, stem: str, number: int) -> Document:
    """Line `number` of a JSON Lines input as a Document (default id `stem:number`).

    Raises: InputError when the line is not a JSON object with a `text`.
    """
    try:
        value = parse_json(line)
    except json.JSONDecodeError as err:
        raise _json_error(err, source, number - 1) from None
    return _record(value, source, f"{stem}:{number}", f"line {number}")


def _json_error(err: json.JSONDecodeError, source: str, line_offset: int) -> InputError:
    where = f"line {err.lineno + line_offset}, column {err.colno}"
    return InputError(f"is not valid JSON ({where}: {err.msg})", source=source)


def _record(value: Any, source: str, default_id: str, where: str) -> Document:
    """One JSON record as a Document; `where` names it in errors ("line 3")."""
    if not isinstance(value, dict):
        kind = type(value).__name__
        raise InputError(
            f"{where}: expected an object with a 'text' field, got {kind}", source=source
        )
    text = value.get("text")
    schema = value.get("schema")
    if text is None and isinstance(schema, str) and schema.startswith("timeline"):
        # our own output (`extract -f json`, `compare -f json`) given back as an input
        raise InputError(f"{where} is timeline output (schema {schema!r}), not an article: "
                         "give the article it was made from", source=source)
    if text is None and "timexes" in value:  # `tag -f jsonl` output given back
        raise InputError(f"{where} is the output of 'timeline tag -f jsonl', not an article: "
                         "give the article it was made from", source=source)
    if not isinstance(text, str) or not text.strip():
        problem = (
            "has no 'text' field" if text is None
            else "has a 'text' that is not a string" if not isinstance(text, str)
            else "has an empty 'text'"
        )
        raise InputError(f"{where}: record {problem}", source=source)
    _check_surrogates(value, source, where)
    if isinstance(value.get("id"), int) and not isinstance(value.get("id"), bool):
        value = dict(value, id=str(value["id"]))
    fields = {
        key: _optional_str(value, key, source, where) for key in ("id", "title", "published", "url")
    }
    return Document(
        id=fields["id"] or default_id,
        text=text,
        title=fields["title"] or "",
        published=fields["published"],
        published_from="json" if fields["published"] else None,
        source=source,
        url=fields["url"],
    )


def _check_surrogates(record: dict[str, Any], source: str, where: str) -> None:
    """Raises: InputError for a string field holding a lone surrogate (`"\\ud800"`): JSON
    lets it through, but no output can encode it."""
    for key in ("text", "id", "title", "published", "url"):
        value = record.get(key)
        found = _SURROGATE_RE.search(value) if isinstance(value, str) else None
        if found:
            at = found.start()
            raise InputError(f"{where}: field '{key}' holds an unpaired surrogate "
                             f"(\\u{ord(found[0]):04x} at character {at}), which is not text",
                             source=source)


def _optional_str(record: dict[str, Any], key: str, source: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field '{key}' must be a string", source=source)
    return value.strip() or None
