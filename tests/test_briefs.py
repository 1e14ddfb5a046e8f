"""The brief: every field checked with a message a person can act on, and its conversions. No services."""

from __future__ import annotations

import pytest

from logostudio.briefs import MAX_VARIANTS, PREFERENCES, LogoBrief, parse_brief, parse_edits, parse_set_name
from logostudio.design import FAMILIES, Brief, Overrides
from logostudio.design.layouts import LAYOUTS
from logostudio.design.styles import STYLE_NAMES, THEMES
from logostudio.errors import InvalidBrief


def refused(data: dict[str, object]) -> dict[str, str]:
    with pytest.raises(InvalidBrief) as err:
        parse_brief(data)
    return err.value.errors


@pytest.mark.parametrize(
    "brief, field, words",
    [
        ({"business_type": ""}, "business_type", "required"),
        ({"business_type": "   "}, "business_type", "required"),
        ({}, "business_type", "required"),
        ({"business_type": 42}, "business_type", "must be text"),
        ({"business_type": "x" * 81}, "business_type", "at most 80"),
        ({"business_type": "cafe", "business_name": "n" * 61}, "business_name", "at most 60"),
        ({"business_type": "cafe", "slogan": "s" * 81}, "slogan", "at most 80"),
        ({"business_type": "cafe\x00"}, "business_type", "control characters"),
        ({"business_type": "cafe", "business_name": "Bad\u202eName"}, "business_name", "control characters"),
        ({"business_type": "cafe", "business_name": "zero\u200bwidth"}, "business_name", "control characters"),
        ({"business_type": "party shop", "business_name": "🎉 Party"}, "business_name", "cannot be part of a logo"),
        ({"business_type": "cafe", "slogan": "Chef 👩\u200d🍳 cooks"}, "slogan", "no typeface here can draw: 👩 🍳"),
        ({"business_type": "cafe", "preferences": {"color": "blurple"}}, "color", "CSS colour"),
        ({"business_type": "cafe", "preferences": {"style": "grunge"}}, "style", "not one of"),
        ({"business_type": "cafe", "preferences": {"theme": "neon"}}, "theme", "not one of: light, dark"),
        ({"business_type": "cafe", "preferences": {"theme": "</svg><script>"}}, "theme", "not one of"),
        ({"business_type": "cafe", "preferences": {"layout": "spiral"}}, "layout", "not one of"),
        ({"business_type": "cafe", "preferences": {"icon": "<svg>"}}, "icon", "icon name"),
        (
            {"business_type": "cafe", "preferences": {"palette": {"name": "x", "colors": ["red"] * 4}}},
            "palette",
            "4 hex codes",
        ),
        ({"business_type": "cafe", "preferences": {"font": "Comic Sans"}}, "font", "Unknown preference"),
        ({"business_type": "cafe", "colour": "red"}, "colour", "Unknown field"),
        ({"business_type": "cafe", "variants": 25}, "variants", "from 1 to 24"),
        ({"business_type": "cafe", "variants": 0}, "variants", "from 1 to 24"),
        ({"business_type": "cafe", "variants": 6.5}, "variants", "whole number"),
        ({"business_type": "cafe", "variants": True}, "variants", "whole number"),
        ({"business_type": "cafe", "variants": "six"}, "variants", "whole number"),
        ({"business_type": "cafe", "seed": -1}, "seed", "from 0 to"),
        ({"business_type": "cafe", "seed": 2**31}, "seed", "from 0 to"),
        ({"business_type": "cafe", "seed": False}, "seed", "whole number"),
        ({"business_type": "cafe", "seed": 1.5}, "seed", "whole number"),
        ({"business_type": "cafe", "preferences": ["style", "bold"]}, "preferences", "mapping"),
        ({"business_type": "cafe", "preferences": False}, "preferences", "mapping"),
    ],
)
def test_each_bad_field_is_refused_with_its_own_message(brief: dict[str, object], field: str, words: str) -> None:
    errors = refused(brief)
    assert words in errors[field], errors


def test_several_bad_fields_are_all_reported_at_once() -> None:
    errors = refused(
        {"business_type": "", "slogan": "s" * 81, "variants": 99, "preferences": {"theme": "neon", "color": "blurple"}}
    )
    assert set(errors) == {"business_type", "slogan", "variants", "theme", "color"}


def test_not_a_mapping_is_refused() -> None:
    assert "object of fields" in refused(["bakery"])["brief"]  # type: ignore[arg-type]


def test_text_is_trimmed_and_single_spaced() -> None:
    brief = parse_brief({"business_type": "  coffee    shop ", "business_name": "  ", "slogan": "a  b"})
    assert (brief.business_type, brief.business_name, brief.slogan) == ("coffee shop", None, "a b")


@pytest.mark.parametrize(
    "given, kept",
    [
        ("Navy", "navy"),
        ("#ABC", "#aabbcc"),
        ("6f4e37", "#6f4e37"),
        ("amber", "amber"),
        ("Light Blue", "lightblue"),
        ("rgb(10, 200, 30)", "#0ac81e"),
        ("none", None),
        ("", None),
    ],
)
def test_colours_are_normalised_with_the_engines_parser(given: str, kept: str | None) -> None:
    assert parse_brief({"business_type": "x", "preferences": {"color": given}}).color == kept


def test_choices_come_from_the_engine_and_ignore_case() -> None:
    for style in STYLE_NAMES:
        assert parse_brief({"business_type": "x", "style": style.upper()}).style == style
    for theme in THEMES:
        assert parse_brief({"business_type": "x", "theme": theme.title()}).theme == theme
    for layout in LAYOUTS:
        assert parse_brief({"business_type": "x", "layout": layout}).layout == layout


@pytest.mark.parametrize("given, n", [(6, 6), ("6", 6), (6.0, 6), (" 24 ", 24), (None, None), ("", None)])
def test_whole_numbers_in_any_honest_form(given: object, n: int | None) -> None:
    assert parse_brief({"business_type": "x", "variants": given}).variants == n


def test_flat_and_nested_preferences_are_the_same_brief() -> None:
    nested = parse_brief({"business_type": "bakery", "preferences": {"style": "vintage", "color": "teal"}})
    flat = parse_brief({"business_type": "bakery", "style": "vintage", "color": "teal"})
    assert nested == flat


def test_conversions_round_trip() -> None:
    palette = {"name": "mine", "colors": ["#112233", "#445566", "#778899", "#AABBCC"]}
    brief = parse_brief(
        {
            "business_type": "bakery",
            "business_name": "Crumb",
            "slogan": "Warm",
            "variants": 3,
            "seed": 9,
            "preferences": {
                "style": "bold",
                "theme": "dark",
                "color": "Teal",
                "icon": "Baguette",
                "layout": "badge",
                "palette": palette,
            },
        }
    )
    assert brief.preferences() == {
        "style": "bold",
        "theme": "dark",
        "color": "teal",
        "icon": "baguette",
        "layout": "badge",
        "palette": palette,
    }
    assert set(brief.preferences()) == set(PREFERENCES)
    assert parse_brief(brief.request()) == brief
    assert brief.design_brief() == Brief(
        "bakery", "Crumb", "Warm", "bold", "dark", "teal", "baguette", "badge", palette
    )
    stored = LogoBrief.stored("bakery", "Crumb", "Warm", brief.preferences(), 3, 9)
    assert stored == brief


@pytest.mark.parametrize("name", ["کتاب\u200cفروشی نو", "مطعم الياسمين", "茶香小馆", "서울 커피", "योग शाला", "บ้านสปา"])
def test_names_in_every_script_are_accepted_as_typed(name: str) -> None:
    # A Persian zero-width non-joiner is part of the word, not a control character.
    assert parse_brief({"business_type": "shop", "business_name": name}).business_name == name


def test_max_variants() -> None:
    assert parse_brief({"business_type": "x", "variants": MAX_VARIANTS}).variants == MAX_VARIANTS


# ---------------------------------------------------------------- the editor's changes


def test_every_change_the_editor_makes_is_accepted() -> None:
    palette = {"name": "mine", "colors": ["#264653", "#2A9D8F", "#E9C46A", "#F4A261"]}
    edits = {
        "name": "  Crust   & Crumb ",
        "slogan": "",
        "case": "title",
        "family": FAMILIES[0],
        "letter_spacing": 0.12,
        "layout": "badge",
        "theme": "dark",
        "palette": palette,
        "background": "#fff8e7",
        "symbol_color": "#8B0000",
        "name_color": "#3B2F2F",
        "slogan_color": "#555555",
        "shape_color": "#E9C46A",
        "icon": "food-croissant",
        "symbol_scale": 1.2,
    }
    checked = parse_edits(edits)
    assert checked.name == "Crust & Crumb" and checked.slogan == "" and checked.background == "#FFF8E7"
    assert checked == Overrides.from_dict(checked.as_dict())
    assert parse_edits({"icon": "", "name": None}) == Overrides(icon="")


@pytest.mark.parametrize(
    "field, value, words",
    [
        ("name", "", "Business name is required"),
        ("name", "🎉 Party", "no typeface here can draw"),
        ("slogan", "s" * 81, "at most 80"),
        ("case", "shouting", "Letter case must be one of"),
        ("family", "Comic Sans", "not one of this studio's typefaces"),
        ("letter_spacing", 2, "from -0.05 to 0.5"),
        ("letter_spacing", -0.2, "from -0.05 to 0.5"),
        ("letter_spacing", "wide", "from -0.05 to 0.5"),
        ("symbol_scale", 0.1, "from 0.6 to 1.4"),
        ("layout", "spiral", "Layout must be one of"),
        ("theme", "neon", "light or dark"),
        ("palette", {"name": "x", "colors": ["red"]}, "4 hex codes"),
        ("name_color", "red", "Name colour must be a hex code"),
        ("icon", "no-such-icon-anywhere", "pick one of the icons"),
        ("icon", "<script>", "pick one of the icons"),
        ("wobble", 1, "Unknown change"),
    ],
)
def test_a_change_it_cannot_take_is_refused_with_a_reason(field: str, value: object, words: str) -> None:
    with pytest.raises(InvalidBrief) as err:
        parse_edits({field: value})
    assert words in err.value.errors[field]


def test_a_set_name() -> None:
    assert parse_set_name("  Crust   ideas ") == "Crust ideas"
    assert parse_set_name("") is None
    with pytest.raises(InvalidBrief, match="at most 80"):
        parse_set_name("x" * 81)


@pytest.mark.parametrize(
    "field, value",
    [
        pytest.param("letter_spacing", 10**400, id="letter_spacing-400-digits"),  # float() raises OverflowError
        pytest.param("letter_spacing", -(10**400), id="letter_spacing-minus-400-digits"),
        pytest.param("symbol_scale", 10**400, id="symbol_scale-400-digits"),
        ("letter_spacing", float("inf")),
        ("letter_spacing", float("nan")),
        ("symbol_scale", float("-inf")),
    ],
)
def test_a_huge_or_endless_number_is_refused_like_any_number_out_of_range(field: str, value: object) -> None:
    """A 400-digit letter spacing in an editor link used to end in OverflowError and a traceback."""
    with pytest.raises(InvalidBrief) as err:
        parse_edits({field: value})
    assert "must be a number from" in err.value.errors[field]


@pytest.mark.parametrize("value", ["²", "٣", "３", pytest.param("1" * 400, id="400-digits")])
def test_a_whole_number_is_ascii_digits(value: str) -> None:
    """str.isdigit() takes "²" (which int() refuses) and Arabic-Indic or full-width digits (which int()
    reads); a brief takes the digits 0-9 only and says so, instead of quoting int()'s error."""
    errors = refused({"business_type": "cafe", "variants": value})
    assert errors["variants"] == f"Variants must be a whole number from 1 to {MAX_VARIANTS}."
    assert "whole number" in refused({"business_type": "cafe", "seed": value})["seed"]


@pytest.mark.parametrize(
    "name",
    ["![](http://evil.example/p.png)", "[Call us](http://evil.example)", "**bold**", "<img src=x>", "a`b`", "#1 | x"],
)
def test_a_palette_name_is_words_only(name: str) -> None:
    """A palette's name becomes a button's label; Markdown or HTML in it (from an editor link or
    the API's preferences.palette) is refused before it is stored or shown."""
    palette = {"name": name, "colors": ["#112233", "#445566", "#778899", "#AABBCC"]}
    with pytest.raises(InvalidBrief) as err:
        parse_edits({"palette": palette})
    assert err.value.errors["palette"].startswith("Palette name: use letters, digits, spaces")
    assert "Palette name" in refused({"business_type": "cafe", "preferences": {"palette": palette}})["palette"]


@pytest.mark.parametrize("name", ["warm", "Your colour", "Ocean & Sand", "Terre d’ombre", "حار", "नीला-हरा", "Nº 5."])
def test_palette_names_in_words_are_taken(name: str) -> None:
    palette = {"name": name, "colors": ["#112233", "#445566", "#778899", "#AABBCC"]}
    assert parse_edits({"palette": palette}).palette == palette


def test_a_huge_number_of_variants_is_not_read_back_whole() -> None:
    """The refusal names the range, not the caller's 4,000 digits."""
    with pytest.raises(InvalidBrief) as refused:
        parse_brief({"business_type": "bakery", "variants": 10**4000})
    message = refused.value.errors["variants"]
    assert "from 1 to 24" in message and len(message) < 80, message
