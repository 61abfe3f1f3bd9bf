"""The command line as a user runs it: the seed golden timeline, formats, bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, SEED
import timeline
from timeline.cli import cli


def _run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("published", ["2018-05-23", "2018-05-24"])
def test_cli_extract_seed_matches_golden(published: str) -> None:
    expected = json.loads((FIXTURES / "extract" / "seed" / "expected.json").read_text())
    code, out, err = _run("extract", str(SEED), "--published", published, "-f", "json")
    assert code == 0, err
    events = json.loads(out)["events"]
    # An event placed from the publication date ("going forward") moves with it.
    wanted = [dict(e, value=published if e["value"] == "PUBLISHED" else e["value"])
              for e in expected["events"]]
    key = lambda pair: (pair[0], pair[1] or "")  # noqa: E731
    got = [(e["when"]["value"], e["when"]["mod"]) for e in events]
    assert sorted(got, key=key) == sorted(((e["value"], e["mod"]) for e in wanted), key=key)
    for want in wanted:
        assert any(want["words"] in e["summary"] + " " + e["sentence"] for e in events
                   if (e["when"]["value"], e["when"]["mod"]) == (want["value"], want["mod"]))


def test_cli_extract_seed_has_no_chrome_events() -> None:
    code, out, _ = _run("extract", str(SEED), "--published", "2018-05-23", "-f", "json")
    assert code == 0
    timeline = json.loads(out)
    texts = " ".join(e["sentence"] for e in timeline["events"])
    assert "Print PRINT" not in texts and "Trending Japan" not in texts
    assert not any("17 citizens" in e["when"]["text"] for e in timeline["events"])
    assert timeline["documents"][0]["title"].startswith("Japan, U.S. affirm resolve")


def test_cli_extract_json_contract_fields() -> None:
    code, out, _ = _run("extract", str(SEED), "--published", "2018-05-23", "-f", "json")
    data = json.loads(out)
    assert data["schema"] == "timeline/1"
    event = data["events"][0]
    assert {"text", "value", "type", "mod", "start", "end", "granularity"} <= set(event["when"])
    assert {"id", "doc", "when", "summary", "sentence", "offsets"} <= set(event)
    assert [e["id"] for e in data["events"]] == [f"e{i}" for i in range(1, len(data["events"]) + 1)]


def test_cli_extract_reads_stdin() -> None:
    code, out, err = _run("extract", "-", "--published", "2018-05-23", "-f", "json",
                          input=b"The board met on Monday.")
    assert code == 0, err
    assert [e["when"]["value"] for e in json.loads(out)["events"]] == ["2018-05-21"]


def test_cli_extract_output_file_html(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    code, _, err = _run("extract", str(SEED), "--published", "2018-05-23", "-o", str(target))
    assert code == 0, err
    html = target.read_text()
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<time class=\"tl-date\"") == 10  # 1970s+1980s one event; "going forward"
    assert "<ol" in html


def test_cli_extract_markdown_lists_every_event() -> None:
    code, out, _ = _run("extract", str(SEED), "--published", "2018-05-23", "-f", "md")
    assert code == 0
    assert "**June 12, 2018**" in out and "**the 1970s – 1980s**" in out
    assert "on or after May 24, 2018" in out


def test_cli_tag_jsonl_offsets_match_text() -> None:
    code, out, _ = _run("tag", str(SEED), "--published", "2018-05-23")
    assert code == 0
    record = json.loads(out)
    assert record["dct"] == "2018-05-23"
    values = [t["value"] for t in record["timexes"]]
    assert "2018-06-12" in values and "197X" in values


def test_cli_tag_timeml_uses_dct(corpus: Path) -> None:
    path = corpus / "AQUAINT" / "APW19980807.0261.tml"
    code, out, err = _run("tag", str(path))
    assert code == 0, err
    record = json.loads(out)
    assert record["doc"] == "APW19980807.0261" and record["dct"] == "1998-08-07"
    assert record["timexes"][0]["text"] == "Friday"
    assert record["timexes"][0]["value"] == "1998-08-07"


BAD_INPUTS = [
    ("empty", b"", "empty"),
    ("binary", b"\x00\x01\x02\x03binary\x00", "binary"),
    ("latin1", "Le café a ouvert lundi.".encode("latin-1"), "--encoding"),
    # Was "looks like a binary file": UTF-16 without a BOM is named, with the option to read it.
    ("utf16-le-no-bom", "Talks ended on Monday.".encode("utf-16-le"), "--encoding utf-16-le"),
    ("utf16-be-no-bom", "Talks ended on Monday.".encode("utf-16-be"), "--encoding utf-16-be"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_cli_bad_input_one_line_exit_2(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    code, out, err = _run("extract", str(path), "--published", "2018-05-23")
    assert code == 2
    assert err.startswith("Error: ") and err.count("\n") == 1 and message in err
    assert "Traceback" not in err


def test_cli_encoding_option_reads_latin1(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café a fermé. The board met on Monday.".encode("latin-1"))
    code, out, err = _run("extract", str(path), "--published", "2018-05-23", "-f", "json",
                          "--encoding", "latin-1")
    assert code == 0, err
    assert json.loads(out)["events"][0]["when"]["value"] == "2018-05-21"


@pytest.mark.parametrize("args", [
    ["extract", "{seed}", "--published", "2018-13-45"],
    ["extract", "{seed}", "--published", "yesterday"],
    ["extract", "{missing}", "--published", "2018-05-23"],
    ["extract", "{seed}"],
], ids=["invalid-date", "word-date", "missing-file", "no-published"])
def test_cli_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    argv = [a.format(seed=SEED, missing=tmp_path / "nope.txt") for a in args]
    code, _, err = _run(*argv)
    assert code == 2
    assert err.startswith("Error: ") and err.count("\n") == 1
    if "--published" not in args:
        assert "--published" in err


def test_cli_failed_run_keeps_existing_output(tmp_path: Path) -> None:
    target = tmp_path / "keep.html"
    target.write_text("precious")
    code, _, _ = _run("extract", str(tmp_path / "nope.txt"), "--published", "2018-05-23",
                      "-o", str(target))
    assert code == 2 and target.read_text() == "precious"


def test_cli_output_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    import os
    target, kept = tmp_path / "new.json", tmp_path / "kept.json"
    kept.write_text("{}")
    kept.chmod(0o640)
    umask = os.umask(0o022)
    try:
        for path in (target, kept):
            code, _, _ = _run("extract", str(SEED), "--published", "2018-05-23", "-o", str(path))
            assert code == 0
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644  # not mkstemp's owner-only 0600
    assert kept.stat().st_mode & 0o777 == 0o640  # an existing file keeps its mode


@pytest.mark.parametrize("command", ["extract", "tag"])
def test_cli_help_has_example(command: str) -> None:
    code, out, _ = _run(command, "--help")
    assert code == 0 and "Example:" in out and "--published" in out


@pytest.mark.parametrize("statuses", [["occurred"], ["scheduled,expected"], ["negated", "occurred"]],
                         ids=["one", "comma", "repeated"])
def test_cli_extract_status_filter(statuses: list[str]) -> None:
    args = [a for s in statuses for a in ("--status", s)]
    code, out, err = _run("extract", str(SEED), "--published", "2018-05-23", "-f", "json", *args)
    assert code == 0, err
    wanted = {w for s in statuses for w in s.split(",")}
    events = json.loads(out)["events"]
    assert events and {e["status"] for e in events} <= wanted


def test_cli_extract_status_unknown_exit_2() -> None:
    code, _, err = _run("extract", str(SEED), "--published", "2018-05-23", "--status", "done")
    assert code == 2 and err.startswith("Error: ") and "occurred" in err


def _xie_as_text(corpus: Path, tmp_path: Path) -> list[tuple[Path, str]]:
    """The Xinhua stories of the corpus as plain .txt files (DCT left out), with their DCT."""
    from timeline.ingest import read_documents

    out = []
    for path in sorted(corpus.rglob("XIE*.tml")):
        doc = read_documents(str(path))[0]
        target = tmp_path / f"{path.stem}.txt"
        target.write_text(doc.text, encoding="utf-8")
        out.append((target, doc.published or ""))
    return out


def test_cli_xie_datelines_date_plain_text_with_year(corpus: Path, tmp_path: Path) -> None:
    from timeline.dateline import find_dateline

    stories = _xie_as_text(corpus, tmp_path)
    assert stories, "no XIE documents in the corpus"
    for path, dct in stories:
        code, out, err = _run("extract", str(path), "--published", dct[:4], "-f", "json")
        assert code == 0, err
        document = json.loads(out)["documents"][0]
        line = find_dateline(path.read_text(encoding="utf-8"))
        assert line is not None and line.month and line.day
        # The dateline's day or the next (wire copy filed abroad is dated the next day),
        # never more than a day from the real date.
        published = date.fromisoformat(document["published"])
        assert (published - date(int(dct[:4]), line.month, line.day)).days in (0, 1)
        assert abs((published - date.fromisoformat(dct[:10])).days) <= 1
        assert document["published_from"] == "inferred" and "Note:" in err
        if path.stem == "XIE19980808.0049":
            assert document["published"] == "1998-08-08"


def test_cli_xie_datelines_without_year_refused(corpus: Path, tmp_path: Path) -> None:
    for path, _ in _xie_as_text(corpus, tmp_path):
        code, _, err = _run("extract", str(path), "-f", "json")
        assert code == 2 and err.startswith("Error: ") and err.count("\n") == 1
        assert "candidates: --" in err and "--published" in err


def test_cli_dateline_dates_no_event() -> None:
    text = ("WASHINGTON, August 8 (Xinhua) -- President Bill Clinton vowed on Saturday to hunt "
            "down the bombers.\n")
    events = timeline.extract(text, published="1998-08-08").events
    assert [e.when.value for e in events] == ["1998-08-08"]
    assert events[0].when.text == "Saturday"
    assert any(t.text == "August 8" for t in timeline.tag(text, published="1998-08-08"))


@pytest.mark.parametrize(("sentence", "expression", "summary"), [
    ("On a planned dismantlement by North Korea of its test site as early as Thursday, "
     "Kono said Pyongyang should have allowed access.", "Thursday",
     "A planned dismantlement by North Korea of its test site"),
    # reported speech is headlined by what was reported (issue 13)
    ("On Thursday, Kono said Pyongyang should have allowed access.", "Thursday",
     "Pyongyang should have allowed access"),
], ids=["fronted-event", "fronted-date"])
def test_cli_summary_of_a_date_fronted_before_a_reporting_verb(sentence: str, expression: str,
                                                               summary: str) -> None:
    events = timeline.extract(sentence, published="2018-05-23").events
    event = next(e for e in events if e.when.text == expression)
    assert event.summary.startswith(summary) or summary.startswith(event.summary), event.summary


# A long text on a terminal gets a progress line on stderr, taken away before the output.
PROGRESS_ARTICLE = ("Published: 2018-05-23\n\nTalks ended on Monday. They will resume on "
                    "June 12, the ministry said.\n")


@pytest.mark.parametrize(("command", "terminal", "shown"), [
    (["tag"], True, True),
    (["tag", "-f", "timeml"], True, True),
    (["extract", "-f", "json"], True, True),
    (["tag"], False, False),
    (["extract", "-f", "json"], False, False),
    (["compare", "-f", "md"], True, True),
    (["compare", "-f", "md"], False, False),
], ids=["tag", "tag-timeml", "extract", "tag-into-a-log", "extract-into-a-log", "compare",
        "compare-into-a-log"])
def test_cli_progress_line_for_a_long_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           command: list[str], terminal: bool,
                                           shown: bool) -> None:
    path = tmp_path / "long.txt"
    path.write_text(PROGRESS_ARTICLE)
    monkeypatch.setattr("timeline.cli.reading.PROGRESS_CHARS", 10)  # long enough
    monkeypatch.setattr("timeline.cli.reading.is_terminal", lambda: terminal)
    code, out, err = _run(*command, str(path))
    assert code == 0, err
    assert (f"{path}: 100% parsed (0:0" in err) == shown
    assert err.endswith("\r") or not shown
    assert (err if not shown else err.split("\r")[-2].strip()) == ""  # the line is blanked
    assert "June 12" in out and "\r" not in out


def test_cli_progress_line_not_for_a_short_text(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "short.txt"
    path.write_text(PROGRESS_ARTICLE)
    monkeypatch.setattr("timeline.cli.reading.is_terminal", lambda: True)
    code, _, err = _run("tag", str(path))
    assert code == 0 and err == ""


def test_cli_progress_line_format(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.cli.reading import ProgressLine

    line = ProgressLine("story\x1b.txt")
    line(450, 1000)
    line.close()
    assert capsys.readouterr().err == f"\rstory\\x1b.txt: 45% parsed (0:00)\r{' ' * 32}\r"
