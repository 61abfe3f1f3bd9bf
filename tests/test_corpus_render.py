"""Every document of every corpus we have, through every output, read back by its consumer.

TimeBank/AQUAINT, wikiwars-dev and tweets-dev (from ../shared/corpora) and the held-out
sets (fixtures/heldout): each document is extracted once, in process, and rendered in all
eight formats and as a wiki fragment; groups of them are compared; all of them go into an
event store that `timeline query` reads. The HTML goes through the Nu HTML Checker in one
run, the wikitext through mwparserfromhell, the iCalendar through icalendar, the TimeML
through lxml and `evaluate`. Issue 16: a duration-dated event broke html, md, wikitext,
timelinejs and ics on 19 of 256 TimeBank documents, and no test rendered the corpus.
The time each part takes is printed in the test summary.
"""

from __future__ import annotations

import time
import traceback
from datetime import date
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, ROOT
from tests.consumers import CHECKS, OUTPUTS, as_page, check_compare, nu_errors, vnu_command
from timeline.api import extract
from timeline.cli import cli
from timeline.compare import align_timelines
from timeline.corpus import GoldDocument, read_gold_dir, read_system_timeml
from timeline.dct import choose_published
from timeline.evaluate import evaluate_documents, scores_to_dict
from timeline.ingest import read_documents
from timeline.model import Timeline, Timex
from timeline.render import render_comparison, render_notes, render_timeline
from timeline.store import EventStore

pytestmark = pytest.mark.slow

SHARED = ROOT.parent / "shared" / "corpora"
# (name, where, how many documents `compare` takes at a time)
CORPORA = [("tbaq", SHARED / "tbaq", 4), ("wikiwars-dev", SHARED / "wikiwars-dev", 4),
           ("tweets-dev", SHARED / "tweets-dev", 10), ("heldout", FIXTURES / "heldout", 5)]
COMPARE_OUTPUTS = [("html", "html", {}), ("fragment", "html", {"fragment": True}),
                   ("md", "md", {}), ("json", "json", {})]
QUERY_FORMATS = ["html", "md", "wikitext", "json", "timelinejs", "ics", "csv"]


@dataclass
class Run:
    """One pass over the corpora: what was extracted and rendered, and what failed."""

    timelines: dict[str, list[Timeline]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    pages: list[Path] = field(default_factory=list)
    outputs: int = 0


def _sources(where: Path) -> list[Path]:
    return sorted(where.rglob("*.tml")) or sorted(where.glob("*.jsonl"))


def _failure(what: str, err: Exception) -> str:
    where = traceback.extract_tb(err.__traceback__)[-1]
    return f"{what}: {type(err).__name__}: {str(err)[:300]} ({where.filename}:{where.lineno})"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory,
        corpus_render_times: dict[str, Any]) -> Iterator[Run]:
    times = corpus_render_times
    began = time.perf_counter()
    result = Run()
    for name, where, _ in CORPORA:
        if not where.is_dir():
            result.missing.append(f"{name} ({where})")
            continue
        docs = [choose_published(d, None).stamp(d) for path in _sources(where)
                for d in read_documents(str(path))]
        result.timelines[name] = [extract(doc) for doc in docs]
    if not result.timelines:
        pytest.skip(f"no corpus found: {', '.join(result.missing)}")
    times["extract"] = time.perf_counter() - began
    pages = tmp_path_factory.mktemp("pages")
    _render_documents(result, pages)
    _render_comparisons(result, pages)
    times["documents"] = sum(len(t) for t in result.timelines.values())
    times["missing"] = result.missing
    times["outputs"] = result.outputs
    times["render+check"] = time.perf_counter() - began - times["extract"]
    yield result
    times["total"] = time.perf_counter() - began


def _render_documents(result: Run, pages: Path) -> None:
    """Every output of every document, each read back by its consumer."""
    for corpus, timelines in result.timelines.items():
        for number, timeline in enumerate(timelines):
            for name, fmt, options in OUTPUTS:
                where = f"{corpus}/{timeline.documents[0].id} -f {name}"
                try:
                    text = render_timeline(timeline, fmt, **options)
                    render_notes(timeline, fmt)
                    CHECKS[name](text, timeline)
                except Exception as err:  # every failure is collected, not just the first
                    result.failures.append(_failure(where, err))
                    continue
                result.outputs += 1
                if fmt == "html":
                    result.pages.append(pages / f"{corpus}-{number}-{name}.html")
                    result.pages[-1].write_text(as_page(name, text), encoding="utf-8")


def _render_comparisons(result: Run, pages: Path) -> None:
    """`compare` on consecutive groups of documents of each corpus, in every format."""
    sizes = {name: size for name, _, size in CORPORA}
    for corpus, timelines in result.timelines.items():
        size = sizes[corpus]
        for first in range(0, len(timelines), size):
            group = timelines[first:first + size]
            comparison = align_timelines(group)
            for name, fmt, options in COMPARE_OUTPUTS:
                where = f"{corpus} compare {first}-{first + len(group) - 1} -f {name}"
                try:
                    text = render_comparison(comparison, fmt, **options)
                    check_compare(name, text, comparison)
                except Exception as err:
                    result.failures.append(_failure(where, err))
                    continue
                result.outputs += 1
                if fmt == "html":
                    result.pages.append(pages / f"{corpus}-compare-{first}-{name}.html")
                    result.pages[-1].write_text(as_page(name, text), encoding="utf-8")


def test_corpus_render_every_document_every_format(run: Run) -> None:
    assert run.failures == [], f"{len(run.failures)} failures; first: {run.failures[:10]}"
    assert run.outputs >= sum(len(t) for t in run.timelines.values()) * len(OUTPUTS)


def test_corpus_render_html_passes_the_nu_checker(run: Run,
                                                  corpus_render_times: dict[str, Any]) -> None:
    command = vnu_command()
    if command is None:
        pytest.skip("the Nu HTML Checker is not installed (java and .tools/node_modules/"
                    "vnu-jar; .ci/run installs them)")
    began = time.perf_counter()
    errors = nu_errors(command, run.pages)
    corpus_render_times["nu"] = time.perf_counter() - began
    corpus_render_times["pages"] = len(run.pages)
    assert errors == [], f"{len(errors)} errors; first: {errors[:5]}"


def _gold(corpus: str) -> list[GoldDocument]:
    where = dict((name, path) for name, path, _ in CORPORA)[corpus]
    if corpus != "heldout":
        return read_gold_dir(where)
    return [doc for path in _sources(where) for doc in read_gold_dir(path)]


def _writable(timexes: tuple[Timex, ...]) -> list[dict[str, object]]:
    """The timexes TimeML can hold: overlapping ones cannot nest, the later is left out."""
    kept: list[Timex] = []
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if not kept or timex.start >= kept[-1].end:
            kept.append(timex)
    return [t.to_dict() for t in kept]


@pytest.mark.parametrize("corpus", [name for name, _, _ in CORPORA])
def test_corpus_render_timeml_scores_as_the_tagger(run: Run, corpus: str,
                                                   tmp_path: Path) -> None:
    if corpus not in run.timelines:
        pytest.skip(f"{corpus} not found at {dict((n, p) for n, p, _ in CORPORA)[corpus]}")
    for timeline in run.timelines[corpus]:
        document = timeline.documents[0]
        (tmp_path / f"{document.id}.tml").write_text(render_timeline(timeline, "timeml"),
                                                     encoding="utf-8")
    gold = _gold(corpus)
    from_timeml = evaluate_documents(gold, read_system_timeml(tmp_path))
    direct = evaluate_documents(gold, {tl.documents[0].id: _writable(tl.timexes)
                                       for tl in run.timelines[corpus]})
    assert scores_to_dict(from_timeml) == scores_to_dict(direct)
    assert from_timeml.system > 0 and len(from_timeml.documents) == len(run.timelines[corpus])


@pytest.fixture(scope="module")
def store(run: Run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every extracted document in one event store, as `timeline batch --db` writes it."""
    path = tmp_path_factory.mktemp("store") / "events.db"
    with EventStore(str(path)) as events:
        for corpus, timelines in run.timelines.items():
            for timeline in timelines:
                document = timeline.documents[0]
                events.replace_document(f"{corpus}/{document.id}", timeline.to_dict(),
                                        document.text)
    return path


# (first day, last day, --overlap): all of it, and the years the corpora are about.
WINDOWS = [("0001-01-01", "9999-12-30", True),
           ("1989-01-01", "1998-12-31", True), ("1914-06-28", "1918-11-11", True),
           ("2011-01-01", "2025-12-31", False)]


@pytest.mark.parametrize(("first", "last", "overlap"), WINDOWS,
                         ids=[f"{a}-{b}{'-overlap' if o else ''}" for a, b, o in WINDOWS])
def test_corpus_render_query_over_the_store(store: Path, first: str, last: str, overlap: bool,
                                            corpus_render_times: dict[str, Any]) -> None:
    began = time.perf_counter()
    with EventStore(str(store)) as events:
        timeline = events.query_events(date.fromisoformat(first), date.fromisoformat(last),
                                       overlap=overlap)
    assert timeline.events
    for fmt in QUERY_FORMATS:
        argv = ["query", "--db", str(store), "--from", first, "--to", last, "-f", fmt]
        result = CliRunner().invoke(cli, argv + (["--overlap"] if overlap else []))
        assert result.exit_code == 0, result.stderr
        CHECKS[fmt](result.stdout, timeline)
    result = CliRunner().invoke(cli, ["query", "--db", str(store), "--from", first, "--to", last,
                                      "-f", "timeml"])
    assert result.exit_code == 2 and result.stderr.startswith("Error: ") and \
        "--out-dir" in result.stderr and result.stderr.count("\n") == 1
    corpus_render_times["query"] = corpus_render_times.get("query", 0.0) + \
        time.perf_counter() - began
