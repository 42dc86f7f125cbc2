"""Loading a script of ``benchmarks/`` (not a package) as a module, for the tests of the tools."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(relative: str, name: str, *, register: bool = False, beside: bool = False) -> ModuleType:
    """The script at ``ROOT / relative`` run as module ``name``; ``register`` puts it in
    ``sys.modules`` first (its dataclasses look themselves up there), ``beside`` lets it import
    the modules of its own folder while it loads."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[name] = module
    if beside:
        sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        if beside:
            sys.path.remove(str(path.parent))
    return module
