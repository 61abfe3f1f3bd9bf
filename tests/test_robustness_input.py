"""Hostile inputs a user can hit (the crash hunt of session 23): each is one `Error:` line
and exit 2, or one line of `errors.jsonl` in a batch, never a traceback or a lost file.
Each test is named after the case that showed the fault."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import cli

ARTICLE = ("Published: 2018-05-23\n\nTalks ended on Monday. They will resume on June 12, "
           "the ministry said.\n")
# Deeper than Python's recursion limit: json.loads raised RecursionError on it.
DEEP_JSON = "[" * 100_000 + "]" * 100_000


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _one_line_error(result: Result, expected: str) -> None:
    err = result.stderr
    assert result.exit_code == 2, err
    assert err.startswith("Error: ") and err.count("\n") == 1, err
    assert expected in err and "unexpected" not in err, err


# --- JSON nested deeper than the recursion limit -----------------------------------------


@pytest.mark.parametrize(("name", "text"), [
    ("deep.json", DEEP_JSON),
    ("deep.jsonl", '{"text": "on Monday", "published": "2018-05-23"}\n' + DEEP_JSON + "\n"),
], ids=["json-file", "jsonl-line"])
def test_robustness_deep_json_record_is_invalid_json(tmp_path: Path, name: str,
                                                     text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    _one_line_error(_invoke("extract", str(path), "-f", "json"), "nested too deeply")


def test_robustness_deep_json_ld_page_still_read(tmp_path: Path) -> None:
    """A broken JSON-LD block is skipped like invalid JSON: the article is still read."""
    ld = '{"a":' * 100_000 + "1" + "}" * 100_000
    body = "<p>Talks ended on Monday. They will resume on June 12, the ministry said.</p>"
    path = tmp_path / "page.html"
    path.write_text(f'<html><head><title>Talks</title><script type="application/ld+json">'
                    f"{ld}</script></head><body><article>{body * 3}</article></body></html>")
    result = _invoke("extract", str(path), "--published", "2018-05-23", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "2018-06-12" in {e["when"]["value"] for e in json.loads(result.stdout)["events"]}


@pytest.mark.parametrize("which", ["gold", "system"], ids=["gold-jsonl", "system-jsonl"])
def test_robustness_deep_json_evaluate_named(tmp_path: Path, which: str) -> None:
    deep = tmp_path / "deep.jsonl"
    deep.write_text(DEEP_JSON + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "published": "2018-05-23", "text": "on Monday",
                                "timexes": []}) + "\n")
    args = [str(deep)] if which == "gold" else [str(gold), "--system", str(deep)]
    _one_line_error(_invoke("evaluate", *args), "nested too deeply")


def test_robustness_deep_json_batch_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(ARTICLE)
    (inputs / "deep.json").write_text(DEEP_JSON)
    out = tmp_path / "out"
    result = _invoke("batch", str(inputs), "--out", str(out), "--quiet")
    assert result.exit_code == 1, result.stderr
    assert (out / "good.json").is_file()
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["id"], "nested too deeply" in e["reason"]) for e in errors] == [("deep", True)]


# --- an output never replaces an input ---------------------------------------------------


@pytest.mark.parametrize(("command", "output"), [
    (["extract", "{a}", "-f", "md"], "{a}"),
    (["extract", "{a}", "-f", "md"], "{dir}/./a.txt"),
    (["extract", "{link}", "-f", "md"], "{a}"),
    (["tag", "{a}"], "{a}"),
    (["compare", "{a}", "{b}", "-f", "md"], "{b}"),
    (["extract", "{a}", "-f", "md", "--template", "{t}"], "{t}"),
], ids=["extract", "extract-other-spelling", "extract-symlink", "tag", "compare", "template"])
def test_robustness_output_over_input_refused(tmp_path: Path, command: list[str],
                                              output: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    template = '{% extends "default:timeline.md.j2" %}'
    (tmp_path / "t.md.j2").write_text(template)
    names = {"a": str(tmp_path / "a.txt"), "b": str(tmp_path / "b.txt"),
             "link": str(tmp_path / "link.txt"), "dir": str(tmp_path),
             "t": str(tmp_path / "t.md.j2")}
    args = [arg.format(**names) for arg in command] + ["-o", output.format(**names)]
    _one_line_error(_invoke(*args), "cannot write output over the input")
    assert (tmp_path / "a.txt").read_text() == ARTICLE
    assert "Tuesday" in (tmp_path / "b.txt").read_text()
    assert (tmp_path / "t.md.j2").read_text() == template


def test_robustness_tag_out_dir_over_input_refused(tmp_path: Path) -> None:
    """`tag corpus/*.tml -f timeml --out-dir corpus/` would replace the gold files."""
    gold = ('<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2018-05-23">'
            "2018-05-23</TIMEX3></DCT><TEXT>Talks ended Monday.</TEXT></TimeML>")
    path = tmp_path / "a.tml"
    path.write_text(gold)
    result = _invoke("tag", str(path), "-f", "timeml", "--out-dir", str(tmp_path))
    _one_line_error(result, "cannot write output over the input")
    assert path.read_text() == gold


@pytest.mark.parametrize("which", ["gold", "system"], ids=["gold", "system"])
def test_robustness_evaluate_output_over_input_refused(tmp_path: Path, which: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "published": "2018-05-23", "text": "on Monday",
                                "timexes": []}) + "\n")
    system = tmp_path / "system.jsonl"
    system.write_text(json.dumps({"doc": "a", "timexes": []}) + "\n")
    before = {p: p.read_text() for p in (gold, system)}
    target = gold if which == "gold" else system
    result = _invoke("evaluate", str(gold), "--system", str(system), "-o", str(target))
    _one_line_error(result, "cannot write output over the input")
    assert {p: p.read_text() for p in (gold, system)} == before


def test_robustness_query_output_over_store_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    db = tmp_path / "events.db"
    done = _invoke("batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                   "--db", str(db), "--quiet")
    assert done.exit_code == 0, done.stderr
    store = db.read_bytes()
    result = _invoke("query", "--db", str(db), "--from", "2018", "--to", "2018", "-o", str(db))
    _one_line_error(result, "cannot write output over the input")
    assert db.read_bytes() == store


def test_robustness_output_over_redirected_stdin_refused(tmp_path: Path) -> None:
    """`timeline extract - -o a.txt < a.txt`: standard input is the file the output names."""
    import subprocess
    import sys
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    with open(path, "rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "-", "-f", "md",
                               "-o", str(path)], stdin=stdin, capture_output=True, text=True,
                              timeout=120)
    assert done.returncode == 2, done.stderr
    assert "cannot write output over the input -" in done.stderr
    assert path.read_text() == ARTICLE


# --- publication dates at the ends of the calendar ---------------------------------------


@pytest.mark.parametrize(("text", "genre"), [
    ("They meet on Monday.", "news"),
    ("on Monday", "colloquial"),
    ("They met on Monday.", "narrative"),
], ids=["news", "post", "narrative"])
def test_robustness_calendar_edge_weekday_after_9999(tmp_path: Path, text: str,
                                                     genre: str) -> None:
    """The Monday after Friday, December 31, 9999 is off the calendar (OverflowError): the
    expression gets no value and the rest of the article is read."""
    path = tmp_path / "edge.txt"
    path.write_text(text + " It ended on December 30.\n")
    result = _invoke("extract", str(path), "--published", "9999-12-31", "--genre", genre,
                     "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "9999-12-30" in {e["when"]["value"] for e in json.loads(result.stdout)["events"]}


@pytest.mark.parametrize("text", ["Talks ended in the past.", "It is over now."],
                         ids=["past-ref", "present-ref"])
def test_robustness_calendar_edge_reference_on_9999_12_31(tmp_path: Path, text: str) -> None:
    """A reference to the publication day 9999-12-31 has no interval (it would end in the
    year 10000): it places no event, and the other dates are still read."""
    path = tmp_path / "edge.txt"
    path.write_text(text + " It began on December 30.\n")
    result = _invoke("extract", str(path), "--published", "9999-12-31", "--genre", "news",
                     "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [e["when"]["value"] for e in json.loads(result.stdout)["events"]] == ["9999-12-30"]


def test_robustness_calendar_edge_compare(tmp_path: Path) -> None:
    """Aligning events dated in years 1 and 9999 reached past the calendar (OverflowError)."""
    late, early = tmp_path / "late.txt", tmp_path / "early.txt"
    late.write_text("Talks ended on December 30. They resume on June 12.\n")
    early.write_text("Talks ended on Monday. They will resume on June 12.\n")
    result = _invoke("compare", str(late), str(early), "-f", "json",
                     "--published", "9999-12-31", "--published", "0001-01-01")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("published", ["9999", "9999-12"], ids=["year-9999", "month-9999-12"])
def test_robustness_calendar_edge_partial_published(tmp_path: Path, published: str) -> None:
    """Completing a partial date of December 9999 counted up to January 10000 (ValueError)."""
    path = tmp_path / "edge.txt"
    path.write_text("Talks ended on Monday, Dec. 27. They resume on Jan. 3.\n")
    result = _invoke("extract", str(path), "--published", published, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["published"] == "9999-12-27"


@pytest.mark.parametrize("command", [
    ["extract", "{a}", "-f", "json"], ["tag", "{a}"], ["batch", "{a}", "--out", "{dir}/out"],
], ids=["extract", "tag", "batch"])
@pytest.mark.parametrize("published", ["0000", "0000-05"], ids=["year-0", "month-of-year-0"])
def test_robustness_calendar_edge_year_zero_published(tmp_path: Path, command: list[str],
                                                      published: str) -> None:
    """'--published 0000' passed as a partial date and completing it raised 'year 0 is out
    of range' (an unexpected ValueError): the calendar has no year 0."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    args = [arg.format(a=tmp_path / "a.txt", dir=tmp_path) for arg in command]
    _one_line_error(_invoke(*args, "--published", published),
                    f"invalid publication date '{published}'")


def test_robustness_calendar_edge_dateline_9999_12_31(tmp_path: Path) -> None:
    """Scoring the day after a dateline of Dec. 31, 9999 ended in OverflowError."""
    path = tmp_path / "edge.txt"
    path.write_text("WASHINGTON, Dec. 31, 9999 (AP) -- Talks ended on Monday.\n")
    result = _invoke("extract", str(path), "--published", "9999", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["published"] == "9999-12-31"


# --- standard output that cannot be written -----------------------------------------------


def test_robustness_stdout_closed_named(tmp_path: Path) -> None:
    """`timeline extract a.txt >&-` wrote nothing and exited 0: the timeline was lost."""
    import os
    import subprocess
    import sys
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    done = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", str(path),
                           "-f", "md"], stderr=subprocess.PIPE, text=True, timeout=120,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == 2
    assert done.stderr == ("Error: cannot write to standard output (it is closed); "
                           "pass -o PATH\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_robustness_stdout_full_disk_named(tmp_path: Path) -> None:
    import subprocess
    import sys
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", str(path),
                               "-f", "md"], stdout=full, stderr=subprocess.PIPE, text=True,
                              timeout=120)
    assert done.returncode == 2
    assert done.stderr == "Error: cannot write to standard output (No space left on device)\n"


# --- evaluate on what holds no gold ----------------------------------------------------------


@pytest.mark.parametrize(("make", "events", "expected"), [
    ("dir", False, "holds no .tml files"),
    ("dir", True, "holds no .tml files"),
    ("blank-jsonl", False, "holds no gold passages"),
], ids=["dir-without-tml", "dir-without-tml-events", "jsonl-without-passages"])
def test_robustness_evaluate_without_gold_named(tmp_path: Path, make: str, events: bool,
                                                expected: str) -> None:
    """A directory that is not TimeML scored 1.000 on nothing, exit 0."""
    if make == "dir":
        gold = tmp_path / "notes"
        gold.mkdir()
        (gold / "readme.txt").write_text("hello")
    else:
        gold = tmp_path / "gold.jsonl"
        gold.write_text("\n\n")
    _one_line_error(_invoke("evaluate", str(gold), *(["--events"] if events else [])),
                    expected)


@pytest.mark.parametrize(("system", "expected"), [
    ("", "holds no documents to score against the 1 gold documents"),
    ('{"doc": "other", "dct": "2018-05-23", "timexes": []}\n',
     "none of its 1 documents (other) is one of the 1 gold documents"),
], ids=["empty-system", "other-documents"])
def test_robustness_evaluate_system_of_other_documents_named(tmp_path: Path, system: str,
                                                             expected: str) -> None:
    """System output that holds none of the gold documents scored 0.000 everywhere, exit 0,
    as if the tagger had found nothing."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "published": "2018-05-23", "text": "on Monday",
                                "timexes": []}) + "\n")
    (tmp_path / "system.jsonl").write_text(system)
    _one_line_error(_invoke("evaluate", str(gold), "--system", str(tmp_path / "system.jsonl")),
                    expected)


# --- query at the ends of the calendar ---------------------------------------------------


@pytest.mark.parametrize(("start", "end", "overlap"), [
    ("0001", "9999", False),
    ("0001-01-01", "9999-12-31", True),
    ("9999-12", "9999", False),
], ids=["years-1-to-9999", "days-to-9999-12-31-overlap", "december-9999"])
def test_robustness_query_to_year_9999(tmp_path: Path, start: str, end: str,
                                       overlap: bool) -> None:
    """`--to 9999` was 'invalid' (its last day was counted from January 10000) and
    `--to 9999-12-31` an OverflowError."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    db = tmp_path / "events.db"
    done = _invoke("batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                   "--db", str(db), "--quiet")
    assert done.exit_code == 0, done.stderr
    result = _invoke("query", "--db", str(db), "--from", start, "--to", end, "-f", "json",
                     *(["--overlap"] if overlap else []))
    assert result.exit_code == 0, result.stderr
    found = len(json.loads(result.stdout)["events"])
    assert found == (0 if start.startswith("9999") else 2)


# --- batch: good documents go on --------------------------------------------------------------


@pytest.mark.parametrize(("stdin", "written", "failed"), [
    ('{"text": "Talks ended on Monday.", "published": "2018-05-23"}\nnot json\n'
     '{"text": ""}\n', ["stdin_1.json"], ["-:2", "-:3"]),
    ('{\n "text": "Talks ended on Monday.",\n "published": "2018-05-23"\n}\n',
     ["stdin.json"], []),
], ids=["json-lines-with-bad-lines", "pretty-printed-object"])
def test_robustness_batch_stdin_json_lines_per_line(tmp_path: Path, stdin: str,
                                                    written: list[str],
                                                    failed: list[str]) -> None:
    """`cat articles.jsonl | timeline batch -` failed every record for one bad line."""
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", "-", "--out", str(out), "--quiet"],
                                input=stdin.encode())
    assert result.exit_code == (1 if failed else 0), result.stderr
    assert sorted(p.name for p in out.glob("stdin*.json")) == written
    errors = (out / "errors.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in errors] == failed


# --- Ctrl-C ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "tag"], ids=["extract", "tag"])
def test_robustness_interrupt_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        command: str) -> None:
    """Ctrl-C printed click's 'Aborted!' and exited 1, the code of a failed document."""
    import timeline.cli.documents as documents

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(documents, command, interrupted)
    path, target = tmp_path / "a.txt", tmp_path / "out.md"
    path.write_text(ARTICLE)
    target.write_text("kept\n")
    args = ["-f", "md"] if command == "extract" else []
    result = _invoke(command, str(path), *args, "-o", str(target))
    assert (result.exit_code, result.stderr) == (130, "Interrupted.\n")
    assert target.read_text() == "kept\n"


def test_robustness_interrupt_while_loading_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C in the first seconds, while the command's module (and spaCy) loads, was
    caught by click itself: 'Aborted!' and exit 1."""
    import importlib

    def interrupted(name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(importlib, "import_module", interrupted)
    result = CliRunner().invoke(cli, ["extract", "a.txt"])
    assert (result.exit_code, result.stderr) == (130, "Interrupted.\n")


def test_robustness_batch_db_of_another_program_left_alone(tmp_path: Path) -> None:
    """`batch --db mine.db` on another program's SQLite file switched it to WAL mode
    before refusing it."""
    import sqlite3
    db = tmp_path / "mine.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE contacts (name)")
        conn.execute("INSERT INTO contacts VALUES ('alice')")
    conn.close()
    before = db.read_bytes()
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = _invoke("batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                     "--db", str(db), "--quiet")
    _one_line_error(result, "not a timeline event store")
    assert db.read_bytes() == before


def test_robustness_batch_invalid_published_names_the_option(tmp_path: Path) -> None:
    """It said '-: invalid publication date', as if standard input were at fault."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = _invoke("batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                     "--published", "2018-02-30")
    _one_line_error(result, "Error: invalid publication date '2018-02-30'")
    assert result.stderr.rstrip().endswith("(--published)")
    assert not (tmp_path / "out").exists()


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "head"), [
    ("page.html", '<html><head><meta charset="utf-16">'),
    ("page32.html", '<html><head><meta charset="UTF-32LE">'),
    ("doc.tml", '<?xml version="1.0" encoding="UTF-16"?>'),
], ids=["html-meta-utf-16", "html-meta-utf-32", "timeml-declared-utf-16"])
def test_robustness_declared_utf16_in_ascii_read_as_utf8(tmp_path: Path, name: str,
                                                         head: str) -> None:
    """A UTF-16 declaration written in one-byte characters cannot be true: it was 'not
    valid utf-16 (byte 0x3e ...)' and the file could not be read without --encoding."""
    sentence = "Talks ended on Monday. They will resume on June 12, the ministry said."
    if name.endswith(".tml"):
        text = (f'{head}<TimeML><DCT><TIMEX3 value="2018-05-23"/></DCT><TEXT>{sentence}'
                "</TEXT></TimeML>")
    else:
        text = (f'{head}<meta name="date" content="2018-05-23"><title>Talks in Geneva</title>'
                f"</head><body><article><p>{sentence}</p></article></body></html>")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = _invoke("extract", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "2018-06-12" in {e["when"]["value"] for e in json.loads(result.stdout)["events"]}


@pytest.mark.parametrize(("title", "lead"), [
    ("T", "Talks ended on Monday."),
    ("Talks end", "Talks end in Geneva on Monday."),
], ids=["one-letter-title", "title-begins-the-lead"])
def test_robustness_page_title_prefix_keeps_the_lead(tmp_path: Path, title: str,
                                                     lead: str) -> None:
    """A title that begins the first sentence was cut off it: title 'T' turned 'Talks
    ended on Monday' into 'alks ended on Monday'."""
    path = tmp_path / "page.html"
    path.write_text(f'<html><head><meta name="date" content="2018-05-23"><title>{title}'
                    f"</title></head><body><article><p>{lead} They will resume on June 12, "
                    "the ministry said.</p></article></body></html>")
    result = _invoke("extract", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    sentences = [e["sentence"] for e in json.loads(result.stdout)["events"]]
    assert lead in sentences


# --- one bad input among several ------------------------------------------------------------


@pytest.mark.parametrize(("command", "found"), [
    (["tag"], '"doc": "good"'),
    (["tag", "-f", "table"], "# good (published 2018-05-23)"),
    (["extract", "-f", "json"], '"id": "good"'),
    (["compare", "-f", "json"], '"id": "good"'),
], ids=["tag-jsonl", "tag-table", "extract", "compare"])
def test_robustness_bad_input_among_several_named(tmp_path: Path, command: list[str],
                                                  found: str) -> None:
    """`tag a.txt empty.txt` failed as a whole: the good file is done, the bad one is one
    `Error:` line naming it, and the exit is 1 (as `batch`: some documents failed)."""
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    result = _invoke(*command, str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"))
    assert result.exit_code == 1, result.stderr
    assert result.stderr == f"Error: {tmp_path / 'empty.txt'}: is empty\n"
    assert found in result.stdout


def test_robustness_bad_input_among_several_out_dir(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    out = tmp_path / "out"
    result = _invoke("tag", "-f", "timeml", "--out-dir", str(out), str(tmp_path / "good.txt"),
                     str(tmp_path / "bin.txt"))
    assert result.exit_code == 1, result.stderr
    assert "bin.txt: looks like a binary file" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["good.tml"]


@pytest.mark.parametrize(("command", "found"), [
    (["extract", "-f", "json"], '"id": "good"'),
    (["compare", "-f", "json"], '"id": "good"'),
], ids=["extract", "compare"])
def test_robustness_fault_in_one_document_keeps_the_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], found: str) -> None:
    """A fault of ours on one document (a re.error from its text, session 28) lost every
    document of the run: now it is one `Error:` line naming it, the others are written, and
    the exit is 1."""
    from timeline import extraction
    build = extraction.build_timeline

    def failing(document: object, tagged: object) -> object:
        if "Kaboom" in getattr(document, "text", ""):
            raise RuntimeError("a fault of ours")
        return build(document, tagged)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "build_timeline", failing)
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "other.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    (tmp_path / "bad.txt").write_text(ARTICLE.replace("Talks", "Kaboom talks"))
    result = _invoke(*command, *(str(tmp_path / f"{n}.txt") for n in ("good", "bad", "other")))
    assert result.exit_code == 1, result.stderr
    assert result.stderr == (f"Error: {tmp_path / 'bad.txt'}: unexpected RuntimeError: a fault "
                             "of ours (run again with --debug for details)\n")
    assert found in result.stdout and '"id": "other"' in result.stdout
    assert '"id": "bad"' not in result.stdout


@pytest.mark.parametrize("command", [["tag"], ["extract", "-f", "md"], ["compare", "-f", "md"]],
                         ids=["tag", "extract", "compare"])
def test_robustness_every_input_bad_writes_nothing(tmp_path: Path, command: list[str]) -> None:
    """When no input reads there is nothing to write: exit 2, and -o keeps what it held."""
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text(" \n\t\n")
    (tmp_path / "kept.md").write_text("mine\n")
    result = _invoke(*command, str(tmp_path / "empty.txt"), str(tmp_path / "blank.txt"),
                     "-o", str(tmp_path / "kept.md"))
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("Error: ") == 2 and "Traceback" not in result.stderr
    assert (tmp_path / "kept.md").read_text() == "mine\n"


def test_robustness_timeml_several_inputs_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    _one_line_error(_invoke("tag", "-f", "timeml", str(tmp_path / "good.txt"),
                            str(tmp_path / "empty.txt")), "pass --out-dir DIR")


@pytest.mark.parametrize(("extra", "expected"), [
    (["{missing}"], "nope.txt: file not found"),
    (["{dir}"], "is a directory, not a file"),
    (["--published", "yesterday"], "invalid publication date 'yesterday'"),
    (["--published", ""], "invalid publication date ''"),
    (["--published", "2018-02-30"], "invalid publication date '2018-02-30'"),
    (["-", "-"], "standard input ('-') is given 2 times"),
], ids=["missing-path", "directory", "published-word", "published-empty", "published-feb-30",
        "stdin-twice"])
def test_robustness_bad_argument_among_several_stops_all(tmp_path: Path, extra: list[str],
                                                         expected: str) -> None:
    """A mistyped path or date is the command line's fault, not one input's: one line and
    exit 2 before any input is read, not a run that half works."""
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "other.txt").write_text(ARTICLE)
    (tmp_path / "adir").mkdir()
    names = {"missing": str(tmp_path / "nope.txt"), "dir": str(tmp_path / "adir")}
    args = [str(tmp_path / "good.txt"), str(tmp_path / "other.txt"),
            *(arg.format(**names) for arg in extra)]
    result = _invoke("tag", *args)
    _one_line_error(result, expected)
    assert result.stdout == ""


# --- an empty path ("$OUT" with OUT unset) -------------------------------------------------


@pytest.mark.parametrize(("command", "name"), [
    (["tag", ""], "FILES"),
    (["extract", "{a}", ""], "FILES"),
    (["compare", "{a}", "", "-f", "md"], "FILES"),
    (["extract", "{a}", "-f", "md", "-o", ""], "-o"),
    (["tag", "{a}", "-f", "timeml", "--out-dir", ""], "--out-dir"),
    (["batch", "", "--out", "{dir}/out"], "INPUTS"),
    (["batch", "{a}", "--out", ""], "--out"),
    (["batch", "{a}", "--out", "{dir}/out", "--db", ""], "--db"),
    (["query", "--db", "", "--from", "2018", "--to", "2019"], "--db"),
], ids=["tag-file", "extract-file", "compare-file", "extract-output", "tag-out-dir",
        "batch-input", "batch-out", "batch-db", "query-db"])
def test_robustness_empty_path_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       command: list[str], name: str) -> None:
    """An empty path names the current folder to Path(""): `batch "" --out x` read the
    whole working directory and `batch a.txt --out ""` wrote summary.json and
    errors.jsonl into it; `-o ""` wrote to standard output."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    args = [arg.format(a=tmp_path / "a.txt", dir=tmp_path) for arg in command]
    _one_line_error(_invoke(*args), f"{name}: an empty path was given")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize(("depth", "hint"), [
    (300, "nest more than 255 levels deep"),
    (3000, "nest more than 255 levels deep"),  # past even huge_tree's 2048
    (100, None),
], ids=["past-the-parser-depth", "past-huge-tree", "shallow-no-hint"])
def test_robustness_deep_page_named(tmp_path: Path, depth: int, hint: str | None) -> None:
    """A page nested past libxml2's 255 levels lost its text without a word why: 'no
    article text could be found in the web page'."""
    lead = "<p>Talks ended on Monday. They will resume on June 12, the ministry said.</p>"
    body = lead if hint else "<p>Menu</p>"
    path = tmp_path / "deep.html"
    path.write_text(f"<html><body><article>{'<div>' * depth}{body}{'</div>' * depth}"
                    "</article></body></html>")
    result = _invoke("extract", str(path), "--published", "2018-05-23", "-f", "json")
    _one_line_error(result, "no article text could be found")
    if hint is not None:
        assert hint in result.stderr
    else:
        assert "levels" not in result.stderr


def test_robustness_open_items_are_not_deep(tmp_path: Path) -> None:
    """Items whose closing tags are left out, as HTML allows ("<li>one<li>two"), nest no
    deeper: a page of 300 of them and no article text gets no note on nesting."""
    path = tmp_path / "menu.html"
    path.write_text(f"<html><body><ul>{'<li>Menu' * 300}</ul></body></html>")
    result = _invoke("extract", str(path), "--published", "2018-05-23", "-f", "json")
    _one_line_error(result, "no article text could be found")
    assert "levels" not in result.stderr


@pytest.mark.parametrize("inputs", [["{dir}"], ["{dir}/**/*"]], ids=["directory", "pattern"])
def test_robustness_batch_out_inside_inputs_resumes(tmp_path: Path, inputs: list[str]) -> None:
    """`batch corpus --out corpus/out` ran once, then refused its own resume ('the output
    directory holds the input corpus/out/errors.jsonl'): the second walk took the outputs
    for inputs. The output directory inside the one walked is left out of the walk."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE)
    args = [arg.format(dir=corpus) for arg in inputs] + ["--out", str(corpus / "out"),
                                                         "--quiet"]
    first, again = _invoke("batch", *args), _invoke("batch", *args)
    assert (first.exit_code, again.exit_code) == (0, 0), again.stderr
    assert json.loads((corpus / "out" / "summary.json").read_text())["skipped"] == 1


def test_robustness_batch_out_is_the_input_dir_refused(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    _one_line_error(_invoke("batch", str(tmp_path), "--out", str(tmp_path)),
                    "the output directory holds the input")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt"]


@pytest.mark.parametrize(("made_by", "said"), [
    (["extract", "{a}", "-f", "json"], "the record is timeline output (schema 'timeline"),
    (["compare", "{a}", "{a}", "-f", "json"], "the record is timeline output (schema 'timeline"),
    (["tag", "{a}", "-f", "jsonl"], "is the output of 'timeline tag -f jsonl', not an article"),
], ids=["timeline-json", "compare-json", "tag-jsonl"])
def test_robustness_own_output_as_input_named(tmp_path: Path, made_by: list[str],
                                              said: str) -> None:
    """Our JSON output given back as an input said only 'record has no 'text' field'."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    made = _invoke(*(arg.format(a=tmp_path / "a.txt") for arg in made_by))
    assert made.exit_code == 0, made.stderr
    (tmp_path / "out.json").write_text(made.stdout)
    _one_line_error(_invoke("extract", str(tmp_path / "out.json"), "-f", "md"), said)


def test_robustness_escape_sequences_kept_on_stdout(tmp_path: Path) -> None:
    """Standard output that is no terminal lost the text's escape sequences to click, which
    read '\\x1b[1,"T' across a CSV's quote as one and so broke its rows: what is written
    to standard output is what -o writes (found by tests/test_cli_properties.py)."""
    text = "The ministry said on Monday\nThe ministry said on Monday \x1b[1m \u2014"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    shown = _invoke("extract", str(path), "--published", "2018-05-23", "-f", "csv")
    assert shown.exit_code == 0, shown.stderr
    written = _invoke("extract", str(path), "--published", "2018-05-23", "-f", "csv",
                      "-o", str(tmp_path / "out.csv"))
    assert written.exit_code == 0, written.stderr
    assert shown.stdout == (tmp_path / "out.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(shown.stdout, newline="")))
    assert len(rows) == 2 and rows[1][rows[0].index("sentence")] == text
