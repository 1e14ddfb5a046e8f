"""The PNG writer: the same pixels as cairo's own (cairosvg.svg2png), opaque or not, in a file not
much larger."""

from __future__ import annotations

import io

import cairosvg
import numpy as np
import pytest
from PIL import Image

from logostudio.artwork.raster import svg_to_png
from logostudio.design import Brief, design_variants

# Every alpha from 0 to 255 over a colour, and anti-aliased edges: the premultiplied values a
# logo's soft parts leave, each turned back to straight colour.
SOFT = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 64">
<defs><linearGradient id="g"><stop offset="0" stop-color="#C9A227" stop-opacity="0"/>
<stop offset="1" stop-color="#1F6F8B" stop-opacity="1"/></linearGradient></defs>
<rect width="256" height="32" fill="url(#g)"/><circle cx="128" cy="48" r="13.3" fill="#E4572E" fill-opacity="0.37"/>
</svg>"""


def _cairo_png(svg: str, width: int, height: int | None = None) -> bytes:
    return cairosvg.svg2png(bytestring=svg.encode(), output_width=width, output_height=height or width, unsafe=False)


def _same_pixels(a: bytes, b: bytes) -> bool:
    first, second = Image.open(io.BytesIO(a)), Image.open(io.BytesIO(b))
    return first.mode == second.mode and np.array_equal(np.asarray(first), np.asarray(second))


@pytest.mark.parametrize("seed", [1, 2])
def test_a_logos_pixels_are_cairos_whether_opaque_or_transparent(seed: int) -> None:
    designs = design_variants(Brief("coffee shop", "Blue Bean", "Brewed slowly", theme="dark"), 6, seed)
    transparent = 0
    for design in designs:
        for svg, mode in ((design.svg, "RGB"), (design.symbol_svg, "RGBA")):
            if svg is None:  # a layout without a symbol
                continue
            ours, cairos = svg_to_png(svg, 256), _cairo_png(svg, 256)
            assert Image.open(io.BytesIO(ours)).mode == mode
            assert _same_pixels(ours, cairos), design.layout
            transparent += mode == "RGBA"
    assert transparent >= 3


def test_every_alpha_is_turned_back_to_the_colour_cairo_writes() -> None:
    ours, cairos = svg_to_png(SOFT, 256, 64), _cairo_png(SOFT, 256, 64)
    alphas = np.asarray(Image.open(io.BytesIO(ours)))[..., 3]
    assert len(np.unique(alphas)) > 200  # the gradient: nearly every level of alpha
    assert _same_pixels(ours, cairos)


def test_the_file_is_at_most_a_third_larger_than_cairos() -> None:
    design = design_variants(Brief("bakery", "Golden Crust", "Baked every morning"), 1, 4)[0]
    ours, cairos = svg_to_png(design.svg, 1024), _cairo_png(design.svg, 1024)
    assert Image.open(io.BytesIO(ours)).size == (1024, 1024)
    assert len(ours) <= 1.3 * len(cairos), (len(ours), len(cairos))
