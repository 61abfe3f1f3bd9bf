"""Reading the commands' inputs: each one's documents and publication date, what is wrong
with the command line found before any input is read, a bad input among several reported
and passed over."""

from __future__ import annotations

import sys
import time
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import click

from timeline.cli.options import UsageError, cli_message, visible
from timeline.dct import NONE, is_partial_date, parse_published
from timeline.errors import InputError, TimelineError
from timeline.extraction import Progress, date_document
from timeline.genre import AUTO
from timeline.ingest import STDIN, read_documents
from timeline.limits import MAX_SIZE, read_limited
from timeline.model import Document
from timeline.pipeline import load_pipeline

T = TypeVar("T")


def read_inputs(files: Iterable[str], published: str | None, encoding: str | None,
                genre: str = AUTO, max_size: int = MAX_SIZE) -> list[Document]:
    """Read every input (`-` is standard input) and choose each one's publication date (a
    narrative, `genre`, may have none).

    max_size: the largest input read, in bytes (--max-size).
    """
    docs: list[Document] = []
    for source in files:
        data = read_stdin(max_size) if source == STDIN else None
        for doc in read_documents(source, data, encoding=encoding, max_size=max_size):
            with progress_line(f"{input_name(doc.source)}: reading its date",
                               len(doc.text), eager=False) as told:
                chosen = date_document(doc, published, load_pipeline, genre=genre, progress=told)
            docs.append(chosen.stamp(doc))
            _report_published(docs[-1])
    return docs


def read_each(files: Sequence[str], published: str | None | Sequence[str | None],
              encoding: str | None, genre: str = AUTO, max_size: int = MAX_SIZE,
              debug: bool = False) -> tuple[list[Document], int]:
    """Every input read as `read_inputs` does, one at a time: the documents of the inputs
    that read, and how many did not, each named in one `Error:` line on stderr as it fails.
    One input alone (or `debug`) fails as a whole: exit 2, or the traceback; so do several
    when none of them reads (exit 2: nothing to write).

    published: the --published date of every input, or one per input (`compare`).
    """
    dates = ([published] * len(files) if published is None or isinstance(published, str)
             else list(published))
    _check_arguments(files, dates)
    if len(files) == 1 or debug:
        docs = [doc for source, date in zip(files, dates)
                for doc in read_inputs([source], date, encoding, genre, max_size)]
        return docs, 0
    docs = []
    failed = 0
    for source, date in zip(files, dates):
        try:
            docs.extend(read_inputs([source], date, encoding, genre, max_size))
        except TimelineError as err:
            failed += 1
            message = cli_message(err)
            named = message if message.startswith(source) else f"{source}: {message}"
            click.echo(f"Error: {visible(named)}", err=True)
    if failed and not docs:
        raise click.exceptions.Exit(2)
    return docs, failed


def _check_arguments(files: Sequence[str], dates: Sequence[str | None]) -> None:
    """Fail the whole command, before any input is read, on what is wrong with the command
    line itself rather than with one input: a path that is missing or a directory (a typo),
    standard input named twice, or a --published that is no date.

    Raises: UsageError.
    """
    if list(files).count(STDIN) > 1:  # the second would read nothing
        raise UsageError(f"standard input ('{STDIN}') is given {list(files).count(STDIN)} "
                         "times; it can be read only once")
    for source in files:
        path = Path(source)
        if source != STDIN and (path.is_dir() or not path.exists()):
            problem = "is a directory, not a file" if path.is_dir() else "file not found"
            raise UsageError(f"{source}: {problem}")
    for date in dates:
        check_published(date)


def check_published(published: str | None) -> None:
    """Raises: UsageError when `published` is given and is neither a date nor a year or
    month (`1998`, `1998-08`)."""
    if published is None or is_partial_date(published):
        return
    try:
        parse_published(published)
    except InputError as err:  # about the option, not about standard input ("-")
        raise UsageError(f"{err.fields['detail']} (--published)") from None


def exit_failed(failed: int) -> None:
    """End a command whose other inputs were written although `failed` of them could not be
    read: exit 1, as `batch`."""
    if failed:
        raise click.exceptions.Exit(1)


def read_stdin(max_size: int) -> bytes:
    """Standard input's bytes, read no further than one byte past `max_size`.

    Raises: InputError when it holds more.
    """
    return read_limited(sys.stdin.buffer, STDIN, max_size)


def _report_published(doc: Document) -> None:
    """On stderr: an inferred publication date and its evidence, a narrative without one,
    and disagreeing sources."""
    if doc.published_from == NONE:
        click.echo(f"Note: {doc.source}: no publication date; read as a narrative, dates "
                   "count from the story's own years", err=True)
    if doc.published_from == "inferred":
        evidence = "; ".join(doc.published_evidence)
        click.echo(f"Note: {doc.source}: publication date {doc.published} inferred "
                   f"(confidence {doc.published_confidence:.2f}) from {evidence}", err=True)
    for warning in doc.warnings:
        click.echo(f"Warning: {visible(warning)}", err=True)


# Characters from which a text gets a progress line: parsing takes about 3 s per 100,000
# (a 1 MB article about 30 s), long enough to wonder whether anything is happening.
PROGRESS_CHARS = 100_000


class ProgressLine:
    """`LABEL: 45% parsed (0:12)` on stderr, rewritten in place: how much of the text the
    parse has read, and the time since it started. No time left is guessed: the parse
    goes in batches, and before it the text is split into sentences unreported."""

    INTERVAL = 0.25

    def __init__(self, label: str) -> None:
        self.label = visible(label)
        self.started = time.monotonic()
        self.shown: float | None = None
        self.width = 0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic() - self.started
        if self.shown is not None and now - self.shown < self.INTERVAL and done < total:
            return
        self.shown = now
        share = done / total if total else 1.0
        text = f"{self.label}: {int(share * 100)}% parsed ({int(now) // 60}:{int(now) % 60:02d})"
        self.width = max(self.width, len(text))
        click.echo(f"\r{text:<{self.width}}", nl=False, err=True)

    def close(self) -> None:
        """Take the line away: what follows on the terminal (the output) starts clean."""
        if self.shown is not None:  # blanks, not an escape code: click strips those
            click.echo(f"\r{'':<{self.width}}\r", nl=False, err=True)


def is_terminal() -> bool:
    """Whether stderr is a terminal: a progress line there, never in a log or a pipe."""
    return sys.stderr.isatty()


@contextmanager
def progress_line(label: str, size: int, *, eager: bool = True) -> Iterator[Progress | None]:
    """A ProgressLine for a text of `size` characters, while the block runs, when the text
    is long (PROGRESS_CHARS) and stderr is a terminal (as `batch`); else None.

    eager: show it at once (the text is split into sentences before the parse says how
        far it is), not only once the parse reports (reading a date may parse nothing).
    """
    if size < PROGRESS_CHARS or not is_terminal():
        yield None
        return
    line = ProgressLine(label)
    if eager:
        line(0, size)
    try:
        yield line
    finally:
        line.close()


def documents_progress(docs: Sequence[Document]) -> AbstractContextManager[Progress | None]:
    """The progress line of a command that parses all of `docs` as one task (`extract`,
    `compare`): named by the input when there is one, else by how many there are."""
    label = input_name(docs[0].source) if len(docs) == 1 else f"{len(docs)} documents"
    return progress_line(label, sum(len(doc.text) for doc in docs))


def run_apart(run: Callable[[list[Document], Progress | None], T], docs: list[Document],
              debug: bool = False) -> tuple[T, int]:
    """What `run` makes of `docs` (told how far the parse has come), and how many of them it
    had to leave out: a document on which it fails unexpectedly (a fault of ours, not of the
    input) is named in one `Error:` line and the others are run again without it, so one
    such document does not lose a run of many. One document alone (or `debug`) fails as a
    whole, as does a run where every document fails (exit 2)."""
    try:
        with documents_progress(docs) as told:
            return run(docs, told), 0
    except TimelineError:
        raise
    except Exception:
        if debug or len(docs) < 2:
            raise
    sources = [doc.source for doc in docs]
    kept = []
    for doc in docs:
        try:
            run([doc], None)
        except TimelineError:
            raise
        except Exception as err:
            name = input_name(doc.source) + (f" ({doc.id})" if sources.count(doc.source) > 1
                                             else "")
            click.echo(f"Error: {visible(name)}: unexpected {type(err).__name__}: "
                       f"{visible(str(err))} (run again with --debug for details)", err=True)
        else:
            kept.append(doc)
    if not kept:
        raise click.exceptions.Exit(2)
    with documents_progress(kept) as told:
        return run(kept, told), len(docs) - len(kept)


def input_name(source: str) -> str:
    """How a progress line names an input: its path, or `standard input` for `-`."""
    return "standard input" if source == STDIN else source
