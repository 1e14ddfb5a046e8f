"""API keys: programs call the REST API (/api) with a key; make one here, see it once, revoke it.

A key belongs to whoever made it (the signed-in person, or this browser), and so do the sets a
program makes with it. Only a hash of each key is stored.
"""

from __future__ import annotations

import json

import streamlit as st

from logostudio import studio
from logostudio.errors import LogoStudioError
from logostudio.fields import KEY_NAME
from logostudio.studio import Caller
from logostudio.timestamps import utc_text
from logostudio.web.ui.session import current_caller, literal, server_url, sign_in_available


def new_key_form(caller: Caller) -> None:
    """Name a key and make it; the key itself is kept in the session until the person has copied it."""
    ss = st.session_state
    with st.form("create_key", clear_on_submit=True, border=True):
        name_col, button_col = st.columns([4, 1], vertical_alignment="bottom")
        name = name_col.text_input(
            "Key name", placeholder="e.g. website builder", max_chars=KEY_NAME.max_length, key="key_name"
        )
        if button_col.form_submit_button("Create key", type="primary", icon=":material/add:", width="stretch"):
            try:
                view, ss["shown_key"] = studio.create_api_key(caller, name)
                ss["shown_key_name"] = view.name
            except LogoStudioError as exc:
                st.error(literal(exc), icon=":material/error:")


def shown_key(key: str, base: str) -> None:
    """The new key, once, with a curl line that uses it against this server."""
    ss = st.session_state
    with st.container(border=True):
        st.success(
            f"Your new key **{literal(ss.get('shown_key_name', ''))}**. Copy it now: it is shown only once.",
            icon=":material/key:",
        )
        st.code(key, language=None)
        body = json.dumps({"business_type": "coffee shop", "preferences": {"style": "playful"}, "variants": 4})
        st.caption("Try it:")
        st.code(
            f"curl -s -X POST {base}/api/generate \\\n  -H 'Authorization: Bearer {key}' \\\n"
            f"  -H 'Content-Type: application/json' \\\n  -d '{body}'",
            language="bash",
        )
        if st.button("Done, I have copied it", icon=":material/check:"):
            ss.pop("shown_key", None)
            st.rerun()


def key_list(caller: Caller) -> None:
    """Every key of the caller's, active or revoked, with a Revoke button on the active ones."""
    keys = studio.list_api_keys(caller=caller)
    active = [k for k in keys if k.active]
    st.subheader(f"Your keys ({len(active)} active)")
    if not keys:
        st.info("No keys yet. Name one above and press **Create key**.")
    for k in keys:
        with st.container(border=True):
            text, action = st.columns([5, 1], vertical_alignment="center")
            badge = ":green-badge[active]" if k.active else ":gray-badge[revoked]"
            text.markdown(f"**{literal(k.name)}** {badge}")
            used = utc_text(k.last_used_at) if k.last_used_at else "never"
            revoked = f" · revoked {utc_text(k.revoked_at)}" if k.revoked_at else ""
            text.caption(literal(f"{k.prefix}… · made {utc_text(k.created_at)} · last used {used}{revoked}"))
            if k.active and action.button("Revoke", key=f"revoke-{k.id}", icon=":material/block:", width="stretch"):
                try:
                    studio.revoke_api_key(str(k.id), caller=caller)
                except LogoStudioError as exc:
                    st.session_state["keys_error"] = str(exc)
                st.rerun()


def render() -> None:
    """The API keys page: how programs use a key, the form for a new one, and the caller's keys."""
    st.title("API keys")
    caller = current_caller()
    base = server_url()
    st.caption(
        "Programs (a website builder, a script) make logos through this server's REST API with a key: "
        f"send it as `Authorization: Bearer <key>`. The API's reference is at [{base}/api/docs]({base}/api/docs)."
    )
    if not caller.signed_in:
        st.caption(
            "Keys made here belong to this browser, like its sets."
            + (" Sign in first to keep them with your account." if sign_in_available() else "")
        )
    if error := st.session_state.pop("keys_error", None):
        st.error(literal(error), icon=":material/error:")
    new_key_form(caller)
    if key := st.session_state.get("shown_key"):
        shown_key(key, base)
    key_list(caller)
