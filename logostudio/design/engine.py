"""The logo design engine: brief in, checked SVG variants out.

Pure and deterministic: every choice comes from a ``random.Random`` seeded with the brief and
the seed, and the only I/O is reading package data (fonts, icons) once per process.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any
from xml.sax.saxutils import escape

from logostudio.design.brief import Brief, Design
from logostudio.design.checks import run_checks
from logostudio.design.fonts import drawable_text, get_face
from logostudio.design.icons import load_icon, symbol_candidates
from logostudio.design.layouts import BUILDERS, LAYOUTS, SHAPES, SYMBOL_LAYOUTS, Plan
from logostudio.design.palettes import DEFAULT_PALETTES, WHITE, derived_palettes, parse_color, scheme_for
from logostudio.design.scene import CANVAS, MARK, Scene, fmt
from logostudio.design.symbols import spread

PALETTES = list(DEFAULT_PALETTES)  # the seed's three, kept as the default set

# style → (name face, slogan face) pairs, best first; cases and letter-spacing (em) per case.
STYLES: dict[str, dict[str, Any]] = {
    "modern": {"pairs": [("manrope-xb", "manrope-m"), ("rhd-b", "rhd-m"), ("hanken-sb", "hanken-r"),
                         ("lato-blk", "lato-r")],
               "cases": ["asis", "asis", "upper"], "track": {"asis": [-0.01, 0.0], "upper": [0.06, 0.1]},
               "slogan": ("asis", 0.01)},
    "minimalist": {"pairs": [("manrope-l", "manrope-m"), ("lato-l", "lato-r"), ("hanken-l", "hanken-r"),
                             ("rhd-m", "rhd-m")],
                   "cases": ["lower", "upper", "asis"], "track": {"asis": [0.0, 0.02], "lower": [0.0, 0.03],
                                                                  "upper": [0.16, 0.22]},
                   "slogan": ("upper", 0.16)},
    "playful": {"pairs": [("fredoka", "rhd-m"), ("rhd-blk", "rhd-m"), ("amatic-b", "rhd-b"),
                          ("manrope-xb", "manrope-m")],
                "cases": ["asis", "asis", "lower"], "track": {"asis": [0.0, 0.02], "lower": [0.0, 0.02]},
                "slogan": ("asis", 0.01)},
    "elegant": {"pairs": [("serif-r", "lato-r"), ("caladea-r", "caladea-it"), ("serif-sb", "serif-it"),
                          ("caladea-b", "lato-r")],
                "cases": ["upper", "asis", "upper"], "track": {"asis": [0.0, 0.01], "upper": [0.12, 0.18]},
                "slogan": ("upper", 0.18)},
    "bold": {"pairs": [("fjalla", "roboto-m"), ("lato-blk", "lato-b"), ("rhd-blk", "rhd-b"),
                       ("roboto-blk", "roboto-m")],
             "cases": ["upper", "upper", "asis"], "track": {"asis": [-0.01, 0.0], "upper": [0.01, 0.04]},
             "slogan": ("upper", 0.1)},
    "vintage": {"pairs": [("serif-blk", "caladea-it"), ("caladea-b", "serif-it"), ("fjalla", "serif-it"),
                          ("amatic-b", "caladea-r")],
                "cases": ["upper", "asis", "upper"], "track": {"asis": [0.0, 0.01], "upper": [0.05, 0.1]},
                "slogan": ("asis", 0.02)},
    "tech": {"pairs": [("rhd-b", "roboto-r"), ("hanken-sb", "hanken-r"), ("roboto-m", "roboto-r"),
                       ("manrope-b", "manrope-m")],
             "cases": ["upper", "lower", "asis"], "track": {"asis": [0.0, 0.01], "lower": [0.02, 0.04],
                                                            "upper": [0.12, 0.18]},
             "slogan": ("upper", 0.14)},
}
DEFAULT_STYLE = "modern"
_STYLE_WORDS: dict[str, str] = {
    "retro": "vintage", "classic": "elegant", "luxury": "elegant", "luxurious": "elegant", "fun": "playful",
    "clean": "minimalist", "simple": "minimalist", "minimal": "minimalist", "futuristic": "tech",
    "techy": "tech", "technology": "tech", "digital": "tech", "strong": "bold", "corporate": "modern",
    "professional": "modern", "friendly": "playful", "cute": "playful", "rustic": "vintage",
    "handmade": "vintage", "sophisticated": "elegant", "loud": "bold", "sleek": "modern",
}
_DARK_WORDS = frozenset({"dark", "night", "black", "neon", "midnight", "noir"})
_TINT_WORDS = frozenset({"pastel", "soft", "warm", "cream", "tinted", "paper", "earthy", "natural"})
_MINOR_WORDS = frozenset({"&", "and", "the", "of", "a", "an", "et", "und", "+"})


def _style_of(word: str | None) -> str | None:
    w = (word or "").strip().lower()
    return w if w in STYLES else _STYLE_WORDS.get(w)


def _theme(theme: str | None) -> tuple[str, list[str], bool]:
    """(mode, style hints, tinted background) from free theme words."""
    words = (theme or "").lower().replace(",", " ").replace("-", " ").split()
    mode = "dark" if any(w in _DARK_WORDS for w in words) else "light"
    hints = [s for s in (_style_of(w) for w in words) if s]
    return mode, hints, any(w in _TINT_WORDS for w in words)


def _initials(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in _MINOR_WORDS and w[:1].isalnum()]
    if not words:
        words = [w for w in name.split() if any(c.isalnum() for c in w)]
    letters = "".join(next(c for c in w if c.isalnum()) for w in words[:2]) if words else "?"
    return letters.upper() if len(letters.upper()) == len(letters) else letters


def _apply_case(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    return text


def _palettes(brief: Brief) -> tuple[list[dict[str, Any]], bool]:
    """(palettes to cycle, is the default set)."""
    if brief.palette and isinstance(brief.palette.get("colors"), list) and len(brief.palette["colors"]) >= 4:
        return [brief.palette], False
    base = parse_color(brief.color)
    if base is None:
        return [dict(p, colors=list(p["colors"])) for p in PALETTES], True
    return [dict(p, colors=list(p["colors"])) for p in derived_palettes(base)], False


class _Job:
    """Choices shared by the variants of one job (computed once per design_variants call)."""

    def __init__(self, brief: Brief, seed: int) -> None:
        self.brief = brief
        key = "|".join(str(v) for v in (seed, brief.business_type, brief.business_name, brief.slogan,
                                         brief.style, brief.theme, brief.color, brief.icon, brief.layout,
                                         sorted((brief.palette or {}).items(), key=str)))
        self.key = key
        rng = random.Random(key)
        self.style = _style_of(brief.style) or DEFAULT_STYLE
        self.mode, hints, self.tint = _theme(brief.theme)
        if self.style == "vintage":
            self.tint = True
        self.styles = [self.style] + [h for h in hints if h != self.style]
        raw_name = (brief.business_name or "").strip() or brief.business_type.strip().title()
        self.raw_name = raw_name
        self.palettes, self.default_palettes = _palettes(brief)
        self.layout_lock = brief.layout if brief.layout in LAYOUTS else None
        # Icons: an exact slug in brief.icon locks it; a word overrides the industry match.
        locked = None
        if brief.icon:
            slug = brief.icon.strip().lower()
            if load_icon(slug) is not None:
                locked = slug
        self.icon_lock = locked
        if locked:
            self.icons: tuple[str, ...] = (locked,)
            self.icon_sure: tuple[bool, ...] = (True,)
        else:
            found = symbol_candidates(brief.business_type, brief.business_name or "", brief.icon)
            self.icons = tuple(s.slug for s in found)
            self.icon_sure = tuple(s.sure for s in found)
        if self.layout_lock:
            self.layouts = [self.layout_lock]
        else:
            pool = [x for x in LAYOUTS if x in SYMBOL_LAYOUTS] if self.icon_lock else list(LAYOUTS)
            rng.shuffle(pool)
            if self.icons and pool[0] not in SYMBOL_LAYOUTS:  # the first variant shows the best symbol
                first = next(i for i, x in enumerate(pool) if x in SYMBOL_LAYOUTS)
                pool[0], pool[first] = pool[first], pool[0]
            self.layouts = pool
        self.font_rot = rng.randrange(4)
        self.pal_rot = 0 if self.default_palettes else 0

    def plan(self, index: int, attempt: int) -> tuple[Plan, dict[str, Any], dict[str, Any]]:
        """The plan of variant ``index``; later attempts change layout, face and size."""
        rng = random.Random(f"{self.key}|{index}|{attempt}")
        base = random.Random(f"{self.key}|{index}")
        style = self.styles[index % len(self.styles)] if len(self.styles) > 1 and index % 3 == 2 else self.style
        table = STYLES[style]
        layout = self.layouts[(index + (attempt + 1) // 2) % len(self.layouts)]
        if attempt >= 6 and not self.layout_lock:
            layout = "wordmark" if not self.icon_lock else "horizontal"  # the roomiest for text
        cycle = index // len(LAYOUTS)  # later cycles of a long run shift the typeface and symbol
        pair = table["pairs"][(self.font_rot + index + cycle + attempt // 2) % len(table["pairs"])]
        case = table["cases"][(index + base.randrange(3)) % len(table["cases"])]
        if attempt >= 4:
            pair, case = ("roboto-b", "roboto-r"), "asis"
        tracking = base.choice(table["track"].get(case, [0.0]))
        s_case, s_track = table["slogan"]
        name, name_face = drawable_text(_apply_case(self.raw_name, case), [pair[0]])
        if not any(c.isalnum() for c in name):
            name, name_face = drawable_text(_apply_case(self.brief.business_type.title(), case), [pair[0]])
        if not any(c.isalnum() for c in name):
            name, name_face = "Logo", pair[0]
        slogan = None
        slogan_face = pair[1]
        if self.brief.slogan and self.brief.slogan.strip() and attempt < 6:  # last resorts drop it
            slogan, slogan_face = drawable_text(_apply_case(self.brief.slogan, s_case), [pair[1]])
            if not any(c.isalnum() for c in slogan):
                slogan = None
        if (slogan is None and layout == "badge" and attempt < 6 and self.brief.business_name
                and len(self.brief.business_type) <= 24):
            # A seal reads better with a descriptor line: the business type in spaced capitals.
            slogan, slogan_face = drawable_text(self.brief.business_type.upper(), [pair[1]])
            s_track = 0.16
            if not any(c.isalnum() for c in slogan):
                slogan = None
        icon = None
        symbol_match = None
        if self.icons and layout in SYMBOL_LAYOUTS:
            # The best symbol on the first symbol-carrying variant, the next best spread over the rest.
            slot = sum(self.layouts[j % len(self.layouts)] in SYMBOL_LAYOUTS for j in range(index))
            pick = spread(slot, len(self.icons))
            icon = load_icon(self.icons[pick])
            symbol_match = "sure" if self.icon_sure[pick] else "guess"
        initials = _initials(name)
        initials, initials_face = drawable_text(initials, [name_face])
        if self.palettes and self.default_palettes:
            palette = self.palettes[(index // 2) % len(self.palettes)]
        else:
            palette = self.palettes[index % len(self.palettes)]
        # Half the variants draw the symbol in the palette's second colour, so palettes show.
        if self.default_palettes or len(self.palettes) == 1:
            mark_role = "accent_mark" if index % 2 == 1 else "mark"
        else:
            mark_role = "accent_mark" if palette["name"] == "analogous" else "mark"
        plan = Plan(
            layout=layout, icon=icon, name=name, name_face=name_face, name_tracking=tracking,
            slogan=slogan, slogan_face=slogan_face, slogan_tracking=s_track,
            initials=initials or "?", initials_face=initials_face,
            shape=base.choice(SHAPES), name_role="brand_text" if base.random() < 0.4 else "ink",
            accent=base.choice(["bar", "overline"]), framed=base.random() < 0.6,
            scale=0.85 ** (attempt % 2 + (attempt >= 4)), mark_role=mark_role,
        )
        meta = {"case": case, "letter_spacing": tracking, "style": style, "shape": plan.shape,
                "mark_color": mark_role, "symbol_match": symbol_match if icon is not None else None}
        return plan, palette, meta


def _render(scene: Scene, colors: dict[str, str], bg: str | None, title: str) -> str:
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">']
    if bg is not None:
        parts.append(f'<rect id="bg" width="512" height="512" fill="{bg}"/>')
    parts.append(f"<title>{title}</title>")
    for item in scene.items:
        parts.append(item.tpl.replace(MARK, colors[item.color_role]))
    parts.append("</svg>")
    return "".join(parts)


def _symbol_svg(scene: Scene, colors: dict[str, str], title: str) -> str | None:
    """The symbol alone (its shape and mark; just the mark when the shape also holds the name),
    scaled to fill a square canvas; no background."""
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
    side = max(box.w, box.h)
    s = (CANVAS - 2 * 48) / side
    tx, ty = CANVAS / 2 - s * box.cx, CANVAS / 2 - s * box.cy
    inner = "".join(i.tpl.replace(MARK, colors[i.color_role]) for i in keep)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">'
            f'<title>{title}</title><g transform="matrix({fmt(s)} 0 0 {fmt(s)} {fmt(tx)} {fmt(ty)})">'
            f"{inner}</g></svg>")


_ROLES = ("bg", "ink", "muted", "mark", "brand", "on_brand", "on_brand_mark", "accent", "brand_text",
          "accent_mark")


def _colors(scheme: Any) -> dict[str, str]:
    return {r: scheme.role(r) for r in _ROLES}


def _safe_title(text: str) -> str:
    """User text for <title>: XML-escaped and stripped of characters XML cannot carry."""
    clean = "".join(c for c in text if c in "\t\n" or (ord(c) >= 0x20 and not 0xD800 <= ord(c) <= 0xDFFF
                                                       and c not in "\ufffe\uffff"))
    return escape(clean[:120], {'"': "&quot;", "'": "&apos;"})


def _design_one(job: _Job, index: int) -> Design:
    title = _safe_title(job.raw_name)
    last: tuple[Scene, Plan, dict[str, Any], dict[str, Any]] | None = None
    for attempt in range(8):
        plan, palette, meta = job.plan(index, attempt)
        scene = BUILDERS[plan.layout](plan)
        if scene is None:
            continue
        colors_t = tuple(palette["colors"][:4])
        main = scheme_for(colors_t, job.mode, job.tint)
        light = scheme_for(colors_t, "light", job.tint)
        dark = scheme_for(colors_t, "dark", False)
        main_c, light_c, dark_c = _colors(main), _colors(light), _colors(dark)
        svg = _render(scene, main_c, main.bg, title)
        transparent = _render(scene, light_c, None, title)
        dark_svg = _render(scene, dark_c, dark.bg, title)
        symbol = _symbol_svg(scene, light_c, title)
        checks = run_checks(scene, {"main": (svg, main, main.bg), "transparent": (transparent, light, WHITE),
                                    "dark": (dark_svg, dark, dark.bg)}, symbol)
        last = (scene, plan, palette, checks)
        if checks["passed"]:
            checks.pop("problems")
            checks["attempts"] = attempt + 1
            icon = plan.icon.slug if plan.icon is not None else None
            return Design(svg=svg, palette={"name": palette["name"], "colors": list(palette["colors"])},
                          layout=plan.layout, icon=icon, font=get_face(plan.name_face).family, checks=checks,
                          transparent_svg=transparent, dark_svg=dark_svg, symbol_svg=symbol,
                          extra={**meta, "palette_role": main.mode, "name_text": plan.name,
                                 "slogan_font": get_face(plan.slogan_face).family})
    raise RuntimeError(f"no variant passed the checks for {job.raw_name!r}: "
                       f"{last[3]['problems'] if last else 'no layout fitted'}")


def design_variants(brief: Brief, count: int = 6, seed: int = 0) -> list[Design]:
    """``count`` checked, visibly different logo variants for ``brief`` (same seed → same SVGs)."""
    job = _Job(brief, seed)
    return [_design_one(job, i) for i in range(max(0, count))]
