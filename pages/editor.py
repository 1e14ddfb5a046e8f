"""The editor: one logo, a large live preview, and every change a person can make to it — words,
typeface, colours, symbol, layout. Each change is designed in this process in a few milliseconds
(no job); the checks' verdict shows under the preview. Save makes the edited logo a set of its own.

Its link is /editor?job=<id>&v=<index> (&edits=… once something changed), so a reload or a shared
link opens the same logo with the same changes. Anyone who can view a set may edit its logos;
what they save is theirs.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

import streamlit as st

from logostudio import studio
from logostudio.artwork.specimens import families_for, icon_svg, palette_svg, palettes_for, typeface_svg
from logostudio.design import Design
from logostudio.design.checks import MIN_SYMBOL_CONTRAST, MIN_TEXT_CONTRAST
from logostudio.design.layouts import LAYOUTS, SYMBOL_LAYOUTS
from logostudio.design.plan import CASES
from logostudio.errors import BadLink, LogoStudioError
from logostudio.filenames import slugify
from logostudio.studio import JobView, Recipe
from logostudio.studio.briefs import LETTER_SPACING, MAX_VARIANTS, SYMBOL_SCALE
from logostudio.studio.fields import EDIT_NAME, EDIT_SLOGAN
from logostudio.web.ui import components as cards
from logostudio.web.ui.copy import (
    CASE_NAMES,
    LAYOUT_HINTS,
    PART_NAMES,
    THEME_NAMES,
    contrast_line,
    layout_name,
    palette_name,
    problems_in_words,
    symbol_name,
)
from logostudio.web.ui.session import (
    current_caller,
    link_choice,
    link_int,
    link_job,
    link_json,
    literal,
    once,
    switch_to_job,
)

TABS = ("Words", "Typeface", "Colours", "Symbol", "Layout")
# Each part's colour picker and the change it makes.
COLOR_OF_PART = {
    "background": "background",
    "symbol": "symbol_color",
    "name": "name_color",
    "slogan": "slogan_color",
    "shape": "shape_color",
}
WIDGETS = ("name", "slogan", "case", "letter_spacing", "theme", "symbol_scale", *COLOR_OF_PART.values())
PAGE_CSS = """<style>
.st-key-ed-preview img { border: 1px solid rgba(49, 51, 63, 0.15); border-radius: 10px; }
@media (min-width: 900px) { .st-key-ed-left { position: sticky; top: 4.5rem; } }
</style>"""


def _stop_with(message: str) -> NoReturn:
    st.error(message, icon=":material/search_off:")
    st.page_link(st.session_state["create_page"], label="Back to Create logos", icon=":material/arrow_back:")
    st.stop()


NO_LOGO = "No such logo to edit. {} Open a set and press Edit on one of its logos."


def which_logo() -> tuple[JobView, Recipe, int]:
    """The set and logo number the link names, and the logo's recipe; the page stops with a
    message a person can act on when the link names none."""
    try:
        job_id = link_job("job")
        index = link_int("v", 0, 0, MAX_VARIANTS - 1, what="the link’s logo number (“v”)")
    except BadLink as exc:
        _stop_with(NO_LOGO.format(literal(exc)))
    if job_id is None:
        _stop_with(NO_LOGO.format("The link names no set."))
    try:
        job, recipe = studio.edit_recipe(job_id, index)
    except studio.NoSuchJob:
        _stop_with(NO_LOGO.format(f"Set {literal(job_id)} does not exist or has no logo #{index + 1}."))
    except studio.ServiceUnavailable as exc:
        _stop_with(f"This logo cannot be opened just now: {literal(exc)}")
    return job, recipe, index


# ---------------------------------------------------------------- the changes


def _clear_widgets() -> None:
    ss = st.session_state
    for name in WIDGETS:
        ss.pop(f"ed_{name}", None)
    ss["ed_errors"] = {}


def _linked_edits(recipe: Recipe) -> dict[str, Any]:
    """The changes in the link (?edits=…), checked against this logo; {} with a warning saying
    why when there are none it can take."""
    try:
        linked = link_json("edits")
        if linked is None:
            return {}
        if not isinstance(linked, dict):
            raise BadLink("The link’s “edits” part is not a set of fields.")
        studio.preview_edit(recipe, linked)
    except BadLink as exc:
        reason = str(exc)
    except studio.InvalidBrief as exc:
        reason = "; ".join(exc.errors.values())
    else:
        return dict(linked)
    st.warning(
        f"The changes in this link could not be used, so the logo opens as it was made. ({literal(reason)})",
        icon=":material/link_off:",
    )
    return {}


def _commit(recipe: Recipe, changes: dict[str, Any], drop: tuple[str, ...] = ()) -> None:
    """Lay ``changes`` over the current ones if the logo can take them; otherwise keep the logo
    as it was and say why, next to the field."""
    ss = st.session_state
    edits = {k: v for k, v in ss["ed_edits"].items() if k not in drop}
    edits.update(changes)
    errors = dict(ss.get("ed_errors", {}))
    for field in changes:
        errors.pop(field, None)
    errors.pop("edits", None)
    try:
        studio.preview_edit(recipe, edits)
    except studio.InvalidBrief as exc:
        errors.update(exc.errors)
        ss["ed_errors"] = errors
        return
    ss["ed_errors"] = errors
    ss["ed_edits"] = edits


def _from_widget(recipe: Recipe, field: str) -> None:
    value = st.session_state.get(f"ed_{field}")
    if value is None:  # a segmented control pressed twice deselects: keep what is there
        return
    if field == "symbol_scale":
        value = round(float(value) / 100, 2)
    elif field == "slogan":
        value = " ".join(str(value).split())
    _commit(recipe, {field: value})


def _set(recipe: Recipe, field: str, value: Any) -> None:
    _commit(recipe, {field: value})


def _palette(recipe: Recipe, palette: dict[str, Any]) -> None:
    _commit(recipe, {"palette": palette}, drop=tuple(COLOR_OF_PART.values()))  # a new palette recolours everything


def _reset_colours() -> None:
    ss = st.session_state
    ss["ed_edits"] = {k: v for k, v in ss["ed_edits"].items() if k not in ("palette", *COLOR_OF_PART.values())}
    for field in COLOR_OF_PART.values():
        ss.pop(f"ed_{field}", None)


def _start_over() -> None:
    st.session_state["ed_edits"] = {}
    _clear_widgets()


# ---------------------------------------------------------------- the page


def field_error(field: str) -> None:
    errors: dict[str, str] = st.session_state.get("ed_errors", {})
    if field in errors:
        st.error(literal(errors[field]), icon=":material/error:")


@st.fragment
def editor(job: JobView, recipe: Recipe, index: int) -> None:
    """The preview and the controls: a change reruns only this part of the page."""
    ss = st.session_state
    edits: dict[str, Any] = ss["ed_edits"]
    errors: dict[str, str] = ss.get("ed_errors", {})
    design = studio.preview_edit(recipe, edits)
    meta = design.meta()
    combined = {**(recipe.edits or {}), **edits}
    brief = job.brief
    words = combined.get("name") or brief.display_name
    colors: dict[str, str] = meta.get("colors") or {}
    title = str(combined.get("name") or job.title)
    current = {
        "name": words,
        "slogan": combined.get("slogan", brief.slogan or ""),
        "case": meta.get("case"),
        "letter_spacing": float(meta.get("letter_spacing") or 0.0),
        "theme": meta.get("palette_role") or "light",
        "symbol_scale": round(float(combined.get("symbol_scale") or 1.0) * 100),
        **{COLOR_OF_PART[part]: colour for part, colour in colors.items()},
    }
    # The widgets show the logo as it is (where a change was refused, what the person typed stays,
    # with the reason under it).
    for field, value in current.items():
        if field not in errors or f"ed_{field}" not in ss:
            ss[f"ed_{field}"] = value
    if edits:
        st.query_params["edits"] = json.dumps(edits, separators=(",", ":"), ensure_ascii=False)
    elif "edits" in st.query_params:
        del st.query_params["edits"]

    left, right = st.columns([1.1, 1], gap="large")
    with left, st.container(key="ed-left"):
        preview(job, index, design, edits, title)
    with right:
        controls(job, recipe, design, edits, words, colors)


def preview(job: JobView, index: int, design: Design, edits: dict[str, Any], title: str) -> None:
    """The logo as changed, what the checks say of it, and Save, See it in use and Start over."""
    with st.container(key="ed-preview"):
        st.image(design.svg, width="stretch")
    field_error("edits")
    checks = design.checks
    for part, ratio, minimum, on in (
        ("name", checks.get("contrast_text"), MIN_TEXT_CONTRAST, checks.get("text_on", "background")),
        ("symbol", checks.get("contrast_symbol"), MIN_SYMBOL_CONTRAST, checks.get("symbol_on", "background")),
    ):
        good, line = contrast_line(part, ratio, minimum, on)
        if ratio is not None and good:
            st.caption(line)
        elif ratio is not None:
            st.warning(line, icon=":material/contrast:")
    if checks.get("passed"):
        st.success("Ready to use: it reads well and fits, on light and dark backgrounds.", icon=":material/check:")
    else:
        for problem in problems_in_words(checks.get("problems") or []):
            if "hard to read" not in problem and "hard to see" not in problem:
                st.warning(problem, icon=":material/warning:")
    with st.container(horizontal=True, gap="small"):
        if st.button("Save as a new set", type="primary", icon=":material/save:", key="ed-save"):
            try:
                new_id = once(
                    f"edit:{job.id}:{index}:{json.dumps(edits, sort_keys=True)}",
                    lambda: studio.save_edit(job.id, index, edits, caller=current_caller()),
                )
            except LogoStudioError as exc:
                message = "; ".join(exc.errors.values()) if isinstance(exc, studio.InvalidBrief) else str(exc)
                st.error(literal(message), icon=":material/error:")
            else:
                st.session_state["scroll_to_gallery"] = True
                switch_to_job(new_id)
        if st.button("See it in use", icon=":material/storefront:", key="ed-mockups"):
            # Unchanged, it is the stored logo: its mock-ups are kept with the set once made.
            cards.mockups_dialog(design, title, index, job_id=None if edits else job.id)
        st.button("Start over", icon=":material/undo:", key="ed-reset", on_click=_start_over, disabled=not edits)
    st.caption(
        "Saving makes this logo a set of its own: it downloads as SVG, PNG and brand kit, appears in History "
        "and has its own link."
    )


def controls(
    job: JobView, recipe: Recipe, design: Design, edits: dict[str, Any], words: str, colors: dict[str, str]
) -> None:
    """The controls, a tab for each kind of change. Every tab is drawn on every run: a tab drawn
    only when open could stay empty when it was clicked while a change was still being drawn."""
    brief = job.brief
    focus = link_choice("focus", ("symbol",))
    words_tab, type_tab, colour_tab, symbol_tab, layout_tab = st.tabs(
        TABS, default="Symbol" if focus == "symbol" else "Words"
    )

    with words_tab:
        st.text_input(
            "Business name",
            key="ed_name",
            max_chars=EDIT_NAME.max_length,
            on_change=_from_widget,
            args=(recipe, "name"),
        )
        field_error("name")
        st.text_input(
            "Slogan",
            key="ed_slogan",
            max_chars=EDIT_SLOGAN.max_length,
            on_change=_from_widget,
            args=(recipe, "slogan"),
            help=EDIT_SLOGAN.help,
        )
        field_error("slogan")
        st.segmented_control(
            "Letter case",
            CASES,
            format_func=lambda c: CASE_NAMES[c],
            key="ed_case",
            on_change=_from_widget,
            args=(recipe, "case"),
        )
        st.slider(
            "Letter spacing",
            min_value=LETTER_SPACING[0],
            max_value=LETTER_SPACING[1],
            step=0.01,
            key="ed_letter_spacing",
            on_change=_from_widget,
            args=(recipe, "letter_spacing"),
            help="Space between the letters of the name, as a share of the letters' height.",
        )
        field_error("letter_spacing")

    with type_tab:
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
                        on_click=_set,
                        args=(recipe, "family", family),
                    )
        field_error("family")

    with colour_tab:
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
                on_click=_palette,
                args=(recipe, palette),
            )
        field_error("palette")
        st.markdown("**Each part's colour**")
        with st.container(horizontal=True, gap="medium"):
            for part in colors:
                field = COLOR_OF_PART[part]
                st.color_picker(PART_NAMES[part], key=f"ed_{field}", on_change=_from_widget, args=(recipe, field))
        for field in COLOR_OF_PART.values():
            field_error(field)
        st.button(
            "Back to the palette's colours",
            key="ed-reset-colours",
            icon=":material/format_color_reset:",
            on_click=_reset_colours,
            disabled=not any(k in edits for k in ("palette", *COLOR_OF_PART.values())),
        )

    with symbol_tab:
        if design.layout not in SYMBOL_LAYOUTS:
            st.info(
                f"{literal(layout_name(design.layout))} shows no symbol: pick Emblem, Side by side, Stacked or Badge "
                "under Layout to see the one you choose here.",
                icon=":material/info:",
            )
        query = st.text_input(
            "Find a symbol",
            key="ed_search",
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
                        on_click=_set,
                        args=(recipe, "icon", slug),
                    )
        st.button(
            "No symbol (initials instead)",
            key="ed-no-icon",
            icon=":material/block:",
            on_click=_set,
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
            on_change=_from_widget,
            args=(recipe, "symbol_scale"),
        )
        field_error("symbol_scale")

    with layout_tab:
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
                        on_click=_set,
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
            on_change=_from_widget,
            args=(recipe, "theme"),
        )


def render() -> None:
    """The editor page for the logo the link names (/editor?job=<id>&v=<index>[&edits=…][&focus=symbol])."""
    ss = st.session_state
    job, recipe, index = which_logo()
    here = f"{job.id}:{index}"
    if ss.get("ed_for") != here:  # opened (or reloaded, or another logo): the changes in its link
        ss["ed_for"] = here
        _clear_widgets()
        ss["ed_edits"] = _linked_edits(recipe)
    st.set_page_config(page_title=f"Edit logo #{index + 1} of {job.title} · AI Logo Studio")
    st.html(PAGE_CSS)
    st.page_link(
        ss["create_page"],
        label=f"Back to {literal(job.title)}",
        icon=":material/arrow_back:",
        query_params={"job": job.id},
    )
    st.header(f"Edit logo #{index + 1} of {literal(job.title)}", anchor=False)
    if not studio.may_change(job, current_caller()):
        st.caption("This set was shared with you: what you save here is a new set of your own.")
    editor(job, recipe, index)
