"""A package's public names, each imported the first time it is used (PEP 562).

``studio.submit`` and ``design.Brief`` read as before, but a command that needs one use case (the
CLI's ``--help``, ``result``, ``keys``) no longer imports the design engine, cairo and the mock-ups
with the package. The names, and where each comes from, are the package's stub ``__init__.pyi``:
the one list, which type checkers read as the package's interface.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _origins(package: str, stub: Path) -> dict[str, tuple[str, str]]:
    """Each name the stub imports: the module it comes from and its name there."""
    origins: dict[str, tuple[str, str]] = {}
    for node in ast.parse(stub.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ImportFrom) or node.module == "__future__":
            continue
        relative = "." * node.level + (node.module or "")
        module = importlib.util.resolve_name(relative, package) if node.level else relative
        for alias in node.names:
            origins[alias.asname or alias.name] = (module, alias.name)
    return origins


def lazy_exports(package: str, init_file: str) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """``__getattr__``, ``__dir__`` and ``__all__`` for ``package``, from the stub beside ``init_file``."""
    origins = _origins(package, Path(init_file).with_suffix(".pyi"))

    def __getattr__(name: str) -> Any:
        if name not in origins:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, attribute = origins[name]
        value = getattr(importlib.import_module(module), attribute)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted(set(origins) | set(vars(sys.modules[package])))

    return __getattr__, __dir__, sorted(origins)
