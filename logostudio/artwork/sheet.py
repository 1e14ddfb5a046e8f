"""Contact sheet: many briefs' logos on one PNG, each group captioned with its brief.

Made for looking at the engine's output as a designer would (and for the README), so it
favours readable captions and a neutral grey gutter over compactness.
"""

from __future__ import annotations

import io
import pathlib
from collections.abc import Sequence

from PIL import Image

from logostudio.artwork.raster import svg_to_png
from logostudio.artwork.typeset import one_line, text
from logostudio.design import Brief, design_variants

TILE = 200
GAP = 8
CAPTION = 54
GROUP_GAP = 28
GROUPS_PER_ROW = 3
PAGE = (238, 238, 240)


def _caption(words: str, face: str, size: float, width: int, color: str, y: float) -> str:
    """One caption line as outlines (any script, shaped like the logos); cut with … when too long."""
    line = one_line(words)
    while line:
        typeset = text(line, [face], 0, y, size, color, max_w=width, min_size=size * 0.85)
        if typeset.markup:
            return typeset.markup
        line = line[:-2].rstrip() + "…"
    return ""


def _caption_image(lines: list[str], width: int) -> Image.Image:
    body = _caption(lines[0], "roboto-b", 15, width, "#1E1E22", 8) + _caption(
        lines[1], "roboto-r", 13, width, "#5A5A60", 31
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {CAPTION}" width="{width}" '
        f'height="{CAPTION}">{body}</svg>'
    )
    return Image.open(io.BytesIO(svg_to_png(svg, width, CAPTION))).convert("RGBA")


def render_sheet(briefs: Sequence[Brief], out: pathlib.Path, per_brief: int = 3, seed: int = 1) -> None:
    """Render ``per_brief`` variants of every brief into a captioned grid PNG at ``out``."""
    per_brief = max(1, per_brief)
    group_w = per_brief * TILE + (per_brief - 1) * GAP
    cols = min(GROUPS_PER_ROW, max(1, len(briefs)))
    rows = (len(briefs) + cols - 1) // cols
    width = cols * group_w + (cols + 1) * GROUP_GAP
    height = rows * (TILE + CAPTION) + (rows + 1) * GROUP_GAP
    sheet = Image.new("RGB", (width, max(height, 1)), PAGE)
    for n, brief in enumerate(briefs):
        gx = GROUP_GAP + (n % cols) * (group_w + GROUP_GAP)
        gy = GROUP_GAP + (n // cols) * (TILE + CAPTION + GROUP_GAP)
        for i, design in enumerate(design_variants(brief, per_brief, seed)):
            tile = Image.open(io.BytesIO(svg_to_png(design.svg, TILE))).convert("RGB")
            sheet.paste(tile, (gx + i * (TILE + GAP), gy))
        line1 = f"{brief.display_name} — {brief.business_type}"
        prefs = " · ".join(str(v) for v in (brief.style, brief.theme, brief.color) if v)
        line2 = f"{brief.slogan or ''}{'  |  ' if brief.slogan and prefs else ''}{prefs}"
        caption = _caption_image([line1, line2], group_w)
        sheet.paste(caption, (gx, gy + TILE), caption)
    out = pathlib.Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(out, optimize=True)
