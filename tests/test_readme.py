"""The README's code runs as written."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _python_block(heading: str) -> str:
    """The first ```python block under `heading` in the README."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(heading):]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, f"no python block under {heading}"
    return match.group(1)


def test_readme_spacy_snippet_prints_what_it_says() -> None:
    code = _python_block("### spaCy component")
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - our own README
    assert out.getvalue().splitlines() == expected


def test_readme_markdown_excerpt_is_the_seed_output() -> None:
    from click.testing import CliRunner

    from tests.conftest import SEED
    from timeline.cli import cli

    text = README.read_text(encoding="utf-8")
    excerpt = re.search(r"```markdown\n(.*?)```", text, re.DOTALL)
    assert excerpt
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--published", "2018-05-23",
                                      "-f", "md"])
    assert result.exit_code == 0
    lines = set(result.stdout.splitlines())
    wanted = excerpt.group(1).splitlines()
    assert len(wanted) == 5 and all(line in lines for line in wanted)
