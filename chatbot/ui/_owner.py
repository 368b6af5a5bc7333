"""Whose conversations these are: the signed-in user where the deployer set up sign-in (Streamlit's own `st.login`,
OIDC), else this browser's random owner key.

The key lives in a first-party cookie. Streamlit as shipped reads the cookies a browser sends with the page
(`st.context.cookies`) but cannot set one from Python, so a first visit draws a key on the server and a zero-height
component (`st.iframe` of a script, whose iframe shares the page's origin) writes it into `document.cookie`; every later
visit from the same browser sends it back. A cookie rather than `localStorage` because the server needs it before
the first line of the page runs, and only a cookie comes with the request. The key is never displayed; the
conversation file keeps only a salted hash of it. A private window or another browser has its own cookie jar, so it
starts with an empty list.
"""

from __future__ import annotations

import streamlit as st

from chatbot import KEY, new_key
from chatbot.ui._markdown import escape_markdown

COOKIE = "chatbot_owner"
YEAR = 365 * 24 * 3600
SET_COOKIE = """<script>
const secure = window.location.protocol === "https:" ? "; Secure" : "";
document.cookie = "{name}={value}; Max-Age={age}; Path=/; SameSite=Lax" + secure;
</script>"""


def sign_in_configured() -> bool:
    """Whether the deployer configured an identity provider (an [auth] section in .streamlit/secrets.toml)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all (Streamlit raises its own error type for that)
        return False


def signed_in_user() -> str | None:
    """The signed-in user's stable id (the provider's subject, else the e-mail), or None."""
    if not sign_in_configured() or not st.user.get("is_logged_in"):
        return None
    subject = st.user.get("sub") or st.user.get("email")
    return str(subject) if subject else None


def owner() -> str:
    """The owner of this page's conversations: "user:<id>" when signed in, else "browser:<key>"."""
    user = signed_in_user()
    if user:
        return f"user:{user}"
    key = st.session_state.get("owner_key") or st.context.cookies.get(COOKIE)
    if not (isinstance(key, str) and KEY.match(key)):
        key = new_key()
    st.session_state.owner_key = key
    return f"browser:{key}"


def keep_key() -> None:
    """Write this browser's key into its cookie, until the browser sends it back (then there is nothing to do)."""
    key = st.session_state.get("owner_key")
    if key and signed_in_user() is None and st.context.cookies.get(COOKIE) != key:
        st.iframe(SET_COOKIE.format(name=COOKIE, value=key, age=YEAR), height="content")  # our own script only


def account() -> None:
    """Sign in and out in the sidebar, where the deployer configured it."""
    if not sign_in_configured():
        return
    if st.user.get("is_logged_in"):
        name = st.user.get("name") or st.user.get("email") or "you"
        st.caption(escape_markdown(f"Signed in as {name}: your conversations follow you to any browser."))
        st.button("Log out", on_click=st.logout)
    else:
        st.caption("Sign in to keep your conversations across browsers.")
        st.button("Log in", on_click=st.login)
