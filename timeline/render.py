"""Render a timeline: the format registry, the Jinja environment, the template context."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

import os.path

import jinja2
import jinja2.sandbox
import markupsafe

from timeline.display import date_label, datetime_attribute
from timeline.errors import InputError, TemplateError
from timeline.escape import escape_markdown, escape_wiki_html, escape_wikitext, printable
from timeline.isolate import Limits, run_limited
from timeline.model import Comparison, ComparisonRow, Document, Event, Timeline, When
from timeline.serialize import (calendar_events, status_word, quote_parts, timelinejs_left_out,
                                write_csv, write_ics, write_timelinejs, write_timeml)

PUBLISHED_VIA = {"option": "from --published", "timeml": "from the TimeML DCT",
                 "html": "from the page's metadata", "json": "from the record's published field",
                 "header": "from the article's date line", "inferred": "inferred from the text"}


@dataclass(frozen=True, slots=True)
class EventView:
    """One event as a template sees it."""

    id: str = field(metadata={"help": "event id, e1, e2... in timeline order"})
    label: str = field(metadata={"help": "the date as a reader expects it: 'June 2018'"})
    datetime: str = field(metadata={"help": "machine-readable value for <time datetime>"})
    value: str = field(metadata={"help": "TIMEX3 value"})
    granularity: str = field(metadata={"help": "century ... second"})
    summary: str = field(metadata={"help": "the event's headline, from its trigger's clause"})
    sentence: str = field(metadata={"help": "the whole sentence"})
    before: str = field(metadata={"help": "sentence text before the expression"})
    expression: str = field(metadata={"help": "the expression as written"})
    after: str = field(metadata={"help": "sentence text after the expression"})
    doc: str = field(metadata={"help": "id of the source document"})
    source: str = field(metadata={"help": "title of the source document"})
    status: str = field(default="", metadata={
        "help": "occurred, scheduled, expected, negated, or '' when unknown"})
    status_label: str = field(default="", metadata={
        "help": "the status as a reader's word: 'scheduled', 'did not happen'; '' when unknown"})
    explanation: str = field(default="", metadata={
        "help": "how the date was resolved, one sentence; '' when not known"})


@dataclass(frozen=True, slots=True)
class TimelineContext:
    """The context of `timeline.html.j2` and `timeline.md.j2`."""

    title: str = field(metadata={"help": "page title: the document title or 'Timeline'"})
    documents: list[dict[str, Any]] = field(metadata={"help": "documents as in the JSON"})
    events: list[EventView] = field(metadata={"help": "events in timeline order"})
    several: bool = field(metadata={"help": "true when events come from several documents"})
    fragment: bool = field(default=False, metadata={"help": "write a fragment, not a page"})
    style: bool = field(default=True, metadata={
        "help": "fragment: inline style attributes (false with --no-style)"})
    legend: list[str] = field(default_factory=list, metadata={
        "help": "one sentence per document: the publication date the dates are anchored to"})


def _event_view(event: Event, docs: dict[str, Document]) -> EventView:
    document = docs[event.doc]
    before, expression, after = quote_parts(event, document)
    return EventView(
        id=event.id, label=date_label(event.when), datetime=datetime_attribute(event.when),
        value=event.when.value, granularity=event.when.interval.granularity,
        summary=event.summary, sentence=event.sentence,
        before=before, expression=expression, after=after,
        doc=event.doc, source=document.title or document.id,
        status=event.status or "",
        status_label=status_word(event),
        explanation=event.when.explanation.text if event.when.explanation else "",
    )


def build_context(timeline: Timeline, *, fragment: bool = False,
                  style: bool = True) -> TimelineContext:
    """The documented template context of a timeline."""
    docs = {d.id: d for d in timeline.documents}
    titles = [d.title for d in timeline.documents if d.title]
    title = titles[0] if len(timeline.documents) == 1 and titles else "Timeline"
    return TimelineContext(
        title=title, documents=[d.to_dict() for d in timeline.documents],
        events=[_event_view(e, docs) for e in timeline.events],
        several=len(timeline.documents) > 1, fragment=fragment, style=style,
        legend=legend_lines(timeline.documents))


def legend_lines(documents: tuple[Document, ...]) -> list[str]:
    """For readers: the publication date each document's dates were resolved against."""
    lines = []
    for doc in documents:
        origin = doc.published_from or "an unknown source"
        via = PUBLISHED_VIA.get(origin, f"from {origin}")
        anchored = f"anchored to the publication date {doc.published} ({via})" \
            if doc.published else "placed in the story's own years (no publication date)"
        lines.append(f"{doc.title or doc.id}: dates {anchored}." if len(documents) > 1
                     else f"Dates are {anchored}.")
    return lines


def template_dir() -> str:
    """Where our templates are: `timeline/templates` when installed, else `templates/`.

    A source checkout keeps them at the top level (the layout maps them into the package
    at build time), and an editable install imports `timeline` from the checkout.
    """
    installed = os.path.join(os.path.dirname(__file__), "templates")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")


@lru_cache(maxsize=8)
def _environment(user_dir: str | None, markup: str) -> jinja2.Environment:
    """The sandboxed environment for one kind of output.

    markup: `html` (escaped), `fragment` (escaped for HTML and wikitext alike, as it is
        pasted into a wiki page) or `text` (Markdown and wikitext, escaped by filters);
        the output format decides it, never the template's file name.
    """
    ours = jinja2.FileSystemLoader(template_dir())
    loaders: list[jinja2.BaseLoader] = [ours]
    if user_dir:
        loaders.insert(0, jinja2.FileSystemLoader(user_dir))
    loader = jinja2.ChoiceLoader([*loaders, jinja2.PrefixLoader({"default": ours}, delimiter=":")])
    env = jinja2.sandbox.SandboxedEnvironment(
        loader=loader, autoescape=markup != "text",
        # Markdown and wikitext values go through the md and wiki filters, which do both.
        finalize={"fragment": _wiki_safe, "html": _printable}.get(markup),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters["md"] = escape_markdown
    env.filters["wiki"] = escape_wikitext
    return env


def _printable(value: Any) -> Any:
    """Every value a template writes, without the characters no text format may hold."""
    return printable(value) if isinstance(value, str) and not isinstance(value, markupsafe.Markup) \
        else value


def _wiki_safe(value: Any) -> Any:
    """Every value a fragment template writes, as text for both the browser and the wiki;
    markup the template itself marked safe (its macros, `| safe`) is left as it is."""
    if isinstance(value, markupsafe.Markup) or not isinstance(value, str):
        return value
    return markupsafe.Markup(escape_wiki_html(value))


def _markup(name: str, context: TimelineContext | CompareContext) -> str:
    """The environment kind for our template `name`, the format the user asked for."""
    if not name.endswith(".html.j2"):
        return "text"
    return "fragment" if context.fragment else "html"


def _render(name: str, context: TimelineContext | CompareContext, template: str | None,
            markup: str) -> str:
    """Raises: jinja2.TemplateError, or whatever a user's template raises."""
    user_dir, user_name = (os.path.split(os.path.abspath(template)) if template else (None, name))
    return _environment(user_dir, markup).get_template(user_name).render(ctx=context)


def render_template(name: str, context: TimelineContext | CompareContext,
                    template: str | None = None, *, limits: Limits | None = None) -> str:
    """Render our template `name`, or the user's `template` file in its place, with `context`.

    A user's template runs in a child process under `limits` (default `Limits()`), so a
    template that loops without end or fills the memory stops with an error.
    Raises: TemplateError when the template is missing, fails or exceeds a limit.
    """
    markup = _markup(name, context)
    shown = os.path.basename(template) if template else name
    if template is None:
        try:
            out = _render(name, context, None, markup)
        except jinja2.TemplateError as err:
            raise TemplateError(f"template {shown}: {err}") from err
    else:
        outcome = run_limited(_render, (name, context, template, markup), limits or Limits(),
                              known=(jinja2.TemplateError,))
        if outcome.text is None:
            raise TemplateError(f"template {shown}: {outcome.error}")
        out = outcome.text
    return out.rstrip("\n") + "\n"


def _json(timeline: Timeline, **options: Any) -> str:
    return json.dumps(timeline.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _html(timeline: Timeline, **options: Any) -> str:
    context = build_context(timeline, fragment=bool(options.get("fragment")),
                            style=not options.get("no_style"))
    return render_template("timeline.html.j2", context, options.get("template"),
                           limits=options.get("limits"))


def _markdown(timeline: Timeline, **options: Any) -> str:
    return render_template("timeline.md.j2", build_context(timeline), options.get("template"),
                           limits=options.get("limits"))


def _wikitext(timeline: Timeline, **options: Any) -> str:
    return render_template("timeline.wiki.j2", build_context(timeline), options.get("template"),
                           limits=options.get("limits"))


def _event_label(event: Event) -> str:
    return date_label(event.when)


def _csv(timeline: Timeline, **options: Any) -> str:
    return write_csv(timeline)


def _timelinejs(timeline: Timeline, **options: Any) -> str:
    return write_timelinejs(timeline, _event_label, legend_lines(timeline.documents))


def _ics(timeline: Timeline, **options: Any) -> str:
    return write_ics(timeline, _event_label)


def _timeml(timeline: Timeline, **options: Any) -> str:
    """TimeML holds one document, so a timeline of several cannot be one TimeML file.

    Raises: InputError when the timeline has several documents.
    """
    if len(timeline.documents) != 1:
        raise InputError(
            f"TimeML holds one document and {len(timeline.documents)} were given; "
            "write one file per document with: timeline tag -f timeml --out-dir DIR FILE...",
            source=", ".join(d.source for d in timeline.documents[:3]))
    return write_timeml(timeline.documents[0], timeline.timexes, timeline.events)


RENDERERS: dict[str, Callable[..., str]] = {
    "html": _html, "md": _markdown, "json": _json, "wikitext": _wikitext, "csv": _csv,
    "timelinejs": _timelinejs, "ics": _ics, "timeml": _timeml}
# The formats written from a Jinja template, which `--template` can replace.
TEMPLATED = ("html", "md", "wikitext")


def render_notes(timeline: Timeline, format: str) -> list[str]:
    """What a reader of the `format` output should know is missing from it (for stderr)."""
    if format == "ics":
        return [f"{e.id} ({date_label(e.when)}, {e.when.interval.granularity}) left out of the "
                "calendar: iCalendar events need a day or a time"
                for e in calendar_events(timeline)[1]]
    if format == "timelinejs":
        return [f"{e.id} ({date_label(e.when)}) left out of the TimelineJS file: its slides "
                "need a date in the calendar" for e in timelinejs_left_out(timeline)]
    return []


def render_timeline(timeline: Timeline, format: str, **options: Any) -> str:
    """The timeline written in `format`, one of `RENDERERS`.

    Raises: TemplateError.
    """
    return RENDERERS[format](timeline, **options)



@dataclass(frozen=True, slots=True)
class DateView:
    """A date as a template shows it."""

    label: str = field(metadata={"help": "the date as a reader expects it: 'June 2018'"})
    datetime: str = field(metadata={"help": "machine-readable value for <time datetime>"})


@dataclass(frozen=True, slots=True)
class RowView:
    """One row of a comparison as a template sees it."""

    id: str = field(metadata={"help": "row id, r1, r2... in timeline order"})
    dates: list[DateView] = field(metadata={
        "help": "the agreed date; when the sources conflict, each date they give"})
    conflict: bool = field(metadata={"help": "true when the sources give incompatible dates"})
    cells: list[EventView | None] = field(metadata={
        "help": "one per document, in document order; None where it does not report this"})
    sources: int = field(metadata={"help": "how many documents report this"})


@dataclass(frozen=True, slots=True)
class CompareContext:
    """The context of `compare.html.j2` and `compare.md.j2`."""

    title: str = field(metadata={"help": "page title"})
    documents: list[dict[str, Any]] = field(metadata={"help": "documents as in the JSON"})
    rows: list[RowView] = field(metadata={"help": "rows in timeline order"})
    summary: str = field(metadata={"help": "'9 events, 2 reported by more than one source, "
                                           "1 conflict'"})
    fragment: bool = field(default=False, metadata={"help": "write a fragment, not a page"})


def summary_line(comparison: Comparison) -> str:
    """The counts of a comparison as a sentence: events, shared ones, conflicts."""
    counts = comparison.summary()
    events, conflicts = counts["events"], counts["conflicts"]
    return (f"{events} event{'s' if events != 1 else ''}, {counts['shared']} reported by "
            f"more than one source, {conflicts} conflict{'s' if conflicts != 1 else ''}")


def _row_view(row: ComparisonRow, documents: tuple[Document, ...],
              docs: dict[str, Document]) -> RowView:
    by_doc = {e.doc: _event_view(e, docs) for e in row.events}
    if row.agreed is not None and row.value is not None:
        agreed = When("", row.value, "DATE", None, row.agreed)
        dates = [DateView(date_label(agreed), datetime_attribute(agreed))]
    elif row.agreed is not None:
        dates = [DateView(f"from {row.agreed.start} until {row.agreed.end}", row.agreed.start)]
    else:
        seen: dict[str, str] = {}
        for event in row.events:
            seen.setdefault(date_label(event.when), datetime_attribute(event.when))
        dates = [DateView(label, stamp) for label, stamp in seen.items()]
    return RowView(id=row.id, dates=dates, conflict=row.conflict,
                   cells=[by_doc.get(d.id) for d in documents], sources=len(row.events))


def build_compare_context(comparison: Comparison, *, fragment: bool = False) -> CompareContext:
    """The documented template context of a comparison."""
    docs = {d.id: d for d in comparison.documents}
    return CompareContext(
        title=f"Comparison of {len(comparison.documents)} sources",
        documents=[d.to_dict() for d in comparison.documents],
        rows=[_row_view(r, comparison.documents, docs) for r in comparison.rows],
        summary=summary_line(comparison), fragment=fragment)


def _compare_json(comparison: Comparison, **options: Any) -> str:
    return json.dumps(comparison.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _compare_html(comparison: Comparison, **options: Any) -> str:
    context = build_compare_context(comparison, fragment=bool(options.get("fragment")))
    return render_template("compare.html.j2", context, options.get("template"),
                           limits=options.get("limits"))


def _compare_markdown(comparison: Comparison, **options: Any) -> str:
    return render_template("compare.md.j2", build_compare_context(comparison),
                           options.get("template"),
                           limits=options.get("limits"))


COMPARE_RENDERERS: dict[str, Callable[..., str]] = {
    "html": _compare_html, "md": _compare_markdown, "json": _compare_json}


def render_comparison(comparison: Comparison, format: str, **options: Any) -> str:
    """The comparison written in `format`, one of `COMPARE_RENDERERS`.

    Raises: TemplateError.
    """
    return COMPARE_RENDERERS[format](comparison, **options)
