"""The logo card the gallery and the shortlist share, with its downloads, its heart, the way into
the editor and the mock-ups dialog (Streamlit).

A card says what the logo is in a person's words (:mod:`logostudio.web.ui.copy`), shows the colours its
SVG really uses, and keeps one row of small buttons, so a phone shows a set of six without a
wall of full-width buttons. Cards of one row are the same height.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from typing import Any

import streamlit as st

from logostudio import studio
from logostudio.errors import LogoStudioError
from logostudio.filenames import download_name
from logostudio.studio import Caller, Design, JobView, VariantView
from logostudio.web.ui.copy import colors_in_svg, describe, readability, symbol_guess
from logostudio.web.ui.session import current_caller, fetch, literal

NOT_YOURS = "Only the person who made this set can do this; you can view, edit and download it."

# Constant CSS (no user text): cards of a row stretch to the tallest, their buttons at the bottom;
# text lines are clamped so a long caption does not make one card taller than the others.
CSS = """<style>
[data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] [class*="st-key-card-"]) { align-items: stretch; }
[data-testid="stColumn"]:has([class*="st-key-card-"]) > [data-testid="stVerticalBlock"] { height: 100%; }
[class*="st-key-card-"] { height: 100%; }
[class*="st-key-card-"] > [class*="st-key-actions-"] { margin-top: auto; }
.ls-line { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
  line-height: 1.35; min-height: 2.7em; font-size: 0.88rem; margin: 0; }
.ls-one { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 0.84rem; margin: 0;
  color: rgba(49, 51, 63, 0.72); }
.ls-chips { display: flex; gap: 6px; align-items: center; flex-wrap: nowrap; overflow: hidden; height: 20px; }
.ls-chip { width: 18px; height: 18px; border-radius: 5px; border: 1px solid rgba(0, 0, 0, 0.18); flex: none; }
.ls-guess { font-size: 0.84rem; color: #8a5a00; margin: 0; }
[class*="st-key-actions-"] button { padding-left: 0.6rem; padding-right: 0.6rem; min-height: 2.25rem; }
[class*="st-key-actions-"] { gap: 0.4rem; }
[class*="st-key-mockup-"] img { border: 1px solid rgba(49, 51, 63, 0.15); border-radius: 6px; }
</style>"""


def style() -> None:
    """The cards' CSS, once per page run (it takes no room on the page)."""
    st.html(CSS)


def svg_of(v: VariantView) -> str:
    return fetch(v.svg_key).decode("utf-8")


@st.cache_data(max_entries=256, show_spinner=False)
def _design(job_id: str, index: int, svg_key: str) -> Design:
    """A stored variant as a Design (its SVG never changes under its key, so once per process)."""
    return studio.variant_design(job_id, index)


def design_of(job: JobView, v: VariantView) -> Design:
    return _design(job.id, v.index, v.svg_key)


def chips(svg: str) -> str:
    """HTML swatches of the colours the logo is drawn in (hex codes come from its SVG, checked)."""
    spans = "".join(f'<span class="ls-chip" title="{c}" style="background:{c}"></span>' for c in colors_in_svg(svg)[:8])
    return f'<div class="ls-chips" aria-label="Colours in this logo">{spans}</div>'


def open_editor(job_id: str, index: int, focus: str | None = None) -> None:
    """Go to the editor page with this logo, under its own link (/editor?job=…&v=…)."""
    params = {"job": job_id, "v": str(index)}
    if focus:
        params["focus"] = focus
    st.switch_page(st.session_state["editor_page"], query_params=params)


def build_limit_line(caller: Caller | None) -> None:
    """Beside downloads made on request: a line saying when the caller may have another made, once
    they have had as many as a minute allows (pressing would only say "Failed to generate file")."""
    refusal = studio.build_refusal(caller) if caller is not None else None
    if refusal is not None:
        st.caption(literal(str(refusal)))


def downloads(job: JobView, v: VariantView, *, key: str, caller: Caller | None = None) -> None:
    """SVG, PNG and brand-kit download buttons; the bytes are read or made only when pressed. The
    kit is made the first time anyone asks (counted against ``caller``) and kept with the set."""
    build_limit_line(caller)
    for label, ext, what, mime, data, icon in (
        ("SVG", "svg", None, "image/svg+xml", functools.partial(fetch, v.svg_key), ":material/download:"),
        ("PNG", "png", None, "image/png", functools.partial(fetch, v.png_key), ":material/download:"),
        (
            "Brand kit",
            "zip",
            "brand kit",
            "application/zip",
            functools.partial(studio.brand_kit, job.id, v.index, caller=caller),
            ":material/folder_zip:",
        ),
    ):
        st.download_button(
            label,
            data,
            file_name=download_name(job.title, v.index, ext, what),
            mime=mime,
            key=f"{label.split()[0].lower()}-{key}",
            on_click="ignore",
            icon=icon,
            width="stretch",
            help="A zip: PNG sizes, transparent and dark versions, symbol, favicon, app icon, social images, "
            "palette and typeface notes"
            if what
            else None,
        )


@st.dialog("See it in use", width="large")
def mockups_dialog(
    design: Design | None, title: str, index: int, *, job_id: str | None = None, caller: Caller | None = None
) -> None:
    """Every mock-up of one logo, each to download as a PNG at its full size. With ``job_id``, the
    stored variant ``index`` of that set, whose mock-ups are kept with it once made; else
    ``design``, a logo not saved yet (the editor's). Mock-ups not made yet count against
    ``caller`` (this browser's, when not given)."""
    if job_id is None and design is None:
        raise ValueError("mockups_dialog needs a set's job_id or a design")
    caller = caller or current_caller()
    st.caption(
        "Your logo on a business card, a shop sign, T-shirts, a mug, a phone, social profiles, a letterhead "
        "and more. Drawn here from your logo; each downloads as a PNG at its full size."
    )

    def png_of(mockup_id: str) -> Callable[[], bytes]:
        if job_id is not None:
            return functools.partial(studio.variant_mockup_png, job_id, index, mockup_id, caller=caller)
        assert design is not None
        return functools.partial(studio.mockup_png, design, title, mockup_id, caller)

    try:
        if job_id is not None:
            items = studio.variant_mockups(job_id, index, caller=caller)
        else:
            assert design is not None
            items = studio.mockup_previews(design, title, caller)
    except LogoStudioError as exc:
        st.error(literal(str(exc)), icon=":material/error:")
        return
    build_limit_line(caller)
    for row in range(0, len(items), 2):
        for column, (m, svg) in zip(st.columns(2), items[row : row + 2], strict=False):
            with column, st.container(border=True, key=f"mockup-{m.id}"):
                st.image(svg, width="stretch")
                text, button = st.columns([3, 2], vertical_alignment="center")
                text.markdown(f"**{m.title}**  \n{m.width} × {m.height} px")
                button.download_button(
                    "PNG",
                    png_of(m.id),
                    file_name=download_name(title, index, "png", m.id),
                    mime="image/png",
                    key=f"mockup-png-{m.id}",
                    on_click="ignore",
                    icon=":material/download:",
                    width="stretch",
                    help=m.description,
                )


def _show_mockups(key: str) -> None:
    st.session_state[f"more-menu-{key}"] = False  # the menu closes as the dialog opens
    st.session_state["mockups_for"] = key


def _toggle_heart(job_id: str, index: int, on: bool, caller: Caller) -> None:
    try:
        studio.set_shortlisted(job_id, index, on, caller)
    except LogoStudioError as exc:
        st.session_state["action_error"] = str(exc)


def logo_card(
    job: JobView,
    v: VariantView,
    caller: Caller,
    *,
    hearted: bool,
    mine: bool,
    live: bool = False,
    heading: str | None = None,
    on_new_job: Callable[[str, Callable[[], str]], None] | None = None,
) -> None:
    """One logo: picture, what it is, its colours, and a row of small buttons."""
    key = f"{job.id}-{v.index}"
    svg = svg_of(v)
    meta: dict[str, Any] = v.meta
    with st.container(border=True, key=f"card-{key}"):
        st.image(svg, width="stretch")
        if heading:
            st.markdown(f'<p class="ls-one"><b>{html.escape(heading)}</b></p>', unsafe_allow_html=True)
        st.markdown(f'<p class="ls-line">{html.escape(describe(meta))}</p>', unsafe_allow_html=True)
        ok, read = readability(meta.get("checks") or {})
        st.markdown(
            f'<div style="display:flex;gap:10px;align-items:center">{chips(svg)}'
            f'<p class="ls-one">{"" if ok else "⚠ "}{html.escape(read)}</p></div>',
            unsafe_allow_html=True,
        )
        if st.session_state.get("mockups_for") == key:
            del st.session_state["mockups_for"]
            mockups_dialog(None, job.title, v.index, job_id=job.id, caller=caller)
        guessed = meta.get("symbol_match") == "guess" and meta.get("icon")
        if guessed:
            st.markdown(
                f'<p class="ls-guess">{html.escape(symbol_guess(job.brief.business_type))}</p>',
                unsafe_allow_html=True,
            )
            if st.button(
                "Pick a symbol",
                key=f"pick-{key}",
                icon=":material/search:",
                type="tertiary",
                help="Open this logo in the editor, at its symbol search",
            ):
                open_editor(job.id, v.index, focus="symbol")
        with st.container(horizontal=True, gap="small", key=f"actions-{key}"):
            st.button(
                "",
                key=f"heart-{key}",
                icon=":material/favorite:" if hearted else ":material/favorite_border:",
                type="primary" if hearted else "secondary",
                help="On your shortlist: press to take it off" if hearted else "Put it on your shortlist",
                on_click=_toggle_heart,
                args=(job.id, v.index, not hearted, caller),
            )
            if st.button("Edit", key=f"edit-{key}", icon=":material/edit:", type="primary"):
                open_editor(job.id, v.index)
            with st.popover("Download", icon=":material/download:", key=f"dl-{key}"):
                downloads(job, v, key=key, caller=caller)
            with st.popover(
                "More", key=f"more-menu-{key}", help="See it in use (mock-ups), more like this", on_change="rerun"
            ):
                st.button(
                    "See it in use",
                    key=f"mockups-{key}",
                    icon=":material/storefront:",
                    width="stretch",
                    on_click=_show_mockups,
                    args=(key,),
                )
                if on_new_job is not None and st.button(
                    "More like this",
                    key=f"more-{key}",
                    icon=":material/tune:",
                    width="stretch",
                    disabled=live or not mine,
                    help="A new set that keeps this layout, symbol and palette and varies the rest"
                    if mine
                    else NOT_YOURS,
                ):
                    on_new_job(f"more:{key}", lambda: studio.more_like_this(job.id, v.index, caller=caller))


def error_line(key: str = "action_error") -> None:
    """A message left by the last action (a button that could not do its work)."""
    if msg := st.session_state.pop(key, None):
        st.error(literal(msg), icon=":material/error:")


__all__ = [
    "NOT_YOURS",
    "build_limit_line",
    "design_of",
    "downloads",
    "error_line",
    "logo_card",
    "mockups_dialog",
    "open_editor",
    "style",
]
