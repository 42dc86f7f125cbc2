"""A module imported when first used, not when a module names it (:func:`defer_import`).

The fork server that starts a build's workers (:mod:`timeline._preload`) imports the engine's
modules, several of which say ``import polars as pl`` for the merge and the page; the
server and its workers never run polars (events travel back as plain columns,
:func:`timeline.batches.batch_columns`). Importing polars there cost ~0.1 s of CPU (a
third of the server's start, the critical chain of every build's start). Deferred, it is
loaded only if something reads one of its attributes.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

__all__ = ["defer_import", "is_deferred"]


class _Deferred(types.ModuleType):
    """Stands in ``sys.modules`` for a module not imported yet: the import statement binds it
    (its ``__spec__`` says it is not being initialised, so no attribute is looked up), and the
    first attribute read that is not its own imports the module, takes its names and steps
    aside in ``sys.modules``."""

    def __getattr__(self, name: str) -> Any:
        real = _load(self)
        return getattr(real, name)


def _load(stand_in: _Deferred) -> types.ModuleType:
    name = stand_in.__name__
    if sys.modules.get(name) is stand_in:
        del sys.modules[name]
    real = importlib.import_module(name)
    # the stand-in is bound by the modules that imported it: give it the module's names
    # (what a bound name reads afterwards no longer passes through __getattr__)
    stand_in.__dict__.update(real.__dict__)
    return real


def defer_import(name: str) -> bool:
    """Put a stand-in for top-level module ``name`` in ``sys.modules`` so that importing it
    costs nothing until one of its attributes is read; False (nothing done) when it is
    already imported or not installed."""
    if name in sys.modules or "." in name:
        return False
    spec = importlib.util.find_spec(name)
    if spec is None:
        return False
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec  # no __path__: a submodule's import reads it, which imports the module
    sys.modules[name] = stand_in
    return True


def is_deferred(name: str) -> bool:
    """Whether ``sys.modules[name]`` is still a stand-in of :func:`defer_import` (not imported)."""
    return isinstance(sys.modules.get(name), _Deferred)
