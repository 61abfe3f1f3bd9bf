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

from timeline.errors import TemplateError
from timeline.model import Comparison, ComparisonRow, Document, Event, Timeline, When

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
POD_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
             "NI": "night", "DT": "daytime"}
MOD_WORDS = {"START": "early {}", "MID": "mid-{}", "END": "late {}", "APPROX": "about {}",
             "ON_OR_AFTER": "on or after {}", "ON_OR_BEFORE": "on or before {}",
             "BEFORE": "before {}", "AFTER": "after {}"}
MD_SPECIAL = "\\`*_{}[]<>()#|~&!"


@dataclass(frozen=True, slots=True)
class EventView:
    """One event as a template sees it."""

    id: str = field(metadata={"help": "event id, e1, e2... in timeline order"})
    label: str = field(metadata={"help": "the date as a reader expects it: 'June 2018'"})
    datetime: str = field(metadata={"help": "machine-readable value for <time datetime>"})
    value: str = field(metadata={"help": "TIMEX3 value"})
    granularity: str = field(metadata={"help": "century ... second"})
    summary: str = field(metadata={"help": "the governing clause, short"})
    sentence: str = field(metadata={"help": "the whole sentence"})
    before: str = field(metadata={"help": "sentence text before the expression"})
    expression: str = field(metadata={"help": "the expression as written"})
    after: str = field(metadata={"help": "sentence text after the expression"})
    doc: str = field(metadata={"help": "id of the source document"})
    source: str = field(metadata={"help": "title of the source document"})


@dataclass(frozen=True, slots=True)
class TimelineContext:
    """The context of `timeline.html.j2` and `timeline.md.j2`."""

    title: str = field(metadata={"help": "page title: the document title or 'Timeline'"})
    documents: list[dict[str, Any]] = field(metadata={"help": "documents as in the JSON"})
    events: list[EventView] = field(metadata={"help": "events in timeline order"})
    several: bool = field(metadata={"help": "true when events come from several documents"})
    fragment: bool = field(default=False, metadata={"help": "write a fragment, not a page"})


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
    flat = " ".join(text.split())
    if flat and text[:1].isspace():
        flat = " " + flat
    if flat and text[-1:].isspace():
        flat += " "
    return "".join("\\" + c if c in MD_SPECIAL else c for c in flat)


def _event_view(event: Event, docs: dict[str, Document]) -> EventView:
    document = docs[event.doc]
    text = document.text
    s_start, s_end = event.offsets
    t_start, t_end = event.timex_offsets
    return EventView(
        id=event.id, label=date_label(event.when), datetime=_datetime_attr(event.when),
        value=event.when.value, granularity=event.when.interval.granularity,
        summary=event.summary, sentence=event.sentence,
        before=" ".join(text[s_start:t_start].split()) + (" " if text[t_start - 1:t_start].isspace() else ""),
        expression=text[t_start:t_end],
        after=(" " if text[t_end:t_end + 1].isspace() else "") + " ".join(text[t_end:s_end].split()),
        doc=event.doc, source=document.title or document.id,
    )


def _datetime_attr(when: When) -> str:
    """A valid HTML `datetime`: the value where HTML allows it, else the interval start."""
    value = when.value.split("/")[0]
    if len(value) in (4, 7, 10) and value[:4].isdigit() and "-W" not in value and "-Q" not in value \
            and value[5:7].isdigit() or (len(value) == 4 and value.isdigit()):
        return value
    return when.interval.start


def build_context(timeline: Timeline, *, fragment: bool = False) -> TimelineContext:
    """The documented template context of a timeline."""
    docs = {d.id: d for d in timeline.documents}
    titles = [d.title for d in timeline.documents if d.title]
    title = titles[0] if len(timeline.documents) == 1 and titles else "Timeline"
    return TimelineContext(
        title=title, documents=[d.to_dict() for d in timeline.documents],
        events=[_event_view(e, docs) for e in timeline.events],
        several=len(timeline.documents) > 1, fragment=fragment)


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
def _environment(user_dir: str | None) -> jinja2.Environment:
    ours = jinja2.FileSystemLoader(template_dir())
    loaders: list[jinja2.BaseLoader] = [ours]
    if user_dir:
        loaders.insert(0, jinja2.FileSystemLoader(user_dir))
    loader = jinja2.ChoiceLoader([*loaders, jinja2.PrefixLoader({"default": ours})])
    env = jinja2.sandbox.SandboxedEnvironment(
        loader=loader, autoescape=jinja2.select_autoescape(["html", "html.j2"]),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters["md"] = escape_markdown
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
    context = build_context(timeline, fragment=bool(options.get("fragment")))
    return render_template("timeline.html.j2", context, options.get("template"))


def _markdown(timeline: Timeline, **options: Any) -> str:
    return render_template("timeline.md.j2", build_context(timeline), options.get("template"))


RENDERERS: dict[str, Callable[..., str]] = {"html": _html, "md": _markdown, "json": _json}


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
