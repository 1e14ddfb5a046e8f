"""Shortlist: the logos this browser (or the signed-in person) put a heart on, from any set, side
by side and large, to compare before choosing one."""

from __future__ import annotations

import streamlit as st

from logostudio import studio
from logostudio.web.ui import components as cards
from logostudio.web.ui.session import current_caller, literal, switch_to_job

COLUMNS = 2


def render() -> None:
    """The Shortlist page: every hearted logo, large, two to a row, each with a way back to its set."""
    st.title("Shortlist", anchor=False)
    caller = current_caller()
    try:
        entries = studio.shortlist(caller)
    except studio.ServiceUnavailable as exc:
        st.error(literal(exc), icon=":material/error:")
        return
    cards.error_line()
    if not entries:
        st.info(
            "Nothing here yet. Press the heart on the logos you like, in any of your sets or one shared with you, "
            "and compare them here side by side.",
            icon=":material/favorite_border:",
        )
    else:
        st.caption(
            f"{len(entries)} logo{'s' if len(entries) != 1 else ''} from "
            f"{len({job.id for job, _ in entries})} set{'s' if len({job.id for job, _ in entries}) != 1 else ''}, "
            "most recently added first. Press the heart again to take one off."
        )
    for row in range(0, len(entries), COLUMNS):
        for column, (job, v) in zip(st.columns(COLUMNS, gap="medium"), entries[row : row + COLUMNS], strict=False):
            with column:
                cards.logo_card(
                    job,
                    v,
                    caller,
                    hearted=True,
                    mine=studio.may_change(job, caller),
                    heading=f"#{v.index + 1} of {job.title}",
                )
                if st.button("Open its set", key=f"open-{job.id}-{v.index}", icon=":material/open_in_new:"):
                    switch_to_job(job.id)
