"""Create logos, the app's default page at /: the brief form and the gallery of the set on screen,
which fills in live while its logos are designed. ?job=<id> opens a set (a link, History, another page)."""

from __future__ import annotations

import time
from collections.abc import Callable

import streamlit as st

from logostudio import studio
from logostudio.briefs import parse_brief
from logostudio.config import get_settings
from logostudio.errors import BadLink, InvalidBrief, LogoStudioError
from logostudio.fields import BUSINESS_NAME, BUSINESS_TYPE, COLOR, SLOGAN, FieldRule
from logostudio.studio import Caller, JobStatus, JobView, VariantView
from logostudio.studio.choices import STYLE_NAMES, THEMES
from logostudio.timestamps import utc_text
from logostudio.web.ui import components as cards
from logostudio.web.ui.copy import derived_line
from logostudio.web.ui.session import current_caller, isolated, link_job, literal, once, open_job

POLL_SECONDS = 0.75
GALLERY_COLUMNS = 3
FIELDS = {  # widget key -> brief field
    "f_type": "business_type",
    "f_name": "business_name",
    "f_slogan": "slogan",
    "f_style": "style",
    "f_theme": "theme",
    "f_color": "color",
    "f_variants": "variants",
}
STYLE_OPTIONS = ["any", *STYLE_NAMES]
# Brings the gallery into view once a new set opens (constant script: no user text in it).
SCROLL_TO_GALLERY = """<script>
(() => { const self = document.currentScript; if (self) self.remove();
  let tries = 0; const timer = setInterval(() => {
  const gallery = document.querySelector('.st-key-gallery');
  if (gallery || ++tries > 60) {
    clearInterval(timer);
    if (gallery) { gallery.style.scrollMarginTop = '4.5rem'; gallery.scrollIntoView({block: 'start'}); }
  }
}, 50); })();
</script>"""


# ---------------------------------------------------------------- form


def fill_form(job: JobView) -> None:
    """The form shows the brief of the set on screen (opened from History or a link), so a
    person can change one thing and make a new set. Only when that set first opens."""
    ss = st.session_state
    if ss.get("form_for") == job.id:
        return
    brief = job.shown_brief
    ss["f_type"] = brief.business_type
    ss["f_name"] = brief.business_name or ""
    ss["f_slogan"] = brief.slogan or ""
    ss["f_style"] = brief.style if brief.style in STYLE_NAMES else "any"
    ss["f_theme"] = brief.theme if brief.theme in THEMES else THEMES[0]
    ss["f_color"] = brief.color or ""
    edited = job.info is not None and job.info.origin == "edit"
    ss["f_variants"] = get_settings().default_variants if edited else job.total
    ss["form_errors"] = {}
    ss["form_for"] = job.id
    ss["form_open"] = False  # the form folds away once a set is on screen


def brief_form(has_job: bool) -> None:
    ss = st.session_state
    errors: dict[str, str] = ss.get("form_errors", {})
    ss.setdefault("form_open", not has_job)
    ss.setdefault("f_variants", get_settings().default_variants)  # LOGO_VARIANTS, as for the API
    if errors:
        ss["form_open"] = True  # a refusal is shown where the person can act on it

    def field_error(name: str) -> None:
        if name in errors:
            st.error(literal(errors[name]), icon=":material/error:")

    def text_field(label: str, key: str, example: str, rule: FieldRule) -> None:
        st.text_input(label, key=key, persist_state="session", placeholder=f"e.g. {example}", help=rule.help)
        field_error(rule.name)

    label = "Change the brief and make a new set" if has_job else "Describe your business"
    with (
        st.expander(label, key="form_open", on_change="rerun", icon=":material/edit_note:"),
        st.form("brief", border=False),
    ):
        text_field("Business type", "f_type", "tech startup, coffee shop, law firm", BUSINESS_TYPE)
        c1, c2 = st.columns(2)
        with c1:
            text_field("Business name (optional)", "f_name", "Nimbus Labs", BUSINESS_NAME)
        with c2:
            text_field("Slogan (optional)", "f_slogan", "Ideas that scale", SLOGAN)
        c3, c4, c5, c6 = st.columns([1, 1, 1.2, 0.8])
        with c3:
            st.selectbox("Style", STYLE_OPTIONS, key="f_style", persist_state="session")
            field_error("style")
        with c4:
            st.selectbox("Theme", THEMES, key="f_theme", persist_state="session")
            field_error("theme")
        with c5:
            text_field("Colour (optional)", "f_color", "teal or #6F4E37", COLOR)
        with c6:
            # No bounds in the widget: a browser-side limit refused 25 silently; the brief's check
            # says what is wrong next to the field instead.
            st.number_input("Variants", step=1, key="f_variants", persist_state="session", help="How many logos, 1–24.")
            field_error("variants")
        for name in errors.keys() - set(FIELDS.values()):
            st.error(literal(errors[name]), icon=":material/error:")
        submitted = st.form_submit_button("Generate logos", type="primary", icon=":material/auto_awesome:")
    if submitted:
        submit_brief()


def submit_brief() -> None:
    ss = st.session_state
    brief = {
        "business_type": ss.get("f_type", ""),
        "business_name": ss.get("f_name") or None,
        "slogan": ss.get("f_slogan") or None,
        "variants": ss.get("f_variants"),
        "preferences": {
            "style": None if ss.get("f_style") in (None, "any") else ss["f_style"],
            "theme": ss.get("f_theme"),
            "color": ss.get("f_color") or None,
        },
    }
    try:  # the brief as checked: the form shows it normalised ("#6F4E37" → "#6f4e37") once the set opens
        action = "brief:" + parse_brief(brief).model_dump_json()
    except InvalidBrief:
        action = f"refused:{time.monotonic()}"
    try:
        job_id = once(action, lambda: studio.submit(brief, caller=current_caller()))
    except studio.InvalidBrief as exc:
        ss["form_errors"] = exc.errors
        st.rerun()
    except LogoStudioError as exc:
        ss["form_errors"] = {"service": str(exc)}
        st.rerun()
    ss["form_errors"] = {}
    ss["scroll_to_gallery"] = True
    open_job(job_id)


# ---------------------------------------------------------------- gallery


def _new_job(action: str, make: Callable[[], str]) -> None:
    try:
        job_id = once(action, make)
    except LogoStudioError as exc:
        st.session_state["action_error"] = str(exc)
        return
    st.session_state["scroll_to_gallery"] = True
    open_job(job_id)


def brief_line(job: JobView) -> str:
    brief = job.shown_brief
    parts = (
        isolated(brief.business_type),
        brief.slogan and f"“{isolated(brief.slogan)}”",
        brief.style,
        brief.theme,
        brief.color,
    )
    return " · ".join(x for x in parts if x)


def heading(job: JobView) -> None:
    st.subheader(literal(job.title), anchor=False)
    info = job.info
    derived = info and derived_line(info.origin, info.source_title, info.source_index)
    if info and derived:
        link = f" · [open it](?job={info.source_job_id})" if info.source_job_id else ""
        st.markdown(f":material/call_split: {literal(derived)}{link}")
    st.caption(literal(brief_line(job)))


def status_text(job: JobView) -> tuple[float, str]:
    """The progress bar's value and its line (waiting for the queue, a worker, or designing)."""
    value = 1.0 if job.status == JobStatus.done else job.progress / max(job.total, 1)
    return value, literal(studio.status_line(job))


def gallery(job: JobView, live: bool, caller: Caller) -> None:
    mine = studio.may_change(job, caller)
    hearts = studio.shortlisted(job.id, caller)
    with st.container(key="gallery"):
        head, actions = st.columns([3, 1], vertical_alignment="bottom")
        with head:
            heading(job)
        with actions:
            if st.button(
                "New variations",
                icon=":material/refresh:",
                width="stretch",
                disabled=live or not mine,
                help="The same brief, new logos (none like those you have)" if mine else cards.NOT_YOURS,
            ):
                _new_job(f"variations:{job.id}", lambda: studio.new_variations(job.id, caller=current_caller()))
        cards.error_line()
        if not mine:
            st.info(
                "Someone shared this set with you: view, edit and download its logos as you like "
                "(what you save from the editor is yours). To make sets of your own, describe the business above.",
                icon=":material/share:",
            )
        status = st.empty()  # filled after the cards, so "All 6 logos ready" never shows before they do
        if job.status == JobStatus.error:
            with status.container(border=True):
                st.error(
                    f"**These logos could not be made.** {literal(job.error or 'Unknown error.')}",
                    icon=":material/report:",
                )
                if st.button(
                    "Try again",
                    type="primary",
                    icon=":material/replay:",
                    disabled=not mine,
                    help=None if mine else cards.NOT_YOURS,
                ):
                    try:
                        studio.retry_job(job.id, caller=current_caller())
                    except LogoStudioError as exc:
                        st.session_state["action_error"] = str(exc)
                    st.rerun(scope="app")
        # Row by row, so a narrow window stacks the cards in their order.
        slots: list[VariantView | None] = [
            *job.variants,
            *[None] * ((job.total - len(job.variants)) if live else 0),
        ]
        for row in range(0, len(slots), GALLERY_COLUMNS):
            for i, (column, v) in enumerate(
                zip(st.columns(GALLERY_COLUMNS), slots[row : row + GALLERY_COLUMNS], strict=False), start=row
            ):
                with column:
                    if v is not None:
                        cards.logo_card(
                            job, v, caller, hearted=v.index in hearts, mine=mine, live=live, on_new_job=_new_job
                        )
                    else:
                        with st.container(border=True, height=300):
                            st.caption(f"Logo {i + 1} is being designed…")
        if job.status != JobStatus.error:
            value, text = status_text(job)
            status.progress(value, text=text)
        st.caption(f"[Link to this set](?job={job.id}) · created {utc_text(job.created_at)}")


def _gallery_fragment(job_id: str, was_live: bool) -> None:
    job = studio.get_job(job_id)
    if job is None:
        st.error("No such job.")
        return
    gallery(job, live=not job.finished, caller=current_caller())
    if was_live and job.finished:
        st.rerun(scope="app")  # redraw once without run_every, which stops the polling


def show_job(job: JobView) -> None:
    # The same fragment draws a live and a finished gallery, so the page keeps its shape when the
    # last variant lands; only a live one polls.
    live = not job.finished
    st.fragment(_gallery_fragment, run_every=POLL_SECONDS if live else None)(job.id, live)
    if st.session_state.pop("scroll_to_gallery", False):
        st.html(SCROLL_TO_GALLERY, unsafe_allow_javascript=True)


def render() -> None:
    """The Create page: the form, and the gallery of the set the link (or the session) names."""
    ss = st.session_state
    bad_link: BadLink | None = None
    try:
        asked = link_job("job")
    except BadLink as exc:
        asked, bad_link = None, exc
    if not asked and not bad_link and ss.get("current_job"):
        # Back from another page (History, Status): the set last on screen, under its own link.
        asked = ss["current_job"]
        st.query_params["job"] = asked
    job: JobView | None = None
    missing = bad_link is not None
    if asked:
        try:
            job = studio.get_job(asked)
            missing = job is None
        except studio.ServiceUnavailable as exc:
            st.error(literal(exc), icon=":material/error:")
    if job is not None:
        ss["current_job"] = job.id
        fill_form(job)
        st.set_page_config(page_title=f"{job.title} · AI Logo Studio")  # the tab names the set
    else:
        ss.pop("current_job", None)
        st.title("AI Logo Studio", anchor=False)
        st.caption(
            "Describe your business and get a set of logos with a matching symbol, real typefaces "
            "and colour palettes — edit any of them, see them on a business card, and download SVG, "
            "PNG or a whole brand kit."
        )
    brief_form(has_job=job is not None)
    if missing:
        because = str(bad_link) if bad_link else f"No set has the id {asked}."
        st.error(
            f"No such job. {literal(because)} Check the link, or find the set on the History page.",
            icon=":material/search_off:",
        )
    if job is not None:
        show_job(job)
