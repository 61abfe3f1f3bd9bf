"""`timeline compare` as a user runs it: golden fixtures, the AQUAINT bombings, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, SEED
from timeline.cli import cli

CASES = FIXTURES / "compare"
BOMBINGS = ["APW19980807.0261", "APW19980808.0022", "XIE19980808.0049"]


def _run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def _inputs(case: str) -> list[str]:
    return [str(p) for p in sorted((CASES / case).glob("*.txt"))]


def _compare_json(*args: str) -> dict[str, Any]:
    code, out, err = _run("compare", *args, "-f", "json")
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def _row_start(row: dict[str, Any]) -> str:
    if row["agreed"]:
        return str(row["agreed"]["start"])
    return min(str(e["when"]["start"]) for e in row["events"])


@pytest.mark.parametrize("case", ["conflict", "granularity"])
def test_cli_compare_matches_golden(case: str, update_golden: bool) -> None:
    code, out, err = _run("compare", *_inputs(case), "-f", "md")
    assert code == 0, err
    expected = CASES / case / "expected.md"
    if update_golden:
        expected.write_text(out)
    assert out == expected.read_text()


def test_cli_compare_flags_different_days_as_conflict() -> None:
    data = _compare_json(*_inputs("conflict"))
    shared = [r for r in data["rows"] if len(r["sources"]) > 1]
    assert len(shared) == 1
    row = shared[0]
    assert row["conflict"] is True and row["agreed"] is None
    assert sorted(e["when"]["value"] for e in row["events"]) == ["2018-06-11", "2018-06-12"]
    assert data["summary"]["conflicts"] == 1


def test_cli_compare_day_within_month_is_not_conflict() -> None:
    data = _compare_json(*_inputs("granularity"))
    shared = [r for r in data["rows"] if len(r["sources"]) > 1]
    assert len(shared) == 1 and shared[0]["conflict"] is False
    assert sorted(e["when"]["value"] for e in shared[0]["events"]) == ["2018-06", "2018-06-12"]
    assert shared[0]["agreed"]["value"] == "2018-06-12"
    assert shared[0]["agreed"]["granularity"] == "day"
    assert data["summary"]["conflicts"] == 0


SELF_INPUTS = [str(SEED), *(p for case in ("conflict", "granularity") for p in _inputs(case))]


@pytest.mark.parametrize("path", SELF_INPUTS, ids=[Path(p).stem for p in SELF_INPUTS])
def test_cli_compare_article_with_itself_aligns_every_event(path: str) -> None:
    published = ["--published", "2018-05-23"] if path == str(SEED) else []
    data = _compare_json(path, path, *published * 2)
    code, out, _ = _run("extract", path, *published, "-f", "json")
    events = json.loads(out)["events"]
    first, second = (d["id"] for d in data["documents"])
    assert first != second and len(data["rows"]) == len(events) > 0
    for row in data["rows"]:
        assert row["sources"] == [first, second] and row["conflict"] is False
        a, b = row["events"]
        assert {**a, "doc": ""} == {**b, "doc": ""}
    assert data["summary"] == {"events": len(events), "shared": len(events), "conflicts": 0}


def test_cli_compare_aquaint_bombings_one_row_by_all(corpus: Path) -> None:
    paths = [str(corpus / "AQUAINT" / f"{name}.tml") for name in BOMBINGS]
    data = _compare_json(*paths)
    assert [d["published"] for d in data["documents"]] == ["1998-08-07", "1998-08-08",
                                                           "1998-08-08"]
    bombing = [r for r in data["rows"] if r["agreed"] and r["agreed"]["value"] == "1998-08-07"
               and sorted(r["sources"]) == BOMBINGS]
    assert len(bombing) == 1
    words = " ".join(e["sentence"] for e in bombing[0]["events"]).lower()
    assert "embass" in words and ("bomb" in words or "explo" in words)
    starts = [_row_start(r) for r in data["rows"]]
    assert starts == sorted(starts)
    summary = data["summary"]
    assert summary["events"] == len(data["rows"])
    assert summary["shared"] == sum(1 for r in data["rows"] if len(r["sources"]) > 1) >= 1
    assert summary["conflicts"] == sum(1 for r in data["rows"] if r["conflict"])


def test_cli_compare_html_names_sources_and_marks_conflicts(tmp_path: Path) -> None:
    target = tmp_path / "compare.html"
    code, _, err = _run("compare", *_inputs("conflict"), "-o", str(target))
    assert code == 0, err
    html = target.read_text()
    assert html.startswith("<!DOCTYPE html>") and html.count("<table>") == 1
    header = html[html.index("<thead>"):html.index("</thead>")]
    assert header.count("<cite>") == 2 and "Trump and Kim to meet in Singapore" in header
    assert '<time datetime="2018-06-01">' in header and '<time datetime="2018-06-02">' in header
    conflict = re.findall(r'<tr id="r\d+" class="tl-conflict">(.*?)</tr>', html, re.S)
    assert len(conflict) == 1
    assert '<time datetime="2018-06-11">' in conflict[0]
    assert '<time datetime="2018-06-12">' in conflict[0]


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_cli_compare_escapes_article_markup(tmp_path: Path, fmt: str) -> None:
    text = ("Published: 2018-06-01\n\nA <script>alert(1)</script> headline | x\n\n"
            "The <b>council</b> will vote on the <img src=x onerror=alert(1)> budget "
            "on June 12, officials said.\n")
    path = tmp_path / "evil.txt"
    path.write_text(text)
    code, out, err = _run("compare", str(path), str(path), "-f", fmt)
    assert code == 0, err
    assert "<script>" not in out and "<img" not in out and "<b>" not in out


def test_cli_compare_page_options() -> None:
    code, out, err = _run("compare", *_inputs("conflict"), "-f", "md", "--date-style", "dmy",
                          "--plain")
    assert code == 0, err
    assert "published 1 June 2018" in out and "| **11 June 2018 / 12 June 2018**" in out
    assert "scheduled" not in out and "happened" not in out
    code, _, err = _run("compare", *_inputs("conflict"), "-f", "json", "--plain")
    assert code == 2 and err.startswith("Error: --plain applies to")


def test_cli_compare_fragment_has_no_page() -> None:
    code, out, err = _run("compare", *_inputs("conflict"), "--fragment")
    assert code == 0, err
    assert "<html" not in out and "<body" not in out and "<head" not in out
    assert out.startswith('<div class="timeline-compare"') and "<style" not in out


def test_cli_compare_published_once_per_file() -> None:
    paths = _inputs("granularity")
    data = _compare_json(*paths, "--published", "2019-01-02", "--published", "2019-03-04")
    assert [d["published"] for d in data["documents"]] == ["2019-01-02", "2019-03-04"]
    assert {d["published_from"] for d in data["documents"]} == {"option"}


@pytest.mark.parametrize("args", [
    ["{a}", "{b}", "--published", "2018-06-01"],
    ["{a}", "{b}", "--published", "2018-06-01", "--published", "not-a-date"],
    ["{a}", "{missing}"],
    ["{a}", "{b}", "-f", "csv"],
], ids=["too-few-published", "bad-date", "missing-file", "unknown-format"])
def test_cli_compare_bad_usage_exit_2(tmp_path: Path, args: list[str]) -> None:
    a, b = _inputs("conflict")
    argv = [x.format(a=a, b=b, missing=tmp_path / "nope.txt") for x in args]
    code, _, err = _run("compare", *argv)
    assert code == 2
    assert "Traceback" not in err and "Error" in err


def test_cli_compare_help_has_example() -> None:
    code, out, _ = _run("compare", "--help")
    assert code == 0 and "Example:" in out and "--published" in out
