"""History: this browser's (or the signed-in person's) logo sets, newest first, 20 to a page, with
a search box; open one to see its gallery again, give it a name of its own, or delete it. Nobody
else's sets appear here, even ones opened from a shared link."""

from __future__ import annotations

import streamlit as st

from logostudio import studio
from logostudio.errors import BadLink, LogoStudioError
from logostudio.fields import SET_NAME, SET_SEARCH
from logostudio.studio import Caller, JobStatus, JobView
from logostudio.timestamps import utc_text
from logostudio.web.ui.copy import derived_line
from logostudio.web.ui.session import (
    current_caller,
    fetch,
    isolated,
    link_int,
    literal,
    sign_in_available,
    switch_to_job,
)

PAGE_SIZE = 20
MAX_PAGE = 100_000  # two million sets: beyond any one person's history
STATUS_BADGE = {
    JobStatus.done: ":green-badge[done]",
    JobStatus.error: ":red-badge[failed]",
    JobStatus.processing: ":blue-badge[designing]",
    JobStatus.queued: ":orange-badge[queued]",
}


def _go(page: int) -> None:
    st.query_params["page"] = str(page)


def pager(page: int, pages: int, where: str) -> None:
    if pages <= 1:
        return
    with st.container(horizontal=True, gap="small", vertical_alignment="center", key=f"pager-{where}"):
        st.button("← Newer", key=f"newer-{where}", disabled=page <= 1, on_click=_go, args=(page - 1,))
        st.caption(f"Page {page} of {pages}")
        st.button("Older →", key=f"older-{where}", disabled=page >= pages, on_click=_go, args=(page + 1,))


def _search_changed() -> None:
    st.query_params.pop("page", None)


def entry(job: JobView, caller: Caller) -> None:
    """One set: its first logo, name, state and brief, and Open, Rename and Delete."""
    ss = st.session_state
    with st.container(border=True, key=f"set-{job.id}"), st.container(horizontal=True, gap="medium"):
        if job.variants:
            try:
                st.image(fetch(job.variants[0].svg_key).decode("utf-8"), width=72)
            except Exception:
                st.caption("(image unavailable)")
        else:
            st.caption("no logo yet")
        with st.container(gap="small"):
            st.markdown(f"**{literal(isolated(job.title))}** {STATUS_BADGE[job.status]}")
            info = job.info
            derived = info and derived_line(info.origin, info.source_title, info.source_index)
            brief = job.shown_brief
            details = [
                derived or "",
                isolated(brief.business_type),
                brief.slogan and f"“{isolated(brief.slogan)}”",
                f"{job.progress}/{job.total} logos",
                utc_text(job.created_at),
            ]
            st.caption(literal(" · ".join(d for d in details if d)))
            with st.container(horizontal=True, gap="small"):
                if st.button("Open", key=f"open-{job.id}", icon=":material/open_in_new:", type="primary"):
                    switch_to_job(job.id)
                with (
                    st.popover("Rename", icon=":material/edit:", key=f"rename-{job.id}"),
                    st.form(f"rename-form-{job.id}", border=False),
                ):
                    name = st.text_input(
                        "Name of this set",
                        value=job.title,
                        max_chars=SET_NAME.max_length,
                        help=SET_NAME.help,
                    )
                    if st.form_submit_button("Save name", type="primary"):
                        try:
                            studio.rename_set(job.id, name, caller=caller)
                        except LogoStudioError as exc:
                            ss["history_error"] = (
                                exc.errors.get("name", str(exc)) if isinstance(exc, studio.InvalidBrief) else str(exc)
                            )
                        st.rerun()
                with st.popover("Delete", icon=":material/delete:", key=f"delete-{job.id}"):
                    st.markdown(f"Delete **{literal(job.title)}** and its logos? This cannot be undone.")
                    if st.button("Delete this set", key=f"delete-yes-{job.id}", type="primary"):
                        try:
                            studio.delete_set(job.id, caller=caller)
                            if ss.get("current_job") == job.id:
                                ss.pop("current_job", None)
                        except LogoStudioError as exc:
                            ss["history_error"] = str(exc)
                        st.rerun()


def render() -> None:
    """The History page: a search box, a pager above and below, and one entry per set."""
    st.title("History", anchor=False)
    caller = current_caller()
    search = st.text_input(
        "Find a set",
        key="history_search",
        placeholder="A business name or type",
        on_change=_search_changed,
        max_chars=SET_SEARCH.max_length,
    )
    try:
        page = link_int("page", 1, 1, MAX_PAGE)
    except BadLink:  # a page number only says where to start reading: the first page will do
        page = 1
        st.query_params.pop("page", None)
    try:
        jobs, total = studio.list_jobs(page, PAGE_SIZE, caller=caller, search=search)
        pages = max(1, -(-total // PAGE_SIZE))
        if page > pages:  # past the last page (sets were deleted since the link was made): the last one
            page = pages
            jobs, total = studio.list_jobs(page, PAGE_SIZE, caller=caller, search=search)
    except studio.ServiceUnavailable as exc:
        st.error(literal(exc), icon=":material/error:")
        return
    pages = max(1, -(-total // PAGE_SIZE))
    if error := st.session_state.pop("history_error", None):
        st.error(literal(error), icon=":material/error:")
    if not jobs:
        if search:
            st.info(f"No set of yours matches “{literal(search)}”.")
        else:
            st.info("No logo sets yet. Describe a business on **Create logos** to make the first one.")
    if not caller.signed_in:
        st.caption(
            "The sets made in this browser."
            + (" Sign in to keep them and see them on every device." if sign_in_available() else "")
        )
    st.caption(f"{total} logo set{'s' if total != 1 else ''}{' found' if search else ''} · page {page} of {pages}")
    pager(page, pages, "top")
    for job in jobs:
        entry(job, caller)
    pager(page, pages, "bottom")
