"""The six layouts: sizes follow the text; content stays on the canvas and inside its shapes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from logostudio.design import Brief, design_variants
from logostudio.design.checks import check_geometry
from logostudio.design.icons import load_icon
from logostudio.design.layouts import BUILDERS, LAYOUTS, SYMBOL_LAYOUTS, Plan, fit_name_and_slogan
from logostudio.design.scene import CANVAS

PLAN = Plan(
    layout="emblem",
    icon=load_icon("coffee"),
    name="Blue Bean",
    name_face="manrope-xb",
    name_tracking=0.0,
    slogan="Brewed slowly",
    slogan_face="manrope-m",
    slogan_tracking=0.0,
    initials="BB",
    initials_face="manrope-xb",
    shape="circle",
    name_role="ink",
    accent="bar",
    framed=True,
)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("shape", ["circle", "rounded", "hexagon", "squircle"])
def test_every_layout_builds_a_clean_scene(layout: str, shape: str) -> None:
    scene = BUILDERS[layout](replace(PLAN, layout=layout, shape=shape))
    assert scene is not None and scene.layout == layout
    assert check_geometry(scene)[0] == []
    kinds = [i.kind for i in scene.items]
    assert kinds.count("text") == 2  # name and slogan
    assert ("symbol" in kinds) == (layout in SYMBOL_LAYOUTS or layout == "monogram")
    for item in scene.items:
        assert 0 <= item.box.x0 < item.box.x1 <= CANVAS and 0 <= item.box.y0 < item.box.y1 <= CANVAS


def test_a_longer_name_is_set_smaller() -> None:
    short = fit_name_and_slogan(PLAN, 432, 60, 22, 3, 140, 412, (15, 24, 0.5))
    long = fit_name_and_slogan(
        replace(PLAN, name="Blue Bean Coffee Roasters International"), 432, 60, 22, 3, 140, 412, (15, 24, 0.5)
    )
    assert short is not None and long is not None
    assert long[0].size < short[0].size and len(long[0].lines) > 1


def test_text_that_cannot_be_set_legibly_gives_no_scene() -> None:
    crowded = replace(PLAN, layout="badge", name="W" * 60, slogan="M" * 80, name_tracking=0.3)
    assert BUILDERS["badge"](crowded) is None
    assert fit_name_and_slogan(crowded, 100, 60, 22, 1, 40, 100, (15, 24, 0.5)) is None


def test_no_slogan_is_not_a_failure() -> None:
    texts = fit_name_and_slogan(replace(PLAN, slogan=None), 432, 60, 22, 3, 140, 412, (15, 24, 0.5))
    assert texts is not None and texts[1] is None


def test_a_wrapped_name_has_no_ragged_short_line() -> None:
    # "DA / CAPO / SCORES" (a lone two-letter line) used to win over "DA CAPO / SCORES" by a hair.
    brief = Brief(
        "sheet music shop", "Da Capo Scores", style="elegant", theme="dark", color="navy", layout="horizontal"
    )
    for d in design_variants(brief, 6, 396769):
        assert d.meta()["text"]["name"] in (["DA CAPO", "SCORES"], ["Da Capo", "Scores"], ["Da Capo Scores"]), d.meta()
