"""What the Streamlit pages share: who is visiting, text shown literally, link parameters read
with bounds, stored files read once, the job link.

Streamlit renders Markdown in headings, captions, alerts, `st.markdown` and the labels of buttons
and page links; text a person typed (a brief, a job id from a link, a key's name, a palette's name,
an error message quoting any) goes through :func:`literal` first, so `[a](http://…)` stays those
characters and never becomes a link or an image.

Anyone can write any link, so every link (query) parameter a page reads goes through one of the
``link_*`` readers below: each takes only what the page can use, within bounds, and raises
:class:`BadLink` (a message a person can act on) for anything else, before ``int()``, the database
or ``json.loads`` sees it.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from logostudio import studio
from logostudio.config import get_settings
from logostudio.errors import BadLink
from logostudio.studio import identity
from logostudio.studio.identity import Caller
from logostudio.web.untrusted import nesting

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


# ---------------------------------------------------------------- link parameters


# ASCII digits only: str.isdigit() also takes "²" and "٣", which int() then refuses or reads.
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")
_JOB_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_NETLOC = re.compile(r"[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?")
MAX_LINK_TEXT = 2000  # the editor's longest changes, every field at its longest, take under 1,000
MAX_LINK_DEPTH = 4  # {"palette": {"colors": [...]}} is 3 deep


def shown(text: str, limit: int = 40) -> str:
    """A part of a link, safe and short enough to quote in a message: printable characters only,
    at most ``limit`` of them (pass it through :func:`literal` for a Markdown element)."""
    flat = "".join(ch for ch in text if ch.isprintable())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _raw(name: str) -> str | None:
    value = st.query_params.get(name)
    return None if value is None or value == "" else str(value)


def link_text(name: str, max_len: int = 200) -> str | None:
    """Link parameter ``name`` as given, or None when the link has none (or it is empty)."""
    text = _raw(name)
    if text is None:
        return None
    if len(text) > max_len:
        raise BadLink(f"The link’s “{name}” part is {len(text)} characters long; it takes at most {max_len}.")
    return text


def link_int(name: str, default: int, lo: int, hi: int, what: str = "") -> int:
    """Link parameter ``name`` as a whole number from ``lo`` to ``hi``; ``default`` when absent.
    ``what`` names it in the message ("the logo number"), else the parameter's name does."""
    text = _raw(name)
    if text is None:
        return default
    text = text.strip()
    if not _WHOLE_NUMBER.fullmatch(text) or not lo <= int(text) <= hi:
        what = what or f"the link’s “{name}” part"
        raise BadLink(f"{what[:1].upper()}{what[1:]} must be a whole number from {lo} to {hi}, not “{shown(text)}”.")
    return int(text)


def link_choice(name: str, choices: tuple[str, ...], default: str = "") -> str:
    """Link parameter ``name`` if it is one of ``choices``, else ``default`` (a hint such as which
    tab opens first: a wrong one costs nothing, so it is ignored rather than refused)."""
    try:
        text = link_text(name, 40)
    except BadLink:
        return default
    return text if text in choices else default


def link_job(name: str = "job") -> str | None:
    """Link parameter ``name`` as a job id (a UUID, as the app writes it), or None when absent."""
    text = link_text(name, 80)
    if text is None:
        return None
    if not _JOB_ID.fullmatch(text.strip()):
        raise BadLink(f"“{shown(text)}” is not the id of a logo set.")
    return str(UUID(text.strip()))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def link_json(name: str, max_len: int = MAX_LINK_TEXT, max_depth: int = MAX_LINK_DEPTH) -> Any:
    """Link parameter ``name`` as JSON, or None when absent. Too long or too deeply nested input is
    refused before ``json.loads`` (whose recursion a few thousand brackets would exhaust) sees it;
    so are NaN and Infinity, which are not JSON. What the values mean is for the page to check."""
    text = link_text(name, max_len)
    if text is None:
        return None
    if nesting(text) > max_depth:
        raise BadLink(f"The link’s “{name}” part nests more than {max_depth} levels deep.")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise BadLink(f"The link’s “{name}” part is not readable JSON.") from None


# ---------------------------------------------------------------- stored files


@st.cache_data(max_entries=1024, show_spinner=False)
def fetch(key: str) -> bytes:
    """Stored objects never change under a key, so each is read from storage once per process."""
    return studio.read_object(key)


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


def verified_email(claims: Mapping[str, Any]) -> str | None:
    """The e-mail address the provider vouches for, or None. A person's sets and keys follow their
    address, and some providers let anyone type any address: one without ``email_verified: true``
    would hand its owner's account to whoever typed it."""
    email = str(claims.get("email") or "").strip().lower()
    verified = claims.get("email_verified")
    if isinstance(verified, str):  # a few providers send it as a string
        verified = verified.strip().lower() == "true"
    return email if email and verified is True else None


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
    email = verified_email(st.user.to_dict())
    if email is None:  # signed in with the provider, but no address it vouches for: this browser's own
        return Caller(anon_id=anon_id, address=address)
    signed = ss.get("_signed_in")
    if not signed or signed[0] != (email, anon_id):
        signed = ss["_signed_in"] = ((email, anon_id), studio.sign_in(email, anon_id))
    return Caller(user_id=signed[1], anon_id=anon_id, email=email, address=address)


def server_url() -> str:
    """This server's address as the browser sees it (for the API examples), else PUBLIC_URL."""
    url = st.context.url
    if url:
        parts = urlsplit(url)
        # Only a plain scheme and host[:port]: the address is written into a Markdown link and a curl line.
        if parts.scheme in ("http", "https") and _NETLOC.fullmatch(parts.netloc):
            return f"{parts.scheme}://{parts.netloc}"
    return get_settings().public_base
