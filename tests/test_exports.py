"""A package's names, imported when first used: the stub beside its __init__ is the list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.services import REPO


def _package(root: Path) -> None:
    pkg = root / "lazypkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "from logostudio.exports import lazy_exports\n"
        "__getattr__, __dir__, __all__ = lazy_exports(__name__, __file__)\n"
    )
    (pkg / "__init__.pyi").write_text(
        "from lazypkg.heavy import Big as Big\nfrom .light import small as small, other as renamed\n"
    )
    (pkg / "heavy.py").write_text("print('heavy loaded')\nclass Big: ...\n")
    (pkg / "light.py").write_text("def small(): return 1\ndef other(): return 2\n")
    (pkg / "extra.py").write_text("VALUE = 3\n")


def _run(root: Path, code: str) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={"PYTHONPATH": f"{root}:{REPO}"},
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.split()


def test_a_name_is_imported_when_first_used_and_only_then(tmp_path: Path) -> None:
    _package(tmp_path)
    said = _run(
        tmp_path,
        "import sys, lazypkg\n"
        "print('heavy' in ' '.join(sys.modules))\n"
        "print(lazypkg.small(), lazypkg.renamed())\n"
        "print('lazypkg.heavy' in sys.modules)\n"
        "print(lazypkg.Big.__name__)\n"
        "print(sorted(lazypkg.__all__))\n",
    )
    assert said == ["False", "1", "2", "False", "heavy", "loaded", "Big", "['Big',", "'renamed',", "'small']"]


def test_submodules_still_import_and_unknown_names_say_so(tmp_path: Path) -> None:
    _package(tmp_path)
    said = _run(
        tmp_path,
        "import lazypkg\nfrom lazypkg import extra\nprint(extra.VALUE)\n"
        "try:\n    lazypkg.missing\nexcept AttributeError as exc:\n    print(type(exc).__name__)\n"
        "print('small' in dir(lazypkg))\n",
    )
    assert said == ["3", "AttributeError", "True"]
