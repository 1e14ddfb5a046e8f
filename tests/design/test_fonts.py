"""Typefaces: every packaged face loads and shapes; coverage picks a face that draws the text."""

from __future__ import annotations

import pytest

from logostudio.design.fonts import FACES, FALLBACK_CHAIN, drawable_text, get_face, line_path, shape_line


@pytest.mark.parametrize("key", sorted(FACES))
def test_every_face_loads_and_draws_latin(key: str) -> None:
    face = get_face(key)
    assert face.upem > 0 and FACES[key].path.is_file()
    line = shape_line(key, "Hamburgefonstiv", 0.0)
    assert all(gid != 0 for gid, *_ in line.glyphs)  # no .notdef
    assert line.ink is not None and line.ink[2] > line.ink[0]


def test_tracking_widens_a_line() -> None:
    tight = shape_line("roboto-r", "Logo", 0.0)
    loose = shape_line("roboto-r", "Logo", 0.2)
    assert loose.ink[2] - loose.ink[0] > tight.ink[2] - tight.ink[0]


def test_drawable_text_keeps_a_face_that_draws_every_letter() -> None:
    assert drawable_text("Blue Bean", ["amatic-b"]) == ("Blue Bean", "amatic-b")
    text, face = drawable_text("Москва", ["fredoka"])  # Fredoka One has no Cyrillic
    assert text == "Москва" and face in FALLBACK_CHAIN and get_face(face).covers("М")


def test_drawable_text_drops_only_what_no_face_draws() -> None:
    assert drawable_text("東京 Sushi", ["roboto-b"])[0] == "東京 Sushi"
    assert drawable_text("🎉 Party 👩\u200d🍳", ["roboto-b"])[0] == "Party"
    assert drawable_text("  a   b ", ["roboto-b"])[0] == "a b"


def test_line_path_is_outlines_only() -> None:
    line = shape_line("lato-b", "A&B <x>", 0.0)
    d = line_path(line, 5.0, 0.0, 0.0)
    assert d.startswith("M") and set(d) <= set("0123456789 -MmLlHhVvQqCcZz")
