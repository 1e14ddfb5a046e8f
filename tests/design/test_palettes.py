"""Palettes and colour roles: the colour parser, WCAG contrast, OKLCH moves, derived palettes, schemes."""

from __future__ import annotations

import pytest

from logostudio.design.palettes import (
    COLOR_WORDS,
    DEFAULT_PALETTES,
    contrast,
    derived_palettes,
    ensure_contrast,
    oklch,
    parse_color,
    read_color,
    scheme_for,
)


@pytest.mark.parametrize(
    "given, kept, full",
    [
        ("navy", "navy", "#000080"),
        ("NAVY ", "navy", "#000080"),
        ("#abc", "#aabbcc", "#AABBCC"),
        ("6F4E37", "#6f4e37", "#6F4E37"),
        ("amber", "amber", "#FFBF00"),
        ("Jade", "jade", "#00A86B"),
        ("rose gold", "rosegold", "#B76E79"),
        ("light blue", "lightblue", "#ADD8E6"),
        ("rgb(10 200 30)", "#0ac81e", "#0AC81E"),
        ("hsl(0 0% 50%)", "#808080", "#808080"),
    ],
)
def test_read_color(given: str, kept: str, full: str) -> None:
    assert read_color(given) == (kept, full)
    assert parse_color(given) == full


@pytest.mark.parametrize("word", ["none", "any", "default", "", "  "])
def test_no_colour_words(word: str) -> None:
    assert read_color(word) is None and parse_color(word) is None


@pytest.mark.parametrize("bad", ["blurple", "#12345", "#ggg", "rgb(", "</svg>"])
def test_unknown_colours(bad: str) -> None:
    with pytest.raises(ValueError):
        read_color(bad)
    assert parse_color(bad) is None


def test_every_colour_word_parses_to_itself() -> None:
    for word, hex_code in COLOR_WORDS.items():
        assert read_color(word) == (word, hex_code)


def test_contrast_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colour, backdrop", [("#FFD93D", "#FFFFFF"), ("#3D5AF1", "#111111"), ("#A8DADC", "#FFFFFF")])
def test_ensure_contrast_keeps_the_hue_and_meets_the_minimum(colour: str, backdrop: str) -> None:
    moved = ensure_contrast(colour, (backdrop,), 4.5)
    assert contrast(moved, backdrop) >= 4.5
    if oklch(colour)[1] > 0.05 and oklch(moved)[1] > 0.03:
        assert abs(oklch(moved)[2] - oklch(colour)[2]) < 12


def test_derived_palettes_start_with_the_brief_colour() -> None:
    palettes = derived_palettes("#6F4E37")
    assert [p["name"] for p in palettes] == ["signature", "analogous", "complementary", "neutral"]
    assert all(p["colors"][0] == "#6F4E37" and len(p["colors"]) == 4 for p in palettes)
    assert len({c for p in palettes for c in p["colors"]}) >= 10


PASTEL = ["#FFC8DD", "#FFFFFF", "#FDE2E4", "#F8EDEB"]


@pytest.mark.parametrize("palette", [*(p["colors"] for p in DEFAULT_PALETTES), PASTEL])
@pytest.mark.parametrize("mode", ["light", "dark"])
def test_schemes_read_on_their_background(palette: list[str], mode: str) -> None:
    s = scheme_for(tuple(palette), mode)
    assert contrast(s.ink, s.bg) >= 7.0
    assert contrast(s.muted, s.bg) >= 4.5
    assert contrast(s.mark, s.bg) >= (3.0 if mode == "light" else 4.0)
    assert contrast(s.on_brand, s.brand) >= 4.5
    if mode == "light":  # the transparent export sits on white as well
        assert contrast(s.ink, "#FFFFFF") >= 7.0
