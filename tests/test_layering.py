"""Meta-tests: module layering by imports, no clock reads in the library, no test shadowed."""

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


MAX_LAYERS = 8


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """timeline's own modules and which of them each imports (`from timeline import grammar`
    imports the module timeline.grammar; `from timeline import __version__` the package)."""
    modules = {_module_name(p): p for p in MODULES}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                edges |= {a.name for a in node.names if a.name in modules}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    if full in modules:
                        edges.add(full)
                    elif node.module in modules:
                        edges.add(node.module)
        graph[name] = edges
    return graph


def _layers(graph: dict[str, set[str]]) -> dict[str, list[str]]:
    """The longest import chain from each module (a module importing none of ours: 1).

    Raises: AssertionError naming the modules of an import cycle.
    """
    chains: dict[str, list[str]] = {}

    def chain(name: str, stack: tuple[str, ...]) -> list[str]:
        assert name not in stack, f"import cycle: {' -> '.join(stack + (name,))}"
        if name not in chains:
            below = [chain(n, stack + (name,)) for n in sorted(graph[name])]
            chains[name] = [name] + max(below, key=len, default=[])
        return chains[name]

    for name in graph:
        chain(name, ())
    return chains


def test_layering_import_graph_is_shallow_and_acyclic() -> None:
    chains = _layers(_import_graph())
    longest = max(chains.values(), key=len)
    assert len(longest) <= MAX_LAYERS, " -> ".join(longest)


def test_layering_choosing_the_date_loads_no_model() -> None:
    """dct (and what it imports) never reaches the spaCy pipeline or the tagger."""
    chains, graph = _layers(_import_graph()), _import_graph()
    reached, todo = set(), ["timeline.dct"]
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            todo.extend(graph[name])
    assert chains and not reached & {"timeline.pipeline", "timeline.tagger", "timeline.extraction"}
    assert not any(_imports(p) & {"spacy"} for p in MODULES if _module_name(p) in reached)


TESTS = sorted(Path(__file__).resolve().parent.glob("test_*.py"))


@pytest.mark.parametrize("path", TESTS, ids=lambda path: path.stem)
def test_no_test_module_defines_a_name_twice(path: Path) -> None:
    """A second `def test_x` or row table of one name hides the first: pytest never runs it."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        else:
            continue
        twice += [name for name in names if name in seen]
        seen.update(names)
    assert not twice, f"{path.name} defines {twice} twice"
