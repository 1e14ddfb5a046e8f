"""SVG to PNG with cairosvg."""

from __future__ import annotations

import cairosvg


def svg_to_png(svg: str, size: int = 1024, height: int | None = None, background: str | None = None) -> bytes:
    """Render ``svg`` to a ``size``×``size`` PNG, or ``size``×``height`` (transparent where the SVG
    draws nothing)."""
    return cairosvg.svg2png(
        bytestring=svg.encode("utf-8"),
        output_width=size,
        output_height=height or size,
        background_color=background,
        unsafe=False,
    )
