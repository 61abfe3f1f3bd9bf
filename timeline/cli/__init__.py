"""The `timeline` command line: click wiring only; the library does the work.

Each command lives in a module of this package and is imported when the command line
asks for it (click's lazy subcommand pattern), so the group itself imports only click:
`timeline --help` lists the commands from SUMMARIES and `--version` reads the package's
version, neither loading spaCy.
"""

from __future__ import annotations

import importlib

import click

from timeline.version import __version__

# Command name -> "module:attribute"; `timeline --help` lists them in name order.
COMMANDS = {
    "extract": "timeline.cli.documents:extract_command",
    "tag": "timeline.cli.documents:tag_command",
    "evaluate": "timeline.cli.documents:evaluate_command",
    "compare": "timeline.cli.documents:compare_command",
    "batch": "timeline.cli.collection:batch_command",
    "query": "timeline.cli.collection:query_command",
}
# The first line of each command's docstring, for `timeline --help` (a test keeps them equal).
SUMMARIES = {
    "extract": "Build one timeline from one or more articles.",
    "tag": "List the temporal expressions of articles, with offsets and TIMEX3 values.",
    "evaluate": "Score the tagger against TimeML gold files (TempEval-3 Task A), or its events.",
    "compare": "Set the timelines of several articles side by side, events aligned.",
    "batch": "Process many documents: one timeline per document, with resume.",
    "query": "List what happened between two dates across everything in an event store.",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported by name on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name].split(":")
        try:
            command = getattr(importlib.import_module(module), attribute)
        except KeyboardInterrupt:  # Ctrl-C while spaCy loads: 130, as once running
            click.echo("Interrupted.", err=True)
            raise click.exceptions.Exit(130) from None
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of `--help`, from SUMMARIES: no command module is imported."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, click.Command(name, help=SUMMARIES[name]).get_short_help_str(limit))
                for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
# The package's own version rather than the distribution's metadata: the distribution is
# `news-timeline`, and a source checkout run with PYTHONPATH has no metadata at all.
@click.version_option(version=__version__, prog_name="timeline")
def cli() -> None:
    """Turn news articles into dated event timelines.

    Finds every temporal expression ("Wednesday", "next month", "the 1970s"),
    resolves it against the article's publication date, attaches it to the event
    it dates and orders the events.
    """


