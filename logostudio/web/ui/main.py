"""AI Logo Studio's served script: what every page run does first (page config, the schema, the
styles, the account bar), then the top navigation, which runs the page the address names.

app.py's st.App serves this file at / (run the whole server with `streamlit run app.py`). The pages
are functions in the top-level `pages` package, each registered here under its own address; no
folder called `pages/` sits beside this file, so Streamlit never finds one to run a page from
without this script.
"""

from __future__ import annotations

import streamlit as st

from logostudio import studio
from logostudio.config import get_settings
from logostudio.web.ui import components as cards
from logostudio.web.ui.session import current_caller, literal, sign_in_available
from pages import create, editor, history, keys, shortlist, status


@st.cache_resource(show_spinner=False)
def bootstrap(database: str) -> None:
    """Once per process and database: the embedded schema (the server's start, server.lifespan, has
    made it already and resumed interrupted jobs; a test harness running this script alone has not)."""
    studio.ensure_schema()


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
    elif sign_in_available() and st.user.is_logged_in:  # the provider vouched for no e-mail address
        text.warning(
            "Your sign-in provider has not confirmed an e-mail address for you, so your account cannot be "
            "opened: confirm your address with the provider, then sign out and in again. Until then your "
            "sets are kept for this browser.",
            icon=":material/mark_email_unread:",
        )
        if action.button("Sign out", icon=":material/logout:", width="stretch"):
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
    cards.style()
    account_bar()
    # Every page has an explicit address: the addresses are the app's links (/editor?job=…&v=…,
    # /history?page=2), and pages that are all called `render` would otherwise share one.
    create_page = st.Page(
        create.render, title="Create logos", icon=":material/auto_awesome:", url_path="create", default=True
    )
    editor_page = st.Page(editor.render, title="Editor", icon=":material/edit:", url_path="editor", visibility="hidden")
    # Other pages open a job's gallery or a logo in the editor with st.switch_page(page, query_params=…).
    st.session_state["create_page"] = create_page
    st.session_state["editor_page"] = editor_page
    nav = st.navigation(
        [
            create_page,
            st.Page(shortlist.render, title="Shortlist", icon=":material/favorite:", url_path="shortlist"),
            st.Page(history.render, title="History", icon=":material/history:", url_path="history"),
            editor_page,
            st.Page(keys.render, title="API keys", icon=":material/key:", url_path="keys"),
            st.Page(status.render, title="Status", icon=":material/monitor_heart:", url_path="status"),
        ],
        position="top",
    )
    nav.run()


main()
