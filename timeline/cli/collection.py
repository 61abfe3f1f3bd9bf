"""`timeline batch` and `timeline query`: many documents in, one store or folder out."""

from __future__ import annotations

import re
import signal
import sys
from calendar import monthrange
from datetime import date
from pathlib import Path
from typing import Any

import click

from timeline.batch import CHUNK_SIZE, ERRORS, BatchOptions, BatchSummary, run_batch
from timeline.limits import read_at_most
from timeline.output import check_apart
from timeline.render import RENDERERS, RenderOptions, render_timeline
from timeline.store import EventStore
from timeline.cli.reading import check_published
from timeline.cli.options import (
    UsageError, check_page_options, genre_option, handle_errors, input_options, no_empty_path,
    output_option, page_options, published_option, visible, wiki_list_option, write_output,
)


# Warnings about renamed documents printed one by one; past these, one line counts the rest.
NOTES_SHOWN = 20


class _ProgressLine:
    """A one-line progress display on stderr: done/total, documents per second, ETA."""

    INTERVAL = 0.25

    def __init__(self) -> None:
        self.shown = 0.0

    def __call__(self, summary: BatchSummary) -> None:
        now = summary.seconds
        if now - self.shown < self.INTERVAL and summary.seen < summary.total:
            return
        self.shown = now
        processed = summary.written + summary.failed
        rate = processed / now if now > 0 else 0.0
        left = max(summary.total - summary.seen, 0)
        eta = f"{int(left / rate) // 60}:{int(left / rate) % 60:02d}" if rate else "--:--"
        click.echo(f"\r{summary.seen}/{summary.total} documents  {rate:.1f} docs/s  "
                   f"ETA {eta}  ({summary.failed} failed)  ", nl=False, err=True)

    def close(self) -> None:
        """End the progress line."""
        if self.shown:
            click.echo("", err=True)


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, callback=no_empty_path)
@click.option("--out", required=True, type=click.Path(file_okay=False), callback=no_empty_path,
              help="Directory for one output per document, summary.json and errors.jsonl "
                   "(and, with -f html, index.html linking every page).")
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="json",
              show_default=True, help="Format of each document's timeline.")
@click.option("--workers", type=click.IntRange(1, 512), default=1, show_default=True,
              help="Local processes; each loads the spaCy model once.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on this Dask distributed scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--db", type=click.Path(dir_okay=False), callback=no_empty_path,
              help="Also write every document, timex and event into this SQLite event store.")
@click.option("--force", is_flag=True, help="Redo documents whose output already exists.")
@click.option("--quiet", is_flag=True, help="No progress line and no final report.")
@click.option("--chunk-size", type=click.IntRange(1, 10000), default=CHUNK_SIZE,
              show_default=True, help="Documents per task sent to a worker.")
@page_options
@wiki_list_option
@published_option
@genre_option
@input_options
@handle_errors
def batch_command(inputs: tuple[str, ...], out: str, fmt: str, workers: int,
                  scheduler: str | None, db: str | None, force: bool, quiet: bool,
                  chunk_size: int, plain: bool, date_style: str, wiki_list: bool,
                  published: str | None, genre: str, encoding: str | None,
                  max_size: int, debug: bool) -> None:
    """Process many documents: one timeline per document, with resume.

    Each INPUT is a file, a directory (read recursively), a glob pattern or '-' for
    standard input; JSON Lines files hold one article per line. A document that fails
    is listed in OUT/errors.jsonl and the others go on (exit 1 at the end). Running the
    same command again skips finished documents and redoes failed ones.

    \b
    Example:
      timeline batch corpus/ --out timelines/ --workers 2
      timeline batch 'news/**/*.html' articles.jsonl --out out/ --db events.db
      timeline batch corpus/ --out out/ --scheduler tcp://10.0.0.5:8786
      timeline batch histories/ --out out/ --genre narrative
    """
    check_published(published)
    check_page_options(fmt, plain, date_style, wiki_list)
    options = BatchOptions(out=out, format=fmt, workers=workers, scheduler=scheduler,
                           force=force, published=published, encoding=encoding, db=db,
                           max_size=max_size, chunk_size=chunk_size, genre=genre,
                           render=RenderOptions(plain=plain, date_style=date_style,
                                                wiki_list=wiki_list))
    # One byte past the limit at most: a larger standard input is one failure of the batch.
    stdin = read_at_most(sys.stdin.buffer, max_size) if "-" in inputs else None
    progress = _ProgressLine() if not quiet and sys.stderr.isatty() else None
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        summary = run_batch(inputs, options, stdin=stdin, progress=progress)
    except KeyboardInterrupt:
        if progress:
            progress.close()
        click.echo(f"Interrupted; finished outputs are in {out}. "
                   "Run the same command again to resume.", err=True)
        raise click.exceptions.Exit(130) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if progress:
        progress.close()
    for note in summary.notes[:NOTES_SHOWN]:
        click.echo(f"Warning: {visible(note)}", err=True)
    if len(summary.notes) > NOTES_SHOWN:
        click.echo(f"Warning: {len(summary.notes) - NOTES_SHOWN} more documents written under "
                   "another name than their id (an id used twice)", err=True)
    if not quiet:
        click.echo(f"{summary.seen} documents: {summary.written} written, {summary.skipped} "
                   f"already done, {summary.failed} failed ({summary.seconds:.1f} s)", err=True)
    if summary.failed:
        if not quiet:
            click.echo(f"See {Path(out) / ERRORS} for the failures.", err=True)
        raise click.exceptions.Exit(1)


_PARTIAL_DAY = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?")


def _iso_day(value: str, option: str, *, last: bool = False) -> date:
    """The day `value` names: a date, or a month or year (`1998-06`, `1998`) read as its
    first day, or with `last` as its last day."""
    partial = _PARTIAL_DAY.fullmatch(value.strip())
    try:
        if not partial:
            return date.fromisoformat(value)
        year, month = int(partial["year"]), int(partial["month"] or (12 if last else 1))
        if not last:
            return date(year, month, 1)
        return date(year, month, monthrange(year, month)[1])  # December 9999 has no next
    except ValueError:
        raise UsageError(f"invalid {option} value '{value}': expected YYYY-MM-DD, "
                         "YYYY-MM or YYYY") from None


@click.command("query")
@click.option("--db", required=True, type=click.Path(dir_okay=False),
              callback=no_empty_path,
              help="The SQLite event store written by `timeline batch --db`.")
@click.option("--from", "start", required=True, metavar="DATE",
              help="First day, YYYY-MM-DD; a month or year (1998-06, 1998) starts on its "
                   "first day.")
@click.option("--to", "end", required=True, metavar="DATE",
              help="Last day (included); a month or year (1998-06, 1998) ends on its last day.")
@click.option("--overlap", is_flag=True,
              help="Also list events dated more coarsely that overlap the range "
                   "(\"June 2018\", \"2018\").")
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="md",
              show_default=True)
@output_option
@page_options
@wiki_list_option
@click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
@handle_errors
def query_command(db: str, start: str, end: str, overlap: bool, fmt: str,
                  output: str | None, plain: bool, date_style: str, wiki_list: bool,
                  debug: bool) -> None:
    """List what happened between two dates across everything in an event store.

    Events whose date falls within the range, from every stored document, as one timeline.

    \b
    Example:
      timeline query --db events.db --from 2018-06-01 --to 2018-06-15
      timeline query --db events.db --from 2018-06-01 --to 2018-06-15 -f html -o june.html
      timeline query --db events.db --from 1998-06 --to 1998
    """
    first, last = _iso_day(start, "--from"), _iso_day(end, "--to", last=True)
    if last < first:
        raise UsageError(f"--to {last} is before --from {first}")
    check_page_options(fmt, plain, date_style, wiki_list)
    if not Path(db).is_file():
        raise UsageError(f"{db}: event store not found; create it with timeline batch --db")
    check_apart([output] if output else [], [db])
    with EventStore(db, readonly=True) as store:
        timeline = store.query_events(first, last, overlap=overlap)
    options = RenderOptions(plain=plain, date_style=date_style, wiki_list=wiki_list)
    write_output(render_timeline(timeline, fmt, options), output)
