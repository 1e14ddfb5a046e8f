"""The six layouts: each turns a :class:`Plan` into a :class:`Scene` whose sizes follow the text.

A layout returns None when the text cannot be set at a legible size in it; the engine then
redesigns the variant with other choices instead of shipping something cramped.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from logostudio.design.checks import MIN_SYMBOL_CONTRAST
from logostudio.design.icons import IconShape
from logostudio.design.parts import bar_item, place_icon, place_letters, ring_item, shape_item, text_item
from logostudio.design.scene import CANVAS, Item, Region, Scene, TextBlock, fit_text

LAYOUTS: tuple[str, ...] = ("emblem", "horizontal", "stacked", "monogram", "wordmark", "badge")
SYMBOL_LAYOUTS: frozenset[str] = frozenset({"emblem", "horizontal", "stacked", "badge"})
SHAPES: tuple[str, ...] = ("circle", "rounded", "hexagon", "squircle")

MARGIN = 40.0
ROOMY_LINES = 5  # a 60-character word breaks into five pieces of at most 12 (see scene.fit_text)
CONTENT = CANVAS - 2 * MARGIN
MID = CANVAS / 2


@dataclass(frozen=True)
class Plan:
    """Every design choice of one variant, decided before any geometry."""

    layout: str
    icon: IconShape | None
    name: str
    name_face: str
    name_tracking: float
    slogan: str | None
    slogan_face: str
    slogan_tracking: float
    initials: str
    initials_face: str
    shape: str
    name_role: str  # "ink" | "brand_text"
    accent: str  # wordmark accent: "bar" | "overline"
    framed: bool  # horizontal: symbol in a filled shape (True) or bare
    scale: float = 1.0  # < 1 when a redesign needs more room for text
    mark_role: str = "mark"  # colour of a bare symbol and its rules: "mark" | "accent_mark"
    descriptor: bool = False  # the slogan line is the business type (a seal's descriptor)
    symbol_scale: float = 1.0  # a person's resize of the symbol (the editor)
    ring: bool = True  # badge: the inner ring
    # A last attempt: a name that fits no layout in its usual lines may take up to ROOMY_LINES (at
    # the same legible sizes) rather than leave the variant undrawn.
    roomy: bool = False


# ---------------------------------------------------------------- the plan's symbol and words


def symbol_item(plan: Plan, cx: float, cy: float, size: float, role: str, backdrop: int | None = None) -> Item:
    """The business symbol: the icon, or the initials when no icon fits the business."""
    size *= plan.symbol_scale
    if plan.icon is not None:
        tpl, box = place_icon(plan.icon, cx, cy, size)
    else:
        tpl, box = place_letters(plan.initials, plan.initials_face, 0.0, cx, cy, size * 0.92)
    return Item("symbol", "symbol", tpl, role, box, backdrop=backdrop, min_contrast=MIN_SYMBOL_CONTRAST)


def fit_name_and_slogan(
    plan: Plan,
    width: float,
    size: float,
    min_size: float,
    max_lines: int,
    max_h: float,
    slogan_width: float,
    slogan_size: tuple[float, float, float],
    line_penalty: float = 0.22,
    slogan_min: float = 14.0,
) -> tuple[TextBlock, TextBlock | None] | None:
    """The name set as large as ``width`` × ``max_h`` allows, and the slogan under it at
    ``slogan_size`` = (smallest, largest, fraction of the name's size); None when either cannot be
    set legibly (the engine then redesigns the variant). A ``roomy`` plan's name takes more lines
    only when its usual ones cannot hold it, so a name that fits is set as it always was."""
    name = None
    tries = (max_lines, ROOMY_LINES) if plan.roomy and max_lines < ROOMY_LINES else (max_lines,)
    for lines in tries:
        name = fit_text(
            plan.name,
            plan.name_face,
            plan.name_tracking,
            width,
            size,
            min_size,
            max_lines=lines,
            max_h=max_h,
            line_penalty=line_penalty,
        )
        if name is not None:
            break
    if name is None:
        return None
    if not plan.slogan:
        return name, None
    lo, hi, ratio = slogan_size
    slogan_max = max(lo, min(hi, name.size * ratio))
    slogan = fit_text(
        plan.slogan,
        plan.slogan_face,
        plan.slogan_tracking,
        slogan_width,
        slogan_max,
        slogan_min,
        max_lines=3,
        max_h=slogan_max * 3.8,
        line_penalty=0.5,
    )
    return None if slogan is None else (name, slogan)


# ---------------------------------------------------------------- layouts


def emblem(plan: Plan) -> Scene | None:
    """Symbol in a filled shape, the name below, the slogan under it."""
    texts = fit_name_and_slogan(plan, CONTENT, 60 * plan.scale, 22, 3, 140, CONTENT - 20, (15.0, 24.0, 0.5))
    if texts is None:
        return None
    name, slogan = texts
    g1, g2 = 30.0, max(14.0, name.size * 0.36)
    text_h = name.height + (g2 + slogan.height if slogan else 0)
    size = min(180.0 * plan.scale, CONTENT - g1 - text_h)
    if size < 110:
        return None
    total = size + g1 + text_h
    y = (CANVAS - total) / 2
    scene = Scene("emblem")
    c = scene.add(shape_item(plan.shape, MID, y + size / 2, size))
    scene.add(
        symbol_item(
            plan, MID, y + size / 2, size * (0.5 if plan.shape != "hexagon" else 0.46), "on_brand_mark", backdrop=c
        )
    )
    y += size + g1
    scene.add(text_item(name, MID, y, plan.name_role))
    if slogan:
        scene.add(text_item(slogan, MID, y + name.height + g2, "muted", kind_role="slogan"))
    return scene


def horizontal(plan: Plan) -> Scene | None:
    """Symbol left, name (and slogan) right, the pair centred as one group; mirrored for a name
    that reads right to left."""
    s = 132.0 * plan.scale
    gap = 26.0
    col = CONTENT - s - gap
    # Two lines are welcome here: they make the lockup squarer and the name bigger.
    texts = fit_name_and_slogan(plan, col, 62, 20, 3, 220, col, (14.0, 22.0, 0.5), line_penalty=0.1)
    if texts is None:
        return None
    name, slogan = texts
    g2 = max(10.0, name.size * 0.3)
    th = name.height + (g2 + slogan.height if slogan else 0)
    tw = max(name.width, slogan.width if slogan else 0)
    s = max(s, min(th + 10, s * 1.25))  # a tall text column gets a slightly taller symbol
    if s + gap + tw > CONTENT:
        s = CONTENT - gap - tw
    if s < 70:
        return None
    x0 = (CANVAS - (s + gap + tw)) / 2
    rtl = name.rtl
    sx = x0 + tw + gap + s / 2 if rtl else x0 + s / 2  # the symbol's centre
    tx, align = (x0 + tw, "right") if rtl else (x0 + s + gap, "left")  # where the text starts
    scene = Scene("horizontal")
    if plan.framed:
        c = scene.add(shape_item(plan.shape, sx, MID, s))
        scene.add(symbol_item(plan, sx, MID, s * 0.5, "on_brand_mark", backdrop=c))
    else:
        scene.add(symbol_item(plan, sx, MID, s * 0.9, plan.mark_role))
    ty = MID - th / 2
    scene.add(text_item(name, tx, ty, plan.name_role, align=align))
    if slogan:
        scene.add(text_item(slogan, tx, ty + name.height + g2, "muted", align=align, kind_role="slogan"))
    return scene


def stacked(plan: Plan) -> Scene | None:
    """A bare symbol over a large name, a short rule, then the slogan."""
    texts = fit_name_and_slogan(plan, CONTENT, 68 * plan.scale, 22, 3, 160, CONTENT - 30, (15.0, 24.0, 0.45))
    if texts is None:
        return None
    name, slogan = texts
    g1 = 26.0
    rule_h, g_rule = 4.0, max(14.0, name.size * 0.3)
    text_h = name.height + (2 * g_rule + rule_h + slogan.height if slogan else 0)
    size = min(132.0 * plan.scale, CONTENT - g1 - text_h)
    if size < 72:
        return None
    total = size + g1 + text_h
    y = (CANVAS - total) / 2
    scene = Scene("stacked")
    scene.add(symbol_item(plan, MID, y + size / 2, size, plan.mark_role))
    y += size + g1
    scene.add(text_item(name, MID, y, plan.name_role))
    y += name.height
    if slogan:
        scene.add(bar_item(MID, y + g_rule, 44, rule_h, plan.mark_role))
        scene.add(text_item(slogan, MID, y + 2 * g_rule + rule_h, "muted", kind_role="slogan"))
    return scene


def monogram(plan: Plan) -> Scene | None:
    """The initials as the mark (ring or filled shape), the name and slogan below. A name in a
    script without initials (Chinese, Japanese, Korean) carries its symbol there when it has one."""
    texts = fit_name_and_slogan(plan, CONTENT, 52 * plan.scale, 20, 2, 120, CONTENT - 30, (14.0, 22.0, 0.5))
    if texts is None:
        return None
    name, slogan = texts
    g1, g2 = 30.0, max(12.0, name.size * 0.36)
    text_h = name.height + (g2 + slogan.height if slogan else 0)
    size = min(196.0 * plan.scale, CONTENT - g1 - text_h)
    if size < 120:
        return None
    total = size + g1 + text_h
    y = (CANVAS - total) / 2
    cy = y + size / 2
    scene = Scene("monogram")
    letters_size = size * (0.42 if len(plan.initials) > 1 else 0.46)
    if plan.icon is not None:
        tpl, box = place_icon(plan.icon, MID, cy, size * 0.46 * plan.symbol_scale)
    else:
        tpl, box = place_letters(plan.initials, plan.initials_face, 0.02, MID, cy, letters_size * plan.symbol_scale)
    if plan.shape in ("circle", "hexagon"):
        ring = scene.add(ring_item(MID, cy, size / 2 - 3, 6, plan.mark_role))
        scene.add(Item("symbol", "symbol", tpl, plan.mark_role, box, inside=(ring,), min_contrast=MIN_SYMBOL_CONTRAST))
    else:
        c = scene.add(shape_item(plan.shape, MID, cy, size))
        scene.add(Item("symbol", "symbol", tpl, "on_brand_mark", box, backdrop=c, min_contrast=MIN_SYMBOL_CONTRAST))
    y += size + g1
    scene.add(text_item(name, MID, y, plan.name_role))
    if slogan:
        scene.add(text_item(slogan, MID, y + name.height + g2, "muted", kind_role="slogan"))
    return scene


def wordmark(plan: Plan) -> Scene | None:
    """The name alone, large, with a brand-coloured accent bar and the slogan."""
    texts = fit_name_and_slogan(
        plan, CONTENT, 100 * plan.scale, 24, 3, 230, CONTENT - 20, (15.0, 26.0, 0.42), line_penalty=0.3
    )
    if texts is None:
        return None
    name, slogan = texts
    bar_h = max(6.0, min(10.0, name.size * 0.1))
    bar_w = max(48.0, min(name.width * 0.28, 110.0))
    g = max(16.0, name.size * 0.26)
    total = name.height + g + bar_h + (g + slogan.height if slogan else 0)
    if total > CONTENT:
        return None
    y = (CANVAS - total) / 2
    scene = Scene("wordmark")
    if plan.accent == "overline":
        scene.add(bar_item(MID, y, bar_w, bar_h, plan.mark_role))
        y += bar_h + g
        scene.add(text_item(name, MID, y, plan.name_role))
        y += name.height + g
    else:
        scene.add(text_item(name, MID, y, plan.name_role))
        y += name.height + g
        scene.add(bar_item(MID, y, bar_w, bar_h, plan.mark_role))
        y += bar_h + g
    if slogan:
        scene.add(text_item(slogan, MID, y, "muted", kind_role="slogan"))
    return scene


def badge(plan: Plan) -> Scene | None:
    """A round seal: filled disc, inner ring, symbol on top, name and slogan inside."""
    R = 204.0
    ring_r = R - 14
    usable = ring_r - 16  # content stays this far inside the ring
    icon_size = 96.0 * plan.scale
    g1, g2 = 18.0, 12.0

    def chord(y0: float, y1: float) -> float:
        dy = max(abs(y0 - MID), abs(y1 - MID))
        return 0.0 if dy >= usable else 2 * math.sqrt(usable * usable - dy * dy) - 6

    best: Scene | None = None
    max_w = usable * 1.6
    for _ in range(4):
        texts = fit_name_and_slogan(plan, max_w, 64, 18, 3, 150, max_w * 0.92, (13.0, 20.0, 0.46), slogan_min=13)
        if texts is None:
            return None
        name, slogan = texts
        total = icon_size + g1 + name.height + (g2 + slogan.height if slogan else 0)
        y = MID - total / 2 + 4
        name_top = y + icon_size + g1
        lim = chord(name_top, name_top + name.height)
        slogan_top = name_top + name.height + g2
        if slogan:
            lim = min(lim, chord(slogan_top, slogan_top + slogan.height) / 0.92)
        if name.width <= lim + 0.5 and (not slogan or slogan.width <= lim * 0.92 + 0.5):
            scene = Scene("badge")
            disc = scene.add(shape_item("circle", MID, MID, 2 * R))
            inside: tuple[int, ...] = ()
            if plan.ring:
                inside = (scene.add(ring_item(MID, MID, ring_r, 3, "on_brand", backdrop=disc)),)
            scene.items[disc].region = Region("circle", MID, MID, r=usable)
            scene.add(
                replace(
                    symbol_item(plan, MID, y + icon_size / 2, icon_size, "on_brand_mark", backdrop=disc), inside=inside
                )
            )
            scene.add(text_item(name, MID, name_top, "on_brand", backdrop=disc, inside=inside))
            if slogan:
                scene.add(
                    text_item(slogan, MID, slogan_top, "on_brand", backdrop=disc, kind_role="slogan", inside=inside)
                )
            best = scene
            break
        max_w = min(max_w, lim) - 2
        if max_w < 120:
            return None
    return best


BUILDERS: dict[str, Callable[[Plan], Scene | None]] = {
    "emblem": emblem,
    "horizontal": horizontal,
    "stacked": stacked,
    "monogram": monogram,
    "wordmark": wordmark,
    "badge": badge,
}
