"""The shared options of the command line: the -o suffix, --published read two ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.dct import ambiguous_readings

TEXT = "Japan and the U.S. agreed on Wednesday to meet again next month.\n"


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize(("command", "suffix", "formats"), [
    ("extract", ".pdf", "csv|html|ics|json|md|timelinejs|timeml|wikitext"),
    ("extract", "", "csv|html|ics|json|md|timelinejs|timeml|wikitext"),
    ("compare", ".ics", "html|json|md"),
], ids=["extract-pdf", "extract-none", "compare-ics"])
def test_cli_options_unknown_output_suffix_names_formats(article: Path, tmp_path: Path,
                                                         command: str, suffix: str,
                                                         formats: str) -> None:
    target = tmp_path / f"out{suffix}"
    result = CliRunner().invoke(cli, [command, str(article), "--published", "2018-05-23",
                                      "-o", str(target)])
    assert result.exit_code == 2 and not target.exists()
    assert f"give -f {formats}" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(("suffix", "start"), [(".md", "# "), (".json", "{")],
                         ids=["md", "json"])
def test_cli_options_known_output_suffix_picks_format(article: Path, tmp_path: Path,
                                                      suffix: str, start: str) -> None:
    target = tmp_path / f"out{suffix}"
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "2018-05-23",
                                      "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith(start)


@pytest.mark.parametrize(("value", "expected"), [
    ("05/06/2018", ("2018-05-06", "2018-06-05")),
    ("05/05/2018", ()),
    ("05/23/2018", ()),
    ("23/05/2018", ()),
    ("2018-05-06", ()),
], ids=["two-readings", "same-both-ways", "month-first-only", "day-first-only", "iso"])
def test_cli_options_ambiguous_readings(value: str, expected: tuple[str, ...]) -> None:
    assert ambiguous_readings(value) == expected


def test_cli_options_ambiguous_published_warns_with_both_readings(article: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "05/06/2018",
                                      "-f", "json"])
    assert result.exit_code == 0
    assert ("Warning: --published 05/06/2018 is ambiguous: read as 2018-05-06 (month first), "
            "not 2018-06-05 (day first); give YYYY-MM-DD") in result.stderr
    assert json.loads(result.stdout)["documents"][0]["published"] == "2018-05-06"


def test_cli_options_iso_published_does_not_warn(article: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "2018-05-06",
                                      "-f", "json"])
    assert result.exit_code == 0 and "Warning" not in result.stderr
