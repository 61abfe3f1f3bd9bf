"""`timeline extract`, `tag`, `evaluate` and `compare`: one article or a few at a time."""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Mapping, Sequence

import click

from timeline import evaluate, eventscore
from timeline.api import compare, extract, tag
from timeline.corpus import GoldDocument
from timeline.model import Document, Timex
from timeline.render import (COMPARE_RENDERERS, RENDERERS, TEMPLATED, RenderOptions,
                             render_comparison, render_notes, render_timeline)
from timeline.serialize import write_timeml
from timeline.status import select_status
from timeline.cli.options import (
    TAG_FORMATS, UsageError, check_page_options, date_order_option, genre_option,
    handle_errors, input_options, no_empty_path, output_format, output_option, page_options,
    published_option, status_option, tag_jsonl, tag_table, template_options, visible,
    warn_ambiguous, wiki_list_option, write_output,
)
from timeline.cli.reading import (exit_failed, input_name, progress_line, read_each,
                                  run_apart)
from timeline.output import check_apart, write_all


@click.command("extract")
@click.argument("files", nargs=-1, required=True, callback=no_empty_path)
@published_option
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(RENDERERS)),
              help="Output format (default: from the -o suffix; html on standard output).")
@output_option
@template_options
@click.option("--no-style", is_flag=True,
              help="HTML --fragment: no inline style attributes (for wikis that strip them).")
@page_options
@wiki_list_option
@status_option
@genre_option
@date_order_option
@input_options
@handle_errors
def extract_command(files: tuple[str, ...], published: str | None, fmt: str | None,
                    output: str | None, template: str | None, fragment: bool, no_style: bool,
                    plain: bool, date_style: str, wiki_list: bool,
                    statuses: tuple[str, ...], genre: str, date_order: str | None,
                    encoding: str | None, max_size: int, debug: bool) -> None:
    """Build one timeline from one or more articles.

    Each FILE is .txt, .tml, .json/.jsonl or .html; '-' reads standard input.
    Formats: html (a page, or --fragment for a wiki/CMS page), md, wikitext, json,
    timelinejs (Knight Lab TimelineJS data), ics (iCalendar), csv, timeml.

    \b
    Example:
      timeline extract article.txt --published 2018-05-23 -o timeline.html
      timeline extract article.txt --published 2018-05-23 -f json
      timeline extract article.txt --published 2018-05-23 --fragment --no-style
      timeline extract article.txt --published 2018-05-23 -o events.ics
      timeline extract article.txt --published 2018-05-23 --status occurred,negated -f md
      timeline extract article.txt --published 2018-05-23 --plain -o public.html
      timeline extract article.txt --published 2018-05-23 -f wikitext --wiki-list --date-style dmy
      timeline extract history.txt --genre narrative -f md
    """
    fmt = output_format(fmt, output, RENDERERS)
    check_apart([output] if output else [], [*files, *([template] if template else [])])
    _check_render_options(fmt, template, fragment, no_style)
    check_page_options(fmt, plain, date_style, wiki_list)
    # A bad input among several is one `Error:` line; the others make the timeline (exit 1).
    docs, failed = read_each(files, published, encoding, genre, max_size, debug)
    timeline, broke = run_apart(lambda some, told: extract(
        some, genre=genre, date_order=date_order or "auto", progress=told), docs, debug)
    if statuses:
        timeline = select_status(timeline, statuses)
    options = RenderOptions(fragment=fragment, no_style=no_style, plain=plain,
                            date_style=date_style, wiki_list=wiki_list, template=template)
    text = render_timeline(timeline, fmt, options)
    write_output(text, output)
    for note in render_notes(timeline, fmt):
        click.echo(f"Note: {note}", err=True)
    exit_failed(failed + broke)


def _check_render_options(fmt: str, template: str | None, fragment: bool,
                          no_style: bool) -> None:
    """Reject options that the chosen format would silently ignore."""
    if template and fmt not in TEMPLATED:
        raise UsageError(f"--template applies to {', '.join(TEMPLATED)}, not -f {fmt}")
    if fragment and fmt != "html":
        raise UsageError(f"--fragment applies to -f html, not -f {fmt}")
    if no_style and not fragment:
        raise UsageError("--no-style applies to --fragment; add --fragment")


@click.command("tag")
@click.argument("files", nargs=-1, required=True, callback=no_empty_path)
@published_option
@click.option("-f", "--format", "fmt", type=click.Choice(TAG_FORMATS), default="jsonl",
              show_default=True, help="jsonl: one line per document; table: for reading; "
              "timeml: the text with TIMEX3 tags, one document per file.")
@output_option
@click.option("--explain", is_flag=True,
              help="table: add how each value was resolved (anchor, direction, the words "
                   "that decided it); jsonl: add an `explanation` object to each expression.")
@click.option("--out-dir", type=click.Path(file_okay=False), callback=no_empty_path,
              help="-f timeml: write DIR/<doc id>.tml for each document (created if missing).")
@genre_option
@date_order_option
@input_options
@handle_errors
def tag_command(files: tuple[str, ...], published: str | None, fmt: str,
                output: str | None, explain: bool, out_dir: str | None, genre: str,
                date_order: str | None, encoding: str | None, max_size: int,
                debug: bool) -> None:
    """List the temporal expressions of articles, with offsets and TIMEX3 values.

    Offsets are character offsets into the article text (for .tml: the text of <TEXT>).
    -f timeml writes the article with TIMEX3 tags and its DCT: one document to
    standard output or -o, several with --out-dir (one file per document).

    \b
    Example:
      timeline tag article.txt --published 2018-05-23 -f table
      timeline tag article.txt --published 2018-05-23 -f table --explain
      timeline tag corpus/*.tml > system.jsonl
      timeline tag corpus/*.tml -f timeml --out-dir system/
      timeline tag history.txt --genre narrative -f table --explain
    """
    if explain and fmt == "timeml":
        raise UsageError("--explain applies to -f table or -f jsonl, not -f timeml")
    if out_dir and fmt != "timeml":
        raise UsageError(f"--out-dir applies to -f timeml, not -f {fmt}")
    check_apart([output] if output else [], files)
    if fmt == "timeml" and not out_dir and len(files) > 1:
        raise UsageError(TIMEML_ONE.format(count=len(files)))
    # A bad input among several is one `Error:` line; the others are tagged (exit 1).
    docs, failed = read_each(files, published, encoding, genre, max_size, debug)
    order = date_order or "auto"
    if fmt == "timeml":
        _write_timeml(docs, output, out_dir, genre, order)
        exit_failed(failed)
        return
    lines = []
    for doc in docs:
        timexes = _tag_shown(doc, genre, order)
        if fmt == "jsonl":
            lines.append(tag_jsonl(doc, timexes, explain))
        else:
            lines.append(tag_table(doc, timexes, explain))
    write_output("".join(lines), output)
    exit_failed(failed)


TIMEML_ONE = ("TimeML holds one document and {count} were given; pass --out-dir DIR to "
              "write one file per document")


def _tag_shown(doc: Document, genre: str, date_order: str) -> tuple[Timex, ...]:
    """The expressions of `doc` (`timeline.api.tag`), with a progress line on a terminal
    while a long text is parsed."""
    with progress_line(input_name(doc.source), len(doc.text)) as told:
        return tag(doc, genre=genre, date_order=date_order, progress=told)


# The longest document id --out-dir writes as a file name (most file systems allow 255 bytes).
ID_FILE_BYTES = 200


def _write_timeml(docs: list[Document], output: str | None, out_dir: str | None,
                  genre: str, date_order: str = "auto") -> None:
    """One TimeML document to stdout/-o, or one file per document under `out_dir`."""
    if not out_dir:
        if len(docs) != 1:
            raise UsageError(TIMEML_ONE.format(count=len(docs)))
        write_output(write_timeml(docs[0], _tag_shown(docs[0], genre, date_order)), output)
        return
    if output:
        raise UsageError("give either -o or --out-dir, not both")
    ids = [d.id for d in docs]
    bad = [i for i in ids if not i or i.startswith(".") or "/" in i or "\\" in i
           or not i.isprintable() or len(i.encode()) > ID_FILE_BYTES]
    if bad or len(set(ids)) != len(ids):
        problem = (f"document id {visible(bad[0][:60])!r} is not a file name (empty, hidden, "
                   f"a path, a control character or over {ID_FILE_BYTES} bytes)" if bad
                   else "two documents share an id")
        raise UsageError(f"cannot name one file per document: {problem}")
    # Every document tagged before any file is written: a failure leaves no partial set.
    files = [(Path(out_dir) / f"{doc.id}.tml",
              write_timeml(doc, _tag_shown(doc, genre, date_order))) for doc in docs]
    check_apart([path for path, _ in files], [d.source for d in docs])
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    write_all(files)


@click.command("evaluate")
@click.argument("gold_dir", metavar="GOLD", type=click.Path(exists=True))
@click.option("--system", type=click.Path(exists=True, allow_dash=True),
              help="Score saved output instead of running the tagger: a `tag -f jsonl` "
                   "file, or TimeML from `tag -f timeml` (one .tml file, or a directory "
                   "of them, one per document).")
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "json")), default="table",
              show_default=True)
@click.option("--per-document", is_flag=True, help="Add one line of scores per document.")
@click.option("--errors", "show_errors", is_flag=True,
              help="List every missed, spurious or wrongly valued expression with context "
                   "(with --events: every linked date without the right event).")
@click.option("--events", "events", is_flag=True,
              help="Score events instead of expressions: for each gold TIMEX3 that a TLINK "
                   "(IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS or an inverse) ties to "
                   "an EVENT of its sentence, does our event for it have a trigger on a "
                   "linked EVENT? Prints coverage and anchoring accuracy, overall, by "
                   "relation and by expression type. GOLD is a directory of TimeML files.")
@output_option
@genre_option
@click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
@handle_errors
def evaluate_command(gold_dir: str, system: str | None, fmt: str, per_document: bool,
                     show_errors: bool, events: bool, output: str | None, genre: str,
                     debug: bool) -> None:
    """Score the tagger against TimeML gold files (TempEval-3 Task A), or its events.

    Runs the tagger on every .tml file under the directory GOLD (text of <TEXT>,
    publication date = DCT), or on the passages of a GOLD .jsonl file (one per line:
    {"id", "published", "text", "timexes": [{"text", "type", "value", "mod"}]}), or
    scores a `tag -f jsonl` file given with --system, and prints strict and relaxed
    span P/R/F1 and value and type F1, micro-averaged. With --events it extracts the
    events of every .tml file and scores their triggers against the gold TLINKs.

    \b
    Example:
      timeline evaluate ../shared/corpora/tbaq
      timeline evaluate fixtures/heldout/news_timex.jsonl --errors
      timeline tag corpus/*.tml > system.jsonl && timeline evaluate corpus --system system.jsonl
      timeline tag corpus/*.tml -f timeml --out-dir sys/ && timeline evaluate corpus --system sys/
      timeline evaluate ../shared/corpora/tbaq --events --errors
    """
    if output:
        check_apart([output], _evaluate_inputs(gold_dir, system))
    if events:
        write_output(_evaluate_events(gold_dir, system, fmt, show_errors), output)
        return
    gold = evaluate.read_gold_dir(gold_dir)
    if system == "-":
        records = evaluate.parse_system(sys.stdin)
    elif system and (Path(system).is_dir() or system.lower().endswith(".tml")):
        records = evaluate.read_system_timeml(system)
    elif system:
        records = evaluate.read_system(system)
    else:
        records = evaluate.tag_documents(gold, partial(_tag_text, genre=genre))
    if system:
        _check_system_matches(system, gold, records)
    scores = evaluate.evaluate_documents(gold, records)
    if fmt == "json":
        text = json.dumps(evaluate.scores_to_dict(scores), indent=2, sort_keys=True) + "\n"
    else:
        text = evaluate.format_table(scores, per_document=per_document)
    if show_errors:
        text += "\n" + evaluate.format_errors(scores)
    write_output(text, output)


def _check_system_matches(system: str, gold: Sequence[GoldDocument],
                          records: Mapping[str, object]) -> None:
    """Refuse system output that holds none of the gold documents (an empty file, or one
    tagged from other files), which would score as zeros without saying why.

    Raises: UsageError.
    """
    if any(document.doc in records for document in gold):
        return
    ids = ", ".join(sorted(records)[:3]) + (", ..." if len(records) > 3 else "")
    problem = (f"none of its {len(records)} documents ({ids}) is one of the {len(gold)} gold "
               "documents" if records else f"holds no documents to score against the "
               f"{len(gold)} gold documents")
    raise UsageError(f"{visible(system)}: {visible(problem)}; write it with `timeline tag` "
                     "from the same gold files")


def _evaluate_inputs(gold: str, system: str | None) -> list[Path]:
    """The files `evaluate` reads: the gold file or the .tml files under the gold
    directory, and the system output likewise."""
    paths = [Path(p) for p in (gold, system) if p and p != "-"]
    return [f for p in paths for f in (sorted(p.rglob("*.tml")) if p.is_dir() else [p])]


def _evaluate_events(gold_dir: str, system: str | None, fmt: str, show_errors: bool) -> str:
    """The event-anchoring scores of `timeline extract` on the TimeML files of `gold_dir`."""
    if system:
        raise UsageError("--events runs the pipeline itself; --system does not apply")
    gold = eventscore.read_event_gold_dir(gold_dir)
    mentions: dict[str, list[eventscore.SystemMention]] = {}
    for document in gold:
        found = Document(id=document.doc, text=document.text, published=document.dct,
                         published_from="timeml")
        mentions.update(eventscore.timeline_mentions(extract(found)))
    scores = eventscore.score_events(gold, mentions)
    if fmt == "json":
        text = json.dumps(eventscore.event_scores_to_dict(scores), indent=2,
                          sort_keys=True) + "\n"
    else:
        text = eventscore.format_event_table(scores)
    return text + ("\n" + eventscore.format_event_errors(scores) if show_errors else "")


def _tag_text(text: str, dct: str, genre: str = "auto") -> list[Timex]:
    return list(tag(Document(id="gold", text=text, published=dct or None,
                             published_from="timeml"), genre=genre))


@click.command("compare")
@click.argument("files", nargs=-1, required=True, callback=no_empty_path)
@click.option("--published", metavar="DATE", multiple=True, callback=warn_ambiguous,
              help="Publication date of each FILE, given once per FILE in the same order "
                   "(ISO, as for extract). Without it each file's own date is used.")
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(COMPARE_RENDERERS)),
              help="Output format (default: from the -o suffix; html on standard output).")
@output_option
@template_options
@page_options
@genre_option
@input_options
@handle_errors
def compare_command(files: tuple[str, ...], published: tuple[str, ...], fmt: str | None,
                    output: str | None, template: str | None, fragment: bool, plain: bool,
                    date_style: str, genre: str, encoding: str | None, max_size: int,
                    debug: bool) -> None:
    """Set the timelines of several articles side by side, events aligned.

    Each article is read against its own publication date. Events that describe
    the same happening become one row with the date the sources agree on; rows
    where the sources give incompatible dates are flagged as conflicts.

    \b
    Example:
      timeline compare a.tml b.tml c.tml -o compare.html
      timeline compare a.txt b.txt --published 2018-06-11 --published 2018-06-12 -f md
    """
    if published and len(published) != len(files):
        raise UsageError(f"--published given {len(published)} time(s) for {len(files)} "
                         "FILE argument(s); give it once per FILE, in the same order, "
                         "or not at all")
    fmt = output_format(fmt, output, COMPARE_RENDERERS)
    check_apart([output] if output else [], [*files, *([template] if template else [])])
    check_page_options(fmt, plain, date_style)
    dates: list[str | None] = list(published) if published else [None] * len(files)
    # A bad input among several is one `Error:` line; the others are compared (exit 1).
    documents, failed = read_each(files, dates, encoding, genre, max_size, debug)
    comparison, broke = run_apart(lambda some, told: compare(
        some, genre=genre, progress=told), documents, debug)
    options = RenderOptions(fragment=fragment, plain=plain, date_style=date_style,
                            template=template)
    write_output(render_comparison(comparison, fmt, options), output)
    exit_failed(failed + broke)

