"""History: past logo sets, newest first, 50 to a page; open one to see its gallery again."""

from __future__ import annotations

import streamlit as st

from logostudio import service

STATUS_BADGE = {"done": ":green-badge[done]", "error": ":red-badge[failed]",
                "processing": ":blue-badge[designing]", "queued": ":orange-badge[queued]"}


@st.cache_data(max_entries=1024, show_spinner=False)
def fetch(key: str) -> bytes:
    return service.read_object(key)


st.title("History")
page = int(st.query_params.get("page", 1) or 1) if str(st.query_params.get("page", "1")).isdigit() else 1
jobs, total = service.list_jobs(page)
pages = max(1, -(-total // service.PAGE_SIZE))
if not jobs:
    st.info("No logo sets yet. Describe a business on **Create logos** to make the first one.")
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
            st.markdown(f"**{job.title}** {STATUS_BADGE.get(job.status, job.status)}")
            details = [job.business_type, job.slogan and f"“{job.slogan}”", job.prefs.get("style"),
                       job.prefs.get("color"), f"{job.progress}/{job.total} logos",
                       job.created_at.strftime("%Y-%m-%d %H:%M UTC")]
            st.caption(" · ".join(d for d in details if d))
        with action:
            if st.button("Open", key=f"open-{job.id}", icon=":material/open_in_new:", width="stretch"):
                st.switch_page(st.session_state["create_page"], query_params={"job": job.id})

prev_col, _, next_col = st.columns([1, 4, 1])
if page > 1 and prev_col.button("← Newer", width="stretch"):
    st.query_params["page"] = str(page - 1)
    st.rerun()
if page < pages and next_col.button("Older →", width="stretch"):
    st.query_params["page"] = str(page + 1)
    st.rerun()
