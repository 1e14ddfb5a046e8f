"""AI Logo Studio — describe a business, get a gallery of logos: the Streamlit script that app.py's
st.App serves at / (run the whole server with `streamlit run app.py`)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC
from typing import Any

import streamlit as st

from logostudio import service
from logostudio.briefs import MAX_VARIANTS
from logostudio.config import get_settings
from logostudio.db import ensure_schema
from logostudio.design.styles import STYLE_NAMES, THEMES
from logostudio.filenames import download_name
from logostudio.models import JobStatus
from logostudio.service import Caller, JobView, VariantView
from logostudio.ui import current_caller, fetch, literal, open_job, sign_in_available

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


NOT_YOURS = "Only the person who made this set can do this; you can view and download it."


@st.cache_resource(show_spinner=False)
def bootstrap(database: str) -> None:
    """Once per process and database: the embedded schema (the server's start, web.lifespan, has
    made it already and resumed interrupted jobs; a test harness running this script alone has not)."""
    ensure_schema()


def _keep_form_values() -> None:
    # Widget state is dropped when a person visits another page; copying it back keeps the form.
    for key in FIELDS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
    st.session_state.setdefault("f_variants", 6)


# ---------------------------------------------------------------- form


def brief_form() -> None:
    errors: dict[str, str] = st.session_state.get("form_errors", {})

    def field_error(name: str) -> None:
        if name in errors:
            st.error(literal(errors[name]), icon=":material/error:")

    with st.form("brief", border=True):
        st.text_input(
            "Business type",
            key="f_type",
            placeholder="e.g. tech startup, coffee shop, law firm",
            help="What the business does, in 1–80 characters.",
        )
        field_error("business_type")
        c1, c2 = st.columns(2)
        with c1:
            st.text_input(
                "Business name (optional)",
                key="f_name",
                placeholder="e.g. Nimbus Labs",
                help="Up to 60 characters; without one, the business type is used.",
            )
            field_error("business_name")
        with c2:
            st.text_input(
                "Slogan (optional)", key="f_slogan", placeholder="e.g. Ideas that scale", help="Up to 80 characters."
            )
            field_error("slogan")
        c3, c4, c5, c6 = st.columns([1, 1, 1.2, 0.8])
        with c3:
            st.selectbox("Style", STYLE_OPTIONS, key="f_style")
            field_error("style")
        with c4:
            st.selectbox("Theme", THEMES, key="f_theme")
            field_error("theme")
        with c5:
            st.text_input(
                "Colour (optional)",
                key="f_color",
                placeholder="e.g. teal or #6F4E37",
                help="A CSS colour name or a hex code; leave empty for warm, cool and mono palettes.",
            )
            field_error("color")
        with c6:
            st.number_input("Variants", min_value=1, max_value=MAX_VARIANTS, step=1, key="f_variants")
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
        "variants": ss.get("f_variants") or 6,
        "preferences": {
            "style": None if ss.get("f_style") in (None, "any") else ss["f_style"],
            "theme": ss.get("f_theme"),
            "color": ss.get("f_color") or None,
        },
    }
    try:
        job_id = service.submit(brief, caller=current_caller())
    except service.InvalidBrief as exc:
        ss["form_errors"] = exc.errors
        st.rerun()
    except (service.ServiceUnavailable, service.LimitReached) as exc:
        ss["form_errors"] = {"service": str(exc)}
        st.rerun()
    ss["form_errors"] = {}
    open_job(job_id)


# ---------------------------------------------------------------- gallery


def swatches(palette: dict[str, Any]) -> str:
    chips = "".join(
        f'<span style="display:inline-flex;align-items:center;gap:4px;margin-right:10px;font-size:0.78rem;'
        f'font-family:monospace"><span style="width:14px;height:14px;border-radius:3px;background:{c};'
        f'border:1px solid rgba(0,0,0,.18);display:inline-block"></span>{c.upper()}</span>'
        for c in palette.get("colors", [])
    )
    return f'<div style="line-height:1.9">{chips}</div>'


def checks_line(checks: dict[str, Any]) -> str:
    """What the engine's checks measured, in a person's words."""
    head = ":material/check_circle: checks passed" if checks.get("passed") else ":material/warning: not checked"
    ratios = [
        f"{checks[k]:.1f}:1 {what}"
        for k, what in (("contrast_text", "text"), ("contrast_symbol", "symbol"))
        if checks.get(k)
    ]
    return head + (f" · contrast {', '.join(ratios)}" if ratios else "")


def card(job: JobView, v: VariantView, live: bool, mine: bool) -> None:
    with st.container(border=True):
        st.image(fetch(v.png_key), width="stretch", alt=f"Logo {v.index + 1} for {job.title}")
        meta = v.meta
        symbol = meta.get("icon") or "lettermark"
        st.caption(
            f"**{literal(str(meta.get('layout', '—')).title())}** · {literal(meta.get('font', '—'))} · "
            f"{literal(symbol)} · {literal(v.palette.get('name', ''))}"
        )
        if checks := meta.get("checks"):
            st.caption(checks_line(checks))
        st.markdown(swatches(v.palette), unsafe_allow_html=True)
        c1, c2 = st.columns(2)
        download(c1, "SVG", functools.partial(fetch, v.svg_key), job, v, "svg", "image/svg+xml")
        download(c2, "PNG", functools.partial(fetch, v.png_key), job, v, "png", "image/png")
        c3, c4 = st.columns(2)
        download(
            c3,
            "Brand kit",
            functools.partial(service.brand_kit, job.id, v.index),
            job,
            v,
            "brand-kit.zip",
            "application/zip",
            icon=":material/folder_zip:",
            tip="A zip: PNG sizes, transparent and dark versions, symbol, favicon, app icon, palette and "
            "typeface notes",
        )
        if c4.button(
            "More like this",
            key=f"more-{job.id}-{v.index}",
            icon=":material/tune:",
            width="stretch",
            disabled=live or not mine,
            help="A new set that keeps this layout, symbol and palette and varies the rest" if mine else NOT_YOURS,
        ):
            _new_job(lambda: service.more_like_this(job.id, v.index, caller=current_caller()))


def download(
    column: Any,
    label: str,
    data: Callable[[], bytes],
    job: JobView,
    v: VariantView,
    ext: str,
    mime: str,
    icon: str = ":material/download:",
    tip: str | None = None,
) -> None:
    """A download button whose bytes are read (or made) only when it is pressed."""
    column.download_button(
        label,
        data,
        file_name=download_name(job.title, v.index, ext),
        mime=mime,
        key=f"{ext.split('.')[0]}-{job.id}-{v.index}",
        on_click="ignore",
        icon=icon,
        width="stretch",
        help=tip,
    )


def _new_job(make: Callable[[], str]) -> None:
    try:
        job_id = make()
    except (
        service.ServiceUnavailable,
        service.InvalidBrief,
        service.NoSuchJob,
        service.NotYours,
        service.LimitReached,
    ) as exc:
        st.session_state["action_error"] = str(exc)
        return
    open_job(job_id)


def gallery(job: JobView, live: bool, caller: Caller) -> None:
    total = max(job.total, 1)
    mine = service.may_change(job, caller)
    head, actions = st.columns([3, 1], vertical_alignment="bottom")
    with head:
        st.subheader(literal(job.title))
        brief = job.brief
        st.caption(
            literal(
                " · ".join(
                    x
                    for x in (
                        brief.business_type,
                        brief.slogan and f"“{brief.slogan}”",
                        brief.style,
                        brief.theme,
                        brief.color,
                    )
                    if x
                )
            )
        )
    with actions:
        if st.button(
            "New variations",
            icon=":material/refresh:",
            width="stretch",
            disabled=live or not mine,
            help="The same brief with a new seed" if mine else NOT_YOURS,
        ):
            _new_job(lambda: service.new_variations(job.id, caller=current_caller()))
    if msg := st.session_state.pop("action_error", None):
        st.error(literal(msg))
    if not mine:
        st.info(
            "Someone shared this set with you: view and download its logos as you like. "
            "To make variations, describe the business in the form above and make a set of your own.",
            icon=":material/share:",
        )

    if job.status == JobStatus.error:
        with st.container(border=True):
            st.error(
                f"**These logos could not be made.** {literal(job.error or 'Unknown error.')}", icon=":material/report:"
            )
            if st.button(
                "Try again",
                type="primary",
                icon=":material/replay:",
                disabled=not mine,
                help=None if mine else NOT_YOURS,
            ):
                try:
                    service.retry_job(job.id, caller=current_caller())
                except (service.ServiceUnavailable, service.NotYours, service.LimitReached) as exc:
                    st.session_state["action_error"] = str(exc)
                st.rerun(scope="app")
    else:
        st.progress(
            1.0 if job.status == JobStatus.done else job.progress / total, text=literal(service.status_line(job))
        )

    # Row by row, so a narrow window stacks the cards in their order.
    slots: list[VariantView | None] = [*job.variants, *[None] * ((job.total - len(job.variants)) if live else 0)]
    for row in range(0, len(slots), GALLERY_COLUMNS):
        # The last row may hold fewer cards than columns.
        for i, (column, v) in enumerate(
            zip(st.columns(GALLERY_COLUMNS), slots[row : row + GALLERY_COLUMNS], strict=False), start=row
        ):
            with column:
                if v is not None:
                    card(job, v, live, mine)
                else:
                    with st.container(border=True, height=300):
                        st.caption(f"Logo {i + 1} is being designed…")
    st.caption(
        f"[Link to this set](?job={job.id}) · created {job.created_at.astimezone(UTC).strftime('%Y-%m-%d %H:%M UTC')}"
    )


def _gallery_fragment(job_id: str, was_live: bool) -> None:
    job = service.get_job(job_id)
    if job is None:
        st.error("No such job.")
        return
    gallery(job, live=not job.finished, caller=current_caller())
    if was_live and job.finished:
        st.rerun(scope="app")  # redraw once without run_every, which stops the polling


def show_job(job_id: str) -> None:
    job = service.get_job(job_id)
    if job is None:
        st.error(
            f"No such job: {literal(job_id[:80])}. Check the link, or find the set on the History page.",
            icon=":material/search_off:",
        )
        return
    # The same fragment draws a live and a finished gallery, so the page keeps its shape when the
    # last variant lands; only a live one polls.
    live = not job.finished
    st.fragment(_gallery_fragment, run_every=POLL_SECONDS if live else None)(job.id, live)


def create_page() -> None:
    st.title("AI Logo Studio")
    st.caption(
        "Describe your business and get a set of logos with a matching symbol, real typefaces "
        "and colour palettes — download SVG, PNG or a whole brand kit."
    )
    brief_form()
    job_id = st.query_params.get("job")
    if job_id:
        show_job(job_id)


def account_bar() -> None:
    """Who is here, on every page: signed in as whom, or this browser's own sets and a Sign in."""
    caller = current_caller()
    text, action = st.columns([5, 1], vertical_alignment="center")
    if caller.signed_in:
        text.caption(
            f":material/account_circle: Signed in as **{literal(caller.email)}** · your sets and keys "
            "follow you to every device",
        )
        if action.button("Sign out", icon=":material/logout:", width="stretch"):
            st.session_state.pop("_signed_in", None)
            st.logout()
    elif sign_in_available():
        text.caption(
            ":material/person: Your sets are kept for this browser. Sign in to keep them, and see them on every device."
        )
        if action.button("Sign in", icon=":material/login:", width="stretch"):
            st.login()
    else:
        text.caption(":material/person: Your sets are kept for this browser.")


def main() -> None:
    st.set_page_config(page_title="AI Logo Studio", page_icon=":material/palette:", layout="wide")
    bootstrap(get_settings().sqlalchemy_url)
    _keep_form_values()  # on every page, so a visit to History or Status keeps the form
    account_bar()
    create = st.Page(create_page, title="Create logos", icon=":material/auto_awesome:", default=True)
    # Other pages open a job's gallery with st.switch_page(this page, query_params={"job": …}).
    st.session_state["create_page"] = create
    nav = st.navigation(
        [
            create,
            st.Page("pages/history.py", title="History", icon=":material/history:"),
            st.Page("pages/keys.py", title="API keys", icon=":material/key:"),
            st.Page("pages/status.py", title="Status", icon=":material/monitor_heart:"),
        ],
        position="top",
    )
    nav.run()


main()
