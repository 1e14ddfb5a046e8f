"""The logo alone on a backdrop: its dark version on a dark spotlight, and its light version over a
soft, out-of-focus daylight scene."""

from __future__ import annotations

from logostudio.artwork.mockups.brand import Brand
from logostudio.artwork.mockups.drawing import WHITE, linear, place, radial
from logostudio.design.palettes import mix


def on_dark(b: Brand) -> str:
    defs = f"<defs>{radial('spot', [(0, mix(b.dark, WHITE, 0.1), 1), (1, b.dark, 1)])}</defs>"
    logo, _ = place(b.on_dark, 260, 160, 680, 480)
    return (
        defs
        + f'<rect width="1200" height="800" fill="{b.dark}"/>'
        + '<ellipse cx="600" cy="400" rx="760" ry="560" fill="url(#spot)"/>'
        + logo
    )


_BOKEH = (
    (120, 140, 230, 0),
    (980, 110, 260, 1),
    (300, 640, 210, 2),
    (1100, 600, 280, 3),
    (640, -40, 200, 1),
    (40, 470, 160, 3),
    (860, 760, 190, 0),
    (540, 820, 150, 2),
    (1180, 330, 140, 0),
    (420, 120, 120, 3),
)


def on_photo(b: Brand) -> str:
    """A soft, out-of-focus daylight scene: pale wall, window light, blurred shapes, a table edge."""
    tones = [mix(b.brand, WHITE, 0.55), mix(b.accent, WHITE, 0.5), "#F6E7C8", "#C9D8D2"]
    defs = [
        "<defs>",
        linear("sky", [(0, "#F7F3EE", 1), (0.6, mix(b.brand, "#F2ECE4", 0.85), 1), (1, "#D9CFC3", 1)]),
        linear("beam", [(0, WHITE, 0), (0.5, WHITE, 0.45), (1, WHITE, 0)], 0, 0, 1, 0),
        linear("table", [(0, "#B59F86", 0), (0.25, "#A88F74", 0.75), (1, "#8C735A", 0.9)]),
        radial("centre", [(0, WHITE, 0.65), (1, WHITE, 0)]),
    ]
    for k, shade in enumerate(tones):
        defs.append(radial(f"b{k}", [(0, shade, 0.75), (0.6, shade, 0.4), (1, shade, 0)]))
    defs.append("</defs>")
    p = ["".join(defs), '<rect width="1200" height="800" fill="url(#sky)"/>']
    for cx, cy, r, tone in _BOKEH:
        p.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="url(#b{tone})"/>')
    p.append('<rect x="260" width="300" height="800" fill="url(#beam)" transform="skewX(-22)"/>')
    p.append('<rect x="900" width="130" height="800" fill="url(#beam)" fill-opacity="0.7" transform="skewX(-22)"/>')
    p.append('<rect y="600" width="1200" height="200" fill="url(#table)"/>')
    p.append('<ellipse cx="600" cy="400" rx="520" ry="330" fill="url(#centre)"/>')
    logo, _ = place(b.light, 330, 210, 540, 380)
    return "".join(p) + logo
