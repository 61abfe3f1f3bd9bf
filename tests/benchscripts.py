"""A script of bench/ loaded as a module, for the tests of its functions (bench/ is no
package: its scripts run from the command line)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load_bench(script: str, name: str) -> ModuleType:
    """bench/`script` imported as the module `name` (registered in sys.modules, so that
    its dataclasses and pickles find it)."""
    spec = importlib.util.spec_from_file_location(name, BENCH / script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
