"""`timeline --help` and `--version` answer at once: no command module, no spaCy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from timeline.cli import COMMANDS, SUMMARIES, cli

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json, sys
from timeline.cli import cli
try:
    cli(sys.argv[1:], prog_name="timeline")
except SystemExit:
    pass
heavy = ("spacy", "jinja2", "dateparser", "timeline.api", "timeline.cli.documents")
print(json.dumps([m for m in heavy if m in sys.modules]))
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["-h"]],
                         ids=["help", "version", "h"])
def test_cli_startup_imports_no_heavy_module(args: list[str], tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=60, check=True)
    *shown, loaded = result.stdout.strip().splitlines()
    assert shown and json.loads(loaded) == []


@pytest.mark.parametrize("name", sorted(COMMANDS), ids=sorted(COMMANDS))
def test_cli_startup_summary_is_the_docstring_line(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None and command.help is not None
    assert command.help.splitlines()[0] == SUMMARIES[name]
    for limit in (40, 60, 120):
        summary = click.Command(name, help=SUMMARIES[name]).get_short_help_str(limit)
        assert command.get_short_help_str(limit) == summary


def test_cli_startup_version_is_the_package_version() -> None:
    from click.testing import CliRunner

    import timeline

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output == f"timeline, version {timeline.__version__}\n"


def test_cli_startup_package_imports_its_api_lazily(tmp_path: Path) -> None:
    """`import timeline` loads no spaCy; each public name resolves on first use."""
    probe = ("import sys, timeline\n"
             "before = 'spacy' in sys.modules\n"
             "names = [getattr(timeline, n) for n in timeline.__all__]\n"
             "print(before, 'spacy' in sys.modules, all(n in dir(timeline) for n in timeline.__all__))\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120, check=True)
    assert result.stdout.split() == ["False", "True", "True"]
