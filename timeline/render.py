"""Render a timeline: the format registry, the Jinja environment, the options.

The template contexts are built in `views.py` (and re-exported here for older callers).
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable, Iterator

import os.path

import jinja2
import jinja2.sandbox
import markupsafe

from timeline.comparison import Comparison
from timeline.display import date_label, event_label, is_bounded_only
from timeline.errors import FormatError, InputError, TemplateError
from timeline.escape import escape_markdown, escape_wiki_html, escape_wikitext, printable
from timeline.isolate import Limits, run_limited
from timeline.listing import IndexContext
from timeline.model import SCHEMA, Event, Timeline
from timeline.serialize import (ICS_GRANULARITIES, calendar_events, timelinejs_left_out,
                                write_csv, write_ics, write_timelinejs, write_timeml)
from timeline.views import (CompareContext, DateView, EventView, RenderOptions, RowView,
                            SourceView, TimelineContext, build_compare_context, build_context,
                            legend_lines, summary_line)

__all__ = ["COMPARE_RENDERERS", "RENDERERS", "TEMPLATED", "CompareContext", "DateView",
           "EventView", "RenderOptions", "RowView", "SourceView", "TimelineContext",
           "build_compare_context", "build_context", "date_label", "legend_lines",
           "render_comparison", "render_index", "render_notes", "render_template", "render_timeline",
           "summary_line", "template_dir"]

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


def _markup(name: str, context: TimelineContext | CompareContext | IndexContext) -> str:
    """The environment kind for our template `name`, the format the user asked for."""
    if not name.endswith(".html.j2"):
        return "text"
    return "fragment" if context.fragment else "html"


def _render(name: str, context: TimelineContext | CompareContext | IndexContext,
            template: str | None, markup: str) -> str:
    """Raises: jinja2.TemplateError, or whatever a user's template raises."""
    user_dir, user_name = (os.path.split(os.path.abspath(template)) if template else (None, name))
    try:
        return _environment(user_dir, markup).get_template(user_name).render(ctx=context)
    except jinja2.TemplateNotFound as err:  # its message is the bare name: say what it is
        raise jinja2.TemplateError(
            f"no template '{err.name}' to include or extend: name a file in the template's "
            "folder, or one of ours as default:NAME (e.g. default:timeline.html.j2)") from None


def render_template(name: str, context: TimelineContext | CompareContext | IndexContext,
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


Renderer = Callable[[Timeline, RenderOptions], str]


def _json(timeline: Timeline, options: RenderOptions) -> str:
    """The timeline/1 JSON, the text `json.dumps(timeline.to_dict(), sort_keys=True,
    indent=2)` gives, built one event and one timex at a time: the whole dict tree and
    json.dumps's list of pieces were several times the output's size on a long text."""
    head = {"schema": SCHEMA, "documents": [d.to_dict() for d in timeline.documents],
            "events": [], "timexes": []}
    out = io.StringIO()
    text = json.dumps(head, sort_keys=True, indent=2, ensure_ascii=False)
    lists = {"events": (e.to_dict() for e in timeline.events),
             "timexes": (dict(t.to_dict(), doc=t.doc) for t in timeline.timexes)}
    for key, items in lists.items():
        before, text = text.split(f'"{key}": []', 1)
        out.write(before + f'"{key}": ')
        _write_list(out, items)
    out.write(text + "\n")
    return out.getvalue()


def _write_list(out: io.StringIO, items: Iterator[dict[str, Any]]) -> None:
    """A list at the top level of an indent-2 JSON object, as json.dumps writes it."""
    first = True
    for item in items:
        out.write("[\n    " if first else ",\n    ")
        out.write(json.dumps(item, sort_keys=True, indent=2, ensure_ascii=False)
                  .replace("\n", "\n    "))
        first = False
    out.write("[]" if first else "\n  ]")


def _templated(name: str) -> Renderer:
    """A renderer that writes our template `name` (or the user's in its place)."""
    def render(timeline: Timeline, options: RenderOptions) -> str:
        return render_template(name, build_context(timeline, options), options.template,
                               limits=options.limits)
    return render


def _labeller(options: RenderOptions) -> Callable[[Event], str]:
    return lambda event: event_label(event, options.date_style)


def _csv(timeline: Timeline, options: RenderOptions) -> str:
    return write_csv(timeline)


def _timelinejs(timeline: Timeline, options: RenderOptions) -> str:
    legend = [] if options.plain else legend_lines(timeline.documents)
    return write_timelinejs(timeline, _labeller(options), legend, plain=options.plain)


def _ics(timeline: Timeline, options: RenderOptions) -> str:
    return write_ics(timeline, _labeller(options), plain=options.plain)


def _timeml(timeline: Timeline, options: RenderOptions) -> str:
    """TimeML holds one document, so a timeline of several cannot be one TimeML file.

    Raises: InputError when the timeline has several documents.
    """
    if len(timeline.documents) != 1:
        raise InputError(
            f"TimeML holds one document and {len(timeline.documents)} were given",
            source=", ".join(d.source for d in timeline.documents[:3]),
            remedy="write one file per document", option="timeml-documents")
    return write_timeml(timeline.documents[0], timeline.timexes, timeline.events)


RENDERERS: dict[str, Renderer] = {
    "html": _templated("timeline.html.j2"), "md": _templated("timeline.md.j2"), "json": _json,
    "wikitext": _templated("timeline.wiki.j2"), "csv": _csv,
    "timelinejs": _timelinejs, "ics": _ics, "timeml": _timeml}
# The formats written from a Jinja template, which `--template` can replace.
TEMPLATED = ("html", "md", "wikitext")


def render_notes(timeline: Timeline, format: str) -> list[str]:
    """What a reader of the `format` output should know is missing from it (for stderr)."""
    if format == "ics":
        return [_calendar_note(e) for e in calendar_events(timeline)[1]]
    if format == "timelinejs":
        return [f"{e.id} ({event_label(e)}) left out of the TimelineJS file: its slides "
                "need a date in the calendar" for e in timelinejs_left_out(timeline)]
    return []


def _calendar_note(event: Event) -> str:
    granularity = event.when.interval.granularity
    if is_bounded_only(event) and granularity in ICS_GRANULARITIES:
        return (f"{event.id} ({event_label(event)}) left out of the calendar: the article "
                "puts it before or after that date, not on it")
    return (f"{event.id} ({event_label(event)}, {granularity}) left out of the calendar: "
            "iCalendar events need a day or a time")


def render_timeline(timeline: Timeline, format: str, options: RenderOptions | None = None,
                    **changes: Any) -> str:
    """The timeline written in `format`, one of `RENDERERS`.

    options: what the user chose besides the format (`RenderOptions`); keywords named
        after its fields change it (`fragment=True`, `plain=True`, `date_style="dmy"`)
    Raises: FormatError (listing the formats) for a format we do not write; TemplateError;
        InputError for a date style we do not know.
    """
    if format not in RENDERERS:
        raise FormatError(format, RENDERERS)
    return RENDERERS[format](timeline, _options(options, changes))


def _options(options: RenderOptions | None, changes: dict[str, Any]) -> RenderOptions:
    """`options` (default: the defaults) with the keyword `changes` made.

    Raises: TypeError for a keyword that is no option, as a call with a wrong keyword does.
    """
    options = options or RenderOptions()
    unknown = sorted(set(changes) - set(RenderOptions.__dataclass_fields__))
    if unknown:
        raise TypeError(f"unknown render option(s): {', '.join(unknown)}")
    return replace(options, **changes) if changes else options



def _compare_json(comparison: Comparison, options: RenderOptions) -> str:
    return json.dumps(comparison.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _compared(name: str) -> Callable[[Comparison, RenderOptions], str]:
    """A comparison renderer that writes our template `name` (or the user's in its place)."""
    def render(comparison: Comparison, options: RenderOptions) -> str:
        return render_template(name, build_compare_context(comparison, options),
                               options.template, limits=options.limits)
    return render


COMPARE_RENDERERS: dict[str, Callable[[Comparison, RenderOptions], str]] = {
    "html": _compared("compare.html.j2"), "md": _compared("compare.md.j2"),
    "json": _compare_json}


def render_comparison(comparison: Comparison, format: str, options: RenderOptions | None = None,
                      **changes: Any) -> str:
    """The comparison written in `format`, one of `COMPARE_RENDERERS`.

    options: as for `render_timeline`
    Raises: FormatError (listing the formats); TemplateError; InputError for a date style
        we do not know.
    """
    if format not in COMPARE_RENDERERS:
        raise FormatError(format, COMPARE_RENDERERS)
    return COMPARE_RENDERERS[format](comparison, _options(options, changes))


def render_index(context: IndexContext) -> str:
    """The index page of a batch's HTML pages (`index.html.j2`, escaped).

    Raises: TemplateError.
    """
    return render_template("index.html.j2", context)
