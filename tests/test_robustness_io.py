"""Hostile but fair uses of the command line's inputs and outputs (issue 16): each test is
named after the case a review reproduced."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import InputError
from timeline.output import write_all, write_text

ARTICLE = ("Published: 2018-05-23\n\nTalks ended on Monday. They will resume on June 12, "
           "the ministry said.\n")


@pytest.fixture()
def article(tmp_path: Path) -> str:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def _extract(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


# --- -o never replaces what is not a regular file ----------------------------------------


def test_robustness_output_symlink_writes_target_keeps_link(tmp_path: Path, article: str) -> None:
    target = tmp_path / "real.md"
    target.write_text("old\n")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    code, _, err = _extract(article, "-f", "md", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "June 12" in target.read_text() and "old" not in target.read_text()


def test_robustness_output_dangling_symlink_creates_target(tmp_path: Path, article: str) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "made.json")
    code, _, err = _extract(article, "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and json.loads((tmp_path / "made.json").read_text())["events"]


def test_robustness_output_fifo_written_into(tmp_path: Path, article: str) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = _extract(article, "-f", "json", "-o", str(fifo))
    reader.join(timeout=30)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0].decode())["schema"] == "timeline/1"


def test_robustness_output_dev_stdout_into_a_pipe(article: str) -> None:
    """`-o /dev/stdout | cat`: the real path of /dev/stdout names a pipe, no file."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", article,
                           "--published", "2018-05-23", "-f", "md", "-o", "/dev/stdout"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert b"- Source: " in done.stdout


def test_robustness_output_dev_null_stays_a_device(article: str) -> None:
    code, _, err = _extract(article, "-f", "md", "-o", os.devnull)
    assert code == 0, err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_robustness_output_regular_file_replaced_keeps_mode(tmp_path: Path, article: str) -> None:
    target = tmp_path / "out.md"
    target.write_text("old\n")
    target.chmod(0o640)
    code, _, err = _extract(article, "-o", str(target))
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and "June 12" in target.read_text()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_robustness_output_directory_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="it is a directory"):
        write_text(tmp_path, "x")


def test_robustness_output_missing_folder_named(tmp_path: Path, article: str) -> None:
    code, _, err = _extract(article, "-o", str(tmp_path / "nowhere" / "out.html"))
    assert code == 2
    assert err.count("\n") == 1 and "the folder" in err and "nowhere" in err
    assert "unexpected" not in err


def test_robustness_output_write_all_leaves_nothing_on_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old a")
    with pytest.raises(InputError):
        write_all([(tmp_path / "a.txt", "new a"), (tmp_path / "b.txt", "new b"),
                   (tmp_path / "missing" / "c.txt", "new c")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert (tmp_path / "a.txt").read_text() == "old a"


# --- duplicate ids keep every document ----------------------------------------------------

SAME_ID = "".join(json.dumps({"id": "story", "published": "2018-05-23",
                              "text": f"Version {n}: talks ended on Monday, June {n}."}) + "\n"
                  for n in range(1, 5))


def test_robustness_duplicate_ids_write_four_documents(tmp_path: Path) -> None:
    source = tmp_path / "same.jsonl"
    source.write_text(SAME_ID)
    out, db = tmp_path / "out", tmp_path / "events.db"
    result = CliRunner().invoke(cli, ["batch", str(source), "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.glob("story*.json"))
    assert names == ["story-2.json", "story-3.json", "story-4.json", "story.json"]
    texts = {json.loads((out / n).read_text())["events"][0]["sentence"] for n in names}
    assert len(texts) == 4
    from timeline.store import EventStore
    with EventStore(str(db)) as store:
        assert store.count("documents") == 4
    assert result.stderr.count("Warning:") == 3 and "written as story-4" in result.stderr
    assert "4 written" in result.stderr


def test_robustness_duplicate_ids_stable_on_resume(tmp_path: Path) -> None:
    source = tmp_path / "same.jsonl"
    source.write_text(SAME_ID)
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["batch", str(source), "--out", str(out), "--quiet"])
    again = CliRunner().invoke(cli, ["batch", str(source), "--out", str(out)])
    assert "0 written, 4 already done" in again.stderr


# --- --max-size and standard input ------------------------------------------------------

@pytest.mark.parametrize(("command", "extra"), [
    ("extract", []), ("tag", []), ("compare", []),
], ids=["extract", "tag", "compare"])
def test_robustness_max_size_file_over_limit(tmp_path: Path, article: str, command: str,
                                             extra: list[str]) -> None:
    result = CliRunner().invoke(cli, [command, article, "--max-size", "50", *extra])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "larger than the limit of 50 bytes" in result.stderr and "--max-size" in result.stderr


def test_robustness_max_size_accepts_units(article: str) -> None:
    result = CliRunner().invoke(cli, ["tag", article, "--max-size", "1KB"])
    assert result.exit_code == 0, result.stderr


def test_robustness_max_size_rejects_nonsense(article: str) -> None:
    result = CliRunner().invoke(cli, ["extract", article, "--max-size", "lots"])
    assert result.exit_code == 2 and "is not a size" in result.stderr


def test_robustness_max_size_batch_records_failure(tmp_path: Path, article: str) -> None:
    small = tmp_path / "small.txt"
    small.write_text("Published: 2018-05-23\n\nIt rained on Monday.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", article, str(small), "--out", str(out),
                                      "--max-size", "60", "--quiet"])
    assert result.exit_code == 1
    failures = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [f["id"] for f in failures] == ["article"]
    assert "larger than the limit" in failures[0]["reason"] and (out / "small.json").exists()


def test_robustness_stdin_dev_zero_ends_quickly() -> None:
    """`cat /dev/zero | timeline extract -` reads one byte past the limit, then stops."""
    import subprocess
    import sys
    import time
    started = time.monotonic()
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "-"],
                              stdin=zeros, capture_output=True, timeout=60, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == ("Error: -: is larger than the limit of 8 MB; pass a larger "
                                   "--max-size to read it")
    assert time.monotonic() - started < 30


# --- a killed worker ends the batch, its documents in errors.jsonl ---------------------

def _records(count: int, sentences: int) -> str:
    body = " ".join(f"Talks resumed on Monday, June {n % 28 + 1}, 2018, and ended a week later."
                    for n in range(sentences))
    return "".join(json.dumps({"id": f"doc{n}", "published": "2018-05-23",
                               "text": f"Story {n}. {body}"}) + "\n" for n in range(count))


def test_robustness_killed_worker_documents_in_errors(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that dies by SIGKILL mid-chunk: its documents fail, the others are written."""
    import signal

    from timeline import batch

    real = batch.process_chunk

    def dying(chunk: list[tuple[str, object]], settings: object) -> object:
        if any("Story 5." in doc.text for _, doc in chunk):  # type: ignore[attr-defined]
            os.kill(os.getpid(), signal.SIGKILL)
        return real(chunk, settings)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "process_chunk", dying)
    source = tmp_path / "docs.jsonl"
    source.write_text(_records(12, 1))
    out = tmp_path / "out"
    summary = batch.run_batch([str(source)], batch.BatchOptions(out=str(out), workers=2,
                                                                chunk_size=2))
    failures = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [f["id"] for f in failures] == ["doc4", "doc5"]
    assert all("killed by SIGKILL" in f["reason"] for f in failures)
    assert (summary.written, summary.failed) == (10, 2)


def test_robustness_killed_worker_batch_ends_without_traceback(tmp_path: Path) -> None:
    """`batch --workers 2` with one worker killed from outside ends within a minute."""
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "docs.jsonl"
    source.write_text(_records(40, 40))
    out = tmp_path / "out"
    run = subprocess.Popen([sys.executable, "-m", "timeline.cli", "batch", str(source), "--out",
                            str(out), "--workers", "2", "--chunk-size", "1", "--quiet"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    children = Path(f"/proc/{run.pid}/task/{run.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(out.glob("doc*.json")):
        time.sleep(0.05)
    pids = children.read_text().split()
    assert pids, "no workers started"
    os.kill(int(pids[0]), signal.SIGKILL)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 1 and "Traceback" not in err
    failures = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert failures and all(f["error"] == "WorkerError" for f in failures)
    assert len(list(out.glob("doc*.json"))) + len(failures) == 40


# --- lower items: clear one-line errors, inert control characters ----------------------

def _one_line_error(result: object, expected: str) -> None:
    err = result.stderr  # type: ignore[attr-defined]
    assert result.exit_code == 2, err  # type: ignore[attr-defined]
    assert err.count("\n") == 1 and expected in err and "unexpected" not in err


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"], ids=["year-1", "year-9999"])
@pytest.mark.parametrize("fmt", ["html", "md", "ics", "json", "timelinejs"])
def test_robustness_extreme_years_render(tmp_path: Path, published: str, fmt: str) -> None:
    path = tmp_path / "years.txt"
    path.write_text("In the year 0001 and on December 31, 9999 things happened on Monday.\n")
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", published, "-f", fmt])
    assert result.exit_code == 0, result.stderr


def test_robustness_declared_rot13_encoding_ignored(tmp_path: Path) -> None:
    path = tmp_path / "r.tml"
    path.write_text('<?xml version="1.0" encoding="rot13"?><TimeML><DCT><TIMEX3 '
                    'value="2018-05-23"/></DCT><TEXT>Talks ended Monday.</TEXT></TimeML>')
    result = CliRunner().invoke(cli, ["tag", str(path)])
    assert result.exit_code == 0 and '"2018-05-21"' in result.stdout


def test_robustness_rot13_encoding_option_named(article: str) -> None:
    result = CliRunner().invoke(cli, ["extract", article, "--encoding", "rot13"])
    _one_line_error(result, "unknown text encoding 'rot13'")


def test_robustness_surrogate_in_json_named(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "published": "2018-05-23", "text": "Talks \\ud800 on Monday."}\n')
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "md"])
    _one_line_error(result, "field 'text' holds an unpaired surrogate (\\ud800 at character 6)")


@pytest.mark.parametrize("doc_id", ["x" * 300, "a\u0000b"], ids=["300-chars", "nul"])
def test_robustness_tag_out_dir_bad_id_named(tmp_path: Path, doc_id: str) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": doc_id, "published": "2018-05-23",
                                "text": "Talks ended Monday."}) + "\n")
    result = CliRunner().invoke(cli, ["tag", str(path), "-f", "timeml", "--out-dir",
                                      str(tmp_path / "out")])
    _one_line_error(result, "is not a file name")
    assert not (tmp_path / "out").exists()


def test_robustness_tag_out_dir_no_partial_set(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.cli import documents

    records = "".join(json.dumps({"id": f"d{n}", "published": "2018-05-23",
                                  "text": f"Talks ended Monday, take {n}."}) + "\n"
                      for n in range(3))
    path = tmp_path / "docs.jsonl"
    path.write_text(records)
    real = documents.write_timeml

    def failing(doc: object, timexes: object) -> str:
        if doc.id == "d2":  # type: ignore[attr-defined]
            raise RuntimeError("boom")
        return real(doc, timexes)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "write_timeml", failing)
    result = CliRunner().invoke(cli, ["tag", str(path), "-f", "timeml", "--out-dir",
                                      str(tmp_path / "out")])
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_robustness_escape_sequences_visible_in_errors(article: str) -> None:
    result = CliRunner().invoke(cli, ["extract", article, "--published", "bad\x1b]0;pwn\x07"])
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "bad\\x1b]0;pwn\\x07" in result.stderr


def test_robustness_escape_sequences_visible_in_table(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[31m.txt"
    path.write_text("Published: 2018-05-23\n\nTalks ended Monday.\n")
    result = CliRunner().invoke(cli, ["tag", str(path), "-f", "table"])
    assert result.exit_code == 0 and "\x1b" not in result.stdout
    assert "evil\\x1b[31m" in result.stdout


def test_robustness_dask_malformed_scheduler_one_line(tmp_path: Path, article: str) -> None:
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "timeline.cli", "batch", article, "--out",
                           str(tmp_path / "out"), "--scheduler", "foo"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == ("Error: cannot use the Dask scheduler at foo: missing port number "
                           "in address 'foo'\n")


def test_robustness_timelinejs_group_escaped(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"id": "t", "title": "<img src=x onerror=alert(1)>",
                                "published": "2018-05-23", "text": "Talks ended Monday."}))
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "timelinejs"])
    assert result.exit_code == 0, result.stderr
    groups = {e["group"] for e in json.loads(result.stdout)["events"]}
    assert groups == {"&lt;img src=x onerror=alert(1)&gt;"}
