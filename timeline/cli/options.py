"""What the commands share: options, reading inputs, writing output, errors to exit codes."""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, TypeVar

import click

from timeline.datestyle import DATE_STYLES, DEFAULT_STYLE
from timeline.dct import ambiguous_readings
from timeline.errors import TimelineError
from timeline.dateorder import DAYFIRST, MONTHFIRST
from timeline.genre import AUTO, CHOICES
from timeline.isolate import Limits
from timeline.limits import MAX_SIZE, format_size, parse_size
from timeline.model import Document, Timex
from timeline.output import write_text
from timeline.status import STATUS_ALIASES, STATUS_WORDS, STATUSES


F = TypeVar("F", bound=Callable[..., Any])
LIMITS = Limits()  # what a user's --template may use
TAG_FORMATS = ("jsonl", "table", "timeml")
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".json": "json"}
SUFFIX_FORMATS.update({".csv": "csv", ".ics": "ics", ".tml": "timeml", ".wiki": "wikitext"})


class UsageError(click.ClickException):
    """An input or usage error: one line on stderr, exit 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        """Print the one-line message, control characters from the input made visible."""
        click.echo(f"Error: {visible(self.format_message())}", err=True)


# Control characters (escape sequences, bells, carriage returns) that input text may carry:
# written as \x1b or \u009b so that they never act on the terminal.
_CONTROL_RE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with every control character but the tab as a visible escape (`\x1b`)."""
    return _CONTROL_RE.sub(lambda m: repr(m[0])[1:-1], text)


# The command line's fix for a library error, by the argument the error names (`option`):
# library messages speak of arguments, the command line of its flags.
FLAG_REMEDIES = {
    "published": "pass --published YYYY-MM-DD (a history needs none: --genre narrative)",
    "encoding": "pass the right --encoding, e.g. --encoding latin-1",
    "out": "choose another --out",
    "max_size": "pass a larger --max-size to read it",
    "utf-16-le": "pass --encoding utf-16-le",
    "utf-16-be": "pass --encoding utf-16-be",
    "timeml-documents": "write one file per document with: "
                        "timeline tag -f timeml --out-dir DIR FILE...",
}
FLAGS = {"published": "--published", "encoding": "--encoding", "out": "--out"}


def cli_message(err: TimelineError) -> str:
    """The library error's message, its remedy given as the command line's flags."""
    if err.remedy and err.option in FLAG_REMEDIES:
        return f"{err.problem}; {FLAG_REMEDIES[err.option]}"
    if not err.remedy and err.option in FLAGS:
        return f"{err.problem} ({FLAGS[err.option]})"
    return str(err)


def handle_errors(func: F) -> F:
    """Map library errors to the contract's exit codes, tracebacks only with --debug."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(kwargs.get("debug"))
        try:
            return func(*args, **kwargs)
        except TimelineError as err:
            if debug:
                raise
            raise UsageError(cli_message(err)) from err
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:  # Ctrl-C: the shell's 130, as batch; -o is left as it was
            click.echo("Interrupted.", err=True)
            raise click.exceptions.Exit(130) from None
        except Exception as err:  # the one place an unexpected error becomes a message
            if debug:
                raise
            raise UsageError(f"unexpected {type(err).__name__}: {err} "
                             "(run again with --debug for details)") from err
    return wrapper  # type: ignore[return-value]


def no_empty_path(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Refuse an empty path, as `-o "$OUT"` gives with OUT unset: it names no file, and as
    a folder it is the current one (`batch "" --out x` read all of it, `--out ""` wrote
    there)."""
    if value == "" or (isinstance(value, tuple) and "" in value):
        name = param.opts[0] if isinstance(param, click.Option) else param.human_readable_name
        raise UsageError(f"{name}: an empty path was given (an unset shell variable?); "
                         "name a file or folder")
    return value


def warn_ambiguous(ctx: click.Context, param: click.Parameter,
                   value: str | tuple[str, ...] | None) -> str | tuple[str, ...] | None:
    """Warn on stderr when a --published value such as 05/06/2018 reads two ways."""
    for given in (value,) if isinstance(value, str) else value or ():
        readings = ambiguous_readings(given)
        if readings:
            click.echo(f"Warning: --published {given} is ambiguous: read as {readings[0]} "
                       f"(month first), not {readings[1]} (day first); give YYYY-MM-DD",
                       err=True)
    return value


def published_option(func: F) -> F:
    """--published, shared by the commands that read articles."""
    return click.option(
        "--published", metavar="DATE", callback=warn_ambiguous,
        help="Publication date, ISO: 2018-05-23 or 2018-05-23T09:00+09:00. "
             "Overrides the date found in the input (TimeML DCT, JSON field, "
             "'Published:' line, dateline). A year or month (1998, 1998-08) is "
             "completed from the text, e.g. its dateline.")(func)


def genre_option(func: F) -> F:
    """--genre, shared by the commands that read articles."""
    return click.option(
        "--genre", type=click.Choice(CHOICES), default=AUTO, show_default=True,
        help="What a date without its year counts from. news: the publication date; "
             "narrative (a history page, a story told in the past): the year or date the "
             "story has reached ('In 1939 ... On 1 September' is 1939-09-01), and no "
             "publication date is needed; colloquial: a post, dated from its own date; "
             "auto: chosen from each text (many years far from the publication date told "
             "in the past tense read as a narrative). JSON output records the genre and why.")(func)


def date_order_option(func: F) -> F:
    """--dayfirst/--monthfirst, shared by the commands that read articles."""
    func = click.option(
        "--monthfirst", "date_order", flag_value=MONTHFIRST,
        help="Read 04/05/2014 as April 5 (default: from the text's unambiguous dates, "
             "such as 23/05/2014 or '23 May', else month first).")(func)
    return click.option(
        "--dayfirst", "date_order", flag_value=DAYFIRST,
        help="Read numeric dates day first: 04/05/2014 is 4 May.")(func)


class SizeParam(click.ParamType[int]):
    """A size in bytes written as people write it: 10MB, 500KB, 2048."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return parse_size(str(value))
        except ValueError as err:
            self.fail(str(err), param, ctx)


def input_options(func: F) -> F:
    """--encoding, --max-size and --debug, shared by the commands that read articles."""
    func = click.option("--encoding", metavar="NAME",
                        help="Text encoding of the inputs (default UTF-8), e.g. latin-1.")(func)
    func = click.option("--max-size", type=SizeParam(), default=format_size(MAX_SIZE),
                        show_default=True, metavar="SIZE",
                        help="Refuse an input (a file, or standard input) larger than this, "
                             "e.g. 50MB, 500KB or a number of bytes; standard input is "
                             "read no further than the limit.")(func)
    return click.option("--debug", is_flag=True, help="Show the full traceback on errors.")(func)


def template_options(func: F) -> F:
    """--template and --fragment, shared by the commands that render HTML or Markdown."""
    func = click.option("--fragment", is_flag=True,
                        help="HTML: a block to paste into a wiki page; article text in it "
                             "is written so that no {{template}}, [[link]] or ~~~~ "
                             "signature comes alive in the wiki.")(func)
    return click.option("--template", type=click.Path(exists=True, dir_okay=False),
                        help="Your own Jinja2 template; ours stay available as "
                             "default:<name>. It runs sandboxed, in a child process "
                             f"limited to {LIMITS.cpu_seconds} s of processor time and "
                             f"{LIMITS.memory_mb} MB of memory; HTML output is escaped "
                             "whatever the file's name.")(func)


def wiki_list_option(func: F) -> F:
    """--wiki-list, for the commands that write wikitext."""
    return click.option(
        "--wiki-list", is_flag=True,
        help="-f wikitext: Wikipedia's usual bulleted list ('* May 23, 2018 – Talks "
             "end<ref>...</ref>') instead of a table.")(func)


def page_options(func: F) -> F:
    """--plain and --date-style, shared by the commands that write pages."""
    func = click.option(
        "--date-style", type=click.Choice(DATE_STYLES), default=DEFAULT_STYLE,
        show_default=True,
        help="How dates read in html, md, wikitext, timelinejs and ics: mdy 'May 23, "
             "2018', dmy '23 May 2018', iso '2018-05-23'.")(func)
    return click.option(
        "--plain", is_flag=True,
        help="For a public page: leave out each event's status and 'Why this date', and "
             "the note on the publication date (html, md, wikitext, timelinejs, ics).")(func)


# The formats each page option changes; given with another format, it is an error.
PLAIN_FORMATS = ("html", "md", "wikitext", "timelinejs", "ics")


def check_page_options(fmt: str, plain: bool, date_style: str, wiki_list: bool = False) -> None:
    """Reject page options that the chosen format would silently ignore."""
    if plain and fmt not in PLAIN_FORMATS:
        raise UsageError(f"--plain applies to {', '.join(PLAIN_FORMATS)}, not -f {fmt}")
    if date_style != DEFAULT_STYLE and fmt not in PLAIN_FORMATS:
        raise UsageError(f"--date-style applies to {', '.join(PLAIN_FORMATS)}, not -f {fmt}")
    if wiki_list and fmt != "wikitext":
        raise UsageError(f"--wiki-list applies to -f wikitext, not -f {fmt}")


def output_format(fmt: str | None, output: str | None, formats: Collection[str]) -> str:
    """The format chosen with -f, else the one the -o suffix names, else html (to stdout).

    Raises: UsageError for an -o suffix that names none of `formats`.
    """
    if fmt:
        return fmt
    if not output:
        return "html"
    suffix = Path(output).suffix.lower()
    if SUFFIX_FORMATS.get(suffix) in formats:
        return SUFFIX_FORMATS[suffix]
    known = ", ".join(s for s, f in SUFFIX_FORMATS.items() if f in formats)
    raise UsageError(f"cannot tell the format of -o {output} from its suffix "
                     f"('{suffix or 'none'}'); give -f {'|'.join(sorted(formats))}, or a "
                     f"suffix: {known}")


def output_option(func: F) -> F:
    """-o/--output, shared by the commands that write one result."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                        callback=no_empty_path,
                        help="Write here instead of standard output (atomically).")(func)


def _split_statuses(ctx: click.Context, param: click.Parameter,
                    value: tuple[str, ...]) -> tuple[str, ...]:
    """The --status values, comma-separated or repeated, checked against STATUSES."""
    words = tuple(STATUS_ALIASES.get(w.strip().lower(), w.strip().lower())
                  for item in value for w in item.split(",") if w.strip())
    unknown = [w for w in words if w not in STATUSES]
    if unknown:
        raise UsageError(f"unknown --status '{unknown[0]}'; choose from {', '.join(STATUSES)}")
    return words


def status_option(func: F) -> F:
    """--status, repeatable or comma-separated: keep only events with these statuses."""
    return click.option(
        "--status", "statuses", multiple=True, metavar="STATUS", callback=_split_statuses,
        help="Keep only events the article reports with this status: "
             + ", ".join(f"{s} ('{STATUS_WORDS[s]}')" for s in STATUSES)
             + ", by either name. Repeat it or separate with commas, e.g. "
             "--status occurred,negated.")(func)


def write_output(text: str, output: str | None) -> None:
    """Write `text` to stdout, or to `output` (see `timeline.output.write_text`: atomic over
    a regular file, through to a symlink's target, a device or a FIFO)."""
    if not output:
        if sys.stdout is None:  # started with standard output closed (`>&-`): say so
            raise UsageError("cannot write to standard output (it is closed); pass -o PATH")
        try:
            # color=True: click would take escape sequences out of what is not a
            # terminal, across a CSV's quotes ("\x1b[1,\"T" read as one): the output
            # is the text as made, as with -o
            click.echo(text, nl=False, color=True)
        except BrokenPipeError:  # `| head`: the reader has all it wants
            raise
        except OSError as err:  # a full disk (`> /dev/full`), a closed descriptor
            raise UsageError(f"cannot write to standard output ({err.strerror or err})") \
                from None
        return
    write_text(output, text)


def tag_jsonl(doc: Document, timexes: Iterable[Timex], explain: bool = False) -> str:
    """`tag -f jsonl`: one line for the document, its expressions (and explanations)."""
    entries = []
    for t in timexes:
        entry = t.to_dict()
        if explain:
            entry["explanation"] = t.explanation.to_dict() if t.explanation else None
        entries.append(entry)
    record = {"doc": doc.id, "dct": doc.published, "timexes": entries}
    return json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"


def tag_table(doc: Document, timexes: Iterable[Timex], explain: bool = False) -> str:
    """`tag -f table`: one row per expression, and how it was resolved when asked."""
    name = visible(doc.id)
    rows = [f"# {name} (published {doc.published})" if doc.published
            else f"# {name} (no publication date: {doc.genre or 'narrative'})"]
    for t in timexes:
        text = visible(" ".join(t.text.split()))
        rows.append(f"{t.start:>6} {t.end:>6}  {t.type:<8} {t.value:<22} {t.mod or '':<12} {text}")
        if explain and t.explanation:
            rows.append(f"{'':>15}{t.explanation.anchor}: {t.explanation.text}")
    return "\n".join(rows) + "\n"
