"""Merchandise: a white and a dark T-shirt, and a mug; the logo version that reads on each."""

from __future__ import annotations

from logostudio.artwork.mockups.brand import Brand, logo_for
from logostudio.artwork.mockups.drawing import WHITE, glow, linear, num, place, radial
from logostudio.design.palettes import luminance, mix

_TEE = (
    "M-62 0Q0 52 62 0L152 26Q206 52 252 124L200 196L150 166L156 520Q156 544 132 546"
    "Q0 556 -132 546Q-156 544 -156 520L-150 166L-200 196L-252 124Q-206 52 -152 26Z"
)


def _tee(b: Brand, cx: float, top: float, color: str, gid: str) -> str:
    logo, _ = place(logo_for(b, color), cx - 100, top + 118, 200, 170)
    dark_shirt = luminance(color) < 0.2
    shadows = "".join(
        f'<path d="{_TEE}" fill="#000000" fill-opacity="0.05" transform="translate(0 {dy})"/>' for dy in (3, 6, 10, 14)
    )
    return (
        f'<g transform="translate({num(cx)} {num(top)})">{shadows}'
        f'<path d="{_TEE}" fill="{color}"/>'
        f'<path d="{_TEE}" fill="url(#{gid})"/>'
        f'<path d="M-62 0Q0 52 62 0Q0 72 -62 0Z" fill="#000000" fill-opacity="{0.3 if dark_shirt else 0.1}"/>'
        f'<path d="M-62 0Q0 52 62 0" fill="none" stroke="{mix(color, "#000000", 0.22)}" stroke-width="9"/>'
        '<path d="M-150 166Q-156 90 -152 26M150 166Q156 90 152 26" fill="none" stroke="#000000" '
        f'stroke-opacity="{0.14 if dark_shirt else 0.06}" stroke-width="2"/>'
        f"</g>{logo}"
    )


def tshirts(b: Brand) -> str:
    defs = (
        "<defs>"
        + linear("bg", [(0, "#F1F0EE", 1), (1, "#DEDCD8", 1)])
        + linear(
            "tee-shade",
            [
                (0, "#000000", 0.14),
                (0.22, "#000000", 0.02),
                (0.5, WHITE, 0.06),
                (0.78, "#000000", 0.02),
                (1, "#000000", 0.16),
            ],
            0,
            0,
            1,
            0,
        )
        + "</defs>"
    )
    return (
        defs
        + '<rect width="1200" height="900" fill="url(#bg)"/>'
        + _tee(b, 330, 170, "#FAFAF8", "tee-shade")
        + _tee(b, 870, 170, b.dark, "tee-shade")
    )


# ---------------------------------------------------------------- mug


def mug(b: Brand) -> str:
    body = "M330 210V590A160 30 0 0 0 650 590V210Z"
    defs = (
        "<defs>"
        + linear("wall", [(0, "#F4F1EC", 1), (1, "#E4DFD7", 1)])
        + linear("table", [(0, "#CDBFAE", 1), (1, "#B3A38F", 1)])
        + linear(
            "cyl",
            [
                (0, "#000000", 0.26),
                (0.12, "#000000", 0.08),
                (0.27, WHITE, 0.32),
                (0.36, WHITE, 0.0),
                (0.8, "#000000", 0.06),
                (1, "#000000", 0.3),
            ],
            0,
            0,
            1,
            0,
        )
        + radial("floor", [(0, "#000000", 0.35), (1, "#000000", 0)])
        + f'<clipPath id="mug"><path d="{body}"/></clipPath></defs>'
    )
    logo, _ = place(logo_for(b, WHITE), 385, 290, 210, 210)
    inside = mix(b.brand, "#000000", 0.15)
    return (
        defs
        + '<rect width="1000" height="800" fill="url(#wall)"/>'
        + '<rect y="560" width="1000" height="240" fill="url(#table)"/>'
        + '<rect y="560" width="1000" height="3" fill="#FFFFFF" fill-opacity="0.4"/>'
        + '<g transform="translate(490 410) scale(1.3) translate(-490 -410)">'
        + glow(500, 622, 260, 40, "floor")
        + '<path d="M648 280C770 270 772 500 640 505" fill="none" stroke="#000000" stroke-opacity="0.1" '
        'stroke-width="40" transform="translate(4 6)"/>'
        + '<path d="M648 280C770 270 772 500 640 505" fill="none" stroke="#F7F7F5" stroke-width="34"/>'
        + '<path d="M648 280C770 270 772 500 640 505" fill="none" stroke="#000000" stroke-opacity="0.12" '
        'stroke-width="12" transform="translate(6 4)"/>'
        + f'<path d="{body}" fill="#FBFBF9"/>'
        + f'<g clip-path="url(#mug)">{logo}<rect x="330" y="180" width="320" height="460" fill="url(#cyl)"/></g>'
        + '<ellipse cx="490" cy="210" rx="160" ry="30" fill="#F2F2EF"/>'
        + f'<ellipse cx="490" cy="212" rx="146" ry="24" fill="{inside}"/>'
        + '<ellipse cx="490" cy="218" rx="140" ry="18" fill="#000000" fill-opacity="0.25"/></g>'
    )
