"""Reading YAML: libyaml's safe loader when PyYAML was built with it, the pure-Python one otherwise.

Both build the same objects; libyaml reads the language files about 16 times faster, which
every worker process pays once when it loads the grammar.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

__all__ = ["load_yaml"]

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str | IO[str]) -> Any:
    """The objects of one YAML document (safe: plain data only)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
