"""Render a timeline: the format registry, the Jinja environment, the template context."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Callable

import os.path

import jinja2
import jinja2.sandbox

from timeline.errors import InputError, TemplateError
from timeline.model import Comparison, ComparisonRow, Document, Event, Timeline, When
from timeline.serialize import (calendar_events, status_word, quote_parts, write_csv, write_ics,
                                write_timelinejs, write_timeml)

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
POD_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
             "NI": "night", "DT": "daytime"}
MOD_WORDS = {"START": "early {}", "MID": "mid-{}", "END": "late {}", "APPROX": "about {}",
             "ON_OR_AFTER": "on or after {}", "ON_OR_BEFORE": "on or before {}",
             "BEFORE": "before {}", "AFTER": "after {}"}
MD_SPECIAL = "\\`*_{}[]<>()#|~&!"
# Characters that start wikitext markup anywhere in a line (links, templates, tables,
# bold/italic quotes, signatures, magic words, tags, entities): written as character
# references, which MediaWiki shows as the character and never parses.
WIKI_SPECIAL = "&<>[]{}|'=*#:;~_!"
# Templates of these suffixes write Markdown or wikitext, which their filters escape.
NOT_ESCAPED = (".md", ".md.j2", ".wiki", ".wiki.j2", ".txt", ".txt.j2")
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


def date_label(when: When) -> str:
    """The date of `when` as a reader expects it: "June 2018", "the 1970s", "May 23–25, 2018"."""
    parts = when.value.split("/")
    if len(parts) == 2:
        label = _range_label(parts[0], parts[1])
    else:
        label = _value_label(when.value)
    template = MOD_WORDS.get(when.mod or "")
    return template.format(label) if template else label


def _value_label(value: str) -> str:
    if value.endswith("X") and len(value) == 4:
        return f"the {value[:3]}0s"
    if len(value) == 2 and value.isdigit():
        return f"the {_ordinal(int(value) + 1)} century"
    if len(value) == 4:
        return value
    year, rest = value[:4], value[5:]
    if rest in SEASON_NAMES:
        return f"{SEASON_NAMES[rest]} {year}"
    if rest.startswith("Q"):
        return f"{rest} {year}"
    if rest.startswith("W"):
        return f"week {int(rest[1:3])} of {year}"
    if len(rest) == 2:
        return f"{MONTH_NAMES[int(rest) - 1]} {year}"
    day = date.fromisoformat(value[:10])
    label = f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"
    clock = value[11:]
    if clock in POD_NAMES:
        return f"{label}, {POD_NAMES[clock]}"
    return f"{label}, {clock}" if clock else label


def _range_label(first: str, second: str) -> str:
    if len(first) == len(second) == 10 and first[:7] == second[:7]:
        a, b = date.fromisoformat(first), date.fromisoformat(second)
        return f"{MONTH_NAMES[a.month - 1]} {a.day}–{b.day}, {a.year}"
    return f"{_value_label(first)} – {_value_label(second)}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def escape_markdown(text: str) -> str:
    """`text` on one line with every Markdown and HTML metacharacter backslash-escaped.

    Whitespace at either end is kept as one space, so escaped pieces can be joined.
    """
    return "".join("\\" + c if c in MD_SPECIAL else c for c in _flatten(text))


def _flatten(text: str) -> str:
    """`text` on one line; whitespace at either end is kept as one space."""
    flat = " ".join(text.split())
    if flat and text[:1].isspace():
        flat = " " + flat
    if flat and text[-1:].isspace():
        flat += " "
    return flat


def _event_view(event: Event, docs: dict[str, Document]) -> EventView:
    document = docs[event.doc]
    before, expression, after = quote_parts(event, document)
    return EventView(
        id=event.id, label=date_label(event.when), datetime=_datetime_attr(event.when),
        value=event.when.value, granularity=event.when.interval.granularity,
        summary=event.summary, sentence=event.sentence,
        before=before, expression=expression, after=after,
        doc=event.doc, source=document.title or document.id,
        status=event.status or "",
        status_label=status_word(event),
        explanation=event.when.explanation.text if event.when.explanation else "",
    )


def _datetime_attr(when: When) -> str:
    """A valid HTML `datetime`: the value where HTML allows it, else the interval start."""
    value = when.value.split("/")[0]
    if len(value) in (4, 7, 10) and value[:4].isdigit() and "-W" not in value and "-Q" not in value \
            and value[5:7].isdigit() or (len(value) == 4 and value.isdigit()):
        return value
    return when.interval.start


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
        anchored = f"anchored to the publication date {doc.published} ({via})"
        lines.append(f"{doc.title or doc.id}: dates {anchored}." if len(documents) > 1
                     else f"Dates are {anchored}.")
    return lines


def escape_wikitext(text: str) -> str:
    """`text` on one line, every character that could start wikitext markup as a reference."""
    return "".join(f"&#{ord(c)};" if c in WIKI_SPECIAL else c for c in _flatten(text))


def template_dir() -> str:
    """Where our templates are: `timeline/templates` when installed, else `templates/`.

    A source checkout keeps them at the top level (the layout maps them into the package
    at build time), and an editable install imports `timeline` from the checkout.
    """
    installed = os.path.join(os.path.dirname(__file__), "templates")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")


def _autoescape(name: str | None) -> bool:
    """HTML-escape every template except Markdown and wikitext ones, so a user's HTML
    template is escaped whatever its file name."""
    return not (name or "").lower().endswith(NOT_ESCAPED)


@lru_cache(maxsize=8)
def _environment(user_dir: str | None) -> jinja2.Environment:
    ours = jinja2.FileSystemLoader(template_dir())
    loaders: list[jinja2.BaseLoader] = [ours]
    if user_dir:
        loaders.insert(0, jinja2.FileSystemLoader(user_dir))
    loader = jinja2.ChoiceLoader([*loaders, jinja2.PrefixLoader({"default": ours}, delimiter=":")])
    env = jinja2.sandbox.SandboxedEnvironment(
        loader=loader, autoescape=_autoescape,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters["md"] = escape_markdown
    env.filters["wiki"] = escape_wikitext
    return env


def render_template(name: str, context: TimelineContext | CompareContext,
                    template: str | None = None) -> str:
    """Render template `name` (or the user's `template` file) with `context`.

    Raises: TemplateError when the template is missing or fails.
    """
    user_dir, user_name = (os.path.split(os.path.abspath(template)) if template else (None, name))
    try:
        tmpl = _environment(user_dir).get_template(user_name)
        out = tmpl.render(ctx=context)
    except jinja2.TemplateError as err:
        raise TemplateError(f"template {user_name}: {err}") from err
    return out.rstrip("\n") + "\n"


def _json(timeline: Timeline, **options: Any) -> str:
    return json.dumps(timeline.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _html(timeline: Timeline, **options: Any) -> str:
    context = build_context(timeline, fragment=bool(options.get("fragment")),
                            style=not options.get("no_style"))
    return render_template("timeline.html.j2", context, options.get("template"))


def _markdown(timeline: Timeline, **options: Any) -> str:
    return render_template("timeline.md.j2", build_context(timeline), options.get("template"))


def _wikitext(timeline: Timeline, **options: Any) -> str:
    return render_template("timeline.wiki.j2", build_context(timeline), options.get("template"))


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
    if format != "ics":
        return []
    return [f"{e.id} ({date_label(e.when)}, {e.when.interval.granularity}) left out of the "
            "calendar: iCalendar events need a day or a time" for e in calendar_events(timeline)[1]]


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
        dates = [DateView(date_label(agreed), _datetime_attr(agreed))]
    elif row.agreed is not None:
        dates = [DateView(f"from {row.agreed.start} until {row.agreed.end}", row.agreed.start)]
    else:
        seen: dict[str, str] = {}
        for event in row.events:
            seen.setdefault(date_label(event.when), _datetime_attr(event.when))
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
    return render_template("compare.html.j2", context, options.get("template"))


def _compare_markdown(comparison: Comparison, **options: Any) -> str:
    return render_template("compare.md.j2", build_compare_context(comparison),
                           options.get("template"))


COMPARE_RENDERERS: dict[str, Callable[..., str]] = {
    "html": _compare_html, "md": _compare_markdown, "json": _compare_json}


def render_comparison(comparison: Comparison, format: str, **options: Any) -> str:
    """The comparison written in `format`, one of `COMPARE_RENDERERS`.

    Raises: TemplateError.
    """
    return COMPARE_RENDERERS[format](comparison, **options)
