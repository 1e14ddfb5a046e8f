"""What every mock-up needs to know about one logo, worked out once: its colours, the version of
the logo that reads on a light or a dark surface, its symbol, its typefaces, and its icon tile."""

from __future__ import annotations

import re
from dataclasses import dataclass

from logostudio.artwork.mockups.drawing import WHITE, Art, as_art, place, rrect
from logostudio.artwork.typeset import one_line, text
from logostudio.design import Design
from logostudio.design.fonts import FACES
from logostudio.design.palettes import contrast, luminance, mix
from logostudio.design.scene import CANVAS

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
_SVG_OPEN = re.compile(r"^\s*<svg\b[^>]*>")
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)
_BG_RECT = re.compile(r'<rect id="bg"[^>]*/>')
_BG_FILL = re.compile(r'<rect id="bg"[^>]*?\sfill="(#[0-9A-Fa-f]{6})"')
_PAINT = re.compile(r'((?:fill|stroke)=")(#[0-9A-Fa-f]{6})(")')
_BOLD = ("b", "sb", "xb", "blk", "m", "", "r", "l", "it")
_REGULAR = ("r", "m", "", "l", "sb", "b", "xb", "blk", "it")
_MINOR = frozenset({"&", "and", "the", "of", "a", "an", "+", "et", "de", "la", "le"})


def _hex(value: object, default: str) -> str:
    raw = str(value or "")
    return raw.upper() if _HEX.fullmatch(raw) else default


def _chroma(color: str) -> float:
    channels = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return (max(channels) - min(channels)) / 255


def _body(svg: str, keep_bg: bool = False) -> str:
    """The drawing inside ``svg``: no root element, no title, no (or an anonymous) background rect."""
    s = _SVG_OPEN.sub("", svg, count=1)
    end = s.rfind("</svg>")
    s = s[:end] if end >= 0 else s
    s = _TITLE.sub("", s)
    if keep_bg:
        return _BG_RECT.sub(lambda m: m.group(0).replace(' id="bg"', ""), s)
    return _BG_RECT.sub("", s)


def _recolor(body: str, color: str) -> str:
    return _PAINT.sub(lambda m: m.group(1) + color + m.group(3), body)


def _paints(svg: str) -> list[str]:
    return list(dict.fromkeys(c.upper() for c in re.findall(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"', svg)))


def _face_keys(family: str, prefs: tuple[str, ...]) -> list[str]:
    keys = [k for k, spec in FACES.items() if spec.family == family]

    def rank(key: str) -> int:
        suffix = key.rsplit("-", 1)[1] if "-" in key else ""
        return prefs.index(suffix) if suffix in prefs else len(prefs)

    return sorted(keys, key=rank)


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
    own = as_art(_body(design.svg))
    plate = as_art(_body(design.svg, keep_bg=True))  # the logo with its square background, as a last resort
    light = as_art(_body(design.transparent_svg)) if design.transparent_svg else plate if own_dark else own
    on_dark = as_art(_body(design.dark_svg)) if design.dark_svg else own if own_dark else plate
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
        return as_art(_recolor(b.symbol, color))
    # A glyph on a filled shape: a shape the surface would swallow turns a shade lighter (or darker),
    # so the symbol keeps its outline instead of leaving a small glyph floating in empty space.
    shade = mix(surface, WHITE, 0.16) if luminance(surface) < 0.3 else mix(surface, "#000000", 0.1)
    return as_art(
        _PAINT.sub(
            lambda m: m.group(1) + (shade if contrast(m.group(2), surface) < 1.4 else m.group(2)) + m.group(3), b.symbol
        )
    )


def initials(b: Brand) -> str:
    """Up to two initials of the name, skipping words such as "and" or "the"."""
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
        return Icon(b.brand, as_art(_recolor(b.symbol, color)), 0.56)
    if b.symbol is not None:
        # A glyph on a filled shape: the shape's colour becomes the tile and the shape itself goes, so the
        # glyph sits on a plain tile at the same size as a one-colour symbol would.
        back = next((c for c in b.symbol_colors if luminance(c) < 0.85), b.symbol_colors[0])
        glyph = re.sub(
            rf'<(?:rect|circle|ellipse|path|polygon)\b[^>]*fill="{back}"[^>]*/>', "", b.symbol, flags=re.IGNORECASE
        )
        if _paints(glyph):
            return Icon(back, as_art(glyph), 0.56)
        return Icon(back, as_art(b.symbol), 0.8)
    color = WHITE if contrast(WHITE, b.brand) >= 3 else b.ink
    letters = text(initials(b), b.name_keys, CANVAS / 2, 0, 300, color, "center", max_w=400)
    if letters.markup:
        return Icon(b.brand, Art(letters.markup, letters.box), 0.5)
    return Icon(b.brand, b.on_dark if color == WHITE else b.light, 0.7)


def draw_icon(b: Brand, x: float, y: float, side: float, radius: float | None = None) -> str:
    """The icon as a rounded square (``radius`` as a fraction of the side; 0.5 is a circle)."""
    icon = icon_of(b)
    r = side * (0.225 if radius is None else radius)
    inner = side * icon.fraction
    art, _ = place(icon.art, x + (side - inner) / 2, y + (side - inner) / 2, inner, inner)
    return rrect(x, y, side, side, r, icon.bg) + art
