"""Palettes and colour roles: named 4-colour palettes, WCAG contrast, OKLCH adjustments.

Palette colours are the brand's; the colours that carry the name and the symbol are *derived*
from them (darkened or lightened in OKLCH) until they meet contrast, so a pale brand colour
never produces illegible text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from coloraide import Color
from coloraide.css import color_names

DEFAULT_PALETTES: tuple[dict[str, Any], ...] = (
    {"name": "warm", "colors": ["#FF6B6B", "#FFD93D", "#FFA552", "#2C2C2C"]},
    {"name": "cool", "colors": ["#4D96FF", "#6BCB77", "#3D5AF1", "#222222"]},
    {"name": "mono", "colors": ["#111111", "#555555", "#999999", "#FFFFFF"]},
)

# Colour words people type that are not CSS names.
COLOR_WORDS: dict[str, str] = {
    "amber": "#FFBF00",
    "burgundy": "#800020",
    "mint": "#3EB489",
    "rust": "#B7410E",
    "sand": "#C2B280",
    "charcoal": "#36454F",
    "cream": "#FFFDD0",
    "mustard": "#E1AD01",
    "emerald": "#50C878",
    "sky": "#87CEEB",
    "forest": "#228B22",
    "rose": "#E8618C",
    "wine": "#722F37",
    "copper": "#B87333",
    "ruby": "#E0115F",
    "sapphire": "#0F52BA",
    "lavender": "#B57EDC",
    "peach": "#FFB07C",
    "bronze": "#CD7F32",
    "cobalt": "#0047AB",
    "terracotta": "#E2725B",
    "sage": "#9CAF88",
    "lilac": "#C8A2C8",
    "mauve": "#B784A7",
    "neon": "#39FF14",
    "pastel": "#FFB7C5",
    "earth": "#8B6F47",
    "ocean": "#006994",
    "grey": "#808080",
    "jade": "#00A86B",
    "blush": "#DE5D83",
    "champagne": "#F7E7CE",
    "mahogany": "#C04000",
    "ochre": "#CC7722",
    "saffron": "#F4C430",
    "scarlet": "#FF2400",
    "cerulean": "#007BA7",
    "periwinkle": "#CCCCFF",
    "midnight": "#191970",
    "espresso": "#4E312D",
    "mocha": "#967969",
    "moss": "#8A9A5B",
    "slate": "#708090",
    "denim": "#1560BD",
    "rosegold": "#B76E79",
}
# Words that ask for no particular colour.
NO_COLOR_WORDS = frozenset({"", "none", "any", "no", "auto", "default", "transparent"})
_HEX_DIGITS = frozenset("0123456789abcdef")

WHITE = "#FFFFFF"


def read_color(value: str) -> tuple[str, str] | None:
    """The one colour parser: (the form a brief keeps, "#RRGGBB"), or None for "no colour".

    A CSS colour name or one of COLOR_WORDS is kept as the lower-case word; a hex code (with or
    without "#", 3 or 6 digits) or another CSS colour ("rgb(10 200 30)") as "#rrggbb".
    Raises ValueError for anything else.
    """
    text = value.strip().lower()
    if text in NO_COLOR_WORDS:
        return None
    word = text.replace(" ", "")
    if word in COLOR_WORDS:
        return word, _hex(Color(COLOR_WORDS[word]))
    digits = word.removeprefix("#")
    if len(digits) in (3, 6) and set(digits) <= _HEX_DIGITS:
        full = _expand(digits)
        return full.lower(), full
    color = None
    for candidate in (text, word):
        try:
            color = Color(candidate)
            break
        except (ValueError, TypeError, KeyError):
            continue
    if color is None:
        raise ValueError(f"{value!r} is not a colour")
    if any(v != v for v in color.coords()):  # NaN hue of a grey
        color = Color("srgb", [0 if v != v else v for v in color.coords()])
    full = _hex(color)
    return (word if color_names.has_name(word) else full.lower()), full


def parse_color(value: str | None) -> str | None:
    """Any colour :func:`read_color` knows → "#RRGGBB"; None for none or unknown."""
    try:
        found = read_color(value) if value else None
    except ValueError:
        return None
    return found[1] if found else None


def _hex(color: Color) -> str:
    return _expand(color.convert("srgb").fit("srgb").to_string(hex=True, alpha=False))


def _expand(h: str) -> str:
    h = h.lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    return "#" + h[:6].upper()


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


@lru_cache(maxsize=4096)
def luminance(hex_color: str) -> float:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


@lru_cache(maxsize=4096)
def oklch(hex_color: str) -> tuple[float, float, float]:
    L, c, h = Color(hex_color).convert("oklch").coords()
    return float(L), float(c), 0.0 if h != h else float(h)  # NaN hue for greys


@lru_cache(maxsize=8192)
def from_oklch(L: float, c: float, h: float) -> str:
    return _expand(
        Color("oklch", [max(0.0, min(1.0, L)), max(0.0, c), h])
        .convert("srgb")
        .fit("srgb", method="oklch-chroma")
        .to_string(hex=True, alpha=False)
    )


@lru_cache(maxsize=8192)
def ensure_contrast(color: str, against: tuple[str, ...], minimum: float) -> str:
    """``color`` moved in OKLCH lightness (hue kept) until it meets ``minimum`` on every backdrop."""
    if all(contrast(color, b) >= minimum for b in against):
        return color
    L, c, h = oklch(color)
    darker = min(luminance(b) for b in against) > 0.18
    for step in range(1, 41):
        nl = L - step * 0.025 if darker else L + step * 0.025
        cand = from_oklch(nl, c * (1 - step * 0.015), h)
        if all(contrast(cand, b) >= minimum for b in against):
            return cand
    # Pure black or white as the last resort (one of them always wins on a single backdrop).
    return max(("#000000", WHITE), key=lambda x: min(contrast(x, b) for b in against))


def mix(a: str, b: str, t: float) -> str:
    """Mix in OKLab (so tints don't go grey-muddy)."""
    return _expand(Color(a).mix(b, t, space="oklab").convert("srgb").fit("srgb").to_string(hex=True, alpha=False))


@lru_cache(maxsize=256)
def derived_palettes(base: str) -> tuple[dict[str, Any], ...]:
    """Named palettes around a given colour (OKLCH): itself, analogous, complementary, neutral.

    Each has the given colour first, so a brief's colour is always the brand colour.
    """
    L, c, h = oklch(base)
    cc = max(c, 0.06) if c > 0.02 else c
    deep = from_oklch(min(L, 0.28), min(cc, 0.06), h)
    light = from_oklch(0.93, min(cc, 0.05), h)
    signature = [base, from_oklch(min(0.9, L + 0.25), cc * 0.6, h), from_oklch(max(0.25, L - 0.2), cc, h), deep]
    analogous = [
        base,
        from_oklch(L, cc, (h + 35) % 360),
        from_oklch(L, cc, (h - 35) % 360),
        from_oklch(0.25, min(cc, 0.05), (h + 20) % 360),
    ]
    comp_l = 0.72 if L < 0.6 else 0.5
    complementary = [base, from_oklch(comp_l, max(cc, 0.1), (h + 180) % 360), light, deep]
    neutral = [base, from_oklch(0.55, 0.01, h), from_oklch(0.85, 0.01, h), from_oklch(0.2, 0.01, h)]
    return (
        {"name": "signature", "colors": signature},
        {"name": "analogous", "colors": analogous},
        {"name": "complementary", "colors": complementary},
        {"name": "neutral", "colors": neutral},
    )


@dataclass(frozen=True)
class Scheme:
    """Colour roles for one background mode (light or dark), all contrast-checked.

    bg: canvas; ink: name text on bg; muted: slogan on bg; mark: symbol on bg; brand: filled
    shapes; on_brand: text/symbol on brand; accent: decoration only; accent_mark: the palette's
    second colour as a symbol on bg (or ``mark`` when that colour would have to turn muddy to read).
    """

    mode: str
    bg: str
    ink: str
    muted: str
    mark: str
    brand: str
    on_brand: str
    on_brand_mark: str
    accent: str
    brand_text: str
    accent_mark: str

    def role(self, name: str) -> str:
        return str(getattr(self, name))


def _clean_accent_mark(accent: str, backs: tuple[str, ...], minimum: float, fallback: str) -> str:
    """The accent as a symbol colour, if it reads with at most a small lightness change and stays
    a clear colour (yellows darkened to pass turn olive, so they fall back)."""
    L, c, h = oklch(accent)
    if c < 0.06 or 70 <= h <= 120:
        return fallback
    moved = ensure_contrast(accent, backs, minimum)
    ml, mc, _ = oklch(moved)
    if abs(ml - L) > 0.18 or mc < 0.06:
        return fallback
    return moved


def _chroma_order(colors: list[str]) -> list[str]:
    return sorted(colors, key=lambda x: -oklch(x)[1])


@lru_cache(maxsize=1024)
def scheme_for(colors: tuple[str, ...], mode: str, tint: bool = False) -> Scheme:
    """Roles from a 4-colour palette. Light schemes also pass on plain white (transparent export)."""
    cols = [_expand(x) for x in colors]
    chromatic = [x for x in cols if oklch(x)[1] > 0.03]
    brand = cols[0]
    others = [x for x in cols if x != brand]
    accent = (_chroma_order([x for x in chromatic if x != brand]) or others or [brand])[0]
    darkest = min(cols, key=luminance)
    lightest = max(cols, key=luminance)
    bl, bc, bh = oklch(brand)
    if mode == "dark":
        bg = darkest if luminance(darkest) < 0.03 else from_oklch(0.2, min(bc, 0.04), bh)
        if tint:
            bg = from_oklch(0.17, min(bc, 0.05), bh)
        backs: tuple[str, ...] = (bg,)
        ink_seed = lightest if luminance(lightest) > 0.6 else from_oklch(0.96, min(bc, 0.03), bh)
        ink = ensure_contrast(ink_seed, backs, 7.0)
        muted = ensure_contrast(from_oklch(0.85, min(bc, 0.04), bh), backs, 4.5)
        # A dark or grey brand colour would vanish on a dark canvas: lift it well clear.
        fill = brand if contrast(brand, bg) >= 2.2 else from_oklch(max(bl, 0.72), bc, bh)
    else:
        bg = WHITE if not tint else from_oklch(0.975, min(bc, 0.02), bh)
        backs = (bg, WHITE)
        ink_seed = darkest if luminance(darkest) < 0.05 else from_oklch(0.25, min(bc, 0.05), bh)
        ink = ensure_contrast(ink_seed, backs, 7.0)
        muted = ensure_contrast(from_oklch(0.45, min(bc, 0.05), bh), backs, 4.5)
        # Light brand colours (yellow, pastel pink) stay as fills; icons on them turn dark.
        fill = brand if contrast(brand, bg) >= 1.15 else from_oklch(min(bl, 0.85), max(bc, 0.08), bh)
    mark = ensure_contrast(fill, backs, 3.0 if mode == "light" else 4.0)
    # Text on the brand fill: white or near-black, whichever reads; adjust the fill if neither does.
    # White reads cleanest on a colour; near-black when white would not pass.
    dark_ink = ink if mode == "light" else from_oklch(0.2, min(bc, 0.05), bh)
    on_brand = WHITE if contrast(WHITE, fill) >= 4.5 else dark_ink
    if contrast(on_brand, fill) < 4.5:
        fill = ensure_contrast(fill, (on_brand,), 4.6)
    on_brand_mark = WHITE if contrast(WHITE, fill) >= 3.2 else on_brand
    accent_mark = _clean_accent_mark(accent, backs, 3.0 if mode == "light" else 4.0, mark)
    return Scheme(
        mode=mode,
        bg=bg,
        ink=ink,
        muted=muted,
        mark=mark,
        brand=fill,
        on_brand=on_brand,
        on_brand_mark=on_brand_mark,
        accent=accent,
        brand_text=ensure_contrast(fill, backs, 4.6 if mode == "light" else 6.0),
        accent_mark=accent_mark,
    )
