"""See it in use: one logo on business cards, a shop sign, T-shirts, a mug, a phone, social profiles...

Every mock-up is an SVG scene this module draws itself (no stock photos, no network), with the
logo's own SVG inlined as a transformed group, so the PNG is one cairosvg render at the
mock-up's native size. Pure functions: the same design and name always give the same bytes.

Text on a mock-up (the business name on the card back, placeholder contact lines such as
``hello@example.com``) is drawn as glyph outlines with the engine's font code, so no user string
ever becomes markup; the only text node, the SVG ``<title>``, is XML-escaped.

Social sizes follow what the networks ask for (2024): X/Twitter header 1500×500, LinkedIn page
banner 1584×396, Facebook cover 820×312 (its desktop display size), Open Graph link preview
1200×630, avatar 400×400 (X's recommended profile photo; every network crops it to a circle, so
the artwork stays inside the inscribed circle).

A stored variant's mock-ups are made the first time they are asked for and kept in storage with
its files (see service.variant_mockups); an unsaved design's (the editor) for a while in memory.

``python -m logostudio.mockups`` redraws ``docs/mockups.png``, every mock-up of three logos.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from PIL import Image

from logostudio.artwork.raster import svg_to_png
from logostudio.artwork.typeset import FILL_ATTR, one_line, text
from logostudio.design import Design
from logostudio.design.fonts import FACES, drawable_text
from logostudio.design.palettes import contrast, luminance, mix
from logostudio.design.scene import CANVAS, fit_text


@dataclass(frozen=True)
class Mockup:
    """One mock-up a UI can offer: ``id`` for :func:`render_mockup`, a title, its PNG size."""

    id: str
    title: str
    width: int
    height: int
    description: str


WHITE = "#FFFFFF"
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
_SVG_OPEN = re.compile(r"^\s*<svg\b[^>]*>")
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)
_BG_RECT = re.compile(r'<rect id="bg"[^>]*/>')
_BG_FILL = re.compile(r'<rect id="bg"[^>]*?\sfill="(#[0-9A-Fa-f]{6})"')
_PAINT = re.compile(r'((?:fill|stroke)=")(#[0-9A-Fa-f]{6})(")')
_BOLD = ("b", "sb", "xb", "blk", "m", "", "r", "l", "it")
_REGULAR = ("r", "m", "", "l", "sb", "b", "xb", "blk", "it")
_MINOR = frozenset({"&", "and", "the", "of", "a", "an", "+", "et", "de", "la", "le"})

# Placeholder details: obviously examples, the same for every business.
PERSON, ROLE = "Alex Morgan", "Founder"
CONTACT = ("+1 (555) 010-0199", "hello@example.com", "www.example.com")
ADDRESS = "12 Example Street, Springfield"
LOREM = (
    (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer posuere erat a ante venenatis "
        "dapibus posuere velit aliquet. Cras mattis consectetur purus sit amet fermentum, donec ullamcorper "
        "nulla non metus auctor fringilla."
    ),
    (
        "Maecenas faucibus mollis interdum. Nullam quis risus eget urna mollis ornare vel eu leo. Vestibulum "
        "id ligula porta felis euismod semper. Aenean lacinia bibendum nulla sed consectetur, sed posuere "
        "consectetur est at lobortis."
    ),
    (
        "Donec sed odio dui. Curabitur blandit tempus porttitor. Etiam porta sem malesuada magna mollis "
        "euismod, nullam id dolor id nibh ultricies vehicula ut id elit."
    ),
)


# ---------------------------------------------------------------- small helpers


def _n(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _hex(value: object, default: str) -> str:
    text = str(value or "")
    return text.upper() if _HEX.fullmatch(text) else default


def _chroma(color: str) -> float:
    channels = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return (max(channels) - min(channels)) / 255


def _svg(width: int, height: int, body: str, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}"><title>{escape(title)}</title>{body}</svg>'
    )


def _rrect(x: float, y: float, w: float, h: float, r: float, fill: str, extra: str = "") -> str:
    return f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" rx="{_n(r)}" fill="{fill}"{extra}/>'


def _shadow(
    x: float,
    y: float,
    w: float,
    h: float,
    r: float,
    blur: float,
    opacity: float,
    dy: float = 0.0,
    color: str = "#000000",
    layers: int | None = None,
) -> str:
    """A soft drop shadow for a rounded rectangle: stacked faint rectangles (cairosvg has no blur filter),
    about one per 1.5 px of blur so the steps do not show."""
    layers = layers or max(3, min(24, round(blur / 1.5)))
    a = opacity / layers
    out = []
    for i in range(layers, 0, -1):
        g = blur * i / layers
        out.append(_rrect(x - g, y - g + dy, w + 2 * g, h + 2 * g, r + g, color, f' fill-opacity="{a:.4f}"'))
    return "".join(out)


def _linear(
    gid: str, stops: list[tuple[float, str, float]], x1: float = 0, y1: float = 0, x2: float = 0, y2: float = 1
) -> str:
    s = "".join(f'<stop offset="{_n(o)}" stop-color="{c}" stop-opacity="{_n(a)}"/>' for o, c, a in stops)
    return f'<linearGradient id="{gid}" x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}">{s}</linearGradient>'


def _radial(gid: str, stops: list[tuple[float, str, float]]) -> str:
    s = "".join(f'<stop offset="{_n(o)}" stop-color="{c}" stop-opacity="{_n(a)}"/>' for o, c, a in stops)
    return f'<radialGradient id="{gid}">{s}</radialGradient>'


def _glow(cx: float, cy: float, rx: float, ry: float, gid: str) -> str:
    return f'<ellipse cx="{_n(cx)}" cy="{_n(cy)}" rx="{_n(rx)}" ry="{_n(ry)}" fill="url(#{gid})"/>'


# ---------------------------------------------------------------- the logo as artwork


@dataclass(frozen=True)
class Art:
    """Logo markup in the engine's 512 canvas and the box its ink occupies there."""

    body: str
    box: tuple[float, float, float, float]  # x, y, w, h


def _body(svg: str, keep_bg: bool = False) -> str:
    """The drawing inside ``svg``: no root element, no title, no (or an anonymous) background rect."""
    s = _SVG_OPEN.sub("", svg, count=1)
    end = s.rfind("</svg>")
    s = s[:end] if end >= 0 else s
    s = _TITLE.sub("", s)
    if keep_bg:
        return _BG_RECT.sub(lambda m: m.group(0).replace(' id="bg"', ""), s)
    return _BG_RECT.sub("", s)


@lru_cache(maxsize=512)
def _ink_box(body: str) -> tuple[float, float, float, float]:
    """Where ``body`` draws, from a 256 px probe render (the whole canvas when it draws nothing)."""
    probe = 256
    png = svg_to_png(_svg(int(CANVAS), int(CANVAS), body, ""), probe, probe)
    alpha = Image.open(io.BytesIO(png)).convert("RGBA").getchannel("A")
    bbox = alpha.point(lambda a: 255 if a > 8 else 0).getbbox()
    if bbox is None:
        return (0.0, 0.0, CANVAS, CANVAS)
    k = CANVAS / probe
    left, top, right, bottom = bbox
    return (left * k, top * k, (right - left) * k, (bottom - top) * k)


def _art(body: str) -> Art:
    return Art(body, _ink_box(body))


def place(art: Art, x: float, y: float, w: float, h: float, align: str = "center") -> tuple[str, tuple]:
    """``art`` scaled to fit the ``w``×``h`` box at (x, y); returns markup and the drawn (x, y, w, h)."""
    bx, by, bw, bh = art.box
    s = min(w / max(bw, 1e-6), h / max(bh, 1e-6))
    dw, dh = bw * s, bh * s
    ox = x + (w - dw) / 2 if align == "center" else (x if align == "left" else x + w - dw)
    oy = y + (h - dh) / 2
    tx, ty = ox - bx * s, oy - by * s
    return (f'<g transform="matrix({_n(s)} 0 0 {_n(s)} {_n(tx)} {_n(ty)})">{art.body}</g>', (ox, oy, dw, dh))


def _recolor(body: str, color: str) -> str:
    return _PAINT.sub(lambda m: m.group(1) + color + m.group(3), body)


def _paints(svg: str) -> list[str]:
    return list(dict.fromkeys(c.upper() for c in re.findall(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"', svg)))


# ---------------------------------------------------------------- text as outlines


def _face_keys(family: str, prefs: tuple[str, ...]) -> list[str]:
    keys = [k for k, spec in FACES.items() if spec.family == family]

    def rank(key: str) -> int:
        suffix = key.rsplit("-", 1)[1] if "-" in key else ""
        return prefs.index(suffix) if suffix in prefs else len(prefs)

    return sorted(keys, key=rank)


def _paragraph(
    words: str, keys: list[str], x: float, y_top: float, size: float, leading: float, width: float, color: str
) -> tuple[str, float]:
    """Left-aligned wrapped text (greedy, by real ink widths); returns markup and the next line's top."""
    _, key = drawable_text(words, keys)
    lines: list[str] = []
    current = ""
    for word in words.split():
        trial = f"{current} {word}".strip()
        block = fit_text(trial, key, 0.0, 1e5, size, 1.0, max_lines=1)
        if current and block is not None and block.width > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    parts = []
    for i, line in enumerate(lines):
        # Top of the line box: a fixed baseline grid, whatever letters the line has.
        block = fit_text(line, key, 0.0, 1e5, size, 1.0, max_lines=1)
        if block is None:
            continue
        base = y_top + i * leading + size * 0.75
        tpl, _ = block.place(x, base - block.top, "left")
        parts.append(FILL_ATTR.sub(f'fill="{color}"', tpl, count=1))
    return "".join(parts), y_top + len(lines) * leading


# ---------------------------------------------------------------- what a mock-up knows about the logo


@dataclass(frozen=True)
class Brand:
    """Colours, artwork and typefaces of one logo, prepared once for every mock-up."""

    name: str
    brand: str
    accent: str
    ink: str
    body: str  # running text: a near-neutral dark
    muted: str
    tint: str
    dark: str
    own_bg: str
    own: Art  # the logo as designed (its own colours, without its background)
    light: Art  # for light surfaces
    on_dark: Art  # for dark surfaces
    symbol: str | None  # symbol body (512 canvas), or None
    symbol_colors: tuple[str, ...]
    name_keys: list[str]
    body_keys: list[str]
    body_bold_keys: list[str]

    @property
    def own_is_dark(self) -> bool:
        return luminance(self.own_bg) < 0.2


def brand_of(design: Design, name: str) -> Brand:
    colors = [_hex(c, "") for c in (design.palette or {}).get("colors") or []]
    colors = [c for c in colors if c] or ["#3B5BDB", "#868E96", "#DEE2E6", "#212529"]
    brand = colors[0]
    others = [c for c in colors[1:] if c != brand]
    vivid = [c for c in others if _chroma(c) > 0.12]
    accent = max(vivid, key=_chroma) if vivid else brand
    darkest = min(colors, key=luminance)
    ink = darkest if contrast(darkest, WHITE) >= 7 else mix(brand, "#101114", 0.85)
    if contrast(ink, WHITE) < 7:
        ink = "#1B1C20"
    body = mix(ink, "#222222", 0.8)
    muted = mix(body, WHITE, 0.3)
    if contrast(muted, WHITE) < 4.5:
        muted = body
    own_bg = _hex((_BG_FILL.search(design.svg) or [None, None])[1], WHITE)
    dark_bg = _hex((_BG_FILL.search(design.dark_svg or "") or [None, None])[1], "")
    dark = (
        dark_bg
        if dark_bg and luminance(dark_bg) < 0.05
        else (own_bg if luminance(own_bg) < 0.05 else mix(brand, "#0C0D10", 0.86))
    )
    if luminance(dark) >= 0.05:
        dark = "#16171B"
    own_dark = luminance(own_bg) < 0.2
    own = _art(_body(design.svg))
    plate = _art(_body(design.svg, keep_bg=True))  # the logo with its square background, as a last resort
    light = _art(_body(design.transparent_svg)) if design.transparent_svg else plate if own_dark else own
    on_dark = _art(_body(design.dark_svg)) if design.dark_svg else own if own_dark else plate
    symbol = _body(design.symbol_svg) if design.symbol_svg and _paints(design.symbol_svg) else None
    name_text = one_line(name) or one_line(str(design.extra.get("name_text") or ""))
    body_family = str(design.extra.get("slogan_font") or design.font)
    return Brand(
        name=name_text,
        brand=brand,
        accent=accent,
        ink=ink,
        body=body,
        muted=muted,
        tint=mix(brand, WHITE, 0.9),
        dark=dark,
        own_bg=own_bg,
        own=own,
        light=light,
        on_dark=on_dark,
        symbol=symbol,
        symbol_colors=tuple(_paints(symbol or "")),
        name_keys=_face_keys(design.font, _BOLD),
        body_keys=[*_face_keys(body_family, _REGULAR), "roboto-r"],
        body_bold_keys=[*_face_keys(body_family, _BOLD), "roboto-b"],
    )


def logo_for(b: Brand, surface: str) -> Art:
    """The logo version that reads on ``surface``."""
    return b.light if luminance(surface) > 0.3 else b.on_dark


def _on(surface: str, ink: str) -> str:
    """Text colour on ``surface``: white or ``ink``, whichever contrasts more."""
    return WHITE if contrast(WHITE, surface) >= contrast(ink, surface) else ink


def mark_for(b: Brand, surface: str) -> Art | None:
    """The symbol alone, recoloured to read on ``surface`` when it is a one-colour symbol."""
    if b.symbol is None:
        return None
    if len(b.symbol_colors) == 1:
        color = b.symbol_colors[0]
        if contrast(color, surface) < 3:
            color = b.brand if contrast(b.brand, surface) >= 3 else _on(surface, b.ink)
        return _art(_recolor(b.symbol, color))
    # A glyph on a filled shape: a shape the surface would swallow turns a shade lighter (or darker),
    # so the symbol keeps its outline instead of leaving a small glyph floating in empty space.
    shade = mix(surface, WHITE, 0.16) if luminance(surface) < 0.3 else mix(surface, "#000000", 0.1)
    return _art(
        _PAINT.sub(
            lambda m: m.group(1) + (shade if contrast(m.group(2), surface) < 1.4 else m.group(2)) + m.group(3), b.symbol
        )
    )


def _initials(b: Brand) -> str:
    words = [w for w in b.name.split() if w.lower() not in _MINOR and any(ch.isalnum() for ch in w)]
    letters = "".join(next(ch for ch in w if ch.isalnum()) for w in words[:2])
    return letters.upper() or (b.name[:1].upper() if b.name else "")


@dataclass(frozen=True)
class Icon:
    """A square icon: background colour and artwork sized for a 512 tile (app icon, avatar)."""

    bg: str
    art: Art
    fraction: float  # of the tile's side the artwork may take


def icon_of(b: Brand) -> Icon:
    if b.symbol is not None and len(b.symbol_colors) == 1:
        color = WHITE if contrast(WHITE, b.brand) >= 3 else b.ink
        return Icon(b.brand, _art(_recolor(b.symbol, color)), 0.56)
    if b.symbol is not None:
        # A glyph on a filled shape: the shape's colour becomes the tile and the shape itself goes, so the
        # glyph sits on a plain tile at the same size as a one-colour symbol would.
        back = next((c for c in b.symbol_colors if luminance(c) < 0.85), b.symbol_colors[0])
        glyph = re.sub(
            rf'<(?:rect|circle|ellipse|path|polygon)\b[^>]*fill="{back}"[^>]*/>', "", b.symbol, flags=re.IGNORECASE
        )
        if _paints(glyph):
            return Icon(back, _art(glyph), 0.56)
        return Icon(back, _art(b.symbol), 0.8)
    color = WHITE if contrast(WHITE, b.brand) >= 3 else b.ink
    letters = text(_initials(b), b.name_keys, CANVAS / 2, 0, 300, color, "center", max_w=400)
    if letters.markup:
        return Icon(b.brand, Art(letters.markup, letters.box), 0.5)
    return Icon(b.brand, b.on_dark if color == WHITE else b.light, 0.7)


def draw_icon(b: Brand, x: float, y: float, side: float, radius: float | None = None) -> str:
    """The icon as a rounded square (``radius`` as a fraction of the side; 0.5 is a circle)."""
    icon = icon_of(b)
    r = side * (0.225 if radius is None else radius)
    inner = side * icon.fraction
    art, _ = place(icon.art, x + (side - inner) / 2, y + (side - inner) / 2, inner, inner)
    return _rrect(x, y, side, side, r, icon.bg) + art


# ---------------------------------------------------------------- business cards


CARD_W, CARD_H = 1050, 600  # 3.5 × 2 in at 300 dpi


def card_front(b: Brand) -> str:
    logo, _ = place(b.own, (CARD_W - 640) / 2, (CARD_H - 300) / 2, 640, 300)
    return _rrect(0, 0, CARD_W, CARD_H, 0, b.own_bg) + logo


def _card_back_colors(b: Brand) -> tuple[str, str, str, str]:
    """(background, main text, secondary text, rule) of the card back: the opposite of the front."""
    if b.own_is_dark:
        return WHITE, b.ink, b.muted, b.brand
    bg = b.brand if contrast(WHITE, b.brand) >= 4.5 else b.dark
    return bg, WHITE, mix(WHITE, bg, 0.22), mix(WHITE, bg, 0.55)


def card_back(b: Brand) -> str:
    bg, main, soft, rule = _card_back_colors(b)
    parts = [_rrect(0, 0, CARD_W, CARD_H, 0, bg)]
    x = 96
    name = text(b.name, b.name_keys, x, 96, 58, main, max_w=560, min_size=26, max_lines=2, max_h=150)
    parts.append(name.markup)
    y = max(name.bottom, 150) + 30
    person = text(PERSON, b.body_bold_keys, x, y, 30, main)
    parts.append(person.markup)
    parts.append(text(ROLE, b.body_keys, x, person.bottom + 14, 24, soft).markup)
    for i, line in enumerate(CONTACT):
        top = 398 + i * 46
        parts.append(f'<circle cx="{x + 7}" cy="{top + 10}" r="6" fill="{rule}"/>')
        parts.append(text(line, b.body_keys, x + 30, top, 24, main).markup)
    parts.append(f'<rect x="700" y="96" width="2" height="408" fill="{rule}" fill-opacity="0.6"/>')
    mark = mark_for(b, bg)
    if mark is not None:
        parts.append(place(mark, 760, 180, 220, 240)[0])
    else:
        letters = text(_initials(b), b.name_keys, 875, 220, 150, main, "center", max_w=230)
        parts.append(letters.markup)
    return "".join(parts)


def _card_in_scene(body: str, x: float, y: float, angle: float, scale: float, light_edge: bool, gid: str) -> str:
    w, h = CARD_W, CARD_H
    shadow = _shadow(0, 0, w, h, 6, 34, 0.34, dy=18) + _shadow(0, 0, w, h, 6, 5, 0.2, dy=3, layers=3)
    sheen = f'<rect width="{w}" height="{h}" fill="url(#{gid})"/>'
    edge = (
        f'<rect x="0.75" y="0.75" width="{w - 1.5}" height="{h - 1.5}" fill="none" stroke="#000000" '
        f'stroke-opacity="{0.10 if light_edge else 0.2}" stroke-width="1.5"/>'
    )
    return (
        f'<g transform="translate({_n(x)} {_n(y)}) rotate({_n(angle)}) scale({_n(scale)})">'
        f'{shadow}<g clip-path="url(#card-clip)">{body}{sheen}</g>{edge}</g>'
    )


def business_cards(b: Brand) -> str:
    back_bg = _card_back_colors(b)[0]
    defs = (
        "<defs>"
        + _linear("desk", [(0, "#EEEBE6", 1), (1, "#D8D3CC", 1)], 0, 0, 0.4, 1)
        + _radial("vignette", [(0.55, "#000000", 0), (1, "#000000", 0.16)])
        + _linear("sheen", [(0, WHITE, 0.16), (0.45, WHITE, 0), (1, "#000000", 0.05)], 0, 0, 1, 1)
        + f'<clipPath id="card-clip"><rect width="{CARD_W}" height="{CARD_H}"/></clipPath></defs>'
    )
    return (
        defs
        + '<rect width="1600" height="1000" fill="url(#desk)"/>'
        + '<rect x="-400" y="-300" width="2400" height="1600" fill="url(#vignette)"/>'
        + _card_in_scene(card_back(b), 170, 170, -8, 0.68, luminance(back_bg) > 0.5, "sheen")
        + _card_in_scene(card_front(b), 700, 380, 4, 0.68, not b.own_is_dark, "sheen")
    )


# ---------------------------------------------------------------- shop sign


def storefront(b: Brand) -> str:
    frame = b.dark
    wall, wall2 = "#E9E3D8", "#DCD4C6"
    defs = (
        "<defs>"
        + _linear("wall", [(0, wall, 1), (1, wall2, 1)])
        + _linear("glass", [(0, "#3C4A55", 1), (0.55, "#26313A", 1), (1, "#1D252C", 1)])
        + _linear("reflect", [(0, WHITE, 0), (0.5, WHITE, 0.13), (1, WHITE, 0)], 0, 0, 1, 0)
        + _linear("pave", [(0, "#B9B4AC", 1), (1, "#9D978E", 1)])
        + _linear("fascia", [(0, WHITE, 0.10), (0.5, WHITE, 0), (1, "#000000", 0.18)])
        + _radial("lamp", [(0, "#FFF6DC", 0.3), (0.5, "#FFF6DC", 0.12), (1, "#FFF6DC", 0)])
        + _linear("awn-shade", [(0, "#000000", 0), (1, "#000000", 0.22)])
        + '<clipPath id="awning"><path d="M190 440H1410L1450 520H150Z"/></clipPath>'
        + "</defs>"
    )
    p = [defs, '<rect width="1600" height="1000" fill="url(#wall)"/>']
    # Stone courses on the wall.
    for y in range(60, 860, 64):
        p.append(f'<rect x="0" y="{y}" width="1600" height="2" fill="#000000" fill-opacity="0.05"/>')
    # Upper-floor windows, cut by the top edge.
    for wx in (230, 690, 1150):
        p.append(_rrect(wx, -40, 220, 200, 4, "#C9C1B3"))
        p.append(_rrect(wx + 14, -40, 192, 186, 2, "url(#glass)"))
        p.append(f'<rect x="{wx + 108}" y="-40" width="4" height="186" fill="#C9C1B3"/>')
        p.append(f'<rect x="{wx - 10}" y="160" width="240" height="14" fill="#D2CABD"/>')
    # Shopfront: frame, fascia, awning, windows and door.
    p.append(_shadow(180, 250, 1240, 612, 0, 18, 0.25, dy=6))
    p.append(_rrect(180, 250, 1240, 612, 0, frame))
    p.append(
        _rrect(180, 250, 1240, 190, 0, frame) + '<rect x="180" y="250" width="1240" height="190" fill="url(#fascia)"/>'
    )
    p.append(
        f'<rect x="196" y="264" width="1208" height="162" fill="none" stroke="{WHITE}" '
        'stroke-opacity="0.18" stroke-width="2"/>'
    )
    logo, _ = place(logo_for(b, frame), 240, 272, 1120, 146)
    p.append(logo)
    for lx in (420, 800, 1180):  # gooseneck lamps and their light on the fascia
        p.append(_glow(lx, 262, 200, 70, "lamp"))
        p.append(f'<path d="M{lx} 250V228Q{lx} 206 {lx + 22} 206" fill="none" stroke="{frame}" stroke-width="6"/>')
        p.append(f'<path d="M{lx + 10} 200H{lx + 44}L{lx + 36} 214H{lx + 18}Z" fill="{frame}"/>')
    # Striped awning in the brand colour.
    stripe_b, stripe_w = b.brand, mix(b.brand, WHITE, 0.88)
    stripes = "".join(
        f'<rect x="{150 + i * 65}" y="440" width="65" height="80" fill="{stripe_b if i % 2 == 0 else stripe_w}"/>'
        for i in range(20)
    )
    p.append(
        f'<g clip-path="url(#awning)">{stripes}<rect x="150" y="440" width="1300" height="80" '
        'fill="url(#awn-shade)"/></g>'
    )
    scallops = "".join(f"A32.5 20 0 0 0 {150 + (i + 1) * 65} 520" for i in range(20))
    p.append(f'<path d="M150 520{scallops}Z" fill="{stripe_b}"/>')
    p.append('<rect x="150" y="520" width="1300" height="26" fill="#000000" fill-opacity="0.12"/>')
    for gx, gw in ((220, 540), (1040, 350)):
        p.append(_rrect(gx, 560, gw, 280, 0, "url(#glass)"))
        for start, band in ((0.15, 0.28), (0.6, 0.1)):  # reflections: slanted bands of light
            p.append(
                f'<path d="M{_n(gx + gw * start)} 560h{_n(gw * band)}l{_n(-gw * 0.3)} 280h{_n(-gw * band)}z" '
                'fill="url(#reflect)"/>'
            )
    decal = mark_for(b, "#26313A")
    if decal is not None:
        p.append(f'<g opacity="0.85">{place(decal, 430, 640, 120, 110)[0]}</g>')
    # Door with a glass panel, a handle and an "open" sign.
    p.append(_rrect(800, 540, 200, 322, 0, mix(frame, "#000000", 0.25)))
    p.append(_rrect(822, 566, 156, 200, 0, "url(#glass)"))
    p.append('<path d="M850 566h40l-46 200h-22z" fill="url(#reflect)"/>')
    p.append(f'<rect x="956" y="700" width="8" height="70" rx="4" fill="{mix(b.brand, "#C8C8C8", 0.7)}"/>')
    p.append(f'<path d="M868 588L900 570L932 588" fill="none" stroke="{WHITE}" stroke-opacity="0.7" stroke-width="2"/>')
    p.append(_rrect(852, 588, 96, 40, 6, WHITE))
    p.append(text("OPEN", ["roboto-b"], 900, 600, 17, b.ink, "center", tracking=0.12).markup)
    # Projecting blade sign with the icon.
    p.append(f'<rect x="1440" y="302" width="110" height="8" fill="{frame}"/>')
    p.append(f'<rect x="1440" y="290" width="8" height="32" fill="{frame}"/>')
    p.append(f'<path d="M1475 310v16M1525 310v16" stroke="{frame}" stroke-width="3"/>')
    p.append(_shadow(1440, 326, 120, 120, 60, 10, 0.18, dy=6))
    p.append(f'<circle cx="1500" cy="386" r="64" fill="{frame}"/>')
    p.append(draw_icon(b, 1444, 330, 112, 0.5))
    # Pavement, kerb and two planters.
    p.append('<rect x="0" y="862" width="1600" height="138" fill="url(#pave)"/>')
    p.append('<rect x="0" y="862" width="1600" height="6" fill="#000000" fill-opacity="0.12"/>')
    for x in range(0, 1600, 160):
        p.append(f'<rect x="{x}" y="868" width="2" height="132" fill="#000000" fill-opacity="0.06"/>')
    for px in (120, 1060):
        p.append(f'<ellipse cx="{px + 60}" cy="905" rx="80" ry="12" fill="#000000" fill-opacity="0.18"/>')
        for cx, cy, r in ((px + 30, 800, 44), (px + 90, 796, 46), (px + 60, 770, 50)):
            p.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#3E5B3A"/>')
            p.append(f'<circle cx="{_n(cx - r * 0.25)}" cy="{_n(cy - r * 0.3)}" r="{_n(r * 0.55)}" fill="#4E7148"/>')
        p.append(f'<path d="M{px} 820H{px + 120}L{px + 106} 904H{px + 14}Z" fill="{frame}"/>')
        p.append(f'<rect x="{px - 4}" y="816" width="128" height="14" fill="{mix(frame, WHITE, 0.15)}"/>')
    return "".join(p)


# ---------------------------------------------------------------- T-shirts


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
        f'<g transform="translate({_n(cx)} {_n(top)})">{shadows}'
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
        + _linear("bg", [(0, "#F1F0EE", 1), (1, "#DEDCD8", 1)])
        + _linear(
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
        + _linear("wall", [(0, "#F4F1EC", 1), (1, "#E4DFD7", 1)])
        + _linear("table", [(0, "#CDBFAE", 1), (1, "#B3A38F", 1)])
        + _linear(
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
        + _radial("floor", [(0, "#000000", 0.35), (1, "#000000", 0)])
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
        + _glow(500, 622, 260, 40, "floor")
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


# ---------------------------------------------------------------- phone app icon


_GLYPHS = (
    '<circle cx="0.5" cy="0.5" r="0.22" fill="none" stroke="#FFFFFF" stroke-width="0.08"/>',
    '<rect x="0.28" y="0.3" width="0.44" height="0.4" rx="0.06" fill="#FFFFFF"/>',
    '<path d="M0.5 0.26L0.74 0.7H0.26Z" fill="#FFFFFF"/>',
    '<path d="M0.28 0.36H0.72M0.28 0.5H0.72M0.28 0.64H0.6" stroke="#FFFFFF" stroke-width="0.07"/>',
    '<circle cx="0.5" cy="0.5" r="0.2" fill="#FFFFFF"/>',
    '<path d="M0.3 0.6L0.44 0.44L0.56 0.54L0.72 0.34" fill="none" stroke="#FFFFFF" stroke-width="0.07"/>',
)
_TILE_COLORS = ("#8E96A3", "#A7AEB8", "#6E7682", "#B8BEC6", "#5E6672", "#9AA2AD", "#7D8591")


def _placeholder_icon(i: int, x: float, y: float, side: float) -> str:
    color = _TILE_COLORS[i % len(_TILE_COLORS)]
    glyph = _GLYPHS[(i * 5) % len(_GLYPHS)]
    return (
        _rrect(x, y, side, side, side * 0.225, color)
        + f'<g transform="matrix({_n(side)} 0 0 {_n(side)} {_n(x)} {_n(y)})">{glyph}</g>'
    )


def app_icon(b: Brand) -> str:
    defs = (
        "<defs>"
        + _linear("bg", [(0, "#EEF0F3", 1), (1, "#D9DDE3", 1)])
        + _linear("wallpaper", [(0, "#AFC0D3", 1), (0.5, "#8798B0", 1), (1, "#4E5C74", 1)], 0, 0, 0.3, 1)
        + _radial("blob", [(0, WHITE, 0.45), (1, WHITE, 0)])
        + _linear("glass", [(0, WHITE, 0.28), (1, WHITE, 0.18)])
        + '<clipPath id="screen"><rect x="136" y="76" width="408" height="848" rx="50"/></clipPath></defs>'
    )
    p = [defs, '<rect width="1200" height="1000" fill="url(#bg)"/>']
    p.append(_shadow(120, 60, 440, 880, 64, 40, 0.35, dy=24))
    p.append(_rrect(120, 60, 440, 880, 64, "#1C1D21"))
    p.append(_rrect(124, 64, 432, 872, 60, "none", ' stroke="#4A4C52" stroke-width="3"'))
    screen = [
        '<rect x="136" y="76" width="408" height="848" fill="url(#wallpaper)"/>',
        _glow(220, 260, 260, 220, "blob"),
        _glow(470, 760, 220, 260, "blob"),
    ]
    screen.append(text("9:41", ["roboto-b"], 190, 96, 17, WHITE, "center").markup)
    screen.append('<path d="M452 110h4v-4h-4zM459 110h4v-7h-4zM466 110h4v-10h-4z" fill="#FFFFFF"/>')
    screen.append(_rrect(478, 99, 32, 14, 4, "none", ' stroke="#FFFFFF" stroke-width="1.5" stroke-opacity="0.8"'))
    screen.append(_rrect(481, 102, 22, 8, 2, WHITE))
    screen.append(_rrect(290, 90, 100, 30, 15, "#000000"))
    side, left, top, pitch_x, pitch_y = 76, 160, 150, 93.3, 110  # a 4 × 5 grid of apps
    n = 0
    for row in range(5):
        for col in range(4):
            x, y = left + col * pitch_x, float(top + row * pitch_y)
            if (row, col) == (1, 1):
                screen.append(_shadow(x, y, side, side, 17, 4, 0.12, dy=2, layers=3))
                screen.append(draw_icon(b, x, y, side))
                label = text(
                    b.name, b.body_keys, x + side / 2, y + side + 9, 13, WHITE, "center", max_w=side + 18, min_size=8.5
                )
                if not label.markup:
                    label = text(_initials(b), b.body_keys, x + side / 2, y + side + 9, 13, WHITE, "center")
                screen.append(label.markup)
            else:
                screen.append(_placeholder_icon(n, x, y, side))
                w = 34 + (n * 7) % 22
                screen.append(_rrect(x + (side - w) / 2, y + side + 10, w, 8, 4, WHITE, ' fill-opacity="0.75"'))
                n += 1
    screen.append(_rrect(152, 814, 376, 96, 32, "url(#glass)"))
    for col in range(4):
        screen.append(_placeholder_icon(n + col, 168 + col * pitch_x, 824, side))
    screen.append(_rrect(280, 906, 120, 5, 2.5, WHITE, ' fill-opacity="0.8"'))
    p.append(f'<g clip-path="url(#screen)">{"".join(screen)}</g>')
    # The icon large, with its name, and at the sizes it is seen at.
    p.append(_shadow(730, 190, 320, 320, 72, 30, 0.28, dy=18))
    p.append(draw_icon(b, 730, 190, 320))
    p.append(
        text(b.name, b.name_keys, 890, 570, 44, b.ink, "center", max_w=440, min_size=18, max_lines=2, max_h=110).markup
    )
    x = 700.0
    for s in (120, 76, 48, 29):
        y = 800.0 - s / 2
        p.append(_shadow(x, y, s, s, s * 0.225, s * 0.08, 0.2, dy=s * 0.04, layers=3))
        p.append(draw_icon(b, x, y, s))
        x += s + 36
    return "".join(p)


# ---------------------------------------------------------------- social media


COVER_SIZES = {"cover-x": (1500, 500), "cover-linkedin": (1584, 396), "cover-facebook": (820, 312)}


def _cover_surface(b: Brand) -> str:
    return b.dark if b.own_is_dark else b.tint


def cover(b: Brand, width: int, height: int, logo_h: float = 0.56, logo_w: float = 0.56, gid: str = "cv") -> str:
    """A banner: the logo centred (clear of the avatar and of the crops phones make), brand shapes
    in the free space either side of it."""
    surface = _cover_surface(b)
    dark = luminance(surface) < 0.2
    a1 = b.brand if not dark or contrast(b.brand, surface) >= 1.6 else mix(b.brand, WHITE, 0.25)
    a2 = b.accent if b.accent != b.brand else mix(b.brand, WHITE, 0.45)
    logo, (ox, _, dw, _) = place(
        logo_for(b, surface), width * (1 - logo_w) / 2, height * (1 - logo_h) / 2, width * logo_w, height * logo_h
    )
    w, h = float(width), float(height)
    gap = 0.1 * h
    free_right = w - (ox + dw) - gap
    free_left = ox - gap
    top = mix(surface, WHITE, 0.5) if not dark else mix(surface, WHITE, 0.07)
    defs = (
        f'<defs><clipPath id="{gid}c"><rect width="{width}" height="{height}"/></clipPath>'
        f"{_linear(gid + 'g', [(0, top, 1), (1, surface, 1)], 0, 0, 1, 1)}"
        f"{_radial(gid + 'r', [(0, a1, 0.18 if dark else 0.12), (1, a1, 0)])}</defs>"
    )
    shapes = [
        f'<rect width="{width}" height="{height}" fill="url(#{gid}g)"/>',
        _glow(w / 2, h / 2, w * 0.45, h * 0.9, gid + "r"),
    ]
    # Right: a large disc in the brand colour from the bottom corner, a ring in the accent above it.
    r = max(0.3 * h, min(1.05 * h, free_right + 0.25 * h))
    shapes.append(
        f'<circle cx="{_n(w + 0.25 * r)}" cy="{_n(h + 0.1 * r)}" r="{_n(r)}" fill="{a1}" '
        f'fill-opacity="{0.9 if not dark else 0.55}"/>'
    )
    shapes.append(
        f'<circle cx="{_n(w - 0.2 * r)}" cy="{_n(0.05 * h)}" r="{_n(0.42 * r)}" fill="none" '
        f'stroke="{a2}" stroke-opacity="0.8" stroke-width="{_n(max(3.0, 0.035 * h))}"/>'
    )
    # Left: a dot grid and a half disc in the accent.
    step = 0.075 * h
    cols = min(6, int((free_left - 0.1 * h) / step))
    cols = cols if cols >= 3 else 0  # a lone column of dots looks like a mistake
    for i in range(cols):
        for j in range(4):
            shapes.append(
                f'<circle cx="{_n(0.1 * h + i * step)}" cy="{_n(0.14 * h + j * step)}" '
                f'r="{_n(0.011 * h)}" fill="{a1}" fill-opacity="{0.5 if not dark else 0.6}"/>'
            )
    rl = max(0.2 * h, min(0.55 * h, free_left * 0.8))
    shapes.append(
        f'<circle cx="{_n(-0.2 * rl)}" cy="{_n(h * 0.98)}" r="{_n(rl)}" fill="{a2}" '
        f'fill-opacity="{0.35 if not dark else 0.4}"/>'
    )
    return defs + f'<g clip-path="url(#{gid}c)">{"".join(shapes)}{logo}</g>'


def open_graph(b: Brand) -> str:
    return cover(b, 1200, 630, 0.6, 0.66, "og")


def avatar(b: Brand, side: int = 400) -> str:
    """The profile photo: the icon full-bleed, its artwork inside the circle every network crops to."""
    icon = icon_of(b)
    inner = side * min(icon.fraction, 0.6)
    art, _ = place(icon.art, (side - inner) / 2, (side - inner) / 2, inner, inner)
    return _rrect(0, 0, side, side, 0, icon.bg) + art


def _avatar_at(b: Brand, x: float, y: float, side: float, circle: bool = True, gid: str = "av") -> str:
    scale = side / 400
    clip = (
        f'<clipPath id="{gid}"><circle cx="200" cy="200" r="200"/></clipPath>'
        if circle
        else f'<clipPath id="{gid}"><rect width="400" height="400"/></clipPath>'
    )
    return (
        f'<defs>{clip}</defs><g transform="matrix({_n(scale)} 0 0 {_n(scale)} {_n(x)} {_n(y)})">'
        f'<g clip-path="url(#{gid})">{avatar(b)}</g></g>'
    )


def social_profile(b: Brand) -> str:
    """A profile page as the networks lay it out: header, round avatar, name, a post; and the crops."""
    p = ['<rect width="1500" height="1200" fill="#FFFFFF"/>', cover(b, 1500, 500, gid="pc")]
    p.append('<circle cx="190" cy="500" r="134" fill="#FFFFFF"/>')
    p.append(_avatar_at(b, 66, 376, 248, gid="av-big"))
    p.append(_rrect(1240, 530, 200, 64, 32, "#0F1419"))
    p.append(text("Follow", ["roboto-b"], 1340, 551, 24, WHITE, "center").markup)
    name = text(b.name, b.body_bold_keys, 60, 660, 44, "#0F1419", max_w=880, min_size=20)
    p.append(name.markup)
    y = max(name.bottom, 690) + 22
    p.append(_rrect(60, y, 220, 20, 10, "#CFD9DE"))
    for i, w in enumerate((760, 640)):
        p.append(_rrect(60, y + 50 + i * 36, w, 18, 9, "#E1E8ED"))
    p.append('<rect x="0" y="880" width="960" height="2" fill="#EFF3F4"/>')
    # One post: the avatar at feed size.
    p.append(_avatar_at(b, 60, 910, 72, gid="av-post"))
    p.append(text(b.name, b.body_bold_keys, 152, 918, 24, "#0F1419", max_w=520, min_size=12).markup)
    for i, w in enumerate((720, 680, 420)):
        p.append(_rrect(152, 968 + i * 34, w, 16, 8, "#E1E8ED"))
    p.append(_rrect(152, 1080, 720, 100, 16, b.tint))
    # The crops: square, circle, and the small sizes a feed or a comment shows.
    p.append(_rrect(1000, 640, 440, 540, 24, "#F7F9F9"))
    p.append(_avatar_at(b, 1030, 680, 180, circle=False, gid="av-sq"))
    p.append(_avatar_at(b, 1230, 680, 180, gid="av-ci"))
    p.append(text("Square", ["roboto-m"], 1120, 880, 20, "#536471", "center").markup)
    p.append(text("Circle", ["roboto-m"], 1320, 880, 20, "#536471", "center").markup)
    x = 1050
    for s in (120, 64, 40, 28):
        p.append(_avatar_at(b, x, 1020 - s / 2, s, gid=f"av-{s}"))
        x += s + 30
    return "".join(p)


# ---------------------------------------------------------------- letterhead


A4_W, A4_H = 1240, 1754  # 210 × 297 mm at 150 dpi


def letterhead(b: Brand) -> str:
    p = [f'<rect width="{A4_W}" height="{A4_H}" fill="#FFFFFF"/>']
    logo, drawn = place(b.light, 110, 110, 440, 170, align="left")
    p.append(logo)
    for i, line in enumerate(CONTACT):
        p.append(text(line, b.body_keys, 1130, 130 + i * 36, 20, b.muted, "right").markup)
    rule_y = max(320, drawn[1] + drawn[3] + 50)
    p.append(f'<rect x="110" y="{_n(rule_y)}" width="1020" height="3" fill="{b.brand}"/>')
    y = rule_y + 80
    p.append(text("1 March 2025", b.body_keys, 110, y, 21, b.muted).markup)
    y += 80
    p.append(text("Dear Sam,", b.body_keys, 110, y, 22, b.body).markup)
    y += 64
    for para in LOREM:
        markup, y = _paragraph(para, b.body_keys, 110, y, 22, 38, 1000, b.body)
        p.append(markup)
        y += 26
    y += 20
    p.append(text("Kind regards,", b.body_keys, 110, y, 22, b.body).markup)
    y += 110
    p.append(text(PERSON, b.body_bold_keys, 110, y, 24, b.ink).markup)
    p.append(
        text(
            f"{ROLE}, {b.name}" if b.name else ROLE, b.body_keys, 110, y + 40, 20, b.muted, max_w=700, min_size=10
        ).markup
    )
    p.append(f'<rect x="110" y="1620" width="1020" height="1.5" fill="{b.muted}" fill-opacity="0.4"/>')
    footer = text(
        f"{b.name}  ·  {ADDRESS}" if b.name else ADDRESS,
        b.body_keys,
        A4_W / 2,
        1650,
        18,
        b.muted,
        "center",
        max_w=1020,
        min_size=9,
    )
    p.append(footer.markup)
    p.append(f'<rect y="{A4_H - 28}" width="{A4_W}" height="28" fill="{b.brand}"/>')
    return "".join(p)


# ---------------------------------------------------------------- backgrounds


def on_dark(b: Brand) -> str:
    defs = f"<defs>{_radial('spot', [(0, mix(b.dark, WHITE, 0.1), 1), (1, b.dark, 1)])}</defs>"
    logo, _ = place(b.on_dark, 260, 160, 680, 480)
    return (
        defs
        + f'<rect width="1200" height="800" fill="{b.dark}"/>'
        + '<ellipse cx="600" cy="400" rx="760" ry="560" fill="url(#spot)"/>'
        + logo
    )


_BOKEH = (
    (120, 140, 230, 0),
    (980, 110, 260, 1),
    (300, 640, 210, 2),
    (1100, 600, 280, 3),
    (640, -40, 200, 1),
    (40, 470, 160, 3),
    (860, 760, 190, 0),
    (540, 820, 150, 2),
    (1180, 330, 140, 0),
    (420, 120, 120, 3),
)


def on_photo(b: Brand) -> str:
    """A soft, out-of-focus daylight scene: pale wall, window light, blurred shapes, a table edge."""
    tones = [mix(b.brand, WHITE, 0.55), mix(b.accent, WHITE, 0.5), "#F6E7C8", "#C9D8D2"]
    defs = [
        "<defs>",
        _linear("sky", [(0, "#F7F3EE", 1), (0.6, mix(b.brand, "#F2ECE4", 0.85), 1), (1, "#D9CFC3", 1)]),
        _linear("beam", [(0, WHITE, 0), (0.5, WHITE, 0.45), (1, WHITE, 0)], 0, 0, 1, 0),
        _linear("table", [(0, "#B59F86", 0), (0.25, "#A88F74", 0.75), (1, "#8C735A", 0.9)]),
        _radial("centre", [(0, WHITE, 0.65), (1, WHITE, 0)]),
    ]
    for k, shade in enumerate(tones):
        defs.append(_radial(f"b{k}", [(0, shade, 0.75), (0.6, shade, 0.4), (1, shade, 0)]))
    defs.append("</defs>")
    p = ["".join(defs), '<rect width="1200" height="800" fill="url(#sky)"/>']
    for cx, cy, r, tone in _BOKEH:
        p.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="url(#b{tone})"/>')
    p.append('<rect x="260" width="300" height="800" fill="url(#beam)" transform="skewX(-22)"/>')
    p.append('<rect x="900" width="130" height="800" fill="url(#beam)" fill-opacity="0.7" transform="skewX(-22)"/>')
    p.append('<rect y="600" width="1200" height="200" fill="url(#table)"/>')
    p.append('<ellipse cx="600" cy="400" rx="520" ry="330" fill="url(#centre)"/>')
    logo, _ = place(b.light, 330, 210, 540, 380)
    return "".join(p) + logo


# ---------------------------------------------------------------- the catalogue


def _cover_builder(mockup_id: str) -> Callable[[Brand], str]:
    w, h = COVER_SIZES[mockup_id]
    return lambda b: cover(b, w, h, 0.56 if h >= 400 else 0.6, 0.5)


_MOCKUPS: tuple[tuple[Mockup, Callable[[Brand], str]], ...] = (
    (Mockup("business-cards", "Business cards", 1600, 1000, "Front and back lying on a desk"), business_cards),
    (Mockup("card-front", "Business card, front", CARD_W, CARD_H, "3.5 × 2 in at 300 dpi"), card_front),
    (Mockup("card-back", "Business card, back", CARD_W, CARD_H, "Name and contact details, 3.5 × 2 in"), card_back),
    (
        Mockup("storefront", "Shop sign", 1600, 1000, "The logo on a shop's fascia, with an awning and a blade sign"),
        storefront,
    ),
    (Mockup("tshirts", "T-shirts", 1200, 900, "A white and a dark T-shirt"), tshirts),
    (Mockup("mug", "Mug", 1000, 800, "A white mug"), mug),
    (Mockup("app-icon", "Phone app icon", 1200, 1000, "On a home screen among other apps, and at its sizes"), app_icon),
    (
        Mockup("social-profile", "Social profile", 1500, 1200, "Header, round avatar, a post, and the crops"),
        social_profile,
    ),
    (Mockup("avatar", "Social avatar", 400, 400, "Profile picture, safe for a circular crop"), avatar),
    (Mockup("cover-x", "X (Twitter) header", 1500, 500, "1500 × 500"), _cover_builder("cover-x")),
    (Mockup("cover-linkedin", "LinkedIn banner", 1584, 396, "1584 × 396"), _cover_builder("cover-linkedin")),
    (Mockup("cover-facebook", "Facebook cover", 820, 312, "820 × 312"), _cover_builder("cover-facebook")),
    (
        Mockup("open-graph", "Link preview (Open Graph)", 1200, 630, "1200 × 630, shown when a link is shared"),
        open_graph,
    ),
    (Mockup("letterhead", "Letterhead", A4_W, A4_H, "A4 at 150 dpi"), letterhead),
    (Mockup("on-dark", "On a dark background", 1200, 800, "The dark version of the logo"), on_dark),
    (Mockup("on-photo", "On a photo", 1200, 800, "Over a soft, out-of-focus scene"), on_photo),
)
_BY_ID = {m.id: (m, build) for m, build in _MOCKUPS}

# Social images for the brand kit: (file name in the kit, mock-up id).
SOCIAL_FILES = (
    ("social/avatar-400.png", "avatar"),
    ("social/cover-x-1500x500.png", "cover-x"),
    ("social/cover-linkedin-1584x396.png", "cover-linkedin"),
    ("social/cover-facebook-820x312.png", "cover-facebook"),
    ("social/open-graph-1200x630.png", "open-graph"),
)


# Change this when what a mock-up looks like changes, so mock-ups kept in storage are made again.
REVISION = 1


def list_mockups() -> list[Mockup]:
    """Every mock-up, in the order a UI should show them."""
    return [m for m, _ in _MOCKUPS]


def mockup_svg(design: Design, name: str, mockup_id: str, brand: Brand | None = None) -> str:
    """The mock-up ``mockup_id`` of ``design`` as an SVG string (KeyError for an unknown id)."""
    mockup, build = _BY_ID[mockup_id]
    b = brand or brand_of(design, name)
    title = f"{b.name} — {mockup.title}" if b.name else mockup.title
    return _svg(mockup.width, mockup.height, build(b), title)


def render_mockup(design: Design, name: str, mockup_id: str, brand: Brand | None = None) -> bytes:
    """PNG bytes of the mock-up at its native size (see :func:`list_mockups`)."""
    mockup = _BY_ID[mockup_id][0]
    return svg_to_png(mockup_svg(design, name, mockup_id, brand), mockup.width, mockup.height)


def social_files(design: Design, name: str) -> list[tuple[str, bytes]]:
    """The social images for the brand kit as (path, PNG bytes)."""
    b = brand_of(design, name)
    return [(path, render_mockup(design, name, mockup_id, b)) for path, mockup_id in SOCIAL_FILES]


# ---------------------------------------------------------------- contact sheet (docs, previews)


SHEET_ROWS: tuple[tuple[str, ...], ...] = (
    ("business-cards", "storefront", "app-icon"),
    ("card-front", "card-back", "mug", "tshirts"),
    ("letterhead", "social-profile", "on-dark", "on-photo"),
    ("cover-x", "open-graph", "avatar"),
    ("cover-linkedin", "cover-facebook"),
)


def contact_sheet(items: list[tuple[Design, str]], width: int = 1400) -> bytes:
    """Every mock-up of each (design, name) as a PNG page: one captioned block per logo, rows justified
    to ``width``. For looking at the mock-ups as a customer would (docs/mockups.png)."""
    from PIL import ImageDraw, ImageFont

    def font(key: str, size: int) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(FACES[key].path), size)

    gap, margin, label_h, head_h = 14, 28, 26, 64
    head_font, label_font = font("roboto-b", 26), font("roboto-r", 15)
    titles = {m.id: m.title for m in list_mockups()}
    blocks: list[Image.Image] = []
    for design, name in items:
        b = brand_of(design, name)
        rows = []
        for ids in SHEET_ROWS:
            sizes = [_BY_ID[i][0] for i in ids]
            inner = width - 2 * margin - gap * (len(ids) - 1)
            h = inner / sum(m.width / m.height for m in sizes)
            row = Image.new("RGB", (width, round(h) + label_h), (236, 236, 238))
            draw = ImageDraw.Draw(row)
            x = float(margin)
            for m in sizes:
                w = m.width * h / m.height
                png = Image.open(io.BytesIO(render_mockup(design, name, m.id, b))).convert("RGB")
                row.paste(png.resize((round(w), round(h)), Image.Resampling.LANCZOS), (round(x), 0))
                draw.text(
                    (round(x), round(h) + 5),
                    f"{titles[m.id]}  ·  {m.width}×{m.height}",
                    fill=(80, 80, 88),
                    font=label_font,
                )
                x += w + gap
            rows.append(row)
        block = Image.new("RGB", (width, head_h + sum(r.height + gap for r in rows)), (236, 236, 238))
        ImageDraw.Draw(block).text(
            (margin, 22),
            f"{b.name or 'Logo'}  —  {design.layout} logo, {design.font}",
            fill=(30, 30, 34),
            font=head_font,
        )
        y = head_h
        for row in rows:
            block.paste(row, (0, y))
            y += row.height + gap
        blocks.append(block)
    sheet = Image.new("RGB", (width, sum(bl.height for bl in blocks) + margin), (236, 236, 238))
    y = 0
    for block in blocks:
        sheet.paste(block, (0, y))
        y += block.height
    out = io.BytesIO()
    sheet.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _docs_sheet(out: str = "docs/mockups.png") -> None:
    """Write the README's contact sheet: three logos of different layouts and themes."""
    from logostudio.design import Brief, design_variants

    items = [
        (
            design_variants(Brief("coffee shop", "Blue Bean", "Brewed slowly", "playful", "light", "#6F4E37"), 6, 3)[1],
            "Blue Bean",
        ),
        (design_variants(Brief("law firm", "Hart & Vale", None, "elegant", "dark", "navy"), 6, 1)[0], "Hart & Vale"),
        (
            design_variants(
                Brief("bakery", "Golden Crust Artisan Bakery", "Since 1952", "vintage", "warm", "mustard"), 6, 2
            )[4],
            "Golden Crust Artisan Bakery",
        ),
    ]
    with open(out, "wb") as f:
        f.write(contact_sheet(items))


if __name__ == "__main__":  # python -m logostudio.artwork.mockups [out.png]
    import sys

    _docs_sheet(*sys.argv[1:2])
