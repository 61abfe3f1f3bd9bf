"""Tests of `timeline.limits`: sizes as people write them, and the limit on what is read."""

from __future__ import annotations

import io
import re

import pytest

from timeline.errors import InputError
from timeline.limits import check_size, format_size, parse_size, read_limited


@pytest.mark.parametrize("text, expected", [
    # units (1 KB = 1024 bytes)
    ("10MB", 10 << 20), ("500KB", 500 << 10), ("1.5 GB", 3 << 29), ("3k", 3 << 10),
    ("1KiB", 1 << 10), ("10 mb", 10 << 20),
    # bytes
    ("2048", 2048), ("7 bytes", 7), ("1 byte", 1),
], ids=["mb", "kb", "decimal-gb", "k", "kib", "lower-case", "bare", "bytes", "byte"])
def test_limits_parse_size_reads_units(text: str, expected: int) -> None:
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["ten", "5 TB", "0", "0.1"],
                         ids=["word", "unknown-unit", "zero", "below-one-byte"])
def test_limits_parse_size_rejects_non_sizes(text: str) -> None:
    with pytest.raises(ValueError, match=text):
        parse_size(text)


@pytest.mark.parametrize("size, expected", [
    (812, "812 bytes"), (1024, "1 KB"), (1536, "1.5 KB"), (10 << 20, "10 MB"), (1 << 30, "1 GB"),
], ids=["bytes", "kb", "decimal-kb", "mb", "gb"])
def test_limits_format_size_reads_as_people_write(size: int, expected: str) -> None:
    assert format_size(size) == expected
    assert parse_size(expected) == size


@pytest.mark.parametrize("size", [1, 10], ids=["under-limit", "at-limit"])
def test_limits_read_limited_reads_up_to_the_limit(size: int) -> None:
    assert read_limited(io.BytesIO(b"a" * size), "-", 10) == b"a" * size


@pytest.mark.parametrize("size", [11, 100], ids=["one-byte-over", "far-over"])
def test_limits_read_limited_stops_one_byte_past_the_limit(size: int) -> None:
    stream = io.BytesIO(b"a" * size)
    with pytest.raises(InputError, match="larger than the limit of 10 bytes"):
        read_limited(stream, "-", 10)
    assert stream.tell() == 11


@pytest.mark.parametrize("size, known", [(11, ""), (20, " (20 bytes)")],
                         ids=["stream-read-to-limit", "known-size"])
def test_limits_check_size_names_the_size_when_known(size: int, known: str) -> None:
    with pytest.raises(InputError, match=re.escape(f"limit of 10 bytes{known};")):
        check_size(size, "a.txt", 10)
