"""The images a business puts on its social profiles, at the sizes the networks ask for (2024):
X/Twitter header 1500×500, LinkedIn banner 1584×396, Facebook cover 820×312, Open Graph link
preview 1200×630, and a 400×400 avatar. Every network crops the avatar to a circle, so its
artwork stays inside the inscribed circle. The brand kit carries these as ``SOCIAL_FILES``.
"""

from __future__ import annotations

from logostudio.artwork.mockups.brand import Brand, icon_of, logo_for
from logostudio.artwork.mockups.drawing import WHITE, glow, linear, num, place, radial, rrect
from logostudio.design.palettes import contrast, luminance, mix

COVER_SIZES = {"cover-x": (1500, 500), "cover-linkedin": (1584, 396), "cover-facebook": (820, 312)}


def _cover_surface(b: Brand) -> str:
    return b.dark if b.own_is_dark else b.tint


def cover(b: Brand, width: int, height: int, logo_h: float = 0.56, logo_w: float = 0.56, gid: str = "cv") -> str:
    """A banner: the logo centred (clear of the avatar and of the crops phones make), brand shapes
    in the free space either side of it."""
    surface = _cover_surface(b)
    dark = luminance(surface) < 0.2
    a1 = b.brand if not dark or contrast(b.brand, surface) >= 1.6 else mix(b.brand, WHITE, 0.25)
    a2 = b.accent if b.accent != b.brand else mix(b.brand, WHITE, 0.45)
    logo, (ox, _, dw, _) = place(
        logo_for(b, surface), width * (1 - logo_w) / 2, height * (1 - logo_h) / 2, width * logo_w, height * logo_h
    )
    w, h = float(width), float(height)
    gap = 0.1 * h
    free_right = w - (ox + dw) - gap
    free_left = ox - gap
    top = mix(surface, WHITE, 0.5) if not dark else mix(surface, WHITE, 0.07)
    defs = (
        f'<defs><clipPath id="{gid}c"><rect width="{width}" height="{height}"/></clipPath>'
        f"{linear(gid + 'g', [(0, top, 1), (1, surface, 1)], 0, 0, 1, 1)}"
        f"{radial(gid + 'r', [(0, a1, 0.18 if dark else 0.12), (1, a1, 0)])}</defs>"
    )
    shapes = [
        f'<rect width="{width}" height="{height}" fill="url(#{gid}g)"/>',
        glow(w / 2, h / 2, w * 0.45, h * 0.9, gid + "r"),
    ]
    # Right: a large disc in the brand colour from the bottom corner, a ring in the accent above it.
    r = max(0.3 * h, min(1.05 * h, free_right + 0.25 * h))
    shapes.append(
        f'<circle cx="{num(w + 0.25 * r)}" cy="{num(h + 0.1 * r)}" r="{num(r)}" fill="{a1}" '
        f'fill-opacity="{0.9 if not dark else 0.55}"/>'
    )
    shapes.append(
        f'<circle cx="{num(w - 0.2 * r)}" cy="{num(0.05 * h)}" r="{num(0.42 * r)}" fill="none" '
        f'stroke="{a2}" stroke-opacity="0.8" stroke-width="{num(max(3.0, 0.035 * h))}"/>'
    )
    # Left: a dot grid and a half disc in the accent.
    step = 0.075 * h
    cols = min(6, int((free_left - 0.1 * h) / step))
    cols = cols if cols >= 3 else 0  # a lone column of dots looks like a mistake
    for i in range(cols):
        for j in range(4):
            shapes.append(
                f'<circle cx="{num(0.1 * h + i * step)}" cy="{num(0.14 * h + j * step)}" '
                f'r="{num(0.011 * h)}" fill="{a1}" fill-opacity="{0.5 if not dark else 0.6}"/>'
            )
    rl = max(0.2 * h, min(0.55 * h, free_left * 0.8))
    shapes.append(
        f'<circle cx="{num(-0.2 * rl)}" cy="{num(h * 0.98)}" r="{num(rl)}" fill="{a2}" '
        f'fill-opacity="{0.35 if not dark else 0.4}"/>'
    )
    return defs + f'<g clip-path="url(#{gid}c)">{"".join(shapes)}{logo}</g>'


def open_graph(b: Brand) -> str:
    return cover(b, 1200, 630, 0.6, 0.66, "og")


def avatar(b: Brand, side: int = 400) -> str:
    """The profile photo: the icon full-bleed, its artwork inside the circle every network crops to."""
    icon = icon_of(b)
    inner = side * min(icon.fraction, 0.6)
    art, _ = place(icon.art, (side - inner) / 2, (side - inner) / 2, inner, inner)
    return rrect(0, 0, side, side, 0, icon.bg) + art


def avatar_at(b: Brand, x: float, y: float, side: float, circle: bool = True, gid: str = "av") -> str:
    scale = side / 400
    clip = (
        f'<clipPath id="{gid}"><circle cx="200" cy="200" r="200"/></clipPath>'
        if circle
        else f'<clipPath id="{gid}"><rect width="400" height="400"/></clipPath>'
    )
    return (
        f'<defs>{clip}</defs><g transform="matrix({num(scale)} 0 0 {num(scale)} {num(x)} {num(y)})">'
        f'<g clip-path="url(#{gid})">{avatar(b)}</g></g>'
    )


# Social images for the brand kit: (file name in the kit, mock-up id).
SOCIAL_FILES = (
    ("social/avatar-400.png", "avatar"),
    ("social/cover-x-1500x500.png", "cover-x"),
    ("social/cover-linkedin-1584x396.png", "cover-linkedin"),
    ("social/cover-facebook-820x312.png", "cover-facebook"),
    ("social/open-graph-1200x630.png", "open-graph"),
)
