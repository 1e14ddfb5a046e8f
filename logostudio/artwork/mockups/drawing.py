"""SVG pieces every mock-up scene is built from, and the logo as placeable artwork.

cairosvg has no blur filter, so soft shadows are stacked faint rectangles; numbers are written
with at most two decimals so the same scene always gives the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from PIL import Image

from logostudio.artwork.raster import svg_to_png
from logostudio.design.scene import CANVAS

WHITE = "#FFFFFF"


def num(v: float) -> str:
    """``v`` with at most two decimals and no trailing zeros."""
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def svg_doc(width: int, height: int, body: str, title: str) -> str:
    """A standalone SVG of ``body``; ``title`` is the only text node, so it is XML-escaped."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}"><title>{escape(title)}</title>{body}</svg>'
    )


def rrect(x: float, y: float, w: float, h: float, r: float, fill: str, extra: str = "") -> str:
    return f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" rx="{num(r)}" fill="{fill}"{extra}/>'


def shadow(
    x: float,
    y: float,
    w: float,
    h: float,
    r: float,
    blur: float,
    opacity: float,
    dy: float = 0.0,
    color: str = "#000000",
    layers: int | None = None,
) -> str:
    """A soft drop shadow for a rounded rectangle: stacked faint rectangles (cairosvg has no blur filter),
    about one per 1.5 px of blur so the steps do not show."""
    layers = layers or max(3, min(24, round(blur / 1.5)))
    a = opacity / layers
    out = []
    for i in range(layers, 0, -1):
        g = blur * i / layers
        out.append(rrect(x - g, y - g + dy, w + 2 * g, h + 2 * g, r + g, color, f' fill-opacity="{a:.4f}"'))
    return "".join(out)


def linear(
    gid: str, stops: list[tuple[float, str, float]], x1: float = 0, y1: float = 0, x2: float = 0, y2: float = 1
) -> str:
    s = "".join(f'<stop offset="{num(o)}" stop-color="{c}" stop-opacity="{num(a)}"/>' for o, c, a in stops)
    return (
        f'<linearGradient id="{gid}" x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}">{s}</linearGradient>'
    )


def radial(gid: str, stops: list[tuple[float, str, float]]) -> str:
    s = "".join(f'<stop offset="{num(o)}" stop-color="{c}" stop-opacity="{num(a)}"/>' for o, c, a in stops)
    return f'<radialGradient id="{gid}">{s}</radialGradient>'


def glow(cx: float, cy: float, rx: float, ry: float, gid: str) -> str:
    return f'<ellipse cx="{num(cx)}" cy="{num(cy)}" rx="{num(rx)}" ry="{num(ry)}" fill="url(#{gid})"/>'


@dataclass(frozen=True)
class Art:
    """Logo markup in the engine's 512 canvas and the box its ink occupies there."""

    body: str
    box: tuple[float, float, float, float]  # x, y, w, h


@lru_cache(maxsize=512)
def _ink_box(body: str) -> tuple[float, float, float, float]:
    """Where ``body`` draws, from a 256 px probe render (the whole canvas when it draws nothing)."""
    probe = 256
    png = svg_to_png(svg_doc(int(CANVAS), int(CANVAS), body, ""), probe, probe)
    alpha = Image.open(io.BytesIO(png)).convert("RGBA").getchannel("A")
    bbox = alpha.point(lambda a: 255 if a > 8 else 0).getbbox()
    if bbox is None:
        return (0.0, 0.0, CANVAS, CANVAS)
    k = CANVAS / probe
    left, top, right, bottom = bbox
    return (left * k, top * k, (right - left) * k, (bottom - top) * k)


def as_art(body: str) -> Art:
    """``body`` with the box its ink occupies, so it can be placed by what it draws."""
    return Art(body, _ink_box(body))


def place(art: Art, x: float, y: float, w: float, h: float, align: str = "center") -> tuple[str, tuple]:
    """``art`` scaled to fit the ``w``×``h`` box at (x, y); returns markup and the drawn (x, y, w, h)."""
    bx, by, bw, bh = art.box
    s = min(w / max(bw, 1e-6), h / max(bh, 1e-6))
    dw, dh = bw * s, bh * s
    ox = x + (w - dw) / 2 if align == "center" else (x if align == "left" else x + w - dw)
    oy = y + (h - dh) / 2
    tx, ty = ox - bx * s, oy - by * s
    return (f'<g transform="matrix({num(s)} 0 0 {num(s)} {num(tx)} {num(ty)})">{art.body}</g>', (ox, oy, dw, dh))
