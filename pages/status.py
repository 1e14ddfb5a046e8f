"""Status: does each dependency answer, how fast, and how busy is the queue."""

from __future__ import annotations

import streamlit as st

from logostudio import studio
from logostudio.studio import JobStatus
from logostudio.web.ui.session import literal


def render() -> None:
    """The Status page: each dependency's card, the queue's figures, and the sets by state."""
    st.title("Status")
    health = studio.health()

    cols = st.columns(len(health.dependencies))
    for col, dep in zip(cols, health.dependencies, strict=True):
        with col, st.container(border=True):
            state = ":green-badge[:material/check_circle: answering]" if dep.ok else ":red-badge[:material/error: down]"
            st.markdown(f"**{dep.name}** {state}")
            st.caption(dep.backend)
            st.metric("Latency", f"{dep.latency_ms:.0f} ms")
            (st.caption if dep.ok else st.error)(literal(dep.detail))
            if dep.impact:
                st.warning(literal(dep.impact), icon=":material/info:")

    st.subheader("Queue")
    q1, q2, q3, q4 = st.columns(4)
    q1.metric("Waiting jobs", "—" if health.queue_depth is None else health.queue_depth)
    q2.metric("Workers", "—" if health.workers is None else health.workers)
    q3.metric("Running", "—" if health.running is None else health.running)
    q4.metric("Failed jobs", "—" if health.failed_jobs is None else health.failed_jobs)
    if health.waiting_for_queue:
        st.info(
            f"{health.waiting_for_queue} logo set(s) wait for the queue: they start as soon as it answers "
            "(the reconciler beside the workers hands them over)."
        )
    if health.workers == 0:
        st.warning(
            "No worker is listening: start one with `python worker.py` (or `rq worker logo.requests --url $REDIS_URL` "
            "beside `python -m logostudio reconcile`)."
        )

    if health.jobs_by_status:
        st.subheader("Logo sets by status")
        s = health.jobs_by_status
        c = st.columns(4)
        for col, status in zip(c, JobStatus, strict=True):
            col.metric(status.value.title(), s.get(status.value, 0))

    if st.button("Refresh", icon=":material/refresh:"):
        st.rerun()
