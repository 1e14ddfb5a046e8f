"""Writing systems: letters are told apart by script, and names in every script are drawn whole, in a
face that has every letter, right to left where they read so, with initials in their own script,
and the words on the logo exactly the words of the brief."""

from __future__ import annotations

import pytest

from logostudio.design import Brief, design_variants
from logostudio.design.layouts import BUILDERS
from logostudio.design.plan import Planner, apply_case, initials
from logostudio.design.scripts import is_cjk, is_rtl, script_of, scripts_in
from logostudio.design.shaping import drawable_text, shape_line

# (script, business type, name, slogan): names people really give their businesses.
NAMES = [
    ("arabic", "restaurant", "مطعم الياسمين", "طعم البيت"),
    ("persian", "bookstore", "کتاب‌فروشی نو", "کتاب‌های خوب"),  # with a zero-width non-joiner
    ("hebrew", "cafe", "קפה השכונה", "קפה טוב כל בוקר"),
    ("devanagari", "yoga studio", "योग शाला", "शांति और स्वास्थ्य"),
    ("thai", "spa", "บ้านสปา", "ผ่อนคลายทุกวัน"),
    ("chinese", "tea house", "茶香小馆", "好茶好心情"),
    ("chinese-traditional", "tea house", "茶香小館", "好茶好心情"),
    ("japanese", "bakery", "パン工房 こむぎ", "毎日焼きたて"),
    ("korean", "coffee shop", "서울 커피", "매일 신선한 커피"),
    ("greek", "restaurant", "Ταβέρνα Αθήνα", "Φρέσκο κάθε μέρα"),
    ("cyrillic", "bakery", "Пекарня Хлеб", "Свежий хлеб"),
    ("mixed", "restaurant", "مطعم Jasmine 123", None),
]
RTL = {"arabic", "persian", "hebrew", "mixed"}


@pytest.fixture(scope="module", params=NAMES, ids=[n[0] for n in NAMES])
def designed(request: pytest.FixtureRequest) -> tuple[str, str, str | None, list]:
    script, business_type, name, slogan = request.param
    return script, name, slogan, design_variants(Brief(business_type, name, slogan), 6, 5)


def test_every_variant_passes_the_checks(designed) -> None:
    _script, _name, _slogan, designs = designed
    assert all(d.checks["passed"] for d in designs)
    assert all(d.checks["contrast_text"] >= 4.5 for d in designs)


def test_the_words_on_the_logo_are_the_words_given(designed) -> None:
    script, name, slogan, designs = designed
    for d in designs:
        text = d.meta()["text"]
        assert " ".join(text["name"]) == apply_case(name, d.meta()["case"]), (script, d.layout, text)
        if text["slogan"]:
            assert " ".join(text["slogan"]).casefold() == slogan.casefold()
        assert set(text) <= {"name", "slogan", "descriptor"}
    # A slogan is only ever dropped as a last resort, never replaced.
    if slogan:
        assert sum(bool(d.meta()["text"]["slogan"]) for d in designs) >= 5


def test_every_letter_has_a_glyph(designed) -> None:
    designs = designed[3]
    for d in designs:
        for line in d.meta()["text"]["name"] + d.meta()["text"]["slogan"]:
            text, face = drawable_text(line, ["manrope-xb"])
            assert text == line
            shaped = shape_line(face, text, 0.0)
            assert shaped.glyphs and all(gid != 0 for _f, gid, *_ in shaped.glyphs)  # no .notdef (tofu)


def test_right_to_left_names_read_right_to_left(designed) -> None:
    script, name, _slogan, _designs = designed
    assert shape_line(drawable_text(name, ["manrope-xb"])[1], name, 0.0).rtl == (script in RTL)
    # In the horizontal lockup the symbol stands where the name starts: on the right for RTL.
    plan, _palette, _meta = Planner(Brief("restaurant", name, layout="horizontal"), 5).plan(0, 0)
    scene = BUILDERS["horizontal"](plan)
    assert scene is not None
    symbol = next(i for i in scene.items if i.kind == "symbol")
    words = next(i for i in scene.items if i.kind == "text" and i.role == "name")
    assert (symbol.box.cx > words.box.cx) == (script in RTL)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Blue Bean", "BB"),
        ("мой дом", "МД"),
        ("योग शाला", "यश"),
        ("ร้านอาหาร ไทย", "รท"),
        ("קפה השכונה", "קה"),
        ("مطعم الياسمين", "ما"),
        ("茶香小馆", "茶"),
        ("서울 커피", "서"),
    ],
)
def test_initials_are_letters_of_the_name_in_its_script(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_a_cjk_monogram_carries_the_symbol() -> None:
    designs = design_variants(Brief("tea house", "茶香小馆", layout="monogram"), 4, 2)
    assert all(d.layout == "monogram" and d.icon for d in designs)


@pytest.mark.parametrize(
    "text, scripts",
    [
        ("مطعم", ["arabic"]),
        ("カフェ 東京", ["japanese"]),
        ("東京", ["chinese-traditional"]),
        ("东京", ["chinese"]),
        ("서울 Seoul", ["korean"]),
        ("Café", []),
        ("योग & ร้าน", ["devanagari", "thai"]),
    ],
)
def test_scripts_are_recognised(text: str, scripts: list[str]) -> None:
    assert scripts_in(text) == scripts


@pytest.mark.parametrize(
    "ch, script",
    [
        ("a", None),
        ("Ω", None),
        ("ж", None),
        ("7", None),
        (" ", None),
        ("ק", "hebrew"),
        ("م", "arabic"),
        ("क", "devanagari"),
        ("ก", "thai"),
        ("カ", "kana"),
        ("한", "hangul"),
        ("東", "han"),
    ],
)
def test_a_letter_needing_a_face_of_its_own_has_a_script(ch: str, script: str | None) -> None:
    assert script_of(ch) == script


def test_hebrew_and_arabic_read_right_to_left() -> None:
    assert is_rtl("ק") and is_rtl("م")
    assert not any(is_rtl(ch) for ch in "aж1 ")


def test_cjk_text_is_text_whose_every_letter_is_chinese_japanese_or_korean() -> None:
    assert is_cjk("茶香小馆") and is_cjk("パン工房 こむぎ") and is_cjk("서울 커피!")
    assert not is_cjk("東京 Sushi") and not is_cjk("123") and not is_cjk("")
