"""History: this browser's (or the signed-in person's) logo sets, newest first, 50 to a page; open
one to see its gallery again. Nobody else's sets appear here, even ones opened from a shared link."""

from __future__ import annotations

import streamlit as st

from logostudio import service
from logostudio.models import JobStatus
from logostudio.ui import current_caller, fetch, literal, sign_in_available, switch_to_job

STATUS_BADGE = {
    JobStatus.done: ":green-badge[done]",
    JobStatus.error: ":red-badge[failed]",
    JobStatus.processing: ":blue-badge[designing]",
    JobStatus.queued: ":orange-badge[queued]",
}


st.title("History")
asked = str(st.query_params.get("page", "1"))
page = int(asked) if asked.isdigit() and int(asked) > 0 else 1
caller = current_caller()
jobs, total = service.list_jobs(page, caller=caller)
pages = max(1, -(-total // service.PAGE_SIZE))
if not jobs:
    st.info("No logo sets yet. Describe a business on **Create logos** to make the first one.")
if not caller.signed_in:
    st.caption(
        "The sets made in this browser."
        + (" Sign in to keep them and see them on every device." if sign_in_available() else "")
    )
st.caption(f"{total} logo set{'s' if total != 1 else ''} · page {min(page, pages)} of {pages}")

for job in jobs:
    with st.container(border=True):
        thumb, text, action = st.columns([1, 5, 1.2], vertical_alignment="center")
        with thumb:
            if job.variants:
                try:
                    st.image(fetch(job.variants[0].png_key), width=96)
                except Exception:
                    st.caption("(image unavailable)")
            else:
                st.caption("no logo yet")
        with text:
            st.markdown(f"**{literal(job.title)}** {STATUS_BADGE[job.status]}")
            brief = job.brief
            details = [
                brief.business_type,
                brief.slogan and f"“{brief.slogan}”",
                brief.style,
                brief.color,
                f"{job.progress}/{job.total} logos",
                job.created_at.strftime("%Y-%m-%d %H:%M UTC"),
            ]
            st.caption(literal(" · ".join(d for d in details if d)))
        with action:
            if st.button("Open", key=f"open-{job.id}", icon=":material/open_in_new:", width="stretch"):
                switch_to_job(job.id)

prev_col, _, next_col = st.columns([1, 4, 1])
if page > 1 and prev_col.button("← Newer", width="stretch"):
    st.query_params["page"] = str(page - 1)
    st.rerun()
if page < pages and next_col.button("Older →", width="stretch"):
    st.query_params["page"] = str(page + 1)
    st.rerun()
