"""The parts a layout is built from: the icon or initials placed as a mark, filled shapes, rings,
bars and blocks of text, each drawn at a given place and size.

They know nothing of a :class:`~logostudio.design.layouts.Plan`; the layouts decide where each goes.
"""

from __future__ import annotations

import math

from logostudio.design.checks import MIN_TEXT_CONTRAST
from logostudio.design.fonts import get_face
from logostudio.design.icons import IconShape
from logostudio.design.scene import MARK, Box, Item, Region, TextBlock, fmt
from logostudio.design.shaping import shape_line


def place_icon(icon: IconShape, cx: float, cy: float, size: float) -> tuple[str, Box]:
    """The icon scaled so its ink's longer side is ``size``, ink centred on (cx, cy)."""
    x0, y0, x1, y1 = icon.bounds
    w, h = x1 - x0, y1 - y0
    s = size / max(w, h)
    tx, ty = cx - s * (x0 + x1) / 2, cy - s * (y0 + y1) / 2
    tpl = f'<path fill="{MARK}" transform="matrix({fmt(s)} 0 0 {fmt(s)} {fmt(tx)} {fmt(ty)})" d="{icon.d}"/>'
    pad = 0.02 * s  # transform values are rounded to 0.01
    return tpl, Box(cx - s * w / 2 - pad, cy - s * h / 2 - pad, cx + s * w / 2 + pad, cy + s * h / 2 + pad)


def place_letters(text: str, face_key: str, tracking: float, cx: float, cy: float, size: float) -> tuple[str, Box]:
    """Initials as a mark: ink's longer side is ``size``, centred on (cx, cy)."""
    line = shape_line(face_key, text, tracking)
    ink = line.ink or (0.0, 0.0, 1.0, 1.0)
    upem = get_face(face_key).upem
    w, h = (ink[2] - ink[0]) / upem, (ink[3] - ink[1]) / upem
    font_size = size / max(w, h, 1e-6)
    block = TextBlock(face_key, [line], font_size, font_size)
    return block.place(cx, cy - block.height / 2)


def shape_item(kind: str, cx: float, cy: float, size: float, role: str = "brand") -> Item:
    """A filled container and the region its content must stay inside."""
    r = size / 2
    if kind == "circle":
        tpl = f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" fill="{MARK}"/>'
        region = Region("circle", cx, cy, r=r * 0.8)
    elif kind == "hexagon":
        pts = [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in range(-90, 270, 60)]
        tpl = '<path fill="' + MARK + '" d="M' + "L".join(f"{fmt(x)} {fmt(y)}" for x, y in pts) + 'Z"/>'
        region = Region("circle", cx, cy, r=r * 0.866 * 0.82)
    else:
        rx = size * (0.22 if kind == "rounded" else 0.36)
        tpl = (
            f'<rect x="{fmt(cx - r)}" y="{fmt(cy - r)}" width="{fmt(size)}" height="{fmt(size)}" '
            f'rx="{fmt(rx)}" fill="{MARK}"/>'
        )
        inset = size * (0.1 if kind == "rounded" else 0.14)
        region = Region("rect", cx, cy, box=Box(cx - r + inset, cy - r + inset, cx + r - inset, cy + r - inset))
    return Item("shape", "container", tpl, role, Box(cx - r, cy - r, cx + r, cy + r), region=region)


def ring_item(cx: float, cy: float, r: float, width: float, role: str, backdrop: int | None = None) -> Item:
    tpl = (
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" fill="none" stroke="{MARK}" stroke-width="{fmt(width)}"/>'
    )
    o = r + width / 2
    return Item(
        "decor",
        "ring",
        tpl,
        role,
        Box(cx - o, cy - o, cx + o, cy + o),
        backdrop=backdrop,
        region=Region("circle", cx, cy, r=r - width / 2),
    )


def bar_item(cx: float, y: float, w: float, h: float, role: str) -> Item:
    tpl = (
        f'<rect x="{fmt(cx - w / 2)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" rx="{fmt(h / 2)}" fill="{MARK}"/>'
    )
    return Item("decor", "accent", tpl, role, Box(cx - w / 2, y, cx + w / 2, y + h), min_contrast=1.4)


def text_item(
    block: TextBlock,
    x: float,
    y_top: float,
    role: str,
    align: str = "center",
    backdrop: int | None = None,
    kind_role: str = "name",
    inside: tuple[int, ...] = (),
) -> Item:
    tpl, box = block.place(x, y_top, align)
    return Item(
        "text",
        kind_role,
        tpl,
        role,
        box,
        backdrop=backdrop,
        inside=inside,
        min_contrast=MIN_TEXT_CONTRAST,
        lines=block.texts,
    )
