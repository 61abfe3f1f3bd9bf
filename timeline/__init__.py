"""timeline: dated event timelines from news articles."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from timeline.version import __version__

if TYPE_CHECKING:
    from timeline.api import compare, extract, tag
    from timeline.errors import FormatError, TimelineError
    from timeline.pipeline import load_english

# Public name -> the module that defines it. They are imported on first use, so that
# `timeline --help` and `import timeline.errors` do not load spaCy.
_LAZY = {
    "compare": "timeline.api",
    "extract": "timeline.api",
    "tag": "timeline.api",
    "load_english": "timeline.pipeline",
    "TimelineError": "timeline.errors",
    "FormatError": "timeline.errors",
}

__all__ = ["FormatError", "TimelineError", "__version__", "compare", "extract",
           "load_english", "tag"]


def __getattr__(name: str) -> Any:
    """The public functions, imported from their modules on first use (PEP 562)."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names and the public ones not yet imported (for tab completion)."""
    return sorted(set(globals()) | set(__all__))


logging.getLogger(__name__).addHandler(logging.NullHandler())
