"""The version of `timeline`, apart so that the command line reads it without the library."""

from __future__ import annotations

__version__ = "0.1.0"
