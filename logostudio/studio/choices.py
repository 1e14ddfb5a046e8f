"""What a person may choose in the form and the editor, and the small pictures of each choice: the
engine's vocabulary as the pages show it, so a page needs nothing below the studio."""

from __future__ import annotations

from logostudio.artwork.specimens import families_for, icon_svg, palette_svg, palettes_for, typeface_svg
from logostudio.briefs import LETTER_SPACING, MAX_VARIANTS, SYMBOL_SCALE
from logostudio.design.checks import MIN_SYMBOL_CONTRAST, MIN_TEXT_CONTRAST
from logostudio.design.layouts import LAYOUTS, SYMBOL_LAYOUTS
from logostudio.design.plan import CASES
from logostudio.design.styles import STYLE_NAMES, THEMES

__all__ = [
    "CASES",
    "LAYOUTS",
    "LETTER_SPACING",
    "MAX_VARIANTS",
    "MIN_SYMBOL_CONTRAST",
    "MIN_TEXT_CONTRAST",
    "STYLE_NAMES",
    "SYMBOL_LAYOUTS",
    "SYMBOL_SCALE",
    "THEMES",
    "families_for",
    "icon_svg",
    "palette_svg",
    "palettes_for",
    "typeface_svg",
]
