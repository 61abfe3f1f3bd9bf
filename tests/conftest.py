"""Shared fixtures: the loaded pipeline, paths, the golden-file switch."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# No property test is timed: speed is measured by bench/, and hypothesis' default 200 ms
# deadline per example fails on a cold machine (the first dateparser call of a fresh .venv
# loads its language data), not on a wrong answer. Tests that set their own settings keep them.
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = ROOT / "seeds" / "000_6c7597210edea6ab.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"
# What the corpus render test (tests/test_corpus_render.py) measured, for the summary.
CORPUS_RENDER_TIMES = pytest.StashKey[dict[str, Any]]()


def pytest_addoption(parser: Any) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the expected files under fixtures/ from current output")


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Print what the corpus render test did and how long it took (shown with -q too)."""
    times = config.stash.get(CORPUS_RENDER_TIMES, None)
    if not times or "total" not in times:
        return
    missing = times.get("missing", [])
    terminalreporter.write_line(
        f"corpus render test: {times['documents']:.0f} documents, {times['outputs']:.0f} "
        f"outputs; extract {times['extract']:.1f} s, render and read back "
        f"{times['render+check']:.1f} s, Nu checker {times.get('nu', 0.0):.1f} s over "
        f"{times.get('pages', 0):.0f} pages, query {times.get('query', 0.0):.1f} s; "
        f"total {times['total']:.1f} s" + (f" (missing: {', '.join(missing)})" if missing else ""))


@pytest.fixture(scope="session")
def corpus_render_times(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Where the corpus render test records its timings for the terminal summary.

    A fixture rather than an imported key: pytest imports this file as `conftest`, the
    tests as `tests.conftest`, and a stash key must be the same object in both.
    """
    return request.config.stash.setdefault(CORPUS_RENDER_TIMES, {})


@pytest.fixture(scope="session")
def update_golden(request: Any) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from timeline.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_timeline() -> Any:
    from timeline.api import extract

    return extract(SEED.read_text(encoding="utf-8"), "2018-05-23")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"TimeML corpus not found at {CORPUS} (it lives in ../shared/corpora/tbaq)")
    return CORPUS


@pytest.fixture(autouse=True)
def _reset_logging() -> Any:
    yield
    logging.getLogger("timeline").setLevel(logging.NOTSET)


# The five broken inputs of a batch: each must become one line of errors.jsonl.
BROKEN_INPUTS = {
    "empty.txt": b"",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "latin1.txt": "Published: 2018-05-23\n\nThe caf\u00e9 closed on Monday.\n".encode("latin-1"),
    "truncated.html": (FIXTURES / "webpages" / "voyager_interstellar.html").read_bytes()[:700],
    "no_text.jsonl": b'{"id": "no-text", "title": "A record without text", '
                     b'"published": "2018-05-23"}\n',
}


@pytest.fixture()
def broken_inputs(tmp_path: Path) -> list[str]:
    """Five files that cannot be read: empty, binary, invalid UTF-8, truncated HTML, no text."""
    folder = tmp_path / "broken"
    folder.mkdir()
    for name, data in BROKEN_INPUTS.items():
        (folder / name).write_bytes(data)
    return [str(folder / name) for name in BROKEN_INPUTS]
