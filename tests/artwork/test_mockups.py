"""Mock-ups: every one renders at its size for every layout, shows the logo where a customer looks for it,
keeps hostile names inert and gives the same bytes for the same design."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from logostudio.artwork.mockups import list_mockups, mockup_svg, render_mockup, social_files
from logostudio.design import Brief, Design, design_variants

ROOT = Path(__file__).resolve().parents[2]
LIGHT = Brief("coffee shop", "Blue Bean", "Brewed slowly", "playful", "light", "#6F4E37")
DARK = Brief("law firm", "Hart & Vale", None, "elegant", "dark", "navy")
IDS = [m.id for m in list_mockups()]
SIZES = {m.id: (m.width, m.height) for m in list_mockups()}

# Where the whole logo is drawn in each mock-up, as fractions (x0, y0, x1, y1) of the image, and which
# version of it belongs there: "own" (as designed, on its own background), "light" (for light surfaces),
# "dark" (for dark surfaces), "theme" (light or dark as the logo's own theme).
COVER = [((0.16, 0.19, 0.84, 0.81), "theme")]
LOGO_AT: dict[str, list[tuple[tuple[float, float, float, float], str]]] = {
    "business-cards": [((0.50, 0.47, 0.80, 0.75), "own")],  # the front card, lying on the right
    "card-front": [((0.19, 0.24, 0.81, 0.76), "own")],
    "storefront": [((0.14, 0.27, 0.86, 0.42), "dark")],  # on the fascia above the awning
    "tshirts": [((0.18, 0.31, 0.37, 0.52), "light"), ((0.63, 0.31, 0.82, 0.52), "dark")],  # on each chest
    "mug": [((0.34, 0.31, 0.64, 0.67), "light")],
    "social-profile": [((0.21, 0.08, 0.79, 0.335), "theme")],  # in the header
    "cover-x": COVER,
    "cover-linkedin": COVER,
    "cover-facebook": COVER,
    "open-graph": COVER,
    "letterhead": [((0.08, 0.055, 0.45, 0.17), "light")],  # top left
    "on-dark": [((0.21, 0.19, 0.79, 0.81), "dark")],
    "on-photo": [((0.27, 0.25, 0.73, 0.75), "light")],
}
SYMBOL_ALSO_AT = {"storefront": [(0.26, 0.63, 0.35, 0.76)]}  # the window decal (the symbol in its own colour)
ICON_ONLY = {"avatar", "app-icon", "card-back"}  # the symbol (or initials) on a tile, not the whole logo
SENTINEL = "#FF00FF"
_PAINT = re.compile(r'((?:fill|stroke)=")#[0-9A-Fa-f]{6}(")')
_BG = re.compile(r'<rect id="bg"[^>]*/>')


def _variants(brief: Brief, seed: int) -> list[Design]:
    designs = design_variants(brief, 6, seed)
    assert len({d.layout for d in designs}) == 6, "every layout once"
    return designs


@pytest.fixture(scope="module")
def designs() -> list[tuple[Design, str]]:
    return [(d, "Blue Bean") for d in _variants(LIGHT, 3)] + [(d, "Hart & Vale") for d in _variants(DARK, 1)]


@pytest.fixture(scope="module")
def renders(designs: list[tuple[Design, str]]) -> dict[tuple[int, str], np.ndarray]:
    out = {}
    for i, (design, name) in enumerate(designs):
        for mockup_id in IDS:
            im = Image.open(io.BytesIO(render_mockup(design, name, mockup_id)))
            assert (im.format, im.size) == ("PNG", SIZES[mockup_id]), (design.layout, mockup_id)
            out[i, mockup_id] = np.asarray(im.convert("RGB")).astype(int)
    return out


def _rgb(hex_color: str) -> np.ndarray:
    return np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])


def _crop(pixels: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    h, w, _ = pixels.shape
    x0, y0, x1, y1 = box
    return pixels[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)]


def _near(pixels: np.ndarray, hex_color: str, tolerance: float) -> np.ndarray:
    return np.linalg.norm(pixels - _rgb(hex_color), axis=-1) <= tolerance


def _packed(pixels: np.ndarray) -> np.ndarray:
    return (pixels[..., 0] << 16 | pixels[..., 1] << 8 | pixels[..., 2]).ravel()


def _dominant(pixels: np.ndarray) -> str:
    values, counts = np.unique(_packed(pixels), return_counts=True)
    return f"#{int(values[counts.argmax()]):06X}"


def _version(design: Design, which: str) -> str:
    if which == "theme":
        which = "dark" if design.svg == design.dark_svg else "light"
    return {"own": design.svg, "light": design.transparent_svg, "dark": design.dark_svg}[which] or ""


def _logo_paints(svg: str) -> set[str]:
    return {c.upper() for c in re.findall(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"', _BG.sub("", svg))}


def test_catalogue_lists_every_mockup_the_issue_asks_for() -> None:
    mockups = list_mockups()
    assert len(IDS) == len(set(IDS))
    assert {
        "business-cards",
        "card-front",
        "card-back",
        "storefront",
        "tshirts",
        "mug",
        "app-icon",
        "avatar",
        "social-profile",
        "cover-x",
        "open-graph",
        "letterhead",
        "on-dark",
        "on-photo",
    } <= set(IDS)
    assert all(m.title and m.description and m.width > 0 and m.height > 0 for m in mockups)
    assert SIZES["card-front"] == SIZES["card-back"] == (1050, 600)  # 3.5 × 2 in
    assert abs(SIZES["letterhead"][1] / SIZES["letterhead"][0] - 297 / 210) < 0.002  # A4
    assert SIZES["cover-x"] == (1500, 500) and SIZES["open-graph"] == (1200, 630)
    assert SIZES["cover-linkedin"] == (1584, 396) and SIZES["cover-facebook"] == (820, 312)
    assert SIZES["avatar"] == (400, 400)
    assert set(LOGO_AT) | ICON_ONLY == set(IDS)  # every mock-up is checked below
    with pytest.raises(KeyError):
        render_mockup(design_variants(LIGHT, 1, 3)[0], "Blue Bean", "no-such-mockup")


def test_every_mockup_renders_at_its_size_for_every_layout(renders: dict[tuple[int, str], np.ndarray]) -> None:
    for (i, mockup_id), pixels in renders.items():
        assert pixels.shape[:2] == SIZES[mockup_id][::-1]
        assert len(np.unique(_packed(pixels))) > 30, (i, mockup_id)  # a picture, not a fill


@pytest.mark.parametrize("mockup_id", sorted(LOGO_AT))
def test_the_logo_is_drawn_where_expected_and_nowhere_else(designs: list[tuple[Design, str]], mockup_id: str) -> None:
    """Every colour of the logo turned to a sentinel magenta: magenta shows up in the logo's place only."""
    for design, name in designs[:6]:

        def paint(svg: str | None) -> str | None:
            if svg is None:
                return None
            bg = _BG.search(svg)
            painted = _PAINT.sub(lambda m: m.group(1) + SENTINEL + m.group(2), _BG.sub("", svg))
            return painted.replace(">", ">" + bg.group(0), 1) if bg else painted

        marked = replace(
            design,
            svg=paint(design.svg),
            transparent_svg=paint(design.transparent_svg),
            dark_svg=paint(design.dark_svg),
            symbol_svg=paint(design.symbol_svg),
        )
        pixels = np.asarray(Image.open(io.BytesIO(render_mockup(marked, name, mockup_id))).convert("RGB")).astype(int)
        r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
        magenta = (r > 150) & (b > 150) & (g < 110) & (abs(r - b) < 60)
        inside = np.zeros_like(magenta)
        for box, _ in LOGO_AT[mockup_id]:
            h, w = magenta.shape
            x0, y0, x1, y1 = box
            region = magenta[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)]
            assert region.mean() > 0.005, (design.layout, mockup_id, box, region.mean())  # clearly drawn there
            inside[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)] = True
        for x0, y0, x1, y1 in SYMBOL_ALSO_AT.get(mockup_id, []):
            inside[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)] = True
        assert (magenta & ~inside).sum() <= 0.005 * magenta.sum(), (design.layout, mockup_id)


@pytest.mark.parametrize("mockup_id", sorted(LOGO_AT))
def test_the_logo_keeps_its_colours_and_stands_out(
    designs: list[tuple[Design, str]], renders: dict[tuple[int, str], np.ndarray], mockup_id: str
) -> None:
    """In the logo's place, the right version's own colours show, apart from the surface they sit on."""
    for i, (design, _) in enumerate(designs):
        for box, which in LOGO_AT[mockup_id]:
            region = _crop(renders[i, mockup_id], box)
            # What the logo sits on: the region's edge (the logo is drawn well inside it).
            edge = np.concatenate([region[0], region[-1], region[:, 0], region[:, -1]])
            surface = np.median(edge, axis=0)
            paints = [c for c in _logo_paints(_version(design, which)) if np.linalg.norm(_rgb(c) - surface) > 60]
            assert paints, (design.layout, mockup_id, which)
            shown = np.zeros(region.shape[:2], dtype=bool)
            for color in paints:
                shown |= _near(region, color, 40)
            assert shown.mean() > 0.004 and shown.sum() > 400, (design.layout, mockup_id, which, paints, shown.mean())


def test_avatar_is_safe_for_a_circular_crop(
    designs: list[tuple[Design, str]], renders: dict[tuple[int, str], np.ndarray]
) -> None:
    yy, xx = np.mgrid[0:400, 0:400]
    outside = np.hypot(xx - 199.5, yy - 199.5) > 200
    inside = np.hypot(xx - 199.5, yy - 199.5) < 196
    for i, (design, _) in enumerate(designs):
        pixels = renders[i, "avatar"]
        bg = pixels[0, 0]
        assert (np.abs(pixels[outside] - bg).max(axis=-1) <= 2).all(), design.layout  # nothing cut by the crop
        art = np.abs(pixels[inside] - bg).max(axis=-1) > 60
        assert art.mean() > 0.02, (design.layout, art.mean())  # the artwork stands out from its tile


def test_app_icon_is_a_brand_tile_with_visible_artwork(
    designs: list[tuple[Design, str]], renders: dict[tuple[int, str], np.ndarray]
) -> None:
    for i, (design, _) in enumerate(designs):
        tile = renders[i, "app-icon"][250:450, 790:990]  # the middle of the large icon (730..1050, 190..510)
        color = _dominant(tile)
        known = set(design.palette["colors"]) | _logo_paints(design.symbol_svg or "")
        assert any(np.linalg.norm(_rgb(color) - _rgb(c)) < 12 for c in known), (design.layout, color)
        assert (np.abs(tile - _rgb(color)).max(axis=-1) > 60).mean() > 0.04, design.layout
        # The same tile, small, on the phone's home screen (second row, second column).
        small = renders[i, "app-icon"][270:326, 263:319]
        assert (np.linalg.norm(small - _rgb(color), axis=-1) < 12).mean() > 0.3, design.layout


def test_card_back_carries_the_name_contacts_and_mark(
    designs: list[tuple[Design, str]], renders: dict[tuple[int, str], np.ndarray]
) -> None:
    name_box, contact_box, mark_box = (0.08, 0.12, 0.66, 0.4), (0.08, 0.64, 0.5, 0.92), (0.7, 0.25, 0.96, 0.75)
    for i, (design, _) in enumerate(designs):
        pixels = renders[i, "card-back"]
        other = np.asarray(
            Image.open(io.BytesIO(render_mockup(design, "Zed Quokka Works", "card-back"))).convert("RGB")
        ).astype(int)
        assert (_crop(pixels, name_box) != _crop(other, name_box)).mean() > 0.01, design.layout  # the name
        assert (_crop(pixels, contact_box) == _crop(other, contact_box)).all(), design.layout  # placeholders
        ink = np.linalg.norm(pixels - _rgb(_dominant(pixels)), axis=-1) > 100
        assert _crop(ink[..., None], name_box).mean() > 0.02, design.layout
        assert _crop(ink[..., None], contact_box).mean() > 0.02, design.layout
        assert _crop(ink[..., None], mark_box).mean() > 0.025, design.layout  # symbol or initials


HOSTILE = [
    "</svg><script>alert(1)</script>",
    '" onload="alert(1)',
    "<title>x</title>&amp;",
    "a\u0000b\u0007c",
    "<image href='http://evil.example/x.png'/>",
    "]]><!--",
    "Robert'); DROP TABLE logos;--",
]
ALLOWED_TAGS = {
    "svg",
    "title",
    "defs",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_stay_inert(name: str) -> None:
    design = design_variants(replace(LIGHT, business_name=name), 2, 3)[0]
    for mockup_id in IDS:
        svg = mockup_svg(design, name, mockup_id)
        root = ET.fromstring(svg)  # well-formed: nothing broke out of its element
        for element in root.iter():
            tag = element.tag.rsplit("}", 1)[-1]
            assert tag in ALLOWED_TAGS, (mockup_id, tag)
            assert not any(a.lower().startswith("on") or "href" in a.lower() for a in element.attrib), mockup_id
        titles = [e for e in root.iter() if e.tag.endswith("title")]
        assert len(titles) == 1 and titles[0].text.endswith(next(m.title for m in list_mockups() if m.id == mockup_id))
        outside_title = re.sub(r"<title>.*?</title>", "", svg, flags=re.DOTALL)
        assert "<script" not in svg and "onload" not in outside_title and "evil" not in outside_title
        assert "DROP" not in outside_title and "alert" not in outside_title
    png = render_mockup(design, name, "card-back")
    assert Image.open(io.BytesIO(png)).size == (1050, 600)


def test_name_is_drawn_as_outlines_not_text() -> None:
    design = design_variants(LIGHT, 1, 3)[0]
    blue = mockup_svg(design, "Blue Bean", "card-back")
    green = mockup_svg(design, "Green Leaf", "card-back")
    assert blue != green  # the name is drawn...
    assert "<text" not in blue and "Green" not in green.split("</title>", 1)[1]  # ...as paths, not text
    assert "example.com" not in blue.split("</title>", 1)[1]  # placeholder contacts too


def test_same_design_same_bytes_across_processes() -> None:
    design = design_variants(LIGHT, 2, 3)[1]
    ids = ["business-cards", "letterhead", "app-icon"]
    here = [hashlib.sha256(render_mockup(design, "Blue Bean", m)).hexdigest() for m in ids]
    assert here == [hashlib.sha256(render_mockup(design, "Blue Bean", m)).hexdigest() for m in ids]
    code = (
        "import hashlib; from logostudio.design import Brief, design_variants; "
        "from logostudio.artwork.mockups import render_mockup; "
        "d = design_variants(Brief('coffee shop', 'Blue Bean', 'Brewed slowly', 'playful', 'light', '#6F4E37'),"
        " 2, 3)[1]; "
        f"print(' '.join(hashlib.sha256(render_mockup(d, 'Blue Bean', m)).hexdigest() for m in {ids!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == here
    assert render_mockup(design, "Blue Bean", "card-back") != render_mockup(design, "Green Leaf", "card-back")


def test_social_files_for_the_brand_kit() -> None:
    design = design_variants(LIGHT, 1, 3)[0]
    files = social_files(design, "Blue Bean")
    assert {path: Image.open(io.BytesIO(png)).size for path, png in files} == {
        "social/avatar-400.png": (400, 400),
        "social/cover-x-1500x500.png": (1500, 500),
        "social/cover-linkedin-1584x396.png": (1584, 396),
        "social/cover-facebook-820x312.png": (820, 312),
        "social/open-graph-1200x630.png": (1200, 630),
    }
    assert dict(files)["social/cover-x-1500x500.png"] == render_mockup(design, "Blue Bean", "cover-x")


def test_every_mockup_renders_quickly() -> None:
    """Each at its native size in well under a second (generous bound: the test machine is shared)."""
    design = design_variants(DARK, 1, 1)[0]
    render_mockup(design, "Hart & Vale", "card-front")  # fonts and caches warm
    for mockup_id in IDS:
        start = time.perf_counter()
        render_mockup(design, "Hart & Vale", mockup_id)
        assert time.perf_counter() - start < 1.5, mockup_id
