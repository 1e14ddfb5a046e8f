"""The editor's controls: a tab for each kind of change (words, typeface, colours, symbol, layout)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from logostudio import studio
from logostudio.fields import EDIT_NAME, EDIT_SLOGAN, SYMBOL_SEARCH
from logostudio.filenames import slugify
from logostudio.studio import Design, JobView, Recipe
from logostudio.studio.choices import (
    CASES,
    LAYOUTS,
    LETTER_SPACING,
    SYMBOL_LAYOUTS,
    SYMBOL_SCALE,
    families_for,
    icon_svg,
    palette_svg,
    palettes_for,
    typeface_svg,
)
from logostudio.web.ui.copy import (
    CASE_NAMES,
    LAYOUT_HINTS,
    PART_NAMES,
    THEME_NAMES,
    layout_name,
    palette_name,
    symbol_name,
)
from logostudio.web.ui.editing import COLOR_OF_PART, field_error, from_widget, reset_colours, set_field, use_palette
from logostudio.web.ui.session import link_choice, literal

TABS = ("Words", "Typeface", "Colours", "Symbol", "Layout")


def controls(
    job: JobView, recipe: Recipe, design: Design, edits: dict[str, Any], words: str, colors: dict[str, str]
) -> None:
    """The controls, a tab for each kind of change. Every tab is drawn on every run: a tab drawn
    only when open could stay empty when it was clicked while a change was still being drawn."""
    focus = link_choice("focus", ("symbol",))
    words_tab, type_tab, colour_tab, symbol_tab, layout_tab = st.tabs(
        TABS, default="Symbol" if focus == "symbol" else "Words"
    )
    with words_tab:
        word_controls(recipe)
    with type_tab:
        typeface_controls(recipe, design, words)
    with colour_tab:
        colour_controls(recipe, job, design, edits, colors)
    with symbol_tab:
        symbol_controls(recipe, job, design)
    with layout_tab:
        layout_controls(recipe, design, edits)


def word_controls(recipe: Recipe) -> None:
    """The name, the slogan, the letter case and the spacing."""
    st.text_input(
        "Business name",
        key="ed_name",
        max_chars=EDIT_NAME.max_length,
        on_change=from_widget,
        args=(recipe, "name"),
    )
    field_error("name")
    st.text_input(
        "Slogan",
        key="ed_slogan",
        max_chars=EDIT_SLOGAN.max_length,
        on_change=from_widget,
        args=(recipe, "slogan"),
        help=EDIT_SLOGAN.help,
    )
    field_error("slogan")
    st.segmented_control(
        "Letter case",
        CASES,
        format_func=lambda c: CASE_NAMES[c],
        key="ed_case",
        on_change=from_widget,
        args=(recipe, "case"),
    )
    st.slider(
        "Letter spacing",
        min_value=LETTER_SPACING[0],
        max_value=LETTER_SPACING[1],
        step=0.01,
        key="ed_letter_spacing",
        on_change=from_widget,
        args=(recipe, "letter_spacing"),
        help="Space between the letters of the name, as a share of the letters' height.",
    )
    field_error("letter_spacing")


def typeface_controls(recipe: Recipe, design: Design, words: str) -> None:
    """Each typeface that can write the name, drawn in itself."""
    st.caption("Each typeface that can write your name, shown in itself.")
    families = families_for(words)
    for row in range(0, len(families), 2):
        for column, family in zip(st.columns(2), families[row : row + 2], strict=False):
            with column, st.container(border=True, key=f"ed-typeface-{slugify(family)}"):
                st.image(typeface_svg(family, words), width="stretch")
                st.button(
                    literal(family),
                    key=f"ed-font-{slugify(family)}",
                    type="primary" if family == design.font else "secondary",
                    width="stretch",
                    on_click=set_field,
                    args=(recipe, "family", family),
                )
    field_error("family")


def colour_controls(
    recipe: Recipe, job: JobView, design: Design, edits: dict[str, Any], colors: dict[str, str]
) -> None:
    """The palettes for the brief, and each part's own colour."""
    brief = job.brief
    st.markdown("**Palette**")
    for palette in palettes_for(brief.design_brief(), design.palette):
        chosen = palette["colors"] == design.palette.get("colors")
        strip, button = st.columns([1, 1.4], vertical_alignment="center")
        strip.image(palette_svg(palette["colors"]), width="stretch")
        button.button(
            literal(palette_name(palette["name"])),
            key=f"ed-palette-{'-'.join(palette['colors'])}",
            type="primary" if chosen else "secondary",
            width="stretch",
            on_click=use_palette,
            args=(recipe, palette),
        )
    field_error("palette")
    st.markdown("**Each part's colour**")
    with st.container(horizontal=True, gap="medium"):
        for part in colors:
            field = COLOR_OF_PART[part]
            st.color_picker(PART_NAMES[part], key=f"ed_{field}", on_change=from_widget, args=(recipe, field))
    for field in COLOR_OF_PART.values():
        field_error(field)
    st.button(
        "Back to the palette's colours",
        key="ed-reset-colours",
        icon=":material/format_color_reset:",
        on_click=reset_colours,
        disabled=not any(k in edits for k in ("palette", *COLOR_OF_PART.values())),
    )


def symbol_controls(recipe: Recipe, job: JobView, design: Design) -> None:
    """The symbol: found by a word, or none (initials instead), and its size."""
    brief = job.brief
    if design.layout not in SYMBOL_LAYOUTS:
        st.info(
            f"{literal(layout_name(design.layout))} shows no symbol: pick Emblem, Side by side, Stacked or Badge "
            "under Layout to see the one you choose here.",
            icon=":material/info:",
        )
    query = st.text_input(
        SYMBOL_SEARCH.label,
        key="ed_search",
        max_chars=SYMBOL_SEARCH.max_length,
        placeholder="A word: croissant, rocket, tooth, scissors…",
        help="Searches the icon library by meaning, the way the studio picks symbols.",
        persist_state="page",
    )
    found = studio.search_symbols(query or brief.business_type, 24)
    if query and not found:
        st.caption(f"No symbol for “{literal(query)}”. Try another word, or a simpler one.")
    elif not query and not found:
        st.caption(
            f"No icon shows “{literal(brief.business_type)}” by itself: type a word for something the business "
            "has, makes or does (a ball, a hill, water…)."
        )
    elif not query:
        st.caption(f"Symbols for “{literal(brief.business_type)}”; type a word to find others.")
    for row in range(0, len(found), 4):
        for column, slug in zip(st.columns(4), found[row : row + 4], strict=False):
            picture = icon_svg(slug)
            if picture is None:
                continue
            with column, st.container(border=True):
                st.image(picture, width="stretch")
                st.button(
                    literal(symbol_name(slug)),
                    key=f"ed-icon-{slug}",
                    type="primary" if slug == design.icon else "secondary",
                    width="stretch",
                    on_click=set_field,
                    args=(recipe, "icon", slug),
                )
    st.button(
        "No symbol (initials instead)",
        key="ed-no-icon",
        icon=":material/block:",
        on_click=set_field,
        args=(recipe, "icon", ""),
        disabled=design.icon is None,
    )
    field_error("icon")
    st.slider(
        "Symbol size",
        min_value=round(SYMBOL_SCALE[0] * 100),
        max_value=round(SYMBOL_SCALE[1] * 100),
        step=5,
        format="%d%%",
        key="ed_symbol_scale",
        on_change=from_widget,
        args=(recipe, "symbol_scale"),
    )
    field_error("symbol_scale")


def layout_controls(recipe: Recipe, design: Design, edits: dict[str, Any]) -> None:
    """The logo in each layout, and a light or dark background."""
    st.caption("Your logo in each of the six layouts.")
    for row in range(0, len(LAYOUTS), 3):
        for column, layout in zip(st.columns(3), LAYOUTS[row : row + 3], strict=False):
            with column, st.container(border=True):
                try:
                    thumb: str | None = studio.preview_edit(recipe, {**edits, "layout": layout}).svg
                except studio.InvalidBrief:
                    thumb = None
                if thumb:
                    st.image(thumb, width="stretch")
                else:
                    st.caption("The words do not fit this layout.")
                st.button(
                    literal(layout_name(layout)),
                    key=f"ed-layout-{layout}",
                    type="primary" if layout == design.layout else "secondary",
                    width="stretch",
                    on_click=set_field,
                    args=(recipe, "layout", layout),
                    disabled=thumb is None,
                    help=LAYOUT_HINTS[layout].capitalize(),
                )
    field_error("layout")
    st.segmented_control(
        "Background",
        ("light", "dark"),
        format_func=lambda t: THEME_NAMES[t],
        key="ed_theme",
        on_change=from_widget,
        args=(recipe, "theme"),
    )
