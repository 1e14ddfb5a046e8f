"""Small pictures for the editor's pickers, drawn with the engine: a typeface's name in its own
face (a select box cannot use fonts), an icon on its own, a palette as a strip of colours.

Pure and cached; every letter is an outline path, so no typed character becomes markup.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from logostudio.artwork.typeset import text
from logostudio.design import Brief
from logostudio.design.edit import family_face
from logostudio.design.fonts import LATIN_FAMILIES, SCRIPTS, get_face
from logostudio.design.icons import load_icon
from logostudio.design.palettes import DEFAULT_PALETTES, derived_palettes, parse_color
from logostudio.design.scripts import scripts_in

INK = "#1F2330"


def _covers(family: str, words: str) -> bool:
    face = get_face(family_face(family, True))
    return all(face.covers(ch) for ch in words if ch.isalnum())


def families_for(words: str) -> list[str]:
    """The engine's typefaces for ``words``: for a name in Latin, Greek or Cyrillic letters, the
    families made for them; for a name in another script, the Noto families of its scripts (and
    any other family that draws every letter). Only the faces that could draw it are loaded."""
    scripts = scripts_in(words)
    if not scripts:
        return [f for f in LATIN_FAMILIES if _covers(f, words)] or list(LATIN_FAMILIES)
    own = [family for script in scripts for family, _stem, _index in SCRIPTS[script]]
    return [f for f in dict.fromkeys(own) if _covers(f, words)] or own


@lru_cache(maxsize=512)
def typeface_svg(family: str, sample: str = "") -> str:
    """``family``'s name drawn in its own boldest face, all at one size on one canvas (so a short
    name is not blown up); where that face lacks the letters of its own name (an Arabic or Thai
    face), ``sample`` (the person's name) in it instead."""
    words = family if _covers(family, family) else (sample or family)
    width, height = 360.0, 64.0
    drawn = text(words, [family_face(family, True)], width / 2, 14.0, 32.0, INK, align="center", max_w=width - 20)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}">{drawn.markup}</svg>'
    )


@lru_cache(maxsize=2048)
def icon_svg(slug: str, color: str = INK) -> str | None:
    """The icon alone, on a transparent square (None for a slug the pack cannot draw)."""
    icon = load_icon(slug)
    if icon is None:
        return None
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 28 28" width="96" height="96">'
        f'<path fill="{color}" d="{icon.d}"/></svg>'
    )


def palettes_for(brief: Brief, current: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The engine's palettes for this brief (around its colour, or the default three), with the
    palette the brief locks and the one in use first when they are not among them."""
    base = parse_color(brief.color)
    found = [dict(p, colors=list(p["colors"])) for p in (derived_palettes(base) if base else DEFAULT_PALETTES)]
    for extra in (brief.palette, current):
        if extra and extra.get("colors") and all(extra["colors"] != p["colors"] for p in found):
            found.insert(0, {"name": str(extra.get("name") or "custom"), "colors": list(extra["colors"])})
    return found


def palette_svg(colors: list[str] | tuple[str, ...]) -> str:
    """A palette as a strip of rounded swatches."""
    chips = "".join(
        f'<rect x="{i * 26}" y="0" width="22" height="22" rx="5" fill="{c}" stroke="#00000022"/>'
        for i, c in enumerate(colors)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 {len(colors) * 26} 24">{chips}</svg>'


__all__ = ["families_for", "icon_svg", "palette_svg", "palettes_for", "typeface_svg"]
