"""Quality and safety checks run on every variant before it is shipped.

Geometry and contrast use the engine's own scene (exact glyph and path boxes, colour roles);
safety parses the finished SVG, because that is what reaches browsers and rasterisers.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from logostudio.design.palettes import Scheme, contrast
from logostudio.design.scene import CANVAS, Scene, fmt

SAFE_MARGIN = 12.0  # nothing drawn closer than this to the canvas edge
MAX_BYTES = 20_000
VIEWBOX = f"0 0 {fmt(CANVAS)} {fmt(CANVAS)}"
MIN_TEXT_CONTRAST = 4.5
MIN_SYMBOL_CONTRAST = 3.0

_ALLOWED_TAGS = frozenset({"svg", "rect", "circle", "ellipse", "path", "g", "title", "desc", "line", "polygon"})
_ALLOWED_ATTRS = frozenset(
    {
        "xmlns",
        "viewBox",
        "width",
        "height",
        "id",
        "x",
        "y",
        "rx",
        "ry",
        "cx",
        "cy",
        "r",
        "d",
        "fill",
        "stroke",
        "stroke-width",
        "transform",
        "points",
        "x1",
        "x2",
        "y1",
        "y2",
        "fill-rule",
        "opacity",
    }
)
_SVG_NS = "{http://www.w3.org/2000/svg}"
_EXTERNAL = re.compile(r"(?i)(https?:|javascript:|data:|file:|url\s*\()")


def check_markup(svg: str, need_bg: bool = True) -> list[str]:
    """Problems that would make an SVG unsafe or invalid (empty list when fine)."""
    problems: list[str] = []
    size = len(svg.encode("utf-8"))
    if size > MAX_BYTES:
        problems.append(f"svg is {size} bytes (limit {MAX_BYTES})")
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as exc:
        return [*problems, f"invalid XML: {exc}"]
    if root.tag != _SVG_NS + "svg":
        problems.append("root is not <svg>")
    if root.get("viewBox") != VIEWBOX:
        problems.append(f"viewBox is not {VIEWBOX}")
    children = list(root)
    if need_bg and (not children or children[0].tag != _SVG_NS + "rect" or children[0].get("id") != "bg"):
        problems.append('first child is not <rect id="bg">')
    for el in root.iter():
        tag = el.tag.removeprefix(_SVG_NS)
        if tag not in _ALLOWED_TAGS:
            problems.append(f"element <{tag}> not allowed")
        for attr, value in el.attrib.items():
            name = attr.split("}")[-1]
            if name.lower().startswith("on"):
                problems.append(f"event attribute {name}")
            elif name not in _ALLOWED_ATTRS and attr != "xmlns":
                problems.append(f"attribute {name} not allowed")
            if _EXTERNAL.search(value):
                problems.append(f"external reference in {name}")
    return problems


def check_geometry(scene: Scene) -> tuple[list[str], float]:
    """Inside the canvas with a margin, no overlaps, content inside its shapes. Returns (problems, margin)."""
    problems: list[str] = []
    items = scene.items
    margin = CANVAS
    for item in items:
        b = item.box
        margin = min(margin, b.x0, b.y0, CANVAS - b.x1, CANVAS - b.y1)
        if b.w <= 0 or b.h <= 0:
            problems.append(f"{item.role} has an empty box")
    if margin < SAFE_MARGIN:
        problems.append(f"element {margin:.1f}px from the edge (min {SAFE_MARGIN})")
    for i, item in enumerate(items):
        if item.backdrop is not None and item.kind in ("text", "symbol"):
            region = items[item.backdrop].region
            if region is not None and not region.contains(item.box):
                problems.append(f"{item.role} spills out of its {items[item.backdrop].role}")
        for j in item.inside:
            region = items[j].region
            if region is not None and not region.contains(item.box):
                problems.append(f"{item.role} crosses the {items[j].role}")
        for j in range(i + 1, len(items)):
            other = items[j]
            if item.backdrop == j or other.backdrop == i or j in item.inside or i in other.inside:
                continue
            if item.kind == "shape" and other.kind == "shape":
                continue
            if item.box.intersects(other.box, gap=2.0):
                problems.append(f"{item.role} overlaps {other.role}")
    return problems, margin


def check_contrast(
    scene: Scene,
    scheme: Scheme,
    bg: str,
    item_colors: dict[int, str] | None = None,
    behind: dict[str, str] | None = None,
) -> tuple[list[str], float | None, float | None]:
    """WCAG contrast of every text (≥4.5) and symbol (≥3) against what is directly behind it;
    ``behind`` gets, for "text" and "symbol", what the least readable one sits on ("background" or
    "shape")."""
    problems: list[str] = []
    text_min: float | None = None
    symbol_min: float | None = None
    chosen = item_colors or {}

    def color(i: int) -> str:
        return chosen.get(i) or scheme.role(scene.items[i].color_role)

    for i, item in enumerate(scene.items):
        if item.min_contrast <= 0:
            continue
        fg = color(i)
        back = bg if item.backdrop is None else color(item.backdrop)
        ratio = round(contrast(fg, back), 2)
        on = "background" if item.backdrop is None else "shape"
        if item.kind == "text" and (text_min is None or ratio < text_min):
            text_min = ratio
            if behind is not None:
                behind["text"] = on
        elif item.kind == "symbol" and (symbol_min is None or ratio < symbol_min):
            symbol_min = ratio
            if behind is not None:
                behind["symbol"] = on
        if ratio < item.min_contrast:
            problems.append(f"{item.role} contrast {ratio} < {item.min_contrast} on {scheme.mode}")
    return problems, text_min, symbol_min


def run_checks(
    scene: Scene,
    renders: dict[str, tuple[str, Scheme, str]],
    symbol_svg: str | None,
    item_colors: dict[int, str] | None = None,
) -> dict[str, Any]:
    """All checks for one variant. ``renders`` maps "main"/"transparent"/"dark" to (svg, scheme,
    backdrop); ``item_colors`` are a person's colours of single items (in main and transparent)."""
    problems, margin = check_geometry(scene)
    result: dict[str, Any] = {"margin": round(margin, 1)}
    for key, (svg, scheme, bg) in renders.items():
        behind: dict[str, str] = {}
        cp, text_min, symbol_min = check_contrast(scene, scheme, bg, item_colors if key != "dark" else None, behind)
        suffix = "" if key == "main" else f"_{key}"
        if key == "main":  # what the least readable name or slogan, and the symbol, sit on
            result.update({f"{part}_on": on for part, on in behind.items()})
        result[f"contrast_text{suffix}"] = text_min
        result[f"contrast_symbol{suffix}"] = symbol_min
        result[f"bytes{suffix}"] = len(svg.encode("utf-8"))
        problems += cp
        problems += [f"{key}: {p}" for p in check_markup(svg, need_bg=key != "transparent")]
    if symbol_svg is not None:
        problems += [f"symbol: {p}" for p in check_markup(symbol_svg, need_bg=False)]
    texts = [i for i in scene.items if i.kind == "text" and i.role == "name"]
    if not texts:
        problems.append("no name drawn")
    result["passed"] = not problems
    result["problems"] = problems
    return result
