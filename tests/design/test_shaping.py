"""Shaping: a line in any mix of scripts is drawn whole, in reading order, as outlines only, and
what no face draws is dropped."""

from __future__ import annotations

from logostudio.design.fonts import FALLBACK_CHAIN, get_face
from logostudio.design.shaping import drawable_text, face_chain, line_path, shape_line, undrawable


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


def test_bidi_puts_latin_inside_arabic_in_reading_order() -> None:
    line = shape_line("manrope-xb", "مطعم Jasmine 123", 0.0)
    latin = [x for face, _gid, x, *_ in line.glyphs if face.family == "Manrope"]
    arabic = [x for face, _gid, x, *_ in line.glyphs if face.family == "Noto Sans Arabic"]
    assert line.rtl and latin and arabic
    assert max(latin) < min(arabic)  # the Arabic word, read first, stands on the right


def test_arabic_letters_join_and_a_zwnj_keeps_them_apart() -> None:
    joined = shape_line("arabic-sans-b", "کتابفروشی", 0.0)
    apart = shape_line("arabic-sans-b", "کتاب\u200cفروشی", 0.0)
    assert [g[1] for g in joined.glyphs] != [g[1] for g in apart.glyphs]
    isolated = [shape_line("arabic-sans-b", ch, 0.0).glyphs[0][1] for ch in "مطعم"]
    assert [g[1] for g in shape_line("arabic-sans-b", "مطعم", 0.0).glyphs] != isolated[::-1]


def test_only_what_no_face_draws_is_undrawable() -> None:
    assert undrawable("🎉 Party 👩\u200d🍳 مطعم 東京") == ["🎉", "👩", "🍳"]
    assert undrawable("کتاب\u200cفروشی") == []
    assert "hebrew-sans-b" in face_chain(["manrope-xb"], "קפה")
