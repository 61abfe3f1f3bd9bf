"""How much input is read: the size limit, a stream read up to it, sizes as people write them."""

from __future__ import annotations

import re
from typing import BinaryIO

from timeline.errors import InputError

# The largest input read by default (`--max-size`): the time and memory an article takes
# grow with its length, and no news article or history page comes near it. 8 MB keeps the
# densest text measured (a date in every sentence: 546 MB at 8 MB, 611 MB at 10 MB) under
# 600 MB (docs/performance.md).
MAX_SIZE = 8 * 1024 * 1024


def read_limited(stream: BinaryIO, source: str, max_size: int = MAX_SIZE) -> bytes:
    """All of `stream` when it holds at most `max_size` bytes; never more than one byte
    past the limit is read (`cat /dev/zero | timeline extract -` ends at once).

    Raises: InputError when the stream holds more.
    """
    data = read_at_most(stream, max_size)
    check_size(len(data), source, max_size)
    return data


def read_at_most(stream: BinaryIO, max_size: int = MAX_SIZE) -> bytes:
    """`stream`'s bytes up to one past `max_size`: enough to tell it is too large
    (`check_size`) without reading an endless stream."""
    return stream.read(max_size + 1)


def check_size(size: int, source: str, max_size: int = MAX_SIZE) -> None:
    """Raises: InputError when `size` bytes are more than `max_size` (`max_size + 1`:
    a stream read up to the limit, whose full size is not known)."""
    if size > max_size:
        known = "" if size == max_size + 1 else f" ({format_size(size)})"
        raise InputError(f"is larger than the limit of {format_size(max_size)}{known}",
                         source=source, remedy="raise the size limit (max_size) to read it",
                         option="max_size")


_SIZE_RE = re.compile(r"^\s*(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>[kmg]?i?b?|bytes?)\s*$",
                      re.IGNORECASE)
_SIZE_UNITS = {"": 1, "b": 1, "byte": 1, "bytes": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def parse_size(text: str) -> int:
    """A size as people write it, in bytes: `10MB`, `500KB`, `1.5 GB`, `2048` (1 KB = 1024
    bytes; `KiB`, `k` and `kb` read the same).

    Raises: ValueError for anything else, or a size below one byte.
    """
    match = _SIZE_RE.match(text)
    unit = match.group("unit").lower() if match else ""
    scale = _SIZE_UNITS.get(unit if unit.startswith("byte") else unit[:1])
    if match is None or scale is None:
        raise ValueError(f"'{text}' is not a size; write e.g. 10MB, 500KB or 2048 (bytes)")
    size = int(float(match.group("number")) * scale)
    if size < 1:
        raise ValueError(f"'{text}' is not a size of at least one byte")
    return size


def format_size(size: int) -> str:
    """A byte count as people read it: 10 MB, 500 KB, 1.5 MB, 812 bytes (1 KB = 1024 bytes)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
