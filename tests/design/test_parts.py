"""The parts a layout is built from: each lands at the place and size asked, its content region
inside it."""

from __future__ import annotations

import pytest

from logostudio.design.icons import load_icon
from logostudio.design.parts import place_icon, place_letters, ring_item, shape_item
from logostudio.design.scene import Box


def test_an_icon_is_centred_with_its_longer_side_the_size_asked() -> None:
    icon = load_icon("coffee")
    assert icon is not None
    _tpl, box = place_icon(icon, 200, 300, 100)
    assert box.cx == pytest.approx(200) and box.cy == pytest.approx(300)
    assert max(box.w, box.h) == pytest.approx(100, abs=0.5)  # a hair of padding for rounding


def test_initials_are_centred_with_their_longer_side_the_size_asked() -> None:
    _tpl, box = place_letters("BB", "manrope-xb", 0.0, 256, 256, 120)
    assert box.cx == pytest.approx(256, abs=1) and box.cy == pytest.approx(256, abs=1)
    assert max(box.w, box.h) == pytest.approx(120, abs=1)


@pytest.mark.parametrize("kind", ["circle", "rounded", "hexagon", "squircle"])
def test_a_shape_holds_its_content_region(kind: str) -> None:
    item = shape_item(kind, 256, 256, 200)
    assert item.box == Box(156, 156, 356, 356) and item.region is not None
    assert item.region.contains(Box(246, 246, 266, 266))  # the centre
    assert not item.region.contains(item.box)  # content keeps clear of the edge


def test_content_inside_a_ring_stays_clear_of_its_stroke() -> None:
    ring = ring_item(256, 256, 100, 6, "mark")
    assert ring.box == Box(153, 153, 359, 359) and ring.region is not None
    assert ring.region.r == 97
