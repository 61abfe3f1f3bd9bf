"""`python -m timeline.cli`."""

from timeline.cli import cli

cli()
