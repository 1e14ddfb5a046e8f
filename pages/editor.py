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
from logostudio.errors import BadLink, LogoStudioError
from logostudio.studio import Design, JobView, Recipe
from logostudio.studio.choices import MAX_VARIANTS, MIN_SYMBOL_CONTRAST, MIN_TEXT_CONTRAST
from logostudio.web.ui import components as cards
from logostudio.web.ui.copy import contrast_line, problems_in_words
from logostudio.web.ui.editing import COLOR_OF_PART, clear_widgets, field_error, linked_edits, start_over
from logostudio.web.ui.editor_tabs import controls
from logostudio.web.ui.session import (
    current_caller,
    link_int,
    link_job,
    literal,
    once,
    switch_to_job,
)

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


# ---------------------------------------------------------------- the page


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
        st.button("Start over", icon=":material/undo:", key="ed-reset", on_click=start_over, disabled=not edits)
    st.caption(
        "Saving makes this logo a set of its own: it downloads as SVG, PNG and brand kit, appears in History "
        "and has its own link."
    )


def render() -> None:
    """The editor page for the logo the link names (/editor?job=<id>&v=<index>[&edits=…][&focus=symbol])."""
    ss = st.session_state
    job, recipe, index = which_logo()
    here = f"{job.id}:{index}"
    if ss.get("ed_for") != here:  # opened (or reloaded, or another logo): the changes in its link
        ss["ed_for"] = here
        clear_widgets()
        ss["ed_edits"] = linked_edits(recipe)
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
