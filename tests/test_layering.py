"""Meta-tests: module layering by imports, no clock reads in the library."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
ALLOWED = {
    "dateparser": {"normalize"},
    "spacy": {"pipeline", "tagger"},  # and the tests of the component
    "jinja2": {"render"},
    "click": {"cli"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


MODULES = sorted(PACKAGE.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[p.stem for p in MODULES])
def test_layering_imports_respect_owners(path: Path) -> None:
    imported = _imports(path)
    for library, owners in ALLOWED.items():
        if any(name == library or name.startswith(library + ".") for name in imported):
            assert path.stem in owners, f"{path.stem} imports {library}"
    assert "timeline.cli" not in imported or path.stem == "__main__"


@pytest.mark.parametrize("path", [p for p in MODULES if p.stem != "cli"],
                         ids=[p.stem for p in MODULES if p.stem != "cli"])
def test_layering_library_never_reads_the_clock(path: Path) -> None:
    source = path.read_text()
    assert not re.search(r"\b(?:now|today|utcnow)\(", source), path.stem
