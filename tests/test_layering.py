"""Meta-tests: module layering by imports, no clock reads in the library."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
ALLOWED = {
    "dateparser": {"absolute"},
    "spacy": {"pipeline", "tagger", "attributes"},  # the components (and their tests)
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


MODULES = sorted(PACKAGE.rglob("*.py"))


def _owner(path: Path) -> str:
    """The layer a file belongs to: its module name, or `cli` for the cli package."""
    return "cli" if path.parent.name == "cli" else path.stem


def _id(path: Path) -> str:
    return str(path.relative_to(PACKAGE).with_suffix(""))


@pytest.mark.parametrize("path", MODULES, ids=[_id(p) for p in MODULES])
def test_layering_imports_respect_owners(path: Path) -> None:
    imported = _imports(path)
    for library, owners in ALLOWED.items():
        if any(name == library or name.startswith(library + ".") for name in imported):
            assert _owner(path) in owners, f"{_id(path)} imports {library}"
    uses_cli = any(name == "timeline.cli" or name.startswith("timeline.cli.") for name in imported)
    assert not uses_cli or _owner(path) == "cli", f"{_id(path)} imports the command line"


@pytest.mark.parametrize("path", [p for p in MODULES if _owner(p) != "cli"],
                         ids=[_id(p) for p in MODULES if _owner(p) != "cli"])
def test_layering_library_never_reads_the_clock(path: Path) -> None:
    source = path.read_text()
    assert not re.search(r"\b(?:now|today|utcnow)\(", source), path.stem


def test_layering_every_package_is_shipped() -> None:
    """setup.cfg lists every package of `timeline`, so that a built tree has them all."""
    config = (PACKAGE.parent / "setup.cfg").read_text()
    listed = set(re.search(r"(?m)^packages = (.*)$", config).group(1).replace(" ", "")  # type: ignore[union-attr]
                 .split(","))
    packages = {".".join(p.parent.relative_to(PACKAGE.parent).parts)
                for p in PACKAGE.rglob("__init__.py")}
    assert packages <= listed, packages - listed
