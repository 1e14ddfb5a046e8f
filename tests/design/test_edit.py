"""Edits laid over a shipped variant: each changes one thing, keeps the rest, and is reproducible."""

from __future__ import annotations

import re

import pytest

from logostudio.design import FAMILIES, Brief, Overrides, design_variant
from logostudio.design.layouts import LAYOUTS
from logostudio.design.palettes import contrast
from logostudio.errors import DoesNotFit

BRIEF = Brief("bakery", "Golden Crust", "Baked every morning", "vintage", "light", "#C9A227")
SEED, INDEX = 4, 2


@pytest.fixture(scope="module")
def shipped():
    return design_variant(BRIEF, SEED, INDEX)


def edited(**changes: object):
    return design_variant(BRIEF, SEED, INDEX, Overrides(**changes))  # type: ignore[arg-type]


def test_no_edit_is_the_shipped_logo(shipped) -> None:
    assert edited().svg == shipped.svg


def test_new_words_keep_every_other_choice(shipped) -> None:
    d = edited(name="Crust & Crumb", slogan="")
    assert d.meta()["text"] == {"name": d.meta()["text"]["name"], "slogan": []}
    assert " ".join(d.meta()["text"]["name"]).casefold() == "crust & crumb"
    assert (d.layout, d.palette, d.font, d.icon) == (shipped.layout, shipped.palette, shipped.font, shipped.icon)
    assert d.checks["passed"]


@pytest.mark.parametrize(
    "case, expected",
    [("upper", "GOLDEN CRUST"), ("lower", "golden crust"), ("title", "Golden Crust"), ("asis", "Golden Crust")],
)
def test_case(case: str, expected: str) -> None:
    assert " ".join(edited(case=case).meta()["text"]["name"]) == expected


def test_every_family_can_set_the_name() -> None:
    for family in FAMILIES:
        if family.startswith("Noto"):
            continue  # the script faces draw their own scripts (tests/design/test_scripts.py)
        d = edited(family=family)
        assert d.font == family and d.meta()["slogan_font"] == family


def test_letter_spacing_widens_the_name(shipped) -> None:
    tight, loose = edited(letter_spacing=0.0), edited(letter_spacing=0.25)
    assert loose.meta()["letter_spacing"] == 0.25 and loose.svg != tight.svg


def test_colours_are_used_as_given_and_poor_contrast_is_reported() -> None:
    d = edited(background="#FFF8E7", name_color="#3B2F2F", symbol_color="#8B0000", slogan_color="#555555")
    for colour in ("#FFF8E7", "#3B2F2F", "#8B0000", "#555555"):
        assert f'fill="{colour}"' in d.svg
    assert d.checks["passed"]
    faint = edited(name_color="#F4F1E8")  # pale on a light canvas: kept, and the checks say so
    assert 'fill="#F4F1E8"' in faint.svg
    assert not faint.checks["passed"] and any("contrast" in p for p in faint.checks["problems"])
    assert faint.checks["contrast_text"] < 4.5 and contrast("#F4F1E8", "#FFFFFF") < 1.2


def test_layout_symbol_and_theme(shipped) -> None:
    for layout in LAYOUTS:
        d = edited(layout=layout)
        assert d.layout == layout and d.checks["passed"], (layout, d.checks.get("problems"))
        if layout in ("emblem", "horizontal", "stacked", "badge"):
            assert d.icon is not None
    assert edited(layout="stacked", icon="bread-slice").icon == "bread-slice"
    assert edited(layout="stacked", icon="").icon is None
    dark = edited(theme="dark")
    background = re.search(r'<rect id="bg"[^>]*fill="(#[0-9A-F]{6})"', dark.svg)
    assert background and contrast(background.group(1), "#000000") < 2.5


def test_the_symbol_can_grow_and_shrink_within_bounds() -> None:
    def symbol_width(d) -> float:
        transform = re.search(r'matrix\(([\d.]+) 0 0 [\d.]+ [\d.-]+ [\d.-]+\)" d="M', d.svg)
        assert transform
        return float(transform.group(1))

    small, large = edited(layout="stacked", symbol_scale=0.7), edited(layout="stacked", symbol_scale=1.2)
    assert symbol_width(small) < symbol_width(large)


def test_edits_are_reproducible_from_their_stored_form() -> None:
    edits = Overrides(
        name="Crust",
        case="upper",
        family="Caladea",
        letter_spacing=0.1,
        layout="badge",
        palette={"name": "mine", "colors": ["#264653", "#2A9D8F", "#E9C46A", "#F4A261"]},
        symbol_color="#E9C46A",
        icon="baguette",
        symbol_scale=0.9,
    )
    again = Overrides.from_dict(edits.as_dict())
    assert again == edits
    assert design_variant(BRIEF, SEED, INDEX, edits).svg == design_variant(BRIEF, SEED, INDEX, again).svg


def test_words_that_cannot_fit_are_refused_with_a_reason() -> None:
    with pytest.raises(DoesNotFit, match="do not fit"):
        edited(layout="badge", name="W" * 60, slogan="M" * 80, letter_spacing=0.6)


def test_the_colour_of_each_part_is_recorded(shipped) -> None:
    """The editor's colour pickers start from the colours each part is really drawn in."""
    used = shipped.meta()["colors"]
    assert set(used) >= {"background", "name"}
    for colour in used.values():
        assert f'fill="{colour}"' in shipped.svg or f'stroke="{colour}"' in shipped.svg
    d = edited(layout="stacked", name_color="#3B2F2F", symbol_color="#8B0000", background="#FFF8E7")
    assert {k: d.meta()["colors"][k] for k in ("name", "symbol", "background")} == {
        "name": "#3B2F2F",
        "symbol": "#8B0000",
        "background": "#FFF8E7",
    }


def test_a_symbol_the_person_picked_is_not_called_a_guess() -> None:
    brief = Brief("zorbing", "Zorbo")
    guessed = next(
        (s, i) for s in range(1, 6) for i in range(6) if design_variant(brief, s, i).meta()["symbol_match"] == "guess"
    )
    picked = design_variant(brief, *guessed, Overrides(icon="bird"))  # type: ignore[arg-type]
    assert picked.icon == "bird" and picked.meta()["symbol_match"] == "sure"
    bare = design_variant(brief, *guessed, Overrides(icon=""))  # type: ignore[arg-type]
    assert bare.icon is None and bare.meta()["symbol_match"] is None
