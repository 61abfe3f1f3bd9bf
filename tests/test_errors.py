"""The error tree: library messages speak of arguments, the command line of its flags."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline
from timeline.cli import cli
from timeline.cli.options import cli_message
from timeline.errors import FormatError, InputError, NoPublicationDateError, TimelineError
from timeline.render import COMPARE_RENDERERS, RENDERERS, render_comparison, render_timeline

PACKAGE = Path(timeline.__file__).parent
FLAG = re.compile(r"(?<![\w-])--[a-z]")


def _raised_strings(path: Path) -> list[str]:
    """Every string written inside a `raise` statement or an error class body of `path`."""
    tree = ast.parse(path.read_text())
    nodes: list[ast.AST] = [n for n in ast.walk(tree) if isinstance(n, ast.Raise)]
    nodes += [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name.endswith("Error")]
    return [c.value for node in nodes for c in ast.walk(node)
            if isinstance(c, ast.Constant) and isinstance(c.value, str)]


LIBRARY = sorted(p for p in PACKAGE.rglob("*.py") if "cli" not in p.relative_to(PACKAGE).parts)


@pytest.mark.parametrize("path", LIBRARY, ids=[str(p.relative_to(PACKAGE)) for p in LIBRARY])
def test_errors_library_messages_name_no_cli_flag(path: Path) -> None:
    flagged = [s for s in _raised_strings(path) if FLAG.search(s)]
    assert flagged == []


@pytest.mark.parametrize(("render", "registry"), [(render_timeline, RENDERERS),
                                                  (render_comparison, COMPARE_RENDERERS)],
                         ids=["timeline", "comparison"])
def test_errors_bad_format_lists_the_formats(render: object, registry: dict[str, object]) -> None:
    with pytest.raises(FormatError) as caught:
        render(None, "pdf")  # type: ignore[operator]
    assert isinstance(caught.value, TimelineError) and isinstance(caught.value, ValueError)
    assert str(caught.value) == f"unknown format 'pdf'; choose from {', '.join(sorted(registry))}"


@pytest.mark.parametrize(("error", "expected"), [
    (NoPublicationDateError(source="a.txt"),
     "a.txt: no publication date found; pass --published YYYY-MM-DD "
     "(a history needs none: --genre narrative)"),
    (InputError("is not valid UTF-8", source="a.txt", remedy="give its encoding",
                option="encoding"),
     "a.txt: is not valid UTF-8; pass the right --encoding, e.g. --encoding latin-1"),
    (InputError("invalid publication date 'x'", source="a.txt", option="published"),
     "a.txt: invalid publication date 'x' (--published)"),
    (InputError("unreadable", source="a.txt"), "a.txt: unreadable"),
], ids=["no-date", "encoding", "invalid-value", "no-option"])
def test_errors_cli_names_its_own_flags(error: TimelineError, expected: str) -> None:
    assert not FLAG.search(str(error))
    assert cli_message(error) == expected


def test_errors_cli_no_publication_date_names_the_flag(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The minister resigned on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--genre", "news"])
    assert result.exit_code == 2
    assert "pass --published YYYY-MM-DD" in result.output


def test_errors_batch_bad_format_lists_the_formats(tmp_path: Path) -> None:
    from timeline.batch import BatchOptions, run_batch

    with pytest.raises(FormatError, match="unknown format 'pdf'; choose from csv, html"):
        run_batch([], BatchOptions(out=str(tmp_path), format="pdf"))
