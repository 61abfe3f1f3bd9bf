"""Tests of `timeline.batch` and `timeline batch`: isolation, atomic outputs, resume, workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import html

from tests.conftest import FIXTURES
from timeline import batch
from timeline.batch import BatchOptions, process_chunk, run_batch, WorkSettings
from timeline.cli import cli
from timeline.ingest import read_documents
from timeline.model import Document
from timeline.store import EventStore

GOOD = [str(p) for p in sorted((FIXTURES / "webpages").glob("*.html"))] + [
    str(FIXTURES / "ingest" / "small.tml"), str(FIXTURES / "ingest" / "header.txt")]
GOOD_KEYS = ["insight_landing", "singapore_summit", "voyager_interstellar", "small", "header"]
TIMELINE = [sys.executable, "-m", "timeline.cli"]


def outputs(out: Path) -> dict[str, bytes]:
    """The files of an output directory, without summary.json (it holds timings)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.name != "summary.json"}


def stamp(out: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of each document output: a rewrite changes both."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.glob("*.json")
            if p.name != "summary.json"}


def errors(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]


def test_batch_writes_one_timeline_per_document(tmp_path: Path) -> None:
    summary = run_batch(GOOD, BatchOptions(out=str(tmp_path)))
    assert (summary.written, summary.failed, summary.complete) == (5, 0, True)
    assert sorted(outputs(tmp_path)) == sorted([f"{k}.json" for k in GOOD_KEYS] + ["errors.jsonl"])
    timeline = json.loads((tmp_path / "singapore_summit.json").read_text())
    assert timeline["schema"] == "timeline/1" and timeline["documents"][0]["published"] == "2018-06-12"


def test_batch_output_same_as_extract(tmp_path: Path) -> None:
    run_batch(GOOD[:1], BatchOptions(out=str(tmp_path)))
    result = CliRunner().invoke(cli, ["extract", GOOD[0], "-f", "json"])
    assert (tmp_path / "insight_landing.json").read_text() == result.output


@pytest.mark.parametrize("fmt", ["md", "html"], ids=["markdown", "html"])
def test_batch_format_option(tmp_path: Path, fmt: str) -> None:
    run_batch(GOOD[:2], BatchOptions(out=str(tmp_path), format=fmt))
    index = ["index.html"] if fmt == "html" else []
    assert sorted(p.name for p in tmp_path.glob(f"*.{fmt}")) == index + [
        f"insight_landing.{fmt}", f"singapore_summit.{fmt}"]


def _index_links(out: Path) -> list[tuple[str, str, str, str]]:
    """(href, title, datetime, event count) of each entry of OUT/index.html, in order."""
    page = html.fromstring((out / "index.html").read_bytes())
    return [(li.find("a").get("href"), li.find("a").text_content(),
             li.find(".//time").get("datetime") if li.find(".//time") is not None else "",
             li.find("span").text_content().split("· ")[-1])
            for li in page.iter("li")]


def test_batch_html_index_links_every_page_across_runs(tmp_path: Path) -> None:
    """-f html writes index.html: every page with title, date and event count, in date
    order; a later run into the same directory adds its pages to the earlier ones."""
    run_batch(GOOD[:2], BatchOptions(out=str(tmp_path), format="html"))
    first = _index_links(tmp_path)
    assert sorted(href for href, *_ in first) == ["./insight_landing.html",
                                                  "./singapore_summit.html"]
    run_batch(GOOD, BatchOptions(out=str(tmp_path), format="html"))
    links = _index_links(tmp_path)
    assert sorted(href for href, *_ in links) == sorted(f"./{k}.html" for k in GOOD_KEYS)
    assert set(first) <= set(links)
    dates = [when for _, _, when, _ in links]
    assert dates == sorted(dates) and all(dates)
    for href, title, _, count in links:
        page = html.fromstring((tmp_path / href[2:]).read_bytes())
        assert title in page.findtext(".//title")
        assert count.split()[0].isdigit() and count.split()[1].startswith("event")
    summit = json.loads((tmp_path / "index.json").read_text())["pages"]["singapore_summit"]
    assert (summit["published"], summit["file"]) == ("2018-06-12", "singapore_summit.html")


def test_batch_resumed_run_keeps_earlier_runs_figures(tmp_path: Path) -> None:
    run_batch(GOOD[:2], BatchOptions(out=str(tmp_path)))
    run_batch(GOOD, BatchOptions(out=str(tmp_path)))
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert [(r["written"], r["skipped"]) for r in summary["runs"]] == [(2, 0), (3, 2)]
    assert (summary["written"], summary["skipped"]) == (3, 2)
    assert all("schema" not in run and run["complete"] for run in summary["runs"])


def test_batch_broken_files_recorded_and_others_written(tmp_path: Path,
                                                       broken_inputs: list[str]) -> None:
    out = tmp_path / "out"
    summary = run_batch(GOOD + broken_inputs, BatchOptions(out=str(out)))
    assert (summary.written, summary.failed) == (5, 5)
    failed = errors(out)
    assert [(e["id"], e["error"]) for e in failed] == [
        ("empty", "InputError"), ("binary", "InputError"), ("latin1", "InputError"),
        ("truncated", "InputError"), ("no_text:1", "InputError")]
    reasons = [e["reason"] for e in failed]
    for reason, expected in zip(reasons, ["is empty", "binary file", "not valid UTF-8",
                                          "looks truncated", "has no 'text' field"]):
        assert expected in reason


def test_batch_no_publication_date_recorded(tmp_path: Path) -> None:
    summary = run_batch([str(FIXTURES / "ingest" / "records.jsonl")], BatchOptions(out=str(tmp_path)))
    assert (summary.written, summary.failed) == (2, 1)
    (failure,) = errors(tmp_path)
    assert failure["id"] == "42" and failure["error"] == "NoPublicationDateError"
    assert "give it as `published`" in failure["reason"]


def test_batch_resume_skips_done_and_redoes_failed(tmp_path: Path,
                                                    broken_inputs: list[str]) -> None:
    options = BatchOptions(out=str(tmp_path / "out"))
    run_batch(GOOD + broken_inputs, options)
    stamps = stamp(tmp_path / "out")
    again = run_batch(GOOD + broken_inputs, options)
    assert (again.written, again.skipped, again.failed) == (0, 5, 5)
    assert stamp(tmp_path / "out") == stamps and len(stamps) == 5
    assert len(errors(tmp_path / "out")) == 5


def test_batch_force_redoes_everything(tmp_path: Path) -> None:
    run_batch(GOOD[:2], BatchOptions(out=str(tmp_path)))
    forced = run_batch(GOOD[:2], BatchOptions(out=str(tmp_path), force=True))
    assert (forced.written, forced.skipped) == (2, 0)


def test_batch_removes_stale_temporary_files(tmp_path: Path) -> None:
    stale = tmp_path / ".tl-small.json.abc123.tmp"
    stale.write_text('{"half": ')
    run_batch(GOOD[3:4], BatchOptions(out=str(tmp_path)))
    assert not stale.exists() and not list(tmp_path.glob("*.tmp"))


def test_batch_chunk_isolates_failing_document(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.tag_documents

    def fragile(documents: list[Any], nlp: Any, **options: Any) -> Any:
        if any("BOOM" in d.text for d, _ in documents):
            raise RuntimeError("parser exploded")
        return real(documents, nlp, **options)

    monkeypatch.setattr(batch, "tag_documents", fragile)
    docs = [Document(id=name, text=text, published="2018-05-23", published_from="json")
            for name, text in [("a", "Talks ended Monday."), ("b", "BOOM on Tuesday."),
                               ("c", "They meet on Friday.")]]
    results = process_chunk([(d.id, d) for d in docs], WorkSettings("json"))
    assert [(r["key"], r["ok"]) for r in results] == [("a", True), ("b", False), ("c", True)]
    assert results[1]["reason"] == "RuntimeError: parser exploded"


def test_batch_db_option_fills_store(tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    run_batch(GOOD, BatchOptions(out=str(tmp_path / "out"), db=str(db)))
    with EventStore(str(db)) as store:
        assert store.count("documents") == 5
        assert store.count("events") == sum(
            len(json.loads((tmp_path / "out" / f"{k}.json").read_text())["events"])
            for k in GOOD_KEYS)


def test_batch_db_added_later_redoes_documents_not_in_store(tmp_path: Path) -> None:
    run_batch(GOOD[:2], BatchOptions(out=str(tmp_path / "out")))
    later = run_batch(GOOD[:2], BatchOptions(out=str(tmp_path / "out"), db=str(tmp_path / "e.db")))
    assert (later.written, later.skipped) == (2, 0)


def test_batch_cli_exit_1_and_summary(tmp_path: Path, broken_inputs: list[str]) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", *GOOD, *broken_inputs, "--out", str(out)])
    assert result.exit_code == 1, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["written"], summary["failed"], summary["complete"]) == (5, 5, True)
    assert "10 documents: 5 written, 0 already done, 5 failed" in result.output


def test_batch_cli_reads_stdin(tmp_path: Path) -> None:
    data = (FIXTURES / "ingest" / "records.jsonl").read_bytes()
    result = CliRunner().invoke(cli, ["batch", "-", "--out", str(tmp_path), "--quiet"],
                                input=data)
    assert result.exit_code == 1 and result.output == ""
    assert sorted(p.name for p in tmp_path.glob("*.json")) == [
        "budget.json", "stdin_3.json", "summary.json"]


@pytest.mark.parametrize(("args", "message"), [
    (["missing.txt"], "missing.txt: file not found"),
    (["--published", "someday", str(FIXTURES / "ingest" / "header.txt")],
     "invalid publication date 'someday': expected YYYY-MM-DD or an ISO date-time "
     "(--published)"),
], ids=["missing-input", "bad-published"])
def test_batch_cli_bad_usage_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["batch", *args, "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["batch", "query"])
def test_batch_cli_help_has_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_batch_two_workers_same_outputs(tmp_path: Path, broken_inputs: list[str]) -> None:
    run_batch(GOOD + broken_inputs, BatchOptions(out=str(tmp_path / "one")))
    pooled = run_batch(GOOD + broken_inputs, BatchOptions(out=str(tmp_path / "two"), workers=2,
                                                          chunk_size=2))
    assert pooled.runner == "2 processes" and len(pooled.workers) == 2
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")


# --- over the corpus (slow) ---------------------------------------------------------------


def corpus_files(corpus: Path, count: int | None = None) -> list[str]:
    return sorted(str(p) for p in corpus.rglob("*.tml"))[:count]


@pytest.mark.slow
def test_batch_corpus_and_broken_files(tmp_path: Path, corpus: Path,
                                       broken_inputs: list[str]) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(corpus), *broken_inputs, "--out", str(out),
                                      "--workers", "2", "--quiet"])
    assert result.exit_code == 1
    written = [p for p in out.glob("*.json") if p.name != "summary.json"]
    assert len(written) == len(corpus_files(corpus)) == 256
    assert all(json.loads(p.read_text())["schema"] == "timeline/1" for p in written)
    assert len(errors(out)) == 5


def _start_batch(files: list[str], out: Path, workers: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from timeline.cli import cli; cli()", "batch", *files,
               "--out", str(out), "--workers", str(workers), "--chunk-size", "4"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_outputs(out: Path, count: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while len(list(out.glob("*.json"))) < count:
        assert process.poll() is None, "the batch ended before it could be interrupted"
        assert time.monotonic() < deadline, "the batch wrote nothing for a minute"
        time.sleep(0.02)


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "workers"), [(signal.SIGINT, 1), (signal.SIGTERM, 2)],
                         ids=["ctrl-c-one-process", "kill-two-workers"])
def test_batch_interrupted_then_resumed(tmp_path: Path, corpus: Path, sig: int,
                                        workers: int) -> None:
    files, out = corpus_files(corpus, 72), tmp_path / "out"
    process = _start_batch(files, out, workers)
    _wait_for_outputs(out, 8, process)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and b"Traceback" not in stderr
    assert b"Run the same command again to resume" in stderr
    assert not list(out.glob(".tl-*")), "a temporary file was left behind"
    done = stamp(out)
    assert 8 <= len(done) < 72
    assert all(json.loads((out / name).read_text())["schema"] == "timeline/1" for name in done)
    assert json.loads((out / "summary.json").read_text())["complete"] is False

    again = _start_batch(files, out, workers)
    _, stderr = again.communicate(timeout=120)
    assert again.returncode == 0, stderr.decode()
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["skipped"], summary["written"]) == (len(done), 72 - len(done))
    after = stamp(out)
    assert len(after) == 72 and {name: after[name] for name in done} == done


# Run in a child process: the cluster's threads must not stay in the process that later
# forks the local pool of other tests.
DASK_RUN = """
import json, sys
from distributed import LocalCluster
from timeline.batch import BatchOptions, run_batch

with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                  dashboard_address=":0") as cluster:
    summary = run_batch(sys.argv[2:], BatchOptions(out=sys.argv[1], chunk_size=3,
                                                   scheduler=cluster.scheduler_address))
print(json.dumps({"runner": summary.runner, "workers": sorted(summary.workers)}))
"""


@pytest.mark.slow
def test_batch_dask_local_cluster_same_outputs(tmp_path: Path, corpus: Path,
                                               broken_inputs: list[str]) -> None:
    files = corpus_files(corpus, 12) + broken_inputs[:2]
    run_batch(files, BatchOptions(out=str(tmp_path / "serial")))
    done = subprocess.run([sys.executable, "-c", DASK_RUN, str(tmp_path / "dask"), *files],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["runner"].startswith("dask tcp://127.0.0.1:")
    assert len(report["workers"]) == 2
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "serial")


def test_batch_refuses_output_directory_holding_inputs(tmp_path: Path) -> None:
    article = tmp_path / "a.json"
    article.write_text('{"text": "Talks ended Monday.", "published": "2018-05-23"}')
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "the output directory holds the input" in result.output
    assert json.loads(article.read_text())["text"] == "Talks ended Monday."


@pytest.mark.parametrize(("options", "message"), [
    (BatchOptions(out="x", format="pdf"), "unknown format 'pdf'; choose from csv, html"),
    (BatchOptions(out="x", workers=0), "invalid batch options"),
    (BatchOptions(out="x", chunk_size=0), "invalid batch options"),
], ids=["unknown-format", "no-workers", "empty-chunks"])
def test_batch_bad_options_raise(options: BatchOptions, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        run_batch(GOOD, options)


def test_batch_progress_reports_every_document(tmp_path: Path, broken_inputs: list[str]) -> None:
    seen: list[tuple[int, int]] = []
    run_batch(GOOD + broken_inputs, BatchOptions(out=str(tmp_path / "out")),
              progress=lambda s: seen.append((s.seen, s.total)))
    assert [n for n, _ in seen] == list(range(1, 11)) and {t for _, t in seen} == {10}


def test_batch_cli_progress_line(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.batch import BatchSummary
    from timeline.cli.collection import _ProgressLine

    line = _ProgressLine()
    line(BatchSummary(total=100, written=20, failed=5, skipped=10, seconds=5.0))
    line.close()
    err = capsys.readouterr().err
    assert err == "\r35/100 documents  5.0 docs/s  ETA 0:13  (5 failed)  \n"
