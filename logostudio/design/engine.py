"""First renderer (the seed's design): initials in a shape and the name, three palettes."""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

from logostudio.design.brief import Brief, Design

PALETTES = [
    {"name": "warm", "colors": ["#FF6B6B", "#FFD93D", "#FFA552", "#2C2C2C"]},
    {"name": "cool", "colors": ["#4D96FF", "#6BCB77", "#3D5AF1", "#222222"]},
    {"name": "mono", "colors": ["#111111", "#555555", "#999999", "#FFFFFF"]},
]


def _initials(text: str) -> str:
    words = [w for w in text.split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def design_variants(brief: Brief, count: int = 6, seed: int = 0) -> list[Design]:
    rng = random.Random(f"{seed}:{brief.business_type}:{brief.business_name}")
    name = brief.business_name or brief.business_type.title()
    out: list[Design] = []
    for index in range(count):
        palette = PALETTES[(index // 2) % len(PALETTES)]
        bg, fg, accent, ink = palette["colors"][3], palette["colors"][0], palette["colors"][2], palette["colors"][3]
        if palette["name"] == "mono":
            bg, fg, accent, ink = "#FFFFFF", "#111111", "#555555", "#111111"
        else:
            bg, ink = "#FFFFFF", palette["colors"][3]
        shape = (
            f'<circle cx="256" cy="200" r="120" fill="{fg}"/>'
            if index % 2 == 0
            else f'<rect x="146" y="90" width="220" height="220" rx="{rng.randint(8, 48)}" fill="{fg}"/>'
        )
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">'
            f'<rect id="bg" width="512" height="512" fill="{bg}"/>{shape}'
            f'<text x="256" y="228" font-family="sans-serif" font-size="84" font-weight="700" '
            f'text-anchor="middle" fill="{bg}">{escape(_initials(name))}</text>'
            f'<text x="256" y="400" font-family="sans-serif" font-size="40" text-anchor="middle" '
            f'fill="{ink}">{escape(name[:24])}</text>'
            f'<rect x="176" y="424" width="160" height="6" fill="{accent}"/></svg>'
        )
        out.append(Design(svg=svg, palette=palette, layout="emblem", icon=None, font="sans-serif"))
    return out
