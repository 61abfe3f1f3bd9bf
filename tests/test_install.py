"""The package as a user installs it: a wheel named news-timeline, into a fresh venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from lxml import html

from tests.conftest import SEED
from timeline.version import __version__

ROOT = Path(__file__).resolve().parent.parent
# What a clone holds besides the sources: never copied into the build.
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info",
                                     "__pycache__", ".cache", ".hypothesis", ".pytest_cache",
                                     ".mypy_cache", "timeline.html")


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, f"{args}: {done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the source tree (the checkout stays clean), offline."""
    base = tmp_path_factory.mktemp("wheel")
    shutil.copytree(ROOT, base / "src", ignore=NOT_SOURCES)
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", base / "dist", ".", cwd=base / "src")
    (built,) = (base / "dist").glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; its dependencies are read from the venv
    running the tests (a path file), so that no package index is needed."""
    target = tmp_path_factory.mktemp("venv") / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", target, cwd=target.parent)
    python = target / "bin" / "python"
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                cwd=target.parent).strip()
    Path(site, "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel,
         cwd=target.parent)
    return target


@pytest.mark.slow
def test_install_wheel_is_named_news_timeline(wheel: Path) -> None:
    assert wheel.name == f"news_timeline-{__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    assert "timeline/templates/timeline.html.j2" in names and "timeline/py.typed" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "timeline = timeline.cli:cli" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_install_extract_runs_outside_the_source_tree(venv: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = _run(venv / "bin" / "python", "-c",
                 "import timeline, importlib.metadata as m; "
                 "print(timeline.__file__); print(m.version('news-timeline'))",
                 cwd=tmp_path, env=env).split()
    assert where[0].startswith(str(venv)) and where[1] == __version__
    assert _run(venv / "bin" / "timeline", "--version", cwd=tmp_path, env=env) == \
        f"timeline, version {__version__}\n"
    completion = _run(venv / "bin" / "timeline", cwd=tmp_path,
                      env=dict(env, _TIMELINE_COMPLETE="bash_source"))
    assert "complete -o nosort -F _timeline_completion timeline" in completion
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    markdown = _run(venv / "bin" / "timeline", "extract", article.name, "--published",
                    "2018-05-23", "-f", "md", cwd=tmp_path, env=env)
    assert "**June 12, 2018**" in markdown
    _run(venv / "bin" / "timeline", "extract", article.name, "--published", "2018-05-23",
         "-o", "page.html", cwd=tmp_path, env=env)
    page = html.fromstring((tmp_path / "page.html").read_bytes())
    assert len(page.findall(".//time[@datetime]")) > 5 and page.find(".//ol") is not None
