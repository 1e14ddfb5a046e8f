"""SVG writing: a :class:`Scene` and a colour scheme in, the finished markup out.

User text reaches the markup only inside ``<title>``, escaped; every letter is an outline path.
"""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from logostudio.design.palettes import Scheme
from logostudio.design.scene import CANVAS, MARK, Scene, fmt

ROLES = ("bg", "ink", "muted", "mark", "brand", "on_brand", "on_brand_mark", "accent", "brand_text", "accent_mark")
_SIDE = fmt(CANVAS)
_OPEN = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_SIDE} {_SIDE}" width="{_SIDE}" height="{_SIDE}">'
SYMBOL_PADDING = 48.0  # the symbol-alone file keeps this much room around the mark


def role_colors(scheme: Scheme) -> dict[str, str]:
    return {r: scheme.role(r) for r in ROLES}


def safe_title(text: str) -> str:
    """User text for <title>: XML-escaped and stripped of characters XML cannot carry."""
    clean = "".join(
        c
        for c in text
        if c in "\t\n" or (ord(c) >= 0x20 and not 0xD800 <= ord(c) <= 0xDFFF and c not in "\ufffe\uffff")
    )
    return escape(clean[:120], {'"': "&quot;", "'": "&apos;"})


def render_svg(
    scene: Scene, colors: dict[str, str], bg: str | None, title: str, item_colors: dict[int, str] | None = None
) -> str:
    """The logo on a ``bg`` background (None: transparent); ``title`` is already escaped.
    ``item_colors`` paints single items (by index) in a colour of a person's choosing."""
    parts = [_OPEN]
    if bg is not None:
        parts.append(f'<rect id="bg" width="{_SIDE}" height="{_SIDE}" fill="{bg}"/>')
    parts.append(f"<title>{title}</title>")
    chosen = item_colors or {}
    for i, item in enumerate(scene.items):
        parts.append(item.tpl.replace(MARK, chosen.get(i) or colors[item.color_role]))
    parts.append("</svg>")
    return "".join(parts)


def render_symbol(scene: Scene, colors: dict[str, str], title: str) -> str | None:
    """The symbol alone (its shape and mark; just the mark when the shape also holds the name),
    scaled to fill a square canvas; no background. None when the scene has no symbol."""
    items = scene.items
    if any(i.kind == "text" and i.backdrop is not None for i in items):
        # The shape also carries the name (a seal): the symbol alone is the mark, in the colour
        # it has on the canvas background rather than on the shape.
        keep = [replace(i, color_role="mark", backdrop=None) for i in items if i.kind == "symbol"]
    else:
        keep = [i for i in items if i.kind in ("shape", "symbol") or i.role == "ring"]
    if not any(i.kind == "symbol" for i in keep):
        return None
    box = keep[0].box
    for item in keep[1:]:
        box = box.union(item.box)
    s = (CANVAS - 2 * SYMBOL_PADDING) / max(box.w, box.h)
    tx, ty = CANVAS / 2 - s * box.cx, CANVAS / 2 - s * box.cy
    inner = "".join(i.tpl.replace(MARK, colors[i.color_role]) for i in keep)
    return (
        f'{_OPEN}<title>{title}</title><g transform="matrix({fmt(s)} 0 0 {fmt(s)} {fmt(tx)} {fmt(ty)})">'
        f"{inner}</g></svg>"
    )
