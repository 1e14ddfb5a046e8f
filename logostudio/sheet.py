"""Contact sheet: many briefs' logos on one PNG, each group captioned with its brief.

Made for looking at the engine's output as a designer would (and for the README), so it
favours readable captions and a neutral grey gutter over compactness.
"""

from __future__ import annotations

import io
import pathlib
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from logostudio.briefs import parse_brief
from logostudio.design import design_variants
from logostudio.design.fonts import FACES
from logostudio.raster import svg_to_png

TILE = 200
GAP = 8
CAPTION = 54
GROUP_GAP = 28
GROUPS_PER_ROW = 3
PAGE = (238, 238, 240)


def _font(key: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FACES[key].path), size)


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def render_sheet(briefs: list[dict[str, Any]], out: pathlib.Path, per_brief: int = 3, seed: int = 1) -> None:
    """Render ``per_brief`` variants of every brief into a captioned grid PNG at ``out``."""
    per_brief = max(1, per_brief)
    group_w = per_brief * TILE + (per_brief - 1) * GAP
    cols = min(GROUPS_PER_ROW, max(1, len(briefs)))
    rows = (len(briefs) + cols - 1) // cols
    width = cols * group_w + (cols + 1) * GROUP_GAP
    height = rows * (TILE + CAPTION) + (rows + 1) * GROUP_GAP
    sheet = Image.new("RGB", (width, max(height, 1)), PAGE)
    draw = ImageDraw.Draw(sheet)
    bold, regular = _font("roboto-b", 15), _font("roboto-r", 13)  # Roboto: Latin, Greek and Cyrillic
    for n, data in enumerate(briefs):
        brief = parse_brief(data).design_brief()
        gx = GROUP_GAP + (n % cols) * (group_w + GROUP_GAP)
        gy = GROUP_GAP + (n // cols) * (TILE + CAPTION + GROUP_GAP)
        for i, design in enumerate(design_variants(brief, per_brief, seed)):
            tile = Image.open(io.BytesIO(svg_to_png(design.svg, TILE))).convert("RGB")
            sheet.paste(tile, (gx + i * (TILE + GAP), gy))
        title = brief.business_name or brief.business_type.title()
        line1 = f"{title} — {brief.business_type}"
        prefs = " · ".join(str(v) for v in (brief.style, brief.theme, brief.color) if v)
        line2 = f"{brief.slogan or ''}{'  |  ' if brief.slogan and prefs else ''}{prefs}"
        draw.text((gx, gy + TILE + 8), _fit(draw, line1, bold, group_w), fill=(30, 30, 34), font=bold)
        draw.text((gx, gy + TILE + 29), _fit(draw, line2, regular, group_w), fill=(90, 90, 96), font=regular)
    out = pathlib.Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(out, optimize=True)
