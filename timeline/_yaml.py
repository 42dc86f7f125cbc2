"""Reading YAML: libyaml's safe loader when PyYAML was built with it, the pure-Python one otherwise.

Both build the same objects; libyaml reads the language files about 16 times faster, which
every worker process pays once when it loads the grammar.
"""

from __future__ import annotations

from importlib import resources
from typing import IO, Any

import yaml

from timeline.errors import LanguageDataError

__all__ = ["load_language_yaml", "load_yaml"]

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str | IO[str]) -> Any:
    """The objects of one YAML document (safe: plain data only)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


def load_language_yaml(code: str, name: str) -> Any:
    """The objects of ``timeline/lang/<code>/<name>``; a file that is missing or not YAML
    raises :class:`LanguageDataError` naming it."""
    try:
        return load_yaml(resources.files(f"timeline.lang.{code}").joinpath(name).read_text(encoding="utf-8"))
    except (OSError, ModuleNotFoundError, yaml.YAMLError) as exc:
        raise LanguageDataError(f"timeline.lang.{code}/{name}: {exc}") from exc
