"""The design engine over many briefs: checks, determinism, variety, locks, safety, fonts."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from logostudio.design import Brief, Design, design_variant, design_variants, look
from logostudio.design.checks import check_markup
from logostudio.design.fonts import FACES, get_face
from logostudio.design.layouts import LAYOUTS
from logostudio.design.palettes import DEFAULT_PALETTES, contrast, luminance, parse_color
from logostudio.design.shaping import shape_line
from tests.design.briefgen import all_briefs, sample_briefs

ROOT = Path(__file__).resolve().parents[2]
HEX = "0123456789ABCDEF"


def _is_hex(value: str) -> bool:
    return len(value) == 7 and value[0] == "#" and all(c in HEX for c in value[1:])


@pytest.fixture(scope="module")
def designed() -> list[tuple[Brief, list[Design]]]:
    return [(b, design_variants(b, 6, 11)) for b in all_briefs()]


def test_at_least_200_briefs(designed: list[tuple[Brief, list[Design]]]) -> None:
    assert len(designed) >= 200


def test_every_variant_passes_checks(designed: list[tuple[Brief, list[Design]]]) -> None:
    for brief, designs in designed:
        assert len(designs) == 6
        for d in designs:
            assert d.checks["passed"] is True, (brief, d.checks)
            assert d.checks["contrast_text"] >= 4.5 and d.checks["contrast_text_dark"] >= 4.5
            assert d.checks["contrast_text_transparent"] >= 4.5
            if d.checks["contrast_symbol"] is not None:
                assert d.checks["contrast_symbol"] >= 3.0
            for svg, need_bg in ((d.svg, True), (d.dark_svg, True), (d.transparent_svg, False)):
                assert svg is not None and check_markup(svg, need_bg=need_bg) == [], brief
                assert "<text" not in svg and len(svg.encode()) < 20_000
            if d.symbol_svg is not None:
                assert check_markup(d.symbol_svg, need_bg=False) == []


def test_design_contract(designed: list[tuple[Brief, list[Design]]]) -> None:
    for _brief, designs in designed[:40]:
        for d in designs:
            root = ET.fromstring(d.svg)
            first = next(iter(root))
            assert first.tag.endswith("rect") and first.get("id") == "bg"
            assert (first.get("width"), first.get("height")) == ("512", "512")
            assert root.get("viewBox") == "0 0 512 512"
            assert isinstance(d.palette["name"], str) and len(d.palette["colors"]) == 4
            assert all(_is_hex(c) for c in d.palette["colors"])
            assert d.layout in LAYOUTS and d.font in {f.family for f in FACES.values()}
            meta = d.meta()
            assert {"layout", "icon", "font", "checks", "case", "letter_spacing"} <= set(meta)
            assert 'id="bg"' not in d.transparent_svg
            dark_bg = next(iter(ET.fromstring(d.dark_svg))).get("fill")
            assert luminance(dark_bg) < 0.05
            if d.layout == "wordmark":
                assert d.symbol_svg is None and d.icon is None
            else:
                assert d.symbol_svg is not None


def test_deterministic_and_seed_dependent() -> None:
    brief = sample_briefs()[1]
    a = design_variants(brief, 6, 5)
    b = design_variants(brief, 6, 5)
    assert [(d.svg, d.dark_svg, d.transparent_svg, d.symbol_svg) for d in a] == [
        (d.svg, d.dark_svg, d.transparent_svg, d.symbol_svg) for d in b
    ]
    c = design_variants(brief, 6, 6)
    assert [d.svg for d in a] != [d.svg for d in c]


def test_deterministic_across_processes() -> None:
    code = (
        "import hashlib;from logostudio.design import Brief, design_variants;"
        "print(hashlib.sha256(''.join(d.svg for d in design_variants("
        "Brief('coffee shop','Blue Bean','Brewed slowly','playful','light','#6F4E37'),6,3)).encode()).hexdigest())"
    )
    outs = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        outs.add(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT
            ).stdout.strip()
        )
    here = hashlib.sha256(
        "".join(
            d.svg
            for d in design_variants(
                Brief("coffee shop", "Blue Bean", "Brewed slowly", "playful", "light", "#6F4E37"), 6, 3
            )
        ).encode()
    ).hexdigest()
    assert outs == {here}


def test_variety_layouts_and_default_palettes() -> None:
    for brief in sample_briefs()[:20]:
        brief = Brief(brief.business_type, brief.business_name, brief.slogan, brief.style, brief.theme, None)
        designs = design_variants(brief, 6, 2)
        assert len({d.layout for d in designs}) >= 4
        names = [d.palette["name"] for d in designs]
        assert sorted(names) == ["cool", "cool", "mono", "mono", "warm", "warm"]
        for d in designs:
            default = next(p for p in DEFAULT_PALETTES if p["name"] == d.palette["name"])
            assert d.palette["colors"] == default["colors"]
        assert len({d.font for d in designs}) >= 2


@pytest.mark.parametrize("colour", ["blue", "#6F4E37", "teal", "amber", "#FFC8DD"])
def test_colour_derives_palettes(colour: str) -> None:
    designs = design_variants(Brief("bakery", "Golden Crust", style="vintage", color=colour), 6, 1)
    base = parse_color(colour)
    assert base is not None
    assert {d.palette["name"] for d in designs} >= {"signature", "analogous", "complementary", "neutral"}
    for d in designs:
        assert d.palette["colors"][0] == base
        assert all(_is_hex(c) for c in d.palette["colors"])
        assert d.palette["name"] not in ("warm", "cool", "mono")


HOSTILE = [
    "</svg><script>alert(1)</script>",
    '" onload="x',
    "<title>x</title>&amp;",
    "a\u0000b\u0007c",
    "<image href='http://evil/x.png'/>",
    "]]><!--",
    "javascript:alert(1)",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_user_text_never_reaches_markup_raw(name: str) -> None:
    brief = Brief("coffee shop", name, slogan=name, theme=name, style=name, color=name, icon=name)
    for d in design_variants(brief, 6, 1):
        for svg in (d.svg, d.dark_svg, d.transparent_svg, d.symbol_svg):
            if svg is None:
                continue
            assert check_markup(svg, need_bg=False) == []
            root = ET.fromstring(svg)
            for el in root.iter():
                assert not any(a.lower().startswith("on") for a in el.attrib)
                if not el.tag.endswith("title"):
                    assert name not in (el.text or "") and all(name not in v for v in el.attrib.values())
            outside_title = re.sub(r"<title>[^<]*</title>", "", svg)
            assert (
                "<script" not in svg
                and "onload" not in outside_title
                and "http" not in outside_title.replace("http://www.w3.org/2000/svg", "")
            )
            title = root.find("{http://www.w3.org/2000/svg}title")
            assert title is not None and "<" not in re.search(r"<title>([^<]*)</title>", svg).group(1)


def test_long_names_and_slogans_fit() -> None:
    name = "The Extraordinarily Long Named Artisan Bakery of Little Town"[:60]
    slogan = "Fresh bread, warm pastries and good coffee every single morning since nineteen."[:80]
    assert len(name) == 60 and len(slogan) >= 78
    for style in ("modern", "elegant", "bold", "minimalist", "tech", "playful", "vintage"):
        designs = design_variants(Brief("bakery", name, slogan, style), 6, 4)
        with_slogan = 0
        for d in designs:
            assert d.checks["passed"] and d.checks["margin"] >= 12
            drawn = d.meta()["text"]["slogan"]
            if drawn:
                assert " ".join(drawn).lower() == slogan.lower()
                with_slogan += 1
        assert with_slogan >= 3
    one_word = "X" * 60
    for d in design_variants(Brief("bakery", one_word, "y" * 80), 6, 1):
        assert d.checks["passed"]


@pytest.mark.parametrize("name", ["Café Ünïcode", "Łódź Pierogi", "Žluťoučký Kůň", "Москва Кофе", "Αθήνα Grill"])
def test_accented_and_other_scripts_use_a_face_that_draws_them(name: str) -> None:
    for d in design_variants(Brief("restaurant", name, style="bold"), 6, 1):
        drawn = d.meta()["name_text"]
        assert drawn.replace(" ", "").lower() == name.replace(" ", "").lower()
        face = next(
            f for f in FACES if FACES[f].family == d.font and all(c.isspace() or get_face(f).covers(c) for c in drawn)
        )
        assert all(g[0] != 0 for g in shape_line(face, drawn, 0.0).glyphs)  # no .notdef (tofu)


def test_cjk_names_are_drawn_whole() -> None:
    for name in ("東京 Sushi", "東京"):
        for d in design_variants(Brief("sushi restaurant", name), 6, 1):
            assert d.checks["passed"] and " ".join(d.meta()["text"]["name"]).lower() == name.lower()


def test_missing_name_uses_title_cased_type() -> None:
    d = design_variants(Brief("dog walking"), 1, 1)[0]
    assert d.meta()["name_text"] in ("Dog Walking", "DOG WALKING", "dog walking")


def test_locks_keep_icon_layout_and_palette() -> None:
    palette = {"name": "custom", "colors": ["#123456", "#ABCDEF", "#FEDCBA", "#0F0F0F"]}
    for layout in LAYOUTS:
        designs = design_variants(Brief("coffee shop", "Bean There", layout=layout, palette=palette), 6, 3)
        assert all(d.layout == layout for d in designs)
        assert all(d.palette == palette for d in designs)
        assert len({(d.font, d.meta()["case"], d.meta()["letter_spacing"], d.meta()["shape"]) for d in designs}) >= 3
    designs = design_variants(Brief("coffee shop", "Bean There", icon="rocket-launch"), 6, 3)
    assert all(d.icon == "rocket-launch" for d in designs)
    assert len({d.layout for d in designs}) >= 3


def test_icon_keyword_overrides_match() -> None:
    designs = design_variants(Brief("law firm", "Hart & Cole", icon="anchor"), 6, 1)
    assert {d.icon for d in designs if d.icon} == {"anchor"}
    designs = design_variants(Brief("law firm", "Hart & Cole", icon="guitar"), 6, 1)
    assert all("guitar" in d.icon for d in designs if d.icon)


@pytest.mark.parametrize(
    ("business_type", "words"),
    [
        ("coffee shop", ("coffee", "cup", "mug", "kettle")),
        ("dental clinic", ("tooth",)),
        ("law firm", ("scale", "gavel")),
        ("bakery", ("baguette", "bread", "muffin", "cake", "cupcake", "croissant")),
        ("plumbing service", ("pipe", "pump", "faucet")),
        ("veterinary clinic", ("paw", "dog", "cat", "stethoscope")),
        ("photography studio", ("camera", "polaroid")),
        ("florist", ("flower",)),
        ("auto repair shop", ("car", "wrench", "tire")),
        ("solar energy installer", ("solar", "sunny")),
        ("video game studio", ("controller", "gamepad", "space-invaders")),
        ("church", ("church", "cross", "pray")),
        ("podcast", ("podcast", "microphone", "headphones")),
        ("hotel", ("bed", "room-service", "key")),
    ],
)
def test_relevant_symbols(business_type: str, words: tuple[str, ...]) -> None:
    icons = [d.icon for d in design_variants(Brief(business_type, "Acme"), 6, 1) if d.icon]
    assert icons and all(any(w in icon for w in words) for icon in icons)


def test_unknown_style_and_theme_words() -> None:
    for style, theme in (("weird", None), (None, "pastel dark"), ("LUXURY", "retro")):
        designs = design_variants(Brief("florist", "Petal", style=style, theme=theme), 6, 1)
        assert all(d.checks["passed"] for d in designs)
    dark = design_variants(Brief("florist", "Petal", theme="dark"), 1, 1)[0]
    assert dark.svg == dark.dark_svg


def test_contrast_of_main_colours() -> None:
    from logostudio.design.palettes import scheme_for

    for design in design_variants(Brief("spa", "Still Water", color="#A8DADC"), 6, 1):
        bg = next(iter(ET.fromstring(design.svg))).get("fill")
        scheme = scheme_for(tuple(design.palette["colors"]), "light")
        # A pale brand colour never becomes the text: the name and symbol colours are derived to read.
        assert bg == scheme.bg and contrast(scheme.ink, bg) >= 7 and contrast(scheme.mark, bg) >= 3
        assert design.checks["contrast_text"] >= 4.5


def test_count_range() -> None:
    assert design_variants(Brief("bakery"), 0, 1) == []
    designs = design_variants(Brief("bakery", "Crumb"), 24, 1)
    assert len(designs) == 24 and len({d.svg for d in designs}) == 24
    assert [d.svg for d in designs[:6]] == [d.svg for d in design_variants(Brief("bakery", "Crumb"), 6, 1)]


def test_analogous_variants_draw_the_symbol_in_the_second_colour() -> None:
    from logostudio.design.palettes import scheme_for

    designs = design_variants(Brief("travel agency", "Far Horizons", color="#00A6ED"), 12, 1)
    analogous = [d for d in designs if d.palette["name"] == "analogous"]
    assert analogous and all(d.meta()["mark_color"] == "accent_mark" for d in analogous)
    assert all(d.meta()["mark_color"] == "mark" for d in designs if d.palette["name"] != "analogous")
    for d in analogous:
        scheme = scheme_for(tuple(d.palette["colors"]), "light")
        assert scheme.accent_mark != scheme.mark  # a clean blue-green: no fallback
    # A bare symbol (the stacked layout draws it on the canvas) shows that second colour.
    stacked = design_variants(Brief("travel agency", "Far Horizons", color="#00A6ED", layout="stacked"), 4, 1)
    bare = next(d for d in stacked if d.palette["name"] == "analogous")
    scheme = scheme_for(tuple(bare.palette["colors"]), "light")
    assert f'fill="{scheme.accent_mark}"' in bare.svg and f'fill="{scheme.mark}"' not in bare.svg
    # A yellow accent would turn olive when darkened to read: the symbol keeps the brand colour.
    warm = scheme_for(("#FF6B6B", "#FFD93D", "#FFA552", "#2C2C2C"), "light")
    assert warm.accent_mark == warm.mark


ANCHOR = {"name": "anchor", "colors": ["#7B2FF7", "#F72585", "#4CC9F0", "#14213D"]}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_anchored_set_varies_more_than_its_typeface(layout: str) -> None:
    """More like this keeps layout, symbol and palette; its six must still be six real options."""
    brief = Brief("coffee shop", "Blue Bean", layout=layout, palette=ANCHOR, icon="coffee")
    designs = design_variants(brief, 6, 3)
    assert all(d.layout == layout and d.palette == ANCHOR for d in designs)
    composition = {tuple(d.meta()[k] for k in ("shape", "name_color", "framed", "accent", "ring")) for d in designs}
    icon_styles = {d.icon for d in designs}
    assert len(composition) >= 3, composition
    if layout in ("emblem", "horizontal", "stacked", "badge"):  # the symbol in both its styles
        assert icon_styles == {"coffee", "coffee-outline"}, icon_styles
    assert len({look(d.meta(), d.palette) for d in designs}) == 6


def test_no_two_variants_of_a_set_look_alike() -> None:
    for brief in sample_briefs()[:20]:
        designs = design_variants(brief, 12, 4)
        assert len({look(d.meta(), d.palette) for d in designs}) == 12


def test_new_variations_never_repeat_a_logo_the_person_has() -> None:
    brief = Brief("bakery", "Golden Crust", layout="badge", palette=ANCHOR, icon="baguette")
    first = design_variants(brief, 6, 1)
    had = frozenset(look(d.meta(), d.palette) for d in first)
    again = design_variants(brief, 6, 2, avoid=had)
    assert not had & {look(d.meta(), d.palette) for d in again}
    assert not {d.svg for d in first} & {d.svg for d in again}
    # Each variant is reproducible alone from what its meta records.
    for i, d in enumerate(again):
        assert design_variant(brief, 2, i, nudge=d.meta().get("nudge", 0)).svg == d.svg


@pytest.mark.parametrize("business_type, name", [("coffee shop", "Blue Bean"), ("bakery", "Golden Crust")])
def test_a_large_set_uses_every_candidate_symbol_and_every_layout(business_type: str, name: str) -> None:
    """24 variants used to repeat three symbols and the initials: a large set goes down the
    matcher's whole list and through every layout, and no two of its logos look alike."""
    from collections import Counter

    from logostudio.design.symbols import symbol_candidates

    candidates = {s.slug for s in symbol_candidates(business_type, name)}
    designs = design_variants(Brief(business_type, name), 24, 11)
    icons = Counter(d.icon for d in designs if d.icon)
    assert len(candidates) >= 4 and set(icons) == candidates, (icons, candidates)
    assert Counter(d.layout for d in designs) == dict.fromkeys(LAYOUTS, 4)
    assert len({look(d.meta(), d.palette) for d in designs}) == 24
