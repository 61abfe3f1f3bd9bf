"""Many documents in one run: per-document isolation, atomic outputs, resume, workers.

`run_batch` streams the documents of a corpus to a runner of `runners` (this process, a
local pool or a Dask cluster), writes one rendered timeline per document into the
output directory, and records every failure in `errors.jsonl`. A document whose output
file exists is done: outputs are written to a temporary file and renamed, so an
interrupted run leaves only whole files, and the next run skips them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Iterator

from timeline import runners
from timeline.dct import Published, choose_published
from timeline.errors import FormatError, InputError, TimelineError
from timeline.extraction import build_timeline, build_timelines, date_document, tag_documents
from timeline.genre import AUTO
from timeline.model import Document, Timeline
from timeline.output import TEMP_SUFFIX, write_text
from timeline.pipeline import load_pipeline
from timeline.records import parse_json
from timeline.listing import (INDEX_DATA, INDEX_PAGE, build_index_context, index_json,
                              merge_entries, page_entry)
from timeline.render import RENDERERS, RenderOptions, render_index, render_timeline
from timeline.ingest import STDIN
from timeline.limits import MAX_SIZE
from timeline.sources import Item, count_documents, expand_inputs, iter_items
from timeline.store import EventStore

logger = logging.getLogger(__name__)

SUMMARY = "summary.json"
ERRORS = "errors.jsonl"
# Small enough that two workers finish together, large enough to batch the parser.
CHUNK_SIZE = 8
TEMP_PREFIX = ".tl-"
# Output file suffixes where the format's name is not one.
SUFFIXES = {"timelinejs": ".json", "timeml": ".tml"}

WARM_UP = Document(id="warm-up", published="2018-05-23", published_from="option", text=(
    "The talks ended on Monday, June 4, 2018, two weeks after they began. "
    "They will resume next month and last until the spring of 2019."))

Task = tuple[str, Document]
Progress = Callable[["BatchSummary"], None]


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run a batch.

    out: the output directory (created when missing)
    workers: local processes; 1 runs in this process
    scheduler: a Dask scheduler address (tcp://host:8786); wins over `workers`
    force: redo documents whose output already exists
    published: the `--published` date for every document
    db: a SQLite event store to write every document, timex and event to
    chunk_size: documents per task sent to a worker
    render: how each timeline is written besides its format (--plain, --date-style)
    genre: what year-less dates count from (`timeline.genre`; auto: chosen per document)
    max_size: the largest input read, in bytes (`--max-size`); a larger one is a failure
    """

    out: str
    format: str = "json"
    workers: int = 1
    scheduler: str | None = None
    force: bool = False
    published: str | None = None
    encoding: str | None = None
    db: str | None = None
    chunk_size: int = CHUNK_SIZE
    render: RenderOptions = RenderOptions()
    genre: str = AUTO
    max_size: int = MAX_SIZE


@dataclass(frozen=True, slots=True)
class WorkSettings:
    """What a worker needs to finish a document: the format, its options, the date
    override and the genre."""

    format: str
    published: str | None = None
    with_record: bool = False
    render: RenderOptions = RenderOptions()
    genre: str = AUTO


@dataclass(slots=True)
class BatchSummary:
    """Counts and speed of one run; `summary.json` is its `to_dict()`."""

    total: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    complete: bool = False
    format: str = "json"
    runner: str = "serial"
    workers: dict[str, float] = field(default_factory=dict)
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)  # -f html: index entries
    notes: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        """Documents accounted for so far: written, skipped or failed."""
        return self.written + self.skipped + self.failed

    def to_dict(self) -> dict[str, Any]:
        """The `summary.json` object."""
        rate = self.written / self.seconds if self.seconds else 0.0
        return {
            "schema": "timeline-batch/1", "complete": self.complete, "format": self.format,
            "documents": self.seen, "written": self.written, "skipped": self.skipped,
            "failed": self.failed, "errors": ERRORS, "words": self.words,
            "seconds": round(self.seconds, 3), "documents_per_second": round(rate, 2),
            "words_per_second": round(self.words / self.seconds if self.seconds else 0.0, 1),
            "runner": self.runner, "renamed": len(self.notes),
            "peak_memory_mb": {w: round(mb, 1) for w, mb in sorted(self.workers.items())},
        }


def run_batch(inputs: Iterable[str], options: BatchOptions, *, stdin: bytes | None = None,
              progress: Progress | None = None) -> BatchSummary:
    """Process every document of `inputs` into `options.out`; see the module docstring.

    stdin: the bytes of standard input, for a `-` among the inputs.
    progress: called with the summary after each document is accounted for; its `total`
        is set before the first call.
    Raises: InputError for inputs that do not exist or an unusable output directory or
        store (a failing document is recorded, never raised); FormatError (a ValueError)
        listing the formats for an unknown one; ValueError for fewer than one worker.
    """
    if options.format not in RENDERERS:
        raise FormatError(options.format, RENDERERS)
    if options.workers < 1 or options.chunk_size < 1:
        raise ValueError(f"invalid batch options: {options}")
    files = expand_inputs(list(inputs), skip=options.out)
    _check_apart(files, options.out)
    out = prepare_output_dir(options.out)
    summary = BatchSummary(total=count_documents(files), format=options.format,
                           runner=_runner_name(options))
    failures: list[dict[str, Any]] = []
    store = EventStore(options.db) if options.db else None
    started = time.perf_counter()
    report = progress or (lambda _: None)
    try:
        items = iter_items(files, stdin=stdin, encoding=options.encoding,
                           max_size=options.max_size)
        chunks = _chunks(items, options, store, out, summary, failures, report)
        with contextlib.closing(_run(chunks, options)) as results:
            for chunk_results in results:
                for result in chunk_results:
                    _finish(result, out, options, store, summary, failures)
                    summary.seconds = time.perf_counter() - started
                    report(summary)
        summary.complete = True
    finally:
        summary.seconds = time.perf_counter() - started
        write_atomic(out / ERRORS, "".join(json.dumps(f, sort_keys=True) + "\n"
                                           for f in failures))
        write_atomic(out / SUMMARY, _summary_text(out / SUMMARY, summary))
        if options.format == "html":
            _write_index(out, summary.pages, options.render.date_style)
        if store is not None:
            store.close()
    return summary


def _write_index(out: Path, pages: dict[str, dict[str, Any]], style: str) -> None:
    """`index.json` and `index.html`: every page written into `out`, in this run or before."""
    entries = merge_entries(out / INDEX_DATA, pages)
    write_atomic(out / INDEX_DATA, index_json(entries))
    write_atomic(out / INDEX_PAGE, render_index(build_index_context(entries, style=style)))


def _summary_text(path: Path, summary: BatchSummary) -> str:
    """`summary.json`: this run's figures, and under `runs` those of every run into the
    directory, the earlier ones read back from the old file (a resumed batch keeps them)."""
    record = summary.to_dict()
    runs: list[Any] = []
    try:
        old = parse_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = None
    if isinstance(old, dict):
        earlier = old.get("runs")
        runs = earlier if isinstance(earlier, list) else [{k: v for k, v in old.items()
                                                           if k != "schema"}]
    run = {k: v for k, v in record.items() if k != "schema"}
    return json.dumps(dict(record, runs=runs + [run]), indent=2, sort_keys=True) + "\n"


def _check_apart(files: list[str], out: str) -> None:
    """Refuse an output directory that holds inputs: outputs could overwrite them."""
    target = Path(out).resolve()
    for name in files:
        if name != STDIN and target in Path(name).resolve().parents:
            raise InputError(f"the output directory holds the input {name}", source=out,
                             remedy="choose another output directory", option="out")


def output_name(key: str, fmt: str) -> str:
    """The file name of a document's output: its key and the format's suffix."""
    return key + SUFFIXES.get(fmt, "." + fmt)


def prepare_output_dir(path: str) -> Path:
    """The output directory, created when missing, without temporary files of a killed run.

    Raises: InputError when it cannot be created or is a file.
    """
    out = Path(path)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            stale.unlink(missing_ok=True)
    except OSError as err:
        raise InputError(f"cannot use the output directory ({err.strerror or err})",
                         source=path) from None
    return out


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same directory and a rename
    (through to the target of a symlink, a device or a FIFO: `timeline.output`).

    Raises: InputError when the file cannot be written.
    """
    write_text(path, text, prefix=TEMP_PREFIX)


def _runner_name(options: BatchOptions) -> str:
    if options.scheduler:
        return f"dask {options.scheduler}"
    return f"{options.workers} processes" if options.workers > 1 else "serial"


def _run(chunks: Iterator[list[Task]],
         options: BatchOptions) -> Generator[list[dict[str, Any]], None, None]:
    settings = WorkSettings(options.format, options.published, with_record=bool(options.db),
                            render=options.render, genre=options.genre)
    work = partial(process_chunk, settings=settings)
    if options.scheduler:
        return runners.run_dask(work, chunks, options.scheduler, lost=lost_chunk)
    if options.workers > 1:
        return runners.run_pool(work, chunks, options.workers, setup=load_model,
                                lost=lost_chunk)
    return runners.run_serial(work, chunks)


def load_model() -> None:
    """Load the spaCy pipeline into this process and warm it up on a short article.

    The warm-up fills the caches (tokenizer, lemmatizer, dateparser's parsers) that every
    document needs, so that forked workers inherit them instead of each building its own.
    """
    build_timelines([(WARM_UP, choose_published(WARM_UP))], load_pipeline())


def _chunks(items: Iterator[Item], options: BatchOptions, store: EventStore | None, out: Path,
            summary: BatchSummary, failures: list[dict[str, Any]],
            report: Progress) -> Iterator[list[Task]]:
    """The documents still to do, in chunks; unreadable and finished ones are accounted here."""
    chunk: list[Task] = []
    for item in items:
        if item.note:
            summary.notes.append(item.note)
        if item.error is not None or item.document is None:
            failures.append(_failure(item.key, item.id, item.source, item.error))
            summary.failed += 1
            report(summary)
        elif not options.force and _is_done(item.key, options, store, out):
            summary.skipped += 1
            report(summary)
        else:
            chunk.append((item.key, item.document))
            if len(chunk) >= options.chunk_size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def _is_done(key: str, options: BatchOptions, store: EventStore | None, out: Path) -> bool:
    if not (out / output_name(key, options.format)).exists():
        return False
    return store is None or store.has_document(key)


def _finish(result: dict[str, Any], out: Path, options: BatchOptions, store: EventStore | None,
            summary: BatchSummary, failures: list[dict[str, Any]]) -> None:
    """Store and write one worker result, or record its failure."""
    worker = result.get("worker")
    if worker:
        summary.workers[worker] = max(summary.workers.get(worker, 0.0), result["peak_mb"])
    if not result["ok"]:
        failures.append({k: result[k] for k in ("key", "id", "source", "error", "reason")})
        summary.failed += 1
        return
    if store is not None:
        # The store first: the output file is what marks the document done.
        store.replace_document(result["key"], result["record"], result["text"])
    write_atomic(out / output_name(result["key"], options.format), result["output"])
    if options.format == "html":
        summary.pages[result["key"]] = result["page"]
    summary.written += 1
    summary.words += result["words"]


def _failure(key: str, doc_id: str, source: str, error: BaseException | None) -> dict[str, Any]:
    return {"key": key, "id": doc_id, "source": source,
            "error": type(error).__name__ if error else "InputError",
            "reason": str(error) if error else "unreadable"}


# --- in the worker ------------------------------------------------------------------------


def process_chunk(chunk: list[Task], settings: WorkSettings) -> list[dict[str, Any]]:
    """Each document of `chunk` rendered in `settings.format`, or the reason it failed.

    This is the one place a document's failure is isolated: whatever one document raises
    is recorded as its result, and the other documents of the chunk still finish.
    """
    nlp = load_pipeline()
    results: dict[str, dict[str, Any]] = {}
    dated: list[tuple[str, Document, Published]] = []
    for key, doc in chunk:
        try:
            published = date_document(doc, settings.published, load_pipeline,
                                      genre=settings.genre)
            dated.append((key, published.stamp(doc), published))
        except TimelineError as err:
            results[key] = _failed_result(key, doc, err)
    for key, doc, tagged in _tag_isolated(dated, nlp, settings.genre):
        try:
            if isinstance(tagged, BaseException):
                raise tagged
            timeline = build_timeline(doc, tagged)
            results[key] = _done_result(key, doc, timeline, settings)
        except Exception as err:  # noqa: BLE001 - the isolation boundary (see docstring)
            logger.debug("%s failed", key, exc_info=True)
            results[key] = _failed_result(key, doc, err)
    return [results[key] for key, _ in chunk]


def _tag_isolated(dated: list[tuple[str, Document, Published]], nlp: Any,
                  genre: str) -> Iterator[tuple[str, Document, Any]]:
    """Tag the documents together; when that fails, one by one to isolate the culprit."""
    try:
        tagged: list[Any] = list(tag_documents([(doc, day) for _, doc, day in dated], nlp,
                                               genre=genre))
    except Exception:  # noqa: BLE001 - retried per document below, where errors are kept
        tagged = []
        for _, doc, day in dated:
            try:
                tagged.append(tag_documents([(doc, day)], nlp, genre=genre)[0])
            except Exception as err:  # noqa: BLE001 - this document's own failure
                tagged.append(err)
    for (key, doc, _), result in zip(dated, tagged):
        yield key, doc, result


def _done_result(key: str, doc: Document, timeline: Timeline,
                 settings: WorkSettings) -> dict[str, Any]:
    record = timeline.to_dict() if settings.with_record else None
    output = render_timeline(timeline, settings.format, settings.render)
    return {"ok": True, "key": key, "id": doc.id, "source": doc.source,
            "output": output, "record": record,
            "text": doc.text if settings.with_record else None,
            "words": len(doc.text.split()), "events": len(timeline.events),
            "page": page_entry(output_name(key, settings.format), doc, len(timeline.events)),
            "worker": runners.worker_id(), "peak_mb": runners.peak_memory_mb()}


def lost_chunk(chunk: list[Task], reason: str) -> list[dict[str, Any]]:
    """The results of a chunk whose worker died: each document a failure, to redo on resume."""
    return [{"ok": False, "key": key, "id": doc.id, "source": doc.source,
             "error": "WorkerError", "reason": f"{reason} while it held this document; "
             "run the batch again to retry it"} for key, doc in chunk]


def _failed_result(key: str, doc: Document, err: BaseException) -> dict[str, Any]:
    reason = str(err) if isinstance(err, TimelineError) else f"{type(err).__name__}: {err}"
    return {"ok": False, "key": key, "id": doc.id, "source": doc.source,
            "error": type(err).__name__, "reason": reason,
            "worker": runners.worker_id(), "peak_mb": runners.peak_memory_mb()}
