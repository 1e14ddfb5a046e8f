"""Typefaces: every face of the catalogue is installed, loads and sets a line."""

from __future__ import annotations

import pytest

from logostudio.design.fonts import FACES, available, get_face
from logostudio.design.shaping import shape_line


def test_the_fonts_are_installed() -> None:
    missing = [k for k in FACES if not available(k)]
    assert not missing, f"run scripts/test (it installs fonts-noto-core and fonts-noto-cjk): {missing}"


@pytest.mark.parametrize("key", sorted(FACES))
def test_every_face_loads_and_draws_latin(key: str) -> None:
    face = get_face(key)
    assert face.upem > 0 and FACES[key].path.is_file()
    line = shape_line(key, "Hamburgefonstiv", 0.0)
    assert all(gid != 0 for gid, *_ in line.glyphs)  # no .notdef
    assert line.ink is not None and line.ink[2] > line.ink[0]
