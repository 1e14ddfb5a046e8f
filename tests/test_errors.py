"""Every exception the project raises lives in logostudio/errors.py, under one base class."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from logostudio import errors
from tests.services import REPO


def test_every_exception_class_is_in_errors_and_under_one_base() -> None:
    defined_elsewhere = []
    for path in [*REPO.glob("logostudio/**/*.py"), *REPO.glob("pages/*.py"), REPO / "app.py", REPO / "worker.py"]:
        if path == REPO / "logostudio" / "errors.py":
            continue
        for node in ast.walk(ast.parse(Path(path).read_text())):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and (base.id.endswith(("Error", "Exception")) or base.id in errors.__all__)
                for base in node.bases
            ):
                defined_elsewhere.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}")
    assert not defined_elsewhere, defined_elsewhere
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__]
    assert len(classes) == len(errors.__all__)
    assert all(issubclass(c, errors.LogoStudioError) for c in classes)


def test_a_refusal_is_still_the_built_in_error_it_is_a_kind_of() -> None:
    """Code that catches ValueError or LookupError (pydantic, the standard library) still does."""
    assert issubclass(errors.InvalidBrief, ValueError) and issubclass(errors.NoSuchJob, LookupError)
    assert issubclass(errors.NotYours, PermissionError) and issubclass(errors.ServiceUnavailable, RuntimeError)
