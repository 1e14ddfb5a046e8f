"""The logo on screens: an app icon on a phone's home screen (and at the sizes it is seen at),
and a social profile page with its header, avatar, a post and the avatar's crops."""

from __future__ import annotations

from logostudio.artwork.mockups.brand import Brand, draw_icon, initials
from logostudio.artwork.mockups.drawing import WHITE, glow, linear, num, radial, rrect, shadow
from logostudio.artwork.mockups.social import avatar_at, cover
from logostudio.artwork.typeset import text

_GLYPHS = (
    '<circle cx="0.5" cy="0.5" r="0.22" fill="none" stroke="#FFFFFF" stroke-width="0.08"/>',
    '<rect x="0.28" y="0.3" width="0.44" height="0.4" rx="0.06" fill="#FFFFFF"/>',
    '<path d="M0.5 0.26L0.74 0.7H0.26Z" fill="#FFFFFF"/>',
    '<path d="M0.28 0.36H0.72M0.28 0.5H0.72M0.28 0.64H0.6" stroke="#FFFFFF" stroke-width="0.07"/>',
    '<circle cx="0.5" cy="0.5" r="0.2" fill="#FFFFFF"/>',
    '<path d="M0.3 0.6L0.44 0.44L0.56 0.54L0.72 0.34" fill="none" stroke="#FFFFFF" stroke-width="0.07"/>',
)
_TILE_COLORS = ("#8E96A3", "#A7AEB8", "#6E7682", "#B8BEC6", "#5E6672", "#9AA2AD", "#7D8591")


def _placeholder_icon(i: int, x: float, y: float, side: float) -> str:
    color = _TILE_COLORS[i % len(_TILE_COLORS)]
    glyph = _GLYPHS[(i * 5) % len(_GLYPHS)]
    return (
        rrect(x, y, side, side, side * 0.225, color)
        + f'<g transform="matrix({num(side)} 0 0 {num(side)} {num(x)} {num(y)})">{glyph}</g>'
    )


def app_icon(b: Brand) -> str:
    defs = (
        "<defs>"
        + linear("bg", [(0, "#EEF0F3", 1), (1, "#D9DDE3", 1)])
        + linear("wallpaper", [(0, "#AFC0D3", 1), (0.5, "#8798B0", 1), (1, "#4E5C74", 1)], 0, 0, 0.3, 1)
        + radial("blob", [(0, WHITE, 0.45), (1, WHITE, 0)])
        + linear("glass", [(0, WHITE, 0.28), (1, WHITE, 0.18)])
        + '<clipPath id="screen"><rect x="136" y="76" width="408" height="848" rx="50"/></clipPath></defs>'
    )
    p = [defs, '<rect width="1200" height="1000" fill="url(#bg)"/>']
    p.append(shadow(120, 60, 440, 880, 64, 40, 0.35, dy=24))
    p.append(rrect(120, 60, 440, 880, 64, "#1C1D21"))
    p.append(rrect(124, 64, 432, 872, 60, "none", ' stroke="#4A4C52" stroke-width="3"'))
    screen = [
        '<rect x="136" y="76" width="408" height="848" fill="url(#wallpaper)"/>',
        glow(220, 260, 260, 220, "blob"),
        glow(470, 760, 220, 260, "blob"),
    ]
    screen.append(text("9:41", ["roboto-b"], 190, 96, 17, WHITE, "center").markup)
    screen.append('<path d="M452 110h4v-4h-4zM459 110h4v-7h-4zM466 110h4v-10h-4z" fill="#FFFFFF"/>')
    screen.append(rrect(478, 99, 32, 14, 4, "none", ' stroke="#FFFFFF" stroke-width="1.5" stroke-opacity="0.8"'))
    screen.append(rrect(481, 102, 22, 8, 2, WHITE))
    screen.append(rrect(290, 90, 100, 30, 15, "#000000"))
    side, left, top, pitch_x, pitch_y = 76, 160, 150, 93.3, 110  # a 4 × 5 grid of apps
    n = 0
    for row in range(5):
        for col in range(4):
            x, y = left + col * pitch_x, float(top + row * pitch_y)
            if (row, col) == (1, 1):
                screen.append(shadow(x, y, side, side, 17, 4, 0.12, dy=2, layers=3))
                screen.append(draw_icon(b, x, y, side))
                label = text(
                    b.name, b.body_keys, x + side / 2, y + side + 9, 13, WHITE, "center", max_w=side + 18, min_size=8.5
                )
                if not label.markup:
                    label = text(initials(b), b.body_keys, x + side / 2, y + side + 9, 13, WHITE, "center")
                screen.append(label.markup)
            else:
                screen.append(_placeholder_icon(n, x, y, side))
                w = 34 + (n * 7) % 22
                screen.append(rrect(x + (side - w) / 2, y + side + 10, w, 8, 4, WHITE, ' fill-opacity="0.75"'))
                n += 1
    screen.append(rrect(152, 814, 376, 96, 32, "url(#glass)"))
    for col in range(4):
        screen.append(_placeholder_icon(n + col, 168 + col * pitch_x, 824, side))
    screen.append(rrect(280, 906, 120, 5, 2.5, WHITE, ' fill-opacity="0.8"'))
    p.append(f'<g clip-path="url(#screen)">{"".join(screen)}</g>')
    # The icon large, with its name, and at the sizes it is seen at.
    p.append(shadow(730, 190, 320, 320, 72, 30, 0.28, dy=18))
    p.append(draw_icon(b, 730, 190, 320))
    p.append(
        text(b.name, b.name_keys, 890, 570, 44, b.ink, "center", max_w=440, min_size=18, max_lines=2, max_h=110).markup
    )
    x = 700.0
    for s in (120, 76, 48, 29):
        y = 800.0 - s / 2
        p.append(shadow(x, y, s, s, s * 0.225, s * 0.08, 0.2, dy=s * 0.04, layers=3))
        p.append(draw_icon(b, x, y, s))
        x += s + 36
    return "".join(p)


def social_profile(b: Brand) -> str:
    """A profile page as the networks lay it out: header, round avatar, name, a post; and the crops."""
    p = ['<rect width="1500" height="1200" fill="#FFFFFF"/>', cover(b, 1500, 500, gid="pc")]
    p.append('<circle cx="190" cy="500" r="134" fill="#FFFFFF"/>')
    p.append(avatar_at(b, 66, 376, 248, gid="av-big"))
    p.append(rrect(1240, 530, 200, 64, 32, "#0F1419"))
    p.append(text("Follow", ["roboto-b"], 1340, 551, 24, WHITE, "center").markup)
    name = text(b.name, b.body_bold_keys, 60, 660, 44, "#0F1419", max_w=880, min_size=20)
    p.append(name.markup)
    y = max(name.bottom, 690) + 22
    p.append(rrect(60, y, 220, 20, 10, "#CFD9DE"))
    for i, w in enumerate((760, 640)):
        p.append(rrect(60, y + 50 + i * 36, w, 18, 9, "#E1E8ED"))
    p.append('<rect x="0" y="880" width="960" height="2" fill="#EFF3F4"/>')
    # One post: the avatar at feed size.
    p.append(avatar_at(b, 60, 910, 72, gid="av-post"))
    p.append(text(b.name, b.body_bold_keys, 152, 918, 24, "#0F1419", max_w=520, min_size=12).markup)
    for i, w in enumerate((720, 680, 420)):
        p.append(rrect(152, 968 + i * 34, w, 16, 8, "#E1E8ED"))
    p.append(rrect(152, 1080, 720, 100, 16, b.tint))
    # The crops: square, circle, and the small sizes a feed or a comment shows.
    p.append(rrect(1000, 640, 440, 540, 24, "#F7F9F9"))
    p.append(avatar_at(b, 1030, 680, 180, circle=False, gid="av-sq"))
    p.append(avatar_at(b, 1230, 680, 180, gid="av-ci"))
    p.append(text("Square", ["roboto-m"], 1120, 880, 20, "#536471", "center").markup)
    p.append(text("Circle", ["roboto-m"], 1320, 880, 20, "#536471", "center").markup)
    x = 1050
    for s in (120, 64, 40, 28):
        p.append(avatar_at(b, x, 1020 - s / 2, s, gid=f"av-{s}"))
        x += s + 30
    return "".join(p)
