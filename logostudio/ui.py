"""What the Streamlit pages share: who is visiting, text shown literally, stored files read once,
the job link.

Streamlit renders Markdown in headings, captions, alerts and `st.markdown`; text a person typed
(a brief, a job id from a link, a key's name, an error message quoting any) goes through
:func:`literal` first, so `[a](http://…)` stays those characters and never becomes a link or an image.
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from logostudio import identity, service
from logostudio.config import get_settings
from logostudio.identity import Caller

# Every ASCII punctuation character written as a character reference: no Markdown, HTML, :emoji:,
# :directive[], $math$ or code span can start from it.
_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
# GFM turns URLs and e-mail addresses in plain text into links after parsing, whatever the escapes;
# an invisible WORD JOINER before them keeps them text (they look the same).
_AUTOLINK = re.compile(r"(?i)(?=https?:|mailto:|xmpp:|www\.)|(?=@)")
WORD_JOINER = "\u2060"


def isolated(text: str) -> str:
    """``text`` as a bidi isolate (FSI … PDI) when it holds right-to-left letters, so an Arabic or
    Hebrew name or slogan keeps to its own place in a line of other words instead of reordering the
    numbers and words beside it; other text is left as it is."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return f"\u2068{text}\u2069"
    return text


def literal(text: object) -> str:
    """``text`` for any Streamlit element that renders Markdown, so it shows exactly as typed."""
    flat = _AUTOLINK.sub(WORD_JOINER, " ".join(str(text).split()))
    return _PUNCTUATION.sub(lambda m: f"&#{ord(m.group(0))};", flat)


@st.cache_data(max_entries=1024, show_spinner=False)
def fetch(key: str) -> bytes:
    """Stored objects never change under a key, so each is read from storage once per process."""
    return service.read_object(key)


# A second press of a button that makes a set, this soon after the first with the same request, is
# a double click: it gets the set the first press made.
REPEAT_SECONDS = 5.0
_GUARD = threading.Lock()
# Per browser session: a lock and the last action [what, when, its result]. Kept here, not in
# st.session_state: Streamlit starts the second press's run while the first still waits on the
# database, and what a stopped run writes to session state is dropped.
_ACTIONS: dict[str, tuple[threading.Lock, list[Any]]] = {}


def _session_id() -> str:
    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else "no-session"


def once(action: str, make: Callable[[], str]) -> str:
    """``make()``, unless this browser session did the same ``action`` in the last few seconds:
    then what that returned (two presses take turns, so the second finds the first's set)."""
    now = time.monotonic()
    with _GUARD:
        for sid in [k for k, (lock, last) in _ACTIONS.items() if now - last[1] > 60 and not lock.locked()]:
            del _ACTIONS[sid]
        lock, last = _ACTIONS.setdefault(_session_id(), (threading.Lock(), [None, now, None]))
    with lock:
        if last[0] == action and time.monotonic() - last[1] < REPEAT_SECONDS:
            return str(last[2])
        made = make()
        last[:] = [action, time.monotonic(), made]
        return made


def open_job(job_id: str) -> None:
    """Show job ``job_id``'s gallery on the Create page, under its own link (?job=<id>)."""
    st.query_params["job"] = job_id
    st.rerun(scope="app")


def switch_to_job(job_id: str) -> None:
    """From another page: go to the Create page showing job ``job_id``."""
    st.switch_page(st.session_state["create_page"], query_params={"job": job_id})


def sign_in_available() -> bool:
    """Whether `.streamlit/secrets.toml` (or the server's secrets) configure OpenID Connect."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def current_caller() -> Caller:
    """Who is visiting: the browser's signed cookie (set by the server), and the person once
    signed in. Signing in claims the sets this browser made anonymously (once per session)."""
    settings = get_settings()
    ss = st.session_state
    anon_id = identity.read_anonymous_cookie(st.context.cookies.get(identity.COOKIE), settings)
    if anon_id is None:  # no cookie reached the app (a test harness, cookies blocked): this session alone
        anon_id = ss.setdefault("_anonymous_session_id", uuid.uuid4())
    address = st.context.ip_address or "local"
    if not (sign_in_available() and st.user.is_logged_in):
        return Caller(anon_id=anon_id, address=address)
    email = str(st.user.get("email") or st.user.get("sub") or "").strip().lower()
    signed = ss.get("_signed_in")
    if not signed or signed[0] != (email, anon_id):
        signed = ss["_signed_in"] = ((email, anon_id), service.sign_in(email, anon_id))
    return Caller(user_id=signed[1], anon_id=anon_id, email=email, address=address)


def server_url() -> str:
    """This server's address as the browser sees it (for the API examples), else PUBLIC_URL."""
    url = st.context.url
    if url:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"
    return get_settings().public_url.rstrip("/")
