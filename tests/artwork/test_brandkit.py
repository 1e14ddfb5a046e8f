"""The brand kit zip: its files, their sizes and colours, and the studio path that serves it."""

from __future__ import annotations

import io
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace

import pytest
from PIL import Image

from logostudio import studio
from logostudio.artwork.brandkit import build_brand_kit, kit_folder
from logostudio.design import Brief, Design, design_variants
from logostudio.design.palettes import luminance
from logostudio.filenames import download_name
from tests.helpers import wait_for_job

BRIEF = Brief("coffee shop", "Blue Bean", "Brewed slowly", "playful", "light", "#6F4E37")
FOLDER = "blue-bean-brand-kit/"
SOCIAL = {
    "social/avatar-400.png": (400, 400),
    "social/cover-x-1500x500.png": (1500, 500),
    "social/cover-linkedin-1584x396.png": (1584, 396),
    "social/cover-facebook-820x312.png": (820, 312),
    "social/open-graph-1200x630.png": (1200, 630),
}
COMMON = [
    "brand.txt",
    "logo.svg",
    "logo-transparent.svg",
    "logo-dark.svg",
    "favicon.ico",
    "apple-touch-icon.png",
    "png/logo-256.png",
    "png/logo-512.png",
    "png/logo-1024.png",
    "png/logo-2048.png",
    "png/logo-transparent-1024.png",
    "png/logo-dark-1024.png",
    *SOCIAL,
]
SYMBOL_FILES = ["symbol.svg", "png/symbol-512.png"]


@pytest.fixture(scope="module")
def with_symbol() -> Design:
    design = next(d for d in design_variants(BRIEF, 6, 3) if d.symbol_svg)
    assert design.layout != "wordmark"
    return design


@pytest.fixture(scope="module")
def wordmark() -> Design:
    design = design_variants(replace(BRIEF, layout="wordmark"), 1, 3)[0]
    assert design.layout == "wordmark" and design.symbol_svg is None
    return design


@pytest.fixture(scope="module")
def kit(with_symbol: Design) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(build_brand_kit(with_symbol, name="Blue Bean")))


def image(kit: zipfile.ZipFile, path: str) -> Image.Image:
    im = Image.open(io.BytesIO(kit.read(FOLDER + path)))
    im.load()
    return im


def corner(im: Image.Image) -> tuple[int, int, int, int]:
    return im.convert("RGBA").getpixel((2, 2))


def test_file_list_with_a_symbol(kit: zipfile.ZipFile) -> None:
    assert sorted(kit.namelist()) == sorted(FOLDER + p for p in COMMON + SYMBOL_FILES)
    assert kit.testzip() is None


def test_file_list_of_a_wordmark_has_no_symbol(wordmark: Design) -> None:
    kit = zipfile.ZipFile(io.BytesIO(build_brand_kit(wordmark, name="Blue Bean")))
    assert sorted(kit.namelist()) == sorted(FOLDER + p for p in COMMON)
    assert not any("symbol" in n for n in kit.namelist())
    assert "symbol.svg" not in kit.read(FOLDER + "brand.txt").decode()
    assert Image.open(io.BytesIO(kit.read(FOLDER + "favicon.ico"))).info["sizes"] == {(16, 16), (32, 32), (48, 48)}
    touch = Image.open(io.BytesIO(kit.read(FOLDER + "apple-touch-icon.png")))
    assert touch.size == (180, 180) and touch.convert("RGBA").getextrema()[3] == (255, 255)


def test_pngs_have_their_sizes(kit: zipfile.ZipFile) -> None:
    for size in (256, 512, 1024, 2048):
        im = image(kit, f"png/logo-{size}.png")
        assert (im.format, im.size) == ("PNG", (size, size))
    assert image(kit, "png/logo-transparent-1024.png").size == (1024, 1024)
    assert image(kit, "png/logo-dark-1024.png").size == (1024, 1024)
    assert image(kit, "png/symbol-512.png").size == (512, 512)


def test_social_images_have_the_networks_sizes(kit: zipfile.ZipFile, wordmark: Design) -> None:
    wordmark_kit = zipfile.ZipFile(io.BytesIO(build_brand_kit(wordmark, name="Blue Bean")))
    for archive in (kit, wordmark_kit):
        for path, size in SOCIAL.items():
            im = image(archive, path)
            assert (im.format, im.size) == ("PNG", size), path
            assert im.convert("RGBA").getchannel("A").getextrema() == (255, 255), path  # opaque
            assert len(im.convert("RGB").getcolors(size[0] * size[1])) > 20, path  # a picture, not a fill
    text = kit.read(FOLDER + "brand.txt").decode("utf-8")
    assert "Open Graph" in text and "1500x500" in text


def test_transparent_dark_and_normal_backgrounds(kit: zipfile.ZipFile) -> None:
    assert corner(image(kit, "png/logo-1024.png"))[3] == 255
    assert corner(image(kit, "png/logo-transparent-1024.png"))[3] == 0
    assert corner(image(kit, "png/symbol-512.png"))[3] == 0
    r, g, b, a = corner(image(kit, "png/logo-dark-1024.png"))
    assert a == 255 and luminance(f"#{r:02X}{g:02X}{b:02X}") < 0.05
    # The transparent version still draws the logo.
    assert image(kit, "png/logo-transparent-1024.png").getchannel("A").getextrema() == (0, 255)


def test_favicon_has_three_sizes_each_drawn(kit: zipfile.ZipFile) -> None:
    ico = image(kit, "favicon.ico")
    assert ico.format == "ICO"
    assert ico.info["sizes"] == {(16, 16), (32, 32), (48, 48)} == set(ico.ico.sizes())
    for side in (16, 32, 48):
        frame = ico.ico.getimage((side, side)).convert("RGBA")
        assert frame.size == (side, side)
        assert frame.getchannel("A").getextrema()[1] == 255  # not blank


def test_apple_touch_icon_is_180_and_opaque(kit: zipfile.ZipFile) -> None:
    touch = image(kit, "apple-touch-icon.png")
    assert touch.size == (180, 180)
    assert touch.convert("RGBA").getchannel("A").getextrema() == (255, 255)
    assert len(touch.convert("RGB").getcolors(180 * 180)) > 2  # something is drawn on the background


def test_svgs_are_the_designs(kit: zipfile.ZipFile, with_symbol: Design) -> None:
    expected = {
        "logo.svg": with_symbol.svg,
        "logo-transparent.svg": with_symbol.transparent_svg,
        "logo-dark.svg": with_symbol.dark_svg,
        "symbol.svg": with_symbol.symbol_svg,
    }
    for path, svg in expected.items():
        text = kit.read(FOLDER + path).decode("utf-8")
        assert text == svg
        assert ET.fromstring(text).tag == "{http://www.w3.org/2000/svg}svg"


def test_brand_txt_has_palette_and_typefaces(kit: zipfile.ZipFile, with_symbol: Design) -> None:
    text = kit.read(FOLDER + "brand.txt").decode("utf-8")
    assert text.startswith("Blue Bean")
    assert len(with_symbol.palette["colors"]) == 4
    for hex_color in with_symbol.palette["colors"]:
        assert hex_color.upper() in text
    assert with_symbol.palette["name"] in text
    assert "primary (brand colour)" in text
    assert with_symbol.font in text and with_symbol.extra["slogan_font"] in text
    assert with_symbol.layout in text and with_symbol.icon in text
    assert "Clear space" in text and "Minimum size" in text
    for path in COMMON + SYMBOL_FILES:
        assert f"  {path}\n" in text


def test_same_design_same_bytes(with_symbol: Design) -> None:
    first = build_brand_kit(with_symbol, name="Blue Bean")
    assert build_brand_kit(with_symbol, name="Blue Bean") == first
    kit = zipfile.ZipFile(io.BytesIO(first))
    for info in kit.infolist():
        expected = zipfile.ZIP_STORED if info.filename.endswith(".png") else zipfile.ZIP_DEFLATED
        assert info.compress_type == expected, info.filename
        assert info.date_time == (2024, 1, 1, 0, 0, 0)


def test_design_without_kit_sources_still_makes_a_kit(with_symbol: Design) -> None:
    """What studio.brand_kit builds when the stored SVG no longer matches a fresh design."""
    bare = Design(
        svg=with_symbol.svg,
        palette=with_symbol.palette,
        layout=with_symbol.layout,
        icon=with_symbol.icon,
        font=with_symbol.font,
        checks=with_symbol.checks,
    )
    kit = zipfile.ZipFile(io.BytesIO(build_brand_kit(bare, name="Blue Bean")))
    names = {n.removeprefix(FOLDER) for n in kit.namelist()}
    assert names == set(COMMON) - {"logo-dark.svg", "png/logo-dark-1024.png"}
    assert corner(image(kit, "png/logo-transparent-1024.png"))[3] == 0
    assert 'id="bg"' not in kit.read(FOLDER + "logo-transparent.svg").decode()


def test_folder_is_a_slug_of_the_name() -> None:
    assert kit_folder("Blue Bean") == "blue-bean-brand-kit"
    assert kit_folder("Café Noé & Co.") == "cafe-noe-co-brand-kit"
    assert kit_folder("東京") == "dongjing-brand-kit"  # transliterated, so sets do not collide
    assert kit_folder("Москва Кофе") == "moskva-kofe-brand-kit"
    assert kit_folder("!!!") == "logo-brand-kit"
    assert kit_folder("x" * 80) == "x" * 40 + "-brand-kit"


def test_each_variant_of_a_set_unzips_into_a_folder_of_its_own() -> None:
    """Every kit of a set used to unzip into the same folder, whatever the variant."""
    assert kit_folder("Café Joy", 2) == "cafe-joy-03-brand-kit"
    assert kit_folder("Москва Кофе", 0) == "moskva-kofe-01-brand-kit"
    # The file people download is named like the folder it holds.
    assert download_name("Café Joy", 2, "zip", "brand kit") == f"{kit_folder('Café Joy', 2)}.zip"


def test_service_serves_the_kit_of_a_stored_variant(embedded_settings) -> None:
    job_id = studio.submit(
        {"business_type": "bakery", "business_name": "Golden Crust", "variants": 2, "seed": 4}, embedded_settings
    )
    job = wait_for_job(job_id, embedded_settings)
    assert job.status == "done" and len(job.variants) == 2
    variant = next(v for v in job.variants if v.index == 0)

    kit = zipfile.ZipFile(io.BytesIO(studio.brand_kit(job_id, 0, embedded_settings)))
    folder = "golden-crust-01-brand-kit/"
    assert {
        n.split("/")[0] for n in zipfile.ZipFile(io.BytesIO(studio.brand_kit(job_id, 1, embedded_settings))).namelist()
    } == {"golden-crust-02-brand-kit"}
    assert kit.read(folder + "logo.svg") == studio.read_object(variant.svg_key, embedded_settings)
    assert {folder + p for p in COMMON} <= set(kit.namelist())
    assert "Golden Crust" in kit.read(folder + "brand.txt").decode()

    with pytest.raises(studio.NoSuchJob):
        studio.brand_kit(str(uuid.uuid4()), 0, embedded_settings)
    with pytest.raises(studio.NoSuchJob):
        studio.brand_kit("not-a-job-id", 0, embedded_settings)
    with pytest.raises(studio.NoSuchJob):
        studio.brand_kit(job_id, 5, embedded_settings)
