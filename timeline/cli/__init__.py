"""The `timeline` command line: click wiring only; the library does the work.

Each command lives in a module of this package and is imported when the command line
asks for it (click's lazy subcommand pattern), so the group itself imports only click.
"""

from __future__ import annotations

import importlib

import click

# Command name -> "module:attribute"; `timeline --help` lists them in name order.
COMMANDS = {
    "extract": "timeline.cli.documents:extract_command",
    "tag": "timeline.cli.documents:tag_command",
    "evaluate": "timeline.cli.documents:evaluate_command",
    "compare": "timeline.cli.documents:compare_command",
    "batch": "timeline.cli.collection:batch_command",
    "query": "timeline.cli.collection:query_command",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported by name on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name].split(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
# The installed distribution's version (the package's __version__): `timeline` itself would
# import the whole library a second way round.
@click.version_option(package_name="timeline", prog_name="timeline")
def cli() -> None:
    """Turn news articles into dated event timelines.

    Finds every temporal expression ("Wednesday", "next month", "the 1970s"),
    resolves it against the article's publication date, attaches it to the event
    it dates and orders the events.
    """


