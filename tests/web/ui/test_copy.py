"""Cards and the editor in a person's words: no designer jargon, and the colours a logo really uses."""

from __future__ import annotations

import re

from logostudio.design import Brief, Overrides, design_variant, design_variants
from logostudio.design.palettes import DEFAULT_PALETTES, derived_palettes
from logostudio.web.ui.copy import (
    colors_in_svg,
    contrast_line,
    derived_line,
    describe,
    palette_name,
    problems_in_words,
    readability,
    symbol_name,
)

JARGON = re.compile(r"(?i)signature|analogous|complementary|checks passed|contrast \d|wordmark|horizontal|accent_mark")
BRIEF = Brief("coffee shop", "Blue Bean", "Brewed slowly", "playful", "light", "#6F4E37")


def test_what_a_card_says_has_no_jargon() -> None:
    for design in design_variants(BRIEF, 6, 3):
        meta = design.meta()
        line = describe(meta)
        ok, read = readability(meta["checks"])
        assert ok and read.startswith("Easy to read")
        assert not JARGON.search(line + read + palette_name(design.palette["name"])), line
        assert meta["font"] in line
    assert (
        describe({"layout": "wordmark", "font": "Lato", "icon": None})
        == "Name only: the name on its own, the name in Lato"
    )
    assert describe({"layout": "emblem", "font": "Lato", "icon": "bread-slice-outline"}) == (
        "Emblem: a bread slice symbol, the name in Lato"
    )
    assert symbol_name("kettle-pour-over") == "kettle pour over"
    # "an airplane", not "a airplane"; a group word in front of the icon's name is left out
    assert describe({"layout": "stacked", "font": "Lato", "icon": "airplane"}).startswith("Stacked: an airplane symbol")
    assert describe({"layout": "badge", "icon": "food-apple"}) == "Badge: an apple symbol"
    assert describe({"layout": "badge", "icon": "unicorn"}) == "Badge: a unicorn symbol"
    assert describe({"layout": "badge", "icon": "hospital-box"}) == "Badge: a hospital box symbol"


def test_every_palette_the_engine_makes_has_a_name_in_words() -> None:
    for palette in (*DEFAULT_PALETTES, *derived_palettes("#6F4E37")):
        name = palette_name(palette["name"])
        assert name and not JARGON.search(name), name
    assert palette_name("analogous") == "Your colour and its neighbours"
    assert palette_name("my brand") == "My brand"


def test_the_swatches_are_the_colours_the_logo_is_drawn_in() -> None:
    design = design_variant(BRIEF, 3, 1, Overrides(name_color="#123456", background="#FAFAFA"))
    used = colors_in_svg(design.svg)
    assert used[0] == "#FAFAFA" and "#123456" in used
    assert set(used) == {c.upper() for c in re.findall(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"', design.svg)}
    # Palette colours the logo does not use are not shown.
    assert set(used) != {c.upper() for c in design.palette["colors"]}


def test_poor_contrast_is_a_warning_a_person_can_act_on() -> None:
    faint = design_variant(BRIEF, 3, 1, Overrides(layout="stacked", name_color="#F4F1E8"))
    ok, read = readability(faint.checks)
    assert not ok and "Hard to read" in read and "lettering" in read
    good, line = contrast_line("name", faint.checks["contrast_text"], 4.5, faint.checks["text_on"])
    assert not good and "hard to read" in line and "against the background" in line
    assert "Pick a lighter or darker name colour, or another background." in line
    # On a badge the name sits on the disc: the advice names the shape, not the background.
    badge = design_variant(BRIEF, 3, 1, Overrides(layout="badge", name_color="#101010", shape_color="#202020"))
    assert badge.checks["text_on"] == "shape"
    good, line = contrast_line("name", badge.checks["contrast_text"], 4.5, badge.checks["text_on"])
    assert not good and "against the shape it sits on" in line and line.endswith("or another shape colour.")
    assert contrast_line("symbol", 7.2, 3.0) == (True, "Symbol stands out: 7.2 : 1 (at least 3 : 1 reads well)")
    said = problems_in_words(faint.checks["problems"])
    assert said and all(not JARGON.search(s) and "<" not in s for s in said)
    assert problems_in_words(["name overlaps symbol"]) == [
        "The name touches the symbol: try a smaller symbol or shorter words."
    ]


def test_derived_sets_say_where_they_came_from() -> None:
    assert derived_line("more", "Golden Crust", 2) == "More like #3 of Golden Crust"
    assert derived_line("variations", "Golden Crust", None) == "New variations of Golden Crust"
    assert derived_line("edit", None, 0) == "Edited from #1 of an earlier set"
    assert derived_line(None, None, None) is None
