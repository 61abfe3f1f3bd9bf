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
