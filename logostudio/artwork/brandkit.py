"""The brand kit: one logo variant as a zip of the files a business needs (the logo SVGs, PNGs at
several sizes, a favicon, the social images, and ``brand.txt`` listing palette, typefaces and
files). Everything sits in one folder named after the business, so unzipping never scatters files.
Entries carry a fixed timestamp and permissions, so the same design always gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

from PIL import Image

from logostudio.artwork.mockups import social_files
from logostudio.artwork.raster import svg_to_png
from logostudio.design import Design
from logostudio.design.palettes import luminance, oklch
from logostudio.design.scene import CANVAS
from logostudio.filenames import slugify

# A variant's kit is made once and kept in storage (see logostudio.studio): change this when what
# a kit holds changes, so kits kept from before are made again.
REVISION = 1
LOGO_SIZES = (256, 512, 1024, 2048)
VARIANT_SIZE = 1024  # transparent and dark PNGs
SYMBOL_SIZE = 512
FAVICON_SIZES = (16, 32, 48)
TOUCH_ICON_SIZE = 180

# Any fixed date works; the archive must not change with the time it was made.
_ZIP_DATE = (2024, 1, 1, 0, 0, 0)
_FILE_MODE = 0o644 << 16
_BG_FILL = re.compile(r'<rect id="bg"[^>]*?\sfill="(#[0-9A-Fa-f]{6})"')
_BG_RECT = re.compile(r'<rect id="bg"[^>]*/>')
_VIEWBOX = re.compile(r'viewBox="[^"]*"')
_HEX = re.compile(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"')


def kit_folder(name: str, index: int | None = None) -> str:
    """The zip's top folder: an ASCII slug of the business name and, for a variant of a set, its
    number ("Café Noé", 2 → cafe-noe-03-brand-kit), so two kits of one set unzip side by side."""
    return f"{slugify(name)}-{index + 1:02d}-brand-kit" if index is not None else f"{slugify(name)}-brand-kit"


def build_brand_kit(design: Design, name: str, index: int | None = None) -> bytes:
    """Zip bytes of the brand kit for ``design`` (see the module docstring for the layout);
    ``index``: the variant's place in its set (0-based), named in the folder."""
    folder = kit_folder(name, index)
    bg = background_color(design.svg)
    transparent_svg = design.transparent_svg or _BG_RECT.sub("", design.svg, count=1)

    files: list[tuple[str, bytes]] = [
        ("logo.svg", design.svg.encode("utf-8")),
        ("logo-transparent.svg", transparent_svg.encode("utf-8")),
    ]
    if design.dark_svg:
        files.append(("logo-dark.svg", design.dark_svg.encode("utf-8")))
    if design.symbol_svg:
        files.append(("symbol.svg", design.symbol_svg.encode("utf-8")))
    files += _icons(design, transparent_svg, bg)
    files += [(f"png/logo-{size}.png", svg_to_png(design.svg, size)) for size in LOGO_SIZES]
    files.append((f"png/logo-transparent-{VARIANT_SIZE}.png", svg_to_png(transparent_svg, VARIANT_SIZE)))
    if design.dark_svg:
        files.append((f"png/logo-dark-{VARIANT_SIZE}.png", svg_to_png(design.dark_svg, VARIANT_SIZE)))
    if design.symbol_svg:
        files.append((f"png/symbol-{SYMBOL_SIZE}.png", svg_to_png(design.symbol_svg, SYMBOL_SIZE)))
    files += social_files(design, name)
    files.insert(0, ("brand.txt", brand_text(design, name, [path for path, _ in files]).encode("utf-8")))
    return _zip(folder, files)


def _icons(design: Design, transparent_svg: str, bg: str) -> list[tuple[str, bytes]]:
    """favicon.ico and apple-touch-icon.png, framed tightly on what is drawn.

    A whole 512 canvas shrunk to 16 px leaves only a smudge, so the icons are cropped to the
    symbol (transparent favicon) or, without one, to the lettering on the logo's background.
    """
    if design.symbol_svg:
        box = content_box(design.symbol_svg)
        fav_svg, fav_bg = design.symbol_svg, None
        touch_svg, touch_bg = design.symbol_svg, bg if _is_light(bg) else "#FFFFFF"
    else:
        box = content_box(transparent_svg)
        fav_svg, fav_bg = design.svg, bg
        touch_svg, touch_bg = design.svg, bg
    return [
        ("favicon.ico", favicon(_framed(fav_svg, box, 0.03), fav_bg)),
        ("apple-touch-icon.png", touch_icon(_framed(touch_svg, box, 0.12), touch_bg)),
    ]


def content_box(svg: str) -> tuple[float, float, float, float]:
    """The (x, y, w, h) of what ``svg`` draws, in its 512-unit canvas (the whole canvas if blank)."""
    probe = 256
    image = Image.open(io.BytesIO(svg_to_png(svg, probe))).convert("RGBA")
    bbox = image.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()
    if bbox is None:
        return (0.0, 0.0, float(CANVAS), float(CANVAS))
    k = CANVAS / probe
    left, top, right, bottom = bbox
    return (left * k, top * k, (right - left) * k, (bottom - top) * k)


def _framed(svg: str, box: tuple[float, float, float, float], pad: float) -> str:
    """``svg`` with its viewBox set to a square around ``box`` plus ``pad`` of the side on each edge."""
    x, y, w, h = box
    side = max(w, h) / (1 - 2 * pad)
    cx, cy = x + w / 2, y + h / 2
    view = f"{cx - side / 2:.2f} {cy - side / 2:.2f} {side:.2f} {side:.2f}"
    return _VIEWBOX.sub(f'viewBox="{view}"', svg, count=1)


def favicon(svg: str, background: str | None = None) -> bytes:
    """An ICO with 16, 32 and 48 px images, each rendered from the SVG (sharper than one downscale)."""
    images = [
        Image.open(io.BytesIO(svg_to_png(svg, size, background=background))).convert("RGBA") for size in FAVICON_SIZES
    ]
    out = io.BytesIO()
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(s, s) for s in FAVICON_SIZES], append_images=images[:-1])
    return out.getvalue()


def touch_icon(svg: str, background: str) -> bytes:
    """A 180 px RGB PNG on ``background``: iOS fills transparent areas with black."""
    png = svg_to_png(svg, TOUCH_ICON_SIZE, background=background)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def background_color(svg: str) -> str:
    """The logo's canvas colour (its ``<rect id="bg">``), white when it has none."""
    match = _BG_FILL.search(svg)
    return match.group(1).upper() if match else "#FFFFFF"


def _is_light(color: str) -> bool:
    return luminance(color) > 0.5


def palette_roles(colors: list[str]) -> list[tuple[str, str]]:
    """Each distinct palette colour with a usage hint; the first is the brand colour (the engine's rule).

    Hints come from lightness and chroma, so they hold for the named and the derived palettes alike.
    """
    roles: list[tuple[str, str]] = []
    for n, color in enumerate(dict.fromkeys(c.upper() for c in colors)):
        lum, chroma = luminance(color), oklch(color)[1]
        if n == 0:
            role = "primary (brand colour)"
        elif lum < 0.05:
            role = "dark (text on light backgrounds)"
        elif lum > 0.6 and chroma < 0.06:
            role = "light (backgrounds, text on dark)"
        elif chroma > 0.03:
            role = "accent"
        else:
            role = "neutral"
        roles.append((color, role))
    return roles


def _drawn_colors(svg: str) -> list[str]:
    seen: dict[str, None] = {}
    for hex_color in _HEX.findall(svg):
        seen.setdefault(hex_color.upper(), None)
    return list(seen)


def _one_line(text: str) -> str:
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def brand_text(design: Design, name: str, paths: Iterable[str]) -> str:
    """The kit's notes: palette hex codes, typefaces, layout and how to use the files."""
    title = _one_line(name) or "Logo"
    heading = f"{title} — brand kit"
    lines = [heading, "=" * len(heading), ""]
    palette_name = str(design.palette.get("name") or "custom")
    lines.append(f"Palette: {palette_name}")
    for hex_color, role in palette_roles(list(design.palette.get("colors") or [])):
        lines.append(f"  {hex_color}  {role}")
    lines.append(f"  As drawn in logo.svg: {', '.join(_drawn_colors(design.svg))}")
    lines.append(f"  Logo background: {background_color(design.svg)}")
    lines += ["", "Typefaces"]
    lines.append(f"  Name:   {design.font}")
    slogan_font = design.extra.get("slogan_font")
    if slogan_font:
        lines.append(f"  Slogan / supporting text: {slogan_font}")
    lines.append("  (Lettering in the SVGs is drawn as outlines: no fonts are needed to open them.)")
    symbol = design.icon or ("initials" if design.symbol_svg else "none (lettering only)")
    lines += ["", "Logo", f"  Layout: {design.layout}", f"  Symbol: {symbol}"]
    if design.extra.get("name_text"):
        lines.append(f"  Name as set: {_one_line(str(design.extra['name_text']))}")
    small = "symbol.svg or favicon.ico" if design.symbol_svg else "favicon.ico"
    lines += [
        "",
        "Usage",
        "  Clear space: keep at least 10% of the logo's drawn width empty on every side.",
        f"  Minimum size: 160 px (about 25 mm) wide for the full logo; smaller than that, use {small}.",
        "  On light backgrounds use logo or logo-transparent; on dark ones use logo-dark.",
        "  Use the SVGs wherever possible; the PNGs are for places that do not take SVG.",
        "  social/: profile picture (400 px; networks crop it to a circle, the artwork stays inside), X header",
        "  1500x500, LinkedIn banner 1584x396, Facebook cover 820x312, link preview (Open Graph) 1200x630.",
        "",
        "Files",
    ]
    lines += [f"  {path}" for path in ["brand.txt", *paths]]
    return "\n".join(lines) + "\n"


def _zip(folder: str, files: list[tuple[str, bytes]]) -> bytes:
    """A reproducible zip: fixed dates, Unix permissions, PNGs stored, the rest deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path, data in files:
            info = zipfile.ZipInfo(f"{folder}/{path}", date_time=_ZIP_DATE)
            info.create_system = 3
            info.external_attr = _FILE_MODE
            info.compress_type = zipfile.ZIP_STORED if path.endswith(".png") else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    return out.getvalue()
