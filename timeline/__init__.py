"""timeline: dated event timelines from news articles."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from timeline.api import compare, extract, tag  # noqa: E402

__all__ = ["__version__", "compare", "extract", "tag"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
