"""What the Streamlit pages share: text shown literally, stored files read once, the job link.

Streamlit renders Markdown in headings, captions, alerts and `st.markdown`; text a person typed
(a brief, a job id from a link, an error message quoting either) goes through :func:`literal`
first, so `[a](http://…)` stays those characters and never becomes a link or an image.
"""

from __future__ import annotations

import re

import streamlit as st

from logostudio import service

# Every ASCII punctuation character written as a character reference: no Markdown, HTML, :emoji:,
# :directive[], $math$ or code span can start from it.
_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
# GFM turns URLs and e-mail addresses in plain text into links after parsing, whatever the escapes;
# an invisible WORD JOINER before them keeps them text (they look the same).
_AUTOLINK = re.compile(r"(?i)(?=https?:|mailto:|xmpp:|www\.)|(?=@)")
WORD_JOINER = "\u2060"


def literal(text: object) -> str:
    """``text`` for any Streamlit element that renders Markdown, so it shows exactly as typed."""
    flat = _AUTOLINK.sub(WORD_JOINER, " ".join(str(text).split()))
    return _PUNCTUATION.sub(lambda m: f"&#{ord(m.group(0))};", flat)


@st.cache_data(max_entries=1024, show_spinner=False)
def fetch(key: str) -> bytes:
    """Stored objects never change under a key, so each is read from storage once per process."""
    return service.read_object(key)


def open_job(job_id: str) -> None:
    """Show job ``job_id``'s gallery on the Create page, under its own link (?job=<id>)."""
    st.query_params["job"] = job_id
    st.rerun(scope="app")


def switch_to_job(job_id: str) -> None:
    """From another page: go to the Create page showing job ``job_id``."""
    st.switch_page(st.session_state["create_page"], query_params={"job": job_id})
